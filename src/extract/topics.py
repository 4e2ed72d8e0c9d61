"""Report-level and per-paper topics from the taxonomy matches of the `tripmine_topics` component."""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from .models import Mention, PaperRecord

MAX_REPORT_TOPICS = 10
MIN_REPORT_TOPICS = 3
MAX_PAPER_TOPICS = 3


def topic_mentions(doc: Doc) -> list[Mention]:
    """Every taxonomy match as a mention (value = topic label)."""
    return [
        Mention("topic", s.text, s.start_char, s.end_char, "topics.phrase", 1.0, s.label_)
        for s in doc.spans.get("topics", [])
    ]


def report_topics(mentions: list[Mention], papers: list[PaperRecord]) -> list[str]:
    """Topics of the whole report: frequent ones, with matches inside paper titles counting double."""
    title_spans = [(m.start, m.end) for p in papers for m in p.mentions]
    counts: Counter[str] = Counter()
    for m in mentions:
        in_title = any(s <= m.start < e for s, e in title_spans)
        counts[m.value] += 2 if in_title else 1
    ranked = [label for label, _ in counts.most_common()]
    frequent = [label for label in ranked if counts[label] >= 3]
    chosen = frequent[:MAX_REPORT_TOPICS]
    if len(chosen) < MIN_REPORT_TOPICS:
        chosen = ranked[:MIN_REPORT_TOPICS]
    return chosen


def paper_topics(paper: PaperRecord, mentions: list[Mention]) -> list[str]:
    """Topics of one paper: matches in its title count most, then matches in its section."""
    counts: Counter[str] = Counter()
    title_spans = [(m.start, m.end) for m in paper.mentions]
    for m in mentions:
        if any(s <= m.start < e for s, e in title_spans):
            counts[m.value] += 3
        elif paper.section_end and paper.section_start <= m.start < paper.section_end:
            counts[m.value] += 1
    return [label for label, _ in counts.most_common(MAX_PAPER_TOPICS)]
