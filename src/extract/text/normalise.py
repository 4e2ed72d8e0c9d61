"""Text normalisation shared by matching, merging and scoring."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_ALNUM_RE = re.compile(r"[^a-z0-9]+")
# C0 and C1 control characters other than tab and line breaks: invalid in XML, harmful in a terminal.
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# The same and a carriage return, for one-line values (a table cell, a terminal row).
LINE_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

# Spacing accents that text copied out of a LaTeX PDF puts before the letter they belong to ("Bras´o", "Aljoˇsa",
# "Fran¸cois"), each with the combining mark that NFC composes with that letter. (Not the backtick: markdown's code.)
_SPACING_ACCENTS = {"\u00b4": "\u0301", "\u02c7": "\u030c", "\u00a8": "\u0308", "\u02dc": "\u0303", "\u02c6": "\u0302",
                    "\u02d8": "\u0306", "\u02da": "\u030a", "\u00b8": "\u0327", "\u02dd": "\u030b", "\u02d9": "\u0307"}
_DETACHED_ACCENT_RE = re.compile(f"([{''.join(_SPACING_ACCENTS)}])([^\\W\\d_])")
# ... unless the writer typed it for an apostrophe: "it´s", "don´t", "I´m", "we´ll", "they´re", "I´ve".
_CONTRACTION_RE = re.compile(r"(?:[stmd]|ll|re|ve)\b")


def compose_detached_accents(text: str) -> str:
    """Text with a PDF's detached accents joined to the letters after them ("Bras´o" -> "Brasó"), where the two
    make one letter; every other character as it was."""
    if text.isascii():
        return text

    def one(m: re.Match[str]) -> str:
        at = m.start()
        if at and text[at - 1].isalpha() and _CONTRACTION_RE.match(text, at + 1):
            return m.group(0)
        composed = unicodedata.normalize("NFC", m.group(2) + _SPACING_ACCENTS[m.group(1)])
        return composed if len(composed) == 1 else m.group(0)
    return _DETACHED_ACCENT_RE.sub(one, text)


@lru_cache(maxsize=1 << 16)
def norm_text(s: str) -> str:
    """Lower case, no diacritics, alphanumerics separated by single spaces.

    Memoised: merging and name matching compare the same titles and names many times per report.
    """
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c))
    return _NON_ALNUM_RE.sub(" ", s.lower()).strip()


def numbers_in(key: str) -> set[str]:
    """The numbers of a normalised string ("deep voice 3" -> {"3"}): titles that differ in one differ."""
    return {w for w in key.split() if w.isdigit()}
