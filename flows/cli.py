"""`tripmine` command line: `run` (the Prefect flow over a folder) and `evaluate` (P/R/F1 vs gold)."""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from extract.text.ingest import discover
from tripmine.config import RunConfig, add_options, config_from_args


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="tripmine", description="Mine conference trip reports into papers, people, URLs, topics and a co-mention graph.")
    sub = ap.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run the trip-reports flow over a folder of reports")
    add_options(run, RunConfig)
    show = sub.add_parser("show", help="print the top papers, people, topics or repositories of an output folder")
    show.add_argument("what", choices=["papers", "people", "topics", "repos"])
    show.add_argument("--top", type=int, default=20, help="how many rows (default: 20)")
    show.add_argument("--out", type=Path, default=Path("outputs"), help="output folder of a run (default: outputs)")
    ev = sub.add_parser("evaluate", help="score extractions against one or more folders of gold annotations",
                        description="Score extractions against gold annotations: per gold folder and in total. "
                                    "Either an extractions.jsonl written by `tripmine run`, or --extract RAW:GOLD pairs "
                                    "(extracted here, without Prefect).")
    ev.add_argument("predictions", type=Path, nargs="?", help="extractions.jsonl written by `tripmine run`")
    ev.add_argument("gold_dirs", type=Path, nargs="*", metavar="GOLD_DIR", help="folders of <report stem>.json gold files")
    ev.add_argument("--extract", nargs="+", default=[], metavar="RAW:GOLD",
                    help="extract the reports of RAW (library only, no Prefect) and score them against GOLD; repeatable pairs")
    ev.add_argument("--catalog", type=Path, default=None, help="with --extract: link to this catalog first")
    ev.add_argument("--json", action="store_true", help="print the totals as one JSON object")
    ev.add_argument("--per-report", action="store_true", help="also print a row per report")
    return ap


def cmd_run(args: argparse.Namespace) -> int:
    """Check everything that can be checked before Prefect starts, hold the output lock, run the flow.

    Exit codes: 0 done, 1 nothing extracted (or the run failed), 2 usage, 3 locked, 4 output not
    writable, 130/143 interrupted by SIGINT/SIGTERM."""
    from extract.errors import TripmineError, UsageError
    from extract.outlock import output_lock

    try:
        config = config_from_args(args, RunConfig)
        # The flow checks the same Settings; here a mistake costs no Prefect start-up.
        config.check()
        files = discover(config.raw_dir)
        if not files:
            raise UsageError(f"no reports (*.txt, *.md, *.html) in {str(config.raw_dir)!r}")
        if config.catalog is not None:
            from extract.link.catalog import check_catalog

            check_catalog(config.catalog)
        # Held from here to the end; the flow, in this process, takes the same lock again.
        with output_lock(config.out_dir, config.lock_wait):
            print(f"tripmine: {len(files)} report files in {config.raw_dir}; starting flow trip-reports ...", file=sys.stderr)
            summary = _run_flow(config)
    except TripmineError as exc:
        print(f"tripmine: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except BaseException:   # KeyboardInterrupt, or Prefect's TerminationSignal after a SIGTERM
        from tripmine.signals import received_signal

        signum = received_signal()
        if signum is None:
            raise
        print(f"tripmine: run cancelled; the outputs in {getattr(args, 'out_dir', RunConfig.model_fields['out_dir'].default)} are as they were before it", file=sys.stderr)
        return 128 + signum
    _print_summary(summary)
    return 0 if summary.ok else 1


def _run_flow(config: RunConfig):
    import os

    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")  # offline: no telemetry calls
    # Workers stopped by a Ctrl-C leave Prefect's cancel events behind; the resource tracker (which
    # takes its warning options from ours) would print a warning about them after our last line.
    sys.warnoptions.append("ignore:resource_tracker:UserWarning")
    from tripmine.api_server import TemporaryAPI, api_configured
    from tripmine.signals import cancel_on_signals, on_hard_exit

    with cancel_on_signals():   # Ctrl-C / SIGTERM from here on cancel the run cleanly
        # No API configured: start Prefect's temporary server now, so that it boots while Prefect is
        # being imported here, and export its URL first (see TemporaryAPI.start).
        early = None
        if not api_configured():
            early = TemporaryAPI().start()
            os.environ["PREFECT_API_URL"] = early.api_url
            # No "View at http://127.0.0.1:PORT/runs/..." line: that server is gone when the run ends.
            os.environ.setdefault("PREFECT_UI_URL", "")
            on_hard_exit(early.kill)
        # The server stops when this process exits (TemporaryAPI.start registers that), after Prefect
        # has shipped its buffered logs and events to it.
        from rich.console import Console

        from tripmine.progress import progress_bar
        from tripmine.runners import configured_flow, shared_api  # Prefect is imported only when a run starts

        trip_reports = configured_flow(config)
        with shared_api(early), progress_bar(Console(stderr=True)):
            return trip_reports(config.flow_settings())


def _print_summary(summary) -> None:
    from rich.console import Console
    from rich.table import Table

    from extract.outputs.terminal import safe

    console = Console(stderr=False)
    table = Table(title=f"tripmine run -> {safe(summary.out_dir)}", show_header=False)
    statuses = ", ".join(f"{k} {v}" for k, v in sorted(summary.statuses.items()))
    table.add_row("reports", f"{summary.n_reports} ({statuses})")
    if summary.n_cached:
        table.add_row("from cache", f"{summary.n_cached} unchanged reports not re-extracted")
    table.add_row("papers", str(summary.n_papers))
    if summary.n_linked or summary.n_review:
        table.add_row("catalog", f"{summary.n_linked} papers linked, {summary.n_review} links to review (review.csv)")
    table.add_row("people", str(summary.n_people))
    table.add_row("graph", f"{summary.n_nodes} nodes, {summary.n_edges} edges")
    if summary.timings:
        table.add_row("timings", " · ".join(f"{k} {v:.1f} s" for k, v in summary.timings.items()))
    for title, n in summary.top_papers:
        table.add_row("top paper", f"{safe(title[:80])} ({n} report{'s' if n != 1 else ''})")
    for name, status, message in summary.problems[:10]:
        table.add_row(status, safe(f"{name}: {message}"))
    if len(summary.problems) > 10:
        table.add_row("...", f"{len(summary.problems) - 10} more in reports.csv")
    table.add_row("read next", safe(f"{Path(summary.out_dir) / 'summary.md'}; graph.html; `tripmine show papers`"))
    console.print(table)


def cmd_evaluate(args: argparse.Namespace) -> int:
    import json

    from extract.evaluate import FIELDS, NothingToScore, combine, evaluate, format_table, totals_json

    sets: list[tuple[str, Path | dict[str, dict], Path]] = []   # (label, predictions, gold folder)
    if args.extract:
        from extract.evaluate_run import extract_predictions

        for pair in args.extract:
            raw, sep, gold = pair.partition(":")
            if not sep or not Path(raw).is_dir() or not Path(gold).is_dir():
                print(f"tripmine: error: --extract takes RAW_DIR:GOLD_DIR pairs of existing folders (got {pair!r})", file=sys.stderr)
                return 2
            sets.append((gold, extract_predictions(Path(raw), catalog=args.catalog), Path(gold)))
    elif args.predictions is not None and args.gold_dirs:
        sets = [(str(g), args.predictions, g) for g in args.gold_dirs]
    else:
        print("tripmine: error: give PREDICTIONS GOLD_DIR [GOLD_DIR ...], or --extract RAW:GOLD [RAW:GOLD ...]", file=sys.stderr)
        return 2
    results = []
    try:
        for label, preds, gold in sets:
            total, rows = evaluate(preds, gold)
            results.append((label, total, rows))
    except (FileNotFoundError, NothingToScore) as exc:
        print(f"tripmine: error: {exc}", file=sys.stderr)
        return 2
    overall = combine([t for _, t, _ in results])
    if args.json:
        out = {label: totals_json(total) for label, total, _ in results}
        if len(results) > 1:
            out["all"] = totals_json(overall)
        print(json.dumps(out if len(results) > 1 else totals_json(overall)))
        return 0
    for label, total, rows in results:
        if len(results) > 1 or args.per_report:
            print(f"== {label} ({len(rows)} reports)")
        if args.per_report:
            for stem, per in rows:
                print(stem, "  ".join(f"{k}:F1={per[k].prf()[2]:.2f}" for k in FIELDS))
            print()
        print(format_table(total))
        print()
    if len(results) > 1:
        print(f"== all ({sum(len(r) for _, _, r in results)} reports)")
        print(format_table(overall))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from extract.outputs.show import show_table

    try:
        table = show_table(args.out, args.what, args.top)
    except FileNotFoundError as exc:
        print(f"tripmine: error: {exc}", file=sys.stderr)
        return 2
    from rich.console import Console

    Console().print(table)
    return 0


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = _parser().parse_args(argv)
    return {"run": cmd_run, "evaluate": cmd_evaluate, "show": cmd_show}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
