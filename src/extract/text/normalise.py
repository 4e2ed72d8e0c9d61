"""Text normalisation shared by matching, merging and scoring."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_ALNUM_RE = re.compile(r"[^a-z0-9]+")
# C0 and C1 control characters other than tab and line breaks: invalid in XML, harmful in a terminal.
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# The same and a carriage return, for one-line values (a table cell, a terminal row).
LINE_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@lru_cache(maxsize=1 << 16)
def norm_text(s: str) -> str:
    """Lower case, no diacritics, alphanumerics separated by single spaces.

    Memoised: merging and name matching compare the same titles and names many times per report.
    """
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c))
    return _NON_ALNUM_RE.sub(" ", s.lower()).strip()


def numbers_in(key: str) -> set[str]:
    """The numbers of a normalised string ("deep voice 3" -> {"3"}): titles that differ in one differ."""
    return {w for w in key.split() if w.isdigit()}
