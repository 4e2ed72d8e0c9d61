"""Which folder a run may write its outputs into, so that a run never deletes anything of the user's.

A run replaces its output folder as a whole (see `export.write_outputs`), so the folder it replaces
must be tripmine's own: absent, empty, or holding tripmine's marker file (or, for folders written
before the marker existed, nothing but the files tripmine writes). The output folder must also be
apart from the reports: not the raw folder, not inside it, not around it, and not the working
folder or one of its parents.
"""
from __future__ import annotations

from pathlib import Path

from extract.errors import UsageError

MARKER = ".tripmine-outputs"
MARKER_TEXT = "This folder is written by `tripmine run` and replaced as a whole by the next run.\n"
# Everything a run writes; a folder holding only these was written by a version without the marker.
OUTPUT_SUFFIXES = (".csv", ".parquet", ".jsonl", ".graphml", ".md", ".png", ".html")
OUTPUT_STEMS = frozenset({"reports", "papers", "people", "people_aliases", "review", "mentions", "nodes", "edges",
                          "extractions", "graph", "summary", "node_reports", "edge_reports"})


class UnsafeOutputFolder(UsageError):
    """The output folder holds something tripmine did not write, or overlaps the reports."""


def is_tripmine_output(folder: Path) -> bool:
    """True for a folder a run may replace: empty, marked, or holding only files tripmine writes."""
    entries = list(folder.iterdir())
    if any(e.name == MARKER for e in entries):
        return True
    return all(e.is_file() and not e.is_symlink() and e.suffix in OUTPUT_SUFFIXES and e.stem in OUTPUT_STEMS
               for e in entries)


def _within(inner: Path, outer: Path) -> bool:
    return inner == outer or outer in inner.parents


def check_output_folder(out_dir: Path, raw_dir: Path | None = None, *, cwd: Path | None = None) -> None:
    """Raise UnsafeOutputFolder, with one line a person can act on, unless a run may write `out_dir`."""
    out_dir = Path(out_dir)
    shown = str(out_dir)
    if out_dir.is_symlink():
        raise UnsafeOutputFolder(f"--out {shown!r} is a symbolic link; give the folder itself")
    out = out_dir.resolve()
    if raw_dir is not None:
        raw = Path(raw_dir).resolve()
        if out == raw:
            raise UnsafeOutputFolder(f"--out {shown!r} is the raw folder; outputs would replace the reports")
        if _within(out, raw):
            raise UnsafeOutputFolder(f"--out {shown!r} is inside the raw folder {str(raw_dir)!r}; "
                                     "outputs would be read back as reports")
        if _within(raw, out):
            raise UnsafeOutputFolder(f"--out {shown!r} contains the raw folder {str(raw_dir)!r}; "
                                     "replacing it would delete the reports")
    here = (cwd or Path.cwd()).resolve()
    if _within(here, out):
        raise UnsafeOutputFolder(f"--out {shown!r} is the working folder or contains it; "
                                 "give a folder of its own, e.g. --out outputs")
    if not out_dir.exists():
        return
    if not out_dir.is_dir():
        raise UnsafeOutputFolder(f"--out {shown!r} is a file, not a folder; tripmine will not replace it")
    try:
        ours = is_tripmine_output(out_dir)
    except OSError as exc:
        raise UnsafeOutputFolder(f"--out {shown!r} cannot be listed: {exc.strerror or exc}") from None
    if not ours:
        raise UnsafeOutputFolder(f"--out {shown!r} holds files tripmine did not write (no {MARKER} marker); "
                                 "give an empty or new folder")


def mark(folder: Path) -> None:
    """Write the marker into a folder a run is about to put in place."""
    (Path(folder) / MARKER).write_text(MARKER_TEXT, encoding="utf-8")
