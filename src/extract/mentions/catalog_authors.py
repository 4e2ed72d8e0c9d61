"""Authors confirmed by the catalog: next to a title linked to a catalog record, the record's author
names are looked up in the report's own words, so an author list in a layout the segmenter has never
seen ("Title. lovelace & turing, ICML") is still taken, as written.

Only where the report gave no authors for that paper, only in the record's own stretch of text (the
title's line and the next, up to the next paper), and only names the record holds.
"""
from __future__ import annotations

import re

from extract.models import Mention, PaperRecord, ReportExtraction
from extract.text.names import name_key

WINDOW = 400   # characters after a title in which its authors may stand
RULE = "catalog.author"


def _forms(full: str) -> list[str]:
    """Ways a report may write a catalog name, longest first: "Ada K. Lovelace", "Ada Lovelace",
    "A. Lovelace", "A Lovelace"."""
    parts = full.split()
    if len(parts) < 2:
        return []
    first, last = parts[0], parts[-1]
    forms = [full, f"{first} {last}", f"{first[0]}. {last}", f"{first[0]} {last}", f"{last}, {first}"]
    return list(dict.fromkeys(forms))


def _window(text: str, paper: PaperRecord, next_start: int) -> tuple[int, int]:
    """The record's stretch: from the end of the paper's first mention to the end of the line after
    it, at most WINDOW characters, and never into the next paper."""
    start = paper.mentions[0].end
    end = min(len(text), start + WINDOW, next_start)
    first_nl = text.find("\n", start, end)
    if first_nl >= 0:
        second_nl = text.find("\n", first_nl + 1, end)
        if second_nl >= 0:
            end = second_nl
    return start, end


def confirm_authors(ex: ReportExtraction) -> int:
    """Fill the authors of linked papers that have none from the catalog record's names found in the
    record's text; returns how many papers got authors."""
    text = ex.report.text
    if not text:
        return 0
    starts = sorted(p.mentions[0].start for p in ex.papers if p.mentions)
    filled = 0
    for p in ex.papers:
        link = p.accepted_link
        if p.authors or link is None or not link.authors or not p.mentions:
            continue
        later = [s for s in starts if s > p.mentions[0].start]
        lo, hi = _window(text, p, later[0] if later else len(text))
        found: list[tuple[int, int, str]] = []
        for full in link.authors:
            for form in _forms(full):
                m = re.search(rf"(?<![\w.]){re.escape(form)}(?!\w)", text[lo:hi])
                if m:
                    found.append((lo + m.start(), lo + m.end(), m.group(0)))
                    break
        if not found:
            continue
        found.sort()
        p.authors = [surface for _, _, surface in found]
        p.author_mentions = [Mention("person", surface, s, e, RULE, 0.8, surface) for s, e, surface in found]
        filled += 1
    if filled:
        authors = {name_key(a) for p in ex.papers for a in p.authors}
        ex.people = [n for n in ex.people if name_key(n) not in authors]
    return filled
