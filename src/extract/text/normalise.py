"""Text normalisation shared by matching, merging and scoring."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_ALNUM_RE = re.compile(r"[^a-z0-9]+")


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
