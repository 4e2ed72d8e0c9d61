"""The training data generator: `make train` gives the same model from the same code and seed."""
import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))

import records
import train_segmenter


def _data(seed: int, n_docs: int = 8) -> list:
    rng = random.Random(seed)
    pools = records.Pools(rng)   # no catalog: Faker names and the built-in title vocabulary
    return list(train_segmenter.examples(pools, rng, n_docs))


def test_the_same_seed_gives_the_same_training_data():
    first = _data(13)
    assert first and first == _data(13)
    assert first != _data(14)


def test_area_headings_do_not_follow_the_topic_taxonomy(monkeypatch):
    # Drawn from the taxonomy, its growth from 89 to 216 areas changed every generated document.
    import extract.text.lexicon as lexicon

    expected = _data(13)
    monkeypatch.setattr(lexicon, "topics", lambda: pytest.fail("the generator read the topic taxonomy"))
    assert records._areas() == [a for a in records.AREAS.read_text(encoding="utf-8").splitlines() if a.strip()]
    assert _data(13) == expected
