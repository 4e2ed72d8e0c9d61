"""Which event a report is about: the most frequent "VENUE YEAR", else the most frequent venue."""
from __future__ import annotations

import re
from collections import Counter

from extract.text.lexicon import journals, venues

_VENUE_YEAR_RE = re.compile(r"\b([A-Z][A-Za-z]{1,11})\s*['’]?((?:19|20)\d\d|\d\d)\b")


def detect_conference(text: str) -> str:
    """Best guess of the event, e.g. "ICML 2017", or "" when no venue is named."""
    journal = journals()
    known = {alias: name for alias, name in venues().items() if alias not in journal}   # (a journal is no event)
    pairs: Counter[str] = Counter()
    for m in _VENUE_YEAR_RE.finditer(text):
        name = known.get(m.group(1).lower())
        if name:
            year = m.group(2) if len(m.group(2)) == 4 else "20" + m.group(2)
            pairs[f"{name} {year}"] += 1
    if pairs:
        return pairs.most_common(1)[0][0]
    names: Counter[str] = Counter(known[w.lower()] for w in re.findall(r"\b[A-Za-z]{3,8}\b", text) if w.isupper() and w.lower() in known)
    return names.most_common(1)[0][0] if names else ""
