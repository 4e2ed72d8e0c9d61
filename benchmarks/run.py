"""Throughput benchmark: tokens/s and reports/s per stage, wall time and peak RSS, for N synthetic reports.

    python benchmarks/run.py --reports 100 1000 10000 [--catalog FILE] [--tripmine-run] [--workers 2]

For each N a fresh process (so peak RSS is that N's own) writes a synthetic corpus in the real
layouts (`synthetic.py`), then times, on the same texts:

- `blank`: bare `spacy.blank("en")` tokenization, the practical ceiling;
- `ingest`, `extract` (tokenizer + every rule), `link` (with --catalog), `resolve`, `graph`,
  `tables`, `write` — the library's stages, one process, reports streamed through `nlp.pipe`;
- with --tripmine-run: the whole `tripmine run` command (Prefect, its temporary API server and the
  task runner included), wall time and the peak RSS of its largest process (run first, while this
  process is small: a forked child starts with the pages of its parent).

Prints a table per N and, with --json FILE, writes every figure. No figure here is asserted by a
test: timings belong to this script (see benchmarks/RESULTS.md).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024   # Linux reports KiB


def measure(n: int, catalog: Path | None, tripmine_run: bool, workers: int, keep: Path | None) -> dict:
    """Every figure for one corpus size (runs in its own process)."""
    import spacy
    from synthetic import write_corpus

    from extract.corpus.analytics import annotate
    from extract.corpus.graph import build_graph
    from extract.extraction import extract_reports
    from extract.link.catalog import load_catalog
    from extract.link.linking import link_reports
    from extract.link.resolve import resolve
    from extract.nlp import build_pipeline
    from extract.outputs.export import build_tables, extraction_records, write_outputs
    from extract.outputs.pictures import write_pictures
    from extract.text.ingest import read_reports

    tmp = Path(tempfile.mkdtemp(prefix="tripmine-bench-"))
    raw = keep or tmp / "raw"
    t0 = time.perf_counter()
    write_corpus(raw, n, catalog)
    gen_s = time.perf_counter() - t0
    run: dict = {}
    if tripmine_run:
        # First, while this process is small: a child's peak RSS counts the pages it was forked with.
        cmd = [str(Path(sys.executable).with_name("tripmine")), "run", "--raw", str(raw), "--out", str(tmp / "out-run"),
               "--cache-dir", str(tmp / "cache"), "--no-cache", "--workers", str(workers)]
        if catalog is not None:
            cmd += ["--catalog", str(catalog)]
        t = time.perf_counter()
        proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "PREFECT_LOGGING_LEVEL": "WARNING"})
        run["tripmine_run_s"] = time.perf_counter() - t
        run["tripmine_run_rc"] = proc.returncode
        run["tripmine_run_peak_rss_mb"] = _rss_mb(resource.RUSAGE_CHILDREN)
        if proc.returncode:
            run["tripmine_run_stderr"] = proc.stderr[-2000:]
    stages: dict[str, float] = {}

    def timed(name: str, fn):
        t = time.perf_counter()
        out = fn()
        stages[name] = time.perf_counter() - t
        return out

    reports = timed("ingest", lambda: list(read_reports(raw)))
    n_bytes = sum(r.n_bytes for r in reports)
    texts = [r.text for r in reports]
    blank = spacy.blank("en")
    n_tokens = timed("blank", lambda: sum(len(doc) for doc in blank.pipe(texts, batch_size=64)))
    blank = None   # free the bare pipeline before the real one loads
    nlp = build_pipeline(None)
    extractions = timed("extract", lambda: list(extract_reports(reports, nlp)))
    if catalog is not None:
        index = timed("catalog", lambda: load_catalog(catalog, tmp / "cache"))
        extractions = timed("link", lambda: link_reports(extractions, index))
    res = timed("resolve", lambda: resolve(extractions))
    graph = timed("graph", lambda: build_graph(extractions, res))
    graph = timed("analytics", lambda: annotate(graph, {ex.report.name: ex.conference for ex in extractions}))
    tables = timed("tables", lambda: build_tables(reports, extractions, res, graph))
    timed("write", lambda: write_outputs(tmp / "out", tables, extraction_records(extractions, res), graph, pictures=False))
    timed("pictures", lambda: write_pictures(tables.nodes, tables.edges, tmp / "out"))
    lib_rss = _rss_mb()
    fig = {
        "reports": n, "mb": n_bytes / 1e6, "tokens": n_tokens, "generate_s": gen_s, "stages": stages,
        "papers": len(res.papers), "nodes": graph.n_nodes, "edges": graph.n_edges,
        "library_peak_rss_mb": lib_rss, **run,
    }
    subprocess.run(["rm", "-rf", str(tmp)], check=False)
    return fig


def table(fig: dict) -> str:
    st, tok, n = fig["stages"], fig["tokens"], fig["reports"]
    rows = [f"## {n:,} reports, {fig['mb']:.1f} MB, {tok:,} tokens "
            f"({fig['papers']:,} papers, graph {fig['nodes']:,} nodes / {fig['edges']:,} edges)", "",
            "| stage | seconds | tokens/s | reports/s |", "|---|---:|---:|---:|"]
    for name, s in st.items():
        per_token = name in {"blank", "extract", "link"}
        rows.append(f"| {name} | {s:.2f} | {tok / s:,.0f} |" if per_token else f"| {name} | {s:.2f} | |")
        rows[-1] += f" {n / s:,.0f} |" if s else " |"
    lib = sum(s for k, s in st.items() if k != "blank")
    rows += [f"| library total (ingest to pictures) | {lib:.2f} | {tok / lib:,.0f} | {n / lib:,.1f} |", ""]
    rows.append(f"- extraction / blank tokenizer throughput: **{st['blank'] / st['extract']:.0%}**")
    rows.append(f"- library peak RSS: {fig['library_peak_rss_mb']:,.0f} MB")
    if "tripmine_run_s" in fig:
        ok = "ok" if fig["tripmine_run_rc"] == 0 else f"FAILED rc={fig['tripmine_run_rc']}"
        rows.append(f"- `tripmine run` (Prefect included): {fig['tripmine_run_s']:.1f} s ({ok}), "
                    f"{n / fig['tripmine_run_s']:.1f} reports/s, peak RSS {fig['tripmine_run_peak_rss_mb']:,.0f} MB")
        if fig.get("tripmine_run_stderr"):
            rows.append("```\n" + fig["tripmine_run_stderr"] + "\n```")
    return "\n".join(rows) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=int, nargs="+", default=[100, 1000])
    ap.add_argument("--catalog", type=Path, default=None, help="draw titles from this catalog and link against it")
    ap.add_argument("--tripmine-run", action="store_true", help="also time the whole `tripmine run` command")
    ap.add_argument("--workers", type=int, default=2, help="task-runner workers for --tripmine-run (default: 2)")
    ap.add_argument("--json", type=Path, default=None, help="write every figure to this file")
    ap.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)   # internal: one N, JSON on stdout
    ap.add_argument("--keep", type=Path, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one is not None:
        print(json.dumps(measure(args.one, args.catalog, args.tripmine_run, args.workers, args.keep)))
        return 0
    print(f"# tripmine benchmark — {platform.platform()}, Python {platform.python_version()}, "
          f"{os.cpu_count()} CPUs\n")
    figures = []
    for n in args.reports:
        cmd = [sys.executable, __file__, "--one", str(n), "--workers", str(args.workers)]
        cmd += ["--catalog", str(args.catalog)] if args.catalog else []
        cmd += ["--tripmine-run"] if args.tripmine_run else []
        out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True).stdout
        fig = json.loads(out.strip().splitlines()[-1])
        figures.append(fig)
        print(table(fig), flush=True)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
