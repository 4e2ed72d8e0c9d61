"""Hard-wrapped reports: lines an editor's fill broke read as the lines the writer typed."""
from __future__ import annotations

import re
import textwrap

import pytest

from extract.extraction import extract_text
from extract.text.wrapping import soft_breaks, unwrapped

_ITEM_RE = re.compile(r"(\s*(?:[-*+]|\d+[.)])\s+)")


def fill(text: str, width: int = 72) -> str:
    """The report as an editor saves it: paragraphs and list items filled at `width` (headings kept)."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith("#"):
            out.append(line)
            continue
        item = _ITEM_RE.match(line)
        out += textwrap.wrap(line, width, subsequent_indent=" " * len(item.group(1)) if item else "",
                             break_long_words=False, break_on_hyphens=False)
    return "\n".join(out)


# (a report holds enough filled lines to tell its width: an opening paragraph of five)
INTRO = ("I went to WidgetConf 2031 this year, my first conference in a long time, and these notes are what stayed "
         "with me from the main conference, the workshops and the poster sessions, in no particular order at all. "
         "The venue was large, the coffee was good, and the hallway track was as useful as ever for meeting people "
         "whose papers I had read, so expect a few detours along the way.\n\n")

REPORTS = [
    ("numbered names, then titles",
     "# Notes from WidgetConf 2031\n\n" + INTRO +
     "I went to WidgetConf 2031 this year and these are the papers from the main conference that stayed with me, "
     "in no particular order at all.\n\n"
     "1. Ana Souza, Ben Park, Alignment-Based Compositional Gizmos for Instruction Following in Widget Worlds\n"
     "2. Dana Levi, On Learning to Think: Algorithmic Widget Theory for Novel Combinations of Gizmo Controllers\n"
     "3. Chen Wei, Emil Novak, Hana Mori, Unitary Evolution Recurrent Widget Networks\n"),
    ("quoted linked titles in prose, names across a break",
     "# WidgetConf 2031\n\n" + INTRO +
     "The first two days hosted up to fifteen parallel sessions of workshops, tutorials and special days. One of the "
     "demos, titled “[Gizmo-AB: An Open-Source Widget Framework with Native A/B Testing Integration]"
     "(https://github.com/example/gizmo-ab)“, was authored by Tarsk Obenhule and Brindle Vashko, who were both on-site.\n\n"
     "There were also more traditional widget talks, such as high-performance computing in Fortran. A nice exception "
     "was Quenvo Bastrikor's work on [Taylor-Mode Automatic Gizmo Differentiation for Higher-Order Widgets]"
     "(https://openreview.net/forum?id=Abc123), which is an implementation of an older idea.\n"),
    ("bullets of linked titles and their names",
     INTRO + "## Posters\n\n"
     "- [Language Modeling Teaches You More than Translation Does: Lessons Learned Through Auxiliary Gizmo Tasks]"
     "(https://aclanthology.org/3101.w-1.pdf) by Ana Souza and Ben Park, a must-read for the analysis crowd.\n"
     "- [Under the Hood: Using Diagnostic Widgets to Investigate and Improve how Gizmo Models Track Agreement]"
     "(https://aclanthology.org/3101.w-2.pdf) by Dana Levi.\n"),
    ("bullets of titles and their project pages written out",
     INTRO + "Papers I liked:\n\n"
     "- Going beyond Gizmo-LDA for Detecting Specific Comments on Widget Blogs (http://lab.example.org/gizmo-lda/)\n"
     "- Sparse Widget Signals for Linking Gizmos at the Tail of the Distribution (https://arxiv.org/abs/3101.00003)\n"),
]


@pytest.mark.parametrize("name, text", REPORTS, ids=[r[0] for r in REPORTS])
def test_a_hard_wrapped_report_reads_as_its_unwrapped_original(nlp, name, text):
    filled = fill(text)
    assert filled != text and soft_breaks(filled)
    original, wrapped = extract_text(text, nlp, name="r.md"), extract_text(filled, nlp, name="r.md")
    assert original.papers, "the fixture must name papers"
    assert [(p.title, p.authors, p.code_urls) for p in wrapped.papers] == [(p.title, p.authors, p.code_urls) for p in original.papers]
    assert wrapped.people == original.people


@pytest.mark.parametrize("text", [
    # records whose lines end wherever their fields do: no soft break
    "Paper: Sparse Widget Kernels for Gizmo Parsing\nAuthors: Ana Souza (Widget U), Ben Park (Gizmo Labs)\n"
    "TL;DR: kernels can be sparse.\nLink: https://arxiv.org/abs/3101.01234\n\n"
    "Paper: Learning Gizmos from Widgets at Scale\nAuthors: Dana Levi, Emil Novak\nTL;DR: scale.\n",
    "**Sparse Widget Kernels for Gizmo Parsing at Scale with Few Labels**\nAna Souza, Ben Park\n\n"
    "**Learning Gizmos from Widgets at Scale in the Wild Today**\nDana Levi, Emil Novak\n\n"
    "**Gizmo Trees for Widget Retrieval in Many Languages at Once**\nHana Mori\n\n"
    "**Widget Nets for Gizmo Parsing and Other Tasks of Interest Here**\nChen Wei\n",
    # a short text
    "One line.\nTwo lines.\n",
])
def test_typed_line_breaks_are_no_soft_breaks(text):
    assert soft_breaks(text) == []


def test_soft_breaks_become_spaces_and_keep_every_offset():
    text = fill(INTRO.strip())
    breaks = soft_breaks(text)
    flowing = unwrapped(text, breaks)
    assert len(breaks) == text.count("\n") >= 4
    assert len(flowing) == len(text) and "\n" not in flowing and all(text[b] == "\n" for b in breaks)


def test_a_quote_blocks_soft_breaks_and_marks_become_spaces():
    text = "\n".join(textwrap.wrap(INTRO.strip(), 72, initial_indent="> ", subsequent_indent="> "))
    breaks = soft_breaks(text)
    flowing = unwrapped(text, breaks)
    assert len(breaks) == text.count("\n") >= 4
    assert len(flowing) == len(text) and flowing.count(">") == 1 and " ".join(flowing[2:].split()) == " ".join(INTRO.split())


def test_mentions_of_a_hard_wrapped_report_hold_the_reports_own_text(nlp):
    text = fill(REPORTS[0][1])
    ex = extract_text(text, nlp, name="r.md")
    mentions = [m for p in ex.papers for m in p.mentions + p.author_mentions] + ex.people_mentions + ex.citations + ex.topic_mentions
    assert any("\n" in m.text for m in mentions)   # (a title the fill broke)
    assert all(m.text == text[m.start : m.end] for m in mentions)
