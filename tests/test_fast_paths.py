"""Shortcuts taken for speed give what the plain way gives (hypothesis): quotations found only where a
quote mark opens, and prose patterns run only around anchor words whose neighbours fit the pattern."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.mentions.prose import QUOTE_RE, _anchored_matches, _matcher, quotations

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

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
def test_anchored_matches_are_the_whole_docs_matches(nlp, text):
    """Every match a pattern has over the whole doc is found by running it around its anchor words only."""
    doc = nlp.make_doc(text)
    patterns, _rules, index = _matcher(nlp.vocab)
    whole = {(match_id, start, end) for pat in patterns
             for match_id, start, end in pat.matcher(doc)}   # type: ignore[misc]
    anchored = {(match_id, start, end) for match_id, start, end, _ in _anchored_matches(patterns, index, doc)}
    assert anchored == whole
