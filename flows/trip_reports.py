"""Prefect flow `trip-reports`: raw/ -> extraction (+ catalog linking) -> entities -> graph -> outputs/.

Thin wrappers only: every step is a function of the `extract` library. Reports are extracted in
batches (one task per batch, not per report) so per-task overhead stays small on large corpora, and
each report's result is cached on disk so an unchanged report is never extracted twice.
"""
from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote

from extract.catalog import cached_index, default_cache_dir
from extract.corpus import RunSummary, finish, run_markdown
from extract.incremental import BatchResult, ExtractionCache, process_batch, run_fingerprint
from extract.ingest import DEFAULT_MAX_BYTES, read_reports
from extract.linking import ACCEPT, REVIEW
from extract.models import Report, ReportExtraction
from extract.settings import Settings

IO_RETRIES = dict(retries=3, retry_delay_seconds=[2, 10, 30])   # backoff for file-system hiccups


@task(name="load-catalog", cache_policy=NO_CACHE, **IO_RETRIES)
def catalog_task(catalog: str, cache_dir: str | None) -> str:
    """Load (or build and cache) the catalog index once; return the file's sha256."""
    index = cached_index(Path(catalog), Path(cache_dir) if cache_dir else None)
    get_run_logger().info("catalog %s: %s", catalog, index.stats.describe())
    return index.sha256


@task(name="ingest", cache_policy=NO_CACHE, **IO_RETRIES)
def ingest_task(raw_dir: str, max_bytes: int) -> list[Report]:
    """Read and decode every report file; bad files get a status, never an exception."""
    reports = list(read_reports(Path(raw_dir), max_bytes=max_bytes))
    log = get_run_logger()
    log.info("ingest: %d files, %d readable", len(reports), sum(r.status == "ok" for r in reports))
    for r in reports:
        if r.status != "ok":
            log.warning("%s: %s - %s", r.name, r.status, r.message)
    return reports


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract_task(batch: list[Report], spacy_model: str | None, catalog: str | None, cache_dir: str | None,
                 accept: float, review: float, fingerprint: str | None) -> BatchResult:
    """Papers, people, URLs and topics for a batch of reports, linked to the catalog; cached per report."""
    root = Path(cache_dir) if cache_dir else default_cache_dir()
    cache = ExtractionCache(root / "extractions", fingerprint) if fingerprint else None
    result = process_batch(
        batch, spacy_model=spacy_model, accept=accept, review=review, cache=cache,
        index=lambda: cached_index(Path(catalog), Path(cache_dir) if cache_dir else None) if catalog else None,
    )
    get_run_logger().info("batch of %d: %d extracted, %d from cache", len(batch), result.n_extracted, result.n_cached)
    return result


@task(name="resolve-graph-export", cache_policy=NO_CACHE, **IO_RETRIES)
def finish_task(reports: list[Report], extractions: list[ReportExtraction], out_dir: str) -> RunSummary:
    """Merge entities across reports, build the graph, write all outputs atomically."""
    summary, _, _ = finish(reports, extractions, Path(out_dir))
    get_run_logger().info("export: %d papers, %d people, %d nodes, %d edges -> %s",
                          summary.n_papers, summary.n_people, summary.n_nodes, summary.n_edges, out_dir)
    return summary


@flow(name="trip-reports", log_prints=True)
def trip_reports(
    raw_dir: str = "raw",
    out_dir: str = "outputs",
    catalog: str | None = None,
    spacy_model: str | None = None,
    batch_size: int = 50,
    max_bytes: int = DEFAULT_MAX_BYTES,
    link_accept: float = ACCEPT,
    link_review: float = REVIEW,
    cache_dir: str | None = None,
    incremental: bool = True,
) -> RunSummary:
    """Mine every *.txt, *.md and *.html report under raw_dir into out_dir (linked to `catalog` if given)."""
    settings = Settings(Path(raw_dir), Path(out_dir), Path(catalog) if catalog else None, spacy_model, batch_size,
                        max_bytes, link_accept, link_review, Path(cache_dir) if cache_dir else None)
    settings.check()
    log = get_run_logger()
    catalog_sha = catalog_task(catalog, cache_dir) if catalog else ""
    fingerprint = run_fingerprint(spacy_model, catalog_sha, link_accept, link_review) if incremental else None
    reports = ingest_task(raw_dir, max_bytes)
    ok = [r for r in reports if r.status == "ok"]
    batches = [ok[i : i + batch_size] for i in range(0, len(ok), batch_size)]
    futures = [extract_task.submit(b, spacy_model, catalog, cache_dir, link_accept, link_review, fingerprint) for b in batches]
    extractions: list[ReportExtraction] = []
    n_cached = 0
    for i, fut in enumerate(futures, 1):
        result = fut.result()
        extractions += result.extractions
        n_cached += result.n_cached
        log.info("extracted %d/%d batches (%d/%d reports, %d from cache)", i, len(batches), len(extractions), len(ok), n_cached)
    # A report whose extraction crashed was marked "error" in the worker's copy; mark ours too.
    done = {ex.report.name for ex in extractions}
    for r in ok:
        if r.name not in done:
            r.status, r.message = "error", r.message or "extraction failed (see the extract-batch task log)"
    # quote(): the whole corpus is passed as it is, not walked object by object looking for futures.
    summary = finish_task(quote(reports), quote(extractions), out_dir)
    summary.n_cached = n_cached
    _publish(summary)
    return summary


def _publish(summary: RunSummary) -> None:
    """A markdown artifact per run and a table of the top papers, for the Prefect UI."""
    try:
        create_markdown_artifact(markdown=run_markdown(summary), key="trip-reports-summary",
                                 description="tripmine run summary")
        create_table_artifact(table=summary.paper_table, key="trip-reports-papers",
                              description="papers named in most reports (top 100)")
    except Exception as exc:  # artifacts are a convenience; never fail a finished run over them
        get_run_logger().warning("could not publish artifacts: %s", exc)
