"""URLs as written, including malformed ones ("https//github.com/x", "lab.ai/x", "g.co/x")."""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache

from extract.models import Mention
from extract.text.units import TLDS as _TLDS

# Scheme URLs, also without the colon ("https//"), and www. hosts.
# Invisible marks (LRM, ZWSP, BOM) are not part of a URL: editors leave them after links.
_INVISIBLE = "\u200b-\u200f\u2028\u2029\u2060\ufeff"
SCHEME_URL_RE = re.compile(rf"(?:https?:?//|ftp://|www\.)[^\s<>\"'“”‘’`|\]\[{_INVISIBLE}]+", re.I)
# Bare domains with an optional path: "lab.ai/x", "some-project.com", "demo.cs.example.edu".
BARE_URL_RE = re.compile(
    rf"(?<![\w@./-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:{_TLDS})(?![\w-])(?:/[^\s<>\"'“”‘’`|\]\[{_INVISIBLE}]*)?",
    re.I,
)
MARKDOWN_LINK_RE = re.compile(r"\[([^\]\n]{2,300})\]\((\S+?)\)")
# A link written by reference: its label after the anchor ("[anchor][3]", "[anchor] [3]"), "[3]: url" defined apart.
REFERENCE_LABEL = r"\s?\[[^\[\]\n]{0,40}\]"
REFERENCE_LINK_RE = re.compile(rf"\[([^\[\]\n]+)\]{REFERENCE_LABEL}")
_TRAILING = ".,;:!?)]}>'\"’”*"
# Links to a paper itself rather than to its code, demo or project site.
PAPER_HOSTS_RE = re.compile(
    r"(?:arxiv\.org|openreview\.net|doi\.org|aclanthology|aclweb\.org|papers\.nips\.cc|proceedings\.|"
    r"neurips\.cc|icml\.cc|iclr\.cc|cvf\.com|semanticscholar|dl\.acm\.org|ieeexplore|springer|"
    r"twitter\.com|x\.com|linkedin\.com|facebook\.com|wikipedia\.org|\.pdf$)",
    re.I,
)
CODE_HOSTS_RE = re.compile(r"(?:github\.com|gitlab\.com|bitbucket\.org|huggingface\.co|colab\.research)", re.I)


# A markdown link's destination with brackets inside its path, up to the parenthesis that closes the link.
_BRACKETED_DESTINATION_RE = re.compile(r"(?:[^\s()\[\]<>]|\[[^\s()\[\]<>]*\])+")


def _trim(url: str) -> str:
    """Cut a URL at a closing parenthesis it did not open (a markdown link's end, "(see x.org)"),
    then drop punctuation that ends the sentence rather than the URL."""
    depth = 0
    for i, ch in enumerate(url):
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                url = url[:i]
                break
            depth -= 1
    while url and url[-1] in _TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


@lru_cache(maxsize=65536)   # each stage compares the same URLs
def normalise_url(url: str) -> str:
    """Canonical form for comparison: scheme repaired, lower-case host, no trailing slash."""
    u = url.strip()
    u = re.sub(r"^(https?)//", r"\1://", u, flags=re.I)
    u = re.sub(r"^(https?):/(?!/)", r"\1://", u, flags=re.I)
    if not re.match(r"^[a-z]+://", u, re.I):
        u = "https://" + u
    m = re.match(r"^([a-z]+://)([^/]+)(.*)$", u, re.I)
    if m:
        u = m.group(1).lower() + m.group(2).lower() + m.group(3)
    return u.rstrip("/")


# A dot and a known TLD: every bare URL contains one, so the full pattern only runs around these.
_TLD_HIT_RE = re.compile(rf"\.(?:{_TLDS})(?![\w-])", re.I)


def _bare_url_matches(text: str) -> Iterator[re.Match]:
    """BARE_URL_RE's matches, searched only in whitespace-delimited chunks holding a ".tld" (5x cheaper)."""
    done = -1
    for hit in _TLD_HIT_RE.finditer(text):
        if hit.start() < done:
            continue
        s, e = hit.start(), hit.end()
        while s > 0 and not text[s - 1].isspace():
            s -= 1
        while e < len(text) and not text[e].isspace():
            e += 1
        yield from BARE_URL_RE.finditer(text, s, e)
        done = e


class _Spans:
    """Disjoint [start, end) spans added in text order, with a logarithmic overlap test (a scan of a
    list made a file of 100k URLs quadratic)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self.starts, e)   # of the spans starting before e, the last reaches furthest
        return i > 0 and self.ends[i - 1] > s

    def add(self, s: int, e: int) -> None:
        self.starts.append(s)
        self.ends.append(e)


def find_urls(text: str) -> list[Mention]:
    """Every URL or bare domain in `text`, in order, with offsets; e-mail addresses are skipped."""
    found: list[Mention] = []
    if "." not in text and "//" not in text:
        return found
    schemed, bare = _Spans(), _Spans()   # each pass finds its URLs in text order
    for matches, rule, taken in ((SCHEME_URL_RE.finditer(text), "url.scheme", schemed),
                                 (_bare_url_matches(text), "url.bare", bare)):
        for m in matches:
            s, raw = m.start(), _trim(m.group(0))
            e = s + len(raw)
            if text.startswith("[", e) and text[max(0, s - 2) : s] == "](" and (d := _BRACKETED_DESTINATION_RE.match(text, s)) \
                    and text.startswith(")", d.end()):
                raw, e = text[s : d.end()], d.end()   # "[paper](http://lab.org/papers/[WCONF'31]%20Widget.pdf)": the whole destination
            if e - s < 4 or schemed.overlaps(s, e) or bare.overlaps(s, e):
                continue
            if rule == "url.bare":
                if "@" in text[max(0, s - 1) : s] or not re.search(r"[a-z]", raw, re.I):
                    continue
                host = raw.split("/")[0]
                if "/" not in raw and re.search(r"[A-Z]", host):
                    continue   # "Preferred.AI", "Node.JS": a name written like a domain, not a link
                # "e.g", "i.e", version-like "v1.2" are not hosts; a bare host needs a real label.
                if len(host.split(".")[0]) < 1 or host.lower() in {"e.g", "i.e"}:
                    continue
            taken.add(s, e)
            found.append(Mention("url", raw, s, e, rule, 1.0, normalise_url(raw)))
    found.sort(key=lambda m: m.start)
    return found


def is_code_url(url: str) -> bool:
    """Code, demo or project-site links: anything that is not the paper itself or social media."""
    return bool(CODE_HOSTS_RE.search(url)) or not PAPER_HOSTS_RE.search(url)


def unique_urls(mentions: list[Mention]) -> list[str]:
    """URLs as written, first occurrence of each normalised form."""
    seen: set[str] = set()
    out: list[str] = []
    for m in mentions:
        if m.value not in seen:
            seen.add(m.value)
            out.append(m.text)
    return out
