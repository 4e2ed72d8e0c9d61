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
        """Whether a kept span holds `start`, or starts inside [start, end)."""
        i = bisect.bisect_right(self._starts, start) - 1
        if i >= 0 and self._ends[i] > start:
            return True
        j = bisect.bisect_left(self._starts, start)
        return j < len(self._starts) and self._starts[j] < end

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


class SpanUnion:
    """The union of possibly overlapping spans, for "does a position fall inside any of them" in
    O(log n) (a scan of every span per question was quadratic on a table of 20k titles)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for a, b in sorted(s for s in spans if s[1] > s[0]):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self._starts = [a for a, _ in merged]
        self._ends = [b for _, b in merged]

    def __bool__(self) -> bool:
        return bool(self._starts)

    def holds_start(self, pos: int) -> bool:
        """Whether some span has a <= pos < b."""
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]

    def holds_end(self, pos: int) -> bool:
        """Whether some span has a < pos <= b."""
        i = bisect.bisect_left(self._starts, pos) - 1
        return i >= 0 and pos <= self._ends[i]
