"""What analysts open: load_outputs (pandas, stable dtypes), Gephi CSVs, GraphML types, summary.md,
`tripmine show`, and graph.html in headless Chromium."""
import shutil
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

from extract import load_outputs
from extract.corpus.finish import finish
from extract.extraction import extract_text
from extract.outputs.schema import SCHEMA

ROOT = Path(__file__).resolve().parents[1]
A = ("Notes from ICML 2018.\n\nSparse Kernel Machines for Graph Data – Ada Lovelace, Alan Turing\n\nCode: https://github.com/ex/skm\n\n"
     "Fast Rates for Bandits – Grace Hopper\n\nOn reinforcement learning and optimization.\n")
B = ("NeurIPS 2019 was big.\n\nSparse Kernel Machine for Graph Data – Ada Lovelace, Alan Turing\n\n"
     "=Deep Sets of Formula Cells – Eve Adams\n\nMore on reinforcement learning and optimization.\n")


@pytest.fixture(scope="module")
def out(nlp, tmp_path_factory):
    folder = tmp_path_factory.mktemp("run") / "out"
    exs = [extract_text(t, nlp, name) for name, t in {"a.txt": A, "b.txt": B}.items()]
    finish([e.report for e in exs], exs, folder)
    return folder


@pytest.fixture(scope="module")
def empty_out(nlp, tmp_path_factory):
    folder = tmp_path_factory.mktemp("empty") / "out"
    ex = extract_text("Just a diary entry about the weather.\n", nlp, "diary.txt")
    finish([ex.report], [ex], folder, pictures=False)
    return folder


def test_summary_md_hints_at_failed_reports(nlp, tmp_path):
    from extract.models import Report

    ex = extract_text(A, nlp, "a.txt")
    gone = Report(name="gone.txt", path="raw/gone.txt", status="error", message="file vanished while reading")
    finish([ex.report, gone], [ex], tmp_path / "out", pictures=False)
    md = (tmp_path / "out" / "summary.md").read_text(encoding="utf-8")
    assert "| gone.txt | error | file vanished while reading |" in md
    assert "1 report(s) failed; see reports.csv and the task logs" in md


def test_load_outputs_gives_every_table_with_the_schema_dtypes(out, empty_out):
    full, empty = load_outputs(out), load_outputs(empty_out)
    assert list(full.tables()) == list(SCHEMA)   # one schema per output table
    for name in SCHEMA:
        assert list(full[name].columns) == list(SCHEMA[name]), name
        # The same dtypes whether the table has rows or not.
        assert dict(full[name].dtypes) == dict(empty[name].dtypes), name
    papers = full.papers
    assert papers["paper_id"].dtype == "string" and papers["n_reports"].dtype == "int64" and papers["year"].dtype == "Int64"
    skm = papers[papers["title"].str.startswith("Sparse Kernel")].iloc[0]
    assert skm["reports"] == ["a.txt", "b.txt"] and isinstance(skm["authors"], list)
    assert skm["code_urls"] == ["https://github.com/ex/skm"]
    assert full.nodes["pagerank"].dtype == "float64" and full.nodes["community"].dtype == "int64"
    assert len(empty.papers) == 0 and empty.reports.loc[0, "report"] == "diary.txt"


def test_load_outputs_graph_and_extractions(out):
    o = load_outputs(out)
    assert o.graph().number_of_nodes() == len(o.nodes)
    assert sorted(o.extractions()["report"]) == ["a.txt", "b.txt"]


def test_load_outputs_explains_a_missing_folder(tmp_path):
    with pytest.raises(FileNotFoundError, match="run `tripmine run"):
        load_outputs(tmp_path / "nowhere")
    (tmp_path / "old").mkdir()
    with pytest.raises(FileNotFoundError, match=r"reports\.parquet is missing"):
        load_outputs(tmp_path / "old")


def test_csv_lists_are_joined_and_gephi_columns_come_first(out):
    papers = pd.read_csv(out / "papers.csv", keep_default_na=False)
    skm = papers[papers["title"].str.startswith("Sparse Kernel")].iloc[0]
    assert skm["reports"] == "a.txt; b.txt"
    nodes = pd.read_csv(out / "nodes.csv", keep_default_na=False)
    edges = pd.read_csv(out / "edges.csv")
    assert list(nodes.columns[:3]) == ["Id", "Label", "kind"]
    assert list(edges.columns[:3]) == ["Source", "Target", "Type"] and "Weight" in edges.columns
    assert set(edges["Type"]) == {"Undirected"}
    assert set(edges["Source"]) | set(edges["Target"]) <= set(nodes["Id"])   # Gephi needs every endpoint as a node
    assert {"degree", "weighted_degree", "pagerank", "community", "first_seen", "last_seen"} <= set(nodes.columns)
    co = edges[edges["kind"] == "co_mentioned"]
    assert len(co) and co["association_strength"].gt(0).all() and co["jaccard"].between(0, 1).all()
    # A label that a spreadsheet would run as a formula is neutralised in CSV only.
    assert (nodes["Label"] == "'=Deep Sets of Formula Cells").any()
    assert (load_outputs(out).nodes["Label"] == "=Deep Sets of Formula Cells").any()


def test_graphml_round_trips_with_the_same_attribute_types(out):
    g = nx.read_graphml(out / "graph.graphml")
    o = load_outputs(out)
    node = g.nodes[o.nodes.loc[0, "Id"]]
    assert isinstance(node["n_reports"], int) and isinstance(node["degree"], int) and isinstance(node["community"], int)
    assert isinstance(node["pagerank"], float) and isinstance(node["label"], str) and isinstance(node["first_seen"], str)
    co = next(d for _, _, d in g.edges(data=True) if d["kind"] == "co_mentioned")
    assert isinstance(co["weight"], int) and isinstance(co["association_strength"], float) and isinstance(co["jaccard"], float)
    again = nx.read_graphml(out / "graph.graphml")
    assert nx.utils.graphs_equal(g, again)


def test_summary_md_is_what_a_person_reads_first(out):
    md = (out / "summary.md").read_text(encoding="utf-8")
    for heading in ("## Top papers", "## Top people", "## Top topics", "## Top repositories", "## Reports per conference",
                    "## Reports that failed or were skipped"):
        assert heading in md
    assert "| 1 | Sparse Kernel Machines for Graph Data | 2 |" in md
    assert "| ICML 2018 | 1 |" in md and "| NeurIPS 2019 | 1 |" in md
    assert "https://github.com/ex/skm" in md


def test_tripmine_show(out, capsys, monkeypatch):
    from tripmine.cli import main

    monkeypatch.setenv("COLUMNS", "200")
    assert main(["show", "papers", "--out", str(out), "--top", "1"]) == 0
    text = capsys.readouterr().out
    assert "Sparse Kernel Machines" in text and "Fast Rates" not in text
    assert main(["show", "topics", "--out", str(out)]) == 0
    assert "reinforcement learning" in capsys.readouterr().out
    assert main(["show", "people", "--out", str(out)]) == 0
    assert "Ada Lovelace" in capsys.readouterr().out
    assert main(["show", "repos", "--out", str(out)]) == 0
    assert main(["show", "papers", "--out", str(out.parent / "nope")]) == 2


def test_run_rejects_a_zero_threshold(tmp_path, capsys):
    from tripmine.cli import main

    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text(A)
    assert main(["run", "--raw", str(tmp_path / "raw"), "--out", str(tmp_path / "out"), "--min-edge-weight", "0"]) == 2
    assert "--min-edge-weight: Input should be greater than or equal to 1 (got 0)" in capsys.readouterr().err


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian's chromium is not installed")
def test_graph_html_renders_in_headless_chromium_without_console_errors(out, tmp_path):
    shot = tmp_path / "graph_html.png"
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "check_graph_html.py"), str(out / "graph.html"),
                           "--screenshot", str(shot)], capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"



PICTURE = """
import hashlib, json, sys
from pathlib import Path
import networkx as nx
from extract.corpus.analytics import annotate
from extract.corpus.graph import CorpusGraph
from extract.outputs.export import graph_tables
from extract.outputs.pictures import write_pictures
base = nx.gnm_random_graph(400, 1600, seed=3)
kinds = ["paper", "person", "topic", "repo"]
nodes = {f"N{i}": (kinds[i % 4], [f"r{j}.txt" for j in range(1 + i % 5)]) for i in base}
edges = [(f"N{a}", f"N{b}", "co_mentioned", [f"r{j}.txt" for j in range(1 + (a + b) % 3)]) for a, b in base.edges()]
g = annotate(CorpusGraph.from_rows(nodes, edges), {})
out = Path(sys.argv[1])
nodes_df, edges_df, _, _ = graph_tables(g)
write_pictures(nodes_df, edges_df, out)
print(json.dumps({"community": g.nodes.column("community").to_pylist(),
                  "png": hashlib.sha256((out / "graph.png").read_bytes()).hexdigest(),
                  "html": hashlib.sha256((out / "graph.html").read_bytes()).hexdigest()}))
"""


def test_communities_and_pictures_do_not_depend_on_the_hash_seed(tmp_path):
    """Louvain and networkx subgraph views iterate sets of string ids, whose order follows the
    per-process hash seed (PYTHONHASHSEED); communities and pictures must be the same in any process."""
    import os

    results = []
    for seed in ("1", "2"):
        (tmp_path / seed).mkdir()
        proc = subprocess.run([sys.executable, "-c", PICTURE, str(tmp_path / seed)], capture_output=True, text=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}, timeout=120, check=True)
        results.append(proc.stdout.strip().splitlines()[-1])
    assert results[0] == results[1]


@pytest.mark.parametrize("script", ["synthetic.py", "run.py", "incremental.py", "catalog_linking.py"])
def test_benchmark_scripts_answer_help(script):
    """`benchmarks/synthetic.py --help` printed nothing."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    proc = subprocess.run([sys.executable, str(root / "benchmarks" / script), "--help"], capture_output=True, text=True,
                          timeout=60, cwd=root)
    assert proc.returncode == 0 and "usage:" in proc.stdout, proc.stderr[-500:]


def test_nodes_in_arrow_give_the_same_summary_and_pictures_as_in_pandas(tmp_path):
    # A run keeps the nodes table in Arrow until it writes it; summary.md and the pictures pick
    # their top nodes from it in Arrow, and must pick the ones the pandas table gives.
    from dataclasses import replace

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synthetic import write_corpus

    from extract.corpus.analytics import annotate
    from extract.corpus.graph import build_graph
    from extract.incremental import process_batch
    from extract.link.resolve import resolve
    from extract.outputs.export import build_tables
    from extract.outputs.pictures import candidate_graph
    from extract.outputs.schema import conform
    from extract.outputs.summary import summary_markdown
    from extract.text.ingest import read_reports

    write_corpus(tmp_path / "raw", 20, seed=5)
    reports = list(read_reports(tmp_path / "raw"))
    exs = process_batch(reports).extractions
    res = resolve(exs)
    graph = annotate(build_graph(exs, res), {e.report.name: e.conference for e in exs})
    arrow = build_tables(reports, exs, res, graph)
    frame = replace(arrow, nodes=conform("nodes", arrow.nodes.to_pandas()))
    assert arrow.nodes.num_rows > 100
    assert summary_markdown(arrow) == summary_markdown(frame)
    for n in (3, 12, 60, 1000):
        a, b = candidate_graph(arrow.nodes, arrow.edges, n), candidate_graph(frame.nodes, arrow.edges, n)
        assert list(a.nodes(data=True)) == list(b.nodes(data=True)) and list(a.edges(data=True)) == list(b.edges(data=True))
