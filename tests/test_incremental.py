"""Incremental runs: unchanged reports come from the cache, outputs are byte-identical."""
from pathlib import Path

import pytest

from extract import extraction as pipeline
from extract.corpus.finish import finish
from extract.incremental import ExtractionCache, process_batch, run_fingerprint
from extract.text.ingest import read_reports

REPORTS = {
    "a.txt": "ICML 2018\n\nSparse Kernel Machines for Graph Data – Ada Lovelace, Alan Turing\n\nCode: https://github.com/ex/skm\n",
    "b.md": "## Notes\n\nFast Rates for Bandits – Grace Hopper\n\nIn their Sparse Kernel Machines for Graph Data paper, things.\n",
    "c.txt": "NeurIPS 2019\n\nDeep Voxel Fields for Robots – Edsger Dijkstra\n\nNice.\n",
}


def run(raw: Path, out: Path, cache_root: Path, fp: str = "fp"):
    reports = list(read_reports(raw))
    result = process_batch(reports, cache=ExtractionCache(cache_root, fp))
    summary, _, _ = finish(reports, result.extractions, out)
    return result, summary


def snapshot(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


@pytest.fixture
def corpus(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, text in REPORTS.items():
        (raw / name).write_text(text, encoding="utf-8")
    return raw


def test_unchanged_rerun_extracts_nothing_and_writes_identical_bytes(corpus, tmp_path, monkeypatch):
    first, _ = run(corpus, tmp_path / "out1", tmp_path / "cache")
    assert (first.n_extracted, first.n_cached) == (3, 0)

    def boom(*a, **k):
        raise AssertionError("an unchanged report was extracted again")

    monkeypatch.setattr(pipeline, "extract_reports", boom)   # imported by process_batch when needed
    second, _ = run(corpus, tmp_path / "out2", tmp_path / "cache")
    assert (second.n_extracted, second.n_cached) == (0, 3)
    assert snapshot(tmp_path / "out1") == snapshot(tmp_path / "out2")


def test_added_changed_deleted_and_renamed_reports(corpus, tmp_path):
    run(corpus, tmp_path / "out", tmp_path / "cache")
    (corpus / "a.txt").write_text(REPORTS["a.txt"] + "\nAlso: Quantum Widgets for Everyone – Barbara Liskov\n", encoding="utf-8")
    (corpus / "c.txt").unlink()
    (corpus / "d.txt").write_text("Notes\n\nHolistic Graph Sketches – John Backus\n\nok\n", encoding="utf-8")
    (corpus / "b.md").rename(corpus / "b2.md")
    result, summary = run(corpus, tmp_path / "out", tmp_path / "cache")
    assert (result.n_extracted, result.n_cached) == (2, 1)          # a (changed), d (new); b2 (renamed) cached
    assert sorted(ex.report.name for ex in result.extractions) == ["a.txt", "b2.md", "d.txt"]
    papers = (tmp_path / "out" / "papers.csv").read_text()
    assert "Quantum Widgets" in papers and "Holistic Graph Sketches" in papers and "Deep Voxel" not in papers
    assert "b2.md" in (tmp_path / "out" / "reports.csv").read_text()
    assert summary.n_reports == 3


class RunsCode:
    """Unpickling this runs a shell command that leaves a file behind."""

    def __init__(self, target: Path):
        self.target = target

    def __reduce__(self):
        import os

        return (os.system, (f"touch {self.target}",))


def hostile_entries(tmp_path: Path) -> dict[str, bytes]:
    import json
    import pickle

    return {
        "garbage": b"garbage",
        "pickle that runs a command": pickle.dumps(RunsCode(tmp_path / "pwned")),
        "another type": json.dumps([1, 2, 3]).encode(),
        "wrong field types": json.dumps({"report": {"name": 1}, "papers": "many"}).encode(),
        "offsets past the text": None,   # a valid entry whose mentions point outside the report
    }


@pytest.mark.parametrize("kind", list(hostile_entries(Path("."))))
def test_unusable_cache_entries_are_a_miss_with_a_warning_never_code_or_a_failure(corpus, tmp_path, caplog, kind):
    import json

    run(corpus, tmp_path / "out", tmp_path / "cache")
    entries = sorted((tmp_path / "cache").rglob("*.json"))
    assert len(entries) == 3
    for f in entries:
        payload = hostile_entries(tmp_path)[kind]
        if payload is None:
            data = json.loads(f.read_bytes())
            data["topic_mentions"] = [{"kind": "topic", "text": "x", "start": 5, "end": 10**9, "rule": "r", "score": 1.0, "value": "x"}]
            payload = json.dumps(data).encode()
        f.write_bytes(payload)
    result, summary = run(corpus, tmp_path / "out", tmp_path / "cache")
    assert result.n_extracted == 3 and summary.statuses == {"ok": 3}
    assert not (tmp_path / "pwned").exists()
    assert sum("unusable" in r.getMessage() for r in caplog.records) == 3, caplog.text


def test_fingerprint_covers_model_catalog_and_thresholds():
    base = run_fingerprint(None)
    assert base == run_fingerprint(None)
    assert len({base, run_fingerprint("en_core_web_sm"), run_fingerprint(None, "abc", 90, 75),
                run_fingerprint(None, "abc", 95, 75), run_fingerprint(None, "abd", 90, 75)}) == 5


def test_summary_markdown_lists_counts_problems_and_hints(corpus, tmp_path):
    (corpus / "empty.txt").write_text("")
    (corpus / "nothing.txt").write_text("Just a diary entry about the weather.\n")
    _, summary = run(corpus, tmp_path / "out", tmp_path / "cache")
    md = summary.markdown   # the Prefect artifact: summary.md, then the stage timings
    assert md.startswith((tmp_path / "out" / "summary.md").read_text(encoding="utf-8")) and "\n## Timings\n" in md
    assert "**Reports:** 5 (ok 4, skipped 1)" in md
    assert "empty.txt | skipped | empty file" in md
    assert "## Top papers" in md and "Sparse Kernel Machines for Graph Data" in md
    assert "nothing.txt" in md   # a quality hint: extracted but no paper


def test_process_paths_reads_extracts_and_releases_the_texts(corpus, tmp_path):
    from extract.incremental import process_paths

    (corpus / "empty.txt").write_text("")
    paths = sorted(corpus.iterdir())
    result = process_paths(corpus, paths, cache=ExtractionCache(tmp_path / "cache", "fp"))
    assert [r.name for r in result.reports] == ["a.txt", "b.md", "c.txt", "empty.txt"]
    assert [r.status for r in result.reports] == ["ok", "ok", "ok", "skipped"]
    assert all(r.text == "" and (r.n_chars > 0) == (r.status == "ok") for r in result.reports)
    assert [ex.report.name for ex in result.extractions] == ["a.txt", "b.md", "c.txt"]
    assert result.extractions[0].papers[0].title == "Sparse Kernel Machines for Graph Data"
    again = process_paths(corpus, paths, cache=ExtractionCache(tmp_path / "cache", "fp"))
    assert (again.n_cached, again.n_extracted) == (3, 0)
    # The cache kept the text-free copy out: a cached hit still has its offsets and n_chars.
    assert again.reports[0].n_chars == len(REPORTS["a.txt"])


def test_duplicate_filter_keeps_the_first_of_a_content():
    from extract.models import Report
    from extract.text.ingest import DuplicateFilter

    a, b, c = (Report(name=n, path=n, sha256=h) for n, h in (("a", "x"), ("b", "x"), ("c", "y")))
    dupes = DuplicateFilter()
    assert [dupes.check(r) for r in (a, b, c)] == [False, True, False]
    assert b.status == "skipped" and b.message == "same content as a"
    assert not dupes.check(a)   # asking again about the first one does not mark it


def test_split_cached_loads_unchanged_reports_without_extracting(corpus, tmp_path):
    from extract.incremental import process_paths, split_cached

    cache = ExtractionCache(tmp_path / "cache", "fp")
    paths = sorted(corpus.iterdir())
    process_paths(corpus, paths[:2], cache=cache)
    (corpus / "empty.txt").write_text("")
    hits, left = split_cached(corpus, sorted(corpus.iterdir()), cache)
    assert [ex.report.name for ex in hits.extractions] == ["a.txt", "b.md"] and hits.n_cached == 2
    assert all(r.text == "" for r in hits.reports)
    assert [p.name for p in left] == ["c.txt", "empty.txt"]   # new and unreadable files go to a worker


def test_code_fingerprint_follows_the_extraction_modules_only(monkeypatch):
    import re

    import extract.incremental as inc

    src = Path(inc.__file__).parent
    # extraction.py imports mentions/papers.py, which imports text/names.py and mentions/judge.py:
    # all are covered, and so is the shipped segmenter model; outputs/export.py is output-only.
    assert re.search(rb"^from extract\.mentions\.papers import", (src / "extraction.py").read_bytes(), re.M)
    base = inc.code_fingerprint()
    real_read = Path.read_bytes

    def edited(path, name):
        return lambda self: real_read(self) + (b"# edited\n" if self.name == name else b"")

    for name, changes in (("papers.py", True), ("judge.py", True), ("names.py", True), ("units.py", True),
                          ("segmenter.crfsuite", True), ("lexicon.py", True), ("export.py", False), ("cli.py", False)):
        inc.code_fingerprint.cache_clear()
        monkeypatch.setattr(Path, "read_bytes", edited(Path, name))
        assert (inc.code_fingerprint() != base) == changes, name
        monkeypatch.setattr(Path, "read_bytes", real_read)
    inc.code_fingerprint.cache_clear()
    assert inc.code_fingerprint() == base


def test_the_flow_module_does_not_load_spacy_until_a_report_needs_extracting():
    """A run whose reports are all cached never pays for importing spaCy (~0.5 s of its start-up)."""
    import subprocess
    import sys

    code = "import sys, tripmine.trip_reports, extract.corpus.finish; sys.exit('spacy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).resolve().parent.parent).returncode == 0
