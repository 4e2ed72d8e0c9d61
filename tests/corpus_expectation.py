"""The corpus stage's content on the seed reports (raw/), as plain JSON: papers, people, nodes, edges,
their weights and metrics, and which reports each node and edge came from.

    python tests/corpus_expectation.py OUT_DIR > tests/data/seed_corpus.json

was run on the outputs of the corpus stage before it moved to DuckDB (issue 18); test_corpus_columnar
compares every later run against that file. It was written again when the topic taxonomy grew
(extraction, not the corpus stage, changed: papers and people stayed identical; topic nodes and
edges, and so PageRank and communities, moved), and when record segmentation took two more seed
papers (a title over an "Authors:" line that the segmenter doubted; a title cut at "by" before
dictionary words it read as a name), one more when the judge's layout signature stopped
depending on the title's case, one more when a candidate needed no more title confidence than
a title token does (0.25), two more when a doubted Title Case line of its own went to the judge,
one more when a doubted item of a list of papers was taken with its list, and one title made
whole that the segmenter had begun after a small word ("... and When?"), and one whose bracket
("(on multicores)") became part of it; and once more when a doubted "Title by Name" line went to
the judge (one wrong authored_by edge of seed 003 went, and with it every node's PageRank and
community moved); and once more when a known given name the segmenter had left out before a surname
was taken (seed 003's author "Domingos" became "Pedro Domingos": a new person id, so the people's
order and the community numbers moved; papers, edges and PageRank stayed); and once more when a title
ending in a venue and a year stopped being one (seed 003's "ICLR 2017", from "the ICLR 2017 paper by
Zhang et al", went with its 57 co-mention edges; the paper before it took the topic "generalization"
from the sentence it now owns; every node's PageRank moved); and once more when names no lexicon
knows after "Invited Talk by" became people (seed 003's "Poggio" became "Tomaso Poggio", and "Zhou
Bolei" came: one person node more; papers and edges unchanged); and once more when "The Yann LeCun
et al. (1989) paper Title" gave its author (the sentence no longer ends at "et al.", and the article
before the name is dropped: one authored_by edge more in seed 004; papers and people unchanged, every
node's PageRank and community moved); and once more when a given name as frequent as a common word
but only a name in the dictionary counted as a known one (seed 003's "George Box" became a person:
one person node more; papers and edges unchanged, the nodes' PageRank and communities moved); and once more
when a plain line over a paragraph on "this paper" became a title (seed 003's "Learning to learn without gradient
descent by gradient descent": one paper node more and its 60 edges; people unchanged, every node's PageRank moved);
and once more when the tokenizer stopped splitting hyphenated words ("optimization-based" no longer holds the topic
"optimization": four paper-topic edges went, one came; papers and people unchanged, every node's PageRank moved);
and once more when a name of words rare in English listed with a person became one (seed 004's "W. Hu", between "S. Du"
and "S. Kakade": one person node more; papers and edges unchanged, every node's PageRank and community moved).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd


def _r(x) -> float | None:
    return None if pd.isna(x) else round(float(x), 9)


def content(out: Path) -> dict:
    from extract import load_outputs

    t = load_outputs(out)
    node_reports = getattr(t, "node_reports", None)
    edge_reports = getattr(t, "edge_reports", None)
    nodes = t["nodes"]
    edges = t["edges"]
    if node_reports is None:   # before issue 18: a list column on every row
        node_reports = nodes[["Id", "reports"]].explode("reports").rename(columns={"reports": "report"}).dropna()
        edge_reports = edges[["Source", "Target", "kind", "reports"]].explode("reports").rename(columns={"reports": "report"}).dropna()
    return {
        "papers": sorted([r.paper_id, r.title, int(r.n_reports), int(r.n_mentions)] for r in t["papers"].itertuples()),
        "people": sorted([r.person_id, r.name, int(r.n_reports)] for r in t["people"].itertuples()),
        "nodes": sorted([r.Id, r.Label, r.kind, int(r.n_reports), int(r.degree), int(r.weighted_degree), _r(r.pagerank),
                         int(r.community), r.first_seen, r.last_seen] for r in nodes.itertuples()),
        "edges": sorted([r.Source, r.Target, r.kind, int(r.Weight), int(r.sections), _r(r.association_strength), _r(r.jaccard)]
                        for r in edges.itertuples()),
        "node_reports": sorted([r.Id, r.report] for r in node_reports.itertuples()),
        "edge_reports": sorted([r.Source, r.Target, r.kind, r.report] for r in edge_reports.itertuples()),
    }


if __name__ == "__main__":
    json.dump(content(Path(sys.argv[1])), sys.stdout, ensure_ascii=False, indent=0)
    sys.stdout.write("\n")
