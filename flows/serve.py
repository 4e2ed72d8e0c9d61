"""Serve the `trip-reports/nightly` deployment: cron `0 6 * * *`, with the CLI's defaults.

    PREFECT_API_URL=http://127.0.0.1:4200/api python flows/serve.py

Runs until stopped (Ctrl-C or SIGTERM). Scheduled runs and `prefect deployment run
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


if __name__ == "__main__":
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.chdir(ROOT)   # relative raw/ and outputs/ mean the repository's
    serve(nightly_deployment())
