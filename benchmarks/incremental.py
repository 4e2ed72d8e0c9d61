"""Benchmark incremental runs: `tripmine run` (Prefect included) on N synthetic reports, then again
unchanged, then after changing 1% of the reports.

    python benchmarks/incremental.py --reports 1000 [--catalog FILE]

Prints wall times, the ratio unchanged/first, and whether the unchanged re-run's outputs are
byte-identical to the first run's.
"""
from __future__ import annotations

import argparse
import filecmp
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import write_corpus  # noqa: E402

TRIPMINE = Path(sys.executable).with_name("tripmine")


def run(raw: Path, out: Path, cache: Path, extra: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run([str(TRIPMINE), "run", "--raw", str(raw), "--out", str(out), "--cache-dir", str(cache), *extra],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env={**os.environ, "PREFECT_LOGGING_LEVEL": "WARNING"})
    return time.perf_counter() - t0


def identical(a: Path, b: Path) -> bool:
    names = sorted(p.name for p in a.iterdir())
    return names == sorted(p.name for p in b.iterdir()) and all(filecmp.cmp(a / n, b / n, shallow=False) for n in names)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=1000)
    ap.add_argument("--catalog", type=Path, default=None, help="titles for the corpus, and --catalog for the runs")
    args = ap.parse_args()
    extra = ["--catalog", str(args.catalog)] if args.catalog else []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        paths = write_corpus(tmp / "raw", args.reports, args.catalog)
        mb = sum(p.stat().st_size for p in paths) / 1e6
        first = run(tmp / "raw", tmp / "out1", tmp / "cache", extra)
        again = run(tmp / "raw", tmp / "out2", tmp / "cache", extra)
        same = identical(tmp / "out1", tmp / "out2")
        for p in paths[:: 100]:  # change 1% of the reports
            p.write_text(p.read_text(encoding="utf-8") + "\nAddendum: Holistic Widget Sketches – Ana Silva\n", encoding="utf-8")
        changed = run(tmp / "raw", tmp / "out3", tmp / "cache", extra)
    print(f"corpus: {args.reports} reports, {mb:.1f} MB{' (catalog titles)' if args.catalog else ''}")
    print(f"first run:          {first:7.1f} s")
    print(f"unchanged re-run:   {again:7.1f} s  ({again / first:.0%} of the first)  outputs byte-identical: {same}")
    print(f"1% changed re-run:  {changed:7.1f} s  ({changed / first:.0%} of the first)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
