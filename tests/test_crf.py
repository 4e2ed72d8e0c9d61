"""The CRF evaluated in numpy (`extract.mentions.crf`) and the segmenter that feeds it score vectors:
the same labels and marginals as crfsuite's own tagger on the same features."""
from __future__ import annotations

import itertools

import numpy as np
import pytest

from extract.mentions.crf import CRFModel, tag
from extract.mentions.segmenter import FeatureCache, default_model_path, segmenter, unit_features
from extract.text.structure import parse_structure
from extract.text.units import build_units


def _brute_force(model: CRFModel, scores: np.ndarray) -> tuple[list[int], np.ndarray]:
    """Best path and marginals of one sequence by enumerating every labelling."""
    n, n_lab = scores.shape
    paths = list(itertools.product(range(n_lab), repeat=n))
    totals = np.array([sum(scores[i, y] for i, y in enumerate(p)) + sum(model.transitions[a, b] for a, b in itertools.pairwise(p))
                       for p in paths])
    weights = np.exp(totals - totals.max())
    marginals = np.zeros((n, n_lab))
    for p, w in zip(paths, weights):
        for i, y in enumerate(p):
            marginals[i, y] += w
    return list(paths[int(totals.argmax())]), marginals / weights.sum()


def test_tag_matches_enumeration_for_sequences_of_several_lengths():
    rng = np.random.default_rng(7)
    model = CRFModel(labels=("a", "b", "c"), attributes={}, state=np.zeros((0, 3)), transitions=rng.normal(size=(3, 3)) * 2)
    lengths = np.array([3, 1, 5, 2, 5])
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    scores = rng.normal(size=(int(lengths.sum()), 3)) * 3
    labels, marginals = tag(model, scores, starts, lengths)
    for s, n in zip(starts, lengths):
        best, expected = _brute_force(model, scores[s : s + n])
        assert labels[s : s + n].tolist() == best
        np.testing.assert_allclose(marginals[s : s + n], expected, atol=1e-12)


def test_model_file_is_read_as_crfsuite_reads_it():
    pycrfsuite = pytest.importorskip("pycrfsuite")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(default_model_path()))
    info = tagger.info()   # crfsuite's own dump (weights printed to 6 decimals)
    model = segmenter().model
    assert set(model.labels) == set(info.labels)
    for (src, dst), w in info.transitions.items():
        assert model.transitions[model.labels.index(src), model.labels.index(dst)] == pytest.approx(w, abs=1e-6)
    for (attr, lab), w in list(info.state_features.items())[::997]:
        assert model.state[model.attributes[attr], model.labels.index(lab)] == pytest.approx(w, abs=1e-6)


REPORT = """# Notes from WidgetConf 2031

## Orals

1. **Learning Widgets from Gizmos** - Ana Souza, Ben Park (Widget University)
2. [Sparse Gizmo Transformers](https://arxiv.org/abs/3101.01234) by Chen Li and Dara Okafor
   [code](https://github.com/example/gizmo)

| Paper | Authors |
|---|---|
| Fast Widget Search | Eva Novak, Farid Haddad |
| A Gizmo Benchmark | Gita Rao |

### Posters

* "Widgets at Scale", Hana Ito et al.
* Robust Gizmo Planning
  Ivan Petrov, Jun Mori, Kai Berg

I liked the talk on widget planning; the speaker said gizmos are the future.
"""


def test_segmenter_gives_crfsuites_labels_and_marginals():
    pycrfsuite = pytest.importorskip("pycrfsuite")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(default_model_path()))
    units = build_units(REPORT, parse_structure(REPORT))
    segments = segmenter().segment_all(units, FeatureCache())
    assert len(segments) == len(units) and sum(len(u.tokens) for u in units) > 60
    cache = FeatureCache()
    for unit, seg in zip(units, segments):
        assert seg.unit is unit
        if not unit.tokens:
            assert seg.labels == []
            continue
        tagger.set(unit_features(unit, cache))
        assert seg.labels == tagger.tag()
        assert seg.confidence == pytest.approx([tagger.marginal(lab, i) for i, lab in enumerate(seg.labels)], abs=1e-9)
        assert seg.p_title == pytest.approx([tagger.marginal("T", i) for i in range(len(seg.labels))], abs=1e-9)
    # One unit at a time, or all of a report's at once: the same.
    one = [segmenter().segment(u, FeatureCache()) for u in units]
    assert [s.labels for s in one] == [s.labels for s in segments]
