"""Reference catalog of known papers: loading (CSV or JSONL), an inverted index, and its on-disk cache.

A catalog has the columns venue, year, title, authors ("; "-joined, or a list in JSONL), url, code_url.
Only `title` is required. Rows without a title, with the wrong number of fields, or that repeat a
(venue, year, title) already seen are skipped and counted in `CatalogStats`; nothing is fatal except
a file with no usable title column.

The index is built once per catalog file and stored under a cache folder (NumPy arrays plus JSON,
never a pickle: a cache file is data that is checked on load, not code), keyed by the file's sha256
and `INDEX_VERSION`, so a scheduled run loads it in about a second instead of rebuilding it.
"""
from __future__ import annotations

import bisect
import csv
import hashlib
import io
import json
import logging
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from extract.errors import UsageError
from extract.text.normalise import norm_text

INDEX_VERSION = "3"   # bump when the index layout changes (the cache key also hashes this module)
COLUMNS = ("venue", "year", "title", "authors", "url", "code_url")
log = logging.getLogger(__name__)


class CatalogError(UsageError):
    """The catalog file cannot be used at all (missing, unreadable, no title column)."""


@dataclass
class CatalogStats:
    rows_read: int = 0
    rows_kept: int = 0
    skipped_no_title: int = 0
    skipped_malformed: int = 0       # wrong field count, bad JSON line
    skipped_duplicate: int = 0       # same venue, year and normalised title as an earlier row
    bad_year: int = 0                # kept, with year 0
    encoding: str = "utf-8"
    missing_columns: list[str] = field(default_factory=list)

    @property
    def skipped(self) -> int:
        return self.skipped_no_title + self.skipped_malformed + self.skipped_duplicate

    def describe(self) -> str:
        parts = [f"{self.rows_kept} papers kept of {self.rows_read} rows"]
        for name in ("skipped_no_title", "skipped_malformed", "skipped_duplicate", "bad_year"):
            if getattr(self, name):
                parts.append(f"{name.replace('_', ' ')}: {getattr(self, name)}")
        if self.missing_columns:
            parts.append("missing columns (left empty): " + ", ".join(self.missing_columns))
        if self.encoding != "utf-8":
            parts.append(f"decoded as {self.encoding}")
        return "; ".join(parts)


_SPLIT_MAIN = re.compile(r"\s*[:?!]\s+|\s+[-–—]\s+")


def main_title(title: str) -> str:
    """The part before a subtitle: "BERT: Pre-training of ..." -> "BERT"; "" when there is none."""
    parts = _SPLIT_MAIN.split(title, maxsplit=1)
    return parts[0].strip() if len(parts) == 2 and parts[0].strip() else ""


@dataclass
class CatalogIndex:
    """Columns of the kept rows plus token postings (CSR arrays) over normalised titles."""

    path: str
    sha256: str
    stats: CatalogStats
    venue: list[str]
    year: list[int]
    title: list[str]
    authors: list[str]                 # "; "-joined
    url: list[str]
    code_url: list[str]
    norm: list[str]                    # norm_text(title)
    norm_main: list[str]               # norm_text(main_title(title)) or ""
    vocab: dict[str, int]              # token -> token id
    df: np.ndarray                     # token id -> number of titles containing it
    indptr: np.ndarray                 # postings of token t: indices[indptr[t]:indptr[t+1]]
    indices: np.ndarray
    short_names: dict[str, list[int]]  # normalised short name ("bert", "grad cam") -> rows
    initials: list[str]                # sorted initials of every title ("wgan" for Wasserstein GAN ...)
    initials_rows: np.ndarray          # row of each entry of `initials`

    def __len__(self) -> int:
        return len(self.title)

    def postings(self, token: str) -> np.ndarray:
        t = self.vocab.get(token)
        if t is None:
            return np.empty(0, dtype=np.int32)
        return self.indices[self.indptr[t] : self.indptr[t + 1]]

    def doc_freq(self, token: str) -> int:
        t = self.vocab.get(token)
        return 0 if t is None else int(self.df[t])

    def rows_with_initials(self, prefix: str) -> np.ndarray:
        """Rows whose title's initials start with `prefix` (lower case)."""
        lo = bisect.bisect_left(self.initials, prefix)
        hi = bisect.bisect_left(self.initials, prefix + "~")
        return self.initials_rows[lo:hi]

    def author_list(self, row: int) -> list[str]:
        return [a for a in self.authors[row].split("; ") if a]


# --- reading -------------------------------------------------------------------------------------

def _decode(data: bytes, stats: CatalogStats) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # cp1252 decodes almost any byte string; say so, since some titles may be garbled.
        stats.encoding = "cp1252"
        log.warning("catalog is not valid UTF-8; decoded as cp1252")
        return data.decode("cp1252", errors="replace")


def _rows_csv(text: str, stats: CatalogStats):
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if not header:
        raise CatalogError("catalog is empty (no header row)")
    header = [h.strip().lower().lstrip("\ufeff") for h in header]
    if "title" not in header:
        raise CatalogError(f"catalog has no 'title' column (columns: {', '.join(header) or 'none'})")
    stats.missing_columns = [c for c in COLUMNS if c not in header]
    pos = {c: header.index(c) for c in COLUMNS if c in header}
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error:   # a field over the csv module's size limit, a NUL byte: skip the row
            stats.rows_read += 1
            stats.skipped_malformed += 1
            continue
        if not fields:
            continue
        stats.rows_read += 1
        if len(fields) != len(header):
            stats.skipped_malformed += 1
            continue
        yield {c: fields[i] for c, i in pos.items()}


def _rows_jsonl(text: str, stats: CatalogStats):
    seen_title = False
    for line in text.splitlines():
        if not line.strip():
            continue
        stats.rows_read += 1
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError):   # bad JSON, or nested too deep to parse
            stats.skipped_malformed += 1
            continue
        if not isinstance(obj, dict):
            stats.skipped_malformed += 1
            continue
        seen_title = seen_title or "title" in obj
        authors = obj.get("authors", "")
        if isinstance(authors, list) and all(isinstance(a, str) for a in authors):
            authors = "; ".join(authors)
        # A title, venue, URL or author list must be text: a number or a list there is a broken row.
        text_fields = {c: obj.get(c, "") for c in COLUMNS if c != "year"} | {"authors": authors}
        if any(v is not None and not isinstance(v, str) for v in text_fields.values()):
            stats.skipped_malformed += 1
            continue
        yield {**text_fields, "year": obj.get("year", "")}
    if stats.rows_read and not seen_title:
        raise CatalogError("catalog JSONL objects have no 'title' key")


def check_catalog(path: Path) -> None:
    """Fail fast, before a run starts, on a catalog that cannot work: unreadable or without titles."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(1 << 16)
    except OSError as exc:
        raise CatalogError(f"cannot read catalog {str(path)!r}: {exc.strerror or exc}") from exc
    text = head.decode("utf-8-sig", errors="replace")
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    if not first:
        raise CatalogError(f"catalog {str(path)!r} is empty")
    if first.lstrip().startswith("{"):
        if '"title"' not in first:
            raise CatalogError(f"catalog {str(path)!r}: the first JSON line has no \"title\" key")
    elif "title" not in [h.strip().lower() for h in next(csv.reader([first]))]:
        raise CatalogError(f"catalog {str(path)!r} has no 'title' column (header: {first[:200]})")


def read_catalog(path: Path) -> tuple[list[dict], CatalogStats]:
    """Rows of a CSV or JSONL catalog with str fields, an int year and `norm` (the normalised title);
    bad rows skipped and counted."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CatalogError(f"cannot read catalog {str(path)!r}: {exc.strerror or exc}") from exc
    stats = CatalogStats()
    text = _decode(data, stats)
    is_jsonl = path.suffix.lower() in {".jsonl", ".ndjson", ".json"} or text.lstrip().startswith("{")
    rows_in = _rows_jsonl(text, stats) if is_jsonl else _rows_csv(text, stats)
    rows: list[dict] = []
    seen: set[tuple[str, int, str]] = set()
    for row in rows_in:
        title = " ".join(str(row.get("title") or "").split())
        norm = norm_text(title)
        if not norm:
            stats.skipped_no_title += 1
            continue
        year_text = str(row.get("year") or "").strip()
        try:
            year = int(float(year_text)) if year_text else 0
        except ValueError:
            year, stats.bad_year = 0, stats.bad_year + 1
        venue = str(row.get("venue") or "").strip()
        key = (venue.lower(), year, norm)
        if key in seen:
            stats.skipped_duplicate += 1
            continue
        seen.add(key)
        authors = "; ".join(a.strip() for a in str(row.get("authors") or "").split(";") if a.strip())
        rows.append({"venue": venue, "year": year, "title": title, "norm": norm, "authors": authors,
                     "url": web_url(row.get("url")), "code_url": web_url(row.get("code_url"))})
    stats.rows_kept = len(rows)
    if not rows:
        raise CatalogError(f"catalog {str(path)!r} has no usable rows ({stats.describe()})")
    return rows, stats


def web_url(value: object) -> str:
    """An http(s) URL, else "": a `javascript:` or `file:` link from a catalog never reaches the outputs."""
    url = str(value or "").strip()
    return url if re.match(r"https?://[^\s/]", url, re.I) and not re.search(r"[\s<>\"]", url) else ""


# --- indexing ------------------------------------------------------------------------------------

_CASE_MARK = re.compile(r"^.+[A-Z0-9]")
_PAREN_ACRONYM = re.compile(r"\(([A-Z][A-Za-z0-9-]{1,14})\)")
_WORD = re.compile(r"[^\W_]+")


def initials(text: str) -> str:
    """First letters of the words, lower case: "Model-Agnostic Meta-Learning for ..." -> "mamlf..."."""
    return "".join(w[0] for w in _WORD.findall(text)).lower()


def _short_names(title: str, main: str) -> list[str]:
    """Names a report may use alone: a coined one- or two-word main title ("BERT", "Grad-CAM"), or
    an acronym the title defines for its opening words ("Localization Recall Precision (LRP): ...")."""
    names = []
    # Only coined names, not "Position: ..." or "Open Problem: ...".
    if main and len(main.split()) <= 2 and any(_CASE_MARK.search(w) for w in main.split()):
        names.append(norm_text(main))
    for m in _PAREN_ACRONYM.finditer(title):
        acro = m.group(1)
        before = initials(title[: m.start()])
        if before == acro.lower().replace("-", ""):
            names.append(norm_text(acro))
    return [n for n in dict.fromkeys(names) if n]


def build_index(rows: list[dict], stats: CatalogStats, path: str = "", sha256: str = "") -> CatalogIndex:
    norm = [r["norm"] for r in rows]
    mains = [main_title(r["title"]) for r in rows]
    norm_main = [norm_text(m) for m in mains]
    inits = [initials(r["title"]) for r in rows]
    vocab: dict[str, int] = {}
    postings: list[list[int]] = []
    short: dict[str, list[int]] = defaultdict(list)
    for i, (r, n, m) in enumerate(zip(rows, norm, mains)):
        for tok in set(n.split()):
            t = vocab.get(tok)
            if t is None:
                t = vocab[tok] = len(postings)
                postings.append([])
            postings[t].append(i)
        for s in _short_names(r["title"], m):
            short[s].append(i)
    order = sorted(range(len(rows)), key=lambda i: inits[i])
    df = np.fromiter((len(p) for p in postings), dtype=np.int32, count=len(postings))
    indptr = np.zeros(len(postings) + 1, dtype=np.int64)
    np.cumsum(df, out=indptr[1:])
    indices = np.fromiter((i for p in postings for i in p), dtype=np.int32, count=int(indptr[-1]))
    return CatalogIndex(
        path=path, sha256=sha256, stats=stats,
        venue=[r["venue"] for r in rows], year=[r["year"] for r in rows], title=[r["title"] for r in rows],
        authors=[r["authors"] for r in rows], url=[r["url"] for r in rows], code_url=[r["code_url"] for r in rows],
        norm=norm, norm_main=norm_main, vocab=vocab, df=df, indptr=indptr, indices=indices, short_names=dict(short),
        initials=[inits[i] for i in order], initials_rows=np.array(order, dtype=np.int32),
    )


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def default_cache_dir() -> Path:
    return Path(os.environ.get("TRIPMINE_CACHE_DIR", ".tripmine-cache"))


def load_catalog(path: Path, cache_dir: Path | None = None) -> CatalogIndex:
    """The index of a catalog file, from the cache when this exact file was indexed before.

    `cache_dir=None` uses $TRIPMINE_CACHE_DIR or ./.tripmine-cache; an unwritable cache is only a warning.
    """
    path = Path(path)
    if not path.is_file():
        raise CatalogError(f"catalog file {str(path)!r} does not exist")
    digest = file_sha256(path)
    cache_dir = default_cache_dir() if cache_dir is None else Path(cache_dir)
    code = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:8]  # indexing rules changed: rebuild
    cached = cache_dir / f"catalog-{digest[:20]}-v{INDEX_VERSION}-{code}.npz"
    if cached.is_file():
        try:
            index = _read_cache(cached, digest)
            index.path = str(path)
            return index
        except (OSError, ValueError, KeyError, TypeError) as exc:  # a corrupt or foreign cache is rebuilt, never fatal
            log.warning("catalog cache %s unusable (%s); rebuilding", cached, exc)
    rows, stats = read_catalog(path)
    index = build_index(rows, stats, str(path), digest)
    _write_cache(cached, index)
    return index


@lru_cache(maxsize=2)
def _loaded(path: str, mtime_ns: int, size: int, cache_dir: str | None) -> CatalogIndex:
    return load_catalog(Path(path), Path(cache_dir) if cache_dir else None)


def cached_index(path: Path, cache_dir: Path | None = None) -> CatalogIndex:
    """`load_catalog`, memoised in this process (batches share one index; a changed file reloads)."""
    st = Path(path).stat()
    return _loaded(str(Path(path).resolve()), st.st_mtime_ns, st.st_size, str(cache_dir) if cache_dir else None)


_ARRAYS = ("df", "indptr", "indices", "initials_rows")
_COLUMNS = ("venue", "year", "title", "authors", "url", "code_url", "norm", "norm_main", "initials")


def _write_cache(target: Path, index: CatalogIndex) -> None:
    """The index as an .npz of its arrays plus one JSON document of its columns and maps."""
    meta = {"sha256": index.sha256, "stats": vars(index.stats), "vocab": index.vocab, "short_names": index.short_names,
            **{c: getattr(index, c) for c in _COLUMNS}}
    blob = np.frombuffer(json.dumps(meta, ensure_ascii=False).encode("utf-8"), dtype=np.uint8)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
        with open(tmp, "wb") as fh:
            np.savez(fh, meta=blob, **{a: getattr(index, a) for a in _ARRAYS})
        os.replace(tmp, target)  # readers never see a half-written cache
        for old in target.parent.glob(target.name.split("-v")[0] + "-v*"):
            if old != target:  # an index built by older code for the same file (or an old pickle)
                old.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("cannot write catalog cache %s: %s", target, exc)


def _read_cache(source: Path, sha256: str) -> CatalogIndex:
    """The index stored by `_write_cache`, checked for shape and types; ValueError when it is not one."""
    with np.load(source, allow_pickle=False) as z:   # arrays only: loading never runs code
        meta = json.loads(z["meta"].tobytes().decode("utf-8"))
        arrays = {a: z[a] for a in _ARRAYS}
    if not isinstance(meta, dict) or meta.get("sha256") != sha256:
        raise ValueError("stored for another catalog file")
    n = len(meta["title"])
    for c in _COLUMNS:
        kind = int if c == "year" else str
        if not isinstance(meta[c], list) or len(meta[c]) != n or not all(type(v) is kind for v in meta[c]):
            raise ValueError(f"column {c} is not {n} values of type {kind.__name__}")
    vocab, short = meta["vocab"], meta["short_names"]
    df, indptr, indices, rows = (arrays[a] for a in _ARRAYS)
    if not all(a.ndim == 1 and a.dtype.kind == "i" for a in arrays.values()):
        raise ValueError("index arrays are not integer vectors")
    if not (isinstance(vocab, dict) and all(type(t) is int and 0 <= t < len(df) for t in vocab.values())
            and len(indptr) == len(df) + 1 and len(rows) == n and int(indptr[-1]) == len(indices)
            and (len(indices) == 0 or (int(indices.min()) >= 0 and int(indices.max()) < n))
            and (n == 0 or (int(rows.min()) >= 0 and int(rows.max()) < n))
            and isinstance(short, dict) and all(isinstance(v, list) and all(type(i) is int and 0 <= i < n for i in v)
                                                for v in short.values())):
        raise ValueError("index arrays and maps do not fit the catalog's rows")
    stats = CatalogStats(**meta["stats"])
    return CatalogIndex(path="", sha256=sha256, stats=stats, vocab=vocab, short_names=short,
                        **{c: meta[c] for c in _COLUMNS}, **arrays)
