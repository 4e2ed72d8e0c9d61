"""Word lists shipped with the package (data/), loaded once and cached.

- topics.json: the topic taxonomy (label, synonyms, acronyms; 'parent' names the broader topic, for readers).
- venues.txt: conference names and aliases.
- abbreviations.txt: area and model-family abbreviations ("gans" -> "generative adversarial networks").
- non_name_words.txt: capitalised words that are never part of a person's name.
- the English word list of the `english-words` package (web2), to tell "Long Beach" from "Ada Lovelace".
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Month names and their abbreviations, lower case: a date's words, in references and notes alike.
MONTHS = frozenset("jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july "
                   "august september october november december".split())


@dataclass(frozen=True)
class Topic:
    label: str
    synonyms: tuple[str, ...]


def _data_text(name: str) -> str:
    return resources.files("extract").joinpath("data", name).read_text(encoding="utf-8")


def _data_lines(name: str) -> list[str]:
    return [ln.strip() for ln in _data_text(name).splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def topics() -> tuple[Topic, ...]:
    data = json.loads(_data_text("topics.json"))
    return tuple(Topic(t["label"], tuple(t["synonyms"])) for t in data["topics"])


@lru_cache(maxsize=1)
def venues() -> dict[str, str]:
    """Alias (lower case) -> canonical venue name: conferences and journals."""
    return {**_aliases("venues.txt"), **journals()}


@lru_cache(maxsize=1)
def journals() -> dict[str, str]:
    """Alias (lower case) -> canonical name of the journals among the venues (no event a report is about)."""
    return _aliases("journals.txt")


def _aliases(name: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in _data_lines(name):
        names = [n.strip() for n in line.split("|") if n.strip()]
        for n in names:
            out[n.lower()] = names[0]
    return out


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """Abbreviation (lower case) -> expansion."""
    pairs = (line.split("=", 1) for line in _data_lines("abbreviations.txt"))
    return {a.strip(): b.strip() for a, b in pairs}


@lru_cache(maxsize=1)
def non_name_words() -> frozenset[str]:
    return frozenset(w.lower() for line in _data_lines("non_name_words.txt") for w in line.split())


@lru_cache(maxsize=1)
def _web2_words() -> frozenset[str]:
    """The web2 dictionary's words as it spells them ("James", "will", "Will"), read once for both
    lists below. Empty if the package is missing: names then rely on structure."""
    try:
        from english_words import get_english_words_set
    except ImportError:  # pragma: no cover - dependency declared, but keep the library importable
        return frozenset()
    return frozenset(get_english_words_set(["web2"], lower=False, alpha=True))


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lower-cased English words (web2)."""
    return frozenset(w.lower() for w in _web2_words())


@lru_cache(maxsize=1)
def proper_nouns() -> frozenset[str]:
    """Lower-cased words the dictionary (web2) has only capitalised ("James", "Sarah"; not "Will",
    "Mark"): frequent in text as names are, yet no common word."""
    cased = _web2_words()
    lower = {w for w in cased if w.islower()}
    return frozenset(w.lower() for w in cased if w[:1].isupper() and w.lower() not in lower)


# "-es" makes a plural or a verb's third person only after these ("boxes", "wishes", "heroes"); after another letter the
# word is a name's ("Drewes", "Barnes", "Keyes"), not "drew" or "barn" inflected.
_ES_PLURAL_STEM_ENDS = ("s", "x", "z", "ch", "sh", "o")


def is_english_word(word: str) -> bool:
    """True for dictionary words, including simple plurals the word list lacks."""
    w = word.lower().strip("’'.")
    if not w:
        return False
    words = english_words()
    if w in words or w in non_name_words():
        return True
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e")):
        stem = w[: -len(suffix)]
        if w.endswith(suffix) and len(w) > len(suffix) + 2 and (stem + repl) in words \
                and (suffix != "es" or stem.endswith(_ES_PLURAL_STEM_ENDS)):
            return True
    return False


def english_words_no_name(words: Iterable[str]) -> int:
    """How many of the words are English words that no name lexicon knows (a title's words, not a byline's)."""
    firsts, lasts = person_names()
    return sum(1 for w in words if is_english_word(w) and w.lower() not in firsts and w.lower() not in lasts)

@lru_cache(maxsize=1)
def area_words() -> frozenset[str]:
    """Every word that occurs in a topic synonym: the vocabulary of research-area headings."""
    out: set[str] = set()
    for t in topics():
        for s in t.synonyms:
            out.update(re.findall(r"[a-z0-9]+", s.lower()))
    return frozenset(out)


@lru_cache(maxsize=1)
def area_phrases() -> frozenset[tuple[str, ...]]:
    """Topic labels and synonyms as word tuples (singular and plural forms)."""
    out: set[tuple[str, ...]] = set()
    for t in topics():
        for s in t.synonyms:
            words = tuple(re.findall(r"[a-z0-9]+", s.lower()))
            if words:
                out.add(words)
                out.add(words[:-1] + (words[-1].rstrip("s"),))
    return frozenset(out)


@lru_cache(maxsize=1)
def _singular_area_phrases() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(w.rstrip("s") if len(w) > 3 else w for w in p) for p in area_phrases())


# Words allowed in an area heading besides topic phrases: "Session 2 - Deep Generative Models 1".
_AREA_FILLER = frozenset(
    "and or of for in on the a with to applications analysis methods advances recent new "
    "session day track part deep machine learning topics other misc miscellaneous highlights trends general "
    "i ii iii iv v vi".split()
)


def is_area_phrase(text: str) -> bool:
    """True when the text is made of whole topic phrases and filler: "Theory and Optimization",
    "Generative Adversarial Networks", "Word Embeddings" - but not "Conditional Widget Processes"."""
    words = [w.rstrip("s") if len(w) > 3 else w for w in re.findall(r"[a-z0-9]+", text.lower())]
    if not words or len(words) > 8:
        return False
    phrases = _singular_area_phrases()
    i, matched = 0, 0
    while i < len(words):
        for n in range(min(5, len(words) - i), 0, -1):
            if tuple(words[i : i + n]) in phrases:
                i += n
                matched += 1
                break
        else:
            if words[i] in _AREA_FILLER or words[i].isdigit():
                i += 1
                continue
            return False
    return matched > 0


_LATIN_NAME = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-žḀ-ỿ'’\-]+")


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Countries and US states, lower case, from Faker's English address providers ("spain", "washington"): the place
    a venue's reference ends with ("Madrid, Spain, 2031"), which a lexicon of surnames may hold too."""
    try:
        from faker.providers.address.en import Provider as World
        from faker.providers.address.en_US import Provider as UnitedStates
    except ImportError:  # pragma: no cover - dependency declared
        return frozenset()
    return frozenset(p.lower() for p in (*World.countries, *UnitedStates.states))


@lru_cache(maxsize=1)
def chinese_surnames() -> frozenset[str]:
    """Chinese surnames in pinyin, lower case, from Faker's zh_CN and zh_TW providers ("wang", "sun", "ji")."""
    import importlib

    out: set[str] = set()
    for locale in ("zh_CN", "zh_TW"):
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except Exception:  # pragma: no cover - dependency declared
            continue
        out.update(str(n).lower() for n in provider.__dict__.get("last_romanized_names", ()))
    return frozenset(out)


@lru_cache(maxsize=1)
def person_names() -> tuple[frozenset[str], frozenset[str]]:
    """(first names, surnames), lower case, from Faker's person providers of every locale (Latin
    script only): a maintained lexicon of names from many countries, for name-likeness features."""
    import importlib
    import pkgutil

    try:
        import faker.providers.person as people
    except ImportError:  # pragma: no cover - dependency declared; the features then rely on shape
        return frozenset(), frozenset()
    first: set[str] = set()
    last: set[str] = set()
    for module in pkgutil.iter_modules(people.__path__):
        try:
            provider = importlib.import_module(f"{people.__name__}.{module.name}").Provider
        except Exception:  # a locale that fails to import is simply left out
            continue
        for attr, into in (("first_names", first), ("first_names_male", first), ("first_names_female", first),
                           ("first_romanized_names", first), ("last_names", last), ("last_romanized_names", last)):
            names = provider.__dict__.get(attr)
            if isinstance(names, dict):
                names = names.keys()
            if isinstance(names, (list, tuple, set, frozenset, type({}.keys()))):
                for n in names:
                    for part in str(n).split():
                        if _LATIN_NAME.fullmatch(part):
                            into.add(part.lower())
    return frozenset(first), frozenset(last)


@lru_cache(maxsize=1)
def word_ranks() -> dict[str, int]:
    """Frequency rank of the 50,000 most common English words (wordfreq), lower case."""
    try:
        from wordfreq import top_n_list
    except ImportError:  # pragma: no cover - dependency declared
        return {}
    return {w: i for i, w in enumerate(top_n_list("en", 50_000))}
