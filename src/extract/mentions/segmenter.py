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
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

import numpy as np

from extract.mentions.crf import CRFModel, tag
from extract.mentions.links import is_label_anchor, link_kind
from extract.text.lexicon import MONTHS, person_names, venues, word_ranks
from extract.text.names import MIDDLE_DOTS, OTHER_ANDS
from extract.text.units import WRITTEN_URL_RE, Token, Unit, model_section

LABELS = ("T", "A", "S", "V", "O")
MODEL_NAME = "segmenter.crfsuite"
_SHAPE_MAP = str.maketrans({**{c: "X" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}, **{c: "x" for c in "abcdefghijklmnopqrstuvwxyz"},
                            **{c: "d" for c in "0123456789"}})
_RUNS_RE = re.compile(r"(.)\1+")
# Header words of a title column and of a names column in Chinese, Japanese and Korean ("标题", "タイトル", "제목";
# "作者", "著者", "저자"), which the records' table rules read too.
CJK_TITLE_HEADERS = "标题|题目|论文|タイトル|論文|제목|논문"
CJK_NAMES_HEADERS = "作者|著者|発表者|저자|研究者|研究人员|연구자"
_COLUMN_RE = {"title": re.compile(rf"paper|title|work|publication|name|{CJK_TITLE_HEADERS}", re.I),
              "author": re.compile(rf"author|by|who|speaker|researcher|{CJK_NAMES_HEADERS}", re.I),
              "link": re.compile(r"link|url|pdf|code|paper link|链接|リンク|링크", re.I),
              "venue": re.compile(r"venue|conf|year|where|会议|年份|会議|学会|학회", re.I)}


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
_COMMA_LIKE = frozenset(MIDDLE_DOTS + "，、")   # not "•": plain-text reports open list items with it; "，" and "、" in CJK text
_SEPARATORS = frozenset(",|&;") | _COMMA_LIKE   # between the names of an author list
_ANDS = OTHER_ANDS | {"and"}


@lru_cache(maxsize=65536)
def word_features(word: str) -> tuple[str, ...]:
    """Features of a token's text alone (memoised: report vocabularies repeat)."""
    if word in _COMMA_LIKE:
        word = ","
    elif word in OTHER_ANDS:
        word = "and"   # "Dana Levi und Emil Novak": read as the generator's "and"
    elif "/" in word and word[:1].isalnum() and WRITTEN_URL_RE.fullmatch(word):
        word = "https://" + word   # "arxiv.org/abs/1": the features of the URL as the generator writes it
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
_OFFSET_NAMES = tuple(str(off) for off in _OFFSETS)
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
    60 MB more after 2,000 reports); and for tagging, the summed weights of a token's markup and
    of a line's features, by position."""

    def __init__(self) -> None:
        self.base: dict[int, list[str]] = {}
        self.lines: dict[int, list[str]] = {}
        self.told: dict[str, tuple[tuple[str, ...], ...]] = {}
        # Label-score vectors for tagging (`Segmenter`): each token's markup, each line's features.
        self.markup_vec: dict[int, np.ndarray] = {}
        self.line_vec: dict[int, np.ndarray] = {}

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
    return [*word_features(unit.tokens[i].text), *_token_markup(unit, i, header, anchors)]


def _token_markup(unit: Unit, i: int, header: list[str], anchors: dict[int, str]) -> list[str]:
    """A token's place on its line and its markup (its features beside its word's)."""
    toks = unit.tokens
    t = toks[i]
    prev = toks[i - 1] if i else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    line_pos = 0
    j = i
    while j > 0 and toks[j - 1].line == t.line and toks[j - 1].cell == t.cell and line_pos < 3:
        line_pos += 1
        j -= 1
    f = [f"pos={line_pos}"]
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


_T = TypeVar("_T")


def _per_token(unit: Unit, known: dict[int, _T], build: Callable[[Unit, int, list[str], dict[int, str]], _T]) -> list[_T]:
    """Each token's entry in `known` (kept by its position in the report), built by `build(unit, i,
    header, anchors)` the first time: a token reads the same in every unit that holds it."""
    header: list[str] | None = None
    anchors: dict[int, str] = {}
    out: list[_T] = []
    for i, t in enumerate(unit.tokens):
        v = known.get(t.start)
        if v is None:
            if header is None:
                header = _columns(unit)
            v = known[t.start] = build(unit, i, header, anchors)
        out.append(v)
    return out


def _unit_features(unit: Unit) -> list[str]:
    """Features every token of a unit shares: its kind, section, depth, heading level, numbering,
    whether prose follows it, and what its first continuation line is."""
    f = [f"u={unit.kind}", f"sec={model_section(unit.section)}", f"d={min(unit.depth, 3)}"]
    if unit.heading_level:
        f.append(f"hl={unit.heading_level}")
    if unit.ordered:
        f.append("ordered")
    if unit.next_long:
        f.append("prose_after")
    return f + _next_line_features(unit.tokens)


def unit_features(unit: Unit, cache: FeatureCache | None = None) -> list[list[str]]:
    """Feature lists, one per token of the unit."""
    cache = cache if cache is not None else FeatureCache()
    toks = unit.tokens
    n = len(toks)
    base = _per_token(unit, cache.base, _token_features)
    unit_f = _unit_features(unit)
    line_f = _line_features(toks, cache.lines)
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
    seps = sum(1 for t in line1 if t.text in _SEPARATORS or t.text.lower() in _ANDS)
    if words and namey / len(words) >= 0.5 and (seps or len(words) <= 3):
        return ["next=names"]
    if line1 and all(t.link >= 0 or not t.text.isalnum() for t in line1):
        return ["next=links"]
    return ["next=other"]


def _line_features(toks: list[Token], known: dict[int, list[str]]) -> dict[tuple[int, int], list[str]]:
    """Features of each line (or cell) as a whole: how many of its words are capitalised, whether it
    reads like a sentence (pronouns, auxiliaries, a final full stop), how long it is. `known` keeps
    them by the line's first token: a line reads the same in every unit that holds it."""
    return {key: _line_strings(ts, known) for key, ts in _by_line(toks).items()}


def _by_line(toks: list[Token]) -> dict[tuple[int, int], list[Token]]:
    """The unit's tokens by line (or table cell), in order."""
    groups: dict[tuple[int, int], list[Token]] = {}
    for t in toks:
        group = groups.get((t.line, t.cell))
        if group is None:
            groups[(t.line, t.cell)] = [t]
        else:
            group.append(t)
    return groups


def _line_strings(ts: list[Token], known: dict[int, list[str]]) -> list[str]:
    """One line's features, kept in `known` by its first token."""
    f = known.get(ts[0].start)
    if f is None:
        f = known[ts[0].start] = _group_features(ts)
    return f


def _group_features(ts: list[Token]) -> list[str]:
    """The features of one line (or cell) of tokens."""
    words = [t.text for t in ts if t.text[:1].isalpha()]
    content = [w for w in words if w.lower() not in TITLE_SMALL_WORDS]
    caps = sum(1 for w in content if w[0].isupper()) / len(content) if content else 0.0
    func = sum(1 for w in words if w.lower() in _FUNCTION_WORDS)
    f = ["caps=" + ("hi" if caps >= 0.8 else "mid" if caps >= 0.5 else "lo"),
         "nw=" + ("1" if len(words) <= 1 else "2-3" if len(words) <= 3 else "4-12" if len(words) <= 12 else "13+")]
    # An author list has separators every two or three words, and its words are known names.
    seps = sum(1 for t in ts if t.text in _SEPARATORS or t.text.lower() in _ANDS)
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


def _columns(unit: Unit) -> list[str]:
    """What each column of a row's table holds, by its header; a link column is the title's when the title column is
    empty on this row and the link cell's one link is anchored by three words or more (a generated table that fills its
    "链接" column with "[Title](doi)" and leaves "标题" blank)."""
    header = [_column(h) for h in unit.header]
    if "title" not in header or "link" not in header:
        return header
    title_col, link_col = header.index("title"), header.index("link")
    in_link = [t for t in unit.tokens if t.cell == link_col]
    if any(t.cell == title_col for t in unit.tokens) or not in_link or len({t.link for t in in_link}) != 1 or in_link[0].link < 0 \
            or sum(t.text[:1].isalpha() for t in in_link) < 3:
        return header
    header[title_col], header[link_col] = "other", "title"
    return header


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
    """The trained CRF; `segment_all(units)` labels the units of one report. The model's weights are
    read once and only read after that, so one segmenter serves every thread.

    Tagging sums each token's label scores from the same features `unit_features` writes out for
    training, but from parts cached as vectors (a word's own features and what it tells its
    neighbours, a token's markup, a line, a unit), and runs the CRF over all the units at once
    (`crf.tag`): building ~33 feature strings a token for crfsuite's tagger was most of the
    segmenter's time."""

    def __init__(self, model_path: Path | None = None) -> None:
        path = model_path or default_model_path()
        if not path.is_file():
            raise FileNotFoundError(f"record segmenter model {path} is missing: run `make train`")
        self.path = path
        self.model = CRFModel.read(path)
        score = self.model.score
        self._rel = np.array([score([f]) for f in _REL_FEATURE])
        self._other_line = np.array([score([_OTHER_LINE[off]]) for off in _OFFSETS])
        self._other_link = np.array([score([_OTHER_LINK[off]]) for off in _OFFSETS])
        self._edge = np.array([score([_EDGE[off]]) for off in _OFFSETS])
        self._line_number = lru_cache(maxsize=None)(lambda line: score([_LINE_FEATURE.get(line) or f"ln={line}"]))
        self._markups: dict[tuple[str, ...], np.ndarray] = {}   # few: positions and markup combine in few ways
        # A word feature's model rows: its own, then as a neighbour at each offset ("-1:w=the"); a
        # missing one points at an extra row of zeros.
        none = len(self.model.attributes)
        self._padded = np.vstack([self.model.state, np.zeros(len(self.model.labels))])
        rows: dict[str, list[int]] = {}
        for attr, i in self.model.attributes.items():
            head, _, rest = attr.partition(":")
            if head in _OFFSET_NAMES and rest.startswith(_NEIGHBOUR_KEEP):
                rows.setdefault(rest, [none] * (1 + len(_OFFSETS)))[1 + _OFFSET_NAMES.index(head)] = i
        for attr, i in self.model.attributes.items():
            rows.setdefault(attr, [none] * (1 + len(_OFFSETS)))[0] = i
        self._feature_rows = {f: tuple(r) for f, r in rows.items()}
        self._no_rows = (none,) * (1 + len(_OFFSETS))
        # Per word (memoised like word_features): its own features' scores, then what it tells its
        # neighbours at each offset (`neighbour_features`); one (1 + offsets) x labels array.
        self.word_scores = lru_cache(maxsize=65536)(self._word_scores)

    def _word_scores(self, word: str) -> np.ndarray:
        get, no_rows = self._feature_rows.get, self._no_rows
        return self._padded[[get(f, no_rows) for f in word_features(word)]].sum(axis=0)

    def segment(self, unit: Unit, cache: FeatureCache | None = None) -> Segment:
        return self.segment_all([unit], cache)[0]

    def segment_all(self, units: list[Unit], cache: FeatureCache | None = None) -> list[Segment]:
        """A Segment per unit, in order (an empty unit gets an empty one)."""
        cache = cache if cache is not None else FeatureCache()
        tagged = [u for u in units if u.tokens]
        if not tagged:
            return [Segment(u, [], []) for u in units]
        lengths = np.array([len(u.tokens) for u in tagged])
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        best, marginals = tag(self.model, self._scores(tagged, cache), starts, lengths)
        names = self.model.labels
        labels = [names[i] for i in best.tolist()]
        conf = marginals[np.arange(len(best)), best].tolist()
        p_title = marginals[:, names.index("T")].tolist()
        out: list[Segment] = []
        at = 0
        for u in units:
            n = len(u.tokens)
            out.append(Segment(u, labels[at : at + n], conf[at : at + n], p_title[at : at + n]))
            at += n
        return out

    def _line_numbers(self, upto: int) -> np.ndarray:
        """The scores of the line-number feature for lines 0 .. upto."""
        return np.array([self._line_number(line) for line in range(upto + 1)])

    def _markup(self, unit: Unit, i: int, header: list[str], anchors: dict[int, str]) -> np.ndarray:
        key = tuple(_token_markup(unit, i, header, anchors))
        v = self._markups.get(key)
        if v is None:
            v = self._markups[key] = self.model.score(key)
        return v

    def _scores(self, units: list[Unit], cache: FeatureCache) -> np.ndarray:
        """Tokens x labels: the summed weights of every feature `unit_features` gives each token of
        these units, laid end to end."""
        score, attrs, word_scores = self.model.score, self.model.attributes, self.word_scores
        words: list[np.ndarray] = []    # per token: word_scores of its text
        markup: list[np.ndarray] = []
        unit_v: list[np.ndarray] = []   # per unit
        line_v: list[np.ndarray] = []   # per line group of a unit
        line_of: list[int] = []         # per token: its group in line_v
        pos: list[int] = []
        size: list[int] = []
        lines: list[int] = []
        links: list[int] = []
        bigram_at: list[int] = []
        bigram_row: list[int] = []
        for unit in units:
            toks = unit.tokens
            n = len(toks)
            unit_v.append(score(_unit_features(unit)))
            groups = _line_groups(toks, cache, score, line_v)
            markup += _per_token(unit, cache.markup_vec, self._markup)
            line_of += [groups[(t.line, t.cell)] for t in toks]
            lines += [t.line for t in toks]
            links += [t.link for t in toks]
            texts = [t.text for t in toks]
            words += map(word_scores, texts)
            keys = [word_features(w)[0][2:] for w in texts]
            first = len(pos)
            for i in range(1, n):
                row = attrs.get("bi=" + keys[i - 1] + "|" + keys[i])
                if row is not None:
                    bigram_at.append(first + i)
                    bigram_row.append(row)
            pos.extend(range(n))
            size.extend([n] * n)
        tell = np.array(words)
        at, size_a, line_a, link_a = np.array(pos), np.array(size), np.array(lines), np.array(links)
        scores = tell[:, 0] + np.array(markup) + np.array(line_v)[line_of] + self._line_numbers(int(line_a.max()))[line_a]
        scores += np.repeat(np.array(unit_v), [len(u.tokens) for u in units], axis=0)
        scores += self._rel[np.minimum(4 * at // size_a, 3)]
        total = len(pos)
        for k, off in enumerate(_OFFSETS):
            other = np.clip(np.arange(total) + off, 0, total - 1)
            inside = (at + off >= 0) & (at + off < size_a)
            scores += np.where(inside[:, None], tell[other, k + 1], self._edge[k])
            scores += (inside & (line_a[other] != line_a))[:, None] * self._other_line[k]
            scores += (inside & (link_a[other] != link_a))[:, None] * self._other_link[k]
        if bigram_at:
            np.add.at(scores, np.array(bigram_at), self.model.state[np.array(bigram_row)])
        return scores


def _line_groups(toks: list[Token], cache: FeatureCache, score: Callable[[list[str]], np.ndarray],
                 vectors: list[np.ndarray]) -> dict[tuple[int, int], int]:
    """Each line's (or cell's) index in `vectors`, where the summed weights of its features (as
    `_line_features` keys and caches them) are appended."""
    out: dict[tuple[int, int], int] = {}
    for key, ts in _by_line(toks).items():
        v = cache.line_vec.get(ts[0].start)
        if v is None:
            v = cache.line_vec[ts[0].start] = score(_line_strings(ts, cache.lines))
        out[key] = len(vectors)
        vectors.append(v)
    return out


@lru_cache(maxsize=2)
def segmenter(model_path: str | None = None) -> Segmenter:
    """One segmenter per process (its model is read once)."""
    return Segmenter(Path(model_path) if model_path else None)
