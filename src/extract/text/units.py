"""Record units: the short pieces of a report that may hold a bibliographic record, as tokens with
their markup, ready for the record segmenter.

A unit starts at an anchor line — a heading, the first line of a list item, a table row, or a short
line of a paragraph — and takes the continuation line that follows it: the next line of the same
block, the first line of a nested list item, or the next short paragraph. That is where
reports put the authors, the venue and the links of a title ("Title" / "A, B and C" / "[Paper]").
Long lines are prose and make no unit (prose has rules of its own).
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice, pairwise, takewhile

from extract.spans import SpanUnion
from extract.text.lexicon import MONTHS, is_english_word, person_names, venues, word_ranks
from extract.text.names import HONORIFICS, ORGANISATION_WORD_RE, PARTICLES, is_name, looks_like_person
from extract.text.structure import Block, Emphasis, Link, Structure
from extract.text.wrapping import filled_paragraph, joined_lines, soft_breaks

# Initials ("P.C.", "A.", and "A." glued to the surname after it: "A.Souza") first, then words with inner hyphens and apostrophes, then any other character.
# Underscores at a word's edge next to a space are no part of it: "_Ana Souza, Ben Park _" is an
# emphasis markdown did not close (but "posix\_spawn", "$\ell_\infty$" keep theirs).
_PIECE = r"(?:[^\W\d_]\.){1,3}(?!\w)|[A-ZÀ-Þ]\.(?=[A-ZÀ-Þ][a-zß-ÿ])|(?:(?<=[^\s_])_+)?[^\W_](?:\w*[^\W_])?(?:[’'\-]\w+)*(?:_+(?=[^\s_]))?|[^\w\s\u2600-\u27bf\ufe0f\u200d\U0001f000-\U0001faff]"
PIECE_RE = re.compile(_PIECE)
# The top-level domains a URL written without its scheme ends its host with ("lab.ai/x", "github.com/a/b").
TLDS = (
    "com|org|net|edu|gov|io|ai|co|me|info|dev|app|cc|ly|gl|be|us|uk|de|fr|ca|ch|cn|jp|in|nl|eu|tech|xyz|"
    "page|site|blog|ml|so|to|sh|fm|tv|es|it|se|no|fi|dk|pl|ru|kr|au|nz|br|at|cz|il|sg|hk|tw|science|ac|int|"
    "is|gg|ms|pt|gr|ie|vn|ph|mx|ar|cl|za|news|social|tools|wiki|digital|academy"
)
_URL_TAIL = r"[^\s<>()\[\]\"'`]*[^\s<>()\[\]\"'`.,;:!?]"
# A URL written out: with its scheme, or a lower-case host and a path ("arxiv.org/abs/1", as posts shorten them;
# a host alone, "Node.js", stays words). The look-ahead keeps the host's pattern off ordinary words.
WRITTEN_URL = (rf"https?://{_URL_TAIL}|(?<![\w@./-])(?=[a-z0-9-]+\.[a-z])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+"
               rf"(?:{TLDS})/{_URL_TAIL}")
WRITTEN_URL_RE = re.compile(WRITTEN_URL)
# A record unit's tokens: a URL written out is one (its pieces are no words of a title), then the pieces.
TOKEN_RE = re.compile(WRITTEN_URL + "|" + _PIECE)
MAX_LINE_TOKENS = 48        # a longer line is prose, not a record
MAX_CONTINUATION_TOKENS = 48   # an author line as long as a record line (a byline of eight "Last, First;" names)
MAX_LINES = 2               # the anchor line and one continuation (title, then authors)
_LONG_LINE = max(MAX_LINE_TOKENS, MAX_CONTINUATION_TOKENS) + 1   # tokens enough to tell a line is too long
WHOLE_LINE_TOKENS = 400     # a long byline or reference read whole: a line that reaches this many is prose

# Words of a section heading that say what its items are.
PAPER_SECTION_RE = re.compile(
    r"\b(?:papers?|orals?|posters?|spotlights?|sessions?|accepted|reading list|publications?|proceedings|"
    r"highlights?|favou?rites?|picks?|references?|works?|articles?)\b", re.I)
# An award names papers, whatever else its heading says ("Social Impact Award", "Best Demo Award").
AWARD_SECTION_RE = re.compile(r"\bawards?\b", re.I)
# Words of a heading that names a part of one paper's review ("### Contribution", "## Approach"):
# the items under it are that paper's points, not papers.
NOTES_PARTS = (r"contributions?|approach|methods?|methodology|experiments?|results?|limitations?|"
               r"strengths?|weaknesses?|intuition|motivation|pros|cons|benefits|advantages|drawbacks")
NOTES_SECTION_RE = re.compile(rf"^\W*(?:\d+[.)]?\s*)?(?:main\s+|key\s+)?(?:{NOTES_PARTS})\W*$", re.I)
# ("Social" alone or "Social events" is a programme's; "Mining social widgets" names an area of papers.)
TALK_SECTION_RE = re.compile(
    r"\b(?:tutorials?|workshops?|keynotes?|invited|talks?|panels?|speakers?|socials?(?=\W*$|\s+(?:events?|hours?|gatherings?|nights?|program(?:me)?s?|activit(?:y|ies)))|dinner|party|schedule|agenda|"
    r"courses?|competitions?|challenges?|booths?|sponsors?|expo|gallery|chapters|links|resources|guides?|guidelines|acknowledg\w*|"
    r"birds\s+of\s+a\s+feather|bofs?|roundtables?|meetups?|exhibitions?)\b", re.I)


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    line: int = 0          # 0: the anchor line; 1, 2: continuation lines
    cell: int = -1         # table column, or -1
    link: int = -1         # index into Unit.links, or -1
    strong: bool = False
    em: bool = False
    code: bool = False
    quoted: bool = False   # inside “…”, "…", „…“ or «…»
    bracket: int = 0       # 1 inside (…), 2 inside […]
    soft: bool = False     # opens a line that a soft break joined to the one before ("Ben" / "  Park" in a filled list)


@dataclass(slots=True)
class Unit:
    kind: str                               # heading | item | row | line
    anchor: int                             # the block of the anchor line
    blocks: tuple[int, ...]                 # every block the unit's lines come from
    tokens: list[Token] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    section: str = ""                       # "papers", "talks", "notes" or "" (what the governing headings announce)
    section_label: str = ""                 # the words that announce it ("Tutorials", "**Orals:**")
    heading_level: int = 0
    depth: int = 0
    ordered: bool = False
    header: tuple[str, ...] = ()            # table header of a row unit
    next_long: bool = False                 # prose follows the unit
    in_comment: bool = False                # the anchor line is inside an HTML comment (hidden on the page)
    venue_tag: bool = False                 # a venue's tag before the title was left out ("[WCLR 2031] Title"), or closes its line
    html: bool = False                      # the anchor line was read from raw HTML (wide gaps are no columns)

    def line_tokens(self, line: int) -> list[Token]:
        return [t for t in self.tokens if t.line == line]


def model_section(section: str) -> str:
    """A unit's section as the segmenter and the judge were trained on them: "papers", "talks" or "none"
    (a "notes" section reads as none)."""
    return section if section in ("papers", "talks") else "none"


def tokenize(text: str, start: int, end: int, limit: int | None = None) -> list[tuple[int, int]]:
    """Token spans of text[start:end]; with `limit`, at most that many."""
    return [(m.start(), m.end()) for m in islice(TOKEN_RE.finditer(text, start, end), limit)]


def _line_tokens(text: str, block: Block, line: tuple[int, int], run_starts: list[int] | None = None,
                 limit: int | None = None) -> list[tuple[int, int]]:
    """Tokens of the visible runs of `block` inside `line` (runs found by bisection: a paragraph
    of thousands of lines has thousands of runs); with `limit`, at most that many."""
    starts = run_starts if run_starts is not None else [r[0] for r in block.runs]
    i = max(bisect.bisect_right(starts, line[0]) - 1, 0)
    out: list[tuple[int, int]] = []
    runs = block.runs
    while i < len(runs) and runs[i][0] < line[1] and (limit is None or len(out) < limit):
        s, e = max(runs[i][0], line[0]), min(runs[i][1], line[1])
        if s < e:
            out += tokenize(text, s, e, None if limit is None else limit - len(out))
        i += 1
    return _without_a_translation_after_it(text, out)


CJK_LETTERS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3"   # kana, CJK ideographs, Hangul (a class's ranges)
_CJK_RE = re.compile(f"[{CJK_LETTERS}]")


def _without_a_translation_after_it(text: str, toks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A line's tokens without the bracket of Chinese, Japanese or Korean words that ends it, with no
    Latin letter inside ("Title(标题的中文翻译)", full-width brackets read as ASCII ones): a
    translation or a note that none of the segmenter's layouts holds, and no part of a record."""
    if len(toks) < 4 or text[toks[-1][0] : toks[-1][1]] != ")":
        return toks
    j = next((k for k in range(len(toks) - 2, max(len(toks) - 40, 0), -1) if text[toks[k][0]] in "()"), 0)
    if j < 2 or text[toks[j][0]] != "(":
        return toks
    inside = text[toks[j][1] : toks[-1][0]]
    return toks[:j] if _CJK_RE.search(inside) and not re.search(r"[A-Za-z]", inside) else toks


def _bold_label_before(structure: Structure, block: Block, text: str) -> str:
    """The words of a bold line of its own that a top-level list follows ("**Guides, blogs and
    tutorials:**" / "- [Title](url)"): a heading in all but its markup; "" when there is none."""
    if block.kind != "list_item" or block.depth != 1 or block.item != 0 or block.index == 0:
        return ""
    above = structure.blocks[block.index - 1]
    label = bold_line(text, above) or _colon_line(text, above)
    if not label and NOTES_SECTION_RE.match(notes := bold_line(text, above, colon_after=True)):
        return notes   # ("**Benefits**:" over the points a reader makes of the paper above)
    return label


def _colon_line(text: str, block: Block) -> str:
    """The words of a short top-level paragraph of one line that ends in a colon and announces papers
    ("Papers I liked:"), or of a paragraph's last sentence whose subject is the talks it lists ("The
    tutorials presented were as follows:"), which introduce the list under them as a heading would; ""
    for any other block. (Not any sentence that ends in a colon: it often names the event, not what its
    items are: "Some notes from attending the workshops:" over a list of papers.)"""
    if block.kind != "paragraph" or block.parent >= 0:
        return ""
    label = block.text(text).rstrip()
    if not label.endswith(":"):
        return ""
    if len(block.lines) == 1 and 2 <= len(label) <= 60 and _announced(label) == "papers":
        return label
    # ... or whose last sentence has the talks it lists as its subject ("... The tutorials presented were as follows:"),
    # or names topics it lists ("Below is the list of topics in its Call for Papers, where I ...:")
    last = _TALKS_LISTED_RE.search(label[-80:]) or _TOPICS_LISTED_RE.search(label[-200:])
    return last.group(0) if last else ""


# A sentence that announces a list of topics, areas or tracks ("Below is the list of topics in its Call for Papers, where I
# bold-faced the ones I am interested in:"): the items are research areas, no papers.
_TOPICS_LISTED_RE = re.compile(r"\b(?:list\s+of|following|these)\s+(?:\w+\s+)?(?:topics|areas|tracks|themes)\b[^.!?:]{0,150}:$", re.I)
# Talks a section may list that are no papers, whoever presents them (the judge's test of a section's name).
TALKS_NOT_PAPERS = r"tutorials|keynotes|keynote\s+talks|invited\s+(?:talks|speakers)|plenary\s+talks"
# Events a sentence says the list after it holds: "... notes of the following workshops at the conference:" (a section
# named for workshops may list papers; a list announced as "the following workshops" names the workshops).
FOLLOWING_EVENTS = rf"the\s+following\s+(?:\w+\s+)?(?:workshops|{TALKS_NOT_PAPERS})"
# A sentence whose subject is such talks listed after it: "The tutorials presented were as follows:".
# ... or that names them before "the following": "On Tutorials, the following were co-organised by our members:".
_TALKS_LISTED_RE = re.compile(rf"(?:(?:^|(?<=[.!?]\s))(?:(?:The|Our|These)\s+(?:\w+\s+)?(?i:{TALKS_NOT_PAPERS})\b[^.!?:]{{0,50}}"
                              rf"|(?:On|In|For|At)\s+(?:the\s+)?(?:\w+\s+)?(?i:{TALKS_NOT_PAPERS})\s*,\s+the\s+following\b[^.!?:]{{0,60}})"
                              rf"|\b(?i:{FOLLOWING_EVENTS})\b[^.!?:]{{0,40}}):$")


def bold_line(text: str, block: Block, *, colon_after: bool = False) -> str:
    """The words of a top-level paragraph of one line set in bold ("**Guides, blogs and tutorials:**");
    with `colon_after`, also one whose colon follows the bold ("**Widget Track**:"). "" for any other block."""
    if block.kind != "paragraph" or block.parent >= 0 or len(block.lines) != 1 or not block.emphasis:
        return ""
    label = block.text(text)
    strong = [e for e in block.emphasis if e.kind == "strong"]
    if not 2 <= len(label) <= 60 or not strong or strong[0].start > block.start:
        return ""
    if strong[-1].end < block.end - 1 and not (colon_after and re.fullmatch(r"[*_]{1,3}:\s*", text[strong[-1].end : block.end])):
        return ""
    return label


# Papers an event's name qualifies: "Workshop papers", "Posters presented at the workshop", "Orals of the tutorial
# track" (the papers are the head noun; "Tutorials and posters" is not such a heading).
_PAPERS_OF_AN_EVENT_RE = re.compile(
    r"^\W*(?:(?:workshops?|tutorials?)\s+(?:papers|posters|orals|spotlights)\W*$|"
    r"(?:\w+\s+)?(?:papers|posters|orals|spotlights)\s+(?:(?:presented|shown|accepted)\s+)?(?:at|in|of|from)\s)", re.I)


@lru_cache(maxsize=4096)   # (asked again for every block under the same headings)
def _announced(label: str) -> str:
    """What a heading's or a label's words say the items under them are: "papers" (an award names
    papers, whatever else it says), "talks", "notes" (topics a sentence lists: no papers), or ""."""
    if _TOPICS_LISTED_RE.search(label):
        return "notes"
    if AWARD_SECTION_RE.search(label) or _PAPERS_OF_AN_EVENT_RE.search(label):
        return "papers"
    if TALK_SECTION_RE.search(label):
        return "talks"
    return "papers" if PAPER_SECTION_RE.search(label) else ""


def _section(structure: Structure, block: Block, text: str, labels: dict[int, str] | None = None) -> tuple[str, str]:
    """What the nearest announcing heading, bold label line or parent list item above `block` says
    its items are: "talks" (tutorials, workshops, keynotes, ...), "papers" (orals, posters, reading
    lists, ...), "notes" (a paper's contributions, approach, results, ...: its heading right above)
    or "", and that announcing text. `labels`: the label line over each top-level list, by list id."""
    label = (labels or {}).get(block.list_id, "") if block.depth == 1 else ""
    if label and NOTES_SECTION_RE.match(label):
        return "notes", label   # "**Benefits**:" / "- Easier to tune ... (Souza, 2031)": points of the paper above
    if label and (kind := _announced(label)):
        return kind, label
    parent = block.parent
    for _ in range(3):   # "- Workshops" / "  - [Workshop on X](#x)": the parent item announces its children
        if parent < 0:
            break
        owner = structure.blocks[parent]
        label = owner.text(text)
        if len(label) <= 60 and (kind := _announced(label)):
            return kind, label
        parent = owner.parent
    h = block.heading
    if h >= 0 and NOTES_SECTION_RE.match(label := structure.blocks[h].text(text)):
        return "notes", label
    for _ in range(4):
        if h < 0:
            return "", ""
        if (kind := _announced(label := structure.blocks[h].text(text))):
            return kind, label
        h = structure.blocks[h].heading
    return "", ""


class _Marks:
    """Which markup covers a position: links, emphasis, quotes and brackets of a block, looked up
    by bisection (a block may hold thousands of links)."""

    def __init__(self, text: str, block: Block) -> None:
        self.links = sorted(block.links, key=lambda link: link.start)
        self.link_starts = [link.start for link in self.links]
        # Links whose anchor is an image ("[![GitHub](badge.svg)](https://github.com/...)"): no token
        # is inside them, so the line or row they sit in takes them.
        self.image_links = [link for link in self.links if link.start == link.end]
        # Each kind of emphasis as a union of spans (bisection): a block may hold hundreds of bold titles.
        self.marked = {kind: SpanUnion([(e.start, e.end) for e in block.emphasis if e.kind == kind])
                       for kind in ("strong", "em", "code")}
        self.quotes = sorted(_paired(text, block, "“", "”") + _paired(text, block, '"', '"') + _paired(text, block, "„", "“")
                             + _paired(text, block, "«", "»"))
        self.parens = _paired(text, block, "(", ")")
        self.squares = _paired(text, block, "[", "]")

    @staticmethod
    def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
        i = bisect.bisect_left(spans, (pos, pos)) - 1   # the last span opening before pos
        return i >= 0 and spans[i][0] < pos < spans[i][1]

    def apply(self, tok: Token, unit_links: list[Link]) -> None:
        s = tok.start
        i = bisect.bisect_right(self.link_starts, s) - 1
        if i >= 0 and self.links[i].start <= s < self.links[i].end:
            link = self.links[i]
            if link not in unit_links:
                unit_links.append(link)
            tok.link = unit_links.index(link)
        tok.strong = tok.strong or self.marked["strong"].holds_start(s)
        tok.em = tok.em or self.marked["em"].holds_start(s)
        tok.code = tok.code or self.marked["code"].holds_start(s)
        tok.quoted = self._inside(self.quotes, s)
        tok.bracket = 2 if self._inside(self.squares, s) else 1 if self._inside(self.parens, s) else 0


def _paired(text: str, block: Block, open_ch: str, close_ch: str) -> list[tuple[int, int]]:
    """Spans between matching delimiters in the block's visible text (not nested)."""
    out: list[tuple[int, int]] = []
    lines = block.lines or block.runs
    for k, (s, e) in enumerate(lines):
        pos = s
        while True:
            a = text.find(open_ch, pos, e)
            if a < 0:
                break
            b = text.find(close_ch, a + 1, e)
            if b < 0:
                # (a bracket that a hard wrap breaks closes early on the next line, before that line opens one: "Jia Qi
                # Yip (Widget" / "Group); Ana Souza (...)")
                if open_ch != close_ch and k + 1 < len(lines):
                    ns, ne = lines[k + 1]
                    b = text.find(close_ch, ns, min(ne, ns + _WRAPPED_BRACKET_TAIL))
                    if b >= 0 and text.find(open_ch, ns, b) < 0:
                        out.append((a, b))
                break
            out.append((a, b))
            pos = b + 1
    return out


_WRAPPED_BRACKET_TAIL = 80   # characters of the next line a bracket broken by a hard wrap closes within


# A sentence ending inside a line and the next one opening: ".  At", "? The".
_SENTENCE_INSIDE_RE = re.compile(r"\w[.?!][ \t]+[A-Z]")


def wrapped_prose(text: str, block: Block) -> bool:
    """Whether a paragraph is prose hard-wrapped at a fixed width, as editors fill
    paragraphs: three lines or more, most of them going on into a line that opens in lower case
    ("...the names you\nread about"), and a sentence ending inside one of them. Its lines are
    pieces of sentences, not records, and a link's anchor in it may span two of them."""
    lines = block.lines
    if block.kind != "paragraph" or len(lines) < 3:
        return False
    flowing = sum(1 for _, (s, _e) in pairwise(lines) if text[s : s + 1].islower())
    return 2 * flowing >= len(lines) - 1 and flowing >= 2 \
        and any(_SENTENCE_INSIDE_RE.search(text, s, e) for s, e in lines)


_EXPLICIT_BREAK_RE = re.compile(r"(?:[ \t]*<br\s*/?>)+[ \t]*$|[ \t]{2,}$|\\$", re.I)
_HEAD_LINES_MAX = 3


def _hard_broken_head(text: str, block: Block) -> list[tuple[int, int]]:
    """The first lines of a hard-wrapped paragraph that each end in a break the writer typed ("<br>", two spaces,
    a backslash), up to three: a record over its abstract ("[4]Title<br>" / "[paper](…)|[code](…)<br><br>" / "We
    introduce ... the\nabstract's wrapped lines"), whose lines are no pieces of its sentences."""
    head: list[tuple[int, int]] = []
    for s, e in block.lines[:-1]:
        eol = text.find("\n", e)
        if eol < 0 or not _EXPLICIT_BREAK_RE.match(text, e, eol) or len(head) == _HEAD_LINES_MAX:
            break
        head.append((s, e))
    return head if len(head) < len(block.lines) - 1 else []


# A sentence opening: a capitalised word, then two lower-case ones ("I found out about", "This paper may").
_SENTENCE_OPENING_RE = re.compile(r"[*_\s]*[A-Z][a-z]*\s+[a-z][\w'’-]*\s+[a-z]")


def _emphasised_head_of_a_sentence(text: str, block: Block) -> list[tuple[int, int]]:
    """The bold or italic span of three words or more that opens a hard-wrapped paragraph on its first line, the
    writer's sentence right after it ("**Title [[Souza et al. ICML31]](url)** I found out about it from ..."): the
    span, as the paragraph's one line, or []."""
    s0, e0 = block.lines[0]
    span = next((e for e in block.emphasis if e.kind in ("em", "strong") and e.start == s0 and e.end < e0), None)
    if span is None or len(re.findall(r"[^\W\d_]{2,}", text[span.start : span.end])) < 3:
        return []
    # (the sentence's first visible text after the span's closing marks, and its link's target if it ends in one)
    after = next((max(r0, span.end) for r0, r1 in block.runs if r1 > span.end), e0)
    return [(span.start, span.end)] if _SENTENCE_OPENING_RE.match(text, after, e0) else []


def _heads_its_paragraph(text: str, block: Block) -> bool:
    """Whether the first line of a hard-wrapped paragraph is a heading line of its own rather than the
    start of its first sentence: it ends on a capitalised word or a digit, not inside a link, and the
    next line opens with a capital ("##Widget Parsing at Scale" / "Less space is needed if ...")."""
    (s0, e0), (s1, _) = block.lines[0], block.lines[1]
    last = text[s0:e0].rstrip().rsplit(None, 1)[-1] if text[s0:e0].strip() else ""
    inside_link = any(link.start < e0 < link.end for link in block.links)
    return bool(last) and (last[:1].isupper() or last[:1].isdigit()) and last[-1:].isalnum() \
        and text[s1 : s1 + 1].isupper() and not inside_link


def build_units(text: str, structure: Structure, breaks: list[int] | None = None) -> list[Unit]:
    """Every record unit of a report, in text order (`breaks`: its soft line breaks, found when not given)."""
    blocks = structure.blocks
    children: dict[int, list[Block]] = {}
    list_labels: dict[int, str] = {}
    for b in blocks:
        if b.parent >= 0:
            children.setdefault(b.parent, []).append(b)
        if (label := _bold_label_before(structure, b, text)):
            list_labels[b.list_id] = label
    # The lines of the report in reading order, each with its block.
    flat: list[tuple[Block, tuple[int, int], list[tuple[int, int]]]] = []
    breaks = soft_breaks(text) if breaks is None else breaks
    for b in blocks:
        if b.kind in ("html",):
            continue
        if b.kind == "table_row":
            flat.append((b, (b.start, b.end), []))
            continue
        # Hard-wrapped prose holds pieces of sentences, no records (but for a heading line over it); a list
        # item's or a short paragraph's lines the editor's fill broke are one line again.
        lines = joined_lines(b.lines, breaks) if not (wrapped_prose(text, b) or filled_paragraph(text, b, breaks)) \
            else _hard_broken_head(text, b) or (b.lines[:1] if _heads_its_paragraph(text, b) else []) \
            or _emphasised_head_of_a_sentence(text, b)
        run_starts = [r[0] for r in b.runs]
        for line in lines:
            # A line longer than a record is only ever skipped: its first tokens past the limit say so.
            flat.append((b, line, _line_tokens(text, b, line, run_starts, _LONG_LINE)))
    # Paragraphs of hard-wrapped prose left out of the lines: no record reads on past one.
    prose_skipped = {b.index for b in blocks if b.kind == "paragraph" and len(b.lines) >= 2} - {b.index for b, *_ in flat}
    units: list[Unit] = []
    marks: dict[int, _Marks] = {}
    around: dict[tuple[int, bool], _SpansAround] = {}   # (block, links or emphasis) -> its spans, indexed on first use
    labels_passed: set[int] = set()
    for i, (block, line, toks) in enumerate(flat):
        if block.kind == "table_row":
            row = _row_unit(text, structure, block, marks)
            units += _venue_tagged_lines(row) or _grid_cells(row)
            continue
        if i in labels_passed:
            continue
        if toks and len(toks) > MAX_LINE_TOKENS:
            # (a long author-first reference only at the top level: nested under a record's item, "> A, B,
            # etc. Title. in SIGIR" repeats that record's title, and the record reads its names already)
            toks = _title_and_first_names(text, block, line, toks) or _linked_title_and_byline(text, block, toks) \
                or _marked_title_and_bracketed_byline(text, block, line, toks) or _names_then_linked_title(text, block, toks) \
                or _marked_title_then_a_note(text, block, line, toks) \
                or (_line_tokens(text, block, marked[0]) if line[0] == block.lines[0][0]
                    and (marked := _emphasised_head_of_a_sentence(text, block)) else []) \
                or _names_then_quoted_title(text, toks) or _keyed_names_then_quoted_title(text, toks) \
                or _names_year_then_linked_title(text, block, line, toks) \
                or (_names_then_title(text, toks, block, line) if block.parent < 0 else []) \
                or _title_then_bracketed_names(text, toks) or _names_then_title_and_note(text, toks) \
                or _names_glued_to_a_title(text, toks) \
                or _title_then_affiliated_names(text, block, line, toks) or _title_then_names_and_a_note(text, toks) \
                or _title_by_names_then_a_note(text, toks) \
                or _sentence_then_a_note_on_it(text, block, line, toks)
        if not toks or _people_field(text, toks) or _opens_with_field(text, toks, AFFILIATION_CUE_WORDS):
            continue   # (a line of where the authors work, "机构：Widget U", opens no record: its title is above it)
        kind = {"heading": "heading", "list_item": "item"}.get(block.kind, "line")
        if kind == "item" and line[0] != block.lines[0][0]:
            kind = "line"   # a later line of a list item
        tag = _venue_tag_length(text, toks)
        note, track = _note_tag(text, toks) if not tag else (0, False)
        toks = toks[tag + note :]
        section, section_label = _section(structure, block, text, list_labels)
        unit = Unit(kind, block.index, (block.index,), section=section, section_label=section_label,
                    heading_level=block.level if block.kind == "heading" else 0, depth=block.depth, ordered=block.ordered,
                    in_comment=block.in_comment, venue_tag=tag > 0 or track, html=block.html)
        _add_line(text, unit, block, toks, 0, marks)
        n_lines = 1
        limit = MAX_LINES
        fields_passed = 0
        last = i   # the flat line the unit read last
        for k in range(i + 1, min(len(flat), i + 1 + 4)):
            nxt_block, nxt_line, nxt_toks = flat[k]
            if n_lines >= limit or nxt_block.kind == "table_row":
                break
            # A field other than the byline right under the title: the byline is a later field, under a heading
            # ("# Title" / "- Paper: <url>" / "- Authors: A, B") or in the title's own block when one follows
            # ("1. Title" / "Award: Best Paper" / "Authors: A, B (Widget U)").
            if n_lines == 1 and fields_passed < 2 and _field_line(text, nxt_toks) and not _author_field(text, nxt_toks) \
                    and not _named_title_field(text, nxt_toks) \
                    and ((block.kind == "heading" and nxt_block.kind == "list_item")
                         or ((nxt_block is block or _title_field_over_fields(text, block, toks, nxt_block))
                             and any(flat[j][0] is nxt_block and _author_field(text, flat[j][2])
                                     for j in range(k + 1, min(len(flat), k + 3 - fields_passed))))):
                fields_passed += 1
                continue
            if n_lines == 1 and not fields_passed and text[slice(*toks[-1])] not in (":", "：") \
                    and _label_over_a_byline(text, block, flat, k):
                fields_passed += 1   # "**Title**" / "<u>Track</u>" / "*A, B, C*": the track's line between title and names,
                labels_passed.add(k)   # no record of its own
                continue
            if NOTE_FIELD_LINE_RE.fullmatch(text, nxt_toks[0][0], nxt_toks[-1][1]) if nxt_toks else False:
                break   # "Title" / "Summary" / "This paper proposes ...": the notes on the record open there
            if nxt_block is not flat[k - 1][0] and any(j in prose_skipped for j in range(flat[k - 1][0].index + 1, nxt_block.index)):
                break   # "### Session" / a paragraph of prose / "What Ana Souza et al. have done ...": no byline of the heading's
            if nxt_block.kind == "heading":
                # "### Title" over "#### by Speaker": a deeper, short heading continues a heading.
                if block.kind == "heading" and nxt_block.level > block.level and len(nxt_toks) <= 10:
                    _add_line(text, unit, nxt_block, nxt_toks, n_lines, marks)
                    unit.blocks += (nxt_block.index,)
                break
            # A list item continues inside itself only: the paragraph after the list is not its authors.
            follows = (nxt_block is block
                       or (block.kind == "list_item" and nxt_block.parent == block.index)
                       or (block.kind != "list_item" and nxt_block.parent == block.parent and nxt_block.kind == "paragraph")
                       or (block.kind != "list_item" and nxt_block.kind == "list_item" and _author_field(text, nxt_toks))
                       or (block.kind == "list_item" and nxt_block.kind == "list_item" and nxt_block.list_id == block.list_id
                           and n_lines == 1 and title_field(text, toks) and _author_field(text, nxt_toks)))
            if not follows or (_opens_with_reference_key(text, toks) and _opens_with_reference_key(text, nxt_toks)) \
                    or _people_field(text, nxt_toks) or (n_lines == 1 and _opens_with_names_then_title(text, toks) and _opens_with_names_then_title(text, nxt_toks)):
                # (not "[1] A, et al. Title." / "[2] B, et al. Title.", nor "A and B. Title" / "C, D and E. Title":
                # each is a record of its own)
                break
            read_whole = False
            if n_lines == 1 and nxt_toks and 0 < (rest := _emphasis_rest(around, block, toks[-1][1], nxt_toks)) < len(nxt_toks) \
                    and (_long_byline(text, nxt_toks[:rest]) or _name_line(text, nxt_toks[:rest], nxt_block)):
                # "*Title" / "Ana Souza and Ben Park* [Paper] take widgets apart ...": the emphasis that opens with the title
                # closes after the names, and prose runs on from there (not "*A Title that" / "wraps on*, by Ana Souza").
                nxt_toks = nxt_toks[:rest]
            if nxt_toks and len(nxt_toks) > MAX_CONTINUATION_TOKENS and _long_byline(text, nxt_toks):
                # "A · B · C · ... (50 names)": all of them (a byline that runs on past a page's width is one paper's)
                whole = _line_tokens(text, nxt_block, nxt_line, None, WHOLE_LINE_TOKENS)
                read_whole = len(whole) < WHOLE_LINE_TOKENS and _long_byline(text, whole)
                nxt_toks = whole if read_whole else nxt_toks[:max(
                    (i for i in range(MAX_CONTINUATION_TOKENS) if text[slice(*nxt_toks[i])].lower() in _BYLINE_SEPARATORS),
                    default=MAX_CONTINUATION_TOKENS)]
            elif nxt_toks and len(nxt_toks) > MAX_CONTINUATION_TOKENS and n_lines == 1 \
                    and (rest := _anchor_rest(around, nxt_block, toks[-1][1], nxt_toks)):
                # "[*What happened? The Spread of\nDuring the Election*](url) --- a paragraph on it": the
                # line goes on too long for a record, but the title's link anchor wraps onto it.
                nxt_toks = nxt_toks[:rest]
            elif nxt_toks and len(nxt_toks) > MAX_CONTINUATION_TOKENS and (head := _names_before_a_stop(text, nxt_toks)):
                # "A, B, C, etc. Title. In Proceedings of ...": a reference too long for a record; its names.
                nxt_toks = nxt_toks[:head]
            if not nxt_toks or (len(nxt_toks) > MAX_CONTINUATION_TOKENS and not read_whole):
                unit.next_long = bool(nxt_toks)
                break
            if n_lines == 1 and (head := _names_before_a_stop(text, nxt_toks)) and _repeats_the_title(text, toks, nxt_toks[head:]):
                nxt_toks = nxt_toks[:head]   # "**Title.**" / "> A, B. Title. in Venue": the reference's names
            _add_line(text, unit, nxt_block, nxt_toks, n_lines, marks)
            last = k
            if nxt_block.index not in unit.blocks:
                unit.blocks += (nxt_block.index,)
            if (nxt_block is block or (block.kind == "heading" and n_lines == 1)) and limit < MAX_LINES + 2 \
                    and _links_only(unit, n_lines):
                limit += 1   # "**Title**" / "[(code)](…)" / "[(pdf)](…)" / "Souza, A. and Park, B.": the names come after the links
            elif nxt_block is block and limit < MAX_LINES + 2 and _author_field(text, nxt_toks) \
                    and text[nxt_toks[-1][0] : nxt_toks[-1][1]] in (",", "and", "&"):
                limit += 1   # "**Authors:** A, B (Widget U.)," / "C (Gizmo Labs)": the field goes on, line broken after a comma
            elif nxt_block is not block and n_lines == 1 and limit < MAX_LINES + 2 and nxt_block.kind == "paragraph" \
                    and text[nxt_toks[-1][0] : nxt_toks[-1][1]] in (",", "&") and nxt_line != nxt_block.lines[-1] \
                    and len(nxt_toks) >= 4 and _long_byline(text, nxt_toks):
                limit += 1   # "Title" / "" / "A, B, C," / "D": the byline's paragraph goes on, line broken after a comma
            elif nxt_block is block and limit < MAX_LINES + 2 and len(nxt_toks) >= 4 and _long_byline(text, nxt_toks) \
                    and (_open_bracket_at_the_end(text, nxt_toks) or text[nxt_toks[-1][0] : nxt_toks[-1][1]] == ";"):
                limit += 1   # "A (Widget U); B (Gizmo" / "University); C (...)": a hard-wrapped byline broken inside an affiliation
                # (or after a name's affiliation and its semicolon: "A (Widget U); B (Gizmo Labs);" / "C (...)")
            elif nxt_block is block and limit < MAX_LINES + 1 and unit.tokens and unit.tokens[-1].line == n_lines \
                    and unit.tokens[-1].link >= 0 and unit.links[unit.tokens[-1].link].end > unit.tokens[-1].end:
                limit += 1   # "... was with the [Widget Nets for" / "Gizmo Parsing and" / "Sparse Widgets](url).": an anchor
                # hard-wrapped over three lines goes on to its end
            n_lines += 1
            if nxt_block is not block and nxt_block.kind == "list_item":
                break   # one nested item is enough: the next one is a record of its own
        _read_stacked_names(text, flat, i, last, unit, n_lines, marks)
        units.append(unit)
    return _without_repeated_labels(units)


_CELL_PIPE_RE = re.compile(r"\s\|(?:\s|$)")   # "A | B", "A |" (not "a|b" inside a word or a URL)
_TABLE_DELIMITER_RE = re.compile(r"\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")   # "--- | ---", "|:--|--:|"


def _pipe_row(text: str, line: tuple[int, int]) -> bool:
    """A line of cells set off by pipes (a table's row or delimiter row, outer pipes or not)."""
    return bool(_CELL_PIPE_RE.search(text, line[0], line[1]) or _TABLE_DELIMITER_RE.match(text, line[0], line[1]))


def line_end_at(text: str, pos: int) -> int:
    """Where the line at `pos` ends (its newline, or the text's end)."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def in_pipe_rows(text: str, pos: int) -> bool:
    """Whether the line at `pos` is a pipe row with another right above or below it: a table's row, whether
    the parser read a table there or not ("Title |" over "--- | ---" is none to it)."""
    start, end = text.rfind("\n", 0, pos) + 1, line_end_at(text, pos)
    return _pipe_row(text, (start, end)) and ((start > 0 and _pipe_row(text, (text.rfind("\n", 0, start - 1) + 1, start - 1)))
                                             or (end < len(text) and _pipe_row(text, (end + 1, line_end_at(text, end + 1)))))


def _edge_labels(unit: Unit) -> list[Token]:
    """The first and last word of a unit's first line when that word alone is bold or italic, next
    to words that are not ("**Note** Title", "Title **Must read**" reads "read"; "**Authors**: A, B"
    is a field, not such a word)."""
    line = [t for t in unit.tokens if t.line == 0]
    if len(line) < 4:
        return []
    out = []
    first, nxt, last, prev = line[0], line[1], line[-1], line[-2]
    if (first.strong or first.em) and first.text.isalpha() and first.link < 0 and not (nxt.strong or nxt.em) and nxt.text[:1].isalnum():
        out.append(first)
    if (last.strong or last.em) and last.text.isalpha() and last.link < 0 and not (prev.strong or prev.em):
        out.append(last)
    return out


def _without_repeated_labels(units: list[Unit]) -> list[Unit]:
    """Units without the word a writer marks records with, bold or italic at a line's start or end
    ("- **Note** Title", "- [Title](url) **Note**"): the same marked word at the edge of two lines or
    more of the report is a label, not a title's first or last word."""
    edges = [(u, marked) for u in units if u.kind != "heading" and (marked := _edge_labels(u))]
    counts = Counter(t.text.lower().rstrip("s") for _, marked in edges for t in marked)
    labels = {w for w, n in counts.items() if n >= 2}
    for u, marked in edges:
        if (drop := {id(t) for t in marked if t.text.lower().rstrip("s") in labels}):
            u.tokens = [t for t in u.tokens if id(t) not in drop]
    return units


REFERENCE_KEY_RE = re.compile(r"[A-Z]{0,3}\d{1,4}[a-z]?")   # "[C10]", "[12]", "[B3a]"
REFERENCE_LINE_RE = re.compile(rf"\[{REFERENCE_KEY_RE.pattern}\][ \t]")   # a numbered reference's opening


def _opens_with_reference_key(text: str, toks: list[tuple[int, int]]) -> bool:
    """A line that opens with a bracketed reference key ("[12] Souza, Ana, et al. ...")."""
    return len(toks) > 3 and text[slice(*toks[0])] == "[" and text[slice(*toks[2])] == "]" \
        and REFERENCE_KEY_RE.fullmatch(text[slice(*toks[1])]) is not None


class _SpansAround:
    """A block's spans (its links, or its emphasis) in reading order, to find the first one a line's end falls inside
    in log time (a line of 8k links asked each of them, for each of its 4k records)."""

    def __init__(self, spans: Iterable[Link | Emphasis]) -> None:
        self.spans = list(spans)
        self.in_order = all(a.start <= b.start for a, b in pairwise(self.spans))
        self.reach = [0] * len(self.spans)   # the furthest end of the spans up to each one
        far = -1
        for i, sp in enumerate(self.spans):
            far = self.reach[i] = max(far, sp.end)

    def first_around(self, at: int) -> Link | Emphasis | None:
        """The first span with start < at < end, or None."""
        if not self.in_order:
            return next((sp for sp in self.spans if sp.start < at < sp.end), None)
        # (the first span that ends past `at`: it holds `at` when it starts before it, and no span before it does)
        i = bisect.bisect_right(self.reach, at)
        return self.spans[i] if i < len(self.spans) and self.spans[i].start < at else None


def _spans_around(around: dict[tuple[int, bool], _SpansAround], block: Block, *, links: bool) -> _SpansAround:
    """The block's links (or its emphasis, italic and bold), indexed once per block in `around`."""
    if (spans := around.get((block.index, links))) is None:
        spans = around[block.index, links] = _SpansAround(
            block.links if links else (e for e in block.emphasis if e.kind in ("em", "strong")))
    return spans


def _rest_inside(spans: _SpansAround, line_end: int, nxt_toks: list[tuple[int, int]]) -> int:
    """How many tokens of the next line belong to the first span (a link, an emphasis) that starts on the line
    ending at `line_end` and wraps onto the next one (0: none does)."""
    span = spans.first_around(line_end)
    return 0 if span is None else sum(1 for _, end in nxt_toks if end <= span.end)


def _anchor_rest(around: dict[tuple[int, bool], _SpansAround], block: Block, line_end: int, nxt_toks: list[tuple[int, int]]) -> int:
    """How many tokens of the next line belong to a link anchor that starts on the line ending at
    `line_end` and wraps onto the next one (0: none does)."""
    return _rest_inside(_spans_around(around, block, links=True), line_end, nxt_toks)


def _emphasis_rest(around: dict[tuple[int, bool], _SpansAround], block: Block, line_end: int, nxt_toks: list[tuple[int, int]]) -> int:
    """How many tokens of the next line belong to an emphasis that opens on the line ending at `line_end` and
    closes on the next one, within a byline's length (0: none does)."""
    n = _rest_inside(_spans_around(around, block, links=False), line_end, nxt_toks)
    return n if n <= MAX_CONTINUATION_TOKENS else 0


MAX_STACKED_NAMES = 12   # names, one a line, read after the first one below a title

_FlatLine = tuple[Block, tuple[int, int], list[tuple[int, int]]]


def _read_stacked_names(text: str, flat: list[_FlatLine], i: int, last: int, unit: Unit, n_lines: int,
                        marks: dict[int, _Marks]) -> None:
    """After a unit's continuation, its names one a line: "[Title](url)\\" / "[3 min video](url)\\" /
    "Ana Souza (Widgetco)\\" / "Ben Park (Gizmo Labs)\\" ... in one block; "### Title" over a paragraph
    "Ana Souza" / "Ben Park"; "- Title" over "  - Ana Souza" / "  - Ben Park". `last` is the flat line
    the unit read last (i: its anchor line)."""
    block, lb = flat[i][0], flat[last][0]   # the anchor's block; that of the last line read
    affiliated = _affiliated_name_line(text, flat[last][2], lb) and lb is block
    if last <= i or not (_name_line(text, flat[last][2], lb) or affiliated
                         or (lb is block and _links_line(text, block, flat[last][2]))):
        return

    def same_run(b: Block) -> bool:
        return b is lb or (b.kind == lb.kind == "list_item" and b.parent == lb.parent == block.index)

    k = last + 1
    while k < len(flat) and k - last <= 2 and lb is block and flat[k][0] is block and _links_line(text, block, flat[k][2]):
        k += 1   # a line or two of link labels before the names
    end = k
    while end < len(flat) and end - k < MAX_STACKED_NAMES and same_run(flat[end][0]) \
            and (_name_line(text, flat[end][2], flat[end][0]) or (affiliated and _affiliated_name_line(text, flat[end][2], flat[end][0]))):
        end += 1
    if end == k or (lb is not block and not _known_given_names(text, [flat[j][2] for j in range(last, end)])):
        return   # (outside the anchor's block, "- Loss Functions" over "  - Full Softmax" / "  - Cross Entropy": terms)
    for j in range(last + 1, end):
        _add_line(text, unit, flat[j][0], flat[j][2], n_lines, marks)
        if flat[j][0].index not in unit.blocks:
            unit.blocks += (flat[j][0].index,)
        n_lines += 1


def _affiliated_name_line(text: str, toks: list[tuple[int, int]], block: Block) -> bool:
    """A line that holds one name, a comma and its affiliation ("Ana Souza, University of Widgets, Canada"):
    a name line up to the first comma, then up to twelve words with an organisation's word among them."""
    words = [text[s:e] for s, e in toks]
    if "," not in words or not 3 <= len(words) <= 20 or any(_in_a_link(block, s) for s, _ in toks):
        return False
    cut = words.index(",")
    rest = [w for w in words[cut + 1 :] if w != ","]
    return len(rest) <= 12 and any(ORGANISATION_WORD_RE.match(w) for w in rest) and _name_line(text, toks[:cut], block)


_NAME_WORD_RE = re.compile(r"(?:[A-Z][\w'’.-]*|[A-Z]\.)$")   # a capitalised word or an initial


def _in_a_link(block: Block, pos: int) -> bool:
    return any(link.start <= pos < link.end for link in block.links)


def _links_line(text: str, block: Block, toks: list[tuple[int, int]]) -> bool:
    """A line of a link label or two: a word to three, each in one of the block's links ("[slides](…)\\",
    "[3 min video](…)"; not a linked title)."""
    words = [s for s, e in toks if text[s:e][:1].isalnum()]
    return 0 < len(words) <= 3 and all(_in_a_link(block, s) for s in words)


def _known_given_names(text: str, lines: list[list[tuple[int, int]]]) -> bool:
    """Half the lines or more open with a given name the lexicon knows."""
    firsts = person_names()[0]
    return 2 * sum(1 for toks in lines if toks and text[toks[0][0] : toks[0][1]].lower() in firsts) >= len(lines)


def _name_line(text: str, toks: list[tuple[int, int]], block: Block) -> bool:
    """A line that holds one name, perhaps with its affiliation in brackets after it ("Ana Souza",
    "J. Ana Souza (Widgetco Research)"): two to five words, capitalised but for particles, none in
    a link (a short linked title, a table of contents' entry)."""
    if any(_in_a_link(block, s) for s, _ in toks):
        return False
    words = [text[s:e] for s, e in toks]
    if "(" in words:
        cut = words.index("(")
        if words[-1] != ")":
            return False
        words = words[:cut]
    return 2 <= len(words) <= 5 and words[0][:1].isupper() and words[-1][:1].isupper() \
        and all(_NAME_WORD_RE.match(w) or w in PARTICLES for w in words)   # (not "Gizmo Fields at Scale")


# Words that introduce a byline as a field ("Authors: A, B", "By: A"); the record rules read them too.
# (And in the notes of other languages: Chinese, Japanese, Korean, German, French, Spanish, Italian.)
AUTHOR_CUE_WORDS = frozenset("author authors by speaker speakers presenter presenters 作者 著者 저자 "
                             "autor autoren auteur auteurs autores autori".split())
# Words that name a title field ("Title: X", "タイトル: X", "제목: X") in a list or table of fields.
TITLE_CUE_WORDS = frozenset("title paper タイトル 論文 论文 标题 標題 题目 題目 論文タイトル 论文标题 論文名 제목 논문 "
                            "titel titre título titolo".split())
# Words that name an affiliation field ("机构：Widget University", "所属: Gizmo Labs") in a record's fields.
AFFILIATION_CUE_WORDS = frozenset("affiliation affiliations institution institutions 机构 單位 单位 所属 所屬 機関 소속 기관".split())


def _opens_with_field(text: str, toks: list[tuple[int, int]], names: Iterable[str]) -> bool:
    """A line of three tokens or more that opens with one of the field `names` and a colon ("Authors: ...")."""
    return len(toks) > 2 and text[toks[0][0] : toks[0][1]].lower() in names and text[toks[1][0] : toks[1][1]] in (":", "：")


# A verb that ends a sentence's head before a colon and the list it introduces; no title ends in one
# (none of 155k in a catalog of accepted papers).
_LEAD_IN_VERBS = frozenset("include includes included are were".split())


def _people_field(text: str, toks: list[tuple[int, int]]) -> bool:
    """A line that opens with a clause naming a role and a colon ("Board Members include: A, B",
    "Speakers were: C"): a list of people in their roles, no paper's title or byline."""
    colon = next((i for i, (s, e) in enumerate(toks[:8]) if text[s:e] in (":", "：")), 0)
    if colon < 2 or text[toks[colon - 1][0] : toks[colon - 1][1]] not in _LEAD_IN_VERBS:
        return False
    first = [text[s:e] for s, e in takewhile(lambda t: text[t[0] : t[1]] not in (",", ";", "and"), toks[colon + 1 :])]
    return is_name(" ".join(first))   # (not "My picks were: Widget Nets for Gizmo Parsing, ...": titles)


def _field_line(text: str, toks: list[tuple[int, int]]) -> bool:
    """A line that opens with a field's name, a word or two and a colon ("Paper: <url>", "Venue : X"); not a link's
    anchor that opens so ("[SURREAL: Open-Source ...](url)": a title's head)."""
    return len(toks) > 2 and text[toks[0][0] : toks[0][1]].isalpha() and text[toks[0][0] - 1 : toks[0][0]] != "[" \
        and any(text[s:e] in (":", "：") for s, e in toks[1:3])


def _author_field(text: str, toks: list[tuple[int, int]]) -> bool:
    """A line that opens with an author field ("Author: A, B", "**Authors**: ..."): under a heading or
    a title line, the first item of a list of fields ("## Title" / "- Author: ..." / "- Arxiv: ...") is its byline."""
    return _opens_with_field(text, toks, AUTHOR_CUE_WORDS)


_BYLINE_SEPARATORS = frozenset({",", "·", ";", "and", "&", "•"})
# A line that is only the label of a field of the writer's notes on a paper ("Summary", "Key ideas:",
# "TL;DR", "My comments"): it opens the notes under a title, it is no byline.
NOTE_FIELD_LINE_RE = re.compile(r"[\s*_#>-]*(?:my\s+|short\s+|brief\s+)?(?:summary|abstract|comments?|notes?|key\s+(?:ideas?|points?|"
                                r"takeaways?|contributions?)|takeaways?|tl;?\s?dr|motivation|contributions?|thoughts|review|"
                                r"evaluation|critique|pros(?:\s*(?:&|and|/)\s*cons)?)[\s*_]*:?[\s*_]*", re.I)
RARE_RANK = 3000   # a word less common than this in English text is no everyday word


def _label_over_a_byline(text: str, block: Block, flat: list[tuple[Block, tuple[int, int], list[tuple[int, int]]]],
                         k: int) -> bool:
    """Flat line k of `block` is a short label (a track, an area, an award: no names, no sentence) and the
    block's next line a byline of two names or more."""
    if k + 1 >= len(flat) or flat[k][0] is not block or flat[k + 1][0] is not block:
        return False
    label, names, title = flat[k][2], flat[k + 1][2], flat[k - 1][2]
    if not label or len(label) > 16 or not names or not title or text[slice(*label[-1])] in (".", ":", "："):
        return False
    if not _MARKED_BREAK_RE.search(text, title[-1][1], label[0][0]):
        return False   # (a title the writer's editor wrapped goes on on the next line, with no mark between the two)
    if any(looks_like_person(p) for p in _BYLINE_SPLIT_RE.split(text[label[0][0] : label[-1][1]]) if p):
        return False   # ("Title" / "Ana Souza and Ben Park" / "Widget U, Gizmo Labs": the names, then affiliations)
    # (the line above a byline itself: "<b>Title A</b><br/>A, B<br/><br/>" / "<b>Title B</b><br/>C, D": B is a title)
    return _a_byline(text, names) and not _a_byline(text, title)


def _a_byline(text: str, toks: list[tuple[int, int]]) -> bool:
    """Every part of the line a capitalised name of four words or fewer, two at least a name by shape ("Maxime DARRIN" too)."""
    parts = [p.split() for p in _BYLINE_SPLIT_RE.split(text[toks[0][0] : toks[-1][1]]) if p]
    return sum(is_name(" ".join(p)) for p in parts) >= 2 \
        and all(len(p) <= 4 and all(w[:1].isupper() or w.lower() in PARTICLES for w in p) for p in parts)


# A break the writer set between two fields: "<br>", or the end of the title's emphasis at its line's end.
_MARKED_BREAK_RE = re.compile(r"<br|[*_]\s*\n")
_BYLINE_SPLIT_RE = re.compile(r"\s*(?:[,;·&]|\band\b)\s*")


def _title_field_over_fields(text: str, block: Block, toks: list[tuple[int, int]], nxt: Block) -> bool:
    """A paragraph of one title field ("Paper: Title", "论文：Title") over the paragraph of the record's other fields
    ("Paper URL: ..." / "Institution: ..." / "Authors: A, B"), a blank line between them."""
    return block.kind == "paragraph" and len(block.lines) == 1 and nxt.kind == "paragraph" and nxt.parent == block.parent \
        and title_field(text, toks)


def _open_bracket_at_the_end(text: str, toks: list[tuple[int, int]]) -> bool:
    """The line ends inside a bracket it opened ("Ana Souza (University of"): the bracket closes on the next line."""
    depth = 0
    for s, e in toks:
        depth += {"(": 1, ")": -1}.get(text[s:e], 0)
    return depth > 0


def _long_byline(text: str, toks: list[tuple[int, int]]) -> bool:
    """A line too long for a record that is a list of names all the same: a separator every five
    tokens or fewer, each word capitalised or a particle, no sentence's full stop; affiliations in brackets
    aside ("Ana Souza (University of Widgets) · Ben Park (Gizmo Labs)")."""
    words: list[str] = []
    depth = 0
    for s, e in toks:
        w = text[s:e]
        if w == "(":
            depth += 1
        elif w == ")" and depth:
            depth -= 1
        elif not depth:
            words.append(w)
    seps = sum(1 for w in words if w.lower() in _BYLINE_SEPARATORS)
    if seps * 5 < len(words):
        return False
    lower = 0
    grouped = ";" in words   # ("A, B, Widget University of Tech, Czechia; C, The University of Gizmos, China": groups by affiliation)
    for i, w in enumerate(words):
        if w in ("!", "?") or (w == "." and i > 0 and len(words[i - 1]) > 1 and i < len(words) - 1
                               and words[i - 1] not in HONORIFICS):
            return False   # (a full stop ending the line closes the list: "..., and Ana Souza."; "Prof. Dr. Ana Souza": titles)
        if grouped and w in _AFFILIATION_SMALL_WORDS and 0 < i < len(words) - 1 and words[i - 1][:1].isupper() \
                and words[i + 1][:1].isupper():
            continue   # "National University of Singapore": a small word inside an affiliation's name
        if w[:1].isalpha() and not w[:1].isupper() and w.lower() != "and" and w.lower() not in PARTICLES:
            # A name typed in lower case in a submission system ("xiaobo guo (Gizmo Labs)") among
            # capitalised ones; an everyday English word is prose.
            if word_ranks().get(w, RARE_RANK) < RARE_RANK:
                return False
            lower += 1
    return lower * 4 <= len(words) - seps


_BYLINE_CUES = frozenset({"by", "-", "–", "—", ":"})
_AFFILIATION_SMALL_WORDS = frozenset({"of", "for", "the"})   # inside an organisation's name ("Institute for Widgets")


def _title_and_first_names(text: str, block: Block, line: tuple[int, int], toks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A line too long for a record that is a title and a long list of names ("**Title** by *A*, B,
    C, ... (twelve names)"): its tokens up to the last separator that fits, or [] (prose)."""
    words = [text[s:e] for s, e in toks]
    # The names come after a cue word, or are set in italics or bold to the line's end ("Title*A, B, ...*").
    marked = {e.start for e in block.emphasis if e.end >= line[1] and e.kind in ("em", "strong")}
    first = next((k + 1 for k in range(3, 30) if words[k].lower() in _BYLINE_CUES and _long_byline(text, toks[k + 1 :])), None) \
        or next((k for k in range(3, 30) if toks[k][0] in marked and _long_byline(text, toks[k:])), None) \
        or _names_after_a_marked_title(text, block, toks)
    if first is None:
        return []   # (most long lines are prose, and fail on their first words)
    whole = _line_tokens(text, block, line, None, WHOLE_LINE_TOKENS)
    if len(whole) >= WHOLE_LINE_TOKENS or not _long_byline(text, whole[first:]):
        return []
    return whole   # all of a byline that runs to the line's end (23 names are one paper's)


def _names_after_a_marked_title(text: str, block: Block, toks: list[tuple[int, int]]) -> int | None:
    """Where the names start when a linked or emphasised title opens the line and a long list of names
    follows it with no cue ("**[Title](url).** Ana Souza, Ben Park, ... and Rui Lima."), or None."""
    opening = max([lk.end for lk in block.links if lk.start == toks[0][0]]
                  + [e.end for e in block.emphasis if e.start == toks[0][0] and e.kind in ("em", "strong")], default=-1)
    k = next((i for i, (s, _) in enumerate(toks) if s >= opening), len(toks)) if opening > 0 else len(toks)
    while k < len(toks) and text[slice(*toks[k])] in (".", ","):
        k += 1
    return k if 3 <= k < 30 and _long_byline(text, toks[k:]) else None


def _linked_title_and_byline(text: str, block: Block, toks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A line too long for a record that opens with a link and "by" names, then goes on as prose
    ("- [Title](pdf) by Souza and Park exposes ...", "[Title](pdf) by Souza et al. This paper ..."):
    its tokens up to the names' end, or []."""
    link = next((lk for lk in block.links if lk.start == toks[0][0]), None)
    if link is None or block.kind != "list_item":
        return []
    k = next((i for i, (s, _) in enumerate(toks) if s >= link.end), len(toks))
    if k < 2 or k + 1 >= len(toks) or text[slice(*toks[k])].lower() != "by":
        return []
    end, names = k + 1, 0
    while end < len(toks):
        w = text[slice(*toks[end])]
        if w in ("et", "al") or w.lower() in _BYLINE_SEPARATORS:
            end += 1
        elif (w[:1].isupper() and w[1:].replace("-", "").replace("'", "").isalpha()) or w in PARTICLES:
            names += w[:1].isupper()
            end += 1
        else:
            break
    if end < len(toks) and text[slice(*toks[end])] == "." and text[slice(*toks[end - 1])] == "al":
        end += 1   # "et al."
    while end > k + 1 and text[slice(*toks[end - 1])].lower() in _BYLINE_SEPARATORS:
        end -= 1
    return toks[:end] if names else []


def _past_an_opening_mark(block: Block, toks: list[tuple[int, int]]) -> int:
    """The index of the first token after a link or an emphasis span that opens the line at its first token;
    0 when none opens it."""
    marked = [(lk.start, lk.end) for lk in block.links] + [(e.start, e.end) for e in block.emphasis if e.kind in ("em", "strong")]
    end = next((e for s, e in marked if s == toks[0][0]), None)
    return 0 if end is None else next((i for i, (s, _) in enumerate(toks) if s >= end), 0)


def _marked_title_and_bracketed_byline(text: str, block: Block, line: tuple[int, int],
                                       toks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A line too long for a record that opens with a linked or emphasised title and goes on with its
    names in brackets ("[Title](url) (A, B, C, ... fourteen names) **Best paper nominee**"): its tokens
    up to the closing bracket, or []."""
    k = _past_an_opening_mark(block, toks)
    if k < 2 or text[slice(*toks[k])] != "(":
        return []
    whole = _line_tokens(text, block, line, None, WHOLE_LINE_TOKENS)
    close = next((i for i in range(k + 1, len(whole)) if text[slice(*whole[i])] in "()"), None)
    # (a short note may follow the names: "**Best paper nominee**"; a sentence may not)
    if close is None or text[slice(*whole[close])] != ")" or close - k < 8 or len(whole) - close > 12:
        return []
    return whole[: close + 1] if _long_byline(text, whole[k + 1 : close]) else []


# How a note on a paper opens right after its title: its authors or the paper itself as the subject.
# ("They" with a verb of a summary in the present: "They showed us a demo" is a note on a visit.)
NOTE_ON_IT_RE = re.compile(r"(?:(?:The )?[Aa]uthors|This paper|This work|The paper|In this (?:paper|work)|(?:They|We) (?:propose|present|show|"
                           r"introduce|generalize|generalise|extend|study|use|train|find|demonstrate|investigate|describe|explore|"
                           r"evaluate|compare|develop|build|learn|leverage|combine|design|apply|argue|model|tackle|address|analy[sz]e))\b")


def _sentence_then_a_note_on_it(text: str, block: Block, line: tuple[int, int], toks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A list item too long for a record whose first sentence, four to thirty words, is followed by one that speaks of
    it as a paper ("- Towards widget parsing with gizmo networks. They generalize ... (fifty words more)"): that
    sentence and the note's first words, or []."""
    if block.kind != "list_item" or line[0] != block.lines[0][0]:
        return []
    stop = next((i for i in range(4, min(len(toks) - 1, 40)) if text[slice(*toks[i])] == "."), 0)
    if not stop:
        return []
    if NOTE_ON_IT_RE.match(text, toks[stop + 1][0]):
        return toks[: _past_a_name(text, toks, stop + 6)]
    # ... or a Title Case sentence before any other ("- Feedback Loss in Widget Chain Frameworks via Gizmo Estimators.
    # The widget chain mechanism integrates ..."): a title, however the note goes on
    words = [w for s, e in toks[:stop] if (w := text[s:e])[:1].isalpha() and w.lower() not in _TITLE_FUNCTION_WORDS]
    capitalised = sum(1 for w in words if w[0].isupper())
    return toks[: _past_a_name(text, toks, stop + 6)] \
        if len(words) >= 4 and 5 * capitalised >= 4 * len(words) and text[toks[stop + 1][0]].isupper() else []


def _past_a_name(text: str, toks: list[tuple[int, int]], end: int) -> int:
    """Where a cut after a note's first words ends, moved past the capitalised words a name there goes on with ("This
    work by Jane | Gruning investigates ..." ends after "Gruning"), two words at most."""
    more = 0
    while end < len(toks) and more < 2 and text[slice(*toks[end - 1])][:1].isupper() and text[slice(*toks[end])][:1].isupper() \
            and text[slice(*toks[end])].isalpha() and toks[end - 1][1] + 1 == toks[end][0]:
        end, more = end + 1, more + 1
    return end


def _marked_title_then_a_note(text: str, block: Block, line: tuple[int, int], toks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A line too long for a record that opens with an emphasised or linked title of three words or more,
    then a colon or a dash and the writer's sentences ("**Title**: The talk was packed. ... (A, B)"): the
    title's tokens and the mark after it (and the names in brackets that end the line after a full stop), or []."""
    k = _past_an_opening_mark(block, toks)
    if k < 3 or k + 4 >= len(toks) or text[slice(*toks[k])] not in (":", "-", "–", "—"):
        return []
    after = [text[s:e] for s, e in toks[k + 1 : k + 5]]
    if not (after[0][:1].isupper() and sum(w.isalpha() and w.islower() for w in after[1:]) >= 2):
        return []
    # ... and the names in brackets that end the line, when they do ("... good. (Ana Souza, Ben Park)")
    # (links may follow them: "(Ana Souza, Ben Park) [code](url)")
    whole = _line_tokens(text, block, line, None, WHOLE_LINE_TOKENS)
    linked = [(lk.start, lk.end) for lk in block.links]
    end = len(whole)
    while end and any(s <= whole[end - 1][0] < e for s, e in linked):
        end -= 1
    if len(whole) < WHOLE_LINE_TOKENS and end and text[slice(*whole[end - 1])] == ")":
        open_at = max((i for i, t in enumerate(whole[:end]) if text[slice(*t)] == "("), default=-1)
        if open_at > k + 1 and text[slice(*whole[open_at - 1])] in (".", "!", "?") and _long_byline(text, whole[open_at + 1 : end - 1]):
            return toks[: k + 1] + whole[open_at:]
    return toks[: k + 1]


def _names_then_linked_title(text: str, block: Block, toks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A line too long for a record that opens with its names and a comma, then links its title
    ("A, B, and C, ["Title"](url). Participated in ..."): its tokens up to the link's end, or []."""
    links = {lk.start: lk for lk in block.links}
    k = next((i for i in range(3, min(len(toks), MAX_CONTINUATION_TOKENS)) if toks[i][0] in links), 0)
    if not k or text[slice(*toks[k - 1])] != "," or not _long_byline(text, toks[: k - 1]) \
            or not any(text[slice(*t)].lower() in _BYLINE_SEPARATORS for t in toks[: k - 1]):
        return []
    end = links[toks[k][0]].end
    return [t for t in toks if t[1] <= end]


_OPEN_QUOTES = frozenset({'"', "“", "„", "«"})
CLOSING_QUOTES = frozenset({'"', "”", "“", "»"})


def _names_then_quoted_title(text: str, toks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A line too long for a record that is a reference in the author-first style ("Souza, Ana,
    Ben Park, Chen Wei, and Dana Levi. "Title?" In Proceedings of ..."): its names and its
    quoted title up to the closing quote, or []."""
    head = _names_before_a_stop(text, toks)
    if not head or head >= len(toks) or text[slice(*toks[head])] not in _OPEN_QUOTES:
        return []
    close = next((k for k in range(head + 2, len(toks)) if text[slice(*toks[k])] in CLOSING_QUOTES), None)
    return toks[: close + 1] if close is not None and close - head > 2 else []


def _keyed_names_then_quoted_title(text: str, toks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A line too long for a record that is a numbered reference in the IEEE style ("[2] D. Levi, E. Novak,
    and H. Mori, "Title," IEEE Trans. ..., vol. 45, pp. 100-110, 2031."): its key, names and quoted title up
    to the closing quote, or []."""
    words = [text[s:e] for s, e in toks[:MAX_LINE_TOKENS]]
    start = 3 if len(words) > 3 and words[0] == "[" and words[1].isdigit() and words[2] == "]" else 0
    q = next((k for k in range(start + 2, min(len(words), start + 40)) if words[k] in _OPEN_QUOTES), None)
    if q is None or words[q - 1] != "," or not words[start][:1].isupper():
        return []
    names = toks[start : q - 1]
    close = next((k for k in range(q + 2, len(words)) if words[k] in CLOSING_QUOTES), None)
    if close is None or close - q < 3 or not any(w.lower() in _BYLINE_SEPARATORS for w in words[start : q - 1]) \
            or not _long_byline(text, names):
        return []
    return toks[: close + 1]


_YEAR_TOKEN_RE = re.compile(r"(?:19|20)\d\d[a-z]?")


def _names_year_then_linked_title(text: str, block: Block, line: tuple[int, int], toks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A line too long for a record that is a reference in the author-year style with a linked title
    ("[^1]: Souza, A., Park, B., Lind, C. (2031) [Title](url). Proc. ..., doi: ...", APA's "Souza, A., & Park, B.
    (2031, May). [Title](url). In ..."): its names, year and linked title, or []."""
    words = [text[s:e] for s, e in toks]
    k = next((i for i in range(2, min(len(words) - 3, MAX_CONTINUATION_TOKENS)) if words[i] == "("
              and _YEAR_TOKEN_RE.fullmatch(words[i + 1])), None)
    close = next((j for j in range(k + 2, min(len(words), k + 2 + _YEAR_DATE_TOKENS)) if words[j] == ")"), None) \
        if k is not None else None
    if k is None or close is None or any(w[:1].isalpha() and w.lower() not in MONTHS for w in words[k + 2 : close]):
        return []   # (the year alone, or with its month and day: "(2031)", "(2031, May 4)")
    head = [w for w in words[:k] if w[:1].isalpha()]
    first = next((i for i, w in enumerate(words[:k]) if w[:1].isupper()), k)   # (after a footnote's "[^1]:")
    if len(head) < 2 or not _long_byline(text, toks[first:k]):
        return []
    at = close + 2 if close + 2 < len(words) and words[close + 1] == "." else close + 1   # (APA's stop after the date)
    link = next((lk for lk in block.links if lk.start == toks[at][0]), None) if at < len(toks) else None
    if link is None:
        return []
    whole = _line_tokens(text, block, line, None, WHOLE_LINE_TOKENS)   # (the title may run past the tokens read so far)
    end = next((i for i in range(at, len(whole)) if whole[i][1] > link.end), len(whole))
    return whole[:end]


_YEAR_DATE_TOKENS = 5   # tokens after a reference's year up to its closing bracket: ", May 4 )"


_CONTRIBUTION_MARKS = frozenset("*†‡§")


def _names_then_title(text: str, toks: list[tuple[int, int]], block: Block, line: tuple[int, int]) -> list[tuple[int, int]]:
    """A line too long for a record that is a reference in the author-first style ("Souza, Ana, Ben
    Park and Chen Wei. Title of Three Words or More. In Proceedings of ... [paper](...)"): its names
    and its title up to the title's full stop, or []."""
    key = 3 if len(toks) > 3 and text[slice(*toks[0])] == "[" and text[slice(*toks[1])].isdigit() and text[slice(*toks[2])] == "]" else 0
    if key and text[slice(*toks[key])] in ("-", "–", "—"):
        key += 1   # ("[1] — A, B. Title. ...": a dash after the key)
    head = _names_before_a_stop(text, toks[key:])   # (after a numbered reference's key: "[13] A, B, and C. Title. ...")
    if not head:
        return []
    head = _after_the_year_and_quote(text, toks, key + head)   # ("A, B, and C. 2031. Title. In Proceedings of ...": the ACM format)
    if head > MAX_LINE_TOKENS // 2:   # (a long list of names: the title's stop may lie past the tokens read so far)
        toks = _line_tokens(text, block, line, None, head + MAX_LINE_TOKENS)
    stop = next((k for k in range(head + 1, min(len(toks), head + MAX_LINE_TOKENS)) if text[slice(*toks[k])] == "."
                 and len(text[slice(*toks[k - 1])]) > 1), None)
    return toks[: stop + 1] if stop is not None and stop - head >= 3 else []


def _opens_with_names_then_title(text: str, toks: list[tuple[int, int]]) -> bool:
    """A line that opens with its names and a full stop and goes on with a title ("A, B and C. Title")."""
    head = _names_before_a_stop(text, toks)
    return head > 0 and len(toks) - (at := _after_the_year_and_quote(text, toks, head)) >= 2 and text[toks[at][0]][:1].isupper()


def _after_the_year_and_quote(text: str, toks: list[tuple[int, int]], at: int) -> int:
    """Where a reference's title starts after its names' full stop at `at`: past the year and its stop ("A and B.
    2031. Title", the ACM format) and an opening quote ('A and B. "Title." Journal ...')."""
    if at + 1 < len(toks) and _YEAR_TOKEN_RE.fullmatch(text[slice(*toks[at])]) and text[slice(*toks[at + 1])] == ".":
        at += 2
    if at < len(toks) and text[slice(*toks[at])] in _OPEN_QUOTES:
        at += 1
    return at


def _names_before_a_stop(text: str, toks: list[tuple[int, int]]) -> int:
    """How many tokens open a long reference line with its authors, up to and with the full stop
    after them ("A, B, C, etc." / "A, B and C." before the title and venue), or 0 when the line does
    not open with names: at least two of them, or one known given name and a surname."""
    words = [text[s:e] for s, e in toks[:MAX_CONTINUATION_TOKENS]]
    stop = next((k for k in range(1, len(words)) if words[k] == "." and len(words[k - 1]) > 1), 0)
    # ("Souza, A., & Park, B. (2031). Title. In ...": the APA format's year in brackets ends the names)
    year = next((k for k in range(2, min(stop, len(words) - 3) if stop else len(words) - 3)
                 if words[k] == "(" and words[k + 2] == ")" and words[k + 3] == "." and _YEAR_TOKEN_RE.fullmatch(words[k + 1])),
                0) if "(" in words else 0
    if stop < 2 and not year:
        return 0
    head = words[:year or stop]
    if year:
        stop = year + 3
    # ("Souza, A. and Park, B., 2031, May. Title. In ...": Scholar's Harvard format, the year and month after the names)
    if not year and len(head) >= 4 and head[-1].lower() in MONTHS and head[-2] == "," and _YEAR_TOKEN_RE.fullmatch(head[-3]):
        head = head[:-3]
    elif not year and len(head) >= 3 and _YEAR_TOKEN_RE.fullmatch(head[-1]) and head[-2] == ",":
        head = head[:-1]
    if head[-1] in ("al", "etc"):
        head = head[:-2] if head[-2:] == ["et", "al"] else head[:-1]
    while head and head[-1] in (",", "and"):
        head.pop()
    names: list[list[str]] = [[]]
    for w in head:
        if w.lower() in _BYLINE_SEPARATORS:
            names.append([])
        else:
            names[-1].append(w)
    names = [[w for w in n if w not in _CONTRIBUTION_MARKS] for n in names]
    names = [n for n in names if n]   # (", and" is one separator; "Souza* ," marks equal contribution)
    if not names or not all(len(n) <= 4 and n[0][:1].isupper() and all(w[:1].isupper() or w in PARTICLES for w in n) for n in names):
        return 0
    if len(names) < 2 and not (len(head) in (2, 3) and head[0].lower() in person_names()[0]):
        return 0
    return stop + 1


# Words a sentence about a paper opens with right after its title, with no full stop between them
# ("Title There is a nice trick ...", "Title This paper bounds ..."): capitalised inside a title and
# followed by lower-case words, they start no title word.
_NOTE_OPENERS = frozenset("this these there we they our here it".split())
_TITLE_FUNCTION_WORDS = frozenset("a an the of in on for to and or with by from at as is are be this that".split())


def note_start(words: list[str]) -> int:
    """Where a sentence about a paper starts in the words of a title run of three words or more: after
    a full stop, a capitalised word (not after "?": "Title? A closer look at ..." is a subtitle); with
    no stop, one of _NOTE_OPENERS; either way followed by three lower-case words, one of them no
    function word ("Title. This paper describes how ...", "Title There is a nice trick ..."). The
    index of the stop, or of the opener; 0 when none does."""
    seen = 0
    for i, w in enumerate(words[:-3]):
        if not w[:1].isalpha():
            continue
        prev = words[i - 1] if i else ""
        if seen >= 3 and w[:1].isupper() and (prev == "." or (w.lower() in _NOTE_OPENERS and prev not in (":", "-", "–", "—"))):
            after = words[i + 1 : i + 4]
            if all(a.isalpha() and a.islower() for a in after) and any(a not in _TITLE_FUNCTION_WORDS for a in after):
                return i - 1 if prev == "." else i
        seen += 1
    return 0


def _title_then_bracketed_names(text: str, toks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A line too long for a record that opens with a title and its names in round brackets, then goes
    on as prose ("Title of the Paper (A. Souza, B. Park). This was one of my favourites ..."): its
    tokens up to the closing bracket, or []. The bracket ends a sentence or a field."""
    words = [text[s:e] for s, e in toks[:MAX_LINE_TOKENS]]
    k = next((i for i, w in enumerate(words[:30]) if w in (".", "!", "?", "(", ")")), None)
    if k is None or k < 3 or words[k] != "(" or not words[0][:1].isupper():
        return []
    close = next((i for i in range(k + 1, len(words)) if words[i] in "()"), None)
    if close is None or words[close] != ")" or not _long_byline(text, toks[k + 1 : close]):
        return []
    if close + 1 < len(words) and words[close + 1] not in (".", ":", ";", "-", "–", "—"):
        return []   # the sentence goes on: "Prior work in the setting (Souza and Park, 2017) has shown ..."
    inner = words[k + 1 : close]
    several = any(w.lower() in _BYLINE_SEPARATORS for w in inner)
    if not several and not (len(inner) in (2, 3) and inner[0].lower() in person_names()[0]):
        return []
    return toks[: close + 1]


def _title_by_names_then_a_note(text: str, toks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A line too long for a record that opens with a Title Case title, "by" and its names up to a full stop, then a note
    ("Training Widgets on Incompatible Gizmos by Ana Souza. You want to build ..."): its tokens up to the stop, or []."""
    words = [text[s:e] for s, e in toks[:MAX_LINE_TOKENS]]
    by = next((i for i, w in enumerate(words[:25]) if w == "by"), None)
    if by is None or by < 3 or not words[0][:1].isupper():
        return []
    title = [w for w in words[:by] if w[:1].isalpha()]
    if len(title) != by or sum(w[:1].isupper() for w in title if w not in _TITLE_FUNCTION_WORDS) < 3 \
            or not all(w[:1].isupper() or w in _TITLE_FUNCTION_WORDS for w in title):
        return []   # (Title Case words only, no stop or comma before "by": "In the invited talk by ..." is prose)
    n = _names_before_a_stop(text, toks[by + 1 :])
    return toks[: by + 1 + n] if n and by + 1 + n < len(toks) else []


def _title_then_names_and_a_note(text: str, toks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A line too long for a record that is a sentence-long title, its names (their affiliation in
    brackets, perhaps) and a full stop, then a note ("Title of the Paper. Ana Souza, Ben Park, and Rui
    Lima (Widget University). Selected for ..."): its tokens up to the names' stop, or []."""
    words = [text[s:e] for s, e in toks[:MAX_LINE_TOKENS]]
    k = next((i for i, w in enumerate(words[:30]) if w in ("!", "?") or (w == "." and len(words[i - 1]) > 1)), None)
    if k is None or k < 3 or not any(w[:1].isupper() for w in words[:3]):
        return []
    # The names run to the next full stop, an affiliation in brackets before it.
    stop = next((i for i in range(k + 2, len(words)) if words[i] in (".", "!", "?") and (len(words[i - 1]) > 1 or words[i - 1] == ")")), None)
    if stop is None:
        return []
    names = words[k + 1 : stop]
    if names and names[-1] == ")" and "(" in names:
        names = names[: names.index("(")]
    if not any(w.lower() in _BYLINE_SEPARATORS for w in names) or "(" in names \
            or not _names_before_a_stop(text, toks[k + 1 : k + 1 + len(names)] + [toks[stop]]):
        return []
    return toks[: stop + 1]


def _affiliated_names_end(words: list[str], at: int) -> tuple[int, int]:
    """From `at`, how many "Name (Affiliation)" groups run on, each closed by a separator ("Ana Souza
    (Widget University)*, Ben Park (Gizmo Labs)"), and the index right after the last one."""
    groups, end = 0, at
    while True:
        i = at
        while i < len(words) and i - at < 5 and (words[i][:1].isupper() or words[i] in PARTICLES):
            i += 1
        if i - at < 2 or i >= len(words) or words[i] != "(":
            return groups, end
        close, depth = None, 1   # (one bracket within: "(Harbin Institute of Technology (Shenzhen))")
        for j in range(i + 1, min(len(words), i + 20)):
            depth += (words[j] == "(") - (words[j] == ")")
            if depth == 0 or depth > 2:
                close = j if depth == 0 else None
                break
        if close is None:
            return groups, end
        groups, end = groups + 1, close + 1 + (close + 1 < len(words) and words[close + 1] == "*")
        if end >= len(words) or words[end].lower() not in _BYLINE_SEPARATORS:
            return groups, end
        at = end + 1


def _title_then_affiliated_names(text: str, block: Block, line: tuple[int, int], toks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A line too long for a record that is a programme's entry: a title, perhaps its labels in
    square brackets, then two names or more, each with its affiliation in brackets, then the abstract
    ("Title [Download Paper] Ana Souza (Widget University)*, Ben Park (Gizmo Labs) We present ..."):
    its tokens up to the last affiliation, or []."""
    words = [text[s:e] for s, e in toks]
    if not words[0][:1].isupper():
        return []
    firsts = person_names()[0]
    for k in range(4, min(len(words), MAX_LINE_TOKENS)):
        if words[k] != "(":
            continue
        # The first name starts after the title's last bracket label or its full stop ("... Filter. Zhixiang Su (NTU)*;"),
        # or at a known given name.
        start = next((j for j in range(k - 2, max(2, k - 5), -1) if words[j - 1] == "]" or words[j].lower() in firsts
                      or (words[j - 1] == "." and len(words[j - 2]) > 1 and words[j][:1].isupper())), None)
        if start is None or _affiliated_names_end(words, start)[0] < 1:
            continue
        # (the line is read whole only once a name and its affiliation open the byline: most long lines are prose)
        whole = _line_tokens(text, block, line, None, WHOLE_LINE_TOKENS)
        groups, end = _affiliated_names_end([text[s:e] for s, e in whole], start)
        return whole[:end] if groups >= 2 else []
    return []


def _names_then_title_and_note(text: str, toks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A line too long for a record that opens with two names or more and a comma (or one name and the title's
    article), then its title, then a note on it ("Ana Souza, Ben Park, Title of the Paper There is a nice trick ..."): its names
    and its title up to where the note starts (`note_start`), or []."""
    words = [text[s:e] for s, e in toks[:MAX_LINE_TOKENS]]
    at, names = 0, 0
    while (comma := next((j for j in range(at, min(len(words), at + 5)) if words[j] == ","), -1)) > 0:
        chunk = words[at:comma]
        if not (2 <= len(chunk) <= 4 and all(w[:1].isupper() or w in PARTICLES for w in chunk) and _long_byline(text, toks[at : comma + 1])):
            break
        names, at = names + 1, comma + 1
    if names == 0 and len(words) > 6 and words[2] in ("A", "An", "The") and words[0].lower() in person_names()[0] \
            and words[1][:1].isupper() and words[1].isalpha() and not is_english_word(words[1]):
        names, at = 2, 2   # "Ana Souza A Bound on ... Learning This paper bounds ...": one name, then the title's article
    if names < 2 or at + 4 >= len(words):
        return []
    note = note_start(words[at:])
    return toks[: at + note] if note >= 3 else []


_INITIAL_RE = re.compile(r"[A-Z]\.(?:-?[A-Z]\.)?")


def _names_glued_to_a_title(text: str, toks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A line too long for a record that opens with two names or more, the first a known given name (or
    an initial) and a surname, joined by "and" or commas, then with no separator a Title Case title up to
    its full stop and a note ("Ana Souza and Ben Park Widget Nets for Gizmo Parsing. The basic claim
    ..."): its names and its title, or []."""
    words = [text[s:e] for s, e in toks[:MAX_LINE_TOKENS]]
    firsts = person_names()[0]
    at, names = 0, 0
    # (the first name's given name is a known one; after "and" or a comma any capitalised word starts a name)
    while at + 1 < len(words) and (words[at].lower() in firsts or _INITIAL_RE.fullmatch(words[at])
                                   or (names and words[at][:1].isupper() and words[at].isalpha())):
        end = at + 1
        while end < len(words) and words[end] in PARTICLES:
            end += 1   # ("Anton van den Hengel")
        if end >= len(words) or not words[end][:1].isupper() or not words[end][1:].replace("-", "").isalpha():
            return []
        names, at = names + 1, end + 1
        if at < len(words) and words[at] in (",", "and", "&"):
            at += 1 + (words[at] == "," and at + 1 < len(words) and words[at + 1] in ("and", "&"))
            continue
        break
    if names < 2 or words[at - 1] in (",", "and", "&"):
        return []
    stop = next((k for k in range(at + 1, len(words)) if words[k] == "." and len(words[k - 1]) > 1), None)
    title = [w for w in words[at:stop] if w[:1].isalpha()]
    if stop is None or len(title) < 3 or sum(w[:1].isupper() or w.lower() in _TITLE_FUNCTION_WORDS for w in title) < 0.8 * len(title):
        return []
    return toks[: stop + 1]


def _repeats_the_title(text: str, line0: list[tuple[int, int]], rest: list[tuple[int, int]]) -> bool:
    """Whether `rest` opens with the first three words of the anchor line (a reference repeating its title)."""
    words = [text[s:e].lower() for s, e in line0 if text[s:e][:1].isalnum()][:3]
    again = [text[s:e].lower() for s, e in rest if text[s:e][:1].isalnum()][:3]
    return len(words) == 3 and words == again


def title_field(text: str, toks: list[tuple[int, int]]) -> bool:
    """A line that opens with a title field ("Title: ...", "**Paper**: ..."): in a list of fields
    ("- Title: X" / "- Authors: A, B" / "- Code: url"), the items below it are the paper's."""
    return _opens_with_field(text, toks, TITLE_CUE_WORDS)


def _named_title_field(text: str, toks: list[tuple[int, int]]) -> bool:
    """A title field that gives the title ("Title: **X**"), not a link to the paper ("Paper: <https://...>")."""
    return title_field(text, toks) and not re.match(r"\s*(?:<|https?:|www\.)", text[toks[1][1] : toks[-1][1]])


def _links_only(unit: Unit, line: int) -> bool:
    """Whether the unit's `line` holds nothing but labelled links ("[(code)](…)", "[PDF](…)") and
    punctuation: a link named like a title ("[LARC dataset](…)") is a line of its own."""
    toks = [t for t in unit.tokens if t.line == line]
    if not toks or any(t.link < 0 and t.text.isalnum() for t in toks):
        return False
    anchors: dict[int, list[str]] = {}
    for t in toks:
        if t.link >= 0 and t.text.isalnum():
            anchors.setdefault(t.link, []).append(t.text)
    return bool(anchors) and all(len(words) == 1 or (len(words) == 2 and all(w.islower() for w in words))
                                 for words in anchors.values())


# A venue's tag before a title: "[EMNLP20]Title", "[CVPR 2019] Title", "[ACL'20] Title", "ICLR 2020: Title".
# "[WCLR 2031]", "\[**WCLR 2031 Oral**\]" in markdown (escaped, emphasised, with the kind of presentation)
_BRACKET_TAG_RE = re.compile(r"(?:[Pp]apers?\s*:\s*)?\\?\[\s*[*_]{0,3}\s*([A-Za-z][A-Za-z-]{1,15}?)\s*[-'’]?\s*((?:19|20)?\d\d)?"
                             r"(?:\s+(?:[Oo]ral|[Ss]potlight|[Hh]ighlight|[Pp]oster))?\s*[*_]{0,3}\s*\\?\]\s*")
_COLON_TAG_RE = re.compile(r"([A-Za-z][A-Za-z-]{1,15}?)\s*((?:19|20)\d\d|['’]\d\d)\s*:\s+")   # not "HMDB-51: ..."


# A track's or a presentation's tag in brackets before a title: "[DEMO] Title", "[Findings] Title", "[Oral] Title".
_TRACK_WORDS = frozenset("demo demos industry findings oral spotlight poster short long student".split())
# Tags that make the line a talk or an event, which the judge must still see: "[KEYNOTE] Title".
_EVENT_TAGS = frozenset("keynote tutorial workshop panel invited talk session".split())


def _track_tag(name: str, year: str | None) -> bool:
    """A bracketed tag of a track or a presentation kind ("DEMO", "INDUSTRY", "Findings"), not of a talk."""
    word = name.lower()
    return not year and word not in _EVENT_TAGS and (word in _TRACK_WORDS or (name.isupper() and len(name) >= 3))


# The writer's note in round brackets before a title: "(Poster) Title", "(Could not attend) Title.", "(Poster; Could not
# attend) Title" (not a talk's or an event's: "(RepEval workshop) Title" is for the judge to see; not a prefix glued to
# the title's word: "(Re-)Distributional ...").
_NOTE_TAG_RE = re.compile(r"\(\s*([A-Za-z][A-Za-z'’-]*(?:[ ;,]+[A-Za-z][A-Za-z'’-]*){0,4})(?<!-)\s*\)\s+")
# ... nor an enumerator: "(i) Title", "(b) Title".
_ENUMERATOR_RE = re.compile(r"[ivxlc]+|[IVXLC]+|[A-Za-z]")


def _note_tag(text: str, toks: list[tuple[int, int]]) -> tuple[int, bool]:
    """How many tokens at a line's start are the writer's bracketed note before a title (0 when none), and whether it
    names a track ("(Poster)": a venue's tag, as "[Poster]" is): with the note, the segmenter saw no title in a heading
    it reads whole without ("##### (Could not attend) Keyphrase Generation: A Text ... Struggle. Ana Souza and Ben Park")."""
    if len(toks) < 5 or text[toks[0][0]] != "(":
        return 0, False
    m = _NOTE_TAG_RE.match(text, toks[0][0], toks[min(len(toks), 12) - 1][1])
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", m.group(1))] if m is not None else []
    if m is None or any(w in _EVENT_TAGS for w in words) or _ENUMERATOR_RE.fullmatch(m.group(1)):
        return 0, False
    n = sum(1 for s, _ in toks if s < m.end())
    if len(toks) - n < 3 or not text[toks[n][0]].isupper():
        return 0, False
    return n, any(w in _TRACK_WORDS for w in words)


def _venue_tag_length(text: str, toks: list[tuple[int, int]]) -> int:
    """How many tokens at a line's start are a venue's tag before a title (0 when none): a known
    venue, or an acronym with a year. The segmenter reads the title after it as a line of its own;
    with the tag before it, it saw neither a title nor a venue in most such lines."""
    if len(toks) < 4:
        return 0
    head = text[toks[0][0] : toks[min(len(toks), 8) - 1][1]]
    m = _BRACKET_TAG_RE.match(head) or _COLON_TAG_RE.match(head)
    if m is None:
        return 0
    name, year = m.group(1), m.group(2)
    if name.lower() not in venues() and not (year and name.isupper()) and not (m.re is _BRACKET_TAG_RE and _track_tag(name, year)):
        return 0
    end = toks[0][0] + m.end()
    n = sum(1 for s, _ in toks if s < end)
    return n if len(toks) - n >= 2 else 0


def _add_line(text: str, unit: Unit, block: Block, toks: list[tuple[int, int]], line: int, marks: dict[int, _Marks]) -> None:
    mk = marks.get(block.index)
    if mk is None:
        mk = marks[block.index] = _Marks(text, block)
    joined = bool(toks) and text.find("\n", toks[0][0], toks[-1][1]) >= 0   # (a line soft breaks joined: its tokens are asked)
    for k, (s, e) in enumerate(toks):
        tok = Token(s, e, "," if _slash_between_names(text, toks, k) else text[s:e], line=line,
                    soft=joined and k > 0 and text.find("\n", toks[k - 1][1], s) >= 0)
        mk.apply(tok, unit.links)
        unit.tokens.append(tok)
    if toks and mk.image_links:
        _take_image_links(mk, toks[0][0], toks[-1][1], unit.links)


def _slash_between_names(text: str, toks: list[tuple[int, int]], k: int) -> bool:
    """A slash that separates the names of an author list ("Ana Souza / Ben Park / Li Na"): read as
    the comma the record model knows. Spaced on both sides, after a capitalised word and before a
    known given name ("Input / Output" stays)."""
    s, e = toks[k]
    if e - s != 1 or text[s] != "/" or not 0 < k < len(toks) - 1:
        return False
    (ps, pe), (ns, ne) = toks[k - 1], toks[k + 1]
    prev, nxt = text[ps:pe], text[ns:ne]
    return pe < s and e < ns and prev[:1].isupper() and prev.isalpha() and nxt[:1].isupper() \
        and nxt.lower() in person_names()[0]


def _take_image_links(mk: _Marks, start: int, end: int, unit_links: list[Link]) -> None:
    unit_links += [link for link in mk.image_links if start <= link.start <= end and link not in unit_links]


def _row_unit(text: str, structure: Structure, block: Block, marks: dict[int, _Marks]) -> Unit:
    section, section_label = _section(structure, block, text)
    unit = Unit("row", block.index, (block.index,), section=section, section_label=section_label, header=block.header,
                html=block.html)
    mk = marks.get(block.index)
    if mk is None:
        mk = marks[block.index] = _Marks(text, block)
    line_starts = [ls for ls, _ in block.lines]
    for c, (s, e) in enumerate(block.cells):
        # (the line the cell opens on, which an earlier cell may have opened: "<td>12</td><td>Title<br>A, B</td>")
        first = max(bisect.bisect_right(line_starts, s) - 1, 0)
        for ts, te in _line_tokens(text, block, (s, e)):
            # A cell's later lines ("Title <br> [link] <br> notes") are continuation lines of its first.
            line = max(bisect.bisect_right(line_starts, ts) - 1 - first, 0)
            tok = Token(ts, te, text[ts:te], line=line, cell=c)
            mk.apply(tok, unit.links)
            unit.tokens.append(tok)
    unit.links += [link for link in mk.image_links if link not in unit.links]   # the row's, wherever its cell
    return _stacked_cell_as_a_line(unit)


def _grid_cells(row: Unit) -> list[Unit]:
    """A row of a table with no header that lays out papers side by side, each cell one linked title
    ("| [Widget Nets for Gizmos](p1.html) | [Sparse Gizmo Flows](p2.html) |"): a unit a cell, read as a line;
    any other row stays one unit."""
    if any(h.strip() for h in row.header) or row.kind != "row":
        return [row]
    cells = sorted({t.cell for t in row.tokens})
    if len(cells) < 2:
        return [row]
    for c in cells:
        toks = [t for t in row.tokens if t.cell == c]
        words = [t for t in toks if t.text[:1].isalnum()]
        if len(words) < 3 or toks[0].link < 0 or any(t.link != toks[0].link or t.line for t in toks):
            return [row]
    return [_row_part_as_a_line(row, [t for t in row.tokens if t.cell == c]) for c in cells]


def _row_part_as_a_line(row: Unit, toks: list[Token], *, venue_tag: bool = False) -> Unit:
    """A unit of a line of its own made of some of a row's tokens (a cell, or one line of a cell), with their links."""
    unit = Unit("line", row.anchor, row.blocks, section=row.section, section_label=row.section_label, html=row.html,
                venue_tag=venue_tag)
    kept = sorted({t.link for t in toks if t.link >= 0})
    unit.links = [row.links[k] for k in kept]
    unit.tokens = [dataclasses.replace(t, cell=-1, line=0, link=kept.index(t.link) if t.link >= 0 else -1) for t in toks]
    return unit


# A line's closing venue tag: "(CIKM 2018)", "(CIKM2018)", "(RecSys '21)", "(TOIS)".
_VENUE_TAG_RE = re.compile(r"([A-Za-z][A-Za-z-]*?)\s*((?:19|20)\d\d|['’]\d\d)?")


def _venue_tagged_lines(row: Unit) -> list[Unit]:
    """A row whose one cell lists papers a line each, every line closing with its venue and year ("<td>Title A (CIKM
    2018)<br>Title B (RecSys 2021)</td><td>Ana Souza</td>", a reading group's programme): a unit a line, read as a line of
    its own after the row (the row read whole gave the first line the title and lost the rest); [] for any other row."""
    if row.kind != "row":
        return []
    lines: dict[tuple[int, int], list[Token]] = {}
    for t in row.tokens:
        lines.setdefault((t.cell, t.line), []).append(t)
    cells = Counter(cell for cell, _ in lines)
    stacked = [c for c, n in cells.items() if n >= 2
               and all(_closes_with_a_venue_tag(toks) for (cell, _), toks in lines.items() if cell == c)]
    if len(stacked) != 1:
        return []   # (the other cells may stack lines too: the presenters of the papers, a line each)
    own = [toks for (cell, _), toks in sorted(lines.items()) if cell == stacked[0]]
    row.venue_tag = True
    # (the row reads its first line as before: the title, the other cells its fields)
    return [row] + [_row_part_as_a_line(row, toks, venue_tag=True) for toks in own[1:]]


def _closes_with_a_venue_tag(toks: list[Token]) -> bool:
    """The line ends in brackets that hold a venue's name and a year, after three words or more (a comma or full stop
    may follow them)."""
    while toks and toks[-1].text in (",", ";", "."):
        toks = toks[:-1]
    if len(toks) < 6 or toks[-1].text != ")":
        return False
    opening = max((i for i, t in enumerate(toks) if t.text == "("), default=-1)
    if opening < 3 or sum(1 for t in toks[:opening] if t.text[:1].isalpha()) < 3:
        return False
    m = _VENUE_TAG_RE.fullmatch("".join(t.text for t in toks[opening + 1 : -1]).replace(" ", ""))
    # (a venue the lexicon knows, or a capitalised name and a year, as venues' acronyms and names are: "ICTIR", "RecSys",
    # "Webconf"; a journal's acronym alone: "(TOIS)")
    if m is None:
        return False
    name = m.group(1)
    return name.lower() in venues() or (name[:1].isupper() and m.group(2) is not None) or (name.isupper() and len(name) >= 3)


def _stacked_cell_as_a_line(unit: Unit) -> Unit:
    """A row of a table with no header whose first cell of words stacks a record's fields on lines of its own
    ("<b>Title</b><br><i>A, B</i> | [PDF]"): that cell is the record's lines, as a paragraph's would be, the later cells a line after them
    (the segmenter reads a row as one field a cell)."""
    stacked = next((t.cell for t in unit.tokens if t.line > 0), None)
    if stacked is None or any(h.strip() for h in unit.header) or any(t.cell < stacked and t.text[:1].isalpha() for t in unit.tokens):
        return unit   # (a header names the columns: "Title | Code" reads a cell's later lines as the title's continuation)
    last = max(t.line for t in unit.tokens if t.cell == stacked)
    unit.kind = "line"
    unit.tokens = [t for t in unit.tokens if t.cell >= stacked]
    for t in unit.tokens:
        t.line, t.cell = (t.line, -1) if t.cell == stacked else (last + 1, t.cell)
    return unit
