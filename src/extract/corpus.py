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
    n_cached: int = 0            # reports whose extraction came from the incremental cache
    paper_table: list[dict] = field(default_factory=list)   # top papers, for a table artifact
    empty_reports: list[str] = field(default_factory=list)  # extracted, but no paper found

    @property
    def ok(self) -> bool:
        return self.statuses.get("ok", 0) > 0


def finish(reports: list[Report], extractions: list[ReportExtraction], out_dir: Path) -> tuple[RunSummary, Resolution, nx.Graph]:
    """Resolve, build the graph, write every output atomically, and summarise."""
    res = resolve(extractions)
    graph = build_graph(extractions, res)
    tables = build_tables(reports, extractions, res, graph)
    write_outputs(out_dir, tables, extraction_records(extractions, res), graph)
    empty = sorted(ex.report.name for ex in extractions if not ex.papers)
    return summarise(reports, res, graph, out_dir, n_review=len(tables.review), empty_reports=empty), res, graph


def summarise(reports: list[Report], res: Resolution, graph: nx.Graph, out_dir: Path, n_review: int = 0,
              empty_reports: list[str] | None = None) -> RunSummary:
    statuses = Counter(r.status for r in reports)
    top = sorted(res.papers, key=lambda p: (-len(p.reports), -p.n_mentions, p.title))[:5]
    return RunSummary(
        out_dir=str(out_dir), n_reports=len(reports), statuses=dict(statuses), n_papers=len(res.papers),
        n_people=len(res.people), n_nodes=graph.number_of_nodes(), n_edges=graph.number_of_edges(),
        problems=[(r.name, r.status, r.message) for r in reports if r.status != "ok"],
        top_papers=[(p.title, len(p.reports)) for p in top],
        n_linked=sum(1 for p in res.papers if p.accepted_link),
        n_review=n_review,
        paper_table=[{"title": p.title, "n_reports": len(p.reports), "n_mentions": p.n_mentions,
                      "venue": p.accepted_link.venue if p.accepted_link else "",
                      "year": p.accepted_link.year if p.accepted_link else "",
                      "authors": "; ".join(p.authors[:3]) + (" …" if len(p.authors) > 3 else "")}
                     for p in sorted(res.papers, key=lambda p: (-len(p.reports), -p.n_mentions, p.title))[:100]],
        empty_reports=empty_reports or [],
    )


def run_markdown(s: RunSummary) -> str:
    """What a person wants to see of a run: counts, problems, top papers, quality hints."""
    statuses = ", ".join(f"{k}: {v}" for k, v in sorted(s.statuses.items()))
    lines = [
        "# tripmine run", "",
        f"Outputs: `{s.out_dir}`", "",
        "| | |", "|---|---|",
        f"| reports | {s.n_reports} ({statuses}) |",
        f"| from cache | {s.n_cached} |",
        f"| papers | {s.n_papers} ({s.n_linked} linked to the catalog, {s.n_review} links to review) |",
        f"| people | {s.n_people} |",
        f"| graph | {s.n_nodes} nodes, {s.n_edges} edges |", "",
    ]
    if s.problems:
        lines += ["## Skipped or failed reports", "", "| report | status | message |", "|---|---|---|"]
        lines += [f"| {_md(n)} | {st} | {_md(m)} |" for n, st, m in s.problems[:50]]
        if len(s.problems) > 50:
            lines.append(f"| … | | {len(s.problems) - 50} more in reports.csv |")
        lines.append("")
    if s.paper_table:
        lines += ["## Top papers", "", "| paper | reports | mentions |", "|---|---|---|"]
        lines += [f"| {_md(r['title'])} | {r['n_reports']} | {r['n_mentions']} |" for r in s.paper_table[:10]]
        lines.append("")
    hints = []
    if s.empty_reports:
        hints.append(f"{len(s.empty_reports)} extracted report(s) yielded no paper, e.g. {', '.join(s.empty_reports[:3])}")
    if s.n_review:
        hints.append(f"{s.n_review} catalog link(s) wait for a person in review.csv")
    if s.statuses.get("error"):
        hints.append(f"{s.statuses['error']} report(s) failed; see reports.csv and the task logs")
    if hints:
        lines += ["## Quality hints", ""] + [f"- {h}" for h in hints] + [""]
    return "\n".join(lines)


def _md(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")
