"""Prefect flow `trip-reports`: raw/ -> extraction (+ catalog linking) -> entities -> graph -> outputs/.

Thin wrappers only: every step is a function of the `extract` library. Report files are read and
extracted in batches (one task per batch, not per report) so per-task overhead stays small on large
corpora; workers return extractions without the texts, so the flow's memory grows with what was
found, not with the size of raw/. Each report's result is cached on disk so an unchanged report is
never extracted twice.
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote

from extract.corpus.analytics import GraphThresholds
from extract.corpus.finish import RunSummary, Stopwatch, finish
from extract.corpus.memory import worth_releasing
from extract.corpus.store import ExtractionStore
from extract.errors import is_transient
from extract.incremental import BatchResult, ExtractionCache, process_paths, run_fingerprint, split_cached
from extract.link.catalog import cached_index
from extract.models import Report
from extract.outlock import output_lock
from extract.outputs.export import recover_outputs
from extract.outputs.manifest import current_summary, inputs_digest
from extract.settings import Settings
from extract.text.ingest import DuplicateFilter, discover
from tripmine import progress
from tripmine.logs import quiet_known_errors
from tripmine.signals import cancel_on_signals


def _transient(task, task_run, state) -> bool:
    """Retry only what a retry can fix (a reset connection, a stale network file handle); a full or
    read-only disk, a missing file or a malformed input fails at once."""
    return is_transient(state.data if isinstance(state.data, BaseException) else None)


quiet_known_errors()   # here, so worker processes that import the tasks get it too
IO_RETRIES = dict(retries=3, retry_delay_seconds=[2, 10, 30], retry_condition_fn=_transient)


@task(name="load-catalog", cache_policy=NO_CACHE, **IO_RETRIES)
def catalog_task(catalog: str, cache_dir: str | None) -> str:
    """Load (or build and cache) the catalog index once; return the file's sha256."""
    index = cached_index(Path(catalog), Path(cache_dir) if cache_dir else None)
    get_run_logger().info("catalog %s: %s", catalog, index.stats.describe())
    return index.sha256


@task(name="discover", cache_policy=NO_CACHE, **IO_RETRIES)
def discover_task(raw_dir: str) -> list[str]:
    """The report files under raw_dir (paths only: workers read them, so no process holds every text)."""
    files = [str(p) for p in discover(Path(raw_dir))]
    get_run_logger().info("discover: %d report files in %s", len(files), raw_dir)
    return files


@task(name="extract-batch", cache_policy=NO_CACHE, **IO_RETRIES)
def extract_task(settings: Settings, paths: list[str], *, fingerprint: str | None) -> BatchResult:
    """Read a batch of files; papers, people, URLs and topics of each, linked to the catalog; cached per report."""
    cache_dir = str(settings.cache_dir) if settings.cache_dir else None
    cache = ExtractionCache.under(cache_dir, fingerprint) if fingerprint else None
    catalog = settings.catalog
    result = process_paths(
        settings.raw_dir, [Path(p) for p in paths], max_bytes=settings.max_bytes,
        spacy_model=settings.spacy_model, accept=settings.link_accept, review=settings.link_review, cache=cache,
        report_seconds=settings.report_timeout,
        index=lambda: cached_index(catalog, settings.cache_dir) if catalog else None,
    )
    log = get_run_logger()
    for r in result.reports:
        if r.status != "ok":
            log.warning("%s: %s - %s", r.name, r.status, r.message)
    log.info("batch of %d: %d extracted, %d from cache (pid %d)", len(paths), result.n_extracted, result.n_cached, os.getpid())
    return result


@task(name="load-cached", cache_policy=NO_CACHE, **IO_RETRIES)
def cached_task(raw_dir: str, paths: list[str], max_bytes: int, cache_dir: str | None, fingerprint: str
                ) -> tuple[BatchResult, list[str]]:
    """Extractions of unchanged reports, from the cache; the paths that still need a worker."""
    cached, left = split_cached(Path(raw_dir), [Path(p) for p in paths], ExtractionCache.under(cache_dir, fingerprint),
                                max_bytes=max_bytes)
    return cached, [str(p) for p in left]


CACHE_CHUNK = 1000   # cached extractions loaded per call of cached_task


def _drain(futures: deque) -> Iterator[Any]:
    """Each future's result, in order, letting go of each future as its result is taken: a finished
    process-pool future keeps its task's pickled result (about 11 MB per 1,000 reports), which a
    list of futures kept alive through the whole corpus stage (about 220 MB at 20,000 reports)."""
    while futures:
        yield futures.popleft().result()


def _keep(result: BatchResult, store: ExtractionStore) -> BatchResult:
    """Move a batch's extractions into the store (compact), keeping its reports."""
    store.add(result.extractions)
    result.extractions = []
    return result


def _in_discovery_order(paths: list[str], results: list[BatchResult], store: ExtractionStore) -> tuple[list[Report], ExtractionStore]:
    """All reports in file order, and the store of their extractions; a file with the same bytes as an
    earlier one is skipped."""
    order = {p: i for i, p in enumerate(paths)}
    reports = sorted((r for res in results for r in res.reports), key=lambda r: order.get(r.path, len(order)))
    dupes = DuplicateFilter()
    return reports, store.select([r.name for r in reports if not dupes.check(r) and r.name in store])


@task(name="resolve-graph-export", cache_policy=NO_CACHE, **IO_RETRIES)
def finish_task(reports: list[Report], extractions: ExtractionStore, out_dir: str, thresholds: GraphThresholds,
                pictures: bool, timings: dict[str, float], inputs: str) -> RunSummary:
    """Merge entities across reports, build and measure the graph, write all outputs atomically."""
    summary, _, _ = finish(reports, extractions, Path(out_dir), thresholds, pictures, timings=timings, inputs=inputs)
    get_run_logger().info("export: %d papers, %d people, %d nodes, %d edges -> %s",
                          summary.n_papers, summary.n_people, summary.n_nodes, summary.n_edges, out_dir)
    return summary


@flow(name="trip-reports", log_prints=True)
def trip_reports(settings: Settings = Settings()) -> RunSummary:   # noqa: B008 - a frozen model, safe as a default
    """Mine every *.txt, *.md and *.html report under settings.raw_dir into settings.out_dir.

    One run at a time per out_dir: a second one waits up to `lock_wait` seconds, then fails with a
    message naming the run that holds the folder. The fields of `Settings` say what each one does.
    """
    settings.check()
    with cancel_on_signals(), output_lock(settings.out_dir, settings.lock_wait):
        for note in recover_outputs(settings.out_dir):
            get_run_logger().warning("%s: %s", settings.out_dir, note)
        return _run(settings)


def _run(settings: Settings) -> RunSummary:
    log = get_run_logger()
    watch = Stopwatch()
    raw_dir, cache_dir = str(settings.raw_dir), str(settings.cache_dir) if settings.cache_dir else None
    catalog_sha = catalog_task(str(settings.catalog), cache_dir) if settings.catalog else ""
    fingerprint = run_fingerprint(settings.spacy_model, catalog_sha, settings.link_accept, settings.link_review) \
        if settings.incremental else None
    with watch.stage("discover"):
        paths = discover_task(raw_dir)
        watch.release = worth_releasing(len(paths))
        results: list[BatchResult] = []
        todo = paths
        store = ExtractionStore()
        if fingerprint:
            # A chunk at a time into the store: 20,000 cached extractions loaded at once held about
            # 1 GB of objects before the store compacted them.
            todo = []
            for i in range(0, len(paths), CACHE_CHUNK):
                cached, left = cached_task(raw_dir, paths[i : i + CACHE_CHUNK], settings.max_bytes, cache_dir, fingerprint)
                results.append(_keep(cached, store))
                todo += left
            log.info("cache: %d of %d reports unchanged, %d to extract", len(paths) - len(todo), len(paths), len(todo))
    progress.start(len(paths), len(paths) - len(todo))
    size = settings.batch_size
    batches = [todo[i : i + size] for i in range(0, len(todo), size)]
    with watch.stage("extract"):
        futures = deque(extract_task.submit(settings, b, fingerprint=fingerprint) for b in batches)
        done = 0
        for i, (batch, result) in enumerate(zip(batches, _drain(futures)), 1):
            results.append(_keep(result, store))
            del result
            done += len(batch)
            progress.advance(len(batch))
            log.info("extracted %d/%d batches (%d/%d files to extract)", i, len(batches), done, len(todo))
    reports, extractions = _in_discovery_order(paths, results, store)
    del store   # `extractions` holds what the corpus stage reads; it lets go of parts as stages finish
    n_cached = sum(r.n_cached for r in results)
    inputs = inputs_digest(reports, fingerprint, thresholds=settings.thresholds, pictures=settings.pictures) if fingerprint else ""
    stored = current_summary(settings.out_dir, inputs) if inputs and not todo else None
    if stored is not None:
        # Nothing changed since the run that wrote out_dir (same reports, settings and code, files
        # untouched): its outputs are what this run would write, byte for byte.
        summary = RunSummary.from_dict(stored)
        summary.timings = {**watch.timings, "up to date": 0.0}
        log.info("outputs in %s are up to date (no report, setting or code changed): nothing to write", settings.out_dir)
    else:
        progress.stage("resolve, graph, tables, files")
        # quote(): the whole corpus is passed as it is, not walked object by object looking for futures.
        summary = finish_task(quote(reports), quote(extractions), str(settings.out_dir), settings.thresholds, settings.pictures,
                              watch.timings, inputs)
    summary.n_cached = n_cached
    _publish(summary)
    return summary


def _publish(summary: RunSummary) -> None:
    """A markdown artifact per run and a table of the top papers, for the Prefect UI."""
    try:
        create_markdown_artifact(markdown=f"{summary.markdown}\n\n_{summary.n_cached} report(s) came from the cache._\n",
                                 key="trip-reports-summary",
                                 description="tripmine run summary")
        create_table_artifact(table=summary.paper_table, key="trip-reports-papers",
                              description="papers named in most reports (top 100)")
    except Exception as exc:  # artifacts are a convenience; never fail a finished run over them
        get_run_logger().warning("could not publish artifacts: %s", exc)
