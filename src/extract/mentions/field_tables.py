"""Papers given as a table of fields: one row per field, its name in the first cell and its value in
the second ("| **Title** | ... |", "| **Authors** | A, B |", "| **Link** | <url> |"), one table per paper."""

from __future__ import annotations

import re

from extract.mentions.judge import LABEL_RE
from extract.mentions.links import is_label_anchor
from extract.mentions.records import Candidate, NameSpan, clean_title, names_found_in
from extract.mentions.urls import SCHEME_URL_RE
from extract.text.names import is_name, split_author_list
from extract.text.structure import Block, Link, Structure
from extract.text.units import AUTHOR_CUE_WORDS, TITLE_CUE_WORDS

_TITLE_FIELDS = TITLE_CUE_WORDS | {"paper title", "paper name"}
_AUTHOR_FIELDS = AUTHOR_CUE_WORDS - {"speaker", "speakers", "presenter", "presenters"} | {"author(s)"}
_LINK_FIELDS = frozenset({"link", "links", "url", "paper", "pdf", "arxiv", "doi", "code", "github", "repo", "repository",
                          "project", "project page", "website", "page", "paper link", "code link",
                          # (in Japanese, Chinese and Korean notes: code, link, paper link, code address)
                          "コード", "代码", "代碼", "코드", "リンク", "链接", "鏈接", "링크", "論文リンク", "论文链接", "论文地址", "代码地址"})
_OTHER_FIELDS = frozenset({"venue", "year", "conference", "published", "publication", "journal", "date", "track"})


def _field_name(text: str, cell: tuple[int, int]) -> str:
    return " ".join(text[cell[0] : cell[1]].strip(" \t*_:").lower().split())


def _rows_by_table(structure: Structure) -> dict[int, list[Block]]:
    tables: dict[int, list[Block]] = {}
    for b in structure.blocks:
        if b.kind == "table_row" and len(b.cells) == 2:
            tables.setdefault(b.list_id, []).append(b)
    return tables


def _links_in(text: str, row: Block) -> list[Link]:
    """The row's link anchors, and its URLs written out (an anchor of their own)."""
    start, end = row.cells[1]
    links = [link for link in row.links if start <= link.start <= end]
    for m in SCHEME_URL_RE.finditer(text, start, end):
        url = m.group(0).rstrip(".,;:!?)]}>'\"’”*")
        if not any(link.start <= m.start() < max(link.end, link.start + 1) for link in links):
            links.append(Link(m.start(), m.start() + len(url), url))
    return links


def _authors(text: str, cell: tuple[int, int]) -> list[NameSpan]:
    """The names of an author field, when every part of it is a name."""
    names = split_author_list(text[cell[0] : cell[1]])
    if not names or not all(is_name(n) for n in names):
        return []
    found = names_found_in(text, names, *cell)
    return found if len(found) == len(names) else []


def field_table_candidates(text: str, structure: Structure) -> list[Candidate]:
    """A candidate for each two-column table that has a title field and an author, venue or link field."""
    out = []
    for rows in _rows_by_table(structure).values():
        fields: dict[str, Block] = {}
        for row in rows:
            fields.setdefault(_field_name(text, row.cells[0]), row)
        title_row = next((fields[k] for k in fields if k in _TITLE_FIELDS and not _links_only(text, fields[k])), None)
        if title_row is None or not (set(fields) & (_AUTHOR_FIELDS | _LINK_FIELDS | _OTHER_FIELDS)) - {_field_name(text, title_row.cells[0])}:
            continue
        start, end = title_row.cells[1]
        title = clean_title(text[start:end])
        if not title or LABEL_RE.match(title):
            continue
        title_links = _links_in(text, title_row)
        links = [link for k, row in fields.items() if k in _LINK_FIELDS and row is not title_row for link in _links_in(text, row)]
        author_row = next((fields[k] for k in fields if k in _AUTHOR_FIELDS), None)
        out.append(Candidate(
            title=title, start=start, end=end, rule="prose.field_table", score=0.8,
            authors=_authors(text, author_row.cells[1]) if author_row is not None else [],
            links=title_links + links, title_link=title_links[0] if len(title_links) == 1 else None,
            venue=bool(set(fields) & _OTHER_FIELDS)))
    return out


def _links_only(text: str, row: Block) -> bool:
    """A value that is labelled links or URLs and nothing else ("| Paper | [arXiv](…) |")."""
    start, end = row.cells[1]
    rest = text[start:end]
    for link in sorted(_links_in(text, row), key=lambda x: -x.start):
        anchor = text[link.start : link.end]
        if not (is_label_anchor(anchor) or anchor == link.href):
            return False   # "| Paper | [Title](…) |": the title, linked
        rest = rest[: link.start - start] + rest[max(link.end, link.start) - start :]
    return not re.search(r"[^\W\d_]{2}", rest)
