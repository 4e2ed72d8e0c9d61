"""Synthetic trip reports in the layouts real ones use, for benchmarks (never for quality scores).

Titles come from a catalog file when one is given (`--catalog`), else from small built-in word
lists; each report mixes title–author lines, "Authors:" lines, a reading list, a reference line,
quoted titles in prose, URLs and filler prose: 10-15 papers per report (about 8 KB), as in real ones.
"""
from __future__ import annotations

import csv
import random
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

from english_words import get_english_words_set

_A = ["Adaptive", "Robust", "Scalable", "Efficient", "Bayesian", "Stochastic", "Hierarchical", "Sparse", "Neural", "Deep",
      "Contrastive", "Causal", "Federated", "Implicit", "Equivariant", "Differentiable", "Probabilistic", "Latent"]
_B = ["Inference", "Optimization", "Clustering", "Regression", "Embeddings", "Planning", "Retrieval", "Segmentation",
      "Ranking", "Attention", "Transformers", "Priors", "Policies", "Representations", "Kernels", "Flows"]
_C = ["for", "with", "via", "under", "beyond", "in"]
_D = ["Graphs", "Streams", "Images", "Proteins", "Bandits", "Games", "Sensors", "Molecules", "Documents", "Videos",
      "Robots", "Language Models", "Point Clouds", "Time Series"]
_FIRST = ["Ana", "Bo", "Chidi", "Dana", "Emil", "Fatima", "Goran", "Hana", "Ivan", "Jia", "Kofi", "Lena", "Mateo", "Nadia"]
_LAST = ["Silva", "Chen", "Okafor", "Levi", "Novak", "Zahra", "Petrov", "Sato", "Ibrahim", "Kowalski", "Mensah", "Duarte"]
_VENUES = ["ICML", "NeurIPS", "ICLR", "CVPR", "ACL", "EMNLP"]
# Prose like the seeds': citations, acronyms, capitalised terms, numbers, quotes and parentheses.
_SENTENCES = [
    "The poster session was crowded and the coffee ran out early.",
    "Several talks discussed how evaluation practice lags behind the methods (Smith et al., 2019).",
    "A panel argued about benchmarks, compute and reproducibility, with strong opinions on both sides.",
    "The authors report a 12% improvement over the strongest baseline on ImageNet and CIFAR-10.",
    "This builds on earlier work on variational inference (Kingma & Welling, 2014) and normalizing flows.",
    "I liked that the method needs no extra hyperparameters, which is rare in this area.",
    "Reinforcement Learning (RL) agents trained this way generalise to unseen levels of Procgen.",
    "The keynote on Large Language Models (LLMs) drew the biggest crowd of the week.",
    "In the Q&A, someone asked whether the gains survive with a fair tuning budget; the answer was mostly yes.",
    "Their theoretical analysis gives a bound of O(1/sqrt(T)) on the regret, matching the lower bound.",
    "Google Brain, DeepMind and Meta AI each had dozens of accepted papers this year.",
    "One open question is how the approach behaves when the i.i.d. assumption does not hold.",
    "The workshop on Trustworthy ML was standing room only, and the slides are online.",
    "Graph Neural Networks (GNNs) were everywhere, from chemistry to recommendation.",
    "It is a simple idea, executed well, and the ablations in Section 4 are convincing.",
    "Compared with BERT and GPT-2, the proposed model uses a tenth of the parameters.",
    "The experiments cover three domains: vision, language and tabular data.",
    "Most of the hallway conversations were about scaling laws and data quality.",
    "They release a benchmark of 40,000 annotated examples under a permissive licence.",
    "The talk ended with a demo that, as usual, worked on the second try.",
]


_FUNCTION_WORDS = ("the of and to a in is that for it as with was on be by this are we from at an which or not "
                   "but their they have more can than also its these our one has all into how when only so").split()


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[list[str], list[float]]:
    """Function words, then the 234k words of the web2 dictionary, with Zipf weights: like real text,
    the vocabulary keeps growing with the corpus (a small one would flatter the tokenizer's cache)."""
    words = sorted(get_english_words_set(["web2"], lower=True, alpha=True))
    random.Random(12345).shuffle(words)
    vocab = _FUNCTION_WORDS + words
    return vocab, list(accumulate(1.0 / (rank + 1) for rank in range(len(vocab))))


def _sentence(rng: random.Random) -> str:
    if rng.random() < 0.4:
        return rng.choice(_SENTENCES)
    vocab, cum = _vocabulary()
    words = rng.choices(vocab, cum_weights=cum, k=rng.randint(8, 28))
    if rng.random() < 0.3:
        words.insert(rng.randrange(len(words)), f"({rng.choice(_LAST)} et al., {rng.randint(2012, 2025)})")
    if rng.random() < 0.3:
        words.insert(rng.randrange(len(words)), f"{rng.randint(1, 99)}.{rng.randint(0, 9)}%")
    if rng.random() < 0.5:
        words[rng.randrange(1, len(words))] += ","
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def prose(rng: random.Random, sentences: int) -> str:
    return " ".join(_sentence(rng) for _ in range(sentences)) + "\n"


class TitleSource:
    def __init__(self, catalog: Path | None, rng: random.Random):
        self.rng = rng
        self.rows: list[tuple[str, list[str]]] = []
        if catalog is not None:
            with open(catalog, encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh):
                    if row.get("title"):
                        self.rows.append((row["title"], [a for a in (row.get("authors") or "").split("; ") if a][:4]))

    def paper(self) -> tuple[str, list[str]]:
        if self.rows:
            title, authors = self.rng.choice(self.rows)
            return title, authors or [self.person()]
        r = self.rng
        title = f"{r.choice(_A)} {r.choice(_B)} {r.choice(_C)} {r.choice(_D)}"
        return title, [self.person() for _ in range(r.randint(1, 3))]

    def person(self) -> str:
        return f"{self.rng.choice(_FIRST)} {self.rng.choice(_LAST)}"


def report_text(src: TitleSource, rng: random.Random, papers: tuple[int, int] = (10, 15)) -> str:
    """One report naming 10-15 papers (as real trip reports do), in a mix of layouts, with prose between."""
    venue, year = rng.choice(_VENUES), rng.randint(2015, 2025)
    parts = [f"# My {venue} {year} trip report\n\n{prose(rng, 4)}\n"]
    target, named = rng.randint(*papers), 0
    while named < target:
        kind = rng.random()
        title, authors = src.paper()
        named += 1
        if kind < 0.35:
            parts.append(f"\n{title} – {', '.join(authors)}\n\n{prose(rng, 3)}\n{prose(rng, 2)}"
                         f"Code: https://github.com/{authors[0].split()[-1].lower()}/{rng.randint(1, 999)}\n")
        elif kind < 0.55:
            parts.append(f"\n## {title}\nAuthors: {', '.join(authors)}\n\n{prose(rng, 4)}\n{prose(rng, 2)}")
        elif kind < 0.7:
            items = [src.paper() for _ in range(rng.randint(2, 4))]
            named += len(items) - 1
            parts.append("\nPapers I want to read:\n" + "".join(f"- {t} ({venue} {year})\n" for t, _ in items)
                         + f"\n{prose(rng, 5)}\n")
        elif kind < 0.85:
            parts.append(f"\nI really enjoyed \"{title}\" by {authors[0].split()[-1]}. {prose(rng, 4)}\n")
        else:
            named -= 1
            parts.append(f"\n{prose(rng, 3)}{src.person()} gave a keynote; see https://example.org/talks/{rng.randint(1, 10**6)}.\n")
    return "".join(parts)


def write_corpus(out: Path, n: int, catalog: Path | None = None, seed: int = 0) -> list[Path]:
    """N reports named 00000.md ... under `out`; deterministic for a seed."""
    rng = random.Random(seed)
    src = TitleSource(catalog, rng)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = out / f"{i:05d}.md"
        p.write_text(report_text(src, rng), encoding="utf-8")
        paths.append(p)
    return paths


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path, help="folder to write the reports into (created)")
    ap.add_argument("-n", type=int, default=100, help="number of reports (default 100)")
    ap.add_argument("--catalog", type=Path, default=None, help="catalog CSV to take titles and authors from")
    ap.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    a = ap.parse_args(argv)
    paths = write_corpus(a.out, a.n, a.catalog, a.seed)
    print(f"wrote {len(paths)} synthetic reports to {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
