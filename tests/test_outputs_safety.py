"""Output sets are never half-written: the output lock, atomic swaps, and recovery after a kill."""
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from extract.outlock import OutputLocked, lock_path, output_lock
from extract.outputs.export import _swap, recover_outputs
from tripmine.cli import main

HOLD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from extract.outlock import output_lock
    with output_lock(Path(sys.argv[1])):
        print("locked", flush=True)
        time.sleep(float(sys.argv[2]))
        Path(sys.argv[1] + ".done").touch()   # last thing before the lock is released
""")


def hold_lock(out: Path, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(out), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_second_run_fails_with_a_message_naming_the_holder(tmp_path):
    proc = hold_lock(tmp_path / "out", 30)
    try:
        with pytest.raises(OutputLocked, match=rf"another tripmine run is writing .*pid {proc.pid}"):
            with output_lock(tmp_path / "out"):
                pass
    finally:
        proc.kill()
        proc.wait()


def test_second_run_can_wait_for_the_first(tmp_path):
    proc = hold_lock(tmp_path / "out", 1.0)
    with output_lock(tmp_path / "out", wait_seconds=30):
        assert (tmp_path / "out.done").exists()   # got the lock only after the holder finished
    proc.wait()


def test_a_killed_holder_leaves_no_stale_lock(tmp_path):
    proc = hold_lock(tmp_path / "out", 60)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with output_lock(tmp_path / "out"):
        assert lock_path(tmp_path / "out").exists()


def test_cli_exits_3_when_the_output_folder_is_locked(tmp_path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("hello")
    proc = hold_lock(tmp_path / "out", 30)
    try:
        assert main(["run", "--raw", str(raw), "--out", str(tmp_path / "out")]) == 3
        assert "another tripmine run is writing" in capsys.readouterr().err
    finally:
        proc.kill()
        proc.wait()


def test_swap_exchanges_folders_and_recovery_restores_an_interrupted_swap(tmp_path):
    out = tmp_path / "outputs"
    out.mkdir()
    (out / "papers.csv").write_text("old")
    new = tmp_path / ".outputs.tmp-1"
    new.mkdir()
    (new / "papers.csv").write_text("new")
    _swap(new, out)
    assert (out / "papers.csv").read_text() == "new" and not new.exists()
    # A crash between the two renames of the fallback path: only the old set, under its old name.
    os.replace(out, tmp_path / ".outputs.old-99")
    (tmp_path / ".outputs.tmp-98").mkdir()
    notes = recover_outputs(out)
    assert (out / "papers.csv").read_text() == "new"
    assert not list(tmp_path.glob(".outputs.*-*")) and len(notes) == 2


@pytest.mark.slow
def test_sigkill_mid_run_keeps_the_previous_outputs_and_the_next_run_succeeds(tmp_path, prefect_home):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from synthetic import write_corpus

    from extract.corpus.finish import finish
    from extract.incremental import process_batch
    from extract.text.ingest import read_reports

    raw, out = tmp_path / "raw", tmp_path / "out"
    write_corpus(raw, 150, seed=3)
    reports = list(read_reports(raw))
    finish(reports, process_batch(reports).extractions, out)   # the previous outputs
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    for p in sorted(raw.iterdir())[:30]:
        p.unlink()   # the next run would write a different set
    tripmine = Path(sys.executable).with_name("tripmine")
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"} | {"PREFECT_HOME": str(prefect_home)}
    cmd = [str(tripmine), "run", "--raw", str(raw), "--out", str(out), "--task-runner", "threads", "--no-cache"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, start_new_session=True)
    deadline = time.monotonic() + 240
    while not list(tmp_path.glob(".out.tmp-*")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    finished = proc.poll() is not None
    os.killpg(proc.pid, signal.SIGKILL)   # while it writes its temporary folder
    proc.wait()
    assert not finished, "the run ended before its temporary folder appeared: nothing was killed mid-write"
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    subprocess.run(cmd, check=True, capture_output=True, env=env, timeout=300)
    assert len((out / "extractions.jsonl").read_text().splitlines()) == 120
    assert not list(tmp_path.glob(".out.tmp-*")) and not list(tmp_path.glob(".out.old-*"))
