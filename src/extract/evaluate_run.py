"""Extract a folder of reports in this process (no Prefect) into extractions.jsonl rows, for
`tripmine evaluate --extract` and the score tests."""
from __future__ import annotations

from pathlib import Path


def extract_predictions(raw_dir: Path, *, catalog: Path | None = None) -> dict[str, dict]:
    """The rows `tripmine run` would write to extractions.jsonl, by report name."""
    from extract.extraction import extract_reports
    from extract.link.catalog import load_catalog
    from extract.link.linking import link_reports
    from extract.nlp import build_pipeline
    from extract.text.ingest import read_reports

    reports = list(read_reports(Path(raw_dir)))
    extractions = list(extract_reports(reports, build_pipeline()))
    if catalog is not None:
        extractions = link_reports(extractions, load_catalog(catalog))
    return {ex.report.name: ex.to_json() for ex in extractions}
