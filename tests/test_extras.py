"""The optional extras: without [pictures] a run still writes every table; without [dask] the runner says what to install."""
import logging
import sys

import pytest

from extract.corpus.finish import finish
from extract.errors import UsageError
from extract.extraction import extract_text


def test_without_the_pictures_extra_the_run_writes_everything_else(nlp, tmp_path, monkeypatch, caplog):
    import extract.outputs.pictures as pictures

    monkeypatch.setattr(pictures, "missing_modules", lambda: ["plotly"])
    ex = extract_text("## Papers\n\n- Sparse Kernel Machines for Graph Data – Ada Lovelace, Alan Turing\n", nlp, "a.md")
    with caplog.at_level(logging.WARNING):
        finish([ex.report], [ex], tmp_path / "out")
    written = {p.name for p in (tmp_path / "out").iterdir()}
    assert "graph.graphml" in written and "papers.csv" in written
    assert not {"graph.png", "graph.html"} & written
    assert "pip install 'tripmine[pictures]'" in caplog.text


def test_without_the_dask_extra_the_dask_runner_is_a_usage_error(monkeypatch):
    from tripmine.runners import make_task_runner

    monkeypatch.setitem(sys.modules, "prefect_dask", None)   # import fails as if not installed
    with pytest.raises(UsageError, match=r"tripmine\[dask\]"):
        make_task_runner("dask")
