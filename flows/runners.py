"""Task runners for `trip-reports`: threads on one machine, or Dask (a LocalCluster or an existing cluster)."""
from __future__ import annotations

from prefect.task_runners import ThreadPoolTaskRunner

DEFAULT_TIMEOUT_SECONDS = 6 * 3600   # a nightly run that takes longer than this is stuck, not slow


def make_task_runner(kind: str = "threads", dask_address: str | None = None, workers: int | None = None):
    """`threads` (default): a thread pool in this process. `dask`: `dask_address` (tcp://host:8786)
    connects to a running cluster; without one a LocalCluster of worker processes is started."""
    if kind == "threads":
        return ThreadPoolTaskRunner(max_workers=workers or 2)
    if kind == "dask":
        try:
            from prefect_dask import DaskTaskRunner
        except ImportError as exc:  # pragma: no cover - prefect-dask is a declared dependency
            raise RuntimeError("--task-runner dask needs the prefect-dask package") from exc
        if dask_address:
            return DaskTaskRunner(address=dask_address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": workers or 2, "threads_per_worker": 1, "processes": True,
                                              "dashboard_address": None})
    raise ValueError(f"unknown task runner {kind!r} (use threads or dask)")


def configured_flow(kind: str = "threads", dask_address: str | None = None, timeout_seconds: float | None = DEFAULT_TIMEOUT_SECONDS,
                    workers: int | None = None):
    """The trip-reports flow with this task runner and run-level timeout."""
    from flows.trip_reports import trip_reports

    return trip_reports.with_options(task_runner=make_task_runner(kind, dask_address, workers), timeout_seconds=timeout_seconds)
