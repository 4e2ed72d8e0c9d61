"""The papers of a report that a new title candidate could be the same as, looked up by keys instead of
compared with every title seen before: merging a list of 1,600 accepted papers compared each title with
all the others (1.2 s for one report).

The index gives a superset: every paper that `same_title`, one title being the other's head, or an
alias could match, and a few that they do not. The merge checks each, in order, as before.
"""
from __future__ import annotations

import re
from collections import Counter

import numpy as np
from rapidfuzz import fuzz, process

from extract.text.normalise import norm_text

# What `same_title` (papers.py) matches by; it reads these, so the index's superset follows any change.
FUZZY_CUTOFF = 92     # the least token_sort_ratio of two keys of one title
LENGTH_SPREAD = 0.08  # keys whose lengths differ by more than this share of their sum never reach the cutoff
FUZZY_ROWS_PER_PAPER = 32   # a paper's keys scored by the fuzzy lookup: its first ones (a real report writes a title
                            # a few ways: at most 9 in the seeds, the dev set, 300 synthetic and 43 outside reports)
PREFIX_WORDS = 4      # the fewest words of a title that may be another's start
HEAD_RE = re.compile(r"[:?]")   # what ends a title's head


def head_key(title: str) -> str:
    """The normalised part of a title before its first ":" or "?"."""
    return norm_text(HEAD_RE.split(title, maxsplit=1)[0])


class TitleIndex:
    """Titles seen so far in a report's merge, each with the number of its paper."""

    def __init__(self) -> None:
        self._by_key: dict[str, set[int]] = {}          # normalised title
        self._by_head: dict[str, set[int]] = {}         # normalised part before ":" or "?" (titles with one)
        self._by_colon_head: dict[str, set[int]] = {}   # normalised part before ":" (titles with one)
        self._by_prefix: dict[str, set[int]] = {}       # the normalised title's first PREFIX_WORDS words
        self._by_alias: dict[str, set[int]] = {}
        self._keyless: set[int] = set()                 # papers with a title of no letter or digit: always asked
        # Every key (in the order added), its paper, its length and its count of each character.
        self._fuzzy_rows: Counter[int] = Counter()      # how many keys each paper has among the fuzzy rows
        self._keys: list[str] = []
        self._papers: list[int] = []
        self._lengths = np.zeros(64, dtype=np.int32)
        self._counts = np.zeros((64, len(_ALPHABET)), dtype=np.int8)   # (capped counts: see _char_counts)

    def add(self, title: str, paper: int) -> None:
        key = norm_text(title)
        if not key:
            self._keyless.add(paper)
            return
        seen = self._by_key.setdefault(key, set())
        if paper in seen:
            return   # the same title of the same paper again: every lookup finds it already (4,000 repeats were 4,000 rows to score)
        seen.add(paper)
        if HEAD_RE.search(title):
            self._by_head.setdefault(head_key(title), set()).add(paper)
        if ":" in title:
            self._by_colon_head.setdefault(norm_text(title.split(":", 1)[0]), set()).add(paper)
        words = key.split()
        if len(words) >= PREFIX_WORDS:
            self._by_prefix.setdefault(" ".join(words[:PREFIX_WORDS]), set()).add(paper)
        if self._fuzzy_rows[paper] >= FUZZY_ROWS_PER_PAPER:
            return   # (a paper written 8k ways, "Paper Title 1" ... "Paper Title 8000", asked each of them at every lookup)
        self._fuzzy_rows[paper] += 1
        n = len(self._keys)
        if n == len(self._lengths):   # (grown by doubling: one copy per doubling, not per title)
            self._lengths = np.concatenate([self._lengths, np.zeros_like(self._lengths)])
            self._counts = np.concatenate([self._counts, np.zeros_like(self._counts)])
        self._keys.append(key)
        self._papers.append(paper)
        self._lengths[n] = len(key)
        self._counts[n] = _char_counts(key)

    def add_alias(self, alias: str, paper: int) -> None:
        self._by_alias.setdefault(alias, set()).add(paper)

    def candidates(self, title: str, bare: str) -> list[int]:
        """The papers, in order, that `title` (or `bare`, the title without "the" and "paper") may name."""
        key = norm_text(title)
        out = set(self._keyless) | self._by_alias.get(bare, set())
        if not key:   # (same_title gives False; a head is never empty: no key, no match but an alias)
            return sorted(out)
        out |= self._by_key.get(key, set())
        if HEAD_RE.search(title):
            out |= self._by_head.get(head_key(title), set())
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
        """Papers with a key whose token_sort_ratio with `key` reaches the cutoff. Only keys close in
        length and in their characters are scored: the ratio is 100 (1 - d / (n + m)), d the indel
        distance of the keys' sorted words, and d is at least |n - m| and at least the L1 distance of
        the two keys' character counts (each insertion or deletion changes one count by one)."""
        n = len(self._keys)
        if not n:
            return set()
        lengths, counts = self._lengths[:n], self._counts[:n]
        budget = LENGTH_SPREAD * (lengths + len(key)) + 1   # (one more, for the float rounding of the ratio)
        close = np.flatnonzero((np.abs(lengths - len(key)) <= budget)
                               & (np.abs(counts - _char_counts(key)).sum(axis=1) <= budget)).tolist()
        if not close:
            return set()
        hits = process.extract(key, [self._keys[k] for k in close], scorer=fuzz.token_sort_ratio,
                               score_cutoff=FUZZY_CUTOFF, limit=None)
        return {self._papers[close[k]] for _, _, k in hits}


_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789 "   # what a normalised key is written in
_CHAR_ROW = {c: i for i, c in enumerate(_ALPHABET)}


def _char_counts(key: str) -> np.ndarray:
    row = np.zeros(len(_ALPHABET), dtype=np.int32)
    for c, k in Counter(key).items():
        row[_CHAR_ROW.get(c, len(_ALPHABET) - 1)] += k   # (norm_text writes no other character)
    # (int8, a quarter of what each lookup would read in int32; a count past 127 is capped, which keeps the bound:
    # |min(a, 127) - min(b, 127)| <= |a - b|, so two keys' capped distance is never above their true one)
    return np.minimum(row, 127).astype(np.int8)
