"""scripts/layout_matrix.py: synthetic reports in common layouts, from a catalog, scored by layout."""
import importlib.util
import json
import random
from pathlib import Path

from catalog_fixture import write_catalog

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "layout_matrix.py"


def _module():
    spec = importlib.util.spec_from_file_location("layout_matrix", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_reports_per_layout_with_their_gold_and_a_score(tmp_path):
    lm = _module()
    rng = random.Random(3)
    papers = lm.read_papers(write_catalog(tmp_path / "papers.csv", n_filler=600), rng)
    keys = lm.write_reports(papers, tmp_path / "out", rng, per_layout=1)
    assert len(keys) == len(lm.LAYOUTS)
    raws = sorted((tmp_path / "out" / "raw").iterdir())
    assert len(raws) == len(lm.LAYOUTS)
    for raw in raws:
        gold = json.loads((tmp_path / "out" / "gold" / f"{raw.stem}.json").read_text(encoding="utf-8"))
        text = raw.read_text(encoding="utf-8")
        assert len(gold["papers"]) == 8
        # every gold title, author's surname and code link is written in its report (a reference list inverts the names)
        for p in gold["papers"]:
            assert p["title"] in text and all(a.split()[-1] in text for a in p["authors"]) and all(c in text for c in p["code_urls"])
    result = lm.score(tmp_path / "out")
    assert set(result) == set(keys) | {"total"}
    assert result["total"]["papers"].prf()[2] >= 0.9
