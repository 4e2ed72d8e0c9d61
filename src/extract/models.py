"""Plain data records passed between stages (no spaCy objects, so they pickle and cache).

Slotted dataclasses: a 10k-report corpus holds millions of mentions, and slots halve their memory.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

Status = Literal["ok", "skipped", "error"]


@dataclass(slots=True)
class Report:
    """One input file after ingest. `text` is what every offset refers to."""

    name: str                 # file name relative to the raw folder (the gold key)
    path: str                 # path as given on disk
    text: str = ""            # decoded, HTML converted to text, line endings normalised to "\n"
    sha256: str = ""          # of the raw bytes
    encoding: str = ""        # "utf-8", "utf-8-sig", or the detected fallback
    is_html: bool = False
    status: Status = "ok"
    message: str = ""
    n_bytes: int = 0
    n_chars: int = 0          # len(text), kept when the text itself is released after extraction


@dataclass(slots=True)
class Mention:
    """A span of `Report.text` tagged as a paper, person, url or topic."""

    kind: Literal["paper", "person", "url", "topic", "citation", "abbreviation"]
    text: str                 # == report.text[start:end]
    start: int
    end: int
    rule: str                 # which rule produced it (for debugging and review)
    score: float = 1.0
    value: str = ""           # normalised value (title, "First Last", url, topic label)


@dataclass(slots=True)
class CatalogLink:
    """The catalog record a paper was linked to, how well, and the runner-up (for review)."""

    canonical_title: str
    venue: str
    year: int
    url: str
    code_url: str
    authors: list[str]
    score: float                  # title similarity 0-100
    method: str                   # exact | main-title | subtitle | fuzzy | prefix | subset
    status: Literal["accepted", "review"]
    runner_up_title: str = ""
    runner_up_venue: str = ""
    runner_up_year: int = 0
    runner_up_score: float = 0.0

    def to_json(self) -> dict:
        return {
            "canonical_title": self.canonical_title, "venue": self.venue, "year": self.year or None,
            "catalog_url": self.url, "catalog_code_url": self.code_url, "catalog_authors": self.authors,
            "link_score": self.score, "link_method": self.method, "link_status": self.status,
            "runner_up": {"title": self.runner_up_title, "venue": self.runner_up_venue,
                          "year": self.runner_up_year or None, "score": self.runner_up_score} if self.runner_up_title else None,
        }


@dataclass(slots=True)
class PaperRecord:
    """A paper named in one report, with everything tied to it there."""

    title: str
    mentions: list[Mention] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    author_mentions: list[Mention] = field(default_factory=list)
    code_urls: list[str] = field(default_factory=list)
    paper_urls: list[str] = field(default_factory=list)   # links to the paper itself (arXiv, PDF, DOI, ...)
    topics: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)     # acronyms / short names seen in the report
    section: str = ""                                     # heading of the section it sits in
    section_start: int = 0                                # text offsets of that section
    section_end: int = 0
    score: float = 1.0
    link: CatalogLink | None = None                       # set by catalog linking (accepted or review)

    @property
    def accepted_link(self) -> CatalogLink | None:
        return self.link if self.link is not None and self.link.status == "accepted" else None

    @property
    def display_title(self) -> str:
        """The catalog's title when the link is accepted, else the report's own wording."""
        return self.accepted_link.canonical_title if self.accepted_link else self.title

    @property
    def start(self) -> int:
        return min((m.start for m in self.mentions), default=0)


@dataclass(slots=True)
class ReportExtraction:
    """Everything extracted from one report."""

    report: Report
    papers: list[PaperRecord] = field(default_factory=list)
    people: list[str] = field(default_factory=list)             # named people who are not authors above
    people_mentions: list[Mention] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)               # as written
    url_mentions: list[Mention] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    topic_mentions: list[Mention] = field(default_factory=list)
    citations: list[Mention] = field(default_factory=list)
    conference: str = ""                                         # e.g. "ICML 2017", best guess
    abbreviations: list[Mention] = field(default_factory=list)   # acronyms not tied to a paper here;
                                                                 # value = catalog title or "" (unresolved)

    def to_json(self) -> dict:
        """The shape `eval/score.py` reads, plus offsets and rules."""
        return {
            "report": self.report.name,
            "conference": self.conference or None,
            "papers": [
                {
                    "title": p.display_title,
                    "surface": p.title,
                    "authors": p.authors,
                    "code_urls": p.code_urls,
                    "paper_url": p.paper_urls[0] if p.paper_urls else None,
                    "topics": p.topics,
                    "aliases": p.aliases,
                    "section": p.section,
                    "mentions": [
                        {"text": m.text, "start": m.start, "end": m.end, "rule": m.rule} for m in p.mentions
                    ],
                    **(p.link.to_json() if p.link else {"link_status": None}),
                }
                for p in self.papers
            ],
            "people": self.people,
            "urls": self.urls,
            "topics": self.topics,
        }


def in_report_order(extractions: Iterable[ReportExtraction]) -> Iterable[ReportExtraction]:
    """The extractions sorted by report name. A re-iterable marked `in_report_order` (the corpus
    store's slim copies, unpacked on each pass) already is, and is passed through, not materialised."""
    if getattr(extractions, "in_report_order", False):
        return extractions
    return sorted(extractions, key=lambda e: e.report.name)
