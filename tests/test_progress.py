"""Long runs say where they are: a progress bar with reports/s and an ETA, and per-stage timings in the
run's summary (CLI table, Prefect artifact) but not in summary.md (an unchanged re-run stays byte-identical)."""
import io

from rich.console import Console

from extract.corpus.finish import finish
from extract.extraction import extract_text
from tripmine import progress
from tripmine.cli import _print_summary

TEXT = "ICML 2018\n\nSparse Kernel Machines for Graph Data – Ada Lovelace, Alan Turing\n"


def test_the_bar_counts_reports_and_shows_a_rate():
    buffer = io.StringIO()
    console = Console(file=buffer, width=150, force_terminal=False)
    with progress.progress_bar(console):
        progress.start(total=10, done=4)
        progress.advance(3)
        progress.advance(3)
        progress.stage("resolve, graph, tables, files")
    shown = buffer.getvalue()
    assert "10/10" in shown and "reports/s" in shown and "resolve, graph" in shown
    progress.advance(1)   # no bar installed: a no-op, as in a deployment run


def test_stage_timings_reach_the_summary_but_not_summary_md(nlp, tmp_path, capsys):
    ex = extract_text(TEXT, nlp, "a.txt")
    summary, _, _ = finish([ex.report], [ex], tmp_path / "out", pictures=False, timings={"extract": 1.5})
    assert list(summary.timings)[:2] == ["extract", "resolve"]
    assert {"graph", "analytics", "tables", "write"} <= set(summary.timings)
    assert "## Timings" in summary.markdown and "## Timings" not in (tmp_path / "out" / "summary.md").read_text()
    _print_summary(summary)
    assert "extract 1.5 s" in capsys.readouterr().out
