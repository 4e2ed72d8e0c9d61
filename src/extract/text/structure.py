"""Document structure of a report: one block model for markdown, HTML (converted at ingest) and
plain text, with exact offsets into the report text.

The report is parsed with markdown-it-py (CommonMark plus tables and strikethrough; indented code
blocks are off, because plain-text reports indent prose). Each heading, paragraph, list item and
table row becomes a `Block`: its visible text as runs of offsets (markup such as `**`, link
destinations and list bullets is left out), its lines, its link anchors (text range and target) and
emphasis spans, and where it sits (list nesting, the heading it falls under). HTML comments in
markdown are parsed too: authors hide drafts there, which still name papers.

The parser reports inline children without offsets, so they are aligned back onto the source: every
visible character is found in order in its source line, which also makes escapes (`\\|`) and
entities (`&amp;`) come out right.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

import numpy as np
from markdown_it import MarkdownIt
from markdown_it.token import Token

BlockKind = str   # "heading" | "paragraph" | "list_item" | "table_row" | "html"


@dataclass(slots=True)
class Link:
    """A link anchor: the visible text range and where it points (an empty anchor has start == end)."""

    start: int
    end: int
    href: str


@dataclass(slots=True)
class Emphasis:
    start: int
    end: int
    kind: str   # "strong" | "em" | "code" | "strike"


@dataclass(slots=True)
class Block:
    """A heading, paragraph, list item, table row or raw HTML block."""

    index: int
    kind: BlockKind
    runs: list[tuple[int, int]] = field(default_factory=list)    # visible text, in order
    lines: list[tuple[int, int]] = field(default_factory=list)   # visible lines (soft or hard breaks)
    links: list[Link] = field(default_factory=list)
    emphasis: list[Emphasis] = field(default_factory=list)
    level: int = 0            # heading level (1-6)
    depth: int = 0            # list nesting (0 outside lists, 1 for a top-level item)
    list_id: int = -1         # items of one list share it, and rows of one table
    item: int = -1            # position of a list item in its list (0-based)
    ordered: bool = False     # numbered list
    parent: int = -1          # the list item this block sits in
    heading: int = -1         # the heading this block falls under (for a heading: the one above it)
    cells: list[tuple[int, int]] = field(default_factory=list)   # table row: visible range of each cell
    header: tuple[str, ...] = ()                                  # table row: the table's header texts
    in_comment: bool = False  # inside an HTML comment
    html: bool = False        # read from raw HTML, where a run of spaces or a line break is one space on the page

    @property
    def start(self) -> int:
        return self.runs[0][0] if self.runs else 0

    @property
    def end(self) -> int:
        return self.runs[-1][1] if self.runs else 0

    def text(self, source: str) -> str:
        """The visible text: runs joined, lines separated by a line break."""
        parts: list[str] = []
        line_starts = {s for s, _ in self.lines[1:]}
        for s, e in self.runs:
            if parts and s in line_starts:
                parts.append("\n")
            parts.append(source[s:e])
        return "".join(parts)


@dataclass(slots=True)
class Structure:
    blocks: list[Block]
    headings: list[int]       # indices of heading blocks, in order

    def children(self, block: Block) -> list[Block]:
        return [b for b in self.blocks if b.parent == block.index]


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]).disable("code")


_EMPHASIS = {"strong_open": "strong", "strong_close": "strong", "em_open": "em", "em_close": "em",
             "s_open": "strike", "s_close": "strike"}
# The hidden tail of a link: `](dest)`, `](<dest> "title")`, `][ref]` (destinations may hold balanced parentheses).
_DESTINATION_RE = re.compile(r"""\]\s?(?:\((?:[^()\n]|\([^()\n]*\))*\)|\[[^\]\n]*\])""")
_HREF_RE = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_BR_RE = re.compile(r"<br\s*/?>", re.I)
_LINE_END_RE = re.compile(r"[ \t\\*_~]*\n")   # what may stand before a line break: spaces, a backslash, closing emphasis
HTML_TAG_RE = re.compile(r"</?[A-Za-z][^<>]*>")   # an HTML tag, opening or closing, with its attributes
_TASK_RE = re.compile(r"\[[ xX]\]\s+")
_COMMENT_RE = re.compile(r"<!--(.*?)-->", re.S)
# Hidden text: an emoji shortcode (":boom:", ":heavy_check_mark:": GitHub shows a picture, not the words), or
# an attribute list ("{:style=\"width: 600px\"}", "{: .note}", "{:toc}": Jekyll's kramdown styles the block with
# it; "{fig-align=\"center\"}", "{.smaller}", "{#sec-intro}": Pandoc's and Quarto's).
# A wiki link, as note-taking apps write them: "[[target]]", "[[target|alias]]", an embed "![[picture.png]]".
_WIKILINK_RE = re.compile(r"(?P<embed>!?)\[\[(?P<target>[^\[\]|\n]+)(?:\|(?P<alias>[^\[\]\n]+))?\]\]")
_SHORTCODE_RE = re.compile(r"(?<![\w/]):(?:[+\-]1|[a-z0-9][a-z0-9_+\-]*):(?![\w/])"   # ":boom::boom:" too
                           r"|\{(?::|[#.][A-Za-z][\w-]*(?=[\s}])|[A-Za-z][\w-]*=)[^{}\n]*\}")


class _Source:
    """Line starts of the report text, for turning markdown-it's line maps into offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0]
        for m in re.finditer("\n", text):
            self.starts.append(m.end())

    def line(self, i: int) -> tuple[int, int]:
        if i >= len(self.starts):
            return len(self.text), len(self.text)
        end = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else len(self.text)
        return self.starts[i], end


def _align(piece: str, text: str, pos: int, limit: int, *, lookahead: int = 12) -> tuple[list[int], int]:
    """Offsets in `text` of each character of `piece`, searched in order from `pos` (before `limit`).

    A character not found within `lookahead` characters (it came from an entity or an escape that
    changed it) gets -1; the search goes on from the same place."""
    out: list[int] = []
    direct = text.find(piece, pos, limit) if piece else -1
    if direct >= 0 and direct - pos <= lookahead:
        return list(range(direct, direct + len(piece))), direct + len(piece)
    for ch in piece:
        hit = text.find(ch, pos, min(limit, pos + lookahead + 1))
        if hit < 0:
            out.append(-1)
            continue
        out.append(hit)
        pos = hit + 1
    return out, pos


def _runs(offsets: list[int]) -> list[tuple[int, int]]:
    """Maximal runs of consecutive offsets (unknown ones, -1, skipped). In numpy: a loop per
    character was a tenth of the whole extraction."""
    a = np.asarray(offsets, dtype=np.int64)
    a = a[a >= 0]
    if not a.size:
        return []
    cuts = np.flatnonzero(np.diff(a) != 1) + 1
    starts = np.concatenate(([0], cuts))
    ends = np.concatenate((cuts, [a.size]))
    return [(int(a[s]), int(a[e - 1]) + 1) for s, e in zip(starts.tolist(), ends.tolist())]


class _InlineReader:
    """Visible runs, lines, links and emphasis of one inline token, aligned on the source."""

    def __init__(self, src: _Source, lo: int, hi: int) -> None:
        self.src, self.pos, self.hi = src, lo, hi
        self.offsets: list[int] = []
        self.line_breaks: list[int] = []   # index into offsets where a new line starts
        self.links: list[Link] = []
        self.emphasis: list[Emphasis] = []
        self.superscript = 0   # inside <sup>: an affiliation's or a footnote's mark, no visible word of a record

    def _take(self, piece: str) -> tuple[int, int]:
        got, self.pos = _align(piece, self.src.text, self.pos, self.hi)
        self.offsets += got if not self.superscript else [-1] * len(got)
        found = [o for o in got if o >= 0]
        return (found[0], found[-1] + 1) if found else (self.pos, self.pos)

    def _text(self, content: str) -> None:
        """A text token, its wiki links read as links ("[[paper.pdf|Title]]": the anchor "Title", to no web page unless
        the target is an address; an embed "![[picture.png]]" is no visible word)."""
        if "[[" not in content:
            self._plain_text(content)
            return
        last = 0
        for m in _WIKILINK_RE.finditer(content):
            self._plain_text(content[last : m.start()])
            last = m.end()
            hit = self.src.text.find(m.group(), self.pos, self.hi)
            if hit < 0:
                self._plain_text(m.group())   # (not found as written: read as it is)
                continue
            if m.group("embed"):
                self.pos = hit + len(m.group())
                continue
            anchor = m.group("alias") if m.group("alias") is not None else m.group("target")
            self.pos = hit + m.start("alias" if m.group("alias") is not None else "target") - m.start()
            target = m.group("target").strip()
            # (a note's or a file's name is no address: "[[dbsp.pdf|Title]]" links the title to no page)
            href = target if "://" in target or target.startswith("www.") else ""
            opened: list[tuple[str, int, str]] = [("link", len(self.offsets), href)]
            self._plain_text(anchor)
            self._close(opened, "link")
            self.pos = hit + len(m.group())
        self._plain_text(content[last:])

    def _plain_text(self, content: str) -> None:
        """A text token without its emoji shortcodes and attribute lists (they are not visible words)."""
        last = 0
        if ":" in content or "{" in content:
            for m in _SHORTCODE_RE.finditer(content):
                if m.start() > last:
                    self._take(content[last : m.start()])
                hit = self.src.text.find(m.group(), self.pos, self.hi)
                if hit >= 0:
                    self.pos = hit + len(m.group())
                last = m.end()
        if last < len(content):
            self._take(content[last:])

    def read(self, children: list[Token]) -> None:
        opened: list[tuple[str, int, str]] = []   # (kind, index into offsets, href)
        for tok in children:
            t = tok.type
            if t == "text":
                self._text(tok.content)
            elif t == "code_inline":
                s, e = self._take(tok.content)
                self.emphasis.append(Emphasis(s, e, "code"))
            elif t in ("softbreak", "hardbreak"):
                self.line_breaks.append(len(self.offsets))
                if end := _LINE_END_RE.match(self.src.text, self.pos, self.hi):
                    self.pos = end.end()   # (past the line's trailing spaces: "University           " broke the alignment)
            elif t == "link_open":
                opened.append(("link", len(self.offsets), str(tok.attrs.get("href", ""))))
            elif t in ("strong_open", "em_open", "s_open"):
                opened.append((_EMPHASIS[t], len(self.offsets), ""))
            elif t in ("strong_close", "em_close", "s_close"):
                self._close(opened, _EMPHASIS[t])
            elif t == "link_close":
                self._close(opened, "link")
                if tok.markup != "autolink":
                    self._skip_destination()
            elif t == "html_inline":
                self._html(tok.content, opened)
            elif t == "image":
                self._skip_past(tok)
        while opened:   # unbalanced inline HTML: close at the end
            self._close(opened, opened[-1][0])

    def _skip_destination(self) -> None:
        """Move past a link's hidden part: `](destination "title")` or `][label]`."""
        text = self.src.text
        close = text.find("]", self.pos, min(self.hi, self.pos + 8))   # after closing emphasis marks
        m = _DESTINATION_RE.match(text, close, self.hi) if close >= 0 else None
        if m:
            self.pos = m.end()

    def _close(self, opened: list[tuple[str, int, str]], kind: str) -> None:
        for i in range(len(opened) - 1, -1, -1):
            if opened[i][0] == kind:
                _, first, href = opened.pop(i)
                inside = [o for o in self.offsets[first:] if o >= 0]
                s, e = (inside[0], inside[-1] + 1) if inside else (self.pos, self.pos)
                if kind == "link":
                    self.links.append(Link(s, e, href))
                else:
                    self.emphasis.append(Emphasis(s, e, kind))
                return

    def _html(self, tag: str, opened: list[tuple[str, int, str]]) -> None:
        hit = self.src.text.find(tag, self.pos, self.hi)
        if hit >= 0:
            self.pos = hit + len(tag)
        if _BR_RE.fullmatch(tag.strip()):
            self.line_breaks.append(len(self.offsets))
            return
        m = _HREF_RE.match(tag)
        if m:
            opened.append(("link", len(self.offsets), next(g for g in m.groups() if g is not None)))
        elif re.fullmatch(r"</a\s*>", tag, re.I):
            self._close(opened, "link")
        elif re.fullmatch(r"<(b|strong)\b[^>]*>", tag, re.I):
            opened.append(("strong", len(self.offsets), ""))
        elif re.fullmatch(r"</(b|strong)\s*>", tag, re.I):
            self._close(opened, "strong")
        elif re.fullmatch(r"<(i|em)\b[^>]*>", tag, re.I):
            opened.append(("em", len(self.offsets), ""))
        elif re.fullmatch(r"</(i|em)\s*>", tag, re.I):
            self._close(opened, "em")
        elif re.fullmatch(r"<sup\b[^>]*>", tag, re.I):
            self.superscript += 1   # "Ana Souza<sup>1,2</sup>, Ben Park<sup>2</sup>"
        elif re.fullmatch(r"</sup\s*>", tag, re.I):
            self.superscript = max(self.superscript - 1, 0)

    def _skip_past(self, tok: Token) -> None:
        # ![alt](src): the alt text is not visible text of the report's prose.
        close = self.src.text.find(")", self.pos, self.hi)
        if close >= 0:
            self.pos = close + 1

    def lines(self) -> list[tuple[int, int]]:
        bounds = [0, *self.line_breaks, len(self.offsets)]
        out = []
        for a, b in pairwise(bounds):
            found = [o for o in self.offsets[a:b] if o >= 0]
            if found:
                out.append((found[0], found[-1] + 1))
        return out


def parse_structure(text: str) -> Structure:
    """The blocks of a report text (markdown, plain text, or HTML already converted to markdown)."""
    src = _Source(text)
    blocks: list[Block] = []
    _parse_into(_spaced_headings(_void_tag_lines_apart(_unclosed_comments_apart(_plain_indents(_template_tag_lines_apart(
        _without_front_matter(text)))))), src, blocks,
                in_comment=False)
    blocks.sort(key=lambda b: (b.start, b.index))
    _promote_label_lines(text, blocks)
    remap = {b.index: i for i, b in enumerate(blocks)}
    for i, b in enumerate(blocks):
        b.index = i
        b.parent = remap.get(b.parent, -1)
    headings: list[int] = []
    open_headings: list[Block] = []   # the current heading of each level above
    for b in blocks:
        if b.kind == "heading":
            while open_headings and open_headings[-1].level >= b.level:
                open_headings.pop()
            b.heading = open_headings[-1].index if open_headings else -1   # the heading above this one
            open_headings.append(b)
            headings.append(b.index)
        else:
            b.heading = open_headings[-1].index if open_headings else -1
    return Structure(blocks, headings)


_FRONT_MATTER_RE = re.compile(r"\A---[ \t]*\n(?:[^\n]*\n){0,60}?(?:---|\.\.\.)[ \t]*(?:\n|\Z)")
# Hugo's TOML front matter: "+++", "title = '...'", "+++" (a theme's template keeps its commented keys: 60 lines and more).
_TOML_FRONT_MATTER_RE = re.compile(r"\A\+\+\+[ \t]*\n(?:[^\n]*\n){0,200}?\+\+\+[ \t]*(?:\n|\Z)")
# Hexo writes it without the opening "---": "title: ...", "date: ...", "tags:", "  - ML", then "---".
_OPEN_FRONT_MATTER_RE = re.compile(r"\A(?:[A-Za-z_][\w-]*:[^\n]*\n(?:[ \t]+[^\n]*\n)*){2,40}---[ \t]*(?:\n|\Z)")
# Pelican and Frog write it as "Title: ...", "Date: ...", "Tags: ..." lines (Frog indents them as code) up to a blank line.
_KEYS_FRONT_MATTER_RE = re.compile(r"\A([ \t]*)Title:[^\n]*\n(?:\1[A-Z][a-z]+:[^\n]*\n){1,12}(?=[ \t]*(?:\n|\Z))")


def front_matter_end(text: str) -> int:
    """Where a blog post's front matter ends (YAML: "---", "layout: post", "title: ...", "---"; TOML:
    "+++", "title = '...'", "+++"); 0 without one."""
    m = _FRONT_MATTER_RE.match(text)
    if m and ":" in m.group(0):
        return m.end()
    m = _TOML_FRONT_MATTER_RE.match(text)
    if m and "=" in m.group(0):
        return m.end()
    m = _OPEN_FRONT_MATTER_RE.match(text)
    if m and re.search(r"(?m)^(?:date|tags|categories|category|layout|draft|slug|permalink):", m.group(0)):
        return m.end()   # (a blog's keys: a record's "Title: ..." / "Authors: ..." over a rule is no front matter)
    m = _KEYS_FRONT_MATTER_RE.match(text)
    if m and re.search(r"(?m)^[ \t]*Date:[ \t]*\d{4}-\d\d", m.group(0)):
        return m.end()   # (a post's date, as its engine writes it: a paper's fields give no such date)
    return 0


def _without_front_matter(text: str) -> str:
    """The text with its front matter blanked out, line for line (markdown read it as a thematic
    break and a heading)."""
    end = front_matter_end(text)
    if not end:
        return text
    return "\n" * text.count("\n", 0, end) + text[end:]   # same lines: blocks stay aligned on the text


# A line that is one template tag of a blog engine (Jekyll, Hexo, Hugo, Jinja): '{% asset_img "a.png" "Caption" %}',
# '{{< figure src="a.png" title="Caption" >}}', '{% include toc.html %}'.
# (each tag closed once: prose between two tags on a line is kept)
_TEMPLATE_TAG_LINE_RE = re.compile(r"(?m)^[ \t]*(?:\{%(?:(?!%\})[^\n])*%\}|\{\{(?:(?!\}\})[^\n])*\}\})[ \t]*$")


def _template_tag_lines_apart(text: str) -> str:
    """The text with each line that is one template tag turned into spaces, one for one: the engine replaces it with a
    figure or an include; its arguments (a caption, a file name) are not a line of the report's prose."""
    if "{%" not in text and "{{" not in text:
        return text
    return _TEMPLATE_TAG_LINE_RE.sub(lambda m: " " * len(m.group(0)), text)


_NBSP_INDENT_RE = re.compile(r"(?m)^[ \t]*\xa0[ \t\xa0]*")


# A bullet glyph that opens a line: text copied from a web page or a word processor writes its list
# items so ("  • Title" / "    A, B"), which markdown reads as lines of one paragraph.
_BULLET_GLYPHS = "•◦▪‣●○■□▸►➢➤"
_BULLET_GLYPH_RE = re.compile(rf"(?m)^([ \t]*)[{_BULLET_GLYPHS}](?=[ \t]+\S)")


def _plain_indents(text: str) -> str:
    """The text with no-break spaces that indent a line turned into spaces, one for one (an editor's
    "\xa0 \xa0- item" is a nested list item; markdown reads it as a line of the paragraph above), and
    a bullet glyph that opens a line turned into "-", one character for one."""
    if "\xa0" in text:
        text = _NBSP_INDENT_RE.sub(lambda m: " " * len(m.group(0)), text)
    if any(g in text for g in _BULLET_GLYPHS):
        text = _BULLET_GLYPH_RE.sub(r"\1-", text)
    return text


# "##Title": an ATX heading with no space after its marks, which CommonMark reads as a paragraph and
# kramdown (Jekyll, Octopress) and many editors as a heading.
_UNSPACED_HEADING_RE = re.compile(r"(?m)^(#{2,6})(?=[^\s#])")


def _spaced_headings(text: str) -> str:
    """The text with "##Title" written "# Title", one character for one: one level up, which keeps
    the order of such headings among themselves ("##A" / "###B": B is still under A). ("#tag" stays:
    a hashtag more often than a heading.)"""
    if "\n##" not in text and not text.startswith("##"):
        return text
    return _UNSPACED_HEADING_RE.sub(lambda m: "#" * (len(m.group(1)) - 1) + " ", text)


# A line of HTML tags alone at the line's start: void ones ("<img ... />", "<hr>") or empty elements
# ('<iframe src="..."></iframe>'), and the markdown line right after it.
_VOID_TAG_LINE_RE = re.compile(r"(?im)^(?:(?:<(?:img|hr|br|wbr|input|source|embed)\b[^<>\n]*>"
                               r"|<(iframe|video|audio|object|div|p|span)\b[^<>\n]*>\s*</\1\s*>)[ \t]*)+\n(?=[ \t]*[^\s<])")
# The tags of those that open an HTML block even inside a paragraph (CommonMark's block-level names).
_INTERRUPTING_TAG_RE = re.compile(r"(?i)<(?:hr|iframe|div|p)\b")


def _unclosed_comments_apart(text: str) -> str:
    """The text with each "<!--" that no "-->" closes turned into spaces to its line's end, one for one: a post's
    excerpt mark written "<!--more>" would open a comment that hides every line after it, which no writer meant
    (their blog showed those lines)."""
    at = text.find("<!--")
    while at >= 0:
        close = text.find("-->", at + 4)
        if close >= 0:
            at = text.find("<!--", close + 3)
            continue
        eol = text.find("\n", at)
        eol = len(text) if eol < 0 else eol
        text = text[:at] + " " * (eol - at) + text[eol:]
        at = text.find("<!--", eol)
    return text


def _void_tag_lines_apart(text: str) -> str:
    """The text with a line of HTML tags alone (no text of their own) turned into spaces, one for one,
    where CommonMark would open an HTML block at it and markdown follows: kramdown (Jekyll) renders
    "#### Title" / "<img .../>" / "**Authors**: A, B" / "<hr>" / "#### Title" as headings and
    paragraphs, but an HTML block takes every line up to the next blank one, paper after paper.
    ("<hr>" or "<iframe>" opens a block anywhere; "<img>" only where no paragraph goes on: after a
    heading or a blank line.)"""
    if "<" not in text:
        return text

    def apart(m: re.Match[str]) -> str:
        prev_start = text.rfind("\n", 0, max(m.start() - 1, 0)) + 1
        prev = text[prev_start : max(m.start() - 1, 0)] if m.start() else ""
        if not _INTERRUPTING_TAG_RE.match(m.group(0)) and prev.strip() and not prev.lstrip().startswith("#"):
            return m.group(0)   # (inside a paragraph, the tag is inline HTML)
        return " " * (len(m.group(0)) - 1) + "\n"

    return _VOID_TAG_LINE_RE.sub(apart, text)


# A line on its own that opens a part of a conference programme: plain-text reports have no `#`,
# but "Day 2 - Conference" and "Session 3 - Deep Learning Theory" are headings all the same.
_LABEL_LINE_RE = re.compile(
    r"^(?:(?:day|session|track|part|week)\s*\d+\b|(?:oral|poster|spotlight)(?:\s+session)?s?\b|tutorials?\b|"
    r"workshops?\b|keynotes?\b|invited talks?\b|main conference\b|(?:accepted |selected )?papers\b|panels?\b)", re.I)


def _promote_label_lines(text: str, blocks: list[Block]) -> None:
    """Turn a one-line paragraph that is a programme label ("Session 1 - Deep Generative Models 1")
    into a heading: level 2 for days and other top-level parts, 3 for sessions within them. Only in
    a report without headings of its own: where "#" marks them, a paragraph "Workshop day 1, ..."
    under "### Emotion" is a note, not a part of the programme."""
    if any(b.kind == "heading" for b in blocks):
        return
    for b in blocks:
        if b.kind != "paragraph" or b.parent >= 0 or len(b.lines) != 1:
            continue
        line = b.text(text).strip()
        if len(line) > 90 or line.endswith((".", ",", ";")) or not _LABEL_LINE_RE.match(line):
            continue
        b.kind = "heading"
        b.level = 2 if re.match(r"(?i)day\b|main conference|tutorials?|workshops?", line) else 3


def _parse_into(markdown: str, src: _Source, blocks: list[Block], *, in_comment: bool) -> None:
    """Append the blocks of `markdown` (the report text, or a masked copy of one part of it: same
    lines, same columns) to `blocks`, aligned on `src`."""
    tokens = _parser().parse(markdown)
    stack: list[dict] = []      # open lists: {"id", "ordered", "count"}
    items: list[int] = []       # open list items: block index (or -1 until its first paragraph)
    item_blocks: list[Block] = []
    header: tuple[str, ...] = ()
    in_thead = False
    table_id = -1
    row: Block | None = None
    row_cursor = 0              # where the next cell of the open row is looked for
    pending_heading: Token | None = None
    next_list_id = [len(blocks) * 1000 + 1]
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        t = tok.type
        if t in ("bullet_list_open", "ordered_list_open"):
            stack.append({"id": next_list_id[0], "ordered": t.startswith("ordered"), "count": 0})
            next_list_id[0] += 1
        elif t in ("bullet_list_close", "ordered_list_close"):
            stack.pop()
        elif t == "list_item_open":
            lst = stack[-1]
            parent = item_blocks[-1].index if item_blocks else -1
            blk = Block(len(blocks), "list_item", depth=len(stack), list_id=lst["id"], item=lst["count"],
                        ordered=lst["ordered"], parent=parent, in_comment=in_comment)
            lst["count"] += 1
            blocks.append(blk)
            item_blocks.append(blk)
            items.append(blk.index)
        elif t == "list_item_close":
            item_blocks.pop()
            items.pop()
        elif t == "heading_open":
            # (not a paragraph of three lines or more over a line of dashes, a separator in a plain-text layout:
            # "Paper Title: ...", "Authors: ...", ... then "-----")
            if not (tok.markup[:1] in ("-", "=") and tok.map and tok.map[1] - tok.map[0] > 3):
                pending_heading = tok
        elif t == "inline":
            if row is not None:
                row_cursor = _read_cell(tok, src, row, row_cursor)
            else:
                _read_inline(tok, src, blocks, item_blocks, pending_heading, row, in_comment)
            if pending_heading is not None:
                pending_heading = None
        elif t == "table_open":
            table_id = next_list_id[0]
            next_list_id[0] += 1
        elif t == "thead_open":
            in_thead = True
            header = ()
        elif t == "thead_close":
            in_thead = False
        elif t == "tr_open":
            row_cursor = src.line(tok.map[0])[0] if tok.map else (row.end if row is not None else 0)
            row = Block(len(blocks), "table_row", parent=item_blocks[-1].index if item_blocks else -1,
                        list_id=table_id, header=header, in_comment=in_comment)
        elif t == "tr_close" and row is not None:
            if in_thead:
                header = tuple(src.text[s:e].strip() for s, e in row.cells)
            elif row.runs:
                row.header = header
                blocks.append(row)
            row = None
        elif t == "html_block":
            _html_block(tok, src, blocks, item_blocks, in_comment)
        elif t == "fence":
            _plain_fence(tok, src, blocks, item_blocks, in_comment)
        i += 1


def _read_cell(tok, src: _Source, row: Block, cursor: int) -> int:
    """One cell of a table row: its text is looked for from the end of the previous cell's source
    (after a link's hidden "](url)"), not from the end of its visible text; returns the new cursor."""
    line_end = src.text.find("\n", cursor)
    line_end = len(src.text) if line_end < 0 else line_end
    start = src.text.find(tok.content, cursor, line_end) if tok.content else -1
    if start < 0:   # an escape or entity changed the text: the old way, from the last visible text
        _read_inline(tok, src, [], [], None, row, row.in_comment)
        return row.runs[-1][1] if row.runs else cursor
    reader = _InlineReader(src, start, line_end)
    reader.read(tok.children or [])
    _add_cell(row, reader, start)
    return start + len(tok.content)


def _add_cell(row: Block, reader: _InlineReader, empty_at: int) -> None:
    """A cell's runs, links and emphasis into its row (an empty cell is an empty range at empty_at)."""
    runs = _runs(reader.offsets)
    if runs:
        row.runs += runs
        row.lines += reader.lines()   # a cell's lines: GitHub tables break them with <br>
        row.cells.append((runs[0][0], runs[-1][1]))
        row.links += reader.links
        row.emphasis += reader.emphasis
    else:
        row.cells.append((empty_at, empty_at))
        row.links += reader.links   # "| [![GitHub](badge.svg)](https://github.com/...) |": a link, no visible text


_INDENT_RE = re.compile(r"[ \t]*")


def _read_inline(tok, src, blocks, item_blocks, heading_tok, row, in_comment) -> None:
    l0, l1 = (tok.map or [0, 1])
    lo, hi = src.line(l0)[0], src.line(l1 - 1)[1]
    if row is not None:
        lo = row.runs[-1][1] if row.runs else lo
    else:
        # Past the line's indent: a list nested four deep ("            - A, B") opens its words further from the line's
        # start than the aligner looks ahead, which then matched its letters one by one ("D", "i", "e", ...).
        lo = _INDENT_RE.match(src.text, lo, hi).end()  # type: ignore[union-attr]
    children = tok.children or []
    if row is None and heading_tok is None and item_blocks and not item_blocks[-1].runs and children \
            and children[0].type == "text" and (task := _TASK_RE.match(children[0].content)):
        # A task list item ("- [x] Title"): GitHub shows a checkbox, not the brackets.
        children = [children[0].copy(content=children[0].content[task.end() :]), *children[1:]]
    reader = _InlineReader(src, lo, hi)
    reader.read(children)
    if row is not None:
        _add_cell(row, reader, reader.pos)
        return
    runs = _runs(reader.offsets)
    if not runs:
        return
    if heading_tok is not None:
        blk = Block(len(blocks), "heading", level=int(heading_tok.tag[1:]), in_comment=in_comment)
        blocks.append(blk)
    elif item_blocks and not item_blocks[-1].runs:
        blk = item_blocks[-1]   # the list item's own first paragraph
    else:
        parent = item_blocks[-1] if item_blocks else None
        blk = Block(len(blocks), "paragraph", depth=parent.depth if parent else 0,
                    parent=parent.index if parent else -1, in_comment=in_comment)
        blocks.append(blk)
    blk.runs = runs
    blk.lines = reader.lines()
    blk.links = reader.links
    blk.emphasis = reader.emphasis


# A fenced block's info string that names no programming language.
_PLAIN_FENCE_INFO = frozenset({"", "text", "txt", "none", "plain", "plaintext"})
# A line of code, a command, markup or a BibTeX entry: no line of a list a writer set in a box.
_CODE_LINE_RE = re.compile(r"[;{}=\\]|^\s*(?:\$|>>>|#|//|/\*|<\w|@\w|(?:import|from|def|class|pip|git|python|cd|select|return)\s)"
                           r"|\w\([^()]*\)\s*$", re.I)
_FENCE_MARK_RE = re.compile(r"\s*(?:`{3,}|~{3,})")


def _plain_fence(tok, src, blocks, item_blocks, in_comment) -> None:
    """A fenced block with no language whose lines are a writer's plain lines, not code ("```" / "5 - Title A" /
    "11 - Title B" / "```", a list of posters set in a box): its paragraphs, as plain text's. A block with a
    line of code, a command or markup in it stays unread."""
    if tok.info.strip().lower() not in _PLAIN_FENCE_INFO or not tok.map:
        return
    l0, l1 = tok.map
    lines = [src.line(j) for j in range(l0 + 1, l1)]
    if lines and _FENCE_MARK_RE.match(src.text, lines[-1][0]):
        lines.pop()   # (the closing fence)
    filled = [(s, e) for s, e in lines if src.text[s:e].strip()]
    if len(filled) < 2 or any(_CODE_LINE_RE.search(src.text, s, e) for s, e in filled) \
            or sum(1 for s, e in filled if src.text[s:e].strip()[:1].isupper() or src.text[s:e].strip()[:1].isdigit()) < 0.6 * len(filled):
        return
    parent = item_blocks[-1].index if item_blocks else -1
    blk: Block | None = None
    for s, e in lines:
        line = src.text[s:e]
        if not line.strip():
            blk = None
            continue
        if blk is None:
            blk = Block(len(blocks), "paragraph", parent=parent, in_comment=in_comment)
            blocks.append(blk)
        span = (s + len(line) - len(line.lstrip()), s + len(line.rstrip()))
        blk.runs.append(span)
        blk.lines.append(span)


def _html_block(tok, src, blocks, item_blocks, in_comment) -> None:
    l0, l1 = (tok.map or [0, 1])
    lo, hi = src.line(l0)[0], src.line(l1 - 1)[1]
    raw = src.text[lo:hi]
    comments = list(_COMMENT_RE.finditer(raw))
    if comments and not in_comment:
        for m in comments[:50]:
            body_start = lo + m.start(1)
            line = src.text.count("\n", 0, body_start)
            # The comment's body alone, on its own lines: parsed as markdown and aligned on the
            # report text, its blocks keep the report's offsets.
            masked = "\n" * line + m.group(1)
            _parse_into(masked, src, blocks, in_comment=True)
        return
    parent = item_blocks[-1].index if item_blocks else -1
    from extract.text.html_blocks import html_blocks, open_table_header  # here: they build this module's blocks

    parsed = html_blocks(raw, lo, len(blocks), parent, in_comment)
    if parsed:   # list items, headings, paragraphs and rows of the markup, each at its offsets
        # Rows of a table whose blank lines cut it into several HTML blocks ("<table>...<tr>...</tr>" / "" /
        # "<tr>...</tr>"): a block's rows with no table of their own continue the rows right above them,
        # or the table whose header alone the block above opened.
        above = blocks[-1] if blocks else None
        for b in parsed:
            if b.kind == "table_row" and b.list_id == -1 and above is not None and (above.kind == "table_row" or above.header):
                b.list_id, b.header = above.list_id, above.header
            above = b
        blocks += parsed
        return
    blk = Block(len(blocks), "html", parent=parent, in_comment=in_comment)
    if "<table" in raw.lower() and (header := open_table_header(raw)):
        blk.list_id, blk.header = (len(blocks) + 1) * 1000 + 700, header
    blk.runs = [(lo, hi)]
    blk.lines = [src.line(j) for j in range(l0, l1) if src.line(j)[1] > src.line(j)[0]]
    for m in _HREF_RE.finditer(raw):
        href = next(g for g in m.groups() if g is not None)
        gt = raw.find(">", m.end() - 1)
        close = raw.find("</a>", gt) if gt >= 0 else -1
        if close > gt >= 0:
            blk.links.append(Link(lo + gt + 1, lo + close, href))
    blocks.append(blk)
