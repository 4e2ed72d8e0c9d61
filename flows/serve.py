"""Serve the `trip-reports/nightly` deployment: cron `0 6 * * *`, with the CLI's defaults.

    PREFECT_API_URL=http://127.0.0.1:4200/api python flows/serve.py

Runs until stopped (Ctrl-C or SIGTERM; it exits within 10 s of either, even when the API server is
already gone). Scheduled runs and `prefect deployment run
'trip-reports/nightly'` execute in this process. Defaults can be set per machine with environment
variables: TRIPMINE_RAW, TRIPMINE_OUT, TRIPMINE_CATALOG, TRIPMINE_SPACY_MODEL, TRIPMINE_CRON,
TRIPMINE_TIMEOUT (seconds), TRIPMINE_TASK_RUNNER (processes | threads | dask, default processes),
TRIPMINE_WORKERS, TRIPMINE_DASK_ADDRESS.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))   # `python flows/serve.py` from anywhere finds the flows package

from prefect import serve  # noqa: E402

from flows.runners import DEFAULT_TIMEOUT_SECONDS, make_task_runner  # noqa: E402
from flows.trip_reports import trip_reports  # noqa: E402

CRON = "0 6 * * *"


def nightly_deployment():
    """The deployment object: the same parameter defaults as `tripmine run`."""
    runner = make_task_runner(os.environ.get("TRIPMINE_TASK_RUNNER", "processes"), os.environ.get("TRIPMINE_DASK_ADDRESS") or None,
                              int(os.environ["TRIPMINE_WORKERS"]) if os.environ.get("TRIPMINE_WORKERS") else None)
    flow = trip_reports.with_options(task_runner=runner,
                                     timeout_seconds=float(os.environ.get("TRIPMINE_TIMEOUT", DEFAULT_TIMEOUT_SECONDS)))
    return flow.to_deployment(
        name="nightly",
        cron=os.environ.get("TRIPMINE_CRON", CRON),
        parameters={
            "raw_dir": os.environ.get("TRIPMINE_RAW", "raw"),
            "out_dir": os.environ.get("TRIPMINE_OUT", "outputs"),
            "catalog": os.environ.get("TRIPMINE_CATALOG") or None,
            "spacy_model": os.environ.get("TRIPMINE_SPACY_MODEL") or None,
        },
        description="Mine raw/ into outputs/ every morning at 06:00 (unchanged reports come from the cache).",
        tags=["tripmine"],
    )


STOP_SECONDS = 10.0   # Ctrl-C/SIGTERM to exit; without a bound, a gone server meant ~1.5 min of retries


def bound_shutdown(seconds: float = STOP_SECONDS) -> None:
    """After SIGINT or SIGTERM, the process exits within `seconds` even if Prefect's shutdown (pausing
    the schedule, reporting runs) waits on an API server that is no longer there."""
    import signal
    import threading

    from prefect.runner import Runner

    def arm(signum: int) -> None:
        def give_up() -> None:
            print(f"serve: Prefect's shutdown took over {seconds:g} s (is the API server gone?); exiting",
                  file=sys.stderr, flush=True)
            os._exit(128 + signum)

        timer = threading.Timer(seconds, give_up)
        timer.daemon = True
        timer.start()

    def on_sigint(signum, frame):
        arm(signum)
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, on_sigint)
    handle_sigterm = Runner.handle_sigterm   # the runner installs this for SIGTERM when it starts

    def on_sigterm(self, *args, **kwargs):
        arm(signal.SIGTERM)
        return handle_sigterm(self, *args, **kwargs)

    Runner.handle_sigterm = on_sigterm


if __name__ == "__main__":
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.chdir(ROOT)   # relative raw/ and outputs/ mean the repository's
    bound_shutdown()
    serve(nightly_deployment())
