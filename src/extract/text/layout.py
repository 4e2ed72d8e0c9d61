"""Line structure of a report: lines with offsets, headings, list items and sections.

Trip reports are written line by line: a title line, an author line, a paragraph. The
paper and people rules read this structure rather than raw characters.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

BULLET_RE = re.compile(r"^\s*(?:[•▶►▸‣◦*·-]|\d{1,3}[.)]|\(?[ivxIVX]{1,5}\)|\([a-z0-9]{1,2}\))\s+")
MD_HEADING_RE = re.compile(r"^\s*#{1,6}\s+")
# Headings that open a part of a conference programme, and whether the talks under them are papers.
PAPER_CONTEXT_RE = re.compile(
    r"^(?:session|oral|orals|spotlights?|posters?|papers?|accepted papers|main conference|track|workshops?)\b",
    re.I,
)
OTHER_CONTEXT_RE = re.compile(r"^(?:day\s+\d+|tutorials?|keynotes?|invited talk\s*:|panel)\b", re.I)
DAY_RE = re.compile(r"^day\s+\d+\b", re.I)


@dataclass(frozen=True)
class Line:
    """One line of the report. `start`/`end` are offsets of the stripped content."""

    index: int
    start: int
    end: int
    text: str            # stripped content, == report_text[start:end]
    blank_before: bool
    blank_after: bool

    @property
    def words(self) -> list[str]:
        return self.text.split()


def split_lines(text: str) -> list[Line]:
    """Non-empty lines with offsets into `text`, and whether a blank line surrounds them."""
    raw: list[tuple[int, int, str]] = []
    pos = 0
    for chunk in text.split("\n"):
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            raw.append((pos + lead, pos + lead + len(stripped), stripped))
        else:
            raw.append((pos, pos, ""))
        pos += len(chunk) + 1
    lines: list[Line] = []
    for i, (s, e, t) in enumerate(raw):
        if not t:
            continue
        before = i == 0 or not raw[i - 1][2]
        after = i == len(raw) - 1 or not raw[i + 1][2]
        lines.append(Line(len(lines), s, e, t, before, after))
    return lines


def strip_bullet(text: str) -> tuple[str, int]:
    """The text of a list item without its marker, and how many characters were removed."""
    m = BULLET_RE.match(text) or MD_HEADING_RE.match(text)
    return (text[m.end():], m.end()) if m else (text, 0)


def is_list_item(line: Line) -> bool:
    return bool(BULLET_RE.match(line.text))


SMALL_WORDS = frozenset(
    "a an the and or but nor of for in on at to by with from via vs versus into onto over under as is are "
    "be do does can not without through towards toward using between beyond about against than when why how "
    "what where which who its their our your it we you i if then so up out off more most all any each per".split()
)


def capitalised_ratio(text: str) -> float:
    """Share of content words that start with an upper-case letter or digit."""
    words = [w.strip("“”\"'‘’()[],.:;!?") for w in text.split()]
    content = [w for w in words if w and w.lower() not in SMALL_WORDS]
    if not content:
        return 0.0
    caps = sum(1 for w in content if w[0].isupper() or w[0].isdigit())
    return caps / len(content)


def looks_like_heading(line: Line) -> bool:
    """A short stand-alone line that is not a sentence: a heading or a title."""
    t, _ = strip_bullet(line.text)
    n = len(t.split())
    if n == 0 or n > 28 or len(t) > 220:
        return False
    if not (line.blank_before or MD_HEADING_RE.match(line.text)):
        return False
    if t.endswith((":", ",", ";")) or (t.endswith(".") and not t.endswith("..")):
        return False
    return t[0].isupper() or t[0].isdigit() or t[0] in "“\"'"


@dataclass
class Section:
    """The span between one heading and the next."""

    heading: Line | None
    start: int
    end: int
    lines: list[Line]


__all__ = [
    "DAY_RE",
    "OTHER_CONTEXT_RE",
    "PAPER_CONTEXT_RE",
    "SMALL_WORDS",
    "Line",
    "Section",
    "capitalised_ratio",
    "is_list_item",
    "looks_like_heading",
    "split_lines",
    "strip_bullet",
]
