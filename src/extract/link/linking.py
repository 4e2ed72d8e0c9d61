"""Catalog linking: tie each extracted paper to a catalog record, find titles the layout rules missed,
and resolve abbreviations.

Candidate generation is blocked: a query's rarest in-vocabulary title words select a few thousand
catalog rows at most (a misspelled word is simply not in the vocabulary), the rows sharing most of
those words are scored with rapidfuzz, and the report's conference and authors break ties.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process

from extract.link.catalog import CatalogIndex, initials, main_title
from extract.mentions.catalog_authors import confirm_authors
from extract.models import CatalogLink, Mention, PaperRecord, ReportExtraction
from extract.text.layout import capitalised_ratio
from extract.text.lexicon import abbreviations, is_area_phrase, venues
from extract.text.names import surname_key
from extract.text.normalise import norm_text, numbers_in

ACCEPT = 90.0          # default: link with this score or more
REVIEW = 75.0          # default: between REVIEW and ACCEPT the link goes to review.csv
DISCOVER = 95.0        # a prose span becomes a paper only with a near-exact catalog title
MARGIN = 2.0           # a different title this close to the best one makes the link a review case
MAX_QUERY_TOKENS = 4   # rarest words used for blocking
MAX_POSTINGS = 40_000  # stop adding common words once this many rows are selected
TOP_ROWS = 40          # rows scored in detail per query
MIN_PARTIAL = 12       # characters a query needs for anything but an exact match
RARE_DF = 300          # a discovered span needs one word at most this frequent in the catalog


@dataclass(frozen=True)
class Candidate:
    row: int
    score: float         # title similarity, 0-100
    method: str          # exact | main-title | subtitle | fuzzy | prefix | subset
    bonus: float = 0.0   # venue/year/author agreement with the report (ranking only)


@dataclass(frozen=True)
class Context:
    """What the report says about where and when: used only to break ties."""

    venue: str = ""
    year: int = 0
    surnames: frozenset[str] = frozenset()


def report_context(ex: ReportExtraction) -> Context:
    """The report's venue and year (surnames are added per paper by `link_paper`)."""
    venue, year = "", 0
    m = re.match(r"(.+?)\s+((?:19|20)\d\d)$", ex.conference or "")
    if m:
        venue, year = m.group(1), int(m.group(2))
    elif ex.conference:
        venue = ex.conference
    if not year:  # "NIPS" without a year: the year the report's dates mention most
        years = Counter(int(y) for y in _YEAR_RE.findall(ex.report.text))
        year = years.most_common(1)[0][0] if years else 0
    return Context(venue, year)


_YEAR_RE = re.compile(r"\b(199\d|20[0-4]\d)\b")


# --- title similarity ---------------------------------------------------------------------------

def query_variants(title: str) -> list[str]:
    """The normalised title, plus the same with abbreviations spelled out ("GAN" -> "generative ...")."""
    q = norm_text(title)
    table = abbreviations()
    expanded = " ".join(table.get(w, w) for w in q.split())
    return [q] if expanded == q else [q, expanded]


def _forms(index: CatalogIndex, row: int) -> list[tuple[str, str]]:
    """The whole title, its main title and its subtitle, normalised."""
    t, m = index.norm[row], index.norm_main[row]
    forms = [(t, "whole")]
    if m and m != t:
        forms.append((m, "main-title"))
        sub = t[len(m):].strip()
        if len(sub.split()) >= 3:
            forms.append((sub, "subtitle"))
    return forms


def _stem(w: str) -> str:
    return w[:-1] if len(w) > 3 and w.endswith("s") else w


def _subset_score(q: str, t: str) -> float:
    """The report dropped words from the title ("Depth-Width Tradeoffs with Neural Networks").

    All (or nearly all) of the query's words must be in the title; words the title has beyond the
    query cost less when the two start alike (a dropped middle or end) than when they do not.
    """
    qt, tt = q.split(), t.split()
    if len(qt) < 4 or len(qt) >= len(tt):
        return 0.0
    tset = {_stem(w) for w in tt}
    incl = sum(len(w) for w in qt if _stem(w) in tset) / sum(len(w) for w in qt)
    if incl < 0.85:
        return 0.0
    penalty = 15.0 if _stem(qt[0]) == _stem(tt[0]) else 30.0
    return 100.0 - 200.0 * (1.0 - incl) - penalty * (1.0 - len(qt) / len(tt))


def similarity(q: str, index: CatalogIndex, row: int) -> tuple[float, str]:
    """How well normalised query `q` names catalog row `row` (0-100) and how.

    Anything short of an exact match needs a query of at least MIN_PARTIAL characters: "B Test"
    equals the main title of "B-test: A Non-parametric ..." but says too little to name it.
    """
    t = index.norm[row]
    if q == t:
        return 100.0, "exact"
    best, how = _similarity(q, t, index, row)
    # "Deep Voice 2" is not "Deep Voice 3": a number the two disagree on costs more than two letters.
    qnum = numbers_in(q)
    if qnum and numbers_in(t) - qnum:
        best -= 10.0
    return best, how


def _similarity(q: str, t: str, index: CatalogIndex, row: int) -> tuple[float, str]:
    best, how = fuzz.ratio(q, t), "fuzzy"
    if len(q) < MIN_PARTIAL:
        return best, how
    qn = len(q.split())
    for form, kind in _forms(index, row):
        if kind != "whole":
            s = fuzz.ratio(q, form)
            if s > best:
                best, how = s, kind
        # Truncated titles ("PixelCNN Models with Auxiliary Variables"), the commonest shortening.
        if qn >= 3 and len(q) < len(form) and len(q) >= 0.4 * len(form):
            s = fuzz.ratio(q, form[: len(q)]) - 6.0 * (1.0 - len(q) / len(form))
            if s > best:
                best, how = s, "prefix"
    s = _subset_score(q, t)
    if s > best:
        best, how = s, "subset"
    return best, how


def _block(index: CatalogIndex, variants: list[str]) -> np.ndarray:
    """Rows that share most of the query's rarest known words (the blocking step)."""
    toks = sorted({w for v in variants for w in v.split() if w in index.vocab}, key=index.doc_freq)
    chosen: list[np.ndarray] = []   # postings (row arrays) of the rarest words
    total = 0
    for w in toks[:MAX_QUERY_TOKENS]:
        df = index.doc_freq(w)
        if chosen and total + df > MAX_POSTINGS:
            break
        chosen.append(index.postings(w))
        total += df
    if not chosen:
        return np.empty(0, dtype=np.int32)
    rows = np.concatenate(chosen)
    if len(chosen) == 1:
        return rows[:TOP_ROWS * 50]
    uniq, counts = np.unique(rows, return_counts=True)
    if len(uniq) <= TOP_ROWS:
        return uniq
    top = np.argpartition(-counts, TOP_ROWS)[:TOP_ROWS]
    return uniq[top]


def _bonus(index: CatalogIndex, row: int, ctx: Context | None) -> float:
    if ctx is None:
        return 0.0
    b = 0.0
    if ctx.venue and index.venue[row].lower() == ctx.venue.lower():
        b += 1.0
    if ctx.year and index.year[row]:
        b += 1.0 if index.year[row] == ctx.year else 0.5 if abs(index.year[row] - ctx.year) == 1 else 0.0
    if ctx.surnames:
        cat = {surname_key(a) for a in index.author_list(row)} - {""}
        b += 3.0 * len(ctx.surnames & cat) / len(ctx.surnames)
    return b


def search(index: CatalogIndex, title: str, ctx: Context | None = None, k: int = 5) -> list[Candidate]:
    """The k best catalog rows for a title as written, best first (score, then context bonus)."""
    variants = [v for v in query_variants(title) if v]
    if not variants:
        return []
    rows = _block(index, variants)
    if len(rows) > TOP_ROWS:
        # One very common word only: keep the rows rapidfuzz finds closest, in C.
        choices = [index.norm[int(r)] for r in rows]
        hits = process.extract(variants[-1], choices, scorer=fuzz.ratio, limit=TOP_ROWS)
        rows = np.array([rows[i] for _, _, i in hits], dtype=np.int32)
    cands = []
    for r in rows.tolist():
        s, how = max(similarity(v, index, r) for v in variants)
        cands.append(Candidate(r, round(s, 1), how, _bonus(index, r, ctx)))
    cands.sort(key=lambda c: (-(c.score + c.bonus), -c.score, index.title[c.row]))
    return cands[:k]


def decide(index: CatalogIndex, cands: list[Candidate], accept: float = ACCEPT, review: float = REVIEW) -> CatalogLink | None:
    """A link for the best candidate: accepted, review, or None below the review threshold."""
    if not cands or cands[0].score < review:
        return None
    best = cands[0]
    runner = next((c for c in cands[1:] if index.norm[c.row] != index.norm[best.row]), None)
    status = "accepted" if best.score >= accept else "review"
    exact_alone = best.method == "exact" and (runner is None or runner.method != "exact")
    if runner is not None and status == "accepted" and not exact_alone and runner.score + runner.bonus > best.score + best.bonus - MARGIN:
        status = "review"  # two different titles fit about equally well: let a person decide
    return CatalogLink(
        canonical_title=index.title[best.row], venue=index.venue[best.row], year=index.year[best.row],
        url=index.url[best.row], code_url=index.code_url[best.row], authors=index.author_list(best.row),
        score=best.score, method=best.method, status="accepted" if status == "accepted" else "review",
        runner_up_title=index.title[runner.row] if runner else "",
        runner_up_venue=index.venue[runner.row] if runner else "",
        runner_up_year=index.year[runner.row] if runner else 0,
        runner_up_score=runner.score if runner else 0.0,
    )


def link_paper(index: CatalogIndex, paper: PaperRecord, ctx: Context, accept: float = ACCEPT, review: float = REVIEW) -> CatalogLink | None:
    """Best link over the paper's title and every way the report wrote it."""
    ctx = replace(ctx, surnames=frozenset(surname_key(a) for a in paper.authors) - {""})
    forms = list(dict.fromkeys([paper.title] + [m.value or m.text for m in paper.mentions if m.rule != "alias"]))
    best: CatalogLink | None = None
    for form in forms:
        link = decide(index, search(index, form, ctx), accept, review)
        if link is not None and (best is None or (link.status, link.score) > (best.status, best.score)):
            best = link
    return best


# --- discovery in prose and abbreviations -------------------------------------------------------

_CAP = r"[A-Z0-9][\w’'-]*"
_SMALL = r"(?:a|an|the|and|or|of|for|in|on|to|by|with|from|via|without|using|is|are|do|not|through|towards?)"
CAP_RUN_RE = re.compile(rf"\b{_CAP}(?:\s+(?:{_SMALL}\s+)*{_CAP})+")
ABBREV_RE = re.compile(r"\b([A-Z][a-z]?[A-Z][A-Za-z0-9-]*?)(s?)\b")
# Coined CamelCase names ("ZetaNet", "MuJoCo"): only ever linked to a catalog short name, since most
# are companies, tools and people ("DeepMind", "GitHub", "LeCun").
CAMEL_RE = re.compile(r"\b[A-Z][a-z]{2,}(?:[A-Z][a-z0-9]*)+\b")
_LEADING = {"the", "a", "an", "in", "on", "our", "their", "this", "his", "her", "see", "also", "and", "from"}


def discover(index: CatalogIndex, ex: ReportExtraction, ctx: Context, threshold: float = DISCOVER) -> list[PaperRecord]:
    """Papers named in prose by a near-exact catalog title that no layout rule found."""
    text = ex.report.text
    taken = [(m.start, m.end) for p in ex.papers for m in p.mentions]
    known = {norm_text(p.title) for p in ex.papers} | {norm_text(p.link.canonical_title) for p in ex.papers if p.link}
    found: list[PaperRecord] = []
    for m in CAP_RUN_RE.finditer(text):
        words = m.group(0).split()
        i = 0
        while i < len(words) - 1 and words[i].lower() in _LEADING:
            i += 1
        start, end = m.start() + (m.group(0).index(words[i]) if i else 0), m.end()   # leading "their", "the" dropped
        span_text = text[start:end]
        q = norm_text(span_text)
        if len(q.split()) < 2 or any(s < end and start < e for s, e in taken) or is_area_phrase(q):
            continue
        if sentence_like(span_text) or "\n" in span_text:
            continue
        if min((index.doc_freq(w) or 10**9) for w in q.split()) > RARE_DF:
            continue  # only common words: too generic to name one paper
        link = decide(index, search(index, span_text, ctx), accept=threshold, review=threshold)
        if link is None or link.status != "accepted" or link.method not in {"exact", "main-title"}:
            continue
        if norm_text(link.canonical_title) in known:
            continue
        known.add(norm_text(link.canonical_title))
        paper = PaperRecord(title=span_text, score=0.7, link=link)
        paper.mentions.append(Mention("paper", span_text, start, end, "catalog_prose", 0.7, span_text))
        found.append(paper)
    return found


@lru_cache(maxsize=1)
def _abbrev_stoplist() -> frozenset[str]:
    """Acronyms that name areas, venues or tools, never one paper."""
    return frozenset(abbreviations()) | frozenset(venues())


def _owner(ex: ReportExtraction, word: str, plural: str) -> PaperRecord | None:
    """The report's paper an acronym stands for: a defined alias, or its title's initials."""
    key = word.lower()
    for p in ex.papers:
        if word in p.aliases or word + plural in p.aliases:
            return p
    for p in ex.papers:
        titles = _titles(p)
        if any(norm_text(t) == key for t in titles) or any(initials(t).startswith(key) for t in titles):
            return p
    return None


def catalog_abbreviation(index: CatalogIndex, word: str, ctx: Context) -> int | None:
    """The one catalog row an acronym names, or None when the catalog offers none or several.

    Candidates: titles whose coined short name is written exactly so ("MuJoCo", "BERT"), and titles
    whose initials are exactly it ("SKM" - Sparse Kernel Machines). Papers
    from after the report's year cannot be what it discusses.
    """
    key = norm_text(word)
    rows = [r for r in index.short_names.get(key, []) if _cased_short_name(index, r, word)]
    flat = key.replace(" ", "")
    if len(flat) >= 4:
        rows += [int(r) for r in index.rows_with_initials(flat) if initials(index.title[r]) == flat]
    if ctx.year:
        rows = [r for r in rows if not index.year[r] or index.year[r] <= ctx.year]
    if len({index.norm[r] for r in rows}) != 1:
        return None
    return max(rows, key=lambda r: (_bonus(index, r, ctx), index.year[r]))


def _cased_short_name(index: CatalogIndex, row: int, word: str) -> bool:
    main = main_title(index.title[row])
    return main == word or f"({word})" in index.title[row]


def resolve_abbreviations(index: CatalogIndex | None, ex: ReportExtraction, ctx: Context) -> list[Mention]:
    """Mentions of acronyms ("MAML", "WGAN", "CNPs"): joined to a paper of the report when its alias
    or title spells them; else linked to the catalog record when exactly one fits (value = its
    title); else kept as an unresolved mention (value "")."""
    text = ex.report.text
    taken = [(m.start, m.end) for p in ex.papers for m in p.mentions]
    out: list[Mention] = []
    stop = _abbrev_stoplist()
    for m in ABBREV_RE.finditer(text):
        word, plural = m.group(1), m.group(2)
        if word.lower() in stop or len(word) < 3 or any(s <= m.start() < e for s, e in taken):
            continue
        owner = _owner(ex, word, plural)
        if owner is not None:
            _join(owner, m, alias=word)
            continue
        row = catalog_abbreviation(index, word, ctx) if index is not None else None
        value = index.title[row] if index is not None and row is not None else ""
        out.append(Mention("abbreviation", m.group(0), m.start(), m.end(), "abbreviation", 0.5, value))
    if index is not None:
        for m in CAMEL_RE.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            owner = _owner(ex, m.group(0), "")
            if owner is not None:
                _join(owner, m)
                continue
            row = catalog_abbreviation(index, m.group(0), ctx)
            if row is not None:
                out.append(Mention("abbreviation", m.group(0), m.start(), m.end(), "abbreviation", 0.5, index.title[row]))
    return sorted(out, key=lambda m: m.start)


def _join(owner: PaperRecord, m: re.Match, alias: str = "") -> None:
    """Record an acronym match as a mention of the report's paper it stands for."""
    owner.mentions.append(Mention("paper", m.group(0), m.start(), m.end(), "abbreviation", 0.6, owner.title))
    if alias and alias not in owner.aliases:
        owner.aliases.append(alias)


def _titles(p: PaperRecord) -> list[str]:
    titles = [p.title] + ([p.link.canonical_title] if p.link else [])
    return titles + [main_title(t) for t in titles if main_title(t)]


def link_report(index: CatalogIndex | None, ex: ReportExtraction, accept: float = ACCEPT, review: float = REVIEW,
                discover_threshold: float = DISCOVER) -> ReportExtraction:
    """Link, discover and resolve abbreviations in one report's extraction, in place."""
    ctx = report_context(ex)
    if index is not None:
        for p in ex.papers:
            p.link = link_paper(index, p, ctx, accept, review)
        ex.papers.extend(discover(index, ex, ctx, discover_threshold))
        ex.papers.sort(key=lambda p: p.start)
        confirm_authors(ex)
    ex.abbreviations = resolve_abbreviations(index, ex, ctx)
    return ex


def link_reports(extractions: list[ReportExtraction], index: CatalogIndex | None, accept: float = ACCEPT,
                 review: float = REVIEW) -> list[ReportExtraction]:
    """`link_report` on each extraction; without a catalog only same-report abbreviations are resolved."""
    return [link_report(index, ex, accept, review) for ex in extractions]


QUESTION_START_RE = re.compile(r"^(?:why|what|how|when|where|who|which|is|are|do|does|did|can|could|should|would|will)\b", re.I)


def sentence_like(title: str) -> bool:
    """A phrase that reads as a sentence, question or exclamation rather than a title."""
    if re.search(r"[.?!]\s+[A-Z]", title):
        return True
    if re.search(r":\s+(?:when|why|how|what|where|who|which|is|are|can|do|does)\b.*\?$", title, re.I):
        return True
    if title.endswith("!") and capitalised_ratio(title) < 0.5:
        return True
    return title.endswith("?") and QUESTION_START_RE.match(title) is not None and capitalised_ratio(title) < 0.7
