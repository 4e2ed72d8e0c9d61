"""Merge the same paper and the same person across reports into entities with stable ids.

Papers: a paper linked to the catalog (accepted) is keyed by its canonical title; others by their
normalised title, blocked by pairs of their rarest words and merged when rapidfuzz
token_sort_ratio >= 90 and both name the same numbers ("Deep Voice 2" is not "Deep Voice 3").
People: same normalised name. A surname-only author of a linked paper takes the full name of the
catalog author with that surname; any other surname-only mention joins a full name only with evidence
in every report that names it alone: the full name is an author of the same paper, or the one person
of that surname the report names.
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from extract.models import CatalogLink, ReportExtraction, in_report_order
from extract.text.names import name_key, surname_key
from extract.text.normalise import norm_text, numbers_in

TITLE_MERGE = 90.0


@dataclass(slots=True)
class PaperEntity:
    id: str
    title: str
    variants: list[str] = field(default_factory=list)
    reports: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    code_urls: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    n_mentions: int = 0
    link: CatalogLink | None = None                     # the accepted link, or the best review case

    @property
    def accepted_link(self) -> CatalogLink | None:
        return self.link if self.link is not None and self.link.status == "accepted" else None


@dataclass(slots=True)
class PersonEntity:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    reports: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)      # "author", "person"
    alias_reports: dict[str, list[str]] = field(default_factory=dict)   # surface form -> reports using it


@dataclass(slots=True)
class Resolution:
    papers: list[PaperEntity]
    people: list[PersonEntity]
    paper_of: dict[tuple[str, int], str]                # (report, paper index) -> paper id
    person_of: dict[str, str]                           # name_key -> person id
    person_in: dict[tuple[str, str], str] = field(default_factory=dict)   # (report, name_key) -> id, where it differs

    def release_entities(self) -> None:
        """Let go of the paper and person entities once the tables hold them (at 20,000 reports a few
        hundred MB); the id maps, which the mentions table and extractions.jsonl read, stay."""
        self.papers = []
        self.people = []

    def person(self, report: str, name: str) -> str:
        """The person id of `name` as written in `report` ("" when unknown): a surname alone may be a
        known full name in one report and nobody in particular in another."""
        key = name_key(name)
        return self.person_in.get((report, key)) or self.person_of.get(key, "")


def _id(prefix: str, key: str) -> str:
    return prefix + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


def _add(xs: list[str], x: str) -> None:
    if x and x not in xs:
        xs.append(x)


def resolve(extractions: Iterable[ReportExtraction]) -> Resolution:
    """Entities for every paper and person of the corpus (deterministic: independent of report order).

    Three passes over the extractions, each reading one report at a time (the corpus store unpacks
    them afresh on each pass): word counts and surnames; papers; people."""
    extractions = in_report_order(extractions)
    # Pass 1: each title's key and the corpus's word counts, full names by surname, and the catalog's
    # full names for surnames written alone.
    title_keys: dict[tuple[str, int], str] = {}
    full_by_last: dict[str, set[str]] = defaultdict(set)
    seen_full: dict[str, set[str]] = defaultdict(set)
    for ex in extractions:
        for i, p in enumerate(ex.papers):
            title_keys[(ex.report.name, i)] = norm_text(p.display_title)
        for n in [a for p in ex.papers for a in p.authors] + list(ex.people):
            k = name_key(n)
            if len(k.split()) > 1:
                full_by_last[k.split()[-1]].add(k)
        _catalog_full_names(ex, seen_full)
    df = Counter(w for key in title_keys.values() for w in set(key.split()))
    from_catalog = {k: next(iter(v)) for k, v in seen_full.items() if len(v) == 1}

    # Pass 2: papers.
    papers: list[PaperEntity] = []
    keys: list[str] = []
    exact: dict[str, int] = {}
    by_pair: dict[tuple[str, str], list[int]] = defaultdict(list)
    paper_of: dict[tuple[str, int], str] = {}
    authors_of_paper: dict[str, set[str]] = defaultdict(set)   # paper id -> author name keys, across reports
    for ex in extractions:
        for i, p in enumerate(ex.papers):
            key = title_keys[(ex.report.name, i)]
            match = exact.get(key)
            pairs = _blocking_pairs(key, df)
            if match is None:
                # Near-duplicates share at least two of their three rarest words: a handful of
                # candidates, scored in C, instead of every title that shares any word.
                cands = sorted({c for pair in pairs for c in by_pair.get(pair, ())})
                hits = process.extract(key, [keys[c] for c in cands], scorer=fuzz.token_sort_ratio, score_cutoff=TITLE_MERGE,
                                       limit=5) if cands else []
                # "Deep Voice 2" and "Deep Voice 3" are different papers however alike the words.
                match = next((cands[h[2]] for h in hits if numbers_in(keys[cands[h[2]]]) == numbers_in(key)), None)
            if match is None:
                match = len(papers)
                papers.append(PaperEntity(_id("P", key), p.title))
                keys.append(key)
                for pair in pairs:
                    by_pair[pair].append(match)
            exact.setdefault(key, match)
            ent = papers[match]
            if p.link is not None and (ent.link is None or (p.link.status, p.link.score) > (ent.link.status, ent.link.score)):
                ent.link = p.link
            _add(ent.variants, p.title)
            _add(ent.reports, ex.report.name)
            for a in p.authors:
                _add(ent.authors, a)
            for u in p.code_urls:
                _add(ent.code_urls, u)
            for t in p.topics:
                _add(ent.topics, t)
            ent.n_mentions += len(p.mentions)
            paper_of[(ex.report.name, i)] = ent.id
            authors_of_paper[ent.id].update(name_key(a) for a in p.authors)
    # Canonical title: the catalog's when linked, else the longest variant (usually the fullest).
    for ent in papers:
        ent.title = ent.accepted_link.canonical_title if ent.accepted_link else max(ent.variants, key=len)

    # Pass 3: people.
    surface: dict[str, tuple[str, set[str], set[str]]] = {}
    evidenced: list[tuple[str, str, str, str, str]] = []   # full key, surface, report, role, surname key
    for ex in extractions:
        evidence = _surname_evidence(ex, paper_of, authors_of_paper, full_by_last)
        names = [(a, "author") for p in ex.papers for a in p.authors] + [(n, "person") for n in ex.people]
        for n, role in names:
            k = name_key(n)
            if not k:
                continue
            if k in evidence:
                evidenced.append((evidence[k], n, ex.report.name, role, k))
                continue
            disp, reps, roles = surface.setdefault(k, (n, set(), set()))
            reps.add(ex.report.name)
            roles.add(role)
    for full in sorted(set(from_catalog.values())):
        k = name_key(full)
        if k not in surface:
            surface[k] = (full, set(), set())
    canonical: dict[str, str] = {k: name_key(from_catalog[k]) if k in from_catalog else k for k in surface}
    people: dict[str, PersonEntity] = {}
    person_of: dict[str, str] = {}
    for k in sorted(surface):
        ck = canonical[k]
        person = people.setdefault(ck, PersonEntity(_id("A", ck), surface[ck][0]))
        disp, reps, roles = surface[k]
        if reps:  # a full name only the catalog gave is the entity's name, not one of its aliases
            _add(person.aliases, disp)
            person.alias_reports[disp] = sorted(set(person.alias_reports.get(disp, [])) | reps)
        for r in sorted(reps):
            _add(person.reports, r)
        for r in sorted(roles):
            _add(person.roles, r)
        person_of[k] = person.id
    person_in: dict[tuple[str, str], str] = {}
    for full, disp, rep, role, k in evidenced:
        person = people[canonical.get(full, full)]
        _add(person.aliases, disp)
        person.alias_reports[disp] = sorted(set(person.alias_reports.get(disp, [])) | {rep})
        _add(person.reports, rep)
        _add(person.roles, role)
        person_in[(rep, k)] = person.id
    for person in people.values():
        person.reports.sort()
        person.roles.sort()
    return Resolution(papers, sorted(people.values(), key=lambda p: p.id), paper_of, person_of, person_in)


def _surname_evidence(ex: ReportExtraction, paper_of: dict[tuple[str, int], str], authors_of_paper: dict[str, set[str]],
                      full_by_last: dict[str, set[str]]) -> dict[str, str]:
    """Surname key -> the full name key a surname written alone stands for in this report: the one
    full name with that surname among the authors of the same paper (across reports), else the one
    the report itself names. Without such evidence ("Zhao & Zhang, 2015" in a report naming no
    Zhang) the surname stays a person of its own."""
    rep = ex.report.name
    named = {name_key(n) for n in [a for p in ex.papers for a in p.authors] + list(ex.people)}
    papers_of: dict[str, set[str]] = defaultdict(set)   # surname -> ids of the papers it authors here
    for i, p in enumerate(ex.papers):
        for a in p.authors:
            papers_of[name_key(a)].add(paper_of[(rep, i)])
    found: dict[str, str] = {}
    for k in named:
        fulls = full_by_last.get(k)
        if len(k.split()) != 1 or not fulls:
            continue
        same_paper = {f for f in fulls if any(f in authors_of_paper[pid] for pid in papers_of.get(k, ()))}
        here = same_paper or (fulls & named)
        if len(here) == 1:
            found[k] = next(iter(here))
    return found


def _blocking_pairs(key: str, df: Counter) -> list[tuple[str, str]]:
    """Pairs of the title's three rarest words (ties broken alphabetically): the blocking keys."""
    words = sorted(set(key.split()), key=lambda w: (df[w], w))[:3]
    if len(words) == 1:
        return [(words[0], "")]
    return [(a, b) for i, a in enumerate(words) for b in words[i + 1:]]


def _catalog_full_names(ex: ReportExtraction, seen: dict[str, set[str]]) -> None:
    """Add to `seen` (surname key -> full catalog names) the surname-only authors of this report's
    linked papers; a surname stands for a catalog name only when every linked paper that names it
    agrees on one (resolve keeps those)."""
    for p in ex.papers:
        link = p.accepted_link
        if link is None:
            continue
        by_last = defaultdict(list)
        for full in link.authors:
            last = surname_key(full)
            if last:
                by_last[last].append(full)
        for a in p.authors:
            k = name_key(a)
            if k and len(k.split()) == 1 and len(by_last.get(k, [])) == 1:
                seen[k].add(by_last[k][0])
