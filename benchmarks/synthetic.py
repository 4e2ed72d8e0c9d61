"""Synthetic trip reports in the layouts real ones use, for benchmarks (never for quality scores).

Titles come from a catalog file when one is given (`--catalog`), else from small built-in word
lists; each report mixes title–author lines, "Authors:" lines, a reading list, a reference line,
quoted titles in prose, URLs and filler prose, at about 7.5 KB per report.
"""
from __future__ import annotations

import csv
import random
from pathlib import Path

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
_FILLER = ("The poster session was crowded and the coffee ran out early. Several talks discussed how evaluation "
           "practice lags behind the methods, and a panel argued about benchmarks, compute and reproducibility. ")


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


def report_text(src: TitleSource, rng: random.Random, target_chars: int = 7500) -> str:
    venue, year = rng.choice(_VENUES), rng.randint(2015, 2025)
    parts = [f"# My {venue} {year} trip report\n\n{_FILLER}\n"]
    while sum(map(len, parts)) < target_chars:
        kind = rng.random()
        title, authors = src.paper()
        if kind < 0.35:
            parts.append(f"\n{title} – {', '.join(authors)}\n\n{_FILLER}"
                         f"Code: https://github.com/{authors[0].split()[-1].lower()}/{rng.randint(1, 999)}\n")
        elif kind < 0.55:
            parts.append(f"\n## {title}\nAuthors: {', '.join(authors)}\n\n{_FILLER}\n")
        elif kind < 0.75:
            items = [src.paper() for _ in range(rng.randint(2, 5))]
            parts.append("\nPapers I want to read:\n" + "".join(f"- {t} ({venue} {year})\n" for t, _ in items) + "\n")
        elif kind < 0.9:
            parts.append(f"\nI really enjoyed \"{title}\" by {authors[0].split()[-1]}, which {_FILLER.lower()}\n")
        else:
            parts.append(f"\n{_FILLER}{src.person()} gave a keynote; see https://example.org/talks/{rng.randint(1, 10**6)}.\n")
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
