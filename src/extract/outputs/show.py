"""`tripmine show papers|people|topics|repos`: the top rows of an output folder as a terminal table."""
from __future__ import annotations

from pathlib import Path
from typing import cast

from rich.console import JustifyMethod
from rich.table import Table

from extract.outputs.load import load_outputs
from extract.outputs.summary import papers_per_node, top_nodes, top_papers, top_people
from extract.outputs.terminal import safe


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def show_table(folder: Path, what: str, top: int = 20) -> Table:
    out = load_outputs(folder)
    if what == "papers":
        table = Table(title=safe(f"Top {top} papers ({len(out.papers)} in {folder})"))
        for col, just in (("#", "right"), ("paper", "left"), ("reports", "right"), ("mentions", "right"),
                          ("venue", "left"), ("authors", "left"), ("code", "left")):
            table.add_column(col, justify=cast(JustifyMethod, just), overflow="fold" if col == "paper" else "ellipsis")
        for i, p in enumerate(top_papers(out, top).itertuples(), 1):
            authors = ", ".join(p.authors[:3]) + (" …" if len(p.authors) > 3 else "")
            table.add_row(str(i), safe(p.title), str(p.n_reports), str(p.n_mentions),
                          safe(f"{p.venue} {p.year}") if p.venue else "", safe(authors), safe(p.code_urls[0]) if p.code_urls else "")
    elif what == "people":
        table = Table(title=safe(f"Top {top} people ({len(out.people)} in {folder})"))
        for col, just in (("#", "right"), ("person", "left"), ("reports", "right"), ("roles", "left"), ("also written", "left")):
            table.add_column(col, justify=cast(JustifyMethod, just))
        for i, p in enumerate(top_people(out, top).itertuples(), 1):
            others = [a for a in p.aliases if a != p.name]
            table.add_row(str(i), safe(p.name), str(p.n_reports), ", ".join(p.roles), safe(_cut("; ".join(others), 50)))
    else:
        kind = {"topics": "topic", "repos": "repo"}[what]
        nodes = top_nodes(out, kind, top)
        per = papers_per_node(out, kind)
        table = Table(title=safe(f"Top {top} {what} ({int((out.nodes['kind'] == kind).sum())} in {folder})"))
        for col, just in (("#", "right"), (kind, "left"), ("reports", "right"), ("papers", "right"),
                          ("PageRank", "right"), ("community", "right"), ("seen", "left")):
            table.add_column(col, justify=cast(JustifyMethod, just))
        for i, n in enumerate(nodes.itertuples(), 1):
            seen = f"{n.first_seen} – {n.last_seen}" if n.first_seen and n.first_seen != n.last_seen else n.first_seen
            table.add_row(str(i), safe(n.Label), str(n.n_reports), str(per.get(n.Id, 0)), f"{n.pagerank:.4f}", str(n.community), seen)
    return table
