"""One long report: extraction time per stage as the number of papers in a single report doubles.

    python benchmarks/long_report.py [--papers 1000 2000 4000]

An accepted-papers list or a year's reading list is one report with thousands of records. A stage
that compares each paper with every other grows with the square of that number, and a report over
the per-report time budget (60 s by default) is lost. Here each doubling of the papers should about
double each stage's time (the `x` columns); a stage near 4x is quadratic. Synthetic reports
(`synthetic.py`, the benchmark's layouts), one process; no figure here is asserted by a test.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from itertools import pairwise
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synthetic  # noqa: E402

import extract.extraction as extraction  # noqa: E402
import extract.mentions.papers as papers  # noqa: E402
from extract.models import Report  # noqa: E402
from extract.nlp import build_pipeline  # noqa: E402

# The stages timed, by the module that calls them (wrapped there, so nested calls are counted once).
STAGES = {extraction: ["parse_structure", "build_units", "prose_candidates", "find_people", "find_citations", "find_urls",
                       "attach_links", "other_people", "paper_topics"],
          papers: ["record_candidates", "judge", "merge"]}


def _timed(seconds: Counter[str]) -> None:
    for module, names in STAGES.items():
        for name in names:
            setattr(module, name, _timer(getattr(module, name), name, seconds))


def _timer(f, name: str, seconds: Counter[str]):
    def wrapper(*args, **kwargs):
        t = time.perf_counter()
        try:
            return f(*args, **kwargs)
        finally:
            seconds[name] += time.perf_counter() - t
    return wrapper


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--papers", type=int, nargs="+", default=[1000, 2000, 4000])
    a = ap.parse_args(argv)
    seconds: Counter[str] = Counter()
    _timed(seconds)
    nlp = build_pipeline()
    extraction.extract_text("# Warm-up\n\n- Widget Nets for Gizmo Parsing – Ana Souza\n", nlp)
    rows: list[tuple[int, int, float, Counter[str]]] = []
    for n in a.papers:
        rng = random.Random(0)
        text = synthetic.report_text(synthetic.TitleSource(None, rng), rng, papers=(n, n))
        seconds.clear()
        t = time.perf_counter()
        ex = extraction.extract_doc(Report(name="long.md", path="long.md", text=text, n_chars=len(text)), extraction.parse(text, nlp))
        rows.append((n, len(text), time.perf_counter() - t, Counter(seconds)))
        print(f"{n} papers ({len(text) // 1000} KB): {rows[-1][2]:.2f} s, {len(ex.papers)} papers found", flush=True)
    names = [name for names in STAGES.values() for name in names]
    print("\n| stage | " + " | ".join(f"{n} papers" for n, *_ in rows) + " | x per doubling |")
    print("|---|" + "---:|" * (len(rows) + 1))
    for name in ["total", *names]:
        values = [total if name == "total" else secs[name] for _, _, total, secs in rows]
        growth = ", ".join(f"{b / a:.1f}" if a > 0.005 else "-" for a, b in pairwise(values))
        print(f"| {name} | " + " | ".join(f"{v:.2f}" for v in values) + f" | {growth} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
