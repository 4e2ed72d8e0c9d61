"""Paper-title mentions, from the layouts trip reports use, with the authors the report ties to them.

Line rules (a title on a line of its own):
- ``title_authors``: "Title – A, B, C" (any dash; also "Title–A, B").
- ``authors_line``: a title line followed by "Authors: A, B" (numbered "(i) Title" or not).
- ``byline``: blog-index entries, a title line then "26 Mar 2022 | tags | Last, First; Last, First".
- ``reference``: "▶ A, B, C (ICLR, 2021) Title".
- ``talk``: "Invited Talk by Name: Title".
- ``session_heading``: stand-alone lines under a "Session …"/"Orals"/"Workshops" heading.
- ``reading_list``: items of a list introduced by "Papers for further reading:" or ending in a venue.

Prose rules (a title inside a sentence): quotes, "in their X paper", "called X", "X (ACRO), a new work
presented by", "In X, the authors", "paper X", "X (Author et al., 2017)", "X is a paper",
"Follow up work: X", markdown links. Headings that name a research area are never papers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from .layout import (
    DAY_RE,
    OTHER_CONTEXT_RE,
    PAPER_CONTEXT_RE,
    SMALL_WORDS,
    Line,
    capitalised_ratio,
    is_list_item,
    looks_like_heading,
    strip_bullet,
)
from . import budget
from .lexicon import area_phrases, is_area_phrase, is_english_word, venues
from .models import Mention, PaperRecord
from .names import clean_name, is_name, is_surname, same_person, split_author_list
from .urls import BARE_URL_RE
from .normalise import norm_text

DASH_SEP_RE = re.compile(r"\s+[–—-]{1,2}\s+|(?<=[a-z\d)])[–—](?=[A-Z])")
AUTHORS_LINE_RE = re.compile(r"^(?:authors?|by|speakers?)\s*[:\-–]\s*(.+)$", re.I)
BYLINE_RE = re.compile(
    r"^(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})\s*\|(.*)$"
)
TALK_RE = re.compile(
    r"^(?:(?:invited|keynote|contributed|oral|spotlight)\s+)?talk\s+by\s+(?P<name>[^:–—]+?)\s*(?::|\s[–—-]\s)\s*(?P<title>.+?)\.?$",
    re.I,
)
REFERENCE_RE = re.compile(r"^(?P<names>[^()]{3,300}?)\s*\((?P<venue>[A-Za-z][\w ]{1,30})?,?\s*(?P<year>(?:19|20)\d\d)\)\.?\s+(?P<title>[A-Z].{8,250})$")
# "Best paper: <title>", "Outstanding paper award – <title>", "Oral: <title>": the label is not part of the title.
TITLE_LABEL_RE = re.compile(
    r"^(?:(?:best|outstanding)\s+(?:student\s+)?paper(?:\s+awards?)?(?:\s+(?:honou?rable\s+mentions?|runners?[- ]up))?|"
    r"test[- ]of[- ]time(?:\s+awards?)?|honou?rable\s+mentions?|orals?|spotlights?|posters?|papers?)\s*(?::|\s[–—-])\s*(?=\S)",
    re.I)
TITLE_TRAILER_RE = re.compile(r"\s*\((?:invited|oral|spotlight|poster|best paper|award)[^)]*\)\s*$", re.I)
NOT_A_TITLE_WORDS_RE = re.compile(
    r"\b(?:panel|tutorials?|workshops?|keynotes?|sessions?|remarks|conclusions?|summary|introduction|overview|"
    r"takeaways|highlights|q&a|questions|closing thoughts|opening|related articles|table of contents|agenda|"
    r"schedule|posted|comments?|share this|subscribe|read more|invited talks?)\b",
    re.I,
)
_W = r"[^\W_][\w’'.-]*"
_SMALL = r"(?:a|an|the|and|or|of|for|in|on|at|to|by|with|from|via|vs\.?|into|without|through|towards?|using|is|are|do|does|not|when|how|what|why|can|be|as|beyond|between|under|over)"
# A Title Case span: capitalised words with small words between them, ending in a capitalised word.
TITLE_SPAN = rf"(?:[A-Z0-9]{_W}?)(?:[ ](?:[A-Z0-9]{_W}?|{_SMALL}|[-–:]))*?[ ](?:[A-Z0-9]{_W}?)"
CITATION_RE = re.compile(
    r"\((?P<who>(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?:\s+et\s+al\.?|(?:,\s*[A-Z][\w’'-]+)*,?\s*(?:and|&)\s*[A-Z][\w’'-]+)?),?\s*(?:19|20)\d\d[a-z]?\)"
)
EMPHASIS_RE = re.compile(r"(?<![\w*])(\*\*|\*|__|_)(?=[^\s*_])([^*_\n]{6,300}?)(?<=[^\s*_])\1(?![\w*])")
QUOTE_RE = re.compile(r"“([^”\n]{6,300}?)”|\"([^\"\n]{6,300}?)\"|(?<!\w)[‘']([^’'\n]{6,300}?)[’'](?!\w)")
NEGATIVE_QUOTE_CUES_RE = re.compile(
    r"\b(?:class|course|workshop|tutorial|book|slogan|motto|song|movie|film|show|company|startup|team|quote|said|says|asked|t-shirt|shirt|called it)\b[^.]{0,25}$",
    re.I,
)
PAPER_CUE_RE = re.compile(r"\b(?:paper|papers|read|reading|work|titled|entitled|called|published|include|includes|preprint|article)\b", re.I)
SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"(])|\n")
LABEL_LINE_RE = re.compile(
    r"^(?:code|site|demo|slides|video|paper|project|results?|examples?|link|blog|website|github|data|dataset|"
    r"poster|url|source|tldr|tl;dr|note|update|edit|via|photo|image|credit)s?\s*:", re.I)
VENUE_YEAR_RE = re.compile(r"(?:the\s+)?[A-Z][A-Za-z]{1,10}\s*['’]?\d{2,4}")
ACRONYM_DEF_RE = re.compile(r"\(([A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*s?)\)")


@dataclass
class Candidate:
    title: str
    start: int
    end: int
    rule: str
    score: float = 1.0
    authors: list[tuple[str, int, int]] = field(default_factory=list)   # name, start, end
    alias: str = ""
    structural: bool = False        # a line of its own: owns the section below it
    line_index: int = -1


# --------------------------------------------------------------------------- helpers


def _clean_title(title: str) -> str:
    t = TITLE_TRAILER_RE.sub("", TITLE_LABEL_RE.sub("", title.strip()))
    t = t.strip(" \t*_#“”\"‘’")
    t = re.sub(r"\s+", " ", t)
    return t.rstrip(" ,;:") if not t.endswith(("?", "!")) else t


def _plausible_title(title: str, *, min_words: int = 2, check_area: bool = True) -> bool:
    words = title.split()
    if len(words) < min_words or len(words) > 30 or len(title) > 250:
        return False
    if not re.search(r"[A-Za-z]{3}", title) or "http" in title or "->" in title or "|" in title:
        return False
    if check_area and is_area_phrase(re.sub(r"\([^)]*\)", " ", title)):
        return False
    if BARE_URL_RE.search(title) or LABEL_LINE_RE.match(title) or re.search(r"[“”\"]", title):
        return False
    if VENUE_YEAR_RE.fullmatch(title.strip()):
        return False
    if re.match(r"(?:it|this|that|there|we|i|they|he|she|you)\s+[a-z]", title, re.I):
        return False
    return True


def _span_of(text: str, needle: str, start: int, end: int) -> tuple[int, int]:
    i = text.find(needle, start, end)
    return (i, i + len(needle)) if i >= 0 else (start, end)


def _names_in(text: str, base: int, *, allow_single: bool) -> list[tuple[str, int, int]]:
    """Names of a list "A, B and C" (or bold "**A**, **B**") with offsets; [] if it is not a name list."""
    # Bold lists ("**Balduzzi**, **McWilliams**") are never "Last, First".
    names = None if "**" in text else split_author_list(text)
    if names is None and allow_single:
        pieces = [clean_name(p) for p in re.split(r",?\s+(?:and|&)\s+|,\s*", text.replace("**", "")) if p.strip()]
        # Bold marks names explicitly; a bare single word must at least not be a dictionary word.
        bold = "**" in text
        if pieces and all(is_name(p, allow_single=True) and (len(p.split()) > 1 or bold or is_surname(p)) for p in pieces):
            names = pieces
    if not names:
        return []
    out: list[tuple[str, int, int]] = []
    for n in names:
        first = n.split()[-1] if "," in text and ";" in text else n
        i = text.find(first)
        out.append((n, base + max(i, 0), base + max(i, 0) + (len(first) if i >= 0 else 0)))
    return out


MD_LINK_RE = re.compile(r"\[([^\]\n]{2,250})\]\([^)\s]+\)")
NAME_PIECES_RE = re.compile(r",?\s+(?:and|&)\s+|,\s*")
ET_AL_END_RE = re.compile(r"\s+et\s+al\.?$")


def _leading_names(text: str, base: int, *, after_by: bool = False) -> list[tuple[str, int, int]]:
    """The names an author list starts with ("A, B and C, and to ..." -> A, B, C); "et al." ends it.

    `after_by`: the list follows "by", which may also continue a title ("Attention by Enforcing
    Monotonic Alignments"), so a name made of dictionary words only ends it."""
    out: list[tuple[str, int, int]] = []
    pos = 0
    for piece in NAME_PIECES_RE.split(text):
        raw = piece
        piece = ET_AL_END_RE.sub("", piece.strip())
        name = clean_name(piece)
        et_al = raw.strip() != piece
        if not name or not is_name(name, allow_single=et_al or after_by or is_surname(name)) or venues().get(name.lower()) is not None:
            break
        if after_by and not et_al and " " in name and all(is_english_word(t) for t in name.split()):
            break
        i = text.find(name, pos)
        out.append((name, base + max(i, 0), base + max(i, 0) + len(name)))
        pos = max(i, 0) + len(name)
        if et_al:   # "et al." closes the list
            break
    return out


def _name_list(text: str, base: int, *, after_by: bool = False) -> list[tuple[str, int, int]]:
    """`_leading_names`, when `text` holds nothing else (a trailing "et al." aside); else []."""
    names = _leading_names(text, base, after_by=after_by)
    whole = ET_AL_END_RE.sub("", text.strip()).rstrip(",. ")
    return names if names and whole.endswith(names[-1][0]) else []


# "Title (A, B, C)" / "Title, by A and B et al. …" on a line of its own.
LISTED_AUTHORS_RE = re.compile(r"^(?P<title>.{8,250}?)(?:\s*\((?P<paren>[^()]{4,300})\)(?=[.,;]?(?:\s|$))|,?\s+by\s+(?P<by>[A-Z].{2,300}))")


def _author_segment(text: str) -> str:
    """An author list without what follows it on the line: a sentence, a code link in brackets."""
    text = re.split(r"(?<![A-Z])\.\s+|\s+[\[(][^\])]*(?:https?://|github|\.com|\.org)", text)[0]
    return text.strip().rstrip(".")


# --------------------------------------------------------------------------- line rules


def _title_authors(line: Line) -> Candidate | None:
    body, cut = strip_bullet(line.text)
    if len(body.split()) > 70:
        return None
    ends_sentence = body.endswith(".") and not re.search(r"\b[A-Z]\.$", body)
    for m in reversed(list(DASH_SEP_RE.finditer(body))):
        title, authors = body[: m.start()], body[m.end():]
        # "Title – A, B. What I liked about it." / "Title – A, B [github.com/x]" keep only the names.
        authors = _author_segment(authors)
        if ends_sentence and (not authors or authors == body[m.end():].rstrip(".")):
            continue
        names = _names_in(authors, line.start + cut + m.end(), allow_single=False)
        cand = _title_with(line, title, names)
        if cand:
            return cand
    # "Title (A, B, C)" and "Title, by A and B": a whole name list, nothing else, in the brackets.
    m = LISTED_AUTHORS_RE.match(body) if "(" in body or "by" in body else None
    if m:
        base = line.start + cut + m.start("paren" if m.group("paren") else "by")
        group = m.group("paren") or _author_segment(m.group("by"))
        names = _name_list(group, base, after_by=not m.group("paren"))
        if names and (len(names) > 1 or " " in names[0][0]):
            return _title_with(line, m.group("title"), names)
    return None


def _title_with(line: Line, title: str, names: list[tuple[str, int, int]]) -> Candidate | None:
    title = _clean_title(MD_LINK_RE.sub(r"\1", title))
    if not names or not _plausible_title(title, check_area=False) or capitalised_ratio(title) < 0.3:
        return None
    if title.lower().startswith(("invited talk", "keynote", "talk")):
        return None
    s, e = _span_of(line.text, title, 0, len(line.text))
    return Candidate(title, line.start + s, line.start + e, "title_authors", 0.95, names, structural=True, line_index=line.index)


def _authors_below(lines: list[Line], i: int) -> list[tuple[str, int, int]] | None:
    for j in (i + 1, i + 2):
        if j < len(lines):
            m = AUTHORS_LINE_RE.match(lines[j].text)
            if m:
                if j == i + 2 and _title_like(lines[i + 1]):
                    return None   # "Authors:" two lines down belongs to the title between ("Day 2" / title / authors)
                names = _names_in(m.group(1), lines[j].start + m.start(1), allow_single=True)
                return names or None
    return None


def _title_like(line: Line) -> bool:
    text = strip_bullet(line.text)[0].rstrip()
    title = _clean_title(text)
    return not text.endswith(".") and _plausible_title(title, check_area=False) and not sentence_like(title)


def _names_line_below(lines: list[Line], i: int) -> list[tuple[str, int, int]] | None:
    """A title line followed by a line that is nothing but full names ("Ada Lovelace, Alan Turing")."""
    if i + 1 >= len(lines):
        return None
    # The names first: most lines are not followed by a list of names, and that test is the cheaper one.
    found = _names_in(lines[i + 1].text, lines[i + 1].start, allow_single=False)
    if len(found) < 2 or not all(" " in n for n, _, _ in found):
        return None
    return found if _title_like(lines[i]) and capitalised_ratio(_clean_title(lines[i].text)) >= 0.5 else None


def _byline_below(lines: list[Line], i: int) -> list[tuple[str, int, int]] | None:
    if i + 1 >= len(lines):
        return None
    nxt = lines[i + 1]
    m = BYLINE_RE.match(nxt.text)
    if not m:
        return None
    tail = m.group(1).split("|")[-1]
    base = nxt.start + m.start(1) + m.group(1).rfind(tail)
    # Tags come first (lower case); the author list starts at a capitalised word followed by a comma.
    for cap in re.finditer(r"(?<!\S)[A-Z][^\s,;]*,", tail):
        names = _names_in(tail[cap.start():], base + cap.start(), allow_single=False)
        if names:
            return names
    return []


def _reference(line: Line) -> Candidate | None:
    body, cut = strip_bullet(line.text)
    m = REFERENCE_RE.match(body)
    if not m:
        return None
    venue = (m.group("venue") or "").strip()
    if venue and venue.lower() not in venues() and not venue.isupper():
        return None
    names = _names_in(m.group("names"), line.start + cut + m.start("names"), allow_single=False)
    title = _clean_title(m.group("title"))
    if not names or not _plausible_title(title, check_area=False):
        return None
    s = line.start + cut + m.start("title")
    return Candidate(title, s, s + len(title), "reference", 0.95, names, structural=True, line_index=line.index)


def _talk(line: Line) -> Candidate | None:
    m = TALK_RE.match(strip_bullet(line.text)[0])
    if not m:
        return None
    name = clean_name(m.group("name"))
    title = _clean_title(m.group("title"))
    if not is_name(name) or not _plausible_title(title, min_words=3, check_area=False):
        return None
    s, e = _span_of(line.text, title, 0, len(line.text))
    ns, ne = _span_of(line.text, name, 0, len(line.text))
    return Candidate(title, line.start + s, line.start + e, "talk", 0.7, [(name, line.start + ns, line.start + ne)],
                     structural=True, line_index=line.index)


@lru_cache(maxsize=1)
def _venue_suffix_re() -> re.Pattern[str]:
    """ "Title, NIPS 2016." / "Title, under review." (built once: the venue list is data)."""
    venue_alt = "|".join(re.escape(v) for v in sorted(venues(), key=len, reverse=True))
    return re.compile(rf"^(?P<title>.+?),\s*(?:(?:{venue_alt})\s*['’]?\d{{2,4}}|under review|arxiv[^,]*|preprint|in press)\.?$", re.I)


def _reading_list_item(line: Line, in_list: bool) -> Candidate | None:
    if not is_list_item(line):
        return None
    body, cut = strip_bullet(line.text)
    m = _venue_suffix_re().match(body)
    if m:
        title = _clean_title(m.group("title"))
    elif in_list and not body.endswith("?"):
        title = _clean_title(re.sub(r"[.,]?\s*\(?(?:19|20)\d\d\)?\.?$", "", body))
    else:
        return None
    if not _plausible_title(title, min_words=3, check_area=False) or len(title.split()) > 25:
        return None
    s = line.start + cut
    return Candidate(title, s, s + len(title), "reading_list", 0.85, structural=True, line_index=line.index)


QUESTION_START_RE = re.compile(r"^(?:why|what|how|when|where|who|which|is|are|do|does|did|can|could|should|would|will)\b", re.I)


def is_topic_label(title: str) -> bool:
    """A heading that is exactly one topic name: "Reinforcement Learning", "Word Embeddings (NLP)"."""
    words = tuple(norm_text(re.sub(r"\([^)]*\)", " ", title)).split())
    return words in area_phrases() or (words[:-1] + (words[-1].rstrip("s"),) in area_phrases() if words else False)


def sentence_like(title: str) -> bool:
    """A line that reads as a sentence, question or exclamation rather than a title."""
    if re.search(r"[.?!]\s+[A-Z]", title):
        return True
    if re.search(r":\s+(?:when|why|how|what|where|who|which|is|are|can|do|does)\b.*\?$", title, re.I):
        return True
    if title.endswith("!") and capitalised_ratio(title) < 0.5:
        return True
    return title.endswith("?") and QUESTION_START_RE.match(title) is not None and capitalised_ratio(title) < 0.7


READING_LIST_INTRO_RE = re.compile(r"\b(?:papers?|reading|references|related work)\b", re.I)


def line_candidates(lines: list[Line]) -> list[Candidate]:
    """Paper titles that stand on a line of their own."""
    out: list[Candidate] = []
    paper_context = False
    reading_list = False
    for i, line in enumerate(lines):
        budget.check()
        text = strip_bullet(line.text)[0]
        # Programme structure: which headings announce paper talks.
        if DAY_RE.match(text):
            paper_context = bool(re.search(r"\b(?:workshops?|posters?|papers?|orals?)\b", text, re.I))
        elif PAPER_CONTEXT_RE.match(text):
            paper_context = True
        elif OTHER_CONTEXT_RE.match(text):
            paper_context = False
        if line.text.endswith(":") and READING_LIST_INTRO_RE.search(re.split(r"(?<=[.!?])\s+", line.text)[-1]):
            reading_list = True
            continue
        if not is_list_item(line):
            reading_list = False

        cand = _title_authors(line) or _reference(line) or _talk(line)
        if cand:
            out.append(cand)
            continue
        title = _clean_title(strip_bullet(line.text)[0])
        names = _authors_below(lines, i)
        rule = "authors_line"
        if names is None:
            names = _names_line_below(lines, i)
        if names is None:
            cand = _reading_list_item(line, reading_list)
            if cand:
                out.append(cand)
                continue
            if not looks_like_heading(line) or is_list_item(line):
                continue
            names = _byline_below(lines, i)
            rule = "byline"
        if names is None:
            if not paper_context or NOT_A_TITLE_WORDS_RE.search(title) or is_topic_label(title):
                continue
            if PAPER_CONTEXT_RE.match(title) or OTHER_CONTEXT_RE.match(title):
                continue   # "Papers I liked", "Posters": it announces the papers, it is not one
            if sentence_like(title):
                continue
            names, rule = [], "session_heading"
        if not _plausible_title(title, check_area=False):
            continue
        s, e = _span_of(line.text, title, 0, len(line.text))
        score = {"authors_line": 0.95, "byline": 0.9}.get(rule, 0.75)
        out.append(Candidate(title, line.start + s, line.start + e, rule, score, names, structural=True, line_index=line.index))
    return out


# --------------------------------------------------------------------------- prose rules


ABBREVIATION_END_RE = re.compile(r"(?:\bet al|\be\.g|\bi\.e|\bvs|\bcf|\bFig|\bEq|\bDr|\bProf|\bMr|\bMs|\bNo|\b[A-Z])\.$")


def sentences(text: str, lines: list[Line]):
    """(start, end) of sentence-like chunks within each line ("et al." and initials do not end one)."""
    for line in lines:
        budget.check()
        pos = line.start
        for m in SENTENCE_END_RE.finditer(line.text):
            # Only the few characters before the break can be an abbreviation: searching the whole
            # prefix of the line at every break was quadratic in the line's length.
            if ABBREVIATION_END_RE.search(line.text, max(0, m.start() - 8), m.start()):
                continue
            yield pos, line.start + m.start()
            pos = line.start + m.end()
        yield pos, line.end


def _prose_authors(text: str, s0: int, s1: int, t0: int, t1: int) -> list[tuple[str, int, int]]:
    """Authors a sentence gives for the title at [t0, t1): bold names, "presented by", "X and colleagues"."""
    sent = text[s0:s1]
    out: list[tuple[str, int, int]] = []
    bold = re.search(r"(?:\*\*[^*\n]{2,40}\*\*(?:\s*,?\s+and\s+|\s*,\s*)?){1,12}", sent)
    if bold:
        out = _names_in(bold.group(0), s0 + bold.start(), allow_single=True)
    if not out:
        by = re.search(r"\b(?:presented|proposed|introduced|written|authored|given)\s+by\s+((?:[^\W\d_][\w’'.*-]*[,\s]*(?:and\s+)?){1,20})", text[t1:s1])
        if by:
            cand = re.split(r"\s+(?=[a-z])(?!and\b|van\b|von\b|de\b|der\b)", by.group(1).strip())[0]
            out = _names_in(cand.rstrip(", "), t1 + by.start(1), allow_single=True)
    if not out:
        lead = re.search(r"(?:\b(?:The|A|An|This|In)\s+)?((?:\*\*)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}(?:\*\*)?)\s+(?:and (?:colleagues|co-?authors|collaborators)|et al\.?)", text[s0:t0])
        if lead:
            name = clean_name(lead.group(1))
            if is_name(name, allow_single=True) and (len(name.split()) > 1 or is_surname(name)):
                out = [(name, s0 + lead.start(1), s0 + lead.end(1))]
    return out


def _citation_after(text: str, t1: int) -> list[tuple[str, int, int]]:
    """Authors right after a title: an author-year citation "(Gatys et al. 2015)", a list of names
    "(A, B, C)" or "by A, B and C" / "by Stevens et al."."""
    window = text[t1 : t1 + 300]
    m = re.match(r"[”\"’'*_]*\.?\s*\(([^()]{2,80}?),?\s*(?:19|20)\d\d[a-z]?\)", window)
    if m:
        who = re.sub(r"\s+et\s+al\.?", "", m.group(1))
        out = []
        for piece in re.split(r",\s*|\s+(?:and|&)\s+", who):
            piece = piece.strip()
            if piece and is_name(piece, allow_single=True) and venues().get(piece.lower()) is None:
                i = text.find(piece, t1, t1 + 90)
                out.append((piece, i, i + len(piece)))
        return out
    m = re.match(r"[”\"’'*_]*\s*\(([^()]{4,250})\)", window)
    if m:   # only when the brackets hold nothing but names
        names = _name_list(m.group(1), t1 + m.start(1))
        return names if names and (len(names) > 1 or " " in names[0][0] or "et al" in m.group(1)) else []
    m = re.match(r"[”\"’'*_]*\.?[”\"’'*_]*,?\s*by\s+([A-Z][^()\n]{1,250})", window)
    if m:
        return _leading_names(_author_segment(m.group(1)), t1 + m.start(1), after_by=True)
    return []


X_PAPER_RE = re.compile(rf"\b(?:in their|the|their|this|a)\s+(?:\*\*)?({TITLE_SPAN})(?:\*\*)?\s+paper\b")
CALLED_RE = re.compile(r"\b(?:work|paper|talk|method|approach|one|poster)\b[^.?!]{0,40}?\b(?:called|titled|entitled)\s+(?![a-z])([^“\"].{8,200}?[?.!]?)(?=$|\s*\()")
ACRONYM_WORK_RE = re.compile(rf"({TITLE_SPAN})\s+\(([A-Z][A-Za-z0-9-]{{1,15}})\),?\s+(?:a|an|the)?\s*(?:new|recent|novel)?\s*(?:work|paper)\b")
IN_X_THE_AUTHORS_RE = re.compile(r"\s*In\s+([A-Z][^,;:()]{12,160}),\s+(?:the authors|they|we|the paper)\b")
_NOT_IN_X_FIRST = SMALL_WORDS | {"this", "that", "these", "practice", "summary", "addition", "terms", "particular", "fact",
                                 "contrast", "general", "short", "order", "both", "each", "our", "my"}
PAPER_X_RE = re.compile(rf"\bpaper,?\s+({TITLE_SPAN})(?=\s+(?:is|was|by|from|shows|showed|which|that)\b|[,.;]|\s*\()")
TITLE_CITATION_RE = re.compile(rf"({TITLE_SPAN})\s+(?=\((?:[A-Z][a-z][\w’'-]*)[^()]{{0,60}}(?:(?:19|20)\d\d[a-z]?|et\s+al\.?)\))")
X_IS_A_PAPER_RE = re.compile(r"(?:^|(?<=[.!?]\s))\s*([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5})\s+(?:\([^)]{2,20}\)\s+)?is\s+(?:a|an)\s+(?:\w+\s+)?paper\b")
FOLLOW_UP_RE = re.compile(r"\b(?:follow[- ]up (?:work|read|paper)s?|related (?:work|papers?)|see also|further reading)\s*:\s*(?![“\"])([A-Z].{8,200}?)(?:\.(?=\s|$)|$)", re.I)


def prose_candidates(text: str, lines: list[Line]) -> list[Candidate]:
    """Paper titles inside sentences."""
    out: list[Candidate] = []

    def add(title: str, t0: int, rule: str, score: float, s0: int, s1: int, alias: str = "", min_words: int = 2):
        title = _clean_title(title)
        if not _plausible_title(title, min_words=min_words):
            return
        found = text.find(title, t0, s1)
        t0 = found if found >= 0 else t0
        t1 = t0 + len(title)
        authors = _citation_after(text, t1) or _prose_authors(text, s0, s1, t0, t1)
        out.append(Candidate(title, t0, t1, rule, score, authors, alias=alias))

    for s0, s1 in sentences(text, lines):
        sent = text[s0:s1]
        if len(sent) < 10:
            continue
        # Cheap substring checks first: each rule needs its cue word, and most sentences have none.
        has_paper = "paper" in sent
        if has_paper:
            for m in X_PAPER_RE.finditer(sent):
                add(m.group(1), s0 + m.start(1), "prose.x_paper", 0.7, s0, s1)
        if "called" in sent or "titled" in sent:
            for m in CALLED_RE.finditer(sent):
                add(re.split(r"(?<=[.!])\s", m.group(1))[0], s0 + m.start(1), "prose.called", 0.7, s0, s1, min_words=3)
        if "(" in sent and (has_paper or "work" in sent):
            for m in ACRONYM_WORK_RE.finditer(sent):
                add(m.group(1), s0 + m.start(1), "prose.acronym_work", 0.75, s0, s1, alias=m.group(2))
        m = IN_X_THE_AUTHORS_RE.match(sent) if sent.lstrip().startswith("In") else None
        if m and m.group(1).split()[0].lower() not in _NOT_IN_X_FIRST:
            add(m.group(1), s0 + m.start(1), "prose.in_x_the_authors", 0.65, s0, s1, min_words=4)
        if has_paper:
            for m in PAPER_X_RE.finditer(sent):
                add(m.group(1), s0 + m.start(1), "prose.paper_x", 0.7, s0, s1, min_words=3)
        if "(" in sent:
            for m in TITLE_CITATION_RE.finditer(sent):
                span = re.sub(r"^(?:The|A|An|This|These|In|See|We|Our|And)\s+(?=[A-Z])", "", m.group(1))
                n_words = len(span.split())
                if n_words >= 3 or (n_words == 2 and re.search(r"\bpapers?\b", sent, re.I)):
                    add(span, s0 + m.start(1), "prose.title_citation", 0.65, s0, s1)
        if has_paper:
            for m in X_IS_A_PAPER_RE.finditer(sent):
                first = m.group(1).split()[0].lower()
                if first not in {"this", "it", "that", "there", "which", "here", "he", "she", "what"}:
                    add(m.group(1), s0 + m.start(1), "prose.x_is_a_paper", 0.6, s0, s1)
        if ":" in sent:
            for m in FOLLOW_UP_RE.finditer(sent):
                add(m.group(1), s0 + m.start(1), "prose.follow_up", 0.7, s0, s1, min_words=3)
    for line in lines:
        budget.check()
        for m in QUOTE_RE.finditer(line.text):
            q = next(g for g in m.groups() if g is not None)
            q0 = line.start + m.start() + 1
            qt = _clean_title(q)
            words = qt.split()
            content = [w for w in words if w.lower() not in SMALL_WORDS]
            if len(words) < 3 or len(content) < 2 or not qt[:1].isupper():
                continue
            before = line.text[: m.start()]
            if NEGATIVE_QUOTE_CUES_RE.search(before) or re.match(r"\s*(?:t-shirt|shirt|slogan)", line.text[m.end():]):
                continue
            cited = bool(_citation_after(text, line.start + m.end() - 1))
            cue = bool(PAPER_CUE_RE.search(before[-60:]))
            if capitalised_ratio(qt) >= 0.6 and len(content) >= 3 or cue or cited:
                if qt.endswith("?") and capitalised_ratio(qt) < 0.5 and not cue:
                    continue
                add(qt, q0, "prose.quoted", 0.8 if cue or cited else 0.65, line.start, line.end, min_words=3)
    # Markdown emphasis around a title: **Title** by A and B, *Title* (A, B).
    for line in lines:
        budget.check()
        if "*" not in line.text and "_" not in line.text:
            continue
        for m in EMPHASIS_RE.finditer(line.text):
            qt = _clean_title(m.group(2))
            words = qt.split()
            content = [w for w in words if w.lower() not in SMALL_WORDS]
            if len(words) < 3 or len(content) < 2 or not qt[:1].isupper() or sentence_like(qt):
                continue
            before = line.text[: m.start()]
            cited = bool(_citation_after(text, line.start + m.end()))
            cue = bool(PAPER_CUE_RE.search(before[-60:]))
            if capitalised_ratio(qt) >= 0.6 and len(content) >= 3 or (cue or cited) and capitalised_ratio(qt) >= 0.3:
                add(qt, line.start + m.start(2), "prose.emphasis", 0.75 if cue or cited else 0.65, line.start, line.end, min_words=3)
    return out


# --------------------------------------------------------------------------- acronyms and merging


def acronym_aliases(text: str, title: str, t1: int) -> str:
    """An acronym defined right after a title: "Conditional Neural Processes (CNPs)"."""
    m = ACRONYM_DEF_RE.match(text[t1 : t1 + 20].lstrip())
    return m.group(1) if m else ""


def _same_title(a: str, b: str) -> bool:
    ka, kb = norm_text(a), norm_text(b)
    if not ka or not kb:
        return False
    if ka == kb or fuzz.token_sort_ratio(ka, kb) >= 90:
        return True
    ha, hb = (norm_text(re.split(r"[:?]", x, maxsplit=1)[0]) for x in (a, b))
    if ha == hb and len(ha.split()) >= 4 and re.search(r"[:?]", a) and re.search(r"[:?]", b):
        return True
    short, long_ = sorted((ka, kb), key=len)
    # "Efficient Neural Architecture Search" names "Efficient Neural Architecture Search via Parameter Sharing".
    return len(short.split()) >= 3 and long_.startswith(short + " ") and len(short) >= 0.45 * len(long_)


def merge_candidates(text: str, cands: list[Candidate]) -> list[PaperRecord]:
    """Merge variants of one title (fuzzy, prefix, acronym) into one record per paper, in text order."""
    cands = sorted(cands, key=lambda c: (c.start, -c.score))
    # Drop a candidate that sits inside a stronger one's span (a quote inside a title line).
    kept: list[Candidate] = []
    for c in cands:
        if any(k.start <= c.start and c.end <= k.end and (k.end - k.start) > (c.end - c.start) for k in kept):
            continue
        kept.append(c)
    papers: list[PaperRecord] = []
    for c in kept:
        target = next((p for p in papers if any(_same_title(c.title, m.text) for m in p.mentions) or _same_title(c.title, p.title)), None)
        mention = Mention("paper", text[c.start:c.end], c.start, c.end, c.rule, c.score, c.title)
        if target is None:
            target = PaperRecord(title=c.title, score=c.score)
            papers.append(target)
        elif c.structural and not any(m.rule in STRUCTURAL_RULES for m in target.mentions):
            target.title = c.title
        elif len(c.title) > len(target.title) and c.score >= target.score:
            target.title = c.title
        target.score = max(target.score, c.score)
        target.mentions.append(mention)
        for name, s, e in c.authors:
            if not any(same_person(name, a) for a in target.authors):
                target.authors.append(name)
                target.author_mentions.append(Mention("person", text[s:e] if s >= 0 else name, max(s, 0), max(e, 0), c.rule + ".author", c.score, name))
        alias = c.alias or acronym_aliases(text, c.title, c.end)
        if alias and alias not in target.aliases:
            target.aliases.append(alias)
    # Later mentions by acronym ("the MAML paper") join the paper that defined it.
    for p in papers:
        for alias in p.aliases:
            for m in re.finditer(rf"\b{re.escape(alias)}\b", text):
                if not any(x.start <= m.start() < x.end for x in p.mentions):
                    p.mentions.append(Mention("paper", alias, m.start(), m.end(), "alias", 0.6, p.title))
    return papers


STRUCTURAL_RULES = frozenset({"title_authors", "authors_line", "byline", "reference", "talk", "session_heading", "reading_list"})
# Rules whose title line heads a section of its own (a reading-list item sits inside another's).
SECTION_RULES = STRUCTURAL_RULES - {"reading_list"}


def find_papers(text: str, lines: list[Line]) -> tuple[list[PaperRecord], list[Candidate]]:
    """Paper records of one report and the structural candidates that bound sections."""
    structural = line_candidates(lines)
    prose = prose_candidates(text, lines)
    return merge_candidates(text, structural + prose), structural
