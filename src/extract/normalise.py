"""Text normalisation shared by matching, merging and scoring."""
from __future__ import annotations

import re
import unicodedata


def norm_text(s: str) -> str:
    """Lower case, no diacritics, alphanumerics separated by single spaces."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace("’", "'")
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return " ".join(s.split())
