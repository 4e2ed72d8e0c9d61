"""outputs/summary.md: what a person reads first. Built from the output tables alone."""
from __future__ import annotations

import html
import re

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from extract.outputs.export import OutputTables
from extract.text.normalise import LINE_CONTROL_RE

TOP = 10


def _md(text) -> str:
    """A table cell: HTML from a report shown as text (summary.md is also rendered as a Prefect
    artifact), pipes escaped, control characters dropped."""
    text = LINE_CONTROL_RE.sub("", str(text)).replace("\n", " ")
    return html.escape(text, quote=False).replace("|", "\\|")


def _table(header: list[str], rows: list[list]) -> list[str]:
    if not rows:
        return ["(none)", ""]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_md(c) for c in row) + " |" for row in rows]
    return lines + [""]


def top_papers(t: OutputTables, n: int = TOP) -> pd.DataFrame:
    return t.papers.sort_values(["n_reports", "n_mentions", "title"], ascending=[False, False, True]).head(n)


def top_people(t: OutputTables, n: int = TOP) -> pd.DataFrame:
    return t.people.sort_values(["n_reports", "name"], ascending=[False, True]).head(n)


def top_nodes(t: OutputTables, kind: str, n: int = TOP) -> pd.DataFrame:
    if isinstance(t.nodes, pa.Table):   # in a run: sorted in Arrow, only the top rows go to pandas
        nodes = t.nodes.filter(pc.equal(t.nodes["kind"], kind))
        # pandas' sort of several columns is stable: its ties keep the table's order, by Id
        order = [("n_reports", "descending"), ("pagerank", "descending"), ("Label", "ascending"), ("Id", "ascending")]
        return nodes.sort_by(order).slice(0, n).to_pandas()
    nodes = t.nodes[t.nodes["kind"] == kind]
    return nodes.sort_values(["n_reports", "pagerank", "Label"], ascending=[False, False, True]).head(n)


def _node_counts(nodes: pd.DataFrame | pa.Table) -> tuple[dict[str, int], int]:
    """Nodes per kind, and the number of communities."""
    if isinstance(nodes, pa.Table):
        kinds = {str(v["values"]): int(v["counts"]) for v in pc.value_counts(nodes["kind"]).to_pylist()}
        return kinds, pc.count_distinct(nodes["community"]).as_py() if nodes.num_rows else 0
    counts = nodes["kind"].value_counts()
    return {str(k): int(v) for k, v in counts.items()}, nodes["community"].nunique() if len(nodes) else 0


def papers_per_node(t: OutputTables, kind: str) -> dict[str, int]:
    """For topic/repo nodes: how many papers are linked to each."""
    link_kind = {"topic": "about", "repo": "has_code"}[kind]
    e = t.edges
    if isinstance(e, pa.Table):   # in a run: only these edges go to pandas
        links = e.filter(pc.equal(e["kind"], link_kind)).select(["Source", "Target"]).to_pandas()
    else:
        links = e[e["kind"] == link_kind]
    ids = pd.concat([links["Source"], links["Target"]])
    return ids.value_counts().to_dict()


def summary_markdown(t: OutputTables, n: int = TOP) -> str:
    reports = t.reports
    statuses = reports["status"].value_counts().sort_index()
    n_linked = int((t.papers["link_status"] == "accepted").sum())
    kinds, n_communities = _node_counts(t.nodes)
    lines = [
        "# tripmine summary", "",
        f"- **Reports:** {len(reports)} ({', '.join(f'{k} {v}' for k, v in statuses.items()) or 'none'})",
        f"- **Papers:** {len(t.papers)} ({n_linked} linked to the catalog, {len(t.review)} links to review in review.csv)",
        f"- **People:** {len(t.people)} · **topics:** {int(kinds.get('topic', 0))} · **repositories:** {int(kinds.get('repo', 0))}",
        f"- **Graph:** {len(t.nodes)} nodes, {len(t.edges)} edges "
        f"({n_communities} communities) — graph.png, graph.html, graph.graphml", "",
        "## Top papers (by reports naming them)", "",
    ]
    lines += _table(["#", "paper", "reports", "mentions", "venue", "code"], [
        [i, p.title, p.n_reports, p.n_mentions, f"{p.venue} {p.year}" if p.venue else "", p.code_urls[0] if p.code_urls else ""]
        for i, p in enumerate(top_papers(t, n).itertuples(), 1)])
    lines += ["## Top people", ""]
    lines += _table(["#", "person", "reports", "roles"], [
        [i, p.name, p.n_reports, ", ".join(p.roles)] for i, p in enumerate(top_people(t, n).itertuples(), 1)])
    for kind, heading in (("topic", "Top topics"), ("repo", "Top repositories")):
        per = papers_per_node(t, kind)
        lines += [f"## {heading}", ""]
        lines += _table(["#", kind, "reports", "papers"], [
            [i, r.Label, r.n_reports, per.get(r.Id, 0)] for i, r in enumerate(top_nodes(t, kind, n).itertuples(), 1)])
    lines += ["## Reports per conference", ""]
    ok = reports[reports["status"] == "ok"]
    per_conf = (ok.assign(conference=ok["conference"].replace("", "(unknown)"))
                .groupby("conference").agg(reports=("report", "size"), papers=("n_papers", "sum"))
                .sort_values(["reports", "papers"], ascending=False))
    lines += _table(["conference", "reports", "paper mentions"], [[c, int(r.reports), int(r.papers)] for c, r in per_conf.iterrows()])
    failed = reports[reports["status"] != "ok"]
    lines += ["## Reports that failed or were skipped", ""]
    lines += _table(["report", "status", "message"], [[r.report, r.status, r.message] for r in failed.head(50).itertuples()])
    if len(failed) > 50:
        lines[-1:-1] = [f"… and {len(failed) - 50} more in reports.csv"]
    hints = []
    empty = ok[ok["n_papers"] == 0]["report"].tolist()
    if empty:
        hints.append(f"{len(empty)} extracted report(s) yielded no paper, e.g. {', '.join(_md(e) for e in empty[:3])}")
    if len(t.review):
        hints.append(f"{len(t.review)} catalog link(s) wait for a person in review.csv")
    n_errors = int((reports["status"] == "error").sum())
    if n_errors:
        hints.append(f"{n_errors} report(s) failed; see reports.csv and the task logs")
    if hints:
        lines += ["## Quality hints", ""] + [f"- {h}" for h in hints] + [""]
    return "\n".join(lines)


def timings_markdown(timings: dict[str, float]) -> str:
    """Seconds per stage, to follow summary.md in the run's Prefect artifact (summary.md itself stays
    byte-stable between identical runs)."""
    return "\n".join(["## Timings", ""] + _table(["stage", "seconds"], [[name, f"{s:.2f}"] for name, s in timings.items()]))
