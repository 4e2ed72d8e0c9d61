"""An unchanged re-run finds its outputs current (outputs.manifest): same inputs digest, same files."""
import os

import pytest

from extract.corpus.finish import RunSummary, finish
from extract.extraction import extract_text
from extract.models import Report
from extract.outputs.manifest import MANIFEST, current_summary, inputs_digest

TEXT = "ICML 2018\n\nSparse Kernel Machines for Graph Data – Ada Lovelace, Alan Turing\n"


@pytest.fixture
def out(nlp, tmp_path):
    ex = extract_text(TEXT, nlp, "a.txt")
    summary, _, _ = finish([ex.report], [ex], tmp_path / "out", pictures=False, inputs="digest-1")
    return tmp_path / "out", summary


def test_the_outputs_of_the_same_inputs_are_current(out):
    folder, summary = out
    stored = current_summary(folder, "digest-1")
    assert stored is not None and (folder / MANIFEST).is_file()
    again = RunSummary.from_dict(stored)
    assert (again.n_papers, again.n_people, again.top_papers, again.statuses) == \
        (summary.n_papers, summary.n_people, summary.top_papers, summary.statuses)
    assert current_summary(folder, "digest-2") is None


@pytest.mark.parametrize("change", ["touch", "delete", "add", "edit"])
def test_a_folder_changed_since_is_not_current(out, change):
    folder, _ = out
    papers = folder / "papers.csv"
    if change == "touch":
        os.utime(papers, ns=(papers.stat().st_atime_ns, papers.stat().st_mtime_ns + 1_000_000))
    elif change == "delete":
        papers.unlink()
    elif change == "add":
        (folder / "notes.txt").write_text("mine")
    else:
        papers.write_text(papers.read_text() + "x")
    assert current_summary(folder, "digest-1") is None


def test_the_digest_covers_reports_fingerprint_and_settings():
    a = Report("a.txt", "raw/a.txt", sha256="1" * 64, n_bytes=3, n_chars=3)
    b = Report("b.txt", "raw/b.txt", sha256="2" * 64, n_bytes=3, n_chars=3)
    base = inputs_digest([a, b], "fp", pictures=True)
    assert base == inputs_digest([b, a], "fp", pictures=True)   # order of discovery does not matter
    assert base != inputs_digest([a], "fp", pictures=True)
    assert base != inputs_digest([a, Report("b.txt", "raw/b.txt", sha256="3" * 64, n_bytes=3, n_chars=3)], "fp", pictures=True)
    assert base != inputs_digest([a, b], "fp2", pictures=True)
    assert base != inputs_digest([a, b], "fp", pictures=False)
