"""`extract.spans`: the bisect structures answer exactly as a scan of every span would."""
from hypothesis import given
from hypothesis import strategies as st

from extract.spans import DisjointSpans, SpanUnion

spans_st = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)).map(lambda t: (t[0], t[0] + t[1])), max_size=8)


@given(spans_st)
def test_span_union_matches_a_scan(spans):
    u = SpanUnion(spans)
    for pos in range(-1, 72):
        assert u.holds_start(pos) == any(a <= pos < b for a, b in spans)
        assert u.holds_end(pos) == any(a < pos <= b for a, b in spans)


@given(spans_st)
def test_disjoint_spans_keep_what_a_scan_would(spans):
    kept: list[tuple[int, int]] = []
    taken = DisjointSpans()
    for s, e in spans:
        scan = any(a <= s < b or s <= a < e for a, b in kept)
        assert taken.overlaps(s, e) == scan
        if not scan:
            kept.append((s, e))
            taken.add(s, e)
