"""Titles named inside prose: link anchors in sentences, and the cue patterns of `papers` (quotes,
"in their X paper", "X (Author et al., 2019)", ...)."""
from __future__ import annotations

import re

from ..names import is_name
from ..text.structure import Structure
from ..text.units import MAX_LINE_TOKENS, TOKEN_RE
from .links import is_label_anchor, link_kind
from .records import Candidate, clean_title

_URLISH = re.compile(r"^(?:https?:|www\.)|\.(?:com|org|net|io|edu|ai)\b", re.I)


def link_candidates(text: str, structure: Structure) -> list[Candidate]:
    """Link anchors inside prose (lines too long to be records) whose text could be a title."""
    out: list[Candidate] = []
    for block in structure.blocks:
        if not block.links:
            continue
        long_lines = [(s, e) for s, e in block.lines if len(TOKEN_RE.findall(text, s, e)) > MAX_LINE_TOKENS]
        if block.kind != "html" and not long_lines:
            continue
        for link in block.links:
            if block.kind != "html" and not any(s <= link.start < e for s, e in long_lines):
                continue
            anchor = clean_title(text[link.start : link.end])
            words = anchor.split()
            if not words or _URLISH.search(anchor) or is_label_anchor(anchor) or not re.search(r"[^\W\d_]{2}", anchor):
                continue
            kind = link_kind(link.href, anchor) if link.href else "none"
            if len(words) < 2 and kind != "paper":
                continue
            if len(words) <= 4 and is_name(anchor):
                continue   # a person linked to their page
            out.append(Candidate(anchor, link.start, link.end, "prose.link", 0.0, links=[link], title_link=link))
    return out
