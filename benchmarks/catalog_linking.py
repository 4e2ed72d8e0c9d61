"""Benchmark catalog loading and linking.

    python benchmarks/catalog_linking.py --catalog ../shared/catalog/papers.csv [--queries 10000] [--seed 0]

Measures, on this machine: building the index cold (empty cache folder), loading it from the cache,
and linking N mention strings made from randomly sampled catalog titles with typos, truncations and
case changes. Prints wall times, top-1 accuracy (the best candidate has the sampled title), how many
links would be accepted and how precise those are, and the process's peak RSS.
"""
from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from extract.link.catalog import load_catalog
from extract.link.linking import decide, search
from extract.text.normalise import norm_text


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    op = rng.choice(["swap", "drop", "double", "replace"])
    if op == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op == "drop":
        return word[:i] + word[i + 1:]
    if op == "double":
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice("aeioustnr") + word[i + 1:]


def perturb(title: str, rng: random.Random) -> tuple[str, str]:
    """A way a trip report might write this title, and the kind of change."""
    words = title.split()
    kind = rng.choice(["typo", "truncate", "case", "typo+case", "exact"])
    if kind in ("typo", "typo+case"):
        for _ in range(rng.choice([1, 1, 2])):
            j = rng.randrange(len(words))
            words[j] = typo(words[j], rng)
    if kind == "truncate" and len(words) >= 6:
        words = words[: max(4, round(len(words) * rng.uniform(0.55, 0.8)))]
    text = " ".join(words)
    if kind in ("case", "typo+case"):
        text = rng.choice([str.lower, str.upper, str.title])(text)
    return text, kind


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--catalog", type=Path, required=True)
    ap.add_argument("--queries", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as cache:
        t0 = time.perf_counter()
        index = load_catalog(args.catalog, Path(cache))
        cold = time.perf_counter() - t0
        t0 = time.perf_counter()
        index = load_catalog(args.catalog, Path(cache))
        warm = time.perf_counter() - t0
    print(f"catalog: {args.catalog} ({index.stats.describe()})")
    print(f"index build, cold cache:  {cold:6.2f} s")
    print(f"index load, from cache:   {warm:6.2f} s")

    rng = random.Random(args.seed)
    # Short titles ("Dance Dance Convolution") are kept: they are the hard cases for typos.
    rows = [r for r in rng.sample(range(len(index)), k=min(args.queries * 2, len(index))) if len(index.norm[r].split()) >= 2]
    rows = rows[: args.queries]
    queries = [(r, *perturb(index.title[r], rng)) for r in rows]

    t0 = time.perf_counter()
    results = [(r, kind, search(index, q)) for r, q, kind in queries]
    elapsed = time.perf_counter() - t0
    hits, accepted, accepted_ok, by_kind = 0, 0, 0, {}
    for r, kind, cands in results:
        ok = bool(cands) and index.norm[cands[0].row] == index.norm[r]
        hits += ok
        k = by_kind.setdefault(kind, [0, 0])
        k[0] += ok
        k[1] += 1
        link = decide(index, cands)
        if link is not None and link.status == "accepted":
            accepted += 1
            accepted_ok += norm_text(link.canonical_title) == index.norm[r]
    n = len(results)
    print(f"linking {n} mention strings: {elapsed:6.2f} s ({n / elapsed:,.0f}/s)")
    print(f"top-1 accuracy:           {hits / n:6.1%}")
    for kind, (ok, total) in sorted(by_kind.items()):
        print(f"  {kind:<10} {ok / total:6.1%}  (n={total})")
    print(f"accepted links:           {accepted / n:6.1%} of queries, precision {accepted_ok / max(accepted, 1):6.1%}")
    print(f"peak RSS:                 {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:6.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
