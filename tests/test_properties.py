"""Property-based tests (hypothesis): any text is handled, offsets slice back, results are deterministic
and independent of report order."""
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.extraction import extract_doc
from extract.link.resolve import resolve
from extract.models import Report

# Report-like pieces, so the rules fire, mixed with arbitrary unicode.
PIECES = st.sampled_from([
    "Sparse Kernel Machines for Graph Data – Ada Lovelace, Alan Turing\n",
    "## Deep Voxel Fields for Robots\nAuthors: Edsger Dijkstra, Grace Hopper\n",
    "I enjoyed \"Fast Rates for Bandit Problems\" by Hopper.\n",
    "Code: https://github.com/ex/skm and www.example.org/x.\n",
    "as shown before (Goodfellow et al., 2014; Kingma & Welling, 2013).\n",
    "Papers I want to read:\n- Attention Is All You Need (NeurIPS 2017)\n",
    "Invited Talk: Yoshua Bengio\n", "ICML 2018\n", "GANs and RL (MAML) for NLP.\n", "\n\n", "– ", "“", "”",
])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=40)), max_size=12).map("".join)
FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def extract(text: str, nlp, name: str = "r.txt"):
    return extract_doc(Report(name=name, path=name, text=text, n_chars=len(text)), nlp(text))


def all_mentions(ex):
    for p in ex.papers:
        yield from p.mentions
        yield from p.author_mentions
    yield from ex.people_mentions
    yield from ex.url_mentions
    yield from ex.topic_mentions
    yield from ex.citations


@pytest.mark.parametrize("text", [
    # (found by the property below: a full-width bracket is read as an ASCII one, but a mention's text is the report's)
    ":0)）Sparse Kernel Machines for Graph Data – Ada Lovelace, Alan Turing\n",
    "See（https://example.org/a）and Sparse Kernel Machines for Graph Data（Ada Lovelace, Alan Turing）\n",
])
def test_a_full_width_bracket_stays_in_the_mentions_text(nlp, text):
    for m in all_mentions(extract(text, nlp)):
        assert text[m.start:m.end] == m.text or (m.start == m.end == 0 and m.rule.endswith(".author")), m


@FAST
@given(text=TEXT)
def test_any_text_extracts_and_offsets_slice_back(nlp, text):
    ex = extract(text, nlp)
    for m in all_mentions(ex):
        # An author named only in a citation has no span of its own: (0, 0) with the name as text.
        assert text[m.start:m.end] == m.text or (m.start == m.end == 0 and m.rule.endswith(".author")), m
    assert ex.to_json() == extract(text, nlp).to_json()   # deterministic


@FAST
@given(texts=st.lists(TEXT, min_size=1, max_size=5), seed=st.integers(0, 1000))
def test_resolution_does_not_depend_on_report_order(nlp, texts, seed):
    exs = [extract(t, nlp, f"r{i}.txt") for i, t in enumerate(texts)]
    shuffled = exs[:]
    random.Random(seed).shuffle(shuffled)
    a, b = resolve(exs), resolve(shuffled)
    assert [(p.id, p.title, p.reports) for p in a.papers] == [(p.id, p.title, p.reports) for p in b.papers]
    assert [(p.id, p.name, p.aliases) for p in a.people] == [(p.id, p.name, p.aliases) for p in b.people]
    assert a.paper_of == b.paper_of and a.person_of == b.person_of
