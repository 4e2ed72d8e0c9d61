"""Task runners for `trip-reports`: processes or threads on one machine, or Dask (a LocalCluster or an
existing cluster)."""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from prefect.task_runners import ThreadPoolTaskRunner

from extract.errors import UsageError
from tripmine.api_server import TemporaryAPI
from tripmine.config import RunConfig
from tripmine.signals import detach_from_terminal

DEFAULT_WORKERS = min(os.cpu_count() or 1, 4)


def make_task_runner(kind: str = "processes", dask_address: str | None = None, workers: int | None = None):
    """`processes` (default): a pool of worker processes on this machine, so extraction uses every core
    (it is CPU-bound Python; threads share one core). `threads`: a thread pool in this process.
    `dask`: `dask_address` (tcp://host:8786) connects to a running cluster; without one a
    LocalCluster of worker processes is started."""
    if kind == "processes":
        from prefect.task_runners import ProcessPoolTaskRunner

        # Workers leave the terminal's process group (Ctrl-C reaches only the run, which stops them)
        # and exit when the run's process is gone, even after a SIGKILL.
        return ProcessPoolTaskRunner(max_workers=workers or DEFAULT_WORKERS, initializer=detach_from_terminal)
    if kind == "threads":
        return ThreadPoolTaskRunner(max_workers=workers or DEFAULT_WORKERS)
    if kind == "dask":
        try:
            from prefect_dask import DaskTaskRunner
        except ImportError:
            raise UsageError("--task-runner dask needs the optional [dask] extra: pip install 'tripmine[dask]'") from None
        if dask_address:
            return DaskTaskRunner(address=dask_address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": workers or DEFAULT_WORKERS, "threads_per_worker": 1, "processes": True,
                                              "dashboard_address": None})
    raise ValueError(f"unknown task runner {kind!r} (use processes, threads or dask)")


def configured_flow(config: RunConfig | None = None):
    """The trip-reports flow with the config's task runner and run-level timeout."""
    from tripmine.trip_reports import trip_reports

    config = config or RunConfig()
    return trip_reports.with_options(task_runner=make_task_runner(config.task_runner, config.dask_address, config.workers),
                                     timeout_seconds=config.timeout)


@contextmanager
def shared_api(server: TemporaryAPI | None = None) -> Iterator[None]:
    """One Prefect API for the flow and all its worker processes.

    Without PREFECT_API_URL every Python process that runs a flow or task starts a temporary server
    of its own (6-8 s each), and worker processes' task runs would not appear under the flow run.
    `server`: one started by the caller before Prefect was imported, its URL already exported (see
    `api_server`). Otherwise, unless an API is configured, start one here and export its URL, which
    spawned workers inherit. Either stops when this process exits, after Prefect's own drain of
    buffered logs and events.
    """
    from prefect.settings import PREFECT_API_URL, temporary_settings

    if server is None and PREFECT_API_URL.value():
        yield
        return
    if server is None:
        server = TemporaryAPI().start()
        os.environ["PREFECT_API_URL"] = server.api_url
        os.environ.setdefault("PREFECT_UI_URL", "")   # a temporary server has no page worth linking to
    server.wait_ready()
    with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
        yield
