"""A small catalog written by the tests: generated filler plus hand-made hard cases.

Hard cases: near-duplicate titles, the same title at two venues, homonymous titles by different
authors, an author surname shared by two people, coined short names and initials.
"""
from __future__ import annotations

import csv
import random
from pathlib import Path

HEADER = ["venue", "year", "title", "authors", "url", "code_url"]

HARD = [
    ("ICML", 2017, "Wasserstein Generative Adversarial Networks", "Martin Arjovsky; Soumith Chintala; Léon Bottou", "https://ex.org/wgan", ""),
    ("ICML", 2017, "Model-Agnostic Meta-Learning for Fast Adaptation of Deep Networks", "Chelsea Finn; Pieter Abbeel; Sergey Levine", "https://ex.org/maml", ""),
    ("NeurIPS", 2018, "Probabilistic Model-Agnostic Meta-Learning", "Chelsea Finn; Kelvin Xu; Sergey Levine", "https://ex.org/pmaml", ""),
    ("ICML", 2017, "Neural Taylor Approximations: Convergence and Exploration in Rectifier Networks", "David Balduzzi; Brian McWilliams; Tony Butler-Yeoman", "https://ex.org/nta", ""),
    ("NeurIPS", 2016, "Learning to Learn by Gradient Descent by Gradient Descent", "Marcin Andrychowicz; Misha Denil", "https://ex.org/l2l", ""),
    ("ICML", 2017, "Learning to Learn without Gradient Descent by Gradient Descent", "Yutian Chen; Matthew W. Hoffman", "https://ex.org/l2lwo", ""),
    # The same title at a workshop and at the conference a year later: context decides.
    ("ICLR Workshop", 2016, "Sparse Kernel Machines for Graph Data", "Ada Lovelace; Alan Turing", "https://ex.org/skm-ws", ""),
    ("ICML", 2017, "Sparse Kernel Machines for Graph Data", "Ada Lovelace; Alan Turing", "https://ex.org/skm", "https://github.com/ex/skm"),
    # Homonymous titles by different people: the report's authors decide.
    ("NeurIPS", 2019, "Attention Over Everything", "Grace Hopper; Edsger Dijkstra", "https://ex.org/aoe1", ""),
    ("CVPR", 2019, "Attention Over Everything", "Barbara Liskov; John Backus", "https://ex.org/aoe2", ""),
    # Two people share the surname Hopper.
    ("ICML", 2018, "Fast Rates for Bandits", "Grace Hopper; Dennis Ritchie", "https://ex.org/frb", ""),
    ("ICML", 2018, "Slow Rates for Bandits with Knapsacks", "Edward Hopper", "https://ex.org/srb", ""),
    ("ICML", 2017, "ZetaNet: Deep Spectral Hashing for Graph Retrieval", "Ken Thompson", "https://ex.org/zeta", ""),
    ("NeurIPS", 2015, "Texture Synthesis Using Convolutional Neural Networks", "Leon Gatys; Alexander Ecker; Matthias Bethge", "https://ex.org/tex", ""),
    ("CVPR", 2017, "Network Dissection: Quantifying Interpretability of Deep Visual Representations", "David Bau; Bolei Zhou", "https://ex.org/nd", ""),
    ("ICML", 2019, "Quokka: Learning Marsupial Locomotion", "Alan Kay", "https://ex.org/quokka", ""),
    ("ICML", 2019, "QKNN: Quantum Kernel Nearest Neighbours", "Alan Kay", "https://ex.org/qknn", ""),
]

_A = ["Adaptive", "Robust", "Scalable", "Efficient", "Bayesian", "Stochastic", "Hierarchical", "Sparse", "Neural", "Deep"]
_B = ["Inference", "Optimization", "Clustering", "Regression", "Embeddings", "Planning", "Retrieval", "Segmentation", "Ranking"]
_C = ["for", "with", "via", "under", "beyond"]
_D = ["Graphs", "Streams", "Images", "Proteins", "Bandits", "Games", "Sensors", "Molecules", "Documents", "Videos"]
_NAMES = ["Ana Silva", "Bo Chen", "Chidi Okafor", "Dana Levi", "Emil Novak", "Fatima Zahra", "Goran Petrov", "Hana Sato"]


def rows(n_filler: int = 300, seed: int = 7) -> list[tuple]:
    rng = random.Random(seed)
    out, seen = list(HARD), {r[2] for r in HARD}
    while len(out) < len(HARD) + n_filler:
        title = f"{rng.choice(_A)} {rng.choice(_B)} {rng.choice(_C)} {rng.choice(_D)} {rng.choice(['', 'at Scale', 'in the Wild', 'without Labels'])}".strip()
        if title in seen:
            continue
        seen.add(title)
        out.append((rng.choice(["ICML", "NeurIPS", "ICLR"]), rng.randint(2015, 2023), title,
                    "; ".join(rng.sample(_NAMES, 2)), f"https://ex.org/{len(out)}", ""))
    return out


def write_catalog(path: Path, extra: list[tuple] = (), n_filler: int = 300) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        w.writerows(rows(n_filler) + list(extra))
    return path
