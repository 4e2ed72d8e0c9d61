"""Graph analytics (association strength, Jaccard, degree, PageRank, Louvain, first/last seen), thresholds,
the pictures and summary.md."""
import struct

import networkx as nx
import pytest

from extract.corpus.analytics import GraphThresholds, annotate, apply_thresholds, communities
from extract.corpus.graph import CorpusGraph
from extract.outputs.export import graph_tables
from extract.outputs.pictures import candidate_graph, top_nodes, write_html, write_pictures, write_png

CONF = {"r1.txt": "ICML 2018", "r2.txt": "NeurIPS 2019", "r3.txt": "ICLR 2017", "r4.txt": "NeurIPS", "r5.txt": "AAAI 2018"}


def co_graph() -> CorpusGraph:
    """P1 in r1, r2, r3; P2 in r1, r2; P3 in r1; P4 in r3, r4; and an author edge."""
    seen = {"P1": "r1.txt;r2.txt;r3.txt", "P2": "r1.txt;r2.txt", "P3": "r1.txt", "P4": "r3.txt;r4.txt", "A1": "r4.txt"}
    nodes = {n: ("person" if n.startswith("A") else "paper", reps.split(";")) for n, reps in seen.items()}
    edges = [(a, b, "co_mentioned", reps.split(";"))
             for a, b, reps in [("P1", "P2", "r1.txt;r2.txt"), ("P1", "P3", "r1.txt"), ("P2", "P3", "r1.txt"), ("P1", "P4", "r3.txt")]]
    return CorpusGraph.from_rows(nodes, edges + [("P4", "A1", "authored_by", ["r4.txt"])])


def edges_of(g: CorpusGraph) -> dict[tuple[str, str], dict]:
    return {(e["Source"], e["Target"]): e for e in g.edges.to_pylist()}


def nodes_of(g: CorpusGraph) -> dict[str, dict]:
    return {n["Id"]: n for n in g.nodes.to_pylist()}


def test_the_graph_is_tables_in_a_fixed_order():
    g = co_graph()
    assert g.nodes.column("Id").to_pylist() == ["A1", "P1", "P2", "P3", "P4"]
    assert [(e["Source"], e["Target"]) for e in g.edges.to_pylist()] == [
        ("A1", "P4"), ("P1", "P2"), ("P1", "P3"), ("P1", "P4"), ("P2", "P3")]   # Source < Target, sorted
    assert nodes_of(g)["P1"]["n_reports"] == 3 and edges_of(g)[("P1", "P2")]["Weight"] == 2
    assert g.edge_reports.filter([s == "P1" and t == "P2" for s, t in zip(g.edge_reports.column("Source").to_pylist(),
                                                                          g.edge_reports.column("Target").to_pylist())]
                                 ).column("report").to_pylist() == ["r1.txt", "r2.txt"]


def test_a_pair_linked_two_ways_keeps_one_edge_and_counts_distinct_reports():
    g = CorpusGraph.from_rows({"P1": ("paper", ["r1"]), "P2": ("paper", ["r1"])},
                              [("P2", "P1", "co_mentioned", ["r1", "r1", "r2"]), ("P1", "P2", "about", ["r1"])])
    assert [(e["Source"], e["Target"], e["kind"], e["Weight"]) for e in g.edges.to_pylist()] == [("P1", "P2", "about", 1)]


def test_association_strength_and_jaccard_follow_their_definitions():
    g = annotate(co_graph(), CONF)
    e = edges_of(g)[("P1", "P2")]
    assert e["Weight"] == 2
    assert e["association_strength"] == pytest.approx(2 / (3 * 2))   # c_ij / (w_i w_j)
    assert e["jaccard"] == pytest.approx(2 / (3 + 2 - 2))            # c_ij / (w_i + w_j - c_ij)
    assert edges_of(g)[("P2", "P3")]["jaccard"] == pytest.approx(1 / 2)
    assert edges_of(g)[("A1", "P4")]["association_strength"] is None   # only co_mentioned / co_topic edges


def test_node_measures():
    g = annotate(co_graph(), CONF)
    nodes = nodes_of(g)
    p1 = nodes["P1"]
    assert p1["degree"] == 3 and p1["weighted_degree"] == 4
    assert sum(n["pagerank"] for n in nodes.values()) == pytest.approx(1.0)
    assert max(nodes, key=lambda n: nodes[n]["pagerank"]) == "P1"
    assert (p1["first_seen"], p1["last_seen"]) == ("ICLR 2017", "NeurIPS 2019")
    assert (nodes["A1"]["first_seen"], nodes["A1"]["last_seen"]) == ("", "")   # NeurIPS without a year


def test_first_and_last_seen_order_by_year_then_name():
    g = annotate(CorpusGraph.from_rows({"P1": ("paper", ["r1.txt", "r5.txt", "r3.txt"])}, []), CONF)
    assert (nodes_of(g)["P1"]["first_seen"], nodes_of(g)["P1"]["last_seen"]) == ("ICLR 2017", "ICML 2018")


def test_communities_are_deterministic_and_ranked_by_size():
    g = nx.union(nx.complete_graph(["a1", "a2", "a3", "a4"]), nx.complete_graph(["b1", "b2", "b3"]))
    g.add_edge("a1", "b1")
    edges = sorted((min(a, b), max(a, b), 1) for a, b in g.edges())
    first = communities(sorted(g), edges)
    assert first == communities(sorted(g), edges)
    assert {first[n] for n in ("a1", "a2", "a3", "a4")} == {0} and {first[n] for n in ("b1", "b2", "b3")} == {1}


def test_thresholds_drop_light_edges_and_rare_nodes():
    g = apply_thresholds(co_graph(), GraphThresholds(min_weight=2))
    assert list(edges_of(g)) == [("P1", "P2")] and g.n_nodes == 5
    assert set(g.edge_reports.column("Source").to_pylist()) == {"P1"}
    g = apply_thresholds(co_graph(), GraphThresholds(min_occurrences=2))
    assert g.nodes.column("Id").to_pylist() == ["P1", "P2", "P4"]
    assert list(edges_of(g)) == [("P1", "P2"), ("P1", "P4")]
    assert "A1" not in g.node_reports.column("Id").to_pylist()
    assert co_graph().n_edges == apply_thresholds(co_graph(), GraphThresholds()).n_edges


def test_annotate_an_empty_graph():
    g = annotate(CorpusGraph.from_rows({}, []), {})
    assert g.n_nodes == 0 and "pagerank" in g.nodes.column_names


def _png_size(path):
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


def test_pictures_are_deterministic_self_contained_and_mix_kinds(tmp_path):
    nodes, edges, _, _ = graph_tables(annotate(co_graph(), CONF))
    for run in ("a", "b"):
        (tmp_path / run).mkdir()
        write_pictures(nodes, edges, tmp_path / run)
    assert (tmp_path / "a" / "graph.png").read_bytes() == (tmp_path / "b" / "graph.png").read_bytes()
    assert (tmp_path / "a" / "graph.html").read_bytes() == (tmp_path / "b" / "graph.html").read_bytes()
    assert _png_size(tmp_path / "a" / "graph.png") == (1440, 1080)
    html = (tmp_path / "a" / "graph.html").read_text(encoding="utf-8")
    assert "<script src=" not in html and "cdn." not in html.split("</head>")[0]   # plotly.js is inlined
    assert "P1" in html and "paper (4)" in html
    # Each kind gets its share of the picture even when another kind ranks higher everywhere.
    assert "A1" in top_nodes(candidate_graph(nodes, edges, 4), 4) and "A1" in candidate_graph(nodes, edges, 4)


def test_pictures_of_an_empty_graph(tmp_path):
    write_png(nx.Graph(), tmp_path / "graph.png")
    write_html(nx.Graph(), tmp_path / "graph.html")
    assert _png_size(tmp_path / "graph.png") == (1440, 1080)
    assert 'id="tripmine-graph"' in (tmp_path / "graph.html").read_text(encoding="utf-8")


RANK_IN_A_PROCESS = """
import random, sys
from extract.corpus.analytics import annotate
from extract.corpus.graph import CorpusGraph
rng = random.Random(7)
nodes = {f"N{i}": ("paper", [f"r{j}" for j in range(1 + i % 5)]) for i in range(3000)}
edges = []
for _ in range(20000):
    a, b = rng.randrange(3000), rng.randrange(3000)
    if a != b:
        edges.append((f"N{a}", f"N{b}", "co_mentioned", [f"r{j}" for j in range(rng.randint(1, 5))]))
g = annotate(CorpusGraph.from_rows(nodes, edges), {})
print(repr(list(zip(g.nodes.column("pagerank").to_pylist(), g.nodes.column("community").to_pylist()))))
"""


def test_pagerank_and_communities_are_identical_in_every_process():
    """On a graph this big, igraph's PageRank differed in its last digits from run to run: PRPACK
    runs threads, ARPACK starts from a random vector (the incremental benchmark's byte-identity
    check caught it)."""
    import subprocess
    import sys

    outs = {subprocess.run([sys.executable, "-c", RANK_IN_A_PROCESS], capture_output=True, text=True, timeout=120,
                           check=True).stdout for _ in range(2)}
    assert len(outs) == 1
