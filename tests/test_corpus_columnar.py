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


def test_the_compact_store_gives_the_same_files_as_a_list(tmp_path):
    """The flow hands the corpus stage an ExtractionStore (slim copies, whole extractions compressed):
    every output file is the same as from the plain list."""
    from extract.corpus.store import ExtractionStore

    reports = list(read_reports(ROOT / "raw"))
    result = process_batch(reports)
    finish(reports, result.extractions, tmp_path / "list", pictures=False)
    store = ExtractionStore(result.extractions)
    assert len(store) == len(result.extractions) and not any(ex.people_mentions for ex in store.slim)
    finish(reports, store, tmp_path / "store", pictures=False)
    for f in sorted((tmp_path / "list").iterdir()):
        assert f.read_bytes() == (tmp_path / "store" / f.name).read_bytes(), f.name
