"""Plain data records passed between stages (no spaCy objects, so they pickle and cache)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Status = Literal["ok", "skipped", "error"]


@dataclass
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


@dataclass
class Mention:
    """A span of `Report.text` tagged as a paper, person, url or topic."""

    kind: Literal["paper", "person", "url", "topic", "citation"]
    text: str                 # == report.text[start:end]
    start: int
    end: int
    rule: str                 # which rule produced it (for debugging and review)
    score: float = 1.0
    value: str = ""           # normalised value (title, "First Last", url, topic label)


@dataclass
class PaperRecord:
    """A paper named in one report, with everything tied to it there."""

    title: str
    mentions: list[Mention] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    author_mentions: list[Mention] = field(default_factory=list)
    code_urls: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)     # acronyms / short names seen in the report
    section: str = ""                                     # heading of the section it sits in
    section_start: int = 0                                # text offsets of that section
    section_end: int = 0
    score: float = 1.0

    @property
    def start(self) -> int:
        return min((m.start for m in self.mentions), default=0)


@dataclass
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

    def to_json(self) -> dict:
        """The shape `eval/score.py` reads, plus offsets and rules."""
        return {
            "report": self.report.name,
            "conference": self.conference or None,
            "papers": [
                {
                    "title": p.title,
                    "authors": p.authors,
                    "code_urls": p.code_urls,
                    "topics": p.topics,
                    "aliases": p.aliases,
                    "section": p.section,
                    "mentions": [
                        {"text": m.text, "start": m.start, "end": m.end, "rule": m.rule} for m in p.mentions
                    ],
                }
                for p in self.papers
            ],
            "people": self.people,
            "urls": self.urls,
            "topics": self.topics,
        }
