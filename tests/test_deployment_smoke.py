"""The nightly deployment end to end: server, serve process, `prefect deployment run --watch` (~30 s)."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "deployment_smoke.sh"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("setsid") is None or shutil.which("bash") is None, reason="needs bash and setsid")
def test_deployment_smoke_script():
    proc = subprocess.run(["bash", str(SCRIPT)], env={"PYTHON": sys.executable, "PATH": "/usr/bin:/bin"},
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "smoke: passed" in proc.stdout
