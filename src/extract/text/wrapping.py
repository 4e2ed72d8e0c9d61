"""Hard-wrapped reports: the line breaks an editor's fill made inside paragraphs and list items.

Many posts are saved with their paragraphs and list items filled at a fixed width (72, 80 columns), so
a title, a byline or a name runs over a line break that the writer never typed ("1. Ana Souza, Ben
Park, Alignment-Based Compositional Semantics for" / "   Instruction Following"). Such a break is
told from a typed one by where its line ends: so close to the report's wrap width that the next
line's first word would not have fit. A report whose lines do not end so has no soft breaks at all
(a record's title line over its byline ends wherever the title does).
"""
from __future__ import annotations

import bisect
import re
from itertools import pairwise

from extract.text.structure import Block

# A line that opens a block of its own, never the rest of the line above it: a heading, a list item,
# a table row, a quote, HTML, a code fence, a horizontal rule.
# ... or a field of a record ("Authors: A, B", "**Code:** url", "TL;DR: ..."; not a title's head: "Levels of" / "Autonomy: ...").
_BLOCK_START_RE = re.compile(r"[ \t]*(?:#|[-*+•][ \t]|\d{1,3}[.)][ \t]|\||>|<|```|~~~|---|\*\*\*|___"
                             r"|[*_]{0,2}(?:authors?|by|papers?|title|code|links?|urls?|pdf|arxiv|slides|video|venue|tl;?dr|abstract"
                             r"|summary|notes?|project|github|website|demo|poster|affiliations?)[*_]{0,2}:[*_]{0,2}(?:[ \t]|$))", re.I)
_QUOTE_MARKS_RE = re.compile(r"[ \t]*(?:>[ \t]?)+")
MIN_WIDTH, MAX_WIDTH = 50, 120   # the widths editors fill at
_SLACK = 20   # a filled line ends this many columns or fewer short of the width
_MIN_FILLED_SHARE = 0.6   # of the long lines a line goes on from, so many must end as filled ones do ...
_MIN_PAIRS = 5   # ... and there must be so many of them
_SAMPLE = 2000


def soft_breaks(text: str) -> list[int]:
    """Offsets of the newlines an editor's fill put inside a paragraph or a list item, in order; none
    when the report is not hard-wrapped."""
    if text.count("\n") < 3:
        return []
    # (the newline's offset, the line's last column, the next line's first word's length, whether the line is one word)
    pairs: list[tuple[int, int, int, bool]] = []
    pos = 0
    fenced = False
    for line, nxt in pairwise(text.split("\n")):
        newline = pos + len(line)
        pos = newline + 1
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        if len(line) + 1 + len(nxt) <= MIN_WIDTH:
            continue   # (the next line's first word could not overflow any width: no fill broke this line)
        # (inside a quote block both lines carry its marks: "> ... the names you" / "> read about")
        quote, quote_nxt = _QUOTE_MARKS_RE.match(line), _QUOTE_MARKS_RE.match(nxt)
        depth = quote.group().count(">") if quote else 0
        if depth != (quote_nxt.group().count(">") if quote_nxt else 0):
            continue
        body, body_nxt = line[quote.end() if quote else 0 :], nxt[quote_nxt.end() if quote_nxt else 0 :]
        if fenced or not body.strip() or not body_nxt.strip() or _BLOCK_START_RE.match(body_nxt) or body.lstrip().startswith(("#", "|")):
            continue
        pairs.append((newline, len(line.rstrip()), len(body_nxt.split(maxsplit=1)[0]), len(body.split(maxsplit=1)) == 1))
    # (the width is told by long lines only; a short line before a long word, a link's target, is one of
    # its soft breaks, but so is a record's title line over its link in a report never wrapped)
    # (the first lines tell the width: a report of a hundred thousand lines pays for a few thousand)
    width = _wrap_width([(col, first) for _, col, first, _ in pairs if col >= MIN_WIDTH - _SLACK][:_SAMPLE])
    if width is None:
        return []
    # (a line of one word longer than the width, a link's target, overflows it: the fill broke after it too)
    return [newline for newline, col, first, alone in pairs if _filled(col, first, width) or (alone and col > width)]


def _wrap_width(pairs: list[tuple[int, int]]) -> int | None:
    """The width most lines that a line goes on from were filled at, or None (a few lines may run past
    it: a long URL, a table's row, a line the editor never filled)."""
    if len(pairs) < _MIN_PAIRS:
        return None
    best, fitted = None, 0
    for width in sorted({col for col, _ in pairs if MIN_WIDTH <= col <= MAX_WIDTH}):
        fit = sum(1 for col, first in pairs if _filled(col, first, width))
        if fit > fitted:
            best, fitted = width, fit
    return best if fitted >= _MIN_FILLED_SHARE * len(pairs) else None


def _filled(col: int, first: int, width: int) -> bool:
    """A line that ends `col` columns in was filled at `width`: the next word (`first` long) did not fit
    (a line before a long word, a link's target, may end far short of the width)."""
    return (col >= width - _SLACK or first >= _SLACK) and col <= width and col + 1 + first > width


def unwrapped(text: str, breaks: list[int]) -> str:
    """The text with its soft breaks as spaces, and a quote block's marks after them ("\n> "), the same
    length: every offset stays the report's."""
    if not breaks:
        return text
    pieces = []
    last = 0
    for b in breaks:
        marks = _QUOTE_MARKS_RE.match(text, b + 1)
        end = marks.end() if marks else b + 1
        pieces.append(text[last:b])
        pieces.append(" " * (end - b))
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def joined_lines(lines: list[tuple[int, int]], breaks: list[int]) -> list[tuple[int, int]]:
    """A block's lines with those a soft break parts joined again."""
    if not breaks or len(lines) < 2:
        return lines
    out = [lines[0]]
    for s, e in lines[1:]:
        ps, pe = out[-1]
        if _break_between(breaks, pe, s):
            out[-1] = (ps, e)
        else:
            out.append((s, e))
    return out


def flowing_lines(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A block's lines with those joined whose break `text` holds as a space (`unwrapped` text)."""
    out: list[tuple[int, int]] = []
    for s, e in lines:
        if out and "\n" not in text[out[-1][1] : s]:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def filled_paragraph(text: str, block: Block, breaks: list[int]) -> bool:
    """A paragraph of three lines or more that the editor's fill broke at most of its breaks, a sentence
    ending inside it: prose, whatever its lines open with (links, names, capitals)."""
    lines = block.lines
    if block.kind != "paragraph" or len(lines) < 3 or not breaks:
        return False
    soft = sum(1 for (_, e), (s, _) in pairwise(lines) if _break_between(breaks, e, s))
    return 2 * soft >= len(lines) - 1 and any(_SENTENCE_END_RE.search(text, s, e) for s, e in lines)


def _break_between(breaks: list[int], end: int, start: int) -> bool:
    k = bisect.bisect_left(breaks, end)
    return k < len(breaks) and breaks[k] < start


_SENTENCE_END_RE = re.compile(r"[a-z)][.!?][\s\"”’)]")
