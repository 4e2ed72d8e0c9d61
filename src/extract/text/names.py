"""Person-name forms: author lists, "Last, First", affiliations, and the shape of a name."""
from __future__ import annotations

import re

from extract.text.lexicon import chinese_surnames, is_english_word, non_name_words, person_names, proper_nouns, venues, word_ranks
from extract.text.normalise import norm_text

# Titles written before a name, never a name of their own: "Dr. Ana Souza", "Prof Ben Park".
HONORIFICS = ("Dr", "Drs", "Prof", "Profs", "Professor", "Professors", "Emeritus", "Emerita", "Mr", "Mrs", "Ms")
PARTICLES = frozenset("van von der den de del della di da dos das du la le bin al el ten ter zu im y".split())
# A capitalised name token ("Sohl-Dickstein", "O'Neil", "ChangHwan", "Müller") or an initial ("J.", "S.M.", "J.-P.").
_TOKEN = r"(?:[^\W\d_][.]?(?:(?:(?<=\.)-)?[^\W\d_][.])*|[^\W\d_][^\W\d_'’.-]*(?:['’-][^\W\d_]+)*\.?)"
NAME_TOKEN_RE = re.compile(rf"^{_TOKEN}$")
# Latin letters glued to Chinese, Japanese or Korean ones: no one name's token ("Zoomで配信": an English word in a
# Japanese sentence; "安永" or "Souza" alone may be).
_CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
_MIXED_SCRIPTS_RE = re.compile(rf"[A-Za-z\u00c0-\u024f][{_CJK}]|[{_CJK}][A-Za-z\u00c0-\u024f]")
INITIAL_RE = re.compile(r"^[^\W\d_]\.(?:-?[^\W\d_]\.)*$|^[^\W\d_]$")   # "A.", "A.B.", "J.-P."
AFFILIATION_RE = re.compile(r"\s*\([^)]*\)")
# "and" between names in German, Danish and Norwegian, Swedish, Spanish, Portuguese and Italian ("Dana Levi und Emil Novak").
OTHER_ANDS = frozenset(("und", "og", "och", "y", "e"))
AND_RE = re.compile(rf",?\s+(?:and|{'|'.join(sorted(OTHER_ANDS))}|&)\s+|\s*&\s*", re.I)
# Middle dots that stand for commas between names ("Dana Levi · Emil Novak").
MIDDLE_DOTS = "·∙⋅"
# A person's position written beside the name ("Ana Souza, PhD student; Ben Park, Associate Professor, ..."):
# what a byline says a person is, never part of a name or a title.
ROLE_RE = re.compile(r"(?:(?:associate|assistant|full|adjunct|visiting|emeritus|distinguished|senior|junior|principal|staff|"
                     r"lead|chief|research|technical|post-?doctoral|doctoral|ph\.?\s?d\.?|undergraduate|graduate|"
                     r"master['’]?s|msc|m\.sc\.|bsc|b\.sc\.|first-year|second-year|third-year|final-year)\s+){0,3}"
                     r"(?:professor|lecturer|researcher|scientist|fellow|student|candidate|postdoc|intern|engineer)s?", re.I)


def full_names_pattern(most: int) -> str:
    """A regular expression (text) for one to `most` full names of capitalised words written in a
    sentence, between commas, "and" or "&": "Ana Souza", "Ana Souza and Ben Park", "A. B. Smithson, Li Na"."""
    # (a surname's particles: "Karin van Es", "Ana de la Cruz")
    name = r"(?:[A-Z][\w’'.-]*\s+){1,3}(?:(?:van|von|de|der|den|del|della|di|da|dos|du|la|le|ten|ter)\s+){0,2}[A-Z][\w’'-]+"
    return rf"{name}(?:(?:\s*,\s*|\s*,?\s+and\s+|\s*&\s*){name}){{0,{most - 1}}}"


_GLUED_INITIAL_RE = re.compile(r"\b([A-ZÀ-Þ]\.)(?=[A-ZÀ-Þ][a-zß-ÿ])")


def spaced_initials(name: str) -> str:
    """ "A.Souza" (as lists typed among other scripts often write it) as "A. Souza"."""
    return _GLUED_INITIAL_RE.sub(r"\1 ", name)


def glued_initials(name: str) -> str:
    """ "A. Souza" as "A.Souza": how a name `spaced_initials` gave may be written."""
    return _SPACED_INITIAL_RE.sub(r"\1", name)


_SPACED_INITIAL_RE = re.compile(r"\b([A-ZÀ-Þ]\.) (?=[A-ZÀ-Þ])")
# An honorific and the space after it ("Dr. ", "Prof "); before a name of two words or more, it leaves the name.
HONORIFIC_RE = re.compile(rf"(?:{'|'.join(HONORIFICS)})\.?\s+")
_LEADING_HONORIFIC_RE = re.compile(rf"^\s*{HONORIFIC_RE.pattern}(?=[A-ZÀ-Þ][^\W\d_]*\.?\s+[A-ZÀ-Þ])")


def clean_name(raw: str) -> str:
    """Drop markdown emphasis, affiliations in parentheses, an honorific before the name, footnote marks and
    extra space."""
    s = raw.replace("**", "").replace("__", "")
    s = AFFILIATION_RE.sub(" ", s)
    s = re.sub(r"^\s*[Bb]y\s+(?=[A-Z])", "", s)   # "(By Ana Souza, Ben Park)": the byline's cue inside its bracket
    s = _LEADING_HONORIFIC_RE.sub("", s)   # ("Prof. Ana Souza", "Dr Ben Park": the person is Ana Souza, Ben Park)
    s = re.sub(r"[*∗⁎†‡§¹²³⁴⁵⁶⁷⁸⁹0-9\s]+$", "", s.strip())   # ("Fuchun Sun ∗": an equal-contribution mark)
    s = spaced_initials(s)
    s = s.strip(" ,;:.\t") if not re.search(r"\b[^\W\d_]\.$", s.strip()) else s.strip(" ,;:\t")
    return " ".join(s.split())


def _is_upper_initial(tok: str) -> bool:
    return tok[:1].isupper()


def is_name(candidate: str, *, max_tokens: int = 5, allow_single: bool = False) -> bool:
    """Whether a cleaned string has the form of a person's name ("Ada K. Lee", "Kurt van der Berg")."""
    toks = candidate.split()
    # (particles inside a name are not counted against the limit: "Robert R. de Ruyter van Steveninck")
    if not toks or (len(toks) > max_tokens and (len(toks) > max_tokens + 2 or len(toks) - sum(
            1 for t in toks[1:-1] if t.lower() in PARTICLES) > max_tokens)) or (len(toks) == 1 and not allow_single):
        return False
    elided = len(toks) > 1 and _ELIDED_PARTICLE_RE.match(toks[-1]) is not None   # "Eugene d'Orsay", "Ana dell'Orto"
    vancouver = surname_and_initials(toks)
    if not (_is_upper_initial(toks[0]) or vancouver) or not (_is_upper_initial(toks[-1]) or elided):
        return False
    if all(INITIAL_RE.match(t) for t in toks):
        return False
    if len(toks) == 2 and toks[0].lower() in _PLACE_WORDS and len(toks[1]) == 1:
        return False   # "Hall A", "Booth C": a place at the venue ("Keith Hall" and "(Hall et al., 2019)" stay names)
    for t in toks:
        if t.lower() in PARTICLES and (t is not toks[0] or vancouver) and t is not toks[-1]:
            continue
        if t is toks[-1] and len(toks) >= 3 and t.rstrip(".") in _GENERATIONS:
            continue   # "Ben R. Park IV", "Ana Souza Jr."
        if elided and t is toks[-1]:
            continue   # an elided particle glued to the surname
        if not NAME_TOKEN_RE.match(t) or not _is_upper_initial(t) or _MIXED_SCRIPTS_RE.search(t):
            return False
        if t.isupper() and len(t.rstrip(".")) > 1 and not INITIAL_RE.match(t) and not _capitalised_surname(t, toks) \
                and not _glued_middle_initials(t, toks) and not (vancouver and t is toks[-1]):
            return False   # "GAN", "ICML"
        if t.lower().rstrip(".") in non_name_words() and not _surname_after_given_name(t, toks) and not _given_name_before_surname(t, toks):
            return False
    return True


_GENERATIONS = frozenset({"II", "III", "IV", "Jr", "Sr"})
_VANCOUVER_INITIALS_RE = re.compile(r"[A-Z]{1,3}")


def surname_and_initials(toks: list[str]) -> bool:
    """A surname (after any particles) and the given names' initials written together, as Vancouver-style references
    write them ("Souza PA", "van der Berg V"): the surname one the lexicon knows or no English word ("Park BK";
    not "Model XL", "Table AB")."""
    if len(toks) < 2 or not _VANCOUVER_INITIALS_RE.fullmatch(toks[-1]):
        return False
    k = 0
    while k < len(toks) - 1 and toks[k] in PARTICLES:
        k += 1
    surname = toks[k:-1]
    if len(surname) != 1 or not NAME_TOKEN_RE.match(surname[0]) or not surname[0][:1].isupper() or surname[0].isupper():
        return False
    return surname[0].lower() in person_names()[1] or not is_english_word(surname[0])
_ELIDED_PARTICLE_RE = re.compile(r"^(?:d|l|dell|dall|degl)['’][A-ZÀ-Þ][^\W\d_'’-]+$")
# Words that name a place at a venue before a letter ("Hall A", "Booth C"); they are surnames too.
_PLACE_WORDS = frozenset({"hall", "booth", "stage", "level", "floor", "building"})


def _surname_after_given_name(tok: str, toks: list[str]) -> bool:
    """A jargon word that is also a surname, last after a known given name ("Igor Markov", "Ronald
    Fisher"; not "Hidden Markov", nor an adjective or a plural: "Max Gaussian", "Ada Lovelace Networks")."""
    firsts, lasts = person_names()
    low = tok.lower()
    return len(toks) >= 2 and tok is toks[-1] and toks[0].lower() in firsts \
        and (low in lasts or (len(toks) == 2 and not low.endswith(("ian", "ean", "s"))))


def _given_name_before_surname(tok: str, toks: list[str]) -> bool:
    """A jargon word first, before a surname the lexicon knows that is no English word ("Fisher Qiu"; not
    "Fisher Information", "Markov Chain")."""
    last = toks[-1]
    return len(toks) == 2 and tok is toks[0] and last.lower() in person_names()[1] and not is_english_word(last)


def _capitalised_surname(tok: str, toks: list[str]) -> bool:
    """A surname written in capitals after a given name that is not ("Jiajun CHEN", "Xiaozhe REN"):
    a surname the lexicon knows, not an acronym ("Using BERT"); or one of two words in capitals after a
    given name the lexicon knows, neither a common English word nor a venue ("Belona Mary SONNA MOMO")."""
    firsts, lasts = person_names()
    first = toks[0]
    if not tok.isalpha() or not first[:1].isupper() or first.isupper():
        return False
    if tok is toks[-1] and tok.lower() in lasts and (first.lower() in firsts or not is_english_word(first)):
        return True
    if tok is toks[-1] and len(toks) == 2 and first.lower() in firsts and not is_english_word(first) and _caps_word(tok):
        return True   # ("Maxime DARRIN": a surname no lexicon knows, after a given name that is no English word)
    # (the two words in capitals that end the name, each a word, not an acronym: four letters or more, a vowel
    # among them, no common word nor a venue; "Ada Lovelace GAN SGD" is no name)
    caps, given = toks[-2:], toks[:-2]
    return bool(given) and tok in caps and all(t.isupper() for t in caps) and not given[-1].isupper() \
        and any(t.lower() in firsts for t in given) and all(_caps_word(t) for t in caps)


def _caps_word(tok: str) -> bool:
    """A word in capitals that may be a surname: four letters or more, a vowel among them, no common word
    nor a venue (not an acronym: "GAN", "ICML", "DATA")."""
    return len(tok) >= 4 and re.search("[AEIOUY]", tok) is not None \
        and word_ranks().get(tok.lower(), 10**6) >= COMMON_WORD_RANK and tok.lower() not in venues()


def _glued_middle_initials(tok: str, toks: list[str]) -> bool:
    """Two or three initials written together between a given name and a surname ("Jackie CK Cheung")."""
    return 3 <= len(toks) <= 4 and tok is not toks[0] and tok is not toks[-1] and tok.isalpha() and 2 <= len(tok) <= 3 \
        and not toks[0].isupper() and not toks[-1].isupper() and toks[0].lower() in person_names()[0] \
        and not is_english_word(toks[-1])


def flip_last_first(piece: str) -> str:
    """ "Lovelace, Ada" -> "Ada Lovelace"; anything else is returned unchanged."""
    parts = [p.strip() for p in piece.split(",")]
    if len(parts) == 2 and parts[0] and parts[1]:
        return f"{parts[1]} {parts[0]}"
    return piece


def split_author_list(text: str) -> list[str] | None:
    """Split an author list into names, or None when any part is not a name.

    Handles "A, B, and C", "A & B", "Last, First; Last, First", "Last, First (Affil); ...",
    "Last, First, Affiliation; ..." and bold markdown.
    """
    text = clean_name_list_text(text)
    if not text:
        return None
    names: list[str] = []
    if ";" in text or (re.fullmatch(r"[^,]+,\s*[^,]+", text) and _looks_last_first(text)):
        for piece in text.split(";"):
            piece = clean_name(piece)
            if not piece:
                continue
            parts = [p.strip() for p in piece.split(",") if p.strip()]
            if len(parts) >= 2:  # "Last, First[, Affiliation]"
                name = f"{parts[1]} {parts[0]}"
            else:
                name = parts[0]
            if not is_name(name):
                return None
            names.append(name)
        return names or None
    for piece in re.split(AND_RE.pattern + rf"|,\s*|\s*[{MIDDLE_DOTS}]\s*", text):   # (a middle dot between names: "Dana Levi · Emil Novak")
        if piece is None:
            continue
        piece = clean_name(piece)
        if not piece or piece.lower() in {"and", "et al", "et al."}:
            continue
        if not is_name(piece):
            return None
        names.append(piece)
    return names or None


def _looks_last_first(text: str) -> bool:
    """ "Karpathy, Andrej": two single-token parts, both names."""
    a, b = (p.strip() for p in text.split(",", 1))
    return len(a.split()) == 1 and 1 <= len(b.split()) <= 2 and is_name(f"{b} {a}")


# Full-width separators (Chinese and Japanese lists of Latin names: "Hana Mori； Ido Katz，Rui Lima") as ASCII ones.
_FULL_WIDTH_SEPARATORS = str.maketrans({"；": ";", "，": ",", "、": ","})


def clean_name_list_text(text: str) -> str:
    text = text.replace("**", "").translate(_FULL_WIDTH_SEPARATORS).strip()
    text = re.sub(r"\s+et\s?\.?\s*al\s?\.?$", "", text)   # (also as often misspelt, "et. al.", or as tokens, "et . al .")
    return text.strip(" .,:;")


_COMMON_RANK = 10000   # a word commoner than this in English text that no surname list holds is a brand's or a place's


_EVENT_WORD_RE = re.compile(r"\b(?:Workshop|Conference|Symposium|Seminar|Challenge|Shared Task|School)\b")


def short_name_of_an_event(before: str, word: str) -> bool:
    """Whether `word`, bracketed with a year after `before` ("... Workshop on Algorithmic Bias in Search (Bias 2031)",
    "Workshop on Location and the Web (LocWeb 2031)"), is the event's short name, not an author's: an event's name
    before it, and the word one of that name's words or capitalised inside (no surname and year, then)."""
    if not _EVENT_WORD_RE.search(before):
        return False
    return word.lower() in before.lower().split() or any(ch.isupper() or ch.isdigit() for ch in word[1:])


def is_brand_word(token: str) -> bool:
    """One word no surname list holds that English text uses often: a company's or a studio's ("Disney", "Google"),
    not a person's ("Hinton", a known surname; "Bengio", rare in English text)."""
    t = token.strip(" ,.;:’'").lower()
    return bool(t) and t not in person_names()[1] and word_ranks().get(t, _COMMON_RANK) < _COMMON_RANK


# An acronym's plural ("LLMs", "GPUs"): "enhanced a lot by LLMs" names no one.
_ACRONYM_PLURAL_RE = re.compile(r"[A-Z]{2,}s")


def is_surname(token: str) -> bool:
    """A single capitalised token that is not an English word: "Goodfellow", "Balduzzi"."""
    t = token.strip(" ,.;:’'")
    return bool(
        t
        and NAME_TOKEN_RE.match(t)
        and t[0].isupper()
        and not t.isupper()
        and not _ACRONYM_PLURAL_RE.fullmatch(t)
        and len(t) > 1
        and not is_english_word(t)
        and t.lower() not in non_name_words()
    )


# Last words of a place's name that are no surnames ("Widget Harbour", "Gizmo Beach", "Central Widget Station"); a museum's,
# an airport's, an avenue's ... are ORGANISATION_WORD_RE's, which looks_like_person refuses in any place of the name.
_PLACE_LAST_WORDS = frozenset("harbour harbor beach station wharf quay pier gardens square bridge".split())


def looks_like_person(name: str) -> bool:
    """A prose candidate ("Ada Lovelace") that is a name and not a place, a product or a phrase.

    Either the first token is a known first name (Faker's lexicon of many locales) that is not a
    common English word, with a capitalised surname after it ("Ada Dean", "Grace Bender", "Felix
    Hill"); or the surname is not an English word and one of the two is a known name ("Ana Ng",
    "Zarvela Brindlecombe"). "Long Beach", "Google Brain", "Gumbel Softmax" and "Discrete LVs" fail.
    """
    toks = name.split()
    if not 2 <= len(toks) <= 4 or not is_name(name, max_tokens=4):
        return False
    first, last = toks[0], toks[-1]
    if has_a_words_ending(last) or (not INITIAL_RE.match(first) and first.lower() in non_name_words()) or last.lower() in _PLACE_LAST_WORDS:
        return False
    if any(ORGANISATION_WORD_RE.match(t) for t in toks):
        return False
    # Middle tokens of a long name are initials, particles or name words, not dictionary words.
    for mid in toks[1:-1]:
        if not (INITIAL_RE.match(mid) or mid.lower() in PARTICLES or not is_english_word(mid)):
            return False
    firsts, lasts = person_names()
    ranks = word_ranks()
    # (a given name as frequent as a common word counts when the dictionary has it only as a name: "James", "David")
    first_known = (first.lower() in firsts and (ranks.get(first.lower(), 10**6) >= COMMON_WORD_RANK or first.lower() in proper_nouns())) \
        or hyphenated_given_name(first)
    last_known = last.lower() in lasts or any(p.lower() in lasts for p in last.split("-"))
    if first_known and (last_known or ranks.get(last.lower(), 10**6) >= COMMON_WORD_RANK):
        return True
    # (... or a surname the lexicon knows that is no common English word, after a given name no dictionary has: "Binhui
    # Chen", "Yu Liang", though a dictionary has "chen" and "liang")
    surname_shaped = any(is_surname(p) for p in last.split("-")) \
        or (last.lower() in lasts and ranks.get(last.lower(), 10**6) >= COMMON_WORD_RANK
            and not all(is_english_word(part) for part in first.split("-")))   # (not "Real-Time Ray")
    if surname_shaped and (first_known or last_known or INITIAL_RE.match(first) is not None):
        return True
    # (or a Chinese name in pinyin, its surname one that is also an English word: "Jingyuan Sun", "Xuandong Long")
    return len(toks) == 2 and last.lower() in chinese_surnames() and pinyin_given_name(first)


# One pinyin syllable: an initial, perhaps, and a final ("jing", "yuan", "xuan", "dong").
_PINYIN_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)")
_PINYIN_GIVEN_NAME_RE = re.compile(rf"(?:{_PINYIN_SYLLABLE}){{2,3}}")
_PINYIN_PART_RE = re.compile(rf"(?:{_PINYIN_SYLLABLE}){{1,2}}")


def pinyin_given_name(word: str) -> bool:
    """A Chinese given name of two or three syllables written in pinyin, one word or two joined by a hyphen, that no
    dictionary knows ("Jingyuan", "Xuandong", "Yu-Xiang"; not "Change", "Engine")."""
    if not word[:1].isupper() or is_english_word(word.lower()):
        return False
    parts = word.lower().split("-")
    if len(parts) == 2:
        return all(_PINYIN_PART_RE.fullmatch(p) for p in parts)
    return len(parts) == 1 and _PINYIN_GIVEN_NAME_RE.fullmatch(parts[0]) is not None


def hyphenated_given_name(word: str) -> bool:
    """A given name of two joined by a hyphen, each one the lexicon knows ("Horst-Michael", "Jean-Pierre"; not "Self-Paced")."""
    parts = word.lower().split("-")
    return len(parts) == 2 and all(len(p) > 1 and p in person_names()[0] for p in parts)


def name_shaped(name: str) -> bool:
    """Has the form of a full name whose surname is no English word ("Zed Quorbly"), though no
    lexicon knows it: a person only with more evidence."""
    toks = name.split()
    return (2 <= len(toks) <= 3 and is_name(name, max_tokens=3) and any(is_surname(p) for p in toks[-1].split("-"))
            and not has_a_words_ending(toks[-1]) and not is_english_word(toks[0]))


COMMON_WORD_RANK = 2000   # words more frequent than this ("Will", "Long", "May") are not taken for names alone
RARE_WORD_RANK = 10_000   # a word rarer than this may be a name though a dictionary has it ("Levi", "Raia")


def is_rare_word(word: str) -> bool:
    """Rarer in English than RARE_WORD_RANK, or unknown to the word list."""
    return word_ranks().get(word.lower(), 10**6) >= RARE_WORD_RANK


# Word endings of English nouns and adjectives that surnames practically never have.
NOT_SURNAME_SUFFIX_RE = re.compile(r"(?:ing|tion|sion|ment|ness|ity|ism|ics|ology|ization|able|ible)$", re.I)


def has_a_words_ending(word: str) -> bool:
    """Ends as English nouns and adjectives do ("Learning", "Attention", "Robustness"), which surnames practically
    never do; but "-ing" ends many surnames a lexicon knows ("Manning", "Fleming", "King", "Ding") and others that
    are no English word ("Gruning")."""
    if not NOT_SURNAME_SUFFIX_RE.search(word):
        return False
    low = word.lower()
    return not (low.endswith("ing") and (low in person_names()[1] or not _an_ing_form(low)))


_VERB_PREFIXES = ("de", "re", "un", "pre", "over", "under", "out", "mis")


def _an_ing_form(low: str) -> bool:
    """A verb's -ing form, a prefix before it too ("denoising": "noising")."""
    return is_english_word(low) or any(low.startswith(p) and len(low) - len(p) >= 6 and is_english_word(low[len(p):])
                                       for p in _VERB_PREFIXES)
# A company's or a tool's word with a capital inside ("QuantCo", "GitHub"): a surname has one only after a prefix of
# surnames ("McGann", "MacKay", "LeCun", "DiCaprio", "VanderPlas", "AlQuraishi").
INNER_CAPITAL_RE = re.compile(r"(?!(?:Mc|Mac|Fitz|O|D|De|Di|Da|Du|Des|Del|Della|La|Le|Van|Vander|Von|Ter|Ten|St|Al|El|Ben|Abu)[A-Z])"
                              r"[A-Z][a-z]+[A-Z]")
# ... or one that opens with two capitals, then small letters ("GTech", "KTech"): an institution's, no surname.
TWO_CAPITALS_LEAD_RE = re.compile(r"[A-Z]{2}[a-z]")


def camel_cased(word: str) -> bool:
    """A word with a capital inside that no surname prefix explains ("QuantCo", "NNetNav") or that opens with two capitals
    then small letters ("GTech"): a company's, an institution's or a system's word, no person's."""
    return bool(INNER_CAPITAL_RE.match(word) or TWO_CAPITALS_LEAD_RE.match(word))


# Words that name an organisation in the languages of university names: "Universitat Pompeu Fabra",
# "Technische Hochschule", "Istituto Italiano", "Laboratoire ...".
ORGANISATION_WORD_RE = re.compile(r"^(?:universi\w*|institu\w*|istitut\w*|colleg(?:e|es|io|ium)|school|hochschule|laborato\w*|labs?|"
                                  r"polit[eé]cni\w*|polytechn\w*|acad[eé]m\w*|akadem\w*|cent(?:er|re|ro|rum)|inc|corp\w*|"
                                  r"foundation|fundaci[oó]n?|enterprises?|society|ministry|hospital|facult\w*|department|dept|group|team|research|"
                                  # (a place: "Lincoln Memorial", "Natural History Museum", "Convention Centre" above)
                                  r"memorial|museum|cathedral|airport|stadium|plaza|boulevard|avenue)\.?$", re.I)


def name_key(name: str) -> str:
    """Comparison key: lower case, no diacritics, no punctuation."""
    return norm_text(name)


def surname_key(name: str) -> str:
    """The last word of `name_key` ("" for a name with no letters or digits)."""
    words = name_key(name).split()
    return words[-1] if words else ""


def same_person(a: str, b: str) -> bool:
    """Surname-only forms join a full name with the same last token; names the same but for an initial are one person;
    other full names need the same initial,
    and two given names written out need one to begin the other ("Jon" and "Jonathan" Snow; not
    "Jungbeom" and "Jangho" Lee, two authors of one paper)."""
    ka, kb = name_key(a).split(), name_key(b).split()
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    spelled_a, spelled_b = [t for t in ka if len(t) > 1], [t for t in kb if len(t) > 1]
    if len(spelled_a) >= 2 and spelled_a == spelled_b:
        return True   # "W. Bruce Croft" and "Bruce Croft": the same names written out, an initial more or less
    if len(ka) == 1 or len(kb) == 1:
        return ka[-1] == kb[-1]
    if ka[-1] != kb[-1] or ka[0][0] != kb[0][0]:
        return False
    return len(ka[0]) == 1 or len(kb[0]) == 1 or ka[0].startswith(kb[0]) or kb[0].startswith(ka[0])
