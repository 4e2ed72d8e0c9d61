"""Whether an output folder is already what a run would write: the up-to-date check of an unchanged re-run.

The outputs are a deterministic function of the reports (names, paths, content hashes, statuses), the
run fingerprint (tripmine's code and word lists, the spaCy model, the catalog and link thresholds) and
the graph settings. A run writes the digest of all of these, its summary, and the size and mtime of
every file it wrote into the folder (`.tripmine-inputs.json`). A later run with the same digest whose
folder still holds exactly those files, unmodified, has nothing to do: it reports the stored summary
and leaves the folder alone (like `make`). Any difference (a report added, changed or removed, other
settings or code, a file touched, added or deleted) means a full corpus stage.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path
from typing import Any

from extract.models import Report

MANIFEST = ".tripmine-inputs.json"
VERSION = 1


def inputs_digest(reports: list[Report], fingerprint: str, **settings: Any) -> str:
    """sha256 of everything the outputs are made from (reports in file-name order)."""
    rows = sorted((r.name, r.path, r.sha256, r.status, r.message, r.n_chars, r.n_bytes, r.encoding, r.is_html) for r in reports)
    blob = json.dumps([VERSION, fingerprint, sorted(settings.items()), rows], ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _files(folder: Path) -> dict[str, list[int]]:
    return {p.name: [p.stat().st_size, p.stat().st_mtime_ns] for p in sorted(folder.iterdir())
            if p.is_file() and p.name != MANIFEST}


def write_manifest(folder: Path, digest: str, summary: Any) -> None:
    """Record, last, what the files in `folder` were made from (`summary`: a dataclass, stored as JSON)."""
    data = {"version": VERSION, "inputs": digest, "files": _files(folder), "summary": dataclasses.asdict(summary)}
    (folder / MANIFEST).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def current_summary(folder: Path, digest: str) -> dict | None:
    """The stored summary (a dict) when `folder` holds, untouched, the outputs of these inputs; else None."""
    try:
        data = json.loads((Path(folder) / MANIFEST).read_text(encoding="utf-8"))
        if data.get("version") != VERSION or data.get("inputs") != digest:
            return None
        if _files(Path(folder)) != data["files"]:
            return None
        return data["summary"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
