"""Graph analytics, stored as node and edge attributes (and so as nodes/edges columns and in GraphML).

Edges `co_mentioned` and `co_topic` get, besides their raw count (`weight`, the reports naming
both ends):
- `association_strength` = c_ij / (w_i w_j), VOSviewer's similarity, where w_i is the number of
  reports that name node i (its `n_reports`). It corrects the count for how common each end is.
- `jaccard` = c_ij / (w_i + w_j - c_ij), the share of reports naming either end that name both.
Every node gets `degree`, `weighted_degree` (sum of edge weights), `pagerank` (weighted),
`community` (Louvain, fixed seed; 0 is the largest community) and `first_seen` /
`last_seen`: the earliest and latest conference-year ("ICML 2017") among its reports, "" when none
of them names a year.

PageRank and Louvain run in igraph (C): on a 1,000-report graph (54k edges) networkx's pure-Python
Louvain took 1.2 s and igraph 0.15 s, same modularity; the analytics stage at 10,000 reports went
from 19.5 s to 5.1 s (benchmarks/RESULTS.md).
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from extract.corpus.db import query
from extract.corpus.graph import CorpusGraph

CO_KINDS = ("co_mentioned", "co_topic")
LOUVAIN_SEED = 42
EDGE_CHUNK = 200_000   # edges handed to igraph per call
_YEAR_RE = re.compile(r"\b((?:19|20)\d\d)$", re.ASCII)   # a conference-year: "ICML 2017"


@dataclass(frozen=True)
class GraphThresholds:
    """Which part of the graph is exported; the defaults keep all of it."""
    min_weight: int = 1        # drop edges named in fewer reports than this
    min_occurrences: int = 1   # drop nodes named in fewer reports than this (and their edges)


def apply_thresholds(g: CorpusGraph, thresholds: GraphThresholds) -> CorpusGraph:
    """The graph without the edges and nodes below the thresholds (and the edges of dropped nodes)."""
    if thresholds.min_weight <= 1 and thresholds.min_occurrences <= 1:
        return g
    nodes = query(f"SELECT * FROM nodes WHERE n_reports >= {int(thresholds.min_occurrences)} ORDER BY Id", nodes=g.nodes)
    edges = query(f"""
        SELECT e.* FROM edges e SEMI JOIN nodes s ON s.Id = e.Source SEMI JOIN nodes t ON t.Id = e.Target
        WHERE e.Weight >= {int(thresholds.min_weight)} ORDER BY Source, Target""", edges=g.edges, nodes=nodes)
    node_reports = query("SELECT r.* FROM node_reports r SEMI JOIN nodes n ON n.Id = r.Id ORDER BY Id, report",
                         node_reports=g.node_reports, nodes=nodes)
    edge_reports = query("""
        SELECT r.* FROM edge_reports r SEMI JOIN edges e ON e.Source = r.Source AND e.Target = r.Target AND e.kind = r.kind
        ORDER BY Source, Target, report""", edge_reports=g.edge_reports, edges=edges)
    return g.with_tables(nodes=nodes.cast(g.nodes.schema), edges=edges.cast(g.edges.schema),
                         node_reports=node_reports.cast(g.node_reports.schema), edge_reports=edge_reports.cast(g.edge_reports.schema))


def annotate(g: CorpusGraph, conference_of: dict[str, str], seed: int = LOUVAIN_SEED) -> CorpusGraph:
    """The graph with the edge and node measures above as columns; `conference_of` maps report name -> "VENUE YEAR"."""
    ids = g.nodes.column("Id")
    src, dst = _ends(ids, g.edges)
    weight = g.edges.column("Weight").to_numpy()
    # PageRank and Louvain first: igraph's working memory is the stage's peak (about 270 MB at 2 M
    # edges), and the columns computed below would only sit under it.
    pagerank, community = _rank_and_communities(ids, src, dst, weight, seed)
    edges = _with_similarities(g.edges, g.nodes.column("n_reports").to_numpy(), src, dst, weight)
    first_seen, last_seen = _first_last_seen(ids, g.node_reports, conference_of)
    # Degrees from the integer ends (a GROUP BY over millions of id strings held hundreds of MB).
    n = len(ids)
    degree = np.bincount(src, minlength=n) + np.bincount(dst, minlength=n)
    weighted = np.bincount(src, weights=weight, minlength=n) + np.bincount(dst, weights=weight, minlength=n)
    nodes = g.nodes.append_column("degree", pa.array(degree, pa.int64()))
    nodes = nodes.append_column("weighted_degree", pa.array(weighted.astype(np.int64), pa.int64()))
    nodes = nodes.append_column("first_seen", first_seen).append_column("last_seen", last_seen)
    nodes = nodes.append_column("pagerank", pa.array(pagerank, type=pa.float64()))
    nodes = nodes.append_column("community", pa.array(community, type=pa.int64()))
    return g.with_tables(nodes=nodes, edges=edges)


def _first_last_seen(ids: pa.ChunkedArray, node_reports: pa.Table, conference_of: dict[str, str]) -> tuple[pa.Array, pa.Array]:
    """Each node's earliest and latest dated conference among its reports ("" when none names a
    year): conferences ordered by year, then name, each report's as an integer rank, and the
    minimum and maximum rank per node taken with numpy over the (node, report) pairs. (A SQL join
    and GROUP BY over millions of id strings was the corpus stage's memory peak.)"""
    keys = {}
    for report, conference in conference_of.items():
        m = _YEAR_RE.search(conference)
        if m:
            keys[report] = m.group(1) + conference
    ordered = sorted(set(keys.values()))
    rank = {k: i for i, k in enumerate(ordered)}
    dated = pa.array(list(keys), type=pa.string())
    report_rank = np.array([rank[k] for k in keys.values()], dtype=np.int64)
    node = pc.index_in(node_reports.column("Id"), value_set=ids)
    report = pc.index_in(node_reports.column("report"), value_set=dated)
    valid = pc.and_(pc.is_valid(node), pc.is_valid(report))
    node_at = pc.filter(node, valid).to_numpy(zero_copy_only=False).astype(np.int64)
    rank_at = report_rank[pc.filter(report, valid).to_numpy(zero_copy_only=False).astype(np.int64)]
    n, none = len(ids), len(ordered)
    first = np.full(n, none, dtype=np.int64)
    last = np.full(n, -1, dtype=np.int64)
    np.minimum.at(first, node_at, rank_at)
    np.maximum.at(last, node_at, rank_at)
    labels = [k[4:] for k in ordered]
    return (pa.array([labels[i] if i < none else "" for i in first.tolist()], type=pa.string()),
            pa.array([labels[i] if i >= 0 else "" for i in last.tolist()], type=pa.string()))


def communities(node_ids: list[str], edges: list[tuple[str, str, int]], seed: int = LOUVAIN_SEED) -> dict[str, int]:
    """node -> community id for a small graph given as lists; ids by size, largest first (ties: smallest node id first)."""
    ids = pa.chunked_array([pa.array(node_ids, type=pa.string())])
    table = pa.table({"Source": [a for a, _, _ in edges], "Target": [b for _, b, _ in edges], "Weight": [w for _, _, w in edges]},
                     schema=pa.schema([("Source", pa.string()), ("Target", pa.string()), ("Weight", pa.int64())]))
    src, dst = _ends(ids, table)
    return dict(zip(node_ids, _rank_and_communities(ids, src, dst, table.column("Weight").to_numpy(), seed)[1]))


def _ends(ids: pa.ChunkedArray, edges: pa.Table) -> tuple[np.ndarray, np.ndarray]:
    """Each edge's Source and Target as positions in `ids`."""
    # int32 (positions of at most 2^31 nodes): these two arrays are alive under igraph's peak.
    return (pc.index_in(edges.column("Source"), value_set=ids).to_numpy(zero_copy_only=False).astype(np.int32),
            pc.index_in(edges.column("Target"), value_set=ids).to_numpy(zero_copy_only=False).astype(np.int32))


def _with_similarities(edges: pa.Table, n_reports: np.ndarray, src: np.ndarray, dst: np.ndarray, weight: np.ndarray) -> pa.Table:
    """The edges with `association_strength` and `jaccard` appended (null on edges other than
    co_mentioned / co_topic), computed column-wise: the string columns are not copied."""
    wa, wb = np.maximum(n_reports[src], 1), np.maximum(n_reports[dst], 1)
    not_co = ~pc.is_in(edges.column("kind"), value_set=pa.array(CO_KINDS)).to_numpy(zero_copy_only=False)
    with np.errstate(divide="ignore", invalid="ignore"):
        association = weight / (wa * wb)
        jaccard = weight / np.maximum(wa + wb - weight, weight)
    edges = edges.append_column("association_strength", pa.array(association, type=pa.float64(), mask=not_co))
    return edges.append_column("jaccard", pa.array(jaccard, type=pa.float64(), mask=not_co))


def _rank_and_communities(ids: pa.ChunkedArray, src: np.ndarray, dst: np.ndarray, weight: np.ndarray,
                          seed: int) -> tuple[np.ndarray, list[int]]:
    """Weighted PageRank and Louvain communities (ranked as in `communities`) of the nodes `ids`, in that
    order, computed in igraph from integer edge arrays (`src`, `dst`: positions in `ids`; `weight` per edge)."""
    n = len(ids)
    if n == 0:
        return np.zeros(0), []
    import igraph  # here: its import (~0.35 s) is paid only by runs that annotate

    # Vertices in node order, edges in (Source, Target) order, and igraph's RNG seeded per call: the
    # same graph gives the same communities in any process.
    h = igraph.Graph(n=n)
    for i in range(0, len(src), EDGE_CHUNK):
        # In chunks: igraph reads an edge array through Python objects, about 170 bytes an edge
        # while it converts (340 MB at 2 M edges, at the corpus stage's memory peak).
        h.add_edges(np.column_stack([src[i : i + EDGE_CHUNK], dst[i : i + EDGE_CHUNK]]))
    # Integer weights: counts are small ints, which Python keeps once each, so the list is pointers
    # only (2 M float objects were 50 MB more at the stage's peak); igraph reads them as the same doubles.
    h.es["weight"] = weight.tolist()
    weights = "weight" if h.ecount() else None
    igraph.set_random_number_generator(random.Random(seed))
    try:
        if h.ecount():
            # ARPACK, not the default PRPACK: PRPACK runs OpenMP threads, and its result then
            # differs in the last digits from one run to the next. ARPACK draws its start vector
            # from the RNG seeded above.
            pagerank = np.asarray(h.pagerank(weights=weights, implementation="arpack"), dtype=np.float64)
        else:
            pagerank = np.full(n, 1 / n)
        found = h.community_multilevel(weights=weights)
    finally:
        igraph.set_random_number_generator(random)   # igraph's default
    # Communities by size, largest first; ties by the id of their first node (in `ids` order).
    # In numpy over the membership vector: no list per community, no Python string per node.
    membership = np.asarray(found.membership, dtype=np.int64)
    size = np.bincount(membership)
    first = np.full(len(size), n, dtype=np.int64)
    np.minimum.at(first, membership, np.arange(n, dtype=np.int64))
    id_rank = pc.rank(ids, sort_keys="ascending", tiebreaker="first").to_numpy(zero_copy_only=False)
    order = np.lexsort((id_rank[first], -size))
    label = np.empty(len(size), dtype=np.int64)
    label[order] = np.arange(len(size))
    return pagerank, label[membership].tolist()
