"""Find report files, read and decode them, turn HTML into text, and record a status for each."""
from __future__ import annotations

import errno
import hashlib
import html
import json
import logging
import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from extract.models import Report
from extract.outfolder import MARKER
from extract.text.normalise import CONTROL_RE, compose_detached_accents
from extract.text.org import org_to_markdown

log = logging.getLogger(__name__)

# Markdown under the names static-site generators give it, HTML, reStructuredText (Sphinx and
# Pelican blogs; read through docutils), Jupyter notebooks, org-mode and plain text.
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".mdx", ".qmd", ".rmd")
RST_SUFFIXES = (".rst", ".rest")
NOTEBOOK_SUFFIXES = (".ipynb",)   # Jupyter notebooks (fastpages and Quarto blogs): their markdown cells
ORG_SUFFIXES = (".org",)   # Emacs org-mode (ox-hugo and org-publish blogs), read as markdown
REPORT_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", *MARKDOWN_SUFFIXES, *RST_SUFFIXES, *NOTEBOOK_SUFFIXES, *ORG_SUFFIXES)
DEFAULT_MAX_BYTES = 10_000_000   # a trip report is ~10 KB; a bigger file is a dump or a mistake


def discover(raw_dir: Path) -> list[Path]:
    """Report files under `raw_dir` (recursive, sorted). Symlinks that leave the folder are not followed."""
    root = raw_dir.resolve()
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(raw_dir, followlinks=False):
        # Hidden folders and tripmine's own output folders are not reports.
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and not (Path(dirpath) / d / MARKER).exists())
        for name in sorted(filenames):
            if not name.lower().endswith(REPORT_SUFFIXES):   # hidden reports are listed, then skipped
                continue
            path = Path(dirpath) / name
            found.append(path)
    return [p for p in found if _inside(p, root) or p.is_symlink()]


def _inside(path: Path, root: Path) -> bool:
    """Whether `path`, symlinks followed, lies under `root`; False for a symlink loop."""
    try:
        path.resolve().relative_to(root)
        return True
    except (ValueError, OSError, RuntimeError):   # RuntimeError: a symlink loop (Python < 3.13)
        return False


# Single-byte code pages charset_normalizer may pick for Western text whose bytes cp1252 reads as well.
_WESTERN = frozenset({"cp1250", "cp1252", "latin_1", "iso8859_1", "iso8859_2", "iso8859_15", "mac_roman",
                      "mac_iceland", "mac_latin2", "cp850", "cp437"})
MAX_BAD_UTF8 = 0.002   # share of undecodable bytes a UTF-8 file may have before another encoding is tried
_ANSI_RE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")   # CSI, OSC, two-byte


def _utf16_codec(data: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" for UTF-16 text without a BOM: NULs in (nearly) every other byte."""
    head = data[:4096]
    if len(head) < 4 or len(head) % 2:
        head = head[: len(head) - len(head) % 2]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) >= 0.7 * len(odd) and even.count(0) <= 0.1 * len(even):
        codec = "utf-16-le"
    elif even.count(0) >= 0.7 * len(even) and odd.count(0) <= 0.1 * len(odd):
        codec = "utf-16-be"
    else:
        return None
    try:
        data[: len(data) - len(data) % 2].decode(codec)
    except UnicodeDecodeError:
        return None
    return codec


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding used: BOMs first, then UTF-16 without a BOM, then UTF-8 (a few bad bytes
    replaced, "utf-8 (N bad bytes replaced)"), then a detected fallback, cp1252 for Western text."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    codec = _utf16_codec(data)
    if codec:
        return data[: len(data) - len(data) % 2].decode(codec), codec
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # One bad byte in a UTF-8 file must not turn the whole file into mojibake: when the file has valid
    # multi-byte UTF-8 and only a few bad bytes, it is UTF-8. (ASCII plus a stray high byte is more
    # likely a single-byte code page, so that goes to detection.)
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    valid = sum(1 for ch in text if ord(ch) > 127) - bad
    if valid and bad <= max(4, MAX_BAD_UTF8 * len(data)):
        return text, f"utf-8 ({bad} bad byte{'s' if bad != 1 else ''} replaced)"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UnicodeDecodeError("unknown", data[:1], 0, 1, "no text encoding fits")
    if best.encoding in _WESTERN:
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    return str(best), best.encoding


def clean_controls(text: str) -> tuple[str, int]:
    """Terminal escape sequences ("ESC[31m") and other control characters (NUL, BEL, ...) replaced
    by as many spaces, so offsets into the text stay true; and how many characters that was."""
    n = 0
    if "\x1b" in text:
        text, k = _ANSI_RE.subn(lambda m: " " * len(m.group(0)), text)
        n += k
    text, k = CONTROL_RE.subn(" ", text)
    return text, n + k


def looks_binary(data: bytes) -> bool:
    """Known binary signatures (PDF, PNG, ZIP, GIF, JPEG), or NUL bytes in the first block that
    are not UTF-16 text."""
    head = data[:4096]
    if head.startswith((b"%PDF", b"\x89PNG", b"PK\x03\x04", b"GIF8", b"\xff\xd8\xff")):
        return True
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or _utf16_codec(data):
        return False  # UTF-16 has NULs by design
    return head.count(b"\x00") > max(2, len(head) // 100)   # a stray NUL in text is cleaned, not a verdict


def is_html(name: str, text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return name.lower().endswith((".html", ".htm", ".xhtml")) or head.startswith(("<!doctype html", "<html"))


def notebook_to_markdown(text: str) -> str:
    """The markdown cells of a Jupyter notebook, in order, a blank line between them (code cells and
    their outputs are the analysis, not the report's prose). ValueError for a file that is no notebook."""
    try:
        nb = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"invalid JSON at line {exc.lineno}") from None
    cells = nb.get("cells") if isinstance(nb, dict) else None
    if not isinstance(cells, list):
        raise ValueError("no list of cells")
    parts = []
    for cell in cells:
        if isinstance(cell, dict) and cell.get("cell_type") == "markdown":
            source = cell.get("source", "")
            parts.append("".join(source) if isinstance(source, list) else str(source))
    return "\n\n".join(part.strip("\n") for part in parts) + "\n"


def rst_to_html(text: str) -> str:
    """A reStructuredText report as HTML (docutils), read then like any HTML report. Never raises on
    bad markup (docutils would halt on a severe error) and never reads other files (`.. include::`,
    `.. raw::`): a report is data, not a build."""
    from docutils.core import publish_parts

    settings = {"report_level": 5, "halt_level": 5, "warning_stream": False, "file_insertion_enabled": False,
                "raw_enabled": False, "_disable_config": True, "doctitle_xform": False, "input_encoding": "unicode"}
    return "<html><body>" + publish_parts(text, writer="html5", settings_overrides=settings)["html_body"] + "</body></html>"


_COMMENT_MARK = "TRIPMINEHTMLCOMMENT"   # stands for a comment while markdownify converts the page
_CELL_BREAK_MARK = "TRIPMINECELLBREAK"   # stands for a line break inside a table cell, likewise
# Class names pages give a paper's title and its names ("title", "paper-title", "authors", "author-list").
_FIELD_CLASS_PREFIX = r"(?:paper|pub|publication|article|entry|card|note|item|result|talk|poster)?[-_]?"
_TITLE_CLASS_RE = re.compile(rf"^{_FIELD_CLASS_PREFIX}title$")
_AUTHORS_CLASS_RE = re.compile(rf"^{_FIELD_CLASS_PREFIX}(?:authors?|authors?[-_]?list|byline)$")
_BLOCK_TAGS = ["p", "div", "ul", "ol", "li", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article"]


_CHROME_RE = re.compile(r"(?:^|[\s_-])(?:post-nav\w*|post-navigation|nav-links|pagination|related-posts?|share-buttons?|"
                        r"sharing|comments?|disqus\w*|sidebar|breadcrumbs?)(?:$|\s)", re.I)


def _rows_of_a_cells_entries(soup: Any) -> None:
    """A rule inside a table cell ("<td>Title A <hr> Title B</td>", a programme's session cell) ends one entry of the
    cell: each entry after the first gets a row of its own, its other cells empty, as the structure parser reads
    such a table inside a markdown post (markdownify would write the rule as nothing, running the titles together)."""
    for tr in soup.find_all("tr"):
        cells = tr.find_all(["td", "th"], recursive=False)
        k = next((i for i, cell in enumerate(cells) if cell.find("hr", recursive=False) is not None), None)
        if k is None:
            continue
        entries: list[list[Any]] = [[]]
        for child in list(cells[k].contents):
            if getattr(child, "name", None) == "hr":
                child.extract()
                entries.append([])
            else:
                entries[-1].append(child.extract())
        for child in entries[0]:
            cells[k].append(child)
        after = tr
        for entry in entries[1:]:
            row = soup.new_tag("tr")
            for i in range(len(cells)):
                cell = soup.new_tag(cells[i].name)
                if i == k:
                    for child in entry:
                        cell.append(child)
                row.append(cell)
            after.insert_after(row)
            after = row


def _theme_chrome(tag: Any) -> bool:
    names = " ".join([str(tag.get("id") or ""), *(tag.get("class") or [])])
    return tag.name in ("div", "section", "ul") and _CHROME_RE.search(names) is not None


def html_to_text(html: str) -> str:
    """An HTML page as markdown (markdownify over BeautifulSoup): headings, lists, tables, links,
    emphasis and line breaks kept, so the structure parser reads it like any markdown report;
    scripts, styles and navigation dropped."""
    from bs4 import BeautifulSoup, Comment, NavigableString
    from markdownify import markdownify

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "template"]):
        tag.decompose()
    # A blog theme's links to the previous and next posts, related posts and share buttons, written as divs: the
    # titles of other posts, no part of this one.
    for tag in soup.find_all(_theme_chrome):
        tag.decompose()
    # HTML comments are kept as they were (markdownify drops them): a page rendered from a markdown post
    # keeps the drafts its writer hid there, which name papers as the markdown's comments do.
    comments: list[str] = []
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        if "<" in comment or comment.strip().startswith("["):
            comment.extract()   # commented-out markup or an IE conditional: no draft of the writer's
            continue
        comments.append(str(comment))
        comment.replace_with(NavigableString(f"\n\n{_COMMENT_MARK}{len(comments) - 1}\n\n"))
    # A "|" inside a cell ("<a>paper</a> | <a>code</a>") would split the markdown row into more cells
    # than its header has, and the table parser drops those: escaped, it stays the cell's text.
    for cell in soup.find_all(["td", "th"]):
        for piece in cell.find_all(string=lambda s: "|" in s):
            piece.replace_with(NavigableString(piece.replace("|", "\\|")))
    # A definition list's terms and descriptions as paragraphs ("<dt>Title</dt><dd>A and B. Notes.</dd>"):
    # markdownify writes a description as ":   A and B" (Markdown Extra), which CommonMark reads as words.
    # A term is set in bold, as a post's own markdown would set a title over its notes.
    for tag in soup.find_all(["dl", "dt", "dd"]):
        if tag.name == "dt" and tag.get_text(strip=True):
            tag.wrap(soup.new_tag("strong"))
        tag.name = "div" if tag.name == "dl" else "p"
    # Blocks inside a link ('<a href="..."><p>Next post</p> Title</a>', a card's "<a><h3>Title</h3></a>") read
    # as the link's words on one line: markdownify would leave blank lines inside "[...](url)", and a link
    # cannot span them, so its anchor became loose text and its target a "](url)" tail.
    for anchor in soup.find_all("a"):
        for br in anchor.find_all("br"):
            br.replace_with(NavigableString(" "))
        for block in anchor.find_all(["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article"]):
            block.insert_before(NavigableString(" "))
            block.insert_after(NavigableString(" "))
            block.unwrap()
    # A page's own names for its fields ('<span class="title">', '<span class="authors">') as the emphasis a
    # post's markdown would give them: the title in bold, the names in italics, so a title runs into no name.
    for tag in soup.find_all(class_=True):
        classes = [c.lower() for c in tag.get("class") or []]
        kind = "strong" if any(_TITLE_CLASS_RE.match(c) for c in classes) else "em" if any(_AUTHORS_CLASS_RE.match(c) for c in classes) else ""
        if kind and tag.get_text(strip=True) and not tag.find(_BLOCK_TAGS) and not tag.find_parent(["strong", "b", "em", "i"]) \
                and not tag.find(["strong", "b", "em", "i"]):
            inner = soup.new_tag(kind)
            for child in list(tag.contents):
                inner.append(child.extract())
            tag.append(inner)
    _rows_of_a_cells_entries(soup)
    # A line break inside a cell ("<td><b>Title</b><br><i>A, B</i></td>") stays one: markdownify writes a
    # space there (a markdown row is one line), which runs the title into its names; "<br>" is what a
    # post's own markdown table writes, and the structure parser reads it as a break in the cell.
    for cell in soup.find_all(["td", "th"]):
        for br in cell.find_all("br"):
            br.replace_with(NavigableString(_CELL_BREAK_MARK))
    # Underscores stay as they are: "temperature_scaling" in a written-out URL is no emphasis to escape.
    # (superscripts stay marked: "Ana Souza<sup>1,2</sup>" is a name and its affiliations' marks, not "Souza1,2")
    text = markdownify(str(soup), heading_style="ATX", bullets="-", strip=["img"], escape_underscores=False, sup_symbol="<sup>")
    text = text.replace(_CELL_BREAK_MARK, "<br>")
    if comments:
        text = re.sub(rf"{_COMMENT_MARK}(\d+)", lambda m: f"<!--{comments[int(m.group(1))]}-->", text)
    lines = [line.rstrip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


# A character reference in markdown or plain text ("&nbsp;", "&ldquo;", "&eacute;", "&#8217;"); "&lt;" and "&gt;"
# stay, as decoding them would make markup the writer escaped.
_ENTITY_RE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_KEPT_ENTITIES = frozenset({"&lt;", "&gt;", "&#60;", "&#62;", "&#x3c;", "&#x3e;", "&#x3C;", "&#x3E;"})


# What keeps its references as written: a tag (its attributes' URLs), a markdown link's target, a URL written out.
_AS_WRITTEN_RE = re.compile(r"(<[A-Za-z/!][^<>]*>|\]\([^()\s]*\)|https?://[^\s<>()\[\]]+)")


def decode_entities(text: str) -> str:
    """A markdown or plain-text report with its HTML character references decoded, as a browser shows
    them: "Ana&nbsp;Souza" is "Ana Souza", "Vi&eacute;gas" is "Viégas", "&ldquo;Title,&rdquo;" a quoted title
    (a non-breaking space is a space; markup the writer escaped stays escaped, and URLs stay as written)."""
    if "&" not in text:
        return text

    def one(m: re.Match[str]) -> str:
        ref = m.group()
        if ref in _KEPT_ENTITIES:
            return ref
        char = html.unescape(ref)
        return " " if char == "\xa0" else char

    # (a URL is copied as written: "?a=1&amp;b=2" in an attribute, a link's target or the text stays so)
    return "".join(part if i % 2 else _ENTITY_RE.sub(one, part) for i, part in enumerate(_AS_WRITTEN_RE.split(text)))


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_report(path: Path, raw_dir: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Report:
    """Read one file; never raises: problems become status `skipped` or `error` with a message."""
    name = str(path.relative_to(raw_dir)) if path.is_relative_to(raw_dir) else path.name
    report = Report(name=name, path=str(path))
    if path.name.startswith("."):
        return _mark(report, "skipped", "hidden file (its name starts with a dot): not read; rename it to include it")
    try:
        if path.is_symlink():
            if not path.exists():   # dangling, or a loop: stat gives up on both
                looped = _is_loop(path)
                return _mark(report, "skipped", "symlink loop; not followed" if looped else "broken symlink: its target does not exist")
            if not _inside(path, raw_dir.resolve()):
                return _mark(report, "skipped", "symlink points outside the raw folder; not followed")
        data = _read_regular_file(path, report, max_bytes)
        if data is None:
            return report
    except FileNotFoundError:
        return _mark(report, "error", "file vanished before it could be read")
    except OSError as exc:
        return _mark(report, "error", f"cannot read file: {exc.strerror or exc}")
    if len(data) > max_bytes:   # it grew between the size check and the read
        return _mark(report, "skipped", f"file grew over the {max_bytes:,}-byte limit (--max-bytes) while being read")
    report.sha256 = hashlib.sha256(data).hexdigest()
    report.n_bytes = len(data)
    if not data.strip():
        return _mark(report, "skipped", "empty file" if not data else "file holds only whitespace")
    if looks_binary(data):
        return _mark(report, "skipped", "binary content (not a text report)")
    try:
        text, encoding = decode(data)
    except (UnicodeDecodeError, LookupError):
        return _mark(report, "skipped", "undecodable: not UTF-8 and no other text encoding fits")
    report.encoding = encoding
    text, n_controls = clean_controls(normalise_newlines(text))
    if name.lower().endswith(NOTEBOOK_SUFFIXES):
        try:
            text = notebook_to_markdown(text)
        except ValueError as exc:
            return _mark(report, "skipped", f"not a readable Jupyter notebook: {exc}")
    if name.lower().endswith(ORG_SUFFIXES):
        text = decode_entities(org_to_markdown(text))
    elif name.lower().endswith(RST_SUFFIXES):
        try:
            text = html_to_text(rst_to_html(text))
        except Exception as exc:   # docutils is strict in places its settings do not reach; the text is still a report
            log.warning("%s: not read as reStructuredText (%s); read as plain text", name, exc)
    elif is_html(name, text):
        report.is_html = True
        text = html_to_text(text)
    else:
        text = decode_entities(text)
    if not text.strip():
        return _mark(report, "skipped", "no text left after HTML conversion")
    # Composed letters (NFC): "o" and a combining diaeresis, as some editors and macOS write them,
    # would otherwise split a word ("Köhler") where every rule sees a letter and a mark; so would the spacing
    # accents of a name copied out of a PDF ("Bras´o").
    report.text = text = unicodedata.normalize("NFC", compose_detached_accents(text))
    report.n_chars = len(text)
    notes = [f"decoded as {encoding}"] if encoding not in ("utf-8", "utf-8-sig") else []
    if n_controls:
        notes.append(f"{n_controls} control character{'s' if n_controls != 1 else ''} replaced by spaces")
    if notes:
        report.message = "; ".join(notes)
    return report


def _is_loop(path: Path) -> bool:
    try:
        path.resolve(strict=True)
    except (RuntimeError, OSError) as exc:
        return isinstance(exc, RuntimeError) or getattr(exc, "errno", None) == errno.ELOOP
    return False


def _read_regular_file(path: Path, report: Report, max_bytes: int) -> bytes | None:
    """The bytes of a regular file; None (and `report` marked skipped) for anything else or a file
    that is too large. Opened without blocking and checked on the open descriptor, so a FIFO or a
    device named like a report can neither hang the run nor be swapped in after the check."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            kind = "a FIFO" if stat.S_ISFIFO(st.st_mode) else "a device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) \
                else "a socket" if stat.S_ISSOCK(st.st_mode) else "not a regular file"
            _mark(report, "skipped", f"special file ({kind}), not a report")
            return None
        report.n_bytes = st.st_size
        if st.st_size > max_bytes:
            _mark(report, "skipped", f"file is {st.st_size:,} bytes, over the {max_bytes:,}-byte limit (--max-bytes)")
            return None
        with os.fdopen(fd, "rb", closefd=False) as fh:
            return fh.read(max_bytes + 1)
    finally:
        os.close(fd)


def _mark(report: Report, status: str, message: str) -> Report:
    report.status = status  # type: ignore[assignment]
    report.message = message
    log.warning("%s: %s (%s)", report.name, status, message)
    return report


class DuplicateFilter:
    """Marks a report `skipped` when an earlier one (in discovery order) had the same bytes."""

    def __init__(self) -> None:
        self.seen: dict[str, str] = {}

    def check(self, report: Report) -> bool:
        """True when the report is a duplicate (and now marked so)."""
        if report.status != "ok":
            return False
        first = self.seen.setdefault(report.sha256, report.name)
        if first != report.name:
            _mark(report, "skipped", f"same content as {first}")
            return True
        return False


def read_reports(raw_dir: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Report]:
    """Every report under `raw_dir`; the same content under two names is extracted once."""
    dupes = DuplicateFilter()
    for path in discover(raw_dir):
        report = read_report(path, raw_dir, max_bytes=max_bytes)
        dupes.check(report)
        yield report
