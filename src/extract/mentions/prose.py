"""Titles named inside prose: spaCy Matcher patterns over the report's tokens (kept in
`data/prose_patterns.json`: "in their X paper", "X (Author et al., 2019)", quoted titles, ...), link
anchors and emphasised phrases in sentences, and the authors a sentence gives for them.
"""
from __future__ import annotations

import bisect
import json
import re
import unicodedata
from collections import deque
from collections.abc import Callable, Iterator
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

import numpy as np
from spacy.attrs import LOWER, ORTH
from spacy.matcher import Matcher
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc, Token

from extract.mentions.links import BETWEEN_LISTED_LINKS_RE, is_label_anchor, is_paper_label, link_kind
from extract.mentions.records import (
    AFFILIATION_AFTER_RE,
    BY_WORDS,
    LINKS_FIELD_RE,
    Candidate,
    NameSpan,
    caps_ratio,
    clean_title,
    dictionary_phrase,
    ends_in_a_venue_name,
    has_the_form_of_names,
    names_found_in,
    opens_with_given_name,
    reads_as_names,
)
from extract.mentions.segmenter import TITLE_SMALL_WORDS
from extract.mentions.urls import MARKDOWN_LINK_RE, REFERENCE_LABEL, REFERENCE_LINK_RE
from extract.spans import DisjointSpans, SpanUnion
from extract.text.lexicon import is_english_word, person_names, venues, word_ranks
from extract.text.names import (
    ORGANISATION_WORD_RE,
    PARTICLES,
    camel_cased,
    clean_name,
    full_names_pattern,
    glued_initials,
    is_brand_word,
    is_name,
    is_surname,
    looks_like_person,
    name_shaped,
    short_name_of_an_event,
)
from extract.text.structure import Block, Link, Structure, front_matter_end
from extract.text.units import MAX_LINE_TOKENS, PIECE_RE, wrapped_prose
from extract.text.wrapping import flowing_lines

_URLISH = re.compile(r"^(?:https?:|www\.)|\.(?:com|org|net|io|edu|ai)\b", re.I)
PAPER_CUE_RE = re.compile(r"\b(?:paper|papers|read|reading|work|titled|entitled|called|published|include|includes|preprint|article)\b", re.I)
# ... or a word right after the quote says what it is: "a “Yes, we can!” t-shirt", "the “Go” sign".
# ... and what a quote names when one of these follows it: '"Aggregating and Archiving" session', '"Widgets in the Wild" workshop',
# 'this "Reason then Widget" idea'.
NEGATIVE_QUOTE_AFTER_RE = re.compile(r"[ \t,]{0,2}(?:t-shirts?|shirts?|slogans?|mottos?|signs?|stickers?|banners?|songs?|memes?|hashtags?|"
                                     r"sessions?|tracks?|workshops?|tutorials?|keynotes?|panels?|symposi(?:um|a)|competitions?|"
                                     r"ideas?|concepts?|style|tricks?|mindset|philosophy|mantra|principle)(?![A-Za-z])", re.I)
PAPER_NOUN_RE = re.compile(r"\b(?:papers?|preprints?|articles?)\b", re.I)
NEGATIVE_QUOTE_CUES_RE = re.compile(
    r"\b(?:class|course|workshop|tutorial|book|slogan|motto|theme|song|movie|film|show|company|startup|team|quote|said|says|asked|"
    r"t-shirt|shirt|called it|keynote|talk|panel)(?:s|es)?\b[^.]{0,45}$", re.I)   # "among the workshops, this year's"


@lru_cache(maxsize=1)
def _patterns() -> dict:
    return json.loads(resources.files("extract").joinpath("data", "prose_patterns.json").read_text(encoding="utf-8"))


TITLE_BEFORE = -2   # "title_index" of a pattern whose title precedes the match


def _title_word_pattern(small: list[str]) -> str:
    """A word of a title: capitalised, a number, or one of the small words titles keep lower case."""
    return r"^(?:[A-Z0-9][\w’'.&+-]*|" + "|".join(re.escape(w) for w in small) + r")$"


@lru_cache(maxsize=1)
def _title_word_re() -> re.Pattern[str]:
    return re.compile(_title_word_pattern(_patterns()["title_small_words"]))


def _title_before(doc: Doc, start: int) -> list:
    """The title words right before token `start` (at most MAX_TITLE_TOKENS)."""
    word = _title_word_re()
    i = start
    while i > 0 and start - i < MAX_TITLE_TOKENS and word.match(doc[i - 1].text):
        i -= 1
    return [doc[k] for k in range(i, start)]


def _expand(pattern: list, small: list[str]) -> tuple[list[dict], int]:
    """The pattern with TITLE expanded to its token spec, and the index of that element."""
    title_word = {"TEXT": {"REGEX": _title_word_pattern(small)}, "OP": "+"}
    # "+" and not "{2,30}": the Matcher's bounded quantifiers blow up over a whole report.
    phrase = {"IS_PUNCT": False, "IS_SPACE": False, "OP": "+"}
    out, where = [], -1
    if pattern and pattern[0] == "TITLE":
        # A pattern that opens with a title matches from its first word after the title; the title is
        # then read backwards (`_title_before`): as a Matcher state at every capitalised word it
        # made the prose stage the slowest of all.
        return [el for el in pattern[1:]], TITLE_BEFORE
    for i, el in enumerate(pattern):
        if el in ("TITLE", "PHRASE"):
            out.append(title_word if el == "TITLE" else phrase)
            where = i
        else:
            out.append(el)
    return out, where


class _Pattern(NamedTuple):
    """One prose pattern in its own Matcher, with the words every match of it holds (its anchors) and
    how far a match reaches before and after such a word."""
    rule: str
    matcher: Matcher
    lower: np.ndarray   # anchor words as spaCy hashes of LOWER, and of ORTH
    orth: np.ndarray
    before: int
    after: int
    # What the tokens right before and after an anchor word must be when the pattern's elements
    # there are required ones: an anchor without them starts no match and runs no Matcher.
    prev_ok: Callable[[Token], bool] | None
    next_ok: Callable[[Token], bool] | None


def _element_span(el: dict) -> int:
    """The most tokens one pattern element can match."""
    op = el.get("OP", "")
    if op in ("+", "*"):
        return MAX_TITLE_TOKENS + 1
    if op.startswith("{"):
        return int(op.strip("{}").split(",")[-1] or MAX_TITLE_TOKENS + 1)
    return 1


def _token_test(el: dict) -> Callable[[Token], bool] | None:
    """A test every token matching a required pattern element passes (None: the element may match
    no token, or says what this test does not read)."""
    if el.get("OP", "") not in ("", "+"):
        return None
    tests: list[Callable[[Token], bool]] = []
    for key, value in el.items():
        if key == "OP":
            continue
        test = _attribute_test(key, value)
        if test is None:
            return None
        tests.append(test)
    return lambda t: all(test(t) for test in tests)


def _attribute_test(key: str, value: object) -> Callable[[Token], bool] | None:
    """One attribute of a Matcher token pattern ("LOWER": {"IN": [...]}, "IS_TITLE": true, ...) as a test."""
    if key.startswith("IS_") and isinstance(value, bool):
        flag = key.lower()
        return lambda t: bool(getattr(t, flag)) == value
    attr = {"LOWER": "lower_", "ORTH": "text", "TEXT": "text"}.get(key)
    if attr is None:
        return None
    if isinstance(value, str):
        return lambda t: bool(getattr(t, attr) == value)
    if isinstance(value, dict) and set(value) == {"IN"}:
        allowed = frozenset(value["IN"])
        return lambda t: getattr(t, attr) in allowed
    if isinstance(value, dict) and set(value) == {"NOT_IN"}:
        barred = frozenset(value["NOT_IN"])
        return lambda t: getattr(t, attr) not in barred
    if isinstance(value, dict) and set(value) == {"REGEX"}:
        search = re.compile(value["REGEX"]).search
        return lambda t: search(getattr(t, attr)) is not None
    return None


def _anchor_element(pattern: list[dict], anchors: dict[str, list[str]]) -> int:
    """The index of the element that matches the anchor words (an ORTH anchor "In" may narrow a LOWER "in")."""
    words = {w.lower() for ws in anchors.values() for w in ws}
    for i, el in enumerate(pattern):
        for attr in ("LOWER", "ORTH"):
            value = el.get(attr)
            allowed = value.get("IN", []) if isinstance(value, dict) else [value]
            if words <= {str(w).lower() for w in allowed}:
                return i
    raise ValueError(f"no element of {pattern} matches its anchors {anchors}")


@lru_cache(maxsize=4)
def _matcher(vocab) -> tuple[list[_Pattern], dict[str, dict], _AnchorIndex]:
    """Each pattern in a Matcher of its own, run only around its own anchor words and only as far as
    it reaches (all of them run around any pattern's anchor with the widest reach covered three
    quarters of a report: "on" anchors one)."""
    data = _patterns()
    patterns: list[_Pattern] = []
    rules: dict[str, dict] = {}
    for spec in data["patterns"]:
        pattern, where = _expand(spec["pattern"], data["title_small_words"])
        matcher = Matcher(vocab)
        matcher.add(spec["rule"], [pattern])
        k = _anchor_element(pattern, spec["anchors"])
        required = pattern[k].get("OP", "") == ""   # the anchor word is the element's one token
        prev_ok = _token_test(pattern[k - 1]) if required and k > 0 else None
        next_ok = _token_test(pattern[k + 1]) if required and k + 1 < len(pattern) else None
        hashes = [np.array(sorted(hash_string(w) for w in spec["anchors"].get(attr, ())), dtype=np.uint64)
                  for attr in ("LOWER", "ORTH")]
        patterns.append(_Pattern(spec["rule"], matcher, hashes[0], hashes[1],
                                 sum(_element_span(el) for el in pattern[:k]),
                                 sum(_element_span(el) for el in pattern[k:]), prev_ok, next_ok))
        rules[spec["rule"]] = {**spec, "title_index": where,
                               "alias_index": spec["pattern"].index({"TEXT": {"REGEX": "^[A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*s?$"}})
                               if spec.get("alias") else -1}
    # Patterns whose title comes first (read backwards) are matched first, as when they had a Matcher of their own.
    patterns.sort(key=lambda pat: rules[pat.rule]["title_index"] != TITLE_BEFORE)
    return patterns, rules, _anchor_index(patterns)


_NOT_A_TITLE_START = frozenset("this that these those practice summary addition terms particular fact contrast general short "
                               "order both each our my their his her its the a an some many most other".split())


def _mid_sentence(tok) -> bool:
    """Whether a token follows a word in the same sentence (not a full stop, a quote or a line start)."""
    if tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    return prev.text[:1].isalpha() and "\n" not in prev.whitespace_


# Patterns whose title is the subject of its sentence ("Title presents ways to ...", "Title is an autoregressive network").
_SENTENCE_SUBJECT_RULES = frozenset({"title_presents", "title_is_a_method"})


# Symbols, emoji and their variation selectors (a paragraph's mark, not a word of a sentence).
_MARK_CATEGORIES = frozenset({"So", "Sm", "Sk", "Mn", "Cf"})


def _a_sentence_subject_title(doc: Doc, toks: list) -> bool:
    """A title that opens its sentence (after a full stop, a line's start or a list's mark), a small word of a title
    inside it ("Widget Training for Gizmo Synthesis"), no organisation's word ("Widget Institute for ... presents")."""
    if len(toks) < 5:
        return False
    prev = doc[toks[0].i - 1] if toks[0].i > 0 else None
    if prev is not None and not (prev.is_space or prev.text in (".", "!", "?", "•", "-", "*", ":") or "\n" in prev.whitespace_
                                 or all(unicodedata.category(ch) in _MARK_CATEGORIES for ch in prev.text)):
        return False   # (a symbol may mark the paragraph: "❤️ Widget Training for Gizmo Synthesis proposes ...")
    small = frozenset(_patterns()["title_small_words"])
    return any(t.lower_ in small and t.is_lower for t in toks[1:-1]) and not any(ORGANISATION_WORD_RE.match(t.text) for t in toks)


def _trim(tokens: list) -> list:
    """A title starts and ends with a capitalised word or a digit (not "of", "-", ":")."""
    small = frozenset(_patterns()["title_small_words"])
    while tokens and (tokens[0].lower_ in small or not tokens[0].text[:1].isalnum()):
        if tokens[0].text[:1].isupper() and tokens[0].text[:1].isalpha() and len(tokens) > 2 and tokens[1].text[:1].isupper() \
                and (_mid_sentence(tokens[0]) or (tokens[0].i > 0 and tokens[0].doc[tokens[0].i - 1].text == ":")):
            break   # "called The Vanishing Kernels Problem", "was Do Widgets Dream ...": a capitalised small word mid-sentence opens the title
            # (or after a label's colon: "Best Student Paper: The Widget Changes Everything: ...")
        tokens = tokens[1:]
    while tokens and (tokens[-1].lower_ in small or not tokens[-1].text[:1].isalnum()):
        tokens = tokens[:-1]
    return tokens


# A determiner ends no title: before a lower-case word it opens the sentence's next phrase
# ("A Bound on ... Learning This paper bounds ...": not "a X paper").
_DETERMINERS = frozenset("this these that those our their his her its".split())


def _before_a_lower_word(token) -> bool:
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].is_lower


MAX_TITLE_TOKENS = 40


def _byline_before(doc: Doc, i: int) -> bool:
    """The words before token i end a byline: a full name ("... by Ana Souza") or "et al."."""
    return i >= 2 and (doc[i - 1].text in ("al.", "al") or is_name(doc[i - 2 : i].text)
                       or (i >= 3 and is_name(doc[i - 3 : i].text)))


class _AnchorIndex(NamedTuple):
    """Every pattern's anchor words at once: one numpy lookup a report finds all of them."""
    lower: np.ndarray                 # the anchor words' LOWER hashes, of any pattern
    orth: np.ndarray
    by_lower: dict[int, list[int]]    # hash -> the patterns (their index) it anchors
    by_orth: dict[int, list[int]]


def _anchor_index(patterns: list[_Pattern]) -> _AnchorIndex:
    """The patterns' anchor words, each with the patterns it anchors."""
    by_lower: dict[int, list[int]] = {}
    by_orth: dict[int, list[int]] = {}
    for k, pat in enumerate(patterns):
        for h in pat.lower.tolist():
            by_lower.setdefault(h, []).append(k)
        for h in pat.orth.tolist():
            by_orth.setdefault(h, []).append(k)
    return _AnchorIndex(np.array(sorted(by_lower), dtype=np.uint64), np.array(sorted(by_orth), dtype=np.uint64),
                        by_lower, by_orth)


def _anchor_hits(index: _AnchorIndex, n_patterns: int, doc: Doc) -> list[list[int]]:
    """Per pattern, the positions of its anchor words in the doc, in order."""
    # From the doc's LOWER and ORTH hash columns (numpy), not by making a Token object of every word.
    attrs = doc.to_array([LOWER, ORTH]).reshape(-1, 2)
    hits: list[list[int]] = [[] for _ in range(n_patterns)]
    lower, orth = attrs[:, 0], attrs[:, 1]
    for i in np.flatnonzero(np.isin(lower, index.lower) | np.isin(orth, index.orth)).tolist():
        ks = set(index.by_lower.get(int(lower[i]), ())) | set(index.by_orth.get(int(orth[i]), ()))
        for k in ks:
            hits[k].append(i)
    return hits


def _anchored_matches(patterns: list[_Pattern], index: _AnchorIndex, doc: Doc) -> list[tuple[int, int, int, list[int]]]:
    """The patterns' matches over the doc, each pattern run only on the stretches around its anchor words."""
    out: list[tuple[int, int, int, list[int]]] = []
    seen: set[tuple[int, int, int]] = set()
    for pat, hits in zip(patterns, _anchor_hits(index, len(patterns), doc)):
        windows: list[list[int]] = []
        for i in hits:
            if pat.prev_ok is not None and (i == 0 or not pat.prev_ok(doc[i - 1])):
                continue
            if pat.next_ok is not None and (i + 1 >= len(doc) or not pat.next_ok(doc[i + 1])):
                continue
            lo, hi = max(0, i - pat.before), min(len(doc), i + pat.after)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = hi
            else:
                windows.append([lo, hi])
        for lo, hi in windows:
            for match_id, start, end, align in pat.matcher(doc[lo:hi], with_alignments=True):  # type: ignore[misc]
                key = (match_id, lo + start, lo + end)
                if key not in seen:
                    seen.add(key)
                    out.append((match_id, lo + start, lo + end, align))
    return out


def pattern_candidates(text: str, doc: Doc) -> list[Candidate]:
    """Titles the prose patterns find, longest match per title start (shortest for a rule that says so)."""
    patterns, rules, index = _matcher(doc.vocab)
    best: dict[int, Candidate] = {}
    for match_id, start, match_end, align in _anchored_matches(patterns, index, doc):
        rule = rules[doc.vocab.strings[match_id]]
        if rule["rule"] == "in_x_the_authors" and start > 0 and not (doc[start - 1].is_space or doc[start - 1].text in ".!?"):
            continue   # "In X, the authors ...": only at the start of a sentence
        if rule["rule"] == "follow_up" and start > 0 and doc[start - 1].is_alpha and doc[start + 1].text == ":":
            continue   # "Explain What You See: Open-Ended ...": the cue's one word ends a title's head, no "See: Title" of the
            # writer (a cue of more words stands after a sentence whose stop is missing: "DiscoGAN Follow up work: Title")
        if rule["rule"] == "and_title_by" and not _byline_before(doc, start):
            continue   # "... was Learning from Simulated and Unsupervised Images by A B": the "and" is the title's own
        if rule["title_index"] == TITLE_BEFORE:
            if rule.get("comma_before"):   # "Title, authored by ...": the title ends at the comma
                if start == 0 or doc[start - 1].text != ",":
                    continue
                start -= 1
            before = _title_before(doc, start)
            align = [-1] * len(before) + [k + 1 for k in align]   # as if TITLE had matched: pattern indices + 1
            start -= len(before)
            toks = _trim(before)
            if rule["rule"] in _SENTENCE_SUBJECT_RULES and not _a_sentence_subject_title(doc, toks):
                continue
        else:
            raw = [doc[start + k] for k, el in enumerate(align) if el == rule["title_index"]]
            if raw and (raw[0].lower_ == "by" or raw[0].text == "from"):
                continue   # "The first one was by Ana Souza from Widget U": who gave it, not what it is called; "A paper
                # from Widget U and Gizmo Tech introduces ...": where it comes from
            if len(raw) > 1 and raw[0].like_num and raw[1].text in (":", ".", ")"):
                continue   # "Paper 2: Title": a numbered label of the record that follows
            toks = _trim(raw)
        if len(toks) > MAX_TITLE_TOKENS:
            continue
        if rule["rule"] == "x_paper" and any(ORGANISATION_WORD_RE.match(t.text) for t in toks):
            continue   # "the Widget Centre for Robotics work": an organisation's work, not a title
        if rule["rule"] == "x_paper" and ((match_end < len(doc) and doc[match_end].lower_ in _AWARD_WORDS)
                                          or (toks and toks[-1].lower_ in ("best", "outstanding"))):
            continue   # "short-listed for the ECIR Best Paper Award", "the Award for Best Paper goes to": an award's name
        if rule["rule"] == "x_paper" and _venue_and_year(toks):
            continue   # "our 2017 ACM TOIS paper": where and when it appeared, the title follows
        if rule["rule"] == "x_paper" and _CITING_SURNAMES_RE.fullmatch(" ".join(t.text for t in toks)) \
                and all(word_ranks().get(t.lower_, 10**6) >= COMMON_SURNAME_RANK for t in toks if t.text[:1].isupper()):
            continue   # "see the Saphra and Lopez paper", "the Souza et al. paper": its authors, not its title
        if not toks or (len(toks) == 1 and toks[0].is_stop):
            continue   # ("There was a related paper presented by ...": no title)
        if toks[-1].lower_ in _DETERMINERS and _before_a_lower_word(toks[-1]):
            continue
        last = toks[-1].i
        if last + 1 < len(doc) and doc[last + 1].text in ("?", "!") and rule["rule"] != "x_is_a_paper":
            toks.append(doc[last + 1])   # "Are Features All You Need?"
        if rule["rule"] == "in_x_the_authors" and (toks[0].is_lower or toks[0].lower_ in _NOT_A_TITLE_START):
            continue   # "In this paper, the authors", "In practice, they"
        t0, t1 = toks[0].idx, toks[-1].idx + len(toks[-1])
        if "\n" in text[t0:t1]:
            continue
        if rule["rule"] == "title_citation" and _acronym_bracket(text, t1) and not _after_words_on_its_line(text, t0):
            continue   # "- Ana Souza: The Future of Widgets (ICML 2031)" opening a line: a record's line, the records' to read
        t1 = _subtitle_end(text, t0, t1)
        if rule.get("question_subtitle") and text[t1 - 1 : t1] == "?":
            t1 = _subtitle_after_a_question(text, t1)
        title = clean_title(text[t0:t1])
        if (by := _BY_NAMES_END_RE.search(title)) and (reads_as_names(by.group(1)) or (
                text[t1 : t1 + 1] == "," and reads_as_names(by.group(1) + _LIST_GOING_ON_RE.match(text, t1).group(0)))):  # type: ignore[union-attr]
            title = title[: by.start()]   # "My pick: Title by Ana Souza.": the TITLE words ran on over the byline
            # (or over its first name, the list going on after the comma the TITLE words stopped at: "by Eytan Adar, Jon ...")
        if not by and (by := _FROM_NAMES_END_RE.search(title)) and _known_people(by.group(1)):
            title = title[: by.start()]   # "the paper Title from Ana Souza and Emil Novak, which ...": ... or over "from" and names
        if len(title.split()) < rule.get("min_words", 2) or not re.search(r"[^\W\d_]{2}", title):
            continue
        if rule["rule"] == "title_citation" and (ends_in_a_venue_name(title) or _spelt_out_acronym(title, text, t1)
                                                 or _events_short_name(title, text, t1)):
            continue   # "the 18th International Society for Widget Retrieval (ISWR 2031) Conference": the venue's name
        if rule["rule"] in _NAME_SHAPED_RULES and reads_as_names(title):
            continue   # "**Title** by Chen Wei and Dana Levi ([paper](url))": the names before the links, not a title
        if rule["rule"] == "title_then_links" and _LIST_JOIN_BEFORE_RE.search(text, max(0, t0 - 6), t0) and is_name(title):
            continue   # "**Title** — Ana Souza, Sang Woo Kang ([paper](url))": a byline's last name, whatever the lexicon knows
        alias = ""
        if rule["alias_index"] >= 0:
            alias = next((doc[start + k].text for k, el in enumerate(align) if el == rule["alias_index"]), "")
        s = text.find(title, t0, t1 + 1)
        s = s if s >= 0 else t0
        cand = Candidate(title, s, s + len(title), "prose." + rule["rule"], float(rule.get("score", 0.6)), alias=alias)
        old = best.get(s)
        if old is None or (len(cand.title) < len(old.title) if rule.get("shortest") else len(cand.title) > len(old.title)):
            best[s] = cand
    return _with_their_authors(text, sorted(best.values(), key=lambda c: c.start))


_ACRONYM_BRACKET_RE = re.compile(r"\s*\(([A-Z]{2,})\b")


def _acronym_bracket(text: str, end: int) -> str:
    """The acronym that opens a bracket right after `end` ("Title (WCLR 2031)" -> "WCLR"), or ""."""
    m = _ACRONYM_BRACKET_RE.match(text, end, end + 20)
    return m.group(1) if m else ""


def _spelt_out_acronym(title: str, text: str, end: int) -> bool:
    """The title's capitalised words spell the acronym in the bracket after it ("International Society for Widget
    Retrieval (ISWR 2031)"): a venue's or an organisation's name, not a paper's."""
    acronym = _acronym_bracket(text, end)
    return len(acronym) >= 3 and "".join(w[0] for w in title.split() if w[:1].isupper()).endswith(acronym)


_SHORT_NAME_BRACKET_RE = re.compile(r"\s*\(([^\W_][\w’'-]*)\s+(?:19|20)\d\d\)")


def _events_short_name(title: str, text: str, end: int) -> bool:
    """An event's name with its short name and year in the bracket after it: the event's, not an author's and a year."""
    m = _SHORT_NAME_BRACKET_RE.match(text, end)
    return m is not None and short_name_of_an_event(title, m.group(1))


def _after_words_on_its_line(text: str, start: int) -> bool:
    """Words (not only a list's or a quote's marks) come before `start` on its line: a title cited inside prose."""
    line_start = text.rfind("\n", 0, start) + 1
    return len(re.findall(r"[^\W\d_]{2,}", text[line_start:start])) >= 2


def _venue_and_year(toks: list[Token]) -> bool:
    """Whether the words are a year and a venue's acronyms or names only ("2017 ACM TOIS", "ICML 2019")."""
    years = [t for t in toks if len(t.text) == 4 and t.text.isdigit() and t.text[:2] in ("19", "20")]
    return bool(years) and len(toks) > len(years) \
        and all(t in years or (t.text.isupper() and len(t.text) > 1) or t.lower_ in venues() for t in toks)


def _with_their_authors(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The candidates with the names around them; a title the surnames in its bracket put forward is none without them
    ("Theory and Formalism in NLP (Linguistic and Mathematical)": a track, its bracket no names)."""
    for c in cands:
        c.authors = authors_after(text, c.end) or _possessive_presenter(text, c.start) or authors_around(text, c.start, c.end) \
            or _people_from(text, c.end)
    return [c for c in cands if c.authors or c.rule != "prose.title_surnames"]


# Words that make the phrase after them an event's name ("the session on Widget Models: Theory and Practice").
_EVENT_WORDS = frozenset("session sessions track tracks workshop workshops tutorial tutorials keynote keynotes panel panels "
                         "symposium day room hall theme".split())
_SUBTITLED_MIN_WORDS = 5


def _head_before(doc: Doc, colon: int) -> list[Token]:
    """The title words before a subtitle's colon, back to the previous colon at most (a title has one)."""
    word = _title_word_re()
    i = colon
    while i > 0 and colon - i < MAX_TITLE_TOKENS and doc[i - 1].text != ":" and word.match(doc[i - 1].text):
        i -= 1
    return list(doc[i:colon])


def _after_a_cue_word(first: Token, small: frozenset[str]) -> bool:
    """Whether the word before a title's first word is a lower-case word of the sentence that cues it
    ("check out", "liked", "the paper on"), not the rest of the title itself: a hyphenated compound's end
    ("Diffusion-based Widget Modeling: ..."), or "and", "but" after a comma ("Big Data, and Widget Learning: ...")."""
    if not _mid_sentence(first) or first.i < 2:
        return False
    doc = first.doc
    prev, before = doc[first.i - 1], doc[first.i - 2]
    if not (prev.is_lower and prev.is_alpha) or before.text in ("-", "–", ","):
        return False
    return prev.lower_ not in small or (before.is_lower and before.is_alpha and before.lower_ not in small)


_COLON = hash_string(":")
# A line's opening up to a word inside the emphasis that opens the line ("- **Synthesize then "): its mark is group 1.
_WHOLE_EMPHASIS_LEAD_RE = re.compile(r"[ \t]*(?:[-*+>][ \t]+|\d{1,3}[.)][ \t]+)?(\*\*|__|\*|_)(?=\S)[^*_\n]*$")


def _inside_a_title_case_run(text: str, at: int) -> bool:
    """The words on the line before `at` are three or more, three in four of them capitalised (small words aside): a
    Title Case line runs up to it, whose lower-case word ("among") is no sentence's."""
    before = text[text.rfind("\n", 0, at) + 1 : at]
    content = [w for w in _LINE_WORD_RE.findall(before) if w.lower() not in TITLE_SMALL_WORDS]
    return len(content) >= 3 and caps_ratio(" ".join(content)) >= 0.75


_LINE_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


_WORD_BEFORE_A_LINK_CLOSE_RE = re.compile(r"([^\W\d_][\w'’-]*)\]\(")


def titles_with_a_subtitle(text: str, doc: Doc) -> list[Candidate]:
    """Unmarked titles inside a sentence, known by a Title Case head and subtitle around a colon ("I also
    want to check out Widget Time as Implicit Feedback: A Comparison to Gizmo Tracking."): copied from
    the paper, as a writer does who neither quotes nor links it. The head follows a lower-case word of the
    sentence (a line that opens with "Day 3: Posters" is a label, and a record's line is the segmenter's)."""
    word = _title_word_re()
    small = frozenset(_patterns()["title_small_words"])
    out = []
    # (the colons found in the doc's array of words: a Token object for every word of a long report costs more)
    for i in np.flatnonzero(doc.to_array(ORTH) == _COLON).tolist():
        if "\n" in doc[i].whitespace_:
            continue
        if i + 1 >= len(doc) or not doc[i + 1].text[:1].isupper() or not doc[i + 1].text[:1].isalpha():
            continue
        head = _trim(_head_before(doc, i))
        if not head or not _after_a_cue_word(head[0], small) \
                or any(t.lower_ in _EVENT_WORDS for t in doc[max(head[0].i - 3, 0) : i]):
            continue
        head_text = text[head[0].idx : head[-1].idx + len(head[-1])]
        if _inside_a_title_case_run(text, head[0].idx):
            continue   # "## 81. Capturing Widget Influence among Gizmos: Gizmo Diagnosis": the colon is inside a title
        if any(ORGANISATION_WORD_RE.match(t.text) for t in head) or looks_like_person(head_text) or reads_as_names(head_text):
            continue   # "a quote from Ada Lovelace: Widgets Are Not Dead", "the booth of Widget Labs: Building Gizmos"
        if doc[head[0].i - 1].lower_ == "by":
            continue   # "a paper presented by Tam Vohra: Widget Audits ...": who, whatever the lexicons know of the name
        k = i + 1
        while k < len(doc) and k - i <= MAX_TITLE_TOKENS and doc[k].text != ":" and word.match(doc[k].text) \
                and "\n" not in doc[k - 1].whitespace_:
            k += 1
        tail = list(doc[i + 1 : k])
        while tail and (tail[-1].lower_ in small or not tail[-1].text[:1].isalnum()):
            tail.pop()
        if len(tail) < 2 or sum(1 for t in head + tail if t.is_alpha) < _SUBTITLED_MIN_WORDS \
                or any("\n" in t.whitespace_ for t in head + tail[:-1]):
            continue
        t0, t1 = head[0].idx, tail[-1].idx + len(tail[-1])
        if tail[-1].i == k - 1 and k < len(doc) and "\n" not in doc[k - 1].whitespace_ \
                and (glued := _WORD_BEFORE_A_LINK_CLOSE_RE.match(doc[k].text)) is not None:
            t1 = doc[k].idx + glued.end(1)   # (its last word glued to the link's close: "... Convolutional CLIP](https://...")
        if reads_as_names(text[tail[0].idx : t1]):
            continue   # "Honorable Mention 2: Ana Souza and Ben Park": a slot and who holds it
        if t1 < len(text) and text[t1] in "?!":
            t1 += 1
        lead = _WHOLE_EMPHASIS_LEAD_RE.match(text, text.rfind("\n", 0, t0) + 1, t0)
        if lead is not None and text.startswith(lead.group(1), t1):
            continue   # ("**Synthesize then Compare: Widgets ...**": the marks hold the line's title, its record's to read)
        title = clean_title(text[t0:t1])
        s = text.find(title, t0, t1 + 1)
        s = s if s >= 0 else t0
        out.append(Candidate(title, s, s + len(title), "prose.subtitled", 0.6))
    return _with_their_authors(text, out)


# Words after "paper" that make "X Paper" the name of an award or a programme part, not a title.
_AWARD_WORDS = frozenset("award awards prize prizes honorable honourable nominee nominees nomination finalist finalists "
                         "session sessions track tracks committee chair chairs".split())
# A byline the TITLE words of a pattern ran on over: "Title by Ana Souza", "Title by Ana Souza and Ben Park".
_NAME_LIST = r"([A-Z][^\s,]*(?:\s+[A-Z][^\s,]*){1,3}(?:(?:,\s*|\s+and\s+)[A-Z][^\s,]*(?:\s+[A-Z][^\s,]*){1,3})*)"
# (", and" and "&" separate names too; this was defined twice, and the later, wider pattern had already shadowed this
# narrower one module-wide)
_NAME_LIST_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
_BY_NAMES_END_RE = re.compile(rf"\s+by\s+{_NAME_LIST}$")
_LIST_GOING_ON_RE = re.compile(r"[^\n().;:!?]{0,200}")   # (the rest of a byline, to its bracket or its sentence's end)
# ... or over "from" and the names: "the paper Title from Emil Novak and Frida Lund, which ..."
_FROM_NAMES_RE = re.compile(rf"\s+from\s+{_NAME_LIST}")
_FROM_NAMES_END_RE = re.compile(rf"{_FROM_NAMES_RE.pattern}$")


def _known_people(names: str) -> bool:
    """Names each of a known given name and a surname that is no English word ("Emil Novak and Frida Lund"):
    no title ends so ("... from Brain Activity", "... from An Attack-Agnostic Perspective")."""
    if re.search(r"['’]s?\b", names):
        return False   # "from Ana Souza's group": a lab, not its authors
    given = person_names()[0]
    return reads_as_names(names) and all(p.split()[0].lower() in given and not is_english_word(p.split()[-1].lower())
                                         for p in _NAME_LIST_SPLIT_RE.split(names))


def _people_from(text: str, end: int) -> list[NameSpan]:
    """ "Title from Ana Souza and Emil Novak": known people after "from" right after a title are its authors."""
    m = _FROM_NAMES_RE.match(text, end, end + 200)
    if m is None or not _known_people(m.group(1)):
        return []
    out, pos = [], m.start(1)
    for name in _NAME_LIST_SPLIT_RE.split(m.group(1)):
        pos = text.find(name, pos)
        out.append((name, pos, pos + len(name)))
        pos += len(name)
    return out


# "Ana Souza's talk on Title", "Ben Park’s poster about Title": who gave it, right before the title.
# (a degree and year may follow the possessive: "Ana Souza’s (MS’25) paper, “Title”")
_TALK_WORD_END = r"[’']s\s+(?:\([^()\n]{1,20}\)\s+)?(?:[a-z]+\s+)?(?:talk|poster|paper|presentation|oral|work)(?:\s+(?:on|about|titled|called)|\s*,)?\s*[\"“*_]*$"
# (the first name's affiliation in brackets: "Ana Souza (Widget University) and Ben Park’s poster on Title")
_POSSESSIVE_TALK_RE = re.compile(r"(?:([A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){1,2})(?:\s*\([^()\n]{1,60}\))?\s+and\s+)?"
                                 r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){0,2})"
                                 + _TALK_WORD_END)
_TALK_WORD_END_RE = re.compile(_TALK_WORD_END)   # ... its end alone, the cheap test before the whole pattern


def _possessive_presenter(text: str, start: int) -> list[NameSpan]:
    """The person whose talk or poster the sentence names right before the title ("Ana Souza's talk on
    Title"), or the two ("Ana Souza and Ben Park's position paper, “Title”")."""
    if not _TALK_WORD_END_RE.search(text, max(0, start - 30), start):
        return []   # (the cheap test first: a report of thousands of quotes asks at each of them)
    m = _POSSESSIVE_TALK_RE.search(text, max(0, start - 120), start)
    if m is None or not is_name(m.group(2)) or " " not in m.group(2):
        return []
    first = [(m.group(1), m.start(1), m.end(1))] if m.group(1) and is_name(m.group(1)) else []
    return first + [(m.group(2), m.start(2), m.end(2))]


# The rest of a subtitle written in sentence case: "...: If resnets are the answer, then what is the
# question?" up to the "?" or "!" that ends the line (a "." would end a sentence, not a title).
_SUBTITLE_REST_RE = re.compile(r"[^.!?\n]{1,120}?[?!](?=[\s)\]]*(?:\n|$))")


_SUBTITLE_AFTER_A_QUESTION_RE = re.compile(r"[ \t]+([A-Z][^.!?\n]{8,200})(?=[.!]|\n|$)")


def _subtitle_after_a_question(text: str, t1: int) -> int:
    """Where a title whose head is a question ends: past the Title Case subtitle after the question mark ("Are You
    Anonymous? Inferring Widgets from Gizmo Data Tracked in Virtual Reality."), or at the mark."""
    m = _SUBTITLE_AFTER_A_QUESTION_RE.match(text, t1)
    words = m.group(1).split() if m else []
    content = [w for w in words if w[:1].isalpha() and w.lower() not in TITLE_SMALL_WORDS]
    return m.end(1) if m and len(words) >= 3 and 4 * sum(w[0].isupper() for w in content) >= 3 * len(content) else t1


def _subtitle_end(text: str, t0: int, t1: int) -> int:
    """Where a cue title ends when the pattern stopped inside its subtitle (at the first lower-case
    word after the colon): at the question or exclamation mark that ends the line."""
    colon = text.rfind(": ", t0, t1)
    if colon < 0 or len(text[colon + 2 : t1].split()) > 3:
        return t1
    m = _SUBTITLE_REST_RE.match(text, t1)
    return m.end() if m else t1


# English quotes, and the quotes of the prose around English titles in other languages: „…“ (German,
# Polish „…”), «…» and »…« (French, Russian, Scandinavian), 「…」 and 『…』 (Japanese, Chinese), 《…》
# (Chinese title marks).
# (An apostrophe between letters inside single quotes is no closing quote: 'Why Widgets Don't Fail'.)
# (“…” and "…" may wrap onto the next line of their paragraph or quote block: "“Incremental Widgets in the\n> Age of Gizmos”")
QUOTE_RE = re.compile(r"“((?:[^”\n]|\n(?![ \t>]*\n)){6,300}?)”|\"((?:[^\"\n]|\n(?![ \t>]*\n)){6,300}?)\"|(?<!\w)‘((?:[^’\n]|(?<=\w)’(?=\w)){6,300}?)’(?!\w)"
                      r"|(?<!\w)'((?:[^'\n]|(?<=\w)'(?=\w)){6,300}?)'(?!\w)"
                      r"|„([^“”\"\n]{6,300}?)[“”\"]|«\s?([^»\n]{6,300}?)\s?»|»([^«\n]{6,300}?)«|「([^」\n]{6,300}?)」|『([^』\n]{6,300}?)』"
                      r"|《([^》\n]{6,300}?)》"
                      # ... and “Title“, the opening mark typed again to close it (before a space or a stop)
                      r"|“([^“”\n]{6,300}?)“(?=[\s,.;:!?)]|$)"
                      # ... and Korean title marks: 〈…〉, and <…> before the word for a paper ("<Title> 논문이 accept되어")
                      r"|〈([^〉\n]{6,300}?)〉|<([^<>\n]{6,300}?)>(?=\s?(?:논문|論文|论文))")


_WHOLE_LINK_RE = re.compile(rf"\[[^\[\]]+\](?:\([^()\s]*\)|{REFERENCE_LABEL})")
_SOFT_BREAK_RE = re.compile(r"[ \t]*\n[ \t>]*")   # a line break inside a paragraph or a quote block, and the block's marks
_QUOTE_OPENING_RE = re.compile("[“\"‘'„«»「『《〈<]")   # every QUOTE_RE match starts with one of these
# Markdown emphasis around the whole of a quotation ("**Title**", "*Title*", "_Title_", "**Title**." with
# the sentence's stop inside the quotes).
_EMPHASIS_INSIDE_RE = re.compile(r"([*_]{1,3})(\S(?:.*\S)?)\1[.,;:!?]?")


# A name, then a bracket that opens with the quotation: 'Ana Souza ("Widget U, Spain")'.
_AFFILIATION_QUOTED_RE = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+\([\"“]$")


_PARTS_ADDED_RE = re.compile(r"[^:+]+(?:\s\+\s[^:+]+)+")


def quotations(text: str) -> Iterator[re.Match[str]]:
    """QUOTE_RE's matches, as `finditer` gives them, tried only where a quote mark opens: a search
    from every character of the report for its alternatives (with look-behinds) was over ten times slower."""
    pos = 0
    while (q := _QUOTE_OPENING_RE.search(text, pos)) is not None:
        m = QUOTE_RE.match(text, q.start())   # (a look-behind still sees the text before the start)
        if m is None:
            pos = q.start() + 1
        else:
            yield m
            pos = m.end()


def unclosed_tag_before(text: str, at: int, reach: int) -> int:
    """Where the HTML tag that `at` lies inside opens: a "<" within `reach` characters before it with no ">" between; -1
    when there is none."""
    lo = max(0, at - reach)
    tag = text.rfind("<", lo, at)
    return tag if tag > text.rfind(">", lo, at) else -1


# The marks that open and close a template tag of Jekyll, Hexo, Hugo or Jinja ('{% asset_img "a.png" "Caption" %}',
# '{{< figure src="a.png" >}}').
_TEMPLATE_MARKS = (("{%", "%}"), ("{{", "}}"))


def _inside_template_tag(text: str, at: int, reach: int = 200) -> bool:
    """Whether `at` lies inside a template tag opened at most `reach` characters before it."""
    lo = max(0, at - reach)
    for opening, closing in _TEMPLATE_MARKS:
        o = text.rfind(opening, lo, at)
        if o >= 0 and text.find(closing, o, at) < 0:
            return True
    return False


def quoted_candidates(text: str) -> list[Candidate]:
    """Quoted titles: a Title Case phrase in quotes, or any phrase in quotes a paper cue or a
    citation goes with."""
    out: list[Candidate] = []
    last_end = -1   # where the last quoted title ends
    code = _style_and_script(text)
    for m in quotations(text):
        if text[max(0, m.start() - 1) : m.start()] == "=":
            continue   # an HTML attribute's value (alt="...", title="..."), not a quotation
        if unclosed_tag_before(text, m.start(), 200) >= 0:
            continue   # ... or its closing mark ('<a name="b">2</a>] Souza, Ana. "Title"' pairs it with the title's opening one)
        if _inside_template_tag(text, m.start()):
            continue   # a blog engine's template tag and its arguments ('{% asset_img "a.png" "Caption" %}'), never shown as text
        if code and code.holds_start(m.start()):
            continue   # a style sheet's or a script's string ('font-family:"Source Serif 4"'), never shown as text
        if _REFERENCE_DEFINITION_RE.match(text, text.rfind("\n", 0, m.start()) + 1):
            continue   # a markdown link's definition and its tooltip ('[3]: http://... "Page on X"'), never shown as text
        if _LINK_TOOLTIP_RE.search(text, max(0, m.start() - 400), m.start()):
            continue   # an inline link's tooltip ('[Share](https://... "Share on Widgets")'), never shown as text
        g = next(i for i in range(1, QUOTE_RE.groups + 1) if m.group(i) is not None)
        t0, t1 = m.start(g), m.end(g)
        if (marked := _EMPHASIS_INSIDE_RE.fullmatch(text, t0, t1)) is not None:
            t0, t1 = marked.start(2), marked.end(2)   # '"**Title**"': the emphasis is no part of the title
        quoted = text[t0:t1]
        if "\n" in quoted:
            if quoted.count("\n") > 1 or text[m.start() - 1 : m.start()].isalnum() or quoted[:1].isspace() or quoted[-1:].isspace():
                continue   # (a title wraps once, its marks opening and closing it; '"Find" :\n "Compare"' pairs a closing mark with an opening one)
            quoted = _SOFT_BREAK_RE.sub(" ", quoted)
        if _WHOLE_LINK_RE.fullmatch(quoted.strip(" *_")):
            continue   # '“[Title](url)“', '“[Title][4]“': a link in quotes, which the links' reading takes
        if _AFFILIATION_QUOTED_RE.search(text, max(0, m.start() - 40), m.start() + 1) and text[m.end() : m.end() + 1] == ")":
            continue   # 'Junsong Yuan ("State University of Widgets, USA"); ...': a byline's affiliation, quoted whole
        title = clean_title(quoted)
        # 'titled “A” and “B”': the cue before the first title goes for the second.
        chained = last_end >= 0 and text[last_end : m.start()].strip() in ("and", ",", ", and", "or", "&")
        # (straight single quotes set off a term as often as a title: "'Dynamic Scene Graph' uses ...")
        # (two words only with a numbered reference after them: '“Widget Norm” [1]'; _quote_is_title asks their capitals)
        numbered = len(title.split()) == 2 and _NUMBERED_REFERENCE_AFTER_RE.match(text, t1 + 1) is not None
        if (len(title.split()) < 3 and not numbered) or not _quote_is_title(text, t0, t1, title, chained, fewest_words=4 if g == 4 else 3):
            continue
        if _PARTS_ADDED_RE.fullmatch(title) and len(title.split()) <= 6:
            continue   # '“Widget features + Gizmo Kernel”': a talk's recipe, its parts added (of the catalogue's 155k titles
            # 15 hold " + ", one of them of six words or fewer without a colon)
        last_end = m.end()
        s = text.find(title, t0, t1 + 1)
        e = s + len(title) if s >= 0 else t1   # (a wrapped title is not in the text as one run: its span is the quote's)
        s = s if s >= 0 else t0
        # A dash and names after a Title Case quote are its authors; after a sentence, who said it. In a list of
        # citations that each name their authors first ('Souza et al., “Title”, Park et al., “Title”') the names
        # right before the quote are its own, those after it the next one's.
        authors = _cited_right_before(text, m.start()) or owner_right_before(text, m.start()) \
            or authors_after(text, m.end(), dash=caps_ratio(title) >= 0.6) or subject_names(text, s, m.end()) \
            or by_role_around(text, s, e) or _possessive_presenter(text, m.start()) \
            or _in_the_sentence(text, s, e, _award_winners)   # "... went to A and B for their paper, “Title”"
        out.append(Candidate(title, s, e, "prose.quoted", 0.65, authors))
    return out


# A citation's authors: a surname, and a second one or "et al." ("Saphra and Lopez", "Souza et al.").
_SURNAME = r"[A-Z][\w’'-]+"
_MORE_AUTHORS = rf"(?:\s+(?:and|&)\s+({_SURNAME})|\s+et\.?\s+al\.?)"   # "... and Lopez", "... et al."
# "Souza et al., " or "Souza and Park, " right before a quoted title.
_CITED_BEFORE_RE = re.compile(rf"(?<![\w’'-])({_SURNAME}){_MORE_AUTHORS},\s*$")


# A person's full name and its possessive right before a quote's opening mark: 'Ana Souza's "Sparse widget kernels"',
# 'M. A. Park’s “...”' (initials allowed; a single word is a company's or a product's as often as a person's).
_OWNER_RIGHT_BEFORE_RE = re.compile(r"(?<![\w’'.-])((?:[A-Z][\w’'-]*\.?[ \t]+){1,3}[A-Z][\w’'-]+)['’]s[ \t]*$")


def owner_right_before(text: str, quote: int) -> list[NameSpan]:
    """The person whose possessive ends right before a quote's opening mark ('Ana Souza's "Title"'), or []."""
    m = _OWNER_RIGHT_BEFORE_RE.search(text, max(0, quote - 80), quote)
    if m is None:
        return []
    name = clean_name(m.group(1))
    if not is_name(name, max_tokens=4) or not (looks_like_person(name) or name_shaped(name)):
        return []
    i = text.find(name, m.start(1))
    return [(name, i, i + len(name))]


def _cited_right_before(text: str, quote: int) -> list[NameSpan]:
    """The surname (or two) and "et al." that end right before a quoted title, a comma between."""
    m = _CITED_BEFORE_RE.search(text, max(0, quote - 80), quote)
    if m is None:
        return []
    return [(w, m.start(k), m.end(k)) for k, w in ((1, m.group(1)), (2, m.group(2))) if w and is_name(w, allow_single=True)]


# A comma, "and" or "&" right before a phrase: it may be a list's last item.
_LIST_JOIN_BEFORE_RE = re.compile(r"(?:,|\band|&)[ \t]*$")
# Patterns whose phrase may be a byline's names in the same place a title would be.
_NAME_SHAPED_RULES = frozenset({"title_then_links", "poster_colon_x", "name_presented_title", "etal_presented_title", "etal_possessive_title", "paper_x"})
_STYLE_OR_SCRIPT_RE = re.compile(r"<(style|script)\b.*?(?:</\1\s*>|\Z)", re.I | re.S)


def _style_and_script(text: str) -> SpanUnion | None:
    """The spans of a report's <style> and <script> elements (None when it has none)."""
    if "<style" not in text and "<script" not in text and "<STYLE" not in text and "<SCRIPT" not in text:
        return None
    spans = [(m.start(), m.end()) for m in _STYLE_OR_SCRIPT_RE.finditer(text)]
    return SpanUnion(spans) if spans else None


_LINK_TOOLTIP_RE = re.compile(r"\]\(<?[^\s()<>]+>?[ \t]+$")
_REFERENCE_DEFINITION_RE = re.compile(r" {0,3}\[[^\]\n]+\]:[ \t]*\S")
_HEAD_OF_A_TITLE_RE = re.compile(r"(?:[ \t]*:|[-–—])[ \t]+[A-Z]")   # ": Subtitle", or "- Subtitle" with no space before the dash (a file name's colon)


# Words that give examples, then the quotation (or a list of them, the examples before it in quotes too).
_EXAMPLES_BEFORE_RE = re.compile(r"\b(?:such as|like|e\.g\.|for example|for instance)[\s,:]*"
                                 r"(?:[“\"‘'][^“”\"‘’\n]{1,80}[”\"’'][\s,]*(?:and|or)?[\s,]*)*$", re.I)
_WORKS_BEFORE_RE = re.compile(r"\b(?:papers?|preprints?|articles?|works?|studies|publications?)\b", re.I)


def given_as_an_example(before: str) -> bool:
    """The words before a quotation (its line up to the opening mark) give it as an example ("commands such as",
    'questions like “A”, '), and name no paper before that ("papers such as")."""
    ex = _EXAMPLES_BEFORE_RE.search(before)
    # (a word for papers before it: "papers such as"; not "phrases such as", whatever "include" the sentence has)
    return ex is not None and not _WORKS_BEFORE_RE.search(before[max(0, ex.start() - 40) : ex.start()])


def quoted_example_at(text: str, start: int) -> bool:
    """The title at `start` is in quotes that the words before on its line give as an example."""
    return start > 0 and text[start - 1] in "“\"‘'" and given_as_an_example(_line_before(text, start - 1))


_CALLED_THE_RE = re.compile(r"\b(?:called|named|dubbed|termed)\s+(?:the|an?)\s*$", re.I)


# The word for a paper right after a quote's closing mark, in Japanese, Chinese or Korean ("という論文", "论文", "논문").
_CJK_PAPER_AFTER_RE = re.compile(r"\s?(?:という|といった|的|라는|이라는|이란)?\s?(?:論文|论文|논문)")


_NUMBERED_REFERENCE_AFTER_RE = re.compile(r"[ \t]?\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]")   # ' [1]', ' [2, 5]', ' [3–4]'


# "a paper titled “wav2vec2-based widget rating for ...”": the word that names what follows as a title, right before its
# opening quote (a title may then open in lower case, with a model's name).
_TITLED_RE = re.compile(r"\b(?:titled|entitled)[ \t]*[:,]?[ \t]*$", re.I)


def _quote_is_title(text: str, t0: int, t1: int, title: str, chained: bool = False, fewest_words: int = 3) -> bool:
    """Whether a quotation is a title: Title Case of `fewest_words` content words or more, or any phrase a paper
    cue or a citation goes with."""
    words = title.split()
    small = frozenset(_patterns()["title_small_words"])
    content = [w for w in words if w.lower() not in small]
    # A title opens with a capital, or with a name that has one inside ("iWidget: ..."); or in lower case after its
    # author's possessive, four content words or more: 'Ana Souza's "fingerprint-based detection of widgets in gizmos"'.
    if len(content) < 2 or not (title[:1].isupper() or (title[:1].islower() and any(c.isupper() for c in words[0]))
                                or _NUMBER_WORD_RE.match(title)   # ('“3D Widget Tracking for ...”')
                                or (len(content) >= 4 and bool(owner_right_before(text, t0 - 1)))
                                or (len(content) >= 3 and _TITLED_RE.search(text, max(0, t0 - 30), max(0, t0 - 1)) is not None)):
        return False
    if text[t0:t1].rstrip().endswith(("..", "…")):
        return False   # a quotation trailing off ("Griner told the Daily Widget that..."), not a title
    # The words just before the quote on its line (a bounded look-behind: searching the whole line
    # before every quote was quadratic on a long line of quotes).
    before = _line_before(text, t0 - 1)
    if _named_as_no_paper(before) or NEGATIVE_QUOTE_AFTER_RE.match(text, t1 + 1):
        return False   # (not "gave a talk on her recent paper “Title”", "a workshop paper, “Title”": a paper after the word)
    if _named_as_no_paper(before, TALK_BY_SPEAKERS_ON_RE):
        return False   # "a great tutorial by Ana Souza, Ben Park and Dana K. Levi on “Title”": the talk's subject
    if SESSIONS_ON_RE.search(before):
        return False   # "Two sessions were on “Widget Fairness” and “Unbiased Gizmos”": the sessions' names
    if _HEAD_OF_A_TITLE_RE.match(text, t1 + 1) and not before.strip(" \t#*_>-+|[(0123456789."):
        return False   # '- “Serving Each Widget”: Supporting ...' opening its line: the quotes mark the head of the line's title
    caps = sum(1 for w in content if w[:1].isupper()) / len(content)
    if given_as_an_example(before):
        return False   # 'commands such as “Widget On”', 'questions like “Who built the gizmo?”, “Where ...”': examples
    if _CALLED_THE_RE.search(before) and not PAPER_NOUN_RE.search(before[-60:]):
        return False   # "a second decoder called the 'Widget Mask Decoder'": a part of a method, named with an article
    # (or a paper named earlier in the sentence: "One of the papers discussed presents a widget solver (“Gizmo: towards ...”)")
    # (the cue in the quote's own sentence: "... retrieval and reading. They say: “We show ...”" quotes no paper)
    sentence = _SENTENCE_START_RE.split(before)[-1]
    cue = chained or bool(PAPER_CUE_RE.search(sentence[-60:])) or bool(PAPER_NOUN_RE.search(sentence)) \
        or _CJK_PAPER_AFTER_RE.match(text, t1 + 1) is not None   # (「Title」という論文, <Title> 논문: the word for a paper after it)
    if not cue and caption_start(text, t0) >= 0:
        return False   # a picture's caption quotes a slide ("“Major Widget Activities in the Past 25 Years”"), not a paper
    # (or a numbered reference to the report's list after it, all its words capitalised: 'goes to “Widget Norm” [1], a ...')
    cited = bool(authors_after(text, t1 + 1)) or (caps == 1 and _NUMBERED_REFERENCE_AFTER_RE.match(text, t1 + 1) is not None)
    if title.endswith("?") and caps < 0.5 and not cue:
        return False
    if title.endswith("!") and caps < 1 and not cue and not cited:
        return False   # '“Hey, great widgets!”': something said, not a title (of the catalogue's 155k titles 47 end in "!")
    # (... or who presented it, named in full as the sentence's subject: 'Ana Souza and Ben Park presented "Sparse widget kernels"')
    # (or whose it is, a person's full name and possessive right before it: 'Ana Souza's "Sparse widget kernels"')
    return (caps >= 0.6 and len(content) >= fewest_words) or cue or cited or bool(subject_names(text, t0, t1)) \
        or bool(owner_right_before(text, t0 - 1))


# A link's anchor that is a whole citation: a surname, two joined by "and", or one and "et al.", a comma, the title
# (its year after it, if any, clean_title drops): "[Glenberg and Robertson, Symbol Grounding and Meaning, 2000](url)".
_CITING_SURNAMES_RE = re.compile(rf"{_SURNAME}{_MORE_AUTHORS}")   # "Saphra and Lopez", "Souza et al."
COMMON_SURNAME_RANK = 5000   # a surname of a citation is rarer than this in English text ("Glenberg", "Lopez"; not "Pride")
_WHOLE_CITATION_ANCHOR_RE = re.compile(rf"({_SURNAME}){_MORE_AUTHORS}?,\s+(?=\S+\s+\S+\s+\S)")


_LIST_GOING_ON_AFTER_RE = re.compile(r"[\w-]+(?:,\s+|\s+(?:and|or|&)\s+)")


def _surnames_before_a_linked_title(text: str, link: Link, anchor: str) -> tuple[list[NameSpan], str] | None:
    """The authors' surnames and the title of a link's anchor that cites a work whole ("Glenberg and Robertson,
    Title, 2000"), or None; the surnames are no common English words ("Pride and Prejudice, ..." is a title)."""
    m = _WHOLE_CITATION_ANCHOR_RE.match(anchor)
    if m is None or not anchor[m.end() :][:1].isupper():
        return None   # ("SideGuide, a large-scale widget dataset": a name and what it is)
    surnames = [g for g in m.groups() if g]
    if any(word_ranks().get(w.lower(), 10**6) < COMMON_SURNAME_RANK for w in surnames):
        return None
    if len(surnames) == 1 and is_english_word(surnames[0].lower()) and _LIST_GOING_ON_AFTER_RE.match(anchor, m.end()):
        return None   # "Divide, Conquer, and Combine: ...", "Synthesize, Prompt and Transfer: ...": a title's list of words
    names: list[NameSpan] = []
    for w in surnames:
        i = text.find(w, link.start, link.end)
        names.append((w, i, i + len(w)))
    return names, anchor[m.end() :]


def _line_before(text: str, pos: int) -> str:
    """The words before `pos` on its line, at most 200 characters (a bounded look-behind: searching the whole
    line before every quote was quadratic on a long line of quotes)."""
    return text[max(text.rfind("\n", max(0, pos - 200), pos) + 1, pos - 200) : pos]


_SENTENCE_START_RE = re.compile(r"[.!?]\s+(?=[A-Z])")
_READ_IN_IT_RE = re.compile(r"\b(?:cover(?:ed|ing)|discuss(?:ed|ing)|read(?:ing)?|review(?:ed|ing)|went over)\b", re.I)


# Sessions or tracks and what they were on, then a quote (after the quotes of the list it goes on: '... were on “A”, “B”
# and ').
SESSIONS_ON_RE = re.compile(r"\b(?:sessions?|tracks?)\s+(?:(?:was|were|is|are)\s+)?(?:on|about|called|titled|named)\s*"
                            r"(?:[“\"][^”\"\n]{1,150}[”\"][ \t]*,?[ \t]*(?:(?:and|or|&)[ \t]+)?)*[“\"‘']?\s*$", re.I)


# A tutorial, a keynote or a panel, its speakers (names may hold a full stop: "Dana K. Levi"), then what it is on;
# or the speakers first, then the talk they gave ("Ana Souza (Widget Labs) gave a great tutorial on").
TALK_BY_SPEAKERS_ON_RE = re.compile(r"\b(?:(?:tutorial|keynote|invited talk|panel)s?\s+(?:given\s+)?by\s+[^“\"”\n]{2,120}?"
                                    r"|(?:gave|did|ran|delivered|taught|held)\s+(?:a|an|the|his|her|their)\s+(?:[a-z]+\s+){0,3}"
                                    r"(?:tutorial|keynote|invited talk|panel))\s+"
                                    r"(?:on|about|titled|entitled|called)\s*[“\"‘']?\s*$", re.I)


def _named_as_no_paper(before: str, cues: re.Pattern[str] = NEGATIVE_QUOTE_CUES_RE) -> bool:
    """The words before a title name it a tutorial, a workshop, a talk, a film, ... ("One of the tutorials, titled"),
    with no paper named after that word ("gave a talk on her recent paper")."""
    neg = cues.search(before)
    # (not "We started class today by covering the “Title”": what the class read)
    return neg is not None and not PAPER_NOUN_RE.search(before, neg.start()) and not _READ_IN_IT_RE.search(before, neg.start())


# The cues that name a linked title no paper: those of a quote but a talk and what people said (a conference's
# "talk" presents a paper: "Second talk was [Title](url) by Widget Studio").
_NEGATIVE_LINK_CUES_RE = re.compile(
    r"\b(?:class|course|workshop|tutorial|book|slogan|motto|song|movie|film|company|startup|keynote|panel)(?:s|es)?\b[^.]{0,25}$", re.I)


# A line that shows a picture and nothing else: "![alt](photo.jpg)", "<img src=...>".
_IMAGE_LINE_RE = re.compile(r"[ \t]*(?:!\[[^\]\n]*\]\([^)\n]*\)|<img\b[^>\n]*>)[ \t]*$", re.I)


def caption_start(text: str, pos: int) -> int:
    """Where the picture caption that holds `pos` opens, or -1: a <figcaption> (a look-behind of 400
    characters), or an emphasised line right under a line that shows a picture (markdown posts
    write "![...](photo.jpg)" then "*Picture: the poster session.*")."""
    start = text.rfind("<figcaption", max(0, pos - 400), pos)
    if start > text.rfind("</figcaption", max(0, pos - 400), pos):
        return start
    line = text.rfind("\n", max(0, pos - 400), pos) + 1
    if line > 0 and text.startswith(("*", "_"), line) and "\n" not in text[line:pos]:
        above = text.rfind("\n", max(0, line - 400), line - 1) + 1
        if _IMAGE_LINE_RE.match(text[above : line - 1]):
            return line
    return -1


# Markdown emphasis marks at a word's edge ("for **Caption Generation**"), not underscores inside one.
_EMPHASIS_MARK_RE = re.compile(r"(?<![\w*_])[*_]{1,3}(?=\w)|(?<=[\w.?!)])[*_]{1,3}(?![\w*_])")


_REFERENCE_TARGET_RE = re.compile(rf"\]{REFERENCE_LABEL}")
_LINK_TARGET_RE = re.compile(r"\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+\"[^\"]*\")?\)")   # "](url)", "](url \"title\")"


def link_candidates(text: str, structure: Structure) -> list[Candidate]:
    """Link anchors inside prose (lines too long to be records) whose text could be a title."""
    out: list[Candidate] = []
    for block in structure.blocks:
        if not block.links:
            continue
        long_lines = _long_lines(text, block)
        by_start = _LinksByStart(block.links)
        listed_people = _linked_names_listed_with_people(text, block.links)
        for link in block.links:
            if block.kind != "html" and not long_lines.holds_start(link.start) and not _subject_of_a_sentence(text, link) \
                    and not _a_link_inside_a_sentence(text, link):
                continue
            anchor = clean_title(_EMPHASIS_MARK_RE.sub("", text[link.start : link.end]))
            words = anchor.split()
            if not words or _URLISH.search(anchor) or is_label_anchor(anchor) or not re.search(r"[^\W\d_]{2}", anchor):
                continue
            kind = link_kind(link.href, anchor) if link.href else "none"
            if len(words) < 2 and kind != "paper":
                continue
            if _linked_person(anchor, kind):
                continue   # a person linked to their page
            if link.start in listed_people:
                continue   # "[Ana Souza](url), [Ke Wang](openreview…), [Ben Park](url)": a list of people, each linked to their paper
            if LINKS_FIELD_RE.match(text, text.rfind("\n", 0, link.start) + 1):
                continue   # "**Links:** [Paper](…) | [Virtual Conference Room](…)": the anchor names a link
            if _named_as_no_paper(_line_before(text, link.start).rstrip(" [“\"'‘*_"), _NEGATIVE_LINK_CUES_RE):
                continue   # "One of the tutorials, titled “[Title](url)“": a tutorial's name
            cited = _surnames_before_a_linked_title(text, link, anchor)
            if cited:
                anchor = cited[1]
            s = text.find(anchor, link.start, link.end)
            s, e = (s, s + len(anchor)) if s >= 0 else (link.start, link.end)   # not found: the anchor had emphasis
            # After "[anchor](url)" (its target skipped: "[Title](url) (Souza et al., 2031)"), "[anchor](", or "anchor</a>"
            close = link.end   # (past the anchor's closing emphasis: "[*Title*](url)")
            while close < len(text) and close - link.end < 3 and text[close] in "*_":
                close += 1
            target = _LINK_TARGET_RE.match(text, close) or _REFERENCE_TARGET_RE.match(text, close)   # "](url)", "][label]"
            after = target.end() if target else link.end + 1 if text.startswith("]", link.end) else link.end
            out.append(Candidate(anchor, s, e, "prose.link", 0.0,
                                 (cited[0] if cited else []) or authors_after(text, after) or authors_around(text, link.start, link.end)
                                 or subject_names(text, link.start, after) or coauthors_before(text, link.start),
                                 links=[link, *_links_after(text, by_start, link.end), *_paper_label_in_the_sentence(text, by_start, after)],
                                 title_link=link))
    return out


# Between a linked title and its paper's label link: words of the same sentence, no other link or line break.
_SAME_SENTENCE_GAP_RE = re.compile(r"[^\n\[\]()]{0,80}?[.,;:]?\s*\(?")


def _paper_label_in_the_sentence(text: str, links: _LinksByStart, after: int) -> list[Link]:
    """A link labelled as the paper later in the sentence of a linked title ("Second talk was [Title](url)
    by Widget Labs.([Paper](…pdf))"): the title's paper. Nothing but words may come between."""
    for link in links.starting_within(after, after + 90):
        if not _SAME_SENTENCE_GAP_RE.fullmatch(text, after, link.start - 1):
            return []
        anchor = text[link.start : link.end]
        return [link] if is_paper_label(link.href, anchor) else []
    return []


def _linked_names_listed_with_people(text: str, links: list[Link]) -> set[int]:
    """The starts of the links of a list of links ("[A](url), [B](url) and [C](url)") whose anchors have the form of a
    name, in a list where one of them at least is a person by the lexicons: a list of people, each linked to their page
    or paper ("[Ana Souza](url), [Ke Li](openreview…)"), not of two-word titles."""
    out: set[int] = set()
    run: list[Link] = []
    for link in [*links, None]:
        if link is not None and run and BETWEEN_LISTED_LINKS_RE.fullmatch(text, run[-1].end, link.start):
            run.append(link)
            continue
        if len(run) >= 2:
            anchors = [text[x.start : x.end].strip(" *_") for x in run]
            if any(looks_like_person(a) or name_shaped(a) for a in anchors):
                out.update(x.start for x, a in zip(run, anchors) if len(a.split()) <= 3 and is_name(a))
        run = [link] if link is not None else []
    return out


def _linked_person(anchor: str, kind: str) -> bool:
    """A link anchor that names a person rather than a paper. Title Case alone is not enough for
    three or four words ("Variational Widget Topic Modeling", "Neural Ordinary Gizmo
    Equations"): the name lexicon must agree. Two name-shaped words are a person unless the link
    points at a paper ("[Differentiable Curry](openreview...)")."""
    words = anchor.split()
    if len(words) > 4 or not is_name(anchor):
        return False
    if looks_like_person(anchor) or name_shaped(anchor):
        return True
    return len(words) <= 2 and kind != "paper"


# After a link that opens a sentence, its verb: "[Title](url) is used for ...", "[[ Title ](url)] proposes ...".
_VERB_AFTER_LINK_RE = re.compile(r"[\])*_ \t]*\s(?:is|are|was|were|uses?|shows?|proposes?|presents?|introduces?|extends?)\s+[a-z]")
# What may open the line before a link: list marks, emphasis, "[" or an HTML anchor's opening tag (after a "<p>").
_LINK_OPENS_LINE_RE = re.compile(r"[ \t>*_+-]*(?:<p\b[^<>]*>[ \t]*)?(?:\[*|<a\b[^<>]*>)[ \t]*$", re.I)
_HTML_ANCHOR_CLOSE_RE = re.compile(r"[ \t]*</a\s*>", re.I)


def _past_the_link(text: str, link: Link) -> int:
    """Where the text after a link's anchor goes on: past its markdown target "](url)" or its HTML "</a>"."""
    target = _LINK_TARGET_RE.match(text, link.end) or _HTML_ANCHOR_CLOSE_RE.match(text, link.end)
    return target.end() if target else link.end


def _subject_of_a_sentence(text: str, link: Link) -> bool:
    """A link that opens its line and the sentence whose subject it is ("[[ iWidget: Incremental Gizmo Mapping
    ](…)] is used for mapping ...", '<a href="…">GizmoMoE</a> is one of the papers ...'): prose, however short the
    line, not a record's line."""
    return _LINK_OPENS_LINE_RE.fullmatch(text, text.rfind("\n", 0, link.start) + 1, link.start) is not None \
        and _VERB_AFTER_LINK_RE.match(text, _past_the_link(text, link)) is not None


# A sentence around a link on a line of its own: lower-case words before it ("The first talk [") and after it, up
# to the sentence's end ("] presented by Widget Studio was inspiring.").
_WORDS_BEFORE_LINK_RE = re.compile(r"[ \t>*_+-]*(?:<[pP]\b[^<>]*>[ \t]*)?(?:[A-Z]?[a-z]+[ \t]+)+[a-z]+[ \t]+(?:\[|<[aA]\b[^<>]*>)$")
_WORDS_AFTER_LINK_RE = re.compile(r"[ \t]+[a-z]+[ \t]+[a-z]+\b[^\n]*[.!?][)\]]?(?:[ \t]*</[pP]>)?[ \t]*$")
# ... or the sentence's end right after it, then perhaps the next sentence: "[Title](url). Their code is on GitHub."
_SENTENCE_ENDS_AFTER_LINK_RE = re.compile(r"[.!?](?:[ \t]+[A-Z][a-z]*[ \t]+[a-z][^\n]*[.!?][)\]]?)?(?:[ \t]*</[pP]>)?[ \t]*$")


def _a_link_inside_a_sentence(text: str, link: Link) -> bool:
    """A link inside a sentence on a short line of its own ("The first talk [Title](url) presented by Widget
    Studio was inspiring."), or ending one ("Another one was [Title](url). Their code is on [GitHub](url)."): prose,
    not a record's line."""
    line_start, line_end = text.rfind("\n", 0, link.start) + 1, text.find("\n", link.end)
    end = len(text) if line_end < 0 else line_end
    if _WORDS_BEFORE_LINK_RE.fullmatch(text, line_start, link.start) is None:
        return False
    past = _past_the_link(text, link)
    return _WORDS_AFTER_LINK_RE.fullmatch(text, past, end) is not None or _SENTENCE_ENDS_AFTER_LINK_RE.fullmatch(text, past, end) is not None


def _long_lines(text: str, block: Block) -> SpanUnion:
    """The lines of a block too long for a record unit (prose). Counted on the raw text piece by piece,
    a link's destination included (the units see only the visible text). A paragraph of prose
    hard-wrapped at a fixed width is prose as a whole."""
    if wrapped_prose(text, block):
        return SpanUnion([(block.start, block.end)])
    return SpanUnion([(s, e) for s, e in flowing_lines(text, block.lines) if len(PIECE_RE.findall(text, s, e)) > MAX_LINE_TOKENS])



_LABEL_GAP_RE = re.compile(r"[\s*_]*\(?\s*\[?")   # between a phrase and the "([Paper](…))" after it


class _LinksByStart:
    """A block's links sorted by start, to find those starting in a small window in O(log n): a scan
    of every link for each phrase was quadratic (a line of 8k links took 8 s)."""

    def __init__(self, links: list[Link]) -> None:
        self._links = sorted(links, key=lambda link: link.start)
        self._starts = [link.start for link in self._links]

    def starting_within(self, lo: int, hi: int) -> Iterator[Link]:
        i = bisect.bisect_left(self._starts, lo)
        while i < len(self._links) and self._links[i].start <= hi:
            yield self._links[i]
            i += 1


def _paper_label_after(text: str, links: _LinksByStart, end: int) -> list[Link]:
    """A link labelled as the paper ("[Paper]", "[pdf]") right after a phrase, as in "**Some Title**
    ([Paper](…))": the report points at the phrase's paper."""
    for link in links.starting_within(end, end + 8):
        if _LABEL_GAP_RE.fullmatch(text, end, link.start):
            anchor = text[link.start : link.end]
            if is_paper_label(link.href, anchor):
                return [link]
    return []


_BRACKET_AFTER_RE = re.compile(r"[\s*_”\"’]*\(")   # a bracket opening right after a phrase
_DEPTH_STEP = {"(": 1, ")": -1}


def _bracket_labels_after(text: str, links: _LinksByStart, end: int) -> list[Link]:
    """Links labelled "code", "paper", "project", ... in the bracket right after a phrase, as in
    "*Title* (A, B; [code](…))": the report points at the phrase's paper."""
    m = _BRACKET_AFTER_RE.match(text, end, end + 8)
    if not m:
        return []
    depth, close = 1, m.end()
    while close < min(len(text), m.end() + 300) and depth:
        depth += _DEPTH_STEP.get(text[close], 0)
        close += 1
    if depth:
        return []
    return [link for link in links.starting_within(m.end(), close)
            if link.end <= close and is_label_anchor(text[link.start : link.end])]


def _links_after(text: str, links: _LinksByStart, end: int) -> list[Link]:
    found = _paper_label_after(text, links, end)
    return found + [link for link in _bracket_labels_after(text, links, end) if link not in found]


def _titled(title: str) -> bool:
    # (a title may open with a number run into a word: "3D Widget Detection", "360-GS: ...")
    return len(title.split()) >= 3 and (title[:1].isupper() or _NUMBER_WORD_RE.match(title) is not None) and "\n" not in title


_NUMBER_WORD_RE = re.compile(r"\d+-?[A-Za-z]")


def _sharing_a_line(titled: list, lines: list[tuple[int, int]]) -> set[int]:
    """The start of each emphasised title that shares its line with another (a record unit takes
    one title a line, so the segmenter has not seen them all). One pass per block: testing each
    title against every other was quadratic on a long line."""
    line_starts = sorted(s for s, _ in lines)
    ends = dict(lines)
    by_line: dict[int, list[int]] = {}
    for em in titled:
        i = bisect.bisect_right(line_starts, em.start) - 1
        if i >= 0 and em.start < ends[line_starts[i]]:
            by_line.setdefault(line_starts[i], []).append(em.start)
    return {start for starts in by_line.values() if len(starts) > 1 for start in starts}


_SENTENCE_BEFORE_RE = re.compile(r"\b[a-z]{2,}\s+[*_]*$")


def _inside_a_sentence(text: str, start: int) -> bool:
    """Whether an emphasised phrase goes on a sentence of three words or more on its line ("Later,
    A and B proposed *Title*, ..."): the record segmenter reads such a line as one unit, not the title in it."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    return bool(_SENTENCE_BEFORE_RE.search(before)) and len(re.findall(r"[^\W\d_]{2,}", before)) >= 3


# Words before an emphasised phrase in its sentence that say it is a paper ("The Outstanding Paper
# Awards went to **Title** and **Title**", "Relevant items include **Title**, **Title**", "Souza et al.
# presented *Title*", "I also enjoyed *Title* and *Title*").
_EMPHASIS_CUE_RE = re.compile(r"\b(?:papers?|preprints?|articles?|awards?|include[sd]?|titled|entitled|called"
                              r"|presented|proposed|introduced|published|enjoyed|liked|loved|recommend(?:ed)?)\b|\bet\.?\s*al\b", re.I)


# An article right before an emphasised phrase, with no noun after it that makes the phrase a work's name: "the
# **Widget Selection Problem**" names a problem or a method ("the **Title** paper" names a paper).
_ARTICLE_BEFORE_RE = re.compile(r"\b(?:the|a|an)\s+[*_]*$", re.I)
_WORK_NOUN_AFTER_RE = re.compile(r"[*_]*\s+(?:paper|preprint|article|work)s?\b", re.I)


def _cued_title_case(text: str, start: int, end: int, title: str) -> bool:
    """An emphasised phrase of four words or more in title case that its sentence names as a paper
    before it (and not as a talk, a workshop, a book, nor a thing the paper is about: "This paper
    considers the **Widget Selection Problem**")."""
    if len(re.findall(r"[^\W\d_][\w'’-]*", title)) < 4 or caps_ratio(title) < 0.75:
        return False
    if _ARTICLE_BEFORE_RE.search(text, max(0, start - 6), start) and not _WORK_NOUN_AFTER_RE.match(text, end):
        return False
    s0, _ = _sentence(text, start, start)
    before = text[s0:start]
    return bool(_EMPHASIS_CUE_RE.search(before)) and not NEGATIVE_QUOTE_CUES_RE.search(before)


# Words of the sentences after a bold run-in head that say the head names a paper ("**Title**. Researchers
# from Widget University showed ...", "**Title.** This is a paper that I co-authored ...").
_RUN_IN_CUE_RE = re.compile(r"\b(?:papers?|preprints?|authors|researchers|co-?authored|presented|proposed|introduced)\b", re.I)
# A link's target, an autolink or a written-out URL, anywhere: its words are no cue (".../papers/x.pdf").
# (Named apart from _LINK_TARGET_RE: under that name it shadowed the definition above, which the link and
# repository readings mean to use, a target with a tooltip or brackets in its URL.)
_TARGET_OR_URL_RE = re.compile(r"\]\([^)\s]*\)|<[^<>]*>|https?://\S+")
_LOWER_WORD_RE = re.compile(r"(?<![\w-])[a-z]{2,}\b")
_RUN_IN_END_RE = re.compile(r"[*_]*\s*[.:]?\s*[*_]*\s+(?=[A-Z])")
_SENTENCE_END_RE = re.compile(r"(?<=[a-z0-9)][.!?])\s+(?=[A-Z])")


def _run_in_head_of_a_paper(text: str, block_start: int, em_start: int, em_end: int, title: str) -> bool:
    """A bold or italic phrase of four words or more in title case that opens its paragraph and ends
    its own sentence, where the two sentences after it say it is a paper (see above): a run-in head
    over that paper's notes. (A run-in head alone is no evidence: "**The State of Search.** Ana
    discussed his work ...", "**Preference-Based Learning.** In such situations ..." head a talk's or a post's parts.)"""
    if text[block_start:em_start].strip("*_ ") or len(re.findall(r"[^\W\d_][\w'’-]*", title)) < 4 or caps_ratio(title) < 0.75:
        return False
    if _RUN_IN_END_RE.match(text, em_end) is None:
        return False
    after = _TARGET_OR_URL_RE.sub(" ", text[em_end : em_end + 600].split("\n\n", 1)[0])
    two = _SENTENCE_END_RE.split(after, maxsplit=2)[:2]
    # (the first a sentence, not a byline: "**Title.** Ana Souza, Ben Park. WCLR 2031." is a record's)
    return len(_LOWER_WORD_RE.findall(two[0])) >= 3 and any(_RUN_IN_CUE_RE.search(sentence) for sentence in two)


# An author-year citation right after an emphasised phrase: "*Title* (Souza et al., 2031)", "(Souza and Park 2031)",
# "(Souza, 2031)". The emphasis marks the title's ends, the citation says it is a work: sentence case is no doubt then.
_AUTHOR_YEAR_AFTER_RE = re.compile(r"[*_]{0,3}\s?\((?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+|\s+et\.?\s+al\.?)?,?\s+"
                                   r"(?:19|20)\d\d[a-z]?\)")


def emphasis_candidates(text: str, structure: Structure) -> list[Candidate]:
    """Bold or italic phrases inside prose that could be titles ("we liked *Deep Sets* by ...")."""
    out: list[Candidate] = []
    for block in structure.blocks:
        if not block.emphasis:
            continue
        long_lines = _long_lines(text, block)
        cleaned = ((em, clean_title(text[em.start : em.end])) for em in block.emphasis if em.kind in ("strong", "em"))
        # (an emphasised list of two names or more is a byline: "<br><i>Ana Souza, Ben Park</i>")
        titled = [(em, title) for em, title in cleaned if _titled(title) and not has_the_form_of_names(title)]
        crowded = _sharing_a_line([em for em, _ in titled], block.lines)
        links = _LinksByStart(block.links)
        for em, title in titled:
            run_in = _run_in_head_of_a_paper(text, block.start, em.start, em.end, title)
            cited = _AUTHOR_YEAR_AFTER_RE.match(text, em.end) is not None
            if not (run_in or cited) and not long_lines.holds_start(em.start) and em.start not in crowded and not _inside_a_sentence(text, em.start):
                continue   # in a short line the record segmenter has seen it (one title a unit), but not the cue after it
            rule = "prose.cued_emphasis" if run_in or cited or _cued_title_case(text, em.start, em.end, title) else "prose.emphasis"
            out.append(Candidate(title, em.start, em.start + len(title), rule, 0.65,
                                 authors_after(text, em.end + 1) or authors_around(text, em.start, em.end),
                                 links=_links_after(text, links, em.end)))
    return out


def prose_candidates(text: str, doc: Doc, structure: Structure) -> list[Candidate]:
    """Every title candidate named in prose, one per span (patterns first, then links and emphasis)."""
    out: list[Candidate] = []
    taken = DisjointSpans()
    start = front_matter_end(text)   # the post's own title and tags ('title: "Notes on CVPR"') name no paper
    quoted = quoted_candidates(text)
    for c in (_outside_longer_quotes(pattern_candidates(text, doc), quoted) + quoted + link_candidates(text, structure)
              + emphasis_candidates(text, structure) + listed_after_a_colon(text) + titles_after_their_repository(text, structure)
              + names_with_a_cited_link(text, structure) + titles_before_a_paper_url(text, structure)
              + lines_before_their_paper_label(text, structure) + titles_with_a_subtitle(text, doc)
              + lines_ending_in_et_al(text, structure) + titles_between_dashes(text) + titles_an_award_went_to(text)):
        if c.start >= start and not taken.overlaps(c.start, c.end):
            taken.add(c.start, c.end)
            out.append(c)
    return sorted(out, key=lambda c: c.start)


# A Title Case run set off by spaced dashes inside a sentence: "the second talk from Widget Studio - Reinterpreting
# Memorable Gizmos in Widgets 2 - walked through ...".
_BETWEEN_DASHES_RE = re.compile(r"(?<=[^\W\d_]) [-–—] ([A-Z][^\n\-–—.;!?()\[\]]{6,160}?) [-–—] (?=[^\W\d_])")
# ... and what makes it a paper's: a paper named before it on its line, or a link labelled as the paper after it.
_PAPER_LINK_AFTER_RE = re.compile(r"[^\n]{0,300}?\[(?:the\s+)?(?:paper|pdf|preprint|arxiv)\]\(", re.I)


def titles_between_dashes(text: str) -> list[Candidate]:
    """Titles written between spaced dashes inside a sentence, Title Case of three words or more, that a paper named
    before them on the line or a "[Paper](…)" link later in it calls a paper's."""
    out = []
    for m in _BETWEEN_DASHES_RE.finditer(text):
        title = m.group(1).strip()
        words = title.split()
        if not 3 <= len(words) <= 20 or caps_ratio(title) < 0.75:
            continue
        before = _line_before(text, m.start())
        if not (PAPER_NOUN_RE.search(before[-80:]) or _PAPER_LINK_AFTER_RE.match(text, m.end())):
            continue
        out.append(Candidate(title, m.start(1), m.start(1) + len(title), "prose.between_dashes", 0.6))
    return out


def _outside_longer_quotes(cands: list[Candidate], quoted: list[Candidate]) -> list[Candidate]:
    """The candidates that no longer quoted title holds: 'a paper called "Why I Hate Widget Research (And
    Workshops)"' is the quote's title, not the pattern's shorter run inside it."""
    if not quoted:
        return cands
    spans = sorted((q.start, q.end) for q in quoted)
    starts = [s for s, _ in spans]
    out = []
    for c in cands:
        k = bisect.bisect_right(starts, c.start) - 1
        if k >= 0 and c.end <= spans[k][1] and spans[k][1] - spans[k][0] > c.end - c.start:
            continue
        out.append(c)
    return out


def _links_by_anchor_start(structure: Structure) -> dict[int, Link]:
    """Every link of the report by where its anchor starts."""
    return {link.start: link for b in structure.blocks for link in b.links}


# A coined name, then its citation as a link in brackets: "CoWidget ([Souza et al., 2031](https://.../2031.wc-main.92.pdf))".
_NAME_CITED_LINK_RE = re.compile(r"(?<![\w\[(])([A-Z][a-z]+[A-Z][\w-]*|[A-Z][A-Z0-9]{2,}(?:-[\w]+)?)\s*\(\s*\[([A-Z][\w’'-]+)"
                                 r"(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][\w’'-]+)?,?\s*(?:19|20)\d\d[a-z]?\]\(")


def names_with_a_cited_link(text: str, structure: Structure) -> list[Candidate]:
    """A method's coined name ("CoWidget", "WIDGETQA") with its paper cited right after it as a linked
    "[Surname et al., 2031](url)": the name is how the sentence names the paper, the surname its author's."""
    out: list[Candidate] = []
    if "](" not in text:
        return out
    links = _links_by_anchor_start(structure)
    for m in _NAME_CITED_LINK_RE.finditer(text):
        link = links.get(m.start(2) - 1) or links.get(m.start(2))   # (an anchor starts at its bracket or its first word)
        c = Candidate(m.group(1), m.start(1), m.end(1), "prose.name_cited", 0.6,
                      authors=[(m.group(2), m.start(2), m.end(2))], links=[link] if link is not None else [])
        out.append(c)
    return out


# A paper's URL written out in round brackets after its title, in plain text: "poster was Title (https://arxiv.org/...)".
# (Or after the link's label: "Title (Paper (https://...))", "Title (pdf: https://...)".)
_BRACKETED_URL_RE = re.compile(r"[ \t]\((?:(?:[Pp]aper|PDF|[Pp]df|arXiv|[Ll]ink)\s*[(:]\s*)?(https?://[^\s()]+)\)")
# Where such a title starts: the line's or a sentence's start, a colon or a dash, a quote, or a word that names it.
# (Not "by", "on" or "for": words inside titles.)
# (After another title's URL too: "A (url), B (url) and C (url)".)
_TITLE_START_RE = re.compile(r"(?:^|[.!?;:]\s+|\s[–—-]\s+|[“\"(]|\)\s*,?\s*(?:and\s+|or\s+)?|\b(?:was|is|were|are|called|titled|entitled|"
                             r"presented|introduced|proposed|discussing|describing|introducing|presenting|proposing|such\s+as|including|"
                             r"poster|paper|talk)\s+|[’']s\s+(?:work|poster|talk|paper)\s+(?:on|about)\s+)", re.M)


def _title_case_tail(words: list[str]) -> list[str]:
    """The Title Case words that end a sentence's words (three or more, opening with a capital), when
    the words before them hold a lower-case word that no title's small words are: the title a
    sentence names last; [] otherwise."""
    k = len(words)
    while k > 0 and (words[k - 1][:1].isupper() or words[k - 1] in TITLE_SMALL_WORDS):
        k -= 1
    while k < len(words) and not words[k][:1].isupper():
        k += 1
    tail = words[k:]
    if len(tail) < 3 or not any(w[:1].islower() and w not in TITLE_SMALL_WORDS for w in words[:k]):
        return []
    return tail


_WORD_RE = re.compile(r"[^\W_]+")
# The word for a paper right before a title ("The first talk ", "Second talk was ", "their paper "; no keynote).
_PAPER_CUE_BEFORE_RE = re.compile(r"\b(?<!keynote )(?<!invited )(?:talk|paper|poster|presentation)(?:\s+(?:was|is))?\s+$", re.I)


def _start_the_url_spells(text: str, lo: int, hi: int, url: str) -> int | None:
    """Where the words before `hi` (on text[lo:hi]) that the URL's last path segment spells begin ("9628-missing-not-at-
    random-in-matrix-completion-the-..."; a proceedings page often names its paper so, perhaps cut short): the title's
    start, whatever colons or small words it holds. None when the segment spells no four words running up to `hi`."""
    segment = re.sub(r"\.(?:pdf|html?)$", "", url.rstrip("/").rsplit("/", 1)[-1].lower())
    spelt = [w for w in re.split(r"[^a-z0-9]+", segment) if w]
    while spelt and spelt[0].isdigit():
        spelt.pop(0)   # ("9628-": the proceedings' number)
    if len(spelt) < 4:
        return None
    words = list(_WORD_RE.finditer(text, lo, hi))
    lower = [w.group().lower() for w in words]
    for k in range(len(words) - 3):   # (the first fit is the longest)
        rest = lower[k:]
        if rest == spelt[: len(rest)] or (len(rest) >= len(spelt) and rest[: len(spelt) - 1] == spelt[:-1]
                                          and rest[len(spelt) - 1].startswith(spelt[-1])):
            return words[k].start()   # (the whole title spelt, or the segment cut short inside it)
    return None


def titles_before_a_paper_url(text: str, structure: Structure) -> list[Candidate]:
    """The phrase before a paper's URL written out in brackets, back to where a title can start: how a
    plain-text report names a linked paper ("One poster was Modelling widgets with gizmos (https://...)"),
    as a markdown one gives the anchor. The judge weighs it with the rest."""
    out: list[Candidate] = []
    if "(http" not in text:
        return out
    links = _links_by_anchor_start(structure)
    for m in _BRACKETED_URL_RE.finditer(text):
        kind = link_kind(m.group(1))
        if kind not in ("paper", "event"):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        bounds = list(_TITLE_START_RE.finditer(text, line_start, m.start()))
        if not bounds:
            continue
        start = bounds[-1].end()
        if (spelt := _start_the_url_spells(text, line_start, m.start(), m.group(1))) is not None:
            start = spelt   # "we must mention Missing not at random in matrix completion: the effectiveness ... (…/9628-missing-not-at-random-…)"
        elif bounds[-1].group().startswith(":") and len(bounds) > 1:
            lead = text[bounds[-2].end() : bounds[-1].start()].split()   # "was Sparse Widgets: Coresets from scratch (url)"
            while lead and not any(ch.isalnum() for ch in lead[0]):
                lead.pop(0)   # (a list's bullet)
            # ... or, after the word that calls it a talk or a paper, a sentence-case head ("Second talk was Prelit
            # materials: light transport for ... (url)")
            cued = _PAPER_CUE_BEFORE_RE.search(text, line_start, bounds[-2].end()) is not None
            if (len(lead) >= 2 and all(w[:1].isupper() or w in TITLE_SMALL_WORDS for w in lead) and lead[0][:1].isupper()) \
                    or (cued and 1 <= len(lead) <= 5 and lead[0][:1].isupper()) \
                    or (len(lead) == 1 and re.fullmatch(r"[A-Z][\w-]*[A-Z0-9][\w-]*", lead[0])):   # ("GP-ALPS: ...")
                start = text.index(lead[0], bounds[-2].end())
        if kind == "event" and _PAPER_CUE_BEFORE_RE.search(text, line_start, start) is None:
            continue   # a conference's page: a paper's only when the sentence calls it one ("The first talk Title (url)")
        head = text[start : m.start()].strip(" ,")
        words = head.split()
        tail = _title_case_tail(words)
        if tail and len(tail) < len(words):
            head = " ".join(tail)   # "... especially the first one Technical Art of Sea of Gizmos (Paper (url))": the Title Case run
            words = tail
        if not (len(words) >= 3 or (len(words) == 1 and re.fullmatch(r"[A-Z][\w-]*[A-Z][\w-]*", head))) or len(words) > 25:
            continue
        if "](" in head or "http" in head or "(" in head or ")" in head or not head[:1].isupper():
            continue
        at = text.find(head, start, m.start())
        if not text[line_start:at].strip(" \t-*+•>#0123456789.)"):
            continue   # the line opens with it: the line read as a record has it (and a subtitle after a colon)
        if _named_as_no_paper(text[line_start:at].rstrip(" [“\"'‘*_"), _NEGATIVE_LINK_CUES_RE):
            continue   # "One of the tutorials, titled “Title (https://...)": a tutorial's name, as its linked anchor would be
        link = links.get(m.start(1)) or Link(m.start(1), m.end(1), m.group(1))
        out.append(Candidate(clean_title(head), at, at + len(head), "prose.before_paper_url", 0.6,
                             authors=authors_after(text, m.end()) or _possessive_presenter(text, at), links=[link], title_link=link))
    return out


# What may follow a line's title before its first label link ("Title ([paper](…))", "Title - [PDF](…)",
# "Title | [arXiv](…)"), and between or after such links.
_BEFORE_LABELS_RE = re.compile(r"[ \t]*(?:[(\[|·:–—-][ \t]*)*$")
_LABELS_TAIL_RE = re.compile(r"(?:[\s()\[\]|,·/]|\[[^\[\]\n]{1,20}\]\([^()\s]+\))*$")
_PAPER_ANCHOR_RE = re.compile(r"\W*(?i:paper|pdf|arxiv|preprint|openreview|doi|proceedings|full paper|acl anthology)\W*")
_LINE_LEAD_RE = re.compile(r"[ \t]*(?:[-*+•>#]+|\d{1,3}[.)])?[ \t]*")


# A line that is a title, a full stop or a question mark, and one surname with "et al." ("How Important
# is Weight Symmetry? Liao et al", "Widget Nets for Gizmo Parsing. C.H. Souza et al., 2016").
_ET_AL_LINE_RE = re.compile(
    _LINE_LEAD_RE.pattern + r"[*_]{0,2}(?P<title>[A-Z0-9][^\n\[\]()<>]*?[^\s.?!:–—-])[*_]{0,2}"
    r"(?:(?P<q>[?!])|\.)[*_]{0,2}[ \t]+"
    r"\(?(?P<name>(?:[A-Z]\.(?:-?[A-Z]\.)*[ \t]?)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)[ \t]*,?[ \t]+et\.?[ \t]?al\b\.?"
    r"(?:,?[ \t]*(?:19|20)\d\d[a-z]?)?\)?\.?[ \t]*$")
_ET_AL_LINE_MAX = 300   # characters: a line longer than that is prose


def lines_ending_in_et_al(text: str, structure: Structure) -> list[Candidate]:
    """A line of its own that is a Title Case phrase, a full stop or a question mark, and one surname with
    "et al." (notes that open with the paper they are on): the phrase is the title, the surname its
    first author's. A sentence ("It works well. Souza et al.") is not Title Case; prose runs on past the
    names."""
    out: list[Candidate] = []
    for block in structure.blocks:
        if block.kind not in ("paragraph", "list_item", "heading") or not block.lines:
            continue
        start, end = block.lines[0]
        if end - start > _ET_AL_LINE_MAX or "et" not in text[start:end]:
            continue
        m = _ET_AL_LINE_RE.match(text, start, end)
        if m is None or m.group("name").split()[-1].lower() in TITLE_SMALL_WORDS:
            continue
        title = m.group("title") + (m.group("q") or "")
        words = [w for w in title.split() if w.lower() not in TITLE_SMALL_WORDS]
        if not 3 <= len(title.split()) <= 25 or "http" in title \
                or sum(w[:1].isupper() or w[:1].isdigit() for w in words) < 0.75 * len(words):
            continue
        out.append(Candidate(clean_title(title), m.start("title"), m.start("title") + len(title), "prose.title_et_al_line", 0.6,
                             [(m.group("name"), m.start("name"), m.end("name"))]))
    return out


def lines_before_their_paper_label(text: str, structure: Structure) -> list[Candidate]:
    """A line of its own that is a phrase and then its paper's label links, in any case ("PointRend:
    Widget segmentation as rendering ([paper](…))", "- Self-training widgets improves gizmos [PDF](…)
    [code](…)"): the writer labels the link as the paper the phrase names (the segmenter, trained on
    Title Case records, reads a sentence-case line as prose)."""
    out: list[Candidate] = []
    for block in structure.blocks:
        if block.kind not in ("paragraph", "list_item", "heading"):
            continue
        for link in block.links:
            anchor = text[link.start : link.end]
            if not link.href or not _PAPER_ANCHOR_RE.fullmatch(anchor) or not is_paper_label(link.href, anchor):
                continue   # (not "... which can be found [here](…pdf)")
            line_start = text.rfind("\n", 0, link.start) + 1
            if line_start > block.lines[0][0]:
                break   # (the item's title is on its first line: "- Title." / "A, B [Paper](…)" under it are its names)
            line_end = text.find("\n", link.end)
            line_end = len(text) if line_end < 0 else line_end
            head_end = link.start - 1 if text[link.start - 1 : link.start] == "[" else link.start
            if head_end - line_start > 400:
                break   # (a title is at most 25 words; and a line of thousands of links is read once, not per link)
            gap = _BEFORE_LABELS_RE.search(text, line_start, head_end)
            lead = _LINE_LEAD_RE.match(text, line_start, head_end)
            close = text.find(")", link.end, line_end)
            if gap is None or lead is None or close < 0 or not _LABELS_TAIL_RE.fullmatch(text, close + 1, line_end):
                break
            start, end = lead.end(), gap.start()
            head = text[start:end]
            words = head.split()
            authors: list[NameSpan] = []
            if (cited := _TRAILING_ET_AL_RE.search(head)) is not None:   # "Title, Souza et al., 2031 [[Paper](…)]"
                authors = [(cited.group(1), start + cited.start(1), start + cited.end(1))]
                end, head = start + cited.start(), head[: cited.start()]
                words = head.split()
            if 3 <= len(words) <= 25 and head[:1].isupper() and not re.search(r"[\[\]()<>*_`]|https?:|\.\s", head) \
                    and not head.endswith((".", ":", ",")):
                out.append(Candidate(clean_title(head), start, end, "prose.line_before_paper_label", 0.6, authors=authors, links=[link]))
            break   # (the first paper label of the line decides: the title is before it or nowhere)
    return out


# A citation after a title on its line: ", Souza et al., 2031" (the first author's surname, "et al." and the year).
_TRAILING_ET_AL_RE = re.compile(r",\s*([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+et\.?\s+al\.?,?\s*(?:19|20)\d\d[a-z]?\s*$")


# "Papers I want to read later: Title One; Title Two; Title Three.": a paper word, a few words, a colon,
# then phrases set apart by semicolons to the line's end.
_LISTED_AFTER_COLON_RE = re.compile(r"\b(?:papers?|posters?|talks?|orals?|works|reading list|favou?rites|highlights|picks)\b"
                                    r"[^.:;\n]{0,60}:[ \t]*([^\n]*;[^\n]*)", re.I)
# A listed part that is a title and its byline: "Predicting widget counts by Ana Souza, Ben Park, and W. Chen Wei".
_PART_BY_NAMES_RE = re.compile(r"([A-Z][^()\[\]*_`\"“”]{8,250}?)\s+by\s+([A-Z][^;]{3,300})")


def _title_case_phrase(title: str) -> bool:
    """Three to twenty words in Title Case, the first capitalised: what a cue-less list part must be to be a title."""
    words = title.split()
    return 3 <= len(words) <= 20 and caps_ratio(title) >= 0.8 and words[0][:1].isupper()


def listed_after_a_colon(text: str) -> list[Candidate]:
    """Titles listed in a sentence after a paper word and a colon, one between each pair of semicolons
    (a comma may be a title's own): each part Title Case, three to twenty words."""
    out: list[Candidate] = []
    if ";" not in text:
        return out
    for m in _LISTED_AFTER_COLON_RE.finditer(text):
        pos = m.start(1)
        for part in m.group(1).split(";"):
            title = part.strip().rstrip(".!").strip()
            # (... or, in any case, a title before "by" and the names of its authors: the byline is the cue)
            by = _PART_BY_NAMES_RE.fullmatch(title)
            if by is not None and len(by.group(1).split()) >= 2 and reads_as_names(by.group(2)):
                title = by.group(1)
            else:
                by = None
            s = text.find(title, pos) if title else -1
            pos += len(part) + 1
            if s < 0 or not (by or _title_case_phrase(title)) or re.search(r"[()\[\]*_`\"“”]|https?:", title):
                continue
            cand = Candidate(title, s, s + len(title), "prose.listed_after_colon", 0.6)
            out += _with_their_authors(text, [cand]) if by else [cand]
    return out


# An award's sentence that names the paper it went for, in any case (the award is the cue): "The Best Paper Award was
# presented to Ana Souza and Ben Park for their paper Partitioned widget indexes.", "Dana Levi received an Honourable
# Mention for her paper Modelling gizmos with widgets." A venue and year after the title are not the title's.
_AWARD_PAPER_RE = re.compile(
    r"\b(?i:awards?|prizes?|mentions?|awarded|won|wins|received|receives)\b(?:[^.;:\n]|(?<=\b[A-Z])\.){0,300}?\bfor\s+"
    r"(?:their|his|her)\s+(?:paper|work|article)(?:\s+(on|titled|entitled|called))?\s*[,:]?\s+([A-Z][^.;\n]{8,250}?)"
    r"(?:\s+(?:from|at|in)\s+[A-Z][\w-]*\s*'?\d{2,4})?"
    r"\s*(?:[.;](?=\s|$)|$)", re.M)


def titles_an_award_went_to(text: str) -> list[Candidate]:
    """The title after "for their paper" in a sentence about an award, up to the sentence's end, in any case."""
    out: list[Candidate] = []
    if " for " not in text:
        return out
    for m in _AWARD_PAPER_RE.finditer(text):
        title = clean_title(m.group(2))
        if len(title.split()) < 2 or (m.group(1) == "on" and caps_ratio(title) < 0.75):
            continue   # ("for their paper on widget ranking": what it is about, unless in Title Case)
        out.append(Candidate(title, m.start(2), m.start(2) + len(title), "prose.award_paper", 0.6))
    return _with_their_authors(text, out)


# "- [asouza/widget-nets](https://github.com/asouza/widget-nets): Widget Nets for Gizmo Parsing": a
# repository named by its owner and name, then a colon or a dash and the title, to the line's end.
_REPO_ANCHOR_RE = re.compile(r"[\w.-]+/[\w.-]+")
_TITLE_AFTER_REPO_RE = re.compile(r"[ \t]*[:–—-][ \t]+([^\n]{6,300}?)[ \t]*(?:\n|$)")


def titles_after_their_repository(text: str, structure: Structure) -> list[Candidate]:
    """A title right after a link to its code repository whose anchor is the repository's owner/name:
    the Title Case rest of the line (three to twenty words), with the repository as its code link."""
    out: list[Candidate] = []
    for block in structure.blocks:
        for link in block.links:
            if not link.href or not _REPO_ANCHOR_RE.fullmatch(text[link.start : link.end]) or link_kind(link.href) != "code":
                continue
            target = _LINK_TARGET_RE.match(text, link.end)
            m = _TITLE_AFTER_REPO_RE.match(text, target.end()) if target else None
            if not m:
                continue
            title = m.group(1).rstrip(".")
            if not _title_case_phrase(title) or "](" in title:
                continue
            out.append(Candidate(title, m.start(1), m.start(1) + len(title), "prose.title_after_repository", 0.6, links=[link]))
    return out


# --- authors a sentence gives for a title --------------------------------------------------------

# Separators of an author list: commas, "and" and its word in the languages _BY_RE knows.
_NAME_PIECES_RE = re.compile(r",?\s+(?:and|&|und|och|oraz|en|et(?!\s+al\b)|y|e)\s+|,\s*")
_ET_AL_END_RE = re.compile(r"\s+et\.?\s+al\.?$")


def _name_lead(piece: str, *, listed: bool = False) -> str:
    """The two to four capitalised words a piece opens with, when a lower-case word follows them and
    the first is a known first name or an initial (capitalised words in a sentence are often no name:
    "Technical Art of ..."). `listed`: the piece ends a list of names ("by A and Iadh Ounis was ..."),
    so an unknown first name will do."""
    words = piece.split()
    n = 0
    while n < min(len(words), 5) and words[n][:1].isupper():
        n += 1
    if not (2 <= n <= 4 and n < len(words) and words[n][:1].islower()):
        return ""
    return " ".join(words[:n]) if listed or opens_with_given_name(piece) else ""


def _leading_names(text: str, base: int, *, after_by: bool = False, marked: bool = False) -> list[NameSpan]:
    """The names an author list starts with ("A, B and C, who ..." -> A, B, C); "et al." ends it.
    `marked`: the names are set off by bold, so a single dictionary word ("Hopper") is a name too."""
    out: list[NameSpan] = []
    pos = 0
    for raw in _NAME_PIECES_RE.split(text):
        piece = _ET_AL_END_RE.sub("", raw.strip())
        name = clean_name(piece)
        et_al = raw.strip() != piece
        single = et_al or after_by or marked or is_surname(name)
        # (a name typed in capitals inside a list of names is one of them: "by Ana Souza, WEI CHEN, and Ben Park")
        shouted = bool(out) and name.isupper() and " " in name and is_name(name.title())
        if name and not shouted and not is_name(name, allow_single=single):
            # The list's last name runs on into the sentence: "by A and B showed that ..." -> B.
            lead = _name_lead(name, listed=bool(out))
            if lead and is_name(lead) and venues().get(lead.lower()) is None:
                i = text.find(lead, pos)
                out.append((lead, base + max(i, 0), base + max(i, 0) + len(lead)))
            break
        if not name or venues().get(name.lower()) is not None:
            break
        glued = glued_initials(name)
        written = glued if name not in piece and glued in piece else name   # ("A.Souza" is read as "A. Souza")
        i = text.find(written, pos)
        out.append((name, base + max(i, 0), base + max(i, 0) + len(written)))
        pos = max(i, 0) + len(written)
        if et_al:
            break
    return out


# Names in square brackets right after a quoted or emphasised title, not a link's anchor ("[A, B](url)").
_SQUARE_NAMES_RE = re.compile(r"(?:[”\"’'*_])*[ \t]*\[([^\[\]()\n]{4,250})\](?!\()")


def _an_organisation(name: str) -> bool:
    """Words after "by" that name a company or a lab, not a person ("by Widget Logic", "by Gizmo
    Research"): two words or more, each a dictionary word and none a known given name, or a word
    organisations use ("Labs", "Institute"); or one word no surname and common in English text, a
    brand's ("presented by Disney", "by Google")."""
    words = name.split()
    if len(words) == 1:
        return is_brand_word(words[0])
    firsts = person_names()[0]
    return len(words) >= 2 and (any(ORGANISATION_WORD_RE.match(w) for w in words)
                                or (all(is_english_word(w) for w in words) and not any(w.lower() in firsts for w in words)))


# "by" after a title, and its word in the prose of other languages (German, French, Dutch, Swedish,
# Polish, Italian, Spanish and Portuguese); names must follow it.
_BY_RE = re.compile(rf"[”\"’'“»«」』*_\]]*\.?[”\"’'“»«」』*_]*,?\s*(?:{'|'.join(sorted(BY_WORDS))})\s+([A-Z][^()\n]{{1,250}})")

# "by [Ana](url), [Ben](url), and [Cai](url)": linked names, one or more, a comma or "and" between them.
# A name after "by": linked to a page inline or by reference ("[Ana Souza](url)", "[Ana Souza][souza]"), or plain
# ("Ben Park") among linked ones.
_BYLINE_NAME = (r"(?:\[([^\[\]\n]{2,40})\](?:\([^()\s]+\)|\s?\[[^\[\]\n]{0,40}\])"
                r"|([A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|(?:van|von|de|der|da|di|du|le|la)(?=\s+[A-Z]))){1,3}))")
_BYLINE_NAME_RE = re.compile(_BYLINE_NAME)
_BY_LINKED_NAMES_RE = re.compile(rf"[”\"’'*_\]]*\.?[”\"’'*_]*,?\s*by\s+((?:{_BYLINE_NAME}(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)?)+)")

# "by **Ana Souza** (Widget U)*; Ben Park (Gizmo Labs), and ...": two names or more, each with its affiliation in brackets.
_AFFILIATED_NAME = r"[*_]{0,2}([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})[*_]{0,2}" + AFFILIATION_AFTER_RE.pattern + r"\*?"
_BY_AFFILIATED_RE = re.compile(rf"[”\"’'*_\]]*\.?,?\s*by\s+((?:{_AFFILIATED_NAME}\s*(?:[;,]\s*(?:and\s+)?|and\s+)){{1,11}}{_AFFILIATED_NAME})")
_AFFILIATED_NAME_RE = re.compile(_AFFILIATED_NAME)
_DASH_NAMES_RE = re.compile(r"[”\"’'“»«」』*_\]]*\s*[–—-]{1,2}\s+([A-Z][^()\n–—]{1,200})(?:\n|$)")


_FULL_WIDTH_BRACKETS = str.maketrans("（）：", "():")


_ANCHOR_TAIL_RE = re.compile(r"[*_]{0,3}\]\((?:https?://|www\.)[^()\s]*\)(?=[,;:]?\s)")


def authors_after(text: str, end: int, *, dash: bool = False) -> list[NameSpan]:
    """Authors right after a title: "(Gatys et al., 2015)", "(A, B, C)", "by A, B and C"; with `dash`,
    also "— A & B" ending the line."""
    tail = _ANCHOR_TAIL_RE.match(text, end)
    if tail:   # ("[Title](url), Ana Souza and Ben Park show ...": the title ends inside its link; the names follow the link)
        return authors_after(text, tail.end(), dash=dash)
    window = text[end : end + 300]
    m = re.match(r"[”\"’'*_\]]*\.?\s*\(([^()]{2,80}?),?\s*(?:19|20)\d\d[a-z]?\)", window)
    if m:
        who = re.sub(r"\s+et\.?\s+al\.?", "", m.group(1))
        out = []
        for piece in re.split(r",\s*|\s+(?:and|&)\s+", who):
            piece = piece.strip()
            if piece and is_name(piece, allow_single=True) and venues().get(piece.lower()) is None:
                i = text.find(piece, end, end + 90)
                out.append((piece, i, i + len(piece)))
        if not out and venues().get(who.strip().lower()) is not None:
            return authors_after(text, end + m.end(), dash=dash)   # "Title (ICLR 2031) by A B": the venue, then the names
        return out
    m = _CJK_AUTHOR_FIELD_RE.match(window)
    if m:   # "《Title》，作者 Ana Souza、Ben Park。": the field's word for authors, then names between "、"
        out = []
        for piece in re.finditer(r"[^、,，;；]+", m.group(1)):
            name = piece.group().strip()
            if not is_name(name):
                return []
            at = end + m.start(1) + piece.start() + piece.group().index(name)
            out.append((name, at, at + len(name)))
        return out
    m = _SURNAMES_RE.match(window) or _COMMA_SURNAMES_RE.match(window)
    if m:   # "(Souza, Park & Wei)": surnames alone, the last after "&" or "and" (or a comma, three or more of them)
        if "," in m.group(1) and not re.search(r"\s(?:and|&)\s", m.group(1)) \
                and sum(is_surname(w.strip()) for w in m.group(1).split(",")) * 2 <= m.group(1).count(","):
            return []   # ("(Python, Java, Rust)": without "and", most of them must be surnames the lexicon knows)
        pieces = [p for p in re.finditer(r"[^\W\d_][\w’'-]+", m.group(1)) if p.group() != "and"]
        known = person_names()
        if all(is_english_word(p.group().lower()) and not any(p.group().lower() in lexicon for lexicon in known) for p in pieces):
            return []   # ("Theory and Formalism in NLP (Linguistic and Mathematical)": English words no lexicon of names knows)
        out = []
        for piece in pieces:
            if not is_name(piece.group(), allow_single=True) or venues().get(piece.group().lower()) is not None:
                return []
            out.append((piece.group(), end + m.start(1) + piece.start(), end + m.start(1) + piece.end()))
        return out
    # "(A, B; [code](…))": the bracket's links blanked out, offsets kept; full-width brackets and a
    # field's name in another script ("（著者: A, B）") read as "(A, B)".
    bare = MARKDOWN_LINK_RE.sub(lambda link: " " * len(link.group(0)), window).translate(_FULL_WIDTH_BRACKETS)
    # ... and "</a></em> (with A and B)": the co-authors of the one the sentence named as presenter.
    m = re.match(r"(?:[”\"’'*_\]」』》]|</(?:a|em|i|b|strong)>)*\s*\((?:\s*(?:authors?|by|[^\W\d_a-zA-Z]{1,4})\s*[:：]\s*|\s*with\s+)?([^()]{4,250})\)",
                 bare, re.I) or _SQUARE_NAMES_RE.match(bare)   # ('"Title" [Ana Souza, Ben Park]': square brackets too)
    if m:
        names = _leading_names(m.group(1).strip().rstrip(",;"), end + m.start(1))
        whole = _ET_AL_END_RE.sub("", m.group(1).strip()).rstrip(",.; ")
        if names and whole.endswith(names[-1][0]) and (len(names) > 1 or " " in names[0][0] or "et al" in m.group(1)):
            return names
        return []
    m = _DASH_NAMES_RE.match(window) if dash else None
    if m:   # "“Title” — Ana Souza & Ben Park": the names end the line
        names = _leading_names(m.group(1).strip().rstrip("."), end + m.start(1))
        if names and m.group(1).strip().rstrip(".").endswith(names[-1][0]):
            return names
    m = _BY_AFFILIATED_RE.match(window)
    if m:   # "by **Ana Souza** (Widget U)*; **Ben Park** (Gizmo Labs); ...": each name with its affiliation
        names = [(n.group(1), end + m.start(1) + n.start(1), end + m.start(1) + n.end(1)) for n in _AFFILIATED_NAME_RE.finditer(m.group(1))]
        if all(is_name(n) for n, _, _ in names):
            return names
    m = _BY_LINKED_NAMES_RE.match(window)
    if m and "[" in m.group(1):   # "“[Title](url)” by [Ana](url), [Ben](url), and [Cai](url) explores ...": names linked to their
        # pages, inline or by reference, perhaps after plain ones ("by Ana Souza, Ben Park, [Cai Wu][wu] and [Dan Levi][levi]")
        linked = [(n.group(g), end + m.start(1) + n.start(g), end + m.start(1) + n.end(g))
                  for n in _BYLINE_NAME_RE.finditer(m.group(1)) for g in (1, 2) if n.group(g)]
        if linked and all(is_name(n, allow_single=True) and venues().get(n.lower()) is None for n, _, _ in linked):
            return linked
    m = _BY_APA_NAMES_RE.match(window)
    if m:   # '“Title” by Souza, A., & Park, B (2031)': surnames and initials, APA style; the surnames are the names
        return [(n.group(1), end + m.start(1) + n.start(1), end + m.start(1) + n.end(1)) for n in _APA_NAME_RE.finditer(m.group(1))
                if is_name(n.group(1), allow_single=True)]
    m = _BY_RE.match(window)
    if m:
        segment = re.split(r"(?<![A-Z])\.\s+|\s+[\[(]", m.group(1))[0]
        head, semicolon, _ = segment.partition(";")
        if semicolon and ("," in head or " and " in head):
            segment = head   # "by A, B, and C; Next Title by D": a list between commas ends at the semicolon
        names = _leading_names(segment.strip().rstrip("."), end + m.start(1), after_by=True)
        # (the first of a list of people is one too: "by Moss Tang, Yanmo Li, and Ana Souza", the first two words English;
        # ... or of three full names or more, none with an organisation's word: "by Yuan Ma, Wei-Lun Ma and Chen Wang")
        listed = (len(names) >= 2 and any(looks_like_person(n) for n, _, _ in names[1:])) or (
            len(names) >= 3 and all(" " in n and not any(ORGANISATION_WORD_RE.match(w) for w in n.split()) for n, _, _ in names))
        return [] if names and _an_organisation(names[0][0]) and not listed else names
    m = _NAMES_THEN_VERB_RE.match(window)
    if m:   # "In “Title”, Souza and Park show that ...": the clause's subject after the title
        names = _leading_names(m.group(1), end + m.start(1), after_by=True)
        whole = " ".join(m.group(1).split())
        if names and whole.endswith(names[-1][0]) and all(is_name(n, allow_single=True) for n, _, _ in names) \
                and any(looks_like_person(n) or is_surname(n.split()[-1]) for n, _, _ in names):
            return names   # (a surname the lexicon knows ends one of them at least: "Xixi Li, Ruimin Hu and ...")
    m = _ET_AL_AFTER_RE.match(window) if " al" in window[:60] else None
    if m:   # "In [Title](url) Diaz et al. show that ...": the sentence's subject right after the title ("... from Diaz et al.")
        name = clean_name(m.group(1))
        # (a word the lexicon knows no surname is one after "from": "[Title](url) from Song et al.")
        if is_name(name, allow_single=True) and (len(name.split()) > 1 or is_surname(name) or " from " in m.group(0)):
            return [(name, end + m.start(1), end + m.start(1) + len(name))]
    m = _FROM_LEAD_AUTHOR_RE.match(window) if "from " in window[:12] else None
    if m and is_name(m.group(1)):   # '"Title," from Ana Souza and collaborators': the work's lead and the rest
        return [(m.group(1), end + m.start(1), end + m.end(1))]   # (not "from Ana Souza's group": its head, perhaps no author)
    return []


# "by Souza, A., & Park, B. (2031)": APA-style names after "by", each a surname, a comma and initials; two or more.
_INITIALS = r"[A-Z]\.?(?:\s?-?[A-Z]\.?){0,2}"
_APA_NAME = rf"[A-Z][\w’'-]+,\s+{_INITIALS}"
_APA_NAME_RE = re.compile(rf"([A-Z][\w’'-]+),\s+{_INITIALS}")
_BY_APA_NAMES_RE = re.compile(rf"[”\"’'*_\]]*,?\s+by\s+({_APA_NAME}(?:,?\s+(?:&|and)\s+{_APA_NAME}|,\s+{_APA_NAME})+)(?=\s*[(,.;]|\s+(?:which|who|that)\b)")
_CJK_AUTHOR_FIELD_RE = re.compile(r"[》」』〉”\"’'*_]*\s*[，,]?\s*(?:作者|著者|저자)\s*[:：]?\s*([A-Z][^\n。．()（）]{2,200}?)\s*(?:[。．]|$|\n)")
_SURNAMES_RE = re.compile(r"[”\"’'*_\]]*\s*\(([A-Z][\w’'-]+(?:,\s*[A-Z][\w’'-]+)*,?\s+(?:and|&)\s+[A-Z][\w’'-]+)\)")
_COMMA_SURNAMES_RE = re.compile(r"[”\"’'*_\]]*\s*\(([A-Z][\w’'-]+(?:,\s*[A-Z][\w’'-]+){2,7})\)")
# (a name's words: capitalised, or a particle before one, "van Amersfoort", "d'Eon")
_NAME_WORD = rf"(?:(?:{'|'.join(sorted(PARTICLES))})\s+)*(?:[dl]['’])?[A-Z][\w’'.-]*"
_NAMES_THEN_VERB_RE = re.compile(rf"[”\"’'*_\]]*,\s+({_NAME_WORD}(?:\s+(?:and\s+)?{_NAME_WORD}|,\s+{_NAME_WORD}){{0,23}})\s+"
                                 r"(?:show|propose|find|introduce|present|demonstrate|argue|study|describe)(?:s|ed|d)?\b")
_FROM_LEAD_AUTHOR_RE = re.compile(r"[”\"’'*_\]]*,?\s+from\s+([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,2})"
                                  r"\s+and\s+(?:(?:her|his|their)\s+)?(?:collaborators|colleagues|co-?authors)\b")
_ET_AL_AFTER_RE = re.compile(r"[”\"’'*_\]]*,?\s+(?:from\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+et\.?\s?al\b")


_BY_ROLE_RE = re.compile(r"\b(?:presented|proposed|introduced|written|authored|given|co-authored|led|presentation|papers?(?:\s+[a-z]+){0,4})\s+by\s+"
                         r"((?:\*\*)?[^\W\d_][\w’'.*-]*(?:[,\s]+(?:and\s+)?(?:\*\*)?[^\W\d_][\w’'.*-]*){0,20})")
_BOLD_NAMES_RE = re.compile(r"(?:\*\*[^*\n]{2,40}\*\*(?:\s*,?\s+and\s+|\s*,\s*)?){1,12}")


_AWARDED_TO_RE = re.compile(r"\b(?:awarded|presented|given|went|goes)\s+to\s+((?:[^.;:\n]|(?<=\b[A-Z])\.){3,400}?)\s+for\s+(?:their|his|her|the)\s+"
                            r"(?:\w+\s+)?(?:paper|work|poster)(?:\s+(?:on|titled|entitled|called))?\s*[,:]?\s*[\W_]*$")
# ... and where the winners are from, after their names ("Ana Souza and Ben Park from Widget University").
_WINNERS_FROM_RE = re.compile(r"\s+(?:from|of|at)\s+(?:the\s+)?[A-Z][^,;]*$")


# ... or who received it, the sentence's subject: "Ana Souza and Ben Park received an Honourable Mention for their paper X".
_RECEIVED_FOR_RE = re.compile(r"(?:^|[.;:!?]\s+|,\s+)([A-Z](?:[^.;:\n]|(?<=\b[A-Z])\.){3,300}?)\s+(?:received|receives|won|wins|(?:was|were) awarded)\s+"
                              r"(?:[^.;:\n]{0,120}?\s)?for\s+(?:their|his|her)\s+(?:\w+\s+)?(?:paper|work|poster)\s*[,:]?\s*[\W_]*$")


def _award_winners(text: str, start: int, end: int, anchors: frozenset[int]) -> list[NameSpan]:
    """In one sentence (`text`), the names an award went to before the title at start:end: "The best
    paper award went to Ana Souza (Widget U.), and Ben Park (Gizmo Labs) for their paper, “X”"."""
    before = text[:start]
    award = (_AWARDED_TO_RE.search(before) or _RECEIVED_FOR_RE.search(before)) if " for " in before else None
    if award is None:
        return []
    where = _WINNERS_FROM_RE.search(award.group(1))
    return _names_with_affiliations(text, award.start(1), award.start(1) + where.start() if where else award.end(1))


def _names_with_affiliations(text: str, start: int, end: int) -> list[NameSpan]:
    """The names of a list whose names may each carry an affiliation in brackets ("A (Widget U.), and
    B, C and D (Gizmo Labs)"): all of them, when every part is a name and one opens with a known given name."""
    bare = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), text[start:end])
    parts = [p.strip() for p in re.split(r",|\band\b|&", bare) if p.strip()]
    if not parts or not all(is_name(p) for p in parts) or not any(looks_like_person(p) for p in parts):
        return []
    found = names_found_in(text, parts, start, end)
    return found if len(found) == len(parts) else []


_POSSESSIVE_RE = re.compile(r"((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)['’]s\s+(?:\w+\s+){0,2}?"
                            r"(?:work|paper|talk|poster|presentation|preprint|study)\s+(?:on|about|titled|called|named)?\s*[\W_]*$")


_ET_AL_LEAD_RE = re.compile(r"((?:\*\*)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}(?:\*\*)?)\s+(?:and (?:colleagues|co-?authors|collaborators)|et\.? al\.?)")
_POSSESSIVE_TITLE_RE = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'-]+\s+){1,2}[A-Z][\w’'-]+)['’]s\s*[\[*_\"“]*$")


# "A and B proposed *Title*": the names a sentence opens with, as the subject of a verb of authorship
# right before the title.
# A verb of authorship right before a title: "presented their paper “Title”", "presented two workshop papers: “Title”",
# "gave the highlight talk for the Widget workshop on his paper “Title”", "had a provocative poster Title".
_AUTHORSHIP_VERB = (r"(?:propose[sd]?|introduce[sd]?|present(?:s|ed)?|(?:will\s+be|is|was)\s+presenting|will\s+present|"
                    r"describe[sd]?|develop(?:s|ed)?|won\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}(?:award|prize)\s+for|"
                    r"(?:gave|gives|presented|presents)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:talk|spotlight|presentation|oral)\b[^.!?\n\"“]{0,60}?"
                    r"\s+(?:on|for|of|about)\s+(?:his|her|their|our)\s+paper\s*[,:]?|"
                    r"had\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:poster|paper)\s*[,:]?)"
                    r"\s+(?:a\s+|an\s+|the\s+|their\s+|his\s+|her\s+|our\s+|(?:two|three|four)\s+(?:[\w-]+\s+)?papers\s*:\s+)?"
                    r"(?:(?:new\s+|recent\s+)?(?:paper|work|poster)\s*[,:]?\s+(?:(?:on|titled|entitled|called)\s+)?)?[*_\"“\s]*$")
# (the verb may be in a relative clause: "A, B and C, who were invited to present their paper ...")
_WHO_WERE_TO = r"(?:,?\s+who\s+(?:were|was|are|is|had|have|has)\s+(?:[a-z]+\s+){0,2}to)?"
# (the names may follow a role in apposition: "PhD student Ana Souza presented her paper ...")
_SUBJECT_ROLE = r"\b(?:[Ss]tudents?|[Mm]embers?|[Cc]andidates?|[Pp]rofessors?|[Rr]esearchers?|[Ss]cientists?|[Ee]ngineers?|[Pp]ostdocs?|[Ii]nterns?|Prof\.|Dr\.)"
_SUBJECT_NAMES_RE = re.compile(rf"(?:^(?:\s*(?:[-*+>]|\d{{1,3}}[.)]))*\s*|[.;:!?]\s+|,\s+|{_SUBJECT_ROLE}\s+)({full_names_pattern(9)}){_WHO_WERE_TO}\s+(\((?:19|20)\d\d[a-z]?\)\s+)?{_AUTHORSHIP_VERB}")
# ... its subject a given name alone ("Ana presented ..."), the name of someone the report named in full before.
_GIVEN_NAME_SUBJECT_RE = re.compile(rf"(?:^|[.;:!?]\s+|,\s+)([A-Z][a-z]+)\s+{_AUTHORSHIP_VERB}")


# A quoted title listed right after another ('"A" for the Widget workshop, and "'): the verb before the first names both.
_LISTED_AFTER_A_QUOTED_TITLE_RE = re.compile(r"[“\"][^“”\"\n]{8,300}[”\"](?:\s+(?:for|at|in)\s+[^,;.“”\"\n]{1,40}?)?"
                                             r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)[“\"]$")


# "the joint paper with Ana Souza and Ben Park, [Title](url), was ...": a paper's co-authors named before its title, set off
# by commas (linked to their pages or not).
_PAPER_WITH_NAMES_RE = re.compile(r"\b(?:paper|poster|preprint|work)\s+with\s+([^.!?\n]{3,200}?),[ \t]*[*_“\"]*$")


def coauthors_before(text: str, at: int) -> list[NameSpan]:
    """The names of "paper with A and B, " right before `at` (a title's start or its link's), each a full name: the
    paper's co-authors. [] when anything else is listed there ("paper with Widget Labs, ...")."""
    lo = max(0, at - 240)
    if text.find("with", lo, at) < 0:
        return []   # (the cheap test first: a report's every linked title asks)
    window = _MARKUP_AROUND_NAMES_RE.sub(lambda m: " " * len(m.group(0)), text[lo:at])
    m = _PAPER_WITH_NAMES_RE.search(window)
    if m is None:
        return []
    out: list[NameSpan] = []
    pos = m.start(1)
    for piece in _NAME_LIST_SPLIT_RE.split(m.group(1)):
        name = piece.strip()
        if not (2 <= len(name.split()) <= 4 and is_name(name)):
            return []
        s = window.index(name, pos)
        out.append((name, lo + s, lo + s + len(name)))
        pos = s + len(name)
    return out if 1 <= len(out) <= 8 and any(looks_like_person(n) or name_shaped(n) for n, _, _ in out) else []


_JOINT_WORK_RE = re.compile(r"[^.!?\n]{0,30}?\b(?:joint work with|together with|co-?authored with)\s+")


def subject_names(text: str, start: int, end: int) -> list[NameSpan]:
    """The names a sentence opens with when they are the subject of a verb of authorship right
    before the title at start:end ("Next up: Lia Rossi presented "Title"", "A and B proposed
    *Title*"), and the co-authors the sentence adds after it (", joint work with C")."""
    line_start = _sentence_window_start(text, start)
    if (listed := _LISTED_AFTER_A_QUOTED_TITLE_RE.search(text, line_start, start)) is not None:
        start = listed.start()   # ('presented two papers: "A" for X, and "B"': B's subject is A's)
    window = _MARKUP_AROUND_NAMES_RE.sub(lambda m: " " * len(m.group(0)), text[line_start:start])
    pos, names = 0, []
    # (the leftmost match may take a sentence's opening words for names: "On Tuesday, Ana Souza presented"
    # tries "On Tuesday, Ana Souza", then "Ana Souza")
    while (m := _SUBJECT_NAMES_RE.search(window, pos)) is not None:
        cited = m.group(2) is not None   # "Levi and Katz (2031) presented": surnames, as a citation gives them
        names = _leading_names(m.group(1), line_start + m.start(1), after_by=cited)
        # Each has the form of a name, and one at least opens with a given name a lexicon knows (they miss many), or is
        # a link's whole anchor, a person's page ("[Akanksha Atrey](page) presented ...").
        if names and all(is_name(n, allow_single=cited) for n, _, _ in names) \
                and (cited or any(looks_like_person(n) or _surname_first(n) or _linked_name(text, s, e) for n, s, e in names)):
            break
        names, pos = [], m.start(1) + 1
    if not names and (surnames := _CITED_SURNAMES_RE.search(window)) is not None:
        names = _leading_names(surnames.group(1), line_start + surnames.start(1), after_by=True)
        known = person_names()
        while names and is_english_word(names[0][0]) and not any(names[0][0].lower() in lexicon for lexicon in known):
            names = names[1:]   # "Later, Levi and Katz (2031)": the sentence's first word
    if not names and (given := _GIVEN_NAME_SUBJECT_RE.search(window)) is not None:
        at = line_start + given.start(1)
        names = _named_in_full_before(text, given.group(1), at)
        if not names and _OWN_PAPER_RE.search(given.group(0)) and _may_be_given_name(given.group(1)):
            names = [(given.group(1), at, at + len(given.group(1)))]   # "Ana presented her paper on “Title”", as written
    if not names and not _OWN_PAPER_BEFORE_RE.search(window):
        return []
    # (... or the writer's own paper, its co-authors after it: "I presented our paper “Title”, which I co-authored together
    # with A, B, and C")
    joint = _JOINT_WORK_RE.match(text, end)
    if joint:
        rest = re.split(r"[.;!?)\n](?:\s|$)", text[joint.end() : joint.end() + 200], maxsplit=1)[0]
        joined = _leading_names(rest, joint.end(), after_by=True)
        people = [n for n in joined if looks_like_person(n[0])]
        # (half of a list's names known, its other full names are people too: "with Ben Park, Rook Vantanen, ...")
        names += [n for n in joined if n in people or len(n[0].split()) >= 2] if 2 * len(people) >= len(joined) else people
    return names


# Link markup around a name, blanked so that the name reads as the sentence's subject ("<a href="…">Ana Souza</a> gives a
# talk about her paper", "[Ana Souza](…) presented").
_MARKUP_AROUND_NAMES_RE = re.compile(r"</?a\b[^<>\n]*>|\]\([^()\s]*\)|\[")
# A line that opens a list item, a heading or a quote: a sentence that goes on over lines starts there at the latest.
_BLOCK_OPENING_RE = re.compile(r"[ \t]*(?:[-*+>#]|\d{1,3}[.)])\s")


def _linked_name(text: str, start: int, end: int) -> bool:
    """The name at start:end is a link's whole anchor ("[Ana Souza](page)", "<a href="page">Ana Souza</a>"), with no
    acronym in it ("[Stanford NLP](page)" is a group)."""
    if any(w.isupper() and len(w) > 1 for w in text[start:end].split()):
        return False
    return (text[start - 1 : start] == "[" and text.startswith("](", end)) \
        or (text[start - 1 : start] == ">" and text.startswith("</a>", end))


def _sentence_window_start(text: str, start: int) -> int:
    """Where the words before a title are read from for its sentence's subject: the title's line and, when the paragraph
    is wrapped over lines, up to two lines before it ("Ana Souza gives a talk about her paper" / "[Title](url)."); at
    most 300 characters back."""
    at = text.rfind("\n", max(0, start - 300), start) + 1
    for _ in range(2):
        if at <= max(0, start - 300) or _BLOCK_OPENING_RE.match(text, at):
            break
        before = text.rfind("\n", 0, at - 1) + 1
        if not text[before : at - 1].strip():
            break
        at = before
    return max(at, start - 300)


# The writer's own paper right before its title ("to present our paper “", "my first full paper *").
_OWN_PAPER_BEFORE_RE = re.compile(r"\b(?:our|my)\s+(?:[\w-]+\s+){0,3}(?:paper|poster|work)\W{0,3}$", re.I)
# "... his paper", "... our recent paper": the subject's own paper, so the subject is a person and its author.
_OWN_PAPER_RE = re.compile(r"\b(?:his|her|their|our)\s+(?:[\w-]+\s+)?paper\b")


def _may_be_given_name(word: str) -> bool:
    """A given name of the lexicon, or no English word ("Ana", "Zorvath"; not "Google", "Everyone")."""
    return word.lower() in person_names()[0] or not is_english_word(word)


def _named_in_full_before(text: str, given: str, at: int) -> list[NameSpan]:
    """The one person the report named in full before `at` with the given name `given` ("Ana Souza (PI) attended ..." /
    "Ana presented ..."): that full name, at the given name's place; [] when none or several."""
    full = {m.group() for m in re.finditer(rf"\b{given}\s+[A-Z][\w’'-]+", text[:at]) if looks_like_person(m.group())}
    return [(full.pop(), at, at + len(given))] if len(full) == 1 else []


# "Later, Levi and Katz (2031) presented": surnames with the year of a citation, then a verb of presenting.
_CITED_SURNAMES_RE = re.compile(r"(?:^|[.;:!?]\s+|,\s+)([A-Z][\w’'-]+(?:\s*,\s*[A-Z][\w’'-]+)*(?:,?\s+(?:and|&)\s+[A-Z][\w’'-]+)?)"
                                r"\s+\((?:19|20)\d\d[a-z]?\)\s+(?:presented|introduced|proposed|showed)\s+[*_\"“]*$")


def _surname_first(name: str) -> bool:
    """A name written surname first, as Chinese and Korean names often are ("Zhang Wei"): two words, a
    known surname then a known given name."""
    words = name.lower().split()
    firsts, lasts = person_names()
    return len(words) == 2 and words[0] in lasts and words[1] in firsts


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    last = deque(matches, maxlen=1)
    return last[0] if last else None


SENTENCE_REACH = 400   # characters on each side of a title; a line of thousands of links is no sentence


_ABBREVIATION_END_RE = re.compile(r"\b(?:et\.?\s*al|e\.g|i\.e|cf|vs)\.$")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    lo, hi = max(0, start - SENTENCE_REACH), min(len(text), end + SENTENCE_REACH)
    full_stop = text.rfind(". ", lo, start)
    while full_stop >= lo + 2 and ((text[full_stop - 1].isupper() and not text[full_stop - 2].isalnum())
                                   or _ABBREVIATION_END_RE.search(text, max(lo, full_stop - 6), full_stop + 1)):
        # an initial's ("Alexander J. Smola") or an abbreviation's ("Souza et al. presented"), not a sentence's end
        full_stop = text.rfind(". ", lo, full_stop)
    s0 = max(lo - 1, text.rfind("\n", lo, start), full_stop) + 1
    s1 = hi
    for stop in ("\n", ". "):
        i = text.find(stop, end, hi)
        if i >= 0:
            s1 = min(s1, i)
    return s0, s1


def authors_around(text: str, start: int, end: int) -> list[NameSpan]:
    """Authors the sentence of a title names: bold names, "presented by A and B", "Surname et al."
    or "Surname and colleagues" before it. Names linked to their pages ("authored by
    [Ada](https://...), [Kurt](https://...)") count as written: the link syntax is blanked out,
    so every offset stays the report's."""
    return _in_the_sentence(text, start, end, _authors_in_sentence)


def _in_the_sentence(text: str, start: int, end: int,
                     find: Callable[[str, int, int, frozenset[int]], list[NameSpan]]) -> list[NameSpan]:
    """`find(sentence, start, end, anchors)` on the sentence of the title at start:end, its link syntax
    blanked out (offsets kept) and where its link anchors start; the names at the report's offsets."""
    s0, s1 = _sentence(text, start, end)
    sentence = text[s0:s1]
    anchors = frozenset(m.start(1) for m in MARKDOWN_LINK_RE.finditer(sentence))
    window = MARKDOWN_LINK_RE.sub(blank_link_syntax, sentence)
    if "][" in window or "] [" in window:   # links by reference too: "authored by [Ada][5], [Kurt][6]"
        anchors |= frozenset(m.start(1) for m in REFERENCE_LINK_RE.finditer(window))
        window = REFERENCE_LINK_RE.sub(blank_link_syntax, window)
    return [(name, s0 + i, s0 + j) for name, i, j in find(window, start - s0, end - s0, anchors)]


def blank_link_syntax(m: re.Match[str]) -> str:
    """A link's markup as spaces around its anchor, which keeps its offsets (for `re.sub` of a link pattern)."""
    anchor = m.group(1)
    return " " + anchor + " " * (len(m.group(0)) - len(anchor) - 1)


def by_role_around(text: str, start: int, end: int) -> list[NameSpan]:
    """Only the names a role word gives in a title's sentence: "X, presented by A and B", "one paper
    at the conference by A and B, titled X" (authors_around's first rule after bold names)."""
    return _in_the_sentence(text, start, end, _by_role_names)


def _by_role_names(text: str, start: int, end: int, anchors: frozenset[int]) -> list[NameSpan]:
    """In one sentence (`text`), the title at start:end: the names after a role word and "by", after
    the title or before it."""
    if "by" not in text:
        return []
    for by in (_BY_ROLE_RE.search(text, end), _last(_BY_ROLE_RE.finditer(text, 0, start))):
        if by is None:
            continue
        names_text = re.split(r"\s+(?=[a-z])(?!and\b|van\b|von\b|de\b|der\b)", by.group(1).strip())[0].rstrip(", ")
        linked = by.start(1) in anchors
        names = [(n, text.find(n, by.start(1)), text.find(n, by.start(1)) + len(n)) for n, _, _ in
                 _leading_names(names_text.replace("**", ""), by.start(1), after_by=True, marked=linked)]
        if names and all(i >= 0 for _, i, _ in names) and not (len(names) == 1 and _an_organisation(names[0][0])):
            return names   # (not "presented by Disney": a studio)
    return []


def _authors_in_sentence(text: str, start: int, end: int, anchors: frozenset[int] = frozenset()) -> list[NameSpan]:
    """authors_around on one sentence (`text`), the title at start:end in it; `anchors`: where link
    anchors start (a list of linked names is set off like a bold one: "Tuan" is a name there)."""
    s0, s1 = 0, len(text)
    # Bold inside the title is the title's own emphasis ("[Widget Nets for **Gizmo Parsing**](url)"), not names.
    bold = next((m for m in _BOLD_NAMES_RE.finditer(text, s0, s1) if m.end() <= start or m.start() >= end), None) \
        if "**" in text else None
    if bold:
        names = _leading_names(bold.group(0).replace("**", "").strip().rstrip(","), bold.start(), marked=True)
        found = []
        for name, _, _ in names:
            if dictionary_phrase(name.split()):
                break   # "a novel task: **Visual Question Generation**": a bold term, not a name
            if any(camel_cased(w) for w in name.split()):
                break   # "**NNetNav**: browser agents ...", "**WidgetLM**": a system's name, not a person's
            i = text.find(name, bold.start(), bold.end())
            if i >= 0:
                found.append((name, i, i + len(name)))
        if found:
            return found
    names = _by_role_names(text, start, end, anchors)
    if names:
        return names
    before = text[s0:start]
    names = _award_winners(text, start, end, anchors)
    if names:
        return names
    # "Ada Lovelace's work on X", "Lovelace's paper X": a possessive name right before the title.
    # (both possessive patterns need an "'s": most sentences have none, and the search tries every capital)
    possessive = "'s" in before or "’s" in before
    own = _POSSESSIVE_RE.search(before) if possessive else None
    if own:
        name = clean_name(own.group(1))
        if looks_like_person(name) or (len(name.split()) == 1 and is_surname(name)):
            i = s0 + own.start(1)
            return [(name, i, i + len(name))]
    # "Peter Kohlmann's [_Title_](url)": a full name's possessive right before the title.
    own = _POSSESSIVE_TITLE_RE.search(before) if possessive else None
    if own:
        name = clean_name(own.group(1))
        first = name.split()[0].lower()
        if is_name(name, max_tokens=3) and (looks_like_person(name) or name_shaped(name) or first in person_names()[0]):
            i = s0 + own.start(1)
            return [(name, i, i + len(name))]
    subject = subject_names(text, start, end)
    if subject:
        return subject
    lead = _ET_AL_LEAD_RE.search(before) if " al" in before or "and co" in before else None
    if lead:
        name = re.sub(r"^(?:The|A|An|This|That|In|At)\s+(?=\S)", "", clean_name(lead.group(1)))   # "The Ana Souza et al. paper"
        words = name.split()
        while len(words) > 1 and is_english_word(words[0]) and words[0].lower() not in person_names()[0]:
            words = words[1:]   # "Then Quillane et al. introduced ...": the sentence's first word
        name = " ".join(words)
        # (a capitalised word right before "et al." is a surname whatever the dictionary says: "Park et al.")
        if is_name(name, allow_single=True) and (len(name.split()) > 1 or is_surname(name) or " al" in lead.group(0)):
            i = text.find(name, s0 + lead.start(1))
            return [(name, i, i + len(name))]
    return []
