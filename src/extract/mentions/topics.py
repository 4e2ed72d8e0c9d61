"""Report-level and per-paper topics: taxonomy matches of the `tripmine_topics` component, and the
phrases the report's paper titles share ("dependency parsing" in three titles is a topic of the
report even when the taxonomy has no such label), mapped onto the taxonomy where it knows them."""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc

from extract.models import Mention, PaperRecord
from extract.spans import SpanUnion
from extract.text.lexicon import topics

MAX_REPORT_TOPICS = 10
MIN_REPORT_TOPICS = 5
MAX_PAPER_TOPICS = 3
HEADING_WEIGHT = 3   # a match in a heading that is no paper's title: the writer named an area of the report


def topic_mentions(doc: Doc) -> list[Mention]:
    """Taxonomy matches as mentions (value = topic label); a match inside a longer one is dropped
    ("speech" in "hate speech", "segmentation" in "semantic segmentation")."""
    spans = sorted(doc.spans.get("topics", []), key=lambda s: (s.start, -s.end))
    kept: list[Mention] = []
    reach = (-1, -1)  # the longest match so far that starts earliest: (start, end) in tokens
    for s in spans:
        if s.end <= reach[1] and (s.start, s.end) != reach:
            continue
        if s.end > reach[1]:
            reach = (s.start, s.end)
        kept.append(Mention("topic", s.text, s.start_char, s.end_char, "topics.phrase", 1.0, s.label_))
    return kept


def report_topics(mentions: list[Mention], papers: list[PaperRecord], headings: Sequence[tuple[int, int]] = ()) -> list[str]:
    """Topics of the whole report: frequent taxonomy topics (matches inside paper titles count
    double, inside the report's other headings, which name its areas, more), then phrases several
    paper titles share; 5 to 10 of them (fewer when the report names fewer)."""
    titles = SpanUnion([(m.start, m.end) for p in papers for m in p.mentions])
    areas = SpanUnion([h for h in headings if not titles.holds_start(h[0])])
    counts: Counter[str] = Counter()
    for m in mentions:
        counts[m.value] += 2 if titles.holds_start(m.start) else HEADING_WEIGHT if areas.holds_start(m.start) else 1
    ranked = [label for label, _ in counts.most_common()]
    chosen = [label for label in ranked if counts[label] >= 3][:MAX_REPORT_TOPICS]
    for phrase in shared_title_phrases([p.title for p in papers]):
        if len(chosen) >= MAX_REPORT_TOPICS:
            break
        label = taxonomy_label(phrase) or (phrase if " " in phrase else "")
        # A lone word is a topic only when the taxonomy knows it ("monocular" and "single" are not).
        if label and not any(_overlaps(label, c) for c in chosen):
            chosen.append(label)
    if len(chosen) < MIN_REPORT_TOPICS:
        chosen += [label for label in ranked if label not in chosen][: MIN_REPORT_TOPICS - len(chosen)]
    return chosen


_WORD_RE = re.compile(r"[a-z0-9][a-z0-9'-]*")


@lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    text = resources.files("extract").joinpath("data", "generic_title_words.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def shared_title_phrases(titles: list[str], *, min_titles: int = 2, top: int = 10) -> list[str]:
    """Phrases of one to three words that at least `min_titles` titles contain, most shared first,
    longer phrases before the words inside them; no phrase of generic title words only."""
    generic = _generic_words()
    df: Counter[str] = Counter()
    for title in titles:
        words = _WORD_RE.findall(title.lower())
        seen: set[str] = set()
        for n in (1, 2, 3):
            for i in range(len(words) - n + 1):
                ngram = words[i : i + n]
                if ngram[0] in generic or ngram[-1] in generic or any(w.isdigit() for w in ngram):
                    continue
                seen.add(" ".join(ngram))
        df.update(seen)
    shared = [(g, c) for g, c in df.items() if c >= min_titles and (" " in g or c >= min_titles + 1) and len(g) > 2]
    shared.sort(key=lambda gc: (-gc[1], -len(gc[0].split()), gc[0]))
    out: list[str] = []
    for gram, count in shared:
        # A word inside a longer shared phrase that is about as common adds nothing.
        if any(gram in kept and df[kept] >= count - 1 for kept in out):
            continue
        out.append(gram)
        if len(out) >= top:
            break
    return out


@lru_cache(maxsize=1)
def _synonym_labels() -> dict[str, str]:
    return {syn.lower(): t.label for t in topics() for syn in (t.label, *t.synonyms)}


def taxonomy_label(phrase: str) -> str:
    """The taxonomy label a phrase is a synonym of ("gans" -> "generative adversarial networks"), or ""."""
    syn = _synonym_labels()
    p = phrase.lower()
    return syn.get(p) or syn.get(p.rstrip("s")) or syn.get(p + "s") or ""


def _overlaps(a: str, b: str) -> bool:
    ta, tb = set(a.split()), set(b.split())
    return bool(ta) and bool(tb) and (ta <= tb or tb <= ta)


def paper_topics(paper: PaperRecord, mentions: list[Mention], starts: list[int] | None = None) -> list[str]:
    """Topics of one paper: matches in its title count most, then matches in its section.

    `mentions` are in text order (as `topic_mentions` gives them); `starts`, their start offsets, may be
    passed once for all of a report's papers. Only the mentions inside the paper's spans are read (a
    scan of all of them per paper was quadratic on a list of 1,600 papers)."""
    starts = starts if starts is not None else [m.start for m in mentions]
    title_spans = [(m.start, m.end) for m in paper.mentions]
    spans = title_spans + ([(paper.section_start, paper.section_end)] if paper.section_end else [])
    inside = sorted({i for s, e in spans for i in range(bisect.bisect_left(starts, s), bisect.bisect_left(starts, e))})
    counts: Counter[str] = Counter()
    for m in (mentions[i] for i in inside):   # (in text order: ties of most_common go to the first seen)
        if any(s <= m.start < e for s, e in title_spans):
            counts[m.value] += 3
        elif paper.section_end and paper.section_start <= m.start < paper.section_end:
            counts[m.value] += 1
    return [label for label, _ in counts.most_common(MAX_PAPER_TOPICS)]
