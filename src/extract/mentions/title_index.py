"""The papers of a report that a new title candidate could be the same as, looked up by keys instead of
compared with every title seen before: merging a list of 1,600 accepted papers compared each title with
all the others (1.2 s for one report).

The index gives a superset: every paper that `same_title`, one title being the other's head, or an
alias could match, and a few that they do not. The merge checks each, in order, as before.
"""
from __future__ import annotations

import bisect
import math
import re

from rapidfuzz import fuzz, process

from extract.text.normalise import norm_text

FUZZY_CUTOFF = 92     # same_title's token_sort_ratio threshold
LENGTH_SPREAD = 0.08  # same_title compares keys whose lengths differ by at most this share of their sum
PREFIX_WORDS = 4      # same_title's shortest title that may be another's start
_HEAD_RE = re.compile(r"[:?]")


class TitleIndex:
    """Titles seen so far in a report's merge, each with the number of its paper."""

    def __init__(self) -> None:
        self._by_key: dict[str, set[int]] = {}          # normalised title
        self._by_head: dict[str, set[int]] = {}         # normalised part before ":" or "?" (titles with one)
        self._by_colon_head: dict[str, set[int]] = {}   # normalised part before ":" (titles with one)
        self._by_prefix: dict[str, set[int]] = {}       # the normalised title's first PREFIX_WORDS words
        self._by_alias: dict[str, set[int]] = {}
        self._keyless: set[int] = set()                 # papers with a title of no letter or digit: always asked
        self._lengths: list[int] = []                   # key lengths, sorted, and the keys and papers in that order
        self._keys: list[str] = []
        self._papers: list[int] = []

    def add(self, title: str, paper: int) -> None:
        key = norm_text(title)
        if not key:
            self._keyless.add(paper)
            return
        self._by_key.setdefault(key, set()).add(paper)
        if _HEAD_RE.search(title):
            self._by_head.setdefault(norm_text(_HEAD_RE.split(title, maxsplit=1)[0]), set()).add(paper)
        if ":" in title:
            self._by_colon_head.setdefault(norm_text(title.split(":", 1)[0]), set()).add(paper)
        words = key.split()
        if len(words) >= PREFIX_WORDS:
            self._by_prefix.setdefault(" ".join(words[:PREFIX_WORDS]), set()).add(paper)
        at = bisect.bisect_right(self._lengths, len(key))
        self._lengths.insert(at, len(key))
        self._keys.insert(at, key)
        self._papers.insert(at, paper)

    def add_alias(self, alias: str, paper: int) -> None:
        self._by_alias.setdefault(alias, set()).add(paper)

    def candidates(self, title: str, bare: str) -> list[int]:
        """The papers, in order, that `title` (or `bare`, the title without "the" and "paper") may name."""
        key = norm_text(title)
        out = set(self._keyless) | self._by_alias.get(bare, set())
        if not key:   # (same_title gives False; a head is never empty: no key, no match but an alias)
            return sorted(out)
        out |= self._by_key.get(key, set())
        if _HEAD_RE.search(title):
            out |= self._by_head.get(norm_text(_HEAD_RE.split(title, maxsplit=1)[0]), set())
        if ":" in title:   # this title's head is another title
            out |= self._by_key.get(norm_text(title.split(":", 1)[0]), set())
        else:              # ... or another title's head is this title
            out |= self._by_colon_head.get(key, set())
        words = key.split()
        if len(words) >= PREFIX_WORDS:
            out |= self._by_prefix.get(" ".join(words[:PREFIX_WORDS]), set())
        out |= self._fuzzy(key)
        return sorted(out)

    def _fuzzy(self, key: str) -> set[int]:
        """Papers with a key close in length whose token_sort_ratio with `key` reaches the cutoff."""
        n = len(key)
        # |n - m| <= s (n + m)  <=>  n (1 - s) / (1 + s) <= m <= n (1 + s) / (1 - s); one more either side for rounding
        lo = bisect.bisect_left(self._lengths, math.floor(n * (1 - LENGTH_SPREAD) / (1 + LENGTH_SPREAD)) - 1)
        hi = bisect.bisect_right(self._lengths, math.ceil(n * (1 + LENGTH_SPREAD) / (1 - LENGTH_SPREAD)) + 1)
        if lo >= hi:
            return set()
        hits = process.extract(key, self._keys[lo:hi], scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_CUTOFF, limit=None)
        return {self._papers[lo + k] for _, _, k in hits}
