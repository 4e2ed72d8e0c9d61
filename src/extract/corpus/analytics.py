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

import networkx as nx

from extract.corpus.graph import split_reports

CO_KINDS = ("co_mentioned", "co_topic")
LOUVAIN_SEED = 42
_YEAR = re.compile(r"\b((?:19|20)\d\d)$")


@dataclass(frozen=True)
class GraphThresholds:
    """Which part of the graph is exported; the defaults keep all of it."""
    min_weight: int = 1        # drop edges named in fewer reports than this
    min_occurrences: int = 1   # drop nodes named in fewer reports than this (and their edges)


def apply_thresholds(g: nx.Graph, thresholds: GraphThresholds) -> nx.Graph:
    """Remove, in place, edges and nodes below the thresholds; return the graph."""
    if thresholds.min_weight > 1:
        g.remove_edges_from([(a, b) for a, b, w in g.edges(data="weight") if w < thresholds.min_weight])
    if thresholds.min_occurrences > 1:
        g.remove_nodes_from([n for n, k in g.nodes(data="n_reports") if k < thresholds.min_occurrences])
    return g


def annotate(g: nx.Graph, conference_of: dict[str, str], seed: int = LOUVAIN_SEED) -> nx.Graph:
    """Add the edge and node measures above, in place; `conference_of` maps report name -> "VENUE YEAR"."""
    occurrences = dict(g.nodes(data="n_reports", default=0))
    for a, b, d in g.edges(data=True):
        if d.get("kind") in CO_KINDS:
            c, wa, wb = d["weight"], occurrences[a] or 1, occurrences[b] or 1
            d["association_strength"] = c / (wa * wb)
            d["jaccard"] = c / max(wa + wb - c, c)
    pagerank, community = _rank_and_communities(g, seed)
    weighted = dict(g.degree(weight="weight"))
    for n, d in g.nodes(data=True):
        d["degree"] = g.degree(n)
        d["weighted_degree"] = int(weighted[n])
        d["pagerank"] = pagerank[n]
        d["community"] = community[n]
        d["first_seen"], d["last_seen"] = seen_span(d.get("reports", ""), conference_of)
    return g


def communities(g: nx.Graph, seed: int = LOUVAIN_SEED) -> dict[str, int]:
    """node -> community id; ids by size, largest first (ties: smallest node id first)."""
    return _rank_and_communities(g, seed)[1]


def _rank_and_communities(g: nx.Graph, seed: int) -> tuple[dict[str, float], dict[str, int]]:
    """Weighted PageRank and Louvain communities (ranked as in `communities`), computed in igraph."""
    if g.number_of_nodes() == 0:
        return {}, {}
    import igraph  # here: its import (~0.35 s, it loads matplotlib) is paid only by runs that annotate

    # Vertices and edges in the graph's order, and igraph's RNG seeded per call: the same graph
    # gives the same communities in any process (sets of string ids would follow the hash seed).
    names = list(g)
    index = {n: i for i, n in enumerate(names)}
    h = igraph.Graph(n=len(names), edges=[(index[a], index[b]) for a, b in g.edges()])
    h.es["weight"] = [float(w) for _, _, w in g.edges(data="weight", default=1)]
    weights = "weight" if h.ecount() else None
    igraph.set_random_number_generator(random.Random(seed))
    try:
        if h.ecount():
            # ARPACK, not the default PRPACK: PRPACK runs OpenMP threads, and its result then
            # differs in the last digits from one run to the next. ARPACK draws its start vector
            # from the RNG seeded above.
            pagerank = [float(x) for x in h.pagerank(weights=weights, implementation="arpack")]
        else:
            pagerank = [1 / len(names)] * len(names)
        found = h.community_multilevel(weights=weights)
    finally:
        igraph.set_random_number_generator(random)   # igraph's default
    ranked = sorted(([names[i] for i in c] for c in found), key=lambda c: (-len(c), min(c)))
    return dict(zip(names, pagerank)), {n: i for i, c in enumerate(ranked) for n in c}


def seen_span(reports: str, conference_of: dict[str, str]) -> tuple[str, str]:
    """Earliest and latest "VENUE YEAR" among the reports (a `join_reports` string); ("", "") when no year is known."""
    dated = []
    for rep in split_reports(reports):
        conf = conference_of.get(rep, "")
        m = _YEAR.search(conf)
        if m:
            dated.append((int(m.group(1)), conf))
    if not dated:
        return "", ""
    dated.sort()
    return dated[0][1], dated[-1][1]
