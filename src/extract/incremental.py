"""Incremental runs: each report's extraction (after catalog linking) is cached on disk, keyed by
the report's content hash and a fingerprint of everything that shapes the result (tripmine's code
and word lists, the spaCy model, the catalog file and the link thresholds).

A run over an unchanged folder re-extracts nothing; added or changed reports are extracted; deleted
reports are simply not asked for. Cached results are given the current file name and path, so a
renamed file is not extracted again either.
"""
from __future__ import annotations

import hashlib
import logging
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from extract.budget import DEFAULT_REPORT_SECONDS
from extract.link.catalog import CatalogIndex, default_cache_dir
from extract.link.linking import link_reports
from extract.models import Report, ReportExtraction
from extract.text.ingest import DEFAULT_MAX_BYTES, read_report

log = logging.getLogger(__name__)


# Bump when cached records change in a way the module sources do not show (they are hashed too).
CACHE_VERSION = "2"   # 2: JSON entries, validated on load (1 was pickles)
# Where extraction starts; every module these import (transitively) shapes a cached result.
EXTRACTION_ROOTS = ("incremental", "extraction", "link/linking", "link/catalog", "text/ingest", "nlp")
# "from extract.text.units import ...", "from extract import budget", "import extract.nlp": the
# package's own modules (imports inside functions count too).
_OWN_IMPORT = re.compile(rb"^\s*(?:from extract((?:\.\w+)*) import ([\w, ]+)|import extract((?:\.\w+)+))", re.M)


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of the extraction modules (those EXTRACTION_ROOTS import, followed through the
    package's imports) and every data file: a change to the rules invalidates the cache, a change to the
    outputs, the graph or the command line does not."""
    h = hashlib.sha256(CACHE_VERSION.encode())
    root = resources.files("extract")
    sources: dict[str, bytes] = {}
    todo = list(EXTRACTION_ROOTS)
    while todo:
        name = todo.pop()
        if name in sources:
            continue
        source = root.joinpath(*name.split("/")[:-1], name.split("/")[-1] + ".py")
        if not source.is_file():
            continue
        sources[name] = source.read_bytes()
        todo += _imported_modules(sources[name])
    entries = [(f"{name}.py", data) for name, data in sources.items()] + list(_data_files(root))
    for name, data in sorted(entries):
        h.update(name.encode())
        h.update(data)
    return h.hexdigest()[:16]


def _imported_modules(source: bytes) -> list[str]:
    """Package paths ("mentions/papers", or a package's "text/__init__") of the package modules
    `source` imports; for "from extract.text import units" both the package and the name."""
    found = []
    for dotted, names, plain in _OWN_IMPORT.findall(source):
        parts = (dotted or plain).decode().strip(".").split(".") if (dotted or plain) else []
        if parts:
            found += ["/".join(parts), "/".join([*parts, "__init__"])]
        found += ["/".join([*parts, n.strip()]) for n in names.decode().split(",") if n.strip()]
    return found


def _data_files(node, prefix: str = ""):
    """(relative name, bytes) of the word lists and other data shipped in the package."""
    for child in node.iterdir():
        name = prefix + child.name
        if child.is_dir():
            if child.name != "__pycache__":
                yield from _data_files(child, name + "/")
        elif child.name.endswith((".json", ".txt", ".crfsuite")):
            yield name, child.read_bytes()


def run_fingerprint(spacy_model: str | None, catalog_sha256: str = "", accept: float = 0.0, review: float = 0.0) -> str:
    """Everything besides a report's bytes that decides its extraction."""
    parts = [code_fingerprint(), spacy_model or "blank:en", catalog_sha256 or "no-catalog"]
    if catalog_sha256:
        parts += [f"{accept:g}", f"{review:g}"]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


@lru_cache(maxsize=1)
def _entry_codec():
    """Reads and writes cache entries as JSON, checked field by field against `ReportExtraction`.

    A data format, not pickle: an entry is data, so whoever can write to the cache folder can at
    worst make a run re-extract a report, never run code in it."""
    from pydantic import TypeAdapter

    return TypeAdapter(ReportExtraction)


class UnusableEntry(ValueError):
    """A cache entry that does not hold a valid extraction of this report."""


def decode_entry(data: bytes, report: Report) -> ReportExtraction:
    """The extraction stored in `data`, for `report`; raises UnusableEntry when it is not one."""
    from pydantic import ValidationError

    try:
        ex = _entry_codec().validate_json(data, strict=True)
    except ValidationError as exc:
        raise UnusableEntry(f"not an extraction ({exc.error_count()} invalid fields, first: {exc.errors()[0]['msg']})") from None
    if ex.report.sha256 != report.sha256:
        raise UnusableEntry("stored for other content")
    n = report.n_chars or len(report.text)
    spans = [m for p in ex.papers for m in p.mentions + p.author_mentions]
    spans += ex.people_mentions + ex.url_mentions + ex.topic_mentions + ex.citations + ex.abbreviations
    if any(not 0 <= m.start <= m.end <= n for m in spans):
        raise UnusableEntry("offsets outside the report's text")
    ex.report = report   # current name and path; offsets refer to the same text
    return ex


def encode_entry(ex: ReportExtraction) -> bytes:
    """JSON of an extraction, without the report's text (the file on disk holds it)."""
    return _entry_codec().dump_json(replace(ex, report=replace(ex.report, text="")))


@dataclass
class ExtractionCache:
    """One JSON entry per (report content, run fingerprint) under `root`; writes are atomic."""

    root: Path
    fingerprint: str

    @classmethod
    def under(cls, cache_dir: Path | None, fingerprint: str) -> ExtractionCache:
        """The cache in `cache_dir`/extractions (default: $TRIPMINE_CACHE_DIR or .tripmine-cache)."""
        return cls((Path(cache_dir) if cache_dir else default_cache_dir()) / "extractions", fingerprint)

    def _path(self, report: Report) -> Path:
        return self.root / self.fingerprint / report.sha256[:2] / f"{report.sha256}.json"

    def get(self, report: Report) -> ReportExtraction | None:
        """The cached extraction, or None (a miss) when there is none or the entry is unusable."""
        path = self._path(report)
        try:
            return decode_entry(path.read_bytes(), report)
        except FileNotFoundError:
            return None
        except (OSError, UnusableEntry) as exc:  # a damaged or foreign entry is re-extracted, never fatal
            log.warning("extraction cache entry %s unusable (%s); re-extracting", path, exc)
            return None

    def put(self, ex: ReportExtraction) -> None:
        path = self._path(ex.report)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
            tmp.write_bytes(encode_entry(ex))
            os.replace(tmp, path)
        except OSError as exc:
            log.warning("cannot write extraction cache %s: %s", path, exc)


@dataclass
class BatchResult:
    extractions: list[ReportExtraction]
    n_cached: int
    n_extracted: int
    reports: list[Report] = field(default_factory=list)   # every file of the batch, with its status


def process_batch(
    reports: list[Report],
    *,
    spacy_model: str | None = None,
    index: Callable[[], CatalogIndex | None] = lambda: None,
    accept: float = 90.0,
    review: float = 75.0,
    cache: ExtractionCache | None = None,
    report_seconds: float | None = DEFAULT_REPORT_SECONDS,
) -> BatchResult:
    """Extract and link the reports of one batch, reusing cached results.

    `index` is called only when something must be linked, so a fully cached batch never loads the catalog.
    """
    cached: dict[str, ReportExtraction] = {}
    todo: list[Report] = []
    for r in reports:
        if r.status != "ok":
            continue
        hit = cache.get(r) if cache is not None else None
        if hit is not None:
            cached[r.name] = hit
        else:
            todo.append(r)
    fresh: list[ReportExtraction] = []
    if todo:
        # Imported here: a run whose reports are all cached never loads spaCy (~0.5 s).
        from extract.extraction import extract_reports
        from extract.nlp import build_pipeline

        extracted = list(extract_reports(todo, build_pipeline(spacy_model), report_seconds=report_seconds))
        fresh = link_reports(extracted, index(), accept, review)
        if cache is not None:
            for ex in fresh:
                cache.put(ex)
    by_name = cached | {ex.report.name: ex for ex in fresh}
    ordered = [by_name[r.name] for r in reports if r.name in by_name]   # input order, whatever was cached
    return BatchResult(ordered, len(cached), len(fresh))


def process_paths(raw_dir: Path, paths: list[Path], *, max_bytes: int = DEFAULT_MAX_BYTES, **kwargs) -> BatchResult:
    """Read, extract and link one batch of report files (`process_batch` takes the other arguments).

    The texts are released before returning: a caller gathering thousands of batches holds only the
    extractions, whose offsets stay valid against the files.
    """
    reports = [read_report(p, raw_dir, max_bytes=max_bytes) for p in paths]
    result = process_batch(reports, **kwargs)
    for r in reports:
        r.text = ""
    result.reports = reports
    return result


def split_cached(raw_dir: Path, paths: list[Path], cache: ExtractionCache, *, max_bytes: int = DEFAULT_MAX_BYTES
                 ) -> tuple[BatchResult, list[Path]]:
    """The files whose extraction is cached (loaded, texts released) and the paths left to extract.

    Lets a run over an unchanged folder finish without starting a single worker. Files that cannot
    be read, or are not text, go to the "left" list too, so their status is recorded in one place.
    """
    reports: list[Report] = []
    extractions: list[ReportExtraction] = []
    left: list[Path] = []
    for path in paths:
        report = read_report(path, raw_dir, max_bytes=max_bytes)
        hit = cache.get(report) if report.status == "ok" else None
        if hit is None:
            left.append(path)
            continue
        report.text = ""
        reports.append(report)
        extractions.append(hit)
    return BatchResult(extractions, len(extractions), 0, reports), left
