"""`tripmine run` with worker processes: one temporary API for the flow and its workers, clean exit."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPORT = "ICML 2018\n\nSparse Kernel Machines for Graph Data – Ada Lovelace, Alan Turing\n\nCode: https://github.com/ex/skm\n"


def test_cli_run_on_worker_processes_shares_one_api_server(tmp_path, prefect_home):
    raw = tmp_path / "raw"
    raw.mkdir()
    for i, area in enumerate(["Graph Data", "Protein Folding", "Robot Grasping"]):
        (raw / f"r{i}.txt").write_text(REPORT.replace("Graph Data", area))
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env |= {"PREFECT_HOME": str(prefect_home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    tripmine = Path(sys.executable).with_name("tripmine")
    proc = subprocess.run([str(tripmine), "run", "--raw", str(raw), "--out", str(tmp_path / "out"), "--task-runner", "processes",
                           "--workers", "2", "--batch-size", "1", "--cache-dir", str(tmp_path / "cache")],
                          capture_output=True, text=True, env=env, timeout=240)
    assert proc.returncode == 0, proc.stderr[-3000:]
    log = proc.stdout + proc.stderr
    # Without the shared server each worker process would start a temporary server of its own.
    assert log.count("temporary Prefect API on") == 1, log[-3000:]
    assert "Starting temporary server" not in log, log[-3000:]
    assert "All connection attempts failed" not in log
    assert "View at http" not in log   # a link to a server that is gone once the run ends
    assert "extracted 3/3 batches" in log
    assert len((tmp_path / "out" / "papers.csv").read_text().splitlines()) == 4
