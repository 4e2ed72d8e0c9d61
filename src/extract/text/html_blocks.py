"""Raw HTML inside a markdown report (`<ul><li><b>Title</b><br>Authors</li></ul>`) as blocks of the
structure model: list items, headings, paragraphs and table rows, with their visible text runs,
lines (`<br>` and block ends), links and emphasis, at exact offsets into the report text.

The standard library's `html.parser` reads the tags (`convert_charrefs=False`, so that every piece
of text it hands over is the report's own characters, and `getpos()` places it); the text between
tags becomes runs, as the text between markdown's markup does. A whole HTML file is converted to
markdown at ingest instead (`ingest.html_to_text`).
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

from extract.text.structure import Block, Emphasis, Link

_SKIP = frozenset({"script", "style", "iframe", "noscript", "template", "svg", "head", "title", "object", "video", "audio"})
_PARAGRAPH = frozenset({"p", "div", "dt", "dd", "blockquote", "center", "section", "article", "figcaption", "caption", "pre",
                        "header", "footer", "main", "details", "summary", "address"})
_HEADINGS = {f"h{i}": i for i in range(1, 7)}
_LISTS = frozenset({"ul", "ol", "dl"})
_EMPHASIS = {"b": "strong", "strong": "strong", "i": "em", "em": "em", "code": "code", "tt": "code", "s": "strike",
             "strike": "strike", "del": "strike"}
# Class names of elements that tag a paper with words ("<span class="pc-badge">VLM · Accessibility</span>"), not text of it.
_BADGE_CLASS_RE = re.compile(r"(?:^|[\s_-])(?:badges?|tags?|chips?|pills?)(?:$|[\s_-])"
                             # ... and an embedded post of a social network, its text and who posted it (not the report's words)
                             r"|\b(?:twitter-tweet|twitter-timeline|instagram-media|tiktok-embed|mastodon-embed)\b", re.I)
# Class names of inline elements that hold one field of a paper's record: its title, authors, venue.
_FIELD_CLASS_RE = re.compile(r"(?:^|[\s_-])(?:[\w-]*title|authors?|byline|meta|venue|affiliations?)(?:$|[\s_-])", re.I)
# A rule breaks the line as a break does ("Title A <hr> Title B" in one table cell)
_BREAKS = frozenset({"br", "hr"})
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr", "source", "area", "col", "embed", "param", "track"})


class _Reader(HTMLParser):
    def __init__(self, raw: str, base: int, first_index: int, parent: int, in_comment: bool) -> None:
        super().__init__(convert_charrefs=False)
        self.raw, self.base, self.parent, self.in_comment = raw, base, parent, in_comment
        self.line_starts = [0] + [i + 1 for i, c in enumerate(raw) if c == "\n"]
        self.blocks: list[Block] = []
        self.next_index = first_index
        self.open: list[tuple[str, Block | None]] = []   # open elements that make blocks, with the block
        self.lists: list[dict] = []                         # open ul/ol: {"id", "ordered", "count"}
        self.heading_level = 0                              # of the block opened at its first text (0: a paragraph)
        self.target: Block | None = None                    # the block text goes to
        self.new_line = True
        self.skip = 0
        self.badge: str | None = None                       # the open element of a badge's class ...
        self.badge_depth = 0                                # ... and how many of its tag are open inside it
        self.fields: list[str] = []                         # open inline elements of a field's class (title, authors, ...)
        self.links: list[tuple[int, str]] = []              # open <a>: (start, href)
        self.marks: list[tuple[str, int]] = []              # open emphasis: (kind, start)
        self.row: Block | None = None
        self.cell_start: int | None = None
        self.header: tuple[str, ...] = ()
        self.table_id = -1                                  # the open table's id (its rows' list_id)
        self.row_is_header = False
        self.table_open = False                             # a <table> opened and not yet closed
        self.last_end = base

    # -- positions
    def _pos(self) -> int:
        line, col = self.getpos()
        return self.base + self.line_starts[line - 1] + col

    def _new_block(self, kind: str, **fields) -> Block:
        items = [b for _, b in self.open if b is not None and b.kind == "list_item"]
        parent = items[-1].index if items else self.parent
        blk = Block(self.next_index, kind, parent=parent, in_comment=self.in_comment, html=True, **fields)
        self.next_index += 1
        self.blocks.append(blk)
        return blk

    # -- tags
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == self.badge:
            self.badge_depth += 1
        if tag in _SKIP:
            self.skip += 1
            return
        if self.skip:
            return
        cls = dict(attrs).get("class") or ""
        if tag not in _VOID and _BADGE_CLASS_RE.search(cls):
            self.skip += 1   # a badge's words (a paper's area, its award) would sit between a title and its byline
            self.badge, self.badge_depth = tag, 1
            return
        if tag not in _PARAGRAPH and tag not in _HEADINGS and tag not in _VOID and _FIELD_CLASS_RE.search(cls):
            # '<a class="poster-title">Title</a> <span class="poster-meta">A, B</span>': a field of its own line,
            # as a page's style sets it (the source's line break between them is only a space to a browser)
            self.new_line = True
            self.fields.append(tag)
        if tag == "hr" and self.row is not None:
            self._rule_in_a_cell()
        elif tag in _BREAKS:
            self.new_line = True
        elif tag in _LISTS:
            self.lists.append({"id": self.next_index * 1000 + 500, "ordered": tag == "ol", "count": 0})
        elif tag == "li":
            lst = self.lists[-1] if self.lists else {"id": -1, "ordered": False, "count": 0}
            blk = self._new_block("list_item", depth=max(1, len(self.lists)), list_id=lst["id"], item=lst["count"],
                                  ordered=lst["ordered"])
            lst["count"] += 1
            self.open.append((tag, blk))
            self.target, self.heading_level, self.new_line = blk, 0, True
        elif tag in _HEADINGS or tag in _PARAGRAPH:
            self.open.append((tag, None))
            item = self.target if self.target is not None and self.target.kind == "list_item" and not self.target.runs else None
            if item is None:   # an item's first paragraph is the item's own text, as in markdown
                self.target = None
                self.heading_level = _HEADINGS.get(tag, 0)
            self.new_line = True
        elif tag == "table":
            self.table_id = self.next_index * 1000 + 700
            self.table_open = True
        elif tag == "tr":
            self.row = Block(-1, "table_row", list_id=self.table_id, in_comment=self.in_comment, html=True)
            self.row_is_header = False
        elif tag in ("td", "th") and self.row is not None:
            self.cell_start = None
            self.row_is_header = self.row_is_header or tag == "th"
        elif tag == "a":
            href = next((v for k, v in attrs if k == "href" and v), "")
            self.links.append((-1, href))
        elif tag in _EMPHASIS:
            self.marks.append((tag, -1))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "hr" and self.row is not None and not self.skip:
            self._rule_in_a_cell()
        elif tag in _BREAKS and not self.skip:
            self.new_line = True

    def handle_endtag(self, tag: str) -> None:
        if self.fields and tag == self.fields[-1] and not self.skip:
            self.fields.pop()
            self.new_line = True
        if tag == self.badge:
            self.badge_depth -= 1
            if self.badge_depth == 0:
                self.badge = None
                self.skip = max(0, self.skip - 1)
                return
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        if tag == "table":
            self.table_open = False
        if tag in _LISTS:
            if self.lists:
                self.lists.pop()
        elif tag == "li" or tag in _HEADINGS or tag in _PARAGRAPH:
            while self.open:
                name, _ = self.open.pop()
                if name == tag:
                    break
            items = [b for _, b in self.open if b is not None]
            self.target = items[-1] if items and tag != "li" and items[-1].runs else None
            self.heading_level = 0
            self.new_line = True
        elif tag in ("td", "th") and self.row is not None:
            if self.cell_start is not None:
                self.row.cells.append((self.cell_start, self.last_end))
            else:
                self.row.cells.append((self.last_end, self.last_end))
            self.cell_start = None
        elif tag == "tr" and self.row is not None:
            row, self.row = self.row, None
            if self.row_is_header:
                self.header = tuple(self.raw[s - self.base : e - self.base].strip() for s, e in row.cells)
            else:
                self._add_row(row)
        elif tag == "a" and self.links:
            start, href = self.links.pop()
            target = self.row if self.row is not None else self.target
            if target is not None and start >= 0 and href:
                target.links.append(Link(start, self.last_end, href))
        elif tag in _EMPHASIS:
            for k in range(len(self.marks) - 1, -1, -1):
                if self.marks[k][0] == tag:
                    name, start = self.marks.pop(k)
                    target = self.row if self.row is not None else self.target
                    if target is not None and start >= 0:
                        target.emphasis.append(Emphasis(start, self.last_end, _EMPHASIS[name]))
                    break

    def _add_row(self, row: Block) -> None:
        if row.runs:
            row.index = self.next_index
            self.next_index += 1
            items = [b for _, b in self.open if b is not None and b.kind == "list_item"]
            row.parent = items[-1].index if items else self.parent
            row.header = self.header
            self.blocks.append(row)

    def _rule_in_a_cell(self) -> None:
        """`<td>Title A <hr> Title B</td>`: the rule ends one entry of the cell and opens the next, a row of
        its own under the same header (the earlier cells stay with the first entry)."""
        row = self.row
        assert row is not None
        if self.cell_start is None or self.row_is_header:
            return
        done = len(row.cells)
        row.cells.append((self.cell_start, self.last_end))
        self._add_row(row)
        self.row = Block(-1, "table_row", list_id=self.table_id, in_comment=self.in_comment, html=True)
        self.row.cells = [(self.last_end, self.last_end)] * done
        self.cell_start = None

    # -- text
    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        start = self._pos()
        i = 0
        pieces = data.split("\n")
        for k, piece in enumerate(pieces):
            # Whitespace is dropped where a source line breaks and where a visible line starts; kept
            # between words and markup ("<i>A</i> &amp; B").
            lead = len(piece) - len(piece.lstrip()) if k or self.new_line or not self._has_line() else 0
            trail = len(piece) - len(piece.rstrip()) if k < len(pieces) - 1 else 0
            s, e = start + i + lead, start + i + len(piece) - trail
            i += len(piece) + 1
            if e > s and (piece.strip() or not self.new_line):
                self._text(s, e)

    def _has_line(self) -> bool:
        target = self.row if self.row is not None else self.target
        return target is not None and bool(target.lines)

    def handle_entityref(self, name: str) -> None:
        self._ref(len(name) + 2)

    def handle_charref(self, name: str) -> None:
        self._ref(len(name) + 3)

    def _ref(self, length: int) -> None:
        if self.skip:
            return
        s = self._pos()
        e = s + length if self.raw[s - self.base + length - 1 : s - self.base + length] == ";" else s + length - 1
        self._text(s, e)

    def _text(self, s: int, e: int) -> None:
        if self.row is not None:
            target = self.row
            if self.cell_start is None:
                self.cell_start = s
            joined = bool(target.runs)
            if not joined or self.new_line:
                target.lines.append((s, e))
        else:
            if self.target is None:
                level, self.heading_level = self.heading_level, 0
                self.target = self._new_block("heading", level=level) if level else self._new_block("paragraph")
                self.new_line = True
            target = self.target
            if self.new_line or not target.lines:
                target.lines.append((s, e))
        if target.runs and target.runs[-1][1] == s and not self.new_line:
            target.runs[-1] = (target.runs[-1][0], e)   # text and a character reference side by side
        else:
            target.runs.append((s, e))
        target.lines[-1] = (target.lines[-1][0], e)
        self.new_line = False
        self.last_end = e
        self.links = [(s if start < 0 else start, href) for start, href in self.links]
        self.marks = [(kind, s if start < 0 else start) for kind, start in self.marks]


def html_blocks(raw: str, base: int, first_index: int, parent: int = -1, in_comment: bool = False) -> list[Block]:
    """The blocks of a raw HTML fragment that starts at offset `base` of the report text, indexed from
    `first_index`; [] when it holds no visible text (an image, a video, a script)."""
    reader = _Reader(raw, base, first_index, parent, in_comment)
    try:
        reader.feed(raw)
        reader.close()
    except Exception:   # malformed markup: the caller keeps the fragment as one raw block
        return []
    if reader.row is not None and not reader.row_is_header:
        # A row the fragment leaves open: a blank line inside its cell ended CommonMark's HTML block
        # ("<tr><td>A, B, &ldquo;Title,&rdquo; 2031. [pdf]" / "" / "</td></tr>"); its cells so far are the row.
        if reader.cell_start is not None:
            reader.row.cells.append((reader.cell_start, reader.last_end))
        reader._add_row(reader.row)
    blocks = [b for b in reader.blocks if b.runs or b.kind == "list_item"]
    return blocks if any(b.runs for b in blocks) else []


def open_table_header(raw: str) -> tuple[str, ...]:
    """The header of a table that a raw HTML fragment opens and leaves open ("<table>" / "<tr><th>Topic</th>
    <th>Title</th></tr>", then a blank line that ends CommonMark's HTML block); () otherwise."""
    reader = _Reader(raw, 0, 0, -1, False)
    try:
        reader.feed(raw)
        reader.close()
    except Exception:
        return ()
    return reader.header if reader.table_open else ()
