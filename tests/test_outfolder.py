"""`--out` never deletes what is not tripmine's: refused folders exit 2 with one line and stay untouched."""
from pathlib import Path

import pytest

from extract.outfolder import MARKER, UnsafeOutputFolder, check_output_folder
from tripmine.cli import main

REPORT = "ICML 2018\n\nSparse Kernel Machines for Graph Data – Ada Lovelace, Alan Turing\n"


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def work(tmp_path, monkeypatch):
    (tmp_path / "project").mkdir()
    monkeypatch.chdir(tmp_path / "project")
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(REPORT)
    return tmp_path


def thesis(work: Path) -> Path:
    folder = work / "thesis"
    (folder / "chapters").mkdir(parents=True)
    (folder / "main.tex").write_text("\\documentclass{book}")
    (folder / "chapters" / "one.tex").write_text("Once upon a time")
    return folder


@pytest.mark.parametrize("case,message", [
    ("user folder", "holds files tripmine did not write"),
    ("raw itself", "is the raw folder"),
    ("inside raw", "inside the raw folder"),
    ("contains raw", "contains the raw folder"),
    ("working folder", "working folder"),
    ("plain file", "is a file"),
    ("symlink", "symbolic link"),
])
def test_refused_output_folders_exit_2_and_are_left_untouched(work, capsys, case, message):
    out = {"user folder": lambda: thesis(work), "raw itself": lambda: work / "raw", "inside raw": lambda: work / "raw" / "out",
           "contains raw": lambda: work, "working folder": lambda: Path("."),
           "plain file": lambda: work / "notes.txt", "symlink": lambda: work / "link"}[case]()
    (work / "notes.txt").write_text("my notes")
    (work / "link").symlink_to(thesis(work) if not (work / "thesis").exists() else work / "thesis")
    before = snapshot(work)
    assert main(["run", "--raw", str(work / "raw"), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1, err
    assert snapshot(work) == before


@pytest.mark.parametrize("state", ["absent", "empty", "marked", "written by an older tripmine"])
def test_accepted_output_folders(work, state):
    out = work / "out"
    if state != "absent":
        out.mkdir()
    if state == "marked":
        (out / MARKER).write_text("")
        (out / "anything.bin").write_bytes(b"x")
    if state == "written by an older tripmine":
        for name in ("papers.csv", "papers.parquet", "extractions.jsonl", "graph.graphml", "summary.md", "graph.html"):
            (out / name).write_text("old")
    check_output_folder(out, work / "raw")


def test_a_run_marks_its_outputs_and_replaces_only_marked_folders(work):
    from extract.corpus.finish import finish
    from extract.models import Report

    out = work / "out"
    finish([Report("a.txt", "a.txt", status="skipped")], [], out, pictures=False)
    assert (out / MARKER).is_file()
    finish([Report("a.txt", "a.txt", status="skipped")], [], out, pictures=False)   # its own folder: replaced
    (out / MARKER).unlink()
    (out / "my-analysis.ipynb").write_text("{}")
    with pytest.raises(UnsafeOutputFolder):   # a user's file appeared meanwhile: never swapped out
        finish([Report("a.txt", "a.txt", status="skipped")], [], out, pictures=False)
    assert (out / "my-analysis.ipynb").read_text() == "{}"
    assert not list(work.glob(".out.tmp-*"))


def test_discovery_skips_tripmine_output_folders(work):
    from extract.text.ingest import discover

    (work / "raw" / "old-out").mkdir()
    (work / "raw" / "old-out" / MARKER).write_text("")
    (work / "raw" / "old-out" / "summary.md").write_text("# Summary")
    assert [p.name for p in discover(work / "raw")] == ["a.txt"]


def test_an_output_place_that_cannot_be_written_exits_4_with_one_line(work, capsys):
    (work / "afile").write_text("x")
    assert main(["run", "--raw", str(work / "raw"), "--out", str(work / "afile" / "out")]) == 4
    err = capsys.readouterr().err
    assert err.startswith("tripmine: error: cannot write") and len(err.strip().splitlines()) == 1, err


def test_a_full_disk_while_writing_leaves_the_previous_outputs_and_says_so(work, monkeypatch):
    import errno

    import pyarrow.parquet as pq

    from extract.corpus.finish import finish
    from extract.errors import OutputNotWritable
    from extract.models import Report

    out = work / "out"
    finish([Report("a.txt", "a.txt", status="skipped")], [], out, pictures=False)
    before = snapshot(out)

    def full(*a, **k):
        raise OSError(errno.ENOSPC, "No space left on device", str(out))

    monkeypatch.setattr(pq, "write_table", full)
    with pytest.raises(OutputNotWritable, match="No space left on device"):
        finish([Report("b.txt", "b.txt", status="skipped")], [], out, pictures=False)
    assert snapshot(out) == before and not list(work.glob(".out.tmp-*"))
