"""Graph analytics (association strength, Jaccard, degree, PageRank, Louvain, first/last seen), thresholds,
the pictures and summary.md."""
import struct

import networkx as nx
import pytest

from extract.corpus.analytics import GraphThresholds, annotate, apply_thresholds, communities, seen_span
from extract.corpus.graph import join_reports
from extract.outputs.pictures import top_nodes, write_html, write_png

CONF = {"r1.txt": "ICML 2018", "r2.txt": "NeurIPS 2019", "r3.txt": "ICLR 2017", "r4.txt": "NeurIPS"}


def co_graph() -> nx.Graph:
    """P1 in r1, r2, r3; P2 in r1, r2; P3 in r1; P4 in r3, r4; and an author edge."""
    g = nx.Graph()
    seen = {"P1": "r1.txt;r2.txt;r3.txt", "P2": "r1.txt;r2.txt", "P3": "r1.txt", "P4": "r3.txt;r4.txt", "A1": "r4.txt"}
    for n, reps in seen.items():
        g.add_node(n, label=n, kind="person" if n.startswith("A") else "paper", reports=join_reports(reps.split(";")),
                   n_reports=len(reps.split(";")))
    for a, b, reps in [("P1", "P2", "r1.txt;r2.txt"), ("P1", "P3", "r1.txt"), ("P2", "P3", "r1.txt"), ("P1", "P4", "r3.txt")]:
        g.add_edge(a, b, kind="co_mentioned", weight=len(reps.split(";")), sections=0, reports=join_reports(reps.split(";")))
    g.add_edge("P4", "A1", kind="authored_by", weight=1, sections=0, reports=join_reports(["r4.txt"]))
    return g


def test_association_strength_and_jaccard_follow_their_definitions():
    g = annotate(co_graph(), CONF)
    e = g.edges["P1", "P2"]
    assert e["weight"] == 2
    assert e["association_strength"] == pytest.approx(2 / (3 * 2))   # c_ij / (w_i w_j)
    assert e["jaccard"] == pytest.approx(2 / (3 + 2 - 2))            # c_ij / (w_i + w_j - c_ij)
    assert g.edges["P2", "P3"]["jaccard"] == pytest.approx(1 / 2)
    assert "association_strength" not in g.edges["P4", "A1"]         # only co_mentioned / co_topic edges


def test_node_measures():
    g = annotate(co_graph(), CONF)
    p1 = g.nodes["P1"]
    assert p1["degree"] == 3 and p1["weighted_degree"] == 4
    assert sum(d["pagerank"] for _, d in g.nodes(data=True)) == pytest.approx(1.0)
    assert max(g.nodes, key=lambda n: g.nodes[n]["pagerank"]) == "P1"
    assert (p1["first_seen"], p1["last_seen"]) == ("ICLR 2017", "NeurIPS 2019")
    assert (g.nodes["A1"]["first_seen"], g.nodes["A1"]["last_seen"]) == ("", "")   # NeurIPS without a year


def test_communities_are_deterministic_and_ranked_by_size():
    g = nx.union(nx.complete_graph(["a1", "a2", "a3", "a4"]), nx.complete_graph(["b1", "b2", "b3"]))
    g.add_edge("a1", "b1")
    nx.set_edge_attributes(g, 1, "weight")
    first = communities(g)
    assert first == communities(g.copy())
    assert {first[n] for n in ("a1", "a2", "a3", "a4")} == {0} and {first[n] for n in ("b1", "b2", "b3")} == {1}


def test_seen_span_orders_by_year_then_name():
    assert seen_span(join_reports(["r1.txt", "r2.txt", "r3.txt"]), CONF) == ("ICLR 2017", "NeurIPS 2019")
    assert seen_span("", CONF) == ("", "")


def test_thresholds_drop_light_edges_and_rare_nodes():
    g = apply_thresholds(co_graph(), GraphThresholds(min_weight=2))
    assert sorted(g.edges()) == [("P1", "P2")] and g.number_of_nodes() == 5
    g = apply_thresholds(co_graph(), GraphThresholds(min_occurrences=2))
    assert sorted(g.nodes) == ["P1", "P2", "P4"]
    assert co_graph().number_of_edges() == len(apply_thresholds(co_graph(), GraphThresholds()).edges)


def test_annotate_an_empty_graph():
    assert annotate(nx.Graph(), {}).number_of_nodes() == 0


def _png_size(path):
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


def test_pictures_are_deterministic_self_contained_and_mix_kinds(tmp_path):
    g = annotate(co_graph(), CONF)
    for run in ("a", "b"):
        (tmp_path / run).mkdir()
        write_png(g, tmp_path / run / "graph.png")
        write_html(g, tmp_path / run / "graph.html")
    assert (tmp_path / "a" / "graph.png").read_bytes() == (tmp_path / "b" / "graph.png").read_bytes()
    assert (tmp_path / "a" / "graph.html").read_bytes() == (tmp_path / "b" / "graph.html").read_bytes()
    assert _png_size(tmp_path / "a" / "graph.png") == (1440, 1080)
    html = (tmp_path / "a" / "graph.html").read_text(encoding="utf-8")
    assert "<script src=" not in html and "cdn." not in html.split("</head>")[0]   # plotly.js is inlined
    assert "P1" in html and "paper (4)" in html
    # Each kind gets its share of the picture even when another kind ranks higher everywhere.
    assert "A1" in top_nodes(g, 4)


def test_pictures_of_an_empty_graph(tmp_path):
    write_png(nx.Graph(), tmp_path / "graph.png")
    write_html(nx.Graph(), tmp_path / "graph.html")
    assert _png_size(tmp_path / "graph.png") == (1440, 1080)
    assert 'id="tripmine-graph"' in (tmp_path / "graph.html").read_text(encoding="utf-8")


RANK_IN_A_PROCESS = """
import random, sys
import networkx as nx
from extract.corpus.analytics import annotate
rng = random.Random(7)
g = nx.Graph()
for i in range(3000):
    g.add_node(f"N{i}", n_reports=1 + i % 5)
for _ in range(20000):
    a, b = rng.randrange(3000), rng.randrange(3000)
    if a != b:
        g.add_edge(f"N{a}", f"N{b}", kind="co_mentioned", weight=rng.randint(1, 5))
annotate(g, {})
print(repr([(g.nodes[n]["pagerank"], g.nodes[n]["community"]) for n in g]))
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
