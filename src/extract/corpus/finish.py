"""Corpus-level steps shared by the Prefect flow and plain-Python use (no Prefect import)."""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from pathlib import Path

from extract.corpus.analytics import GraphThresholds, annotate, apply_thresholds
from extract.corpus.graph import CorpusGraph, build_graph
from extract.corpus.memory import release_memory, worth_releasing
from extract.corpus.store import ExtractionStore
from extract.link.resolve import Resolution, resolve
from extract.models import Report, ReportExtraction
from extract.outputs.export import build_tables, extraction_records, write_outputs
from extract.outputs.summary import summary_markdown, timings_markdown


@dataclass
class RunSummary:
    """What a run did, for the CLI, the flow's log and the Prefect artifact (stored with the outputs)."""

    out_dir: str
    n_reports: int
    statuses: dict[str, int]
    n_papers: int
    n_people: int
    n_nodes: int
    n_edges: int
    problems: list[tuple[str, str, str]] = field(default_factory=list)   # report, status, message
    top_papers: list[tuple[str, int]] = field(default_factory=list)
    n_linked: int = 0            # papers with an accepted catalog link
    n_review: int = 0            # paper mentions waiting in review.csv
    n_cached: int = 0            # reports whose extraction came from the incremental cache
    paper_table: list[dict] = field(default_factory=list)   # top papers, for a table artifact
    markdown: str = ""           # summary.md, also the run's Prefect artifact
    timings: dict[str, float] = field(default_factory=dict)   # seconds per stage, in run order

    @property
    def ok(self) -> bool:
        return self.statuses.get("ok", 0) > 0

    @classmethod
    def from_dict(cls, data: dict) -> RunSummary:
        """The summary `dataclasses.asdict` stored (tuples come back from JSON as lists)."""
        data = dict(data)
        data["problems"] = [tuple(p) for p in data.get("problems", [])]
        data["top_papers"] = [tuple(p) for p in data.get("top_papers", [])]
        return cls(**{f.name: data[f.name] for f in fields(cls) if f.name in data})


class Stopwatch:
    """Seconds per stage, in order. At the end of each stage what it freed is handed back to the
    system (corpus.memory), so that stages do not stack their peaks; `release=False` skips that
    for a corpus too small to gain from it (corpus.memory.worth_releasing)."""

    def __init__(self, timings: dict[str, float] | None = None, release: bool = True) -> None:
        self.timings = dict(timings or {})
        self.release = release

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.hand_back()   # what the stage freed goes back before the next one allocates
            self.timings[name] = self.timings.get(name, 0.0) + time.perf_counter() - start

    def hand_back(self) -> None:
        """Hand freed memory back to the system, unless the corpus is too small to gain from it."""
        if self.release:
            release_memory()


def finish(reports: list[Report], extractions: list[ReportExtraction] | ExtractionStore, out_dir: Path,
           thresholds: GraphThresholds | None = None, pictures: bool = True,
           timings: dict[str, float] | None = None, inputs: str = "") -> tuple[RunSummary, Resolution, CorpusGraph]:
    """Resolve, build and measure the graph, write every output atomically, and summarise.

    `timings`: seconds of the stages before this one (discover, extract), reported with the rest.
    `inputs`: the digest of what the outputs are made from (outputs.manifest), recorded with them so
    that an unchanged re-run can tell they are current. `extractions` may be an ExtractionStore: the
    stages then read its slim copies in passes, one report at a time, and whole extractions are
    unpacked one at a time for the mentions table and extractions.jsonl; the returned Resolution
    then keeps only its id maps (its entities are let go before the files are written)."""
    store = extractions if isinstance(extractions, ExtractionStore) else None
    exs: Iterable[ReportExtraction] = store.slim if store is not None else list(extractions)  # type: ignore[arg-type]
    thresholds = thresholds or GraphThresholds()
    watch = Stopwatch(timings, release=worth_releasing(len(reports)))
    with watch.stage("resolve"):
        res = resolve(exs)
    with watch.stage("graph"):
        graph = apply_thresholds(build_graph(exs, res), thresholds)
    with watch.stage("analytics"):
        graph = annotate(graph, {ex.report.name: ex.conference for ex in exs})
    with watch.stage("tables"):
        tables = build_tables(reports, exs, res, graph, whole=store.full() if store is not None else None)
        records = extraction_records(store.full(), res, presorted=True) if store is not None else extraction_records(exs, res)
        if store is not None:   # from here on only the whole extractions are read, one at a time
            exs = []
            store.release_slim()
    summary = summarise(reports, res, graph, out_dir, n_review=len(tables.review))
    summary.markdown = summary_markdown(tables)
    if store is not None:   # the tables hold the entities now; writing needs only the id maps
        res.release_entities()
        watch.hand_back()
    with watch.stage("write"):
        # summary.md without timings: an unchanged re-run writes byte-identical files.
        write_outputs(out_dir, tables, records, graph, summary_md=summary.markdown, pictures=pictures,
                      manifest=(inputs, summary) if inputs else None)
    summary.timings = watch.timings
    summary.markdown += "\n" + timings_markdown(watch.timings)   # the Prefect artifact: with them
    return summary, res, graph


def summarise(reports: list[Report], res: Resolution, graph: CorpusGraph, out_dir: Path, n_review: int = 0) -> RunSummary:
    statuses = Counter(r.status for r in reports)
    ranked = sorted(res.papers, key=lambda p: (-len(p.reports), -p.n_mentions, p.title))
    return RunSummary(
        out_dir=str(out_dir), n_reports=len(reports), statuses={str(k): v for k, v in statuses.items()}, n_papers=len(res.papers),
        n_people=len(res.people), n_nodes=graph.n_nodes, n_edges=graph.n_edges,
        problems=[(r.name, r.status, r.message) for r in reports if r.status != "ok"],
        top_papers=[(p.title, len(p.reports)) for p in ranked[:5]],
        n_linked=sum(1 for p in res.papers if p.accepted_link),
        n_review=n_review,
        paper_table=[{"title": p.title, "n_reports": len(p.reports), "n_mentions": p.n_mentions,
                      "venue": p.accepted_link.venue if p.accepted_link else "",
                      "year": p.accepted_link.year if p.accepted_link else "",
                      "authors": "; ".join(p.authors[:3]) + (" …" if len(p.authors) > 3 else "")}
                     for p in ranked[:100]],
    )
