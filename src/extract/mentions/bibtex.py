"""BibTeX entries pasted into a report ("```bibtex" / "@inproceedings{key, author={A and B}, title={...}}"):
their titles and authors, at the report's offsets, and the authors they give a paper the report names.

Only the two fields a paper's record needs are read, by matching braces: an entry in a trip report is a
citation block under the paper's title, not a bibliography file to load (no crossrefs, strings or macros).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extract.models import Mention, PaperRecord
from extract.text.names import clean_name, is_name, same_person

_ENTRY_RE = re.compile(r"@(?:inproceedings|article|misc|conference|incollection|inbook|phdthesis|mastersthesis|techreport|"
                       r"unpublished|book)\s*\{\s*[^,\s{}]*\s*,", re.I)
_FIELD_RE = re.compile(r"\b(author|title)\s*=\s*", re.I)
_ENTRY_REACH = 5000   # characters an entry may span
_AND_RE = re.compile(r"\s+and\s+", re.I)


@dataclass(slots=True)
class BibEntry:
    title: str
    authors: list[tuple[str, int, int]]   # name (First Last), start, end of its text in the report


def _value(text: str, i: int, limit: int) -> tuple[int, int] | None:
    """The span of a field's value that opens at i (inside its outer braces or quotes), or None."""
    if i >= limit or text[i] not in '{"':
        return None
    if text[i] == '"':
        j = text.find('"', i + 1, limit)
        return (i + 1, j) if j > 0 else None
    depth = 0
    for k in range(i, limit):
        if text[k] == "{":
            depth += 1
        elif text[k] == "}":
            depth -= 1
            if depth == 0:
                return i + 1, k
    return None


def _names(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The "and"-separated names of an author field, "Last, First" as "First Last", braces dropped."""
    out: list[tuple[str, int, int]] = []
    pos = start
    for piece in _AND_RE.split(text[start:end]):
        s = text.find(piece, pos, end)
        pos = s + len(piece)
        raw = piece.replace("{", "").replace("}", "").strip()
        if "," in raw:
            last, _, first = raw.partition(",")
            raw = f"{first.strip()} {last.strip()}"
        name = clean_name(" ".join(raw.split()))
        if name and is_name(name, allow_single=True, max_tokens=6) and s >= 0:
            lead = len(piece) - len(piece.lstrip())
            out.append((name, s + lead, s + len(piece.rstrip())))
    return out


def bibtex_entries(text: str) -> list[BibEntry]:
    """Every entry of the report that gives a title and authors."""
    if "@" not in text:
        return []
    out: list[BibEntry] = []
    for m in _ENTRY_RE.finditer(text):
        limit = min(len(text), m.end() + _ENTRY_REACH)
        close = _value(text, m.end() - len(m.group(0)) + m.group(0).index("{"), limit)
        limit = close[1] if close else limit
        title = ""
        authors: list[tuple[str, int, int]] = []
        for f in _FIELD_RE.finditer(text, m.end(), limit):
            span = _value(text, f.end(), limit)
            if span is None:
                continue
            if f.group(1).lower() == "title" and not title:
                title = " ".join(text[span[0] : span[1]].replace("{", "").replace("}", "").split())
            elif f.group(1).lower() == "author" and not authors:
                authors = _names(text, *span)
        if title and authors:
            out.append(BibEntry(title, authors))
    return out


def _key(title: str) -> str:
    return " ".join(re.findall(r"\w+", title.lower()))


def authors_from_bibtex(text: str, papers: list[PaperRecord]) -> None:
    """A paper the report names without authors takes them from a BibTeX entry with its title."""
    entries = {_key(e.title): e for e in bibtex_entries(text)}
    if not entries:
        return
    for p in papers:
        e = entries.get(_key(p.title))
        if e is None or p.authors:
            continue
        for name, s, end in e.authors:
            if not any(same_person(name, a) for a in p.authors):
                p.authors.append(name)
                p.author_mentions.append(Mention("person", text[s:end], s, end, "bibtex.author", 0.9, name))
