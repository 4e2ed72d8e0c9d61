"""Per-report extraction: one report's text through every stage into a `ReportExtraction`.

Order: layout (lines) -> papers -> sections -> urls -> topics -> people -> conference.
"""
from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .budget import DEFAULT_REPORT_SECONDS, TimeLimit, time_limit
from .layout import Line, is_list_item, looks_like_heading, split_lines
from .lexicon import venues
from .models import PaperRecord, Report, ReportExtraction
from .mentions.papers import attach_links, find_papers
from .mentions.records import Candidate
from .mentions.segmenter import segmenter
from .papers import LABEL_LINE_RE, SECTION_RULES, sentence_like
from .mentions.prose import prose_candidates
from .text.structure import Structure, parse_structure
from .text.units import build_units
from .people import find_citations, find_people, other_people
from .topics import paper_topics, report_topics, topic_mentions
from .urls import MARKDOWN_LINK_RE, find_urls, is_code_url, unique_urls

log = logging.getLogger(__name__)


def _is_boundary(line: Line) -> bool:
    """A heading that ends a paper's section ("Code: …" and "Site: …" lines do not)."""
    return (
        looks_like_heading(line)
        and not is_list_item(line)
        and not sentence_like(line.text)
        and not LABEL_LINE_RE.match(line.text)
        and not find_urls(line.text)
    )


def assign_sections(papers: list[PaperRecord], lines: list[Line], text_len: int) -> None:
    """Give each paper the span it owns: from its title line to the next heading or title line.

    Papers named only in prose own the line they are named in (for topics), not a section.
    """
    title_lines = {
        next((ln.index for ln in lines if ln.start <= m.start < ln.end + 1), -1)
        for p in papers
        for m in p.mentions
        if m.rule in SECTION_RULES
    }
    boundaries = sorted({ln.index for ln in lines if _is_boundary(ln)} | title_lines)
    for p in papers:
        structural = [m for m in p.mentions if m.rule in SECTION_RULES]
        anchor = structural[0] if structural else (p.mentions[0] if p.mentions else None)
        if anchor is None:
            continue
        line = next((ln for ln in lines if ln.start <= anchor.start <= ln.end), None)
        if line is None:
            continue
        if structural:
            nxt = next((b for b in boundaries if b > line.index), None)
            p.section_start = line.start
            p.section_end = lines[nxt].start if nxt is not None else text_len
            p.section = line.text
        else:
            p.section_start, p.section_end = line.start, line.end


def attach_code_urls(papers: list[PaperRecord], text: str, url_mentions) -> None:
    """Code/demo/site URLs inside a paper's own section, or linked from its title, belong to it."""
    owners = [p for p in papers if any(m.rule in SECTION_RULES for m in p.mentions)]
    for u in url_mentions:
        if not is_code_url(u.text):
            continue
        owner = next((p for p in owners if p.section_start <= u.start < p.section_end), None)
        if owner is not None and u.text not in owner.code_urls:
            owner.code_urls.append(u.text)
    for link in MARKDOWN_LINK_RE.finditer(text):
        for p in papers:
            if any(m.start == link.start(1) for m in p.mentions):
                url = link.group(2)
                if url not in p.code_urls and is_code_url(url):
                    p.code_urls.append(url)


_VENUE_YEAR_RE = re.compile(r"\b([A-Z][A-Za-z]{1,11})\s*['’]?((?:19|20)\d\d|\d\d)\b")


def detect_conference(text: str) -> str:
    """Best guess of the event: the most frequent "VENUE YEAR", else the most frequent venue."""
    known = venues()
    pairs: Counter[str] = Counter()
    for m in _VENUE_YEAR_RE.finditer(text):
        name = known.get(m.group(1).lower())
        if name:
            year = m.group(2) if len(m.group(2)) == 4 else "20" + m.group(2)
            pairs[f"{name} {year}"] += 1
    if pairs:
        return pairs.most_common(1)[0][0]
    names: Counter[str] = Counter(known[w.lower()] for w in re.findall(r"\b[A-Za-z]{3,8}\b", text) if w.isupper() and w.lower() in known)
    return names.most_common(1)[0][0] if names else ""




def extract_doc(report: Report, doc: Doc) -> ReportExtraction:
    """Every stage on one parsed report."""
    text = report.text
    structure = parse_structure(text)
    units = build_units(text, structure)
    lines = split_lines(text)
    merged = find_papers(text, structure, units, segmenter(), prose_candidates(text, doc, structure))
    url_mentions = find_urls(text)
    attach_links(text, structure, merged, url_mentions)
    papers = [rec for rec, _ in merged]

    topic_ms = topic_mentions(doc)
    for p in papers:
        p.topics = paper_topics(p, topic_ms)

    paper_spans = [(m.start, m.end) for p in papers for m in p.mentions]
    ents = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"] if doc.has_annotation("ENT_IOB") else []
    citations = find_citations(text)
    person_ms = find_people(text, lines, paper_spans, ents)
    people = other_people(papers, citations + person_ms)

    return ReportExtraction(
        report=report,
        papers=papers,
        people=people,
        people_mentions=person_ms,
        urls=unique_urls(url_mentions),
        url_mentions=url_mentions,
        topics=report_topics(topic_ms, papers),
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
        try:
            with time_limit(report_seconds):
                extraction = extract_doc(report, nlp(report.text))
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


def extract_text(text: str, nlp: Language, name: str = "report.txt") -> ReportExtraction:
    """Convenience for tests and notebooks: extract from a string."""
    report = Report(name=name, path=name, text=text, n_bytes=len(text.encode("utf-8")))
    return extract_doc(report, nlp(text))
