"""The run's settings, declared once: the Prefect flow takes a `Settings` as its parameter (the UI shows
a typed form), and the app derives the CLI options and the deployment's environment variables from
its fields (`cli_flag`, `env_name`)."""
from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from extract.budget import DEFAULT_REPORT_SECONDS
from extract.corpus.analytics import GraphThresholds
from extract.errors import UsageError
from extract.link.linking import ACCEPT, REVIEW
from extract.outfolder import check_output_folder
from extract.text.ingest import DEFAULT_MAX_BYTES

ENV_PREFIX = "TRIPMINE_"


def flag(name: str, **extra: Any) -> dict[str, Any]:
    """Field metadata: the field's CLI option is `--<name>` (for a True-by-default bool, `--no-<name>`),
    its environment variable TRIPMINE_<NAME>."""
    return {"flag": name, **extra}


class Settings(BaseModel):
    """What one run of the trip-reports flow reads, extracts and writes."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    raw_dir: Path = Field(Path("raw"), description="folder of reports (*.txt, *.md, *.html, recursive)",
                          json_schema_extra=flag("raw", metavar="DIR"))
    out_dir: Path = Field(Path("outputs"), description="output folder, replaced atomically", json_schema_extra=flag("out", metavar="DIR"))
    catalog: Path | None = Field(None, description="reference catalog CSV/JSONL (venue, year, title, authors, url, code_url); optional",
                                 json_schema_extra=flag("catalog", metavar="FILE"))
    spacy_model: str | None = Field(None, description="installed spaCy pipeline to use instead of spacy.blank('en'), e.g. en_core_web_sm; optional",
                                    json_schema_extra=flag("spacy-model", metavar="NAME"))
    batch_size: int = Field(100, ge=1, description="reports per extraction task")
    max_bytes: int = Field(DEFAULT_MAX_BYTES, ge=1, description="skip files larger than this many bytes (with a status)")
    link_accept: float = Field(ACCEPT, ge=0, le=100, description="catalog link score (0-100) at or above which a link is accepted")
    link_review: float = Field(REVIEW, ge=0, le=100, description="links scoring from this up to link_accept go to review.csv")
    cache_dir: Path | None = Field(None, description="where per-report extractions and the catalog index are cached "
                                                      "(default: $TRIPMINE_CACHE_DIR or .tripmine-cache)",
                                 json_schema_extra=flag("cache-dir", metavar="DIR"))
    incremental: bool = Field(True, description="reuse the cached extractions of unchanged reports (off: re-extract every report)",
                              json_schema_extra=flag("cache"))
    lock_wait: float = Field(0.0, ge=0, description="if another run is writing out_dir, wait this many seconds for it (0: give up at once)",
                             json_schema_extra=flag("wait-for-lock", metavar="SECONDS"))
    min_edge_weight: int = Field(1, ge=1, description="graph outputs keep only edges named in at least this many reports",
                                 json_schema_extra=flag("min-edge-weight", metavar="N"))
    min_node_reports: int = Field(1, ge=1, description="graph outputs keep only nodes named in at least this many reports",
                                  json_schema_extra=flag("min-node-reports", metavar="N"))
    pictures: bool = Field(True, description="draw graph.png and graph.html")
    report_timeout: float = Field(DEFAULT_REPORT_SECONDS, gt=0,
                                  description="a report whose extraction takes longer (seconds) gets status error and is skipped",
                                  json_schema_extra=flag("report-timeout", metavar="SECONDS"))

    @model_validator(mode="after")
    def _review_below_accept(self) -> Settings:
        if self.link_review > self.link_accept:
            raise ValueError(f"need link_review ({self.link_review:g}) <= link_accept ({self.link_accept:g})")
        return self

    @property
    def thresholds(self) -> GraphThresholds:
        return GraphThresholds(self.min_edge_weight, self.min_node_reports)

    @classmethod
    def checked(cls, **values: Any) -> Settings:
        """Settings from keyword values; a bad value raises UsageError naming its CLI option."""
        try:
            return cls(**values)
        except ValidationError as exc:
            raise UsageError(describe_errors(cls, exc)) from None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Settings from TRIPMINE_<NAME> variables (see `env_name`); unset or empty ones keep their defaults."""
        environ = os.environ if environ is None else environ
        values = {name: environ[env_name(cls, name)] for name in cls.model_fields if environ.get(env_name(cls, name))}
        return cls.checked(**{**values, **overrides})

    def subset(self, model: type[BaseModel]) -> Any:
        """The fields of `model` (a base class of this one) with this object's values."""
        return model(**{k: getattr(self, k) for k in model.model_fields})

    def check(self) -> None:
        """Check what the file system must hold; raise UsageError (a ValueError) a person can act on."""
        if not self.raw_dir.is_dir():
            raise UsageError(f"raw folder {str(self.raw_dir)!r} does not exist or is not a folder")
        check_output_folder(self.out_dir, self.raw_dir)
        if self.catalog is not None and not Path(self.catalog).is_file():
            raise UsageError(f"catalog file {str(self.catalog)!r} does not exist")
        if self.spacy_model and not _spacy_model_installed(self.spacy_model):
            raise UsageError(f"spaCy model {self.spacy_model!r} is not installed: install it once with "
                             f"`.venv/bin/python -m spacy download {self.spacy_model}` (needs the network), "
                             "or leave --spacy-model out to use spacy.blank('en')")


def cli_flag(model: type[BaseModel], name: str) -> str:
    """The field's CLI option: --<flag>, or --no-<flag> for a bool that defaults to True."""
    field = model.model_fields[name]
    extra = field.json_schema_extra if isinstance(field.json_schema_extra, dict) else {}
    stem = str(extra.get("flag", name.replace("_", "-")))
    return f"--no-{stem}" if field.annotation is bool and field.default is True else f"--{stem}"


def env_name(model: type[BaseModel], name: str) -> str:
    """The field's environment variable: TRIPMINE_ and its CLI option's stem (TRIPMINE_RAW, TRIPMINE_CACHE)."""
    stem = cli_flag(model, name).removeprefix("--")
    stem = stem.removeprefix("no-") if model.model_fields[name].annotation is bool else stem
    return ENV_PREFIX + stem.replace("-", "_").upper()


def describe_errors(model: type[BaseModel], exc: ValidationError) -> str:
    """One line per invalid value, named as the CLI names it."""
    lines = []
    for err in exc.errors():
        loc = err["loc"][0] if err["loc"] else None
        msg = err["msg"].removeprefix("Value error, ")
        if loc in model.model_fields:
            lines.append(f"{cli_flag(model, str(loc))}: {msg} (got {err.get('input')!r})")
        else:
            lines.append(msg)
    return "; ".join(lines)


def _spacy_model_installed(name: str) -> bool:
    """A spaCy pipeline package or folder, found without importing spaCy."""
    import importlib.util

    if Path(name).is_dir():
        return True
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False
