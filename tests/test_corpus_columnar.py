"""The corpus stage on the seed reports gives the content it gave before it moved to DuckDB (issue 18):
the same papers, people, nodes, edges, weights, metrics and report lists (tests/data/seed_corpus.json,
written by tests/corpus_expectation.py from the networkx version's outputs)."""
import json
from pathlib import Path

import pytest
from corpus_expectation import content

from extract.corpus.finish import finish
from extract.incremental import process_batch
from extract.text.ingest import read_reports

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory):
    """The seeds through the same steps as `tripmine run` (extraction, then linking without a catalog)."""
    reports = list(read_reports(ROOT / "raw"))
    result = process_batch(reports)
    out = tmp_path_factory.mktemp("seeds") / "out"
    finish(reports, result.extractions, out, pictures=False)
    return out


def test_seed_corpus_content_is_unchanged(seed_out):
    expected = json.loads((ROOT / "tests" / "data" / "seed_corpus.json").read_text(encoding="utf-8"))
    got = json.loads(json.dumps(content(seed_out), ensure_ascii=False))
    for part in expected:
        assert got[part] == expected[part], part
