"""Is a candidate title a paper? A logistic model over what the report shows around it.

The segmenter says where a title is; whether that title is a paper depends on its surroundings:
author names and paper links come with papers; area names, programme labels, talk titles and note
fragments do not; list items are alike (a list of papers, or a list of notes); a nested note under a
record is not a record; sentence-case fragments with pronouns read as prose. The features below are
all of that kind (no word of any report), and their weights (`data/paper_judge.json`) are fitted by
`training/train_judge.py` on annotated reports, checked by leaving each report out in turn.
"""
from __future__ import annotations

import json
import math
import re
from bisect import bisect_left, insort
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import islice, takewhile
from urllib.parse import urlsplit

from extract.mentions.links import BETWEEN_LISTED_LINKS_RE, is_label_anchor, is_paper_label, link_kind
from extract.mentions.prose import coauthors_before
from extract.mentions.records import (
    AFFILIATION_AFTER_RE,
    COINED_NAME_RE,
    DASH_TITLE_CONFIDENCE,
    LINK_LABEL_WORDS,
    NOTE_ON_IT_RE,
    PAPER_LABEL_WORDS,
    YEAR_TOKEN_RE,
    Candidate,
    byline_item_at,
    caps_ratio,
    lines_below,
    names_of_a_names_line,
    opens_with_author_field,
    written_url,
)
from extract.mentions.segmenter import TITLE_SMALL_WORDS
from extract.text.lexicon import is_area_phrase, is_english_word, venues
from extract.text.structure import Block, Structure, front_matter_end
from extract.text.units import (
    AWARD_SECTION_RE,
    FOLLOWING_EVENTS,
    NOTE_FIELD_LINE_RE,
    NOTES_PARTS,
    PAPER_SECTION_RE,
    TALK_SECTION_RE,
    TALKS_NOT_PAPERS,
    Unit,
    bold_line,
    model_section,
)

JUDGE_NAME = "paper_judge.json"
DEFAULT_THRESHOLD = 0.5
_FUNCTION = frozenset("i we you he she they it this that these those is are was were be been has have had do does did can could "
                      "will would should may might must not no our their my his her its there here very also just so".split())
_DASH_NAMES_RE = re.compile(r"^[\s*_]*(?:[–—-]|,\s*by|:)\s*[*_]*$")
# "Great. We cite": a sentence ends inside (not "vs. X", "Dr. X" or an initial).
_SENTENCE_BREAK_RE = re.compile(r"\b(?!vs\.|al\.|Dr\.|Mr\.|Ms\.|St\.)[A-Za-z][A-Za-z0-9-]*[a-z][.!] [A-Z]")
# A sentence's opening word and its comma ("Finally, on the organisational side, ..."): none of the catalogue's
# 155k titles opens so.
_DISCOURSE_OPENER_RE = re.compile(r"(?:finally|also|additionally|moreover|furthermore|however|in addition|besides|overall|lastly|"
                                  r"then|next|meanwhile|similarly|likewise|interestingly|unfortunately|fortunately),\s", re.I)
# ... or a note's "i.e." / "e.g." inside ("AI+: Providing end-to-end AI solutions, i.e. AI-as-a-service"): none holds one.
_NOTE_ABBREVIATION_RE = re.compile(r"\b(?:i\.e|e\.g)\.", re.I)

# Words that make a line a programme label or a talk, not a paper: "Session 2", "Keynote: ...".
# "Opening", "Closing", "Social" and "Course" open real titles too ("Opening the Black Box of ...",
# "Social Widget Retrieval"): they are labels only alone or with a word like "remarks".
LABEL_RE = re.compile(
    r"^(?:(?:day|session|track|part|chapter|section|week)\s*\d+[a-z]?\b|main conference\b|(?:keynote|invited talk|invited (?:live )?q&a|tutorial|workshop|panel|"
    r"q&a|poster session|lunch|coffee|reception|dinner)s?\b|plenar(?:y|ies)\b|"
    # a break, alone or with its time ("Break", "Coffee Break (30 min)", "Break: 10:30"; not "BREAK: Breaking the ...", an
    # acronym heading its title, nor "Break-It-Fix-It: ...")
    r"(?:(?:coffee|lunch|tea)\s+)?breaks?(?=\s*$|\s*\(|\s+[-–—]|\s*[:–—]\s*(?:\d|$))|"
    r"(?:opening|closing|social|course)s?(?:\s+(?:remarks?|events?|sessions?|ceremony|hour|night|gathering|dinner|keynotes?|plenar(?:y|ies)|address(?:es)?))?"
    r"\s*(?:$|[:\-–—(])|"
    # a programme slot named by what it holds, alone on its line ("Best Paper", "Test of Time Award", "Posters Tue")
    r"(?:(?:best|outstanding|distinguished)(?: \w+){0,2}? (?:papers?|posters?|demos?|presentations?|reviewers?)(?: awards?)?|"
    r"test of time(?: awards?)?(?: honou?rable mentions?)?(?: #?\d+)?|honou?rable mentions?(?: #?\d+)?|"
    r"(?:posters?|orals?|spotlights?)(?: sessions?)?(?: (?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)?|"
    r"(?:table of )?contents)\s*$|"   # (an issue's or a post's "Table of Contents" over its entries)
    # a field of a paper's notes ("Baselines: MUNIT, DRIT", "Metrics: FID, LPIPS", "TL;DR: ...")
    r"(?:baselines?|metrics?|tl;dr|(?-i:tldr|Tldr)|takeaways?|pros|cons|limitations?|key ideas?|motivation|venue|conference|published|"
    r"affiliations?|institutions?|keywords|tags|(?-i:[Dd]ate))\s*(?::|$)|"   # (not "DATE: Widget ...", an acronym)
    # a field of a record, not in capitals (an acronym may open a title: "DATA: ..."), perhaps qualified
    # ("Author(Institute): ...", "Reviewer: ...") or alone
    r"(?-i:(?![A-Z]{2}))(?:code|summary|results?|reviewers?|authors?|notes?|comments?|remarks?)(?:\s*\([^()]{1,30}\))?\s*(?::|$)|"
    # ... or the author field of one of them ("Presenting Author: Ana Souza", "Corresponding author: ...")
    r"(?-i:(?![A-Z]{2}))(?:presenting|lead|first|last|senior|corresponding|contact|main|co-?)\s*(?:authors?|speakers?|presenters?)\s*(?::|$)|"
    # the datasets a paper uses: a name or two, or a list ("Dataset: MovieLens", "Datasets: MIND; Bing News";
    # not "Datasets: A Community Library for ...", a title)
    r"(?-i:(?![A-Z]{2}))(?:datasets?|data)\s*:\s*(?:[^\s;,]+(?:\s+[^\s;,]+)?\s*(?:[;,].*)?)?$)",
    re.I)
# A programme's schedule: a time of day or a date ("Live Events on July 12th (PDT): Panel from 09:30 AM").
_SCHEDULE_RE = re.compile(r"\b\d{1,2}:\d\d\s*(?:[ap]\.?m\b|-|–)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)\b"
                          r"|\b\d{1,2}(?:st|nd|rd|th)\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
                          r"|\b\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s*[-–]\s*\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b", re.I)   # ("1-5pm")
_AWARD_WORD_RE = re.compile(r"\bawards?\b", re.I)
_INSTITUTION_IN_BRACKETS_END_RE = re.compile(r"\((?=[^()]*\b(?:University|Institute|Laborator(?:y|ies)|Academy|College)\b)[^()]*\)\s*$")
_EVENT_NAME_RE = re.compile(r"\b(?:annual meeting of|conference on|proceedings of the|symposium on)\b", re.I)
_TALK_WORD_RE = re.compile(r"\b(?:workshop|tutorial|keynote|panel|course|challenge|competition|symposium|meetup|talk)s?\b", re.I)
_NUMBERED_RE = re.compile(r"^\s*(?:[A-Z]?\d+(?:\.\d+)*[.):]|[A-Z][.)]|\(?[ivx]+\)|#\d+)\s", re.I)


_LIST_SPLIT_RE = re.compile(r"\s*(?:,|&|/|;|\band\b|\+)\s*")


def _is_area_list(title: str) -> bool:
    """A list of short noun phrases ("Image & Video Synthesis and Generation", "Self-, Semi-, &
    Unsupervised Learning"): how conferences name sessions and areas, not papers."""
    parts = [p for p in _LIST_SPLIT_RE.split(title) if p.strip()]
    if len(parts) < 2 or not re.search(r",|&|/|\+", title):
        return False
    return all(len(p.split()) <= 3 and not any(w.lower() in _FUNCTION for w in p.split()) for p in parts)


def _a_list_of_single_words(title: str) -> bool:
    """Three words or more, commas between and no "and" ("SuperPoint, LIFT, SIFT, ORB"): methods or products listed, a
    sentence's subject. (No title in the catalogue's 155k has this shape; "Look, Listen and Learn" has its "and".)"""
    parts = title.split(", ")
    return len(parts) >= 3 and all(p and " " not in p for p in parts)


@dataclass
class Context:
    """What the judge needs to know about the whole report."""

    structure: Structure
    candidate_blocks: set[int]                 # anchor blocks of record candidates
    list_share: dict[int, float]               # list id -> share of its items that are candidates
    list_evidence: dict[int, float]            # list id -> share of its items with authors or a paper link
    list_caps: dict[int, float]                # list id -> share of its items that are Title Case candidates
    note_lists: frozenset[int]                 # lists of two items or more, each ending with a full stop
    list_first: dict[int, int]                 # list id -> its first item's block
    list_size: dict[int, int]                  # list id -> its number of items
    shape_counts: dict[tuple, int]             # layout signature -> candidates of the report with it
    heading_texts: frozenset[str]              # the report's headings, casefolded


def build_context(structure: Structure, cands: list[Candidate], text: str) -> Context:
    blocks = structure.blocks
    # (A bare Title Case item is no record the items nested under it belong to: judged so, they were lost.)
    anchors = {c.unit.anchor for c in cands if c.unit is not None and not c.bare_item}
    items: dict[int, list[int]] = defaultdict(list)
    for b in blocks:
        if b.kind == "list_item":
            items[b.list_id].append(b.index)
    evidence_blocks = {c.unit.anchor for c in cands if c.unit is not None and (c.authors or _paper_link(c))}
    caps_blocks = {c.unit.anchor for c in cands if c.unit is not None and caps_ratio(c.title) >= 0.8 and len(c.title.split()) >= 3}
    share = {lid: sum(1 for i in idx if i in anchors) / len(idx) for lid, idx in items.items()}
    ev = {lid: sum(1 for i in idx if i in evidence_blocks) / len(idx) for lid, idx in items.items()}
    caps = {lid: sum(1 for i in idx if i in caps_blocks) / len(idx) for lid, idx in items.items()}
    # Lists whose items are sentences, or notes written as sentences ("• Random scaling." / "• Combination
    # with Widget Functions." / "• They propose ...").
    notes = frozenset(lid for lid, idx in items.items()
                      if len(idx) >= 2 and all(blocks[i].text(text).rstrip(" *_").endswith(".") for i in idx))
    shapes: dict[tuple, int] = defaultdict(int)
    for c in cands:
        if len(c.title.split()) >= 3 and (c.score >= 0.9 or (_paper_link(c) and caps_ratio(c.title) >= 0.8)):
            # (a record the segmenter doubts but that carries its paper's link counts too: "Title [https://arxiv...]"
            # lines, their URLs written out, are each read with less confidence than their shared layout deserves)
            shapes[_signature(c, structure)] += 1
    headings = frozenset(_bare_heading(b.text(text)) for b in blocks if b.kind == "heading")
    return Context(structure, anchors, share, ev, caps, notes, {lid: idx[0] for lid, idx in items.items()},
                   {lid: len(idx) for lid, idx in items.items()}, dict(shapes), headings)


def _bare_heading(heading: str) -> str:
    return heading.strip(" \t*_#:.").casefold()


def _the_tail_of_its_anchor(c: Candidate, text: str) -> bool:
    """A line read as a title that ends a link opened on a line above ("[22nd ACM Conference on Knowledge" /
    "Discovery and Data Mining (KDD)](site)"): a piece of a longer anchor, which prose reads whole."""
    return c.unit is not None and c.title_link is not None and "\n" in text[c.title_link.start : c.start]


_SENTENCE_BEFORE_RE = re.compile(r"\b[a-z]{2,}[ \t]*[*_]*\[?[*_]*$")


def _a_lower_case_link_in_a_sentence(c: Candidate, text: str) -> bool:
    """A line read as a record whose title is a link's anchor in lower case after a lower-case word ("... a network
    distribution and [systematically study](pdf) how graph ..."): words of a sentence linked to a paper, no title."""
    if c.unit is None or c.unit.kind not in ("line", "item") or c.title_link is None or not c.title[:1].islower():
        return False
    return _SENTENCE_BEFORE_RE.search(text, text.rfind("\n", 0, c.title_link.start) + 1, c.title_link.start) is not None


def _without_names_of_sections(accepted: list[Candidate], ctx: Context) -> list[Candidate]:
    """Without phrases in prose that repeat a heading not taken as a paper: the writer names a section of the
    report ('The next session I attended was "Big Data 2"' under "#### Big Data 2"). (A heading taken as a
    paper keeps its mentions in prose: "##### Title" and 'Hewitt and Manning, "Title"' are one paper.)"""
    papers = {_bare_heading(c.title) for c in accepted if c.unit is not None and c.unit.kind == "heading"}
    return [c for c in accepted if not (c.unit is None and (name := _bare_heading(c.title)) in ctx.heading_texts and name not in papers)]


def _signature(c: Candidate, structure: Structure) -> tuple:
    """How a candidate sits in the report's layout: reports repeat one layout for their papers,
    whatever the case their titles are written in (a sentence-case title under the same heading
    level, over the same "by Name" line, sits where its Title Case neighbours do)."""
    unit = c.unit
    if unit is None:
        return ("prose", c.rule)
    block = structure.blocks[unit.anchor]
    return (unit.kind, min(unit.depth, 3), block.level, len(block.lines) == 1, unit.section, c.title_link is not None,
            bool(c.authors))


def _paper_link(c: Candidate) -> bool:
    """A link to the paper in the record, or its URL written out on the title's line ("Title — https://arxiv...")."""
    return any(link.href and link_kind(link.href, "") == "paper" for link in c.links) \
        or (c.unit is not None and any(t.line == 0 and t.link < 0 and written_url(t.text) and link_kind(t.text, "") == "paper"
                                       for t in c.unit.tokens))


# A section of tutorials, keynotes or invited talks: its entries are talks named with their speakers
# ("## Tutorials" / "1. Introduction to Widgets, presented by Ana Souza (Widget U)"), not papers.
_TALKS_NOT_PAPERS_RE = re.compile(rf"\b(?:{TALKS_NOT_PAPERS})\b", re.I)
_FOLLOWING_EVENTS_RE = re.compile(FOLLOWING_EVENTS, re.I)
# ... what a section's name holds beside them when papers may be among its entries ("Workshops and Tutorials").
_PAPERS_BESIDE_TALKS_RE = re.compile(r"\bworkshops?\b|" + PAPER_SECTION_RE.pattern, re.I)


# A table's column of talks: "Talk | Speaker", "Keynote | Speaker | Slides".
_TALK_COLUMN_RE = re.compile(r"^\W*(?:(?:invited\s+)?talks?|keynotes?|tutorials?|lectures?|seminars?)\W*$", re.I)


# A programme line that opens with an invited talk's label, before its speaker and title ("| Invited Talk - [Ana Souza](url):
# *Title* |", "Keynote: Ana Souza - Title"): an invited talk's title is no paper's (a contributed talk's is).
_INVITED_TALK_LEAD_RE = re.compile(r"[\s|>*_#+-]*(?:\d{1,2}[.)]\s*)?(?:invited|keynote|plenary)(?:\s+(?:talks?|address|lecture|speech|speaker))?\b",
                                   re.I)


def _after_an_invited_talk_label(c: Candidate, text: str) -> bool:
    """Whether the candidate's line opens with an invited talk's label before it."""
    line_start = text.rfind("\n", 0, c.start) + 1
    return c.start - line_start < 200 and _INVITED_TALK_LEAD_RE.match(text, line_start, c.start) is not None \
        and c.start > line_start + 8


# A talk's tag in brackets opening its line, before the title (perhaps with a word the segmenter left out of it):
# "* [Tutorial] Widget Models for Gizmo Systems", "- (Keynote) ..." (not "[Workshop]", which may tag a workshop's paper).
# ... or a numbered talk's label: "* **Tutorial 1– Widget Models for Gizmo Systems**", "Keynote 2: ...".
_TALK_TAG_BEFORE_RE = re.compile(r"(?:[\[(](?:tutorial|keynote|invited\s+talk|panel)s?[\])][ \t]*(?:[\w-]+[ \t]+)?"
                                 r"|\b(?:tutorial|keynote|invited\s+talk)[ \t]+\d{1,2}[ \t]*[-–—:;][ \t]*[*_]{0,2})$", re.I)


def _tagged_as_a_talk(c: Candidate, text: str) -> bool:
    """A title after a talk's bracketed tag on its line, with no link to a paper: a talk."""
    line_start = text.rfind("\n", max(0, c.start - 60), c.start) + 1   # (a short way back: the tag sits right before)
    return _TALK_TAG_BEFORE_RE.search(text, max(line_start, c.start - 60), c.start) is not None and not _paper_link(c)


def _a_tutorial_or_keynote(c: Candidate) -> bool:
    """An entry with no link to a paper in a section named for tutorials or keynotes, in plural and
    nothing else a paper could be ("Tutorials", "Day 2: Keynotes", "The tutorials presented were as
    follows:"; not one talk's heading "Keynote 3: Title", over notes and then papers), or a row of a table
    whose title column is headed "Talk" or "Keynote": a talk, whatever its speakers make it look like."""
    if c.unit is not None and c.unit.kind == "row" and c.unit.header:
        cells = {t.cell for t in c.unit.tokens if c.start <= t.start < c.end}
        if len(cells) == 1 and (cell := cells.pop()) < len(c.unit.header) and _TALK_COLUMN_RE.match(c.unit.header[cell]):
            return not _paper_link(c)
    if c.unit is None or c.unit.section != "talks":
        return False
    label = c.unit.section_label.strip(" *_#:")
    if _FOLLOWING_EVENTS_RE.match(label):
        return not _paper_link(c)   # "the following workshops at the conference:" names its items for what they are
    # (a sentence that announces the list may run longer: "On Tutorials, the following were co-organised by our members:")
    if len(label.split()) > (15 if c.unit.section_label.rstrip(" *_").endswith(":") else 7) or not _TALKS_NOT_PAPERS_RE.search(label) or _PAPERS_BESIDE_TALKS_RE.search(label) \
            or re.search(r":\s*\S", label.split(" ", 2)[-1]):
        return False
    return not _paper_link(c)


def features(c: Candidate, text: str, ctx: Context) -> dict[str, float]:
    """Named feature values of one candidate."""
    f: dict[str, float] = {"bias": 1.0}
    title = c.title
    words = title.split()
    alpha = [w for w in words if w[:1].isalpha()]
    caps = caps_ratio(title)
    unit = c.unit
    kind = c.rule.split(".")[1] if c.rule.startswith("record.") else "prose"
    f[f"kind={kind}"] = 1.0
    f["crf"] = c.score if unit is not None else 0.0
    f["crf_low"] = 1.0 if unit is not None and c.score < 0.9 else 0.0
    f["authors"] = 1.0 if c.authors else 0.0
    f["authors2"] = 1.0 if len(c.authors) >= 2 else 0.0
    # "Title – A. Name", "Title, by A. Name": the names follow the title on its line after a dash.
    f["dash_names"] = 1.0 if c.authors and _DASH_NAMES_RE.match(text[c.end : c.authors[0][1]]) else 0.0
    f["venue"] = 1.0 if c.venue else 0.0
    anchor = text[c.title_link.start : c.title_link.end] if c.title_link else ""
    tk = link_kind(c.title_link.href, anchor) if c.title_link and c.title_link.href else ("empty" if c.title_link else "none")
    f[f"title_link={tk}"] = 1.0
    f["paper_link"] = 1.0 if _paper_link(c) else 0.0
    # A sentence-case title is still a title when it is the whole anchor of a link to the paper.
    f["paper_anchor_words4"] = 1.0 if tk == "paper" and len(title.split()) >= 4 and title[:1].isupper() else 0.0
    f["label_link"] = 1.0 if any(is_label_anchor(text[link.start:link.end]) for link in c.links if link is not c.title_link) else 0.0
    f["code_link"] = 1.0 if any(link.href and link_kind(link.href, text[link.start:link.end]) == "code" for link in c.links) else 0.0
    n = len(words)
    f["words1"] = 1.0 if n == 1 else 0.0
    f["words2_3"] = 1.0 if 2 <= n <= 3 else 0.0
    f["words15"] = 1.0 if n >= 15 else 0.0
    f["caps_hi"] = 1.0 if caps >= 0.8 else 0.0
    f["caps_lo"] = 1.0 if caps < 0.5 else 0.0
    # (a name with a capital inside is no lower-case start: "iSAM: Incremental ...", "eBLEU: ...")
    f["starts_lower"] = 1.0 if title[:1].islower() and not any(ch.isupper() for ch in words[0]) else 0.0
    f["colon"] = 1.0 if ":" in title else 0.0
    f["question"] = 1.0 if title.endswith("?") else 0.0
    func = sum(1 for w in alpha if w.lower() in _FUNCTION)
    f["function_words"] = min(func, 3) / 3
    # An area name ("Reinforcement Learning") heads sections; one with its authors after it is a title.
    f["area"] = 1.0 if not c.authors and is_area_phrase(re.sub(r"\([^)]*\)", " ", title)) else 0.0
    f["label"] = 1.0 if LABEL_RE.match(title) or _SCHEDULE_RE.search(title) else 0.0
    talk = _TALK_WORD_RE.search(title)
    f["talk_word"] = 1.0 if talk else 0.0
    # ... that names the candidate a talk: near its start, or in a short name ("Keynote: X", "The Widget
    # Challenge"), not a word of a long title's end ("...: Initial approach and current challenges")
    f["talk_head"] = 1.0 if talk and (n <= 4 or len(title[: talk.start()].split()) < 3) else 0.0
    # An award's name ("The Test of Time Award: ...", "Best Paper Awards"): no title of 155k holds the word.
    # (Not in the model's weights: it only keeps the candidate from being taken.)
    f["award_name"] = 1.0 if _AWARD_WORD_RE.search(title) else 0.0
    # ... nor a conference's name with no subtitle after it ("Attending the 60th Annual Meeting of the Association for
    # ..."): of the catalogue's 155k titles, 3 prefaces ("Preface: Conference on Widget Theory (CWT), 2031").
    event = _EVENT_NAME_RE.search(title)
    f["event_name"] = 1.0 if event and ":" not in title[event.end() :] else 0.0
    # ... nor a team's or a lab's name with its institution in brackets ("Widget-Lab-United (University of Gizmo
    # Science)"): no title of the catalogue's ends with an institution in brackets.
    team = _INSTITUTION_IN_BRACKETS_END_RE.search(title)
    f["team_name"] = 1.0 if team and len(title[: team.start()].split()) <= 3 else 0.0
    f["digits"] = 1.0 if re.search(r"\d", title) else 0.0
    f["area_list"] = 1.0 if _is_area_list(title) else 0.0
    # A "!" inside a title is a device of many ("Copy That! Editing ...": 177 of the catalogue's 155k titles,
    # 52 with ". X"); in the whole anchor of a link, in a line's whole emphasis ("__“Nah, it’s annoying!” A Deep
    # Dive into ...__") or in a table's whole cell but its venue tag ("| Everyone’s a Winner! On ... (RecSys 2031) |"), it
    # ends no sentence.
    whole_anchor = (bool(anchor) and anchor.strip(" *_") == title) or _whole_emphasised_line(c) or _whole_cell_but_its_venue(c)
    f["sentence_break"] = 1.0 if _SENTENCE_BREAK_RE.search(title.replace("! ", ", ") if whole_anchor else title) \
        or _DISCOURSE_OPENER_RE.match(title) or _NOTE_ABBREVIATION_RE.search(title) else 0.0
    if unit is not None:
        block = ctx.structure.blocks[unit.anchor]
        f[f"section={model_section(unit.section)}"] = 1.0
        f["nested"] = 1.0 if unit.depth >= 2 else 0.0
        parent = block.parent
        while parent >= 0 and ctx.structure.blocks[parent].kind != "list_item":
            parent = ctx.structure.blocks[parent].parent
        f["under_record"] = 1.0 if parent >= 0 and parent in ctx.candidate_blocks else 0.0
        if block.kind == "list_item":
            share = ctx.list_share.get(block.list_id, 0.0)
            f["list_share"] = share
            f["list_evidence"] = ctx.list_evidence.get(block.list_id, 0.0)
            f["list_caps"] = ctx.list_caps.get(block.list_id, 0.0)
        first = unit.tokens[0]
        line0 = text[first.start : unit.tokens[-1].end].split("\n", 1)[0]
        f["numbered"] = 1.0 if _NUMBERED_RE.match(line0) or (block.kind == "list_item" and block.ordered) else 0.0
        f["label_line"] = 1.0 if LABEL_RE.match(line0.lstrip("#*-+ \t")) else 0.0
        f["internal_link"] = 1.0 if c.title_link is not None and c.title_link.href.startswith("#") else 0.0
        f["standalone"] = 1.0 if block.kind in ("paragraph", "heading") and len(block.lines) == 1 else 0.0
        # A Title Case line of its own with a paragraph of commentary after it (plain-text notes).
        f["title_then_prose"] = 1.0 if f["standalone"] and unit.next_long and caps >= 0.8 and n >= 2 else 0.0
        same = ctx.shape_counts.get(_signature(c, ctx.structure), 0) - (1 if c.score >= 0.9 and n >= 3 else 0)
        f["same_layout"] = min(same, 10) / 10
        titled = caps >= 0.8 and n >= 3
        f["titled_papers"] = 1.0 if titled and unit.section == "papers" else 0.0
        f["titled_bare"] = 1.0 if titled and not c.authors and not f["paper_link"] else 0.0
    else:
        f[f"rule={c.rule}"] = 1.0
    return f


@lru_cache(maxsize=1)
def _weights() -> tuple[dict[str, float], float]:
    data = json.loads(resources.files("extract").joinpath("data", JUDGE_NAME).read_text(encoding="utf-8"))
    return data["weights"], float(data.get("threshold", DEFAULT_THRESHOLD))


def probability(feats: dict[str, float], weights: dict[str, float] | None = None) -> float:
    w = weights if weights is not None else _weights()[0]
    z = sum(w.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def session_title(c: Candidate, f: dict[str, float]) -> bool:
    """A title line of its own in a part of the report that announces papers ("Session 2 - ...",
    "Orals", "Papers I liked"): Title Case, 3-20 words, not a label, an area or a sentence. Plain-text
    reports list their papers this way, with nothing else to tell them apart; the logistic model,
    fitted on reports that mostly mark their papers up, underrates them."""
    return (c.unit is not None and f.get("standalone") == 1.0 and f.get("section=papers") == 1.0 and f["caps_hi"] == 1.0
            and 3 <= len(c.title.split()) <= 20 and not c.title.endswith(".") and c.score >= 0.5
            and not (_names_no_paper(f) or f["function_words"] > 0.34))


AUTHOR_FIELD_FLOOR = 0.1


def _whole_cell_but_its_venue(c: Candidate) -> bool:
    """Whether the candidate's title is all of one table cell's words, or all of them before a bracket that closes the
    cell ("| Title (WCLR 2031) |"), or all of a line that closes with its venue tag."""
    unit = c.unit
    if unit is None or not (unit.kind == "row" or (unit.kind == "line" and unit.venue_tag)):
        return False
    cells = {t.cell for t in unit.tokens if c.start <= t.start < c.end}
    if len(cells) != 1:
        return False
    cell = cells.pop()
    toks = [t for t in unit.tokens if t.cell == cell and t.line == 0]
    before = [t for t in toks if t.end <= c.start and t.text[:1].isalnum()]
    after = [t for t in toks if t.start >= c.end]
    return not before and (not after or (after[0].text == "(" and after[-1].text == ")"))


def _whole_emphasised_line(c: Candidate) -> bool:
    """Whether the candidate's title line is all in bold or italics, the title all of it (no word outside the emphasis)."""
    if c.unit is None:
        return False
    line = [t for t in c.unit.tokens if t.line == 0]
    return len(line) >= 3 and all(t.strong or t.em for t in line if t.text[:1].isalnum()) \
        and all(c.start <= t.start and t.end <= c.end for t in line if t.text[:1].isalnum())


def _over_an_author_field(c: Candidate, f: dict[str, float], p: float) -> bool:
    """A heading or line over an author field that names its authors ("## Whose widgets are gizmos:
    an audit" / "**Authors**: A, B"): a record however its title is cased (the model, fitted on
    Title Case records, doubts sentence-case titles)."""
    if c.unit is None or c.unit.kind not in ("heading", "line") or not c.authors or p < AUTHOR_FIELD_FLOOR \
            or not opens_with_author_field(c.unit.tokens) or _names_no_paper(f) or f["sentence_break"]:
        return False
    field_start = next(t.start for t in c.unit.tokens if t.line == 1)
    return any(start >= field_start for _, start, _ in c.authors)   # (the names are the field's, not a citation's on the title's line)


def _over_a_byline_item(c: Candidate, f: dict[str, float], p: float, text: str) -> bool:
    """A heading that is a title alone, over a list whose first item is its byline ("### Title" / "- Ana Bear et al."
    / "- notes ..."), as notes on talk after talk are laid out: a paper."""
    if c.unit is None or c.unit.kind != "heading" or p < AUTHOR_FIELD_FLOOR or _names_no_paper(f) or f["sentence_break"]:
        return False
    line_end = text.find("\n", c.end)
    return line_end > 0 and not text[c.end : line_end].strip(" \t*_#") and byline_item_at(text, line_end + 1) is not None


def _names_with_affiliations(c: Candidate, f: dict[str, float], p: float, text: str) -> bool:
    """A line whose title is followed by names with their affiliations in brackets, two or more of them
    ("Title Ana Souza (Widget University)*, Ben Park (Gizmo Labs), ..."), as a programme lists its
    papers: a record however its title is cased (the model doubts a sentence-case title)."""
    if c.unit is None or c.unit.kind == "heading" or len(c.authors) < 2 or p < AUTHOR_FIELD_FLOOR \
            or _names_no_paper(f) or f["sentence_break"] or any(s < c.end for _, s, _ in c.authors):
        return False
    # (names grouped by affiliation have it after the group's last: "A, B (Widget U); C (Gizmo Labs)")
    return AFFILIATION_AFTER_RE.match(text, c.authors[-1][2]) is not None \
        and sum(1 for _, _, e in c.authors if AFFILIATION_AFTER_RE.match(text, e)) >= 2


# Words of the report's writer, not of a paper's title.
_THE_WRITERS_WORDS = frozenset("my our thanks thank".split())   # (not "I", "we": "Widgets, Part I", "Are We There Yet?")


def _in_the_writers_words(title: str) -> bool:
    """Whether a line speaks as the report's writer ("Thanks to my co-organisers", "Our lab at the poster")."""
    return any(w.lower() in _THE_WRITERS_WORDS for w in re.findall(r"[^\W\d_]+", title))


def _over_its_byline_and_abstract(c: Candidate, f: dict[str, float], p: float, text: str) -> bool:
    """A line of its own over a byline of two names or more, the byline over a paragraph of prose (its
    abstract, or a note on it): a paper's entry on a listing or award page, however its title is cased
    (the model, fitted on Title Case records, doubts "Learning widgets of widgets" over "Ana Souza, Ben Park").
    A panel or a workshop over its speakers and a description is no paper."""
    if c.unit is None or c.unit.kind != "line" or len(c.authors) < 2 or p < AUTHOR_FIELD_FLOOR or _names_no_paper(f) \
            or f["talk_word"] or f["sentence_break"] or c.title.endswith(".") or not 3 <= len(c.title.split()) <= 25 \
            or any(w.lower() in _CLAUSE_VERBS for w in c.title.split()) or _in_the_writers_words(c.title):
        return False   # ("Thanks to my co-organisers" over their names and a paragraph: the writer's own words)
    toks = c.unit.tokens
    if any(t.line == 0 and t.start >= c.end and t.text.isalnum() for t in toks) or not any(t.line == 1 for t in toks) \
            or any(s < c.end for _, s, _ in c.authors):
        return False   # (the title is its line's whole text; the names are on the next line)
    end = toks[-1].end
    line_end = text.find("\n", end)
    if text[end : line_end if line_end >= 0 else len(text)].strip(" .,;*_"):
        return False   # (the byline is its line's whole text)
    nxt = text[line_end:].lstrip().split("\n", 1)[0] if line_end >= 0 else ""
    return nxt.lower().startswith("abstract") or (len(nxt.split()) >= 20 and bool(re.search(r"[a-z]{2}[.!?](?:\s|$)", nxt)))


_NAME_LIST_SEPARATORS = frozenset({",", ";", "and", "&", "*", "†", "‡", "·", "|"})


def _names_only_below(c: Candidate) -> bool:
    """The candidate's names, two or more, fill the line under its title, with only their separators
    between them ("Ana Souza, Ben Park and Chidi Okafor")."""
    below = c.unit.line_tokens(1) if c.unit is not None else []
    if len(c.authors) < 2 or not below or any(s < below[0].start or e > below[-1].end for _, s, e in c.authors):
        return False
    spans = [(s, e) for _, s, e in c.authors]
    return all(t.text in _NAME_LIST_SEPARATORS or t.text.isdigit() or any(s <= t.start and t.end <= e for s, e in spans)
               for t in below)


def _over_names_like_a_taken_record(doubted: list[tuple[Candidate, float, dict[str, float]]],
                                    accepted: list[Candidate], threshold: float) -> list[Candidate]:
    """Doubted lines of three words or more over a line of names only, where the report has a taken
    record of that layout ("Intriguing properties of widgets" / "Ana Souza, Ben Park, Chidi Okafor"
    under "Gizmo Estimation by Widgets" / "Dana Levi, Emil Novak"): the report lists papers so,
    however a title is cased (the model doubts sentence-case ones). A lone line over names may thank
    the organisers."""
    if not any(c.unit is not None and c.unit.kind in ("line", "item") and _names_only_below(c) for c in accepted):
        return []
    out = [c for c, p, f in doubted
           if c.unit is not None and c.unit.kind in ("line", "item") and p >= AUTHOR_FIELD_FLOOR and not _names_no_paper(f)
           and not f["sentence_break"] and 3 <= len(c.title.split()) <= 25 and _names_only_below(c) and not _in_the_writers_words(c.title)]
    for c in out:
        c.score = threshold
    return out


TAKEN_OVER_NAMES_MIN = 3   # linked titles taken, each alone on its line over a line of names, at the least


def _linked_titles_over_names_like_taken_ones(doubted: list[tuple[Candidate, float, dict[str, float]]],
                                             accepted: list[Candidate], threshold: float, text: str) -> list[Candidate]:
    """Doubted linked titles alone on their lines, each over a line of names only (the names in a paragraph of their own,
    which the unit does not read: `_over_names_like_a_taken_record` asks the unit), on a page where three linked titles
    or more so laid out are taken and most of them are ("[18. Pebble games - Time and space to differentiate a
    program](url)" / "" / "JinGuo Liu" among Title Case posters): the page lists its papers so, however a title is
    cased. Not a label, an area or a talk the model names so."""
    def laid_out(c: Candidate) -> bool:
        if c.title_link is None or c.unit is None or c.unit.kind != "line":
            return False
        lines = lines_below(text, c)
        return bool(lines) and bool(names_of_a_names_line(text, lines[0]))

    n_taken = sum(1 for c in accepted if laid_out(c))
    doubted_so = [(c, f) for c, p, f in doubted if laid_out(c)]
    if n_taken < TAKEN_OVER_NAMES_MIN or n_taken < len(doubted_so):
        return []
    out = [c for c, f in doubted_so if len(c.title.split()) >= 3 and not _names_no_paper(f)
           and not names_of_a_names_line(text, (c.start, c.end))]
    for c in out:
        c.score = threshold
    return out


def _title_case_line(c: Candidate, f: dict[str, float], p: float, fewest_words: int) -> bool:
    """A line or list item whose title is Title Case, `fewest_words` to 25 words, no label, area or talk
    and no sentence, and that the model does not find very unlikely: what the layout rules below may take."""
    return c.unit is not None and c.unit.kind in ("line", "item") and p >= AUTHOR_FIELD_FLOOR and f["caps_hi"] == 1.0 \
        and fewest_words <= len(c.title.split()) <= 25 and not _names_no_paper(f) and not f["sentence_break"]


def _over_its_written_url(c: Candidate, f: dict[str, float], p: float, text: str, blocks: list[Block]) -> bool:
    """A Title Case line of three words or more over a line that is one URL written out, nothing else
    ("Interactive Widget Estimation using a Soft Gizmo" / "https://lab.example.org/projects/gizmo/"), as a
    plain-text post lists papers with their pages: a record (the model, which reads no link there, doubts it)."""
    if c.unit is None or not _title_case_line(c, f, p, 3):
        return False
    below = c.unit.line_tokens(1)
    if not below and c.unit.kind == "line" and c.unit.anchor + 1 < len(blocks):
        # (... or over a list of its URLs written out: "Title" / "- https://arxiv.org/abs/..." / "- https://github.com/...")
        after = blocks[c.unit.anchor + 1]
        words = after.text(text).split() if after.kind == "list_item" and after.item == 0 else []
        return len(words) == 1 and written_url(words[0])
    if not below and c.unit.kind == "item" and c.unit.anchor + 1 < len(blocks):
        # (... or a list item over the next item of its list, a paper's URL written out and nothing else: notes that
        # list "- Title" / "- https://openreview.net/forum?id=..." one under the other)
        item, after = blocks[c.unit.anchor], blocks[c.unit.anchor + 1]
        words = after.text(text).split() if after.kind == "list_item" and after.list_id == item.list_id else []
        return len(words) == 1 and after.item == item.item + 1 and written_url(words[0]) and link_kind(words[0]) == "paper"
    return len(below) == 1 and below[0].link < 0 and written_url(below[0].text)


# A title's last sentence that names where the work comes from: a few capitalised words, "&" or "and" between them.
_TRAILING_AFFILIATION_RE = re.compile(r"(?<=[a-z0-9)])\.[ \t]+[A-Z][\w.-]*(?:[ \t]+(?:&|and|[A-Z][\w.-]*)){0,4}\.?$")


def _without_a_trailing_affiliation(c: Candidate, text: str) -> None:
    """Cut "Widget Nets for Gizmo Parsing. Widgetco & Gizmo U" at its full stop, where the affiliation was read with the
    title (plain text sets it off with no markup)."""
    m = _TRAILING_AFFILIATION_RE.search(c.title)
    if m is None or len(c.title[: m.start()].split()) < 3:
        return
    head = c.title[: m.start()]
    if text.startswith(head, c.start):
        c.end = c.start + len(head)
    c.title = head


def _over_its_labelled_written_urls(c: Candidate, f: dict[str, float], p: float) -> bool:
    """A Title Case line of three words or more over a line of labelled URLs written out, nothing else ("Widget
    Nets for Gizmo Parsing. Widgetco" / "Paper (https://arxiv.org/abs/...) Github (https://...)"): a plain-text
    report's record, its links' labels written as words (a sentence break after the title is its affiliation's)."""
    if c.unit is None or c.unit.kind not in ("line", "item") or p < AUTHOR_FIELD_FLOOR or f["caps_hi"] != 1.0 \
            or not 3 <= len(c.title.split()) <= 25 or _names_no_paper(f):
        return False
    below = [t.text for t in c.unit.line_tokens(1)]
    urls = [w for w in below if written_url(w)]
    return bool(urls) and below[0].lower() in LINK_LABEL_WORDS \
        and all(written_url(w) or w.lower() in LINK_LABEL_WORDS or w in "()[]:|,·-" for w in below)


# A list item that is a link's label and its URL, nothing else (the URL may be missing yet): "arXiv：https://arxiv.org/abs/...",
# "github(PyTorch)：https://...", "Code:", "Paper: None".
# (the label may come in two languages: "论文/Paper: http://arxiv.org/pdf/...", "代码/Code: None")
_LABELLED_LINK_ITEM_RE = re.compile(r"\s*(?:[^\s/:：]{1,8}\s*/\s*)?([A-Za-z][\w-]{0,15})(?:\s*\([^()\n]{1,20}\))?\s*[:：]\s*"
                                    r"(https?://\S+|none|n/a|-|)\s*$", re.I)


def _over_a_list_of_its_labelled_links(c: Candidate, f: dict[str, float], p: float, text: str, blocks: list[Block]) -> bool:
    """A Title Case line (or one of four words or more) alone in its paragraph, the whole of it the title, right over a
    list whose items are each a link's label and its URL, one at least a URL, the first label a link's word ("**Widget
    Nets for Gizmo Parsing**" / "- arXiv：<https://arxiv.org/abs/...>" / "- github：<https://github.com/...>"): a record of
    a papers-with-code list."""
    # (in sentence case too, four words or more: "**Hierarchical widget learning improves gizmo parsing**")
    return p >= CUE_FLOOR and (f["caps_hi"] == 1.0 or (len(c.title.split()) >= 4 and c.title[:1].isupper())) \
        and not _names_no_paper(f, but=("area", "area_list")) and 2 <= len(c.title.split()) <= 30 \
        and over_its_labelled_links(c, text, blocks)


def over_its_labelled_links(c: Candidate, text: str, blocks: list[Block]) -> bool:
    """The line of `c` is its whole paragraph and the title, right over a list of labelled links (see above)."""
    if c.unit is None or c.unit.kind != "line":
        return False
    return blocks[c.unit.anchor].text(text).strip(" *_") == c.title and labelled_links_below(text, blocks, c.unit.anchor)


def labelled_links_below(text: str, blocks: list[Block], at: int) -> bool:
    """Block `at` is a paragraph of one line right over a list (under the same heading) whose items are each a link's
    label and its URL, one at least a URL, the first label a link's word: "- arXiv：https://..." / "- github：https://..."."""
    block = blocks[at]
    if block.kind != "paragraph" or len(block.lines) != 1 or at + 1 >= len(blocks):
        return False
    first = blocks[at + 1]
    if first.kind != "list_item" or first.item != 0 or first.heading != block.heading:
        return False
    matches = [_LABELLED_LINK_ITEM_RE.fullmatch(b.text(text)) for b in list_below(blocks, at)]
    return all(matches) and any(m.group(2).lower().startswith("http") for m in matches if m) \
        and (m0 := matches[0]) is not None and m0.group(1).lower() in LINK_LABEL_WORDS


def list_below(blocks: list[Block], at: int) -> list[Block]:
    """The items of the list that opens right below block `at`, up to the next block outside it (no scan of the rest of
    the report: this is asked for every one-line paragraph)."""
    first = blocks[at + 1]
    items = []
    for b in blocks[first.index :]:
        if b.list_id == first.list_id:
            items.append(b)
        elif b.parent < 0:
            break
    return items


# A table header cell that names a column of titles, nothing else: "Paper", "Title", "Paper title", "Papers".
_TITLE_HEADER_RE = re.compile(r"\W*(?:paper(?:'?s)?|titles?|paper titles?|publications?)\W*", re.I)


def _in_a_title_column(c: Candidate, f: dict[str, float], p: float) -> bool:
    """A table row's whole cell under a header of titles ("Paper | Why I liked it"), three words or more
    and Title Case, not a label or a sentence: the table lists papers, names or links may be in no column."""
    if c.unit is None or c.unit.kind != "row" or p < AUTHOR_FIELD_FLOOR or f["caps_hi"] != 1.0 \
            or not 3 <= len(c.title.split()) <= 25 or _names_no_paper(f) or f["sentence_break"]:
        return False
    cells = {t.cell for t in c.unit.tokens if c.start <= t.start < c.end}
    if len(cells) != 1:
        return False
    cell = cells.pop()
    header = c.unit.header
    return 0 <= cell < len(header) and bool(_TITLE_HEADER_RE.fullmatch(header[cell])) \
        and all(c.start <= t.start < c.end for t in c.unit.tokens if t.cell == cell and t.text not in "*_`")


def _over_a_notes_field(c: Candidate, f: dict[str, float], p: float, text: str, structure: Structure) -> bool:
    """A Title Case line of its own over a line (not a heading) that only labels the writer's notes on it
    ("Deep Widget Matching: A Design Space Exploration" / "Summary" / "This paper proposes ..."), as a
    reading report lists papers: a record (the model, with no names or link to go on, doubts it)."""
    if c.unit is None or not _title_case_line(c, f, p, 2) or c.unit.line_tokens(1):
        return False
    below = _line_below(structure, c.unit.anchor, c.unit.tokens[-1].end)
    return below is not None and below[0].kind != "heading" and NOTE_FIELD_LINE_RE.fullmatch(text, *below[1]) is not None


def _line_below(structure: Structure, anchor: int, start: int) -> tuple[Block, tuple[int, int]] | None:
    """The first line starting at or after `start` in the block `anchor` or the two after it, with its block."""
    for block in islice(structure.blocks, anchor, anchor + 3):
        line = next((line for line in block.lines if line[0] >= start), None)
        if line is not None:
            return block, line
    return None


# A record's field that gives its paper ("- paper: [https://arxiv.org/abs/…](…)", "PDF: …"), even left empty ("paper: []()").
_PAPER_FIELD_LINE_RE = re.compile(r"[\s*_>+-]*(?:paper|pdf|arxiv|openreview|full\s+paper)[\s*_]*[:：]", re.I)
# A link's field whose name does not say what it gives ("- Link：[https://arxiv.org/pdf/…](…)", "URL: <…>"): its first URL.
_LINK_FIELD_URL_RE = re.compile(r"[\s*_>+-]*(?:links?|urls?)[\s*_]*[:：][\s*_]*[\[<(]?(https?://[^\s()\[\]<>]+)", re.I)
_MARKUP_RE = re.compile(r"[\s*_#>+-]+")   # marks around a line's words


def _over_its_paper_field(c: Candidate, f: dict[str, float], p: float, text: str, structure: Structure) -> bool:
    """A line of its own right over a field that gives its paper ("**Tracking widgets as points**" / "- paper:
    [link](…)" / "- code: …"), as an annotated list records its papers: a title however it is cased (the
    model, fitted mostly on Title Case, doubts a sentence-case one with no names or link on its line)."""
    if c.unit is None or c.unit.kind not in ("line", "heading") or p < CUE_FLOOR or c.authors or c.title.endswith(".") \
            or not (_a_cued_title_shape(c, f) or (f["caps_hi"] == 1.0 and len(c.title.split()) == 2 and not _names_no_paper(f))) \
            or _REVIEW_FIELD_RE.match(c.title):   # (not "Approach: many scores" over "Paper: <url>", a field of the notes)
        return False
    line_start = text.rfind("\n", 0, c.start) + 1
    line_end = text.find("\n", c.end)
    line_end = len(text) if line_end < 0 else line_end
    if len(_MARKUP_RE.sub("", text[line_start:line_end])) > len(_MARKUP_RE.sub("", c.title)) + 4:
        return False   # (the title is its line, nothing else on it but marks)
    below = _line_below(structure, c.unit.anchor, line_end + 1)
    for _ in range(PAPER_FIELD_AFTER):   # ("**Title**" / "- Homepage: <url>" / "- Paper: <url>": a field or two before it)
        if below is None or below[0].kind == "heading":
            return False
        if _PAPER_FIELD_LINE_RE.match(text, *below[1]) or ((url := _LINK_FIELD_URL_RE.match(text, *below[1]))
                                                            and link_kind(url.group(1), "") == "paper"):
            return True   # ("Link：<arXiv URL>": a paper's link, whatever the field is called)
        if not _URL_FIELD_LINE_RE.match(text, *below[1]):
            return False
        below = _line_below(structure, below[0].index, below[1][1] + 1)
    return False


PAPER_FIELD_AFTER = 3   # the lines read under a title for its paper field: the paper's own, or two other links' before it
# A field that gives a link ("- Homepage: https://…", "Project page: [https://…](…)", "Video: <https://…>").
_URL_FIELD_LINE_RE = re.compile(r"[\s*_>+-]*\w+(?:[ -]\w+)?[\s*_]*[:：][\s*_]*[\[<(]?(?:https?://|www\.)", re.I)



def _in_a_list_of_sentence_case_titles(c: Candidate, f: dict[str, float], text: str, ctx: Context) -> bool:
    """An item of a top-level list under a heading that names papers ("## Accepted Papers"), the segmenter
    reading the whole item as a title, in a list whose items are nearly all candidates of one layout: a title
    in sentence case ("- Binary embedding-based retrieval at widgetco"), which the model, trained mostly on
    title case, doubts. Not a sentence (no full stop, no sentence inside, no verb of a note opening it:
    "Traces the evolution of ..."), not a label, an area or a talk, and not a list a sentence announced
    as something else ("All of the current methods have drawbacks:" / "- Slow to generate large ...")."""
    n = len(c.title.split())
    if c.unit is None or c.unit.kind != "item" or f.get("section=papers") != 1.0 or f["caps_lo"] != 1.0 \
            or f["crf"] < _WHOLE_ITEM_CRF or f.get("list_share", 0.0) < _LIST_OF_TITLES_SHARE or f.get("same_layout", 0.0) < 0.3 \
            or f["nested"] or f.get("under_record") or not 3 <= n <= 25 or not c.title[:1].isupper() or c.title.endswith(".") \
            or f["sentence_break"] or _names_no_paper(f) or _opens_with_a_verb_of_a_note(c.title) or _NEGATED_VERB_RE.search(c.title):
        return False
    structure = ctx.structure
    block = structure.blocks[c.unit.anchor]
    if block.list_id in ctx.note_lists or ctx.list_size.get(block.list_id, 0) < 2:
        return False   # (a list whose items end in full stops is one of notes; one item makes no list of titles)
    lead = _list_lead(ctx, block)
    lead_text = lead.text(text).rstrip() if lead is not None and lead.kind == "paragraph" else ""
    return not (lead_text.endswith(":") and not _PAPER_ANNOUNCED_RE.search(lead_text))


def _opens_with_a_verb_of_a_note(title: str) -> bool:
    """"Achieves the improvements without ...", "Traces the evolution of ...": a verb in the third person, what
    a note says a paper does (a word in -s whose stem is a word; not "Towards", "Across")."""
    word = title.split(maxsplit=1)[0].lower()
    if len(word) < 5 or not word.endswith("s") or word.endswith(("ss", "us", "is")) or word in ("towards", "across", "versus"):
        return False
    return is_english_word(word[:-1]) or (word.endswith("es") and is_english_word(word[:-2]))


_NEGATED_VERB_RE = re.compile(r"\b(?:do|does|did|is|are|was|were|can|could)\s+not\b|\bcannot\b|n[’']t\b", re.I)   # a note's clause
_WHOLE_ITEM_CRF = 0.8   # the segmenter's confidence that the item is all title
_LIST_OF_TITLES_SHARE = 0.8   # the share of the list's items that are candidates


# The features that read a candidate as no paper: a programme's label, an area, a talk, an award, an event, a team.
_NO_PAPER_FEATURES = ("label", "label_line", "area", "area_list", "talk_head", "award_name", "event_name", "team_name")


def _names_no_paper(f: dict[str, float], *, but: tuple[str, ...] = ()) -> bool:
    """The candidate reads as a programme label, an area or a talk (the rules that take a doubted
    candidate on layout evidence leave these to the model); `but` names features not asked."""
    return any(f.get(k) for k in _NO_PAPER_FEATURES if k not in but)


# A cue in the sentence names the phrase as a paper ("in their X paper", "a work called X",
# "X (Author et al., 2019)", a quoted title after "paper"): the cue is the evidence, so a
# plausible phrase is taken unless the model finds it very unlikely.
CUE_RULES = frozenset({"prose.x_paper", "prose.called", "prose.acronym_work", "prose.in_x_the_authors", "prose.paper_x",
                       "prose.title_citation", "prose.x_is_a_paper", "prose.follow_up", "prose.quoted", "prose.x_on_title_by",
                       "prose.title_authored_by", "prose.cued_emphasis", "prose.paper_x_stop", "prose.seen_title_by", "prose.pick_was_title_by",
                       "prose.field_table", "prose.poster_colon_x", "prose.title_then_links", "prose.award_went_to", "prose.award_aside_went_to", "prose.runner_up_was",
                       "prose.poster_that_colon_x", "prose.presented_colon_title", "prose.pick_was_title_venue_by", "prose.etal_presented_title", "prose.etal_possessive_title",
                       "prose.possessive_poster_on_x", "prose.possessive_work_on_x", "prose.favourite_was_title", "prose.award_for_x",
                       "prose.nth_paper_is_title", "prose.line_before_paper_label", "prose.subtitled", "prose.title_et_al_line",
                       "prose.title_one_of_papers", "prose.title_surnames", "prose.title_presents", "prose.title_is_a_method",
                       "prose.listed_after_colon", "prose.title_after_repository", "prose.name_presented_title",
                       "prose.cited_presented_title", "prose.arxiv_id_title", "prose.between_dashes", "prose.award_paper"})
CUE_FLOOR = 0.03   # only a very unlikely phrase is turned down


# A note-taker's heading for a paper: the venue and year glued or spaced, the first author's surname, a colon and the
# title as the writer shortened it ("## WCLR2031 Souza: sparse widget kernels {#anchor}", "- WCLR 2031 Park et al.: ...").
VENUE_YEAR_SURNAME_RE = re.compile(r"(?m)^[ \t#>*_+-]*([A-Za-z]{2,8})[ \t]?'?((?:19|20)?\d\d)(?:[ \t]*\([A-Za-z]{2,8}\))?[ \t]+"
                                   r"([A-Z][\w’'-]+)(?:[ \t]+et[ \t]+al\.?)?[ \t]*:[ \t]+(?=\S)")


def _headed_by_venue_and_surname(c: Candidate, text: str) -> bool:
    """A record whose line opens with a venue, its year and its one author's surname before a colon, the title right
    after it (the reading of papers.py found two such lines or more and gave it that author)."""
    if not c.venue or len(c.authors) != 1 or c.unit is None:
        return False
    m = VENUE_YEAR_SURNAME_RE.match(text, text.rfind("\n", 0, c.start) + 1)
    return m is not None and m.end() == c.start and c.authors[0][1] == m.start(3)


# The rest of a line after its title: a bracket of names that ends in "et al" ("Re-active learning (C.H. Lin, et al)").
_ET_AL_BRACKET_LINE_END_RE = re.compile(r"[ \t]*\([^()\n]{2,60}?,?[ \t]*et\.?[ \t]+al\.?[ \t]*\)[ \t]*:?[ \t]*(?:\n|$)")


def _titled_with_its_et_al_bracket(c: Candidate, f: dict[str, float], text: str) -> bool:
    """A line that is a title and its first author's name with "et al" in brackets, nothing else (a note's first line:
    "Re-active learning (C.H. Lin, et al)"): the bracket cites the paper the title names, whatever its case."""
    return c.unit is not None and c.unit.kind in ("line", "heading", "item") and bool(c.authors) and len(c.title.split()) >= 2 \
        and not f["sentence_break"] and not c.title.endswith("?") and _ET_AL_BRACKET_LINE_END_RE.match(text, c.end) is not None \
        and text[text.rfind("\n", 0, c.start) + 1 : c.start].strip(" \t#*_>-+0123456789.)") == ""


def judge(cands: list[Candidate], text: str, structure: Structure) -> list[Candidate]:
    """The candidates the model takes for papers, each with its probability as score."""
    ctx = build_context(structure, [c for c in cands if c.unit is not None], text)
    weights, threshold = _weights()
    out = []
    doubted: list[tuple[Candidate, float, dict[str, float]]] = []
    for c in cands:
        f = features(c, text, ctx)
        p = probability(f, weights)
        tagged_talk = _tagged_as_a_talk(c, text)
        if tagged_talk:
            f["talk_head"] = 1.0   # (read as the talk it is by every rule below, as the model reads a talk's heading)
        if (ctx.note_lists and _a_note_among_notes(c, f, text, ctx)) or _a_note_ending_in_a_name(c, f) or f["award_name"] or f["event_name"] or f["team_name"] \
                or _a_list_of_single_words(c.title) or _a_tutorial_or_keynote(c) or tagged_talk or _names_running_into_a_sentence(c, text) or _an_item_of_the_writers_points(c, text, ctx) \
                or _a_bold_term_and_its_gloss(c, text) or _a_field_and_its_value(c, text) \
                or _the_tail_of_its_anchor(c, text) or _a_lower_case_link_in_a_sentence(c, text) or _after_an_invited_talk_label(c, text) \
                or c.title.strip(" :：").lower() in LINK_LABEL_WORDS:   # ("- arXiv：<https://...>": a link's label, no title)
            doubted.append((c, p, f))
            continue
        if p >= threshold or session_title(c, f) or (c.rule in CUE_RULES and p >= CUE_FLOOR) or _over_an_author_field(c, f, p) \
                or _over_a_byline_item(c, f, p, text) \
                or _names_with_affiliations(c, f, p, text) or _over_its_written_url(c, f, p, text, structure.blocks) or _in_a_title_column(c, f, p) or _over_a_notes_field(c, f, p, text, structure) \
                or _over_its_paper_field(c, f, p, text, structure) \
                or (p >= CUE_FLOOR and (_linked_with_its_paper_label(c, text) or _quoted_after_its_byline(c, f, text))) \
                or _announced_by_a_colon(c, f, text, ctx) or (p >= CUE_FLOOR and _before_a_note_on_it(c, f, text, ctx)) \
                or (p >= CUE_FLOOR and _in_a_list_of_sentence_case_titles(c, f, text, ctx)) \
                or (p >= CUE_FLOOR and _emphasised_whole_then_its_byline(c, f, text)) \
                or (p >= CUE_FLOOR and _after_its_paper_label(c, f, text)) \
                or (p >= CUE_FLOOR and (_a_link_the_sentence_calls_a_paper(c, f, text) or _a_link_its_authors_tell_of(c, f, text))) \
                or _over_its_byline_and_abstract(c, f, p, text) or _over_its_labelled_written_urls(c, f, p) \
                or _over_a_list_of_its_labelled_links(c, f, p, text, structure.blocks) \
                or (p >= CUE_FLOOR and _a_line_over_a_note_on_it(c, f, text)) or (p >= CUE_FLOOR and _an_item_led_by_its_arxiv_link(c, f, text)) \
                or (p >= LIST_SIBLING_FLOOR and _headed_by_venue_and_surname(c, text)) \
                or (p >= LIST_SIBLING_FLOOR and _titled_with_its_et_al_bracket(c, f, text)):
            if f["sentence_break"] and _over_its_labelled_written_urls(c, f, p):
                _without_a_trailing_affiliation(c, text)
            c.score = max(p, threshold)
            out.append(c)
        else:
            doubted.append((c, p, f))
    blocks = structure.blocks
    out += _siblings(doubted, out, threshold, "item", lambda c: blocks[c.unit.anchor].list_id if c.unit else -1)
    # A table whose rows are mostly papers is a table of papers, as a list is.
    out += _siblings(doubted, out, threshold, "row", lambda c: blocks[c.unit.anchor].list_id if c.unit else -1, blocks=blocks)
    # Titles each a paragraph of one line, paper after paper, with no list markup: the run is their list
    # (a paragraph of several lines is a list of its own).
    runs = _runs_of_one_line_paragraphs(blocks)
    out += _siblings(_not_taken(doubted, out), out, threshold, "line",
                     lambda c: runs.get(c.unit.anchor, -2 - c.unit.anchor) if c.unit else -1, title_case=True)
    # Titles a line each in one paragraph, with no markup (a web page's list read as text): a run of such lines, half
    # of them taken, is their list, though prose lines around them share the paragraph.
    line_runs = _runs_of_candidate_lines(cands, blocks)
    out += _siblings(_not_taken(doubted, out), out, threshold, "line", lambda c: line_runs.get(id(c), -1), title_case=True,
                     share=LINE_RUN_SHARE)
    # "##### Title" over notes, paper after paper: the report's headings of one level are its list.
    out += _siblings(_not_taken(doubted, out), out, threshold, "heading",
                     lambda c: blocks[c.unit.anchor].level if c.unit else -1, title_case=True)
    out += _numbered_headings_over_papers(_not_taken(doubted, out), out, threshold, text, structure)
    out += _headings_over_code(_not_taken(doubted, out), threshold, text, structure)
    out += _over_names_like_a_taken_record(_not_taken(doubted, out), out, threshold)
    out += _linked_titles_over_names_like_taken_ones(_not_taken(doubted, out), out, threshold, text)
    out += _headings_over_their_paper_link(_not_taken(doubted, out), out, threshold, text, structure)
    out += _headings_shaped_like_taken_ones(_not_taken(doubted, out), out, threshold, text, structure)
    out += _headings_under_a_venue(_not_taken(doubted, out), out, threshold, text, structure)
    out += _headings_over_a_papers_review(_not_taken(doubted, out), threshold, text, structure)
    out += _bare_headings_of_one_level(_not_taken(doubted, out), threshold, structure)
    out += _linked_papers_listed_with_a_taken_one(_not_taken(doubted, out), out, threshold, text)
    out = _headings_over_papers(_without_bare_lines_among_linked_records(out, structure), text, structure)
    return _without_names_of_sections(out, ctx)


def _runs_of_candidate_lines(cands: list[Candidate], blocks: list[Block]) -> dict[int, int]:
    """Each line candidate of a paragraph of several lines by its run: the candidates on consecutive lines of one
    paragraph share a run (a line with no candidate ends it). Keyed by the candidate's id; runs numbered from 0."""
    by_block: dict[int, list[tuple[int, Candidate]]] = defaultdict(list)
    line_starts: dict[int, list[int]] = {}   # block -> where its lines start (made once: a paragraph may hold 4k lines)
    for c in cands:
        if c.unit is not None and c.unit.kind == "line" and len(blocks[c.unit.anchor].lines) > 1:
            if (starts := line_starts.get(c.unit.anchor)) is None:
                starts = line_starts[c.unit.anchor] = [s for s, _ in blocks[c.unit.anchor].lines]
            by_block[c.unit.anchor].append((bisect_left(starts, c.start + 1) - 1, c))
    out: dict[int, int] = {}
    run = -1
    for lines in by_block.values():
        last = -2
        for line, c in sorted(lines, key=lambda x: x[0]):
            if line > last + 1:
                run += 1
            out[id(c)] = run
            last = line
    return out


def _runs_of_one_line_paragraphs(blocks: list[Block]) -> dict[int, int]:
    """Each short top-level paragraph of one line (not prose a line long) by the first block of its run."""
    runs: dict[int, int] = {}
    for b in blocks:
        if b.kind == "paragraph" and b.parent < 0 and len(b.lines) == 1 and b.end - b.start <= _RUN_LINE_CHARS:
            before = runs.get(b.index - 1)
            runs[b.index] = b.index if before is None or blocks[b.index - 1].heading != b.heading else before
    return runs


_RUN_LINE_CHARS = 200   # a title and its link written out, at most

MARKED_RECORDS_MIN = 3   # linked records with their names in a report: its layout for a paper


def _without_bare_lines_among_linked_records(accepted: list[Candidate], structure: Structure) -> list[Candidate]:
    """In a report whose papers are linked titles with their names ("[Title](…)\\" / "Ana Souza (Widget U)"), three
    or more and at least as many as the plain lines of their own with no link, names or marks, such a line
    under the same heading as a linked record ("Contrastive Widget Learning:", "Score-Based Gizmo Modeling") is a
    note's head between the records, not a paper."""
    blocks = structure.blocks

    def heading(c: Candidate) -> int:
        return blocks[c.unit.anchor].heading if c.unit is not None else -2

    def bare(c: Candidate) -> bool:
        if c.unit is None or c.unit.kind != "line" or c.links or c.authors or c.venue:
            return False
        block = blocks[c.unit.anchor]
        return block.kind == "paragraph" and not any(e.start <= c.start and c.end <= e.end for e in block.emphasis)

    linked = Counter(heading(c) for c in accepted if c.unit is not None and c.title_link is not None and c.authors)
    n_linked, n_bare = linked.total(), sum(1 for c in accepted if bare(c))
    if n_linked < MARKED_RECORDS_MIN or n_linked < n_bare:
        return accepted
    return [c for c in accepted if not (bare(c) and linked[heading(c)])]


def _a_cued_title_shape(c: Candidate, f: dict[str, float]) -> bool:
    """Three to 25 words opening with a capital, read as no label, area, talk or sentence: what a layout's cue
    may take whatever its case."""
    return 3 <= len(c.title.split()) <= 25 and c.title[:1].isupper() and not _names_no_paper(f) and not f.get("sentence_break")


_EMPHASIS_CLOSES_BY_RE = re.compile(r"(\*\*?|__?)(,?\s+by\s+)?")


def _emphasised_whole_then_its_byline(c: Candidate, f: dict[str, float], text: str) -> bool:
    """A title that is a whole emphasis span, "by" and two names or more right after it ("*Path planning for
    gliders using iterative optimization* by Ana Souza and Ben Park"): the marks bound the title and the byline
    names its authors, in sentence case too (which the model, trained mostly on Title Case, doubts). Without "by",
    the names follow the marks at once and fill the rest of the line ("**Superposition of widgets into one**Ana
    Souza, Ben Park": a web page's bold title and its byline, the line break between them lost)."""
    if len(c.authors) < 2 or not _a_cued_title_shape(c, f):
        return False
    m = _EMPHASIS_CLOSES_BY_RE.match(text, c.start + len(text[c.start : c.end].rstrip()))
    if m is None or text[max(0, c.start - len(m.group(1))) : c.start] != m.group(1):
        return False   # (the same mark opens the span)
    if m.group(2) is None:
        line_end = text.find("\n", c.end)
        rest = text[c.authors[-1][2] : line_end if line_end >= 0 else len(text)]
        return c.authors[0][1] - m.end() <= 1 and not rest.strip(" \t.,;*_")
    # (the names follow "by": the first may be one the finder left out, "ANA SOUZA, Ben Park")
    return m.end() <= c.authors[0][1] <= m.end() + 40 and not any(ch in text[m.end() : c.authors[0][1]] for ch in ".!?\n")


# The word for a paper right before a linked title in a sentence: "The first talk [Title](url) presented by ...",
# "their paper [Title](url) shows ..." (a keynote or an invited talk is no paper's).
# (Plain text writes the link as its URL in brackets after the title: "Second talk was Title (https://...)".)
_PAPER_WORD_BEFORE_LINK_RE = re.compile(r"\b(?<!keynote )(?<!invited )(?:paper|talk|poster|preprint|presentation)(?:[ \t]+(?:was|is))?"
                                        r"[ \t]*[,:]?[ \t]*[*_“\"]*\[?[*_“\"]*$", re.I)


def _a_link_the_sentence_calls_a_paper(c: Candidate, f: dict[str, float], text: str) -> bool:
    if c.title_link is None or len(c.title.split()) < 3 or _names_no_paper(f) or c.rule not in ("prose.link", "prose.before_paper_url"):
        return False
    at = c.title_link.start if c.rule == "prose.link" else c.start
    # (... or after the paper's co-authors, set off by commas: "the joint paper with A and B, [Title](url), was ...")
    return _PAPER_WORD_BEFORE_LINK_RE.search(text, max(0, at - 40), at) is not None or bool(coauthors_before(text, at))


# "In [It's not widgets, it's gizmos: the impact of ...](url), we show ...": a sentence that opens with a linked
# phrase and goes on with what its authors did in it (the prose pattern "In Title, the authors ..." for a linked
# title in sentence case, commas and all). Not an anchor that opens in lower case ("In [the blog post](url), they").
_IN_A_LINK_BEFORE_RE = re.compile(r"(?:^|[.!?:]\s+|\n)[*_]*In[ \t]+[*_“\"]*\[?[*_“\"]*$")
_WHAT_ITS_AUTHORS_DID_RE = re.compile(r"[*_”\"]*\]?(?:\([^)\s]*\))?[*_”\"]*,\s+(?:we|they|the\s+authors)\s+[a-z]")


def _a_link_its_authors_tell_of(c: Candidate, f: dict[str, float], text: str) -> bool:
    if c.rule != "prose.link" or c.title_link is None or len(c.title.split()) < 4 or not c.title[:1].isupper() or _names_no_paper(f):
        return False
    at = c.title_link.start
    return _IN_A_LINK_BEFORE_RE.search(text, max(0, at - 12), at) is not None \
        and _WHAT_ITS_AUTHORS_DID_RE.match(text, c.title_link.end) is not None


# A link labelled as the paper opening the line, then a dash or colon: "- [Paper](url) - Title", "1. [PDF](url): Title".
# (a few words may go before the label: "- (1/2) Best [Paper](url) - Title")
_PAPER_LABEL_LEAD_RE = re.compile(rf"[ \t>]*(?:[-*+]|\d{{1,3}}[.)])?[ \t]*(?:[^\[\]\n]{{1,40}}?[ \t])?\[(?:{'|'.join(PAPER_LABEL_WORDS)})\]\([^)\s]*\)"
                                  r"[ \t]*[-–—:|][ \t]*$", re.I)


def _after_its_paper_label(c: Candidate, f: dict[str, float], text: str) -> bool:
    """A title right after a link labelled as the paper that opens its line ("- [Paper](url) - Widgets: assessing
    gizmos, uncovering issues"): the label is the cue, in sentence case too."""
    if c.unit is None or f.get("crf", 0.0) < DASH_TITLE_CONFIDENCE or not _a_cued_title_shape(c, f):
        return False   # (the segmenter's doubt is no bar: the label is the cue, and the fallback reads the words after it)
    return _PAPER_LABEL_LEAD_RE.fullmatch(text, text.rfind("\n", 0, c.start) + 1, c.start) is not None


# A sentence that ends by announcing a paper: "As for the paper of the day, it is a recent preprint:".
_PAPER_ANNOUNCED_RE = re.compile(r"\b(?:papers?|preprints?|submissions?|articles?|posters?|publications?|reading\s+list|proceedings?)\b[^.!?]*:$",
                                 re.I)


def _announced_by_a_colon(c: Candidate, f: dict[str, float], text: str, ctx: Context) -> bool:
    """A Title Case line of its own right after a paragraph whose last sentence names a paper and ends
    with a colon, or an item of a list that paragraph leads into with nothing but a title: the sentence is
    the cue (a paragraph of notes is not a list of papers, so the model, which has no section to go on,
    doubts the line)."""
    if c.unit is None or f["caps_hi"] != 1.0 or not 3 <= len(c.title.split()) <= 25 \
            or c.title.endswith(".") or _names_no_paper(f) or c.unit.anchor == 0:
        return False
    blocks = ctx.structure.blocks
    if f.get("standalone") == 1.0:
        return _announces_papers(blocks[c.unit.anchor - 1], text)
    block = blocks[c.unit.anchor]
    if c.unit.kind != "item" or block.depth != 1 or not _nothing_but_a_title(c) or text[c.end : block.end].strip(" .;,"):
        return False
    lead = _list_lead(ctx, block)
    return lead is not None and _announces_papers(lead, text)


def _announces_papers(block: Block, text: str) -> bool:
    """A paragraph whose last sentence names papers and ends with a colon ("Some articles I enjoyed:")."""
    return block.kind == "paragraph" and bool(_PAPER_ANNOUNCED_RE.search(block.text(text).rstrip()))


def _nothing_but_a_title(c: Candidate) -> bool:
    """A list item's candidate with nothing of a record beside its title: no names, links or venue."""
    return c.rule == "record.item" and not (c.authors or c.links or c.title_link is not None or c.venue)


# Verbs of a clause: a phrase with one is a sentence of notes, not a title in sentence case.
_CLAUSE_VERBS = frozenset("is are was were be been has have had do does did".split())


def _before_a_note_on_it(c: Candidate, f: dict[str, float], text: str, ctx: Context) -> bool:
    """The first sentence of an item in a list announced as papers ("Some articles I enjoyed:"), in
    any case, when the next sentence has the paper or its authors as subject ("- Towards widget
    parsing with gizmo networks. They generalize ..."): the announcement and the note are the cue
    (the model doubts a sentence-case phrase with no names or link; in a list of notes, "- Aggregates
    widgets. They use gizmos ..." is one more note)."""
    if c.unit is None or not _nothing_but_a_title(c) or _names_no_paper(f) or len(c.title.split()) < 4 \
            or any(w.lower() in _CLAUSE_VERBS for w in c.title.split()):
        return False
    m = re.match(r"\.\s+", text[c.end : c.end + 4])
    if m is None or (NOTE_ON_IT_RE.match(text, c.end + m.end()) is None
                     and not (caps_ratio(c.title) >= 0.8 and text[c.end + m.end() : c.end + m.end() + 1].isupper())):
        return False   # (... or the item's Title Case first sentence before any other: "Feedback Loss in Widget Chains. The ...")
    lead = _list_lead(ctx, ctx.structure.blocks[c.unit.anchor])
    return lead is not None and _announces_papers(lead, text)


# The first sentence of a note on a paper: it speaks of "this paper" or "the authors" ("Goal of this paper is to ...").
# (or, in Japanese, Chinese or Korean prose, the word for a paper early in it: "どんな論文か?", "这篇论文提出", "이 논문은")
_NOTE_ON_THE_PAPER_RE = re.compile(r"[^.!?\n]{0,120}?\b(?:(?:this|the)\s+(?:paper|work|preprint)|the\s+authors)\b"
                                   r"|[^\n.!?。！？]{0,20}?(?:論文|论文|논문)", re.I)
_PARAGRAPH_BREAK_RE = re.compile(r"[ \t]*\n[ \t]*\n[ \t]*")


def _a_line_over_a_note_on_it(c: Candidate, f: dict[str, float], text: str) -> bool:
    """A plain line of its own in any case, four words or more, a paragraph of its own, and the next paragraph
    opens with a sentence on "this paper" or "the authors" ("Learning to widget without gadgets by gadgets" / "Goal of
    this paper is to ..."): a plain-text report's title over its note (the model doubts a sentence-case line)."""
    if c.unit is None or c.unit.kind != "line" or c.authors or c.links or _names_no_paper(f) \
            or len(c.title.split()) < 4 or c.title.endswith((".", "?", "!")) or f.get("sentence_break"):
        return False
    if text[text.rfind("\n", 0, c.start) + 1 : c.start].strip() or text[c.start : c.end] != c.title:
        return False   # (the title is its line, as written)
    m = _PARAGRAPH_BREAK_RE.match(text, c.end)
    return m is not None and _NOTE_ON_THE_PAPER_RE.match(text, m.end()) is not None


def _list_lead(ctx: Context, block: Block) -> Block | None:
    """The block right above the first item of `block`'s list (the sentence or label that leads into it); None
    when the list opens the report."""
    first = ctx.list_first.get(block.list_id, block.index)
    return ctx.structure.blocks[first - 1] if first > 0 else None


def _a_note_ending_in_a_name(c: Candidate, f: dict[str, float]) -> bool:
    """An item of a list that is mostly not Title Case, with nothing of a record (names, links, a
    venue), whose second word of content is in lower case and whose capitals come from a name after
    it ("- Take 62 statements from the Political Compass Test (PCT)"): a note, however capitalised
    it looks."""
    if not _nothing_but_a_title(c) or f.get("list_caps", 1.0) >= 0.5:
        return False
    content = [w for w in c.title.split()[1:] if w[:1].isalpha() and w.lower() not in TITLE_SMALL_WORDS]
    return bool(content) and content[0][:1].islower() and caps_ratio(c.title) >= 0.5


# A term in bold and, after it, what it is in a sentence-case phrase ("**Scoping:** Decide on a problem to solve",
# "__Data__: Acquire data to model"): a list of steps or definitions, not a title ("**BERT:** Pre-training of Deep
# Bidirectional Transformers" is Title Case after its bold name).
_BOLD_COLON = r"(?::(?:\*\*|__)|(?:\*\*|__):)"   # the colon inside or right after a bold label's close
_BOLD_TERM_AND_GLOSS_RE = re.compile(rf"(?:\*\*|__)[^\W\d_][\w-]*(?:\s[\w-]+)?{_BOLD_COLON}\s+[A-Z][a-z]+(?:\s+[a-z][\w-]*)+[\s.]*$")


def _a_bold_term_and_its_gloss(c: Candidate, text: str) -> bool:
    return c.unit is not None and c.unit.kind == "item" and _BOLD_TERM_AND_GLOSS_RE.match(text[max(c.start - 2, 0) : c.end]) is not None


# A field's name in bold and its value, the title read across both ("**Research Interests:** Low-resource NLP",
# "**Author Bio:** Ana is a ..."): a profile's or a form's field. Not a name of papers or of an award ("**Best
# Paper:** Title", "**Oral:** Title"), whose value is a title, nor a model's name ("**BERT:** Pre-training of ...").
# (a possessive in it: "**Enrique's comment**: This was ...", the reader's notes on the record above)
_BOLD_FIELD_RE = re.compile(rf"(?:\*\*|__)([A-Z][a-z]+(?:['’]s)?(?:\s[A-Za-z][a-z]+){{0,2}}){_BOLD_COLON}\s+\S")
_FIELD_NOUNS = frozenset("bio biography keywords tags interests takeaway takeaways tldr summary affiliation affiliations "
                         "contact links venue notes comments note comment thoughts remarks".split())
_NAMES_A_PAPER_RE = re.compile(r"\b(?:best|honou?rable|outstanding|test|prize|title|mention|must|read|reading|my|our|favou?rite)\b", re.I)


def _a_field_and_its_value(c: Candidate, text: str) -> bool:
    m = _BOLD_FIELD_RE.match(text, max(c.start - 2, 0))
    if c.unit is None or c.unit.kind not in ("line", "item") or m is None or not c.title.startswith(m.group(1)) or len(c.authors) >= 2:
        return False   # (not "**Gizmo Reasoning**: I liked it. (Ana Souza, Ben Park)": a field names no authors)
    label = m.group(1)
    value = c.title[len(label) :].lstrip(" :")
    if label.split()[-1].lower() not in _FIELD_NOUNS and text.startswith(("**", "__"), m.end() - 1) \
            and len(value.split()) >= 6 and caps_ratio(value) >= 0.7:
        return False   # "**Aligned but Blind**: **Alignment Increases Implicit Widget Bias by ...**": a title's two parts, each
        # in bold (a field's value in bold is short: "**Main Result**: **Faster Than Gizmo Nets**")
    return (all(is_english_word(w) for w in label.split()) or label.split()[-1].lower() in _FIELD_NOUNS) and not (
        PAPER_SECTION_RE.search(label) or TALK_SECTION_RE.search(label) or AWARD_SECTION_RE.search(label) or _NAMES_A_PAPER_RE.search(label))


# A lead sentence that says its list holds the writer's points, not papers: "I noticed several aspects where I
# could improve:", "Some lessons I learned:".
_POINTS_ANNOUNCED_RE = re.compile(r"\b(?:aspects|lessons|tips|things|points|reasons|ways|observations|takeaways|suggestions|"
                                  r"mistakes|steps|rules|principles|pieces of advice)\b[^.!?]*:$", re.I)


def _an_item_of_the_writers_points(c: Candidate, text: str, ctx: Context) -> bool:
    """An item with no names or link in a list that a sentence ending in a colon announces as the writer's
    points ("I noticed several aspects where I could improve:" / "1. Telling a Good Story" / a paragraph):
    a point's head, however capitalised, not a paper."""
    if c.unit is None or c.unit.kind != "item" or c.authors or c.links:
        return False
    lead = _list_lead(ctx, ctx.structure.blocks[c.unit.anchor])
    if lead is None or lead.kind != "paragraph":
        return False
    points = _POINTS_ANNOUNCED_RE.search(lead.text(text).rstrip()[-200:])
    # (papers named after the points are what they are about: "Some lessons from the papers I read:")
    return points is not None and not _PAPER_ANNOUNCED_RE.search(points.group())


# After a name, the words of a sentence about the person, not about a paper of theirs ("..., Dr Ana Souza as
# president presented the work", "Ana Souza gave the opening talk"): a paper's authors "show", "propose", "present".
_SENTENCE_AFTER_NAME_RE = re.compile(r"[ \t]+(?:as|was|were|is|are|gave|chaired|co-?chaired|hosted|moderated|organi[sz]ed|led|who|whose)"
                                     r"[ \t]+\w")


def _names_running_into_a_sentence(c: Candidate, text: str) -> bool:
    """A line read as a record whose last name runs on, with no mark between, into a sentence about the person
    ("At the [Business Meeting](…), Dr Ana Souza as president presented the society's work"): the names are
    the sentence's subject, not a byline."""
    if not c.authors or c.unit is None or _SENTENCE_AFTER_NAME_RE.match(text, c.authors[-1][2]) is None:
        return False
    # (a linked title that is the link's whole anchor is a paper the sentence names: "In their paper [Title](…),
    # Ana Souza and Ben Park show that ...")
    anchor = text[c.title_link.start : c.title_link.end].strip(" *_\"“”") if c.title_link is not None else ""
    return anchor != c.title


def _a_note_among_notes(c: Candidate, f: dict[str, float], text: str, ctx: Context) -> bool:
    """An item of a list of notes that is one capitalised phrase and its full stop, the other items
    mostly not Title Case: a note that happens to be capitalised, not a paper (a list of titles ending
    in full stops is Title Case throughout, and a record there has its names, venue or link)."""
    if c.unit is None or not _nothing_but_a_title(c) or f.get("list_caps", 1.0) >= 0.5:
        return False
    block = ctx.structure.blocks[c.unit.anchor]
    return block.list_id in ctx.note_lists and block.text(text).strip(" *_").rstrip(".").strip(" *_") == c.title


def _quoted_after_its_byline(c: Candidate, f: dict[str, float], text: str) -> bool:
    """A reference written as a scholar's citation: its authors, then its title in quotes
    ('Vaswani, Ashish, et al. “Widgets are all you need.” Advances in ... (2031).'): the byline and the
    quotes are the cue, whatever the title's case (the model doubts a sentence-case title)."""
    if c.unit is None or not c.authors or _names_no_paper(f) or f["sentence_break"] or any(e > c.start for _, _, e in c.authors):
        return False
    if not _BYLINE_TO_QUOTE_RE.fullmatch(text, max(e for _, _, e in c.authors), max(0, c.start - 1)):
        return False   # ('Souza et al. propose a kind of "neural gizmo"': words of a sentence between the names and the quote)
    return text[max(0, c.start - 1) : c.start] in ("“", '"') and text[c.end : c.end + 2].lstrip(".,")[:1] in ("”", '"')


# What stands between a byline's last name and its quoted title: "et al.", a year in brackets, punctuation.
_BYLINE_TO_QUOTE_RE = re.compile(r"[\s,.:;–—-]*(?:et\.?\s*al\.?)?[\s,.:;–—-]*(?:\(\s*(?:19|20)\d\d[a-z]?\s*\)[\s,.:;–—-]*)?")


_ARXIV_PAPER_RE = re.compile(r"^https?://(?:www\.)?arxiv\.org/(?:abs|pdf)/\d{4}\.\d{4,5}")


def _an_item_led_by_its_arxiv_link(c: Candidate, f: dict[str, float], text: str) -> bool:
    """A list item that opens with a link to an arXiv paper whose anchor is the whole title, a coined name or Title
    Case words ("- [GizmoNet](https://arxiv.org/abs/...): how widgets ..."), under a talk's notes where the model
    doubts it: an arXiv page is one paper's, and its anchor names it."""
    link = c.title_link
    if c.unit is None or c.unit.kind != "item" or link is None or not _ARXIV_PAPER_RE.match(link.href) or _names_no_paper(f):
        return False
    anchor = text[link.start : link.end].strip()
    if c.title != anchor or text[text.rfind("\n", 0, link.start) + 1 : link.start].strip(" \t-*+[") != "":
        return False
    words = anchor.split()
    return bool(COINED_NAME_RE.fullmatch(anchor)) or (len(words) >= 2 and f.get("caps_hi") == 1.0)


def _linked_with_its_paper_label(c: Candidate, text: str) -> bool:
    """A link's anchor in prose whose own link is not the paper, with a link labelled as the paper
    later in its sentence ("Second talk was [Title](session page) by Widget Labs.([Paper](…pdf))"):
    the writer points at the anchor's paper, which is the cue."""
    if c.rule != "prose.link" or c.title_link is None or not c.title_link.href or len(c.title.split()) < 3:
        return False
    if link_kind(c.title_link.href, text[c.title_link.start : c.title_link.end]) == "paper":
        return False   # (the model weighs a title linked to its own paper)
    return any(link is not c.title_link and is_paper_label(link.href, text[link.start : link.end]) for link in c.links)


def _linked_papers_listed_with_a_taken_one(doubted: list[tuple[Candidate, float, dict[str, float]]], taken: list[Candidate],
                                           threshold: float, text: str) -> list[Candidate]:
    """A linked title in a sentence, linking to a paper, right before or after another linked title the judge took in
    the same list ("papers such as [A](pdf), [B](pdf), and [Multi-resolution, multi-task widgets](pdf)"): the list
    names papers, its commas and lower case notwithstanding."""
    # (the taken links' spans in text order: only the nearest one before a link and the nearest after it can be its
    # neighbours in a list, so each doubted link is compared with two, not with every taken one)
    linked = sorted((c.title_link.start, c.title_link.end) for c in taken if c.rule == "prose.link" and c.title_link is not None)
    out: list[Candidate] = []
    for c, p, f in doubted:
        link = c.title_link
        if c.rule != "prose.link" or link is None or not f.get("paper_link") or p < LIST_SIBLING_FLOOR or len(c.title.split()) < 3:
            continue
        i, j = bisect_left(linked, (link.start,)), bisect_left(linked, (link.start + 1,))   # (taken links before it; after it)
        before = linked[i - 1][1] if i > 0 else -1
        after = linked[j][0] if j < len(linked) else -1
        if (before >= 0 and BETWEEN_LISTED_LINKS_RE.fullmatch(text, before, link.start)) \
                or (after >= 0 and BETWEEN_LISTED_LINKS_RE.fullmatch(text, link.end, after)):
            c.score = threshold
            out.append(c)
            insort(linked, (link.start, link.end))
    return out


def _not_taken(doubted: list[tuple[Candidate, float, dict[str, float]]],
               taken: list[Candidate]) -> list[tuple[Candidate, float, dict[str, float]]]:
    """The doubted candidates equal to none taken, each compared only with those of its span and rule
    (equal candidates have them equal): `d not in taken` compared every pair, field by field."""
    by_span: dict[tuple[int, int, str], list[Candidate]] = {}
    for c in taken:
        by_span.setdefault((c.start, c.end, c.rule), []).append(c)
    return [d for d in doubted if not any(d[0] == c for c in by_span.get((d[0].start, d[0].end, d[0].rule), ()))]


def _headings_over_papers(accepted: list[Candidate], text: str, structure: Structure) -> list[Candidate]:
    """A heading right above a list whose items are papers names what they are about ("### Maximum
    Inner Product Search" over "- Title [[DOI]](...)"), and so does a list item over a nested list of
    papers, unless the heading or the item has names or links of its own. So does a bold label line
    ending in a colon right above a paper with its names or links ("**Widget Track**:" over
    "Title<br/>_A, B_"): a heading in all but its markup."""
    blocks = structure.blocks
    records = [c.unit for c in accepted if c.unit is not None and _names_or_links(c)]
    # (a record may be one line of its item: "- A, B. [Link](url)" / "  **Title.**" / "  *Venue*")
    paper_lists = {blocks[u.anchor].list_id for u in records if u.kind == "item" or blocks[u.anchor].kind == "list_item"}
    record_blocks = {u.anchor for u in records}
    # lists of papers with their names: a heading right above one is their category, even one linked
    # to a page of its own ("### [*Session A4: Browsers*](.../tree/main/Session%20A4)")
    named_lists = {blocks[b].list_id for c in accepted if c.unit is not None and c.authors
                   for b in c.unit.blocks if blocks[b].kind == "list_item"}
    # ... and a heading right above such a heading, a level up ("## [Venue 2031](page)" / "### [Session](page)")
    categories: set[int] = set()
    for at in range(len(blocks) - 2, -1, -1):
        below = blocks[at + 1]
        if blocks[at].kind == "heading" and ((below.kind == "list_item" and below.list_id in named_lists)
                                             or (below.kind == "heading" and below.level > blocks[at].level and at + 1 in categories)):
            categories.add(at)
    list_sizes = Counter(b.list_id for b in blocks)
    # paragraphs of one line taken as papers: a heading right above two of them is their category, as one over a list is
    taken_lines = {c.unit.anchor for c in accepted if c.unit is not None and c.unit.kind == "line"
                   and blocks[c.unit.anchor].kind == "paragraph" and len(blocks[c.unit.anchor].lines) == 1}
    taken_under = Counter(blocks[b].heading for b in taken_lines)   # ... how many of them under each heading
    out = []
    named_sections: set[str] = set()   # the headings so left out, by their text
    for c in accepted:
        unit = c.unit
        if unit is not None and unit.kind == "heading" and unit.anchor in categories and _only_its_own_site_link(c):
            continue
        if unit is not None and unit.kind == "heading" and not _names_or_links(c) and c.end <= blocks[unit.anchor].end \
                and unit.anchor + 1 in taken_lines and blocks[unit.anchor + 1].heading == unit.anchor \
                and taken_under[unit.anchor] >= 2:
            named_sections.add(c.title.casefold())
            continue   # "## Learning with Less Data" over "Title" / "Title" / "[Title](url)", a paragraph each
        if unit is None or _names_or_links(c):
            out.append(c)
            continue
        if unit.anchor + 1 in record_blocks and bold_line(text, blocks[unit.anchor], colon_after=True).endswith(":"):
            continue
        if unit.kind == "line" and unit.anchor + 1 < len(blocks) and blocks[unit.anchor + 1].kind == "list_item" \
                and blocks[unit.anchor + 1].list_id in paper_lists and bold_line(text, blocks[unit.anchor]) \
                and not over_its_labelled_links(c, text, blocks):
            continue   # "**Computer Vision in HCI**" right over a list of papers: their area, a heading in all but its markup
            # (not over its own list of labelled links: "**Title**" / "- arXiv：https://..." / "- github：https://...")
        if unit.kind in ("heading", "item") and unit.anchor + 1 < len(blocks) and (unit.kind == "item" or len(unit.blocks) == 1):
            below = blocks[unit.anchor + 1]
            if below.kind == "list_item" and below.list_id in paper_lists and (unit.kind == "heading" or (
                    below.parent == unit.anchor and not _dated(unit) and not _over_one_related_work(c, list_sizes[below.list_id]))):
                continue   # (an item over a nested list of papers is their category: "- Hybrid Technique" / "  - A, et al. "Title"")
            if unit.kind == "heading" and below.kind == "heading" and below.level > blocks[unit.anchor].level \
                    and unit.anchor + 1 in record_blocks:
                continue   # "## O.3. Session Name" over "### O.3.1. Title" / "#### by Ana Souza": the session's name
        out.append(c)
    # ... and an entry of the report's table of contents that points to such a heading ("- [Learning with Less Data](#learning-...)")
    return [c for c in out if not (c.title.casefold() in named_sections and not c.authors and c.title_link is not None
                                   and c.title_link.href.startswith("#") and all(x is c.title_link for x in c.links))]


def _over_one_related_work(c: Candidate, nested_items: int) -> bool:
    """A title of five words or more over a nested list of one item ("- Large-Scale Long-Tailed Recognition in an Open
    World" / "  - [Earlier Title](…) (CVPR2018)"): a paper and the work it builds on, not a category and its papers."""
    return len(c.title.split()) >= RELATED_WORK_TITLE_WORDS and nested_items == 1


RELATED_WORK_TITLE_WORDS = 5


def _only_its_own_site_link(c: Candidate) -> bool:
    """No names, and no link but the title's own, which is not its paper ("## [Area](page)")."""
    link = c.title_link
    return not c.authors and link is not None and all(other is link for other in c.links) \
        and link_kind(link.href) != "paper"


def _names_or_links(c: Candidate) -> bool:
    """The candidate has names or links of its own (a record, not a heading or label over records)."""
    return bool(c.authors or c.links or c.title_link is not None)


def _dated(unit: Unit) -> bool:
    """The unit's own line gives a year ("FAIR: Widget: A Platform for Gizmos. ICCV'31"): a record, not a category."""
    return any(YEAR_TOKEN_RE.fullmatch(t.text) or YEAR_TOKEN_RE.search(t.text[-3:]) for t in unit.tokens if t.line == 0)


HEADING_OVER_CODE_FLOOR = 0.2
# The notes say the repository is the work's code ("Code is available at", "the code is [here](...)").
_CODE_SAID_RE = re.compile(r"\b(?:code|implementation|repo(?:sitory)?)\b[^.\n]{0,40}$", re.I)


def _headings_over_code(doubted: list[tuple[Candidate, float, dict[str, float]]], threshold: float, text: str,
                        structure: Structure) -> list[Candidate]:
    """A doubted Title Case heading over a few paragraphs of notes that give one code repository
    ("## Title" over "... Code is available at github.com/..."): the code is the paper's, the
    heading its title."""
    out = []
    blocks = structure.blocks
    for c, p, f in doubted:
        if c.unit is None or c.unit.kind != "heading" or p < HEADING_OVER_CODE_FLOOR or f.get("caps_hi") != 1.0:
            continue
        if _names_no_paper(f) or f["sentence_break"] or len(c.title.split()) < 3:
            continue
        head = blocks[c.unit.anchor]
        if head.level < 2:
            continue   # "# Title" names the document
        section = _section_blocks(blocks, head)
        following = head.index + 1 + len(section)
        end = blocks[following].start if following < len(blocks) else len(text)
        if not section or len(section) > 6 or any(b.kind != "paragraph" for b in section):
            continue   # notes on one paper are a few paragraphs: a section of lists or tables is an area's
        repos = {m.group() for m in re.finditer(r"(?:https?://)?(?:github|gitlab)\.com/[\w.-]+/[\w.-]+", text[head.end : end])
                 if _CODE_SAID_RE.search(text, max(head.end, head.end + m.start() - 60), head.end + m.start())}
        if len(repos) == 1:
            c.score = threshold
            out.append(c)
    return out


HEADING_OVER_PAPER_LINK_FLOOR = 0.1
# The notes give the link as the paper's ("Full paper: [arXiv:2031.01234](...)", "[Paper](...)", "PDF: ...", "Paper can
# be found" and a line break before "[here](...)", "this presentation on [widget parsing](...)"), or its anchor does
# ("I haven't read [the paper](...)").
_PAPER_SAID_RE = re.compile(r"\b(?:paper|pdf|arxiv|openreview|preprint|presentation|talk)\b[^.\n]{0,20}\n?[^.\n]{0,5}$", re.I)


def _headings_over_their_paper_link(doubted: list[tuple[Candidate, float, dict[str, float]]], accepted: list[Candidate],
                                    threshold: float, text: str, structure: Structure) -> list[Candidate]:
    """A doubted Title Case heading with no headings under it, over notes that link one paper and say
    so ("## Title" / paragraphs / "Full paper: [arXiv:2031.01234](https://arxiv.org/abs/...)"): the
    link is the paper's, the heading its title. Two links said to be the paper count as one when they
    are on two sites (the proceedings' page and the arXiv copy). Not a heading whose notes link more
    papers (an area's or a session's) or name one in prose, nor one right over a record taken as a paper
    (a category over its one entry). A heading in sentence case is taken so too when two headings beside it, of its
    level, are papers, or one is a sentence-case heading over its own paper link (a notes page's sections are one
    paper each)."""
    blocks = structure.blocks
    papers = {c.unit.anchor for c in accepted if c.unit is not None}
    named = [c.start for c in accepted if c.unit is None]   # papers named in prose
    taken: list[Candidate] = []
    sentence_case: list[tuple[Candidate, Block]] = []
    for c, p, f in doubted:
        title_case = caps_ratio(c.title) >= 0.7
        if c.unit is None or c.unit.kind != "heading" or p < (HEADING_OVER_PAPER_LINK_FLOOR if title_case else CUE_FLOOR):
            continue
        if _names_no_paper(f) or f["sentence_break"] or len(c.title.split()) < 3 \
                or PAPER_SECTION_RE.search(c.title) or TALK_SECTION_RE.search(c.title):
            continue
        head = blocks[c.unit.anchor]
        if head.level < 2 or not _over_notes(structure, head):
            continue   # ("# Title" names the document)
        section = _section_blocks(blocks, head)
        paper_links = [link for b in section for link in b.links if link_kind(link.href) == "paper"
                       and not _OTHER_MATERIAL_ANCHOR_RE.fullmatch(text, link.start, link.end)]   # ("[slides](talk.pdf)")
        hrefs = {link.href for link in paper_links}
        if not hrefs or section[0].index in papers or any(section[0].start <= start < section[-1].end for start in named):
            continue   # (its notes name a paper of their own: the heading is a session's, "Big Data 2")
        said = [is_label_anchor(text[link.start : link.end]) or bool(_ARXIV_ID_RE.search(text, link.start, link.end))
                or bool(_PAPER_SAID_RE.search(text, max(0, link.start - 40), link.start))
                or bool(_PAPER_SAID_RE.search(text, link.start, link.end)) for link in paper_links]
        if (len(hrefs) == 1 and any(said)) or (len(hrefs) == 2 and all(said) and len({urlsplit(h).hostname for h in hrefs}) == 2):
            c.score = threshold
            if title_case:
                taken.append(c)
            else:
                sentence_case.append((c, head))
    # (... or when one beside it is such a heading too: "### Sentence-case title" / notes / "Read the [paper](arxiv)",
    # twice)
    sentence_case = [(c, head) for c, head in sentence_case if len(c.title.split()) >= 4 and not _in_the_writers_words(c.title)]
    if sentence_case:
        heads = [blocks[c.unit.anchor] for c in accepted + taken if c.unit is not None and blocks[c.unit.anchor].kind == "heading"]
        over_their_links = [head for _, head in sentence_case]
        taken += [c for c, head in sentence_case if _papers_beside(head, heads) >= 2 or _papers_beside(head, over_their_links) >= 1]
    return taken


# A field's label that opens a block under a heading: "**Abstract**", "__Comments:__", "**Enrique's comment**: ...",
# "Link: https://...", "> " (a quoted abstract); a possessive's name is no part of the label.
_SECTION_LABEL_RE = re.compile(r"[ \t]*(>)?[ \t]*(?:\*\*|__)?(?:[A-Z][a-z]+['’]s\s+)?([A-Za-z][A-Za-z]+(?:\s[A-Za-z]+)?)(?:\*\*|__)?\s*(?::|\*\*|__|$)",
                               re.M)
BODY_SHAPE_BLOCKS = 3    # the blocks under a heading whose first field makes its body's shape
SHAPED_LIKE_TAKEN_MIN = 2   # headings of the shape taken as papers, at the least
# The fields of the notes on one paper (a quoted block, ">", is its abstract).
_BODY_FIELDS = _FIELD_NOUNS | frozenset({">", "abstract", "link", "url", "paper", "pdf", "arxiv", "code", "author", "authors",
                                         "motivation", "contribution", "contributions", "idea", "key idea", "method", "results"})


def _body_shape(text: str, blocks: list[Block], head: Block) -> str:
    """The first field label that opens one of the first blocks under a heading, up to the next heading: "abstract",
    "comments", "link", ">" for a quoted block; "" when none does."""
    for b in _section_blocks(blocks, head)[:BODY_SHAPE_BLOCKS]:
        line0 = text.rfind("\n", 0, b.start) + 1
        if (m := _SECTION_LABEL_RE.match(text, line0, min(len(text), b.start + 40))) is not None:
            label = ">" if m.group(1) else m.group(2).lower()
            if label in _BODY_FIELDS:
                return label
    return ""


def _headings_shaped_like_taken_ones(doubted: list[tuple[Candidate, float, dict[str, float]]], accepted: list[Candidate],
                                     threshold: float, text: str, structure: Structure) -> list[Candidate]:
    """A doubted heading, in sentence case too, whose body's first field (a quoted abstract, "__Comments:__", "**Link**:")
    is that of two headings of its level or more taken as papers, and of no more doubted ones than taken ("### Title" /
    "> abstract" / "__Comments:__ ..."): a notes page's papers, one section each. Not a tutorial's or a keynote's
    heading, nor one whose body is prose only."""
    blocks = structure.blocks
    taken: Counter[tuple[int, str]] = Counter()
    for c in accepted:
        if c.unit is not None and c.unit.kind == "heading":
            head = blocks[c.unit.anchor]
            taken[head.level, _body_shape(text, blocks, head)] += 1
    if not taken:
        return []
    mine = []
    for c, p, f in doubted:
        if c.unit is None or c.unit.kind != "heading" or p < CUE_FLOOR or _names_no_paper(f) or f["sentence_break"] \
                or len(c.title.split()) < 4 or _TALK_WORD_RE.search(c.title) or PAPER_SECTION_RE.search(c.title):
            continue
        head = blocks[c.unit.anchor]
        shape = _body_shape(text, blocks, head)
        if shape:
            mine.append((c, (head.level, shape)))
    left = Counter(key for _, key in mine)
    out = []
    for c, key in mine:
        if taken[key] >= SHAPED_LIKE_TAKEN_MIN and taken[key] >= left[key]:
            c.score = threshold
            out.append(c)
    return out


def _papers_beside(head: Block, paper_heads: list[Block]) -> int:
    """How many of the headings taken as papers are of `head`'s level under the same heading above it (a heading's
    `heading` is the nearest one above it of a higher level)."""
    return sum(1 for h in paper_heads if h.index != head.index and h.level == head.level and h.heading == head.heading)


_ARXIV_ID_RE = re.compile(r"\b\d{4}\.\d{4,5}\b")
# A link anchor that names a talk's material, not the paper, whatever file it points at: "[the slides](x.pdf)".
_OTHER_MATERIAL_ANCHOR_RE = re.compile(r"\s*(?:the\s+|part\s+\d+\s+)?(?:slides?|video|recording|poster|talk)\s*", re.I)
HEADING_UNDER_VENUE_FLOOR = 0.1
_FRONT_MATTER_TITLE_RE = re.compile(r"^title:\s*[\"']?(.+?)[\"']?\s*$", re.M)
_VENUE_YEAR_RE = re.compile(r"\b([A-Za-z]+)\s*['’]?((?:19|20)\d\d|\d\d)\b")


def _names_a_venue(words: str) -> bool:
    """A heading that opens by naming a conference and its year ("NIPS 2031: Gizmo methods", "Notes
    from ICML '31"), not one that ends a record with them ("## WidgetGAN - Ana Souza - NIPS 2031")."""
    head = " ".join(words.split()[:4])
    return any(m.group(1).lower() in venues() for m in _VENUE_YEAR_RE.finditer(head))


def _headings_under_a_venue(doubted: list[tuple[Candidate, float, dict[str, float]]], accepted: list[Candidate],
                            threshold: float, text: str, structure: Structure) -> list[Candidate]:
    """Doubted headings one level under a heading that names the conference, three or more of them and
    none with headings of its own ("## NIPS 2031: Gizmo methods" over "### Title" / notes,
    paper after paper): each is a paper's title, however it is cased (the model doubts a heading over
    notes, which an area's heading also is), unless it reads as a label, an area or a talk, or the notes
    under its sibling headings name papers of their own (a news story's sections). Not under a heading that is a paper itself ("## GizmoGAN - Ben Park - NIPS 2031" over its own parts). A post's
    title in its front matter is the parent of its top headings."""
    blocks = structure.blocks
    headings = [b for b in blocks if b.kind == "heading"]
    position = {h.index: k for k, h in enumerate(headings)}
    papers = {c.unit.anchor for c in accepted if c.unit is not None}
    fm_end = front_matter_end(text)
    fm_title = _FRONT_MATTER_TITLE_RE.search(text, 0, fm_end) if fm_end else None
    post_title = fm_title.group(1) if fm_title else ""
    top_level = min((h.level for h in headings), default=0)
    starts = sorted(o.start for o in accepted)
    over_papers = {h.index for h in headings if _names_papers_below(h, headings, position, starts, len(text))}
    out = []
    for c, p, f in doubted:
        if c.unit is None or c.unit.kind != "heading" or p < HEADING_UNDER_VENUE_FLOOR or _names_no_paper(f) or f["sentence_break"] \
                or PAPER_SECTION_RE.search(c.title) or TALK_SECTION_RE.search(c.title):
            continue   # (not "### Interesting Papers" over a paragraph of linked titles)
        head = blocks[c.unit.anchor]
        parent = next((h for h in reversed(headings[: position[head.index]]) if h.level < head.level), None)
        if parent is None and head.level == top_level and _names_a_venue(post_title):
            section = headings   # the post's title in its front matter ('title: "Notes from WidgetConf 2031"') over its top headings
        elif parent is None or parent.level != head.level - 1 or parent.index in papers or not _names_a_venue(parent.text(text)):
            continue
        else:
            section = _deeper_headings(headings[position[parent.index] + 1 :], parent.level)
        if len(section) < 3 or any(h.level != head.level for h in section) or not _over_notes(structure, head):
            continue
        if any(h.index in over_papers for h in section):
            continue   # ("## Widgets Take the Crown" / 'The first outstanding paper, "Title," ...': sections over papers)
        lengths = sorted(len(h.text(text).split()) for h in section)
        if lengths[len(lengths) // 2] >= 5 and len(c.title.split()) >= 3:   # titles, not a paper's own parts ("Widget Loss")
            c.score = threshold
            out.append(c)
    return out


def _names_papers_below(head: Block, headings: list[Block], position: dict[int, int], starts: list[int], n: int) -> bool:
    """A candidate taken as a paper starts between the heading and the next one (`starts` sorted)."""
    k = position[head.index] + 1
    end = headings[k].start if k < len(headings) else n
    return bisect_left(starts, end) > bisect_left(starts, head.end)


def _section_blocks(blocks: list[Block], head: Block) -> list[Block]:
    """The blocks under a heading, up to the next heading of any level."""
    return list(takewhile(lambda b: b.kind != "heading", islice(blocks, head.index + 1, None)))


def _deeper_headings(headings: list[Block], level: int) -> list[Block]:
    """The headings of a section: those from the start of `headings` that sit deeper than `level`."""
    return list(takewhile(lambda h: h.level > level, headings))


# The parts of one paper's review as headings under its title ("### Motivation", "### Ablation Study"), or as the
# fields of the notes in its section ("Problem: ...", "**Strengths**:", "Weakness (nitpicking):").
_REVIEW_PARTS = (rf"(?:main\s+|key\s+)?(?:{NOTES_PARTS}|problem(?:\s+statement)?|abstract|ablations?(?:\s+stud(?:y|ies))?|"
                 r"conclusions?|evaluation|discussion|background|related\s+work|key\s+ideas?|preliminar(?:y|ies)|observations?|overview|"
                 r"summary|takeaways?)")
_REVIEW_PART_RE = re.compile(rf"^\W*(?:\d+[.)]?\s*)?{_REVIEW_PARTS}\W*$", re.I)
_REVIEW_FIELD_RE = re.compile(rf"[\s*_>-]*{_REVIEW_PARTS}(?:\s*\([^()\n]{{1,30}}\))?[\s*_]*:", re.I)
REVIEW_PARTS_MIN = 2
REVIEW_FIELD_BLOCKS = 40   # the blocks of a heading's own section read for its review's fields


def _headings_over_a_papers_review(doubted: list[tuple[Candidate, float, dict[str, float]]], threshold: float, text: str,
                                   structure: Structure) -> list[Candidate]:
    """A heading whose section holds two sub-headings or fields or more that name the parts of a paper's review ("## Title" /
    "### Motivation" / "### Problem" / "### Experiment", or "## Title" / "Problem: ..." / "Strength:"): that paper's
    title, however the model doubts it (a title in Title Case, not a talk's section, a label or a sentence)."""
    blocks = structure.blocks
    headings = [b for b in blocks if b.kind == "heading"]
    position = {h.index: k for k, h in enumerate(headings)}
    out = []
    for c, p, f in doubted:
        u = c.unit
        if u is None or u.kind != "heading" or p < CUE_FLOOR or f.get("section=talks") == 1.0 or f["sentence_break"] \
                or f.get("caps_hi") != 1.0 or len(c.title.split()) < 3 or not _a_cued_title_shape(c, f):
            continue
        head = blocks[u.anchor]
        below = _deeper_headings(headings[position[head.index] + 1 :], head.level)
        own = list(takewhile(lambda b: b.kind != "heading", blocks[head.index + 1 : head.index + 1 + REVIEW_FIELD_BLOCKS]))
        fields = sum(1 for b in own for s, e in b.lines if _REVIEW_FIELD_RE.match(text, s, e))
        if sum(1 for h in below if _REVIEW_PART_RE.match(h.text(text))) + fields >= REVIEW_PARTS_MIN:
            c.score = threshold
            out.append(c)
    return out


def _bare_headings_of_one_level(doubted: list[tuple[Candidate, float, dict[str, float]]], threshold: float,
                                structure: Structure) -> list[Candidate]:
    """Headings of one level with nothing under them, three or more, nearly all of that level's ("## Attention" /
    "### Title" / "### Title" / "## LSTM" / "### Title"): a reading list written as headings, its topics one level
    up. Its Title Case ones of four words or more are papers, unless they read as a label, an area, a talk or a
    sentence."""
    blocks = structure.blocks

    def bare(b: Block) -> bool:
        nxt = blocks[b.index + 1] if b.index + 1 < len(blocks) else None
        return nxt is None or (nxt.kind == "heading" and nxt.level <= b.level)

    levels: Counter[int] = Counter()
    bare_levels: Counter[int] = Counter()
    for b in blocks:
        if b.kind == "heading":
            levels[b.level] += 1
            bare_levels[b.level] += bare(b)
    out = []
    for c, p, f in doubted:
        u = c.unit
        if u is None or u.kind != "heading" or p < LIST_SIBLING_FLOOR or f.get("section=talks") == 1.0 or f["sentence_break"] \
                or f.get("caps_hi") != 1.0 or len(c.title.split()) < BARE_HEADING_WORDS or _names_no_paper(f):
            continue
        head = blocks[u.anchor]
        n = bare_levels[head.level]
        if bare(head) and n >= LIST_SIBLINGS_MIN and n >= BARE_HEADINGS_SHARE * levels[head.level]:
            c.score = threshold
            out.append(c)
    return out


BARE_HEADING_WORDS = 4     # a bare heading of fewer words may be a topic
BARE_HEADINGS_SHARE = 0.8  # of its level's headings, with nothing under them


def _over_notes(structure: Structure, head: Block) -> bool:
    """Whether the heading's section opens with a paragraph of notes (not a list of papers or areas)."""
    nxt = structure.blocks[head.index + 1] if head.index + 1 < len(structure.blocks) else None
    return nxt is not None and nxt.kind == "paragraph"


# A list whose items the judge mostly took for papers is a list of papers: an item it doubted there
# (a sentence-case title with nothing else on its line) is taken too, unless it reads as a label,
# an area, a talk or a sentence.
LIST_SIBLINGS_MIN = 3        # papers already taken in the list
LAST_ITEM_CRF = 0.9          # the segmenter's certainty that the one item left of a short list is a title
LIST_SIBLINGS_SHARE = 0.6    # of the list's candidate items
LINE_RUN_SHARE = 0.5         # of a run of candidate lines in one paragraph (no markup says they are a list)
DOUBTED_SIBLING = 0.2       # below this, an item is taken with its list only if it is not a note's "Term: what it is"
_NOTE_HEAD_RE = re.compile(r"[^:]{1,30}:\s+[a-z]")
LIST_SIBLING_FLOOR = 0.1     # the doubted item's own probability


def _numbered(unit: Unit) -> bool:
    """Whether a unit opens with its number ("1.", "2)")."""
    toks = unit.tokens
    return len(toks) > 1 and toks[0].text.isdigit() and toks[1].text in ".):"


_PAPER_WORD_RE = re.compile(r"\b(?:paper|authors)\b", re.I)


def _numbered_headings_over_papers(doubted: list[tuple[Candidate, float, dict[str, float]]], accepted: list[Candidate],
                                   threshold: float, text: str, structure: Structure) -> list[Candidate]:
    """Numbered headings of one level, three or more, the notes under most of them naming "the paper" or "the
    authors" ("## 1. Modelling dwell time to predict click-level satisfaction" / "This paper shows ..."): a list of
    papers written as headings, their titles in sentence case too (which the model doubts). Each is taken unless it
    reads as a label, an area, a talk or a sentence. Numbered lines each a list of its own, with notes between them
    ("1. Title" / notes / "2. Title" / notes), are such headings too."""
    blocks = structure.blocks
    list_sizes = Counter(b.list_id for b in blocks if b.kind == "list_item")

    def level(anchor: int) -> int:
        return blocks[anchor].level if blocks[anchor].kind == "heading" else 0   # (0: a numbered line over notes)

    def section(anchor: int) -> str:
        lvl = level(anchor)
        end = next((b.start for b in blocks[anchor + 1 :] if (b.kind == "heading" and b.level <= (lvl or 6))
                    or (not lvl and b.kind == "list_item" and b.depth == 1 and b.list_id != blocks[anchor].list_id)), len(text))
        return text[blocks[anchor].end : end]

    def numbered_heading(c: Candidate) -> int | None:
        """The anchor block of a numbered heading's candidate (or a numbered line's over notes), else None."""
        u = c.unit
        if u is None:
            return None
        b = blocks[u.anchor]
        if u.kind == "heading" and _numbered(u) and u.depth == 0:
            return u.anchor
        alone = u.kind == "item" and b.kind == "list_item" and b.ordered and b.depth == 1 and list_sizes[b.list_id] == 1
        return u.anchor if alone else None

    anchors_by_level: dict[int, set[int]] = defaultdict(set)
    for c in accepted + [d[0] for d in doubted]:
        if (anchor := numbered_heading(c)) is not None:
            anchors_by_level[level(anchor)].add(anchor)
    papers_levels = {lvl for lvl, anchors in anchors_by_level.items()
                     if len(anchors) >= 3 and 2 * sum(bool(_PAPER_WORD_RE.search(section(a))) for a in anchors) >= len(anchors)}
    out = []
    for c, p, f in doubted:
        anchor = numbered_heading(c)
        if anchor is None or level(anchor) not in papers_levels or p < CUE_FLOOR or f.get("crf", 0.0) < 0.8 \
                or not _a_cued_title_shape(c, f) or f.get("section=talks") == 1.0:
            continue
        c.score = max(p, threshold)
        out.append(c)
    return out


LINKED_ROWS_SHARE = 0.8   # of a table's taken rows, with a link: the table links its papers
AREA_AMONG_PAPERS_MIN = 10      # papers taken in the list ...
AREA_AMONG_PAPERS_SHARE = 0.9   # ... of its candidate items, and of them with a link


def _a_label_alone(c: Candidate, blocks: list[Block]) -> bool:
    """A table row with no link or names and every cell but the title's empty ("| Widget Attacks | | |")."""
    if c.unit is None or c.links or c.title_link is not None or c.authors:
        return False
    cells = blocks[c.unit.anchor].cells
    return len(cells) >= 2 and all(a == b for a, b in cells if not (a <= c.start < b))


def _siblings(doubted: list[tuple[Candidate, float, dict[str, float]]], accepted: list[Candidate], threshold: float,
              kind: str, group_of: Callable[[Candidate], int], *, title_case: bool = False,
              share: float = LIST_SIBLINGS_SHARE, blocks: list[Block] | None = None) -> list[Candidate]:
    """The doubted candidates of a unit `kind` to take because their group (a list; the report's
    headings of one level) is mostly papers (see above: `share` of its candidates taken); with `title_case`, only
    Title Case ones. Candidates of group -1 have none. With the report's `blocks`, a table's rows of a label
    alone are not taken among linked ones."""
    # (taken units, each by its block and where it starts: a paragraph's lines are units of one block)
    taken: dict[int, set[tuple[int, int]]] = defaultdict(set)
    bylined: dict[int, set[tuple[int, int]]] = defaultdict(set)   # ... those of them with their names
    unnumbered: set[int] = set()   # groups with a taken member that opens without a number
    linked: Counter[int] = Counter()   # taken members with a link
    for c in accepted:
        if c.unit is not None and c.unit.kind == kind:
            where = (c.unit.anchor, c.unit.tokens[0].start if c.unit.tokens else -1)
            taken[group_of(c)].add(where)
            if c.authors:
                bylined[group_of(c)].add(where)
            if c.links or c.title_link is not None:
                linked[group_of(c)] += 1
            if not _numbered(c.unit):
                unnumbered.add(group_of(c))
    mine = [(c, p, f, group_of(c)) for c, p, f in doubted if c.unit is not None and c.unit.kind == kind]
    left = Counter(group for *_, group in mine)
    out = []
    for c, p, f, group in mine:
        n = len(taken.get(group, ()))
        # (two taken items are enough for the one item left of a list of three, when the segmenter reads it whole as a title:
        # "- Title A" / "- Title B" / "- Flow widgets for Gizmo Modeling", notes under each)
        # (four words or more: "- Flow matching" over notes and its papers is a topic)
        fewest = 2 if kind == "item" and left[group] == 1 and f.get("crf", 0.0) >= LAST_ITEM_CRF and len(c.title.split()) >= 4 \
            else LIST_SIBLINGS_MIN
        if group == -1 or p < LIST_SIBLING_FLOOR or n < fewest or n / (n + left[group]) < share:
            continue
        # (a sentence-case title with its byline, as its taken siblings have theirs: "### Title" / "#### by A")
        same_byline = bool(c.authors) and len(bylined.get(group, ())) >= LIST_SIBLINGS_MIN
        # (a title whose commas make it read like a list of areas, "A compact widget-free, multi-angle of view, gizmo
        # actuated scope", is a paper with a byline of two names or more as its siblings have theirs)
        listed_areas_only = f.get("area_list") and not any(f.get(k) for k in ("label", "label_line", "area", "talk_head", "award_name"))
        # (... and a title that reads like an area, "Self-Attention Widget Networks", linked as its siblings are, in a long
        # list that is nearly all papers: one more of them)
        an_area_among_papers = not _names_no_paper(f, but=("area", "area_list")) \
            and n >= AREA_AMONG_PAPERS_MIN and n / (n + left[group]) >= AREA_AMONG_PAPERS_SHARE \
            and linked[group] >= AREA_AMONG_PAPERS_SHARE * n and (bool(c.links) or c.title_link is not None)
        if (_names_no_paper(f) and not (listed_areas_only and same_byline and len(c.authors) >= 2) and not an_area_among_papers) \
                or f["sentence_break"] \
                or (title_case and f.get("caps_hi") != 1.0 and not same_byline):
            continue
        if kind == "heading" and f.get("section=talks") == 1.0:
            continue   # "## Organized Workshops" / "#### [Workshop name](site)": its headings name events
        if blocks is not None and linked[group] >= LINKED_ROWS_SHARE * n and _a_label_alone(c, blocks):
            continue   # "| Widget Attacks | | |" among rows of linked papers: the label of the rows below it
        if p < DOUBTED_SIBLING and _NOTE_HEAD_RE.match(c.title):
            continue   # "Widget reduction: control-gizmo baseline": a note's term and what it says
        if kind == "heading" and group not in unnumbered and c.unit is not None and not _numbered(c.unit):
            continue   # "## 1. Title", "## 2. Title", then "## The Takeaway": the papers are numbered, it is not
        c.score = threshold
        out.append(c)
    return out
