"""The whole `tripmine run` at scale: throughput against the blank tokenizer, an unchanged re-run, peak RSS.

    python benchmarks/corpus_scale.py --reports 5000 20000 [--titles-from CATALOG] [--workers 2] [--json FILE]

For each N: write N synthetic reports (`synthetic.py`: 10-15 papers each; titles and authors drawn
from CATALOG when given, which is then *not* linked against), time bare `spacy.blank("en").pipe` over
the same texts in this process, then run `tripmine run` three times on a fresh cache: the first run
(everything extracted), an unchanged re-run (everything from the cache: the outputs are found up to
date), and a re-run after one report changed (one extraction, then the whole corpus stage). Each run is measured in a
helper process: wall time and the peak RSS of the largest process of the run (flow or worker).

Figures: `run_ratio` = blank seconds / first-run seconds (the run's throughput as a share of the
tokenizer's), `rerun_ratio` = re-run seconds / first-run seconds, and the stage timings each run
printed in its summary table. Nothing here is asserted by a test (see benchmarks/RESULTS.md).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
TRIPMINE = Path(sys.executable).with_name("tripmine")


def _measure_child(cmd: list[str]) -> int:
    """(in the helper process) Run cmd; print its wall time, exit code and the peak RSS of its processes."""
    t = time.perf_counter()
    # A wide, plain terminal: the run's summary table keeps its "timings" row on one line.
    proc = subprocess.run(cmd, capture_output=True, text=True,
                          env={**os.environ, "PREFECT_LOGGING_LEVEL": "WARNING", "COLUMNS": "500", "TERM": "dumb"})
    print(json.dumps({"s": time.perf_counter() - t, "rc": proc.returncode,
                      "peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
                      "stages": stage_seconds(proc.stdout),
                      "stderr": proc.stderr[-3000:] if proc.returncode else ""}))
    return 0


def timed_run(cmd: list[str]) -> dict:
    out = subprocess.run([sys.executable, __file__, "--measure", *cmd], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def blank_seconds(raw: Path) -> tuple[float, int]:
    import spacy

    texts = [p.read_text(encoding="utf-8") for p in sorted(raw.iterdir())]
    nlp = spacy.blank("en")
    t = time.perf_counter()
    n_tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
    return time.perf_counter() - t, n_tokens


def stage_seconds(stdout: str) -> dict[str, float]:
    """The per-stage timings in the run's summary table ("timings | discover 0.1 s · extract 30.2 s · ...")."""
    import re

    line = next((ln for ln in stdout.splitlines() if " timings " in ln), "")
    cells = line.split(" timings ", 1)[-1].split("·")
    return {m.group(1).strip(): float(m.group(2)) for m in (re.search(r"([\w ,]+?) ([\d.]+) s", c) for c in cells) if m}


def measure(n: int, titles_from: Path | None, workers: int) -> dict:
    from synthetic import write_corpus

    tmp = Path(tempfile.mkdtemp(prefix="tripmine-scale-"))
    try:
        raw = tmp / "raw"
        write_corpus(raw, n, titles_from)
        mb = sum(p.stat().st_size for p in raw.iterdir()) / 1e6
        blank_s, n_tokens = blank_seconds(raw)
        cmd = [str(TRIPMINE), "run", "--raw", str(raw), "--out", str(tmp / "out"), "--cache-dir", str(tmp / "cache"),
               "--workers", str(workers), "--no-pictures"]
        first = timed_run(cmd)
        again = timed_run(cmd)
        one = sorted(raw.iterdir())[0]
        one.write_text(one.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
        changed = timed_run(cmd)
        fig = {"reports": n, "mb": mb, "tokens": n_tokens, "blank_s": blank_s, "first": first, "rerun": again,
               "one_changed": changed, "run_ratio": blank_s / first["s"], "rerun_ratio": again["s"] / first["s"],
               "one_changed_ratio": changed["s"] / first["s"]}
        for name in ("nodes", "edges", "edge_reports"):
            f = tmp / "out" / f"{name}.parquet"
            if f.is_file():
                import pyarrow.parquet as pq

                fig[f"n_{name}"] = pq.ParquetFile(f).metadata.num_rows
        fig["output_mb"] = {p.name: round(p.stat().st_size / 1e6, 1) for p in sorted((tmp / "out").iterdir()) if p.is_file()}
        return fig
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def describe(fig: dict) -> str:
    f, r = fig["first"], fig["rerun"]
    lines = [f"## {fig['reports']:,} reports, {fig['mb']:.1f} MB, {fig['tokens']:,} tokens "
             f"(graph: {fig.get('n_nodes', 0):,} nodes, {fig.get('n_edges', 0):,} edges)",
             f"- blank tokenizer: {fig['blank_s']:.1f} s",
             f"- first run: {f['s']:.1f} s (rc {f['rc']}), peak RSS {f['peak_rss_mb']:,.0f} MB; "
             f"throughput **{fig['run_ratio']:.2f}** of the blank tokenizer's",
             f"- unchanged re-run: {r['s']:.1f} s (rc {r['rc']}), peak RSS {r['peak_rss_mb']:,.0f} MB; "
             f"**{fig['rerun_ratio']:.2f}** of the first run",
             f"- one report changed, then re-run: {fig['one_changed']['s']:.1f} s, peak RSS "
             f"{fig['one_changed']['peak_rss_mb']:,.0f} MB; **{fig['one_changed_ratio']:.2f}** of the first run "
             "(1 report extracted, the whole corpus stage)",
             f"- stages of the first run (s): {f['stages']}",
             f"- stages of the unchanged re-run (s): {r['stages']}",
             f"- stages of the one-changed re-run (s): {fig['one_changed']['stages']}",
             f"- output files (MB): {fig['output_mb']}"]
    for run in (f, r):
        if run.get("stderr"):
            lines.append("```\n" + run["stderr"] + "\n```")
    return "\n".join(lines) + "\n"


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--measure":
        return _measure_child(sys.argv[2:])
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, nargs="+", default=[5000])
    ap.add_argument("--titles-from", type=Path, default=None, help="catalog CSV to draw titles and authors from (not linked)")
    ap.add_argument("--workers", type=int, default=2, help="task-runner workers (default: 2)")
    ap.add_argument("--json", type=Path, default=None, help="write every figure to this file")
    args = ap.parse_args()
    figs = []
    for n in args.reports:
        fig = measure(n, args.titles_from, args.workers)
        figs.append(fig)
        print(describe(fig), flush=True)
    if args.json:
        args.json.write_text(json.dumps(figs, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
