"""Prefect flow `trip-reports`: raw/ -> extraction -> entities -> graph -> outputs/.

Thin wrappers only: every step is a function of the `extract` library. Reports are extracted in
batches (one task per batch, not per report) so per-task overhead stays small on large corpora.
"""
from __future__ import annotations

from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from extract.catalog import CatalogStats, cached_index
from extract.corpus import RunSummary, finish
from extract.ingest import DEFAULT_MAX_BYTES, read_reports
from extract.linking import ACCEPT, REVIEW, link_reports
from extract.models import Report, ReportExtraction
from extract.nlp import build_pipeline
from extract.pipeline import extract_reports
from extract.settings import Settings


@task(name="ingest", retries=2, retry_delay_seconds=[1, 5], cache_policy=NO_CACHE)
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
def extract_task(batch: list[Report], spacy_model: str | None) -> list[ReportExtraction]:
    """Papers, people, URLs and topics for a batch of reports (pipeline built once per process)."""
    nlp = build_pipeline(spacy_model)
    return list(extract_reports(batch, nlp))


@task(name="load-catalog", retries=2, retry_delay_seconds=[1, 5], cache_policy=NO_CACHE)
def catalog_task(catalog: str, cache_dir: str | None) -> CatalogStats:
    """Load (or build and cache) the catalog index once, and report what was skipped."""
    index = cached_index(Path(catalog), Path(cache_dir) if cache_dir else None)
    get_run_logger().info("catalog %s: %s", catalog, index.stats.describe())
    return index.stats


@task(name="link-batch", cache_policy=NO_CACHE)
def link_task(batch: list[ReportExtraction], catalog: str | None, cache_dir: str | None,
              accept: float, review: float) -> list[ReportExtraction]:
    """Tie a batch's papers to the catalog, find catalog titles in prose, resolve abbreviations."""
    index = cached_index(Path(catalog), Path(cache_dir) if cache_dir else None) if catalog else None
    return link_reports(batch, index, accept, review)


@task(name="resolve-graph-export", retries=2, retry_delay_seconds=[1, 5], cache_policy=NO_CACHE)
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
) -> RunSummary:
    """Mine every *.txt, *.md and *.html report under raw_dir into out_dir (linked to `catalog` if given)."""
    settings = Settings(Path(raw_dir), Path(out_dir), Path(catalog) if catalog else None, spacy_model, batch_size,
                        max_bytes, link_accept, link_review, Path(cache_dir) if cache_dir else None)
    settings.check()
    log = get_run_logger()
    if catalog:
        catalog_task(catalog, cache_dir)
    reports = ingest_task(raw_dir, max_bytes)
    ok = [r for r in reports if r.status == "ok"]
    extractions: list[ReportExtraction] = []
    for i in range(0, len(ok), batch_size):
        batch = extract_task(ok[i : i + batch_size], spacy_model)
        extractions += link_task(batch, catalog, cache_dir, link_accept, link_review)
        log.info("extracted %d/%d reports", len(extractions), len(ok))
    return finish_task(reports, extractions, out_dir)
