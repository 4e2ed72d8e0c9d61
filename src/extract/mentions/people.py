"""Named people who are not tied to a paper as authors: speakers, panelists, cited researchers.

Sources, strongest first: author-year citations ("Goodfellow et al., 2014", "Redondo and Morris
(2010)"), "Invited Talk: Name", "by Surname", full names in prose ("Ada Lovelace’s talk"), and
PERSON entities when a statistical spaCy model is in use.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from itertools import pairwise

from spacy.lang.en.stop_words import STOP_WORDS

from extract import budget
from extract.mentions.links import is_label_anchor
from extract.models import Mention, PaperRecord
from extract.spans import SpanUnion
from extract.text.lexicon import abbreviations, is_english_word, non_name_words, person_names, place_names, venues, word_ranks
from extract.text.names import (
    COMMON_WORD_RANK,
    HONORIFICS,
    INNER_CAPITAL_RE,
    NOT_SURNAME_SUFFIX_RE,
    ORGANISATION_WORD_RE,
    camel_cased,
    clean_name,
    is_brand_word,
    is_name,
    is_rare_word,
    is_surname,
    looks_like_person,
    name_key,
    name_shaped,
    same_person,
    short_name_of_an_event,
    surname_key,
)
from extract.text.structure import HTML_TAG_RE, front_matter_end
from extract.text.units import CJK_LETTERS

# A capitalised word with a lower-case letter; possessive, so a failed match does not backtrack
# through every split of the word (halves the time of the citation regexes).
_NAME = r"[A-Z](?=[\w’'-]*[a-z])[\w’'-]*+"
_YEAR = r"(?:19|20)\d\d[a-z]?"
ET_AL_RE = re.compile(rf"\b((?:{_NAME}\s+)?{_NAME})\s+et\s+al\b\.?")
PAREN_RE = re.compile(rf"\(([^()]*?{_YEAR}[^()]*)\)")
PAREN_PART_RE = re.compile(rf"^\s*((?:{_NAME})(?:\s*,\s*{_NAME})*(?:,?\s*(?:and|&)\s*{_NAME})?)\s*,?\s*{_YEAR}")
NARRATIVE_RE = re.compile(rf"\b((?:{_NAME})(?:\s*,\s*{_NAME})*,?\s+(?:and|&)\s+{_NAME}|{_NAME})\s+\({_YEAR}\)")
COMMA_YEAR_RE = re.compile(rf"\b((?:{_NAME})(?:\s*,\s*{_NAME})?),\s*{_YEAR}\b|\b({_NAME}),\s*({_NAME})\s+{_YEAR}\b")
# (Not before a lower-case noun: "by Gibbs sampling", "by Laplace approximation", "by Kalman filters" name a method;
# "presented by Hinton was great" names him.)
BY_SURNAME_RE = re.compile(rf"\bby\s+({_NAME})\b(?![\w-]|\s+[A-Z]|\s+et\s+al|\s+[a-z]{{2,}}(?:ing|ion|ions)\b|\s+[a-z]{{4,}}s\b)")
_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
# Runs of capitalised words (with name particles between them): candidate full names.
_CAP_TOKEN = rf"[{_UPPER}](?:\.|[\w’'-]*(?![\w’'-]))"      # "Ada", "Sohl-Dickstein", or an initial "J."
CAP_RUN_RE = re.compile(rf"(?<![\w’'-])({_CAP_TOKEN}(?:[ ]+(?:{_CAP_TOKEN}|(?:van|von|der|de|da|di|la|le)(?![\w’'-])))*)")
POSSESSIVE_RE = re.compile(r"[’']s$")
_INNER_POSSESSIVE_RE = re.compile(r"[’']s(?= )")
# A preposition of place right before a capitalised run: the run names a place, unless it is a possessive.
_PLACE_BEFORE_RE = re.compile(r"\b(?:in|at|near)\s+$", re.I)
ARTICLE_BEFORE_RE = re.compile(r"\b(?:the|a|an|this|that|our|their|its)\s+$", re.I)
INVITED_RE = re.compile(r"^(?:invited talk|keynote|talk)\s*:\s*(?:.*,\s*)?([^,:]+?)\.?$", re.I)
# An institution's word in lower case right after a capitalised run: the run names the institution's place.
_ORGANISATION_AFTER_RE = re.compile(r"[ \t]+(?:university|universities|institute|college|polytechnic)\b")
# ... and one with "of" right before the run: "University of", "Institute of Science".
_ORGANISATION_OF_BEFORE_RE = re.compile(r"\b(?:university|institute|college|polytechnic|academy|school)(?:\s+of\s+[A-Z]\w+)?\s+of\s+(?:the\s+)?$", re.I)
# Honorifics before a name: no name on their own ("a keynote by Dr. Ana Souza" names Ana Souza).
_HONORIFICS = frozenset(h.lower() for h in HONORIFICS)
# What names the person right after it: "a talk by", "Keynote:", "Speaker -", "Dr." (a name no lexicon knows, after it, is a person's).
# ... and a verb of meeting someone: "I chatted with Raj Patel", "met Zed Quorbly".
PERSON_CUE_BEFORE_RE = re.compile(r"(?:\bby|\b(?:keynote|invited talk|talk|speakers?|panell?ists?|presenters?|chairs?)"
                                  r"(?:\s+(?:talk|speech|address|lecture))?(?:\s+#?\d{1,2})?\s*[:–—-]"   # ("Keynote talk 2:")
                                  r"|(?:\*\*|__|[”\"])\s*[–—]"   # ("**The Future of Widgets** — Zed Quorbly": a talk's title, its speaker)
                                  r"|\b(?:met|meeting|chatted with|talked (?:to|with)|spoke (?:to|with)|caught up with|ran into)"
                                  r"|\b(?:dr|prof)\.|\bprofessor)\s*$", re.I)

# What a speaker did, right after the name: "Zed Quorbly gave an exciting talk", "... presented", "... spoke about".
# ... or whose team it was: "Yoav Shoham’s team from ... presented ...".
PERSON_CUE_AFTER_RE = re.compile(r"\s+(?:gave|delivered|presented|talked about|spoke (?:about|on)|discussed|explained|argued|surveyed)\b"
                                 r"|['’]s\s+(?:team|lab|group|students?|postdocs?)\b")


def _ok_citation_name(token: str) -> bool:
    t = token.strip()
    low = t.lower()
    # "(NeurIPS 2013)" cites a venue, not a person; "(Sim4IA 2031)" a workshop (no name holds a digit).
    # (nor a venue's or a system's word with a capital inside, "MobiCom (2031)"; "LeCun (1998)" cites)
    return bool(t) and not t.isupper() and low not in non_name_words() and low not in STOP_WORDS and low not in venues() \
        and not any(ch.isdigit() for ch in t) and not INNER_CAPITAL_RE.match(t)


_CLAUSE_BREAK_RE = re.compile(r"[.,;:!?\n]")
# (the letters of those scripts, and Hangul's jamo: a particle may be typed with them)
_CJK_RE = re.compile(f"[{CJK_LETTERS}\u1100-\u11ff\u3130-\u318f\ud7a4-\ud7af]+")
_ACRONYM_BEFORE_RE = re.compile(r"\b[A-Z]{2,}[ \t]+$")


_PLACE_LISTED_BEFORE_RE = re.compile(r"\b[A-Z][\w.-]*,\s*$")   # "Madrid, " before a country


def find_citations(text: str) -> list[Mention]:
    """Author-year citations; `value` holds one cited name per mention."""
    out: list[Mention] = []
    seen: set[tuple[int, int]] = set()

    def add(name: str, start: int, rule: str) -> None:
        name = clean_name(name)
        if not name or not all(_ok_citation_name(t) for t in name.split()):
            return
        end = start + len(name)
        if (start, end) not in seen and text[start:end] == name:
            seen.add((start, end))
            out.append(Mention("citation", name, start, end, rule, 0.9, name))

    firsts = person_names()[0]
    for m in ET_AL_RE.finditer(text):
        head, _, last = m.group(1).partition(" ")
        if last and is_english_word(head) and head.lower() not in firsts:
            add(last, m.start(1) + len(head) + 1, "citation.et_al")   # "Unlike Levi et al. (2030)": the surname alone
        else:
            add(m.group(1), m.start(1), "citation.et_al")
    for m in PAREN_RE.finditer(text):
        base = m.start(1)
        for part_m in re.finditer(r"[^;]+", m.group(1)):
            pm = PAREN_PART_RE.match(part_m.group(0))
            # (not an event's short name right after its name: "Workshop on Algorithmic Bias in Search (Bias 2031)"; only the
            # words since the last stop or comma are the name: "At the Workshop on Widgets, ConvNets (LeCun 1998)" cites)
            if pm and "et al" not in pm.group(1) and not (part_m.start() == 0 and " " not in pm.group(1).strip() and short_name_of_an_event(
                    _CLAUSE_BREAK_RE.split(text[max(0, m.start() - 200) : m.start()])[-1], pm.group(1).strip())):
                for nm in re.finditer(_NAME, pm.group(1)):
                    add(nm.group(0), base + part_m.start() + pm.start(1) + nm.start(), "citation.paren")
    for m in NARRATIVE_RE.finditer(text):
        if _ACRONYM_BEFORE_RE.search(text, max(0, m.start(1) - 12), m.start(1)):
            continue   # a venue's name and year ("USENIX Security (2031)", "FSE Industry (2031)"), no one cited
        for nm in re.finditer(_NAME, m.group(1)):
            if nm.group(0) not in {"and"}:
                add(nm.group(0), m.start(1) + nm.start(), "citation.narrative")
    for m in COMMA_YEAR_RE.finditer(text):
        if m.group(1) and m.group(1).rsplit(",", 1)[-1].strip().lower() in place_names() \
                and ("," in m.group(1) or _PLACE_LISTED_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())):
            continue   # "Madrid, Spain, 2031": where a venue met, not a citation
        for g in (1, 2, 3):
            if m.group(g):
                for nm in re.finditer(_NAME, m.group(g)):
                    if is_surname(nm.group(0)):
                        add(nm.group(0), m.start(g) + nm.start(), "citation.comma_year")
    out.sort(key=lambda x: x.start)
    return out


def _named_after_it_before(line: str, at: int, cand: str) -> bool:
    """Whether an institution named after `cand` comes earlier on its line ("University of Gizmo Bay, Gizmo Bay",
    "Gizmo Bay University of Science, Gizmo Bay")."""
    # (only the characters just before it: searching the whole line is quadratic on a long one)
    window = line[max(0, at - 160) : at]
    head = window.rfind(cand)
    return head >= 0 and (_ORGANISATION_OF_BEFORE_RE.search(window[max(0, head - 30) : head]) is not None
                          or _ORGANISATION_AFTER_RE.match(window[head + len(cand) : head + len(cand) + 20].lower()) is not None)


def find_people(text: str, lines, paper_spans: list[tuple[int, int]], person_ents: Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """Person mentions in prose (not inside paper titles)."""
    out: list[Mention] = []

    titles = SpanUnion(paper_spans)
    # (an HTML tag's inside, an image's file name or alt text, names no one in the prose: "Wei Ding.jpg")
    tags = SpanUnion([m.span() for m in HTML_TAG_RE.finditer(text)] if "<" in text else [])

    def inside_title(s: int, e: int) -> bool:
        return titles.holds_start(s) or titles.holds_end(e) or tags.holds_start(s)

    def add(name: str, s: int, rule: str, score: float) -> None:
        name = name.rstrip("¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§")   # an affiliation's mark: "Ana Souza¹"
        e = s + len(name)
        if text[s:e] == name and not inside_title(s, e):
            out.append(Mention("person", name, s, e, rule, score, name))

    weak: list[tuple[str, int]] = []   # name-shaped, but no lexicon knows either part
    # A blog post's front matter is its metadata (its writer, its template's commented examples: 'e.g. ["Bob Smith"]'),
    # not names the report's text gives.
    body = front_matter_end(text)
    for line in lines:
        budget.check()
        if line.start < body:
            continue
        line_text = _EDGE_UNDERSCORES_RE.sub(lambda u: " " * len(u.group()), line.text) if "_" in line.text else line.text
        # (a word of another script glued to a Latin one, as Korean and Japanese prose attach their particles: "Example이란",
        # "Ana Souza의"; read as em spaces, one for one, so that offsets stay the report's and no run of names goes on
        # across them: "Yoshua Bengio 和 Yann LeCun")
        if not line_text.isascii():
            line_text = _CJK_RE.sub(lambda u: "\u2003" * len(u.group()), line_text)
        m = INVITED_RE.match(line_text)
        if m and is_name(clean_name(m.group(1))):
            add(m.group(1).strip(), line.start + m.start(1), "people.invited_talk", 0.9)
        for m in BY_SURNAME_RE.finditer(line_text):
            surname = POSSESSIVE_RE.sub("", m.group(1))   # "a talk by Hinton’s group" names Hinton
            # (not "by Disney", nor a system's name with a run of capitals inside, "captured by WidgetCDM", nor a company's
            # word with one inside: "sponsored by QuantCo")
            if is_surname(surname) and surname.lower() not in _HONORIFICS and not is_brand_word(surname) and not _CAMEL_CASE_RE.search(surname) \
                    and not camel_cased(surname):
                add(surname, line.start + m.start(1), "people.by_surname", 0.6)
        for m in CAP_RUN_RE.finditer(line_text):
            run = POSSESSIVE_RE.sub("", m.group(1)).rstrip(".")
            if (inner := _INNER_POSSESSIVE_RE.search(run)) is not None:
                run = run[: inner.start()]   # "Ana Souza's PhD Research": the name ends at its possessive
            toks = opened = run.split()
            # Drop sentence-initial function words ("The", "In") and check the rest as a name (not a given name that is
            # one, before a surname: "Per Christensen", "An Nguyen").
            while toks and not _given_name_like_a_function_word(toks) and not _given_name_and_surname(" ".join(toks)) and (toks[0].lower() in STOP_WORDS or toks[0].lower() in non_name_words() or toks[0].lower() in _HONORIFICS
                            or (len(toks) > 2 and _word_before_a_name(toks)) or _an_adverb(toks[0])):
                toks = toks[1:]   # ... or a sentence's first word, common in English, before a name ("Follow Hana Mori")
            if 0 < len(toks) < len(opened) and opened[len(opened) - len(toks) - 1].lower() in _ARTICLES:
                continue   # "The Widget Labs guide to ...": an article opens the run, as "the" inside a sentence would
            if len(toks) > 2 and len(toks[0]) > 2 and toks[0].isalpha() and toks[0].isupper():
                toks = toks[1:]   # an area's or a system's acronym before a name: "For NLI Ellie Pavlick argues ..."
            # A title or a sentence run on after the name ("a keynote of Ana Souza The Widget Hypothesis")
            # (... or a title that opens with a gerund: "Ana Souza & Ben Park Inferring latent widgets ...")
            cut = next((k for k in range(2, len(toks)) if toks[k].lower() in _TITLE_OPENING_WORDS or _a_gerund(toks[k])), len(toks))
            toks = toks[:cut]
            # (nor the pronoun "I" after a given name: "thanks to Ana and Lorenzo I enjoyed ...")
            while toks and (toks[-1].lower() == "a" or toks[-1] == "I"):
                toks = toks[:-1]
            if not toks:
                continue
            cand = " ".join(toks)
            # Only the few characters before the run: searching the whole prefix is quadratic on a long line.
            article = ARTICLE_BEFORE_RE.search(line_text[max(0, m.start(1) - 16) : m.start(1)])
            if article and not (article.group().split()[0].lower() == "that" and looks_like_person(cand)):
                continue   # ("that Transformer", "the Gizmo Lab"; but "I am happy that Ana Souza won it": "that" joins a clause)
            if m.group(1).endswith(cand) and _ORGANISATION_AFTER_RE.match(line_text, m.end(1)):
                continue   # "researchers from Hong Kong university": a place an institution is named after
            at = m.start(1) + m.group(1).find(cand)
            if _PLACE_BEFORE_RE.search(line_text[max(0, at - 8) : at]) and run == m.group(1).rstrip("."):
                continue   # "the first being in Widgetville, where I am from": a place ("in Ana Souza's talk" names her)
            if _ORGANISATION_OF_BEFORE_RE.search(line_text[max(0, at - 30) : at]):
                continue   # "the University of Gizmo Bay": the place an institution is named after
            if _named_after_it_before(line_text, at, cand):
                continue   # "Ana Souza, The University of Gizmo Bay, Gizmo Bay": the place again, after its institution
            start = line.start + at
            if any(_CAMEL_CASE_RE.search(t) or (t.isupper() and t.lower() in abbreviations()) for t in toks):
                continue   # "obtained from Stanford CoreNLP", "and Allen NLP": a tool's name, capitals run on inside its
                # word (not "LeCun") or an area's acronym for a word
            if len(toks) == 2 and is_brand_word(toks[0]) and is_brand_word(toks[1]):
                continue   # "[Forum Summary](url)": two words English text uses often, neither a surname ("Forum" a given name)
            if looks_like_person(cand):
                add(cand, start, "people.name_shape", 0.7)
            elif name_shaped(cand) or _rare_words_only(cand) or _given_name_and_surname(cand) or _surname_then_given_name(cand) \
                    or ((_HONORIFIC_BEFORE_RE.search(line_text[max(0, at - 8) : at]) or PERSON_CUE_AFTER_RE.match(line_text, at + len(cand)))
                        and _known_given_name_first(cand)):
                weak.append((cand, start))   # (the last: "Prof. Chris Greening", a surname that is an English word after a title;
                # "Chris Greening gave a talk on ...")
    # "Ada Lovelace and Zed Quorbly": a name-shaped pair listed with a person is a person too, and so is the next one
    # listed with that one ("A (Chair), B, C, Zed Quorbly, D and Emily Parker": C is listed with D, D with Emily Parker).
    weak = [(cand, start) for cand, start in weak if not any(ORGANISATION_WORD_RE.match(t) or _CAMEL_CASE_RE.search(t) for t in cand.split())]
    # (not "Pierre-Yves Lajoie, Polytechnique Montréal", "LiDAR S-Graphs": where they work, a system)
    while weak:
        strong = sorted((m.start, m.end) for m in out)
        strong_starts = [s for s, _ in strong]
        reach = max((e - s for s, e in strong), default=0) + _LIST_GAP   # (a neighbour starts this close, or nearer)
        found = len(out)
        left = []
        for cand, start in weak:
            end = start + len(cand)
            # (a list of names linked to their pages has each link's target between them: "[A,](url) [B](url)")
            near = strong[bisect.bisect_left(strong_starts, start - reach - _LINK_GAP) : bisect.bisect_right(strong_starts, end + _LIST_GAP + _LINK_GAP)]
            # (or two words rare in English: "Radford Neal and Ana Souza")
            # (... or a given name that is an English word too before a surname: "Ana Souza, Frank Drewes and Ben Park")
            if (name_shaped(cand) or _surname_then_given_name(cand) or _rare_words_only(cand) or _given_name_and_surname(cand)) \
                    and any(_listed_together(text, (start, end), span) for span in near):
                add(cand, start, "people.listed_with_person", 0.6)
            elif PERSON_CUE_BEFORE_RE.search(text[max(0, start - 20) : start]) or PERSON_CUE_AFTER_RE.match(text, end):
                add(cand, start, "people.cued", 0.6)   # "an invited talk by Zed Quorbly on ...", "Zed Quorbly gave a talk"
            else:
                left.append((cand, start))
        if len(out) == found:
            break
        weak = left
    for s, e in person_ents:
        name = text[s:e]
        if is_name(name) and len(name.split()) >= 2:
            add(name, s, "people.ner", 0.6)
    return out


_CAMEL_CASE_RE = re.compile(r"[a-z][A-Z]{2,}")   # ("LiDAR"; not "LeCun", "McGann")
_ARTICLES = frozenset({"the", "a", "an", "this", "our", "their", "its"})
# Words that open a title or a clause and are no part of a name: a capitalised run ends before them
# ("A" only at its end: mid-run, it is an initial).
_TITLE_OPENING_WORDS = frozenset("the an this these our in on of for with".split())


def _a_gerund(word: str) -> bool:
    """A capitalised English word in "-ing" that no name lexicon knows ("Inferring", "Learning"; not "Manning", "Browning")."""
    if not word.endswith("ing") or len(word) < 6:
        return False
    stem = word[:-3].lower()   # (the lexicon holds the verb: "infer" of "Inferring", "model" of "Modeling", "use" of "Using")
    if not any(is_english_word(w) for w in (word, stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else "")):
        return False
    given, surnames = person_names()
    return word.lower() not in given and word.lower() not in surnames


def _surname_then_given_name(cand: str) -> bool:
    """A known surname then a known given name, neither a frequent English word ("Chen Wei", "Zhang Li"): a name
    written surname first, as Chinese and Korean ones often are; a person only when listed with one."""
    toks = cand.split()
    firsts, lasts = person_names()
    return len(toks) == 2 and toks[0].lower() in lasts and toks[1].lower() in firsts and is_name(cand) \
        and all(word_ranks().get(t.lower(), 10**6) >= COMMON_WORD_RANK for t in toks)


def _given_name_and_surname(cand: str) -> bool:
    """A known given name that is also an English word ("Frank", "Grace") before a surname no dictionary
    has ("Frank Dellaert"): a person only after a person cue ("#### by Frank Dellaert")."""
    toks = cand.split()
    return len(toks) == 2 and toks[0].lower() in person_names()[0] and is_name(cand) \
        and all(is_surname(p) for p in toks[1].split("-"))


# Underscores at a word's edge: markdown's emphasis ("_Ana Souza_", "__Ben Park__"), read as spaces (one for one) so that
# the name inside is a run of its own (not "posix_spawn").
_EDGE_UNDERSCORES_RE = re.compile(r"(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])")
_HONORIFIC_BEFORE_RE = re.compile(r"\b(?:dr|prof)\.\s*$", re.I)


def _known_given_name_first(cand: str) -> bool:
    """Two or three words of a name's form, the first a given name the lexicon knows ("Chris Greening")."""
    toks = cand.split()
    return 2 <= len(toks) <= 3 and toks[0].lower() in person_names()[0] and is_name(cand)


def _given_name_like_a_function_word(toks: list[str]) -> bool:
    """Two words, the first a given name the lexicon knows that is also a function word, and a name between them
    ("Per Christensen", "An Nguyen"; not "May Souza", a month)."""
    return len(toks) == 2 and toks[0].lower() != "may" and toks[0].lower() in person_names()[0] and looks_like_person(" ".join(toks))


def _word_before_a_name(toks: list[str]) -> bool:
    """A frequent English word that is no given name the lexicon knows nor an initial, before words that
    look like a person's name ("Follow Hana Mori", "Meet Ana Souza"; not "Grace Amir", "S. M. Ali Eslami")."""
    low = toks[0].lower()
    return len(low) > 2 and toks[0].isalpha() and word_ranks().get(low, 10**6) < COMMON_WORD_RANK \
        and low not in person_names()[0] and looks_like_person(" ".join(toks[1:]))


def _an_adverb(word: str) -> bool:
    """An English adverb opening a sentence before a name ("Unfortunately Ziegler was not there"), neither a
    given name nor a surname ("Emily", "Kelly", "Connolly")."""
    low = word.lower()
    given, surnames = person_names()
    return len(low) > 4 and low.endswith("ly") and is_english_word(low) and low not in given and low not in surnames


def _rare_words_only(cand: str) -> bool:
    """Two or three capitalised words that read as a name ("Raia Hadsell"), each rare in English or
    unknown to the dictionary, none an organisation's word: a person's name only after a person cue."""
    toks = cand.split()
    if not 2 <= len(toks) <= 3 or not is_name(cand, max_tokens=3) \
            or any(ORGANISATION_WORD_RE.match(t) or NOT_SURNAME_SUFFIX_RE.search(t) for t in toks):   # (not "by Copying Spans")
        return False
    return all(is_rare_word(t) for t in toks)


# (in Chinese, Japanese or Korean prose too: "A 和 B", "A、B", "A と B", "A 및 B")
_LIST_JOIN_RE = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+|[和与及、，と]\s*|및\s+)$")


_LIST_GAP = 8   # the most characters between two names of a list ("A, and B")


def _listed_together(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two spans are neighbours in a list: "A and B", "A, B", "A, and B", each perhaps linked to a page
    ("[A,](url) [B](url)", "<a href="url">A</a>, <a ...>B</a>")."""
    first, second = sorted([a, b])
    if second[0] - first[1] > _LIST_GAP + _LINK_GAP:
        return False
    gap = text[first[1] : second[0]]
    if "](" in gap or "<" in gap:
        gap = _LINK_MARKUP_RE.sub("", gap)
    return len(gap) <= _LIST_GAP and bool(_LIST_JOIN_RE.match(gap))


_LINK_GAP = 200   # the most characters of link markup between two names of a list
_LINK_MARKUP_RE = re.compile(r"\]\([^()\s]*\)|\[|</?a\b[^<>]*>")


def other_people(papers: list[PaperRecord], mentions: list[Mention]) -> list[str]:
    """Unique people of a report who are not authors of its papers; full names win over surnames. A
    mention inside an author's span or between two of a paper's authors close together ("Julius" of
    "Adebayo, Julius et al."; "Montana Tech" of "Keith Vertanen, Montana Tech<br>Haythem Memmi, ...")
    is an author or an affiliation, not another person."""
    authors = [a for p in papers for a in p.authors]
    author_spans = SpanUnion(_byline_spans(papers))
    # (what a byline holds between its authors is an affiliation wherever else it recurs: "..., Montana Tech |")
    in_bylines = {m.value for m in mentions if author_spans and author_spans.holds_start(m.start)}
    # (same_person holds only for names with the same last word: each name is compared with those alone)
    authors_by_surname: dict[str, list[str]] = {}
    for a in authors:
        authors_by_surname.setdefault(surname_key(a), []).append(a)
    names: list[str] = []
    keys: set[str] = set()
    names_by_surname: dict[str, list[str]] = {}
    for m in sorted(mentions, key=lambda m: (-len(m.value.split()), m.start)):
        n = m.value
        surname = surname_key(n)
        if any(same_person(n, a) for a in authors_by_surname.get(surname, ())) or n in in_bylines:
            continue
        if name_key(n) in keys or (len(n.split()) == 1 and any(same_person(n, x) for x in names_by_surname.get(surname, ()))):
            continue
        names.append(n)
        keys.add(name_key(n))
        names_by_surname.setdefault(surname, []).append(n)
    order = {name_key(m.value): m.start for m in reversed(mentions)}
    return sorted(names, key=lambda n: order.get(name_key(n), 0))


_BYLINE_GAP = 60   # characters between two authors of one byline ("..., Carnegie Mellon University<br>")


def _byline_spans(papers: list[PaperRecord]) -> list[tuple[int, int]]:
    """Each author mention's span, and the gap between two of a paper's author mentions that follow
    each other closely (an affiliation between them)."""
    out: list[tuple[int, int]] = []
    for p in papers:
        ms = sorted(p.author_mentions, key=lambda m: m.start)
        out += [(m.start, m.end) for m in ms]
        out += [(a.end, b.start) for a, b in pairwise(ms) if 0 < b.start - a.end <= _BYLINE_GAP]
    return out


# Profile pages: a link to one of these anchored by a name is a person, even by a first name alone.
_ACRONYM_INSIDE_RE = re.compile(r"[a-z][A-Z]{2,}")   # "ShARC", "BiLSTM": a system's name ("McDonald", "LeCun" are names)
_PROFILE_RE = re.compile(
    r"^(?:https?://)?(?:www\.)?(?:linkedin\.com/in/|(?:twitter|x)\.com/[^/?#]+/?$|github\.com/[^/?#]+/?$|"
    r"scholar\.google\.[a-z.]+/citations|[a-z0-9-]+\.github\.io/?$|[^/]+/~[^/]+/?$|[^/]+/(?:people|person|team|members?|staff)/)",
    re.I)


def _a_home_page_named_so(url: str, anchor: str) -> bool:
    """A page whose host name, or last path segment, is the anchor's given name run into more of a name
    ("[Hana](https://www.hanalaw.com/)", "[Delia](https://sites.google.com/view/deliacezhang)"): a person's home page.
    Not a site named just so ("[Whova](https://whova.com/portal/...)": a product's)."""
    words = anchor.split()
    word = words[0].lower() if words else ""
    if len(word) < 3 or not word.isalpha() or (len(words) > 1 and not _words_of_a_name(words)):
        return False   # ("[All About Self-Driving](http://www.allaboutselfdriving.com/)": a workshop's site)
    m = re.match(r"^https?://(?:www\.)?([^/?#]+\.[^/?#]+)([^?#]*)", url.strip(), re.I)   # (not "./AerialRobotics")
    if m is None:
        return False
    host, path = m.group(1).lower(), m.group(2).rstrip("/").lower()
    for part in (host.split(".")[0], path.rsplit("/", 1)[-1]):
        if part.startswith(word) and len(part) >= len(word) + 3 and part[len(word):].isalpha():
            return True
    return False


def _words_of_a_name(words: list[str]) -> bool:
    """Capitalised words, none of them a common English word ("Sidak Pal Singh"; not "All About Self-Driving")."""
    ranks = word_ranks()
    return all(w[:1].isupper() and ranks.get(w.lower(), 10**6) >= COMMON_WORD_RANK for w in words)


# A verb of speech right after a linked name: "[Ana](https://example.org/) says" (whatever page the link goes to).
_SAYS_AFTER_THE_LINK_RE = re.compile(r"[ \t]+(?:says|said|writes|wrote|notes|noted|adds|added|explains|explained|thinks|tweeted)\b")
# A verb of giving a talk after a linked full name ("[Ana Souza](<her talk's video>) discussed ..."): a speaker.
_TALKED_AFTER_THE_LINK_RE = re.compile(r"[ \t]+(?:discussed|presented|talked|spoke|gave|described|argued|introduced|highlighted"
                                       r"|demonstrated|showed)\b")


_LINK_CLOSE_RE = re.compile(r"\]\([^)\s]*\)|</a>", re.I)   # what follows a link's anchor: "](url)", "</a>"


def _link_end(text: str, anchor_end: int) -> int:
    """Where the link whose anchor ends at `anchor_end` ends ("[A](url)" -> after ")", "<a ...>A</a>" -> after "</a>")."""
    m = _LINK_CLOSE_RE.match(text, anchor_end)
    return m.end() if m else anchor_end


def people_listed_as_items(text: str, structure, found: list[Mention]) -> list[Mention]:
    """Names a list gives an item each ("* Michael Jordan" / "* Yoshua Bengio" / "* Dustin Tran", their works nested
    under them): a name-shaped item's whole first line is a person too when two of its list's other items are persons
    found already (a given name no lexicon knows: "Yoshua")."""
    starts = {m.start for m in found}
    items: dict[int, list[tuple[str, int, bool]]] = {}
    for b in structure.blocks:
        if b.kind != "list_item" or not b.lines:
            continue
        s, e = b.lines[0]
        line = text[s:e]
        name = line.strip(" *_")
        at = s + line.index(name) if name else s
        items.setdefault(b.list_id, []).append((name, at, at in starts))
    out: list[Mention] = []
    for entries in items.values():
        if sum(1 for *_, known in entries if known) < 2:
            continue
        for name, at, known in entries:
            if not known and name_shaped(name) and not any(ORGANISATION_WORD_RE.match(w) for w in name.split()):
                out.append(Mention("person", name, at, at + len(name), "people.listed_item", 0.6, name))
    return out


def linked_people(text: str, structure) -> list[Mention]:
    """People named by a link to their profile page: "[Darryl](https://www.linkedin.com/in/...)"."""
    out: list[Mention] = []
    for block in structure.blocks:
        for link in block.links:
            talked = bool(link.href) and _TALKED_AFTER_THE_LINK_RE.match(text, _link_end(text, link.end)) is not None
            if not link.href or not (_PROFILE_RE.match(link.href.strip()) or _a_home_page_named_so(link.href, text[link.start : link.end])
                                     or _SAYS_AFTER_THE_LINK_RE.match(text, _link_end(text, link.end)) or talked):
                continue
            name = POSSESSIVE_RE.sub("", clean_name(text[link.start:link.end]))   # "[Ana Souza's](page) excellent notes": Ana Souza
            end = link.start + len(name)
            if talked and not (len(name.split()) >= 2 and (looks_like_person(name) or _rare_words_only(name))):
                continue   # (a full name that talked: not "[WidgetNet](...) showed that ...", a system)
            if name and is_name(name, allow_single=True) and len(name.split()) <= 4 and text[link.start:end] == name \
                    and text[end:link.end] in ("", "'s", "’s") and not _ACRONYM_INSIDE_RE.search(name) and not is_label_anchor(name):
                # ("[ShARC](https://sharc-data.github.io)": a dataset's page; "[Project Page](https://x.github.io/)": a label)
                out.append(Mention("person", name, link.start, end, "people.profile_link", 0.8, name))
    return out
