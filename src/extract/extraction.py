"""Per-report extraction: one report's text through every stage into a `ReportExtraction`.

Order: structure (blocks) -> record units -> papers (segmenter, prose patterns, judge) -> links
-> topics -> people -> conference. Each stage is a module of `extract.text` or `extract.mentions`.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from extract.budget import DEFAULT_REPORT_SECONDS, TimeLimit, time_limit
from extract.mentions.bibtex import authors_from_bibtex
from extract.mentions.conference import detect_conference
from extract.mentions.papers import attach_links, find_papers, titles_repeated_nearby
from extract.mentions.people import find_citations, find_people, linked_people, other_people, people_listed_as_items
from extract.mentions.prose import prose_candidates
from extract.mentions.segmenter import segmenter
from extract.mentions.topics import paper_topics, report_topics, topic_mentions
from extract.mentions.urls import find_urls, unique_urls
from extract.models import Report, ReportExtraction
from extract.text.layout import split_lines
from extract.text.structure import parse_structure
from extract.text.units import build_units
from extract.text.wrapping import soft_breaks, unwrapped

log = logging.getLogger(__name__)


# Full-width brackets around an English title's notes ("Title（Widget Labs, Ana Souza 等）") read as
# ASCII ones, and the Unicode hyphens of a typeset byline ("Jean‐Luc Souza", U+2010) as "-": one character
# for one, so every offset stays the report's.
_READ_AS_ASCII = str.maketrans("（）\u2010\u2011", "()--")


def extract_doc(report: Report, doc: Doc) -> ReportExtraction:
    """Every stage on one parsed report."""
    # (translate walks every character of the report: only a report with such a bracket or hyphen pays for it)
    raw = report.text
    text = raw.translate(_READ_AS_ASCII) if "（" in raw or "）" in raw or "\u2010" in raw or "\u2011" in raw else raw
    structure = parse_structure(text)
    breaks = soft_breaks(text)
    units = build_units(text, structure, breaks)
    # Papers, their links, names and citations are read across the soft line breaks of a hard-wrapped report ("Jesse" /
    # "Bettencourt's work on [Title"), as the doc was made (`parse`): breaks as spaces, every offset kept.
    flowing = unwrapped(text, breaks)
    boundaries: list[int] = []
    merged = find_papers(flowing, structure, units, segmenter(), prose_candidates(flowing, doc, structure), boundaries)
    url_mentions = find_urls(text)
    attach_links(flowing, structure, merged, url_mentions, boundaries)
    papers = [rec for rec, _ in merged]
    authors_from_bibtex(text, papers)

    topic_ms = topic_mentions(doc)
    topic_starts = [m.start for m in topic_ms]
    for p in papers:
        p.topics = paper_topics(p, topic_ms, topic_starts)

    paper_spans = [(m.start, m.end) for p in papers for m in p.mentions] + titles_repeated_nearby(flowing, papers)
    ents = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"] if doc.has_annotation("ENT_IOB") else []
    citations = find_citations(flowing)
    person_ms = find_people(flowing, split_lines(flowing), paper_spans, ents) + linked_people(text, structure)
    person_ms += people_listed_as_items(text, structure, person_ms)
    people = other_people(papers, citations + person_ms)
    translated = text is not report.text
    if breaks or translated:
        # (spans read in the flowing text, or with full-width brackets and Unicode hyphens read as ASCII ones: each
        # mention's text is the report's own, line breaks, brackets and all)
        written: dict[str, str] = {}   # a name as read -> as the report writes it ("Jean-Luc" -> "Jean‐Luc")
        for m in [m for p in papers for m in p.mentions + p.author_mentions] + citations + person_ms + topic_ms + \
                (url_mentions if translated else []):
            if translated and m.kind in ("person", "citation"):
                written[m.text] = report.text[m.start : m.end]
            m.text = report.text[m.start : m.end]
        if translated:
            for p in papers:
                p.authors = [written.get(a, a) for a in p.authors]
            people = [written.get(n, n) for n in people]

    return ReportExtraction(
        report=report,
        papers=papers,
        people=people,
        people_mentions=person_ms,
        urls=unique_urls(url_mentions),
        url_mentions=url_mentions,
        topics=report_topics(topic_ms, papers, [(b.start, b.end) for b in structure.blocks if b.kind == "heading"]),
        topic_mentions=topic_ms,
        citations=citations,
        conference=detect_conference(text),
    )


def extract_reports(reports: Iterable[Report], nlp: Language, *,
                    report_seconds: float | None = DEFAULT_REPORT_SECONDS) -> Iterator[ReportExtraction]:
    """Extract each report (docs are not kept), each within its own time budget.

    A report that fails or runs out of time gets status `error` and a message; the others go on."""
    for report in reports:
        if report.status != "ok":
            continue
        _warm_up(nlp)
        try:
            with time_limit(report_seconds):
                extraction = extract_doc(report, parse(report.text, nlp))
        except TimeLimit:
            report.status = "error"
            report.message = f"time limit: extraction took over {report_seconds:g} s (--report-timeout); skipped"
            log.warning("%s: %s", report.name, report.message)
            continue
        except Exception as exc:  # one bad report must not stop the others
            report.status, report.message = "error", f"extraction failed: {type(exc).__name__}: {exc}"
            log.exception("%s: extraction failed", report.name)
            continue
        yield extraction


# A small report that goes through every stage: what the stages load on first use (lexicons, word
# frequencies, the segmenter's and judge's models, patterns) loads here, not on a report's time budget.
_WARM_UP_TEXT = ("# Notes from the conference\n\n## Posters\n\n"
                 "- **Sparse Widget Networks for Gizmo Parsing** – Ana Souza, Ben Park "
                 "([code](https://github.com/example/widgets))\n\n"
                 "Souza et al. presented “Learning Gizmos from Widgets” on deep learning.\n")
_warmed_up: set[int] = set()   # the pipelines (by id) a report has been extracted with in this process


def _warm_up(nlp: Language) -> None:
    if id(nlp) in _warmed_up:
        return
    _warmed_up.add(id(nlp))
    try:
        extract_text(_WARM_UP_TEXT, nlp, name="warm-up.md")
    except Exception:  # (a failing stage fails again on the report itself, where its error is recorded)
        log.debug("warm-up extraction failed", exc_info=True)


def extract_text(text: str, nlp: Language, name: str = "report.txt") -> ReportExtraction:
    """Convenience for tests and notebooks: extract from a string."""
    report = Report(name=name, path=name, text=text, n_bytes=len(text.encode("utf-8")))
    return extract_doc(report, parse(text, nlp))


def parse(text: str, nlp: Language) -> Doc:
    """The report's doc, made from its text with the soft line breaks of a hard-wrapped report as spaces
    (the same length: the doc's offsets are the report's)."""
    return nlp(unwrapped(text, soft_breaks(text)))
