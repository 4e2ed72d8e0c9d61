"""The extractions of a run, held compactly while the corpus stage works on them.

The corpus stage needs every report's papers, authors, people and topics at once (to resolve them
across reports and build the graph), but each report's mentions (offsets, rules, scores; most of an
extraction's memory) only once, report by report, for mentions.parquet and extractions.jsonl. So
the store keeps a slim copy of each extraction (papers without their author mentions, no report-level
mention lists) and the whole extraction, both compressed. The stages read the slim copies in passes
(`slim`, unpacked afresh on each pass) and the whole ones once (`full()`), one report at a time.
At 5,000 reports this holds about 30 MB instead of 440 MB of Python objects (slim copies kept as
objects were about 100 MB of that, 400 MB at 20,000 reports).
"""
from __future__ import annotations

import pickle
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from extract.models import Report, ReportExtraction


def slim(ex: ReportExtraction) -> ReportExtraction:
    """The extraction without what only the mentions table and extractions.jsonl read."""
    return replace(ex, papers=[replace(p, author_mentions=[]) for p in ex.papers], people_mentions=[], url_mentions=[],
                   topic_mentions=[], citations=[], abbreviations=[])


def _pack(obj: Any) -> bytes:
    return zlib.compress(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL), 1)


class SlimCopies:
    """The store's slim copies in report-name order, unpacked afresh on each pass: a stage holds one
    report's objects at a time, not the corpus's. Re-iterable; `in_report_order` marks that sorting
    them again is not needed (and would unpack them all at once)."""

    in_report_order = True

    def __init__(self, store: ExtractionStore) -> None:
        self._store = store

    def __len__(self) -> int:
        return len(self._store)

    def __iter__(self) -> Iterator[ReportExtraction]:
        store = self._store
        for name in sorted(store._reports):
            if store._slim is None:
                raise RuntimeError("the slim copies were released (release_slim)")
            ex: ReportExtraction = pickle.loads(zlib.decompress(store._slim[name]))
            ex.report = store._reports[name]
            yield ex


class ExtractionStore:
    """Extractions by report name: slim copies in memory, whole ones compressed (our own objects,
    pickled in this process: nothing read from outside is unpickled)."""

    def __init__(self, extractions: Iterable[ReportExtraction] = ()) -> None:
        self._reports: dict[str, Report] = {}
        self._slim: dict[str, bytes] | None = {}
        self._packed: dict[str, bytes] = {}
        self.add(extractions)

    def add(self, extractions: Iterable[ReportExtraction]) -> None:
        for ex in extractions:
            if self._slim is None:
                raise RuntimeError("the slim copies were released (release_slim)")
            self._packed[ex.report.name] = _pack(ex)
            self._slim[ex.report.name] = _pack(slim(ex))
            self._reports[ex.report.name] = ex.report

    def __contains__(self, name: str) -> bool:
        return name in self._reports

    def __len__(self) -> int:
        return len(self._reports)

    def select(self, names: list[str]) -> ExtractionStore:
        """A store of these reports only, in this order (sharing the data)."""
        out = ExtractionStore()
        out._reports = {n: self._reports[n] for n in names}
        out._slim = {n: self._slim[n] for n in names} if self._slim is not None else None
        out._packed = {n: self._packed[n] for n in names}
        return out

    @property
    def slim(self) -> SlimCopies:
        """The slim copies, in report-name order, for as many passes as a stage needs."""
        if self._slim is None:
            raise RuntimeError("the slim copies were released (release_slim)")
        return SlimCopies(self)

    def release_slim(self) -> None:
        """Drop the slim copies once the stages that read them are done (the whole extractions stay)."""
        self._slim = None

    def full(self) -> Iterator[ReportExtraction]:
        """Whole extractions one at a time, in report-name order; the store's report object (and so
        its status and message) is the one handed out."""
        for name in sorted(self._reports):
            ex = pickle.loads(zlib.decompress(self._packed[name]))
            ex.report = self._reports[name]
            yield ex
