"""Cross-report resolution, the graph, atomic export, and the scorer."""
import json
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

from extract.corpus.finish import finish
from extract.evaluate import evaluate, format_table
from extract.extraction import extract_text
from extract.outputs import export

SHARED = Path(__file__).resolve().parents[2] / "shared"

A = "Intro at ICML 2018.\n\nSparse Kernel Machines for Graph Data – Ada Lovelace, Alan Turing\n\nCode: https://github.com/ex/skm\n\nFast Rates for Bandits – Grace Hopper\n\nOn bandits.\n"
B = "Notes.\n\nSparse Kernel Machine for Graph Data – Ada Lovelace, Alan Turing\n\nGreat. We cite (Lovelace et al., 2016).\n"


def run(nlp, tmp_path, texts):
    exs = [extract_text(t, nlp, name) for name, t in texts.items()]
    reports = [e.report for e in exs]
    return finish(reports, exs, tmp_path / "out")


def test_same_paper_and_people_across_reports_merge(nlp, tmp_path):
    _summary, res, graph = run(nlp, tmp_path, {"a.txt": A, "b.txt": B})
    titles = sorted(p.title for p in res.papers)
    assert len(titles) == 2
    skm = next(p for p in res.papers if "Sparse" in p.title)
    assert skm.reports == ["a.txt", "b.txt"] and skm.code_urls == ["https://github.com/ex/skm"]
    ada = [p for p in res.people if p.name == "Ada Lovelace"]
    assert len(ada) == 1 and ada[0].reports == ["a.txt", "b.txt"]
    edges = graph.edges.to_pylist()
    assert {"authored_by", "has_code", "co_mentioned"} <= {e["kind"] for e in edges}
    co = [e for e in edges if e["kind"] == "co_mentioned"]
    assert co[0]["Weight"] == 1
    assert [r["report"] for r in graph.edge_reports.to_pylist() if r["kind"] == "co_mentioned"] == ["a.txt"]


def test_outputs_are_complete_and_graphml_reads_back(nlp, tmp_path):
    run(nlp, tmp_path, {"a.txt": A, "b.txt": B})
    out = tmp_path / "out"
    for name in ("reports.csv", "papers.csv", "people.csv", "mentions.csv", "nodes.csv", "edges.csv", "extractions.jsonl", "graph.graphml"):
        assert (out / name).is_file(), name
    g = nx.read_graphml(out / "graph.graphml")
    assert g.number_of_nodes() > 0 and all(isinstance(v, (str, int, float)) for _, d in g.nodes(data=True) for v in d.values())
    mentions = pd.read_csv(out / "mentions.csv", keep_default_na=False)
    texts = {"a.txt": A, "b.txt": B}
    assert all(texts[r.report][r.start:r.end] == r.text for r in mentions.itertuples())
    rows = [json.loads(line) for line in (out / "extractions.jsonl").read_text().splitlines()]
    assert {r["report"] for r in rows} == {"a.txt", "b.txt"} and all("paper_id" in p for r in rows for p in r["papers"])
    edges = pd.read_csv(out / "edges.csv")
    assert list(edges.columns[:5]) == ["Source", "Target", "Type", "kind", "Weight"]


def test_failed_export_leaves_previous_outputs(nlp, tmp_path, monkeypatch):
    run(nlp, tmp_path, {"a.txt": A})
    before = (tmp_path / "out" / "papers.csv").read_text()

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(export, "write_graphml", boom)
    with pytest.raises(RuntimeError):
        run(nlp, tmp_path, {"a.txt": A, "b.txt": B})
    assert (tmp_path / "out" / "papers.csv").read_text() == before
    assert not list(tmp_path.glob(".out.tmp-*"))


def test_resolution_is_independent_of_report_order(nlp, tmp_path):
    _, r1, _ = run(nlp, tmp_path, {"a.txt": A, "b.txt": B})
    _, r2, _ = run(nlp, tmp_path, {"b.txt": B, "a.txt": A})
    assert [(p.id, p.title) for p in r1.papers] == [(p.id, p.title) for p in r2.papers]


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="shared scorer not present")
def test_own_scorer_agrees_with_shared_scorer(nlp, tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("shared_score", SHARED / "eval" / "score.py")
    shared = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shared)
    gold_dir = SHARED / "eval" / "gold"
    preds = tmp_path / "pred.jsonl"
    with open(preds, "w") as fh:
        for seed in sorted((SHARED / "seeds").glob("*.txt")):
            fh.write(json.dumps(extract_text(seed.read_text(), nlp, seed.name).to_json()) + "\n")
    ours, _ = evaluate(preds, gold_dir)
    import contextlib
    import io

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        shared.main([str(preds), str(gold_dir), "--json"])
    theirs = json.loads(buf.getvalue())
    for field, t in ours.items():
        assert (t.tp, t.gold, t.pred) == (theirs[field]["tp"], theirs[field]["gold"], theirs[field]["pred"]), field
    assert "papers" in format_table(ours)


def test_a_crash_in_one_report_is_recorded_and_the_others_go_through(nlp, monkeypatch):
    from extract import extraction as pipeline
    from extract.models import Report

    real = pipeline.extract_doc

    def flaky(report, doc):
        if report.name == "bad.txt":
            raise ValueError("boom")
        return real(report, doc)

    monkeypatch.setattr(pipeline, "extract_doc", flaky)
    reports = [Report("bad.txt", "bad.txt", text="x y"), Report("a.txt", "a.txt", text=A)]
    out = list(pipeline.extract_reports(reports, nlp))
    assert [e.report.name for e in out] == ["a.txt"]
    assert reports[0].status == "error" and "boom" in reports[0].message


def test_streaming_graphml_round_trips_like_networkx(tmp_path):
    """graph.graphml, streamed from the tables, reads back as networkx's own writer's file of the same graph."""
    import pyarrow as pa

    from extract.outputs.graphml import write_graphml

    nodes = pa.table({"Id": ["A:ü", "P1"], "Label": ["Zoë Ünal", 'A "quoted" <title> & more'], "kind": ["person", "paper"],
                      "n_reports": [1, 2], "venue": [None, "ICML"], "year": pa.array([None, 2017], pa.int64()),
                      "pagerank": [0.25, float("nan")]})
    edges = pa.table({"Source": ["A:ü"], "Target": ["P1"], "kind": ["authored_by"], "Weight": [1],
                      "association_strength": pa.array([None], pa.float64())})
    write_graphml(nodes, edges, tmp_path / "ours.graphml", name="t & <g>")
    g = nx.Graph(name="t & <g>")
    g.add_node("A:ü", label="Zoë Ünal", kind="person", n_reports=1, pagerank=0.25)
    g.add_node("P1", label='A "quoted" <title> & more', kind="paper", n_reports=2, venue="ICML", year=2017)
    g.add_edge("A:ü", "P1", kind="authored_by", weight=1)
    nx.write_graphml(g, tmp_path / "nx.graphml")
    ours, theirs = nx.read_graphml(tmp_path / "ours.graphml"), nx.read_graphml(tmp_path / "nx.graphml")
    assert dict(ours.nodes(data=True)) == dict(theirs.nodes(data=True))
    assert list(ours.edges(data=True)) == list(theirs.edges(data=True))
    assert ours.graph == theirs.graph


def test_csv_cells_that_start_a_formula_are_neutralised_and_parquet_keeps_them(nlp, tmp_path):
    text = "ICML 2018\n\n=HYPERLINK(\"http://x\") Deep Voxel Fields – Ada Lovelace\n\n@Home Robots for Graph Data – Alan Turing\n"
    ex = extract_text(text, nlp, "f.txt")
    ex.papers[0].title = "=HYPERLINK(\"http://x\") Deep Voxel Fields"   # as a scraper might deliver it
    ex.people = ["+Mallory", "-1"]
    finish([ex.report], [ex], tmp_path / "out")
    csv = pd.read_csv(tmp_path / "out" / "papers.csv")
    exact = pd.read_parquet(tmp_path / "out" / "papers.parquet")
    assert "'=HYPERLINK(\"http://x\") Deep Voxel Fields" in set(csv.title)
    assert "=HYPERLINK(\"http://x\") Deep Voxel Fields" in set(exact.title)
    assert not any(str(v).startswith(("=", "+", "-", "@")) for col in csv.select_dtypes("object") for v in csv[col].dropna())
    people = pd.read_csv(tmp_path / "out" / "people.csv")
    assert {"'+Mallory", "'-1"} <= set(people.name)
    assert (csv.n_reports == exact.n_reports).all()   # numbers are untouched
    for name in export.TABLES:
        assert (tmp_path / "out" / f"{name}.parquet").exists()


def test_titles_that_differ_only_by_a_number_stay_apart(nlp, tmp_path):
    """Bug: "Deep Voice 2" and "Deep Voice 3" from two reports merged into one paper (fuzzy score > 90)."""
    _summary, res, _ = run(nlp, tmp_path, {
        "a.txt": "ICML 2018\n\nDeep Voice 2: Multi-Speaker Neural Text-to-Speech – Sercan Arik\n\nGood.\n",
        "b.txt": "ICML 2018\n\nDeep Voice 3: Multi-Speaker Neural Text-to-Speech – Wei Ping\n\nGood.\n",
        "c.txt": "Notes\n\nDeep Voice 2: Multi Speaker Neural Text to Speech – Sercan Arik\n\nAgain.\n",
    })
    titles = sorted((p.title, p.reports) for p in res.papers)
    assert titles == [("Deep Voice 2: Multi-Speaker Neural Text-to-Speech", ["a.txt", "c.txt"]),
                      ("Deep Voice 3: Multi-Speaker Neural Text-to-Speech", ["b.txt"])]


def test_graphml_lines_are_written_from_the_arrow_buffer_also_for_a_slice():
    """The writer hands the file a string array's data buffer, not a Python string per line: a slice
    (offset into the buffer) and an empty array give exactly their own lines."""
    import pyarrow as pa

    from extract.outputs.graphml import _utf8

    lines = pa.array(["<a>ü</a>\n", "<b/>\n", "<c>é</c>\n", "<d/>\n"])
    assert bytes(_utf8(lines)) == "".join(lines.to_pylist()).encode("utf-8")
    assert bytes(_utf8(lines.slice(1, 2))) == "<b/>\n<c>é</c>\n".encode()
    assert bytes(_utf8(lines.slice(4))) == b""
