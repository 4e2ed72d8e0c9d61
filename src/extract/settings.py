"""Run settings shared by the CLI, the Prefect flow and deployments (one set of defaults)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from extract.budget import DEFAULT_REPORT_SECONDS
from extract.corpus.analytics import GraphThresholds
from extract.errors import UsageError
from extract.link.linking import ACCEPT, REVIEW
from extract.outfolder import check_output_folder
from extract.text.ingest import DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class Settings:
    raw_dir: Path = Path("raw")
    out_dir: Path = Path("outputs")
    catalog: Path | None = None          # reference catalog CSV/JSONL; None = no catalog linking
    spacy_model: str | None = None       # None = spacy.blank("en"); a model name only if installed
    batch_size: int = 100                # reports per Prefect task
    max_bytes: int = DEFAULT_MAX_BYTES   # larger files are skipped with a status
    link_accept: float = ACCEPT          # catalog link score (0-100) at or above which a link is accepted
    link_review: float = REVIEW          # between this and link_accept a link goes to review.csv
    cache_dir: Path | None = None        # catalog index cache; None = $TRIPMINE_CACHE_DIR or .tripmine-cache
    min_edge_weight: int = 1             # graph outputs keep edges named in at least this many reports
    min_node_reports: int = 1            # ... and nodes named in at least this many reports
    pictures: bool = True                # write graph.png and graph.html
    report_timeout: float = DEFAULT_REPORT_SECONDS   # a report whose extraction takes longer gets status error

    @property
    def thresholds(self) -> GraphThresholds:
        return GraphThresholds(self.min_edge_weight, self.min_node_reports)

    def check(self) -> None:
        """Raise UsageError (a ValueError) with a message a person can act on."""
        if not self.raw_dir.is_dir():
            raise UsageError(f"raw folder {str(self.raw_dir)!r} does not exist or is not a folder")
        check_output_folder(self.out_dir, self.raw_dir)
        if self.catalog is not None and not Path(self.catalog).is_file():
            raise UsageError(f"catalog file {str(self.catalog)!r} does not exist")
        if self.spacy_model and not _spacy_model_installed(self.spacy_model):
            raise UsageError(f"spaCy model {self.spacy_model!r} is not installed: install it once with "
                             f"`.venv/bin/python -m spacy download {self.spacy_model}` (needs the network), "
                             "or leave --spacy-model out to use spacy.blank('en')")
        if not 0 <= self.link_review <= self.link_accept <= 100:
            raise UsageError(f"need 0 <= link_review ({self.link_review}) <= link_accept ({self.link_accept}) <= 100")
        if not self.report_timeout > 0:
            raise UsageError(f"--report-timeout must be a positive number of seconds (got {self.report_timeout})")
        if self.batch_size < 1:
            raise UsageError("batch size must be at least 1")
        if self.min_edge_weight < 1 or self.min_node_reports < 1:
            raise UsageError(f"--min-edge-weight ({self.min_edge_weight}) and --min-node-reports ({self.min_node_reports}) "
                             "must be at least 1")


def _spacy_model_installed(name: str) -> bool:
    """A spaCy pipeline package or folder, found without importing spaCy."""
    import importlib.util

    if Path(name).is_dir():
        return True
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False
