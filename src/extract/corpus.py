"""Corpus-level steps shared by the Prefect flow and plain-Python use (no Prefect import)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from .export import build_tables, extraction_records, write_outputs
from .graph import build_graph
from .models import Report, ReportExtraction
from .resolve import Resolution, resolve


@dataclass
class RunSummary:
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

    @property
    def ok(self) -> bool:
        return self.statuses.get("ok", 0) > 0


def finish(reports: list[Report], extractions: list[ReportExtraction], out_dir: Path) -> tuple[RunSummary, Resolution, nx.Graph]:
    """Resolve, build the graph, write every output atomically, and summarise."""
    res = resolve(extractions)
    graph = build_graph(extractions, res)
    tables = build_tables(reports, extractions, res, graph)
    write_outputs(out_dir, tables, extraction_records(extractions, res), graph)
    return summarise(reports, res, graph, out_dir, n_review=len(tables.review)), res, graph


def summarise(reports: list[Report], res: Resolution, graph: nx.Graph, out_dir: Path, n_review: int = 0) -> RunSummary:
    statuses = Counter(r.status for r in reports)
    top = sorted(res.papers, key=lambda p: (-len(p.reports), -p.n_mentions, p.title))[:5]
    return RunSummary(
        out_dir=str(out_dir), n_reports=len(reports), statuses=dict(statuses), n_papers=len(res.papers),
        n_people=len(res.people), n_nodes=graph.number_of_nodes(), n_edges=graph.number_of_edges(),
        problems=[(r.name, r.status, r.message) for r in reports if r.status != "ok"],
        top_papers=[(p.title, len(p.reports)) for p in top],
        n_linked=sum(1 for p in res.papers if p.link is not None and p.link.status == "accepted"),
        n_review=n_review,
    )
