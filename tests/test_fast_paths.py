"""Shortcuts taken for speed give what the plain way gives (hypothesis): quotations found only where a
quote mark opens, prose patterns run only around anchor words whose neighbours fit the pattern, and
the merge asking only the papers a title index gives, topics and people read by position and surname."""
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.mentions import people as people_module
from extract.mentions.judge import _not_taken
from extract.mentions.papers import _authors_of_the_nearest_title, _named_by_its_head, same_title
from extract.mentions.people import find_people, other_people
from extract.mentions.prose import QUOTE_RE, _anchored_matches, _matcher, quotations
from extract.mentions.records import Candidate
from extract.mentions.title_index import FUZZY_ROWS_PER_PAPER, TitleIndex
from extract.mentions.topics import paper_topics
from extract.models import Mention, PaperRecord
from extract.text.layout import split_lines
from extract.text.names import name_key, same_person
from extract.text.structure import Emphasis
from extract.text.units import _SpansAround

FAST = settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])

QUOTE_PIECES = st.sampled_from(["“", "”", "\"", "‘", "’", "'", "„", "«", "»", "「", "」", "『", "』", "《", "》",
                                "Widget Nets", "don't", " ", "\n", "a", "x'y", "Sparse Gizmo Parsing"])
QUOTE_TEXT = st.lists(st.one_of(QUOTE_PIECES, st.text(max_size=12)), max_size=25).map("".join)


@FAST
@given(text=QUOTE_TEXT)
def test_quotations_are_the_quote_patterns_matches(text):
    assert [m.span() for m in quotations(text)] == [m.span() for m in QUOTE_RE.finditer(text)]


# Words the patterns anchor on and the words around them in prose.
PROSE_WORDS = st.sampled_from([
    "in", "In", "the", "their", "a", "paper", "work", "preprint", "poster", "called", "titled", "on", "about",
    "talk", "by", "authored", "written", "saw", "presented", "introduced", "showed", "proposed", "et", "al.",
    "(", ")", "[", "paper]", "2019", "al", ",", ".", ":", "is", "was", "an", "follow", "up", "see", "also",
    "Sparse", "Widget", "Networks", "for", "Gizmo", "Parsing", "Souza", "Ana", "Park", "Ben", "WNet",
    "they", "authors", "\n", "**",
])
# ... and phrases with the shape of each pattern, so that matches happen.
PATTERN_SHAPED = st.sampled_from([
    "their Sparse Widget Networks paper", "a new work called Widget Nets", "Widget Nets (WNet), a new paper",
    "In Sparse Gizmo Parsing, the authors", "paper, Widget Nets was", "favourite poster: Widget Nets, by",
    "a paper Sparse Gizmo Parsing.", "Sparse Gizmo Parsing (Souza et al., 2019)", "Widget Nets ([paper](x)",
    "Widget Nets is a short paper", "follow up: Gizmo Parsing", "talk on Sparse Widget Networks by Ana Souza",
    "Widget Nets authored by Ana Souza", "saw Widget Nets by Ana Souza", "Ana Souza presented Widget Nets,",
    "Souza et al. proposed Sparse Widget Networks.",
])
PROSE = st.lists(st.one_of(PROSE_WORDS, PATTERN_SHAPED), max_size=40).map(" ".join)


@FAST
@given(text=PROSE)
def test_anchor_neighbour_tests_lose_no_match(nlp, text):
    """The patterns' matches around anchor words whose neighbours fit are all their matches around any
    anchor word."""
    doc = nlp.make_doc(text)
    patterns, _rules, index = _matcher(nlp.vocab)
    every_anchor = [pat._replace(prev_ok=None, next_ok=None) for pat in patterns]
    plain = {(match_id, start, end) for match_id, start, end, _ in _anchored_matches(every_anchor, index, doc)}
    tested = {(match_id, start, end) for match_id, start, end, _ in _anchored_matches(patterns, index, doc)}
    assert tested == plain


# Titles that merge in every way same_title and a head allow: equal keys, one typo, shared heads
# before ":" or "?", one title the start of another, a one-word name before ":", no letter at all.
TITLE_WORDS = st.sampled_from(["Widget", "Nets", "for", "Gizmo", "Parsing", "Sparse", "Learning", "to", "Rank", "Gizmos",
                               "WNet", "GizmoNet", "Deep", "Fields", "at", "Scale", ":", "?", "—", "the", "Widgte", "résumé"])
BASE = st.lists(TITLE_WORDS, min_size=1, max_size=8).map(" ".join)


@st.composite
def related_titles(draw, base):
    """A title built from a base title: itself, a longer title it starts, a head before ":" or "?", or a typo."""
    head, rest = draw(base), draw(base)
    return draw(st.sampled_from([head, f"{head}: {rest}", f"{head}? {rest}", f"{head} {rest}", head.replace("e", "a", 1),
                                 head.upper(), "", "???", "标题"]))


TITLE = st.one_of(related_titles(st.sampled_from(["Widget Nets for Gizmo Parsing", "WNet", "Deep Gizmo Fields", "Deep Gizmo Fields Rank Widget Nets"])),
                  related_titles(BASE))


@settings(max_examples=400, deadline=None, derandomize=True)
@given(titles=st.lists(TITLE, min_size=1, max_size=12), query=TITLE, named=st.booleans())
def test_title_index_gives_every_paper_a_title_could_be(titles, query, named):
    """Every earlier title that same_title or a head matches (or an alias) is among the index's candidates."""
    index = TitleIndex()
    earlier = [Candidate(t, 0, len(t), "record.line", 0.9, authors=[("Ana Souza", 0, 9)] if named else []) for t in titles]
    for k, c in enumerate(earlier):
        index.add(c.title, k)
        index.add_alias(c.title.split(" ")[0], k)
    new = Candidate(query, 0, len(query), "prose.x_paper", 0.6, authors=[("Ben Park", 0, 8)])
    found = set(index.candidates(new.title, new.title))
    for k, c in enumerate(earlier):
        if same_title(new.title, c.title) or _named_by_its_head(new, c) or new.title == c.title.split(" ")[0]:
            assert k in found, (new.title, c.title)


@pytest.mark.parametrize("earlier, query", [
    ("Widget Nets for Gizmo Parsing", "widget nets for gizmo parsing"),                      # the same key
    ("Widget Nets for Gizmo Parsing", "Widget Nets for Gizmo Prasing"),                      # a typo
    ("Deep Gizmo Fields: Ranking Widget Nets", "Deep Gizmo Fields? Sparse Learning at Scale"),  # a shared head
    ("Widget Nets for Gizmo Parsing", "Widget Nets for Gizmo Parsing at Scale Once More"),   # the start of another
    ("Deep Gizmo Fields: Ranking Widget Nets at Scale", "Deep Gizmo Fields"),               # the other's head
    ("Deep Gizmo Fields", "Deep Gizmo Fields: Ranking Widget Nets at Scale"),               # its head the other
    # a character more than 127 times (the index caps its counts there): still a typo's match
    ("Widget " + "a" * 200 + " Nets", "Widget " + "a" * 199 + " Nets"),
])
def test_title_index_finds_each_kind_of_match(earlier, query):
    old = Candidate(earlier, 0, len(earlier), "record.line", 0.9)
    new = Candidate(query, 0, len(query), "prose.x_paper", 0.6)
    assert same_title(new.title, old.title) or _named_by_its_head(new, old)
    index = TitleIndex()
    index.add(old.title, 0)
    assert index.candidates(new.title, new.title) == [0]


def _topics_scanning_every_mention(paper, mentions):
    """paper_topics as it was: every topic mention of the report read for each paper."""
    counts: Counter[str] = Counter()
    for m in mentions:
        if any(x.start <= m.start < x.end for x in paper.mentions):
            counts[m.value] += 3
        elif paper.section_end and paper.section_start <= m.start < paper.section_end:
            counts[m.value] += 1
    return [label for label, _ in counts.most_common(3)]


SPAN = st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda t: (t[0], t[0] + t[1]))


@FAST
@given(topic_spans=st.lists(st.tuples(SPAN, st.sampled_from("ABCD")), max_size=25), titles=st.lists(SPAN, max_size=3),
       section=SPAN)
def test_paper_topics_read_only_the_mentions_inside_the_paper(topic_spans, titles, section):
    mentions = [Mention("topic", "x", s, e, "topics.phrase", 1.0, label) for (s, e), label in sorted(topic_spans)]
    paper = PaperRecord("Widget Nets", mentions=[Mention("paper", "x", s, e, "record.line") for s, e in titles],
                        section_start=section[0], section_end=section[1])
    assert paper_topics(paper, mentions) == _topics_scanning_every_mention(paper, mentions)


def _people_comparing_every_name(authors, values):
    """other_people's choice as it was: each mention compared with every author and every kept name."""
    names = []
    for n in values:
        if any(same_person(n, a) for a in authors):
            continue
        if any(name_key(n) == name_key(x) or (len(n.split()) == 1 and same_person(n, x)) for x in names):
            continue
        names.append(n)
    return names


PERSON = st.sampled_from(["Ana Souza", "A. Souza", "Souza", "Ana Sousa", "Ben Park", "B. Park", "Park", "Benjamin Park",
                          "Bo Park", "Chen Wei", "Wei", "Ana  Souza", "Ána Souza", "Dana Levi", "Levi", "???"])


@FAST
@given(authors=st.lists(PERSON, max_size=5), people=st.lists(PERSON, max_size=10))
def test_other_people_compare_names_by_surname_only(authors, people):
    mentions = [Mention("person", n, 100 + 20 * k, 100 + 20 * k + len(n), "people.name_shape", 0.7, n) for k, n in enumerate(people)]
    papers = [PaperRecord("Widget Nets", authors=authors)]
    by_length = sorted(mentions, key=lambda m: (-len(m.value.split()), m.start))
    expected = _people_comparing_every_name(authors, [m.value for m in by_length])
    assert sorted(other_people(papers, mentions)) == sorted(expected)


def test_judge_leaves_out_a_doubted_candidate_equal_to_a_taken_one():
    """A doubted candidate equal to a taken one, field by field, is taken already (as `in` had it)."""
    taken = [Candidate("Widget Nets", 0, 11, "record.item", 0.9), Candidate("Gizmo Fields", 20, 32, "record.item", 0.9)]
    twin, other = Candidate("Widget Nets", 0, 11, "record.item", 0.9), Candidate("Widget Nets", 0, 11, "record.line", 0.9)
    doubted = [(twin, 0.3, {}), (other, 0.3, {})]
    assert [d[0] for d in _not_taken(doubted, taken)] == [other]


def _nearest_title_authors_by_scan(text, cands):
    """_authors_of_the_nearest_title as it was: every candidate asked for the next title on the line."""
    for c in cands:
        if not c.authors:
            continue
        line_end = text.find("\n", c.end)
        line_end = len(text) if line_end < 0 else line_end
        later = min((o.start for o in cands if c.end <= o.start < line_end), default=None)
        if later is not None:
            c.authors = [a for a in c.authors if a[1] < later]


@FAST
@given(spans=st.lists(st.tuples(st.integers(0, 70), st.integers(1, 15), st.lists(st.integers(0, 90), max_size=3)), max_size=8),
       breaks=st.lists(st.integers(0, 90), max_size=4))
def test_names_after_a_later_title_found_by_bisection(spans, breaks):
    text = "".join("\n" if i in breaks else "x" for i in range(100))

    def cands():
        return [Candidate("T", s, s + n, "record.line", 0.9, authors=[("A", a, a + 1) for a in names]) for s, n, names in spans]
    fast, slow = cands(), cands()
    _authors_of_the_nearest_title(text, fast)
    _nearest_title_authors_by_scan(text, slow)
    assert [c.authors for c in fast] == [c.authors for c in slow]


class _EveryPosition:
    """A stand-in for the bisect module that selects every position (the plain scan)."""
    bisect_left = staticmethod(lambda seq, x: 0)
    bisect_right = staticmethod(lambda seq, x: len(seq))


NAMES_TEXT = st.lists(st.sampled_from(["Ana Souza", "Zed Quorbly", "Ben Park", "Vorn Tesquil", " and ", ", ", ", and ", " met ",
                                       "\n", "The talk by ", " x ", "Widget Nets"]), max_size=14).map("".join)


@FAST
@given(text=NAMES_TEXT)
def test_names_listed_with_a_person_are_found_among_the_near_ones(text):
    fast = find_people(text, split_lines(text), [])
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(people_module, "bisect", _EveryPosition)
        slow = find_people(text, split_lines(text), [])
    assert fast == slow


SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 20)), max_size=12).map(
    lambda pairs: [Emphasis(s, s + n, "strong") for s, n in sorted(pairs)])


@FAST
@given(spans=SPANS, at=st.integers(0, 90))
def test_the_span_around_a_line_end_is_the_first_one_a_scan_finds(spans, at):
    # (a line of 8k links asked each of them for each of its 4k records: the index answers in log time)
    assert _SpansAround(spans).first_around(at) is next((sp for sp in spans if sp.start < at < sp.end), None)


def test_a_paper_written_many_ways_keeps_a_bounded_number_of_fuzzy_rows():
    # ("Paper Title 1" ... "Paper Title 8000" on one line, all one paper: each lookup scored every earlier key)
    index = TitleIndex()
    for i in range(200):
        index.add(f"Sparse Widget Networks {i}", 0)
    index.add("Dense Gizmo Parsing", 1)
    assert len(index._keys) == FUZZY_ROWS_PER_PAPER + 1
    assert index.candidates("Sparse Widget Networks 7", "Sparse Widget Networks 7") == [0]
    assert index.candidates("Dense Gizmo Parsing", "Dense Gizmo Parsing") == [1]
