"""Pictures of the graph: graph.png (matplotlib) and graph.html (Plotly, self-contained, works offline).

Both show the nodes named in most reports (the whole graph of a large corpus is a hairball), each
kind getting a share, placed by one seeded spring layout, sized by reports and coloured by kind; the
PNG labels the top few, the page shows every node's details on hover and can be zoomed, panned and
filtered by kind from its legend.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

KIND_COLOURS = {"paper": "#1f77b4", "person": "#ff7f0e", "topic": "#2ca02c", "repo": "#9467bd", "unknown": "#7f7f7f"}
LAYOUT_SEED = 7
PNG_NODES, PNG_LABELS, HTML_NODES = 120, 15, 400


# Share of the picture's nodes per kind: papers alone would crowd out the people, topics and repos
# (a report listing 70 papers makes a 70-clique that dominates any centrality ranking).
KIND_SHARE = {"paper": 0.45, "person": 0.25, "topic": 0.2, "repo": 0.1}


def _rank_key(item: tuple[str, dict]) -> tuple:
    n, d = item
    return (-d.get("n_reports", 0), -d.get("pagerank", 0.0), n)


def top_nodes(g: nx.Graph, n: int) -> list[str]:
    """The n most-named nodes (ties: PageRank, then id), each kind getting its share of places;
    places a kind cannot fill go to the best of the rest."""
    ranked = [node for node, _ in sorted(g.nodes(data=True), key=_rank_key)]
    by_kind: dict[str, list[str]] = {}
    for node in ranked:
        by_kind.setdefault(g.nodes[node].get("kind", "unknown"), []).append(node)
    chosen = [node for kind, share in KIND_SHARE.items() for node in by_kind.get(kind, [])[: int(n * share)]]
    taken = set(chosen)
    rest = [node for node in ranked if node not in taken]
    return chosen + rest[: max(n - len(chosen), 0)]


def _induced(g: nx.Graph, nodes) -> nx.Graph:
    """A copy of g restricted to `nodes`, in g's node and edge order. (networkx subgraph views may
    iterate in the order of a set of node ids, which changes with Python's hash seed from one process
    to the next, and so would the layout and the picture's bytes.)"""
    keep = set(nodes)
    h = nx.Graph()
    h.add_nodes_from((v, d) for v, d in g.nodes(data=True) if v in keep)
    h.add_edges_from((a, b, d) for a, b, d in g.edges(data=True) if a in keep and b in keep)
    return h


def top_subgraph(g: nx.Graph, n: int) -> nx.Graph:
    """The top nodes and their edges; nodes left without an edge among them are dropped (they would
    only drift to the margins), unless no node has one."""
    sub = _induced(g, top_nodes(g, n))
    linked = [v for v in sub if sub.degree(v)]
    return _induced(sub, linked) if linked else sub


def layout(g: nx.Graph) -> dict[str, tuple[float, float]]:
    if g.number_of_nodes() == 0:
        return {}
    pos = nx.spring_layout(g, seed=LAYOUT_SEED, weight="weight", k=2.5 / max(g.number_of_nodes(), 1) ** 0.5, iterations=100)
    return {n: (float(x), float(y)) for n, (x, y) in pos.items()}


def _short(label: str, width: int = 32) -> str:
    return label if len(label) <= width else label[: width - 1] + "…"


def _sizes(sub: nx.Graph, smallest: float, largest: float) -> dict[str, float]:
    """Marker size by the number of reports naming the node."""
    counts = dict(sub.nodes(data="n_reports", default=0))
    top = max(counts.values(), default=0) or 1
    return {n: smallest + (largest - smallest) * (c / top) ** 0.5 for n, c in counts.items()}


def write_png(g: nx.Graph, path: Path, top: int = PNG_NODES, labels: int = PNG_LABELS, total: int | None = None) -> None:
    """A static overview: the top nodes, the top few labelled, a legend of kinds."""
    import matplotlib

    matplotlib.use("Agg")   # no screen needed
    import matplotlib.pyplot as plt

    sub = top_subgraph(g, top)
    pos = layout(sub)
    fig, ax = plt.subplots(figsize=(12, 9), dpi=120)
    try:
        ax.set_axis_off()
        title = f"tripmine co-mention graph: the {sub.number_of_nodes()} most-named of {total or g.number_of_nodes()} nodes"
        ax.set_title(title, fontsize=13)
        if sub.number_of_nodes() == 0:
            ax.text(0.5, 0.5, "no papers, people or topics were extracted", ha="center", va="center", fontsize=14)
        else:
            nx.draw_networkx_edges(sub, pos, ax=ax, width=0.6, alpha=0.25, edge_color="#555555")
            sizes = _sizes(sub, 20, 600)
            for kind, colour in KIND_COLOURS.items():
                members = [n for n, k in sub.nodes(data="kind") if k == kind]
                if members:
                    nx.draw_networkx_nodes(sub, pos, nodelist=members, node_size=[sizes[n] for n in members],
                                           node_color=colour, alpha=0.85, linewidths=0.5, edgecolors="white",
                                           label=f"{kind} ({len(members)})", ax=ax)
            for n in top_nodes(sub, labels):
                x, y = pos[n]
                ax.annotate(_short(sub.nodes[n].get("label", n)), (x, y), xytext=(4, 4), textcoords="offset points",
                            fontsize=8, bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none", "alpha": 0.7})
            ax.legend(loc="lower left", fontsize=9, frameon=False, markerscale=0.6)
        # No timestamp in the file: identical runs give identical bytes.
        fig.savefig(path, format="png", metadata={"Software": None})
    finally:
        plt.close(fig)


def write_html(g: nx.Graph, path: Path, top: int = HTML_NODES, total: int | None = None) -> None:
    """An interactive page (Plotly, its JavaScript inlined: no CDN, works offline)."""
    import plotly.graph_objects as go

    sub = top_subgraph(g, top)
    pos = layout(sub)
    traces = []
    xs: list[float | None] = []
    ys: list[float | None] = []
    for a, b in sub.edges():
        xs += [pos[a][0], pos[b][0], None]
        ys += [pos[a][1], pos[b][1], None]
    traces.append(go.Scatter(x=xs, y=ys, mode="lines", line={"width": 0.5, "color": "#999999"}, hoverinfo="skip",
                             name="edges", opacity=0.5))
    sizes = _sizes(sub, 5, 30)
    for kind, colour in KIND_COLOURS.items():
        members = [n for n, k in sub.nodes(data="kind") if k == kind]
        if not members:
            continue
        d = sub.nodes
        hover = [f"<b>{_short(d[n].get('label', n), 80)}</b><br>{kind} · {d[n].get('n_reports', 0)} report(s)"
                 f"<br>degree {d[n].get('degree', 0)} · PageRank {d[n].get('pagerank', 0):.4f} · community {d[n].get('community', 0)}"
                 + (f"<br>seen {d[n]['first_seen']} – {d[n]['last_seen']}" if d[n].get("first_seen") else "")
                 for n in members]
        traces.append(go.Scatter(x=[pos[n][0] for n in members], y=[pos[n][1] for n in members], mode="markers",
                                 name=f"{kind} ({len(members)})", text=hover, hoverinfo="text",
                                 marker={"size": [sizes[n] for n in members], "color": colour, "line": {"width": 0.5, "color": "white"}}))
    fig = go.Figure(traces)
    fig.update_layout(
        title=f"tripmine co-mention graph: the {sub.number_of_nodes()} most-named of {total or g.number_of_nodes()} nodes",
        showlegend=True, hovermode="closest", template="plotly_white", margin={"l": 10, "r": 10, "t": 50, "b": 10},
        xaxis={"visible": False}, yaxis={"visible": False}, height=800,
    )
    # A fixed div id keeps the page's bytes identical between identical runs (Plotly picks a random one).
    fig.write_html(path, include_plotlyjs=True, full_html=True, div_id="tripmine-graph",
                   config={"displaylogo": False, "scrollZoom": True})


EXTRA_MODULES = ("matplotlib", "plotly", "scipy")   # the [pictures] extra (scipy: networkx's spring layout)


def missing_modules() -> list[str]:
    """The modules of the optional [pictures] extra that are not installed."""
    import importlib.util

    return [m for m in EXTRA_MODULES if importlib.util.find_spec(m) is None]


def _candidate_rows(nodes: pa.Table, n: int) -> pd.DataFrame:
    """The rows `candidate_graph` can pick from: each kind's n highest and the n highest overall
    (those left after each kind's share are among the n highest), so only these go to pandas."""
    ranked = nodes.sort_by([("n_reports", "descending"), ("pagerank", "descending"), ("Id", "ascending")])
    parts = [ranked.slice(0, n)] + [ranked.filter(pc.equal(ranked["kind"], kind)).slice(0, n) for kind in KIND_SHARE]
    return pa.concat_tables(parts).to_pandas().drop_duplicates("Id")


def candidate_graph(nodes: pd.DataFrame | pa.Table, edges: pd.DataFrame | pa.Table, n: int) -> nx.Graph:
    """The n nodes `top_nodes` would pick from the whole graph, and the edges among them, as a small
    networkx graph (the corpus graph itself is only ever tables)."""
    if isinstance(nodes, pa.Table):
        nodes = _candidate_rows(nodes, n)
    ranked = nodes.sort_values(["n_reports", "pagerank", "Id"], ascending=[False, False, True], kind="mergesort")
    chosen = [ranked[ranked["kind"] == kind].head(int(n * share)) for kind, share in KIND_SHARE.items()]
    taken = pd.concat(chosen) if chosen else ranked.head(0)
    rest = ranked[~ranked["Id"].isin(taken["Id"])].head(max(n - len(taken), 0))
    keep = pd.concat([taken, rest]).sort_values("Id", kind="mergesort")
    g = nx.Graph()
    for r in keep.itertuples(index=False):
        g.add_node(r.Id, label=r.Label, kind=r.kind, n_reports=int(r.n_reports), degree=int(r.degree),
                   pagerank=float(r.pagerank), community=int(r.community), first_seen=r.first_seen, last_seen=r.last_seen)
    ids = set(keep["Id"])
    if isinstance(edges, pa.Table):   # in a run: only the edges among the chosen nodes go to pandas
        chosen_ids = pa.array(sorted(ids), pa.string())
        among = edges.filter(pc.and_(pc.is_in(edges["Source"], chosen_ids), pc.is_in(edges["Target"], chosen_ids))).to_pandas()
    else:
        among = edges[edges["Source"].isin(ids) & edges["Target"].isin(ids)]
    g.add_edges_from((a, b, {"weight": int(w)}) for a, b, w in zip(among["Source"], among["Target"], among["Weight"]))
    return g


def write_pictures(nodes: pd.DataFrame | pa.Table, edges: pd.DataFrame | pa.Table, folder: Path) -> None:
    """graph.png and graph.html from the nodes and edges tables."""
    g = candidate_graph(nodes, edges, max(PNG_NODES, HTML_NODES))
    write_png(g, folder / "graph.png", total=len(nodes))
    write_html(g, folder / "graph.html", total=len(nodes))
