"""Reading a catalog (CSV, JSONL, bad rows, bad encodings), its index and its cache."""
import json

import pytest

from extract.link import catalog as catalog_mod
from extract.link.catalog import CatalogError, check_catalog, load_catalog, main_title, read_catalog


def test_bad_rows_are_skipped_and_counted(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text(
        "venue,year,title,authors,url,code_url\n"
        "ICML,2017,Good Paper One,A B; C D,u,\n"
        "ICML,2017,,Nobody,u,\n"                       # empty title
        "ICML,2017,Too,Many,Fields,here,x,y\n"          # wrong field count
        "ICML,2017,Good Paper One,A B,u,\n"             # duplicate of row 1
        "ICML,soon,Good Paper Two,E F,u,\n",            # bad year: kept with year 0
        encoding="utf-8",
    )
    rows, stats = read_catalog(path)
    assert [r["title"] for r in rows] == ["Good Paper One", "Good Paper Two"]
    assert (stats.rows_read, stats.skipped_no_title, stats.skipped_malformed, stats.skipped_duplicate, stats.bad_year) == (5, 1, 1, 1, 1)
    assert rows[0]["authors"] == "A B; C D" and rows[1]["year"] == 0
    assert "skipped no title: 1" in stats.describe()


def test_missing_columns_jsonl_and_cp1252(tmp_path):
    only_title = tmp_path / "t.csv"
    only_title.write_text("title\nJust A Title\n")
    rows, stats = read_catalog(only_title)
    assert rows[0]["venue"] == "" and stats.missing_columns == ["venue", "year", "authors", "url", "code_url"]

    jl = tmp_path / "c.jsonl"
    jl.write_text(json.dumps({"venue": "ICLR", "year": 2020, "title": "A JSON Title", "authors": ["X Y", "Z W"]}) + "\n{broken\n")
    rows, stats = read_catalog(jl)
    assert rows[0]["authors"] == "X Y; Z W" and rows[0]["year"] == 2020 and stats.skipped_malformed == 1

    latin = tmp_path / "l.csv"
    latin.write_bytes("venue,year,title\nICML,2017,Caf\xe9 Networks\n".encode("cp1252"))
    rows, stats = read_catalog(latin)
    assert rows[0]["title"] == "Café Networks" and stats.encoding == "cp1252"


def test_unusable_catalogs_raise_clear_errors(tmp_path):
    no_title = tmp_path / "n.csv"
    no_title.write_text("venue,year,name\nICML,2017,x\n")
    with pytest.raises(CatalogError, match="no 'title' column"):
        read_catalog(no_title)
    with pytest.raises(CatalogError, match="no 'title' column"):
        check_catalog(no_title)
    empty = tmp_path / "e.csv"
    empty.write_text("")
    with pytest.raises(CatalogError, match="empty"):
        check_catalog(empty)
    with pytest.raises(CatalogError, match="does not exist"):
        load_catalog(tmp_path / "missing.csv", tmp_path)


def test_index_is_cached_by_file_hash(catalog_path, tmp_path, monkeypatch):
    first = load_catalog(catalog_path, tmp_path)
    assert len(list(tmp_path.glob("catalog-*.npz"))) == 1

    def no_rebuild(*a, **k):
        raise AssertionError("index rebuilt although the catalog did not change")

    monkeypatch.setattr(catalog_mod, "build_index", no_rebuild)
    again = load_catalog(catalog_path, tmp_path)
    assert again.title == first.title and again.sha256 == first.sha256
    monkeypatch.undo()

    changed = tmp_path / "changed.csv"
    changed.write_bytes(catalog_path.read_bytes() + b"ICML,2020,A Brand New Title,X Y,u,\n")
    assert "A Brand New Title" in load_catalog(changed, tmp_path).title

    for f in tmp_path.glob("catalog-*.npz"):   # a corrupt cache is rebuilt, not fatal
        f.write_bytes(b"not a pickle")
    assert len(load_catalog(catalog_path, tmp_path)) == len(first)


def test_index_postings_short_names_and_initials(catalog):
    rows = catalog.postings("wasserstein")
    assert [catalog.title[r] for r in rows] == ["Wasserstein Generative Adversarial Networks"]
    assert catalog.doc_freq("nonexistentword") == 0
    assert catalog.title[catalog.short_names["zetanet"][0]].startswith("ZetaNet:")
    assert "position" not in catalog.short_names
    assert any(catalog.title[r] == "Wasserstein Generative Adversarial Networks" for r in catalog.rows_with_initials("wgan"))


def test_main_title():
    assert main_title("BERT: Pre-training of Deep Bidirectional Transformers") == "BERT"
    assert main_title("Do GANs learn the distribution? Some Theory and Empirics") == "Do GANs learn the distribution"
    assert main_title("Plain Title") == ""


def test_rows_that_break_a_parser_are_skipped_and_counted(tmp_path):
    big = tmp_path / "big.csv"
    big.write_text("venue,year,title,authors,url,code_url\n"
                   "ICML,2017,Good Paper One,A B,https://ex.org/1,\n"
                   f"ICML,2017,{'x' * 200_000},A B,u,\n"                       # over the csv module's field limit
                   "ICML,2017,Good Paper Two,C D,javascript:alert(1),file:///etc/passwd\n")
    rows, stats = read_catalog(big)
    assert [r["title"] for r in rows] == ["Good Paper One", "Good Paper Two"] and stats.skipped_malformed == 1
    assert rows[0]["url"] == "https://ex.org/1" and rows[1]["url"] == rows[1]["code_url"] == ""   # no javascript: links

    jl = tmp_path / "deep.jsonl"
    jl.write_text("\n".join([
        json.dumps({"title": "A Kept Title", "year": 2020}),
        '{"title": "Deep", "x": ' + "[" * 100_000 + "]" * 100_000 + "}",   # RecursionError in json
        json.dumps({"title": 12345}),                                     # a number is not a title
        json.dumps({"title": ["A", "List"]}),                             # nor is a list
        json.dumps({"title": "Another Kept Title", "authors": [1, 2]}),   # authors that are not names
    ]) + "\n")
    rows, stats = read_catalog(jl)
    assert [r["title"] for r in rows] == ["A Kept Title"] and stats.skipped_malformed == 4


class RunsCode:
    def __init__(self, target):
        self.target = target

    def __reduce__(self):
        import os

        return (os.system, (f"touch {self.target}",))


def test_a_tampered_index_cache_is_rebuilt_and_never_runs_code(catalog_path, tmp_path, caplog):
    import pickle

    import numpy as np

    cache = tmp_path / "cache"
    first = load_catalog(catalog_path, cache)
    (entry,) = cache.glob("catalog-*.npz")
    meta = json.loads(np.load(entry)["meta"].tobytes())
    forged = {**meta, "year": ["2017"] * len(meta["year"])}   # well-formed JSON, wrong types
    hostile = {
        "pickle": pickle.dumps(RunsCode(tmp_path / "pwned")),
        "object array": None,
        "wrong types": forged,
    }
    for kind, payload in hostile.items():
        if kind == "object array":
            with open(entry, "wb") as fh:
                np.savez(fh, meta=np.array([RunsCode(tmp_path / "pwned")], dtype=object))
        elif kind == "wrong types":
            with np.load(entry) as z:
                arrays = {k: z[k] for k in z.files if k != "meta"}
            with open(entry, "wb") as fh:
                np.savez(fh, meta=np.frombuffer(json.dumps(payload).encode(), dtype=np.uint8), **arrays)
        else:
            entry.write_bytes(payload)
        again = load_catalog(catalog_path, cache)
        assert again.title == first.title and again.year == first.year, kind
        assert not (tmp_path / "pwned").exists(), kind
    assert caplog.text.count("unusable") >= 3
