"""Papers of one report: record candidates (segmented units) and prose candidates, judged, merged
into one record per paper, each with the span of text it owns and its paper and code links.
"""
from __future__ import annotations

import bisect
import dataclasses
import html
import re
from collections.abc import Callable, Iterable, Iterator, Sequence

from rapidfuzz import fuzz

from extract import budget
from extract.mentions.field_tables import field_table_candidates
from extract.mentions.judge import CUE_RULES, LABEL_RE, VENUE_YEAR_SURNAME_RE, judge, labelled_links_below, list_below
from extract.mentions.links import (
    CODE_ANCHOR_RE,
    host_spells_the_title,
    is_a_persons_profile,
    is_a_talks_page,
    is_label_anchor,
    is_speakers_page,
    is_talk_page,
    link_kind,
    paper_by_path_alone,
    url_kind,
)
from extract.mentions.prose import (
    NEGATIVE_QUOTE_CUES_RE,
    PAPER_CUE_RE,
    PAPER_NOUN_RE,
    TALK_BY_SPEAKERS_ON_RE,
    blank_link_syntax,
    caption_start,
    owner_right_before,
    quoted_example_at,
    subject_names,
    unclosed_tag_before,
)
from extract.mentions.records import (
    AWARD_LINE_RE,
    CAPITALS_BYLINE_JOINERS,
    OTHER_WORK_RE,
    TITLE_LINE_LEAD_RE,
    TITLE_LINE_TAIL_RE,
    YEAR_TOKEN_RE,
    Candidate,
    byline_item_at,
    candidate_from_segment,
    caps_ratio,
    clean_title,
    cue_end,
    has_the_form_of_names,
    line_names,
    lines_below,
    names_another_resource,
    names_found_in,
    names_line,
    names_of_a_names_line,
    reads_as_names,
    record_links,
    site_cued_as_code,
    visible_text,
    written_url,
)
from extract.mentions.segmenter import TITLE_SMALL_WORDS, FeatureCache, Segment, Segmenter
from extract.mentions.title_index import FUZZY_CUTOFF, HEAD_RE, LENGTH_SPREAD, PREFIX_WORDS, TitleIndex, head_key
from extract.mentions.urls import MARKDOWN_LINK_RE, REFERENCE_LABEL, normalise_url
from extract.models import Mention, PaperRecord
from extract.spans import DisjointSpans, SpanUnion
from extract.text.lexicon import MONTHS, english_words_no_name, is_area_phrase, is_english_word, person_names, place_names, venues, word_ranks
from extract.text.names import (
    HONORIFIC_RE,
    INITIAL_RE,
    ORGANISATION_WORD_RE,
    ROLE_RE,
    camel_cased,
    full_names_pattern,
    is_brand_word,
    is_name,
    is_rare_word,
    is_surname,
    looks_like_person,
    name_shaped,
    same_person,
    split_author_list,
)
from extract.text.normalise import norm_text
from extract.text.structure import Block, Link, Structure
from extract.text.units import REFERENCE_LINE_RE, TALK_SECTION_RE, Token, Unit, in_pipe_rows, line_end_at, title_field

MIN_RECORD_SCORE = 0.5
SENTENCE_RE = re.compile(r"\b(?:I|we|you|they|he|she|it|this|there|was|were|is|are|has|have|had|will|would|could|should|did)\b"
                         r"(?:\s+\w+){2,}[.!]$")


# Two surnames joined, a citation's anchor once its year is left out: "Bender and Koller" (a rare word among them; "Pride
# and Prejudice" is a title).
_TWO_SURNAMES_RE = re.compile(r"([A-Z][\w’'-]+)\s+(?:and|&)\s+([A-Z][\w’'-]+)")
# A reference to a part of a paper: "Figure 1", "Table 3b", "Section 4.2", "Appendix B".
_FIGURE_REFERENCE_RE = re.compile(r"(?:Figures?|Figs?\.|Tables?|Sections?|Sec\.|Equations?|Eqs?\.|Appendix|Algorithms?|Chapters?)\s+"
                                  r"(?:\d+(?:\.\d+)*[a-z]?|[A-Z](?:\.\d+)?)")
# A citation by names standing for a paper ("[G. Li et al.](url)", "[Z. Li and Specia](url)", "*Ana Souza et. al.*"
# on the line under a title), or by surnames and a venue's tag with its year ("[[Souza & Park ICML31]](url)",
# "[[Levi et al. arXiv31]](url)" after a title): no title.
_CITATION_ANCHOR_RE = re.compile(r"(?:(?:(?:[A-Z]\.\s?|[A-Z]\s+|[A-Z][\w'’-]+\s+|(?:and|&)\s+){0,3}[A-Z][\w'’-]+\s+et\.?\s+al\.?|(?:[A-Z]\.\s?)+[A-Z][\w'’-]+\s+(?:and|&)\s+"
                                 r"(?:[A-Z]\.\s?)*[A-Z][\w'’-]+)(?:,?\s*\(?(?:19|20)\d\d\)?|\s+[A-Za-z]{2,8}['’]?\d\d)?"
                                 r"|[A-Z][\w'’-]+\s+(?:and|&)\s+[A-Z][\w'’-]+\s+[A-Za-z]{2,8}['’]?\d\d"
                                 # ... or two surnames and the year: "Bender and Koller (2020)"
                                 r"|[A-Z][\w'’-]+\s+(?:and|&)\s+[A-Z][\w'’-]+,?\s*\(?(?:19|20)\d\d\)?)")


# An event's name opening the title ("IEEE Conference on ...", "6th Workshop on ..."): 16 of 155k accepted
# papers' titles hold one of these phrases anywhere, each after a colon or deep in the title
# ("Findings of the 2023 Conference on Machine Translation (WMT23): ...").
_EVENT_NAME_RE = re.compile(r"(?:\S+\s+){0,3}?(?:Conference|Workshop|Symposium|Summer School|Winter School)\s+(?:on|of|for|in)\b", re.I)
# ... whole: the event opens the title, after its acronym at most ("CHIIR: Conference on Human Information Interaction
# and Retrieval" linked to its proceedings): all 10 catalogue titles that open so are a preface.
_EVENT_TITLE_RE = re.compile(r"(?:[A-Z][A-Za-z]*\d*\s*:\s*)?(?:(?:International|Annual|ACM|IEEE|The|\d+(?:st|nd|rd|th))\s+)*"
                             r"(?:Conference|Symposium|Workshop)\s+on\b")
_PROGRAMME_CODE_RE = re.compile(r"[A-Z]\d{1,2}\s*:\s")
_WORKSHOP_CODE_RE = re.compile(r"(?:WS|Workshop|Tutorial)\s*#?\d{1,2}\s*[:.–—-]\s", re.I)
# None of the 155k titles of the catalog holds an ASCII or Unicode arrow (a pipeline's: "A -> B", "text→speech"; the
# catalogue mangles a coined name's arrow glued between capitals, a name such as "XYZ->W"), display math or an equation (586
# hold inline math, none an equation).
_NEVER_IN_A_TITLE_RE = re.compile(r"(?<![A-Z])(?:->|→)|(?:->|→)(?![A-Z])|\$\$|\$[^$\n]*=[^$\n]*\$")
# An equation of two things in words, " = " (a note's; 6 of the catalogue's 155k titles hold one).
_EQUALS_RE = re.compile(r"\s=\s")
_NEVER_LAST_WORDS = frozenset("and or of the with an to by from via for".split())
# A number after a dash, a colon or in brackets at the end: "- 16", ": 12", "(9)".
_COUNT_AFTER_RE = re.compile(r"\s*(?:[-–—:]\s*\d+|\(\d+\))$")
_RARE_WORD = 20_000   # a word less frequent than this rank may be a paper's coined name
# A person by title and full name inside a run: "Dr. Ada Lovelace", "Prof. Ben P. Park".
_TITLED_PERSON_RE = re.compile(r"\b(?:Dr|Prof|Mr|Mrs|Ms)\.\s+[A-Z][\w'’-]+(?:\s+[A-Z]\.)?\s+[A-Z][\w'’-]+")
_SPEAKER_TITLE_BEFORE_RE = re.compile(r"\b(?:Dr|Prof|Professor)\.?\s*[*_]*\s*$")
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uff0c\u3001\u3002]")
_URL_TITLE_RE = re.compile(r"<?(?:https?://|www\.)\S+>?$", re.I)


# A sentence about a paper (no catalogue title of 155k opens so).
_PAPER_SENTENCE_RE = re.compile(r"(?:this|the|our) (?:paper|work|article|study|authors?)\s+(?:\w+\s+)?(?:propose|present|introduce|show|describe|"
                                r"use|stud(?:y|ie)|investigate|argue)s?\b", re.I)
# A conference's full name: "International Conference on ...", "2031 ACM Symposium on ..." (none of the catalogue's 155k titles).
# A proceedings volume, perhaps after its field's label ("- Volume: Proceedings of the 2031 Conference on ..."): where a
# paper appeared (the catalogue's two titles of the 155k that open so are prefaces).
_PROCEEDINGS_RE = re.compile(r"(?:(?:volume|venue|booktitle|published in|in|source)\s*:\s*)?(?:the\s+)?proceedings\s+of\b", re.I)
# A journal's name: "IEEE Transactions on Image Processing", "International Journal of Widget Vision" (no title of the
# catalogue's 155k opens so).
_JOURNAL_NAME_RE = re.compile(r"(?:the\s+)?(?:(?:IEEE|ACM)(?:/\w+)?\s+Transactions\s+on|(?:International\s+)?Journal\s+of)\b", re.I)
_CONFERENCE_NAME_RE = re.compile(r"\b(?:International|Annual|ACM|IEEE|SIG[A-Z]+|(?:19|20)\d\d)\b[^:]*\b(?:Conference|Symposium|Workshop)\s+on\b")
# "Session 3B - Widgets", "Research Session 1: Widgets", "Poster Sessions:": any one or two capitalised words before it
# (not "Session-based ..."); "Spotlight Talks 1 - A, B, C" and "Track on Widgets, Gizmos" too (the catalogue's three
# titles that open so are front matter).
_SESSION_LABEL_RE = re.compile(r"(?-i:[A-Z][\w&/-]*\s+){0,2}"
                               r"(?:(?:Sessions?|Talks|Spotlights|Orals|Posters)\b(?:\s*(?:\d+\w?|[IVX]+)\s*(?:[:\-–—]|$)|\s*(?:[:–—]|-(?!\w)|$))"
                               r"|(?:Tracks?|Sessions?)\s+on\s)", re.I)
# A session's or a panel's line names who runs it, not who wrote it: "Session 1: Widgets Chaired by Ana Souza"
# (none of the catalogue's 155k titles ends in one of these words).
_RUN_BY_RE = re.compile(r"\b(?:co-?)?(?:chaired|moderated|hosted|convened|facilitated)$", re.I)
# What a post about a conference calls itself.
_POST_NAME_RE = re.compile(r"\b(?:trip\s+report|recap|wrap-?up|travel\s+report|conference\s+report)$", re.I)
_SHARED_TASK_REPORT_RE = re.compile(r"(?:Findings|Overview|Results|Report)\b")
# A person's degrees and where they got them ("Ana Souza, MD, PhD from Widget U and Gizmo Tech"): no title (the
# catalogue's titles that open with "PhD" or "MD" go on with a colon or a noun: "PhD Learning: ...").
_DEGREE_FROM_RE = re.compile(r"(?:Ph\.?\s?D|M\.?\s?D|M\.?\s?Sc|B\.?\s?Sc|MBA)\.?\s+(?:from|at|in|student|candidate)\b")
# The writer's own picks ("Our Favorite Papers on Widgets", "My Highlights of WidgetConf"): a post's title (none of the
# catalogue's 155k titles has "my"/"our" with one of these words).
_WRITERS_PICKS_RE = re.compile(r"\b(?:my|our)\b.*\b(?:papers|highlights|takeaways|picks|recap|reading\s+list)\b", re.I)
# A work described by what it did (none of the catalogue's 155k titles holds "paper that" or "work which").
_DESCRIBED_WORK_RE = re.compile(r"\b(?:paper|work|study|article)\s+(?:that|which|where|who)\b", re.I)
# A publisher's or a proceedings' site ("ACM Portal", "IEEE Xplore", "ACL Anthology").
_PUBLISHER_RE = re.compile(r"\b(?:ACM|IEEE|Springer|Elsevier|arXiv|Anthology|OpenReview|PMLR|JMLR|Xplore|Proceedings)\b", re.I)
# A day: "August 10", "10 Aug 2031", "March 3rd, 2031".
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE_RE = re.compile(rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH})(?:,?\s+(?:19|20)\d\d)?")
# ... with its year, opening a line, in any case: "26 Apr 2031", "26th april, 2031", "Apr 26, 2031".
_DATE_OPENING_RE = re.compile(rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}),?\s+(?:19|20)\d\d\b", re.I)
# A month of a year, or a range of them, a log's period ("August 2022 (3/4)", "January 2023 (2/4) - March 2023 (3/4)":
# a reading log's weeks): no title.
_MONTH_OF_A_YEAR = rf"{_MONTH}\s+(?:19|20)\d\d(?:\s*\(\d{{1,2}}/\d{{1,2}}\))?"
_MONTHS_RE = re.compile(rf"{_MONTH_OF_A_YEAR}(?:\s*[-–—]\s*{_MONTH_OF_A_YEAR})?")
# A line that ends in a day or days after a comma or colon ("Springfield, IL, United States: 3-5 May", "Widget Day, June
# 12-13, 2031"): where and when something took place (no catalogue title ends so).
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?"
_ENDS_IN_DAYS_RE = re.compile(rf"[,:]\s*(?:{_DAY}\s+{_MONTH}|{_MONTH}\s+{_DAY})(?:,?\s+(?:19|20)\d\d)?$")
# A room of a conference venue and its code ("Hall C", "Room 118", "Ballroom 20D").
_ROOM_RE = re.compile(r"\b(?:Halls?|Ballrooms?|Rooms?|Auditorium|Theat(?:re|er)|Exhibition)\s+(?:[A-Z]|\d{1,4}[A-Z]?)\b")
# A virtual conference's meeting place: "Zoom Meeting Room", "Virtual Conference Room on Zoom", "Slack Channel" (none of the
# catalogue's 155k titles reads so).
_VIRTUAL_ROOM_RE = re.compile(r"\b(?:zoom|slack|webex|gather\.town|discord|rocket\.?chat|hopin|whova)\b[^.]*\b(?:rooms?|channels?|meetings?|links?|calls?)\b"
                              r"|\b(?:meeting|chat|breakout|conference|zoom)\s+rooms?\b|\bslack\s+channels?\b", re.I)
# A conference's building, or a building and its city after a comma: "Widget Convention Center", "Gizmo Hotel, Springfield".
_VENUE_PLACE_RE = re.compile(r"\b(?:Convention|Congress|Conference|Exhibition|Expo|Events?)\s+(?:Cent(?:er|re)|Halls?)\b"
                             r"|\b(?:Hotel|Cent(?:er|re)|Hall|Palace|Palais)\s*,\s*[A-Z][a-z]+\.?$")
# A picture's caption or alt text that names whom it shows: "Portrait of Ana Souza", "Photo of Ben Park".
_PICTURE_OF_RE = re.compile(r"(?:an?\s+)?(?:portrait|photo(?:graph)?|picture|image|headshot)\s+of\s+(.+)", re.I)
# A time of day, "9:00 AM", "10:30 a.m." or "09:30-10:30": a programme's slot.
_CLOCK_TIME_RE = re.compile(r"\b\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?(?!\w)|[-–]\s*\d{1,2}:\d{2})")
_POSTED_ON_RE = re.compile(r"(?:posted|published|written|updated|last updated|created)\s+(?:on|in|at)\b", re.I)
_DOCUMENT_KIND_RE = re.compile(r"(?:(?:ph\.?\s?d\.?|master'?s|bachelor'?s|doctoral|diploma|m\.?sc\.?|b\.?sc\.?)\s+)?"
                               r"(?:thesis|dissertation|tech(?:nical)?\s+report|preprint|manuscript|white\s?paper)"
                               r"(?:\s*[,(]?\s*(?:19|20)\d\d\)?)?", re.I)
_RESOURCE_WORDS = frozenset("dataset datasets data code library toolkit package repo repository demo".split())
_AWARD_WORDS = frozenset("award awards prize prizes".split())
_PERIODICAL_WORDS = frozenset("newsletter newsletters magazine bulletin webinar digest".split())
# One word, a colon and one word ("Verdict: Skim", "Encoder: WidgetNet"): a field and its value
# (none of the catalogue's 155k titles is so short after its colon).
_FIELD_AND_VALUE_RE = re.compile(r"[\w-]+\s*:\s*[\w-]+")
# The words that label a record's other fields ("**Source/date:** arXiv, submitted May 7", "Why you
# should care: ..."): a line that opens with one holds no title.
_FIELD_LABEL_WORDS = frozenset("source date dates venue link links url urls pdf code why note notes summary tldr takeaway takeaways "
                               "status tags keywords affiliation affiliations published submitted year conference where when "
                               "rating verdict category categories topic topics type relevance motivation comment comments".split())


# Small words that join a sentence's parts, in lower case: a run that opens with one of them right
# after a line's words is a sentence's tail (a title in lower case throughout opens its own line).
_LOWER_CASE_JOINERS = frozenset("on in of for with and to at by from as or into via than".split())


def _title_token_range(cand: Candidate) -> tuple[int, int] | None:
    """Indices of the first and the last of the unit's tokens inside the title's span (None without any)."""
    if cand.unit is None:
        return None
    inside = [i for i, t in enumerate(cand.unit.tokens) if cand.start <= t.start and t.end <= cand.end]
    return (inside[0], inside[-1]) if inside else None


def _ends_inside_a_link(cand: Candidate) -> bool:
    """The title's run opens outside a link and stops inside its anchor, before the anchor's end."""
    span = _title_token_range(cand)
    if span is None or cand.unit is None:
        return False
    toks = cand.unit.tokens
    first, last = span
    return toks[first].link < 0 and toks[last].link >= 0 and last + 1 < len(toks) and toks[last + 1].link == toks[last].link


def _inside_a_sentence(cand: Candidate) -> bool:
    """The title's run goes on a line's words or a closing bracket: it began inside a sentence."""
    if cand.unit is None or cand.rule != "record.line":
        return False
    toks = cand.unit.tokens
    first = next((i for i, t in enumerate(toks) if t.start >= cand.start), None)
    if first is None or first == 0:
        return False
    before = toks[first - 1]
    return before.line == toks[first].line and (before.text[-1:].isalnum() or before.text == ")") \
        and any(t.text[:1].isupper() for t in toks[:first] if t.line == toks[first].line)


def _link_inside_a_sentence(cand: Candidate) -> bool:
    """A line's title that is one link's anchor with a sentence's words on both sides ("A huge thank
    you to [Widget Society](url) for funding my trip to WidgetConf!"), not to a paper: the prose rules
    read such a link, with the cue words around it; the line is no record (its venue word is the
    sentence's). ("I presented [Title](arxiv-url), a spotlight" stays: the link is the paper's.)"""
    link = cand.title_link
    if cand.unit is None or cand.rule != "record.line" or link is None or cand.authors \
            or link_kind(link.href, cand.title) == "paper":
        return False
    span = _title_token_range(cand)
    if span is None:
        return False
    toks = cand.unit.tokens
    first, last = span
    line = toks[first].line

    def sentence_words(side: list[Token]) -> int:   # lower-case words off the link, on the title's line
        return sum(1 for t in side if t.line == line and t.link < 0 and t.text[:1].islower() and t.text.lower() not in TITLE_SMALL_WORDS)

    return sentence_words(toks[:first]) >= 2 and sentence_words(toks[last + 1 :]) >= 2


_VENUE_YEAR_LEAD_RE = re.compile(r"#?([^\W\d_][\w-]*?)[\s']*(?:19|20)?\d\d\s+")


_NUMBER_WORD_RE = re.compile(r"[(\[]?\d+(?:[.,]\d+)?[)\],:;%]*")


# A citation key, a name and a year glued with what follows (BibTeX's "vaswani2017attention", a notes app's
# "AnaSouza2031WCLR+"): one word, letters, a year, more letters.
CITE_KEY_RE = re.compile(r"[A-Za-z]{2,}(?:19|20)\d\d[A-Za-z]{2,}\+*")


_KEYWORDS_FIELD_RE = re.compile(r"(?:[Kk]ey\s?[Ww]ords?|[Tt]ags?|[Tt]opics?|[Ss]ubjects?|[Cc]ategor(?:y|ies)|(?:[Rr]esearch\s+)?[Aa]reas?)\s*[:：]\s")
# A field that names the people or bodies of a role ("Committee:", "Program Chairs: A, B", "Sponsors:", a reading group's
# "_Presenter: Ana Souza_"), or
# the role's name alone, the title run having stopped at its colon.
# (a word of mixed case is an acronym, "HoST: Learning to Stand Up", not the role's field "Host:")
_MIXED_CASE_WORD_RE = re.compile(r"\b\w+[a-z]\w*[A-Z]|\b[A-Z]{2}[a-z]")
_INVITED_SPEAKERS_RE = re.compile(r"\b(?:invited|keynote|plenary|featured|guest)\s+speakers?\b", re.I)
_ROLE_NOUNS = r"committees?|chairs?|co-chairs|organi[sz]ers"   # (the bodies and people who serve; the two regexes below)
_ROLE_FIELD_RE = re.compile(rf"(?:program\s+|organi[sz]ing\s+|steering\s+|award\s+|area\s+)?(?:{_ROLE_NOUNS}|"
                            r"sponsors|panell?ists|judges|reviewers|volunteers|moderators?|presenters?|speakers?|discussants?|hosts?)(?:\s*:|$)", re.I)


# A role's body named with what it serves, over the names of its members ("Programme Committee Chairs", "Local Organizing
# Committee Members", "Best Paper Award Committee"): none of the catalogue's 155k titles is so.
_ROLE_BODY_RE = re.compile(rf"(?:[\w-]+\s+){{0,4}}(?:{_ROLE_NOUNS}|members)", re.I)
_ROLE_BODY_WORDS = frozenset("program programme organizing organising organization organisation organizational steering award area "
                             "local general technical publicity workshop workshops tutorial tutorials committee senior publication "
                             "publications proceedings finance sponsorship doctoral consortium industry demo track".split())


# A title that opens with a lower-case preposition is the rest of a sentence ("... took place on May 3, 2031, at Widget
# Hall, in Springfield, under the theme ..."): none of the catalogue's 155k titles opens so.
_OPENS_WITH_A_PREPOSITION_RE = re.compile(r"(?:at|in|on|under|from|with|during|for|to|of|by|into|after|before|about)\s")


# A post's own title, what the writer took away from an event and its year ("Takeaways from WidgetConf 2031, Part 1: ...",
# "Highlights of the 2031 Widget Summit"): none of the catalogue's 155k titles opens so.
_POST_TITLE_RE = re.compile(r"(?:(?:key|main|my|our|some)\s+)?(?:takeaways|highlights|notes|impressions|reflections|thoughts|"
                            r"lessons(?:\s+learned)?)\s+(?:from|of|on)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:19|20)\d\d\b", re.I)


# A person's position and employer under their name ("Principal Machine Learning Scientist, Widgetco Voice"), a post's
# byline: none of the catalogue's 155k titles opens so.
_POSITION_RE = re.compile(r"(?:Principal|Senior|Staff|Chief|Junior|Associate|Assistant|Full|Visiting|Distinguished|Postdoctoral|Research|Lead)"
                          r"\s+(?:[A-Z][\w-]*\s+){0,4}(?:Scientist|Engineer|Researcher|Professor|Director|Manager|Developer|Architect|"
                          r"Lecturer|Fellow)\s*(?:,|$)")


# Lower-case words no title ends in (of the catalogue's 155k titles, one ends in "for", one in "and": cut short).
_NO_TITLE_ENDS = frozenset("a an the and or but nor of for to by with from via into onto at as than using without through "
                           "towards toward between about against".split())


_TALK_LABEL_END_RE = re.compile(r"(?i)\b(?:plenary(?: talks?| sessions?| address)?|keynotes?(?: talks?| address(?:es)?)?|"
                                r"opening remarks|closing remarks)$")

# An event's name: a short title whose head is the event ("WidgetConf Conference", "Gizmo Learning Workshop").
_EVENT_NAME_END_RE = re.compile(r"(?i)\b(?:conference|workshop|symposium|summit|track)$")
_EVENT_NAME_WORDS = 7


# How a paper's title opens that no area heading does: an article, or "On" and two words or more ("On the ...").
_ARTICLE_OR_ON_LEAD_RE = re.compile(r"An?\s|On\s+\S+\s+\S")


def _only_cited(cand: Candidate) -> bool:
    """Whether the candidate's one author is a single word, as the surname of a citation backing a point is ("- Much
    faster than widget nets (Souza, 2031)."), and it has no paper link."""
    return len(cand.authors) == 1 and " " not in cand.authors[0][0] and not _has_paper_link(cand)


def _a_byline_parted_inside_a_name(cand: Candidate) -> bool:
    """A "title" its first author follows right after, a space between, that reads as names with its authors: a byline
    parted inside a name ("Liwei Cai and William" / "Yang Wang")."""
    return bool(cand.authors) and cand.authors[0][1] - cand.end <= 1 \
        and reads_as_names(" ".join([cand.title] + [a[0] for a in cand.authors]))


# How an award's name opens ("The Best Short Paper", "Outstanding Paper"), read by the X-paper pattern.
_AWARD_OPENINGS = frozenset({"Best", "Outstanding", "Distinguished", "Honorable", "Honourable"})


def plausible_title(title: str, cand: Candidate) -> bool:
    """A title a paper could have: words, not a label, an area name or a sentence."""
    words = title.split()
    strong = bool(cand.authors) or _has_paper_link(cand)
    if not re.search(r"[^\W\d_]{2}", title) or len(title) > 300 or len(words) > 40:
        return False
    if len(words) < 2 and not strong:
        return False
    if words[-1] in _NO_TITLE_ENDS:
        return False   # "Going to find out how widgets work for Gizmo Retrieval with" (Dana Levi): a sentence's words up to a name
    if words[0] == "Our" and not strong:
        return False   # "Our selection for AI Engineers: Widget2Vec (with ...)": the writer's words (none of the catalogue's 155k
        # titles opens with "Our")
    if _TALK_LABEL_END_RE.search(title.rstrip(" .")):
        return False   # "Ana Souza’s (from Widgetco) Opening Plenary": a talk of the programme (the catalogue's such titles are front matter)
    if len(words) <= _EVENT_NAME_WORDS and _EVENT_NAME_END_RE.search(title.rstrip(" .")) and not _has_paper_link(cand):
        return False   # "[WidgetConf Conference](site) was first held in 2031", "System Demonstration Track": an event's name
        # or its part (2 of the 155k titles end in such a word, both long; none in "Track";
        # "[Report from the WidgetConf 2031 virtual conference](arXiv)" is a paper)
    if len(words) == 1 and title in (title.lower(), title.capitalize()) and word_ranks().get(title.lower(), _RARE_WORD) < _RARE_WORD:
        return False   # '"Find" : Ana Souza': a common word, not a paper's name ("GloVe", "BERT", "Paloma" are; none of the 155k is)
    if LABEL_RE.match(title) or is_label_anchor(title) or _CITATION_ANCHOR_RE.fullmatch(title):
        return False
    if (day := _DATE_OPENING_RE.match(title)) and any(w.lower().strip(".,") in MONTHS for w in day.group().split()):
        return False   # "26 Apr 2031 CET / Hall G2 / Widgets and Social Good": a talk's slot (no catalogue title opens with a date)
    if _FIGURE_REFERENCE_RE.fullmatch(title):
        return False   # "as Figure 1 of the paper shows": a part of a paper, no title
    if cand.rule == "prose.x_paper" and words[0] in _AWARD_OPENINGS:
        return False   # "The Best Short Paper" over an award's winner: the award, not the paper's name
    if _POINTER_RE.fullmatch(title):
        return False   # "> See also: Ana Souza, Ben Park and https://...": a pointer to more works, no title
    if (cand.rule == "prose.link" or cand.title_link is not None) and not cand.authors and (reads_as_names(title) or (
            (pair := _TWO_SURNAMES_RE.fullmatch(title)) is not None
            and (any(word_ranks().get(w.lower(), _RARE_WORD) >= _RARE_WORD for w in pair.groups())
                 or not any(is_english_word(w.lower()) for w in pair.groups())))):
        return False   # "confirms what [Ana Souza and Ben Park](paper) showed", "[Levi and Katz (2031)](…)": its authors, no title
    if _a_byline_parted_inside_a_name(cand):
        return False
    if (lead := _VENUE_YEAR_LEAD_RE.match(title)) and lead.group(1).lower() in venues() and ":" not in title \
            and LABEL_RE.match(title[lead.end() :]):
        return False   # "WidgetConf 2031 Test of Time Award Honorable Mention 2": the conference's label for a slot
    if _KEYWORDS_FIELD_RE.match(title) or _after_a_keywords_label(cand):
        return False   # "keyword: Widget Planning; Gizmo Avoidance; Swarms" under a record: its field of keywords (the catalogue's
        # titles that open so are acronyms, "TAG: ...")
    if (role := _ROLE_FIELD_RE.match(title)) and not _MIXED_CASE_WORD_RE.search(role.group()):
        return False   # "Committee: USC, U Tokyo, ...", "Chairs: Ana Souza": who served, not a paper (none of the 155k opens so)
    if _INVITED_SPEAKERS_RE.search(title):
        return False   # "## Invited Speakers at the Workshop on Widgets" over their names (one catalogue title holds such words,
        # a proceedings' "Keynote speakers [4 abstracts]")
    if _ROLE_BODY_RE.fullmatch(title) and any(w.lower() in _ROLE_BODY_WORDS for w in words[:-1]):
        return False   # "Programme Committee Chairs" over "Ana Souza, Ben Park": who served, not a paper
    if _URL_TITLE_RE.match(title) or "://" in title:
        return False   # "Paper: <https://dl.acm.org/doi/...>": a link written out, not its title
    if any(CITE_KEY_RE.fullmatch(w) for w in words):
        return False   # "[AlexIacob2031WCLR](url) introduces ...", "vaswani2017attention": a citation key, no title (none of the 155k holds one)
    if _NEVER_IN_A_TITLE_RE.search(title):
        return False   # a pipeline ("A -> B -> C"), display math ("$$ E(r) $$")
    if not strong and _EQUALS_RE.search(title):
        return False   # "Gradients of BPTT = Temporal updates of EP": a note's equation of two things (6 of the catalogue's
        # 155k titles hold one, "3D Human Pose Estimation = 2D Pose Estimation + Matching": with its names or link, a paper)
    if _PAPER_SENTENCE_RE.match(title):
        return False   # "The paper proposes a method to use [SincNet](...) layers ...": a note's sentence about a paper
    if _ends_inside_a_link(cand):
        return False   # "The paper reproduces a [WidgetConf 2030 paper that compared ...](url)": a sentence run into an anchor
    if _CONFERENCE_NAME_RE.search(title) and ":" not in title and not _SHARED_TASK_REPORT_RE.match(title):
        # "Hady attended the 2031 ACM SIGKDD International Conference on ...": a venue named (no catalogue
        # title holds one; a shared task's report does, "Findings of the 2031 Conference on ...: ...")
        return False
    if _PROCEEDINGS_RE.match(title) or _JOURNAL_NAME_RE.match(title):
        return False   # "- Volume: Proceedings of the 2031 Conference on Widget Processing" under a title: its venue
    if _DESCRIBED_WORK_RE.search(title):
        return False   # "a [WidgetConf 2030 paper that compared A and B](url)": a work described, not its title
    if words[0] in _LOWER_CASE_JOINERS and _inside_a_sentence(cand):
        return False   # "... for AWD-LSTM (Merity et al., 2031) on PTB dataset.": a sentence's tail after a citation
    rest = [w for w in words if not (YEAR_TOKEN_RE.fullmatch(w) or w.lower() in venues())]
    if not rest:
        return False   # "her seminal [2031 NIPS paper](url)": a year and a venue, no title
    if len(rest) == 1 and len(words) >= 3 and any(YEAR_TOKEN_RE.fullmatch(w) for w in words):
        return False   # "### ICML 2031 Awards", "NeurIPS 2031 Highlights": a conference, its year and one word
    if len(words) <= 3 and not cand.authors and _PUBLISHER_RE.search(title):
        return False   # "the [ACM Portal](https://dl.acm.org/...)", "ACL Anthology", "IEEE Xplore": a publisher's site (no
        # title of the catalogue's 155k of three words or fewer names a publisher)
    if _LIBRARY_ENTRY_RE.search(title.rstrip(" .")):
        return False   # "see the [ACM Digital Library Widgets entry](doi)": a library's page of the work, described (no catalogue
        # title names a library and ends so)
    if _FIELD_AND_VALUE_RE.fullmatch(title) and not cand.authors:
        return False   # "_Verdict:_ [Skim](#notes) | [Anthology](...)" under a title: a field of its record
    if not strong and _spelled_out_acronym(title):
        return False   # "**CMA (Curriculum Model Averaging).** Keep the rate constant ...": a term and its expansion
    if _on_a_field_line(cand):
        return False   # "**Venue/date:** ICML 2031 / arXiv, submitted June 6" under a record's title and authors
    if _reads_as_affiliations(title) or _FUNDING_BODY_END_RE.search(title.rstrip(" .")):
        return False   # "Paderborn University / EIVA" after a byline: where the authors work (no catalogue title reads so);
        # "the Danish Widget Council (Grant, 2031-2034)": who funded the work
    if _SESSION_LABEL_RE.match(title):
        return False   # "Roundtable Session: Volumes and Materials", "Session 3B - Widgets": a programme's session (no catalogue title opens so)
    if _DEGREE_FROM_RE.match(title):
        return False   # "Ana Souza, MD,PhD from Widget U and Gizmo Tech": a person's degrees, no title
    if _WRITERS_PICKS_RE.search(title):
        return False   # "NeurIPS 2031: Our Favorite Papers on Widgets" over "Insights by A, B, C": the post's own title and byline
    if _POST_NAME_RE.search(title.rstrip(" .:!")):
        return False   # "2031-07-26: Widget Conference (WIDG) 2031 Trip Report": the post's own title (no catalogue title ends so)
    if _RUN_BY_RE.search(title.rstrip(" .:")):
        return False   # "Research Session 1: Database Widgets Chaired" / "by Ana Souza": a session and its chair
    if _DATE_RE.fullmatch(title) or _MONTHS_RE.fullmatch(title):
        return False   # "August 10, 2031" (a tweet's date under its author's name): a day, no title
    if _ENDS_IN_DAYS_RE.search(title):
        return False   # "Springfield, IL, United States: 3-5 May": where and when, no title
    if _OPENS_WITH_A_PREPOSITION_RE.match(title):
        return False   # "at Widget Hall, in Springfield, under the theme Human and Humanizing Widgets": a sentence's rest
    if _POST_TITLE_RE.match(title):
        return False   # "Takeaways from WidgetConf 2031, Part 1: attending a virtual conference": the post's own title
    if _POSITION_RE.match(title):
        return False   # "Principal Machine Learning Scientist, Widgetco Voice" under "Ana Souza": a writer's position, no title
    if _ROOM_RE.search(title) or _VIRTUAL_ROOM_RE.search(title):
        return False   # "East Widget Hall D + A2", "Ballroom 20D", "Zoom Meeting Room": a room of the venue, or of a virtual one (no catalogue title names one so)
    if (picture := _PICTURE_OF_RE.fullmatch(title)) and looks_like_person(picture.group(1)):
        return False   # "Portrait of Ana Souza" over "by Ana Souza": a picture of the post's writer (no catalogue title names a person so)
    if _VENUE_PLACE_RE.search(title):
        return False   # "... at Room 4, Widget Exhibition Congress Center, Springfield.": where it took place (no catalogue title names one so)
    if _CLOCK_TIME_RE.search(title):
        return False   # "Live Events on July 12th: Paper discussions from 9:00 AM - 10:30 AM": a schedule (none of the catalogue's 155k titles has a time)
    if _POSTED_ON_RE.match(title):
        return False   # "Posted on March 3 by Ana Souza": a post's own byline and date (no catalogue title opens so)
    if words[-1].lower().rstrip(".:") in _AWARD_WORDS and len(words) <= 5:
        return False   # "## WIDGETCONF Lifetime Award: Ana Souza": an award and its winner (no catalogue paper's title ends so)
    if len(words) <= 3 and words[-1].lower() in _RESOURCE_WORDS and not cand.authors and cand.title_link is not None \
            and link_kind(cand.title_link.href) == "code":
        return False   # "[LARC dataset](https://github.com/...)" in a table of papers: a resource, linked to its code
    numbers = sum(1 for w in words if _NUMBER_WORD_RE.fullmatch(w))
    if numbers >= 3 and 10 * numbers >= 3 * len(words):
        return False   # "East Tusom: 1600 (train), 400 (dev), 392": a note's figures (1 of the catalogue's 155k titles is so)
    if _DOCUMENT_KIND_RE.fullmatch(title):
        return False   # "PhD Thesis 2031" under a linked title and its author: what kind of work it is, and when
    if words[-1].lower().rstrip(".") in _PERIODICAL_WORDS and not cand.authors:
        return False   # "the October 2031 Visual Widget Newsletter": a periodical's issue (no catalogue title ends so)
    if len(words) <= 3 and words[-1].lower() in _NEVER_LAST_WORDS:
        return False   # a short run cut short ("Data and" of "**Data and code:** https://..."; 2 of 155k titles end so)
    if words[-1] in ("a", "an", "the"):
        return False   # a run cut short at an article ("Gizmo on a: raise the widget, ..."; no catalogue title ends so)
    if cand.unit is not None and cand.unit.section == "notes" and cand.title_link is None \
            and (not strong or _only_cited(cand)):
        return False   # "### Contribution" / "- Gizmo Parsing Without Labels": a point of a paper's review ("- Much faster
        # than widget nets (Souza, 2031).": its one name the citation that backs the point)
    if _WORKSHOP_CODE_RE.match(title):
        return False   # "WS 1: AI and the Afterlife", "Tutorial 3: ...": a programme's workshop or tutorial by its number (none of the
        # catalogue's 155k titles opens so)
    if cand.unit is not None and cand.unit.section == "talks" and _PROGRAMME_CODE_RE.match(title):
        return False   # "T1: Title", "W8: NUSE" under Tutorials or Workshops: a programme's code for a talk
    if is_area_phrase(re.sub(r"\([^)]*\)", " ", title)) and not strong and not cand.venue and not _ARTICLE_OR_ON_LEAD_RE.match(title):
        return False   # ("Multimodal Learning" names an area; "A Theory of Multimodal Learning", "On the Convergence and Robustness
        # of Adversarial Training" are papers: no area heading opens with "A" or "On the"; 12 of the catalogue's 155k open "On";
        # a venue after it makes a reference of it, "Learning Convolutional Neural Networks for Graphs. ICML 2016": 297 of
        # the 155k titles are made of area words)
    if re.match(r"[^()]*\s[^()]*\)", title) and not strong:
        return False   # "Neural Information Processing Systems) 2024": the run began inside a sentence's aside
    if (cand.rule == "record.line" and _named_as_a_talk(cand, with_speakers=strong)) \
            or (cand.rule == "record.item" and _named_as_a_talk(cand, with_speakers=True)):
        return False   # "one of the tutorials at ACL 2024 called **Title**": a tutorial's name (in a list's item, only
        # with its speakers: "- Ana Souza gave a tutorial on “Title”", not "- Workshop paper: Title")
    if (_EVENT_NAME_RE.match(title) and ":" not in title and not strong) or _EVENT_TITLE_RE.match(title):
        return False   # "IEEE Conference on Computer Vision ...", "Workshop on Widgets": an event's name
    if not _has_paper_link(cand) and _names_a_talk_page(cand):
        return False   # "Title <br> [Video](https://conf.cc/virtual/2026/workshop/12)": a workshop's or a tutorial's name
    if len(words) >= 2 and YEAR_TOKEN_RE.fullmatch(words[-1]) \
            and (words[-2].lower() in venues() or (not strong and re.fullmatch(r"[A-Z][A-Z0-9-]{2,}", words[-2]))):
        # "Ada Lovelace Attended NeurIPS 2031": a post's title; "Related work was the ICLR 2031" (paper
        # by Souza et al): a sentence; "[2031 NIPS paper]": no title (none of the catalogue's 155k ends so)
        return False
    if _CJK_RE.search(title):
        # "Whitening的BN，提高GAN的稳定性", "이 때 두 가지 방식이 있습니다": a note in Chinese, Japanese or Korean
        # around English terms (no title of the catalogue's 155k has a CJK letter or Hangul).
        return False
    counted = _COUNT_AFTER_RE.sub("", title)
    if counted != title and is_name(counted):
        return False   # "Josh Souza - 16": a person and a count, a tally of papers per author (none of the 51 of the catalogue's 155k titles that end in a count is a name)
    honorific = HONORIFIC_RE.match(title)
    if honorific and is_name(title[honorific.end() :].strip()):
        return False   # "**Dr. Ada Lovelace** (Widget University)": a person
    if _TITLED_PERSON_RE.search(title) or words[-1].rstrip(".") in ("Dr", "Prof", "Mr", "Mrs", "Ms"):
        return False   # "## 10:00–10:30 – Meeting Dr. Ada Lovelace": a person met, or the run up to the title before the
        # names ("Meeting Dr"): none of the catalogue's 155k titles names a "Dr. A B" or ends so
    return strong or not SENTENCE_RE.search(title)


_POINTER_RE = re.compile(r"(?:see\s+also|further\s+reading|related\s+reading)", re.I)


def _never_a_title(title: str) -> bool:
    """A record's run no paper's title can be, whatever the record's layout (prose candidates have cues of their own): a note on the paper above that opens with its verb, its subject
    left out ("Achieves SOTA performance on the WIDGETHOP dataset (Souza et al. 2031)": none of the catalogue's 155k
    titles opens with such a verb), or a run with an unpaired brace ("**Options:** {Iran, India, Somalia...}", a note's
    example cut at its first comma: 2 of the 155k hold one, both after a backslash), or a bracket left open ("**Question:**
    (Hanging widgets of Springfield, country, ?)" cut at its question mark: none of the 155k opens more than it closes)."""
    words = title.split()
    return (len(words) >= 3 and words[0] in _NOTE_OPENING_VERBS) \
        or len(re.findall(r"(?<!\\)\{", title)) != len(re.findall(r"(?<!\\)\}", title)) \
        or title.count("(") > title.count(")")


# Verbs a note on a paper opens with, its subject left out ("Achieves ...", "Proposes ...").
_NOTE_OPENING_VERBS = frozenset("Achieves Uses Proposes Shows Introduces Presents Describes Improves Outperforms Provides "
                                "Extends Combines Applies Demonstrates Explores Investigates Evaluates Compares Addresses "
                                "Tackles Leverages Finds Analyzes Analyses Considers Develops Builds Creates".split())


_ACRONYM_FIRST_RE = re.compile(r"([A-Z][A-Za-z]*[A-Z][A-Za-z]*)\s*\(([^()]+)\)")


def _spelled_out_acronym(title: str) -> bool:
    """An acronym and its expansion in brackets, nothing else ("CMA (Curriculum Model Averaging)"): a term
    defined in the notes; a title puts its acronym after the words, if anywhere."""
    m = _ACRONYM_FIRST_RE.fullmatch(title)
    if not m:
        return False
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_][\w'-]*", m.group(2)) if w[0].isupper())
    return initials.lower() == "".join(c for c in m.group(1) if c.isupper()).lower()


_KEYWORD_LABELS = frozenset("keyword keywords tag tags topic topics subject subjects category categories".split())


def _after_a_keywords_label(cand: Candidate) -> bool:
    """The title lies on a line that opens with a label of keywords ("keyword: SLAM; Widget Planning; Gizmo ..."): a
    keyword, no title."""
    if cand.unit is None:
        return False
    at = next((t for t in cand.unit.tokens if t.start >= cand.start), None)
    if at is None:
        return False
    line = [t for t in cand.unit.line_tokens(at.line) if t.text[:1].isalnum() or t.text in (":", "：")]
    return len(line) >= 3 and line[0].text.lower() in _KEYWORD_LABELS and line[0].text[1:].islower() and line[1].text in (":", "：")


def _on_a_field_line(cand: Candidate) -> bool:
    """The title lies on a line that opens with a label of a record's field other than its title
    ("**Source/date:**", "*Why you should care:*"): a few emphasised words, the first a field word,
    then a colon that ends the emphasis."""
    if cand.unit is None:
        return False
    at = next((t for t in cand.unit.tokens if t.start <= cand.start < t.end or t.start >= cand.start), None)
    if at is None:
        return False
    line = cand.unit.line_tokens(at.line)
    colon = next((i for i, t in enumerate(line[:6]) if t.text == ":"), None)
    if not colon or line[colon].start > cand.start + len(cand.title):
        return False
    label = line[: colon + 1]
    # (set apart by its emphasis, which ends at the colon: "**Why Widgets Work: A Study**" is a title)
    if not all(t.strong or t.em for t in label) or (colon + 1 < len(line) and (line[colon + 1].strong or line[colon + 1].em)):
        return False
    words = [t.text.lower() for t in line[:colon] if t.text not in "/&"]
    # ("**Award nominations:** Best Systems Paper": the awards it was put up for; "**Best Paper Award:** Title" names the paper)
    return all(w.isalpha() for w in words) and (words[0] in _FIELD_LABEL_WORDS or words[-1] in ("nomination", "nominations"))


def _named_as_a_talk(cand: Candidate, *, with_speakers: bool = False) -> bool:
    """A title inside a sentence that the words before it name as a tutorial, workshop, course or
    talk (the cues that turn down a quoted title); `with_speakers`: only a talk named with its speakers
    before what it is on (the names the record read are theirs)."""
    if cand.unit is None or not cand.unit.tokens or cand.unit.tokens[0].start >= cand.start:
        return False
    before = cand.unit.tokens[0].start
    line = [t for t in cand.unit.tokens if t.line == 0 and before <= t.start < cand.start]
    if len(line) < 3:
        return False
    words = " ".join(t.text for t in line)
    # (... or name its speakers, then what it is on: "a tutorial by Ana Souza and Dana K. Levi on “Title”")
    return bool((not with_speakers and NEGATIVE_QUOTE_CUES_RE.search(words[-80:])) or TALK_BY_SPEAKERS_ON_RE.search(words[-200:]))


def _names_a_talk_page(cand: Candidate) -> bool:
    """The title links a conference's page of a talk (a workshop, a tutorial, ...), or its record's links
    do: a workshop's page only without names (a workshop shows papers), a tutorial's, invited talk's or
    keynote's whatever names it has ("Title - Ana Souza <br> [Tutorial Video](https://conf.cc/virtual/2031/
    tutorial/12)": its speaker)."""
    if cand.title_link is not None and is_talk_page(cand.title_link.href):
        return True
    return any(is_speakers_page(link.href) if cand.authors else is_talk_page(link.href) for link in cand.links)


def _has_paper_link(cand: Candidate) -> bool:
    """A link to the paper in the record, or (plain text) its URL written out right after the title in a list item."""
    return any(link_kind(link.href) == "paper" for link in cand.links) or (
        cand.unit is not None and cand.unit.kind == "item" and not cand.unit.links
        and any(t.line == 0 and cand.end <= t.start <= cand.end + 40 and written_url(t.text)
                and link_kind(t.text) == "paper" for t in cand.unit.tokens))


MIN_SEGMENT_CONFIDENCE = 0.25   # below this the segmenter hardly saw a title at all


def record_candidates(text: str, units: list[Unit], segmenter: Segmenter) -> list[Candidate]:
    """A candidate per unit in which the segmenter finds a title (the judge decides later)."""
    out: list[Candidate] = []
    cache = FeatureCache()
    bylines: set[int] = set()   # tokens a record above read, sure, as names on its continuation line
    names_below: set[int] = set()   # the tokens of the names the record right above took below its title
    names_above: Segment | None = None   # the unit before, when its first line is names only
    for unit, seg in zip(units, segmenter.segment_all(units, cache)):
        budget.check()
        cand = candidate_from_segment(text, seg)
        if cand is not None and not cand.authors:
            _names_in_its_closing_bracket(text, cand)
        if cand is not None and cand.authors:
            _first_author_after_its_colon(text, cand)
            _surname_read_into_the_title(text, cand)
            _without_names_given_as_examples(text, cand)
            _without_a_list_of_institutions(text, cand)
        if cand is not None and names_above is not None:
            _names_above_the_title(text, cand, names_above, names_below)
        names_above = seg if cand is None and names_line(seg) else None
        if cand is not None and cand.score >= MIN_SEGMENT_CONFIDENCE and re.search(r"[^\W\d_]{2}", cand.title) and "://" not in cand.title \
                and not _IDENTIFIER_LEAD_RE.match(cand.title) and not _read_as_names_above(cand, bylines) \
                and not _one_name_read_above(cand, names_below) and not _after_the_byline_above(cand, names_below) \
                and not _affiliation_under_the_byline(text, cand, seg, names_below):
            out.append(cand)
            names_below = {t.start for t in unit.tokens if t.line > 0 and any(s <= t.start < e for _, s, e in cand.authors)}
            # (names it took: not words it labelled so and then turned down, "Adversarially/A Regularized/A Autoencoders/A
            # — Ana Souza", the next line's title)
            bylines.update(t.start for t, lab, p in zip(unit.tokens, seg.labels, seg.confidence)
                           if t.line > 0 and p >= BYLINE_CONFIDENCE
                           and (lab == "S" or (lab == "A" and any(s <= t.start < e for _, s, e in cand.authors))))
            # ... and its names when they go on to a third line or later (one name a line under "[Title](url)").
            named = [t for t in unit.tokens if t.line > 0 and any(s <= t.start < e for _, s, e in cand.authors)]
            if any(t.line >= 2 for t in named):
                bylines.update(t.start for t in named)
    return _dedupe(_dash_bylines_like_the_siblings(text, _titles_wrapped_before_names(text, out)))


_CLOSING_BRACKET_RE = re.compile(r"(\S.*?\S)\s*\(([^()]+)\)")


def _names_in_its_closing_bracket(text: str, cand: Candidate) -> None:
    """A Title Case title the segmenter read to the end of a bracket of full names ("Title (Ana Souza-Park)",
    "Title (Ana Souza, Ben Park)"): the names are its authors, the title ends before the bracket."""
    m = _CLOSING_BRACKET_RE.fullmatch(cand.title)
    if m is None or len(m.group(1).split()) < 3 or caps_ratio(m.group(1)) < 0.6:
        return
    names = [n.strip() for n in re.split(r",|\band\b|&", m.group(2))]
    # (a name the lexicons know, or one of no English word: "Ana Souza-Park"; not "(Extended Version)", "(Long Beach)")
    if not all(len(n.split()) >= 2 and is_name(n) and (looks_like_person(n) or not any(map(is_english_word, n.split())))
               for n in names):
        return
    opening = text.rfind("(", cand.start, cand.end)
    spans = [(n, at, at + len(n)) for n in names if (at := text.find(n, opening, cand.end)) >= 0]
    if opening < 0 or len(spans) != len(names):
        return
    cand.title, cand.end = m.group(1), cand.start + len(text[cand.start : opening].rstrip())
    cand.authors = spans


# "by" and a list of one word each: "by GTech, NASA-JPL, Caltech", "by Souza, Park and Wei".
_BY_ONE_WORD_LIST_RE = re.compile(r"\bby[ \t]+((?:[\w.&’'-]+[ \t]*,[ \t]*)*(?:(?:and|&)[ \t]+)?[\w.&’'-]+)(?=[ \t]*(?:[.;)<]|$))", re.M)
# A word that names an institution by its letters, not a person: "MIT", "NASA-JPL" (then "GTech", "DeepMind": see
# `_an_institutions_word`; "McGann", "LeCun" are surnames).
_ACRONYM_WORD_RE = re.compile(r"[A-Z]{2,}(?:-[A-Z]{2,})*")


def _an_institutions_word(word: str) -> bool:
    return bool(_ACRONYM_WORD_RE.fullmatch(word)) or camel_cased(word)


def _without_a_list_of_institutions(text: str, cand: Candidate) -> None:
    """"Title [[paper](url)] by GTech, NASA-JPL, Caltech.": a list of one word each after "by", one or more of them an
    institution's letters, names where the work comes from, no authors ("by Souza, Park and Wei" are surnames)."""
    if not cand.authors:
        return   # (the names were examples, "including A and B", and are gone already)
    for m in _BY_ONE_WORD_LIST_RE.finditer(text, cand.start, max(a[2] for a in cand.authors) + 2):
        words = [w for w in re.split(r"[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+", m.group(1).strip()) if w]
        if any(_an_institutions_word(w) for w in words):
            cand.authors = [a for a in cand.authors if not m.start(1) <= a[1] < m.end(1)]


# Words that give the names after them as examples of a group, not as a byline: "(stat professors, including Ana Souza and
# Ben Park)", "such as", "e.g.", "among them".
_EXAMPLES_CUE_RE = re.compile(r"\b(?i:including|incl\.|such\s+as|e\.\s?g\.,?|among\s+them|among\s+whom)[ \t]+"
                             r"(?:(?:[A-Z][\w.’'-]*|and|&)[ \t,]+)*$")


def _without_names_given_as_examples(text: str, cand: Candidate) -> None:
    """"The Widgeteers (stat professors, including Ana Souza and Ben Park), performed ...": names after "including" are
    examples of the people a phrase describes, no byline of a title."""
    first = min(s for _, s, _ in cand.authors)
    if cand.start < first and _EXAMPLES_CUE_RE.search(text, cand.start, first):
        cand.authors = [a for a in cand.authors if a[1] < first]


_TITLE_OPENING_SURNAME_RE = re.compile(r"([A-Z][\w'’-]+)\.\s+(?=[A-Z])")
_GIVEN_NAME = r"[A-Z][\w'’-]*\.?[ \t]+"   # a given name or an initial, and the space after it
# Between a byline's last name and the title: the next name's given names alone (", and Yann ").
_GIVEN_NAMES_BEFORE_RE = re.compile(rf"[ \t]*,?[ \t]*(?:(?:and|&)[ \t]+)?((?:{_GIVEN_NAME}){{1,2}})")


def _surname_read_into_the_title(text: str, cand: Candidate) -> None:
    """"..., and Chen E./A Wei/T ./T The Widget Model/T": the byline's last name, right before the title, which opens
    with one capitalised word and a full stop: that word is the name's surname, when the name ends in an initial or
    the word is no English word ("Lena Yung-Li/A Tsu/T ./T"; of the catalogue's 155k titles 12 open so: "Dr. X: ...",
    "Word. On ...")."""
    name, start, end = cand.authors[-1]
    m = _TITLE_OPENING_SURNAME_RE.match(cand.title)
    if m is None or not text.startswith(m.group(0), cand.start):
        return
    # (... or the last name's given names read as neither: "Ben Park, and Yann/? LeCun./T Title": a name of its own)
    given = None
    if text[end : cand.start].strip():
        if (given := _GIVEN_NAMES_BEFORE_RE.fullmatch(text, end, cand.start)) is None:
            return
        name, start = given.group(1).strip(), given.start(1)
    a_word = is_english_word(m.group(1)) or HONORIFIC_RE.match(m.group(0)) is not None
    if (a_word and not INITIAL_RE.fullmatch(name.split()[-1])) or not is_name(f"{name} {m.group(1)}"):
        return
    whole = (f"{name} {m.group(1)}", start, cand.start + m.end(1))
    if given is not None:
        cand.authors.append(whole)
    else:
        cand.authors[-1] = whole
    cand.title, cand.start = cand.title[m.end() :], cand.start + m.end()


def _first_author_after_its_colon(text: str, cand: Candidate) -> None:
    """"Title: Subtitle: Ana Kowalczyk, Ben Park and Chen Wei", the segmenter reading the first name into the title: the
    words after the title's last colon, a name whose surname is no English word, right before the other names and a
    separator, are its first author."""
    head, colon, tail = cand.title.rpartition(": ")
    words = tail.split()
    if not colon or len(head.split()) < 3 or not 2 <= len(words) <= 3 or not is_name(tail) or is_english_word(words[-1]):
        return
    first = min(s for _, s, _ in cand.authors)
    if text[cand.end : first].strip() not in (",", ";", "and", "&") or not text.startswith(tail, cand.end - len(tail)):
        return
    at = cand.end - len(tail)
    colon_at = text.rfind(":", cand.start, at)
    if colon_at < 0:
        return   # (the title's colon written otherwise in the text, a full-width "：")
    cand.end, cand.title = colon_at, head
    cand.authors.insert(0, (tail, at, at + len(tail)))


# After a linked title: the link's target and a dash ("](url) – "); then the rest of the line ("Ido Katz").
_LINK_THEN_DASH = r"\]\([^()\s]*\)\s*[–—-]\s+"
_LINK_THEN_DASH_RE = re.compile(_LINK_THEN_DASH)
_AFTER_LINK_DASH_RE = re.compile(_LINK_THEN_DASH + r"(\S[^\n]*?)\s*$")


def _dash_bylines_like_the_siblings(text: str, cands: list[Candidate]) -> list[Candidate]:
    """"- [Title](url) – Ido Katz" next to items "- [Title](url) – Chen Wei, Hana Mori" whose names were
    read: a name the lexicon does not know, which the title run took, is this item's byline as the
    siblings' are (on its own the words after the dash might be a subtitle)."""
    def dash_byline(c: Candidate) -> bool:
        return c.unit is not None and c.unit.kind == "item" and c.title_link is not None and bool(c.authors) \
            and _LINK_THEN_DASH_RE.fullmatch(text, c.title_link.end, c.authors[0][1]) is not None

    for i, c in enumerate(cands):
        if c.unit is None or c.unit.kind != "item" or c.title_link is None or c.authors or c.end <= c.title_link.end:
            continue
        m = _AFTER_LINK_DASH_RE.match(text, c.title_link.end, c.end)
        if m is None or not 2 <= len(m.group(1).split()) <= 3 or not is_name(m.group(1)):
            continue
        siblings = [x for x in cands[max(0, i - 2) : i + 3] if x is not c and x.unit is not None and x.unit.depth == c.unit.depth]
        if not any(dash_byline(x) for x in siblings):
            continue
        c.title = clean_title(text[c.start : c.title_link.end])
        c.end = c.title_link.end
        c.authors = [(m.group(1), m.start(1), m.end(1))]
    return cands


# A hard line break: two spaces or a backslash before the newline. A line its writer broke so is whole
# ("Title One  \nTitle Two  \nCodeName --- Title Three": three titles, not one wrapped over two lines).
_HARD_BREAK_RE = re.compile(r"(?: {2,}|\\)\n")


def _titles_wrapped_before_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A title hard-wrapped over two lines of one item or paragraph, its names on the third
    ("* Widget Planning Narratives [Enhance](url)" / "  Large Gizmo Model Planner" / "  A, B, C"): the
    first line's record has no names, the second line's record has the names below it, and neither line
    ends a sentence; the two are one title with those names."""
    out: list[Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and prev.unit is not None and c.unit is not None and not prev.authors and c.authors \
                and c.unit.anchor == prev.unit.anchor and prev.unit.tokens and c.unit.tokens \
                and (below := next((t for t in prev.unit.tokens if t.line == 1), None)) is not None \
                and below.start == c.unit.tokens[0].start == c.start and text.count("\n", prev.end, c.start) == 1 \
                and re.fullmatch(r"[*_\]]*(?:\([^)\n]*\))?[*_]*\s*", text[prev.end : c.start]) \
                and not _HARD_BREAK_RE.search(text, prev.end, c.start) \
                and all(start > c.end and text.count("\n", c.end, start) >= 1 for _, start, _ in c.authors) \
                and caps_ratio(c.title) >= 0.75 and caps_ratio(prev.title) >= 0.75 and not prev.title.endswith((".", ":", "?", "!")) \
                and not LABEL_RE.match(prev.title) and not AWARD_LINE_RE.fullmatch(prev.title):
            # ("Best Paper Award for 2031" / "Title" / "A, B": the award's label over the title)
            prev.title = f"{prev.title} {c.title}"
            prev.end, prev.authors = c.end, c.authors
            continue
        out.append(c)
    return out


BYLINE_CONFIDENCE = 0.8
# A record's identifier read as its title ("**[arXiv:2602.12345](…)** · Souza et al." under the paper's heading).
_IDENTIFIER_LEAD_RE = re.compile(r"(?:arxiv|doi|isbn|pmid|pmcid|issn)\s*:\s*\S", re.I)


def _names_above_the_title(text: str, cand: Candidate, above: Segment, names_below: set[int]) -> None:
    """A bibliography entry that breaks its line after the names ("Souza, Ana, and Ben Park" /
    "2031. “Widget Nets.” <url>"): the title's line is the continuation of the names' line, and
    the names below the title (the next entry's) are not its authors. Names the record above took as
    the byline under its title are not this title's when a line of names follows it ("Title" / "A, B"
    / "Title" / "C": one title a line, its names on the next)."""
    unit, words = cand.unit, cand.title.split()
    if unit is None or unit.anchor != above.unit.anchor or len(words) < 3 or YEAR_TOKEN_RE.fullmatch(words[-1]):
        return   # (not "SIGGRAPH Asia 2031" under a line of names)
    below = [t for t in above.unit.tokens if t.line == 1]
    if not below or below[0].start != unit.tokens[0].start:
        return
    line1 = next((t.start for t in unit.tokens if t.line >= 1), None)
    if cand.authors and (line1 is None or any(start < line1 for _, start, _ in cand.authors)):
        return   # names on the title's own line are its authors
    names = line_names(text, above)
    # (its own names below it: those the segmenter read there, or a line that reads as names, when
    # name lexicons miss its given names: "Shuyi Wang, Bing Liu and Guido Zuccon")
    if names and any(start in names_below for _, start, _ in names) and line1 is not None \
            and (cand.authors or reads_as_names(visible_text(text, [t for t in unit.tokens if t.line == 1]))):
        return
    if names:
        cand.authors = names
        # (with the links labelled on the names' line: "M. Souza, B. Park  [Link](pdf)" / "**Title.**" / "*Venue*")
        cand.links += [lk for lk in above.unit.links if lk.start < below[0].start and lk not in cand.links
                       and is_label_anchor(text[lk.start : lk.end])]


def _title_words(cand: Candidate) -> list[Token]:
    """The tokens of a record candidate's title that open with a letter."""
    return [t for t in cand.unit.tokens if cand.start <= t.start < cand.end and t.text[:1].isalpha()] if cand.unit else []


def _read_as_names_above(cand: Candidate, bylines: set[int]) -> bool:
    """Whether the record above read every word of this title as its authors (the line below
    "**Title.**" is "*Zhentao Tan, Menglei Chai, ...*", names no lexicon knows, which its own unit
    took for a title)."""
    words = _title_words(cand)
    if any(t.start in bylines for t in words):
        words = [t for t in words if t.bracket != 1]   # "Himanshu Rai (Layer6 AI)": a name and its affiliation
    return bool(words) and all(t.start in bylines for t in words)


def _after_the_byline_above(cand: Candidate, names_below: set[int]) -> bool:
    """A line after the names the record right above took as its byline ("#### Title" / "A, B, C" /
    "Findings Posters -- Virtual"): those names are not this line's, and it is a note on the paper
    above (its session), not a title of its own."""
    if not cand.authors or cand.unit is None:
        return False
    line_of = {t.start: t.line for t in cand.unit.tokens}
    title_line = line_of.get(cand.start, 0)
    # (names before the unit, which a names-only unit above gave it, are on an earlier line too)
    return all(start < cand.start and line_of.get(start, -1) < title_line and any(start <= t < end for t in names_below)
               for _, start, end in cand.authors)


def _affiliation_under_the_byline(text: str, cand: Candidate, seg: Segment, names_below: set[int]) -> bool:
    """A short line of its own right under the byline the record above took, with no names, link or
    title of its own, and no names on the line after it: the authors' affiliation ("1. Title" /
    "Ana Souza, Ben Park" / "Widgetco Amherst" / "They train ..."), not the next title."""
    unit = cand.unit
    if unit is None or unit.kind != "line" or cand.authors or cand.links or not names_below \
            or len(cand.title.split()) > 4 or unit.tokens[0].start != cand.start:
        return False
    above_start = text.rfind("\n", 0, max(0, text.rfind("\n", 0, cand.start)))
    if not any(above_start < start < cand.start for start in names_below):
        return False
    return not any(t.line == 1 and lab in ("A", "S") for t, lab in zip(unit.tokens, seg.labels))


def _one_name_read_above(cand: Candidate, names_below: set[int]) -> bool:
    """A title that is one person's name with no byline of its own, which the record right above took
    as its author, however unsure its segmenter was ("**Widget Nets.**<br>" / "*Takeshi Kanemura.*<br>")."""
    words = _title_words(cand)
    return bool(words) and not cand.authors and all(t.start in names_below for t in words) \
        and (name_shaped(cand.title) or looks_like_person(cand.title))


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per title span (a title is the anchor of its unit and a continuation of the one
    above): the one that found more."""
    best: dict[tuple[int, int], Candidate] = {}
    for c in cands:
        key = (c.start, c.end)
        old = best.get(key)
        if old is None or (len(c.authors), c.unit is not None and c.unit.tokens[0].start == c.start, c.score) > \
                (len(old.authors), old.unit is not None and old.unit.tokens[0].start == old.start, old.score):
            best[key] = c
    kept = sorted(best.values(), key=lambda c: c.start)
    # A title inside another candidate's title span is the same mention read twice.
    out: list[Candidate] = []
    for c in kept:
        if out and out[-1].start <= c.start and c.end <= out[-1].end:
            if c.authors and not out[-1].authors and c.start > out[-1].start:
                # "Widget Parsing\nwith Gizmos\nAna Souza, Ben Park": the wrapped rest of the title read
                # again by its own line's unit, with the names on the line after it: the title's names
                out[-1].authors = c.authors
            continue
        out.append(c)
    return out


def same_title(a: str, b: str) -> bool:
    ka, kb = norm_text(a), norm_text(b)
    if not ka or not kb:
        return False
    # (the ratio is at most 1 - |la - lb| / (la + lb): lengths further apart never reach the cutoff, and are not compared)
    if ka == kb or (abs(len(ka) - len(kb)) <= LENGTH_SPREAD * (len(ka) + len(kb))
                    and fuzz.token_sort_ratio(ka, kb, score_cutoff=FUZZY_CUTOFF)):
        return True
    if HEAD_RE.search(a) and HEAD_RE.search(b):
        ha, hb = head_key(a), head_key(b)
        if ha == hb and len(ha.split()) >= 3:
            return True
    short, long_ = sorted((ka, kb), key=len)
    return len(short.split()) >= PREFIX_WORDS and long_.startswith(short + " ") and len(short) >= 0.5 * len(long_)


def _named_by_its_head(a: Candidate, b: Candidate) -> bool:
    """One title is the other's head alone, and not both give names (two papers can share a head:
    "Zero-shot widget detection" by A and "Zero-shot widget detection: Learning to ..." by B):
    "Anatomy of Widget Training" for "Anatomy of Widget Training: Using ...", "WARP" for "WARP:
    Widget-Space Analysis ..." (a head of one word only if it is a name: "Attention" is not)."""
    if a.authors and b.authors:
        return False
    for short, full in ((a.title, b.title), (b.title, a.title)):
        head = norm_text(full.split(":", 1)[0])
        if ":" in full and ":" not in short and norm_text(short) == head \
                and (len(head.split()) >= 2 or re.fullmatch(r"\w[\w-]*[A-Z][\w-]*", short.strip())):
            return True
    return False


# Words after which a title's leading noun phrase (its method's name) ends: "Adaptive Widget Displacement | for ...".
_PHRASE_END_WORDS = frozenset("for with via in of on through using by from towards to under without".split())


def _quoted_heads_folded(papers: list[tuple[PaperRecord, list[Candidate]]]) -> list[tuple[PaperRecord, list[Candidate]]]:
    """A quoted phrase in the prose ('they propose an "Adaptive Widget Displacement" (AWD) method') that is
    the leading noun phrase of a record's title in the same report ("Adaptive Widget Displacement for
    Semi-Supervised Gizmo Segmentation"): the method's name, a mention of that paper, not a paper of its own."""
    heads: dict[str, int] = {}
    for k, (rec, group) in enumerate(papers):
        if any(c.rule.startswith("record.") for c in group):
            words = norm_text(rec.title).split()
            for i in range(2, len(words) - 1):
                if words[i] in _PHRASE_END_WORDS:
                    heads.setdefault(" ".join(words[:i]), k)
    if not heads:
        return papers
    folded: set[int] = set()
    for k, (rec, group) in enumerate(papers):
        if rec.authors or not all(c.rule == "prose.quoted" for c in group):
            continue
        target = heads.get(norm_text(rec.title))
        if target is None or target == k:
            continue
        into, into_group = papers[target]
        into.mentions.extend(rec.mentions)
        into_group.extend(group)
        into.aliases.extend(a for a in rec.aliases if a not in into.aliases)
        folded.add(k)
    return [p for k, p in enumerate(papers) if k not in folded]


def merge(text: str, cands: Iterable[Candidate]) -> list[tuple[PaperRecord, list[Candidate]]]:
    """One PaperRecord per paper (variants of a title merged), in text order, with its candidates."""
    papers: list[tuple[PaperRecord, list[Candidate]]] = []
    with_record: set[int] = set()   # the papers a record names (not only prose): no scan of a paper's candidates for it
    index = TitleIndex()            # (the first paper it may be, of those the index gives, is the first of all)
    for c in sorted(cands, key=lambda c: (c.start, -c.score)):
        bare = re.sub(r"^(?:the|a|an)\s+|\s+(?:paper|work|model|method)$", "", c.title, flags=re.I)
        # (a paper's latest candidates first: the likeliest to read as this one, and the answer is the same)
        k = next((k for k in index.candidates(c.title, bare)
                  if any(same_title(c.title, x.title) or _named_by_its_head(c, x) for x in reversed(papers[k][1]))
                  or bare in papers[k][0].aliases), None)
        mention = Mention("paper", text[c.start : c.end], c.start, c.end, c.rule, round(c.score, 3), c.title)
        if k is None:
            k = len(papers)
            papers.append((PaperRecord(title=c.title, score=c.score), []))
        rec, group = papers[k]
        index.add(c.title, k)
        is_record = c.rule.startswith("record.")
        if is_record and id(rec) not in with_record:
            rec.title = c.title   # a record's wording wins over a prose mention's
        elif len(c.title) > len(rec.title) and is_record == (id(rec) in with_record):
            rec.title = c.title
        if is_record:
            with_record.add(id(rec))
        rec.score = max(rec.score, c.score)
        rec.mentions.append(mention)
        group.append(c)
        for name, s, e in c.authors:
            name = " ".join(name.split())   # (a name a soft line break parted: "Ben\n  Park")
            if not any(same_person(name, a) for a in rec.authors):
                rec.authors.append(name)
                rec.author_mentions.append(Mention("person", text[s:e], s, e, c.rule + ".author", round(c.score, 3), name))
        alias = c.alias or defined_acronym(text, c.end)
        if alias and alias not in rec.aliases:
            rec.aliases.append(alias)
            index.add_alias(alias, k)
    papers = _quoted_heads_folded(papers)
    for rec, _ in papers:
        if "&" in rec.title:   # ("Texture &amp; Shape" in a report's inline HTML: the title says "&")
            rec.title = _HTML_ENTITY_RE.sub(lambda m: html.unescape(m.group()), rec.title)
    # Later mentions by acronym ("the MAML paper") are mentions of the paper that defined it.
    for rec, _ in papers:
        for alias in rec.aliases:
            for m in re.finditer(rf"\b{re.escape(alias)}\b", text):
                if not any(x.start <= m.start() < x.end for x in rec.mentions):
                    rec.mentions.append(Mention("paper", alias, m.start(), m.end(), "alias", 0.6, rec.title))
    return papers


_HTML_ENTITY_RE = re.compile(r"&(?:#\d{1,6}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
_ACRONYM_DEF_RE = re.compile(r"\s*\(([A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*s?)\)")


def defined_acronym(text: str, end: int) -> str:
    """An acronym defined right after a title: "Sparse Kernel Machines (SKMs)" (not a venue: "Title (TACL)")."""
    m = _ACRONYM_DEF_RE.match(text, end, min(len(text), end + 24))
    return m.group(1) if m and m.group(1).lower() not in venues() else ""


def scope_end(structure: Structure, cand: Candidate, next_start: int, text: str) -> int:
    """Where the text a record owns ends: the end of its table row, of its list item (nested blocks included), the next
    heading (of its own level or above, for a heading), or the next record."""
    unit = cand.unit
    end = next_start if next_start > cand.start else len(text)
    if unit is None:
        return end
    blocks = structure.blocks
    anchor = blocks[unit.anchor]
    if anchor.kind == "table_row":
        return min(end, anchor.end)   # a row's links are its own: the next row's are not, paper or not
    if unit.tokens and anchor.kind == "paragraph" and in_pipe_rows(text, unit.tokens[0].start):
        return min(end, line_end_at(text, unit.tokens[0].start))   # ... and so are those of a pipe table's row the parser missed
    if anchor.kind == "list_item":
        last = anchor
        # "- Title: X" / "- Authors: A, B" / "- Code: url": a list of fields goes on to the next record.
        fields = title_field(text, [(t.start, t.end) for t in unit.tokens[:3]])
        for b in _blocks_after(blocks, anchor.index):
            if not (_descends(blocks, b, anchor.index) or (fields and (b.list_id == anchor.list_id
                                                                        or _descends(blocks, b, last.index)))):
                break
            last = b
        nxt = next(_blocks_after(blocks, last.index), None)
        if nxt is not None and nxt.start < end and _links_paragraph(text, nxt):
            last = nxt   # "- Title — A, B" then, unindented, "Code: <https://...>": the item's links all the same
        elif nxt is not None and _alone_in_its_list(blocks, anchor, nxt):
            # "- Title (Ana Souza et al.)" / a paragraph of notes / "- Next Title" / ...: an item of its own over its notes,
            # as a post with an item per paper writes them; the paragraphs up to the next record are its notes.
            for b in _blocks_after(blocks, last.index):
                if b.start >= end or b.kind != "paragraph" or b.parent >= 0:
                    break
                last = b
        line_end = text.find("\n", last.end)   # past the item's visible text: a last link's hidden "](url)"
        return min(end, len(text) if line_end < 0 else line_end)
    item = blocks[anchor.parent] if anchor.parent >= 0 and blocks[anchor.parent].kind == "list_item" else None
    reference = anchor.kind == "paragraph" and REFERENCE_LINE_RE.match(text, anchor.start) is not None
    for b in _blocks_after(blocks, anchor.index):
        if b.start >= end:
            break
        if b.kind == "heading" and (anchor.kind != "heading" or b.level <= anchor.level):
            return min(end, b.start)
        if reference and b.kind == "paragraph" and REFERENCE_LINE_RE.match(text, b.start):
            return min(end, b.start)   # "[24] Souza, Ana. ..." owns nothing of "[25] A blog post, [link](...)"
        if item is not None and not _descends(blocks, b, item.index):
            return min(end, b.start)   # a paragraph inside a list item: the next item is another topic's
    return end


_LINK_SYNTAX_RE = re.compile(r"\[([^\[\]\n]*)\]\([^()\s]*\)|<https?://[^>\s]*>|https?://\S+")


def _alone_in_its_list(blocks: list, item: Block, nxt: Block) -> bool:
    """The list item is its list's only one (a paragraph, not an item of its list, comes before and after it):
    `nxt` is the first block after the item and the blocks nested in it."""
    if nxt.kind == "list_item" and nxt.list_id == item.list_id:
        return False
    k = item.index - 1
    while k >= 0:   # (the block before it, or one it is nested in, is no item of the same list)
        if blocks[k].kind == "list_item" and blocks[k].list_id == item.list_id:
            return False
        k = blocks[k].parent if blocks[k].parent >= 0 and blocks[k].parent < k else -1
    return True


def _links_paragraph(text: str, block: Block) -> bool:
    """A paragraph of one line that holds labelled links and nothing else: "Code: <https://...>",
    "[paper](…) · [code](…)"."""
    if block.kind != "paragraph" or block.parent >= 0 or len(block.lines) != 1:
        return False
    line_end = text.find("\n", block.start)
    line = text[block.start : len(text) if line_end < 0 else line_end]
    if not _LINK_SYNTAX_RE.search(line):
        return False
    rest = _LINK_SYNTAX_RE.sub(lambda m: f"|{m.group(1)}|" if m.group(1) is not None else "|", line)
    pieces = [x.strip() for x in re.split(r"[|:;,·•/()\[\]–—-]+", rest.replace("*", "").replace("_", " "))]
    return all(is_label_anchor(x) for x in pieces if x)


def _blocks_after(blocks: list, index: int) -> Iterator:
    """The blocks after blocks[index], in order, without a copy of the rest of the list (a scope
    ends a few blocks on; a copy per record was quadratic in a list of thousands)."""
    for i in range(index + 1, len(blocks)):
        yield blocks[i]


def _descends(blocks, block, ancestor: int) -> bool:
    seen = 0
    while block.parent >= 0 and seen < 50:
        if block.parent == ancestor:
            return True
        block = blocks[block.parent]
        seen += 1
    return False


# The anchor of the markdown link a URL is the target of ("[Project](" right before it).
# A link's anchor right before its target: "[anchor](" inline, "[anchor][label]" or "[anchor] [label]" by reference.
_ANCHOR_BEFORE_RE = re.compile(rf"\[([^\[\]\n]{{1,40}})\](?:\(|{REFERENCE_LABEL})$")
_REFERENCE_LABEL_RE = re.compile(rf"[*_]{{0,3}}\]{REFERENCE_LABEL}")   # after a link's anchor, its label


_REFERENCE_DEFINITION_RE = re.compile(r"[ \t]{0,3}\[[^\]\n]+\]:[ \t]*<?")   # "[16]: " before a URL: a link's definition


def _reference_link_urls(text: str, structure: Structure) -> list[Mention]:
    """The targets of links written by reference ("the code is [here][16]" ... "[16]: https://github.com/..."),
    each where its link is, right after its label: the definitions gather at the report's end, away from
    the paper whose notes use them. (Only for attaching links; no URL mention of the report's.)"""
    out: list[Mention] = []
    for block in structure.blocks:
        for link in block.links:
            if link.href and (label := _REFERENCE_LABEL_RE.match(text, link.end)) is not None:
                out.append(Mention("url", link.href, label.end(), label.end(), "url.reference_link", 1.0, link.href))
    return out
_HTML_ANCHOR_AFTER_RE = re.compile(r"[\"']?[^<>\n]{0,80}?>([^<\n]{1,40})</a>", re.I)   # the anchor after an HTML link's URL
_SITE_SAID_RE = re.compile(r"\b(?:website|web ?page|homepage|project (?:page|site))\b", re.I)
_URL_TEXT_RE = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+/\S*")
CODE_CUE_RE = re.compile(r"\b(?:code|github|repo|implementation|project|demo|website|homepage|examples?|results? on|available|dataset)\b"
                         r"|代码|源码|项目|主页|コード|プロジェクト|코드|프로젝트", re.I)   # the same in Chinese, Japanese and Korean


def attach_links(text: str, structure: Structure, papers: list[tuple[PaperRecord, list[Candidate]]],
                 url_mentions: list[Mention], boundaries: Sequence[int] = ()) -> None:
    """Paper and code links of each paper: those in its record, and code links in the text it owns (up to the next
    paper, or to the next record the judge turned down, `boundaries`)."""
    anchors = sorted((min(c.start for c in group), rec) for rec, group in papers)
    next_start = {id(rec): nxt for (_, rec), (nxt, _) in zip(anchors, anchors[1:] + [(len(text), None)])}
    if boundaries:
        ends = {id(rec): max(c.end for c in group) for rec, group in papers}
        for rec, _ in papers:
            after = bisect.bisect_right(boundaries, ends[id(rec)])
            if after < len(boundaries):
                next_start[id(rec)] = min(next_start[id(rec)], boundaries[after])
    if "][" in text or "] [" in text:
        url_mentions = sorted(url_mentions + _reference_link_urls(text, structure), key=lambda m: m.start)
    starts = [m.start for m in url_mentions]   # (find_urls gives them in text order)

    def urls_in(lo: int, hi: int) -> list[Mention]:
        return url_mentions[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]

    all_starts = sorted(c.start for _, group in papers for c in group)
    owners: dict[str, set[int]] = {}   # a link's canonical URL: the papers whose candidates took it
    titled: dict[str, set[int]] = {}   # ... the papers whose title it anchors
    for rec, group in papers:
        for c in group:
            for link in c.links + ([c.title_link] if c.title_link else []):
                owners.setdefault(normalise_url(link.href), set()).add(id(rec))
            if c.title_link:
                titled.setdefault(normalise_url(c.title_link.href), set()).add(id(rec))
    for rec, group in papers:
        records = [c for c in group if c.unit is not None]
        # Not another paper's title link ("Also: [Title A](pdf); [Title B](pdf)" read as one record of B: A's link is A's).
        own_titles = {normalise_url(c.title_link.href) for c in records if c.title_link}
        for c in records:
            if any(link.start >= next_start[id(rec)] for link in c.links):
                # (a unit read on into the next paper's paragraph: that paragraph's links are the next paper's)
                c = dataclasses.replace(c, links=[link for link in c.links if link.start < next_start[id(rec)]])
            if in_pipe_rows(text, c.start):
                # (a row of a pipe table the parser did not read as one, its unit read on into the next row: that row's links are its own)
                c = dataclasses.replace(c, links=[link for link in c.links if link.start < line_end_at(text, c.start)])
            papers_urls, code_urls = record_links(c, text)
            papers_urls, code_urls = ([u for u in urls if (k := normalise_url(u)) in own_titles or not titled.get(k, set()) - {id(rec)}]
                                      for urls in (papers_urls, code_urls))
            for u in papers_urls:
                if u not in rec.paper_urls:
                    rec.paper_urls.append(u)
            for u in code_urls:
                if u not in rec.code_urls:
                    rec.code_urls.append(u)
        if not records:
            # A title named in prose owns its link only (a paper link, or code the title anchors:
            # "[Widget-AB: a framework for ...](https://github.com/...)"), and the line it is named in (for topics).
            # Also the links labelled as its paper or code right after it ("*Title* (A; [code](…))").
            # (a set: thousands of links may name one title)
            taken = {("paper", u) for u in rec.paper_urls} | {("code", u) for u in rec.code_urls}
            for c in group:
                for link in ([c.title_link] if c.title_link is not None else []) + [x for x in c.links if x is not c.title_link]:
                    kind = link_kind(link.href, text[link.start : link.end])
                    if kind == "code" and link is not c.title_link and names_another_resource(text, link.start, text[link.start : link.end]):
                        continue   # "(pre-trained models as listed [here](https://github.com/...))"
                    own = rec.paper_urls if kind == "paper" else rec.code_urls if kind == "code" else None
                    if own is not None and (kind, link.href) not in taken:
                        own.append(link.href)
                        taken.add((kind, link.href))
            first = min(group, key=lambda c: c.start)
            rec.section_start = text.rfind("\n", 0, first.start) + 1
            end = text.find("\n", first.end)
            rec.section_end = end if end >= 0 else len(text)
            # ... and a code URL written out after it on its line, before the next title ("..., with code at
            # github.com/..."), or linked as code ("downloading the [code from this paper](https://lab.org/x/)");
            # not one a link gives another name ("the [Cornac](https://github.com/...) library").
            stop = min(rec.section_end, next_start[id(rec)])
            for m in urls_in(first.end, stop):
                if m.text in rec.code_urls or text.endswith(('="', "='"), 0, m.start):
                    continue
                anchor = _ANCHOR_BEFORE_RE.search(text, max(0, m.start - 45), m.start)
                linked = text.endswith(("](", "]( "), 0, m.start) or m.rule == "url.reference_link"
                if ((not linked and link_kind(m.text) == "code")
                        or (anchor and (CODE_ANCHOR_RE.match(anchor.group(1)) or _cued_as_code(text, anchor.start(), anchor.group(1)))
                            and link_kind(m.text, anchor.group(1)) == "code")
                        or (url_kind(m.text) == "site" and (host_spells_the_title(m.text, rec.title)
                                                             or site_cued_as_code(text, anchor.start() if anchor else m.start)))) \
                        and not (anchor and names_another_resource(text, anchor.start(), anchor.group(1))):
                    rec.code_urls.append(m.text)
            continue
        first = records[0]
        rec.section_start = first.unit.tokens[0].start if first.unit and first.unit.tokens else first.start
        rec.section_end = scope_end(structure, first, next_start[id(rec)], text)
        rec.section = text[first.start : first.end]
        # Compared in canonical form: a link's anchor is often its own URL without the scheme.
        # The links another paper took are known too: they are not this title's (those of a line
        # read as a title the judge turned down are free).
        known = {normalise_url(link.href) for c in records for link in c.links} | {normalise_url(u) for u in rec.code_urls}
        for first, m in _urls_in_scopes(text, structure, rec, records, urls_in, all_starts, boundaries):
            canonical = normalise_url(m.text)
            line_start = text.rfind("\n", 0, m.start) + 1
            if canonical in known or owners.get(canonical, {id(rec)}) - {id(rec)} or _the_start_of_its_anchors_target(text, m.start, m.text) \
                    or _REFERENCE_DEFINITION_RE.fullmatch(text, line_start, m.start) \
                    or _IMAGE_SOURCE_BEFORE_RE.search(text, max(line_start, m.start - 300), m.start):
                continue   # (a reference's definition counts where the reference is used: "[16]: https://github.com/...";
                # an image's source is a figure: '<img src="https://github.com/user/repo/assets/...">')
            anchor = _ANCHOR_BEFORE_RE.search(text, max(0, m.start - 45), m.start)
            kind = link_kind(m.text, anchor.group(1) if anchor else "")
            # (a URL written out before it is no cue word: "[sgraine.github.io/seminars](https://...)")
            # (the last 60 characters of the line before it, not a copy of the whole line: thousands of links share one)
            before = text[max(line_start, m.start - 60) : m.start]
            cue = CODE_CUE_RE.search(_URL_TEXT_RE.sub(" ", before))
            if kind == "paper" and cue and _SITE_SAID_RE.search(before) and paper_by_path_alone(m.text):
                kind = "site"   # "This work's website is [here](https://lab.xyz/pub/widget-scan/)": the lab's page of it, not the PDF
            opens = anchor.start() if anchor else m.start   # (what comes before the link's anchor)
            if cue and (OTHER_WORK_RE.search(before) or _COMPARED_WITH_RE.search(text, max(line_start, opens - 30), opens)):
                cue = None   # "a separate project, [_gizmoeval_](https://github.com/...), is a tool to ...": not this paper's
            if anchor and not cue and _names_another_work(text, line_start, anchor.group(1), anchor.start(), rec.title):
                continue
            html = None if anchor else _HTML_ANCHOR_AFTER_RE.match(text, m.end)
            tag = text.rfind("<a", line_start, m.start) if html else -1
            if html and tag >= 0 and not cue and kind == "site" and CODE_ANCHOR_RE.match(html.group(1)):
                cue = CODE_CUE_RE.search(html.group(1))   # '<a href="https://lab.github.io/x">Project page</a>': its anchor is the cue
            if html and tag >= 0 and not cue and _names_another_work(text, line_start, html.group(1), tag, rec.title):
                continue   # '..., <a href="https://github.com/...">LightGlue</a> matching for ...': a tool the notes use
            if kind == "code" or (kind == "site" and (cue or _site_after_its_paper(text, m.start, first, rec)) and not is_a_talks_page(m.text)):
                rec.code_urls.append(m.text)
                known.add(canonical)
            elif kind == "paper" and not rec.paper_urls \
                    and (first is records[0] or _LINE_HEAD_BEFORE_A_LINK_RE.fullmatch(text, line_start, m.start)):
                rec.paper_urls.append(m.text)   # a record's paper link on a line of its own (in a later heading's section,
                # not one the notes cite: "- An extension of the metric from https://arxiv.org/abs/...")
    _code_links_kept_by_their_first_paper(papers)


def _the_start_of_its_anchors_target(text: str, start: int, url: str) -> bool:
    """A URL written out to open a link's anchor, cut short by a space, where the link's target goes on from it
    ("[https://github.com/ANA - LAB/widgets](https://github.com/ANA-LAB/widgets)"): a shown copy of the target."""
    if not text.endswith("[", 0, start):
        return False
    close = text.find("](", start + len(url), start + len(url) + 120)
    return close > 0 and "\n" not in text[start:close] and "]" not in text[start:close] and text.startswith(url, close + 2) \
        and bool(text[start + len(url) : close].strip())   # (not the whole target shown: "[https://x.org/a](https://x.org/a)")


# What may come before a link on its line when the link is all the line says: marks, a short label, an anchor.
_LINE_HEAD_BEFORE_A_LINK_RE = re.compile(r"[\s>*_+-]*(?:[\w ]{1,20}[\s*_]*:[\s*_]*)?(?:\[[^\[\]\n]{0,40}\]\(\s*|<)?")
# What opens an image's source right before its URL: '<img width="220" src="', "![a figure](".
_IMAGE_SOURCE_BEFORE_RE = re.compile(r"(?:<img\b[^<>]*\bsrc\s*=\s*[\"']?|!\[[^\[\]\n]*\]\(\s*)$", re.I)


def _urls_in_scopes(text: str, structure: Structure, rec: PaperRecord, records: list[Candidate],
                    urls_in: Callable[[int, int], list[Mention]], all_starts: list[int],
                    boundaries: Sequence[int]) -> Iterator[tuple[Candidate, Mention]]:
    """The URLs in the text a paper's records own, each with its record: the first record's section, then the section
    of each later heading that names the paper again ("Step 1: ... Title" / "## Title" / "notes" / "- Code on <url>"),
    up to the next title of any paper or the next boundary (`attach_links`)."""
    for m in urls_in(rec.section_start, rec.section_end):
        yield records[0], m
    for c in records[1:]:
        if c.unit is None or c.unit.kind != "heading" or not c.unit.tokens or c.start < rec.section_end:
            continue
        nxt = min(_first_after(all_starts, c.end), _first_after(boundaries, c.end))
        for m in urls_in(c.unit.tokens[0].start, scope_end(structure, c, nxt, text)):
            yield c, m


def _first_after(starts: Sequence[int], at: int) -> int:
    """The first of the sorted `starts` at or past `at` (the text's end when none: a large number)."""
    k = bisect.bisect_left(starts, at)
    return starts[k] if k < len(starts) else 1 << 62


def _cued_as_code(text: str, anchor_start: int, anchor: str) -> bool:
    """A code link whose anchor or sentence says so ("The code is [on GitHub](…)", "their [repo is here](…)")."""
    before = text[max(text.rfind("\n", 0, anchor_start) + 1, anchor_start - 40) : anchor_start]
    sentence = re.split(r"[.!?]\s", before)[-1]   # (the words of its own sentence only)
    return bool(CODE_CUE_RE.search(anchor) or CODE_CUE_RE.search(sentence))


def _code_links_kept_by_their_first_paper(papers: list[tuple[PaperRecord, list[Candidate]]]) -> None:
    """A code or project link attached to several papers of a report stays with the first of them only:
    an item copied from another keeps the other's badge ("[Project Page](https://lab.github.io/gizmo-slam/)"
    under twenty papers), and no paper's own code is another paper's (no gold annotation of the seeds or
    the dev set gives one code link to two papers)."""
    seen: set[str] = set()
    for rec, _ in sorted(papers, key=lambda p: p[0].start):
        keys = [normalise_url(u) for u in rec.code_urls]
        rec.code_urls = [u for u, k in zip(rec.code_urls, keys) if k not in seen]
        seen.update(keys)


def _site_after_its_paper(text: str, at: int, record: Candidate, rec: PaperRecord) -> bool:
    """A page written out right after the paper's own URL on the record's line ("Title <arXiv url>,
    <project url>"), right after the title in brackets, or alone on the line under it: the paper's site
    (not one a label or a word sets apart: "; blog post: <url>")."""
    if record.unit is not None and [t.start for t in record.unit.line_tokens(1)] == [at] \
            and re.fullmatch(r"[ \t]*\n[ \t]*", text[record.end : at]):
        return True   # "Title" / "https://lab.org/projects/gizmo/": the line right under the title is its page alone
    line_start = text.rfind("\n", 0, at) + 1
    if line_start > record.end or text.endswith(("](", "]( ", '="', "='"), 0, at):
        return False
    if re.fullmatch(r"[\s\"”'*_]*\(", text[record.end : at]):
        return True   # "Title (https://lab.org/project/)": plain text's link of the title, to its page
    return any(re.search(rf"{re.escape(u)}[\s,;|]*$", text[record.end : at]) for u in rec.paper_urls)


# A comparison right before the link: what it names is another work ("a harder dataset than [SQUAD](url)").
_COMPARED_WITH_RE = re.compile(r"\b(?:than|unlike|compared (?:to|with)|versus|vs\.?)\s*\[?[`*_]*$", re.I)
# Words before a named link that make it the paper's own: "implement it in a library called [X]",
# "their [X] toolkit", "the authors released [X]".
_OWN_WORK_CUE_RE = re.compile(r"\b(?:implement\w*|librar(?:y|ies)|packages?|toolkits?|open[- ]?sourc\w*|releas\w*|their|authors?)\b", re.I)
# Names of frameworks and languages label a paper's code as "[Code]" does: "[PyTorch](https://github.com/...)".
_FRAMEWORK_RE = re.compile(r"(?:(?:py)?torch|tensorflow|tf|keras|jax|flax|mxnet|caffe2?|chainer|paddle\w*|matlab|python|c\+\+|(?:un)?official)$", re.I)


def _names_another_work(text: str, line_start: int, anchor: str, anchor_start: int, title: str) -> bool:
    """A link inside a sentence of a paper's notes, its anchor a name the title does not hold, and
    no code cue before it ("Fine-tuning of [Widgetron](https://github.com/...)", "data via [WidgetBank](...)"):
    a tool or a dataset the notes mention, not the paper's code. A label ("[code]", "[PyTorch]"), a
    link on a line of its own or set in brackets ("[[Widgetron](...)]"), or a word of the title ("we
    release [GizmoNet](...)" under "GizmoNet: ...") is the paper's."""
    name = anchor.strip(" `*_")
    before = text[line_start:anchor_start]
    # (an anchor with no letter, an identifier, names no work: "Arxiv: [2003.06221](https://arxiv.org/abs/...)")
    if not name or not re.search(r"[^\W\d_]", name) or is_label_anchor(name) or _FRAMEWORK_RE.match(name) or before.endswith("[") \
            or not re.search(r"[^\W\d_]{2}", MARKDOWN_LINK_RE.sub(" ", before)) or _OWN_WORK_CUE_RE.search(before[-60:]):
        return False
    words = {w.lower() for w in re.findall(r"[^\W_]+", title)}
    return not any(w.lower() in words for w in re.findall(r"[^\W_]+", name) if len(w) > 2)


_LIBRARY_ENTRY_RE = re.compile(r"\b(?:ACM|IEEE|Digital Library|arXiv|OpenReview|Xplore|Scholar|Anthology|Springer)\b.*"
                               r"\b(?:entry|page|listing|record|version|link)$", re.I)
_ACRONYM_BRACKET_END_RE = re.compile(r"\s+\([A-Z]{2,}\)$")
# A funding body's name: "the Danish Widget Council (Grant, 2031-2034)" (no catalogue title ends in such a word).
_FUNDING_BODY_END_RE = re.compile(r"\b(?:Council|Foundation|Agency|Ministry|Fund|Commission)$")
_NAMED_LAB_RE = re.compile(r"(?:[A-Z][\w&.-]*\s+){0,5}(?:Lab|Labs|University|Institute|Laboratory|Laboratories)")
_ORG_WORD = r"[A-Z][\w&.'’-]*"
# ... or by an organisation's word and what it is of or for ("The University of Tokyo", "Max Planck Institute for
# Informatics"), by a company's research arm ("Microsoft Research", "IBM Widget Research Center") or a society: one
# catalogue title of the 155k reads so, "A Web Lab for ...", which its article sets apart.
_ORGANISATION_OF_RE = re.compile(rf"(?!An?\s)(?:The\s+)?(?:{_ORG_WORD}\s+){{0,4}}(?:University|Universit[äàéy]\w*|Institute|Laboratory"
                                 rf"|Laboratories|Labs?|College|School|Academy)\s+(?:of|for|de|di)\s+{_ORG_WORD}(?:\s+(?:and\s+|&\s+|of\s+)?{_ORG_WORD}){{0,4}}"
                                 rf"|(?:{_ORG_WORD}\s+){{1,4}}(?:Research(?:\s+(?:Center|Centre|Labs?|Institute))?|Cent(?:er|re))"
                                 # ... or a society ("American Association for Artificial Intelligence", "Society for X"; one
                                 # word before it at most: "Unsupervised Graph Association for Person Re-Identification" is a title)
                                 rf"|(?!An?\s)(?:The\s+)?(?:{_ORG_WORD}\s+)?(?:Association|Society|Foundation|Council|Consortium)\s+(?:of|for)\s+"
                                 rf"{_ORG_WORD}(?:\s+(?:and\s+|&\s+)?{_ORG_WORD}){{0,3}}")


def _reads_as_affiliations(title: str) -> bool:
    """An organisation named by its lab or university ("NTNU Widget Robots Lab"), or two organisations
    or more set apart by "/", ",", "&" or "and", each part four words at most, with an organisation's
    word or an acronym ("Widget University / EIVA", "Gizmo Labs & MIT")."""
    title = _ACRONYM_BRACKET_END_RE.sub("", title.strip())   # ("Springfield Institute of Widgets (SIW)": its acronym after it)
    if _NAMED_LAB_RE.fullmatch(title):
        return True   # "NTNU Autonomous Robots Lab", "Widget University" (no catalogue title of six words or fewer ends so)
    if _ORGANISATION_OF_RE.fullmatch(title):
        return True   # "Ana Souza,The University of Widgets; ...": the affiliation after a name, read as the record's title
    parts = [p.strip() for p in re.split(r"\s*(?:/|,|&|\band\b)\s*", title) if p.strip()]
    if len(parts) < 2 or len(title.split()) > 10 or any(len(p.split()) > 4 for p in parts):
        return False
    return any(any(ORGANISATION_WORD_RE.match(w) for w in p.split()) for p in parts) \
        and all(any(ORGANISATION_WORD_RE.match(w) for w in p.split()) or (p.isupper() and " " not in p) for p in parts)


def _inside_a_name(c: Candidate, named: list[tuple[int, int]]) -> bool:
    """The candidate's title is a part of one of the names (spans, sorted) another record took."""
    k = bisect.bisect_right(named, (c.start, 10**12)) - 1
    return k >= 0 and named[k][0] <= c.start and c.end <= named[k][1] and named[k][1] - named[k][0] > c.end - c.start


def _first_name_of_its_byline(c: Candidate) -> bool:
    """The candidate's title is one person's name, and its authors follow it on its line, a separator
    between (after the name's affiliation in brackets, if any): a byline whose first name the segmenter read as
    a title ("The Viet Bui (Widget U), Ben Park (Gizmo Labs)")."""
    # (the name in capitals, the authors after it written otherwise: "DANA LEVI<sup>1</sup>, Ben Park<sup>2</sup>")
    name = c.title.title() if c.title.isupper() and len(c.authors) >= 2 else c.title
    if not c.authors or c.unit is None or not has_the_form_of_names(name, 1, any_case=True):
        return False
    if _english_words_mostly(c.title):
        return False   # ("Differentiable Widget Shadows, Chidi Okafor, Dana Levi": a title of English words; "Anil Kogu" is a name)
    between = [t.text for t in c.unit.tokens if c.end <= t.start < c.authors[0][1]]
    if between[:1] == ["("] and ")" in between:
        between = between[between.index(")") + 1 :]
    while len(between) > 1 and (between[0].isdigit() or between[0] in ("*", "†", "‡")):
        between = between[1:]   # (an affiliation's mark after the name: "DANA LEVI<sup>1</sup>, Ben Park<sup>2</sup>")
    return len(between) == 1 and between[0] in (",", ";", "·", "&", "and")


def _english_words_mostly(title: str) -> bool:
    """More than half of the words are English words no name lexicon knows (a title's, not a byline's)."""
    words = title.split()
    return 2 * english_words_no_name(words) > len(words)


def _byline_alone(c: Candidate) -> bool:
    """A candidate whose whole title is a list of two names or more and that found no names of its own: a
    byline the segmenter read as a title ("<br>Junbin Xu, Xindi Shao, Tat-Seng Chu"); not a title of English words
    joined by "and" ("Towards Gizmo and Personalized Widget Generation")."""
    return not c.authors and c.unit is not None and has_the_form_of_names(c.title, any_case=True) \
        and not _english_words_mostly(c.title)


def _the_whole_title(names: list[tuple[str, int, int]], owner: Candidate) -> bool:
    return bool(names) and names[0][1] <= owner.start and names[-1][2] >= owner.end


def _a_byline_in_capitals(title: str) -> bool:
    """Names set in capitals, as proceedings set bylines ("ANA SOUZA and BEN PARK", "BEN PARK et. al."): in title case
    they read as names the lexicons know."""
    words = title.replace(",", " ").split()
    if len(words) < 2 or not all(w.isupper() for w in words if w.lower() not in CAPITALS_BYLINE_JOINERS):
        return False
    cased = " ".join(w.title() if w.isupper() else w for w in title.split())
    return has_the_form_of_names(cased, least=1) and reads_as_names(cased)


def _release_other_records_authors(cands: list[Candidate]) -> None:
    """Authors and links found on a continuation line belong to the title of that line when it has
    one: an area heading over "Title – A, B" does not take A and B."""
    # A byline the segmenter read as the title of its own unit (names its lexicons do not know:
    # "Rameen Abdal, Peihao Zhu, Niloy Mitra", some typed in lower case or capitals, or a name and "et al.")
    # is no title, nor is the cue of a byline read as one
    # ("Author(Institute): Wen Li(Widgetco)"): the record above keeps its authors.
    anchored = {t.start: c for c in cands if c.unit is not None and not has_the_form_of_names(c.title, any_case=True)
                and not _a_byline_in_capitals(c.title)
                and not _reads_as_affiliations(c.title)   # ("A, B — Widget University / Gizmo Labs": where they work)
                and not ROLE_RE.fullmatch(re.sub(r"\s+(?:and|&)$", "", c.title))   # ("A, B, Council; C, PhD student and D, ...": what they are)
                and not _CITATION_ANCHOR_RE.fullmatch(c.title)   # ("*Ana Souza et. al.*")
                and not _a_byline_parted_inside_a_name(c)
                and not _OPENS_WITH_A_PREPOSITION_RE.match(c.title)   # ("A, B. In Proceedings of WidgetConf 2031.": "of WidgetConf 2031")
                and not (c.unit.tokens and cue_end(c.unit.tokens, 0) is not None)
                for t in c.unit.tokens if t.line == 0}
    for c in cands:
        if c.unit is None:
            continue
        foreign = {t.start: owner for t in c.unit.tokens if t.line > 0 and (owner := anchored.get(t.start, c)) is not c}
        if foreign:
            for owner in {id(o): o for o in foreign.values()}.values():
                names = [a for a in c.authors if foreign.get(a[1]) is owner]
                theirs = {t.link for t in c.unit.tokens if foreign.get(t.start) is owner and t.link >= 0}
                links = [link for i, link in enumerate(c.unit.links) if i in theirs and link in c.links]
                if names or links:
                    c.released.append((owner, names, links))
            c.authors = [a for a in c.authors if a[1] not in foreign]
            # ... and so do its links ("[Next Title](https://arxiv.org/...)" is not this record's paper link).
            theirs = {t.link for t in c.unit.tokens if t.start in foreign and t.link >= 0}
            c.links = [link for i, link in enumerate(c.unit.links) if i not in theirs and link in c.links]


def _released_to_a_turned_down_title(cands: list[Candidate], accepted: list[Candidate]) -> None:
    """Names and links a record gave up to the title of its continuation line come back when the
    judge turns that title down: the line under "[Title](url)" that reads "A, B, C. The kernel stays
    constant ..." holds the record's names and a note, not a second paper."""
    taken = {id(c) for c in accepted}
    for c in accepted:
        # (only what opens that line, before its title: after it, names and links are the title's own,
        # whatever the judge made of it: "Estimation. **Widgetco & Gizmo Labs**", "Unified Records [tool](url)")
        # ... or the names that are its whole title: "<br/><i>Ana Souza</i>", a paper's one author, read as a title
        back = [(names, links) for owner, names, links in c.released if id(owner) not in taken
                and (all(a[2] <= owner.start for a in names) or _the_whole_title(names, owner))
                and all(link.end <= owner.start for link in links)]
        if back:
            c.authors = sorted(c.authors + [a for names, _ in back for a in names], key=lambda a: a[1])
            returned = {id(link) for _, links in back for link in links}
            c.links = [link for link in c.unit.links if id(link) in returned or link in c.links] if c.unit else c.links


def paper_candidates(text: str, structure: Structure, units: list[Unit], segmenter: Segmenter,
                     prose: Iterable[Candidate] = ()) -> list[Candidate]:
    """Every title candidate of a report: records, then prose mentions. A prose mention with the
    same span as a record stays a candidate of its own: the judge may turn down the line as a
    record and still take the quoted title its cue names (at most one of the two is kept)."""
    cands = record_candidates(text, units, segmenter)
    # A record's byline line read as a record of its own, its first name as the title ("<br>Ana/T Souza/T, Ben/A
    # Park/A"): no candidate; the record above reads those names.
    continued = {t.start for c in cands if c.unit is not None for t in c.unit.tokens if t.line > 0}
    # ... or its title a part of a name that record read on its continuation line ("Chen Wei, Evangelos/A Novakou/T" read
    # again as a line: "Novakou" its title)
    named = sorted((s, e) for c in cands if c.unit is not None for _, s, e in c.authors if s in continued)
    cands = [c for c in cands if not (c.start in continued and (_first_name_of_its_byline(c) or _byline_alone(c)
                                                                 or _inside_a_name(c, named))) and not _never_a_title(c.title)]
    _release_other_records_authors(cands)
    for c in cands:
        if not c.links and c.unit is not None and c.unit.kind == "line" and labelled_links_below(text, structure.blocks, c.unit.anchor):
            # ("**Title**" / "- arXiv：<url>" / "- github：<url>": the list below gives the record its paper's link, which makes
            # it a record whatever words its title is made of; its other links come with the record's scope, by their labels)
            c.links = [link for b in list_below(structure.blocks, c.unit.anchor) for link in b.links
                       if link_kind(link.href) == "paper"][:1]
    return cands + field_table_candidates(text, structure) + list(prose)



STRONG_RECORD = 0.85


def _quoted_same_span(text: str, quoted: Candidate | None, record: Candidate) -> Candidate | None:
    """The quoted title kept at the record's start, when the two spans differ only by the closing quote the record's
    span ran on to ('| "Title" |': the record's span ends past the quote, the quotation's before it), or by the title's
    full stop inside it ('Souza, Ana, et al. "Title." Venue')."""
    if quoted is None or quoted.rule != "prose.quoted" or not record.rule.startswith("record."):
        return None
    lo, hi = sorted((quoted.end, record.end))
    return quoted if hi - lo <= 2 and not text[lo:hi].strip("\"“”'‘’.") else None


def _overlap_free(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Of accepted candidates whose spans overlap, the most probable one; a title a sentence cue
    names ("a new work called X") wins over the line around it read as a record, unless that
    record is a confident one (authors, venue: "BERT: Pre-training ... (Devlin et al., NAACL 2019)")
    or gives two names or more ("## Title (WidgetConf 2031)" over "*Ana Souza, Ben Park*")."""
    kept: list[Candidate] = []
    taken = DisjointSpans()
    by_span: dict[tuple[int, int], Candidate] = {}
    by_start: dict[int, Candidate] = {}
    for c in sorted(cands, key=lambda c: (c.rule not in CUE_RULES and c.score < STRONG_RECORD and not _named_record(c), -c.score)):
        if c.end <= c.start:
            kept.append(c)   # an empty span overlaps nothing
        elif not taken.overlaps(c.start, c.end):
            taken.add(c.start, c.end)
            kept.append(c)
            by_span[(c.start, c.end)] = c
            by_start[c.start] = c
        elif (same := by_span.get((c.start, c.end)) or _quoted_same_span(text, by_start.get(c.start), c)) is not None \
                and not same.authors and (
                same.rule == "prose.cued_emphasis" or (same.rule == "prose.quoted" and c.rule.startswith("record.")
                                                       and all(s >= same.end for _, s, _ in c.authors))):
            # the sentence named the emphasised title a paper, its line as a record its authors; or the quotes
            # marked the title, and the record read the names after it that the quote's own reading missed
            # ('"Title?" by Yan Song and Ana Souza', a given name no lexicon knows before a surname that is a word)
            same.authors = c.authors
            if same.rule == "prose.quoted" and not same.links:
                same.links = c.links   # ... and its links ('**WNET**: "Title," in Proc. ICASSP. [[Paper](…)] [[Code](…)]')
            if same.rule == "prose.quoted" and same.unit is None and c.unit is not None and c.unit.kind == "row":
                same.unit = c.unit   # ... and its table row, whose cells hold its URLs written out ('| "Title" | https://arxiv… |')
        elif same is not None and same.rule.startswith("record.") and c.rule.startswith("prose.") and c.authors \
                and all(e2 > c.end for _, _, e2 in c.authors) \
                and any(s < same.start and _in_brackets(text, s) for _, s, _ in same.authors):
            # "Papers: Title A (Souza & Park), Title B (Levi & Novak)": the line read as one record took every name
            # on it, the bracket after each title holds its own (not "Souza et al., Title (with Park)")
            same.authors = c.authors
        elif (cue := same or by_start.get(c.start)) is not None and cue.rule == "prose.title_then_links" and not cue.authors \
                and c.rule.startswith("record.") and cue.end <= c.end and all(s >= c.end for _, s, _ in c.authors):
            # "- Title ([video](…)) - Dana Levi": the cue took the title (from the record, or from a record that ran on
            # into a link label), and the record read the names after the links
            cue.authors = c.authors
        elif same is not None and same.rule.startswith("record.") and c.rule == "prose.link" and len(c.authors) > len(same.authors) \
                and all(any(s2 <= s1 and e1 <= e2 for _, s2, e2 in c.authors) for _, s1, e1 in same.authors):
            # "In their paper [Title](url), Ran Tavo, Emil Novak and Hana Mori show ...": the sentence's reading of
            # its subject took every name the line's reading did, and the ones it missed (a given name that is a word)
            same.authors = c.authors
        elif same is not None and same.rule.startswith("record.") and not same.authors and c.rule in ("prose.quoted", "prose.link") \
                and c.authors and all(s >= c.end for _, s, _ in c.authors):
            # 'the paper **["Title"](pdf)** led by Ana, and ...': the line read as a record found no names, the quote's
            # reading found them after it
            same.authors = c.authors
        elif same is not None:
            _take_names_before_the_quote(text, same, c)
    return sorted(kept, key=lambda c: c.start)


def _without_records_read_across_a_cued_title(text: str, kept: list[Candidate]) -> list[Candidate]:
    """A line read as a record whose title is the words before a title a cue marks, and whose names come
    after that title ("They show large gains. *Title in sentence case* (Souza et al., 2031) goes further."):
    the names are the cued title's, the words before it no title."""
    cued = [c for c in kept if c.rule in CUE_RULES]
    if not cued:
        return kept
    dropped: set[int] = set()
    for c in kept:
        if not c.rule.startswith("record.") or not c.authors:
            continue
        first_name = min(s for _, s, _ in c.authors)
        q = next((q for q in cued if c.end <= q.start and q.end <= first_name and "\n" not in text[c.start : q.end]), None)
        if q is not None:
            dropped.add(id(c))
            if not q.authors:
                q.authors = c.authors
    return [c for c in kept if id(c) not in dropped] if dropped else kept


def _in_brackets(text: str, pos: int) -> bool:
    """Whether `pos` is inside round brackets opened on its line."""
    before = text[_line_start(text, pos) : pos]
    return before.count("(") > before.count(")")


def _named_record(c: Candidate) -> bool:
    """A heading, list item or table row that gives two names or more (a line of prose may name the
    authors of the title its quotes or cue words mark: "include “Title” (A and B, 2016)"), or a line
    whose names are on the line below it ('[1] "Title"' / "A, B and C": a reference)."""
    if len(c.authors) < 2:
        return False
    if c.rule in ("record.heading", "record.item", "record.row"):
        return True
    if c.rule != "record.line" or c.unit is None:
        return False
    below = next((t.start for t in c.unit.tokens if t.line >= 1), None)
    return below is not None and all(s >= below for _, s, _ in c.authors)


# A list's heading that names an event's papers: "Top WCVPR2031 Papers with Code", "Papers at ICML 2031" (none of the
# catalogue's 155k titles holds "papers" and an event with its year).
# ... or its posters, talks, notes: "WCLR2031 Monday Morning Posters", "Notes from WCLR 2031" (one catalogue title reads so,
# the keynotes' abstracts of a proceedings)
_EVENT_PARTS = r"(?:papers|posters|orals|talks|sessions|keynotes?|highlights|notes|recap|takeaways)"
_PAPERS_OF_AN_EVENT_RE = re.compile(rf"\b[A-Z]{{3,}}[- ]?(?:19|20)\d\d\b.*\b{_EVENT_PARTS}\b|\b{_EVENT_PARTS}\b.*\b[A-Z]{{3,}}[- ]?(?:19|20)\d\d\b", re.I)
# The end of a link's anchor that names an event (3 of the catalogue's 155k titles end so).
_EVENT_ANCHOR_END_RE = re.compile(r"\b(?:conference|workshop|symposium|summit)(?:\s+(?:19|20)\d\d)?\W*$", re.I)


def _event_anchored(text: str, link: Link) -> bool:
    """A link, not to a paper, whose anchor ends in "conference" or "workshop": it names the event."""
    return bool(_EVENT_ANCHOR_END_RE.search(text, link.start, link.end)) and link_kind(link.href) != "paper"


def find_papers(text: str, structure: Structure, units: list[Unit], segmenter: Segmenter,
                prose: Iterable[Candidate] = (), boundaries: list[int] | None = None) -> list[tuple[PaperRecord, list[Candidate]]]:
    """The report's papers: candidates the judge accepts, merged. `boundaries`, when given, gets where the records the
    judge turned down start that name two authors or more (`attach_links`: no paper owns the links past them)."""
    cands = paper_candidates(text, structure, units, segmenter, prose)
    _names_before_a_repeated_title(text, cands)
    _one_name_an_item(text, cands)
    _surname_headed_titles(text, cands)
    cands = _names_with_affiliations_below(text, cands)
    areas = _lists_of_areas(text, structure)
    if areas:   # (judged without them, the papers nested under an area's item are no notes on a paper)
        cands = [c for c in cands if not _bare_item_of(c, structure, areas)]
    accepted = judge(cands, text, structure)
    labels = _repeated_link_labels(text, structure)
    # (a title linked to a person's profile is her name: "**[Ana Souza](https://www.linkedin.com/in/asouza/)** presented ...";
    # an anchor that ends in "conference", not a paper's, names the event: "the [2031 Widget Processing (WPS) conference](https://wps.cc)")
    admitted = [c for c in accepted if plausible_title(c.title, c) and not _not_a_paper_here(text, structure, c)
                and not (c.title_link is not None and (_title_key(c.title) in labels or is_a_persons_profile(c.title_link.href)
                                                       or _event_anchored(text, c.title_link)))
                and not _PAPERS_OF_AN_EVENT_RE.search(c.title) and not _link_inside_a_sentence(c)]
    # (a title the judge took but no paper's, "etc. Title. in Proceedings of ...", gives back the names it took too)
    _released_to_a_turned_down_title(cands, admitted)
    _names_right_before_the_quote(text, cands, accepted)
    kept = _overlap_free(text, _without_subtitles_inside_linked_titles(_without_lead_ins_to_linked_titles(
        _without_quoted_heads_of_records(text, accepted, admitted))))
    kept = _without_records_read_across_a_cued_title(text, kept)
    kept = _without_bylines_of_kept_records(kept)
    kept = _without_contents_entries(text, structure, kept)
    kept = _without_notes_under_a_title_line(text, kept)
    kept = _without_parts_of_the_title_above(kept)
    kept = _without_talks_their_notes_name(text, kept)
    kept = _without_categories_over_citations(text, structure, kept)
    _the_link_around_the_title(structure, kept)
    _without_a_label_before_the_linked_title(text, kept)
    _authors_of_the_nearest_title(text, kept)
    _names_after_by_or_from(text, kept)
    _subject_of_its_sentence(text, kept)
    _authors_opening_the_next_paragraph(text, kept)
    _names_below_like_the_other_titles(text, kept)
    _coauthors_named(text, kept)
    _byline_item_under_the_title(text, kept)
    _author_field_under_the_heading(text, structure, kept)
    _one_author_a_line(text, kept)
    _cited_in_its_note_on_the_paper(text, structure, kept)
    _without_places_or_dates_in_bylines(text, kept)
    if boundaries is not None:
        boundaries.extend(sorted(_turned_down_records(cands, kept) + _talk_label_lines(text) + _lines_over_labelled_links(text, structure, kept)))
    return merge(text, kept)


# A reference's names before its title, up to the full stop: "Ana Souza, Ben Park, etc. " (", etc." for the rest).
_NAMES_THEN_STOP_RE = re.compile(r"((?:[A-Z][\w’'.-]*[ \t]+){1,3}[A-Z][\w’'-]+(?:[ \t]*,[ \t]*(?:[A-Z][\w’'.-]*[ \t]+){1,3}[A-Z][\w’'-]+)*)"
                                 r"(?:,?[ \t]*(?:etc|et[ \t]+al)\.?)?\.[ \t]+(?=\S)")


# Given names and initials alone at a line's start, after its marks: "    > Piero A. " (the name's surname opens the candidate).
_GIVEN_NAMES_OPENING_RE = re.compile(rf"[ \t>*_+-]*((?:{_GIVEN_NAME}){{1,3}})")


# A reference line under a title: its marks, then names up to a full stop ("    > Tetsuya Sakai. ").
_MARKS_NAMES_THEN_STOP_RE = re.compile(r"[ \t>*_+-]*" + _NAMES_THEN_STOP_RE.pattern)


def _names_over_the_title_below(text: str, c: Candidate) -> None:
    """The line under the title opens with names, then the same title ("- **Title?**" / "> Tetsuya Sakai. Title? in
    Proceedings ..."), the segmenter reading neither: those names are its authors."""
    nl = text.find("\n", c.end, c.end + _TITLE_LINE_TAIL)
    if nl < 0:
        return
    line_end = text.find("\n", nl + 1)
    m = _MARKS_NAMES_THEN_STOP_RE.match(text, nl + 1, len(text) if line_end < 0 else line_end)
    if m is not None and text.startswith(c.title, m.end()) and (spans := _reference_names(text, m)):
        c.authors = spans


def _reference_names(text: str, m: re.Match[str]) -> list[tuple[str, int, int]]:
    """The names a reference opens with (group 1 of `m`, between commas), each found in the text; none when they do not
    all have the form of names."""
    names = [n.strip() for n in m.group(1).split(",")]
    if not has_the_form_of_names(", ".join(names), len(names)) or any(not is_name(n) for n in names):
        return []
    spans: list[tuple[str, int, int]] = []
    for n in names:
        at = text.find(n, spans[-1][2] if spans else m.start(1), m.end())
        spans.append((n, at, at + len(n)))
    return spans


_TITLE_LINE_TAIL = 300   # characters after a title in which its line ends, for the reference line under it
_GIVEN_NAMES_SPAN = 80   # characters before a candidate in which its line's given names may open


_HEADING_ANCHOR_END_RE = re.compile(r"\s*\{#[^{}\n]*\}\s*$")   # a heading's own anchor: "## Title {#title}"


# One word that names an organisation alone: "Answer.AI", "MIT", "NVIDIA" (a dot between capitals, or capitals only).
_ORGANISATION_TOKEN_RE = re.compile(r"[A-Z][\w-]*\.[A-Z][\w.]*|[A-Z]{2,}")


def _name_and_affiliation(item: str) -> str | None:
    """The person's name that opens "Ana Souza Widget University" or "Ben Park Answer.AI": the longest opening of two to
    four words that is a name, its rest an organisation (two words or more with an organisation's word in them, or one
    word that names one alone); None when the item does not read so."""
    words = item.split()
    for k in range(min(4, len(words) - 1), 1, -1):
        name, rest = " ".join(words[:k]), words[k:]
        if any(ORGANISATION_WORD_RE.match(w) for w in words[:k]) or not is_name(name):
            continue
        if (len(rest) >= 2 and any(ORGANISATION_WORD_RE.match(w) for w in rest)) \
                or (len(rest) == 1 and not ORGANISATION_WORD_RE.match(rest[0])
                    and (_ORGANISATION_TOKEN_RE.fullmatch(rest[0]) or is_brand_word(rest[0]))):
            return name
    return None


def _names_with_affiliations_below(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A title alone on its line over a line of "Name Affiliation" items set apart by commas, with no brackets ("Ana Souza
    Widget University, Ben Park Answer.AI, Chen Wei Widget University"): the names are its authors, and no candidate
    opens inside that line."""
    bylines: list[tuple[int, int]] = []
    for c in cands:
        rest = _title_alone_on_its_line(text, c, 3)
        if rest is None or rest.end() >= len(text) or text[rest.end() - 1 : rest.end()] != "\n":
            continue
        start = rest.end()
        end = line_end_at(text, start)
        items = text[start:end].split(",")
        if len(items) < 2 or "(" in text[start:end]:
            continue
        names: list[tuple[str, int, int]] = []
        at = start
        for item in items:
            lead = len(item) - len(item.lstrip())
            name = _name_and_affiliation(item.strip())
            if name is None:
                break
            names.append((name, at + lead, at + lead + len(name)))
            at += len(item) + 1
        if len(names) == len(items) and 2 * sum(looks_like_person(n) for n, _, _ in names) >= len(names):
            c.authors, c.released = names, []   # (what it had given up to the line's own reading is read here)
            bylines.append((start, end))
    if not bylines:
        return cands
    return [c for c in cands if not any(s <= c.start < e for s, e in bylines)]


# Words of a post's sections that a lexicon also has as names ("## WCLR 2031 Oral: Title", "Day", "Best", "Online").
_SECTION_WORDS = frozenset("day days oral orals best takeaways intro online poster posters spotlight keynote tutorial workshop session "
                           "panel award awards highlights notes recap summary review part track demo findings".split())


def _surname_headed_titles(text: str, cands: list[Candidate]) -> None:
    """Lines that open with a venue, its year and a surname before a colon, two or more in the report ("## WCLR2031
    Souza: sparse widget kernels" / "## WCLR2031 Park: gizmo tuning"): the title is what follows the colon, the surname
    its first author's."""
    # (a surname, not a section's word: "## WCLR 2031 Highlights: ...")
    heads = {m.start(): m for m in VENUE_YEAR_SURNAME_RE.finditer(text)   # (by their line's start)
             if m.group(1).lower() in venues() and m.group(3).lower() not in _SECTION_WORDS
             and (is_surname(m.group(3)) or m.group(3).lower() in person_names()[1] or m.group(3).lower() in person_names()[0])}
    if len(heads) < 2:
        return
    for c in cands:
        m = heads.get(text.rfind("\n", 0, c.start) + 1)
        if m is None or c.start > m.end():
            continue
        end = c.end
        if end <= m.end():   # (the run stopped at the colon: "## WCLR2031 Souza: safety of LM's widgets {#anchor}", the rest
            # of the line is the title, up to a heading's anchor)
            end = line_end_at(text, m.end())
            end = m.end() + len(_HEADING_ANCHOR_END_RE.sub("", text[m.end() : end]).rstrip(" *_#"))
        words = text[m.end() : end].split()
        # (two words or more, or one coined name: "WCLR2031 Park: GizmoLM")
        if not (len(words) >= 2 or (len(words) == 1 and sum(ch.isupper() for ch in words[0]) >= 2)):
            continue
        c.title, c.start, c.end = clean_title(text[m.end() : end]), m.end(), end
        c.authors, c.venue = [(m.group(3), m.start(3), m.end(3))], True


def _names_before_a_repeated_title(text: str, cands: list[Candidate]) -> None:
    """"- **Title.**" / "> Eneko Agirre. Title. in Proceedings of ...": a reference line under a title that repeats it,
    the segmenter reading its names into the title (names no lexicon knows): the words before the repeated title, in the
    form of names, are its authors, and the title is the other's."""
    keys = {norm_text(c.title) for c in cands}
    for c in cands:
        if not c.authors and c.unit is not None and len(c.title.split()) >= 3:
            _names_over_the_title_below(text, c)
        # (the given names may lie before the candidate, the segmenter reading them as neither: "> Piero A. |Bonatti. Title";
        # looked for a short way back only: a long line's start is far, and then no given names open it)
        line_start = text.rfind("\n", max(0, c.start - _GIVEN_NAMES_SPAN), c.start) + 1
        given = _GIVEN_NAMES_OPENING_RE.fullmatch(text, line_start, c.start) if line_start or c.start <= _GIVEN_NAMES_SPAN else None
        lead_at = given.start(1) if given is not None and not c.authors else c.start
        m = _NAMES_THEN_STOP_RE.match(text, lead_at, c.end)
        if m is None or m.end() <= c.start or norm_text(text[m.end() : c.end]) not in keys \
                or not c.title.startswith(text[c.start : m.end()].strip()):
            continue
        if spans := _reference_names(text, m):
            c.title, c.start, c.authors = text[m.end() : c.end].strip(), m.end(), spans


REPEAT_WINDOW = 800   # characters after a paper's mention in which its title, written again, is read as no one's name


def titles_repeated_nearby(text: str, papers: list[PaperRecord]) -> list[tuple[int, int]]:
    """Where a paper's title is written again right after its mention, as a reference line under a bold title repeats
    it ("- **Title.**" / "> A, B. Title. in Proceedings ..."): spans in which no person is named ("... by Generalized
    Recursive Reasoning")."""
    out: list[tuple[int, int]] = []
    for p in papers:
        if not p.mentions or len(p.title.split()) < 3:
            continue
        m = p.mentions[0]
        at = text.find(p.title, m.end, m.end + REPEAT_WINDOW)
        if at >= 0:
            out.append((at, at + len(p.title)))
    return out


# After a one-word "name": a comma and the next word ("Phoenix|, Arizona").
_COMMA_WORD_AFTER_RE = re.compile(r"[ \t]*,[ \t]*([A-Z][\w’'-]+)")


def _without_places_or_dates_in_bylines(text: str, kept: list[Candidate]) -> None:
    """A one-word "author" that is a country or a US state ("Arizona"), or that a country or state follows ("Phoenix,
    Arizona"), among full names: the place of the venue the reference names after them, read as names. One-word
    "authors" that are mostly countries ("{Iran, India, Pakistan, Somalia}", a note's example) are no byline at all,
    and a month before a year ("[Jan 2031]") is a date."""
    for c in kept:
        c.authors = [a for a in c.authors if not _a_date(text, a)]
        places = sum(_a_place(text, a) for a in c.authors)
        if any(len(a[0].split()) >= 2 for a in c.authors) and places:
            c.authors = [a for a in c.authors if not _a_place(text, a)]
        elif places >= 2 and 2 * places >= len(c.authors):
            c.authors = []


# A year after a month: "[Jan 2031]", "March 2031" after a link is a date, no one-word name.
_YEAR_AFTER_RE = re.compile(r"\.?[ \t]*,?[ \t]*(?:19|20)\d\d\b")


def _a_date(text: str, author: tuple[str, int, int]) -> bool:
    """Whether a one-word name is a month with a year after it ("[Jan 2031]": when a linked article appeared)."""
    name, _, end = author
    return name.lower().rstrip(".") in MONTHS and _YEAR_AFTER_RE.match(text, end) is not None


def _a_place(text: str, author: tuple[str, int, int]) -> bool:
    """Whether a one-word name is a country or a US state, or a country or state follows it after a comma."""
    name, _, end = author
    if len(name.split()) != 1:
        return False
    after = _COMMA_WORD_AFTER_RE.match(text, end)
    return name.lower() in place_names() or (after is not None and after.group(1).lower() in place_names())


# A line that opens with a talk's label ("Invited Talk: Fact Verification with ...", "- 14:00 Keynote - Ana Souza"): what
# follows it is that talk's, so no paper above owns the links below it.
_TALK_LABEL_LINE_RE = re.compile(r"^[ \t|>*_#+-]*(?:\d{1,2}[:.]\d\d\s*(?:[ap]m)?\s*[:-]?\s*)?"
                                 r"(?:invited\s+talk|keynote(?:\s+talk)?|tutorial|panel(?:\s+discussion)?)\b[ \t]*[:\-–—]", re.I | re.M)


def _talk_label_lines(text: str) -> list[int]:
    """Where the lines start that open with a talk's label."""
    return [m.start() for m in _TALK_LABEL_LINE_RE.finditer(text)]


def _lines_over_labelled_links(text: str, structure: Structure, kept: list[Candidate]) -> list[int]:
    """Where the lines start, not kept as papers, that stand over a list of their own labelled links ("**Urban Widget
    Fields**" / "- Homepage: https://..." / "- Paper: https://arxiv.org/..."): a record of its own, whatever the judge
    made of its title, whose links are no other paper's."""
    blocks = {b for c in kept if c.unit is not None for b in c.unit.blocks}
    return [b.start for b in structure.blocks if b.index not in blocks and labelled_links_below(text, structure.blocks, b.index)]


def _turned_down_records(cands: list[Candidate], kept: list[Candidate]) -> list[int]:
    """Where the records start that the judge turned down though they name two authors or more and a plausible title,
    away from every kept candidate: a paper of its own the judge doubted, whose links are no other paper's."""
    # (nor inside a kept record's unit or block: "- Title (Oral)" / "  A, B and C" / "  [code](url)" read again from its names)
    taken = [(c.start, c.end) for c in kept] + [(c.unit.tokens[0].start, c.unit.tokens[-1].end) for c in kept if c.unit and c.unit.tokens]
    blocks = {b for c in kept if c.unit is not None for b in c.unit.blocks}
    kept_ids = {id(c) for c in kept}
    starts = {c.start for c in cands if c.unit is not None and id(c) not in kept_ids and len(c.authors) >= 2 and c.unit.anchor not in blocks
              and not any(s < c.end and c.start < e for s, e in taken) and plausible_title(c.title, c)}
    return sorted(starts)


def _without_bylines_of_kept_records(kept: list[Candidate]) -> list[Candidate]:
    """A candidate with no names of its own whose span holds two names or more that a kept record took as
    its authors ("**Best Demo**: Title<br/> _Ana Souza, BEN PARK and chen wei_": the emphasised byline, read
    after the award's cue as a title), or is one of those names: the record's byline, not a paper."""
    names = sorted(s for c in kept for _, s, _ in c.authors)
    spans = {(s, e) for c in kept for _, s, e in c.authors}
    if not names:
        return kept

    def byline(c: Candidate) -> bool:
        # (... or exactly one name a record took: "See also: Ana Souza, “Title”, WCLR 2031" read after its cue)
        return not c.authors and (bisect.bisect_left(names, c.end) - bisect.bisect_left(names, c.start) >= 2
                                  or (c.start, c.end) in spans)

    return [c for c in kept if not byline(c)]


def _without_quoted_heads_of_records(text: str, accepted: list[Candidate], cands: list[Candidate]) -> list[Candidate]:
    """A quote that opens a record's title, the title going on after it with a colon ("| “I'm Looking for a Widget”: An
    Exploratory Study of ... (WCLR 2031) |"): the title's quoted head, not a title of its own (the quote's cue would
    win over the record)."""
    ends = {c.start: c.end for c in accepted if c.rule.startswith("record.")}   # (the record's title opens with the quote or its mark)
    return [c for c in cands if not (c.rule == "prose.quoted" and _QUOTE_CLOSE_THEN_COLON_RE.match(text, c.end)
                                     and max(ends.get(c.start, 0), ends.get(c.start - 1, 0)) > c.end)]


_QUOTE_CLOSE_THEN_COLON_RE = re.compile(r"[”\"’']\s*:\s+\S")


def _without_lead_ins_to_linked_titles(cands: list[Candidate]) -> list[Candidate]:
    """A line read as one record, with no names and no link of its own, over two linked titles or more
    that the prose reading took ("More work on widgets: [Title A](…), [Title B](…), [Title C](…) etc."):
    the line leads into a list of titles, and those are the papers, not the line."""
    linked = sorted((c for c in cands if c.rule == "prose.link"), key=lambda c: c.start)
    if len(linked) < 2:
        return cands
    starts = [c.start for c in linked]

    def lead_in(c: Candidate) -> bool:
        if not c.rule.startswith("record.") or c.authors or c.title_link is not None:
            return False
        i = bisect.bisect_left(starts, c.start)
        inside = 0
        while i < len(linked) and linked[i].start < c.end and inside < 2:
            inside += linked[i].end <= c.end
            i += 1
        return inside >= 2

    return [c for c in cands if not lead_in(c)]


def _without_subtitles_inside_linked_titles(cands: list[Candidate]) -> list[Candidate]:
    """A "Head: Subtitle" shape found inside a record's title that is its paper link's whole anchor ("[Multilingual
    widget model Adaptive Tuning: A Study](arxiv)"): the anchor bounds the title, the shape is only its tail."""
    anchored = [c for c in cands if c.rule.startswith("record.") and c.title_link is not None
                and c.title_link.start <= c.start and c.end <= c.title_link.end]
    if not anchored:
        return cands
    return [c for c in cands if c.rule != "prose.subtitled"
            or not any(r.start < c.start and c.end <= r.end for r in anchored)]


def _repeated_link_labels(text: str, structure: Structure) -> set[str]:
    """Anchor texts (title keys) that label links to three places or more: a row's "[Conference page -
    Video & Abstract](…)" names the kind of link, as "[code]" does, not a paper (one paper's title may
    anchor two links, its paper and its code, but not three to different places)."""
    targets: dict[str, set[str]] = {}
    for b in structure.blocks:
        for link in b.links:
            if link.end > link.start:
                targets.setdefault(_title_key(text[link.start : link.end]), set()).add(link.href)
    return {key for key, hrefs in targets.items() if len(hrefs) >= 3 and key}


# A note that names what it describes a tutorial or a workshop: "In this tutorial, we ...", "This workshop aims to ...".
# (the note's first words, at its line's start after any list mark or tag: "* <small>In this tutorial, ...")
_THIS_TALK_RE = re.compile(r"(?m)^[ \t>*+-]*(?:<[^<>\n]*>\s*)*(?:[Ii]n\s+)?(?:[Tt]his|[Tt]he\s+(?:first|second|third|last|opening|closing)"
                           r"(?:\s+of\s+the)?)\s+(?:half-day\s+|full-day\s+|introductory\s+)?"
                           r"(?:tutorials?|workshops?|course|keynotes?|invited\s+talks?|plenary\s+talks?)\b")
# ... and under a heading, a note that calls it "the workshop" ("## [Title](site)" / "The workshop, as its name says, ..."),
# not one that names another ("The keynote on widgets drew a crowd").
_THE_TALK_RE = re.compile(r"[ \t>]*(?:<[^<>\n]*>\s*)*The\s+(?:tutorial|workshop|course|keynote)\b(?!\s+(?:on|of|by|about|at|in)\b)")
_LINE_BREAKS_RE = re.compile(r"\n(?:[ \t]*\n)*")


def _without_talks_their_notes_name(text: str, kept: list[Candidate]) -> list[Candidate]:
    """A record whose note, the first line after the record's own lines, calls what it describes a tutorial, a workshop
    or an invited talk ("**Title**<br>*A, B*" / "* In this tutorial, we focus on ...", "Title" / "The first of the invited
    talks, by Ana Souza, was ..."): a talk's name, no paper."""
    drop: set[int] = set()
    for c in kept:
        if not c.rule.startswith("record.") or c.unit is None or not c.unit.tokens or _has_paper_link(c):
            continue
        at = text.find("\n", c.unit.tokens[-1].end)
        gap = _LINE_BREAKS_RE.match(text, at) if at >= 0 else None   # (past blank lines)
        second = next((t.start for t in c.unit.tokens if t.line == 1), -1)   # (or the note read as the record's next line)
        notes = ([gap.end()] if gap is not None else []) + ([text.rfind("\n", 0, second) + 1] if second >= 0 else [])
        if any(_THIS_TALK_RE.match(text, start) or (c.unit.kind == "heading" and _THE_TALK_RE.match(text, start)) for start in notes):
            drop.add(id(c))
    return [c for c in kept if id(c) not in drop]


def _without_parts_of_the_title_above(kept: list[Candidate]) -> list[Candidate]:
    """A prose mention whose words are a part of the title taken right before it ("13. [Fast Widget Nets with
    Sliding Gizmo Attention](url)" / "* **Summary**: a new attention ("Sliding Gizmo Attention") ..."): the paper's
    method named in a note on it, no paper of its own."""
    drop: set[int] = set()
    seen: list[Candidate] = []
    for c in sorted(kept, key=lambda c: c.start):
        above = next((x for x in reversed(seen) if x.end <= c.start), None)
        if above is not None and c.rule.startswith("prose.") and not above.rule.startswith("prose.") \
                and len(c.title.split()) < len(above.title.split()) \
                and re.search(rf"(?<!\w){re.escape(_title_key(c.title))}(?!\w)", _title_key(above.title)):
            drop.add(id(c))
            continue
        seen.append(c)
    return [c for c in kept if id(c) not in drop]


def _without_notes_under_a_title_line(text: str, kept: list[Candidate]) -> list[Candidate]:
    """An indented outline of plain lines ("  Session 10C" / "    +Title." / "      Widget F1 ~93%" /
    "        Add: a local constraint"): a line read as a record, without a link of its own, that sits deeper
    than a line above it in its paragraph that holds a title taken, each line between them less indented than
    the one below it, is a note on that paper."""
    title_lines: dict[int, list[Candidate]] = {}
    for c in kept:
        title_lines.setdefault(_line_start(text, c.start), []).append(c)
    out = []
    for c in kept:
        if c.rule == "record.line" and c.title_link is None and (head := _titled_outline_parent(text, _line_start(text, c.start), title_lines)) is not None \
                and not any(same_title(c.title, x.title) for x in title_lines[head]):
            continue   # (not the title's own reference quoted under it: "- **Title.**" / "    > A, B. Title. In ...")
        out.append(c)
    return out


def _titled_outline_parent(text: str, start: int, title_lines: dict[int, list[Candidate]]) -> int | None:
    """The nearest outline ancestor of the line at `start` (its parent, the parent's parent, ...) that holds a title."""
    head = _outline_parent(text, start)
    while head is not None and head not in title_lines:
        head = _outline_parent(text, head)
    return head


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _indent(text: str, start: int) -> int:
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)]
    return len(line) - len(line.lstrip(" \t"))


def _outline_parent(text: str, start: int) -> int | None:
    """The start of the nearest line above `start`, in its paragraph, indented less than it (None when
    the line is not indented, or a blank line comes first)."""
    depth = _indent(text, start)
    if depth == 0:
        return None
    at = start
    while at > 0:
        above = _line_start(text, at - 1)
        if not text[above : at - 1].strip():
            return None
        if _indent(text, above) < depth:
            return above
        at = above
    return None


# What may stand between a work's authors and its quoted title: "Ana Souza et al. “Title”", "Ben Park: "Title"",
# "Ana Souza and Ben Park for “Title”" (an award's winners).
# ('A and B. "Title." Journal ...' too, and "Souza, Ana, et al. "Title."", a scholar's MLA citation)
_NAMES_TO_QUOTE_RE = re.compile(r"\s*\.?(?:,\s*(?=et\b))?(?:et\.?\s*al\.?)?\s*[,.:–—-]?\s*(?:for\s+)?[\"“”‘’'«]?")


def _names_right_before_the_quote(text: str, cands: list[Candidate], accepted: list[Candidate]) -> None:
    """A quoted title the judge took from its cue, where the judge turned down the same line read
    as a record ('Best short paper: Ana Souza et al. "Title"'): the record's names that end right
    before the quote are the title's authors."""
    taken = {id(c) for c in accepted}
    turned_down = {(c.start, c.end): c for c in cands if id(c) not in taken and c.rule.startswith("record.") and c.authors}
    for c in accepted:
        if (rec := turned_down.get((c.start, c.end))) is not None:
            _take_names_before_the_quote(text, c, rec)


def _take_names_before_the_quote(text: str, quoted: Candidate, record: Candidate) -> None:
    """The names of `record` that end right before `quoted`'s quote become its authors."""
    if quoted.rule != "prose.quoted" or quoted.authors or not record.authors:
        return
    before = [a for a in record.authors if a[2] <= quoted.start]
    if before and _NAMES_TO_QUOTE_RE.fullmatch(text, before[-1][2], quoted.start):
        quoted.authors = before


_AREA_LIST_MIN_ITEMS = 5


def _lists_of_areas(text: str, structure: Structure) -> set[int]:
    """Lists that name areas or sessions, not papers ("1. RDMA / 2. Learning with GPUs / 3. Congestion
    Control / ..."): five items or more, half of them or more a phrase of three words or fewer with no
    link, no field's colon and no items of its own (a paper's title is seldom so short, an area's
    often is; a short item over nested ones heads a group of papers)."""
    parents = {b.parent for b in structure.blocks if b.parent >= 0}
    items: dict[int, list[bool]] = {}
    for b in structure.blocks:
        if b.kind == "list_item" and b.list_id >= 0 and b.lines:
            first = text[b.lines[0][0] : b.lines[0][1]]
            short = len(re.findall(r"[^\W\d_][\w'’-]*", first)) <= 3 and not b.links and b.index not in parents \
                and ":" not in first and "http" not in first
            items.setdefault(b.list_id, []).append(short)
    return {lid for lid, shorts in items.items() if len(shorts) >= _AREA_LIST_MIN_ITEMS and 2 * sum(shorts) >= len(shorts)}


def _bare_item_of(c: Candidate, structure: Structure, areas: set[int]) -> bool:
    """A list item of a list of areas that gives no names and no link: an area too."""
    if c.rule != "record.item" or c.unit is None or c.authors or c.title_link is not None or c.links:
        return False
    return structure.blocks[c.unit.anchor].list_id in areas


# A heading over a keynote, a panel or an invited talk ("## 9:00 – Keynote by Dr. Ada Lovelace"), or the
# words before a quoted title on its line that make it a talk's ("Invited speaker Ana Souza presenting ...").
_TALK_HEADING_RE = re.compile(r"\b(?:keynotes?|panels?|plenary|invited (?:talks?|speakers?)|fireside chat)\b", re.I)
# A heading over one tutorial or a tutorial day ("## Tutorial 3 of 4"), not over workshops or papers too ("Day 1. Workshops
# and Tutorials").
_TUTORIAL_HEADING_RE = re.compile(r"\btutorials?\b", re.I)
_NOT_ONLY_TUTORIALS_RE = re.compile(r"\b(?:workshops?|papers?|posters?|orals?|sessions?|talks?)\b", re.I)


# A title's presenters named right after it: "*Deep Widgets*, presented by", "*Title* given by".
_PRESENTED_BY_AFTER_RE = re.compile(r"[*_]{0,3}\s*,?\s+(?:presented|given|delivered|taught)\s+by\b")
_SENTENCE_END_RE = re.compile(r"\.\s+(?=[A-Z“\"'])")
# A quote opened before a title and not closed ("presenting 'Data-Driven" when the title's run starts after a word).
_OPEN_QUOTE_RE = re.compile(r"(?:^|\s)['\"“‘«][^'\"”’»]*$")
_TAG_OPEN_RE = re.compile(r"<[a-zA-Z]")
_TALK_IN_ANCHOR_RE = re.compile(r"\b(?:tutorials?|workshops?|keynotes?|invited talks?)\b", re.I)
# A blog page's link to its neighbours: "Next post" / "Previous post" before another post's title.
_POST_NAVIGATION_RE = re.compile(r"[\s«‹←<]*(?:next|previous|prev|older|newer)\s+(?:post|article|entry)\b", re.I)
# The rest of a label's line after its words: a colon, the emphasis closing, a line break tag ("**Widgets :**<br />").
_LABEL_COLON_END_RE = re.compile(r"[ \t]*:?[ \t]*(?:\*\*|__|\*|_|</b>|</strong>|</em>|</i>)?[ \t]*(?:<br\s*/?>)?[ \t]*(?:\n|$)", re.I)
# The next line opening with a linked phrase ("+ [Title](url)", "[[ Title ](url)]"), or with a short field's name
# and its colon before it ("Smoothing and Mapping (SAM) : [[ Title ](url)]").
_LINE_OPENS_WITH_A_LINK_RE = re.compile(r"[ \t]*(?:[-+*][ \t]+|\d{1,3}[.)][ \t]+)?(?:[^\[\]\n:]{1,40}:[ \t]*)?\[+[ \t]*([^\[\]\n]+?)[ \t]*\]\(")


def _labels_the_linked_titles_below(text: str, c: Candidate) -> bool:
    """A line without names or a link of its own that ends in a colon, right above a line that opens
    with a linked title: a label over the titles under it ("**Robust Perception :**" / "- [Title](url)"),
    not a title (a title ending in a colon over its own "[paper](…)" link is left alone)."""
    if c.authors or c.title_link is not None or not c.rule.startswith("record.") or "\n" in text[c.start : c.end]:
        return False
    end = _LABEL_COLON_END_RE.match(text, c.end)
    if end is None or end.end() >= len(text):
        return False
    if not (text[c.start : c.end].rstrip().endswith(":") or ":" in end.group()):
        return False   # (the colon ends the span itself when the line was read whole: "Widgets :")
    nxt = _LINE_OPENS_WITH_A_LINK_RE.match(text, end.end())
    return nxt is not None and len(nxt.group(1).split()) >= 3 and not is_label_anchor(nxt.group(1))


_TALK_AFTER_RE = re.compile(r"[*_]*[ \t]*[(\[]\s*(?:invited talk|keynote(?: talk)?|tutorial|panel)\s*[)\]]", re.I)
# A bracket of names, "(ACL, NAACL, EMNLP など)", "(KDD / RecSys etc.)", right after a title.
_BRACKET_OF_NAMES_AFTER_RE = re.compile(r"[*_]*[ \t]*\(([^()\n]{3,80})\)")
_BRACKET_LIST_SEPARATOR_RE = re.compile(r"\s*(?:,|/|、|\band\b)\s*")
_LIST_TAIL_RE = re.compile(r"\s*(?:etc\.?|など|等|\.\.\.|…)$")


def _venues_in_a_bracket_after(text: str, end: int) -> bool:
    """Whether a bracket right after the title lists two venues or more, nothing else ("(ACL, NAACL, EMNLP など)"): one
    paper appears at one venue."""
    m = _BRACKET_OF_NAMES_AFTER_RE.match(text, end)
    if m is None:
        return False
    parts = _BRACKET_LIST_SEPARATOR_RE.split(_LIST_TAIL_RE.sub("", m.group(1)).strip())
    return len(parts) >= 2 and all(p.lower() in venues() for p in parts)


# What a title followed by it on its line names: "... (AI4TS)** workshop", "*Title* tutorial" (not a next paragraph's "Workshop: ...").
# (a link's target between the name and the word: "the [S2S: From Sea to Space](https://...) workshop")
_EVENT_AFTER_RE = re.compile(r"[.*_”\"’')\]]*(?:\((?:https?://|www\.|/|#)[^)\s]*\))?(?:\s*\([^()\n]{1,20}\))?[*_”\"’']*[ \t]+"
                             r"(?:workshops?|tutorials?|symposi(?:um|a)|summer school)\b", re.I)


def _title_key(title: str) -> str:
    """A title's words in lower case, without a leading number ("7. Title" is "Title")."""
    words = re.findall(r"\w+", title.lower())
    return " ".join(words[1:] if len(words) > 1 and words[0].isdigit() else words)


def _without_contents_entries(text: str, structure: Structure, cands: list[Candidate]) -> list[Candidate]:
    """Without the entries of a table of contents ("- [Simulation and AI Tools](#simulation-and-ai-tools)",
    an item that is one link into the page) that repeat a heading's words: the heading is the record
    (a paper or not), its entry only points at it."""
    entries = [c for c in cands if c.unit is not None and c.unit.kind == "item" and c.title_link is not None
               and c.title_link.href.startswith("#")]
    if not entries:
        return cands
    headings = {_title_key(clean_title(b.text(text))) for b in structure.blocks if b.kind == "heading"}
    drop = {id(c) for c in entries if _title_key(c.title) in headings}
    return [c for c in cands if id(c) not in drop]


# What follows a title's last word when the run stopped inside a compound: the link's hidden target, if any, then a
# hyphen and a lower-case word glued to it ("[Widget](url)-based", "Gizmo-style").
_GLUED_SUFFIX_RE = re.compile(r"(?:\]\([^()\s]*\)|</a>)?-[a-z]")


# A note that speaks of many works at once ("Many papers extend ...", "Several posters questioned ..."), and one that
# speaks of one work ("This paper shows", "the authors", "they propose").
_MANY_WORKS_RE = re.compile(r"\b(?:many|several|numerous|multiple|most|lots of|a lot of|a few|dozens of|countless|various)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:papers|posters|works|talks|submissions|approaches|methods)\b", re.I)
_ONE_WORK_RE = re.compile(r"\b(?:this|the)\s+(?:paper|work|poster|preprint)\b|\bthe authors\b|\b(?:they|we)\s+(?:propose|present|introduce|show)\b", re.I)


_EMPHASIS_LEAD_RE = re.compile(r"[ \t]*(?:(?:[-*+]|\d+[.)])[ \t]+)?(\*\*|__|\*|_)")
# A note's citations of other works: Distill's '<d-cite key="a,b">', numbered "[3, 4]", "(Souza et al., 2031)".
_CITE_MARK_RE = re.compile(r'<d-cite\s+key="([^"]*)"|\[(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\]|\([A-Z][\w’\'-]+(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][\w’\'-]+)?,?\s+\d{4}[a-z]?\)')
_CITING_NOTE_CHARS = 600   # of the note, read for its citations
_THEME_CITES = 2           # works cited by the note of a theme


def _works_cited(note: str) -> int:
    """How many works a note cites (each key of a citation that holds several)."""
    n = 0
    for m in _CITE_MARK_RE.finditer(note):
        keys = m.group(1) if m.group(1) is not None else m.group(2)
        n += len([k for k in re.split(r"[,–-]", keys) if k.strip()]) if keys is not None else 1
    return n


def _a_theme_over_many_papers(text: str, c: Candidate) -> bool:
    """A short emphasised head of a list item or line, with no names or links, whose note speaks of many works, or
    cites two or more, and of no single one ("1. **Widget Memory and Gizmo Windows.** Many papers extend ...", "**Gizmo
    Scaling.** How do we scale widgets [3, 4]?"): a theme, not a paper's title."""
    if c.authors or c.links or c.title_link is not None or len(c.title.split()) > 6 or (c.unit is not None and c.unit.kind not in ("item", "line")):
        return False
    lead = _EMPHASIS_LEAD_RE.fullmatch(text, text.rfind("\n", 0, c.start) + 1, c.start)
    if lead is None or not text.startswith(lead.group(1), c.end + (text[c.end : c.end + 1] in ".:")):
        return False   # (the head is the whole emphasis that opens its line)
    line_end = text.find("\n", c.end, c.end + _CITING_NOTE_CHARS)   # (only the note's first characters are read)
    note = text[c.end : line_end if line_end >= 0 else c.end + _CITING_NOTE_CHARS]
    if _ONE_WORK_RE.search(note[:300]):
        return False
    return bool(_MANY_WORKS_RE.search(note[:300])) or _works_cited(note) >= _THEME_CITES


_CITED_YEAR_RE = re.compile(r"(?<![\w./])(?:19|20)\d\d[a-z]?(?![\w./])")   # (not an arXiv number's "1911.03343")


def _a_topic_and_its_citations(text: str, c: Candidate) -> bool:
    """A short head, a colon, then two works cited or more, each with its year, between semicolons ("- Machine
    translation: Souza, Park and Wei, WCLR 2031; Levi et al., WCLR 2030"): a topic and the works that did it; a
    paper's record names one byline and one year."""
    line_end = text.find("\n", c.start, c.end + _CITING_NOTE_CHARS)
    stop = line_end if line_end >= 0 else c.end + _CITING_NOTE_CHARS
    colon = text.find(":", c.start, stop)
    if colon < 0 or colon > c.end or len(text[c.start : colon].split()) > 6 or len(text[colon:c.end].split()) > 2:
        return False   # (the run may take the first name after the colon: "Machine translation: Souza")
    works = [w for w in text[colon + 1 : stop].split(";") if w.strip()]
    return len(works) >= 2 and all(len(w.split()) <= _CITED_WORK_WORDS and _CITED_YEAR_RE.search(w) and re.search(r"[A-Z][a-z]", w)
                                   for w in works)


_CITED_WORK_WORDS = 12   # words of one work cited by its names, venue and year


def _not_a_paper_here(text: str, structure: Structure, c: Candidate) -> bool:
    """A title where a paper's is not: an event's name ("the *X* workshop"), inside an HTML tag (an image's alt text), in a picture's
    caption without a paper cue, or, quoted or emphasised in prose with no paper cue and no names
    of its own, under a keynote's or a panel's heading ("## Keynote – Dr. Ada Lovelace" / "**Title:**
    *“Why Widgets Matter”*": the talk's title)."""
    link = c.title_link
    if link is not None and link.start < c.start and _TALK_IN_ANCHOR_RE.search(text, link.start, c.start):
        return True   # "[ICDM 2031 Tutorial Widget Similarity: Theory and Gizmos](url)": the tail of a talk's name
    if _GLUED_SUFFIX_RE.match(text, c.end):
        return True   # "**On [Widget](url)-based Parsing:**": the run ends inside a word the link's anchor only begins
    if link is not None and link.start <= c.start and _POST_NAVIGATION_RE.match(text, link.start, link.end):
        return True   # '<a href="/blog/eccv/"><p>Next post</p> Widget Lab Papers at ECCV</a>': the blog's next post
    tag = unclosed_tag_before(text, c.start, 300)
    if tag >= 0 and _TAG_OPEN_RE.match(text, tag) and tag != c.start - 1:
        return True   # '<img alt="Slide announcing the Widget Paper Award">' (not '<Title> 논문': the marks of a title)
    if _EVENT_AFTER_RE.match(text, c.end):
        return True   # "at the **Widget Analysis: Theory and Practice (WATP)** workshop": an event's name
    if _a_theme_over_many_papers(text, c) or _a_topic_and_its_citations(text, c):
        return True   # "2. **Widgets and Gizmo Use.** Widgets that call gizmos were in many papers": a theme of the report
        # ("- Machine translation: Souza and Park, WCLR 2031; Levi et al., WCLR 2030": a topic and the works cited for it)
    if quoted_example_at(text, c.start):
        return True   # 'Such as, "Ana Souza Birthday", "Who played Ben in Gizmo Town?"': an example in quotes
    if _TALK_AFTER_RE.match(text, c.end):
        return True   # "### Climate Widgets (Invited Talk)": a talk
    if not c.authors and not _has_paper_link(c) and _venues_in_a_bracket_after(text, c.end):
        return True   # "- System Demonstration (ACL, NAACL, EMNLP など): ...": a kind of paper some venues hold, not one paper
    if c.unit is not None and c.unit.section == "talks" and len(c.authors) == 1 and not _has_paper_link(c) \
            and _SPEAKER_TITLE_BEFORE_RE.search(text, max(0, c.authors[0][1] - 16), c.authors[0][1]):
        return True   # "**Prof. Ana Souza** (Widget University) — *Robots That Learn*" under "Keynotes": a speaker's talk
    caption = caption_start(text, c.start)
    if caption >= 0:
        return not PAPER_CUE_RE.search(text, caption, c.start)   # a picture's caption names a slide or a moment, not a paper
    if _labels_the_linked_titles_below(text, c):
        return True   # "<b>Robust Perception : </b><br />" / "+ [Title](url)": the line names the list under it
    # (the line's last 200 characters before the title: a line of thousands of quotes is read once, not at each)
    lo = max(0, c.start - 200)
    line = text[max(lo, text.rfind("\n", lo, c.start) + 1) : c.start]
    # (... and a record's line with no names and no paper link of its own: "**Title:** *“Why Widgets Matter”*")
    # (... or a quote whose one author is the possessive before it: 'Ben Park's "Title"' under "Keynotes" is his talk)
    owned = c.rule == "prose.quoted" and len(c.authors) == 1 and bool(owner_right_before(text, c.start - 1))
    # (... or whose names are who presented it, named right after it: "*Deep Widgets*, presented by A and B")
    presented = c.rule == "prose.emphasis" and _PRESENTED_BY_AFTER_RE.match(text, c.end) is not None
    in_prose = (not c.authors or owned or presented) and (c.rule in ("prose.quoted", "prose.emphasis")
                                  or (c.rule == "record.line" and c.unit is not None and c.unit.kind == "line" and not _has_paper_link(c)))
    # (the title's sentence on the line: "a keynote by A entitled “Title”" is the talk's, "titled" or not; a
    # paper named there is a paper: "In her keynote, A cited the paper “Title”")
    sentence = line[max((m.end() for m in _SENTENCE_END_RE.finditer(line)), default=0):]
    if _TALK_HEADING_RE.search(sentence) and (in_prose or _OPEN_QUOTE_RE.search(line)) and not PAPER_NOUN_RE.search(sentence):
        return True   # "Invited speaker Ana Souza presenting 'Why Widgets Matter'": the talk's title, named speaker or not
    if not in_prose:
        return False   # ("Invited Talk by A - Title." unquoted may be a paper's talk: left to the judge)
    heading = None
    for b in structure.blocks:
        if b.start > c.start:
            break
        if b.kind == "heading":
            heading = b
    words = text[heading.start : heading.end] if heading is not None else ""
    if not (_TALK_HEADING_RE.search(words) or (_TUTORIAL_HEADING_RE.search(words) and not _NOT_ONLY_TUTORIALS_RE.search(words))):
        return False
    return not PAPER_CUE_RE.search(line)


def _authors_of_the_nearest_title(text: str, cands: list[Candidate]) -> None:
    """Names after a later title on the same line are that title's: "*A* by X and Y. The best
    short paper was *B* by Z." does not give Z to A."""
    starts = sorted(o.start for o in cands)
    for c in cands:
        if not c.authors:
            continue
        line_end = text.find("\n", c.end)
        line_end = len(text) if line_end < 0 else line_end
        k = bisect.bisect_left(starts, c.end)   # the first title to start after this one ends
        if k < len(starts) and starts[k] < line_end:
            c.authors = [a for a in c.authors if a[1] < starts[k]]


# Full names that open a paragraph as the subject of its first sentence ("Ana Souza and Ben Park
# treat onsets as ...", "Chen Wei et al. train ..."): up to eight names, then a lower-case word.
_OPENING_NAMES_RE = re.compile(rf"({full_names_pattern(8)})\s+(?:et al\.?\s+)?[a-z]")
_NOT_A_SURNAME = frozenset("the this that these those its their our his her a an one some many most all both".split())
_SURNAME = r"[A-Z][^\W\d_]+(?:[-'’][A-Z][^\W\d_]+)?"
# "Souza et al.", "Okafor, Nakagawa and Wei": surnames citing a work's authors.
_SURNAME_LIST = rf"{_SURNAME}\s+et\s+al\.?|{_SURNAME}(?:,\s+{_SURNAME}){{0,6}},?\s+(?:and|&)\s+{_SURNAME}"
_OPENING_SURNAMES_RE = re.compile(rf"({_SURNAME_LIST})\s+[a-z]")
_SURNAMES_TO_LINE_END_RE = re.compile(rf"({_SURNAME_LIST})[ \t]*(?:\n|$)")
_LINK_THEN_SEPARATOR_RE = re.compile(r"[*_]*\[[^\]\n]{1,60}\]\([^)\n]*\)[*_]*[ \t]*[·•|–—-][ \t]*")
# "[This paper](url) by Souza et al. investigates ...": a link named for the paper, then its names.
_PAPER_LINK_BY_RE = re.compile(r"[*_]*\[(?:this|the|their|a|his|her)\s+(?:paper|work|preprint|article)\]\([^)\n]*\)[*_]*\s+by\s+", re.I)


def _authors_opening_the_next_paragraph(text: str, cands: list[Candidate]) -> None:
    """A title alone on its line ("**Title** ([paper](…), [code](…))") with no names of its own, and
    the paragraph right below it opening with names as its subject: those are its authors (surnames
    too, then also when the title took some of them)."""
    for c in cands:
        line_start, line_end = text.rfind("\n", 0, c.start) + 1, text.find("\n", c.end)
        if line_end < 0 or not TITLE_LINE_LEAD_RE.fullmatch(text, line_start, c.start) \
                or not TITLE_LINE_TAIL_RE.match(text, c.end, line_end):
            continue
        para = line_end + 1
        while text.startswith("\n", para):
            para += 1
        if para == line_end + 1 and not text.startswith("#", line_start):
            continue   # the next line goes on with the title's own paragraph or list item (a heading's is a new block)
        if lead := _PAPER_LINK_BY_RE.match(text, para, min(len(text), para + 300)):
            para = lead.end()   # "[This paper](url) by Souza et al. ...": the names after the paper's link
        m = _OPENING_NAMES_RE.match(text, para, min(len(text), para + 300))
        if m and not c.authors:
            names = split_author_list(m.group(1))
            if names and all(looks_like_person(n) for n in names):
                c.authors = names_found_in(text, names, para, m.end(1))
            continue
        m = _OPENING_SURNAMES_RE.match(text, para, min(len(text), para + 300))
        if m is None and (lead := _LINK_THEN_SEPARATOR_RE.match(text, para, min(len(text), para + 300))):
            # "**[arXiv:2602.12345](…)** · Souza et al.": the paper's identifier, then its names to the line's end
            m = _SURNAMES_TO_LINE_END_RE.match(text, lead.end(), min(len(text), lead.end() + 300))
        if m and all(m.start(1) <= s < m.end(1) for _, s, _ in c.authors):
            # "Souza et al. open with ...", "Okafor, Nakagawa and Wei close a gap ...": surnames as the
            # subject (all of them, where the title's record took some of them as its byline)
            et_al = re.search(r"\s+et\s+al\.?$", m.group(1))
            names = re.split(r",\s+|\s+(?:and|&)\s+", m.group(1)[: et_al.start()] if et_al else m.group(1))
            lasts = person_names()[1]
            # ("et al." after it vouches for a surname the dictionary also knows: "Laban et al. won ...")
            if all(n.lower() in lasts or not is_english_word(n) or (et_al and n.lower() not in _NOT_A_SURNAME) for n in names):
                c.authors = names_found_in(text, names, m.start(1), m.end(1))


def _names_below_like_the_other_titles(text: str, cands: list[Candidate]) -> None:
    """A page of titles alone on their lines, each with its names on the lines below ("[Title](url)" / "" / "Ana Souza"
    / "Ben Park"): where three titles or more, and most, took their names from there, a title that took none or only
    some takes every line below it that holds only names, names the lexicons may not know ("Velimir Vesselinov")."""
    def all_below(c: Candidate, lines: list[tuple[int, int]]) -> bool:
        return all(lines[0][0] <= s and e <= lines[-1][1] for _, s, e in c.authors)

    shaped = [(c, lines) for c in cands if (lines := lines_below(text, c))]
    if sum(bool(c.authors) and all_below(c, lines) for c, lines in shaped) * 2 < max(len(shaped), 6):
        return   # (three titles or more, and most, took their names from below)
    for c, lines in shaped:
        if not all_below(c, lines):
            continue
        names: list[str] = []
        for line in lines:
            found = names_of_a_names_line(text, line)
            if not found:
                break
            names += found
        if len(names) > len(c.authors):
            c.authors = names_found_in(text, names, lines[0][0], lines[-1][1])


# After a marked title in a sentence: "[Title](url) by Souza, Park, Wei and colleagues, which ...",
# '["Title,"][ref] by Ana Souza, Ben Park, and Chen Wei.' (a reference link, the comma inside the quotes),
# "*Title* from Dana Levi and Eli Cohen at Widgetco": full names or surnames, then what ends the list.
_LISTED_NAME = r"(?:[A-Z]\.(?:-?[A-Z]\.)?[ \t]*|[A-Z][\w’'-]*[ \t]+){0,3}[A-Z][\w’'-]+"   # (a full stop only after an initial)
_BY_NAMES_AFTER_TITLE_RE = re.compile(
    rf",?[*_\"”’]*(?:\]\([^)\n]*\)|\]\[[^\]\n]*\])?[*_\"”’]*[ \t]*,?[ \t]+(?:by|from)[ \t]+"
    rf"({_LISTED_NAME}(?:(?:[ \t]*,[ \t]*|[ \t]*,?[ \t]+and[ \t]+|[ \t]*&[ \t]*){_LISTED_NAME}){{0,11}})"
    r"([ \t]*,?[ \t]*(?:and[ \t]+(?:colleagues|others|co-?authors|team)|et\.?[ \t]*al\.?))?"
    r"(?=[ \t]*(?:[,.;:()\[\]!?\n]|$)|[ \t]+(?:at|of|which|who|that|in|on|is|are|was|were|and|with|for|to|show|shows|showed|propose|proposed)\b)")


def _without_categories_over_citations(text: str, structure: Structure, kept: list[Candidate]) -> list[Candidate]:
    """A list item whose names and links all come from the citations of the list nested under it ("- understanding LLMs"
    / "  - not quite superhuman-level yet ([Tedeschi et al., 2023](url))"): a category of the works cited, no paper."""
    out = []
    blocks = structure.blocks
    for c in kept:
        unit = c.unit
        if unit is not None and unit.kind == "item" and c.authors and c.title_link is None:
            nested = SpanUnion([(b.start, b.end) for b in blocks[unit.anchor + 1 : unit.anchor + 40] if b.parent == unit.anchor])
            if nested and all(nested.holds_start(s) and _CITATION_AT_RE.match(text, s) for _, s, _ in c.authors) \
                    and all(nested.holds_start(link.start) for link in c.links):
                continue
        out.append(c)
    return out


# A citation's surname, "et al." or a second surname, and its year: "Tedeschi et al., 2023", "Levi and Katz 2031".
_CITATION_AT_RE = re.compile(r"[A-Z][\w’'-]+(?:\s+et\.?\s+al\.?|\s+(?:and|&)\s+[A-Z][\w’'-]+)?,?\s*\(?(?:19|20)\d\d")


def _the_link_around_the_title(structure: Structure, cands: list[Candidate]) -> None:
    """A title found inside a longer link's anchor, with no link of its own: that link is the paper's ("[GitHub - owner/
    repo: This repo contains the code for our paper Title](https://github.com/owner/repo)", a repository's page title)."""
    loose = sorted((c for c in cands if c.rule.startswith("prose.") and not c.links and c.title_link is None), key=lambda c: c.start)
    if not loose:
        return
    starts = [b.start for b in structure.blocks]
    by_block: dict[int, tuple[list[int], list[Link]]] = {}   # (a block may hold thousands of links: found by bisection)
    for c in loose:
        at = bisect.bisect_right(starts, c.start) - 1
        if at < 0:
            continue
        if at not in by_block:
            links = sorted(structure.blocks[at].links, key=lambda x: x.start)
            by_block[at] = ([x.start for x in links], links)
        link_starts, links = by_block[at]
        i = bisect.bisect_right(link_starts, c.start) - 1
        # (a repository's or a paper's link: a longer anchor to another page may be about the work, not its own)
        link = links[i] if i >= 0 else None
        if link is not None and c.end <= link.end and link.href and link_kind(link.href) in ("code", "paper"):
            c.links = [link]


# A topic's label and a dash before a linked title: "Retrieval - ", "Real Estate – " (one to three words).
_LABEL_DASH_RE = re.compile(r"[A-Z][\w&/'’]*(?:\s+[A-Za-z][\w&/'’]*){0,2}\s+[-–—]\s+")


def _without_a_label_before_the_linked_title(text: str, cands: list[Candidate]) -> None:
    """"- Retrieval - [Dense Widget Retrieval for Gizmo Answering](arXiv)": a record's title made of a short label, a dash
    and a link's whole anchor is the anchor; the label is the topic the writer filed the paper under."""
    for c in cands:
        if not c.rule.startswith("record.") or len(c.title) > _TOPIC_LABEL_CHARS + _TITLE_CHARS:
            continue
        for link in c.links:
            if link.start <= c.start:
                continue   # (a link that opens the title, or before it, leaves no label before it: no anchor to clean)
            anchor = clean_title(text[link.start : link.end])
            head = c.title[: len(c.title) - len(anchor)]
            if len(anchor.split()) >= 3 and c.title.endswith(anchor) and len(head) <= _TOPIC_LABEL_CHARS and _LABEL_DASH_RE.fullmatch(head):
                c.title, c.start = anchor, link.start
                break


_TOPIC_LABEL_CHARS = 40   # characters of a topic's label and its dash before a linked title
_TITLE_CHARS = 300        # a title's characters at most (`plausible_title` turns a longer one down)


def _subject_of_its_sentence(text: str, cands: list[Candidate]) -> None:
    """A record's title linked inside a sentence, without names of its own: the sentence's subject, when a verb of
    authorship leads to the title, is its author ("Ana Souza gave a talk about her paper [Title](url).", read as a
    record's line; prose mentions get them when found)."""
    for c in cands:
        link = c.title_link
        if c.authors or not c.rule.startswith("record.") or link is None or link.start > c.start:
            continue
        c.authors = subject_names(text, link.start, link.end)


def _names_after_by_or_from(text: str, cands: list[Candidate]) -> None:
    """A title marked in a sentence (a link's anchor, emphasis, quotes) and "by" or "from" and a list of
    names right after it: those names are its authors, read whole, where the segmenter, reading the
    sentence, took some of them or joined two ("[Title](url) by Souza, Park, Wei and colleagues, which
    ..."). Two names or more, or one full name, or one surname before "et al." or "and colleagues";
    each a person's (no organisation: "from Widgetco and Gizmo Labs" gives none)."""
    lasts = person_names()[1]
    for c in cands:
        if not (c.title_link is not None or c.rule in ("prose.quoted", "prose.link", "prose.poster_colon_x")
                or text[c.start - 1 : c.start] in ("*", "_", "\"", "“")):
            continue
        m = _BY_NAMES_AFTER_TITLE_RE.match(text, c.end, min(len(text), c.end + 400))
        if m is None or any(not m.start(1) <= a[1] < m.end(1) for a in c.authors):
            continue   # (the names found are not all in this list: it is not the whole byline)
        names = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", m.group(1))
        full = [n for n in names if " " in n]
        if full:   # ("by Ana Souza and Ben Park, Widgetco": a word alone after full names is their affiliation)
            names = names[: next((i for i, n in enumerate(names) if " " not in n), len(names))]
            if not names:
                continue
        if len(names) < 2 and not full and not m.group(2):
            continue
        # Surnames alone are vouched for by "et al.", by their number or by one no dictionary knows
        # (not "from Stanford and Berkeley").
        vouched = bool(full) or bool(m.group(2)) or len(names) >= 3 or any(not is_english_word(n) for n in names)
        if vouched and all(_a_listed_person(n, lasts) for n in names):
            c.authors = names_found_in(text, names, m.start(1), m.end(1))


def _a_listed_person(name: str, lasts: frozenset[str]) -> bool:
    """A full name, or a surname alone: no camel case ("DeepMind"), no determiner, and a known surname
    or a word a dictionary lacks or seldom uses ("Levi")."""
    if " " in name:
        return looks_like_person(name) or name_shaped(name)
    return not re.search(r"[a-z][A-Z]", name) and name.lower() not in _NOT_A_SURNAME \
        and (name.lower() in lasts or not is_english_word(name) or is_rare_word(name))


_NAMED_COAUTHORS = rf"({full_names_pattern(12)}|{_SURNAME})"   # (a name may carry its "Dr.": "Dr. Ana Souza")
_NAMES_SENTENCE_END_RE = re.compile(r"(?<=[^\W\d_]{2})(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)\.\s")
# The role a news story puts before a name, with its institution's acronym: "Assistant Professor Ana Souza",
# "WU PhD student Ben Park", "WU Research Professor Emeritus Chen Wei".
_ROLES_RE = re.compile(rf"(?:[A-Z]{{2,5}}\s+)?(?i:{ROLE_RE.pattern})(?:\s+[Ee]merit(?:us|a))?\s+")
# "..., and co-authored with Hady.", "a paper co-authored by Ana Souza and Ben Park", "first-authored by Ana Souza, also in
# collaboration with Ben Park"
_COAUTHORED_RE = re.compile(rf"(?:\b(?:[Cc]o-?|[Ff]irst-)authored\s+(?:with|by)|\bin\s+collaboration\s+with)\s+{_NAMED_COAUTHORS}")
_WITH_NAMES_RE = re.compile(r"\s*\(\s*(?:with|along with|and)\s+([^()\n]{3,300}?)\s*\)")
# "thanks to my co-authors and advisors Ana Souza, Ben Park, and Dr. Chen Wei"
_COAUTHORS_RE = re.compile(rf"\b[Cc]o-?authors(?:\s+and\s+(?:advisors|mentors|supervisors|collaborators))?,?\s+{_NAMED_COAUTHORS}")


def _coauthors_named(text: str, cands: list[Candidate]) -> None:
    """Names a report gives as a paper's co-authors: "co-authored with/by X" in the paragraph after its
    title; and, in a post about one paper, "thanks to my co-authors X, Y and Z" anywhere."""
    def take(c: Candidate, names: list[str] | None, start: int, end: int) -> bool:
        """Add the names found at text[start:end] to c's authors when each reads as a person's."""
        if not names or not all(looks_like_person(n) or not is_english_word(n) for n in names):
            return False
        known = {a[0] for a in c.authors}
        c.authors = c.authors + [a for a in names_found_in(text, names, start, end) if a[0] not in known]
        return True

    def add(c: Candidate, m: re.Match[str]) -> None:
        listed = m.group(1)
        stop = _NAMES_SENTENCE_END_RE.search(listed)   # "Tom Mitchell. Abstract: ...": the sentence ends
        listed = listed[: stop.start()] if stop else listed
        names = [n[h.end() :] if (h := HONORIFIC_RE.match(n)) else n
                 for n in (split_author_list(listed) or ([listed] if re.fullmatch(_SURNAME, listed) else []))]
        # "co-authored by Ana Souza (with Ben Park, Chen Wei)": the others in the bracket after the name
        if take(c, names, m.start(1), m.end(1)) and not stop and (more := _WITH_NAMES_RE.match(text, m.end(1))):
            take(c, split_author_list(more.group(1)), more.start(1), more.end(1))

    # Names linked to their pages read as written ("co-authored with [Ana Souza](url), Ben Park"): the links'
    # markup blanked out, every offset kept.
    # (only a text that says "co-authored" anywhere is worth the pass over all its links)
    cued = "uthored" in text or "collaboration with" in text
    plain = MARKDOWN_LINK_RE.sub(blank_link_syntax, text) if "](" in text and cued else text
    if cued:   # ... and the roles before the names ("co-authored by WU Assistant Professor Ana Souza and PhD
        plain = _ROLES_RE.sub(lambda m: " " * len(m.group()), plain)   # student Ben Park") blanked out too
    starts = sorted(c.start for c in cands)
    for c in cands:
        k = bisect.bisect_left(starts, c.end)
        nxt = starts[k] if k < len(starts) else len(text)
        end = text.find("\n\n", c.end, nxt + 1)   # (a paragraph's end before the next title, else the title)
        end = nxt if end < 0 else end
        # (up to the next title: "- A" / "- B (co-authored by X)"; from the title's start: a title that ran on into its
        # byline, "Title, co-authored by ...", is cut short of its span's end)
        for cue in _COAUTHORED_RE.finditer(plain, c.start, end) if cued else ():
            add(c, cue)
    if len({norm_text(c.title) for c in cands}) == 1:
        m = _COAUTHORS_RE.search(text)
        if m:
            for c in cands:
                add(c, m)


_LINK_DESTINATION_RE = re.compile(r"[*_]*\]\([^)\n]*\)")


def _byline_item_under_the_title(text: str, cands: list[Candidate]) -> None:
    """A heading's (or a title line's) paper with no names, and the first item of the list right under
    it a byline ("#### [Title](url)" / "`photo id`" / "* A, B, C,+" / "* notes ..."): those are its authors.
    So is the next item of a list after an item of one line that is a title alone ("- Title [[pdf]](url)" /
    "- *Ana Souza, Ben Park*" / "- `2031-12-20`")."""
    for c in cands:
        if c.authors or not ((c.unit is not None and c.unit.kind in ("heading", "line")) or _opens_an_item_of_one_line(text, c)):
            continue
        line_end = text.find("\n", c.end)
        hidden = _LINK_DESTINATION_RE.match(text, c.end, max(c.end, line_end))   # the title's own link's "](url)"
        if line_end < 0 or not TITLE_LINE_TAIL_RE.match(text, hidden.end() if hidden else c.end, line_end):
            continue
        if byline := byline_item_at(text, line_end + 1):
            c.authors = names_found_in(text, *byline)


_ITEM_MARK_RE = re.compile(r"[ \t]*[-*+][ \t]+[*_\[]{0,2}")


def _opens_an_item_of_one_line(text: str, c: Candidate) -> bool:
    """The candidate's title opens a list item, and the next line opens the next item."""
    line_start = text.rfind("\n", 0, c.start) + 1
    mark = _ITEM_MARK_RE.match(text, line_start)
    line_end = text.find("\n", c.end)
    return mark is not None and mark.end() == c.start and line_end > 0 and _ITEM_MARK_RE.match(text, line_end + 1) is not None


# An author field on a line of its own, perhaps a first or lead author's ("**First author: Ana Souza**").
_AUTHOR_FIELD_LINE_RE = re.compile(r"^[ \t>]*[-*+]?[ \t]*[*_]{0,2}(?:(?:first|lead|main|corresponding)[ \t]+)?authors?[ \t]*[*_]{0,2}[ \t]*[:：]"
                                   r"[ \t]*[*_]{0,2}[ \t]*([^\n]+?)[ \t*_]*$", re.I | re.M)


def _author_field_under_the_heading(text: str, structure: Structure, cands: list[Candidate]) -> None:
    """A heading's paper with no names, its section holding no other paper and one author field, a
    few paragraphs down ("## 3. Title" / notes / "**First author: Ana Souza**"): those are its authors."""
    headings = sorted(b.start for b in structure.blocks if b.kind == "heading")
    starts = sorted(c.start for c in cands)
    for c in cands:
        if c.authors or c.unit is None or c.unit.kind != "heading":
            continue
        h, k = bisect.bisect_right(headings, c.end), bisect.bisect_right(starts, c.start)
        end = min(headings[h] if h < len(headings) else len(text), starts[k] if k < len(starts) else len(text))
        fields = list(_AUTHOR_FIELD_LINE_RE.finditer(text, text.find("\n", c.end) + 1 or len(text), end))
        if len(fields) != 1:
            continue
        m = fields[0]
        names = split_author_list(m.group(1))
        if names and all(is_name(n) for n in names):
            c.authors = names_found_in(text, names, m.start(1), m.end(1))


# A field of one author, written surname first, perhaps with the affiliation after a bar ("Author: Souza, Ana | Widget U").
_ONE_AUTHOR_LINE_RE = re.compile(r"^[ \t>]*[*_]{0,2}authors?[*_]{0,2}[ \t]*[:：][ \t]*([^,|\n]+?),[ \t]*([^,|\n]+?)[ \t]*(\|[^\n]*)?$",
                                 re.I | re.M)


def _one_author_a_line(text: str, cands: list[Candidate]) -> None:
    """A paper whose lines right below it give one author each, surname first ("- Title" / "" / "Author: Souza, Ana |
    Widget U" / "Author: Park, Ben | Gizmo Labs", a programme's export): those are its authors, "Ana Souza", "Ben Park"
    (in place of what the record read on them). Two lines or more, or the affiliation's bar, vouch for the form."""
    starts = sorted(c.start for c in cands)
    for c in cands:
        k = bisect.bisect_right(starts, c.start)
        end = starts[k] if k < len(starts) else len(text)
        at = (text.find("\n", c.end) + 1) or len(text)
        names: list[tuple[str, int, int]] = []
        barred = False
        for m in _ONE_AUTHOR_LINE_RE.finditer(text, at, end):
            if text[at : m.start()].strip():
                break   # (the fields follow one another, blank lines apart at most)
            last, given = m.group(1).strip(" *_"), m.group(2).strip(" *_")
            name = f"{given} {last}"
            if len(last.split()) > 3 or any(ORGANISATION_WORD_RE.match(w) for w in name.split()) or not is_name(name):
                break
            names.append((name, m.start(1), m.end(2)))
            barred = barred or bool(m.group(3))
            at = m.end()
        if len(names) >= 2 or (names and barred):
            c.authors = names


# A list item that is one name alone ("- Ana Souza", "  • Ben Park", "1. Chen Wei"), perhaps emphasised.
_ONE_NAME_ITEM_RE = re.compile(r"[ \t]*(?:[-*+•◦▪‣●]|\d{1,3}[.)])[ \t]+[*_]{0,2}([^\W\d_][^\n,;:()|\[\]<>@/]*?)[*_]{0,2}[ \t]*(?:\n|$)")
# What may close a title's line after its words: a link's target, emphasis, a heading's marks.
_TITLE_LINE_REST_RE = re.compile(r"(?:\]\([^)\n]*\)|[*_#\s\]])*(?:\n|$)")


# A heading over a list of people who are no paper's authors: those the writer met, a body, the speakers; or a writer's
# own words ("I", "we", "my").
_PEOPLE_GROUP_RE = re.compile(r"\b(?:people|persons?|speakers?|panell?ists?|committees?|organi[sz]ers?|chairs?|members|attendees|"
                              r"students|friends|colleagues|volunteers|I|we|my|our)\b", re.I)


def _title_alone_on_its_line(text: str, c: Candidate, fewest_words: int) -> re.Match[str] | None:
    """The rest of the line of a heading's, a line's or an item's title of `fewest_words` words or more, when nothing but
    markup follows the title on it (a link's target, emphasis, a heading's marks); None otherwise, and None for a title
    that names a group of people or speaks as the writer ("### People I met at the poster session" / "- Ana Souza" /
    "- Ben Park": no paper's byline under it)."""
    if c.unit is None or c.unit.kind not in ("heading", "line", "item") or len(c.title.split()) < fewest_words \
            or _PEOPLE_GROUP_RE.search(c.title):
        return None
    return _TITLE_LINE_REST_RE.match(text, c.end)


def _one_name_an_item(text: str, cands: list[Candidate]) -> None:
    """A title alone on its line over a list whose items are each one person's name and nothing else (a proceedings'
    table of contents: "### [Title](doi)" / "- Ana Souza" / "- Ben Park" / "- Chen Wei"): those are its authors, two
    or more (in place of what the record read of them)."""
    for c in cands:
        rest = _title_alone_on_its_line(text, c, 4)
        if rest is None:
            continue
        at = rest.end()
        if text.startswith("\n", at) or text.startswith("\r\n", at):
            at = text.find("\n", at) + 1   # (a blank line between the title and its list, at most)
        names: list[tuple[str, int, int]] = []
        while (m := _ONE_NAME_ITEM_RE.match(text, at)) is not None:
            name = m.group(1).strip()
            if not 2 <= len(name.split()) <= 4 or any(ORGANISATION_WORD_RE.match(w) for w in name.split()) or not is_name(name):
                names = []
                break   # (the list holds more than names: no byline)
            names.append((name, m.start(1), m.start(1) + len(name)))
            at = m.end()
        # (half of them people's names the lexicon knows: "- Full Softmax" / "- Cross Entropy" under a topic are terms)
        if len(names) >= 2 and len(c.authors) < len(names) and not _ONE_NAME_ITEM_RE.match(text, at) \
                and 2 * sum(looks_like_person(n) for n, _, _ in names) >= len(names):
            c.authors = names


# "Surname et al." (a line break may fall inside), and a link to the paper or a word for it in the same paragraph.
_ET_AL_CITED_RE = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]+)\s+et\.?\s+al\b")
_PAPER_REFERENCE_RE = re.compile(r"\[(?:this|the|their|his|her|a)\s+(?:paper|work|preprint)\]\(|\b(?:this|the|their)\s+paper\b"
                                 r"|\[[A-Z][\w’'-]+\s+et\.?\s+al\.?\]\(", re.I)


# The paper's authors doing what its note says, in the present tense: "Souza et al. show that ...", "Park et. al propose".
_ET_AL_PRESENT_VERB_RE = re.compile(r"\.?,?\s+(?:also\s+)?(?:show|propose|present|introduce|combine|use|study|find|demonstrate|argue"
                                    r"|develop|train|build|describe|design|prove|derive|explore|investigate|tackle|address|extend)\b")
# A list item that is the title alone, a paragraph (no list item) after a blank line: "1. Title" / "" / "Why: ...".
_TITLE_ITEM_OVER_A_NOTE_RE = re.compile(r"[*_.:\s]*?[ \t]*\n[ \t]*\n(?![ \t]*(?:[-*+]|\d+[.)])\s)(?=[ \t]*\S)")


def _cited_in_its_note_on_the_paper(text: str, structure: Structure, cands: list[Candidate]) -> None:
    """A heading's paper with no names (or an item's that is the title alone, a paragraph under it), the first paragraph
    under it citing one surname with "et al." and pointing at the paper ("### Title" / "At a glance, [the paper](url) by
    Souza et al. is ...", "Souza et al. introduce it in [their paper](url).", "Cheers to [Souza et al.](pdf)!") or
    saying what they do in the present tense ("1. Title" / "Why it's cool: ... Souza et. al show that ..."): that
    surname is its author."""
    headings = sorted(b.start for b in structure.blocks if b.kind == "heading")
    for c in cands:
        if c.authors or c.unit is None or not (c.unit.kind == "heading" or (c.unit.kind == "item" and _TITLE_ITEM_OVER_A_NOTE_RE.match(text, c.end))):
            continue
        h = bisect.bisect_right(headings, c.end)
        body = (text.find("\n", c.end) + 1) or len(text)
        end = min(headings[h] if h < len(headings) else len(text), (text.find("\n\n", body + 1) + 1) or len(text), body + 1500)
        cited = list(_ET_AL_CITED_RE.finditer(text, body, end))
        surnames = {m.group(1) for m in cited}
        if len(surnames) != 1 or (is_english_word(cited[0].group(1)) and cited[0].group(1).lower() not in person_names()[1]):
            continue   # (a surname that is also a word, "Park et al.", is a known one)
        if _PAPER_REFERENCE_RE.search(text, body, end) or any(_ET_AL_PRESENT_VERB_RE.match(text, m.end()) for m in cited):
            m = cited[0]
            c.authors = [(m.group(1), m.start(1), m.end(1))]


__all__ = ["TALK_SECTION_RE", "attach_links", "find_papers", "merge", "record_candidates", "same_title"]
