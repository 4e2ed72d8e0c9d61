"""A set of non-overlapping text spans with a fast overlap test (bisect), for choosing candidates
greedily: testing each new span against every kept one was quadratic on a report of 20k links."""
from __future__ import annotations

import bisect


class DisjointSpans:
    """Non-overlapping half-open spans [start, end), kept sorted by start."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) shares a character with a kept span (an empty span shares one when
        it lies inside a kept span)."""
        i = bisect.bisect_right(self._starts, start)
        if i > 0 and self._ends[i - 1] > start:
            return True
        return i < len(self._starts) and self._starts[i] < max(end, start + 1)

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
