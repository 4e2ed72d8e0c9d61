"""The corpus stage on the seed reports gives the content it gave before it moved to DuckDB (issue 18):
the same papers, people, nodes, edges, weights, metrics and report lists (tests/data/seed_corpus.json,
written by tests/corpus_expectation.py from the networkx version's outputs)."""
import json
from pathlib import Path

import pandas as pd
import pytest
from corpus_expectation import content

from extract.corpus.finish import finish
from extract.corpus.memory import RELEASE_FROM, worth_releasing
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
    _, res, _ = finish(reports, store, tmp_path / "store", pictures=False)
    for f in sorted((tmp_path / "list").iterdir()):
        assert f.read_bytes() == (tmp_path / "store" / f.name).read_bytes(), f.name
    # Once the tables are built the slim copies and the entities are let go; the whole extractions
    # and the resolution's id maps stay readable.
    with pytest.raises(RuntimeError):
        _ = store.slim
    assert not res.papers and not res.people and res.paper_of and res.person_of
    assert [ex.report.name for ex in store.full()] == sorted(ex.report.name for ex in result.extractions)


def test_the_store_unpacks_its_slim_copies_afresh_on_each_pass():
    """The stages read the store's slim copies in several passes; each pass unpacks them one report at
    a time, in report-name order, so no stage holds the corpus's objects at once (20,000 reports:
    about 400 MB), and `in_report_order` does not sort (so materialise) them again."""
    from extract.corpus.store import ExtractionStore
    from extract.models import ReportExtraction, in_report_order

    reports = list(read_reports(ROOT / "raw"))
    extractions: list[ReportExtraction] = process_batch(reports).extractions
    store = ExtractionStore(reversed(extractions))
    copies = store.slim
    first, second = list(copies), list(copies)
    assert [ex.report.name for ex in first] == sorted(r.name for r in reports) == [ex.report.name for ex in second]
    assert all(a is not b for a, b in zip(first, second))                 # unpacked afresh
    assert all(ex.report is store._reports[ex.report.name] for ex in first)  # the store's report (its status)
    assert in_report_order(copies) is copies
    assert [e.report.name for e in in_report_order(list(reversed(extractions)))] == sorted(r.name for r in reports)


@pytest.mark.parametrize("per_chunk", [1, 2, 500])
def test_mentions_written_in_chunks_are_the_same_files(tmp_path, per_chunk):
    """The mentions table is built and written a few hundred reports at a time (a large corpus has
    millions of rows): any chunk size gives the same CSV bytes and the same Parquet rows."""
    import pyarrow.parquet as pq

    from extract.link.resolve import resolve
    from extract.outputs import export

    result = process_batch(list(read_reports(ROOT / "raw")))
    exs = sorted(result.extractions, key=lambda e: e.report.name)
    res = resolve(exs)
    whole = pd.concat(list(export.mention_chunks(exs, res, reports_per_chunk=10**6)), ignore_index=True)
    chunks = list(export.mention_chunks(exs, res, reports_per_chunk=per_chunk))
    assert len(chunks) == -(-len(exs) // per_chunk)
    (tmp_path / "one").mkdir()
    (tmp_path / "many").mkdir()
    export._write_table(tmp_path / "one", "mentions", [whole])
    export._write_table(tmp_path / "many", "mentions", chunks)
    assert (tmp_path / "one" / "mentions.csv").read_bytes() == (tmp_path / "many" / "mentions.csv").read_bytes()
    assert pq.read_table(tmp_path / "one" / "mentions.parquet").equals(pq.read_table(tmp_path / "many" / "mentions.parquet"))


def test_no_reports_still_give_a_mentions_table_with_its_columns(tmp_path):
    from extract.link.resolve import resolve
    from extract.outputs import export
    from extract.outputs.schema import columns

    chunks = list(export.mention_chunks([], resolve([])))
    assert len(chunks) == 1 and chunks[0].empty
    export._write_table(tmp_path, "mentions", chunks)
    assert (tmp_path / "mentions.csv").read_text().strip() == ",".join(columns("mentions"))


@pytest.mark.parametrize(("n_reports", "released"), [(3, 0), (RELEASE_FROM - 1, 0), (RELEASE_FROM, 2)])
def test_stages_hand_memory_back_only_for_a_corpus_worth_it(monkeypatch, n_reports, released):
    # A full collection costs 0.1-0.2 s in a process holding spaCy: more than a small run frees.
    import extract.corpus.finish as finishing

    calls = []
    monkeypatch.setattr(finishing, "release_memory", lambda: calls.append(1))
    watch = finishing.Stopwatch(release=worth_releasing(n_reports))
    for stage in ("resolve", "graph"):
        with watch.stage(stage):
            pass
    assert len(calls) == released and list(watch.timings) == ["resolve", "graph"]
