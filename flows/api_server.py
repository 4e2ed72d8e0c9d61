"""Prefect's API server for one `tripmine run`, started before Prefect is imported.

A Prefect flow needs an API. With none configured, `tripmine run` starts `prefect server start`
(Prefect's own command: no UI, no background services, no analytics) on a free loopback port as a
subprocess, before `import prefect` (about 2 s), so that its boot overlaps those imports. The server
stops when the run's process exits, after Prefect has shipped its buffered logs and events (Prefect
drains them at interpreter exit, before `atexit` callbacks run).

This module imports nothing from Prefect at load time.
"""
from __future__ import annotations

import atexit
import importlib.util
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from tripmine.signals import die_with_parent

PORT_IN_USE = 3   # uvicorn's exit code when it cannot bind
# A first start on a fresh PREFECT_HOME migrates the database (~14 s here); a loaded 2-core machine
# can take several times that.
STARTUP_TIMEOUT = float(os.environ.get("TRIPMINE_SERVER_STARTUP_TIMEOUT", 180))
_API_SETTING = re.compile(r"PREFECT_API_URL|^\s*\[(tool\.prefect\.)?api\]", re.M)


def api_configured() -> bool:
    """Whether an API URL may be set for Prefect: in the environment, the profiles file, or a
    prefect.toml / .env / pyproject.toml here. Read without importing Prefect; errs towards yes,
    which only means Prefect's own, slower, start-up path is taken."""
    if os.environ.get("PREFECT_API_URL"):
        return True
    home = Path(os.environ.get("PREFECT_HOME", "~/.prefect")).expanduser()
    files = [Path(os.environ.get("PREFECT_PROFILES_PATH", home / "profiles.toml")).expanduser(),
             Path("prefect.toml"), Path(".env"), Path("pyproject.toml")]
    for f in files:
        try:
            if _API_SETTING.search(f.read_text(encoding="utf-8", errors="replace")):
                return True
        except OSError:
            continue
    return False


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class TemporaryAPI:
    """A Prefect API server on a free loopback port, for the lifetime of one run."""

    def __init__(self) -> None:
        self.port = 0
        self.process: subprocess.Popen | None = None

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def start(self) -> TemporaryAPI:
        """Launch the server process and return at once; `wait_ready` blocks until it answers.

        Export `api_url` as PREFECT_API_URL before Prefect is imported: Prefect threads that do not
        inherit a settings context (its process pool's message forwarder, say) read the environment
        as it was at import, and would otherwise start a temporary server of their own."""
        if importlib.util.find_spec("prefect") is None:
            raise RuntimeError("prefect is not installed")
        self.port = _free_port()
        env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": os.environ.get("PREFECT_SERVER_ANALYTICS_ENABLED", "false")}
        env.pop("PREFECT_API_URL", None)   # the server itself is no client of another one
        self.process = subprocess.Popen(
            [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(self.port),
             "--no-ui", "--no-services", "--analytics-off", "--log-level", "ERROR", "--no-background"],
            env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            # Its own session: a Ctrl-C in the terminal reaches the run, which stops the server after
            # the flow run's state is saved; and the kernel ends it if the run is SIGKILLed.
            start_new_session=True, preexec_fn=die_with_parent())
        atexit.register(self.stop)
        print(f"tripmine: temporary Prefect API on {self.api_url} (set PREFECT_API_URL to use a running server)",
              file=sys.stderr)
        return self

    def wait_ready(self, timeout: float = STARTUP_TIMEOUT) -> None:
        """Block until /api/health answers 200; restart on another port if this one was taken meanwhile."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            code = self.process.poll() if self.process else None
            if code == PORT_IN_USE:   # taken between choosing and binding: the URL exported is now wrong
                raise RuntimeError(f"port {self.port} was taken before the temporary Prefect server could bind it; run again")
            if code is not None:
                raise RuntimeError(f"the temporary Prefect server exited with code {code}")
            try:
                with urllib.request.urlopen(f"{self.api_url}/health", timeout=2) as resp:
                    if resp.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"the temporary Prefect server did not answer within {timeout:g} s")

    def kill(self) -> None:
        """End the server at once (a second Ctrl-C)."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None
