"""Record segmentation: a CRF labels each token of a record unit as part of the title, an author
name, a separator between authors, the venue/year, or anything else.

Labels: ``T`` title, ``A`` author name, ``S`` separator inside an author list (",", "and", "|"),
``V`` venue, year or award, ``O`` other (numbering, link labels, comments, affiliations).

The features are those GROBID, ParsCit and anystyle use for reference strings, plus the markup a
report gives: the word and its shape, name-likeness (a first-name and a surname lexicon from
Faker's locales, the word's English frequency rank), punctuation and brackets, links and what they
point at, emphasis and quotes, the token's line and table column, the kind of unit (heading, list
item, table row, line) and what its section announces, and the same for two tokens on each side.

The model (`data/segmenter.crfsuite`) is trained by `make train` on records generated in many
layouts (`training/`); it ships in the package and loads offline.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from extract.mentions.links import is_label_anchor, link_kind
from extract.text.lexicon import person_names, venues, word_ranks
from extract.text.units import Token, Unit, model_section

LABELS = ("T", "A", "S", "V", "O")
MODEL_NAME = "segmenter.crfsuite"
MONTHS = frozenset("jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july "
                   "august september october november december".split())
_SHAPE_MAP = str.maketrans({**{c: "X" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}, **{c: "x" for c in "abcdefghijklmnopqrstuvwxyz"},
                            **{c: "d" for c in "0123456789"}})
_RUNS_RE = re.compile(r"(.)\1+")
_COLUMN_RE = {"title": re.compile(r"paper|title|work|publication|name", re.I), "author": re.compile(r"author|by|who|speaker", re.I),
              "link": re.compile(r"link|url|pdf|code|paper link", re.I), "venue": re.compile(r"venue|conf|year|where", re.I)}


def _shape(word: str) -> str:
    s = word.translate(_SHAPE_MAP)
    s = "".join(c if c in "Xxd" or not c.isalpha() else ("X" if c.isupper() else "x") for c in s)
    return _RUNS_RE.sub(r"\1", s)[:8]


def _rank_bucket(rank: int | None) -> str:
    if rank is None:
        return "rare"
    return "top300" if rank < 300 else "top2k" if rank < 2000 else "top10k" if rank < 10_000 else "top50k"


# Separators of author lists on conference sites ("A · B · C") and in Chinese and Japanese notes
# ("A，B、C") that the training layouts write as commas: the model reads them as one.
_COMMA_LIKE = frozenset("·∙⋅，、")   # not "•": plain-text reports open list items with it; "，" and "、" in CJK text
_SEPARATORS = frozenset(",|&;") | _COMMA_LIKE   # between the names of an author list


@lru_cache(maxsize=65536)
def word_features(word: str) -> tuple[str, ...]:
    """Features of a token's text alone (memoised: report vocabularies repeat)."""
    if word in _COMMA_LIKE:
        word = ","
    low = word.lower()
    first, last = person_names()
    feats = ["w=" + (low if len(low) <= 24 else low[:24]), "sh=" + _shape(word)]
    if word[:1].isalpha():
        feats.append("cap" if word[0].isupper() else "low")
        if word.isupper() and len(word) > 1:
            feats.append("allcaps")
        if re.fullmatch(r"(?:[^\W\d_]\.){1,3}", word) or (len(word) == 1 and word.isupper()):
            feats.append("initial")
        bare = low.strip(".")
        if bare in first:
            feats.append("fn")
        if bare in last:
            feats.append("ln")
        feats.append("wr=" + _rank_bucket(word_ranks().get(bare)))
        if bare in MONTHS:
            feats.append("month")
        if low in venues():
            feats.append("venue")
        if "-" in word:
            feats.append("hyphen")
        if any(c.isupper() for c in word[1:]) and any(c.islower() for c in word):
            feats.append("camel")
    elif word.isdigit():
        feats.append("year" if re.fullmatch(r"(?:19|20)\d\d", word) else "num")
    elif not word[:1].isalnum():
        feats.append("p=" + word)
    if len(word) > 12:
        feats.append("long")
    return tuple(feats)


_OFFSETS = (-2, -1, 1, 2)
_NEIGHBOUR_KEEP = ("w=", "sh=", "fn", "ln", "wr=", "p=", "cap", "low", "initial", "year", "venue", "allcaps")


@lru_cache(maxsize=262144)
def neighbour_features(word: str, off: int) -> tuple[str, ...]:
    """What a token at offset `off` tells its neighbour: its word features among _NEIGHBOUR_KEEP (no
    positional feature starts with one of those), prefixed with the offset. Memoised by word."""
    return tuple(f"{off}:{x}" for x in word_features(word) if x.startswith(_NEIGHBOUR_KEEP))


class FeatureCache:
    """Features of one report that do not change between the units that read them: a line is read
    by its own unit and by the units above that take it as a continuation. Holds each token's own
    features and each line's features, by position, and what each word tells its neighbours at
    offsets -2, -1, 1 and 2 (kept per report, not per process: a process-wide cache of it held
    60 MB more after 2,000 reports)."""

    def __init__(self) -> None:
        self.base: dict[int, list[str]] = {}
        self.lines: dict[int, list[str]] = {}
        self.told: dict[str, tuple[tuple[str, ...], ...]] = {}

    def told_by(self, word: str) -> tuple[tuple[str, ...], ...]:
        told = self.told.get(word)
        if told is None:
            told = self.told[word] = tuple(neighbour_features(word, off) for off in _OFFSETS)
        return told


# Constant feature strings, built once rather than per token.
_LINE_FEATURE = {k: f"ln={k}" for k in range(4)}
_REL_FEATURE = ("rel=a", "rel=b", "rel=c", "rel=d")   # by quarter of the unit: i / n < 0.25, 0.5, 0.75
_OTHER_LINE = {off: f"{off}:otherline" for off in _OFFSETS}
_OTHER_LINK = {off: f"{off}:otherlink" for off in _OFFSETS}
_EDGE = {off: f"{off}:edge" for off in _OFFSETS}


def _token_features(unit: Unit, i: int, header: list[str], anchors: dict[int, str]) -> list[str]:
    """A token's own features: its word, its place on its line, its markup."""
    toks = unit.tokens
    t = toks[i]
    prev = toks[i - 1] if i else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    line_pos = 0
    j = i
    while j > 0 and toks[j - 1].line == t.line and toks[j - 1].cell == t.cell and line_pos < 3:
        line_pos += 1
        j -= 1
    f = list(word_features(t.text))
    f.append(f"pos={line_pos}")
    if line_pos == 0:
        f.append("bol")
    if nxt is None or nxt.line != t.line or nxt.cell != t.cell:
        f.append("eol")
    if t.cell >= 0:
        f.append(f"cell={min(t.cell, 5)}")
        if t.cell < len(header):
            f.append("col=" + header[t.cell])
    if t.link >= 0:
        link = unit.links[t.link]
        anchor = anchors.get(t.link)
        if anchor is None:
            anchor = anchors[t.link] = _anchor_text(unit, t.link)
        f.append("lk=" + ("internal" if link.href.startswith("#") else link_kind(link.href, anchor)))
        if is_label_anchor(anchor):
            f.append("lklabel")
        if prev is None or prev.link != t.link:
            f.append("lkstart")
    if t.strong:
        f.append("strong")
    if t.em:
        f.append("em")
    if t.code:
        f.append("code")
    if t.quoted:
        f.append("quoted")
    if t.bracket:
        f.append(f"br={t.bracket}")
    return f


def unit_features(unit: Unit, cache: FeatureCache | None = None) -> list[list[str]]:
    """Feature lists, one per token of the unit."""
    cache = cache if cache is not None else FeatureCache()
    toks = unit.tokens
    n = len(toks)
    header: list[str] | None = None
    anchors: dict[int, str] = {}
    base: list[list[str]] = []
    known = cache.base
    for i, t in enumerate(toks):
        cached = known.get(t.start)
        if cached is None:
            if header is None:
                header = [_column(h) for h in unit.header]
            cached = known[t.start] = _token_features(unit, i, header, anchors)
        base.append(cached)
    unit_f = [f"u={unit.kind}", f"sec={model_section(unit.section)}", f"d={min(unit.depth, 3)}"]
    line_f = _line_features(toks, cache.lines)
    if unit.heading_level:
        unit_f.append(f"hl={unit.heading_level}")
    if unit.ordered:
        unit_f.append("ordered")
    if unit.next_long:
        unit_f.append("prose_after")
    unit_f += _next_line_features(toks)
    told = [cache.told_by(t.text) for t in toks]   # what each token tells its neighbours, by offset
    out: list[list[str]] = []
    for i, f in enumerate(base):
        t = toks[i]
        line, link_index = t.line, t.link
        feats = [*f, _LINE_FEATURE.get(line) or f"ln={line}", *unit_f, *line_f.get((line, t.cell), ()),
                 _REL_FEATURE[min(4 * i // n, 3)]]
        for k, off in enumerate(_OFFSETS):
            j = i + off
            if 0 <= j < n:
                feats += told[j][k]
                other = toks[j]
                if other.line != line:
                    feats.append(_OTHER_LINE[off])
                if other.link != link_index:
                    feats.append(_OTHER_LINK[off])
            else:
                feats.append(_EDGE[off])
        if i > 0:
            feats.append("bi=" + base[i - 1][0][2:] + "|" + f[0][2:])
        out.append(feats)
    return out


_FUNCTION_WORDS = frozenset("i we you he she they it this that these those is are was were be been being has have had do does did "
                            "can could will would should may might must not no our their my his her its there here very also just".split())
# Words a Title Case title leaves in lower case (shared with the record rules and the judge).
TITLE_SMALL_WORDS = frozenset("a an the and or but nor of for in on at to by with from via vs into onto over under as without "
                              "through towards toward using between beyond about against than".split())


_AUTHOR_CUE_RE = re.compile(r"^(?:authors?|by|speakers?|presenters?|with)$", re.I)


def _next_line_features(toks: list[Token]) -> list[str]:
    """What the first continuation line is: an author line ("Authors: ...", "by ...", or mostly
    names between commas), a line of link labels, or something else. Lets every token of the
    anchor line know that a title is probably followed by its authors."""
    line1 = [t for t in toks if t.line == 1]
    if not line1:
        return ["next=none"]
    words = [t.text for t in line1 if t.text[:1].isalpha()]
    if words and _AUTHOR_CUE_RE.match(words[0]):
        return ["next=authors"]
    first, last = person_names()
    namey = sum(1 for w in words if w[:1].isupper() and (w.lower().strip(".") in first or w.lower() in last or len(w) <= 2))
    seps = sum(1 for t in line1 if t.text in _SEPARATORS or t.text.lower() == "and")
    if words and namey / len(words) >= 0.5 and (seps or len(words) <= 3):
        return ["next=names"]
    if line1 and all(t.link >= 0 or not t.text.isalnum() for t in line1):
        return ["next=links"]
    return ["next=other"]


def _line_features(toks: list[Token], known: dict[int, list[str]]) -> dict[tuple[int, int], list[str]]:
    """Features of each line (or cell) as a whole: how many of its words are capitalised, whether it
    reads like a sentence (pronouns, auxiliaries, a final full stop), how long it is. `known` keeps
    them by the line's first token: a line reads the same in every unit that holds it."""
    groups: dict[tuple[int, int], list[Token]] = {}
    for t in toks:
        group = groups.get((t.line, t.cell))
        if group is None:
            groups[(t.line, t.cell)] = [t]
        else:
            group.append(t)
    out: dict[tuple[int, int], list[str]] = {}
    for key, ts in groups.items():
        f = known.get(ts[0].start)
        if f is None:
            f = known[ts[0].start] = _group_features(ts)
        out[key] = f
    return out


def _group_features(ts: list[Token]) -> list[str]:
    """The features of one line (or cell) of tokens."""
    words = [t.text for t in ts if t.text[:1].isalpha()]
    content = [w for w in words if w.lower() not in TITLE_SMALL_WORDS]
    caps = sum(1 for w in content if w[0].isupper()) / len(content) if content else 0.0
    func = sum(1 for w in words if w.lower() in _FUNCTION_WORDS)
    f = ["caps=" + ("hi" if caps >= 0.8 else "mid" if caps >= 0.5 else "lo"),
         "nw=" + ("1" if len(words) <= 1 else "2-3" if len(words) <= 3 else "4-12" if len(words) <= 12 else "13+")]
    # An author list has separators every two or three words, and its words are known names.
    seps = sum(1 for t in ts if t.text in _SEPARATORS or t.text.lower() == "and")
    f.append("lsep=" + ("0" if not seps else "1" if seps == 1 else "2+" if seps < len(words) / 4 else "dense"))
    firsts, lasts = person_names()
    capped = [w for w in words if w[:1].isupper()]
    known = sum(1 for w in capped if w.lower().strip(".") in firsts or w.lower() in lasts)
    share = known / len(capped) if capped else 0.0
    f.append("lnames=" + ("hi" if share >= 0.6 else "mid" if share >= 0.3 else "lo"))
    if func:
        f.append("func=" + ("1" if func == 1 else "2+"))
    if ts[-1].text in (".", "!", "?") and (len(ts) < 2 or not re.fullmatch(r"[A-Z]", ts[-2].text)):
        f.append("endstop")
    if ts[-1].text == ":":
        f.append("endcolon")
    return f


def _column(header: str) -> str:
    for name, pattern in _COLUMN_RE.items():
        if pattern.search(header):
            return name
    return "other"


def _anchor_text(unit: Unit, link_index: int) -> str:
    return " ".join(t.text for t in unit.tokens if t.link == link_index)


@dataclass
class Segment:
    """A labelled unit: the labels and, per token, the probability of its label."""

    unit: Unit
    labels: list[str]
    confidence: list[float]
    p_title: list[float] = field(default_factory=list)   # per token, the probability of T

    def spans(self, label: str) -> list[list[Token]]:
        """Maximal runs of tokens with `label` (a run never crosses a table cell)."""
        runs: list[list[Token]] = []
        prev = None
        for tok, lab in zip(self.unit.tokens, self.labels):
            if lab == label and prev is not None and runs and prev == label and runs[-1][-1].cell == tok.cell:
                runs[-1].append(tok)
            elif lab == label:
                runs.append([tok])
            prev = lab
        return runs


def default_model_path() -> Path:
    return Path(str(resources.files("extract").joinpath("data", MODEL_NAME)))


class Segmenter:
    """The trained CRF; `segment(unit)` labels one unit. Safe to share between threads: a crfsuite
    Tagger holds the sequence being tagged, so each thread gets a tagger of its own (the `threads`
    task runner extracts batches concurrently; one shared tagger mixed their units up)."""

    def __init__(self, model_path: Path | None = None) -> None:
        path = model_path or default_model_path()
        if not path.is_file():
            raise FileNotFoundError(f"record segmenter model {path} is missing: run `make train`")
        self.path = path
        self._local = threading.local()

    @property
    def tagger(self):
        tagger = getattr(self._local, "tagger", None)
        if tagger is None:
            import pycrfsuite

            tagger = self._local.tagger = pycrfsuite.Tagger()
            tagger.open(str(self.path))
        return tagger

    def segment(self, unit: Unit, cache: FeatureCache | None = None) -> Segment:
        if not unit.tokens:
            return Segment(unit, [], [])
        tagger = self.tagger
        tagger.set(unit_features(unit, cache))
        labels = list(tagger.tag())
        confidence = [tagger.marginal(lab, i) for i, lab in enumerate(labels)]
        return Segment(unit, labels, confidence, [tagger.marginal("T", i) for i in range(len(labels))])


@lru_cache(maxsize=2)
def segmenter(model_path: str | None = None) -> Segmenter:
    """One tagger per process (loading it takes a few milliseconds, but tagging needs no reload)."""
    return Segmenter(Path(model_path) if model_path else None)
