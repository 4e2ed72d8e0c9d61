"""Benchmark incremental runs: `tripmine run` (Prefect included) on N synthetic reports, then again
unchanged, then after changing 1% of the reports.

    python benchmarks/incremental.py --reports 1000 [--catalog FILE] [--api temporary|running|both]

Two settings for the Prefect API: `temporary`, each run starts its own (plain `tripmine run`);
`running`, a server is already up and PREFECT_API_URL names it, as for the nightly deployment.
Prints wall times, the ratio unchanged/first, and whether the unchanged re-run's outputs are
byte-identical to the first run's. Also the unchanged re-run of a one-report corpus: what any run
costs before it does any work for its reports (Python and Prefect start-up, flow overhead, exit).
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
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from synthetic import write_corpus

from tripmine.api_server import TemporaryAPI

TRIPMINE = Path(sys.executable).with_name("tripmine")


def run(raw: Path, out: Path, cache: Path, extra: list[str], api_url: str | None) -> float:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"} | {"PREFECT_LOGGING_LEVEL": "WARNING"}
    if api_url:
        env["PREFECT_API_URL"] = api_url
    t0 = time.perf_counter()
    subprocess.run([str(TRIPMINE), "run", "--raw", str(raw), "--out", str(out), "--cache-dir", str(cache), *extra],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return time.perf_counter() - t0


def identical(a: Path, b: Path) -> bool:
    names = sorted(p.name for p in a.iterdir())
    return names == sorted(p.name for p in b.iterdir()) and all(filecmp.cmp(a / n, b / n, shallow=False) for n in names)


def measure(n: int, catalog: Path | None, api_url: str | None) -> dict:
    extra = ["--catalog", str(catalog)] if catalog else []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        paths = write_corpus(tmp / "raw", n, catalog)
        mb = sum(p.stat().st_size for p in paths) / 1e6
        first = run(tmp / "raw", tmp / "out1", tmp / "cache", extra, api_url)
        again = run(tmp / "raw", tmp / "out2", tmp / "cache", extra, api_url)
        same = identical(tmp / "out1", tmp / "out2")
        for p in paths[:: 100]:  # change 1% of the reports
            p.write_text(p.read_text(encoding="utf-8") + "\nAddendum: Holistic Widget Sketches – Ana Silva\n", encoding="utf-8")
        changed = run(tmp / "raw", tmp / "out3", tmp / "cache", extra, api_url)
    return {"mb": mb, "first": first, "again": again, "same": same, "changed": changed}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, default=1000)
    ap.add_argument("--catalog", type=Path, default=None, help="titles for the corpus, and --catalog for the runs")
    ap.add_argument("--api", choices=["temporary", "running", "both"], default="both")
    args = ap.parse_args()
    for mode in (["temporary", "running"] if args.api == "both" else [args.api]):
        server = TemporaryAPI().start() if mode == "running" else None
        try:
            if server:
                server.wait_ready()
            m = measure(args.reports, args.catalog, server.api_url if server else None)
            floor = measure(1, args.catalog, server.api_url if server else None)["again"]
        finally:
            if server:
                server.stop()
        print(f"Prefect API: {mode}; corpus: {args.reports} reports, {m['mb']:.1f} MB{' (catalog titles)' if args.catalog else ''}")
        print(f"  first run:          {m['first']:7.1f} s")
        print(f"  unchanged re-run:   {m['again']:7.1f} s  ({m['again'] / m['first']:.0%} of the first)  "
              f"outputs byte-identical: {m['same']}")
        print(f"  1% changed re-run:  {m['changed']:7.1f} s  ({m['changed'] / m['first']:.0%} of the first)")
        print(f"  fixed cost (unchanged re-run of 1 report): {floor:5.1f} s  ({floor / m['first']:.0%} of the first)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
