"""Paper candidates from record units: the segmenter's title and author spans, turned into a title,
author names and the record's links, with the evidence that the record is a paper.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise, takewhile

from extract.mentions.links import host_and_path, is_a_talks_page, is_label_anchor, is_talk_page, link_kind
from extract.mentions.segmenter import CJK_NAMES_HEADERS, CJK_TITLE_HEADERS, MONTHS, TITLE_SMALL_WORDS, Segment
from extract.text.lexicon import english_words_no_name, is_english_word, person_names, proper_nouns, venues, word_ranks
from extract.text.names import (
    INITIAL_RE,
    ORGANISATION_WORD_RE,
    OTHER_ANDS,
    PARTICLES,
    ROLE_RE,
    clean_name,
    hyphenated_given_name,
    is_name,
    looks_like_person,
    spaced_initials,
    split_author_list,
    surname_and_initials,
)
from extract.text.structure import HTML_TAG_RE, Link
from extract.text.units import (
    AUTHOR_CUE_WORDS,
    CJK_LETTERS,
    CLOSING_QUOTES,
    NOTE_ON_IT_RE,
    RARE_RANK,
    REFERENCE_KEY_RE,
    TITLE_CUE_WORDS,
    WRITTEN_URL_RE,
    Token,
    Unit,
    note_start,
)

NameSpan = tuple[str, int, int]   # name as written (cleaned), start, end


@dataclass
class Candidate:
    """A title the report names, where, how sure we are, and what comes with it."""

    title: str                       # visible text of the title, cleaned
    start: int                       # offsets of the title in the report text (may include markup)
    end: int
    rule: str                        # record.heading | record.item | record.row | record.line | prose.*
    score: float                     # 0-1: how sure the rule is that this is a paper
    authors: list[NameSpan] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)      # links of the record (paper, code, ...)
    title_link: Link | None = None   # the link anchored by the title itself
    unit: Unit | None = None
    alias: str = ""
    venue: bool = False              # the record also names a venue, year or award
    bare_item: bool = False          # a plain Title Case list item the segmenter saw no title in
    # Names and links on a continuation line given up to that line's own title, by that title's
    # candidate: they come back if the judge turns that title down.
    released: list[tuple[Candidate, list[NameSpan], list[Link]]] = field(default_factory=list)


# A line to pass over between a title and its byline: a photo's id in code marks, a picture.
_PASSED_LINE_RE = re.compile(r"[ \t]*(?:`[^`\n]*`|!\[[^\]\n]*\]\([^)\n]*\))[ \t,]*(?:\n|$)")
# A list item that is a list of names ("* Ana Souza, Ben Park, Chen Wei,+": "+" or "et al." for the rest).
# (the names perhaps emphasised: "- *Ana Souza, Ben Park*")
_BYLINE_ITEM_RE = re.compile(r"[ \t]*[-*+][ \t]+(?:(?<=[ \t])[*_]{1,2}(?=[^\s*_]))?([^\n]+?)[ \t]*(,?[ \t]*\+|,?[ \t]*et al\.?)?[*_]{0,2}[ \t]*(?:\n|$)")


def byline_item_at(text: str, pos: int) -> tuple[list[str], int, int] | None:
    """The names of the list item at `pos` (past blank lines, an inline code or an image line) and their span, when
    the item is a byline: two names or more, each with the form of a name and half of them or more known to the name
    lexicons (not "A, B" of topics); or one name the lexicons know, before "et al." ("* Ana Bear et al.") or not an
    English phrase ("* Jiaming Song"; not "* Batch Norm")."""
    while (passed := _PASSED_LINE_RE.match(text, pos)) or text.startswith("\n", pos):
        pos = passed.end() if passed else pos + 1
    m = _BYLINE_ITEM_RE.match(text, pos)
    names = split_author_list(m.group(1)) if m else None
    if m is None or not names or not all(is_name(n) for n in names):
        return None
    if len(names) >= 2:
        return (names, m.start(1), m.end(1)) if 2 * sum(looks_like_person(n) for n in names) >= len(names) else None
    words = names[0].split()
    firsts, lasts = person_names()
    known = words[0].lower() in firsts or words[-1].lower() in lasts
    if known and (m.group(2) or not (is_english_word(words[0]) and is_english_word(words[-1]))):
        return names, m.start(1), m.end(1)
    return None


def names_found_in(text: str, names: list[str], start: int, end: int) -> list[NameSpan]:
    """Each name with its span, where it is first written in text[start:end]."""
    return [(spaced_initials(n), i, i + len(n)) for n in names if (i := text.find(n, start, end)) >= 0]


def visible_text(text: str, tokens: list[Token]) -> str:
    """The tokens' text, a space where the source had whitespace (or hidden markup that held some)."""
    out: list[str] = []
    for i, t in enumerate(tokens):
        if i:
            gap = text[tokens[i - 1].end : t.start]
            if gap and (any(c.isspace() for c in gap) or tokens[i - 1].line != t.line or tokens[i - 1].cell != t.cell):
                out.append(" ")
        out.append(t.text)
    return "".join(out)


_PAIRS = {"“": "”", '"': '"', "‘": "’", "(": ")", "[": "]", "'": "'", "《": "》", "「": "」", "『": "』", "〈": "〉", "【": "】", "〖": "〗"}
_CJK_CLOSERS = {v: k for k, v in _PAIRS.items() if k in "《「『〈【〖"}   # title marks and brackets of Chinese, Japanese, Korean


# A link label glued to a title's end ("Deep Sets link", in a table of contents built from headings).
_TRAILING_LABEL_RE = re.compile(r"\s+\[?(?:link|pdf|code|paper|slides|video|here|project|website|github|arxiv|poster)\]?$")


# Where a paper stands rather than what it is called: "Title, under review", "Title (to appear)".
_TRAILING_STATUS_RE = re.compile(r"(?<=\w{2})\s*(?:,\s*|\(\s*)(?:under (?:review|submission)|in submission|submitted|to appear|"
                                 r"in press|forthcoming)\s*\)?\s*\.?$"
                                 r"|(?<=\w{2})\s*\((?:see|cf\.)\s[^()]*\)\s*\.?$", re.I)   # ... or a pointer: "Title (see blog post)"


# Where a reference list's entry goes on after its title: "Title. arXiv preprint arXiv:2501.01234",
# "Title. CoRR abs/1234.5678", "Title. In Proceedings of ...", "Title. In Findings of ...".
_TRAILING_VENUE_RE = re.compile(r"(?:(?<=\w{2})\.?|(?<=[?!]))\s+(?:arXiv(?:\s+preprint)?(?:\s+arXiv)?\s*:?\s*\d{4}\.\d{4,5}(?:v\d+)?"
                                r"|CoRR,?\s+abs/\S+)(?:,\s*(?:19|20)\d\d)?\s*\.?$"
                                r"|(?:(?<=\w{2})\.|(?<=[?!]))\s+In\s+(?:Proceedings|Proc\b\.?|Findings|Advances)\b.*$"   # ("In Proc" where the run stopped)
                                r"|(?:(?<=\w{2})\.|(?<=[?!]))\s+In:\s+\S.*$"   # ("Title. In: Proc. WCONF; 2031. p. 1-10": Vancouver's venue)
                                r"|(?<=\w{2}),\s+in\s+Proc(?:eedings|\.)?(?:\s.*)?$"   # ("Title, in Proc. WCONF, 2031, pp. 1-9": IEEE's venue)
                                r"|(?:(?<=\w{2})\.|(?<=[?!]))\s+(?:Proceedings|Proc\.)\s+of\b.*$"
                                r"|(?:(?<=\w{2})\.|(?<=[?!]))\s+[Ii]n\s+[A-Z][\w&-]*\s*(?:'\d\d|(?:19|20)\d\d)\b.*$"   # ". in SIGIR '31: ..."
                                # ". IEEE Transactions on ...", ". ACM Symposium on ...", ". NeurIPS 2031 Workshop on ...", ". URL: ..."
                                r"|(?:(?<=\w{2})\.|(?<=[?!]))\s+(?:[A-Z][\w&/-]*\s+){0,3}(?:Transactions|Symposium|Conference|Journal|Workshop)\s+(?:on|of|for|in)\b.*$"
                                # ... or its ACM reference form: ". ACM Trans. Graph. 42, 4, Article 1", ". Proc. ACM Program. Lang. 7, PLDI"
                                r"|(?:(?<=\w{2})\.|(?<=[?!]))\s+(?:(?:ACM|IEEE)\s+(?:Trans|J)\.|Proc\.\s+ACM\b|Commun\.\s+ACM\b).*$"
                                # ... or a journal's in Nature's style: ". Nature 596, 583–589 (2031)", ". Nat. Mach. Intell. 3, 1–9 (2031)"
                                r"|(?<=\w{2})\.\s+(?:[A-Z][\w.&-]*\s+){1,4}\d+(?:\s*\(\d+\))?,\s*[A-Za-z]?\d+(?:\s*[–-]\s*\d+)?\s*\((?:19|20)\d\d\)?\.?$"
                                r"|(?:(?<=\w{2})\.|(?<=[?!]))\s+URL\s*:?$"
                                r"|(?<=\w{2}),\s+available\s+(?:as|at|from|on|online|here)\b.*$")   # "Title, available as [id](url)."


# Where and when it appeared, in a bracket after the title: "Title (COLM 2026)", "Title (NeurIPS '25 Oral" (the
# bracket's end left out), "Title? (RecSys 2021)", "Title. (CHIIR 2020)".
# ... or the two glued: "Title (CVPR2018)".
_TRAILING_VENUE_YEAR_RE = re.compile(r"(?<=[\w?!.])\s*\((?:[A-Z][\w&-]*\s+){1,2}(?:(?:19|20)\d\d|'\d\d)(?:\s+[A-Za-z]+)?\)?$"
                                     r"|(?<=[\w?!.])\s*\([A-Z]{2,}[A-Za-z]*(?:19|20)\d\d\)$"
                                     # ... with where it was held: "(IEEE/RSJ IROS-2031, Las Vegas, NV, USA)" (none of the 155k ends so)
                                     r"|(?<=[\w?!.])\s*\([^()]*?[A-Z][A-Za-z/&]*[-\s’']?(?:19|20)\d\d\b[^()]*\)$")
# A dash, a venue's acronym and its year after the title: "Title — WCLR 2031", "Title - NeurIPS'25" (none of the
# catalogue's 155k titles ends so).
_DASH_VENUE_YEAR_RE = re.compile(r"(?<=\S)\s+[—–-]\s+[A-Z][A-Za-z&]*[A-Z][A-Za-z&-]*\s*(?:['’]\d\d|(?:19|20)\d\d)$")
# ... or a slash and a venue's acronym, its year or not: "[Title](url) / ICLR" in a table's cell (none of the 155k ends so).
_SLASH_VENUE_RE = re.compile(r"(?<=\S)\s+/\s*[A-Z][A-Za-z&]*[A-Z][A-Za-z&-]*(?:\s*(?:['’]\d\d|(?:19|20)\d\d))?$")
# An arXiv identifier in brackets after the title: "Title (arXiv:2601.00001)", "Title [arXiv 2601.00001v2]".
# An arXiv identifier after the title, in brackets or after a comma or dash ("Title (arXiv:2101.00001)", "Title, arXiv:2101.00001").
_TRAILING_ARXIV_ID_RE = re.compile(
    r"(?<=\S)(?:\s*[(\[]\s*arxiv\s*:?\s*\d{4}\.\d{4,5}(?:v\d+)?\s*[)\]]|\s*[,;–—-]?\s+arxiv\s*:\s*\d{4}\.\d{4,5}(?:v\d+)?)$", re.I)
# A venue and year after the title's full stop or comma ("Title. ICCV'19", "Title, NeurIPS'17", "Title. SIGGRAPH Asia'18",
# "Title. 2019"): a reference's tail.
# ... and an acronym's full year ("Title, TACL 2017", "Title. SIGGRAPH Asia 2018").
# ... and arXiv's, in any case and with a comma or "preprint" ("Title. arXiv 2024", "Title. ArXiv preprint, 2024").
_STOP_VENUE_YEAR_RE = re.compile(r"(?<=\w)[.,]\s+(?:(?:[A-Za-z][\w-]*\s){0,2}[A-Za-z][\w-]*\s?'\d\d|(?:19|20)\d\d"
                                 r"|[A-Z][A-Z0-9&-]+(?:\s+[A-Z][a-z]+)?\s+(?:19|20)\d\d"
                                 r"|[Aa]r[Xx]iv(?:\s+preprint)?,?\s+(?:19|20)\d\d)\.?$")
# A venue's name after the title's full stop, with "In" and a year or not: "Title. NeurIPS.", "Title. In CVPR 2019".
_STOP_VENUE_RE = re.compile(r"(?<=\w{2})\.\s+(?:[Ii]n\s+)?([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?)(?:\s*(?:'\d\d|(?:19|20)\d\d))?\.?$")


def _without_a_known_venue_after_a_stop(t: str) -> str:
    """A reference's tail cut: a name the venue lexicon knows after the title's full stop, or alone in
    a bracket at its end ("Title (CoNLL)"), or any acronym after "In" ("Title. In WCLR")."""
    m = _STOP_VENUE_RE.search(t) or _BRACKETED_VENUE_RE.search(t)
    if m and len(t[: m.start()].split()) >= 2 and (m.group(1).lower() in venues() or _IN_ACRONYM_RE.match(t, m.start())):
        return t[: m.start()]
    return t


# "Title. In WCLR": "In" and an acronym after the title's full stop name where it appeared, known or not.
_IN_ACRONYM_RE = re.compile(r"\.\s+[Ii]n\s+[A-Z][A-Z0-9&-]+\.?$")


_BRACKETED_VENUE_RE = re.compile(r"(?<=\w)\s*\(([A-Z][\w&-]*)\)$")


# A note in square brackets after the title, in words ("[Generalizes to unseen data]", not "[PDF]": a link label).
_TRAILING_BRACKETS_RE = re.compile(r"(?:\s*\[[^\[\]]{1,40}\])+$")
_TRAILING_SQUARE_NOTE_RE = re.compile(r"\s+\[[^\[\]]*\s[^\[\]]*\]$")
# A footnote's number after the title, glued or spaced ("... Domain Adaptation[1]", "Title [12]"; no catalogue title ends so).
# The writer's note a title runs on into after its colon: "**Title**: They show large gains ..." (no catalogue title
# goes on so after a colon).
_TRAILING_NOTE_RE = re.compile(r"(?<=[\w)?!*_]{2})\s*:\s+(?:They|This (?:paper|work)|The authors|These authors)\s+[a-z].*$")
# The byline a title runs on into after a comma: "Title, co-authored by Professor Ana Souza and student Ben Park"
# (no catalogue title holds ", co-authored by").
_TRAILING_BYLINE_RE = re.compile(r"(?<=[\w)?!]{2}),\s+(?:co-?authored|authored|written)\s+by\s+[A-Z].*$")
_TRAILING_FOOTNOTE_RE = re.compile(r"(?<=[\w?!)])\s*\[\d{1,3}\]\.?$")
# The writer's starred note in brackets after the title ("Title (*to be merged)", "Title (※ draft)").
_TRAILING_STARRED_NOTE_RE = re.compile(r"(?<=[\w?!)])\s*\(\s*[*※][^()]{1,40}\)$")
# A page range after the title ("**[Title](doi)** 617-624", "Title, pp. 12-19"): none of the catalogue's 155k
# titles ends so (one ends in a span of years, "1997 – 2011").
_TRAILING_PAGES_RE = re.compile(r",?\s+(?:pp?\.\s*)?(?!(?:19|20)\d\d\b)\d{1,5}\s*[-–]{1,2}\s*\d{1,5}$")
# A table's next cell glued to the title in a row markdown did not read as a table ("Title | ICLR'21", "Title |").
# A library's or an index's name after a dash or a bar, as a page's title ends ("Title - ACL Anthology", "Title |
# Papers With Code", copied with the link to it): none of the catalogue's 155k titles ends so.
_TRAILING_LIBRARY_RE = re.compile(r"\s+[-–—|]\s+(?:ACL\s+Anthology|Semantic\s+Scholar|ScienceDirect|arXiv(?:\.org)?|OpenReview|"
                                  r"IEEE\s+Xplore|ACM\s+Digital\s+Library|Springer(?:Link)?|Papers\s+[Ww]ith\s+Code|Hugging\s+Face|"
                                  r"Google\s+Scholar|ResearchGate|PMLR|CVF\s+Open\s+Access|Wiley\s+Online\s+Library|bioRxiv|medRxiv)$",
                                  re.I)
_TRAILING_CELL_RE = re.compile(r"(?<=\S)\s+\|\s*(?:[A-Z][\w&-]*\s*(?:(?:19|20)\d\d|'\d\d)?)?\s*$")


# An award's label before the title ("Outstanding Paper: ...", "Test of Time Award: ...").
# ... or a best-of label naming only the kind of paper ("Best Late Breaking: ...", "Best Demo: ...", not "Best Arm Identification: ...").
_LEADING_AWARD_RE = re.compile(r"^(?:(?:outstanding|best|honou?rable|distinguished|test[- ]of[- ]time|runner[- ]ups?|spotlight|oral)"
                               r"\b[\w\s-]{0,30}?\b(?:papers?|awards?|prizes?|mentions?)|test[- ]of[- ]time"
                               r"|best(?:\s+(?:student|late[- ]breaking|demo(?:nstration)?|poster|short|long|industry|resource|reproducibility)){1,2})"
                               r"\s*[:–—-]\s+(?=\S+\s+\S|(?-i:[A-Z]\w*[A-Z0-9]\w*)$)", re.I)
# ... or after it, past a dash: "Title - Spotlight Poster", "Title – Oral", "Title | Best Paper Award", "Title - BOOK".
_TRAILING_AWARD_RE = re.compile(r"(?<=[\w)])\s+[-–—|]\s+(?:(?:spotlight|oral|poster|lightning|contributed)(?:\s+(?:poster|presentation|talk|paper))?|book"
                                r"|(?:outstanding|best|honou?rable)\b[\w\s-]{0,30}?\b(?:papers?|awards?|prizes?|mentions?))$", re.I)
# ... or in brackets: "Title (Honorable Mentions)", "Title (Best Paper Award)", "Title (Oral)", the kind of its slot
# ("Title (Rapid Presentation)", "Title (Award Winning Oral)", "Title (Poster Session)"; none of the catalogue's 155k
# titles ends so).
_TRAILING_BRACKETED_AWARD_RE = re.compile(r"(?<=[\w?!)])\s*(?:\((?:honou?rable\s+mentions?|(?:best|outstanding)\b[^()]{0,30}"
                                          r"|(?:[^()]{0,30}\s)?(?:awards?|orals?|spotlights?|posters?|presentations?|sessions?|talks?))\)"
                                          r"|\[(?:[^\[\]]{0,30}\s)?(?:awards?|orals?|spotlights?|posters?|presentations?)\])$", re.I)
# A plain-text bullet ("o  Title", "+Title") or a time of day ("9:30 Title", "10:00 – Title", "10:05 : Title") before the title.
_LEADING_MARK_RE = re.compile(r"^(?:o\s+(?=[A-Z])|\+\s*(?=[A-Z])|\d{1,4}[.、](?=[A-Z])|\d{1,3}\.\s+(?=[A-Z“\"]|\d+-?[A-Za-z])|"
                              r"\d{1,4}[A-Z]{0,3}\s+[-–—]\s+(?=[A-Z(])|"   # a poster's number or a room ("27 - Title", "220CD - Title")
                              r"[A-Z]\d{1,3}\.\s+(?=[A-Z]|\d+[A-Za-z])|"   # a session's letter and the paper's number ("A1. Title", "B8. 3D ...")
                              r"(?:\d{1,2}[:.]\d{2}|(?:\d{1,2}[:.])?\d{2}(?=\s*(?:[aApP]\.?[mM]\.?\s*)?(?:[-–—]|to)\s*\d))\s*(?:[aApP]\.?[mM]\.?)?\s*"
                              r"(?:(?:[-–—]|to)\s*\d{1,2}[:.]\d{2}\s*(?:[aApP]\.?[mM]\.?)?\s*)?[-–—:]?\s+(?=\S+\s+\S))")
# A field's name before the title: "Title: Widget Source Separation" in a "Title: / Authors:" block, "Title — Widget
# Source Separation", "See also: ...", "Papers: Title (Souza et al., 2031), ...".
_LEADING_FIELD_RE = re.compile(rf"^(?:paper title|see also|papers|{'|'.join(sorted(TITLE_CUE_WORDS, key=len, reverse=True))})(?:\s*[:：]|\s+[–—])\s*(?=\S+\s+\S)", re.I)
# A run begun inside the bracket of a name glued to the title: "(FPN)Feature Pyramid Networks for ...".
# (Not a word's part in brackets, "Re-)" of "(Re-)Distributional ...", "Un)" of "(Un)Fair ...".)
_GLUED_BRACKET_TAIL_RE = re.compile(r"^(?![A-Z]?[a-z]{1,3}-?\)|[^\s()\[\]]{1,19}-\))[^\s()\[\]]{1,20}\)\s*(?=[A-Z])")
# An aside after the title that the line (or the run) cut short: "Title (Widget workshop", "Title(", a
# programme's label cut inside its brackets ("Title [Download" of "Title [Download Paper] A (MIT), ...").
_UNCLOSED_ASIDE_RE = re.compile(r"\s*(?:\((?:[^\W\d_]{2}[^()]*)?|\[(?:[^\W\d_]{2}[^\[\]]*)?)$")
_STOP_THEN_TWO_WORDS_RE = re.compile(r"^(.*\w{2})\.\s+(\S+\s+\S+)$")


def _names_after_a_stop(t: str) -> str:
    """A bibliography entry's title without the first author it ran into: "Title. Lia Rossi"."""
    m = _STOP_THEN_TWO_WORDS_RE.match(t)
    return m.group(1) if m and len(m.group(1).split()) >= 2 and reads_as_names(m.group(2)) else t


# A byline's cue glued to the title's end: "Title. Authors: A, B", "Title | Authors: A, B" with the names left out ("by" below).
_TRAILING_CUE_RE = re.compile(r"(?:(?<=\S{2})\s*[|·]\s*|(?<=\w{2})[.;,]\s+)(?:authors?|speakers?|presenters?)\s*:?$"
                              r"|(?<=\w{2}),\s+(?:co-?authored|authored|written)(?:\s+by)?$"
                              r"|(?<=\w{2})\s+(?:authors?|speakers?|presenters?)\s*:$", re.I)


# A programme's paper or session code before the title: "3B-03: Title", "P1-23: Title", "#118: Title", "P010 - Title",
# "Mon-P-1-2 Title" (day, kind, session and number, with or without a colon).
_LEADING_CODE_RE = re.compile(r"^(?:\d{1,2}[A-Z]{0,2}|[A-Z]{1,2}\d{1,2})[-–](?:\d{1,3}\s*[:.)]|\d{2,3}(?=\s+[A-Z]))\s+(?=\S+\s+\S)|^#\d{1,4}\s*[:.)]\s+(?=\S+\s+\S)"
                              r"|^[A-Z]{1,2}\d{3,4}\s+[-–—]\s+(?=\S+\s+\S)"   # "P010 - Title", "S023 – Title" (no catalogue title opens so)
                              # "647 (AASP-L1.1): Title", "6829: Title": a paper's number, its session's code (none of the catalogue's either)
                              r"|^\d{1,5}\s*\([A-Z]{2,}[\w.-]*\)\s*:\s+(?=\S)|^\d{3,5}\s*:\s+(?=\S+\s+\S)"
                              # ... or its code's tail, the run begun inside the bracket ("SLT-L1.2): Title")
                              r"|^[A-Z]{2,}-[A-Z]{0,2}\d[\w.]*\)\s*:\s+(?=\S+\s+\S)"
                              r"|^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[-–][A-Z]{1,2}(?:[-–][0-9A-Z]{1,3}){1,3}\s*[:.)]?\s+(?=\S+\s+\S)")
# A report's own numbering of the papers it names: "Paper 1: Title", "Poster #3 - Title".
# A circled number before the title ("### ① Title", "❷ Title"): the writer's numbering.
_LEADING_CIRCLED_NUMBER_RE = re.compile(r"^[\u2460-\u2473\u24eb-\u24f4\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]\s*(?=\S)")
_LEADING_ORDINAL_RE = re.compile(r"^(?:papers?|posters?|talks?|orals?|spotlights?|articles?)\s*#?\s*\d{1,3}\s*[:.)–—-]\s+(?=\S+\s+\S)", re.I)
# A presentation tag before the title: "[Spotlight] Title", "(Oral) Title", or its tail when the title
# run began inside the bracket ("Spotlight] Title").
_LEADING_TAG_RE = re.compile(r"^(?:\[[^\[\]()]{1,30}\]|\([^\[\]()]{1,30}\)|[^\[\]()]{1,30}[\])])\s+(?=\S+\s+\S)")


# A written-out link after the title ("Title.” <http://arxiv.org/abs/...>."): never part of it.
# A reference's date before its title ("Ana Souza. 2031-10-15. A Plan for Widgets."): no title opens so.
# A sentence's words that name what follows as a paper ("In their paper Widget Nets for Gizmos, A and B show"):
# the noun in lower case, a capital after it.
_LEADING_PAPER_CUE_RE = re.compile(r"^(?:[Ii]n\s+)?(?:[Tt]heir|[Tt]he|[Tt]his|[Hh]is|[Hh]er|[Oo]ur)\s+(?:(?:recent|new|latest)\s+)?"
                                   r"(?:paper|work|preprint)\s*[,:]?\s+(?=[A-Z\"“])")
# A note's lower-case words before the quoted title they name: 'start of "Deep Widgets: Practice and Trends"', 'titled
# "wav2vec2-based Widget Rating ..."' (a title in lower case has a capital further on; no catalogue title of 155k opens so).
_WORDS_BEFORE_A_QUOTE_RE = re.compile(r"^(?:[a-z]+\s+){1,4}[\"“](?=[A-Z]|[a-z0-9][^\"”\n]*[A-Z])")
_QUOTE_MARK_RE = re.compile(r"[\"“”]")
# A sentence's imperative before the title: "Check out Title (url) by A" (no catalogue title of 155k opens so;
# "Read ..." and "Look at ..." do).
_LEADING_IMPERATIVE_RE = re.compile(r"^(?:[Cc]heck\s+[Oo]ut|[Tt]ake\s+a\s+look\s+at|[Hh]ave\s+a\s+look\s+at|[Dd]on[’']t\s+miss)\s+(?=[A-Z\"“])")
# The writer's label for a pick before the title: "My favourite: Title", "Top pick: Title", "Highlight: Title".
_LEADING_PICK_RE = re.compile(r"^(?:[Mm]y\s+)?(?:(?:[Pp]ersonal|[Aa]bsolute|[Tt]op)\s+)?(?:[Ff]avou?rite|[Pp]ick|[Hh]ighlight)s?"
                              r"(?:\s+[a-z]+)?\s*:\s+(?=\S+\s+\S)")
# A sentence's reporting verb run into a title read off its line: "presented Title", "Title, presented" (by A and B).
# (None of the catalogue's 155k titles opens or ends so.)
_REPORTING_VERB_RE = re.compile(r"^(?:presented|presents|introduced|introduces|proposed|proposes|showed|shows|discussed)\s+(?=[A-Z\"“])"
                                r"|,\s*(?:presented|introduced|proposed|shown|given)$")
# The kind of slot a paper had, as a label before its title ("Oral: Title", "Poster: Title"); not "Keynote:"
# or "Tutorial:", which name talks (the judge reads them as labels).
# A programme slot's label before its paper: "Oral: Title", "Contributed Talk 14: Title", "Spotlight 3 - Title".
_LEADING_SLOT_RE = re.compile(r"^(?:(?:oral|poster|spotlight|paper)\s*[:：]|(?:contributed\s+talk|oral|spotlight)\s*#?\d{1,3}\s*[:：–—-])\s+(?=\S+\s+\S)", re.I)
# What a byline's possessive leaves before the title: "Ana Souza et al.’s Widget Nets paper" ("s"),
# "Ana Souza et al’s work on Widget Nets" ("al’s work on", "s work on").
_POSSESSIVE_REMNANT_RE = re.compile(r"^(?:(?:et\s+)?al\.?[’']s|[’']?s)\s+"
                                    r"(?:(?:[a-z]+\s+){0,2}?(?:work|research|paper|poster|talk|presentation|study)\s+(?:on|about)\s+(?=\S)|(?=[A-Z]))")
# What names before a quoted title leave before it: "Ana Souza and Ben Park for “Title”".
_LEADING_FOR_QUOTE_RE = re.compile(r"^(?:for|on|about)\s+(?=[\"“])")
# A tag in lenticular brackets before the title ("【CVPR 2031】Widget Nets", "【论文】 Widget Nets"); a title
# wholly inside them keeps its words (the brackets go as a pair).
_LEADING_LENTICULAR_TAG_RE = re.compile(r"^[【〖][^】〗]{1,30}[】〗]\s*(?=\S+\s+\S)")
_LEADING_DATE_RE = re.compile(r"^(?:19|20)\d\d(?:-\d\d-\d\d)?\.\s+(?=[A-Z\"“])")
# "Title url, url", "Title(url)"
_TRAILING_URL_RE = re.compile(r"(?<=\S)(?:(?:[.,;:”\"]*\s+<?|\s*<)https?://\S+?>?[.,;]?|(?<!\])\s*\(https?://[^\s()]+\))+$")


_CJK_LETTER_RE = re.compile(rf"[{CJK_LETTERS}]")
_CJK_TAIL_RE = re.compile(rf"(?<=[A-Za-z0-9)\]?!])\s*[{CJK_LETTERS}][^A-Za-z]*$")
_LATIN_WORD_RE = re.compile(r"[A-Za-z]{2,}")
_CJK_COMMAS = frozenset("，、")


def _strip_other_script_lead(t: str) -> str:
    """A title without the symbols (emoji, bullets) and the words of another script before it:
    "📄 Title", "另一篇论文：Title" (caseless letters: CJK, Thai, Arabic, ... never Latin ones)."""
    i = 0
    while i < len(t) and (unicodedata.category(t[i]) in ("So", "Sk", "Mn", "Me", "Co", "Lo") or t[i] in "•▶►→：:，、。 "
                          or (unicodedata.category(t[i]).startswith("P") and t[i] not in "\"“‘'([¿¡")):
        i += 1
    return t[i:] if 0 < i < len(t) and re.search(r"[A-Za-z]{2}", t[i:]) else t


def _last_word_of_a_sentence_case_title(t: str, label: re.Match[str]) -> bool:
    """"EgoEnv: Human-centric environment representations from egocentric video": a bare lower-case
    "video" after a lower-case word ends a title written in sentence case; a link's label after a Title
    Case title ("Widget Nets for Tables video") or in brackets ("[video]") is not the title's."""
    before = t[: label.start()].split()
    return "[" not in label.group() and before[-1][:1].islower() and before[-1].isalpha()


_TRAILING_STARS_RE = re.compile(r"(?<=\w)[ \t]+[*★☆]{1,5}$")
# The writer's hashtags after a title, GitHub's ":hash:" shortcode or "#", after a dash or not ("Title -- :hash:industry
# :hash:widgetco", "Title #ranking"): no title of the catalogue's 155k ends in one.
_TRAILING_HASHTAGS_RE = re.compile(r"(?:\s+[-–—]+)?(?:\s+(?::hash:|#)[A-Za-z][\w-]*)+$")


# A repository's page title, copied with its link ("[GitHub - owner/repo: Title (WCLR 2031)](https://github.com/owner/repo)"):
# the repository's name before its description, which is the paper's title.
_REPOSITORY = r"[\w.-]+/[\w.-]+"   # "owner/repo"
_REPOSITORY_PAGE_TITLE_RE = re.compile(rf"^(?:GitHub|GitLab|Hugging\s?Face)\s+[-–—]\s+{_REPOSITORY}:\s+(?=\S)")


_REPOSITORY_HEAD_RE = re.compile(rf"({_REPOSITORY}):\s+(?=\S)")


def _the_repository_named(title: str, href: str) -> str | None:
    """The title without the repository's name that opens it, when its link is to that repository ("owner/repo: Title"
    linked to github.com/owner/repo, a page title copied with its link); None when it does not open so."""
    m = _REPOSITORY_HEAD_RE.match(title)
    if m is None:
        return None
    host, path = host_and_path(href)
    if host not in ("github.com", "gitlab.com", "huggingface.co") or path.strip("/").lower() != m.group(1).lower():
        return None
    return title[m.end() :]


# A title's venue and year in brackets, then a comma and another work ("X-Widget: A Tracing Framework(NSDI 2007), Gizmo: a
# Tracing Infrastructure(Tech report, 2010)"): the first title ends at its bracket (none of the catalogue's 155k holds one so).
_VENUE_YEAR_THEN_ANOTHER_RE = re.compile(r"(?<=\w)\s*\((?:[A-Z][A-Za-z&-]*\s+){1,2}(?:19|20)\d\d\)\s*[,;]\s+\S.*$")


def clean_title(title: str) -> str:
    """A title without surrounding quotes, brackets, a trailing full stop or comma, a link label
    glued to its end, a publication status ("under review") or venue ("In Proceedings of ...",
    "arXiv preprint arXiv:..."), an award's label before it, or a byline's cue ("Authors:", "by")
    that introduced the names after it."""
    # (a backslash that ends a line is markdown's hard line break, after a title or a name)
    t = _LEADING_LENTICULAR_TAG_RE.sub("", " ".join(title.split()).strip(" ,;:").rstrip("\\").rstrip(" ,;:"))
    t = _REPOSITORY_PAGE_TITLE_RE.sub("", t)
    t = _strip_other_script_lead(_LEADING_CODE_RE.sub("", t))
    t = _POSSESSIVE_REMNANT_RE.sub("", t)
    t = _LEADING_FOR_QUOTE_RE.sub("", t)
    t = _TRAILING_URL_RE.sub("", t).rstrip(" ,;:")   # "Title : https://..."
    t = _TRAILING_STARS_RE.sub("", t)   # "### Title **": the writer's rating, set off by a space
    t = _TRAILING_HASHTAGS_RE.sub("", t)
    t = _LEADING_MARK_RE.sub("", t).rstrip(" -–—")
    if (tag := _LEADING_TAG_RE.match(t)) and not t[tag.end() :][:1].islower():
        t = t[tag.end() :]   # ("(Male, Bachelor) and (Female, Ph.D) have ...": a bracket the title opens with)
    t = _LEADING_ORDINAL_RE.sub("", t)
    t = _LEADING_CIRCLED_NUMBER_RE.sub("", t)
    t = _LEADING_PAPER_CUE_RE.sub("", t)
    if (quote := _WORDS_BEFORE_A_QUOTE_RE.match(t)) and len(_QUOTE_MARK_RE.findall(t, quote.end())) <= 1:
        t = t[quote.end() :].rstrip("\"” ,")   # (one quotation: its words, up to its close or the line's end)
    t = _LEADING_IMPERATIVE_RE.sub("", t)
    t = _LEADING_PICK_RE.sub("", t)
    t = _REPORTING_VERB_RE.sub("", t)
    t = _LEADING_SLOT_RE.sub("", t)
    t = _LEADING_DATE_RE.sub("", t)
    t = _TRAILING_STATUS_RE.sub("", t)
    t = _TRAILING_VENUE_RE.sub("", t)
    t = _TRAILING_VENUE_YEAR_RE.sub("", t)
    t = _VENUE_YEAR_THEN_ANOTHER_RE.sub("", t)
    t = _TRAILING_ARXIV_ID_RE.sub("", t)
    t = _SLASH_VENUE_RE.sub("", _DASH_VENUE_YEAR_RE.sub("", t))
    t = _STOP_VENUE_YEAR_RE.sub("", t)
    t = _without_a_known_venue_after_a_stop(t)
    t = _TRAILING_CELL_RE.sub("", t)
    t = _TRAILING_LIBRARY_RE.sub("", t)
    labels = _TRAILING_BRACKETS_RE.search(t)
    if labels and len(t[: labels.start()].split()) >= 2 and all(is_label_anchor(x) for x in re.findall(r"\[([^\[\]]*)\]", labels.group())):
        t = t[: labels.start()]   # "Title [ abstract][ recording]": the labels of the links after it
    t = _TRAILING_FOOTNOTE_RE.sub("", t)
    t = _TRAILING_STARRED_NOTE_RE.sub("", t)
    t = _TRAILING_BYLINE_RE.sub("", t)
    t = _TRAILING_NOTE_RE.sub("", t)
    note = _TRAILING_SQUARE_NOTE_RE.search(t)
    if note and len(t[: note.start()].split()) >= 2:   # "Title [Generalizes to unseen data]": the writer's note (1 of 155k titles ends so)
        t = t[: note.start()]
    t = _LEADING_AWARD_RE.sub("", t)
    t = _TRAILING_AWARD_RE.sub("", t)
    t = _TRAILING_BRACKETED_AWARD_RE.sub("", t)
    t = _LEADING_FIELD_RE.sub("", t)
    t = _GLUED_BRACKET_TAIL_RE.sub("", t)
    aside = _UNCLOSED_ASIDE_RE.search(t)
    if aside and len(t[: aside.start()].split()) >= 2:
        t = t[: aside.start()]
    t = _names_after_a_stop(t)
    t = _TRAILING_CUE_RE.sub("", t)
    m = _TRAILING_LABEL_RE.search(t)
    if m and len(t[: m.start()].split()) >= 2 and next((c for c in t if c.isalpha()), "").isupper() \
            and not _last_word_of_a_sentence_case_title(t, m):
        t = t[: m.start()]
    while len(t) > 2 and t[0] in _PAIRS and t.endswith(_PAIRS[t[0]]):
        t = t[1:-1].strip().rstrip(",;")   # (an IEEE reference sets the comma inside the quotes: “Title,”)
    if t and t[0] in "“\"‘" and t.count(t[0]) == 1:   # (an empty string is "in" any string)
        t = t[1:].strip()
    if t and t[-1] in "”\"’'" and t.count(t[-1]) == 1 and not any(c in t for c in "“\"‘"[:1]):
        t = t[:-1].strip()
    if t and t[-1] in "»«" and not any(c in t[:-1] for c in "«»"):
        t = t[:-1].strip()   # "« Title »" whose opening mark (and its space) the run left out
    if t and t[0] in "«»" and not any(c in t[1:] for c in "«»"):
        t = t[1:].strip()
    if t.count("”") == 1 and "“" not in t:   # 'Serving Each Widget”: Supporting ...' with its opening quote left out
        t = re.sub(r"\s*”\s*", lambda m: " " if m.start() and m.end() < len(t) and (t[m.end()].isalnum() or t[m.end()] in "–—-") else "", t).strip()
    closer = next((i for i, c in enumerate(t) if c in _CJK_CLOSERS and _CJK_CLOSERS[c] not in t[:i]), -1)
    if closer > 0:   # "《Title》", "「Title」（著者" whose opening mark was a lead: the title ends at the closing mark
        t = t[:closer].rstrip()
    t = re.sub(r"\s+[\[(]+$|\s*[（【《〈「『]+$", "", t)   # an opening bracket after it: "Title [[pdf](...)]", "Title（A, B）"
    t = re.sub(r"\s+[/|·•]$", "", t)   # a separator before links after it: "[Title](url) / [GitHub](url)"
    t = _TRAILING_PAGES_RE.sub("", t)
    if t.endswith("]") and "[" not in t:
        t = t[:-1].rstrip()   # "[Title](url1  url2)": a link whose two targets made it no link, its square brackets left
    if "]" not in t:
        t = re.sub(r"^(?:\d+[.)]\s*)?\[\s*", "", t)   # "### 8.[Title" whose link was never closed: its number and bracket
    t = re.sub(r"\s*\(\s*\)$", "", t)   # an empty bracket a translation or a link was meant to fill: "Title()"
    # A note in Chinese or Japanese after a Latin title ("Title（开源）", "Title（点云分割" cut at its comma),
    # or after a full-width colon ("Title：基于已有工作..."; "Head：Subtitle" in Latin letters is the title's).
    t = re.sub(rf"(?<=[A-Za-z0-9)\]?!])\s*[（(][^()（）]*[{CJK_LETTERS}][^()（）]*[）)]?$", "", t)
    t = re.sub(rf"(?<=[A-Za-z0-9)\]?!])\s*：[^A-Za-z]*[{CJK_LETTERS}].*$", "", t)
    if re.match(r"[A-Za-z0-9]", t) and len(_LATIN_WORD_RE.findall(t)) >= 3 and (cut := _CJK_TAIL_RE.sub("", t)).count("(") == cut.count(")"):
        t = cut   # "Title より引用" ("quoted from Title"), a Latin title the Japanese sentence goes on after (not "X(Widget Labs 等")
    if t.endswith(".") and not t.endswith("..") and not re.search(r"\b(?:[A-Z]|al|etc|vs|e\.g|i\.e)\.$", t):
        t = t[:-1].rstrip()
    t = re.sub(r"\s+by\s+@[\w.]+(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)@[\w.]+)*$", "", t)   # "Title by @handle and @other": the names are elsewhere
    if re.search(r"\s(?:by|By)$", t) and len(t.split()) > 2:   # "Title by" when the names after it were left out
        t = t[:-2].rstrip(" ,;:–—-")
    elif re.search(r",\s*from$", t) and len(t.split()) > 2:   # "Title, from" (A and B)
        t = t[: t.rfind(",")].rstrip()
    return t


TITLE_PROBABILITY = 0.25   # a token the segmenter gives this chance of being title text is a candidate's


def _title_probabilities(seg: Segment) -> list[float]:
    """Each token's probability of being title text (a copy), or 1/0 by label when the segment has none."""
    return list(seg.p_title) if seg.p_title else [1.0 if lab == "T" else 0.0 for lab in seg.labels]


# A run that names where a paper appeared: "In Proceedings of the ...", "2031 ACM Conference on ...".
_VENUE_RUN_RE = re.compile(r"(?:In\s+)?(?:Proceedings\s+of\s+)?(?:the\s+)?(?:(?:19|20)\d\d\s+|\d+(?:st|nd|rd|th)\s+)?"
                           r"(?:[A-Z][\w&-]*\s+){0,3}?(?:Conference|Workshop|Symposium)\s+(?:on|of|for|in)\b")


def _note_after_names(toks: list[Token], labels: list[str], first: list[int], run: list[int]) -> bool:
    """Whether `run` is a sentence after the full stop that closes a byline which follows the title-cased
    `first` run ("Title of a Paper. Ana Souza and Ben Park (Widget U). Selected for its ...")."""
    if run is first or len(first) < 3 or caps_ratio(" ".join(toks[i].text for i in first if toks[i].text[:1].isalpha())) < 0.6:
        return False
    between = range(first[-1] + 1, run[0])
    if sum(labels[i] == "A" for i in between) < 2 or toks[run[0] - 1].text != "." or not toks[run[0]].text[:1].isupper():
        return False
    words = [toks[i].text for i in run[1:] if toks[i].text[:1].isalpha()]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) * 4 <= len(words)


def _name_opening_the_second_line(toks: list[Token], labels: list[str], i: int) -> int:
    """Where the full name that ends at token i starts, when it opens the line under the title's line
    ("Title" / "Attapol T Rutherford et al."), or 0."""
    start = i
    while start > 0 and toks[start - 1].line == 1 and i - start < 3:
        start -= 1
    if toks[i].line != 1 or start == 0 or toks[start - 1].line != 0 or labels[start - 1] != "T" or start == i:
        return 0
    return start if is_name(" ".join(t.text for t in toks[start : i + 1])) else 0


def _et_al_at(toks: list[Token], i: int) -> int:
    """How many tokens "et al" takes from token i ("et al", "et al.", "et. al."), 0 when it does not open there."""
    if i + 1 >= len(toks) or toks[i].text != "et":
        return 0
    j = i + 2 if toks[i + 1].text == "." and i + 2 < len(toks) else i + 1
    if toks[j].text.rstrip(".") != "al":
        return 0
    return j - i + 1


def _after_et_al(toks: list[Token], i: int) -> bool:
    """Token i comes right after "et al" or "et al."."""
    j = i - 1 if i and toks[i - 1].text == "." else i
    return j >= 2 and toks[j - 1].text == "al" and toks[j - 2].text == "et"


def _a_plain_note(toks: list[Token], run: list[int]) -> bool:
    """A run of unmarked words, five or more, most of them after the first in lower case: a sentence of notes."""
    words = [toks[i].text for i in run if toks[i].text[:1].isalpha()]
    return len(words) >= 5 and all(toks[i].link < 0 and not (toks[i].strong or toks[i].em or toks[i].quoted) for i in run) \
        and sum(w[:1].islower() for w in words[1:]) >= 0.7 * (len(words) - 1)


def _title_tokens(seg: Segment) -> tuple[list[Token], float]:
    """The title's tokens: the longest run of tokens on the anchor line that are probably title text
    (runs joined over one punctuation token), and their mean probability of being title text. A
    title the segmenter doubts is still a candidate: the judge weighs that doubt with the rest."""
    toks, p_title = seg.unit.tokens, _title_probabilities(seg)
    # (a "|" is a cell's or a field's border, never inside a title: "[Title](pdf) | Venue")
    title = [p >= TITLE_PROBABILITY and lab not in ("A", "S") and t.text != "|" for p, lab, t in zip(p_title, seg.labels, toks)]
    runs: list[list[int]] = []
    for i, t in enumerate(toks):
        if not title[i] or t.line != 0:
            continue
        if runs and toks[runs[-1][-1]].cell == t.cell and (
                runs[-1][-1] == i - 1 or (runs[-1][-1] == i - 2 and not toks[i - 1].text.isalnum() and toks[i - 1].text != "|"
                                          and not title[i - 1] and toks[i - 1].line == t.line)):   # (not across a table's cells)
            runs[-1].append(i)
            continue
        runs.append([i])
    floor = 0.0
    if runs and (after := _after_a_paper_label_link(seg.unit, seg.labels)) and after[0][0] < runs[0][0] \
            and all(i in after[0] for r in runs for i in r):
        runs = after   # "[Paper](url) - The State of Widgets at WidgetConf: A Survey" read from the colon on: all of it
    if not runs:
        runs = _before_dash_and_names(toks, seg.labels) or _line_over_names(toks, seg.labels, p_title) \
            or _title_case_line(seg.unit, seg.labels) or _between_names_and_venue(toks, seg.labels) \
            or _before_names_and_venue(toks, seg.labels) \
            or _after_names_and_dash(toks, seg.labels) or _linked_title_line(seg.unit, seg.labels) \
            or _text_before_paper_labels(seg.unit, seg.labels) or _text_before_a_written_paper_url(seg.unit, seg.labels) \
            or _after_a_written_labelled_url(seg.unit, seg.labels) or _after_a_paper_label_link(seg.unit, seg.labels) \
            or _after_et_al_and_comma(toks, seg.labels) \
            or _quoted_after_names(toks, seg.labels) or _title_field_value(toks) or _sentence_case_heading(seg.unit, seg.labels)
        if not runs:
            return [], 0.0
        floor = DASH_TITLE_CONFIDENCE
    if len(runs) > 1:   # '"Title." In 2031 ACM Conference on Widgets, pp. 1-9': the venue is no title, nor "1-9, doi: 10.1/x"
        # nor a note with the paper's identifier ("Title (Souza et al., 2031) — widget scaling · arXiv:3101.00001")
        runs = [r for r in runs if not _VENUE_RUN_RE.match(" ".join(toks[i].text for i in r))
                and not any(toks[i].text.lower() in ("doi", "arxiv") and i + 1 < len(toks) and toks[i + 1].text == ":" for i in r)] or runs
        # nor the sentence a note opens with its authors ("Title. Souza et al. investigate how ..."): a lower-case verb after "et al."
        runs = [r for r in runs if not (toks[r[0]].text[:1].islower() and _after_et_al(toks, r[0]))] or runs
        # nor the sentence a note opens after the byline ("Title. Ana Souza and Ben Park. Selected for its ...")
        runs = [r for r in runs if not _note_after_names(toks, seg.labels, runs[0], r)] or runs
    best = max(runs, key=lambda r: (sum(p_title[i] for i in r), -r[0]))
    best = _linked_title_before_its_names(toks, seg.labels, runs, best)
    if written_url(toks[best[0]].text):
        before = [r for r in runs if r[-1] < best[0]]
        if before and all(t.text.lower() in LINK_LABEL_WORDS or t.text in ("(", ":") for t in toks[before[-1][-1] + 1 : best[0]]):
            best = before[-1]   # "gizmattri paper (https://...) + repo (...)": the name before the labelled URL, not the URL on
    if not floor and (whole := _title_case_line(seg.unit, seg.labels)) and whole[0][0] <= best[0] and best[-1] <= whole[0][-1] \
            and not _names_and_colon(toks[whole[0][0] : best[0]]) \
            and not any(seg.labels[i] == "A" for i in whole[0] if i > best[-1]) \
            and all(toks[i].cell == toks[best[0]].cell for i in whole[0]):   # (nor across a table's cells: "| Room 102 | Title |")
        best = whole[0]   # "Concrete Widgets: Differentiable ..." where the segmenter doubted the head or the tail
        floor = DASH_TITLE_CONFIDENCE   # (as sure as of the line it doubted all of: "A Little Widget does a Lot of Good: A Study ...")
    elif not floor:
        best = _whole_anchor(seg.unit, seg.labels, best)
    head = _emphasised_head(seg.unit)
    opening = next((toks[i].text for i in best if toks[i].text[:1].isalnum()), "")
    if head and opening[:1].islower() and best[0] > head[-1]:
        best, floor = head, max(floor, DASH_TITLE_CONFIDENCE)   # "**Title.** A and B show how to ...": not the sentence
    elif head and best[0] > head[-1] and _a_plain_note(toks, best) and sum(toks[i].text[:1].isalpha() for i in head) >= 3:
        best, floor = head, max(floor, DASH_TITLE_CONFIDENCE)   # "**Title?** (Widgetco): Tool-assisted judging improves ...":
        # the emphasised head, not the longer note after it
    # Tokens of a link labelled "Paper", "Code", "pdf" are not part of the title.
    labels_at = {i for i, t in enumerate(toks) if t.link >= 0 and is_label_anchor(_anchor(toks, t.link))}
    best = [i for i in best if i not in labels_at] or best
    first, last = best[0], best[-1]
    first = _versioned_name_start(toks, first)
    if first >= 2 and seg.labels[first - 1] == "O" and toks[first - 1].text[:1].isupper() and toks[first - 1].text.isalpha() \
            and toks[first - 1].line == toks[first].line and toks[first - 2].text.lower() in _WORDS_BEFORE_A_TITLE \
            and toks[first - 1].text.lower() not in TITLE_SMALL_WORDS:
        first -= 1   # "went to A, B and C for Sparse/O Widget/T Trees/T ...": the title's first word, left out after its cue
    first = _glued_start(toks, seg.labels, first)
    if first > 0 and toks[first - 1].text in ('"', "“") and toks[first - 1].line == toks[first].line \
            and any(t.text in ('"', "”") for t in toks[first : last + 1]):
        first -= 1   # '"Nobody Speaks that Fast!" An Empirical Study ...': the quote that opens the title's head
    last = _before_a_citation_tag(toks, first, last)
    first, last = _marked_part(toks, first, last)
    if first < last - 1 and written_url(toks[first].text) \
            and all(t.text.lower() in LINK_LABEL_WORDS or not t.text[:1].isalnum() for t in toks[:first] if t.line == toks[first].line):
        first += 1   # "Paper (https://...) - Title": a labelled URL written out before the title, and what closes it
        while first < last and toks[first].text in (")", "-", "–", "—", ":", "|"):
            first += 1
    url_at = next((i for i in range(first + 2, last + 1) if written_url(toks[i].text)), -1)
    if url_at > 0 and all(t.text in _BETWEEN_WRITTEN_URLS or written_url(t.text) or t.text.islower()
                          for t in toks[url_at + 1 :] if t.line == toks[url_at].line):
        # (a URL written out after the title, what opened it, and only more labelled URLs after it: "Title paper (url) + repo (url)")
        last = url_at - (2 if toks[url_at - 1].text in (":", "(") else 1)
    if last > first and _written_url_after(toks, last) \
            and (toks[last].text.lower() in LINK_LABEL_WORDS or (last <= first + 2 and toks[last].text in _NAMED_RESOURCE_WORDS)):
        # "Title Website (https://...)", "Title Code: https://...": the label of the link written out after it;
        # "WikiWidgets webpage (https://...)": a name and what the link is
        last -= 1
    first = _past_an_ordinal_label(toks, first, last)
    first = _past_a_marked_award(toks, first, last)
    # (a comma and a year end the title: "Title , 2031, WCGR." in a reference whose venue no lexicon knows; one of the
    # catalogue's 155k titles has a year after a comma, a proceedings' preface)
    year_at = next((k for k in range(first + 2, last) if toks[k].text == "," and YEAR_TOKEN_RE.fullmatch(toks[k + 1].text)), -1)
    if year_at > 0:
        last = year_at - 1
    span = toks[first : last + 1]
    return span, max(floor, sum(p_title[first : last + 1]) / len(span))


def _linked_title_before_its_names(toks: list[Token], labels: list[str], runs: list[list[int]], best: list[int]) -> list[int]:
    """The run that is the anchor of the link opening the line, when the longer run picked comes after
    names that follow it: "[Title](pdf) (A and B). Participated in the widget task." is the title, its
    names, then a note on it."""
    first = runs[0]
    if best is first or not first or toks[first[0]].link < 0:
        return best
    link = toks[first[0]].link
    opens_line = not any(t.text[:1].isalnum() for t in toks[: first[0]] if t.line == 0)
    linked = [i for i in first if toks[i].link == link]   # (without the bracket that opens on the names)
    if opens_line and linked == first[: len(linked)] and all(not toks[i].text[:1].isalnum() for i in first[len(linked) :]) \
            and all(toks[i].link < 0 for i in best) and any(labels[k] == "A" for k in range(first[-1] + 1, best[0])):
        return linked
    return best


def written_url(word: str) -> bool:
    """A token that is a URL written out (not a link's anchor), with its scheme or without ("arxiv.org/abs/1")."""
    return word.startswith(("http://", "https://")) or ("/" in word and WRITTEN_URL_RE.fullmatch(word) is not None)


def _written_url_after(toks: list[Token], i: int) -> bool:
    """A URL written out right after token i, in brackets or after a colon: "Code (https://...)", "Code: https://..."."""
    return i + 2 < len(toks) and toks[i + 1].text in ("(", ":") and written_url(toks[i + 2].text)


# Words that label a link written out after them ("Website (https://...)", "Code: https://...").
LINK_LABEL_WORDS = frozenset({"website", "project", "paper", "pdf", "code", "github", "arxiv", "slides", "video", "demo", "homepage"})
_BETWEEN_WRITTEN_URLS = frozenset({"(", ")", "+", ",", "|", "/", "&", ";", ".", ":"})
# ... and, in lower case after a name of one or two words, what the link is ("GizmoBench repo (https://...)").
_NAMED_RESOURCE_WORDS = frozenset({"webpage", "repo", "repository", "site", "page", "dataset", "model", "blog", "post", "article",
                                   "brief", "report", "thread", "talk", "tool", "library"})
# An award's or a session's name set off in bold or italics before the title: "**Best Paper** Title, A, B".
_MARKED_AWARD_RE = re.compile(r"(?:(?:outstanding|best|honou?rable|distinguished|test[- ]of[- ]time|runner[- ]ups?)\b[\w\s-]{0,30}?\b"
                              r"(?:papers?|awards?|prizes?|mentions?)|test[- ]of[- ]time|spotlight|oral)", re.I)


# ... or on a line of its own over the title, perhaps with its year: "Best Paper Award for 2031".
AWARD_LINE_RE = re.compile(_MARKED_AWARD_RE.pattern + r"(?:\s+(?:for|in)\s+(?:19|20)\d\d|\s+(?:19|20)\d\d)?\s*:?", re.I)


def _past_a_marked_award(toks: list[Token], first: int, last: int) -> int:
    """Where the title starts past an award's name in bold or italics that opens it ("**Best Paper**
    Widget Nets for Gizmo Parsing, A, B"): the emphasis sets the label off from the plain title after it."""
    if not _emphasised(toks[first]):
        return first
    mark = (toks[first].strong, toks[first].em)
    k = first
    while k <= last and (toks[k].strong, toks[k].em) == mark and toks[k].link < 0 and toks[k].line == toks[first].line:
        k += 1
    if k > last - 1 or _emphasised(toks[k]) or not _MARKED_AWARD_RE.fullmatch(" ".join(t.text for t in toks[first:k])):
        return first
    return k


def _past_an_ordinal_label(toks: list[Token], first: int, last: int) -> int:
    """Where the title starts past a report's own numbering that opens it ("Paper 2: Title", "Poster #3 -
    Title"): the label is no part of the title (clean_title drops it too), nor of the segmenter's
    confidence in it."""
    k = first
    while k <= last and k - first < 4 and toks[k].line == toks[first].line:
        k += 1
        head = " ".join(t.text for t in toks[first:k])
        if k + 1 <= last and _LEADING_ORDINAL_RE.match(head + " " + toks[k].text + " " + toks[k + 1].text) \
                and toks[k - 1].text in (":", ".", ")", "–", "—", "-") and not _clock_time(toks, k - 1):
            return k
    return first


def _clock_time(toks: list[Token], sep: int) -> bool:
    """Token `sep` joins the hour and the minutes of a time ("Poster 6:30 Wednesday"), no label and its title."""
    return 0 < sep < len(toks) - 1 and toks[sep].text in (":", ".") and toks[sep - 1].text.isdigit() \
        and toks[sep + 1].text.isdigit() and toks[sep - 1].end == toks[sep].start and toks[sep].end == toks[sep + 1].start


def _emphasised(t: Token) -> bool:
    return t.em or t.strong


def _a_person_and_where_from(toks: list[Token], first: int, a: int) -> bool:
    """The words before a marked part open with a person's name and where they are from ("Ana Souza from Widgetco
    discussed [...](url)", "Ben Park of Gizmo U shared how ..."): a sentence about a talk, no title's head."""
    for k in (2, 3):
        if first + k < a and toks[first + k].text in ("from", "of", "at") \
                and looks_like_person(" ".join(t.text for t in toks[first : first + k])):
            return True
    return False


def _mark(t: Token) -> tuple[int, bool, bool, bool] | None:
    return (t.link, t.strong, t.em, t.quoted) if t.link >= 0 or t.strong or t.em or t.quoted else None


_DESCRIPTION_DASHES = frozenset("-–—")
# Words a title goes on with past a link on its head (not "by", "from", "at", "in": names, a venue).
_TITLE_GOES_ON_WORDS = frozenset("and for of with via on towards toward through under over".split())
_NOTE_MARKS = frozenset("※†‡★☆")   # a note about the work after its linked title ("※Award Candidate")


def _closed_quote(toks: list[Token], first: int, last: int) -> int:
    """The closing quote of a run that opens with a quoted span ending in a full stop or a comma inside
    its quotes, as a reference writes its title ('"Title." In Proceedings of ...'), when the run goes on
    past it; 0 otherwise ('"Why is X a widget?" Towards Gizmos ...' is one title)."""
    i = first + 1 if toks[first].text in ('"', "“") else first
    if i > last or not toks[i].quoted:
        return 0
    k = i
    while k <= last and toks[k].quoted:
        k += 1
    if k >= last or k - i < 3 or toks[k - 1].text not in (".", ",") or toks[k].text not in ('"', "”"):
        return 0
    return k


# A preposition that opens a sentence before a title set in italics or bold ("In *Title*, A and B show ...").
_SENTENCE_OPENING_PREPOSITIONS = frozenset("In At From With Via Through".split())


def _only_a_date(toks: list[Token]) -> bool:
    """Tokens that only give a date: "12/2015", "Dec. 2015", "2015-12-01"."""
    return any(_YEAR_RE.fullmatch(t.text) for t in toks) and all(
        t.text.isdigit() or t.text in ("/", "-", ".", ",") or t.text.lower().rstrip(".") in MONTHS for t in toks)


# Surnames and a venue's tag with its year, in brackets after a title: "[Souza & Park ICML31]", "[Levi et al. arXiv31]".
_CITATION_TAG_RE = re.compile(r"(?P<a>[A-Z][\w'’-]+)(?:\s+(?:and|&)\s+(?P<b>[A-Z][\w'’-]+)|\s+et\.?\s+al\.?)?,?\s+"
                              r"(?:[A-Za-z]{2,8}\s?['’]?\d\d|(?:19|20)\d\d)")


def _citation_tag(toks: list[Token]) -> re.Match[str] | None:
    """The tokens between a tag's brackets read as "Souza & Park ICML31", "Levi et al. arXiv31" (see above), or None."""
    tag = "".join(t.text + (" " if nxt.start > t.end else "") for t, nxt in pairwise(toks)) + toks[-1].text if toks else ""
    return _CITATION_TAG_RE.fullmatch(tag)


def _before_a_citation_tag(toks: list[Token], first: int, last: int) -> int:
    """The run's last token before the citation tag in brackets that closes it ("Discovering Widgets in Gizmos
    [[Souza et al. ICML31]](url)", read as one title run): the tag names who wrote it and where, not the title."""
    if toks[last].text != "]":
        return last
    opening = next((j for j in range(last - 1, first + 1, -1) if toks[j].text == "["), -1)
    if opening < first + 2 or toks[opening - 1].line != toks[last].line:
        return last
    return opening - 1 if _citation_tag(toks[opening + 1 : last]) else last


def _names_of_its_citation_tag(toks: list[Token], title_end: int) -> tuple[list[NameSpan], int]:
    """The surnames in the citation tag right after the title ("Title [[Souza & Park ICML31]](url)": Souza, Park) and
    where the tag ends, or ([], -1)."""
    k = next((i for i, t in enumerate(toks) if t.start >= title_end), len(toks))
    close = next((j for j in range(k + 1, min(len(toks), k + 10)) if toks[j].text == "]"), -1)
    if k >= len(toks) or toks[k].text != "[" or close < 0 or not (tag := _citation_tag(toks[k + 1 : close])):
        return [], -1
    # (the surnames are the tag's first token and, with "and" or "&", its third)
    picks = [toks[k + 1]] + ([toks[k + 3]] if tag.group("b") else [])
    return [(t.text, t.start, t.end) for t in picks], toks[close].end


def _marked_part(toks: list[Token], first: int, last: int) -> tuple[int, int]:
    """The part of a title run (first..last) that one link or emphasis sets off, when the rest of the
    run is a description after a dash ("[Title](url) - prunes tokens ..."), the sentence the title
    goes on into ("[Title](url) from A's group", "*Title*, was by ...") or the one that leads into
    it ("... war **Title**", "the first, titled *Title*"); otherwise the run. A run whose marked part is the title's head
    ("**BERT**: Pre-training of ...") or a word or two inside it is left whole, as is a run inside one link
    ("[Widget Parsing with **Rules** for **Formality**](url)")."""
    link = toks[first].link
    if link >= 0 and all(t.link == link for t in toks[first : last + 1]):
        return first, last   # one link's anchor: emphasis or quotes inside it mark words of the title
    closed = _closed_quote(toks, first, last)
    if closed:   # '"[Title](url)." In *2031 ACM Conference on Widgets*, pp. 1-9': a reference's title, inside its quotes
        return first + (toks[first].text in ('"', "“")), closed - 2
    best: tuple[int, int] | None = None
    i = first
    while i <= last:
        mark = _mark(toks[i])
        j = i
        while j <= last and _mark(toks[j]) == mark:
            j += 1
        if mark is not None and (best is None or j - i > best[1] - best[0]):
            best = (i, j)
        i = j
    if best is None or best == (first, last + 1):
        return first, last
    a, b = best
    if a - 3 >= first and toks[a - 1].text in ("In", "in") and toks[a - 2].text == ".":
        return first, a - 3   # "Sentence-case title. In *Proceedings of ...*": the emphasis sets off the venue
    if sum(1 for t in toks[a:b] if t.text[:1].isalpha()) < 2 and not _cited_name(toks, a, b, first, last):
        return first, last
    rest = toks[b : last + 1]   # what follows the marked part: a description after a dash, or a sentence
    if toks[a].quoted:   # a reference's quoted title and what follows its closing quote ('"Title," in Proc. SIGIR')
        opened = all(not t.text[:1].isalnum() for t in toks[first:a])
        if len(rest) > 2 and rest[2].text[:1].isupper() \
                and (rest[1].text == ":" or (rest[1].text in _DESCRIPTION_DASHES and rest[1].start == rest[0].end)):
            return first, last   # '“Serving Each Widget”: Supporting ...', '"Serving Each Widget"- Supporting ...': the quotes mark its head
        if len(rest) > 2 and toks[b - 1].text in ("?", "!") and rest[1].text[:1].isupper() and rest[1].line == rest[0].line \
                and all(t.strong == toks[a].strong and t.em == toks[a].em for t in rest[:3]):
            return first, last   # '**"Why is X deceptive?" Towards Building ...**': a quoted question heads the title
        words = [t.text for t in rest[1:] if t.text[:1].isalpha()]
        if opened and len(words) >= 3 and rest[0].text in CLOSING_QUOTES and rest[1].text in TITLE_SMALL_WORDS and caps_ratio(" ".join(words)) >= 0.6 \
                and not any(w.lower() in venues() or w.lower() in ("proc", "proceedings") or _YEAR_RE.fullmatch(w) for w in words) \
                and not any(_YEAR_RE.fullmatch(t.text) for t in rest):
            return first, last   # '“No Free Widget” in Gizmo Nets? A Joint Analysis of ...': the quote heads a title that goes on
        return (a, b - 1) if opened and len(rest) > 1 and rest[0].text in CLOSING_QUOTES else (first, last)
    if toks[a].link >= 0 and a == first and len(rest) >= 3 and rest[0].text.lower() in _TITLE_GOES_ON_WORDS \
            and (words := [t.text for t in rest if t.text[:1].isalpha()]) and caps_ratio(" ".join(words)) >= 0.75 \
            and sum(w[0].isupper() for w in words) >= 2 and not has_the_form_of_names(_joined(rest[1:])) \
            and not any(t.text.lower() in venues() or _YEAR_RE.fullmatch(t.text) for t in rest):
        return first, last   # "[Stream Graphs](url) and Link Streams for the Modeling of ...": the title goes on past its link
    if a == first and toks[a].link < 0 and (toks[a].strong or toks[a].em) and len(rest) > 3 and rest[0].text in (":", "：") \
            and sum(t.text[:1].isalpha() for t in toks[a:b]) >= 4 and rest[1].text in _NOTE_OPENERS_AFTER_A_COLON \
            and rest[2].text[:1].islower():
        return a, b - 1   # "**Widget paths for gizmo sensing in unknown rooms**: The talk was packed ...": the note after the colon
    rest_ok = not rest or (rest[0].text in _DESCRIPTION_DASHES and len(rest) > 1 and rest[1].text[:1].islower()) \
        or ((toks[a].link >= 0 or _after_a_verb(toks, a)) and rest[0].text[:1].islower()) \
        or (rest[0].text in (",", ";") and len(rest) > 1 and rest[1].text[:1].islower()) \
        or (toks[b - 1].text == "." and toks[b - 1].strong and rest[0].text[:1].isupper()) \
        or (toks[a].link >= 0 and rest[0].text in _NOTE_MARKS) \
        or (toks[a].link >= 0 and rest[0].text in (",", ";", ":", "：") and _head_and_subtitle(toks[a:b])) \
        or (toks[a].link >= 0 and a == first and len(rest) > 1 and rest[0].text == "." and sum(t.text[:1].isalpha() for t in toks[a:b]) >= 3
            and (rest[1].text.lower() in ("proc", "proceedings", "in") or rest[1].text.lower() in venues() or _only_a_date(rest[1:])))
    # ("**Title.** Jan-Willem van der Berg, ...", "[Title](url) ※Note", "[Head: Subtitle](url): a note" / ", Industry Track",
    # "[Title](url). Proc. INTERSPEECH 2031, 1-5")
    # What leads into it: a sentence ("... war **Title**", "titled *Title*"), not one that ended
    # ("Title. *Proceedings of CVPR*": the venue after a reference's title).
    lead = [t.text for t in toks[first:a]]
    if len(lead) > 2 and lead[0] in ('"', "“") and toks[a].text in ('"', "”") and all(t.quoted for t in toks[first + 1 : a]):
        return first, last   # '**"There is a Widget for Me Here": Understanding ...**': a quotation heads the title
    if lead and not rest and toks[a].link < 0 and _names_marked_on(toks, a, b):
        return first, last   # "Title*Jon Snow, Kai Lee*": the emphasis marks the names after the title
    lead_ok = not lead or (lead[-1] not in (":", "-", "–", "—", ".") and any(w[:1].islower() and w.lower() not in TITLE_SMALL_WORDS for w in lead)) \
        or (len(lead) == 1 and lead[0] in _SENTENCE_OPENING_PREPOSITIONS)   # "In *Title*, Fay Wong and Gil Amir show ..."
    if lead and lead[-1] in ("(", "[") and (not rest or rest[0].text in (")", "]")):
        return a, b - 1   # "VENUE ( [Title](url) ), with ...": the brackets hold the title
    if lead and _a_person_and_where_from(toks, first, a):
        return a, b - 1   # "Ana Souza from Widgetco discussed [what she found](url).": a sentence on a talk, its link alone
    if lead and not rest and toks[a].text[:1].islower() and lead[0][:1].isupper() and not _holds_a_sentence_end(toks[first:a]):
        return first, last   # "Widget models struggle, but [gizmos hide it](url)": a link on the title's tail, no title of its own
    return (a, b - 1) if rest_ok and lead_ok else (first, last)


# Words a writer's note opens with after an emphasised title and its colon (a subtitle opens so rarely: "**Title**: A Survey"
# has a capital after "A").
_NOTE_OPENERS_AFTER_A_COLON = frozenset("The This That These It I We They He She Our My Their His Her Very Really Great Nice "
                                        "Cool Interesting Neat Excellent Good".split())


def _after_a_verb(toks: list[Token], a: int) -> bool:
    """The marked part follows a lower-case word of a sentence that is no small word of a title ("I also
    liked *Title* from A's group"): the sentence goes on after it too (not "Parsing with **Rules** for ...")."""
    return a > 0 and toks[a - 1].line == toks[a].line and toks[a - 1].text[:1].islower() and toks[a - 1].text.isalpha() and toks[a - 1].text.lower() not in TITLE_SMALL_WORDS


def _cited_name(toks: list[Token], a: int, b: int, first: int, last: int) -> bool:
    """A work's short name set off at the end of a sentence's run, its citation after it inside the
    same emphasis ("in the spirit of **NOTEARS (Zheng et al., 2018)**"): the name is the title."""
    word = toks[a].text
    return b - a == 1 and b == last + 1 and len(word) >= 3 and sum(c.isupper() for c in word) >= 2 \
        and any(t.text[:1].islower() for t in toks[first:a]) and b + 1 < len(toks) and toks[b].text == "(" \
        and _mark(toks[b]) == _mark(toks[a]) and toks[b + 1].text[:1].isupper()


def _head_and_subtitle(toks: list[Token]) -> bool:
    """Words, a colon, then two words or more: a whole title ("Widget: Parsing Gizmos at Scale")."""
    colon = next((i for i, t in enumerate(toks) if t.text in (":", "：")), -1)
    return colon > 0 and any(t.text[:1].isalpha() for t in toks[:colon]) \
        and sum(1 for t in toks[colon + 1 :] if t.text[:1].isalpha()) >= 2


def _names_marked_on(toks: list[Token], a: int, b: int) -> bool:
    """The emphasised toks[a:b] are names: two or more with the form of names, or one the emphasis
    goes on from past b."""
    if b < len(toks) and _mark(toks[b]) == _mark(toks[a]) and toks[b].line == toks[a].line:
        # (the run ended inside the names, past the first one: "*Ana Souza, S.M Park, B*")
        cut = next((k for k in range(a + 1, b) if _is_separator(toks[k].text)), 0)
        if cut and is_name(" ".join(t.text for t in toks[a:cut])):
            return True
        return is_name(" ".join(t.text for t in toks[a:b] if not _is_separator(t.text)))
    # (not a title of English words that "and" parts: "Another highlight was *Widget Adaptation Using Gizmo-Whitening and
    # Consensus Loss*" is the title, marked)
    words = [t.text for t in toks[a:b] if t.text[:1].isalpha() and t.text.lower() not in ("and", "&")]
    return has_the_form_of_names(_joined(toks[a:b])) and 2 * english_words_no_name(words) < len(words)


def has_the_form_of_names(text: str, least: int = 2, *, any_case: bool = False) -> bool:
    """`least` names or more and nothing else ("Ada Lovelace, Alan Turing, Grace Hopper"), whatever
    the lexicons know of them. `any_case`: up to half may be written all in capitals or in lower case,
    as people type their own names into a submission form ("Xin Jiang, ZHUO JIANG and jianjun xu")."""
    odd = 0
    text = _NICKNAME_RE.sub(" ", text)
    if any_case:
        pieces = _LIST_SEPARATOR_RE.split(text)
        for i in range(0, len(pieces), 2):
            if pieces[i].strip() and (pieces[i].isupper() or pieces[i].islower()):
                pieces[i], odd = pieces[i].title(), odd + 1
        text = "".join(pieces)
    names = split_author_list(text) or []
    return len(names) >= least and 2 * odd <= len(names)


_LIST_SEPARATOR_RE = re.compile(r"(\s*[,;&]\s*|\s+and\s+)")
# A nickname in quotes between a given name and a surname ('Abdelrahman “Boda” Sadallah'): no part of the name's form.
_NICKNAME_RE = re.compile(r"(?<=[^\W\d_])\s+[“\"‘'][A-Z][^\W\d_]+(?:\s[A-Z][^\W\d_]+)?[”\"’']\s+(?=[A-Z])")


def _joined(toks: list[Token]) -> str:
    """The tokens' words as a list is written ("A B, C D")."""
    return " ".join(t.text for t in toks).replace(" ,", ",")


_DASHES = frozenset("–—-:|")
DASH_TITLE_CONFIDENCE = 0.3   # the words before "– Names": a title candidate of low confidence


def _before_dash_and_names(toks: list[Token], labels: list[str]) -> list[list[int]]:
    """"Some Unusual Title – Barbara Liskov" (or "... by Barbara Liskov", "... (Barbara Liskov)") where the segmenter is sure
    of the names but not of the title: the words before the dash, as one run for the judge to weigh
    (with a low title score)."""
    for i, t in enumerate(toks):
        if t.line != 0:
            break
        if (t.text in _DASHES or t.text in ("by", "(")) and i + 1 < len(toks) and labels[i + 1] == "A" and toks[i + 1].line == 0:
            start = 0
            # (bullets, numbering, and a table's cells before the dash's: "| 13:15 | Room 102 | Title (Ana Souza, U) |")
            while start < i and (not toks[start].text.isalnum() or toks[start].text.isdigit() or toks[start].cell != t.cell):
                start += 1
            if toks[start].text in ("I", "We"):   # (the writer's words before the title: "I liked Title (code: url) by Ana Souza.")
                start += 1
                while start < i and toks[start].text.islower():
                    start += 1
            words = [j for j in range(start, i) if toks[j].text.isalnum()]
            if len(words) < 2 or any(labels[j] in ("A", "S") for j in range(start, i)):
                return []
            if t.text == "(" and not _names_in_brackets(toks, labels, i, [toks[j].text for j in words]):
                return []
            return [list(range(start, i))]
    return []


def _names_in_brackets(toks: list[Token], labels: list[str], i: int, words: list[str]) -> bool:
    """"Title Case Words (A, B)": the bracket at i holds names only and closes on its line, and the
    words before it are Title Case (not "Previous works (Zhao & Zhang, 2015)": a citation)."""
    j = i + 1
    while j < len(toks) and toks[j].line == 0 and toks[j].text != ")":
        if labels[j] not in ("A", "S"):
            return False
        j += 1
    return j < len(toks) and toks[j].text == ")" and caps_ratio(" ".join(words)) >= 0.6


def _emphasised_head(unit: Unit) -> list[int]:
    """The tokens of a bold or italic span of two or more Title Case words that opens the unit's
    anchor line (after numbering), or []."""
    toks = unit.tokens
    i = 0
    while i < len(toks) and toks[i].line == 0 and not toks[i].text[:1].isalpha() and _emphasised(toks[i]):
        i += 1   # "**1." inside the emphasis
    j = i
    while j < len(toks) and toks[j].line == 0 and _emphasised(toks[j]) and toks[j].link < 0:
        j += 1
    while j > i and not toks[j - 1].text[:1].isalnum():
        j -= 1
    words = [t.text for t in toks[i:j] if t.text[:1].isalpha()]
    return list(range(i, j)) if len(words) >= 2 and caps_ratio(" ".join(words)) >= 0.6 and (i == 0 or _emphasised(toks[0])) else []


def _after_names_and_dash(toks: list[Token], labels: list[str]) -> list[list[int]]:
    """"Jon Snow, Kai Lee - Widget Equivariant Networks": names open the line, a dash, then Title Case
    words to the line's end that the segmenter doubted; those words, for the judge to weigh."""
    n = len(toks)
    a = 0
    while a < n and toks[a].line == 0 and not toks[a].text[:1].isalnum():
        a += 1
    k = a
    while k < n and toks[k].line == 0 and labels[k] in ("A", "S"):
        k += 1
    if k == a or k >= n or toks[k].text not in _DESCRIPTION_DASHES or toks[k].line != 0:
        return []
    rest = [j for j in range(k + 1, n) if toks[j].line == 0]
    words = [toks[j].text for j in rest if toks[j].text[:1].isalnum()]
    if len(words) < 2 or any(labels[j] in ("A", "S") for j in rest) or caps_ratio(" ".join(words)) < 0.6:
        return []
    return [rest]


def _after_et_al_and_comma(toks: list[Token], labels: list[str]) -> list[list[int]]:
    """"Paper: Li et al., Generative Widget Dynamics ([project page](url), [arxiv](url))": a cited
    surname, "et al.," and the Title Case words after it up to a bracket, a full stop or the line's end;
    the segmenter read the surname but not the title."""
    n = len(toks)
    for k in range(1, n - 4):
        if toks[k].line != 0:
            break
        if toks[k].text == "et" and toks[k + 1].text == "al" and toks[k + 2].text == "." and toks[k + 3].text == "," \
                and toks[k - 1].text[:1].isupper():
            start = end = k + 4
            while end < n and toks[end].line == 0 and toks[end].text not in ("(", "[", ".") and labels[end] not in ("A", "S"):
                end += 1
            words = [toks[j].text for j in range(start, end) if toks[j].text[:1].isalnum()]
            closed = end >= n or toks[end].line != 0 or toks[end].text in ("(", "[", ".")
            if closed and len(words) >= 2 and toks[start].text[:1].isupper() and caps_ratio(" ".join(words)) >= 0.6:
                return [list(range(start, end))]
            return []
        if toks[k].text == "et" and toks[k + 1].text == "al" and toks[k + 2].text == "." and toks[k - 1].text == "," \
                and k >= 2 and labels[k - 2] == "A" and toks[k + 3].text[:1].isupper():
            # "[5] Ana Souza,et al. Crowdsourcing for widget retrieval , 2031, WCGR.": the title, in any case, between
            # "et al." and the comma before the year
            end = next((j for j in range(k + 4, n - 1) if toks[j].text == "," and YEAR_TOKEN_RE.fullmatch(toks[j + 1].text)
                        and toks[j + 1].line == 0), -1)
            words = [toks[j].text for j in range(k + 3, end) if toks[j].text[:1].isalnum()] if end > 0 else []
            if len(words) >= 2 and all(labels[j] not in ("A", "S") for j in range(k + 3, end)):
                return [list(range(k + 3, end))]
            return []
    return []


def _quoted_after_names(toks: list[Token], labels: list[str]) -> list[list[int]]:
    """'A. Souza, B. Park, and C. Wei, “Widget nets for gizmo parsing,” in Proc. WCLR, 2031.': an IEEE-style
    reference whose names the segmenter read but not its sentence-case title, quoted after them and a comma."""
    n = len(toks)
    q = next((i for i in range(2, n) if toks[i].text in ("“", '"') and toks[i].line == toks[0].line), -1)
    if q < 0 or toks[q - 1].text != "," or sum(lab == "A" for lab in labels[:q]) < 2 \
            or any(lab == "T" for lab in labels[:q]) or not all(lab in ("A", "S", "O") for lab in labels[:q]):
        return []
    end = q + 1
    while end < n and toks[end].quoted and toks[end].line == toks[q].line:
        end += 1
    words = [t for t in toks[q + 1 : end] if t.text[:1].isalpha()]
    if len(words) < 3 or end >= n or toks[end].text not in ("”", '"'):
        return []
    return [list(range(q + 1, end))]


def _between_names_and_venue(toks: list[Token], labels: list[str]) -> list[list[int]]:
    """"[1] Ada Lovelace, Alan Turing. Some Title: A Subtitle. NeurIPS 2026.": a bibliography entry
    whose names (and venue) the segmenter read but not its title: the Title Case words between the
    names' full stop (or their bracketed year's) and the next one, which ends the line or comes before the
    venue (or "In" and the venue)."""
    n = len(toks)
    a = 0
    while a < n and toks[a].line == 0 and labels[a] != "A":
        if toks[a].text[:1].isalpha():
            return []   # the names do not open the entry
        a += 1
    k = a
    while k < n and toks[k].line == 0 and labels[k] in ("A", "S"):
        k += 1
    if k == a:
        return []
    if k + 3 < n and toks[k].text == "(" and YEAR_TOKEN_RE.fullmatch(toks[k + 1].text) and toks[k + 2].text == ")":
        k += 3   # "Levi, D. (2031). Title. ICML.": the year in brackets after the names (APA)
    colon = k < n and toks[k].text == ":"   # "Ana Souza: Title. ICML 2031": names and a colon, as DBLP lists them
    if k >= n or toks[k].text not in (".", ":") or toks[k].line != 0:
        return []
    start = end = k + 1
    while end < n and toks[end].line == 0 and toks[end].text != "." and labels[end] not in ("A", "S", "V"):
        end += 1
    # (the venue may open with "In": "A. Souza and B. Park. Title. In WCLR, 2031.")
    venue = end + 2 if end + 2 < n and toks[end + 1].text in ("In", "in") else end + 1
    while venue < min(n, end + 7) and toks[venue].text in ("Proc", "Proceedings", ".", "of", "the"):
        venue += 1   # ("In Proc. of WCLR, 2031", "In Proceedings of the WCLR")
    closed = venue < n and toks[end].text == "." and labels[venue] == "V" if colon else \
        end >= n or toks[end].line != 0 or (toks[end].text == "." and (end + 1 >= n or toks[end + 1].line != 0 or labels[venue] == "V"))
    words = [toks[j].text for j in range(start, end) if toks[j].text[:1].isalnum()]
    # (a sentence-case title too, before "In" and the venue: "A, B. Kinematic design of a novel widget. In WCLR 2031.")
    in_venue = venue < n and venue == end + 2 and labels[venue] == "V" and not colon
    if not closed or len(words) < 2 or (caps_ratio(" ".join(words)) < 0.6 and not (in_venue and len(words) >= 3)):
        return []
    return [list(range(start, end))]


def _before_names_and_venue(toks: list[Token], labels: list[str]) -> list[list[int]]:
    """"Widget Nets for Gizmo Parsing. Ana Souza, Ben Park. NeurIPS 2031.": a citation line whose names
    and venue the segmenter read but not its title: the Title Case words that open the line, up to the
    full stop before the names, when a full stop then ends the names and the venue, its links or the line's end follow."""
    n = len(toks)
    a = 0
    while a < n and toks[a].line == 0 and not toks[a].text[:1].isalnum():
        a += 1
    end = a
    while end < n and toks[end].line == 0 and toks[end].text != "." and labels[end] not in ("A", "S", "V"):
        end += 1
    if end >= n or toks[end].text != "." or toks[end].line != 0:
        return []
    k = end + 1
    while k < n and toks[k].line == 0 and labels[k] in ("A", "S"):
        k += 1
    if sum(1 for j in range(end + 1, k) if labels[j] == "A") < 2 or k >= n or toks[k].text != "." \
            or not (k + 1 >= n or toks[k + 1].line != 0 or labels[k + 1] == "V"
                    or all(t.link >= 0 or not t.text[:1].isalnum() for t in toks[k + 1 :] if t.line == 0)):
        return []   # (the venue, or the links only, after the names: "Title. A, B. [[pdf]](url)")
    words = [toks[j].text for j in range(a, end) if toks[j].text[:1].isalnum()]
    if len(words) < 2 or caps_ratio(" ".join(words)) < 0.6:
        return []
    return [list(range(a, end))]


DOUBTED_TITLE = 0.1   # below TITLE_PROBABILITY, but the segmenter did consider the line a title


def opens_with_author_field(toks: list[Token], line: int = 1) -> bool:
    """Whether the unit's `line` opens with an author field ("Authors: A, B", "**Author**: A", "By: A, B")."""
    words = [t.text for t in toks if t.line == line][:3]
    return len(words) == 3 and (words[0] in ("Author", "Authors", "AUTHORS", "By", "BY") or words[0] in _OTHER_AUTHOR_FIELDS) \
        and words[1] in (":", "：")   # (not a YAML key)


# The author field's name in other languages ("作者：A、B", "Autoren: A, B"), as it opens a line (not a lower-case YAML key).
_OTHER_AUTHOR_FIELDS = frozenset(w if not w.isascii() else w.capitalize() for w in AUTHOR_CUE_WORDS
                                 if w not in ("author", "authors", "by", "speaker", "speakers", "presenter", "presenters"))


def _line_over_names(toks: list[Token], labels: list[str], p_title: list[float]) -> list[list[int]]:
    """A line of two or more words the segmenter doubted as a title (its title probability above
    DOUBTED_TITLE, no name on it) directly over a line it reads as names ("(i) Some Title" over
    "Authors: A, B"): that line, without its numbering, as one run for the judge to weigh (with a
    low title score)."""
    line0 = [i for i, t in enumerate(toks) if t.line == 0]
    if not line0 or not any(lab == "A" and t.line == 1 for t, lab in zip(toks, labels)):
        return []
    if any(labels[i] in ("A", "S") for i in line0):
        return []
    # Over an author field ("## Whose widgets are gizmos: an audit" / "**Authors**: A, B") any line is the title.
    # ... and so is one over a byline set off in italics or bold as a whole ("### Title" / "*Ana Souza*").
    marked = all(_emphasised(t) and lab in ("A", "S") for t, lab in zip(toks, labels) if t.line == 1 and t.text[:1].isalnum())
    run = line0 if opens_with_author_field(toks) or marked else [i for i in line0 if p_title[i] >= DOUBTED_TITLE]
    if len(run) < 2 or run != list(range(run[0], run[-1] + 1)) or sum(toks[i].text.isalpha() for i in run) < 2:
        return []
    return [run]


def _names_and_colon(lead: list[Token]) -> bool:
    """A lead of a name and a colon ("Ada Lovelace: ", before the title the segmenter read)."""
    names = " ".join(t.text for t in lead[:-1])
    return len(lead) > 1 and lead[-1].text == ":" and is_name(names, allow_single=True) and not _words_not_a_name(names)


def _past_its_number(toks: list[Token], line: list[int]) -> list[int]:
    """The line's token positions after the number it opens with ("## 5. Title", "3) Title"), when words follow."""
    if len(line) > 3 and toks[line[0]].text.isdigit() and toks[line[1]].text in (".", ")") and toks[line[2]].text[:1].isalpha():
        return line[2:]
    return line


def _title_case_line(unit: Unit, labels: list[str], *, bare_items: bool = True) -> list[list[int]]:
    """A plain line of its own in Title Case ("Learned Widgets that Scale and Generalize", over a
    paragraph of notes), or a list item in Title Case followed only by labelled links ("Widget
    Parsing at Scale [[Web](url)] [[Slides](url)]") or of four words or more (with `bare_items`),
    that the segmenter doubted: the words, as one run for the judge to weigh (with a low title
    score). No other link, name, venue or sentence punctuation on it."""
    if unit.kind not in ("line", "item", "heading"):
        return []
    toks = unit.tokens
    line0 = [i for i, t in enumerate(toks) if t.line == 0]
    tail = _label_links_tail(toks, line0)
    bare_item = unit.kind == "item" and tail == len(line0)
    labelled = tail < len(line0)
    line0 = _past_its_number(toks, line0[:tail])
    line0 = line0[: _code_tail_start([toks[i] for i in line0])] or line0   # ("Title `Meta` `Nice`": the writer's tags after it)
    if len(line0) > 3 and toks[line0[-1]].text == ")" and (opening := _slot_kind_bracket(toks, line0)):
        line0 = line0[:opening]   # "## Widget Nets for Gizmos (Award Winning Oral)": the kind of its slot is not the title's
    if len(line0) > 3 and toks[line0[-1]].text == ")" and (opening := _et_al_bracket(toks, line0)):
        line0 = line0[:opening]   # "- Widget Nets for Gizmos(Ana Souza et al. WCLR2031)": its first author, no title words
    words = [toks[i].text for i in line0 if toks[i].text[:1].isalpha()]
    if bare_item and (len(words) < 3 or not bare_items):
        return []   # a list item only with its links labelled ("Title [[Web](url)] [[Slides](url)]"), or of three words or more
    if bare_item and len(words) == 3 and (len(words) != len(line0) or not all(w[0].isupper() for w in words)):
        return []   # ... three capitalised words and nothing else ("Integral Widget Networks"; not "Test on 6 LLMs")
    # (words read as a name before labelled links, when they are no person's: "Isomorphic Gizmos [[Web](url)] [[Slides](url)]";
    # not a speaker's "Ana Souza [[Slides](url)]")
    unnamed = labelled and len(words) == len(line0) and not looks_like_person(" ".join(words))
    if not 2 <= len(words) <= 20 or any((labels[i] in ("A", "S") and not unnamed) or toks[i].link >= 0
                                          or (labels[i] == "V" and not _a_word_of_the_run(toks, line0, i)) for i in line0):
        return []
    # (a title's punctuation; an exclamation mark only at its end: "## The Widget Just Won't Fit!")
    if any(not toks[i].text[:1].isalnum() and toks[i].text not in ":-–'’?" and not (toks[i].text == "!" and i == line0[-1])
           for i in line0):
        return []
    if caps_ratio(" ".join(words)) < 0.8 or not words[0][0].isupper():
        return []
    return [line0]


def _a_word_of_the_run(toks: list[Token], line: list[int], i: int) -> bool:
    """A word read as a venue with Title Case words on both sides of it ("... Advancing RecSys Benchmarking
    Practices"): a word of the title (a venue and its year close a record's line, they do not sit inside a title)."""
    k = line.index(i)
    return 0 < k < len(line) - 1 and toks[line[k - 1]].text[:1].isupper() and toks[line[k + 1]].text[:1].isupper() \
        and toks[i].text[:1].isalpha()


def _sentence_case_heading(unit: Unit, labels: list[str]) -> list[list[int]]:
    """A heading in sentence case of four to 20 words ("## A loss framework for calibrated widget detection") that
    the segmenter doubted, with no link, name or venue on it and no punctuation but a title's: one run for the
    judge, which takes it only where the headings beside it are papers."""
    if unit.kind != "heading":
        return []
    toks = unit.tokens
    line0 = [i for i, t in enumerate(toks) if t.line == 0]
    words = [toks[i].text for i in line0 if toks[i].text[:1].isalpha()]
    if not 4 <= len(words) <= 20 or not words[0][0].isupper() or any(labels[i] in ("A", "S", "V") or toks[i].link >= 0 for i in line0):
        return []
    if any(not toks[i].text[:1].isalnum() and toks[i].text not in ":-–'’?" for i in line0):
        return []
    return [line0]


def _et_al_bracket(toks: list[Token], line: list[int]) -> int:
    """Where in `line` (token positions) a closing bracket opens that cites the first author and "et al." (a venue and
    year may follow: "(Ana Souza et. al. WCLR 2031)"); 0 when the line does not end in one."""
    opening = _last_bracket_opening(toks, line)
    if opening < 2:
        return 0
    k = opening + 1
    while k < len(line) - 1 and k - opening <= 3 and toks[line[k]].text[:1].isupper() and toks[line[k]].text.replace("-", "").isalpha():
        k += 1
    return opening if k > opening + 1 and k < len(line) - 1 and _et_al_at(toks, line[k]) else 0


def _last_bracket_opening(toks: list[Token], line: list[int]) -> int:
    """Where in `line` (token positions, past its first) the last "(" before its closing token stands; 0 when none."""
    return next((k for k in range(len(line) - 2, 0, -1) if toks[line[k]].text == "("), 0)


def _slot_kind_bracket(toks: list[Token], line: list[int]) -> int:
    """Where in `line` (token positions) a closing bracket that names the kind of the paper's slot or its award opens
    ("(Rapid Presentation)", "(Oral)"); 0 when the line does not end in one."""
    opening = _last_bracket_opening(toks, line)
    if not opening:
        return 0
    bracket = " ".join(toks[i].text for i in line[opening:])
    return opening if _TRAILING_BRACKETED_AWARD_RE.search("Title " + bracket.replace("( ", "(").replace(" )", ")")) else 0


def _title_field_value(toks: list[Token]) -> list[list[int]]:
    """The value of a title field the segmenter doubted, in a language its training layouts do not
    write ("タイトル: Widget Nets for Gizmo Parsing", "제목: ..."): the rest of the line, two words or more."""
    if len(toks) < 4 or toks[0].text.lower() not in TITLE_CUE_WORDS or toks[1].text not in (":", "：") or toks[1].line:
        return []
    rest = [i for i in range(2, len(toks)) if toks[i].line == 0]
    return [rest] if sum(1 for i in rest if toks[i].text[:1].isalpha()) >= 2 else []


def _linked_title_line(unit: Unit, labels: list[str]) -> list[list[int]]:
    """A list item or heading that opens with one link's anchor of Title Case words (after a venue's
    tag), to a paper or to the conference's page of a paper ("[Integral Widget Networks](https://conf.org/virtual/2026/poster/1)"
    over notes), that the segmenter doubted: the anchor, as one run for the judge to weigh."""
    if unit.kind not in ("item", "heading"):
        return []
    toks = unit.tokens
    line0 = [i for i, t in enumerate(toks) if t.line == 0]
    start = next((i for i in line0 if toks[i].text[:1].isalnum()), None)
    if start is None or toks[start].link < 0:
        return []
    link = toks[start].link
    anchor = [i for i in line0 if toks[i].link == link]
    words = [toks[i].text for i in anchor if toks[i].text[:1].isalpha()]
    href = unit.links[link].href
    if len(words) == 1 and len(anchor) == 1 and COINED_NAME_RE.fullmatch(words[0]) and link_kind(href) == "paper" \
            and labels[anchor[0]] not in ("A", "S", "V"):
        return [anchor]   # "- [GizmoNet](https://arxiv.org/abs/...): how it ...": a paper named by its coined name
    if not 2 <= len(words) <= 25 or caps_ratio(" ".join(words)) < 0.8 or any(labels[i] in ("A", "S", "V") for i in anchor):
        return []
    # (to its code or project page too when a venue's tag opens the line: "## [WCLR 2031] [Title](github)")
    if link_kind(href) not in (("paper", "event", "code", "site") if unit.venue_tag else ("paper", "event")) or is_talk_page(href):
        return []
    return [anchor]


# A coined name: a capital, lower-case letters, then another capital ("GizmoNet", "WiDGeT"; not "arXiv", "PDF", "Widgets").
COINED_NAME_RE = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z0-9-]*")


def _text_before_paper_labels(unit: Unit, labels: list[str]) -> list[list[int]]:
    """A list item whose words are followed by labelled links only, one of them to a paper
    ("- I want to break free! Recommending widgets ... [[DOI]](https://doi.org/...)"), that the
    segmenter doubted (a title in sentence case): the words, as one run for the judge to weigh."""
    if unit.kind != "item" or not unit.links:
        return []
    toks = unit.tokens
    line0 = [i for i, t in enumerate(toks) if t.line == 0]
    tail = _label_links_tail(toks, line0)
    words = line0[:tail]
    while words and not toks[words[-1]].text[:1].isalnum():
        words.pop()
    if tail == len(line0) or not words or any(toks[i].link >= 0 for i in words):
        return []   # no labelled links after the words, or a link among them
    if not _title_words(toks, labels, words, ("A", "S", "V")):
        return []
    tail_links = {toks[i].link for i in line0[tail:] if toks[i].link >= 0}
    if all(is_label_anchor(_anchor(toks, k)) for k in tail_links):
        return [words] if any(link_kind(unit.links[k].href) == "paper" for k in tail_links) else []   # ("[DOI]", "[pdf]")
    # ... or a programme's page of it ("1. Equity of gizmo widgets [[Web](conf.org/Schedule?event=51)] [[Slides](...)]")
    first = min(tail_links)
    href = unit.links[first].href
    return [words] if _anchor(toks, first).lower() in _TAIL_LABELS and link_kind(href) == "event" and not is_talk_page(href) else []


def _title_words(toks: list[Token], labels: list[str], words: list[int], refused: tuple[str, ...]) -> bool:
    """Words a fallback may give the judge as a title: three or more, the first capitalised, none with a
    label in `refused` (a name, a separator, a venue)."""
    return len([i for i in words if toks[i].text[:1].isalpha()]) >= 3 and toks[words[0]].text[:1].isupper() \
        and not any(labels[i] in refused for i in words)


def _text_before_a_written_paper_url(unit: Unit, labels: list[str]) -> list[list[int]]:
    """A list item of words and then a paper's URL written out, in brackets or not, that the segmenter doubted
    ("- Recommender Widgets and Algorithmic Gizmos (https://dl.acm.org/doi/...)", "+ Co-training of widgets
    helps gizmo parsing https://arxiv.org/pdf/..."; plain text's way of a linked title): the words, as one
    run for the judge to weigh."""
    if unit.kind != "item":
        return []
    toks = unit.tokens
    line0 = [i for i, t in enumerate(toks) if t.line == 0]
    bracketed = len(line0) >= 3 and [toks[i].text for i in (line0[-3], line0[-1])] == ["(", ")"]
    url = line0[-2] if bracketed else line0[-1] if line0 else -1
    if len(line0) < (6 if bracketed else 4) or not written_url(toks[url].text) or link_kind(toks[url].text) != "paper":
        return []
    words = line0[:-3] if bracketed else line0[:-1]
    while words and not toks[words[0]].text[:1].isalnum():
        words.pop(0)
    if not _title_words(toks, labels, words, ("A", "S", "V")) or any(toks[i].link >= 0 for i in words):
        return []
    return [words]


def _after_a_written_labelled_url(unit: Unit, labels: list[str]) -> list[list[int]]:
    """A list item that opens with a link's label and its URL written out, then a dash and the title
    ("- Paper (https://arxiv.org/abs/...) - Widget Nets for Gizmo Parsing", plain text's "[Paper](url) - Title"),
    that the segmenter doubted: the words after the dash, as one run for the judge to weigh."""
    if unit.kind != "item":
        return []
    toks = unit.tokens
    line0 = [i for i, t in enumerate(toks) if t.line == 0]
    k = 0
    while k < len(line0) and not toks[line0[k]].text[:1].isalnum():
        k += 1
    if k + 5 >= len(line0) or toks[line0[k]].text.lower() not in LINK_LABEL_WORDS | {"article", "preprint", "poster"}:
        return []
    j = k + 1
    if toks[line0[j]].text in ("(", ":"):
        j += 1
    if not written_url(toks[line0[j]].text):
        return []
    j += 1
    if j < len(line0) and toks[line0[j]].text == ")":
        j += 1
    if j >= len(line0) or toks[line0[j]].text not in ("-", "–", "—", ":"):
        return []
    words = line0[j + 1 :]
    if not _title_words(toks, labels, words, ("A", "S")):
        return []
    return [words]


# A link's anchor that labels it as the paper ("[Paper](url)", "[arXiv](url)").
PAPER_LABEL_WORDS = ("paper", "pdf", "arxiv", "preprint")


def _after_a_paper_label_link(unit: Unit, labels: list[str]) -> list[list[int]]:
    """A list item's words after a link labelled as the paper and a dash, to the line's end ("- [Paper](arxiv) - Widget
    Nets: Gizmo Parsing at Scale", "- Best [Paper](arxiv) – Title": a link dump's way, the label before the title):
    the words as one run, when they may be a title."""
    if unit.kind != "item":
        return []
    toks = unit.tokens
    line0 = [i for i, t in enumerate(toks) if t.line == 0]
    k = next((j for j, i in enumerate(line0) if toks[i].link >= 0), -1)
    if k < 0 or k + 3 >= len(line0) or toks[line0[k + 1]].link == toks[line0[k]].link:
        return []   # (no link, or one of more than one word)
    link = toks[line0[k]].link
    if toks[line0[k]].text.lower() not in PAPER_LABEL_WORDS or link_kind(unit.links[link].href) != "paper":
        return []
    if toks[line0[k + 1]].text not in ("-", "–", "—", ":"):
        return []
    words = line0[k + 2 :]
    if any(toks[i].link >= 0 for i in words) or not _title_words(toks, labels, words, ("A", "S")):
        return []
    return [words]


def _whole_anchor(unit: Unit, labels: list[str], run: list[int]) -> list[int]:
    """A title run inside one link's anchor that stops short of its end ("[Widget Nets for Gizmo
    Rendering on Mobile Architectures](url)" read up to "Rendering"): the whole anchor, when no word of
    the rest is a name or a venue, or when the anchor opens with the run and links to a paper or to
    a conference's page of it ("[Shared Widgets: What VFX, Game Dev, and Gizmo Workflows Share](session
    page)": names no anchor of such a link holds)."""
    toks = unit.tokens
    link = toks[run[0]].link
    whole_run = run
    while len(run) > 1 and toks[run[-1]].link < 0 and not toks[run[-1]].text[:1].isalnum():
        run = run[:-1]   # ("... her paper [Widget Nets for Gizmo Parsing](url)." read from "Nets" to the full stop)
    if link < 0 or any(toks[i].link != link for i in run):
        return whole_run
    anchor = [i for i, t in enumerate(toks) if t.link == link and t.line == toks[run[0]].line]
    if anchor == run or anchor[-1] - anchor[0] + 1 != len(anchor):
        return whole_run
    if any(labels[i] in ("A", "S", "V") for i in anchor):
        # (nor one whose title is in bold, names after it: "[**Title**, Ana Souza](arxiv)")
        emphasised = [i for i in anchor if toks[i].strong or toks[i].em]
        if emphasised == run and all(labels[i] in ("A", "S") for i in anchor if i > run[-1]):
            return whole_run
        if anchor[0] != run[0] or link_kind(unit.links[link].href) not in ("paper", "event") \
                or caps_ratio(" ".join(toks[i].text for i in anchor)) < 0.8 \
                or any(toks[i].text.lower() in ("et", "al", "al.") or _YEAR_RE.fullmatch(toks[i].text) for i in anchor if i > run[-1]):
            return whole_run   # (an anchor that cites the work whole: "[Title, Devlin et al., 2018](arXiv)")
        return anchor
    rest = [toks[i].text for i in anchor if i not in run]
    given = person_names()[0]
    if any(not (w.isalnum() or w in (",", ":", "-", "–")) or w.lower() in given for w in rest):
        return whole_run   # brackets, quotes or a name in the rest: more than a title
    if caps_ratio(" ".join(toks[i].text for i in anchor)) < 0.8:
        return whole_run
    return anchor


_NAME_SKIPPED_AFTER_A_LINK_RE = re.compile(r"[*_]*\]?(?:\([^()\s]*\))?[*_]*,\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){1,2}),\s+$")


def _ran_past_its_link(title_toks: list[Token]) -> int:
    """Where a title that ends a link's anchor ends, when the run went on over a comma into a
    capitalised word or two outside any link ("[Title](url), Ran Tao, ..."), or straight into a person's name ("[Title](url)
    Ran Tao, ..."); 0 if it did not."""
    j = next((i for i, t in enumerate(title_toks) if t.link >= 0), -1)   # (after "In their paper", say)
    if j < 0:
        return 0
    link = title_toks[j].link
    k = next((i for i in range(j, len(title_toks)) if title_toks[i].link != link), len(title_toks))
    if k < len(title_toks) and title_toks[k].text[:1].isupper() and len(title_toks) - k == 2 and title_toks[k].line == title_toks[j].line \
            and all(t.link < 0 for t in title_toks[k:]) and is_name(" ".join(t.text for t in title_toks[k:])) \
            and title_toks[k].text.lower() in person_names()[0]:
        return k   # "[Title](url) Ana Souza, Ben Park": the first name right after the link, no comma between
    rest = title_toks[k + 1 :]
    if k >= len(title_toks) - 1 or title_toks[k].text != "," or not 1 <= len(rest) <= 2:
        return 0
    return k if all(t.link < 0 and t.text[:1].isupper() and re.sub(r"['’-]", "", t.text).isalpha() for t in rest) else 0


def _anchor(toks: list[Token], link: int) -> str:
    """The words of a unit's link `link`."""
    return " ".join(x.text for x in toks if x.link == link)


def _label_links_tail(toks: list[Token], line: list[int]) -> int:
    """Where the trailing links labelled "Web", "Slides", "Paper", ... of a line start (the
    brackets and separators between them included); len(line) when it ends otherwise."""
    k, labelled = len(line), False
    while k > 0:
        t = toks[line[k - 1]]
        anchor = _anchor(toks, t.link) if t.link >= 0 else ""
        if anchor and _is_link_label(anchor):
            labelled = True
        elif t.text not in _LINK_TAIL_MARKS:
            break
        k -= 1
    return k if labelled else len(line)


_LINK_TAIL_MARKS = frozenset("[]()|/,·•-–")
# Labels of a programme's links that name no code or paper ("[[Web](url)]" to the event page).
_TAIL_LABELS = frozenset("web event details info bibtex bib doi supp supplementary".split())


def _is_link_label(text: str) -> bool:
    """A link's label ("[Paper]", "[Code]", a programme's "[Web]"), not its subject."""
    return is_label_anchor(text) or text.lower() in _TAIL_LABELS


# Words that number a record rather than name a method: "Session 2:", "Paper 3:", "Day 1:".
_NUMBERING_WORDS = frozenset("session paper papers day oral orals poster posters talk talks part track spotlight "
                             "keynote tutorial workshop panel chapter section lecture week item no number".split())


def _versioned_name_start(toks: list[Token], first: int) -> int:
    """Where a title starts when the segmenter left out (part of) a versioned name before its colon:
    "Deep Voice 2: Multi-Speaker ..." ("Deep Voice 2:" looks like the numbering "Session 2:"). The
    name is taken back when it is one to three capitalised words, not numbering words, that open
    the line (after a bullet)."""
    start = 0
    while start < len(toks) and not toks[start].text.isalnum():   # a bullet or "**" before the name
        start += 1
    words = 0
    while start + words < len(toks) and words < 3 and toks[start + words].text.isalpha():
        words += 1
    colon = start + words + 1
    if (not words or colon >= len(toks) or first > colon + 1 or first <= start or toks[colon].text != ":"
            or not toks[colon - 1].text.isdigit() or any(t.line != 0 for t in toks[: colon + 1])):
        return first
    name = toks[start : start + words]
    if all(t.text[:1].isupper() and t.text.lower() not in _NUMBERING_WORDS for t in name):
        return start
    return first


_GLUE_WORDS = frozenset("and or of for the a an to with in on by via from".split())
_BULLET_MARKS = frozenset("* - • ▶ . ) :".split())   # a bullet, numbering ("1.", "(a)") or a label's colon


def _glued_start(toks: list[Token], labels: list[str], first: int) -> int:
    """Where a title starts when the segmenter began it after a small word glued to the words before
    it ("Does Adam Converge and | When?"): no title starts right after "and" or "of". The title
    then opens the line, when everything before it there is Title Case words (after a bullet or
    numbering) with no name, separator or link among them."""
    if first == 0 or toks[first].line != 0 or toks[first - 1].text not in _GLUE_WORDS:
        return first
    start = first - 1
    while start > 0 and toks[start - 1].text[:1].isalnum():
        start -= 1
    words = toks[start:first]
    if start > 0 and toks[start - 1].text not in _BULLET_MARKS:
        return first
    if any(labels[k] in ("A", "S", "V") or toks[k].link >= 0 for k in range(start, first)):
        return first
    if words[0].text in _GLUE_WORDS or not all(t.text[:1].isupper() or t.text in _GLUE_WORDS for t in words):
        return first
    return start


def _name_text(text: str, tokens: list[Token]) -> str:
    name = visible_text(text, tokens)
    if "," in name:   # "Last, First"
        last, _, first = name.partition(",")
        if first.strip() and last.strip():
            name = f"{first.strip()} {last.strip()}"
    return clean_name(name)


_BREAK_RE = re.compile(r"\n|<br\s*/?>", re.I)
_VANCOUVER_INITIAL_RE = re.compile(r"[A-Z]{1,2}\.")
_COMMON_RANK = 20000   # a word among the 20,000 most common in English text is a word, whatever the dictionary says
# A tab, a wide space or a run of spaces between two names ("A. Tewari\t F. Bernard", "Ana Souza\u2003Ben Park").
_WIDE_GAP_RE = re.compile(r"[\t\u2002\u2003\u3000]| {3,}")


def _authors(text: str, seg: Segment) -> list[NameSpan]:
    """Author names: runs of A tokens, split at S tokens. In a list separated by semicolons, a comma
    between two name parts is "Last, First", not a separator."""
    toks = seg.unit.tokens
    # A separator is punctuation or "and": a capitalised word the segmenter called one ("Jon/S
    # Snow/A" in a cell of one name) is part of a name.
    # ... and a year is no part of a name ("Smita/A Krishnaswamy/A 2018/A ." before the title).
    # ... and "and" is one even when the segmenter read it into a name ("A. I. Souza and/A S. I. Park").
    # ... nor is a URL ("Dana Levi/A https://github.com/.../A" ending a line).
    labels = ["A" if lab == "S" and t.text[:1].isupper() and t.text.isalpha() and t.text.lower() != "and"
              else "O" if lab == "A" and (YEAR_TOKEN_RE.fullmatch(t.text) or "://" in t.text or t.text.startswith("www."))
              else "S" if lab == "A" and t.text in ("and", "&") else lab
              for t, lab in zip(toks, seg.labels)]
    # ... nor a bracket that opens an affiliation after the name ("Hang/A Du/A (/A Widget/A Institute/O )/O"), unless the
    # name goes on after it closes (a nickname: "Ngai-Man (Man) Cheung").
    for i, t in enumerate(toks):
        if labels[i] == "A" and t.text == "(":
            close = next((k for k in range(i + 1, min(i + 4, len(toks))) if toks[k].text == ")"), -1)
            if close < 0 or close + 1 >= len(toks) or labels[close + 1] != "A" or toks[close + 1].line != t.line:
                labels[i] = "O"
    # A known given name the segmenter left out right before a name it took ("Eli/O Cohen/A and Fay Wong").
    # ... or a known surname, rare as an English word, that opens its line ("<br> Sen/O Wu/A, Hongyang Zhang").
    given, surnames = person_names()
    ranks = word_ranks()
    for i in range(len(toks) - 1, 0, -1):
        if labels[i] == "A" and labels[i - 1] == "O" and toks[i - 1].line == toks[i].line and toks[i - 1].cell == toks[i].cell \
                and toks[i - 1].text[:1].isupper() and toks[i - 1].text.isalpha() and (i < 2 or labels[i - 2] != "T"):
            word = toks[i - 1].text.lower()
            opens_line = i < 2 or toks[i - 2].line != toks[i - 1].line or bool(_BREAK_RE.search(text, toks[i - 2].end, toks[i - 1].start))
            if word in given or (opens_line and word in surnames and ranks.get(word, RARE_RANK) >= RARE_RANK):
                labels[i - 1] = "A"
    # The first name of a line of "Name (Affiliation), Name (Affiliation), ..." the segmenter left out ("Or/O Souza/O
    # (Widget U), Ben/A Park/A (Gizmo Labs), ...": a first word that is an English word): the capitalised words opening
    # the line before its first bracket, when the next piece is a name it took, before a bracket of its own.
    for k in range(len(toks)):
        if k and toks[k - 1].line == toks[k].line:
            continue
        j = k
        while j < len(toks) and toks[j].line == toks[k].line and labels[j] == "O" and toks[j].text[:1].isupper() \
                and toks[j].text.replace("-", "").isalpha():
            j += 1
        if not 2 <= j - k <= 4 or j >= len(toks) or toks[j].text != "(":
            continue
        close = next((m for m in range(j + 1, min(j + 12, len(toks))) if toks[m].text == ")"), -1)
        # ... or the one name of a line below the title, its affiliation in brackets closing the line: "Title" / "Ana
        # Souza (Widget University)".
        if close > 0 and toks[k].line > 0 and (close + 1 == len(toks) or toks[close + 1].line != toks[k].line) \
                and any(ORGANISATION_WORD_RE.match(t.text) for t in toks[j + 1 : close]) \
                and (looks_like_person(person := " ".join(t.text for t in toks[k:j]))   # (or a known surname after a given name
                     or (is_name(person) and toks[j - 1].text.lower() in surnames   # no dictionary has: "Ziyu Yao")
                         and not is_english_word(toks[k].text))):
            labels[k:j] = ["A"] * (j - k)
            continue
        if close < 0 or close + 2 >= len(toks) or labels[close + 1] != "S" or labels[close + 2] != "A":
            continue
        piece_end = close + 2
        while piece_end < len(toks) and labels[piece_end] == "A":
            piece_end += 1
        if piece_end < len(toks) and toks[piece_end].text == "(" and is_name(" ".join(t.text for t in toks[k:j])):
            labels[k:j] = ["A"] * (j - k)
    # A surname's particle and its last part the segmenter left out of a name, where the name ends ("Sabine/A Schulte/A
    # im/O Walde/O" closing the line, "Miryam de Lhoneux" before a comma).
    for i in range(1, len(toks) - 1):
        nxt = toks[i + 1]
        if labels[i - 1] == "A" and labels[i] == "O" and toks[i].text in PARTICLES and labels[i + 1] in ("O", "A") \
                and nxt.text[:1].isupper() and nxt.text.isalpha() and toks[i - 1].line == toks[i].line == nxt.line \
                and (i + 2 == len(toks) or toks[i + 2].line != nxt.line or labels[i + 2] == "S" or toks[i + 2].text in _NAME_ENDS):
            labels[i] = labels[i + 1] = "A"
    # The word for "by" that opens a list, read as a name's particle ("Title, de/A Ana/A Souza/A e Ben Park"):
    # before a given name, it opens no name.
    for i in range(len(toks) - 1):
        if labels[i] == "A" and toks[i].text in BY_WORDS and (i == 0 or labels[i - 1] != "A") and labels[i + 1] == "A" \
                and toks[i + 1].text.lower() in given and toks[i + 1].line == toks[i].line:
            labels[i] = "O"
    # ... and a known surname it left out right after a lone given name it took, where the name ends
    # ("(Ana Souza, Ben/A Park/O) show ...": "Park" is an English word too).
    # ... or one that is a rare word, closing a list of names ("(Ana Souza, Kevin/A Nook/O)").
    # (In a list of names, a lone given name no lexicon knows will do if it is no English word, or before a known surname:
    # "Ana Souza, Zhiyu/A He/O", "..., Yao/A Mu/O)";
    # a hyphenated surname, each part a surname: "Javier/A Souza-Jiménez/O".)
    for i in range(len(toks) - 1):
        nxt = toks[i + 1]
        listed = i >= 2 and labels[i - 1] == "S" and labels[i - 2] == "A"
        if labels[i] == "A" and labels[i + 1] == "O" and (i == 0 or labels[i - 1] != "A") \
                and (toks[i].text.lower() in given or (listed and toks[i].text.isalpha() and (not is_english_word(toks[i].text)
                                                                                               or nxt.text.lower() in surnames))) \
                and nxt.line == toks[i].line and nxt.cell == toks[i].cell and nxt.text[:1].isupper() and nxt.text.replace("-", "").isalpha() \
                and (i + 2 == len(toks) or toks[i + 2].line != nxt.line or toks[i + 2].text in _NAME_ENDS) \
                and (all(part.lower() in surnames for part in nxt.text.split("-"))
                     or (listed and nxt.text.isalpha() and (ranks.get(nxt.text.lower(), RARE_RANK) >= RARE_RANK)
                         and (i + 2 == len(toks) or toks[i + 2].text in (")", ".")))):
            labels[i + 1] = "A"
    # The last name of a list the segmenter took but for its surname, which closes the list ("..., Simon/A Lacoste-Julien/O)",
    # "Julie/A A/A Shah/O)", "Fabrice/A Le/A Bars/O)"): the name the run and that word make, before ")", "." or the line's end.
    for i in range(len(toks) - 1):
        nxt = toks[i + 1]
        if labels[i] != "A" or labels[i + 1] != "O" or nxt.line != toks[i].line or not nxt.text[:1].isupper() \
                or not nxt.text.replace("-", "").isalpha() or ORGANISATION_WORD_RE.match(nxt.text):
            continue
        if i + 2 < len(toks) and toks[i + 2].line == nxt.line and toks[i + 2].text not in (")", "."):
            continue
        start = i
        while start > 0 and labels[start - 1] == "A" and toks[start - 1].line == toks[i].line:
            start -= 1
        # (a common English word is no surname there, "Kevin Today", unless a lexicon knows it, it is hyphenated, or a
        # particle comes before it: "Le Bars")
        common = ranks.get(nxt.text.lower(), RARE_RANK) < RARE_RANK and nxt.text.lower() not in surnames and "-" not in nxt.text \
            and toks[i].text not in PARTICLES and toks[i].text not in ("Le", "La", "De", "Van", "Von", "Da", "Di", "Du")
        if start >= 2 and labels[start - 1] == "S" and labels[start - 2] == "A" and not common \
                and is_name(" ".join(t.text for t in toks[start : i + 2])):
            labels[i + 1] = "A"
    # A surname in capitals the segmenter left out after the given names it took ("Belona/A Mary/A SONNA/O MOMO/O (AIMS)"),
    # the whole a name by its form.
    for i in range(len(toks) - 1):
        if labels[i] != "A" or labels[i + 1] != "O":
            continue
        caps = [j for j in range(i + 1, min(i + 3, len(toks))) if toks[j].text.isupper() and toks[j].text.isalpha()
                and toks[j].line == toks[i].line and labels[j] == "O"]
        caps = caps[: next((k for k, j in enumerate(caps) if j != i + 1 + k), len(caps))]
        start = i
        while start > 0 and labels[start - 1] == "A" and toks[start - 1].line == toks[i].line:
            start -= 1
        if caps and is_name(" ".join(t.text for t in toks[start : caps[-1] + 1])):
            for j in caps:
                labels[j] = "A"
    # A Vancouver list's last initial, its full stop taken for the sentence's ("Souza A, Park B, Wei C. NeurIPS 2031.").
    vancouver_ends: set[int] = set()   # (the stop is the sentence's: "Wei C")
    for i in range(2, len(toks)):
        if labels[i] == "O" and _VANCOUVER_INITIAL_RE.fullmatch(toks[i].text) and labels[i - 1] == "A" and toks[i - 1].text.isalpha() \
                and toks[i - 1].text[:1].isupper() and toks[i - 1].line == toks[i].line and labels[i - 2] == "S" \
                and (i + 1 == len(toks) or labels[i + 1] != "A"):
            labels[i] = "A"
            vancouver_ends.add(toks[i].end)
    # "Title, Naseem et al., ACL 2019", "[Title](pdf) by Kettles et al.": a capitalised word before "et al."
    # after the title is a surname.
    before_et_al: set[int] = set()   # (a surname whatever the dictionary says: "Kettles et al.")
    for i in range(1, len(toks) - 2):
        opening = 0
        if labels[i] in ("O", "A") and _et_al_at(toks, i + 1) \
                and toks[i].text[:1].isupper() and toks[i].text.isalpha() \
                and ((toks[i - 1].text in (",", "-", "–", "—", "by") and toks[i].line == 0 and toks[i - 2 if i > 1 else 0].line == 0
                      and labels[i - 2 if i > 1 else 0] == "T")
                     # ... or opening the line under the title's: "Title" / "Gorry et al. (Widget University)"
                     or (toks[i].line == 1 and toks[i - 1].line == 0 and labels[i - 1] == "T")
                     # ... with its given names: "**Title**<br>*Sara Papi et. al.*", "*Attapol T Rutherford et. al.*"
                     or (opening := _name_opening_the_second_line(toks, labels, i))):
            labels[i] = "A"   # (right after the title: a citation later on the line is another work's)
            before_et_al.add(toks[i].start)
            for k in range(opening or i, i):
                labels[k] = "A"
    # "Title (Ana Souza 외, Widget University)", "Title（Jon Snow 等）": a full name before "et al." in
    # Korean, Chinese or Japanese, in brackets after the title.
    for i in range(2, len(toks)):
        if toks[i].text in _CJK_ET_AL_WORDS and toks[i].bracket and labels[i - 1] == "O" and labels[i - 2] == "O":
            parts = [k for k in (i - 2, i - 1) if toks[k].text[:1].isupper() and toks[k].text.isalpha() and toks[k].line == toks[i].line]
            if len(parts) == 2 and i >= 3 and toks[i - 3].text in ("(", ",", "，", ":", "：") and is_name(f"{toks[i - 2].text} {toks[i - 1].text}"):
                labels[i - 2] = labels[i - 1] = "A"
    # ... and the word for "et al." after a name is no part of it ("Ana Souza/A 외/A": read with the name).
    labels = ["O" if lab == "A" and t.text in _CJK_ET_AL_WORDS else lab for t, lab in zip(toks, labels)]
    # A table with a title column and a header over each: names only in its title and author columns, not in
    # a column of the writer's notes ("Paper | Interest | Again?": "Leverage Doc Sentiment for ABSA").
    header = seg.unit.header
    if seg.unit.kind == "row" and any(_TITLE_COLUMN_RE.search(h) for h in header):
        for i, t in enumerate(toks):
            if labels[i] == "A" and 0 <= t.cell < len(header) and header[t.cell].strip() \
                    and not _TITLE_COLUMN_RE.search(header[t.cell]) and not _NAMES_COLUMN_RE.search(header[t.cell]):
                labels[i] = "O"
    # A place after the venue and its year in brackets is no name: "(IEEE ICPR-2031, Milan, Italy)", "(ICML 2031, Vienna)".
    for i, t in enumerate(toks):
        if t.bracket == 1 and (_VENUE_YEAR_TOKEN_RE.fullmatch(t.text) or (
                i > 0 and YEAR_TOKEN_RE.fullmatch(t.text) and toks[i - 1].bracket == 1 and toks[i - 1].text.lower() in venues())):
            k = i + 1
            while k < len(toks) and toks[k].bracket == 1 and toks[k].line == t.line:
                labels[k] = "O" if labels[k] in ("A", "S") else labels[k]
                k += 1
    # ... nor "et al" without its full stop, which the segmenter may read on with the name ("(E. Souza et al)").
    for i in range(len(toks) - 1):
        if (n := _et_al_at(toks, i)):
            labels[i : i + n] = ["O"] * n
    # A record gives its authors in one place: with names on the title's line, names on the next
    # line are someone else's (a citation in the sentence that follows). A table cell's lines are
    # one place: "Ana Souza<br>Ben Park".
    # Unless the list is hard-wrapped: it runs to the end of the title's line and the next line holds
    # names only ("Title, Ana Souza, Ben" / "Park, Chen Wei").
    if seg.unit.kind != "row" and any(lab == "A" and t.line == 0 and (t.text[:1].isupper() or t.text == "@")
                                      and not (t.bracket and t.text.isupper() and len(t.text) > 1)   # (not "(NUS)": where they work)
                                      for t, lab in zip(toks, labels)):   # not "开源）作者："
        # (a handle is this line's name too: "Title (@cwei_ml et al.)" takes no names from the paragraph below)
        keep = _wrapped_name_lines(toks, labels)
        labels = [lab if t.line in keep else "O" for t, lab in zip(toks, labels)]
    # (a semicolon between names: one that ends a list of full names, "Ana Souza, Ben Park;", separates nothing)
    def ends_full_names(k: int) -> bool:
        j = k
        while j > 0 and labels[j - 1] == "A" and toks[j - 1].line == toks[k].line:
            j -= 1
        words = [t.text for t in toks[j:k] if t.text.isalpha()]
        return len(words) >= 2 and all(w[:1].isupper() for w in words) and toks[k - 1].text.isalpha() \
            and toks[k - 1].text[1:].islower() and not any(labels[i] == "A" and toks[i].line == toks[k].line for i in range(k + 1, len(toks)))

    # "Ana Souza*, Widget Institute; Ben Park, Gizmo Labs": each name with its affiliation, a semicolon between.
    paired = _names_with_their_affiliations(toks, labels)
    # "(Chen Wei, Hana Mori; Widget U)": an affiliation after a semicolon ends the names; no "Last, First" list.
    for k, t in enumerate(toks):
        if t.text == ";" and k not in paired and (after := _affiliation_after_a_semicolon(toks, k)):
            for i in (k, *after):
                labels[i] = "O"
    # (nor one after an affiliation's closing bracket: "A, B (Widget U); C (Gizmo Labs)" separates groups of names)
    # (nor in pieces that open by joining two names with "and": "A and B, Widget Council; C, Gizmo U" is no "Souza,
    # Ana; Park, Ben", whose "and" comes after a comma: "Park, Ben and Wei, Chen")
    joined, comma = False, False
    for k, t in enumerate(toks):
        if t.text == ";" or (k and toks[k - 1].line != t.line):
            comma = False
        comma = comma or t.text == ","
        joined = joined or (t.text in ("and", "&") and not comma and 0 < k < len(toks) - 1 and labels[k - 1] == labels[k + 1] == "A")
    if not joined and any(t.text == ";" and lab == "S" and toks[k - 1].text != ")" and not ends_full_names(k) for k, (t, lab) in enumerate(zip(toks, labels))):
        for i in range(1, len(toks) - 1):
            if toks[i].text == "," and i not in paired and labels[i + 1] == "A" and toks[i - 1].text[:1].isupper() and toks[i - 1].text.isalpha() \
                    and labels[i - 1] in ("A", "O") and toks[i - 1].line == toks[i + 1].line and not _full_names_around(toks, i):
                labels[i] = labels[i - 1] = "A"   # "Last, First" (the first surname may follow a tag)
    for i in range(1, len(toks) - 1):   # "Cui, X., Saon, G.": a comma after an initial ends a name
        if labels[i] == "A" and toks[i].text == "," and INITIAL_RE.match(toks[i - 1].text) and toks[i + 1].text[:1].isupper():
            labels[i] = "S"
    _without_roles_after_names(toks, labels)
    _hyphenated_surnames_after_given_names(toks, labels)
    affiliated = _names_of_an_affiliated_byline(toks, labels)
    for i in affiliated:
        labels[i] = "A"   # (before the odd-case names: a name of such a byline may stand beside one)
    odd_case = _odd_case_names_in_a_list(toks, labels)
    for i in odd_case:
        labels[i] = "A"
    odd_starts = {toks[i].start for i in (*odd_case, *affiliated)}   # (names kept whatever their case)
    runs: list[list[Token]] = []
    current: list[Token] = []

    def flush() -> None:
        # A name does not open with a lower-case word other than a particle ("architecture-search
        # White, Colin": a tag before the surname).
        while current and current[0].text[:1].islower() and current[0].text not in PARTICLES and current[0].start not in odd_starts:
            current.pop(0)
        if current and current[0].text == "@":
            current.clear()   # a social-media handle ("@cwei_ml"), no name
        # Nor with a reference's key in square brackets ("[C10] Souza et al. (2031). Title.").
        if len(current) > 2 and current[1].text == "]" and REFERENCE_KEY_RE.fullmatch(current[0].text):
            del current[:2]
        # Nor with a label in another script or its colon before a Latin name ("作者：Chen Wei").
        while len(current) > 1 and not _has_cased_letter(current[0].text) and any(_has_cased_letter(t.text) for t in current):
            current.pop(0)
        if current:
            runs.append(list(current))
            current.clear()

    nicknames = _nicknames_inside_names(toks, labels)
    # (nor a link labelled "Link", "PDF" after the last name: "M. Souza, B. Park  [Link](url)" over the title)
    label_links = {t.link for t in toks if t.link >= 0 and is_label_anchor(_anchor(toks, t.link))}
    prev_line = prev_cell = None
    for k, (tok, lab) in enumerate(zip(toks, labels)):
        if k in nicknames:
            continue   # ('Ana “Bo” Souza': the name goes on past its nickname, which is no part of it)
        if lab == "A" and tok.link not in label_links:
            # A name ends at a line break, in the text or as "<br>" (names stacked in a table cell),
            # unless a hard-wrapped list broke the name there (a soft break inside the unit's line: "Ben\n  Park").
            # (HTML's source indentation after a wrapped line is no gap between columns.)
            if current and (tok.line != prev_line or tok.cell != prev_cell
                            or (_BREAK_RE.search(text, current[-1].end, tok.start) and text[current[-1].end : tok.start].strip())
                            or (_WIDE_GAP_RE.search(text, current[-1].end, tok.start) and not seg.unit.html and not tok.soft)) \
                    and not (labels[k - 1] == "A" and tok.cell == prev_cell
                             and _wrapped_name(text, current, tok, toks[k + 1] if k + 1 < len(toks) else None)):
                flush()
            current.append(tok)
        else:
            flush()
        prev_line, prev_cell = tok.line, tok.cell
    flush()
    at = {id(t): i for i, t in enumerate(toks)}   # (not toks.index: a long byline's hundred names times its tokens)
    runs = [r for r in runs if not _after_venue_and_dash(toks, labels, at[id(r[0])])]
    runs = [r for k, r in enumerate(runs) if not (k and _affiliation_after_a_dash(toks, runs[k - 1], r))]
    runs = [r for r in runs if not _in_an_affiliation(text, r[0].start) and not _where_it_was_held(text, r[0].start)
            and not _US_STATE_AFTER_RE.match(text, r[-1].end)]   # (a city: "**Venue**, Houston, TX, 03/2031")
    runs = [r for r in runs if not _cited_in_a_sentence(text, toks, r, at[id(r[0])])]
    runs = [r for r in runs if not _AT_BEFORE_RE.search(text, max(0, r[0].start - 4), r[0].start)]   # ("'s group at Widget U.": a place)
    # Names below the title's line that a lower-case word follows are a sentence's subject, not a byline
    # ("S-shaped Widgets" / "ReLU, LReLU, Maxout cant learn non-convex functions"): none of that line's.
    prose_lines = {r[0].line for r in runs if r[0].line > 0 and _subject_of_a_sentence(toks, r)}
    # ... unless the sentence opens with people's full names who wrote the work: "### Title" / "Dana Levi
    # and Emil Novak train on ...", as a post with a heading per paper names its authors.
    prose_lines -= {line for line in prose_lines if _authors_open_the_sentence(toks, at, [r for r in runs if r[0].line == line])}
    runs = [r for r in runs if r[0].line not in prose_lines]
    # A bracketed citation of the title's authors ("NQL (Cohen et. al., 19), EmbQL"): its name is the author, and a
    # "name" after the bracket is another item of the list, no author of this title.
    cited = next((r for r in runs if r[0].bracket == 1 and _et_al_after(toks, at[id(r[-1])])), None)
    if cited is not None:
        runs = [r for r in runs if r is cited or at[id(r[0])] < at[id(cited[0])]]
    # Names outside round brackets on a line make a bracketed "name" there an affiliation:
    # "Anna Novak (Charles University)".
    named_lines = {r[0].line for r in runs if any(t.bracket != 1 for t in r)}
    runs = [r for r in runs if r[0].line not in named_lines or any(t.bracket != 1 for t in r) or r is cited]
    # Names in capitals are names after an author cue ("Author(Institute): ZHI BIAN (Widgetco)"),
    # elsewhere an acronym or a shouted phrase.
    cued: set[int] = set()
    for i, t in enumerate(toks):
        if (i == 0 or toks[i - 1].line != t.line) and cue_end(toks, i) is not None:
            cued.update(x.start for x in toks[i:] if x.line == t.line)
    runs = [r for r in runs if any(t.text[:1].isalnum() for t in r)]   # (a stop the segmenter ended a list with: ". NeurIPS/V ./A")
    runs = _first_author_inverted(toks, runs)
    # A byline opening the unit, its title below: names on a line after the title's are the next record's
    # ("Souza, Ana, and Ben Park" / "2031. “**Title**.” <url>." / "Wei, Chen": the next reference).
    titled = [i for i, lab in enumerate(labels) if lab == "T"]
    if titled and runs and runs[0][0].line == 0 and runs[0][-1].end <= toks[titled[0]].start:
        runs = [r for r in runs if r[0].line <= toks[titled[-1]].line]
    out: list[NameSpan] = []
    spans = _last_first_pairs(text, runs) or [(_name_text(text, r), r[0].start, r[-1].end) for r in runs]
    # (... or one name before "et al.": "*ANA SOUZA et. al.*" under a title)
    shouted = _byline_in_capitals(spans) or (len(spans) == 1 and _ET_AL_NEXT_RE.match(text, spans[0][2]) is not None
                                             and _byline_in_capitals(spans, least=1))
    listed_with_others = 2 * sum(not n.isupper() and " " in n for n, _, _ in spans) >= len(spans) >= 2
    words_kept: list[NameSpan] = []   # names turned down only as English words ("Or Tallow")
    for name, start, end in spans:
        if any(ORGANISATION_WORD_RE.match(w) for w in name.split()):
            continue   # "Christian Brommer, Universität Klagenfurt — T-RO": where the author works
        if start in odd_starts:
            out.append((name, start, end))
        elif name.isupper() and (start in cued or shouted or listed_with_others):
            # (... or one name typed in capitals in a list of names written otherwise: "DANA LEVI, Ana Souza, Ben Park")
            if " " in name and is_name(name.title(), max_tokens=6):
                out.append((name, start, end))
        elif name and is_name(name, allow_single=True, max_tokens=6) and not name.isupper():
            if not _words_not_a_name(name) or _before_an_affiliation(text, start) or start in before_et_al:
                out.append((name, start, end))
            elif " " in name:
                words_kept.append((name, start, end))
    if words_kept and out:
        out = sorted(out + [n for n in words_kept if _between_names(text, n, out)], key=lambda n: n[1])
    out = [(n[:-1], a, b - 1) if b in vancouver_ends else (n, a, b) for n, a, b in _without_affiliations_after_names(text, out)]
    # "by Chen Wei, Alibaba": one word after full names, and no known surname, is where they work.
    if len(out) >= 2 and " " not in out[-1][0] and all(" " in n for n, _, _ in out[:-1]) \
            and out[-1][0].lower() not in person_names()[1]:
        out.pop()
    return out


_WHERE_OR_WHEN_WORDS = frozenset({"at", "during", "after", "before", "in", "with", "outside", "inside"})
_AT_BEFORE_RE = re.compile(r"\bat\s+$")
# The words right before a title that a sentence names it with: "... for <Title>", "a paper on <Title>", "titled <Title>".
_WORDS_BEFORE_A_TITLE = frozenset({"for", "on", "titled", "entitled", "called"})
_SAID_BEFORE_RE = re.compile(r"\b(?:said|says|added|adds|told)\s+$")
_ET_AL_NEXT_RE = re.compile(r"\s+et\s?\.?\s*al\b")
_OPENING_QUOTES = frozenset({"“", '"', "‘", "'"})   # (the closing ones: _CLOSING_QUOTES)


def _nicknames_inside_names(toks: list[Token], labels: list[str]) -> set[int]:
    """The tokens of a nickname in quotes between a given name and a surname the segmenter took ('Abdelrahman
    “Boda” Sadallah'), quotes included: one or two capitalised words."""
    out: set[int] = set()
    for i in range(len(toks) - 3):
        if labels[i] != "A" or toks[i + 1].text not in _OPENING_QUOTES or toks[i + 1].line != toks[i].line:
            continue
        close = next((m for m in range(i + 2, min(i + 5, len(toks))) if toks[m].text in _CLOSING_QUOTES), -1)
        if close > i + 2 and close + 1 < len(toks) and labels[close + 1] == "A" and toks[close + 1].line == toks[i].line \
                and all(toks[m].text[:1].isupper() and toks[m].text.isalpha() for m in range(i + 2, close)):
            out.update(range(i + 1, close + 1))
    return out


_HYPHENATED_SURNAME_RE = re.compile(r"[A-Z][a-zà-ÿ]+-[A-Z][a-zà-ÿ]+")


def _hyphenated_surnames_after_given_names(toks: list[Token], labels: list[str]) -> None:
    """A hyphenated surname no dictionary has both parts of, right after a given name the segmenter read as a name, is the
    name's end though the segmenter left it out ('and Dana Drachsler-Cohen "Title"', where a title's quote follows)."""
    for i in range(1, len(toks)):
        t = toks[i]
        if labels[i] == "O" and labels[i - 1] == "A" and toks[i - 1].line == t.line and toks[i - 1].text[:1].isupper() \
                and toks[i - 1].text.isalpha() and _HYPHENATED_SURNAME_RE.fullmatch(t.text) \
                and not all(is_english_word(part) for part in t.text.split("-")):
            labels[i] = "A"


def _without_roles_after_names(toks: list[Token], labels: list[str]) -> None:
    """A person's position after the name and a comma, read with the name ("Ben Park, Associate Professor"
    taken for "Last, First"): no part of it (labels O, the comma too)."""
    for i, t in enumerate(toks):
        if t.text != "," or labels[i] not in ("A", "S") or i == 0 or labels[i - 1] != "A":
            continue
        k = i + 1
        while k < len(toks) and labels[k] == "A" and toks[k].line == t.line and toks[k].text not in (",", ";"):
            k += 1
        # (tokens joined as written: "Ph . D." is the tokens of "Ph.D.")
        if k > i + 1 and ROLE_RE.fullmatch(re.sub(r"\s+\.", ".", " ".join(x.text for x in toks[i + 1 : k]))):
            labels[i:k] = ["O"] * (k - i)


def _byline_in_capitals(spans: list[NameSpan], least: int = 2) -> bool:
    """Two names or more (`least`), all in capitals, each two to four words that read as a name once
    capitalised, one with a given name or surname of the lexicon: "YU HUANG, DANA LEVI" (an acronym
    list, "GPT, BERT", has one word each; a shouted phrase has no name of the lexicon)."""
    if len(spans) < least or not all(n.isupper() and 2 <= len(n.split()) <= 4 and is_name(n.title()) for n, _, _ in spans):
        return False
    firsts, lasts = person_names()
    return any(w.lower() in firsts or w.lower() in lasts for n, _, _ in spans for w in n.split()) \
        and not any(dictionary_phrase(n.title().split()) for n, _, _ in spans)


# (after a name's affiliation in brackets too: "Ana Souza (Widget U), Or Tallow (Gizmo Labs), Ben Park (MIT)")
_LIST_GAP_RE = re.compile(r"\s*(?:\([^()\n]{1,80}\)\s*)?(?:,|;|and|&|,\s*and)\s*")


def _between_names(text: str, name: NameSpan, kept: list[NameSpan]) -> bool:
    """A full name set between two names of the byline with only a separator on each side ("Ana Souza,
    Or Tallow, Ben Park"): one of the list, though its words are English words; or ending the list, two names
    or more before it, a full stop after it ("Ana Souza, Ben Park, Or Tallow. Title. In WCLR 2031.")."""
    _, start, end = name
    before = any(_LIST_GAP_RE.fullmatch(text, e, start) for _, _, e in kept if e <= start)
    after = any(_LIST_GAP_RE.fullmatch(text, end, s) for _, s, _ in kept if s >= end)
    # (one name before it will do when "and" joins them: "Rohit Garde, and Deva Raman. Title. In ...")
    before_it = [e for _, _, e in kept if e <= start]
    joined = len(before_it) == 1 and _AND_GAP_RE.fullmatch(text, before_it[0], start) is not None
    last = (len(before_it) >= 2 or joined) and all(s < start for _, s, _ in kept) and _LIST_END_RE.match(text, end) is not None
    # (... or opening it, two names or more after it, nothing but marks before it on its line: "*Or Tallow, Ana Souza, Ben Park*")
    # (... or one name after it, when each of its words is a rare one: "Sylvan Gellar, Ben Park Title ...")
    ranks = word_ranks()
    after_it = sum(s >= end for _, s, _ in kept)
    first = (after_it >= 2 or (after_it == 1 and all(ranks.get(w.lower(), RARE_RANK) >= RARE_RANK for w in name[0].split()))) \
        and all(s > end for _, s, _ in kept) and _LIST_OPENING_RE.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None
    return (before and (after or last)) or (after and first)


_LIST_END_RE = re.compile(r"\.(?:\s|$)")
_AND_GAP_RE = re.compile(r",?\s+(?:and|&)\s+")
_LIST_OPENING_RE = re.compile(r"[\s>*_(\[-]*")


_BREAK_AFTER_RE = re.compile(r"[ \t]*(?:<br\s*/?>|\n|\||$)", re.I)


def _names_with_their_affiliations(toks: list[Token], labels: list[str]) -> set[int]:
    """A byline of "Name, Affiliation" pieces between semicolons ("Ana Souza*, Widget Department, Gizmo
    Institute; Ben Park, Sprocket Labs"), as programmes export them: what follows each piece's first
    comma is its affiliation (labelled O here), the semicolons separate names. Taken when every piece
    opens with a full name and half the pieces or more name an organisation after the comma, or the
    same one as another piece (so not "Souza, Ana; Park, Ben"). Returns the semicolons read so, and the commas between
    the names of one piece."""
    lines: dict[int, list[int]] = {}
    for i, (t, lab) in enumerate(zip(toks, labels)):
        if lab in ("A", "S") or t.text == ";":
            lines.setdefault(t.line, []).append(i)
    out: set[int] = set()
    for line, idx in lines.items():
        first = next((i for i in idx if labels[i] == "A"), None)
        if first is None:
            continue
        on_line = [i for i in range(first, len(toks)) if toks[i].line == line]
        semis = [i for i in on_line if toks[i].text == ";"]
        if not semis:
            continue
        pieces: list[list[int]] = []
        for i in on_line:
            if toks[i].text == ";":
                pieces.append([])
            elif pieces:
                pieces[-1].append(i)
            else:
                pieces = [[i]]
        pieces = [pc for pc in pieces if pc]
        if all(")" in (toks[pc[-1]].text, toks[pc[-2]].text if len(pc) > 1 else "") for pc in pieces):
            continue   # "A, B (Widget Research, Israel); C (Gizmo U)": each group's affiliation is in its brackets
        commas = [_comma_before_the_affiliation(toks, pc) for pc in pieces]
        names = [" ".join(toks[i].text for i in pc[: c if c >= 0 else len(pc)] if toks[i].text not in ("*", "†", "‡")) for pc, c in zip(pieces, commas)]
        # (an affiliation: a word organisations use, or the same words after two names: no one is a co-author twice)
        after = [" ".join(toks[i].text for i in pc[c + 1 :]) if c >= 0 else "" for pc, c in zip(pieces, commas)]
        seen = Counter(after)
        with_org = sum(1 for pc, c, a in zip(pieces, commas, after) if c >= 0 and (
            seen[a] >= 2 or any(ORGANISATION_WORD_RE.match(toks[i].text) for i in pc[c + 1 :]) or _one_word_place(pc[:c], pc[c + 1 :], toks)))
        if len(pieces) < 2 or not all(all(is_name(n) for n in re.split(r"\s*,\s*", names_of)) for names_of in names) \
                or 2 * with_org < len(pieces):
            continue
        for pc, c in zip(pieces, commas):
            for j, i in enumerate(pc):
                labels[i] = "O" if c >= 0 and j >= c else "S" if toks[i].text == "," else labels[i] if toks[i].text in ("*", "†", "‡") else "A"
                if toks[i].text == "," and not (c >= 0 and j >= c):
                    out.add(i)   # (a comma between two names of one group: no "Last, First" pair)
        for i in semis:
            labels[i] = "S"
        out.update(semis)
    return out


def _et_al_after(toks: list[Token], k: int) -> bool:
    """Whether "et al." (or "et. al.") follows token k inside the same round bracket."""
    words = [t.text.lower() for t in toks[k + 1 : k + 4] if t.bracket == 1 and t.text != "."]
    return words[:2] == ["et", "al"]


def _a_place_in_an_affiliation(toks: list[Token], title_toks: list[Token], k: int) -> bool:
    """A title of one or two words (opening at toks[k]) between commas after an organisation's name in the same piece of a
    byline (back to a semicolon or the line's start), names before it: where that organisation is ("..., Ximalaya Inc.,
    ShangHai, China;")."""
    if len(title_toks) > 2:
        return False
    end = k + len(title_toks)
    if k < 2 or toks[k - 1].text != "," or (end < len(toks) and toks[end].text not in (",", ";") and toks[end].line == toks[k].line):
        return False
    j = k - 1
    while j >= 0 and toks[j].line == toks[k].line and toks[j].text != ";":
        j -= 1
    piece = toks[j + 1 : k]
    return any(ORGANISATION_WORD_RE.match(t.text) for t in piece) and sum(1 for t in piece if t.text == ",") >= 2


def _comma_before_the_affiliation(toks: list[Token], piece: list[int]) -> int:
    """Where in a byline's piece between semicolons its names end: the comma before the first part that names an
    organisation ("A, B, C, Widget University, Czechia" -> the comma after C, as programmes group names by where they
    work), else its first comma (a piece of one name: "Ana Souza, Widget Department"), or -1 with none."""
    commas = [j for j, i in enumerate(piece) if toks[i].text == ","]
    if not commas:
        return -1
    for n, (a, b) in enumerate(zip(commas, commas[1:] + [len(piece)])):
        part = [toks[i].text for i in piece[a + 1 : b] if toks[i].text != "."]
        if any(ORGANISATION_WORD_RE.match(t) for t in part):
            # (a company's suffix after its own comma, "Chen Wei, Widgetco, Inc.": the company opens the affiliation)
            return commas[n - 1] if n and len(part) == 1 and part[0].lower() in _COMPANY_SUFFIXES else a
    return commas[0]


_COMPANY_SUFFIXES = frozenset({"inc", "ltd", "llc", "corp", "co", "gmbh", "plc", "ag", "sa", "bv", "pty"})


def _full_names_around(toks: list[Token], i: int) -> bool:
    """The comma at i stands between two full names that open with given names ("Ana Souza, Ben Park;
    Chen Wei, Dana Levi": groups of names between semicolons), not in a "Last, First" pair."""
    def words(at: int, step: int) -> list[str]:
        out, k = [], at + step
        while 0 <= k < len(toks) and toks[k].line == toks[at].line and toks[k].text[:1].isupper() \
                and toks[k].text.replace("-", "").replace(".", "").isalpha():   # ("Mayol-Park", "H.")
            out.append(toks[k].text)
            k += step
        return out if step > 0 else out[::-1]
    first = person_names()[0]
    before, after = words(i, -1), words(i, 1)
    if all(len(ws) >= 2 and ws[0].lower() in first for ws in (before, after)):
        return True
    # ... or three runs of two or three capitalised words in a row, commas between ("Shogo Iwamura, Yu Inatsuki, Ichiro
    # Takeda; Widgetco"): full names whatever the lexicon knows, as no "Last, First" list reads
    def full(ws: list[str]) -> bool:
        return 2 <= len(ws) <= 3
    k_before, k_after = i - len(before) - 1, i + len(after) + 1
    third = (k_before >= 0 and toks[k_before].text == "," and full(words(k_before, -1))) \
        or (k_after < len(toks) and toks[k_after].text == "," and full(words(k_after, 1)))
    return full(before) and full(after) and third


def _one_word_place(name: list[int], after: list[int], toks: list[Token]) -> bool:
    """One capitalised word no given name after a full name and its comma ("Dana Levi, Google"): the
    name's company or school (a "Last, First" pair has one word before its comma)."""
    word = toks[after[0]].text if len(after) == 1 else ""
    return sum(toks[i].text[:1].isalpha() for i in name) >= 2 and word[:1].isupper() and word.isalpha() \
        and word.lower() not in person_names()[0]


def _affiliation_after_a_semicolon(toks: list[Token], k: int) -> list[int]:
    """The tokens after the semicolon at k, to a closing bracket or the line's end, when they name an
    organisation ("; Widget U)", "; Gizmo Labs"): a word organisations use, or a lone "U"; else []."""
    out = []
    for i in range(k + 1, len(toks)):
        if toks[i].line != toks[k].line or toks[i].text in (")", "]", ";", "("):
            break
        out.append(i)
    words = [toks[i].text for i in out if toks[i].text[:1].isalpha()]
    # (its first part names the organisation: "; Ana Souza, Professor, Widget University" is a name and her place)
    head = [toks[i].text for i in out[: next((j for j, i in enumerate(out) if toks[i].text == ","), len(out))]]
    # (... or opens with an acronym: "; ETH Zurich", "; KAIST")
    acronym = bool(head) and head[0].isalpha() and head[0].isupper() and 2 <= len(head[0]) <= 6
    return out if 1 <= len(words) <= 6 and (acronym or any(ORGANISATION_WORD_RE.match(w) or w in ("U", "Univ") for w in head)) else []


def _without_affiliations_after_names(text: str, names: list[NameSpan]) -> list[NameSpan]:
    """Names without the affiliations of a "Name, Affiliation" per line list ("Yonathan Efroni,
    Technion<br>Gal Dalal, Technion<br>...", "Diana Freed, Cornell Tech<br>..."): what follows a full
    name and a comma right before a line break, when it is a single word twice or more in the list,
    or the same words twice or more (no one is a co-author twice)."""
    where = [k for k in range(1, len(names)) if " " in names[k - 1][0]
             and text[names[k - 1][2] : names[k][1]].strip() == "," and _BREAK_AFTER_RE.match(text, names[k][2])]
    one_word = [k for k in where if " " not in names[k][0]]
    seen = Counter(names[k][0] for k in where)
    drop = {k for k in where if seen[names[k][0]] >= 2} | (set(one_word) if len(one_word) >= 2 else set())
    return [n for k, n in enumerate(names) if k not in drop] if drop else names


_YEAR_TOKEN_RE = re.compile(r"(?:19|20)\d\d[a-z]?")


def _first_author_inverted(toks: list[Token], runs: list[list[Token]]) -> list[list[Token]]:
    """A reference list's first author written "Last, First" and the others "First Last" ("Lindenbaum,
    Ofir, Jay S Stanley, and Guy Wolf"; "Ma, Lin" / "2018. Title."): the two one-word runs that open
    the list, one comma apart, are one name when full names, the year or "et al." follow them."""
    if len(runs) < 2 or len(runs[0]) != 1 or not runs[1] or not runs[1][0].text.isalpha() \
            or not all(INITIAL_RE.match(t.text) for t in runs[1][1:]):
        return runs
    i, j = toks.index(runs[0][0]), toks.index(runs[1][0])
    if j != i + 2 or toks[i + 1].text != "," or not runs[0][0].text[:1].isupper():
        return runs
    # (the list's runs: a run after anything but a comma or "and" is no name of it, "... “Title” PLDI (2031)")
    at = {id(t): k for k, t in enumerate(toks)} if len(runs) > 2 else {}
    listed = 2
    while listed < len(runs) and all(t.text in (",", "and", "&") for t in toks[at[id(runs[listed - 1][-1])] + 1 : at[id(runs[listed][0])]]):
        listed += 1
    if listed > 2:
        if not all(len(r) >= 2 for r in runs[2:listed]):
            return runs
    else:
        k = toks.index(runs[1][-1]) + 1
        while k < len(toks) and not toks[k].text.isalnum():
            k += 1
        et_al = k + 1 < len(toks) and toks[k].text.lower() == "et" and toks[k + 1].text.lower().startswith("al")
        if k >= len(toks) or not (_YEAR_TOKEN_RE.fullmatch(toks[k].text) or et_al):
            return runs   # (a year after the name, or "et al.": "Vaswani, Ashish, et al. “Title.”", a scholar's citation)
    return [runs[0] + [toks[i + 1]] + runs[1], *runs[2:]]


def _phrase_not_a_name(name: str) -> bool:
    """Two or more words, each (or each part of a hyphenated one) an English word, in the singular
    too, none a given name and the last no surname: "Indirect Encodings", "Open-Ended Algorithms"."""
    firsts, lasts = person_names()
    words = name.split()
    parts = [p for w in words for p in w.split("-") if p]
    if len(words) < 2 or not all(p.isalpha() and p.lower() not in firsts for p in parts) or parts[-1].lower() in lasts:
        return False   # (nor one ending in a surname: "Shih Lin", both words in a dictionary)
    english = [is_english_word(p) or (is_english_word(p[:-1]) and p.endswith("s")) for p in parts]
    if all(english):
        return True
    # (or one plural no dictionary knows, when no name lexicon knows any of the words: "Datasets Summarizers", a
    # subtitle's list read backwards as "Surname, Given"; not "Dmitry Lin")
    unknown = [p for p, e in zip(parts, english) if not e]
    return len(unknown) == 1 and unknown[0].endswith("s") and len(unknown[0]) >= 5 and not any(p.lower() in lasts for p in parts)


def _title_list_read_as_names(unit: Unit, title_toks: list[Token], authors: list[NameSpan]) -> list[Token]:
    """The tokens after the title that the segmenter read as names but that go on with its list of
    phrases ("...: Quality Diversity, Indirect Encodings, and Open-Ended Algorithms [[Web](url)]"): every
    "name" two English words or more, right after the title on its line with only commas and "and"
    between; [] otherwise."""
    if not authors or not all(_phrase_not_a_name(a[0]) for a in authors):
        return []
    toks = unit.tokens
    k = toks.index(title_toks[-1]) + 1
    last = authors[-1][2]
    rest = []
    while k < len(toks) and toks[k].start < last:
        t = toks[k]
        if t.line != title_toks[-1].line or not (t.text in (",", "and", "&") or any(s <= t.start < e for _, s, e in authors)):
            return []
        rest.append(t)
        k += 1
    # (the list's last phrase, when the segmenter let it go as no name: "..., Datasets, Error Detectors")
    tail = []
    while k < len(toks) and toks[k].line == title_toks[-1].line and toks[k].link < 0 \
            and (toks[k].text in (",", "and", "&") or (toks[k].text.istitle() and is_english_word(toks[k].text))):
        tail.append(toks[k])
        k += 1
    if k == len(toks) or toks[k].line != title_toks[-1].line:
        rest += tail
    return rest if rest and rest[0].text == "," else []


def _list_tail_read_as_no_names(unit: Unit, labels: list[str], title_toks: list[Token], authors: list[NameSpan]) -> list[Token]:
    """The rest of the title's line after a comma, "&" or "and" that the segmenter read as names but that gave
    none ("A Study of Widgets, Gizmos, & Widget Use": "Widget Use" is no name), Title Case words to the
    line's end with no link: the rest of the title's list; [] otherwise."""
    if authors:
        return []
    toks = unit.tokens
    k = toks.index(title_toks[-1]) + 1
    rest = [i for i in range(k, len(toks)) if toks[i].line == title_toks[-1].line]
    if not rest or toks[rest[0]].text not in (",", "&", "and") or any(labels[i] not in ("A", "S") or toks[i].link >= 0 for i in rest):
        return []
    words = [toks[i].text for i in rest if toks[i].text[:1].isalpha() and toks[i].text != "and"]
    if not words or not all(w[0].isupper() for w in words) or is_name(" ".join(words)) \
            or any(not toks[i].text.isalpha() and toks[i].text not in (",", "&") for i in rest):
        return []
    return [toks[i] for i in rest]


_NAME_WORD_RE = re.compile(r"[^\W\d_][\w'’.\-]*")   # a word of a name, in any case ("wei", "QINGJU", "Souza-Park", "A.")


def _names_of_an_affiliated_byline(toks: list[Token], labels: list[str]) -> list[int]:
    """The tokens of each name in a line of "Name (Affiliation), Name (Affiliation), ...", where most pieces
    open with a name the segmenter took: the words before each piece's bracket are a name too, whatever their
    case ("wei zhao (Widget U)", "QINGJU LIU (Gizmo AI)", "Wee Siong Ng (Widget Institute, A*STAR)"), as people
    type their own names into a submission form. Two to four words that read as a name once title-cased."""
    pieces: list[list[int]] = []   # per piece: its words' indices, when the piece is words and one bracket
    i, n = 0, len(toks)
    while i < n:
        line = toks[i].line
        words: list[int] = []
        j = i
        while j < n and toks[j].line == line and toks[j].text.lower() != "and" \
                and (_NAME_WORD_RE.fullmatch(toks[j].text) or (toks[j].text == "." and words and len(toks[j - 1].text) == 1)):
            words.append(j)
            j += 1
        if words and j < n and toks[j].text == "(" and toks[j].line == line:
            close = next((m for m in range(j + 1, min(j + 20, n)) if toks[m].text in (")", "(") or toks[m].line != line), -1)
            if close > 0 and toks[close].text == ")" and (close + 1 == n or toks[close + 1].line != line or _is_separator(toks[close + 1].text)):
                pieces.append(words)
                i = close + 2 if close + 1 < n and toks[close + 1].line == line else close + 1
                continue
        # (anything else on the line ends the byline's pieces there)
        while i < n and toks[i].line == line:
            i += 1
    out: list[int] = []
    by_line: dict[int, list[list[int]]] = {}
    for words in pieces:
        by_line.setdefault(toks[words[0]].line, []).append(words)
    for line_pieces in by_line.values():
        taken = sum(all(labels[k] == "A" for k in words) for words in line_pieces)
        if taken < 2 or 2 * taken < len(line_pieces):
            continue
        for words in line_pieces:
            name = " ".join(toks[k].text for k in words)
            # (one the segmenter took but that reads as a name only title-cased, "Hoyeol choi", is kept as typed;
            # an acronym after a name written as usual is no part of it: "Ran Zhang HCI")
            mixed = any(w.isupper() and len(w) > 1 for w in name.split()) and any(w[:1].isupper() and w[1:].islower() for w in name.split())
            if (not all(labels[k] == "A" for k in words) or not is_name(name, max_tokens=4)) and 2 <= len(words) <= 4 and not mixed \
                    and is_name(name.title(), max_tokens=4) and not _words_not_a_name(name.title()):
                out.extend(words)
    return out


def _odd_case_names_in_a_list(toks: list[Token], labels: list[str]) -> list[int]:
    """The tokens of names typed all in capitals or all in lower case, as people type their own into a
    submission form, between two names of a list on one line ("Xin Jiang, ZHUO JIANG, Yang You", "Ting-Han
    Fan, alexander rudnicky and Peter Ramadge"): one to three words, title-cased a name, and fewer such
    names on the line than names as usually written (a list, not a shouted phrase)."""
    out: list[int] = []
    i = 0
    while i < len(toks):
        j = i
        while j < len(toks) and toks[j].line == toks[i].line and toks[j].text.isalpha() and not _is_separator(toks[j].text) \
                and (toks[j].text.isupper() or toks[j].text.islower()):
            j += 1
        if j == i:
            i += 1
            continue
        words = [t.text for t in toks[i:j]]
        case = {w.isupper() for w in words}
        # (an affiliation in brackets may follow each name: "Ana Souza (Widget U)*; ben park (Gizmo Labs); Dana Levi (...)")
        before, after = _past_an_affiliation(toks, i - 2, -1), _past_an_affiliation(toks, j, 1)
        # (... or ends the list, its line or its cell: "..., Ben Park (Gizmo Labs); rong jin (Widget U) |"; or opens it, in a
        # table's cell: "| ana souza (Widget U)*; Ben Park (Gizmo Labs); ...")
        last = after >= len(toks) or toks[after].line != toks[i].line or toks[after].cell != toks[i].cell
        first = i == 0 or toks[i - 1].line != toks[i].line or (toks[i].cell >= 0 and toks[i - 1].cell != toks[i].cell)
        named_before = i >= 2 and before >= 0 and _is_separator(toks[i - 1].text) and labels[before] == "A" and toks[before].line == toks[i].line
        named_after = after + 1 < len(toks) and _is_separator(toks[after].text) and labels[after + 1] == "A" and toks[i].line == toks[after + 1].line
        between = (named_before and (named_after or last)) or (first and toks[i].cell >= 0 and named_after)
        if between and len(words) <= 3 and len(case) == 1 and (len(words) > 1 or words[0].isupper()) \
                and is_name(" ".join(words).title()) and not _words_not_a_name(" ".join(words).title()):
            out.extend(range(i, j))
        i = j
    lines: dict[int, int] = {}
    for k in out:
        lines[toks[k].line] = lines.get(toks[k].line, 0) + 1
    usual = {line: sum(1 for t, lab in zip(toks, labels) if t.line == line and lab == "A" and t.text[:1].isupper() and t.text[1:].islower())
             for line in lines}
    # (names, not tokens, on the line: each usual name has one word or more, so tokens bound them from above)
    return [k for k in out if 2 * sum(1 for m in out if toks[m].line == toks[k].line and (m == 0 or m - 1 not in out)) < usual[toks[k].line]]


def _past_an_affiliation(toks: list[Token], k: int, step: int) -> int:
    """From token k, stepping by `step` (1 after a name, -1 back from before a separator), past an affiliation in
    round brackets and a corresponding author's mark ("Ana Souza (Widget U)*; ben park (Gizmo Labs); ..."): the token
    beyond them (k itself when there are none); -1 or len(toks) past the ends."""
    def past_marks(m: int) -> int:
        while 0 <= m < len(toks) and toks[m].text in ("*", "†", "‡"):
            m += step
        return m
    opening, closing = ("(", ")") if step > 0 else (")", "(")
    m = k if step > 0 else past_marks(k)
    if 0 <= m < len(toks) and toks[m].text == opening:
        end = next((n for n in range(m + step, m + step * 30, step) if 0 <= n < len(toks) and toks[n].text in (opening, closing)), -1)
        if end >= 0 and toks[end].text == closing and toks[end].line == toks[k].line:
            m = end + step
    return past_marks(m) if step > 0 else m


def _affiliation_after_a_dash(toks: list[Token], before: list[Token], run: list[Token]) -> bool:
    """A run right after a full name and a spaced dash, up to a separator or the end, that opens with
    no given name: where that person works ("Gil Amir - Widgetco, Hana Mori - Gizmo Labs"; not "Ana
    Souza - Ben Park")."""
    i = toks.index(run[0])
    if i < 2 or toks[i - 1].text not in ("-", "–", "—") or toks[i - 2] is not before[-1] or len(before) < 2 \
            or (len(run) >= 2 and run[0].text.lower() in person_names()[0]):
        return False
    j = toks.index(run[-1]) + 1
    return j == len(toks) or toks[j].text in (",", ";", ")", "]", "|") or toks[j].line != run[-1].line


def _wrapped_name_lines(toks: list[Token], labels: list[str]) -> set[int]:
    """Line 0, and each next line that continues its author list: the line above ends in a name or
    a separator, and this line holds only names and separators (a full stop may end it)."""
    by_line: dict[int, list[str]] = {}
    for t, lab in zip(toks, labels):
        if t.cell < 0 or t.line == 0:
            by_line.setdefault(t.line, []).append(lab if t.text not in (".", ";") else "S")
    keep = {0}
    line = 0
    while line in keep and line + 1 in by_line:
        above, below = by_line[line], by_line[line + 1]
        if above[-1] not in ("A", "S") or below[0] != "A" or any(lab not in ("A", "S") for lab in below):
            break
        line += 1
        keep.add(line)
    return keep


def _wrapped_name(text: str, current: list[Token], tok: Token, next_tok: Token | None) -> bool:
    """Whether `tok`, first on its line, ends the name the line above broke off: the last name above
    is one word or ends with an initial ("Daniel" / "Barath,"; "Edward Y." / "Chang"), with only
    spaces between it and the break, and `tok` alone is the rest of it (a separator or the end follows)."""
    if not current or tok.line != current[-1].line + 1 or text[current[-1].end : tok.start].strip():
        return False
    if len(current) > 1 and not INITIAL_RE.match(current[-1].text):
        return False
    return next_tok is None or next_tok.line != tok.line or next_tok.text in (",", ";", "&", "and", ".")


_YEAR_CLOSE_RE = re.compile(r"[^()\n]{0,40}?\b(?:19|20)\d\d[a-z]?\s*\)")


def _cited_in_a_sentence(text: str, toks: list[Token], run: list[Token], k: int) -> bool:
    """Names in round brackets with a year, in the middle of a sentence below the title's line
    ("Underlying widgets are everywhere (Souza, 1949)."): another work's citation, not a byline. `k`: the index of the
    run's first token."""
    first = run[0]
    if first.bracket == 1 and _after_a_citing_cue(toks, k):
        return True   # "... using normalizing flows (see Souza and Park, 2031).": a work the reader is pointed to
    if first.line == 0 or first.bracket != 1 or not _YEAR_CLOSE_RE.match(text, run[-1].end):
        return False
    before = [t for t in toks if t.line == first.line and t.end <= first.start and t.text[:1].isalpha()]
    return len(before) >= 3


_CITING_CUES = frozenset("see cf cf. e.g. e.g eg i.e. also".split())


def _after_a_citing_cue(toks: list[Token], k: int) -> bool:
    """The bracket the name at token `k` is in opens with "see", "cf.", "e.g." before it: "(see Souza and Park, 2031)",
    "(e.g., the work of Souza)"; the cue is read a few words back at most."""
    for t in reversed(toks[max(0, k - _CITING_CUE_WORDS) : k]):
        if t.bracket != 1 or t.text == "(":
            return False
        if t.text.lower() in _CITING_CUES:
            return True
    return False


_CITING_CUE_WORDS = 6   # tokens between a citing cue and the name it points to: "(e.g., the work of Souza"


def _subject_of_a_sentence(toks: list[Token], run: list[Token]) -> bool:
    """The run's last name is followed on its line by a lower-case word that joins no names ("and",
    "et al.", "und"): a verb or the rest of a sentence ("Souza, Park cant learn ...")."""
    k = toks.index(run[-1]) + 1
    if k >= len(toks) or toks[k].line != run[-1].line:
        return False
    word = toks[k].text
    if toks[k].link >= 0 and _is_link_label(_anchor(toks, toks[k].link)):
        return False   # a link labelled "code" or "pdf" after the names ("<br>*Ana Souza, Ben Park* [code](url)")
    if run[-1].bracket and toks[k].bracket:
        return False   # a place in an affiliation's brackets ("Ana Souza (Ho Chi Minh city University)"): no sentence
    return word.isalpha() and word.islower() and word not in _NAME_JOINERS


# Verbs of what authors did in their paper, after their names open a sentence.
_AUTHORSHIP_VERBS = frozenset("show shows showed propose proposes proposed present presents presented introduce introduces "
                              "introduced describe describes described train trains trained study studies studied demonstrate "
                              "demonstrates demonstrated develop develops developed build builds built".split())


def _authors_open_the_sentence(toks: list[Token], at: dict[int, int], runs: list[list[Token]]) -> bool:
    """The runs (one line's names) open their line, only separators between them, each a person's
    full name, and a verb of authorship follows the last: "Dana Levi and Emil Novak train on ...".
    `at`: each token's index in `toks`, by identity."""
    if not runs:
        return False
    first, last = at[id(runs[0][0])], at[id(runs[-1][-1])]
    if first > 0 and toks[first - 1].line == runs[0][0].line:
        return False
    inside = {id(t) for r in runs for t in r}
    if any(id(t) not in inside and not _is_separator(t.text) for t in toks[first : last + 1]):
        return False
    return last + 1 < len(toks) and toks[last + 1].text in _AUTHORSHIP_VERBS \
        and all(len(r) >= 2 and looks_like_person(" ".join(t.text for t in r)) for r in runs)


# What may follow a name that ends a list of names.
_NAME_ENDS = frozenset((",", ";", ")", ".", "&", "and"))
# A table's column of titles, and one of names, by its header.
_TITLE_COLUMN_RE = re.compile(rf"paper|title|work|publication|{CJK_TITLE_HEADERS}", re.I)
_NAMES_COLUMN_RE = re.compile(rf"author|by|who|speaker|present|people|team|member|name|researcher|{CJK_NAMES_HEADERS}", re.I)
# A venue's acronym glued to its year: "ICPR-2031", "IROS2031".
_VENUE_YEAR_TOKEN_RE = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*-?(?:19|20)\d\d")
# Lower-case words that go between or after names in a byline.
_NAME_JOINERS = PARTICLES | OTHER_ANDS | frozenset("and et i en ja & with".split())
# What ends one name-and-affiliation piece: a line break (in the text or "<br>") or a table cell's bar.
_PIECE_END_RE = re.compile(_BREAK_RE.pattern + r"|[|;]", re.I)
# The small words of an organisation's name: "University of Texas at Austin", "Universidade Técnica de Lisboa".
_ORG_SMALL_WORDS = PARTICLES | frozenset("of at the and for in für e".split())


def _piece_parts(text: str, start: int) -> tuple[list[tuple[int, str]], int]:
    """The comma-separated parts (offset, text) of the piece around `start` (up to a line break or a
    cell's end), and the index of the part `start` is in."""
    lo = max((m.end() for m in _PIECE_END_RE.finditer(text, max(0, start - 300), start)), default=max(0, start - 300))
    end = _PIECE_END_RE.search(text, start)
    hi = end.start() if end else min(len(text), start + 300)
    parts, pos = [], lo
    for part in text[lo:hi].split(","):
        parts.append((pos, part))
        pos += len(part) + 1
    return parts, max(i for i, (at, _) in enumerate(parts) if at <= start)


# A US state's postal code after a city, then the line's next field or its end ("Houston, TX, 03/2031", "San Diego, CA"):
# the words before it are a place (not the codes that also name a degree or a role: MA, MD, PA).
_US_STATE_AFTER_RE = re.compile(r",[ \t]*(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|"
                                r"ND|OH|OK|OR|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)(?=[ \t]*(?:[,;)<\n]|\d|$))")
# What an event was held in, right before a name: "... ECIR 2023, held in Dublin, Ireland, during April 2-6".
_HELD_IN_RE = re.compile(r"\b(?:held|hosted|took\s+place|taking\s+place|located)\s+(?:in|at)\s+(?:[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*,\s*)?$")


def _where_it_was_held(text: str, start: int) -> bool:
    """Whether the name found at `start` names the place an event was held in ("held in Dublin, Ireland"), not a person."""
    return _HELD_IN_RE.search(text, max(0, start - 60), start) is not None


def _in_an_affiliation(text: str, start: int) -> bool:
    """Whether the name found at `start` is (part of) the affiliation after a name: "Ada Lovelace, Carnegie
    Mellon University<br>Alan Turing, University of California, Berkeley". A piece's comma-separated
    part that is an organisation's name alone, an organisation word in it, is an affiliation from there
    on; a one-word part after it is its place ("Berkeley")."""
    parts, k = _piece_parts(text, start)
    org = _first_organisation_part(tuple(part for _, part in parts))
    if org is None or k < org:
        return False
    return k == org or (len(parts[k][1].split()) == 1 and all(len(p.split()) == 1 for _, p in parts[org + 1 : k]))


_SENTENCE_STOP_RE = re.compile(r"(?<![A-Z])\.\s")


@lru_cache(maxsize=1024)
def _first_organisation_part(parts: tuple[str, ...]) -> int | None:
    """The index of a piece's first part that is an organisation's name alone, or None (kept per piece:
    each name of a long byline reads the same piece)."""
    # (a first part is the person's name, unless it opens with an organisation's word: "University of
    # Turku / Universidad de Zaragoza" under a title gives no "Zaragoza")
    # (... and a part up to its sentence's full stop: ", and Rook Vantanen. Open Research Questions ... In Proc." is a name)
    bare = [_SENTENCE_STOP_RE.split(HTML_TAG_RE.sub(" ", part), maxsplit=1)[0].strip() for part in parts]
    return next((i for i, part in enumerate(bare)
                 if (i > 0 or ORGANISATION_WORD_RE.match(part.split()[0] if part else "")) and _organisation_name(part)), None)


def _before_an_affiliation(text: str, start: int) -> bool:
    """Whether the name found at `start` is followed in its piece by an organisation's name alone
    ("Deva Ramanan, University of Gizmos"): a person, whatever words the name is made of."""
    parts, k = _piece_parts(text, start)
    return k + 1 < len(parts) and _organisation_name(parts[k + 1][1])


def _organisation_name(part: str) -> bool:
    """ "Carnegie Mellon University", "Universidade Técnica de Lisboa": capitalised words and the small
    words of a name only, one of them an organisation word."""
    if " / " in part:   # "University of Turku / Universidad de Zaragoza"
        return all(_organisation_name(p) for p in part.split(" / "))
    words = part.split()
    return bool(words) and any(ORGANISATION_WORD_RE.match(w) for word in words for w in word.split("-")) \
        and all(w[:1].isupper() or w in _ORG_SMALL_WORDS or w == "&" for w in words)


def _after_venue_and_dash(toks: list[Token], labels: list[str], k: int) -> bool:
    """The name at k comes after the record's title, its authors, its venue or year and a dash ("Title,
    Smith et al., ACL, 2018 - Ada Lovelace (slides)"): who presented or reviewed it, not an author. (With
    no names before the venue, those after it are the byline: "Title [CHI '23] — Dana Levi".) A year
    stands for the venue the segmenter did not know ("Title, Brown et al., CL, 1992. - Ada Lovelace")."""
    venue = next((j for j in range(k - 1, -1, -1) if (labels[j] == "V" or _YEAR_RE.fullmatch(toks[j].text))
                  and toks[j].line == toks[k].line), None)
    if venue is None or not any(lab == "T" for lab in labels[:venue]) or not any(lab == "A" for lab in labels[:venue]):
        return False
    between = range(venue + 1, k)
    return any(toks[j].text in _DESCRIPTION_DASHES for j in between) and not any(labels[j] == "A" for j in between)


_ACRONYM_WORD_RE = re.compile(r"[A-Z][a-z]{1,3}[A-Z]s?")


_JOINED_PHRASE_RE = re.compile(r"[^\W\d_]-(?:to|of|the|and|vs|for|in|on|by)-[^\W\d_]", re.I)


def _words_not_a_name(name: str) -> bool:
    """A link label ("Web", "Demos") or English words no name lexicon knows ("Variational Inference",
    "Applications"): a title's tail or a label the segmenter took for names."""
    if _is_link_label(name) or re.match(r"[A-Z]{2,}[a-z]", name):
        return True   # ... or a product's name ("XGBoost", "GPUs"): no name opens with two capitals
    if any(_ACRONYM_WORD_RE.fullmatch(w) for w in re.split(r"[\s-]+", name)):
        return True   # "Modality-Aware MoE": an acronym that ends in a capital after small letters ("MoE", "CoT") is no name's word
    if _JOINED_PHRASE_RE.search(name):
        return True   # "Table-to-Text Generation:", "End-to-End": a phrase's words joined by a small word's hyphens (no name's)
    firsts, lasts = person_names()
    words = name.split()
    if len(words) == 1:
        word = words[0]
        return word.isalpha() and is_english_word(word) and word.lower() not in lasts and word.lower() not in firsts
    if len(words) >= 3 and any(w.endswith(".") and INITIAL_RE.match(w) for w in words[1:-1]):
        return False   # "Ashen Q. Mantle": a middle initial between the words is a name's, whatever a dictionary says of them
    if len(words) == 2 and words[0] in ("A", "An", "The") and is_english_word(words[1]) and words[1].lower() not in lasts:
        return True   # "Title: An Overview": an article and a word, a subtitle's ("An Nguyen" has a surname)
    return dictionary_phrase(words)


def _has_cased_letter(word: str) -> bool:
    return any(c.isupper() or c.islower() for c in word)


def names_line(seg: Segment) -> bool:
    """Whether the unit's first line is names only: two name tokens or more, no title word."""
    labels = [lab for t, lab in zip(seg.unit.tokens, seg.labels) if t.line == 0 and t.text[:1].isalnum()]
    return labels.count("A") >= 2 and "T" not in labels and 2 * labels.count("A") >= len(labels)


def line_names(text: str, seg: Segment) -> list[NameSpan]:
    """The names on the unit's first line."""
    return [a for a in _authors(text, seg) if a[1] < next((t.start for t in seg.unit.tokens if t.line >= 1), len(text))]


def _given_name(run: list[Token]) -> bool:
    first = person_names()[0]
    if run and INITIAL_RE.match(run[0].text):
        run = [t for t in run if t.text != "-"]   # "F.-J.": two initials joined by a hyphen
    return 1 <= len(run) <= 2 and all(INITIAL_RE.match(t.text) or t.text.lower() in first for t in run)


def _without_a_venue_after_the_initials(text: str, runs: list[list[Token]]) -> list[list[Token]]:
    """An APA list ("Souza, A., Park, B. & Wei, C. WidgetConf 2031"), two "Surname, I." pairs or more,
    less the word of the venue after its last initials with no separator, that the segmenter read as
    a name: a run of its own ("C. ACM WidgetConf 2031 LBR") or the end of the last initials' run ("C. WidgetRec
    workshop")."""
    givens = runs[1::2]
    if len(runs) < 4 or not all(INITIAL_RE.fullmatch(t.text) for g in givens[:-1] for t in g):
        return runs
    if len(runs) % 2 and all(INITIAL_RE.fullmatch(t.text) for t in runs[-2]) \
            and text[runs[-2][-1].end : runs[-1][0].start].strip() not in (",", "and", "&"):
        return runs[:-1]
    last = runs[-1]
    k = next((i for i, t in enumerate(last) if not INITIAL_RE.fullmatch(t.text)), len(last))
    return runs[:-1] + [last[:k]] if len(runs) % 2 == 0 and 0 < k < len(last) else runs


def _last_first_pairs(text: str, runs: list[list[Token]]) -> list[NameSpan]:
    """A bibliography's "Last, First and Last, First" or "Last, I., Last, I., and Last, I.": the
    segmenter's name runs in pairs of a one-word surname and, after a comma, a given name (known
    first names or initials; with BibTeX's "and" between the pairs, or "et al." after one pair, a
    given name after a known surname), as "First Last" (GOLD_SCHEMA's form); or Chicago's "Last,
    First, B C, and D E", where only the first name is turned round; [] when the runs are not so."""
    lasts = person_names()[1]
    runs = _without_a_venue_after_the_initials(text, runs)
    # (a given name no lexicon knows is vouched for by the list's Chicago "..., and D E" ending)
    and_last = len(runs) >= 3 and text[runs[-2][-1].end : runs[-1][0].start].strip(" ,").lower() == "and" \
        and 2 * sum(_given_name(r[:1]) for r in runs[2:]) >= len(runs) - 2   # (the others' names mostly open with known given names)
    if len(runs) >= 3 and len(runs[0]) == 1 and (_given_name(runs[1]) or (len(runs[1]) == 1 and runs[1][0].text[:1].isupper()
                                                                      and (runs[0][0].text.lower() in lasts or and_last))) \
            and text[runs[0][0].end : runs[1][0].start].strip() == "," \
            and all(len(r) >= 2 for r in runs[2:]) and runs[0][0].text[:1].isupper() and not INITIAL_RE.match(runs[0][0].text):
        # Chicago's "Souza, Ana, Ben Park, and Chen Wei": the first author's name is turned round, the others' not.
        first = (f"{_name_text(text, runs[1])} {runs[0][0].text}", runs[0][0].start, runs[1][-1].end)
        return [first] + [(_name_text(text, r), r[0].start, r[-1].end) for r in runs[2:]]
    if len(runs) < 2 or len(runs) % 2:
        return []
    # (without a comma the segmenter took along: "Maltry, Marcel, et al.")
    pairs = [(last, given[:-1] if len(given) > 1 and given[-1].text == "," else given) for last, given in zip(runs[::2], runs[1::2])]
    # BibTeX's "Last, First and Last, First": "and" between the pairs vouches for given names no lexicon knows.
    bibtex = len(pairs) >= 2 and all(text[given[-1].end : last[0].start].strip().lower() == "and"
                                     for (_, given), (last, _) in pairwise(pairs))
    known = sum(1 for last, given in pairs if _given_name(given) or last[0].text.lower() in lasts)
    out: list[NameSpan] = []
    for last, given in pairs:
        # (a surname of two words before initials: "Mysore Sathyendra, K.")
        two_word = len(last) == 2 and last[1].text[:1].isupper() and last[1].text.isalpha() \
            and all(INITIAL_RE.match(t.text) or t.text == "-" for t in given)
        if not (len(last) == 1 or two_word) or INITIAL_RE.match(last[0].text) or not last[0].text[:1].isupper() \
                or text[last[-1].end : given[0].start].strip() != ",":
            return []
        single = len(pairs) == 1 and len(given) == 1 and bool(re.match(r",?\s*et\.?\s+al\b", text[given[-1].end :]))   # "Guo, Wenbo(,) et al.", not "Zhang, Lovelace"
        # 'Brindlecombe, Zarvela. "Title." In ...': a reference's one author, before its quoted title
        # (or its year between: "Tao, Yunzhe\n2031.“**Title**.”")
        reference = len(pairs) == 1 and len(given) == 1 and bool(re.match(r'(?:\s*\(?(?:19|20)\d\d[a-z]?\)?)?\.\s*["“]', text[given[-1].end :]))
        if not _given_name(given) and not ((((bibtex or single) and 2 * known >= len(pairs)) or reference) and len(given) <= 3
                                           and all(t.text[:1].isupper() for t in given)):
            return []
        out.append((f"{_name_text(text, given)} {_name_text(text, last)}", last[0].start, given[-1].end))
    return out


_JOINERS = frozenset({"by", "for", "with", "and", "of", "via", "from", "on", "in", "to", "the", "a"})
# The title's small words a name never follows without a separator: its prepositions ("at", "of", "towards", ...).
_PREPOSITIONS = TITLE_SMALL_WORDS - frozenset("a an the and or but nor by with vs than".split())


def dictionary_phrase(words: list[str]) -> bool:
    """Two or more capitalised words, each an English word and none a first name or a surname of the
    name lexicon: "Enforcing Monotonic Alignments" is not a person, "Grace Hopper" may be. A
    one-letter word is left out: an article ("A Critical Review") or an initial says nothing either way.
    Words the dictionary has only capitalised, each of them, are a name's ("Kazuhiro Hotta"): web2 lists
    given names and surnames the lexicons lack (in the catalogue's titles 15 of 500,638 such phrases
    are all of them: "Brazilian Portuguese")."""
    firsts, lasts = person_names()
    alpha = [w for w in words if w.isalpha() and len(w) > 1]
    return len(alpha) >= 2 and all(is_english_word(w) and w.lower() not in firsts and w.lower() not in lasts for w in alpha) \
        and not all(w.lower() in proper_nouns() for w in alpha)


def _mostly_dictionary(words: list[str]) -> bool:
    """Three or more words, two thirds of them English words, none a first name: a phrase, not a name
    list (technical words such as "Pretraining" are missing from any dictionary)."""
    first = person_names()[0]
    alpha = [w for w in words if w.isalpha()]
    return len(alpha) >= 3 and 3 * sum(map(is_english_word, alpha)) >= 2 * len(alpha) and not any(w.lower() in first for w in alpha)


ROW_TITLE_PROBABILITY = 0.3   # a row's Title Case cell beside a cell of names, read again: a low title score


def _table_row_read_again(seg: Segment) -> Segment:
    """A table row in which the segmenter found no title (a table without a header row, as an HTML
    table without <th> becomes): when one cell reads as names and an earlier cell is Title Case words
    with no name among them, those are the authors and the title, for the judge to weigh."""
    unit, labels = seg.unit, seg.labels
    if unit.kind != "row" or "T" in labels:
        return seg
    cells: dict[int, list[int]] = {}
    for i, t in enumerate(unit.tokens):
        cells.setdefault(t.cell, []).append(i)
    names = next((c for c, ix in cells.items() if _tokens_read_as_names([unit.tokens[i] for i in ix])), None)
    if names is None:
        return seg
    title = next((c for c, ix in sorted(cells.items()) if c < names and not any(labels[i] in ("A", "S") for i in ix)
                  and sum(unit.tokens[i].text[:1].isalpha() for i in ix) >= 2
                  and caps_ratio(" ".join(unit.tokens[i].text for i in ix)) >= 0.6), None)
    if title is None:
        return seg
    fixed, p_title = list(labels), list(seg.p_title) if seg.p_title else [0.0] * len(labels)
    for i in cells[title]:
        fixed[i], p_title[i] = "T", max(p_title[i], ROW_TITLE_PROBABILITY)
    _label_as_names(fixed, unit.tokens, cells[names])
    return replace(seg, labels=fixed, p_title=p_title)


def _stacked_names_read_again(seg: Segment) -> Segment:
    """"[Title](url)" over "Ana Souza (Widgetco)" / "Ben Park (Gizmo Labs)" / ...: two continuation
    lines or more that each hold one name (its affiliation in brackets after it) are the authors,
    whatever the segmenter made of them; what the brackets hold is not a name."""
    toks = seg.unit.tokens
    lines: dict[int, list[int]] = {}
    for k, t in enumerate(toks):
        if t.line > 0:
            lines.setdefault(t.line, []).append(k)
    named = []
    for ks in lines.values():
        outside = _outside_brackets(toks, ks)
        if outside and outside == ks[: len(outside)] and 2 <= len(outside) <= 5 and is_name(_joined([toks[k] for k in outside])):
            named.append((outside, ks))
    if len(named) < 2 or all(all(seg.labels[k] == "A" for k in outside) for outside, _ in named):
        return seg
    labels = list(seg.labels)
    for outside, ks in named:
        for k in ks:
            labels[k] = "A" if k in outside else "O"
    return replace(seg, labels=labels)


def _words_over_a_byline(seg: Segment) -> Segment:
    """"Collegial Ensembles" / "Ana Souza, Ben Park, Chen Wei": a short first line the segmenter read as a
    name, over a byline of names, half of whose words or more are English words and none a given name
    a lexicon knows, is the title of the names below it."""
    toks = seg.unit.tokens
    head = [k for k, t in enumerate(toks) if t.line == 0]
    if not 2 <= len(head) <= 4 or any(seg.labels[k] != "A" for k in head) \
            or sum(1 for t, lab in zip(toks, seg.labels) if t.line == 1 and lab == "S") < 1 \
            or sum(1 for t, lab in zip(toks, seg.labels) if t.line == 1 and lab == "A") < 4:
        return seg
    firsts = person_names()[0]
    if not all(toks[k].text.isalpha() and toks[k].text.lower() not in firsts for k in head) \
            or 2 * sum(1 for k in head if is_english_word(toks[k].text)) < len(head):
        return seg
    labels, p_title = list(seg.labels), list(_title_probabilities(seg))
    for k in head:
        labels[k], p_title[k] = "T", DASH_TITLE_CONFIDENCE
    return replace(seg, labels=labels, p_title=p_title)


_CITING_ANCHOR_RE = re.compile(r"[A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+)?(?:\s+et\.?\s+al\.?)?(?:,?\s*\(?(?:19|20)\d\d\)?)?")


def _cites_by_names(anchor: str) -> bool:
    """A link's anchor that cites a work by its authors: "Souza et al.", "Souza and Park", "Souza (2031)", "Ana Souza"."""
    anchor = anchor.strip(" *_[]")
    return (_CITING_ANCHOR_RE.fullmatch(anchor) is not None and (" et" in anchor or " and " in anchor or " & " in anchor
                                                                 or _YEAR_RE.search(anchor) is not None)) or reads_as_names(anchor)


def _title_tail_over_a_byline(seg: Segment) -> Segment:
    """"Title of Unsupervised Dialogue Embeddings" / "Che Liu, Rui Wang and Fei Huang": the title line's last words
    the segmenter read as the first name of the byline on the next line (one to three words after title words, no
    separator between them, the first no given name a lexicon knows) are the title's."""
    toks, labels = seg.unit.tokens, seg.labels
    line0 = [k for k, t in enumerate(toks) if t.line == 0]
    if not line0 or line0[-1] + 1 >= len(toks) or toks[line0[-1] + 1].line != 1 or labels[line0[-1] + 1] != "A":
        return seg
    tail = list(takewhile(lambda k: labels[k] == "A", reversed(line0)))[::-1]
    if not 1 <= len(tail) <= 3 or tail[0] == line0[0] or labels[tail[0] - 1] != "T" \
            or not all(toks[k].text[:1].isalpha() for k in tail) or toks[tail[0]].text.lower() in person_names()[0]:
        return seg
    new, p_title = list(labels), list(_title_probabilities(seg))
    for k in tail:
        new[k], p_title[k] = "T", p_title[tail[0] - 1]
    return replace(seg, labels=new, p_title=p_title)


# A reference's year, perhaps lettered as its author's second work that year ("2031a"). (Named apart from _YEAR_RE below,
# which had shadowed it module-wide: these two rules read "(2031a)." as no year.)
_LETTERED_YEAR_RE = re.compile(r"(?:19|20)\d\d[a-z]?")


def _month_after_the_year(seg: Segment) -> Segment:
    """"Souza, A. and Park, B., 2031, May. Title. In ...": the month after a reference's year is its date, not the
    title's first word (the segmenter, which reads "2031." before the title, takes "May." for title words)."""
    toks, labels = seg.unit.tokens, seg.labels
    new: list[str] | None = None
    p_title: list[float] = []
    for k in range(len(toks) - 3):
        if labels[k] != "V" or not _LETTERED_YEAR_RE.fullmatch(toks[k].text) or toks[k + 1].text != "," \
                or toks[k + 2].text.lower().rstrip(".") not in MONTHS or toks[k + 2].line != toks[k].line:
            continue
        end = k + 3 + (toks[k + 3].text == ".")
        if any(lab == "V" for lab in labels[k + 1 : end]) or not any(lab == "T" for lab in labels[end:]):
            continue
        if new is None:
            new, p_title = list(labels), list(_title_probabilities(seg))
        for i in range(k + 1, end):
            new[i], p_title[i] = "O", 0.0
    return seg if new is None else replace(seg, labels=new, p_title=p_title)


def _title_between_names_and_venue(seg: Segment) -> Segment:
    """"[14] A. Souza, B. Park. Sparse widget kernels. ICML 2031." (or with commas: "A. Souza, B. Park, Sparse widget
    kernels, ICML 2031."): a reference whose sentence-case title, between its names and its venue and year, the
    segmenter read as neither; it is the title. Only a line with no title read at all, names first (initials and
    surnames), and a venue or year right after the title's stop or comma."""
    toks, labels, conf = seg.unit.tokens, seg.labels, seg.confidence
    line0 = [i for i, t in enumerate(toks) if t.line == 0]
    if any(labels[i] == "T" for i in line0):
        return seg
    k = next((i for i in line0 if labels[i] == "A"), -1)
    if k < 0 or any(toks[i].text[:1].isalnum() and not toks[i].text.isdigit() for i in line0 if i < k):
        return seg   # (only a reference's key or number before the names)
    j = k
    while j in line0 and (labels[j] in ("A", "S")) and not (labels[j] == "A" and conf[j] < 0.6 and j > 0 and toks[j - 1].text == ","
                                                           and toks[j].text[1:].islower() and is_english_word(toks[j].text.lower())):
        j += 1
    if j - k < 2 or j not in line0:
        return seg
    if toks[j].text == "." and labels[j] == "O":
        sep, start = ".", j + 1
    elif toks[j - 1].text == ",":
        sep, start = ",", j
    else:
        return seg
    end = next((i for i in line0 if i > start and toks[i].text == sep), -1)
    if end < 0 or end - start < 3 or end + 1 not in line0 or labels[end + 1] != "V" \
            or any(labels[i] not in ("O",) for i in range(start + 1, end)) or labels[start] not in ("O", "A"):
        return seg
    fixed, p_title = list(labels), list(_title_probabilities(seg))
    for i in range(start, end):
        fixed[i], p_title[i] = "T", max(p_title[i], REFERENCE_TITLE_CONFIDENCE)
    return replace(seg, labels=fixed, p_title=p_title)


REFERENCE_TITLE_CONFIDENCE = 0.8   # the words a reference's names and its venue and year enclose: its title, by its shape


def _et_al_before_the_title(seg: Segment) -> Segment:
    """"[Souza et al., 2031](url): *Title*": the surname before "et al." that opens the title's line is
    its first author's, whatever the segmenter made of it (a citation's name, not the title's words)."""
    toks, labels = seg.unit.tokens, seg.labels
    first_t = next((k for k, lab in enumerate(labels) if lab == "T"), -1)
    if first_t < 3 or toks[first_t].line != 0:
        return seg
    for k in range(first_t - 2):
        if toks[k].line == 0 and toks[k + 1].text == "et" and toks[k + 2].text in ("al", "al.") and labels[k] != "A" \
                and toks[k].text[:1].isupper() and toks[k].text.isalpha() and not any(t.text[:1].isalnum() for t in toks[:k]):
            new = list(labels)
            new[k] = "A"
            return replace(seg, labels=new)
    return seg


def _outside_brackets(toks: list[Token], indices: list[int]) -> list[int]:
    """Of the tokens at `indices`, those outside round brackets, the brackets too ("Wen Li (Widgetco)")."""
    return [k for k in indices if toks[k].bracket != 1 and toks[k].text not in ("(", ")")]


def cue_end(toks: list[Token], i: int) -> int | None:
    """Where the names start after an author cue at toks[i] and its colon, on the cue's line
    ("Authors: A, B", "Author(Institute): A(Google)", "Author(s): A"), or None."""
    if toks[i].text.lower() not in AUTHOR_CUE_WORDS:
        return None
    k = i + 1
    if k + 2 < len(toks) and toks[k].text == "(" and toks[k].line == toks[i].line:
        close = next((j for j in range(k + 1, min(k + 5, len(toks))) if toks[j].text == ")"), None)
        if close is None:
            return None
        k = close + 1
    if k + 1 < len(toks) and toks[k].text in (":", "：") and toks[k + 1].line == toks[i].line:
        return k + 1
    return None


def _cued_names_read_again(text: str, seg: Segment) -> Segment:
    """"Authors: Ingrid Larsen" on a continuation line whose names the segmenter doubted: after an
    author cue and its colon, a line's words that read as names (lexicon-backed) are authors. What
    a name has in brackets after it is its affiliation ("Author(Institute): Wen Li(Widgetco)")."""
    toks, labels = seg.unit.tokens, seg.labels
    fixed: list[str] | None = None
    for i in range(len(toks) - 2):
        t = toks[i]
        start = cue_end(toks, i)
        if t.line == 0 or start is None or (i and toks[i - 1].line == t.line):
            continue
        line = [k for k in range(start, len(toks)) if toks[k].line == t.line]
        rest = _outside_brackets(toks, line)
        if rest and any(labels[k] != "A" for k in rest) and _cued_names(_joined_at_gaps(text, [toks[k] for k in rest])):
            fixed = fixed or list(labels)
            _label_as_names(fixed, toks, rest)
            for k in set(line) - set(rest):
                fixed[k] = "O"
    return seg if fixed is None else replace(seg, labels=fixed)


_TALK_LINE_RE = re.compile(r"^\W*(?:keynote|invited|tutorial|panel|workshop|course)s?\b", re.I)


def _cell_byline_read_again(text: str, seg: Segment) -> Segment:
    """"| [Title](…)<br>*A, B* |": the words after a line break inside a table cell, to the cell's end,
    are the title's names when they read as names, whatever the segmenter made of them."""
    toks = seg.unit.tokens
    fixed: list[str] | None = None
    for i in range(1, len(toks)):
        if toks[i].cell < 0 or toks[i].cell != toks[i - 1].cell or not _BREAK_RE.search(text, toks[i - 1].end, toks[i].start):
            continue
        rest = [k for k in range(i, len(toks)) if toks[k].cell == toks[i].cell and toks[k].line == toks[i].line]
        # (to the next break in the cell: "**Title**<br>A, B<br>[Paper](…)"; and names in form after an emphasised
        # title, two thirds of them names the lexicons know)
        cut = next((n for n, k in enumerate(rest) if n and _BREAK_RE.search(text, toks[k - 1].end, toks[k].start)), len(rest))
        rest = rest[:cut]
        words = [toks[k] for k in rest]
        if any(seg.labels[k] not in ("A", "S") for k in rest) \
                and (_tokens_read_as_names(words) or (_emphasised(toks[i - 1]) and _mostly_full_names(_joined(words)))):
            fixed = fixed or list(seg.labels)
            _label_as_names(fixed, toks, rest)
    return seg if fixed is None else replace(seg, labels=fixed)


def _under_a_title(seg: Segment) -> bool:
    """Whether the unit's second line sits under a title: the unit is a heading, or its first line holds title words."""
    return seg.unit.kind == "heading" or any(lab == "T" for t, lab in zip(seg.unit.tokens, seg.labels) if t.line == 0)


def _plain_byline_under_an_emphasised_title(seg: Segment) -> Segment:
    """"> **Title**" over "> Ana Souza and Ben Park" (one line to the segmenter when the report is hard-wrapped): a title
    set in bold or italics, then plain words up to a link or the line's end that have the form of names, which the
    segmenter read on as the title's: the title ends with its emphasis, the names are its byline."""
    toks, labels = seg.unit.tokens, seg.labels
    if (run := _opening_emphasis(toks)) is None:
        return seg
    i, j = run
    end = j   # (the plain words to a link, an emphasis or the line's end)
    while end < len(toks) and toks[end].line == toks[j].line and toks[end].link < 0 and not _emphasised(toks[end]):
        end += 1
    if j - i < 2 or end - j < 2 or labels[j - 1] != "T" or labels[j] != "T":
        return seg
    names = _joined(toks[j:end])
    if not has_the_form_of_names(names) or any(_words_not_a_name(n) for n in split_author_list(names) or []):
        return seg   # (names in capitals or lower case are left to the rules for them; "** With Sparse Gizmo Maps, A, B" is the title's rest)
    fixed, p_title = list(labels), _title_probabilities(seg)
    _label_as_names(fixed, toks, range(j, end))
    for k in range(j, end):
        p_title[k] = 0.0
    return replace(seg, labels=fixed, p_title=p_title)


def _emphasised_byline(seg: Segment) -> Segment:
    """"### Title" over "*Thijs van Ommen*" or "*Ana Marí Souza, Johan du Preez, Ben Park*": a second
    line set in italics or bold as a whole that has the form of names (given names no lexicon knows
    included) is the byline, whatever the segmenter made of it (a name or two it read, the rest not)."""
    toks, labels = seg.unit.tokens, seg.labels
    line1 = [k for k, t in enumerate(toks) if t.line == 1]
    # (the names in italics, then a dash and where the paper appeared: "*Dana Levi* — WCLR 2031")
    dash = next((i for i, k in enumerate(line1) if toks[k].text in _DASHES and not _emphasised(toks[k])), None)
    if dash is not None and dash >= 2 and len(line1) - dash <= 5:
        line1 = line1[:dash]
    words = [k for k in line1 if toks[k].text[:1].isalnum()]
    if not words or not all(_emphasised(toks[k]) for k in words) or all(labels[k] in ("A", "S") for k in line1):
        return seg
    if not _under_a_title(seg):
        return seg
    part = [toks[k] for k in line1]
    if not has_the_form_of_names(_joined(part), 1) or _any_group_is_words(_name_groups(part)):
        return seg
    fixed = list(labels)
    _label_as_names(fixed, toks, line1)
    return replace(seg, labels=fixed)


def _emphasised_byline_after_the_title(seg: Segment) -> Segment:
    """"- Title of the Paper*Ana Souza, Ben Park and chen wei*": the title's line ends in a run set in italics or bold,
    after three words or more that are not, with the form of names: that run is the byline, though the segmenter read
    the whole line as the title (a name typed in lower case among them, as into a submission form)."""
    toks, labels = seg.unit.tokens, seg.labels
    line0 = [k for k, t in enumerate(toks) if t.line == 0]
    if len(line0) < 6 or not _emphasised(toks[line0[-1]]):
        return seg
    start = len(line0) - 1
    while start > 0 and _emphasised(toks[line0[start - 1]]):
        start -= 1
    run = line0[start:]
    if sum(toks[k].text[:1].isalnum() for k in line0[:start]) < 3 or all(labels[k] in ("A", "S") for k in run):
        return seg
    part = [toks[k] for k in run]
    # (two names or more, or one a lexicon knows: not the title's own emphasised words, "... for **Widget Classification**")
    if not (has_the_form_of_names(_joined(part), 2, any_case=True) or reads_as_names(_joined(part))) \
            or _any_group_is_words(_name_groups(part)):
        return seg
    fixed = list(labels)
    _label_as_names(fixed, toks, run)
    return replace(seg, labels=fixed)


def _emphasised_words_read_as_names(seg: Segment) -> Segment:
    """"- 2031 best system paper, **Autonomously Untangling Long Gizmos**, [arXiv](…)": a unit with no title whose
    one run read as names is set in bold or italics as a whole, of two words or more, most of them dictionary
    words no lexicon of names holds: that run is the title (a short title in title case reads like names)."""
    toks, labels = seg.unit.tokens, seg.labels
    if "T" in labels:
        return seg
    named = [k for k, lab in enumerate(labels) if lab in ("A", "S")]
    if not named or named[-1] - named[0] + 1 != len(named) or any(labels[k] == "S" for k in named):
        return seg
    run = [toks[k] for k in named]
    first, last = named[0], named[-1]
    if len(run) < 2 or not all(_emphasised(t) for t in run) or (first > 0 and _emphasised(toks[first - 1])) \
            or (last + 1 < len(toks) and _emphasised(toks[last + 1])):
        return seg   # (the emphasis holds the run and nothing more)
    given, surnames = person_names()
    plain = sum(1 for t in run if t.text.isalpha() and is_english_word(t.text)
                and t.text.lower() not in given and t.text.lower() not in surnames)
    if 2 * plain < len(run):
        return seg
    fixed, p_title = list(labels), _title_probabilities(seg)
    for k in named:
        fixed[k], p_title[k] = "T", max(p_title[k], ROW_TITLE_PROBABILITY)   # (a low score: the judge weighs the rest)
    return replace(seg, labels=fixed, p_title=p_title)


def _first_name_after_a_dash_read_into_the_title(seg: Segment) -> Segment:
    """"Title (arXiv:2601.00001) — ANA SOUZA/T, Ben/A Park/A": the title's run went on over a spaced dash and the
    byline's first name (in capitals, which the segmenter doubts) up to the separator before the names it took."""
    toks, labels = seg.unit.tokens, seg.labels
    for i in range(2, len(toks) - 2):
        if labels[i] != "S" or labels[i + 1] != "A" or labels[i - 1] != "T" or toks[i].text not in (",", ";"):
            continue
        dash = next((k for k in range(i - 1, max(i - 5, 0), -1) if toks[k].text in ("—", "–", "-") and labels[k] == "T"), -1)
        if dash < 1 or labels[dash - 1] != "T" or not 2 <= i - dash - 1 <= 4 or toks[dash].line != toks[i].line:
            return seg
        words = " ".join(t.text for t in toks[dash + 1 : i])
        if not is_name(words.title() if words.isupper() else words):
            return seg
        fixed = list(labels)
        fixed[dash] = "O"
        for k in range(dash + 1, i):
            fixed[k] = "A"
        return replace(seg, labels=fixed)
    return seg


def _given_name_in_capitals_after_a_marked_title(seg: Segment) -> Segment:
    """"**Title** MAO/T YAN/A CHEN/A, Siheng Li": the title's run went on past its bold or italics over the first
    words of a name in capitals (which the segmenter doubts) up to the rest of that name, which it took."""
    toks, labels = seg.unit.tokens, seg.labels
    for b in range(3, len(toks) - 1):
        t = toks[b]
        if labels[b] != "T" or _emphasised(t) or not _emphasised(toks[b - 1]) or labels[b - 1] != "T" or t.line != toks[b - 1].line:
            continue
        k = b
        while k < len(toks) and k - b < 3 and labels[k] == "T" and toks[k].text.isupper() and toks[k].text.isalpha() \
                and len(toks[k].text) > 1 and not _emphasised(toks[k]) and toks[k].line == t.line:
            k += 1
        if k == b or k >= len(toks) or labels[k] != "A" or toks[k].line != t.line:
            continue
        end = k
        while end < len(toks) and labels[end] == "A" and toks[end].line == t.line:
            end += 1
        words = " ".join(x.text for x in toks[b:end])
        if not is_name(words.title() if words.isupper() else words):
            continue
        fixed = list(labels)
        for i in range(b, k):
            fixed[i] = "A"
        return replace(seg, labels=fixed)
    return seg


def _emphasised_title_read_as_the_last_name(seg: Segment) -> Segment:
    """"- Ana Souza, Ben Park, and Chen Wei, *Widget-RRT*, WCLR 2031.": a unit with no title whose names end in a run set
    in italics or bold apart from them, a separator before it and a venue or the line's end after it: the run is the
    title (one or two words the segmenter read as one more name)."""
    toks, labels = seg.unit.tokens, seg.labels
    if "T" in labels:
        return seg
    line = [k for k, t in enumerate(toks) if t.line == 0]
    marked = [k for k in line if _emphasised(toks[k])]
    if not marked or marked[-1] - marked[0] + 1 != len(marked) or len(marked) > 8 or any(labels[k] != "A" for k in marked):
        return seg
    first, last = marked[0], marked[-1]
    before = [k for k in line if k < first - 1]
    if first < 3 or toks[first - 1].text != "," or sum(labels[k] == "A" for k in before) < 2 or labels[first - 2] != "A":
        return seg
    if last + 1 < len(toks) and toks[last + 1].line == 0 and not (toks[last + 1].text in (",", ".") and (
            last + 2 >= len(toks) or labels[last + 2] == "V" or toks[last + 2].line != 0)):
        return seg
    fixed, p_title = list(labels), _title_probabilities(seg)
    for k in marked:
        fixed[k], p_title[k] = "T", max(p_title[k], ROW_TITLE_PROBABILITY)
    return replace(seg, labels=fixed, p_title=p_title)


# The words a byline set in capitals keeps in lower case: "ANA SOUZA and BEN PARK", "BEN PARK et. al.".
CAPITALS_BYLINE_JOINERS = frozenset({"and", "&", "et", "et.", "al", "al."})


def _names_in_capitals_under_a_title(seg: Segment) -> Segment:
    """"### Title" over "DANA LEVI and EMIL NOVAK (Widget University)": a line below a title whose words outside
    brackets are all in capitals and, written in title case, read as names (as proceedings set bylines), is
    the byline; the segmenter, which leans on case, doubts names in capitals when "and" or an affiliation joins them."""
    toks, labels = seg.unit.tokens, seg.labels
    line1 = [k for k, t in enumerate(toks) if t.line == 1]
    if "(" in (words := [toks[k].text for k in line1]):
        line1 = line1[: words.index("(")]   # (the affiliation in brackets after the names)
    alpha = [toks[k].text for k in line1 if toks[k].text[:1].isalpha()]
    # (the words that join names or end their list stay as they are: "ANA SOUZA and BEN PARK", "ANA SOUZA et. al.")
    if len(alpha) < 2 or not all(w.isupper() and len(w) > 1 for w in alpha if w.lower() not in CAPITALS_BYLINE_JOINERS) \
            or all(labels[k] in ("A", "S") for k in line1):
        return seg
    if not _under_a_title(seg):
        return seg
    if not reads_as_names(" ".join(w.title() if w.isupper() else w for w in (toks[k].text for k in line1))):
        return seg
    fixed = list(labels)
    _label_as_names(fixed, toks, line1)
    return replace(seg, labels=fixed)


def _byline_read_again(seg: Segment) -> Segment:
    """"### Title" over "*Dana Levi*", a title line over "Jon Snow" or "Gus Moreno. Another one.": the
    line below a title (or its first sentence) that reads as names (lexicon-backed) as a whole is its
    byline, when the segmenter took none of its words for a name (a single name is what it doubts most)."""
    toks, labels = seg.unit.tokens, seg.labels
    line1 = [k for k, t in enumerate(toks) if t.line == 1]
    stop = next((i for i, k in enumerate(line1) if toks[k].text == "." and i >= 2), None)
    if stop is not None and stop + 1 < len(line1) and toks[line1[stop + 1]].text[:1].isupper():
        line1 = line1[:stop]   # its first sentence: "Gus Moreno. Another one."
    if not line1 or any(labels[k] == "A" for k in line1):
        return seg
    if _TALK_LINE_RE.match(" ".join(t.text for t in toks if t.line == 0)):
        return seg   # "Keynote Talk 1: ..." over its speaker: a person, not an author
    if not _under_a_title(seg) or not (_tokens_read_as_names([toks[k] for k in line1]) or _linked_names([toks[k] for k in line1])):
        return seg
    fixed = list(labels)
    _label_as_names(fixed, toks, line1)
    return replace(seg, labels=fixed)


def _opening_emphasis(toks: list[Token]) -> tuple[int, int] | None:
    """The bold or italic run, no link in it, that opens the first line (past punctuation such as a
    list's "1."): its first token and the one after it, or None."""
    n = len(toks)
    i = 0
    while i < n and toks[i].line == 0 and not toks[i].text[:1].isalnum():
        i += 1
    if i >= n or toks[i].line != 0 or not _emphasised(toks[i]) or toks[i].link >= 0:
        return None
    mark = (toks[i].strong, toks[i].em)
    j = i
    while j < n and toks[j].line == 0 and (toks[j].strong, toks[j].em) == mark and toks[j].link < 0:
        j += 1
    return i, j


def _names_after_an_emphasised_title(seg: Segment) -> Segment:
    """"**Title** by *Ada Lovelace*, Alan Turing, ...": a title set in bold or italics that the
    segmenter ran on into "by" and the first name (it read the later names). The title ends where its
    emphasis does; the words after "by", up to the first separator, are a name when they have the
    form of one and names follow them (or an emphasis of their own sets them off), or when they open
    with a known given name and a full stop ends them."""
    toks, labels = seg.unit.tokens, seg.labels
    n = len(toks)
    if (run := _opening_emphasis(toks)) is None:
        return seg
    i, j = run
    if j >= n or j - i < 2 or toks[j].line != 0 or toks[j].text.lower() != "by" or _emphasised(toks[j]) or labels[j] == "A":
        return seg
    k = end = j + 1
    while end < n and toks[end].line == 0 and not _is_separator(toks[end].text):
        end += 1
    stop = k   # ... or one name, lexicon-backed, that a full stop ends ("**Title** by Dana Levi. Ranking gizmos.")
    while stop < n and toks[stop].line == 0 and toks[stop].text.isalpha() and toks[stop].text[:1].isupper():
        stop += 1
    one_name = " ".join(t.text for t in toks[k:stop])
    stopped = 2 <= stop - k <= 4 and stop < n and toks[stop].text == "." and toks[stop].line == 0 and is_name(one_name) \
        and opens_with_given_name(one_name) and not any(labels[x] in ("A", "S") for x in range(k, stop))
    listed = 2 <= end - k <= 5 and not any(labels[x] in ("A", "S") for x in range(k, end)) and is_name(" ".join(t.text for t in toks[k:end])) \
        and (any(labels[x] == "A" for x in range(end, n) if toks[x].line == 0) or all(_emphasised(t) for t in toks[k:end]))
    if stopped:
        end = stop
    elif not listed:
        return seg
    fixed = list(labels)
    p_title = _title_probabilities(seg)
    fixed[j], p_title[j] = "O", 0.0
    for x in range(k, end):
        fixed[x], p_title[x] = "A", 0.0
    return replace(seg, labels=fixed, p_title=p_title)


def _byline_in_an_emphasis_of_its_own(seg: Segment) -> Segment:
    """"**Title** *Ana Souza, Ben Park*" on one line: a bold run opens it and an italic one follows it right
    away (or the other way round), and the second reads as names, one or more: the first is the title,
    the second its byline, whatever the segmenter made of the words where the two meet."""
    toks, labels = seg.unit.tokens, seg.labels
    n = len(toks)
    if (run := _opening_emphasis(toks)) is None:
        return seg
    i, j = run
    if j - i < 2 or j >= n or toks[j].line != 0 or toks[j].link >= 0 or not _emphasised(toks[j]) or toks[j].strong == toks[i].strong:
        return seg   # (bold then bold-italic is one emphasis going on, not a byline of its own)
    mark = (toks[j].strong, toks[j].em)
    end = j
    while end < n and toks[end].line == 0 and (toks[end].strong, toks[end].em) == mark and toks[end].link < 0:
        end += 1
    chunks = [c for c in _between_separators(toks, range(j, end)) if c]
    if chunks and toks[chunks[-1][-1]].text == "." and len(chunks[-1]) > 1:
        chunks[-1].pop()   # "*Ana Souza, Ben Park.*"
    names = [" ".join(toks[x].text for x in c) for c in chunks]
    if not names or any(not 1 < len(c) <= 5 or not is_name(nm) for c, nm in zip(chunks, names)) \
            or (len(names) == 1 and not opens_with_given_name(names[0])):
        return seg
    if all(labels[x] == "T" for x in range(i, j)) and all(labels[x] in ("A", "S") for x in range(j, end)):
        return seg   # (nothing to mend)
    return _title_then_byline(seg, range(i, j), range(j, end), chunks)


def _title_then_byline(seg: Segment, title: range, byline: range, names: list[list[int]]) -> Segment:
    """The segment with `title` labelled as the title and `byline` as its names (the tokens of `names`),
    their separators and nothing else."""
    toks = seg.unit.tokens
    fixed = list(seg.labels)
    p_title = _title_probabilities(seg)
    for x in title:
        fixed[x], p_title[x] = "T", max(p_title[x], 0.5)
    named = {x for c in names for x in c}
    for x in byline:
        fixed[x] = "A" if x in named else "S" if _is_separator(toks[x].text) else "O"
        p_title[x] = 0.0
    return replace(seg, labels=fixed, p_title=p_title)


def _byline_after_an_emphasised_title(seg: Segment) -> Segment:
    """"**Title** Nafise Sadat Moosavi, Quentin Delfosse, ..." where the segmenter drew the line between
    title and names elsewhere than the emphasis does (it took an unknown given name for the title's
    last word, or a name-like end of the title for the first author): a bold or italic run of two words
    or more opens the line, and the rest of the line is a list of two names or more, mostly labelled as
    names already; the emphasis ends the title. A piece of the list the segmenter gave to the title must
    have the form of a name ("Widget Nets" after "**Best Paper**" has not)."""
    toks, labels = seg.unit.tokens, seg.labels
    n = len(toks)
    if (run := _opening_emphasis(toks)) is None:
        return seg
    i, j = run
    if j - i < 2 or j >= n or toks[j].line != 0 or _emphasised(toks[j]) or toks[j].link >= 0:
        return seg
    end = j
    while end < n and toks[end].line == 0:
        end += 1
    rest = range(j, end)
    if not any(labels[x] in ("A", "S") for x in range(i, j)) and not any(labels[x] == "T" for x in rest):
        return seg   # (the segmenter's line is the emphasis's: nothing to mend)
    if sum(labels[x] in ("A", "S") for x in rest) * 5 < len(rest) * 3:
        return seg
    chunks = _between_separators(toks, rest)
    if chunks[-1] == [] and toks[end - 1].text == ".":
        chunks.pop()
    if chunks and chunks[-1] and toks[chunks[-1][-1]].text == ".":
        chunks[-1].pop()   # "..., and Rui Lima."
    if len(chunks) < 2 or any(not 1 <= len(c) <= 5 for c in chunks):
        return seg
    for c in chunks:
        words = [toks[x].text for x in c]
        if not all(w.replace("-", "").replace(".", "").replace("'", "").isalpha() for w in words):
            return seg
        name = " ".join(w[:1].upper() + w[1:] for w in words)
        if (any(labels[x] == "T" for x in c) or any(w[:1].islower() and w not in PARTICLES for w in words)) \
                and (not is_name(name) or _words_not_a_name(name)):
            return seg
    return _title_then_byline(seg, range(i, j), rest, chunks)


def _stop_at(toks: list[Token], start: int, line: int) -> int:
    """The index of the next full stop on `line` from `start` that is no initial's ("A. Souza"), or -1."""
    for k in range(start, len(toks)):
        if toks[k].line != line:
            return -1
        if toks[k].text == "." and not (k > start and len(toks[k - 1].text) == 1 and toks[k - 1].text.isupper()):
            return k
    return -1


def _names_between_stops(seg: Segment) -> Segment:
    """"1. Learning to Rank Gizmos. Hana Mori, Ido Katz. *WCLR 2031*. [[code]](url)": a title the
    segmenter read, a full stop, names up to the next full stop (the segmenter read one of them), and
    the venue: the words between the stops are the byline, every piece of it a name; what follows the
    second stop is no title."""
    toks, labels = seg.unit.tokens, seg.labels
    line0 = [i for i, t in enumerate(toks) if t.line == 0]
    if len(line0) < 8:
        return seg
    s1 = _stop_at(toks, 0, 0)
    if s1 < 3:
        return seg
    head = [i for i in range(s1) if toks[i].text[:1].isalnum()]
    if len(head) < 2 or sum(labels[i] == "T" for i in head) * 5 < len(head) * 3:
        return seg
    s2 = _stop_at(toks, s1 + 1, 0)
    if s2 < s1 + 3 or not any(labels[i] == "A" for i in range(s1 + 1, s2)) \
            or all(labels[i] in ("A", "S") for i in range(s1 + 1, s2)):
        return seg   # (no name the segmenter read, or nothing to mend)
    if not _each_a_full_name(toks, _between_separators(toks, range(s1 + 1, s2))):
        return seg
    fixed = list(labels)
    p_title = _title_probabilities(seg)
    fixed[s1], p_title[s1] = "O", 0.0   # (the stop ends the title; it is no part of its span)
    for i in range(s1 + 1, s2):
        fixed[i] = "S" if _is_separator(toks[i].text) else "A"
        p_title[i] = 0.0
    for i in line0:
        if i >= s2 and fixed[i] == "T":
            fixed[i], p_title[i] = "O", 0.0
    return replace(seg, labels=fixed, p_title=p_title)


def _byline_before_the_first_stop(seg: Segment) -> Segment:
    """"- Ana Souza, Ben Park, Chen Wei. Title. In WidgetConf 2031.": names up to the line's first full stop, every piece of
    them a name and the segmenter sure of one at least, then the title it read up to the next stop, into which it ran the
    last name ("Chen Wei. Title"): the words before the first stop are the byline, the title starts after it."""
    toks, labels = seg.unit.tokens, seg.labels
    k = 0
    while k < len(toks) and toks[k].line == 0 and not toks[k].text[:1].isalnum():
        k += 1   # (past a list's mark or number)
    s1 = _stop_at(toks, k, 0)
    s2 = _stop_at(toks, s1 + 1, 0) if s1 > 0 else -1
    if s1 in (k + 2, k + 3) and s2 >= s1 + 3 and all(labels[i] == "T" for i in range(k, s2)) and _publication_after(toks, s2) \
            and looks_like_person(" ".join(t.text for t in toks[k:s1])):
        # "Ana Souza. Title. Journal of Widgets, 2031.": one author, the whole read as a title
        fixed, p_title = list(labels), _title_probabilities(seg)
        for i in range(k, s1 + 1):
            fixed[i], p_title[i] = ("O" if i == s1 else "A"), 0.0
        return replace(seg, labels=fixed, p_title=p_title)
    line0 = [i for i in range(k, len(toks)) if toks[i].line == 0]
    if k > 0 and s1 in (k + 2, k + 3) and s2 < 0 and len(line0) - (s1 - k) >= 5 and all(labels[i] == "T" for i in line0) \
            and toks[s1 + 1].text[:1].isupper() and toks[line0[-1]].text != "." and looks_like_person(" ".join(t.text for t in toks[k:s1])):
        # "– Ana Souza. A second-order look at widgets": a list's item of one author, its title (no stop after it) read whole
        fixed, p_title = list(labels), _title_probabilities(seg)
        for i in range(k, s1 + 1):
            fixed[i], p_title[i] = ("O" if i == s1 else "A"), 0.0
        return replace(seg, labels=fixed, p_title=p_title)
    if s1 < k + 4 or s2 < s1 + 3 or labels[s1 - 1] != "T" or not (
            any(labels[i] == "A" for i in range(k, s1))
            or (all(labels[i] == "T" for i in range(k, s2)) and _publication_after(toks, s2))):
        return seg   # (no name the segmenter read before the stop, or none it ran into the title; but "A, B. Title. In
        # WidgetConf 2031.", names no lexicon knows read whole as the title, are a reference too)
    if not all(labels[i] == "T" for i in range(s1 + 1, s2) if toks[i].text[:1].isalnum()):
        return seg
    chunks = _between_separators(toks, range(k, s1))
    if len(chunks) < 2 or not _each_a_full_name(toks, chunks):
        return seg
    fixed, p_title = list(labels), _title_probabilities(seg)
    for i in range(k, s1 + 1):
        fixed[i] = "O" if i == s1 else "S" if _is_separator(toks[i].text) else "A"
        p_title[i] = 0.0
    return replace(seg, labels=fixed, p_title=p_title)


_PUBLICATION_WORDS = frozenset("journal proceedings proc transactions conference symposium workshop letters review magazine in".split())


def _publication_after(toks: list[Token], stop: int) -> bool:
    """The words after a title's full stop on its line name where it appeared and when: a venue, or a word like
    "Journal" or "Proceedings" (or "In"), and a year ("International Journal of Widget Studies, 2031.", "WCLR 2031.")."""
    rest = [t.text for t in toks[stop + 1 :] if t.line == toks[stop].line]
    if not rest or not any(YEAR_TOKEN_RE.fullmatch(w) for w in rest):
        return False
    return rest[0].lower() in venues() or (rest[0].lower() in _PUBLICATION_WORDS | {"international", "acm", "ieee"}
                                           and any(w.lower() in _PUBLICATION_WORDS for w in rest))


def _each_a_full_name(toks: list[Token], chunks: list[list[int]]) -> bool:
    """Every piece of a byline between separators is a name of two to four words."""
    return all(2 <= len(c) <= 4 and is_name(" ".join(toks[i].text for i in c)) for c in chunks)


_NAME_PART_RE = re.compile(r"[A-Z]\.?|[A-Z][a-z’'-]+")


def _title_after_an_apa_byline(seg: Segment) -> Segment:
    """"Souza, A., Park, B. J., & Wei, C. Widget Experience Replay.": names written surname first, each with its
    initials, "&" or "and" before the last, and no year after them (APA without its date): the words after the last
    initial, up to the full stop that ends the line, are the title (the segmenter, trained on lists with a year there,
    read them on as names)."""
    toks, labels = seg.unit.tokens, seg.labels
    if "T" in labels:
        return seg
    line0 = [i for i, t in enumerate(toks) if t.line == 0]
    k, names, last, done = 0, 0, False, False
    while k + 2 < len(line0) and not done:
        if toks[line0[k]].text in ("&", "and") and names >= 1 and not last:
            last, k = True, k + 1
            continue
        word = toks[line0[k]].text
        if not (word[:1].isupper() and word.replace("-", "").isalpha() and len(word) > 1) or toks[line0[k + 1]].text != ",":
            return seg
        m = k + 2
        while m < len(line0) and _VANCOUVER_INITIAL_RE.fullmatch(toks[line0[m]].text):
            m += 1
        if m == k + 2:
            return seg
        names, k, done = names + 1, m, last
        if not last and k < len(line0) and toks[line0[k]].text == ",":
            k += 1
    rest = line0[k:]
    words = [toks[i].text for i in rest if toks[i].text[:1].isalpha()]
    if not done or names < 2 or len(words) < 2 or not words[0][:1].isupper() or toks[rest[-1]].text != "." \
            or any(toks[i].text in ".,;()" for i in rest[:-1]) or any(toks[i].link >= 0 for i in rest):
        return seg
    fixed = list(labels)
    p_title = _title_probabilities(seg)
    for i in rest[:-1]:
        fixed[i], p_title[i] = "T", max(p_title[i], REFERENCE_TITLE_CONFIDENCE)
    fixed[rest[-1]] = "O"
    return replace(seg, labels=fixed, p_title=p_title)


def _vancouver_byline_read_again(seg: Segment) -> Segment:
    """"Souza A, van der Berg V, Park BK. Title.": a line that opens with names written surname first, the given
    names' initials glued after it (Vancouver style), commas between them and a full stop after the last, then more
    words: the names are the authors (the segmenter, trained on other layouts, read "BK." into the title)."""
    toks, labels = seg.unit.tokens, seg.labels
    k = next((i for i, t in enumerate(toks) if t.line == 0 and t.text[:1].isalpha()), -1)
    names: list[tuple[int, int]] = []
    while 0 <= k < len(toks) and toks[k].line == 0:
        j = k
        while j < len(toks) and toks[j].text in PARTICLES:
            j += 1
        if j + 1 >= len(toks) or not surname_and_initials([t.text for t in toks[k : j + 2]]):
            return seg
        names.append((k, j + 2))
        k = j + 2
        if k < len(toks) and toks[k].text == ",":
            k += 1
            continue
        break
    # (two names or more; or one, its full stop, and the title the segmenter read after it)
    if not names or k + 1 >= len(toks) or toks[k].text != "." or not toks[k + 1].text[:1].isupper() \
            or (len(names) < 2 and "T" not in labels[k + 1 :]):
        return seg
    fixed = list(labels)
    p_title = _title_probabilities(seg)
    for a, b in names:
        for i in range(a, b):
            fixed[i], p_title[i] = "A", 0.0
        if b < k:
            fixed[b], p_title[b] = "S", 0.0   # the comma after it
    fixed[k], p_title[k] = "O", 0.0
    return replace(seg, labels=fixed, p_title=p_title)


def _last_author_after_and(seg: Segment) -> Segment:
    """"C. Finn, X Tan, S Levine, and P Abbeel. Title.": the last name, after a list's ", and", that the
    segmenter read as the title's first words (initials without their full stops) is the list's last
    author; the title starts after its full stop."""
    toks, labels = seg.unit.tokens, seg.labels
    first_t = next((i for i, lab in enumerate(labels) if lab == "T"), -1)
    if first_t < 2 or toks[first_t].text != "and" or toks[first_t - 1].text != "," or labels[first_t - 2] != "A":
        return seg
    end = first_t + 1
    while end < len(toks) and end - first_t <= 4 and _NAME_PART_RE.fullmatch(toks[end].text) and toks[end].line == toks[first_t].line:
        end += 1
    if end - first_t < 3 or end + 1 >= len(toks) or toks[end].text != "." or not toks[end + 1].text[:1].isupper() \
            or not toks[end - 1].text[1:2].islower():
        return seg   # (a given name or an initial, then a surname: "and P Abbeel.", not "and Gizmos." nor "and P.")
    fixed = list(labels)
    p_title = _title_probabilities(seg)
    for i in range(first_t + 1, end):
        fixed[i], p_title[i] = "A", 0.0
    fixed[first_t - 1] = fixed[first_t] = "S"   # ", and"
    fixed[end] = "O"   # the full stop between the names and the title
    p_title[first_t - 1] = p_title[first_t] = p_title[end] = 0.0
    return replace(seg, labels=fixed, p_title=p_title)


def _first_surname_after_the_stop(seg: Segment) -> Segment:
    """"Title. Souza, A., Park, B. & Wei, C. Venue, 2031.": the word after the title's full stop
    that the segmenter read with the title, when a comma and an initial the segmenter read as a name
    follow it, is the first author's surname (written "Surname, I." as the others are)."""
    toks, labels = seg.unit.tokens, seg.labels
    for i in range(3, len(toks) - 2):
        if labels[i] == "T" and toks[i - 1].text == "." and labels[i - 1] == "T" and toks[i].text[:1].isupper() \
                and toks[i].text.isalpha() and toks[i + 1].text == "," and labels[i + 2] == "A" \
                and INITIAL_RE.fullmatch(toks[i + 2].text) and toks[i].line == toks[i + 2].line:
            fixed = list(labels)
            p_title = _title_probabilities(seg)
            fixed[i], p_title[i] = "A", 0.0
            fixed[i - 1], p_title[i - 1] = "O", 0.0   # (the stop ends the title)
            return replace(seg, labels=fixed, p_title=p_title)
    return seg


def _sentence_before_a_note_read_as_prose(seg: Segment) -> Segment:
    """A list item's first sentence, four words or more, that the next one speaks of as a paper ("- Towards widget
    parsing with gizmo networks. They generalize ..."), where the segmenter saw neither a title nor names: its words
    are the title's (the judge takes it only in a list a sentence announces as papers: `_before_a_note_on_it`)."""
    toks, labels = seg.unit.tokens, seg.labels
    if seg.unit.kind != "item" or any(lab in ("T", "A") for lab in labels):
        return seg
    end = _sentence_before_a_note_on_it(toks)
    if not end:
        return seg
    fixed, p_title = list(labels), _title_probabilities(seg)
    for k in range(end):
        fixed[k], p_title[k] = "T", max(p_title[k], 0.5)
    return replace(seg, labels=fixed, p_title=p_title)


def _title_line_over_a_cued_byline(seg: Segment) -> Segment:
    """A heading or title line over a line that opens with an author cue and holds names ("### Me, My Widget,
    and My Gizmo: How Children ..." / "Authors: Ana Souza, Ben Park"): the cued line is the byline, and the
    words of the title's line the segmenter read as names are the title's (the line has title text too)."""
    toks, labels = seg.unit.tokens, seg.labels
    if not any(lab == "A" and t.line == 0 for t, lab in zip(toks, labels)) or not any(lab == "T" and t.line == 0 for t, lab in zip(toks, labels)):
        return seg
    cued = next((t.line for i, t in enumerate(toks) if t.line > 0 and toks[i - 1].line != t.line and cue_end(toks, i) is not None), None)
    if cued is None or not any(lab == "A" and t.line == cued for t, lab in zip(toks, labels)):
        return seg
    fixed, p_title = list(labels), _title_probabilities(seg)
    for k, t in enumerate(toks):
        if t.line == 0 and labels[k] in ("A", "S"):
            fixed[k], p_title[k] = "T", max(p_title[k], 0.5)
    return replace(seg, labels=fixed, p_title=p_title)


def _subtitle_read_as_names(seg: Segment) -> Segment:
    """"Generative Widget Nets: An Overview [[link](url)]": words after the title's colon, up to a bracket,
    a link or the line's end, that the segmenter read as a name but no name has ("An Overview": an
    article and an English word) are the title's subtitle."""
    toks, labels = seg.unit.tokens, seg.labels
    n = len(toks)
    for c in range(2, n - 1):
        if toks[c].line != 0:
            break
        if toks[c].text != ":" or labels[c + 1] != "A":
            continue
        head = [t.text for t in toks[:c] if t.text[:1].isalnum()]
        if labels[c - 1] != "T" and (len(head) < 2 or any(lab == "A" for lab in labels[:c]) or caps_ratio(" ".join(head)) < 0.8):
            break   # (a title the segmenter doubted is still one when Title Case words open the line)
        end = c + 1
        while end < n and toks[end].line == 0 and labels[end] == "A" and toks[end].link < 0:
            end += 1
        closes = end == n or toks[end].line != 0 or toks[end].text in ("[", "(", "-", "–", "—") or toks[end].link >= 0
        if closes and _words_not_a_name(" ".join(t.text for t in toks[c + 1 : end])):
            fixed = list(labels)
            p_title = _title_probabilities(seg)
            for k in range(0 if labels[c - 1] != "T" else c, end):
                fixed[k], p_title[k] = "T", max(p_title[k], 0.5)
            return replace(seg, labels=fixed, p_title=p_title)
        break
    return seg


_COINED_NAME_RE = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z0-9-]*|[A-Z0-9][A-Z0-9-]+[a-z]*")   # "FedNest", "GIZMO", "3D-Net"


def _listed_subtitle_read_as_names(seg: Segment) -> Segment:
    """"GizmoNest: Federated Bilevel, Minimax, and Compositional Widgets": a coined name, its colon, then a subtitle
    that lists words with commas, which the segmenter read as names to the line's end; no piece opens with a known
    given name or an initial, and one piece at least is English words no lexicon knows as a name."""
    toks, labels = seg.unit.tokens, seg.labels
    if len(toks) < 5 or toks[1].text != ":" or toks[2].line or not _COINED_NAME_RE.fullmatch(toks[0].text) or labels[2] != "A":
        return seg
    end = 2
    while end < len(toks) and toks[end].line == 0 and labels[end] in ("A", "S"):
        end += 1
    if end < len(toks) and toks[end].line == 0:
        return seg   # (the names run to the line's end)
    pieces = [p for p in _between_separators(toks, range(2, end)) if p]
    given = person_names()[0]
    if len(pieces) < 2 or any(toks[p[0]].text.lower() in given or INITIAL_RE.match(toks[p[0]].text) for p in pieces) \
            or not any(_words_not_a_name(" ".join(toks[i].text for i in p)) for p in pieces):
        return seg
    fixed, p_title = list(labels), _title_probabilities(seg)
    for i in range(0, end):   # (the coined name and its colon make it a title as surely as the segmenter's surest)
        fixed[i], p_title[i] = "T", max(p_title[i], 0.9)
    return replace(seg, labels=fixed, p_title=p_title)


def _title_field_over_an_author_field(seg: Segment) -> Segment:
    """"Paper: “No Free Widget” in Gizmo Nets? A Joint Analysis of X, Y, and Z" / "Authors: A, B": a title field's
    value over an author field is the title, all of it to the line's end, whatever part the segmenter read as names."""
    toks, labels = seg.unit.tokens, seg.labels
    if len(toks) < 6 or toks[0].text.lower() not in TITLE_CUE_WORDS or toks[1].text not in (":", "：") or toks[1].line \
            or "T" not in labels[2:] or toks[2].line:
        return seg
    below = next((i for i, t in enumerate(toks) if t.line == 1), None)
    if below is None or cue_end(toks, below) is None:
        return seg
    if all(lab == "T" for lab in labels[2:below]):
        return seg
    fixed, p_title = list(labels), _title_probabilities(seg)
    for i in range(2, below):
        fixed[i], p_title[i] = "T", max(p_title[i], 0.5)
    return replace(seg, labels=fixed, p_title=p_title)


def _title_line_over_an_author_field(seg: Segment) -> Segment:
    """"Widget Nets (WN): A Unified Pretrain, Prompt & Predict Paradigm" / "Authors: A, B": a line over an author field
    is the title, all of it, though the segmenter read its Title Case words after a comma as names or doubted them
    (the names are the field's). Not a field's own line ("Paper: Title"), a numbered one, one of names or a sentence."""
    toks = seg.unit.tokens
    line0 = [i for i, t in enumerate(toks) if t.line == 0]
    if len(line0) < 3 or not opens_with_author_field(toks) or not toks[0].text[:1].isalpha() or toks[1].text in (":", "："):
        return seg
    # (nor a sentence of notes over the field: "Gizmo attention on sets (Levi et al., 2030) helps.")
    return _first_line_as_the_title(seg, line0, least_caps=0.5, floor=0.5)


def _title_line_over_a_names_line(seg: Segment) -> Segment:
    """"Evaluation of Widget Change in IR Test Collections" / "Ana Souza, Ben Park, Chen Wei": a Title Case line over a
    line the segmenter read as two names or more and nothing else (a programme's paper and its byline) is the title,
    though it read the line as other text or its last words as names. Not a numbered line, a field's own line, one of
    names or a sentence, nor one with names of its own ("Title, Ana Souza, Ben Park," / "Chen Wei": a wrapped byline);
    the judge weighs it (a label over names, "Programme Committee Chairs", is no paper)."""
    toks, labels = seg.unit.tokens, seg.labels
    line0 = [i for i, t in enumerate(toks) if t.line == 0]
    line1 = [i for i, t in enumerate(toks) if t.line == 1]
    if len(line0) < 3 or not line1 or any(t.line > 1 for t in toks) or not toks[0].text[:1].isalpha() \
            or toks[1].text in (":", "：") or not any(labels[i] == "S" for i in line1) or any(labels[i] == "S" for i in line0) \
            or not all(labels[i] == "A" for i in line1 if toks[i].text[:1].isalnum()) \
            or not has_the_form_of_names(_joined([toks[i] for i in line1]), 2):
        return seg
    return _first_line_as_the_title(seg, line0, least_caps=0.6, floor=DOUBTED_TITLE)


def _sentence_case_line_over_a_names_line(seg: Segment) -> Segment:
    """"We need to talk about widget splits" / "Ana Souza and Ben Park": a line of four words or more, none read as the
    title, over a line that is two names or more and nothing else (an award page's paper and its byline, in plain
    text) is the title, sentence case, a question or a full stop at its end and all; not a line that introduces the
    names (":", "by", "to" at its end) or is names itself. The judge weighs it."""
    toks, labels = seg.unit.tokens, seg.labels
    if "T" in labels or any(t.line > 1 for t in toks):
        return seg
    line0 = [i for i, t in enumerate(toks) if t.line == 0]
    line1 = [i for i, t in enumerate(toks) if t.line == 1]
    words = [toks[i].text for i in line0 if toks[i].text[:1].isalnum()]
    if len(words) < 4 or not line1 or not toks[0].text[:1].isupper() or toks[line0[-1]].text in (":", "：", ",") \
            or words[-1].lower() in _CUE_ENDS or not all(labels[i] in ("A", "S") or toks[i].text[:1].isupper() for i in line1) \
            or not any(labels[i] == "A" for i in line1) or not has_the_form_of_names(_joined([toks[i] for i in line1]), 2):
        return seg
    titled = _first_line_as_the_title(seg, line0, least_caps=0.0, floor=DOUBTED_TITLE, full_stop=True)
    if titled is seg:
        return seg
    named = set(line1)   # ("Kyle/O Gorman/A": the line is names, every word of it)
    return replace(titled, labels=["A" if i in named and lab == "O" else lab for i, lab in enumerate(titled.labels)])


def _whole_line_over_names(seg: Segment, title_toks: list[Token]) -> bool:
    """Whether the title is the unit's whole first line and its second line names only (all "A" and "S")."""
    toks, labels = seg.unit.tokens, seg.labels
    line1 = [i for i, t in enumerate(toks) if t.line == 1]
    return bool(line1) and len(title_toks) == sum(1 for t in toks if t.line == 0) and all(t.line == 0 for t in title_toks) \
        and all(labels[i] in ("A", "S") for i in line1) and all(t.line <= 1 for t in toks)


# Words a line ends in that introduce the names on the next: "... was given by" / "Ana Souza and Ben Park".
_CUE_ENDS = frozenset("by to with from and thanks".split())


def _first_line_as_the_title(seg: Segment, line0: list[int], *, least_caps: float, floor: float,
                             full_stop: bool = False) -> Segment:
    """The unit's first line (token positions `line0`) read as the title, all of it, with at least `floor` as each
    token's title probability; unless the segmenter already read it so, or it is names, a sentence (a full stop at its
    end, unless `full_stop` allows one) or in lower case more than `least_caps` allows."""
    toks, labels = seg.unit.tokens, seg.labels
    p_title = _title_probabilities(seg)
    words = " ".join(toks[i].text for i in line0)
    if all(labels[i] == "T" and p_title[i] >= TITLE_PROBABILITY for i in line0) or reads_as_names(words) \
            or (toks[line0[-1]].text == "." and not full_stop) or caps_ratio(words) < least_caps:
        return seg
    fixed = list(labels)
    for i in line0:
        fixed[i], p_title[i] = "T", max(p_title[i], floor)
    return replace(seg, labels=fixed, p_title=p_title)


def _acronym_head_read_as_a_venue(seg: Segment) -> Segment:
    """"A, B, and C. WWW: A Unified Framework for ...": an acronym between the byline's full stop and the title's colon,
    which the segmenter read as a venue, is the title's head (a venue does not come before the title it names)."""
    toks, labels = seg.unit.tokens, seg.labels
    if "V" not in labels or "A" not in labels:
        return seg
    for k in range(2, len(toks) - 2):
        if labels[k] == "V" and toks[k - 1].text == "." and labels[k - 2] == "A" and toks[k + 1].text == ":" \
                and labels[k + 2] in ("T", "O") and toks[k].line == toks[k + 2].line and toks[k + 2].text[:1].isupper():
            # (the title after the colon up to its full stop, whether the segmenter read it or not)
            stop = _stop_at(toks, k + 2, toks[k].line)
            end = stop if stop > k + 4 and all(lab in ("T", "O") for lab in labels[k + 2 : stop]) else k + 2
            if labels[k + 2] == "O" and end == k + 2:
                return seg
            fixed, p_title = list(labels), _title_probabilities(seg)
            for i in range(k, max(end, k + 2)):
                fixed[i], p_title[i] = "T", max(p_title[i], 0.5)
            return replace(seg, labels=fixed, p_title=p_title)
    return seg


_CLOSING_QUOTES = frozenset({'"', "”", "’", "'"})


def _title_ending_in_a_quote(seg: Segment) -> Segment:
    """'### Estimating Widget Correspondences "In-The-Wild"': a title that ends in a quoted phrase, of which the
    segmenter took the quote alone; the Title Case words that open the line before it, with no mark between, are the
    title's too."""
    toks, labels = seg.unit.tokens, seg.labels
    if "T" not in labels:
        return seg
    first = labels.index("T")
    line, n = toks[first].line, len(toks)
    end = first
    while end < n and labels[end] == "T" and toks[end].line == line:
        end += 1
    if (end < n and toks[end].line == line and labels[end] == "T") or toks[end - 1].text not in _CLOSING_QUOTES:
        return seg
    opening = first - 1 if first > 0 and toks[first - 1].text in ('"', "“", "‘", "'") and labels[first - 1] == "O" else first
    if opening == first and toks[first].text not in ('"', "“", "‘", "'"):
        return seg
    start = opening
    while start > 0 and toks[start - 1].line == line and labels[start - 1] == "O" \
            and (toks[start - 1].text[:1].isupper() or toks[start - 1].text in TITLE_SMALL_WORDS) and toks[start - 1].text[:1].isalpha():
        start -= 1
    if (start > 0 and toks[start - 1].line == line) or opening - start < 2 or not toks[start].text[:1].isupper():
        return seg   # (the line opens with those words: "Title Words "Quoted"", nothing before them)
    fixed, p_title = list(labels), _title_probabilities(seg)
    for i in range(start, end):
        fixed[i], p_title[i] = "T", max(p_title[i], 0.5)
    return replace(seg, labels=fixed, p_title=p_title)


_BYLINE_END_MARKS = frozenset({",", ".", "-", "–", "—"})


def _title_head_after_a_byline(seg: Segment) -> Segment:
    """"Ana Souza and Ben Park Widget-Gizmo Nets: A New Deep Architecture. ...": words in Title Case between a
    byline and a title that starts after a colon, which the segmenter left out of both, are the title's head."""
    toks, labels = seg.unit.tokens, seg.labels
    if "A" not in labels:
        return seg
    n = len(toks)
    for c in range(3, n - 1):
        if toks[c].line != 0:
            break
        if toks[c].text != ":" or labels[c] != "O" or labels[c + 1] != "T":
            continue
        k = c
        while k > 0 and labels[k - 1] == "O" and toks[k - 1].text[:1].isalnum():
            k -= 1
        if k > 0 and labels[k - 1] == "O" and toks[k - 1].text in _BYLINE_END_MARKS:
            k -= 1
        head = [t.text for t in toks[k:c] if t.text[:1].isalnum()]
        if k == 0 or labels[k - 1] != "A" or not 1 <= len(head) <= 6 or not all(w[:1].isupper() or w[:1].isdigit() for w in head):
            return seg
        fixed, p_title = list(labels), _title_probabilities(seg)
        for i in range(k + (toks[k].text in _BYLINE_END_MARKS), c + 1):
            fixed[i], p_title[i] = "T", max(p_title[i], 0.5)
        return replace(seg, labels=fixed, p_title=p_title)
    return seg


def _author_list_continued(seg: Segment) -> Segment:
    """An author list the segmenter ended early ("A/A B/A ,/S C/A D/A ,/O E/O F/O ./O", "..., and
    [Gordon X](url)"): after a list of two names or more, a separator and words with the form of a
    name that end the line (or its sentence, or the bracket that holds the list) are one more name."""
    toks = seg.unit.tokens
    labels = list(seg.labels)
    changed = False
    n = len(toks)
    i = 0
    while i < n:
        if labels[i] != "A":
            i += 1
            continue
        line = toks[i].line
        j = i
        while j < n and toks[j].line == line and labels[j] in ("A", "S"):
            j += 1
        # ... or one name in brackets before "and" ("Title (Levi and Cohen)").
        bracketed_pair = toks[i].bracket == 1 and j < n and toks[j].text.lower() in ("and", "&")
        # ... or one name, a comma and a name that ends the byline at a full stop before the venue ("A, B. In Proceedings
        # of EMNLP.", the line's end after the stop or a venue on it).
        pair_then_venue = j < n and toks[j].text == "," and _name_then_venue(toks, labels, j + 1, line)
        if any(labels[k] == "S" for k in range(i, j)) or bracketed_pair or pair_then_venue:
            k = j
            while k < n and toks[k].line == line and _is_separator(toks[k].text):
                k += 1
            end = k
            while end < n and toks[end].line == line and toks[end].text[:1].isalpha() and end - k < 5:
                end += 1
            closes = end == n or toks[end].line != line or toks[end].text in (".", ",", ";", "*") \
                or (toks[end].text == ")" and toks[end - 1].bracket == 1)
            words = " ".join(t.text for t in toks[k:end])
            named = is_name(words) or (bracketed_pair and is_name(words, allow_single=True) and not _words_not_a_name(words))
            if k > j and end > k and closes and named \
                    and not any(labels[x] in ("T", "V") for x in range(j, end)):
                _label_as_names(labels, toks, range(j, end))
                changed = True
                i = i if end < n and toks[end].text == "," else end   # a further name may follow
                continue
        i = j
    return replace(seg, labels=labels) if changed else seg


def _name_then_venue(toks: list[Token], labels: list[str], k: int, line: int) -> bool:
    """Whether two to four words from k end in a full stop that closes the line or opens its venue ("Ben Park. In
    Proceedings of ...", "Ben Park. Computational Linguistics.", a venue label after the stop)."""
    end = k
    while end < len(toks) and toks[end].line == line and toks[end].text[:1].isalpha() and end - k < 4:
        end += 1
    if not 2 <= end - k <= 4 or end >= len(toks) or toks[end].text != "." or toks[end].line != line:
        return False
    rest = [x for x in range(end + 1, len(toks)) if toks[x].line == line]
    return not rest or toks[rest[0]].text in ("In", "Proc", "Proceedings") or any(labels[x] == "V" for x in rest)


def _linked_names(line: list[Token]) -> bool:
    """Two or more names, each the whole anchor of a link of its own ("[Yu-Lun Liu](url), [Wei-Sheng
    Lai](url)": home pages), between separators: a byline whatever the lexicons know."""
    groups = _name_groups([t for t in line if t.text not in (".", "*")])
    return len(groups) >= 2 and all(
        g[0].link >= 0 and all(t.link == g[0].link for t in g)
        and sum(1 for t in line if t.link == g[0].link) == len(g) and is_name(" ".join(t.text for t in g))
        for g in groups)


def _bracketed_names_read_again(seg: Segment) -> Segment:
    """"Title (Ana Souza)" where the segmenter doubted the names in the bracket right after the
    title: a bracket on the anchor line whose words read as names (lexicon-backed) holds authors.
    Square brackets too ("Title [Ana/T Souza-Park/T, Ben/A Park/A]")."""
    toks, labels = seg.unit.tokens, seg.labels
    fixed: list[str] | None = None
    i = 1
    while i < len(toks) and toks[i].line == 0:
        if toks[i].text in ("(", "[") and labels[i - 1] == "T":
            close = ")" if toks[i].text == "(" else "]"
            j = i + 1
            while j < len(toks) and toks[j].line == 0 and toks[j].text not in ("(", ")", "[", "]"):
                j += 1
            lead = i + 1
            while lead < j and toks[lead].text[:1].islower():
                lead += 1   # "(joint work with A and B)": the words before the names
            inside = range(lead, j)
            # (or a bracket emphasised on its own after the title, names in form: "**Title** *(Ana Souza, Jianmin Zhu)*")
            marked_apart = all(toks[k].em for k in range(i, j)) and not toks[i - 1].em and lead == i + 1
            # (or names in form that the segmenter read as names mostly: "Title [Guansong Pang, Cheng Yan, Xiao Bai]", the
            # first or the last of them doubted, given names no lexicon knows)
            read = sum(1 for k in inside if labels[k] == "A")
            if j < len(toks) and toks[j].text == close and any(labels[k] != "A" for k in inside) \
                    and (_tokens_read_as_names(toks[lead:j]) or (_surnames_listed(toks[lead:j]) and _note_or_end_after(toks, j))
                         or ((marked_apart or 2 * read > sum(1 for k in inside if toks[k].text[:1].isalpha()))
                             and _mostly_full_names(_joined(toks[lead:j])))):
                fixed = fixed or list(labels)
                _label_as_names(fixed, toks, inside)
                if close == "]" and fixed[j] == "A":
                    fixed[j] = "O"   # (the bracket that closes them is no part of the last name)
            i = j
        i += 1
    return seg if fixed is None else replace(seg, labels=fixed)


def _mostly_full_names(text: str) -> bool:
    """A comma list of two or more pieces of two to four capitalised words (or in capitals), two thirds of
    them names ("Lin Gu, Fisher Qiu, Ivo Brandt": a list of people, though "Fisher Qiu" reads as words).
    A third of them may be typed in lower case, as into a submission form ("Ana Souza, lia rossetti")."""
    pieces = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+(?:and|&)\s+", text) if p.strip()]
    typed = [" ".join(w[:1].upper() + w[1:] for w in p.split()) for p in pieces]
    if 3 * sum(1 for p, t in zip(pieces, typed) if p != t) > len(pieces):
        return False
    if len(pieces) < 2 or not all(2 <= len(p.split()) <= 4 and all(w[:1].isupper() for w in p.split()) for p in typed):
        return False
    return 3 * sum(is_name(p.title() if p.isupper() else p) for p in typed) >= 2 * len(pieces)


def _surnames_listed(toks: list[Token]) -> bool:
    """"Mori, Katz and Wong": two surnames or more, one capitalised word each, that a lexicon of
    surnames knows or no English dictionary does."""
    chunks = [[toks[i].text for i in c] for c in _between_separators(toks, range(len(toks)))]
    _, surnames = person_names()
    return len(chunks) >= 2 and all(
        len(c) == 1 and c[0][:1].isupper() and c[0].replace("-", "").isalpha() and c[0][1:].islower()
        and (c[0].lower() in surnames or not is_english_word(c[0])) for c in chunks)


def _note_or_end_after(toks: list[Token], j: int) -> bool:
    """The bracket that closes at `j` ends its line or a dash follows it ("Title (Mori, Katz and Wong) – a note")."""
    return j + 1 >= len(toks) or toks[j + 1].line != toks[j].line or toks[j + 1].text in ("-", "–", "—", ":")


_EMAIL_FIELD_WORDS = frozenset("contact contacts email e-mail mail".split())


def _emails_read_again(seg: Segment) -> Segment:
    """The segment with an e-mail address, and the "contact:" field that gives it, read as no title
    and no name ("Ana Souza, Ben Park | _contact: asouza@example.edu_")."""
    toks, labels = seg.unit.tokens, seg.labels
    if not any(t.text == "@" for t in toks):
        return seg
    fixed, p_title = list(labels), _title_probabilities(seg)
    for k, t in enumerate(toks):
        if t.text != "@" or k == 0 or k + 1 >= len(toks) or toks[k - 1].end != t.start or toks[k + 1].start != t.end:
            continue   # (an address has no spaces: "Ana Souza @ Widget Labs" is no e-mail)
        a = k
        while a > 0 and toks[a - 1].end == toks[a].start and toks[a - 1].line == t.line:
            a -= 1
        b = k
        while b + 1 < len(toks) and toks[b + 1].start == toks[b].end and toks[b + 1].line == t.line:
            b += 1
        if a >= 2 and toks[a - 1].text in (":", "：") and toks[a - 2].text.lower() in _EMAIL_FIELD_WORDS:
            a -= 2
        if a > 0 and toks[a - 1].text in ("|", "·", "•", "-", "–", "—") and toks[a - 1].line == t.line:
            a -= 1   # (the separator before the field)
        for j in range(a, b + 1):
            fixed[j], p_title[j] = "O", 0.0
    return replace(seg, labels=fixed, p_title=p_title)


def _year_ending_a_question(seg: Segment) -> Segment:
    """The segment with a year that a title's question ends on given back to the title ("... Still
    Work Well in 2023?"): a venue's year is not followed by the title's question mark."""
    toks, labels = seg.unit.tokens, seg.labels
    if "V" not in labels:
        return seg
    fixed: list[str] | None = None
    p_title = _title_probabilities(seg)
    for k in range(1, len(toks) - 1):
        if labels[k] == "V" and labels[k - 1] == "T" and toks[k + 1].text in ("?", "!") and _YEAR_TOKEN_RE.fullmatch(toks[k].text) \
                and toks[k - 1].line == toks[k].line == toks[k + 1].line and (k + 2 == len(toks) or toks[k + 2].line != toks[k].line):
            fixed = fixed or list(labels)
            fixed[k] = fixed[k + 1] = "T"
            p_title[k] = p_title[k + 1] = p_title[k - 1]
    return seg if fixed is None else replace(seg, labels=fixed, p_title=p_title)


def _tab_separated_fields(text: str, seg: Segment) -> Segment:
    """A line of fields set apart by tabs, the second reading as names ("Title<tab>A, B", "Title<tab>A<tab>Venue"):
    the first is the title, the second its byline, whatever the segmenter made of them (a spreadsheet's row pasted)."""
    toks, labels = seg.unit.tokens, seg.labels
    line0 = [k for k, t in enumerate(toks) if t.line == 0]
    if len(line0) < 3 or "\t" not in text[toks[line0[0]].start : toks[line0[-1]].end]:
        return seg
    gaps = [i for i in range(len(line0) - 1) if "\t" in text[toks[line0[i]].end : toks[line0[i + 1]].start]]
    if not gaps:
        return seg
    before, after = line0[: gaps[0] + 1], line0[gaps[0] + 1 : gaps[1] + 1] if len(gaps) > 1 else line0[gaps[0] + 1 :]
    if sum(1 for k in before if toks[k].text[:1].isalpha()) < 2 or not _tokens_read_as_names([toks[k] for k in after]) \
            or reads_as_names(_joined([toks[k] for k in before])):
        return seg
    fixed, p_title = list(labels), _title_probabilities(seg)
    for k in before:
        fixed[k], p_title[k] = "T", max(p_title[k], TAB_FIELD_TITLE_PROBABILITY)
    _label_as_names(fixed, toks, after)
    for k in after:
        p_title[k] = 0.0
    return replace(seg, labels=fixed, p_title=p_title)


TAB_FIELD_TITLE_PROBABILITY = 0.9   # the layout, not the words, says which field is the title


def _code_tail_start(toks: Sequence[Token]) -> int:
    """Where the run of inline-code tokens that ends `toks` starts (len(toks) when the last token is no code)."""
    k = len(toks)
    while k and toks[k - 1].code:
        k -= 1
    return k


def _tags_in_code_after_the_words(text: str, seg: Segment) -> Segment:
    """A line of plain words, then inline-code spans to its end ("Welcome to the Widget Era `Ana Souza` `Widgetco` `CA`"):
    the spans are the writer's tags, the words the title, whatever the segmenter made of them; a span that is a
    person's name alone is the author's."""
    toks, labels = seg.unit.tokens, seg.labels
    line0 = [k for k, t in enumerate(toks) if t.line == 0]
    if not line0 or not toks[line0[-1]].code:
        return seg
    first = _code_tail_start([toks[k] for k in line0])
    plain = [k for k in line0[:first] if toks[k].text[:1].isalnum()]
    words = [toks[k].text for k in plain if toks[k].text[:1].isalpha()]
    if len(words) < 3 or any(toks[k].link >= 0 or toks[k].code for k in line0[:first]) or caps_ratio(" ".join(words)) < 0.5 \
            or toks[line0[first - 1]].text.lower() in TITLE_SMALL_WORDS:
        return seg
    fixed, p_title = list(labels), _title_probabilities(seg)
    for k in line0[line0.index(plain[0]) : first]:
        fixed[k], p_title[k] = "T", max(p_title[k], TAB_FIELD_TITLE_PROBABILITY)
    spans: list[list[int]] = []   # the code spans: a backtick between two tokens parts them
    for k in line0[first:]:
        if spans and "`" not in text[toks[k - 1].end : toks[k].start]:
            spans[-1].append(k)
        else:
            spans.append([k])
    for span in spans:
        name = " ".join(toks[k].text for k in span)
        person = len(span) >= 2 and looks_like_person(name)
        for k in span:
            fixed[k], p_title[k] = ("A" if person else "O"), 0.0
    return replace(seg, labels=fixed, p_title=p_title)


def _bracket_inside_the_title(seg: Segment) -> Segment:
    """The segment with a short bracket the title goes on past given back to it ("Widget Auditing with
    One (1) Training Run"): the title's words on both sides of it, on one line, are one title."""
    toks, labels = seg.unit.tokens, seg.labels
    if "T" not in labels:
        return seg
    fixed: list[str] | None = None
    p_title = _title_probabilities(seg)
    for k in range(1, len(toks) - 2):
        if toks[k].text != "(" or labels[k - 1] != "T" or labels[k] != "O":
            continue
        j = next((i for i in range(k + 1, min(k + 5, len(toks))) if toks[i].text == ")"), -1)
        if j < 0 or j + 1 >= len(toks) or labels[j + 1] != "T" or any(labels[i] != "O" for i in range(k, j + 1)) \
                or toks[k - 1].line != toks[j + 1].line:
            continue
        fixed = fixed or list(labels)
        for i in range(k, j + 1):
            fixed[i], p_title[i] = "T", min(p_title[k - 1], p_title[j + 1])
    return seg if fixed is None else replace(seg, labels=fixed, p_title=p_title)


_LABEL_WORDS_IN_TITLES = frozenset("link video code project paper poster slides".split())


def _label_word_ending_a_title(seg: Segment) -> Segment:
    """"... a moving widget using the virtual link. In WCLR 2031.": a link label's word, in lower case, that ends a title
    in sentence case after a lower-case word of it (not a link, and before the title's stop) is the title's last word."""
    toks, labels = seg.unit.tokens, seg.labels
    fixed: list[str] | None = None
    p_title: list[float] = []
    for i in range(1, len(toks)):
        t = toks[i]
        if labels[i] == "O" and t.text in _LABEL_WORDS_IN_TITLES and t.link < 0 and labels[i - 1] == "T" \
                and toks[i - 1].text.isalpha() and toks[i - 1].text.islower() and toks[i - 1].line == t.line \
                and (i + 1 == len(toks) or toks[i + 1].text in (".", ",") or toks[i + 1].line != t.line):
            if fixed is None:
                fixed, p_title = list(labels), _title_probabilities(seg)
            fixed[i], p_title[i] = "T", max(p_title[i], p_title[i - 1])
    return seg if fixed is None else replace(seg, labels=fixed, p_title=p_title)


def _surname_after_by_ending_the_title(seg: Segment) -> Segment:
    """"[Adaptive Widget Analysis](url) by Roth. _Presenter: Ana Souza_": a title run whose last words are "by" and one
    surname the lexicon knows that is no English word, before a stop: the byline of one author, not the title's words (201
    of the catalogue's 155k titles end in "by" and one word; one of them a surname the lexicon knows, and an English word:
    "... by Parts")."""
    toks, labels = seg.unit.tokens, seg.labels
    for k in range(2, len(toks) - 1):
        if toks[k].text == "by" and labels[k] == "T" and labels[k - 1] == "T" and labels[k + 1] == "T" \
                and toks[k + 1].line == toks[k].line and (k + 2 == len(toks) or toks[k + 2].text in (".", ";", ",") or toks[k + 2].line != toks[k].line) \
                and toks[k + 1].text[:1].isupper() and toks[k + 1].text[1:].islower() and toks[k + 1].text.isalpha() \
                and toks[k + 1].text.lower() in person_names()[1] and not is_english_word(toks[k + 1].text.lower()):
            fixed, p_title = list(labels), list(_title_probabilities(seg))
            fixed[k], fixed[k + 1] = "O", "A"
            p_title[k] = p_title[k + 1] = 0.0
            for i in range(k + 2, len(toks)):   # (what follows the byline is no more of the title)
                if fixed[i] == "T":
                    fixed[i], p_title[i] = "O", 0.0
            return replace(seg, labels=fixed, p_title=p_title)
    return seg


def _by_inside_the_title(seg: Segment) -> Segment:
    """"Widget Control by Applying Top Gizmo Forces by Ana Souza et al.": a title with "by" inside it, which the segmenter
    ended at its first "by", reading the words up to the second, before the names, as neither: they are the title's."""
    toks, labels = seg.unit.tokens, seg.labels
    if "A" not in labels:
        return seg
    first = next((i for i in range(2, len(toks)) if toks[i].text == "by" and labels[i] == "O" and labels[i - 1] == "T"
                  and toks[i].line == 0), -1)
    if first < 0:
        return seg
    last = next((i for i in range(first + 2, min(len(toks) - 1, first + 10)) if toks[i].text == "by" and labels[i + 1] == "A"), -1)
    between = range(first + 1, last)
    if last < 0 or any(labels[i] != "O" or not toks[i].text.isalpha() or toks[i].line != 0 for i in between):
        return seg
    fixed, p_title = list(labels), list(_title_probabilities(seg))
    for i in range(first, last):
        fixed[i], p_title[i] = "T", max(p_title[i], DASH_TITLE_CONFIDENCE)
    return replace(seg, labels=fixed, p_title=p_title)


def _title_continued(seg: Segment) -> Segment:
    """The segment with an "author" run on the title's line given back to the title when it is a
    dictionary phrase joined to the title by a word like "by": "Attention by Enforcing Monotonic
    Alignments" is one title, not a title by a person called "Enforcing Monotonic Alignments"; or a
    dictionary phrase before a dash and names ("Contrastive Widget Pretraining – Chen Wei").

    The segmenter's doubt about the title came from that name reading; with it ruled out, the
    title's tokens get the probability conditioned on it: p(T) / (1 - p(name reading)), taking the
    name reading's mass from the phrase's own label probabilities (an upper bound: it assumes the
    two readings are disjoint, as they are when the name reading leaves the words before "by" out)."""
    toks, labels = seg.unit.tokens, seg.labels
    if "A" not in labels:   # most units: nothing to give back (this runs for every unit)
        return seg
    p_title = _title_probabilities(seg)

    def titled(k: int) -> bool:
        return p_title[k] >= TITLE_PROBABILITY and labels[k] not in ("A", "S") and toks[k].line == 0

    i, n = 0, len(toks)
    fixed: list[str] | None = None
    while i < n:
        if labels[i] != "A" or toks[i].line != 0:
            i += 1
            continue
        j = i
        while j < n and labels[j] == "A" and toks[j].line == 0:
            j += 1
        first = -1
        if i >= 2 and toks[i - 1].text.lower() in _JOINERS and titled(i - 2) and dictionary_phrase([t.text for t in toks[i:j]]):
            first = i - 2
            while first > 0 and titled(first - 1):
                first -= 1
        elif i >= 1 and titled(i - 1) and toks[i].text in TITLE_SMALL_WORDS and toks[i].text.islower() \
                and toks[i].text not in PARTICLES and j - i <= 4 and (j == n or labels[j] == "S" or toks[j].line != 0):
            first = i   # "Sparse Gizmo Attention at/A Scale/A | Chen Wei": a name never opens with "at", the title goes on
        elif j - i == 1 and i >= 1 and titled(i - 1) and toks[i - 1].text in _PREPOSITIONS and j + 1 < n \
                and labels[j] == "S" and labels[j + 1] == "A" and toks[j + 1].line == 0:
            first = i   # "Attribute Extraction at/T Instacart/A ,/S Dmitry/A Lin/A": a title never ends in "at", the names follow
        elif j - i >= 3 and j + 1 < n and toks[j].text in _DASHES and labels[j + 1] == "A" and toks[j + 1].line == 0 \
                and _mostly_dictionary([t.text for t in toks[i:j]]):
            first = i   # "[Spotlight] Contrastive Widget Pretraining – Chen Wei": the phrase before the names,
            while first > 0 and toks[first - 1].line == 0 and labels[first - 1] == "O" \
                    and (toks[first - 1].text[:1].isupper() or toks[first - 1].text in ("&", "+", "-", ":")):
                first -= 1   # from where its words begin ("Gizmo Q & | A at Scale – Fay Wong")
        if first >= 0:
            name_mass = min(sum(seg.confidence[i:j]) / (j - i), 0.99)
            fixed = fixed or list(labels)
            for k in range(first, j):
                fixed[k] = "T"
                p_title[k] = min(1.0, p_title[k] / (1.0 - name_mass))
        i = j
    if fixed is None:
        return seg
    return replace(seg, labels=fixed, p_title=p_title)


def _title_list_given_back(seg: Segment) -> Segment:
    """A title ending in a list of dictionary words the segmenter took for names ("... Computation:
    Theory, Algorithm, and Applications", "... on GANs, Variational Inference, and Reinforcement
    Learning"): when the rest of the title's line after its first "name" is only such words, their
    separators, and labelled links or punctuation, and every word is an English one no name lexicon
    knows, it is the title's."""
    toks, labels = seg.unit.tokens, seg.labels
    line0 = [k for k, t in enumerate(toks) if t.line == 0]
    first_a = next((k for k in line0 if labels[k] == "A"), None)
    if first_a is None or first_a < 2 or labels[first_a - 1] != "S" or labels[first_a - 2] != "T" or not seg.p_title:
        return seg
    rest = [k for k in line0 if k >= first_a and toks[k].link < 0 and toks[k].text[:1].isalnum()]
    firsts, lasts = person_names()
    ranks = word_ranks()
    words = [toks[k].text for k in rest if not _is_separator(toks[k].text)]
    # (a common word newer than the dictionary is a word too: "Baseline")
    if not words or not all(part.isalpha() and (is_english_word(part) or ranks.get(part.lower(), _COMMON_RANK) < _COMMON_RANK)
                            and part.lower() not in firsts and part.lower() not in lasts
                            for w in words for part in w.split("-")):   # "Open-Ended" too
        return seg
    title_p = [p for p, lab in zip(seg.p_title, labels) if lab == "T"]
    fixed, p_title = list(labels), list(seg.p_title)
    for k in range(first_a - 1, rest[-1] + 1):
        fixed[k] = "T"
        p_title[k] = max(p_title[k], sum(title_p) / len(title_p))
    return replace(seg, labels=fixed, p_title=p_title)


def _without_trailing_urls(toks: list[Token]) -> list[Token]:
    """The title's tokens without the URLs written out after it ("Title https://arxiv.org/..., https://..."):
    `clean_title` drops them from its text, and the title's span ends where its text does."""
    cut = len(toks)
    while cut > 1 and (written_url(toks[cut - 1].text) or toks[cut - 1].text in ",;:|"):
        cut -= 1
    return toks[:cut] if any(written_url(t.text) for t in toks[cut:]) else toks


def _affiliation_bracket_at_the_end(toks: list[Token]) -> int:
    """Where a title ends before a bracket that closes it and names an organisation, capitalised
    words with a word such as "Labs", "University" or "Group" ("Title (Widget LABS Europe)"), or 0."""
    if len(toks) < 5 or toks[-1].text != ")":
        return 0
    k = next((i for i in range(len(toks) - 2, 0, -1) if toks[i].text in "()"), 0)
    words = [t.text for t in toks[k + 1 : -1]]
    if k < 2 or toks[k].text != "(" or not 1 <= len(words) <= 5 or not all(w[:1].isupper() or w in _ORG_SMALL_WORDS for w in words) \
            or not any(ORGANISATION_WORD_RE.match(w) for w in words):
        return 0
    return k


def _tags_in_code_at_the_end(toks: list[Token]) -> int:
    """Where a title ends before the inline-code spans that close its run, the writer's tags ("Title `Meta` `Nice`"),
    when two words or more outside code come before them and the last is no small word the code's words go on from
    ("Title for `Fine-grained Widget Parsing`"); or 0."""
    k = _code_tail_start(toks)
    if k == len(toks) or sum(t.text[:1].isalpha() and not t.code for t in toks[:k]) < 2:
        return 0
    return 0 if toks[k - 1].text.lower() in TITLE_SMALL_WORDS else k


def _opening_anchor(toks: list[Token]) -> tuple[int, int]:
    """The link whose anchor opens a title's tokens (-1 for none) and how many tokens that anchor runs."""
    link = toks[0].link if toks else -1
    return link, next((i for i, t in enumerate(toks) if t.link != link), len(toks))


def _linked_then_an_aside(toks: list[Token]) -> int:
    """Where a title that opens with a link's whole anchor, two words or more, ends: before the bracket right after
    the link ("[Grid R-CNN](url) (Widgetco) **Note**": the lab and the writer's mark), or 0."""
    link, n = _opening_anchor(toks)
    return n if link >= 0 and 2 <= n < len(toks) - 1 and toks[n].text == "(" and toks[n].line == toks[n - 1].line else 0


def _apa_title_then_its_publisher(unit: Unit, toks: list[Token]) -> int:
    """Where a title that follows an APA reference's year ("Souza, A., & Park, B. (2031). Title. Widget Press.") ends: at
    its first full stop before a capitalised word (the publisher's or the journal's name follows), or 0."""
    k = unit.tokens.index(toks[0]) if toks else 0
    lead = [t.text for t in unit.tokens[max(0, k - 4) : k]]
    if len(lead) < 4 or lead[0] != "(" or not _LETTERED_YEAR_RE.fullmatch(lead[1]) or lead[2:] != [")", "."]:
        return 0
    # (not after an abbreviation or an initial: "Bayes Consistency vs. H-Consistency: ...")
    return next((i for i in range(2, len(toks) - 1) if toks[i].text == "." and toks[i + 1].text[:1].isupper()
                 and toks[i + 1].line == toks[i].line and len(toks[i - 1].text) > 1
                 and toks[i - 1].text.lower() not in _ABBREVIATIONS_BEFORE_A_STOP), 0)


def _code_at_after_the_title(toks: list[Token]) -> int:
    """Where a title ends when the writer's "code at owner/repo" or "code: ..." follows it on its run ("Widget Diffusion
    Models code at asouza/WidgetDiffusion: ..."; no catalogue title holds a lower-case "code at", "code on" or "code:"),
    or 0."""
    return next((i for i in range(2, len(toks) - 1) if toks[i].text == "code" and toks[i + 1].text in ("at", "on", ":")
                 and sum(t.text[:1].isalpha() for t in toks[:i]) >= 2), 0)


_ABBREVIATIONS_BEFORE_A_STOP = frozenset("vs v e.g i.e etc st dr mr ms mrs no fig eq al cf approx resp u.s i.i.d prob".split())


# A venue's short name: two capitals or more in one word of letters ("RSS", "CoRL", "NeurIPS").
_VENUE_ACRONYM_RE = re.compile(r"(?=(?:[a-z]*[A-Z]){2})[A-Za-z]{2,8}")


def _linked_then_its_venue(unit: Unit, toks: list[Token]) -> int:
    """Where a title that opens with a link's whole anchor, two words or more, ends: before a venue's short name right
    after the link, followed by its year or a comma ("[Title](url) CoRL, 2031 (4)"), or 0."""
    link, n = _opening_anchor(toks)
    if link < 0 or n < 2 or n == len(toks) or len(toks) - n > 2 or any(t.line != toks[0].line for t in toks[n:]) \
            or not all(_VENUE_ACRONYM_RE.fullmatch(t.text) for t in toks[n:]):
        return 0
    k = unit.tokens.index(toks[-1]) + 1
    after = unit.tokens[k] if k < len(unit.tokens) else None
    return n if after is not None and after.line == toks[-1].line and (after.text in (",", "'", "’") or YEAR_TOKEN_RE.fullmatch(after.text)) else 0


# A model's or a method's name, not a person's: capitals, a hyphen, a word ("MC-Net", "DAE-Former", "UA-MT").
_MODEL_NAME_RE = re.compile(r"[A-Z]{2,}-[A-Za-z0-9]+")


def candidate_from_segment(text: str, seg: Segment) -> Candidate | None:
    """The paper a segmented unit names, or None when it names no title."""
    seg = _et_al_before_the_title(_title_between_names_and_venue(_month_after_the_year(_title_tail_over_a_byline(_words_over_a_byline(_stacked_names_read_again(_emails_read_again(_names_colon_title_read_again(_name_colon_title_read_again(_bracket_inside_the_title(_year_ending_a_question(_subtitle_read_as_names(_tab_separated_fields(text, seg)))))))))))))
    seg = _cued_names_read_again(text, _bracketed_names_read_again(_table_row_read_again(_title_list_given_back(_title_continued(_by_inside_the_title(_surname_after_by_ending_the_title(_label_word_ending_a_title(seg))))))))
    seg = _given_name_in_capitals_after_a_marked_title(_first_name_after_a_dash_read_into_the_title(
        _emphasised_title_read_as_the_last_name(_emphasised_words_read_as_names(_title_line_over_a_cued_byline(seg)))))
    seg = _acronym_head_read_as_a_venue(_listed_subtitle_read_as_names(_paper_talk_name_colon_title(seg)))
    seg = _sentence_case_line_over_a_names_line(_title_line_over_a_names_line(_title_line_over_an_author_field(_title_field_over_an_author_field(_title_ending_in_a_quote(_title_head_after_a_byline(_sentence_before_a_note_read_as_prose(_vancouver_byline_read_again(_title_after_an_apa_byline(seg)))))))))
    seg = _last_author_after_and(_first_surname_after_the_stop(_names_between_stops(_byline_before_the_first_stop(_author_list_continued(_byline_read_again(_cell_byline_read_again(text, _byline_after_an_emphasised_title(_names_after_an_emphasised_title(_emphasised_byline(_plain_byline_under_an_emphasised_title(_names_in_capitals_under_a_title(_byline_in_an_emphasis_of_its_own(_emphasised_byline_after_the_title(seg))))))))))))))
    seg = _tags_in_code_after_the_words(text, seg)   # (last: the rules above read whole lines)
    title_toks, confidence = _title_tokens(seg)
    if not title_toks:
        return None
    unit = seg.unit
    if len(title_toks) > 2 and title_toks[0].text.isdigit() and (_ends_a_section_code(unit.tokens, unit.tokens.index(title_toks[0]))
                                                                 or _plain_list_number(text, title_toks[0])):
        title_toks = title_toks[1:]   # "### O.3.3 Title": the number ends the section's code, glued to it; "2 Title": a plain list's number
    if len(title_toks) > 6 and [t.text for t in title_toks[:4:2]] == ["(", ")"] and title_toks[3].text == "." \
            and _LETTERED_YEAR_RE.fullmatch(title_toks[1].text):
        title_toks = title_toks[4:]   # "Souza, A., & Park, B. (2031a). Title.": the reference's year, read into the title
    title_toks = _without_a_by_word(seg, title_toks)
    title = clean_title(visible_text(text, title_toks))
    if not title:
        return None
    last = seg.unit.tokens.index(title_toks[-1])
    wrapped = _title_parenthetical(seg, last) or _wrapped_rest(text, seg, last)
    if wrapped:
        title_toks = title_toks + wrapped
        title = clean_title(visible_text(text, title_toks))
    cut, lead_names = _names_before_its_link(title_toks)
    if cut <= 0:
        cut, lead_names = _surnames_before_a_title(title_toks)
    if cut > 0:   # "Ada Lovelace. [Title](url)", "Saphra and Lopez, Title": the names before the title are its authors
        title_toks = title_toks[cut:]
        title = clean_title(visible_text(text, title_toks))
    else:
        k, names = _names_colon_marked_title(unit, title_toks)
        if k > 0:   # "[Hana Mori](url), [Ido Katz](url): **Title**.": the names that open the line are its authors
            title_toks, lead_names = title_toks[k:], names
            title = clean_title(visible_text(text, title_toks))
    if _after_a_sentence(seg, title_toks[0]) and caps_ratio(title) <= 0.5:
        return None   # "... (Smith et al., 2019). The experiments cover three domains: ...": prose
    if _lower_case_mid_line(seg, title_toks, title):
        return None   # "... (Park et al., 2031) analyses what they learn.": the rest of a sentence
    if _quotation_wrapped_on(seg, title_toks, title):
        return None   # 'In the words of the authors: *"Several approaches have been proposed' / 'for learning ..."*'
    if reads_as_names(title):
        return None   # a byline read as a title (an author line under its title, in italics or alone)
    byline, dot, after = title.partition(". ")
    if dot and after[:1].isupper() and caps_ratio(after) < 0.5 and reads_as_names(byline):
        return None   # "Hana Mori and Ido Katz. A ranking paper.": a byline and a note under the title above
    if _label_over_names(title):
        return None   # "My Mentors: [Ana Souza](url), [Ben Park](url), ...": a label and a list of people
    if _part_of_a_byline(seg, title_toks):
        return None   # "Zhentao Tan, Menglei Chai, ...": names of a byline the segmenter took for a title
    if _FIRST_PERSON_RE.match(title) and caps_ratio(title) < 0.5 and not _whole_line_over_names(seg, title_toks):
        return None   # "We propose widget conditioning, ...": an abstract or a note, not a title (unless its byline is
        # the next line: "We need to talk about widget splits" / "Ana Souza and Ben Park")
    opens = unit.tokens.index(title_toks[0])   # (where the title opens: the checks below read the tokens around it)
    if _affiliation_after_a_name(seg, title_toks, opens) or _NAME_THEN_INSTITUTION_RE.match(title):
        return None   # (a committee's list: "Mausam, Indian Institute of Widgets, India")
    if _after_a_byline(seg, title_toks) or _journal_after_a_byline(seg, title_toks, opens):
        return None
    line0 = [t for t in unit.tokens if t.line == 0]
    if line0 and _LABEL_THEN_WORDS_RE.fullmatch(text, line0[0].start, line0[-1].end):
        return None   # "Video Playlists: Youtube | Bilibili": a field whose values are single words between bars, no record
    if _a_place_in_an_affiliation(unit.tokens, title_toks, opens):
        return None   # "A, B, Ximalaya Inc., ShangHai, China; C, ...": the city of an organisation in a byline
    if _no_title_words(title) or ends_in_a_venue_name(title) or _VENUE_LINE_RE.search(title) \
            or _IN_PROCEEDINGS_BEFORE_RE.search(text, max(text.rfind("\n", 0, title_toks[0].start) + 1, title_toks[0].start - 200),
                                                title_toks[0].start):
        return None   # ("Widgetco sponsored the Neural Information Processing Systems (NeurIPS) conference"; "A, B. In
        # Proceedings of the 2nd Workshop on Deep Learning for Low-Resource NLP (...)": a run inside the venue's name)
    cut = _marked_title_then_note(title_toks) or _title_then_a_sentence(title_toks)
    if cut > 0:   # "[Title](url): from one widget to ...": the link's anchor is the title, the rest a note on it
        title_toks = title_toks[:cut]
        title = clean_title(visible_text(text, title_toks))
    inner = _anchor_in_a_sentence(title_toks)
    if inner is not None:   # "Another highlight: [Title](url) from Jon Snow, ...": the anchor is the title
        title_toks = title_toks[inner[0] : inner[1]]
        title = clean_title(visible_text(text, title_toks))
    lead = _note_then_linked_title(title_toks)
    if lead > 0:   # "- Widgets help. Experiments show ... [Title](pdf)": the notes come first, the linked title last
        title_toks = title_toks[lead:]
        title = clean_title(visible_text(text, title_toks))
    cut = _given_name_before_a_title(title_toks)
    if cut > 0:   # "Ana Souza A Bound on ...": the name is the author's
        lead_names = lead_names + [title_toks[:cut]]
        title_toks = title_toks[cut:]
        title = clean_title(visible_text(text, title_toks))
    cut = _note_after_the_title(seg, title_toks, named=bool(lead_names) or "A" in seg.labels)
    if cut > 0:   # "Title. This paper describes how ...": the title ends where the note on it starts
        title_toks = title_toks[:cut]
        title = clean_title(visible_text(text, title_toks))
    title_toks = _without_trailing_urls(title_toks)
    if (opening := _opening_bracket_left_out(unit.tokens, title_toks)) is not None:
        title_toks = [opening, *title_toks]   # "(Re-)Distributional Food Justice": the bracket the run began inside
        title = clean_title(visible_text(text, title_toks))
    if (quoted := _quoted_between_a_label_and_the_venue(title_toks)) is not None:
        title_toks = quoted   # '**WNET**: "Widget Networks for Gizmos," in *Proc. ICASSP*': the quoted words are the title
        title = clean_title(visible_text(text, title_toks))
    handle = next((k for k in range(2, len(title_toks) - 1) if title_toks[k].text.lower() == "by" and title_toks[k + 1].text == "@"), 0)
    if handle:   # "1/ Widget Nets for Gizmo Parsing by @asouza and @bpark — ...": a thread's byline of handles
        title_toks = title_toks[:handle]
        title = clean_title(visible_text(text, title_toks))
    if (cut := _affiliation_bracket_at_the_end(title_toks)) > 0 or (cut := _linked_then_an_aside(title_toks)) > 0 \
            or (cut := _tags_in_code_at_the_end(title_toks)) > 0 or (cut := _linked_then_its_venue(unit, title_toks)) > 0 \
            or (cut := _apa_title_then_its_publisher(unit, title_toks)) > 0 or (cut := _code_at_after_the_title(title_toks)) > 0:
        # "Title (Widget LABS Europe)", "[Title](url) (Widgetco) **Note**", "Title `Meta` `Nice`", "[Title](url) CoRL, 2031":
        # not the title's
        title_toks = title_toks[:cut]
        title = clean_title(visible_text(text, title_toks))
    if _a_tool_named_in_a_sentence(unit, title_toks):
        return None   # "Demo-ed the use of their [Widget Library](https://github.com/...)": software, not a paper
    first = next(t for t in unit.tokens if t.line == title_toks[0].line)
    if LINKS_FIELD_RE.match(text, first.start):
        return None   # "**Links:** [Paper](…) | [Virtual Conference Room](…)": the anchors name the links
    cut = next((i for i in range(1, len(title_toks) - 1) if title_toks[i].text in _CJK_COMMAS and _CJK_LETTER_RE.match(title_toks[i + 1].text)), 0)
    if cut:   # "Title，胡英东，清华大学": names and an affiliation in Chinese after a full-width comma
        title_toks = title_toks[:cut]
        title = clean_title(visible_text(text, title_toks))
    if (coined := _coined_name_before_the_colon(unit, seg, title_toks)) is not None:
        title_toks = [*coined, *title_toks]   # "SEQˆ3: Differentiable ...": the model's name the segmenter read as a person
        title = clean_title(visible_text(text, title_toks))
    run_on: list[Token] = []
    if (cut := _ran_past_its_link(title_toks)) > 0:   # "[Title](url), Ran Tao, Ana Souza and ... show": a given name after the link
        title_toks, run_on = title_toks[:cut], title_toks[cut + (title_toks[cut].text == ",") :]
        title = clean_title(visible_text(text, title_toks))
    start, end = title_toks[0].start, title_toks[-1].end
    title_link = None
    link_ids = {t.link for t in title_toks if t.link >= 0}
    if len(link_ids) == 1:
        title_link = unit.links[link_ids.pop()]
        if (named := _the_repository_named(title, title_link.href)) is not None:
            title = named   # "[GitHub - owner/repo: Title](https://github.com/owner/repo)" read from "owner/repo" on
    earlier, later = _other_titles_on_the_line(seg, title_toks)
    seg = _names_after_a_marked_stop(seg, title_toks)
    authors = _names_of_this_title(_authors(text, seg), title_toks[0].start, title_toks[-1].end, earlier, later)
    # A name inside the title is no author: the title took its next line's words (a wrapped anchor),
    # or a link's whole anchor ("... VFX, Game Dev, and Gizmo Workflows ...").
    authors = [a for a in authors if (a[2] <= start or a[1] >= end) and not _MODEL_NAME_RE.fullmatch(a[0])]
    # ... nor a name in the writer's own sentence on a line below it ("I had a long conversation with **Dr. Ana Souza**")
    authors = [a for a in authors if not _in_the_writers_sentence(text, unit, a)]
    # ... nor a speaker after a quotation's "said" ('"Widgets matter," said Ana Souza'): who spoke, no author
    authors = [a for a in authors if not _SAID_BEFORE_RE.search(text, max(0, a[1] - 8), a[1])]
    if run_on and authors and not text[run_on[-1].end : authors[0][1]].strip():
        lead_name = authors[0]   # the given name the title ran over, and the surname read as the first author
        authors = [(clean_name(text[run_on[0].start : lead_name[2]]), run_on[0].start, lead_name[2])] + authors[1:]
    elif run_on and authors and text[run_on[-1].end : authors[0][1]].strip() in (",", ";") and is_name(visible_text(text, run_on)):
        # ("[Title](url) Ana Souza, Ben Park": the first name whole, before the comma that opens the others)
        authors = [(clean_name(visible_text(text, run_on)), run_on[0].start, run_on[-1].end)] + authors
    elif title_link is not None and authors and authors[0][1] > end \
            and (skipped := _NAME_SKIPPED_AFTER_A_LINK_RE.match(text[end : authors[0][1]])) and is_name(skipped.group(1)):
        # "[Title](url), Ran Tavo, Emil Novak and ...": the first name, its given name a word, read as neither
        at = end + skipped.start(1)
        authors = [(skipped.group(1), at, at + len(skipped.group(1)))] + authors
    # "Title [[Souza & Park ICML31]](url)": the tag's surnames (in place of the names read inside it, "Park ICML31" none)
    tagged, tag_end = _names_of_its_citation_tag(unit.tokens, end)
    if tagged and all(tagged[0][1] <= a[1] < tag_end for a in authors):
        authors = tagged
    links = list(unit.links)
    if unit.kind == "heading":   # "## Widget Dynamics" / "In their work [Souza and Park et al.](arXiv) ...": another work's link
        cited = {t.link for t in unit.tokens if t.line > 0 and t.link >= 0}
        links = [lk for k, lk in enumerate(links) if k not in cited or not _cites_by_names(text[lk.start : lk.end])]
    if earlier is not None or later is not None:   # the links from this title to the next are this title's
        links = [link for link in links if link.start >= title_toks[0].start and (later is None or link.start < later)]
    stop = _venue_after_a_stop(title_toks)
    if stop > 0:   # "Title. *Venue*, 1–10.": the venue set in italics after the title's full stop
        title_toks = title_toks[:stop]
        title = clean_title(visible_text(text, title_toks))
        start, end = title_toks[0].start, title_toks[-1].end
    cut, names = _ran_into_names(title_toks, seg)
    marked_cut, marked_names = _ran_into_marked_names(title_toks, seg)
    if marked_cut > 0 and (cut <= 0 or marked_cut < cut):   # (the names' italics open before a stop inside them)
        cut, names = marked_cut, marked_names
    if cut <= 0:
        cut, names = _ran_on_past_its_emphasis(title_toks, seg)
    if cut <= 0:
        cut, names = _byline_ending_the_run(title_toks)
    if cut <= 0:
        cut, names = _affiliated_name_ending_the_run(text, title_toks, seg, authors)
    if cut > 0:   # "Title. Jon Snow. CHI '26": the title ends at the stop, the names are its authors
        title_toks = title_toks[:cut]
        title = clean_title(visible_text(text, title_toks))
        start, end = title_toks[0].start, title_toks[-1].end
        authors = _names_first(text, names, authors)
    if lead_names:
        authors = _names_first(text, lead_names, authors)
    if _NICKNAME_RE.search(title) and has_the_form_of_names(title, 1):
        return None   # 'Abdelrahman “Boda” Sadallah' in a byline: the quotes made the segmenter read a title, but it is a name
    if unit.in_comment and not unit.links and not authors:
        return None   # "<!-- Begin Mailchimp Signup Form -->": a template's marker; a paper kept in a comment has its link or names
    authors = [a for a in authors if not _inside_a_translation(text, end, a[1])]
    if (rest := _title_list_read_as_names(unit, title_toks, authors) or _list_tail_read_as_no_names(unit, seg.labels, title_toks, authors)):
        # "...: Quality Diversity, Indirect Encodings, and ...", "A Study of Widgets, Gizmos, & Widget Use"
        title_toks = title_toks + rest
        title = clean_title(visible_text(text, title_toks))
        end, authors = title_toks[-1].end, []
    if (head := _one_word_head(unit.tokens, title_toks, authors)) >= 0:
        title_toks = unit.tokens[head : unit.tokens.index(title_toks[0])] + title_toks   # the word and its colon
        title = clean_title(visible_text(text, title_toks))
        start, authors = title_toks[0].start, []
    # A plain list item put forward by its case alone: not a record that the items nested under it belong to.
    bare = unit.kind == "item" and not unit.links and not authors \
        and all(p < TITLE_PROBABILITY for p, t in zip(seg.p_title, unit.tokens) if t.line == 0)
    confidence = _confidence_in_the_title(seg, title_toks, title, confidence)
    start = _cleaned_title_start(text, title, start, end)
    # (a venue's tag read into the title, which cleaning left out, is a venue given: "Title (ICTIR 2022)")
    venue = "V" in seg.labels or unit.venue_tag or _TRAILING_VENUE_YEAR_RE.search(visible_text(text, title_toks)) is not None
    return Candidate(title, start, end, f"record.{unit.kind}", confidence, authors, links, title_link, unit,
                     venue=venue, bare_item=bare)


# "by" and its word in German, French, Dutch, Swedish, Polish, Italian, Spanish and Portuguese ("**Title** de Ana Souza y Ben Park").
BY_WORDS = frozenset("by von par door av przez di de por".split())


def _without_a_by_word(seg: Segment, title_toks: list[Token]) -> list[Token]:
    """A title whose run went on into the word for "by" before its names, past its emphasis or its
    comma ("**Title** de/T Ana/A Souza/A", "Title, de/T Dana/A Levi/A"): no title ends so."""
    last = title_toks[-1]
    if len(title_toks) < 3 or last.text not in BY_WORDS or _emphasised(last):
        return title_toks
    k = seg.unit.tokens.index(last)
    if k + 1 >= len(seg.labels) or seg.labels[k + 1] != "A":
        return title_toks
    keep = title_toks[:-1]
    return keep[:-1] if keep[-1].text == "," else keep


def _cleaned_title_start(text: str, title: str, start: int, end: int) -> int:
    """Where the title starts once clean_title dropped the words before it ('A and B for “Title”',
    "Check out Title"): at its first word's first place in start:end past `start`, so the span is
    the title's and a quote's reading of the same title has the same span."""
    first = title.split(maxsplit=1)[0] if title else ""
    if not first or text.startswith(first, start):
        return start
    m = re.search(rf"(?<!\w){re.escape(first)}", text[start:end])
    return start + m.start() if m else start


def _confidence_in_the_title(seg: Segment, title_toks: list[Token], title: str, confidence: float) -> float:
    """The segmenter's confidence in the title's own words when the cleaned title left out some of the
    run's tokens ("Title (arXiv:2101.00001)": the identifier's tokens, doubted, are no part of it)."""
    words = set(title.split())
    at = {id(t): i for i, t in enumerate(seg.unit.tokens)}
    kept = [at[id(t)] for t in title_toks if t.text in words and id(t) in at]   # (a wrapped rest's tokens may be new)
    if not kept or len(kept) == len(title_toks) or len(seg.p_title) != len(seg.unit.tokens):
        return confidence
    return max(confidence, sum(seg.p_title[i] for i in kept) / len(kept))


# A line that opens with a field of links ("**Links:** [Paper](…) | [Virtual Conference Room](…)"): its anchors name links.
LINKS_FIELD_RE = re.compile(r"(?i)(?:<br\s*/?>|[\s*_>|-])*(?:links?|resources|materials|urls)[*_\s]*[:：]")
_DETERMINERS = frozenset("the their our its his her a an this".split())


def _coined_name_before_the_colon(unit: Unit, seg: Segment, title_toks: list[Token]) -> list[Token] | None:
    """The one word and the colon that open the title's line, when the segmenter read that word as an author but it
    is no person's name ("SEQˆ3: Differentiable Sequence-to-Sequence ...": a coined name with a symbol or a digit in
    it): the head of a "Name: Subtitle" title; None otherwise. (`_one_word_head` takes such a word back from the
    authors; this one never became one.)"""
    if len(unit.tokens) < 3 or unit.tokens[2] is not title_toks[0] or unit.tokens[1].text not in (":", "："):
        return None
    word = unit.tokens[0]
    if word.line != title_toks[0].line or seg.labels[0] != "A" or not _CODED_WORD_RE.fullmatch(word.text):
        return None
    return [word, unit.tokens[1]]


# A coined name with a symbol or a digit among its letters, no person's: "SEQˆ3", "T5", "Fit2Gen".
_CODED_WORD_RE = re.compile(r"(?=.*[A-Za-z])(?=.*[\dˆ^+#])[A-Za-z\dˆ^+#-]{2,20}")


def _a_tool_named_in_a_sentence(unit: Unit, title_toks: list[Token]) -> bool:
    """A title that is the whole anchor of a link to code, right after an article or a possessive
    that a sentence's lower-case words lead to ("... the use of their [Widget Library](github)")."""
    link = title_toks[0].link
    if link < 0 or any(t.link != link for t in title_toks) or link_kind(unit.links[link].href, "") != "code":
        return False
    k = unit.tokens.index(title_toks[0])
    before = [t.text for t in unit.tokens[:k] if t.line == title_toks[0].line and t.text[:1].isalpha()]
    return len(before) >= 3 and before[-1].lower() in _DETERMINERS and sum(w[:1].islower() for w in before) >= 3


def _inside_a_translation(text: str, title_end: int, start: int) -> bool:
    """Whether a name found after the title sits in brackets that hold a translation of it ("Eris: Title
    (Eris: <the title in Korean>)"): the brackets hold Chinese, Japanese or Korean letters."""
    opening = text.rfind("(", title_end, start)
    if opening < 0 or ")" in text[opening:start]:
        return False
    closing = text.find(")", start)
    if closing < 0 or "\n" in text[opening:closing]:
        return False
    # ("(Ana Souza 외)", "(Chen Wei 等)": "et al." in Korean, Chinese or Japanese is no translation)
    return bool(_CJK_LETTER_RE.search(_CJK_ET_AL_RE.sub("", text[opening:closing])))


# "et al." in Korean, Chinese and Japanese (longest first); the Chinese and Japanese ones may be glued to the name.
_CJK_ET_AL = ("외", "등", "等人", "等", "ら", "他", "ほか")
_CJK_ET_AL_GLUED = ("等人", "等", "ら")
_CJK_ET_AL_WORDS = frozenset(_CJK_ET_AL)
_CJK_ET_AL_RE = re.compile(rf"(?<=\s)(?:{'|'.join(_CJK_ET_AL)})(?=\s*(?:$|[,，、]))|(?<=[^\W\d_])(?:{'|'.join(_CJK_ET_AL_GLUED)})(?=\s*(?:$|[,，、]))")


def _one_word_head(toks: list[Token], title_toks: list[Token], authors: list[NameSpan]) -> int:
    """Where the one "name" of a record stands when it is the head of its title ("[Venue'24] Aceso:
    Efficient Widget Training"): a single word no lexicon knows as a given name, right before the colon
    the title goes on from (the title's run opening at the colon or after it); -1 otherwise."""
    if len(authors) != 1 or " " in authors[0][0]:
        return -1
    k = next((i for i, t in enumerate(toks) if t.start == authors[0][1]), -1)
    if k < 0 or k + 2 >= len(toks) or toks[k + 1].text != ":" or not (toks[k + 1] is title_toks[0] or toks[k + 2] is title_toks[0]) \
            or toks[k].line != title_toks[0].line or toks[k].text.lower() in person_names()[0]:
        return -1
    return k


def _lower_case_mid_line(seg: Segment, title_toks: list[Token], title: str) -> bool:
    """A title run in the middle of its line that opens with a lower-case word and holds no capitalised
    one, with no link, emphasis or quotes on it: words of a sentence, not a title."""
    first = title_toks[0]
    toks = seg.unit.tokens
    i = toks.index(first)
    if i == 0 or toks[i - 1].line != first.line or not first.text[:1].islower() or caps_ratio(title) > 0:
        return False
    if len(title_toks) > 3 and title_toks[1].text == ":":
        return False   # ("Souza, A. (2031). q-widgets: A quantum algorithm for ...": a lower-case name heads the title)
    return not any(t.link >= 0 or t.em or t.strong or t.quoted or t.code for t in title_toks)


def _anchor_in_a_sentence(title_toks: list[Token]) -> tuple[int, int] | None:
    """The bounds of the one link anchor inside a title run, three words or more in title case, when
    the run reads as a sentence around it: a lead that ends in a colon before it ("Another highlight:
    [Title](url)") or is lower-case words, or a lower-case word right after it ("[Title](url) from Jon Snow"); None otherwise."""
    links = {t.link for t in title_toks}
    anchor = [i for i, t in enumerate(title_toks) if t.link >= 0]
    if len(links - {-1}) != 1 or not anchor or anchor[-1] - anchor[0] + 1 != len(anchor) or len(anchor) == len(title_toks):
        return None
    words = " ".join(title_toks[i].text for i in anchor)
    if sum(title_toks[i].text[:1].isalpha() for i in anchor) < 3 or caps_ratio(words) < 0.75 or is_label_anchor(words):
        return None
    lo, hi = anchor[0], anchor[-1] + 1
    # ... or lower-case words the run took from the sentence before it ("The best paper went to [Title](url)").
    lead = lo > 0 and title_toks[0].line == title_toks[lo].line \
        and (title_toks[lo - 1].text in (":", "：") or all(t.text[:1].islower() and t.text.isalpha() for t in title_toks[:lo]))
    after = hi < len(title_toks) and title_toks[hi].text[:1].islower() and title_toks[hi].text.isalpha() \
        and (title_toks[hi].text not in TITLE_SMALL_WORDS
             or (title_toks[hi].text in ("by", "from") and hi + 1 < len(title_toks) and title_toks[hi + 1].text.lower() in person_names()[0]))
    return (lo, hi) if lead or after else None


def _note_then_linked_title(title_toks: list[Token]) -> int:
    """Where a link anchor of three words or more that ends the title run starts, when the words
    before it hold a sentence's end ("Spectral norm helps. Experiments show that ... [Title](pdf)"): a
    note on the paper, then its linked title; 0 when they are not so."""
    k = len(title_toks)
    while k > 1 and title_toks[k - 1].link < 0 and title_toks[k - 1].text in (".", ",", ";", "!"):
        k -= 1   # (the sentence's stop after the anchor: "... was with the [Title](url).")
    last = title_toks[k - 1].link
    if last < 0:
        return 0
    while k > 0 and title_toks[k - 1].link == last:
        k -= 1
    if k < 3 or sum(t.text[:1].isalpha() for t in title_toks[k:]) < 3:
        return 0
    return k if _holds_a_sentence_end(title_toks[:k]) else 0


def _note_after_the_title(seg: Segment, title_toks: list[Token], named: bool) -> int:
    """Where a sentence about the paper starts inside a title run in title case (`note_start`, which
    also sees the three words after the run: "... Learning This" / "paper bounds the"), or 0. A span
    marked as one (a link's anchor, emphasis, quotes) is the title as it stands and is not cut; a
    record that names no authors is not cut either."""
    first, unit = title_toks[0], seg.unit
    if first.link >= 0 or first.em or first.strong or first.quoted:
        return 0
    if not named:
        # (with no names, "Use Widget Metrics for training. There's lots of theory ...": a line of notes;
        # but a note that speaks of the paper's authors or of the paper names what came before it:
        # "- Towards widget parsing with gizmo networks. They generalize ...")
        return _sentence_before_a_note_on_it(title_toks) if unit.kind == "item" else 0
    end = unit.tokens.index(title_toks[-1]) + 1
    cut = note_start([t.text for t in title_toks] + [t.text for t in unit.tokens[end : end + 3]])
    if not 0 < cut < len(title_toks):
        return 0
    stop = unit.tokens.index(title_toks[cut])
    if caps_ratio(" ".join(t.text for t in title_toks[:cut])) <= 0.5 and not NOTE_ON_IT_RE.match(" ".join(t.text for t in unit.tokens[stop + 1 : stop + 5])):
        return 0   # (a sentence before the note is prose: "The experiments cover three domains. Several talks ..."; but
        # not before a note on it as a paper: "A, B, Widget regularization for gizmos. This paper is about ...")
    return cut




def _sentence_before_a_note_on_it(title_toks: list[Token]) -> int:
    """Where a list item's first sentence (four words or more) ends when the next opens with the
    paper or its authors as subject ("Towards widget parsing. They generalize ...", "Widget nets for
    gizmos. The authors show ..."), or when that sentence is in Title Case and another follows it
    ("Feedback Loss in Widget Chains. The widget chain ..."); 0 otherwise."""
    for i in range(4, len(title_toks) - 1):
        if title_toks[i].text == "." and title_toks[i].line == title_toks[0].line:
            return i if NOTE_ON_IT_RE.match(" ".join(t.text for t in title_toks[i + 1 : i + 5])) \
                or (caps_ratio(" ".join(t.text for t in title_toks[:i])) >= 0.8 and title_toks[i + 1].text[:1].isupper()) else 0
    return 0


# Words a title opens with that never follow a person's name inside a title: "Ana Souza A Study of
# ..." is a name, then the title, with no separator between them.
_TITLE_ARTICLES = frozenset({"A", "An", "The"})


def _given_name_before_a_title(title_toks: list[Token]) -> int:
    """Where the title starts after a leading "Given Surname" with no separator ("Ana Souza A Bound on
    the ..."): a known given name, a capitalised surname, then an article and three words or more;
    0 when the run does not open so."""
    if len(title_toks) < 6 or title_toks[2].text not in _TITLE_ARTICLES:
        return 0
    given, surname = title_toks[0].text, title_toks[1].text
    if given.lower() not in person_names()[0] or not is_name(f"{given} {surname}") or is_english_word(surname):
        return 0
    return 2


def _holds_a_sentence_end(toks: list[Token]) -> bool:
    """A full stop, "!" or "?" followed by a capitalised word."""
    return any(a.text in (".", "!", "?") and b.text[:1].isupper() for a, b in pairwise(toks))


def _marked_title_then_note(title_toks: list[Token]) -> int:
    """How many tokens of a title are a link anchor or an emphasis span of three words or more that
    opens it, when the title runs on past the span after a colon into words that are no subtitle: a
    lower-case phrase longer than the span or a lower-case sentence ("[Title](url): from one widget
    to many gizmos in three settings", "*Title*: only widgets are counted. We can ..."); after a dash,
    a span of any length ("**GizmoNet** — turns widgets into gizmos at scale"); after a full stop, a
    span of three words or more before a sentence ("*Title*. Simple and general."); after a span that ends
    in a question mark, a sentence ("[Title?](url) In the words of the authors: ..."); 0 when they are not so."""
    mark = _mark(title_toks[0])
    if mark is None:
        return 0
    k = 1
    while k < len(title_toks) and _mark(title_toks[k]) == mark:
        k += 1
    dash = title_toks[k].text in _DESCRIPTION_DASHES if k < len(title_toks) else False
    if k + 2 < len(title_toks) and title_toks[k - 1].text in ("?", "!") and sum(t.text[:1].isalpha() for t in title_toks[:k]) >= 3:
        # "[Do Widgets Need to be Deep?](url) In the words of the authors: ...": the question ends the span and the title
        alpha = [t.text for t in title_toks[k:] if t.text[:1].isalpha()]
        # (not when the anchor goes on in other marks: "[Title? **Part** of it](url)")
        plain = all(t.link < 0 and not (t.em or t.strong) for t in title_toks[k:])
        return k if plain and len(alpha) >= 3 and sum(w[:1].islower() for w in alpha) >= 2 else 0
    if k + 2 < len(title_toks) and title_toks[k].text == "." and sum(t.text[:1].isalpha() for t in title_toks[:k]) >= 3:
        # "*Title*. Simple and general.": a full stop after the span ends it, and a sentence follows
        alpha = [t.text for t in title_toks[k + 1 :] if t.text[:1].isalpha()]
        return k if len(alpha) >= 2 and any(w[:1].islower() for w in alpha) else 0
    if 3 <= k < len(title_toks) and title_toks[k - 1].text == ":" and mark[0] < 0 and not title_toks[k].strong \
            and sum(t.text[:1].isalpha() for t in title_toks[:k]) >= 3:
        # "**SCULPT: Systematic Tuning of Widgets:** Structured tuning for *very* long widgets": the emphasis holds the
        # title and its colon, the writer's note follows it
        alpha = [t.text for t in title_toks[k:] if t.text[:1].isalpha()]
        lower = sum(w[:1].islower() for w in alpha[1:])
        return k - 1 if alpha and (alpha[0][:1].islower() or (len(alpha) >= 6 and lower >= 0.7 * (len(alpha) - 1))) else 0
    if k + 1 >= len(title_toks) or not (title_toks[k].text == ":" or dash) \
            or sum(t.text[:1].isalpha() for t in title_toks[:k]) < (1 if dash else 3):
        return 0
    rest = title_toks[k + 1 :]
    sentence = _holds_a_sentence_end(rest)
    # (a short lower-case subtitle stays: "[WidgetLM - A or B](url): why not both?")
    longer = sum(t.text[:1].isalpha() for t in rest) > sum(t.text[:1].isalpha() for t in title_toks[:k])
    if dash:   # "**Title** — Widget-AB turns widgets into gizmos.": lower-case words make it a note, not a title's rest or names
        alpha = [t.text for t in rest if t.text[:1].isalpha()]
        lower = sum(w[:1].islower() for w in alpha)
        return k if rest[0].text[:1].islower() or (lower >= 3 and 2 * lower >= len(alpha)) else 0
    # (an emphasis, not a link's anchor, closes the title before its colon: what follows unmarked is the writer's)
    emphasised = mark[0] < 0 and (mark[1] or mark[2]) and all(t.link < 0 and not (t.em or t.strong) for t in rest)
    # (or a description that opens with an article: "**Title**: a model that parses gizmos"; after an emphasis, any
    # lower-case words: "**Title**: non-widget geometry in gizmos!")
    if rest[0].text[:1].islower():
        return k if longer or sentence or rest[0].text in ("a", "an", "the") or emphasised else 0
    # ... or a capitalised sentence of lower-case words with its full stop, outside the mark ("**Title**: The talk was
    # packed."), where a subtitle goes on in the title's case or inside the mark ("**Title**: The Missing Manual")
    alpha = [t.text for t in rest if t.text[:1].isalpha()]
    plain = all(t.link < 0 and not (t.em or t.strong) for t in rest)
    if plain and 0 < len(alpha) <= 2 and all(w.lower() in TITLE_SMALL_WORDS or w.lower() in _OPENING_PRONOUNS for w in alpha):
        return k   # (a sentence's first word the title's run took: "**Title**: The/T poster/O session ...")
    # (or three such words, where the unit's title run stopped short of the full stop: "**Title**: The talk was")
    lower = sum(w[:1].islower() for w in alpha[1:]) >= 0.7 * (len(alpha) - 1)
    ends = sentence or rest[-1].text in (".", "!")
    # (after an emphasis, six such words need no stop: "**Title**: A modernized widget model with strong gains (...)")
    return k if plain and lower and (len(alpha) == 3 or (len(alpha) >= 4 and ends) or (emphasised and len(alpha) >= 6)) else 0


# Words that open a writer's sentence about a paper, none a title's last word.
_OPENING_PRONOUNS = frozenset("this that these those it i we they you".split())


def _title_then_a_sentence(title_toks: list[Token]) -> int:
    """Where a Title Case head ends when a note on the paper follows it on its line, unmarked: a colon
    and a lower-case sentence that ends in a full stop ("1. Widget Nets for Gizmo Parsing: parses gizmos
    with widgets."), a dash and lower-case words ("- Widget Nets for Gizmo Parsing — parses gizmos"),
    or a full stop and a sentence ("1. Widget Nets for Gizmo Parsing. They parse gizmos."); 0 otherwise.
    (Of the catalogue's 155k titles, 31, 10 and 6 read so.)"""
    if len(title_toks) < 5:
        return 0
    ends_a_sentence = title_toks[-1].text == "."
    for c, t in enumerate(title_toks):
        if t.text not in (":", ".") and t.text not in _DESCRIPTION_DASHES:
            continue
        head = [x.text for x in title_toks[:c] if x.text[:1].isalpha()]
        rest = [x.text for x in title_toks[c + 1 :] if x.text[:1].isalpha()]
        dash = t.text in _DESCRIPTION_DASHES
        if dash and not _set_off(title_toks, c):
            continue   # a hyphen inside words or formulas ("Tele- manipulation", "$k$-means")
        if len(head) < 2 and t.text == ":":
            continue   # "WidgetSet: A Large Gizmo Benchmark — New dataset": a coined name's colon, the note after it
        if len(head) < 2 or not rest or caps_ratio(" ".join(head)) < 0.8 or any(x.bracket for x in title_toks[:c]) \
                or has_the_form_of_names(" ".join(head), 1):
            return 0   # ("Teresa Vidal-Calleja (UTS) — spatial perception in ...": a speaker and her talk)
        if dash and len(rest) == 1 and rest[0].islower():
            return c   # "* Widget Nets for Gizmo Parsing -- technicalities": a one-word verdict (no catalogue title ends so)
        if len(rest) < 2:
            return 0
        if dash and rest[0][:1].isupper() and rest[0] not in _SUBTITLE_OPENERS and caps_ratio(" ".join(rest[1:])) <= 0.2:
            return c   # "Widget Nets for Gizmo Parsing — Looks like softmax plus a margin": a note in sentence case
            # (6 of the catalogue's 155k titles go on so after a dash and a word other than these)
        upto = next((d for d in range(c + 1, len(title_toks)) if title_toks[d].text in _DESCRIPTION_DASHES), len(title_toks))
        if dash and upto < len(title_toks) and caps_ratio(" ".join(x.text for x in title_toks[c + 1 : upto] if x.text[:1].isalpha())) >= 0.8:
            continue   # "Widget AD — A Comprehensive Gizmo Dataset — new dataset": a subtitle, and the note after it
        if t.text == "." and len(head) >= 3 and len(rest) >= 3 and ends_a_sentence and rest[0][:1].isupper() \
                and caps_ratio(" ".join(rest[1:])) <= 0.2:
            return c
        if t.text != "." and rest[0][:1].islower() and caps_ratio(" ".join(rest)) <= 0.2 and (t.text != ":" or ends_a_sentence):
            return c
        if t.text != "." and rest[0][:1].islower() and caps_ratio(" ".join(rest)) <= 0.5 and _a_writer_s_note(title_toks[c + 1 :]):
            return c   # "* Widget Nets for Gizmo Parsing: sparse attention, from Chen Wei's lab" / ": really liked this one!"
        return 0
    return 0


def _set_off(toks: list[Token], c: int) -> bool:
    """Token c, a dash, stands between spaces, alone or in a run ("Title - note", "Title -- note")."""
    before = c > 0 and toks[c - 1].end < toks[c].start
    while c + 2 < len(toks) and toks[c + 1].text in _DESCRIPTION_DASHES and toks[c + 1].start == toks[c].end:
        c += 1   # ("--": the last dash's space after it)
    return before and c + 1 < len(toks) and toks[c].end < toks[c + 1].start


# Words a subtitle after a dash opens with in sentence case ("Title - A study of ...", "Title – What does it ...").
_SUBTITLE_OPENERS = frozenset("A An The What How Why When Where Which Who Is Are Do Does Can Should Towards Toward Beyond From On".split())


# Words of a writer's note on a paper, not of a subtitle: the writer, the reader, a verdict.
_NOTE_WORDS = frozenset("i my me we our us you really cool nice neat great interesting liked love loved awesome impressive".split())


def _a_writer_s_note(toks: list[Token]) -> bool:
    """Words after a title that read as the writer's note on it: a pronoun of the writer or the reader,
    a verdict ("really cool"), an exclamation, or a person's possessive ("from Chen Wei's lab")."""
    return any(t.text.lower() in _NOTE_WORDS or t.text == "!" or (t.text.endswith(("'s", "’s")) and t.text[:1].isupper())
               for t in toks)


# Words a title goes on with but never starts with: a line opening with one continues the title
# above it ("... Sequential Deep Networks" / "for Monocular Depth Estimation"). Not "with", "from"
# or "to": they as often open a byline, an affiliation or "to appear at ...".
_WRAP_WORDS = frozenset("for of via using towards toward without through into under over across beyond between on in".split())
# Between a line and its hard-wrapped rest: the line break, indentation, emphasis marks (not a bullet, "#" or ">").
_WRAPPED_LINE_LEAD_RE = re.compile(r"[*_]*(?:\]\([^)\s]*\))?[*_]*[ \t]*\n[ \t]*[*_]*")   # (a link's hidden "](url)")
# On a hard-wrapped line "with" goes on with the title too ("... Aligned Whisper\nwith Self-Supervised
# Contrastive Learning"): _wrapped_rest stops at names, links, venues and sentence words, which keeps
# out the bylines and notes it opens; in brackets it stays out ("(with code)").
_LINE_WRAP_WORDS = _WRAP_WORDS | {"with"}
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
# A year as a word of its own, in full or short ("2031", "'31", "’31"; _YEAR_WORD_RE below also takes a full stop after it).
YEAR_TOKEN_RE = re.compile(r"(?:19|20)\d\d|['’]\d\d")
_SENTENCE_WORDS = frozenset("i we you he she they it this that these those was were been has have had did my our your "
                            "their his her its very also just".split())


def _title_parenthetical(seg: Segment, last: int) -> list[Token]:
    """A bracket right after the title's last token (`last`) that ends its line and opens with a
    word titles go on with ("Deep Tensor Convolution (on multicores)") belongs to the title;
    "(oral)", "(NeurIPS 2017)", "(Smith et al.)" or "(with code)" do not."""
    toks, labels = seg.unit.tokens, seg.labels
    k = last + 1
    if k + 2 >= len(toks) or toks[k].text != "(" or toks[k + 1].text not in _WRAP_WORDS or toks[k].line != toks[last].line:
        return []
    end = k + 1
    while end < len(toks) and end - k <= 7 and toks[end].text != ")" and toks[end].text.isalpha() and labels[end] not in ("A", "V"):
        end += 1
    if end >= len(toks) or toks[end].text != ")" or end - k < 3:
        return []
    after = toks[end + 1] if end + 1 < len(toks) else None
    if after is not None and after.line == toks[end].line and after.text not in (".", ":"):
        return []   # the bracket does not end the line: a note inside a sentence
    return toks[k : end + 1]


def _wrapped_rest(text: str, seg: Segment, last: int) -> list[Token]:
    """The rest of a title wrapped onto the next line of the same paragraph or item: when the title
    (ending at token `last`) runs to the end of the anchor line and the next line opens with a word titles go on with, that
    line's words up to its first full stop, link, bracket or name. Empty when the title is whole."""
    toks, labels = seg.unit.tokens, seg.labels
    link = toks[last].link
    wrap = last + 1   # where a link's anchor goes on past a line break, after punctuation ("[Widget Parsing:\nGizmos](url)")
    while link >= 0 and wrap < len(toks) and toks[wrap].line == 0 and toks[wrap].link == link and toks[wrap].text in ":-–—,":
        wrap += 1
    if link >= 0 and wrap < len(toks) and toks[wrap].line == 1 and toks[wrap].link == link and toks[last].line == 0 \
            and text.count("\n", toks[wrap - 1].end, toks[wrap].start) == 1:
        end = wrap   # "[Widget Parsing for\nLow-Resource Languages](url)": one anchor, one title
        while end < len(toks) and toks[end].link == link:
            end += 1
        return toks[last + 1 : end]   # (even where the segmenter read names: a link's anchor is not a title and its authors)
    nxt = last + 1
    if nxt >= len(toks) or toks[nxt].line != 1 or toks[last].line != 0 or not (toks[last].text[-1:].isalnum() or toks[last].text == ":"):
        return []
    if text.count("\n", toks[last].end, toks[nxt].start) != 1:
        return []
    # "Widget Parsing for Low-Resource / Languages -- A, B": a few words, then a dash and names.
    line1 = [k for k in range(nxt, len(toks)) if toks[k].line == 1]
    dash = next((k for k in line1 if toks[k].text in _DESCRIPTION_DASHES), None)
    if dash is not None and 0 < dash - nxt <= 3 and any(labels[k] == "A" for k in line1 if k > dash) \
            and all(labels[k] not in ("A", "S", "V") and toks[k].text[:1].isalnum() and toks[k].link < 0 for k in range(nxt, dash)):
        return toks[nxt:dash]
    # "Widget Parsing for Low-Resource\nLanguages with Gizmos", or a head ending the line at its colon
    # ("Between Widgets and Gizmos:\nPre-training on ...").
    if toks[nxt].text not in _LINE_WRAP_WORDS and not (toks[last].text == ":" and toks[nxt].text[:1].isupper()
                                                       and _WRAPPED_LINE_LEAD_RE.fullmatch(text, toks[last].end, toks[nxt].start)):
        return []
    rest: list[Token] = []
    for k in range(nxt, len(toks)):
        t = toks[k]
        if t.line != 1 or labels[k] in ("A", "S", "V") or t.link >= 0 or t.bracket or not (t.text[:1].isalnum() or t.text in "-–:'’"):
            break
        rest.append(t)
    while rest and not rest[-1].text[:1].isalnum():
        rest.pop()
    if len(rest) < 2 or any(t.text.lower() in _SENTENCE_WORDS for t in rest):   # "for the second time this year"
        return []
    line = [k for k in range(nxt, len(toks)) if toks[k].line == 1]
    if any(labels[k] == "V" or _YEAR_RE.fullmatch(toks[k].text) or toks[k].text.lower() in venues() for k in line):
        return []   # "in Proceedings of ... 2019": where it appeared, not more title
    after = nxt + len(rest)
    if after < len(toks) and toks[after].text == "." and toks[after].line == 1:
        rest.append(toks[after])   # as the line's own unit reads it: the full stop goes with the title
    return rest


def _after_a_sentence(seg: Segment, first: Token) -> bool:
    """Whether a title starts on its line right after a sentence of four words or more ends there
    (not a byline: "Ada Lovelace, Alan Turing. [Title](url)")."""
    line = [(t, lab) for t, lab in zip(seg.unit.tokens, seg.labels) if t.line == first.line and t.start < first.start]
    return bool(line) and line[-1][0].text in (".", "!", "?") and \
        sum(1 for t, lab in line if t.text.isalpha() and lab not in ("A", "S")) >= 4


_ASIDE_RE = re.compile(r"\([^()]*\)")


_FIRST_PERSON_RE = re.compile(r"^(?:we|i|our|my|they|he|she|you)\s+[a-z]", re.I)


def _venue_after_a_stop(title_toks: list[Token]) -> int:
    """Where a reference's title run went on past its full stop into the venue set in italics
    (APA, MLA: "Title. *Proceedings of ...*, 1–10."): the index of that stop, or -1. The title
    itself is not emphasised."""
    for k in range(2, len(title_toks) - 1):
        if title_toks[k].text != "." or _emphasised(title_toks[k - 1]) or not _emphasised(title_toks[k + 1]):
            continue
        if all(_emphasised(t) for t in title_toks[k + 1 :] if t.text[:1].isalpha()) \
                and not _tokens_read_as_names(title_toks[k + 1 :]):
            return k   # (not "Title. **Ana Souza**, Ben Park.": its first author set in bold)
    return -1


_NAME_STOPS = frozenset(".") | _DESCRIPTION_DASHES


def _ran_into_names(title_toks: list[Token], seg: Segment | None = None) -> tuple[int, list[list[Token]]]:
    """Where a title run went on past a full stop or a dash into its authors ("Title. Jon Snow. CHI '26",
    "Title. Lia Rossi and Omar Haddad", "**[Title](url)** - *Lia Rossi, Omar Haddad*", "**Title - Rossi,
    Haddad and Dean**": surnames that end the run after a dash): the index of
    that stop and the names' tokens, or (-1, []). With the unit's segment, a run that ends right
    before a separator and names the segmenter is sure of ("Title. Yumo Tan and Lia Rossi") need
    only end in a name."""
    for k, t in enumerate(title_toks):
        if t.text not in _NAME_STOPS or k < 2:
            continue
        j = k + 1
        while j < len(title_toks) and title_toks[j].text != ".":
            j += 1
        part = title_toks[k + 1 : j]
        if j == len(title_toks) and (whole := _given_name_left_in_the_run(seg, part)):
            return k, [whole]
        if not part or not (_tokens_read_as_names(part) or (j == len(title_toks) and _names_follow(seg, part))
                            or (j == len(title_toks) and t.text in _DESCRIPTION_DASHES and _surnames(part))):
            continue
        groups = _name_groups(part)
        if _any_group_is_words(groups):
            continue   # "Title - A Critical Investigation": English words after the dash are the title's
        return k, groups
    return -1, []


def _ran_into_marked_names(title_toks: list[Token], seg: Segment) -> tuple[int, list[list[Token]]]:
    """A plain title run on into italic or bold names ("Title*Jon Snow, Kai Lee*", glued or not): where
    the emphasis starts and the names' tokens, or (-1, [])."""
    toks = seg.unit.tokens
    after = toks.index(title_toks[-1]) + 1
    # The emphasis goes on past the title into names the segmenter is sure of.
    runs_on = after < len(toks) and _emphasised(toks[after]) and seg.labels[after] in ("A", "S") \
        and toks[after].line == title_toks[-1].line
    for k in range(2, len(title_toks)):
        if _emphasised(title_toks[k]) and not _emphasised(title_toks[k - 1]):
            part = title_toks[k:]
            if not all(_emphasised(t) for t in part):
                return -1, []
            # The emphasis goes on past the title: its names are all of it ("Title*Theo X. Souza, ...*", the
            # segmenter having ended the title inside a name).
            rest = toks[after:]
            marked_on = next((i for i, t in enumerate(rest) if not _emphasised(t) or t.line != title_toks[-1].line), len(rest))
            part = part + rest[:marked_on]
            # Set off by the emphasis, words with the form of names need not open with given names a
            # lexicon knows ("*Uri Shaham, Maha Elbayad and Shruti Bhosale*"): two or more of them, or
            # one the names after the title go on from, or one a lexicon knows that opens a longer run.
            groups = _name_groups(part)
            if not (_tokens_read_as_names(part) or has_the_form_of_names(_joined(part), 1 if runs_on else 2, any_case=True)
                    or (marked_on and groups and is_name(" ".join(t.text for t in groups[0])))):
                return -1, []
            if _any_group_is_words(groups):
                return -1, []
            return k, groups
    return -1, []


def _byline_ending_the_run(title_toks: list[Token]) -> tuple[int, list[list[Token]]]:
    """A title run that took its byline in ("Widget Nets for Gizmo Parsing (arXiv:2601.00001) by Ana
    Souza", all labelled title): where "by" stands and the names after it, when they end the run, are
    names by the lexicons (one a person's at least) and three words come before "by"; else (-1, [])."""
    b = next((i for i in range(len(title_toks) - 2, 2, -1) if title_toks[i].text == "by"), -1)
    if b < 0 or title_toks[b].line != title_toks[-1].line or sum(1 for t in title_toks[:b] if t.text[:1].isalpha()) < 3:
        return -1, []
    groups: list[list[Token]] = [[]]
    for t in title_toks[b + 1 :]:
        if t.text in (",", "and", "&"):
            groups.append([])
        elif t.text[:1].isupper() or INITIAL_RE.match(t.text):
            groups[-1].append(t)
        else:
            return -1, []
    groups = [g for g in groups if g]
    names = [" ".join(t.text for t in g) for g in groups]
    if not names or not all(1 < len(n.split()) <= 4 and is_name(n) and not _words_not_a_name(n) for n in names) \
            or not any(looks_like_person(n) for n in names):
        return -1, []
    return b, groups


def _affiliated_name_ending_the_run(text: str, title_toks: list[Token], seg: Segment,
                                   authors: list[NameSpan]) -> tuple[int, list[list[Token]]]:
    """A title run that took in its first author where every author has an affiliation in brackets
    ("Title Ana Souza (Widget University), Ben Park (Gizmo Labs)", the title's run ending at "Souza"):
    where the name starts and its tokens, when the run's last two or three words are a name with its own
    affiliation right after it, as the other authors have; else (-1, [])."""
    if not authors or not all(AFFILIATION_AFTER_RE.match(text, e) for _, _, e in authors) \
            or not AFFILIATION_AFTER_RE.match(text, title_toks[-1].end):
        return -1, []
    for n in (2, 3):
        head = title_toks[-n:]
        if len(title_toks) - n >= 3 and head[0].line == title_toks[-1].line and all(t.text[:1].isupper() for t in head) \
                and is_name(" ".join(t.text for t in head)) and not _words_not_a_name(" ".join(t.text for t in head)):
            return len(title_toks) - n, [head]
    return -1, []


# An affiliation in brackets right after a name: "Ana Souza (Widget University)", "(Widget Institute (Shenzhen))".
AFFILIATION_AFTER_RE = re.compile(r"\s*\((?:[^()\n]|\([^()\n]{1,40}\)){2,80}\)")


def _names_first(text: str, groups: list[list[Token]], authors: list[NameSpan]) -> list[NameSpan]:
    """The names a rule found (token groups) before the record's other authors, without those it repeats."""
    return [(_name_text(text, g), g[0].start, g[-1].end) for g in groups] + \
        [a for a in authors if not any(g[0].start <= a[1] < g[-1].end for g in groups)]


def _any_group_is_words(groups: list[list[Token]]) -> bool:
    """Whether a group of "names" is English words or a link label (see _words_not_a_name)."""
    return any(_words_not_a_name(" ".join(t.text for t in g)) for g in groups)


def _surnames(toks: list[Token]) -> bool:
    """Two surnames or more and their separators, nothing else ("Rossi, Vinterberg and Dean")."""
    groups = _name_groups(toks)
    return len(groups) >= 2 and all(len(g) == 1 and g[0].text[:1].isupper() and g[0].text.isalpha() for g in groups) \
        and all(x.text in (",", "and", "&") for x in toks if not x.text[:1].isupper())


def _names_colon_title_read_again(seg: Segment) -> Segment:
    """"- Dana Levi, Emil Novak: Gizmo Attention for Long Widget Sequences": two names or more the segmenter took, opening
    the line, a colon, then Title Case words of three or more to the line's end (or a bracket) that it read as none of
    the title's: those words are the title (with a low confidence, for the judge to weigh)."""
    toks, labels = seg.unit.tokens, seg.labels
    if "T" in labels or seg.unit.section == "talks":
        return seg
    line = [i for i, t in enumerate(toks) if t.line == 0]
    i = 0
    while i < len(line) and not toks[line[i]].text[:1].isalnum():
        i += 1
    colon = next((k for k in range(i + 1, len(line)) if labels[line[k]] not in ("A", "S")), -1)
    if colon < 0 or toks[line[colon]].text != ":" or not any(labels[line[k]] == "S" for k in range(i, colon)):
        return seg
    if not reads_as_names(" ".join(toks[line[k]].text for k in range(i, colon)).replace(" ,", ",")):
        return seg
    end = next((k for k in range(colon + 1, len(line)) if toks[line[k]].text in ("(", "[") or toks[line[k]].link >= 0), len(line))
    words = [toks[line[k]].text for k in range(colon + 1, end) if toks[line[k]].text[:1].isalnum()]
    if len(words) < 3 or caps_ratio(" ".join(words)) < 0.8 or any(labels[line[k]] == "A" for k in range(colon + 1, end)) \
            or words[0].lower() in _WHERE_OR_WHEN_WORDS:
        return seg   # (not "Ana Souza, Ben Park: At The Poster Session", a photo's caption)
    fixed, p_title = list(labels), _title_probabilities(seg)
    for k in range(colon + 1, end):
        fixed[line[k]], p_title[line[k]] = "T", max(p_title[line[k]], DASH_TITLE_CONFIDENCE)
    return replace(seg, labels=fixed, p_title=p_title)


def _name_colon_title_read_again(seg: Segment) -> Segment:
    """"- Dana Levi: Learning to Rank Gizmos (ICML 2031)": one name that opens the line, known by its
    given name, a colon, then Title Case words up to the venue in brackets; the segmenter, given one
    name, read none of it. The name is the author and the words the title."""
    toks, labels = seg.unit.tokens, seg.labels
    if "T" in labels or seg.unit.section == "talks":   # (under "Keynotes": a speaker and her talk)
        return seg
    line = [i for i, t in enumerate(toks) if t.line == 0]
    i = 0
    while i < len(line) and not toks[line[i]].text[:1].isalnum():
        i += 1
    colon = next((k for k in range(i + 2, min(i + 5, len(line))) if toks[line[k]].text == ":"), -1)
    if colon < 0:
        return seg
    name = " ".join(toks[line[k]].text for k in range(i, colon))
    if not (is_name(name) and opens_with_given_name(name) and reads_as_names(name)) \
            or any(labels[j] == "A" for j in range(len(toks)) if j not in line[i:colon]):
        return seg
    end = next((k for k in range(colon + 1, len(line)) if toks[line[k]].text == "("), -1)
    if end < 0 or not any(labels[line[k]] == "V" for k in range(end, len(line))):
        return seg   # (only with the venue after it: a speaker and her talk's title read the same)
    words = [toks[line[k]].text for k in range(colon + 1, end) if toks[line[k]].text[:1].isalnum()]
    if len(words) < 3 or caps_ratio(" ".join(words)) < 0.8:
        return seg
    fixed, p_title = list(labels), _title_probabilities(seg)
    for k in range(i, colon):
        fixed[line[k]] = "A"
    for k in range(colon + 1, end):
        fixed[line[k]], p_title[line[k]] = "T", max(p_title[line[k]], DASH_TITLE_CONFIDENCE)
    return replace(seg, labels=fixed, p_title=p_title)


# A programme's label of a talk that presents a paper ("Contributed Talk", "Oral", "Spotlight"; not a keynote's or an
# invited talk's, whose titles are no papers).
_PAPER_TALK_LABEL_RE = re.compile(r"(?:contributed|oral|spotlight)(?:\s+(?:talk|presentation|paper))?$", re.I)
_PAPER_TALK_LABEL_ENDS = frozenset("contributed oral spotlight talk presentation paper".split())


def _paper_talk_name_colon_title(seg: Segment) -> Segment:
    """'| 10:50 | **Contributed Talk** - Ana Souza: Widgets are not enough (for gizmos) |': after a paper talk's label
    and a dash or a colon, a person's name, a colon and the words to the line's (or the cell's) end are the presenter and
    the talk's paper, in sentence case too; the segmenter, seeing a schedule, read none of it, or the linked title but
    not the name ('Contributed Talk - Ana Souza: *[Title](url)*')."""
    toks, labels = seg.unit.tokens, seg.labels
    line = [i for i, t in enumerate(toks) if t.line == 0]
    for j in range(1, len(line) - 5):
        sep = toks[line[j]].text
        if sep not in ("-", "–", "—", ":") or toks[line[j - 1]].text.lower() not in _PAPER_TALK_LABEL_ENDS:
            continue
        # (the label's words right before it, in its cell: a row's long cells hold many dashes)
        head = [toks[line[k]] for k in range(max(0, j - 3), j) if toks[line[k]].cell == toks[line[j]].cell and toks[line[k]].text[:1].isalpha()]
        if not any(_PAPER_TALK_LABEL_RE.fullmatch(" ".join(t.text for t in head[-n:])) for n in (1, 2, 3)):
            continue
        colon = next((k for k in range(j + 3, min(j + 6, len(line))) if toks[line[k]].text == ":"), -1)
        if colon < 0:
            return seg
        name = " ".join(toks[line[k]].text for k in range(j + 1, colon))
        rest = [line[k] for k in range(colon + 1, len(line)) if toks[line[k]].cell == toks[line[colon]].cell]
        if not (looks_like_person(name) or (is_name(name) and opens_with_given_name(name))) \
                or sum(toks[k].text[:1].isalpha() for k in rest) < 3:
            return seg
        fixed, p_title = list(labels), _title_probabilities(seg)
        for k in range(j + 1, colon):
            fixed[line[k]] = "A"
        for k in rest:
            fixed[k], p_title[k] = "T", max(p_title[k], DASH_TITLE_CONFIDENCE)
        return replace(seg, labels=fixed, p_title=p_title)
    return seg


def _names_colon_marked_title(unit: Unit, title_toks: list[Token]) -> tuple[int, list[list[Token]]]:
    """A title run that holds a colon before an emphasised or quoted span that ends it, where the
    line up to the colon reads as names ("[Hana Mori](url), [Ido Katz](url): **Title**", "Ana Souza:
    *Title*"): where the span starts in the run and the names' tokens, or (0, [])."""
    colon = next((i for i, t in enumerate(title_toks) if t.text in (":", "：")), -1)
    if colon < 0 or colon + 1 >= len(title_toks):
        return 0, []
    span = [t for t in title_toks[colon + 1 :] if t.text not in (".", ",")]
    # (a colon inside the marks is the title's own: '"Grace Notes: Zero-Shot Widgets"' is one title, no "Names: Title")
    if not span or not all(t.strong or t.em or t.quoted for t in span) or title_toks[colon].strong or title_toks[colon].em \
            or title_toks[colon].quoted:
        return 0, []
    toks = unit.tokens
    lead = [t for t in toks[: toks.index(title_toks[colon])] if t.line == title_toks[colon].line]
    while lead and not lead[0].text[:1].isalnum():
        lead = lead[1:]
    groups = _name_groups(lead)
    if not groups or not reads_as_names(", ".join(" ".join(t.text for t in g) for g in groups)):
        return 0, []
    return colon + 1, groups


def _between_separators(toks: list[Token], indices: Iterable[int]) -> list[list[int]]:
    """The token indices between the separators of a run, piece by piece; a piece is empty where two
    separators meet or one ends the run ("A, and B" has three pieces, the middle one empty)."""
    pieces: list[list[int]] = [[]]
    for i in indices:
        if _is_separator(toks[i].text):
            pieces.append([])
        else:
            pieces[-1].append(i)
    return pieces


def _name_groups(toks: list[Token]) -> list[list[Token]]:
    """The names of a run of name tokens, split at its separators."""
    return [[toks[i] for i in g] for g in _between_separators(toks, range(len(toks))) if g]


def _names_before_its_link(title_toks: list[Token]) -> tuple[int, list[list[Token]]]:
    """A title run that opens with names outside the link the rest of it is ("Ada Lovelace. [Title](url)",
    "Ada Lovelace, Alan Turing [Title](url)"): where the linked title starts and the names' tokens,
    or (-1, []). Each name must have the form of one; a lead ending in a colon or a dash is a label."""
    last = len(title_toks)
    while last > 1 and title_toks[last - 1].link < 0 and not title_toks[last - 1].text[:1].isalnum():
        last -= 1   # ("Ana Souza. [Title](url)." the run's full stop after the link)
    link = title_toks[last - 1].link
    if link < 0:
        return -1, []
    k = next(i for i, t in enumerate(title_toks) if t.link == link)
    if k == 0 or any(t.link >= 0 for t in title_toks[:k]) or any(t.link != link for t in title_toks[k:last]) \
            or sum(1 for t in title_toks[k:] if t.text[:1].isalpha()) < 2:
        return -1, []
    lead = title_toks[:k]
    if lead[-1].text == ".":
        lead = lead[:-1]
    elif not lead[-1].text[:1].isalpha():
        return -1, []   # "Task Name: [Title](url)", "Topic - [Title](url)": a label before the title
    groups = _name_groups(lead)
    if not groups or not all(is_name(" ".join(t.text for t in g)) for g in groups):
        return -1, []
    return k, groups


def _part_of_a_byline(seg: Segment, title_toks: list[Token]) -> bool:
    """Whether the title run is one or more names right before, or right after, a separator and a
    name the segmenter is sure of: the head or the tail of an author list, not a title ("Zhentao
    Tan, Menglei Chai, ...", "A, B, and [Gordon Wetzstein](url)")."""
    groups = _name_groups(title_toks)
    names = [" ".join(t.text for t in g) for g in groups]
    # (up to half typed in lower case or capitals: "Gil Amir, hana mori and Ido Katz")
    odd = [n for n in names if n.isupper() or n.islower()]
    names = [n.title() if n in odd else n for n in names]
    # Names by form and by the given-name lexicon: "Larger-Context Widget Modelling" has the form of one.
    if not names or 2 * len(odd) > len(names) or not all(is_name(n) and opens_with_given_name(n) for n in names):
        return False
    if _names_follow(seg, groups[-1]):
        return True
    toks, labels = seg.unit.tokens, seg.labels
    k = toks.index(groups[0][0])
    while k > 0 and _is_separator(toks[k - 1].text) and toks[k - 1].line == groups[0][0].line:
        k -= 1
    return k < toks.index(groups[0][0]) and k > 0 and labels[k - 1] == "A" and toks[k - 1].line == groups[0][0].line


def _surnames_before_a_title(title_toks: list[Token]) -> tuple[int, list[list[Token]]]:
    """A note's citation by surnames before the title ("Saphra and Lopez, Title", "Tenney, Das and
    Pavlick, Title", "Dror, Shlomov and Reichart. Title", "Storks et al., Title"): where the title
    starts and the names' tokens, or (-1, []). The surnames are joined by "and" or followed by "et
    al.", none is an English word the name lexicons do not know, and at least three words follow."""
    firsts, lasts = person_names()
    # (past a field's label the title run took with it: "**See also:** [Souza and Park, Title, 2031](url)")
    colon = next((i for i in range(1, min(4, len(title_toks))) if title_toks[i].text == ":"), -1)
    k = colon + 1 if colon > 0 and all(t.text.isalpha() for t in title_toks[:colon]) else 0
    groups: list[list[Token]] = [[]]
    joined = False
    while k < len(title_toks) and k < 16:
        t = title_toks[k]
        if t.text.lower() == "and" or t.text == "&":
            joined = True
            groups.append([])
        elif t.text == "," and k + 1 < len(title_toks) and (title_toks[k + 1].text.lower() == "and" or title_toks[k + 1].text[:1].isupper()) \
                and not (joined and groups[-1]):
            groups.append([])
        elif t.text == "et" and k + 2 < len(title_toks) and title_toks[k + 1].text.rstrip(".") == "al":
            joined = True
            k += 2 if title_toks[k + 2].text != "." else 3
            break
        elif t.text in (",", ".") and joined and groups[-1]:
            break
        elif t.text[:1].isupper() or t.text.lower() in PARTICLES:
            groups[-1].append(t)
        else:
            return -1, []
        k += 1
    if k < len(title_toks) and title_toks[k].text in (",", "."):
        k += 1
    groups = [g for g in groups if g]
    rest = [t for t in title_toks[k:] if t.text[:1].isalpha()]
    if not joined or not groups or len(rest) < 3 or any(len(g) > 2 for g in groups):
        return -1, []
    for g in groups:
        for t in g:
            w = t.text.lower()
            if t.text.lower() not in PARTICLES and (w in TITLE_SMALL_WORDS or (is_english_word(t.text) and w not in lasts and w not in firsts)):
                return -1, []
    return k, groups


def _ran_on_past_its_emphasis(title_toks: list[Token], seg: Segment) -> tuple[int, list[list[Token]]]:
    """A bold or italic title whose run went on past its emphasis into the first name of the byline
    after it ("**Title**\u00a0Pengshan Cai, Hui Wan, ...", "**Title?** SUBBA REDDY OOTA, Veeral Agarwal"):
    where the emphasis ends and that name's tokens, or (-1, []). The words after it are one name (in
    any case) right before a separator and a name the segmenter is sure of."""
    if not _emphasised(title_toks[0]):
        return -1, []
    k = next((i for i, t in enumerate(title_toks) if not _emphasised(t)), len(title_toks))
    part = title_toks[k:]
    if k < 2 or not part or len(part) > 4 or not all(t.text.replace("-", "").isalpha() for t in part):
        return -1, []
    name = " ".join(t.text for t in part)
    name = name.title() if name.isupper() or name.islower() else name
    if not is_name(name) or _words_not_a_name(name):
        return -1, []   # ("**Large Margin Widget Tracking** With Circulant Gizmo Maps, A, B": the title's rest)
    toks, labels = seg.unit.tokens, seg.labels
    j = toks.index(part[-1]) + 1
    if j + 1 < len(toks) and _is_separator(toks[j].text) and labels[j + 1] == "A" and toks[j + 1].line == part[-1].line:
        return k, [part]
    return -1, []


def _given_name_left_in_the_run(seg: Segment | None, part: list[Token]) -> list[Token]:
    """A run that ends in a known given name which the segmenter's first author name goes on from on the
    same line ("**[Title](url).** Dana | Maria Levi, Ben Park": a three-word name split at its first
    word): the whole name's tokens, or []."""
    if seg is None or len(part) != 1 or not part[0].text.istitle() or part[0].text.lower() not in person_names()[0]:
        return []
    toks, labels = seg.unit.tokens, seg.labels
    k = toks.index(part[0]) + 1
    j = k
    while j < len(toks) and labels[j] == "A" and toks[j].line == part[0].line:
        j += 1
    return part + toks[k:j] if j - k >= 2 else []


def _names_follow(seg: Segment | None, part: list[Token]) -> bool:
    """Whether `part` is a name right before a separator and a name the segmenter labelled as one."""
    if seg is None or not is_name(" ".join(t.text for t in part)):
        return False
    toks, labels = seg.unit.tokens, seg.labels
    k = toks.index(part[-1]) + 1
    return k + 1 < len(toks) and labels[k] == "S" and labels[k + 1] == "A" and toks[k + 1].line == part[-1].line


def _other_titles_on_the_line(seg: Segment, title_toks: list[Token]) -> tuple[int | None, int | None]:
    """With more titles on the title's line ("*A* (Jon Snow); *B* (Kai Lee); and *C* (Lia Rossi)"):
    where the title before this one ends and where the next one starts (None when there is none;
    (None, None) when the line has one title)."""
    toks, labels = seg.unit.tokens, seg.labels
    runs: list[tuple[int, int]] = []   # (start, end) of each title-labelled run of two words or more on line 0
    i = 0
    while i < len(toks):
        j = i
        while j < len(toks) and labels[j] == "T" and toks[j].line == 0:
            j += 1
        # (a run opening inside brackets is an affiliation's: "— Ana Souza (Widget Labs), Ben Park (...)")
        if j > i and sum(1 for t in toks[i:j] if t.text[:1].isalpha()) >= 2 and not (i > 0 and toks[i - 1].text in ("(", "[")):
            runs.append((toks[i].start, toks[j - 1].end))
        i = max(j, i + 1)
    if len(runs) < 2:
        return None, None
    start, end = title_toks[0].start, title_toks[-1].end
    return max((b for _, b in runs if b <= start), default=None), min((a for a, _ in runs if a >= end), default=None)


# The writer's own sentence: "I" or "We" and a verb in lower case ("I had", "We talked", "I also met").
_WRITERS_SENTENCE_RE = re.compile(r"(?:I|We)(?:\s+(?:also|then|later|finally|even))?\s+[a-z]{2,}\b")


def _in_the_writers_sentence(text: str, unit: Unit, name: NameSpan) -> bool:
    """The name sits on a line below the unit's first that opens with the writer's own sentence, words before it
    ("I had a long conversation with **Dr. Ana Souza** about:"): who the writer met, no byline."""
    line = next((t.line for t in unit.tokens if t.start <= name[1] < t.end or t.start >= name[1]), 0)
    first = next((t for t in unit.tokens if t.line == line), None)
    return line > 0 and first is not None and first.start < name[1] and bool(_WRITERS_SENTENCE_RE.match(text, first.start))


def _names_of_this_title(authors: list[NameSpan], start: int, end: int, earlier: int | None, later: int | None) -> list[NameSpan]:
    """Of a line's names, the ones between this title (start:end) and the next title (or, when
    none, between the one before and this): the line's other names are the other titles'."""
    if earlier is None and later is None:
        return authors
    after = [a for a in authors if a[1] >= end and (later is None or a[2] <= later)]
    if after:
        return after
    return [a for a in authors if a[2] <= start and (earlier is None or a[1] >= earlier)]


_DATE_RE = re.compile(r"^(?:[A-Za-z][\w ]{0,24}:\s*)?(?:\w{3,9}\.?,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+\w{3,9}\.?,?\s+\d{4}$"
                      r"|^(?:[A-Za-z][\w ]{0,24}:\s*)?(?:\w{3,9}\.?,?\s+)?\w{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}$")


_YEAR_WORD_RE = re.compile(r"(?:(?:19|20)\d\d|'\d\d)\.?")


_PROCEEDINGS_PARTS = frozenset("proceedings companion courses talks panels posters studio demos abstracts papers workshops "
                               "tutorials extended adjunct volume conference".split())


def _no_title_words(title: str) -> bool:
    """A page range ("pp. 1201-1210": no word of three letters), a date, perhaps after a field's
    name ("Last Modified: 03 Mar 2026", "Wed, Dec 9, 2026"), a venue and its year, or a name and a count."""
    if _DATE_RE.match(title) and any(w.lower().strip(".,") in MONTHS for w in title.split()):
        return True
    words = title.replace("’", "'").split()
    if 2 <= len(words) <= 3 and _YEAR_WORD_RE.fullmatch(words[-1]) \
            and all(w.isupper() or w.lower() in venues() for w in words[:-1]):
        return True   # a venue and its year ("TOG 2020", "NeurIPS '19") on the line below a record
    bare = re.sub(r"\s*\([^()]*\)\s*", " ", title).split()
    if len(bare) == 2 and _YEAR_WORD_RE.fullmatch(bare[1]) and bare[0][:1].isupper():
        return True   # a name and a year, its expansion in brackets ("WidgetConf (Neural Widget Systems) 2031"): an event
    if 3 <= len(words) <= 6 and any(_YEAR_WORD_RE.fullmatch(w) for w in words) \
            and all(_YEAR_WORD_RE.fullmatch(w) or w.isupper() or w.lower() in venues() or w.lower() in _PROCEEDINGS_PARTS for w in words):
        return True   # a volume of a venue's proceedings ("ACM SIGGRAPH 2018 Courses")
    if 2 <= len(words) <= 3 and all(w.isalpha() and w.isupper() for w in words) and any(w.lower() in venues() for w in words):
        return True   # a venue and its track in capitals after a byline ("... and Ada Lovelace. ACL SRW."; no catalogue title)
    counted = re.fullmatch(r"(.+?)\s*[-–—:(]\s*\d+\)?", title)
    if counted and is_name(counted.group(1)):
        return True   # a name and a count ("Josh Tenenbaum - 16": who had most papers)
    if len(words) >= 2 and all(w.lower().strip(":|,") in _FIELD_NAMES for w in words):
        return True   # the header of a table of fields ("Title | Authors | Code", "Title<tab>Authors")
    if _NAVIGATION_RE.fullmatch(title):
        return True   # a page's navigation link ("Back to TOC", "↑ Back to top")
    return not re.search(r"[^\W\d_]{3,}", title)


_NAVIGATION_RE = re.compile(r"\W*(?:back|return|go|jump|scroll)(?: back)? to (?:the )?(?:top|toc|index|contents|table of contents|home|start|list|overview)"
                            r"(?: of (?:the )?page)?\W*", re.I)


_FIELD_NAMES = TITLE_CUE_WORDS | AUTHOR_CUE_WORDS | {"code", "link", "links", "url", "venue", "year", "pdf", "abstract",
                                                     "session", "time", "notes", "comments", "tags", "topic", "award"}


def _after_a_byline(seg: Segment, title_toks: list[Token]) -> bool:
    """The unit opens with a byline ("**Authors**: A · B | **Venue**: ... | **Links**: ..."): a
    "title" after its names is another of its fields, and the names are the record's above."""
    toks, labels = seg.unit.tokens, seg.labels
    if len(toks) < 3 or toks[0].text.lower() not in AUTHOR_CUE_WORDS:
        return False
    k = cue_end(toks, 0)
    if k is None:
        k = 1
    elif title_toks[0] is toks[k]:
        return True   # "Author(Institute): ZHI BIAN (Widgetco)": names no lexicon knows, read as a title
    return labels[k] == "A" and toks[k].line == 0 and title_toks[0].start > toks[k].start


# A label, a colon and single words between bars or slashes: where to find something ("Slides: PDF | PPTX").
_LABEL_THEN_WORDS_RE = re.compile(r"[^\W\d_][\w ]{0,30}:[ \t]*[\w.-]+(?:[ \t]*[|/][ \t]*[\w.-]+)+")


def _opening_bracket_left_out(toks: list[Token], title_toks: list[Token]) -> Token | None:
    """The "(" right before a run that closes it within its first words without opening one, a word's part in brackets
    ("(Re-)Distributional ...", "(Un)Fair ..."; not an acronym, "(FPN)Feature ...", which clean_title drops)."""
    head = title_toks[:4]
    close = next((i for i, t in enumerate(head) if t.text == ")"), -1)
    part = "".join(t.text for t in head[: max(close, 0)])
    if close < 1 or "(" in part or not (part.endswith("-") or re.fullmatch(r"[A-Z]?[a-z]{1,3}", part)):
        return None
    k = next((i for i, t in enumerate(toks) if t is title_toks[0]), -1)
    return toks[k - 1] if k > 0 and toks[k - 1].text == "(" and toks[k - 1].end == title_toks[0].start else None


_QUOTE_MARKS = frozenset('"“”')


def _quoted_between_a_label_and_the_venue(title_toks: list[Token]) -> list[Token] | None:
    """The quoted run of three words or more inside a run that holds at most a label and its colon before it ("WNET:")
    and the venue after it (", in Proc"): a programme's "**Acronym**: "Title," in *Proc. ICASSP*, 2031." Else None."""
    q = [i for i, t in enumerate(title_toks) if t.quoted and t.text not in _QUOTE_MARKS]
    if len(q) < 3 or q != list(range(q[0], q[-1] + 1)):
        return None
    before = [t.text for t in title_toks[: q[0]] if t.text not in _QUOTE_MARKS]
    after = [t.text for t in title_toks[q[-1] + 1 :] if t.text not in _QUOTE_MARKS and t.text != ","]
    if not before or len(before) > 3 or before[-1] != ":" or (after and after[0].lower() != "in"):
        return None
    run = title_toks[q[0] : q[-1] + 1]
    while run and run[-1].text in (",", "."):
        run = run[:-1]
    return run if sum(1 for t in run if t.text[:1].isalnum()) >= 3 else None


def _journal_after_a_byline(seg: Segment, title_toks: list[Token], k: int) -> bool:
    """A line of two names or more, a full stop, then a "title" (opening at token k) of four words or fewer that ends the
    line at a full stop ("A, B, C. Computational Linguistics."): the journal the names' paper appeared in, the paper the
    record's above."""
    toks = seg.unit.tokens
    end = k + len(title_toks) - (title_toks[-1].text == ".")   # (the run may hold its full stop)
    if k < 4 or end - k > 4 or toks[k - 1].text != "." or toks[k].line != toks[0].line \
            or end >= len(toks) or toks[end].text != "." or (end + 1 < len(toks) and toks[end + 1].line == toks[k].line):
        return False
    parts = " ".join(t.text for t in toks[: k - 1] if t.line == toks[k].line).split(" , ")
    return len(parts) >= 2 and all(is_name(p) for p in parts)


# The first word of an institution's name, which no paper's title opens with ("Ana Souza, University of ...")
# (not ORGANISATION_WORD_RE's "Group", "Research", "Team": 80 titles of a catalog open with those).
_INSTITUTION_HEAD = r"(?:Universi|Institu|Istitut|Laborato|Polytechn|Politecn|Hochschule)\w*|Colleges?"
_INSTITUTION_HEAD_RE = re.compile(_INSTITUTION_HEAD + "$", re.I)
# A name, a comma and an institution's name ("Mausam, Indian Institute of ..."): no title of 155k reads so.
_NAME_THEN_INSTITUTION_RE = re.compile(r"(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]*,\s+(?:[A-Z][\w-]*\s+){0,3}(?:"
                                       + _INSTITUTION_HEAD + r")\b")


def _affiliation_after_a_name(seg: Segment, title_toks: list[Token], first: int | None = None) -> bool:
    """The "title" (opening at token `first`, found when not given) is in round brackets after a name on its line ("Ada
    Lovelace (TU Munich), ..."), or the last field of a name's affiliation ("Ada Lovelace, University of Widgets, USA (chair)")."""
    if first is None:
        first = seg.unit.tokens.index(title_toks[0])
    line = title_toks[0].line
    named = [i for i, (t, lab) in enumerate(zip(seg.unit.tokens[:first], seg.labels[:first])) if lab == "A" and t.line == line]
    if not named:
        return False
    words = [t for t in title_toks if t.text[:1].isalnum()]   # (words with a hyphen too: "Widget-Powered E-Gizmos")
    if words and all(t.bracket == 1 for t in words):
        return True
    between = seg.unit.tokens[named[-1] + 1 : first]
    return bool(between) and between[-1].text == "," and (any(ORGANISATION_WORD_RE.match(t.text) for t in between)
                                                            or _INSTITUTION_HEAD_RE.match(title_toks[0].text) is not None)


_BYLINE_CUE_RE = re.compile(r"^(?:(?:authors?|by|speakers?|presenters?|with)\b|作者|著者|저자)\s*[:：]?\s*", re.I)


def opens_with_given_name(name: str) -> bool:
    """Whether a name's first word is a known first name or an initial ("Ada ...", "A. ...")."""
    head = name.split()[0].lower().strip(".")
    return head in person_names()[0] or len(head) == 1 or hyphenated_given_name(head)


def _is_separator(word: str) -> bool:
    """A token between the names of an author list."""
    return word in (",", ";", "&", "，", "、", "；") or word.lower() == "and" or word in OTHER_ANDS


def _joined_at_gaps(text: str, toks: list[Token]) -> str:
    """The tokens as a list is written, a wide gap between two words read as a comma ("Ana Souza\u2003Ben Park")."""
    if not toks:
        return ""
    parts = [toks[0].text]
    for a, b in pairwise(toks):
        if _WIDE_GAP_RE.search(text, a.end, b.start) and a.text[:1].isalpha() and b.text[:1].isalpha():
            parts.append(",")
        parts.append(b.text)
    return " ".join(parts).replace(" ,", ",")


def _cued_names(names: str) -> bool:
    """Whether what an author cue introduces reads as names. The cue vouches for them: each need
    only have the form of a full name, in capitals too ("ZHI BIAN"), known to a lexicon or not."""
    if reads_as_names(names):
        return True
    split = split_author_list(" ".join(w.title() if w.isupper() and len(w) > 1 else w for w in names.split())) or []
    return bool(split) and all(len(name.split()) >= 2 and is_name(name) for name in split)


def _tokens_read_as_names(toks: list[Token]) -> bool:
    return reads_as_names(_joined(toks))


def _names_after_a_marked_stop(seg: Segment, title_toks: list[Token]) -> Segment:
    """A bold or italic title that ends with its full stop ("**Title.** Jon Snow. *CHI '26*",
    "**Title.** Jan-Willem van der Berg, María García, ..."): the words after it up to the next
    full stop are its names when they read as names, whatever the segmenter made of them."""
    last = title_toks[-1]
    if last.text != "." or not _emphasised(last):
        return seg
    toks = seg.unit.tokens
    first = toks.index(last) + 1
    end = first
    # (the names set off in an emphasis of their own: "**Title.** *Dana Levi.* Notes")
    mark = (toks[first].strong, toks[first].em) if first < len(toks) and _emphasised(toks[first]) else None
    if mark == (last.strong, last.em):
        return seg
    while end < len(toks) and toks[end].line == last.line and toks[end].text not in (".", "et") \
            and (toks[end].strong, toks[end].em) == (mark or (False, False)):
        end += 1
    if end == first or all(seg.labels[k] in ("A", "S") for k in range(first, end)):
        return seg
    if any(seg.labels[k] == "A" for k in range(first, end)):
        # The segmenter is sure of the later names: the first one, up to its separator, need only be a name.
        end = next((k for k in range(first, end) if _is_separator(toks[k].text)), end)
        if not is_name(" ".join(t.text for t in toks[first:end])):
            return seg
    elif not _tokens_read_as_names(toks[first:end]):
        return seg
    labels = list(seg.labels)
    _label_as_names(labels, toks, range(first, end))
    return replace(seg, labels=labels)


def _label_as_names(labels: list[str], toks: list[Token], indices: Iterable[int]) -> None:
    """Label the tokens at `indices` as a list of names: separators S, the rest A."""
    for k in indices:
        labels[k] = "S" if _is_separator(toks[k].text) else "A"


def reads_as_names(title: str) -> bool:
    """Whether a "title" is a person's name or a list of names ("Ada Lovelace", "Authors: Ada Lovelace,
    Alan Turing"): each has the form of a name (no English word), and a name alone opens with a known
    first name or an initial, as do half the names of a list (name lexicons miss many names; surname
    lexicons too many to ask for one). No paper is titled so; a byline the segmenter read as the
    title of its own unit would otherwise also take the authors away from the record above it."""
    names = split_author_list(_NICKNAME_RE.sub(" ", _BYLINE_CUE_RE.sub("", title)))
    if not names or any(len(name.split()) < 2 or not is_name(name) for name in names):
        return False
    if len(names) == 1 and len(names[0].split()) >= 4 and _english_word_inside(names[0]):
        return False   # "With Little Power Comes Great Responsibility"
    known = sum(1 for name in names if opens_with_given_name(name))
    # One name must open with a known first name; in a list of names, half of them do.
    return known == len(names) if len(names) == 1 else 2 * known >= len(names)


def _english_word_inside(name: str) -> bool:
    """A word inside a "name", neither its first nor its last, that is an English word no name
    lexicon knows ("Little Power Comes Great Responsibility"; not "Ada K. Lee", "Kurt van der Berg")."""
    firsts, lasts = person_names()
    # (each part of a hyphenated word too: "A Non-Widget Gizmo-Parsing Taxonomy"; not "Ana Wei-Ling Souza")
    return any(len(w) > 1 and w.isalpha() and w.lower() not in PARTICLES and is_english_word(w) and w.lower() not in firsts
               and w.lower() not in lasts for word in name.split()[1:-1] for w in word.split("-"))


def caps_ratio(title: str) -> float:
    """The share of a title's content words that are capitalised; words in brackets are an aside
    ("Deep Tensor Convolution (on multicores)") and are not counted."""
    content = [w for w in _ASIDE_RE.sub(" ", title).split() if w[:1].isalpha() and w.lower() not in TITLE_SMALL_WORDS]
    # (a coined name with a capital inside counts as capitalised: "xMOD", "h-Edit", "iGibson")
    return sum(1 for w in content if w[0].isupper() or (w[0].islower() and not w.islower())) / len(content) if content else 0.0


# Words that name a tool a work uses, right before the tool's link.
_TOOL_CUE_RE = re.compile(r"\b(?:(?:built|based|builds?|building)\s+(?:on|upon)|rel(?:ies|y|ying)\s+on|extend(?:s|ing)?|leverag(?:es|ing)|"
                          r"using|uses|via|thanks\s+to|powered\s+by|implemented\s+in|written\s+in|on\s+top\s+of)\s+(?:the\s+)?\[?$", re.I)
# ... and words that point at a list of others' resources: "pre-trained models as listed [here](https://github.com/...)".
_LISTED_CUE_RE = re.compile(r"\b(?:listed|collected|compiled)\s+(?:in\s+|at\s+)?\[?$", re.I)


# Labels of links to what a work shows, not its code: "[Poster](https://github.com/.../poster.pdf)", "[Slides](...)".
_NOT_CODE_LABEL_RE = re.compile(r"(?i)\W*(?:video|slides?|talk|poster|blog|post|tweet|thread|article|report|brief|statement|recording|"
                                r"supp|supplementary|appendix)")


def _plain_list_number(text: str, tok: Token) -> bool:
    """A number opening its line, followed by a space, that counts on from the line above or to the
    line below ("1 Title" / "2 Title"): a plain-text list's number, not a title's first word."""
    if len(tok.text) > 3 or text[tok.end : tok.end + 1] != " ":
        return False
    start = text.rfind("\n", 0, tok.start) + 1
    if text[start : tok.start].strip():
        return False
    n = int(tok.text)
    above = text[text.rfind("\n", 0, start - 1) + 1 : start - 1] if start else ""
    end = text.find("\n", tok.end)
    after = text.find("\n", end + 1) if end >= 0 else -1
    below = text[end + 1 : after if after >= 0 else len(text)] if end >= 0 else ""
    return above.lstrip().startswith(f"{n - 1} ") or below.lstrip().startswith(f"{n + 1} ")


def _ends_a_section_code(toks: list[Token], k: int) -> bool:
    """Token k (a number) ends a section's code glued before it ("O.3." + "3" of "O.3.3")."""
    j = k
    while j > 0 and toks[j - 1].end == toks[j].start and _SECTION_CODE_PART_RE.fullmatch(toks[j - 1].text):
        j -= 1
    code = "".join(t.text for t in toks[j:k])
    return k - j >= 2 and toks[k - 1].text == "." and bool(_SECTION_CODE_RE.fullmatch(code))


# A section's code before its last number ("O.3." of "O.3.3", "W.2." of "W.2.1"), and its parts as tokens.
_SECTION_CODE_RE = re.compile(r"(?:[A-Z]|\d{1,3})(?:\.(?:[A-Z]|\d{1,3}))*\.")
_SECTION_CODE_PART_RE = re.compile(r"[A-Z]|\d{1,3}|\.|(?:[A-Z]|\d{1,3})(?:\.(?:[A-Z]|\d{1,3}))*\.")


@lru_cache(maxsize=1)
def _venue_name_end_re() -> re.Pattern[str]:
    """A venue's name of three words or more at the end of a string ("... Neural Information Processing Systems")."""
    names = sorted((v for v in venues() if len(v.split()) >= 3), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(v) for v in names) + r")$", re.I)


# A record's venue line read alone: "*Proceedings of the Widget Conference (WC)*, pp. 1–9", "Widget Bulletin, 36(2):28-33",
# or its run cut at the issue's bracket ("Widget Bulletin, 36"). Of the catalogue's 155k titles, two prefaces open with
# "Proceedings of" and one ends in a comma and a number.
_PROCEEDINGS_OF = r"(?:In\s+)?(?:Proceedings|Proc\.)\s+of\b"
_VENUE_LINE_RE = re.compile("^" + _PROCEEDINGS_OF + r"|,\s*\d{1,4}\s*(?:\(\d{1,4}(?:[-–]\d{1,4})?\)(?::\s*\d+(?:[-–]\d+)?)?)?$")
# A venue's name opening before the run on its line, not closed by a full stop: the run is more of that name.
_IN_PROCEEDINGS_BEFORE_RE = re.compile(r"\b" + _PROCEEDINGS_OF + r"[^.!?\n]*$")
# A meeting's name and its year ending the run ("... attended The Web Conference 2031"; no catalogue title ends so).
_MEETING_YEAR_END_RE = re.compile(r"\b(?:conference|symposium|workshop|summit|meeting|congress)\s*['’]?(?:19|20)?\d\d$", re.I)


# Where a paper's text is to be had, ending the run ("Full text in ACM Digital Library", "Read it on arXiv"): a link's
# label, no title (none of the catalogue's 155k ends so).
_IN_A_LIBRARY_END_RE = re.compile(r"\b(?:in|on|at|from|via)\s+(?:the\s+)?(?:ACM\s+Digital\s+Library|ACM\s+DL|IEEE\s+Xplore|"
                                  r"ACL\s+Anthology|arXiv|OpenReview|Semantic\s+Scholar|Google\s+Scholar|Springer(?:\s+Link)?|"
                                  r"PMLR|CVF\s+Open\s+Access)\s*$", re.I)


def ends_in_a_venue_name(title: str) -> bool:
    """The run ends in a venue's long name, a meeting's name and year, or a digital library's name after "in" or "on",
    which no paper's title of 155k does: a sentence naming the conference, or a link's label."""
    return _venue_name_end_re().search(title) is not None or _MEETING_YEAR_END_RE.search(title) is not None \
        or _IN_A_LIBRARY_END_RE.search(title) is not None


def _label_over_names(title: str) -> bool:
    """A word or three, a colon, then a person's name ("My Mentors: Ana Souza"): a label of a list of
    people the title run took the first name of, not a title."""
    head, colon, tail = title.partition(":")
    tail = tail.strip()
    return bool(colon) and 1 <= len(head.split()) <= 3 and 2 <= len(tail.split()) <= 4 and is_name(tail) \
        and not _POSSESSIVE_RE.search(tail) and (looks_like_person(tail) or not any(is_english_word(w) for w in tail.split()))


# A possessive ("Widgetco's Globally-Sharded Gizmo Store"): a title's words, never a name's.
_POSSESSIVE_RE = re.compile(r"\w['’]s\b")


def _quotation_wrapped_on(seg: Segment, title_toks: list[Token], title: str) -> bool:
    """A sentence-case run that opens a quotation which goes on, unclosed, in lower case on the next
    line: a quoted sentence (an abstract's), hard-wrapped, not a title."""
    toks = seg.unit.tokens
    first, last = toks.index(title_toks[0]), toks.index(title_toks[-1])
    return first > 0 and toks[first - 1].text in ('"', "“") and last + 1 < len(toks) \
        and toks[last + 1].line == title_toks[-1].line + 1 and toks[last + 1].text[:1].islower() \
        and not any(t.text in ('"', "”") for t in title_toks) and caps_ratio(title) <= 0.5


def _names_the_title(anchor: str, title: str) -> bool:
    """The anchor is the title's own short name, the word or two before its colon ("introduces
    [`WidgetQA`](url)" in the record of "WidgetQA: A Dataset for ..."): the link is the work's page."""
    head, colon, _ = title.partition(":")
    name = anchor.strip(" `*_\"'")
    return bool(colon) and 1 <= len(head.split()) <= 2 and len(name) >= 3 and name.lower() == head.strip().lower()


def names_another_resource(text: str, link_start: int, anchor: str) -> bool:
    """The words before a link name it a tool the work uses ("built on [PyTorch](...)") or a list of
    others' resources ("pre-trained models as listed [here](...)"): not the work's own code."""
    before = max(0, link_start - 40)
    return bool(_LISTED_CUE_RE.search(text, before, link_start)
                or (not is_label_anchor(anchor) and _TOOL_CUE_RE.search(text, before, link_start)))


# Words that set what a code cue names apart from the paper ("a separate project", "another repo").
OTHER_WORK_RE = re.compile(r"\b(?:separate|another|other|different|unrelated|third[- ]party)\s+(?:\w+\s+)?(?:project|repo(?:sitory)?|code|"
                            r"implementation|tool|library|dataset|demo|website)\b", re.I)
# What a sentence says right before a project's page it gives as the paper's code: "The code is [on GitHub](<a lab's
# page>)", "Code: https://widget-lab.github.io/gizmo".
# (not "an implementation of [Souza and Park (2031)](...)": another work's)
_SITE_CUED_AS_CODE_RE = re.compile(r"\b(?:code|repo(?:sitory)?|project(?:\s+page)?)\b(?!\s+of\b)[^.\n]{0,20}$", re.I)


def site_cued_as_code(text: str, opens: int) -> bool:
    """A site's link (or written-out URL) that the words right before it (`opens`: its anchor's or its own start), on
    its line, call the paper's code or project."""
    before = text[max(text.rfind("\n", 0, opens) + 1, opens - 40) : opens]
    return _SITE_CUED_AS_CODE_RE.search(before) is not None and not OTHER_WORK_RE.search(before)


def record_links(cand: Candidate, text: str) -> tuple[list[str], list[str]]:
    """(paper URLs, code URLs) of a record: its links by kind, the title's own link first."""
    papers: list[str] = []
    code: list[str] = []
    for link in ([cand.title_link] if cand.title_link else []) + cand.links:
        href = link.href.strip()
        if not href:
            continue
        anchor = text[link.start : link.end]
        if link is not cand.title_link and reads_as_names(anchor):
            continue   # a name linked to the person's page
        kind = link_kind(href, anchor)
        if kind == "paper" and href not in papers:
            papers.append(href)
        elif (kind == "code" and href not in code and not (is_label_anchor(anchor) and _NOT_CODE_LABEL_RE.match(anchor))) \
                or (kind == "site" and link is not cand.title_link and is_label_anchor(anchor) and href not in code
                    and not _NOT_CODE_LABEL_RE.match(anchor)) \
                or (kind == "site" and href not in code and (link is cand.title_link or _names_the_title(anchor, cand.title))
                    and not is_a_talks_page(href)) \
                or (kind == "site" and link is not cand.title_link and href not in code and site_cued_as_code(text, link.start - 1)):
            if link is not cand.title_link and names_another_resource(text, link.start, anchor):
                continue   # "built on [PyTorch](https://github.com/...)": a tool the work uses, not its code
            if link is not cand.title_link and _a_repositorys_own_entry(text, link, anchor, cand):
                continue   # "[owner/widget-tools](https://github.com/...) -- Tutorials for ...": a repository listed on its own
            code.append(href)
    return papers, code


# After a link's anchor: its target, then a dash or colon and words (the entry's own description).
_OWN_ENTRY_AFTER_RE = re.compile(r"[*_`]*\]\([^()\s]*\)\s*(?:--|[–—:])\s+\S")


def _a_repositorys_own_entry(text: str, link: Link, anchor: str, cand: Candidate) -> bool:
    """A link named "owner/name" on a later line than the title, with a description of its own after a dash ("[owner/
    widget-tools](https://github.com/...) -- Tutorials for widgets"): a repository a list of links gives, not this paper's
    code (unless its name shares a word with the title)."""
    if "/" not in anchor or link.start < cand.end or "\n" not in text[cand.end : link.start] or not _OWN_ENTRY_AFTER_RE.match(text, link.end):
        return False
    words = {w.lower() for w in re.findall(r"[^\W_]+", cand.title)}
    return not any(w.lower() in words for w in re.findall(r"[^\W_]+", anchor) if len(w) > 2)


# A title alone on its line, and the lines below it (papers: names below a title; judge: titles over names).
TITLE_LINE_LEAD_RE = re.compile(r"[\s#*_>\-\d.)\[]*")   # heading marks, bullets, numbering, emphasis
TITLE_LINE_TAIL_RE = re.compile(r"[\s*_(]*(?:\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\]\([^)\n]*\)[\s,;|·]*)*[\s*_)]*$")   # "([paper](…), [code](…))", "[[pdf]](…)"


# A line of one name, or of names between commas, and nothing else ("Ana Souza", "Parker J. Rule,", "Ana Souza, Ben Park").
_NAMES_ONLY_LINE_RE = re.compile(r"[ \t]*((?:[A-Z][\w’'-]*\.?[ \t]+){1,3}[A-Z][\w’'-]+(?:[ \t]*,[ \t]*(?:[A-Z][\w’'-]*\.?[ \t]+){1,3}"
                                 r"[A-Z][\w’'-]+)*)[ \t]*,?[ \t]*$")


_LINK_CLOSE_RE = re.compile(r"[*_]*\]\([^)\n]*\)")   # the end of the title's own link: "](url)"


def lines_below(text: str, c: Candidate) -> list[tuple[int, int]]:
    """The lines under a title alone on its line, up to a blank line (four at most; blank lines right under the title
    are passed over); none when the title shares its line with other words."""
    line_start, line_end = text.rfind("\n", 0, c.start) + 1, text.find("\n", c.end)
    closed = _LINK_CLOSE_RE.match(text, c.end, max(line_end, c.end)) if c.title_link is not None else None
    if line_end < 0 or not TITLE_LINE_LEAD_RE.fullmatch(text, line_start, c.start) \
            or not TITLE_LINE_TAIL_RE.match(text, closed.end() if closed else c.end, line_end):
        return []
    at = line_end + 1
    while text.startswith("\n", at):
        at += 1
    lines: list[tuple[int, int]] = []
    while len(lines) < 4 and at < len(text) and text[at] != "\n":
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        lines.append((at, end))
        at = end + 1
    return lines


def names_of_a_names_line(text: str, line: tuple[int, int]) -> list[str]:
    """The names a line holds when it holds names and nothing else, in the form of names whatever the lexicons know
    of them, each with one dictionary word at most that no name lexicon knows ("Parker J. Rule"; not "Open Source",
    "Read More"); else none."""
    m = _NAMES_ONLY_LINE_RE.fullmatch(text, *line)
    if m is None:
        return []
    names = [n.strip() for n in m.group(1).split(",")]
    for n in names:
        words = [w for w in n.split() if not w.endswith(".")]
        if english_words_no_name(words) > min(1, len(words) - 1):
            return []
    return names if has_the_form_of_names(", ".join(names), len(names)) else []
