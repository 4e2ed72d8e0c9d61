"""Ctrl-C and SIGTERM cancel `tripmine run` within seconds, and no helper process outlives it, not
even after a SIGKILL."""
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

SEED = Path(__file__).resolve().parents[1] / "raw"


def descendants(pid: int) -> set[int]:
    """Every live process below `pid` (from /proc)."""
    parent_of = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parent_of[int(entry.name)] = int(fields[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parent_of.items() if parent in frontier} - found
        found |= frontier
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.fixture
def slow_corpus(tmp_path):
    """Six reports of ~2 MB: each batch of one keeps a worker busy for a few seconds."""
    raw = tmp_path / "raw"
    raw.mkdir()
    text = "\n\n".join(p.read_text() for p in sorted(SEED.glob("*.txt")))
    for i in range(6):
        (raw / f"big{i}.txt").write_text(f"Report {i}\n\n" + text * 17)
    return raw


@pytest.fixture
def previous_outputs(tmp_path):
    from extract.corpus.finish import finish
    from extract.models import Report

    out = tmp_path / "out"
    finish([Report("old.txt", "old.txt", status="skipped")], [], out, pictures=False)
    return out, {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def start_run(raw: Path, out: Path, prefect_home: Path, tmp_path: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env |= {"PREFECT_HOME": str(prefect_home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    tripmine = Path(sys.executable).with_name("tripmine")
    # Its own session, like a shell job: signalling the group is what a terminal's Ctrl-C does.
    return subprocess.Popen([str(tripmine), "run", "--raw", str(raw), "--out", str(out), "--task-runner", "processes",
                             "--workers", "2", "--batch-size", "1", "--no-cache", "--no-pictures",
                             "--cache-dir", str(tmp_path / "cache")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, start_new_session=True)


def wait_for_workers(proc: subprocess.Popen, n: int = 2, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        workers = [p for p in descendants(proc.pid) if b"multiprocessing" in Path(f"/proc/{p}/cmdline").read_bytes()]
        if len(workers) >= n:
            time.sleep(1.0)   # let them start extracting
            return
        time.sleep(0.2)
    raise AssertionError(f"no extraction workers appeared (exit {proc.poll()})")


@pytest.mark.parametrize("signum,code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_cancels_the_run_within_seconds(slow_corpus, previous_outputs, prefect_home, tmp_path, signum, code):
    out, before = previous_outputs
    proc = start_run(slow_corpus, out, prefect_home, tmp_path)
    try:
        wait_for_workers(proc)
        helpers = descendants(proc.pid)
        start = time.monotonic()
        os.killpg(proc.pid, signum)
        _, err = proc.communicate(timeout=60)
        took = time.monotonic() - start
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == code, err[-3000:]
    assert took < 10, f"took {took:.1f} s to stop"
    assert "run cancelled" in err and not re.search(r'File ".*/(extract|flows)/', err), err[-3000:]   # no traceback of ours
    assert {p.name: p.read_bytes() for p in sorted(out.iterdir())} == before   # previous outputs untouched
    time.sleep(1)
    assert not [p for p in helpers if alive(p)], "helper processes outlived the run"


def test_no_helper_outlives_a_sigkilled_run(slow_corpus, previous_outputs, prefect_home, tmp_path):
    out, before = previous_outputs
    proc = start_run(slow_corpus, out, prefect_home, tmp_path)
    try:
        wait_for_workers(proc)
        helpers = descendants(proc.pid)
        assert len(helpers) >= 3   # the API server and the workers at least
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(alive(p) for p in helpers):
        time.sleep(0.2)
    assert not [p for p in helpers if alive(p)], "helper processes outlived a SIGKILLed run"
    assert {p.name: p.read_bytes() for p in sorted(out.iterdir())} == before



SPAWN_CHECK = """
import multiprocessing, signal
from concurrent.futures import ProcessPoolExecutor
import tripmine  # as the tripmine script does; a spawned worker imports this file again first

if __name__ == "__main__":
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler   # the run itself still gets Ctrl-C
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        print(pool.submit(signal.getsignal, signal.SIGINT).result(timeout=60).name)
"""


def test_a_spawned_worker_ignores_ctrl_c_from_its_first_import_of_tripmine(tmp_path):
    """A Ctrl-C while a worker was still importing (before its initializer left the terminal's
    process group) printed a KeyboardInterrupt traceback from inside our modules."""
    script = tmp_path / "main.py"
    script.write_text(SPAWN_CHECK)
    # With Ctrl-C's default disposition, as in a terminal (a test runner's worker may ignore it).
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120,
                          preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "SIG_IGN"
