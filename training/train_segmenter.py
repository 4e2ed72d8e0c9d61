"""Train the record segmenter (a CRF) on generated documents and save it into the package.

    python training/train_segmenter.py [--catalog ../shared/catalog/papers.csv] [--docs 6000] [--seed 13]
                                       [--out src/extract/data/segmenter.crfsuite]

`make train` runs it. The catalog (optional) only supplies titles and names to the generator; none
of its rows is written anywhere. The same seed, catalog and code give the same model. Prints the
per-label precision/recall on held-out generated documents.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training"))

from records import Pools, char_labels_to_tokens, generate_doc  # noqa: E402

from extract.mentions.segmenter import LABELS, FeatureCache, unit_features  # noqa: E402
from extract.text.structure import parse_structure  # noqa: E402
from extract.text.units import build_units  # noqa: E402


def unit_labels(unit, char_labels: str) -> list[str]:
    """Token labels of a unit. A unit's title is on its anchor line: a title on a later line is the
    title of that line's own unit, so it is O here. (Authors stay A: extraction gives the authors
    of a line that has a title of its own to that title.)"""
    labels = char_labels_to_tokens(char_labels, unit.tokens)
    return ["O" if lab == "T" and t.line > 0 else lab for t, lab in zip(unit.tokens, labels)]


def examples(pools: Pools, rng: random.Random, n_docs: int):
    """(features, labels) of every unit of `n_docs` generated documents."""
    for _ in range(n_docs):
        doc = generate_doc(pools, rng)
        text, labels = doc.text, doc.char_labels
        cache = FeatureCache()
        for unit in build_units(text, parse_structure(text)):
            if unit.tokens:
                yield unit_features(unit, cache), unit_labels(unit, labels)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--catalog", type=Path, default=None, help="CSV with title and authors columns, for realistic pools (optional)")
    ap.add_argument("--docs", type=int, default=6000, help="generated training documents (default: 6000)")
    ap.add_argument("--test-docs", type=int, default=600, help="held-out generated documents for the report (default: 600)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--c1", type=float, default=0.05, help="L1 weight (sparsity, hence model size)")
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "extract" / "data" / "segmenter.crfsuite")
    a = ap.parse_args(argv)

    import pycrfsuite

    rng = random.Random(a.seed)
    t0 = time.time()
    pools = Pools(rng, a.catalog)
    print(f"pools: {len(pools.titles)} catalog titles, {len(pools.author_lists)} author lists, "
          f"{len(pools.faker_names)} Faker names ({time.time() - t0:.1f} s)")
    trainer = pycrfsuite.Trainer(verbose=False)
    n_units = n_tokens = 0
    counts: Counter[str] = Counter()
    for feats, labels in examples(pools, rng, a.docs):
        trainer.append(feats, labels)
        n_units += 1
        n_tokens += len(labels)
        counts.update(labels)
    print(f"training data: {n_units} units, {n_tokens} tokens, labels {dict(counts)} ({time.time() - t0:.1f} s)")
    trainer.set_params({"c1": a.c1, "c2": a.c2, "max_iterations": a.iterations, "feature.possible_transitions": True,
                        "feature.minfreq": 2})
    a.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = a.out.with_suffix(".tmp")
    trainer.train(str(tmp))
    tmp.replace(a.out)
    print(f"model: {a.out} ({a.out.stat().st_size / 1e6:.1f} MB, {time.time() - t0:.1f} s)")

    tagger = pycrfsuite.Tagger()
    tagger.open(str(a.out))
    test_rng = random.Random(a.seed + 1)
    confusion: Counter[tuple[str, str]] = Counter()
    for feats, gold in examples(pools, test_rng, a.test_docs):
        for g, p in zip(gold, tagger.tag(feats)):
            confusion[(g, p)] += 1
    print(f"{'label':<6}{'P':>7}{'R':>7}{'F1':>7}  (held-out generated documents)")
    for lab in LABELS:
        tp = confusion[(lab, lab)]
        pred = sum(v for (g, p), v in confusion.items() if p == lab)
        gold = sum(v for (g, p), v in confusion.items() if g == lab)
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{lab:<6}{p:7.3f}{r:7.3f}{f:7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
