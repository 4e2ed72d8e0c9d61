"""The Prefect flow end to end on a tiny corpus (one shared test harness), and CLI errors."""
import json

import pytest

from extract.settings import Settings
from tripmine.cli import main

CORPUS = {
    "one.txt": "ICML 2018\n\nSparse Kernel Machines for Graph Data – Ada Lovelace, Alan Turing\n\nCode: https://github.com/ex/skm\n",
    "two.md": "## Notes\n\nIn their Sparse Kernel Machines for Graph Data paper, **Lovelace** argued things.\n",
    "bad.txt": "",
}


def test_flow_writes_outputs_and_records_bad_files(prefect_harness, tmp_path):
    from tripmine.trip_reports import trip_reports

    raw = tmp_path / "raw"
    raw.mkdir()
    for name, text in CORPUS.items():
        (raw / name).write_text(text)
    summary = trip_reports(Settings(raw_dir=str(raw), out_dir=str(tmp_path / "out"), batch_size=1, cache_dir=str(tmp_path / "cache")))
    assert summary.statuses == {"ok": 2, "skipped": 1} and summary.n_papers == 1 and summary.n_cached == 0
    rows = [json.loads(line) for line in (tmp_path / "out" / "extractions.jsonl").read_text().splitlines()]
    assert sorted(r["report"] for r in rows) == ["one.txt", "two.md"]
    reports = (tmp_path / "out" / "reports.csv").read_text()
    assert "bad.txt" in reports and "empty file" in reports


def test_flow_on_a_dask_local_cluster_matches_threads(prefect_harness, tmp_path):
    from prefect_dask import DaskTaskRunner

    from tripmine.trip_reports import trip_reports

    raw = tmp_path / "raw"
    raw.mkdir()
    for name, text in CORPUS.items():
        (raw / name).write_text(text)
    args = dict(raw_dir=str(raw), batch_size=1, incremental=False)
    threads = trip_reports(Settings(out_dir=tmp_path / "threads", **args))
    dask_flow = trip_reports.with_options(task_runner=DaskTaskRunner(cluster_kwargs={"processes": False, "n_workers": 1, "dashboard_address": None}))
    on_dask = dask_flow(Settings(out_dir=tmp_path / "dask", **args))
    assert on_dask.n_papers == threads.n_papers == 1
    for f in sorted((tmp_path / "threads").iterdir()):
        assert f.read_bytes() == (tmp_path / "dask" / f.name).read_bytes(), f.name


def test_flow_in_worker_processes_matches_threads_and_drops_duplicates_across_batches(prefect_harness, tmp_path):
    from tripmine.runners import make_task_runner
    from tripmine.trip_reports import trip_reports

    raw = tmp_path / "raw"
    raw.mkdir()
    for name, text in CORPUS.items():
        (raw / name).write_text(text)
    (raw / "zz-copy.txt").write_text(CORPUS["one.txt"])   # same bytes, read by another batch
    args = dict(raw_dir=str(raw), batch_size=1, incremental=False)
    threads = trip_reports(Settings(out_dir=tmp_path / "threads", **args))
    on_procs = trip_reports.with_options(task_runner=make_task_runner("processes", workers=2))(Settings(out_dir=tmp_path / "procs", **args))
    assert on_procs.statuses == threads.statuses == {"ok": 2, "skipped": 2}
    for f in sorted((tmp_path / "threads").iterdir()):
        assert f.read_bytes() == (tmp_path / "procs" / f.name).read_bytes(), f.name
    reports = (tmp_path / "procs" / "reports.csv").read_text()
    assert "same content as one.txt" in reports
    rows = [json.loads(line) for line in (tmp_path / "procs" / "extractions.jsonl").read_text().splitlines()]
    assert sorted(r["report"] for r in rows) == ["one.txt", "two.md"]


def test_flow_rerun_uses_the_cache(prefect_harness, tmp_path, monkeypatch):
    import tripmine.trip_reports as flow_module
    from tripmine.trip_reports import trip_reports

    monkeypatch.setattr(flow_module, "CACHE_CHUNK", 1)   # cached extractions are loaded a chunk at a time

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "one.txt").write_text(CORPUS["one.txt"])
    args = dict(raw_dir=str(raw), out_dir=str(tmp_path / "out"), cache_dir=str(tmp_path / "cache"))
    assert trip_reports(Settings(**args)).n_cached == 0
    before = (tmp_path / "out" / "papers.csv").read_bytes()
    stamp = (tmp_path / "out" / "papers.csv").stat().st_mtime_ns
    again = trip_reports(Settings(**args))
    assert again.n_cached == 1 and "up to date" in again.timings and again.n_papers == 1
    assert (tmp_path / "out" / "papers.csv").stat().st_mtime_ns == stamp   # nothing rewritten
    (raw / "two.txt").write_text(CORPUS["two.md"])   # a new report: the corpus stage runs again
    third = trip_reports(Settings(**args))
    assert third.n_cached == 1 and "up to date" not in third.timings and third.statuses == {"ok": 2}
    assert (tmp_path / "out" / "papers.csv").read_bytes() != before   # the paper is now named in two reports
    fourth = trip_reports(Settings(**args))   # both from the cache, one chunk each
    assert fourth.n_cached == 2 and "up to date" in fourth.timings and fourth.statuses == {"ok": 2}


def test_flow_links_to_a_catalog(prefect_harness, tmp_path, catalog_path):
    import pandas as pd

    from tripmine.trip_reports import trip_reports

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "one.txt").write_text("ICML 2017\n\nWasserstein GAN – Martin Arjovsky, Leon Bottou\n\nNice.\n")
    summary = trip_reports(Settings(raw_dir=raw, out_dir=tmp_path / "out", catalog=catalog_path, cache_dir=tmp_path / "cache"))
    assert summary.n_linked == 1
    papers = pd.read_csv(tmp_path / "out" / "papers.csv")
    assert papers.loc[0, "canonical_title"] == "Wasserstein Generative Adversarial Networks"
    assert papers.loc[0, "link_method"] == "prefix" and papers.loc[0, "year"] == 2017
    mentions = pd.read_csv(tmp_path / "out" / "mentions.csv")
    assert "Wasserstein GAN" in set(mentions[mentions.kind == "paper"].text)   # the report's wording stays
    assert list((tmp_path / "cache").glob("catalog-*.npz"))


def test_cli_rejects_a_catalog_without_titles(tmp_path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("hello")
    bad = tmp_path / "bad.csv"
    bad.write_text("venue,year,name\nICML,2017,x\n")
    assert main(["run", "--raw", str(raw), "--catalog", str(bad)]) == 2
    assert "no 'title' column" in capsys.readouterr().err
    assert main(["run", "--raw", str(raw), "--link-accept", "80", "--link-review", "90"]) == 2


def test_cli_missing_or_empty_raw_folder(tmp_path, capsys):
    assert main(["run", "--raw", str(tmp_path / "nope")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main(["run", "--raw", str(tmp_path)]) == 2
    assert "no reports" in capsys.readouterr().err


def test_cli_help_documents_every_option(capsys):
    with pytest.raises(SystemExit):
        main(["run", "--help"])
    out = capsys.readouterr().out
    for opt in ("--raw", "--out", "--catalog", "--spacy-model", "--batch-size", "--max-bytes", "--link-accept",
                "--link-review", "--cache-dir", "--task-runner", "--dask-address", "--workers", "--timeout", "--no-cache"):
        assert opt in out


@pytest.mark.parametrize("error,calls", [("disk full", 1), ("connection reset", 2)])
def test_only_transient_faults_are_retried(prefect_harness, tmp_path, monkeypatch, error, calls):
    import errno
    import logging

    import tripmine.trip_reports as flow_module
    from extract.errors import OutputNotWritable

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "one.txt").write_text(CORPUS["one.txt"])
    seen = []
    real = flow_module.finish

    def failing(*args, **kwargs):
        seen.append(1)
        if len(seen) == 1:
            raise (OutputNotWritable("cannot write outputs to out: No space left on device (out)") if error == "disk full"
                   else ConnectionResetError(errno.ECONNRESET, "Connection reset by peer"))
        return real(*args, **kwargs)

    monkeypatch.setattr(flow_module, "finish", failing)
    records: list[logging.LogRecord] = []
    sink = logging.Handler()
    sink.emit = records.append
    for name in ("prefect.flow_runs", "prefect.task_runs"):
        logging.getLogger(name).addHandler(sink)
    if error == "disk full":
        try:
            with pytest.raises(OutputNotWritable):
                flow_module.trip_reports(Settings(raw_dir=str(raw), out_dir=str(tmp_path / "out"), cache_dir=str(tmp_path / "cache")))
        finally:
            for name in ("prefect.flow_runs", "prefect.task_runs"):
                logging.getLogger(name).removeHandler(sink)
        failures = [r for r in records if "No space left on device" in r.getMessage()]
        assert failures and not any(r.exc_info for r in failures)   # logged in one line, without a traceback
    else:
        flow_module.trip_reports(Settings(raw_dir=str(raw), out_dir=str(tmp_path / "out"), cache_dir=str(tmp_path / "cache")))
    assert len(seen) == calls


def test_a_bad_raw_dir_is_the_flow_run_state_message(prefect_harness, tmp_path):
    """`prefect deployment run --watch` and the UI showed only "Failed"; the reason is in the state."""
    from tripmine.trip_reports import trip_reports

    state = trip_reports(Settings(raw_dir=str(tmp_path / "missing"), out_dir=str(tmp_path / "out")), return_state=True)
    assert state.is_failed()
    assert "raw folder" in state.message and "does not exist" in state.message
    assert not (tmp_path / "out").exists()


def test_finished_futures_are_let_go_as_their_results_are_taken():
    """A finished process-pool future keeps its task's pickled result (about 11 MB per 1,000 reports);
    the flow kept the list of futures through the corpus stage (about 220 MB at 20,000 reports)."""
    import gc
    import weakref
    from collections import deque

    from tripmine.trip_reports import _drain

    class Finished:
        def __init__(self, value):
            self.value = value

        def result(self):
            return self.value

    futures = deque(Finished(i) for i in range(3))
    alive = [weakref.ref(f) for f in futures]
    taken = []
    for value in _drain(futures):
        gc.collect()
        taken.append((value, sum(ref() is not None for ref in alive)))
    assert taken == [(0, 2), (1, 1), (2, 0)]
    assert not futures
