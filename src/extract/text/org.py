"""Org-mode reports (the format of Emacs bloggers: ox-hugo, org-publish) read as markdown.

Only what the later stages see is rewritten, line for line: headings ("** Title" -> "## Title"), links
("[[url][text]]" -> "[text](url)"), emphasis ("*bold*", "/italic/", "=code="), the "#+TITLE:" keyword
(a heading), source and example blocks (fenced), table rules, comments and property drawers (dropped).
Lists, tables and paragraphs are already written as markdown writes them.
"""
from __future__ import annotations

import re

_HEADING_RE = re.compile(r"^(\*{1,6})[ \t]+(?:(?:TODO|DONE)[ \t]+)?")
_KEYWORD_RE = re.compile(r"^[ \t]*#\+(\w+):[ \t]*(.*)$")
_BLOCK_RE = re.compile(r"^[ \t]*#\+(begin|end)_(\w+)", re.I)
_COMMENT_RE = re.compile(r"^[ \t]*#(?:[ \t]|$)")   # ("# a note to self", "# ** a heading left out")
_DRAWER_RE = re.compile(r"^[ \t]*:[\w-]+:(?:[ \t].*)?$")   # (":PROPERTIES:", ":CUSTOM_ID: x", ":END:")
_TABLE_RULE_RE = re.compile(r"^([ \t]*)\|([-+]+)\|?[ \t]*$")
_LINK_RE = re.compile(r"\[\[([^\[\]\n]+?)\](?:\[([^\[\]\n]+?)\])?\]")
_BOLD_RE = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])")
_ITALIC_RE = re.compile(r"(?<![\w/:])/(?=[^\s/])([^/\n]*?[^\s/])/(?![\w/])")
_VERBATIM_RE = re.compile(r"(?<!\w)([=~])(?=\S)([^\n]*?\S)\1(?!\w)")


def _link(m: re.Match[str]) -> str:
    target, label = m.group(1), m.group(2)
    if label:
        return f"[{label}]({target})"
    return f"<{target}>" if "://" in target else target


def _emphasis(piece: str) -> str:
    piece = _VERBATIM_RE.sub(lambda m: f"`{m.group(2)}`", piece)
    piece = _BOLD_RE.sub(lambda m: f"**{m.group(1)}**", piece)
    return _ITALIC_RE.sub(lambda m: f"*{m.group(1)}*", piece)


def _inline(line: str) -> str:
    """A line's links as markdown links, and its emphasis outside them (a URL's slashes are no italics)."""
    out, last = [], 0
    for m in _LINK_RE.finditer(line):
        out.append(_emphasis(line[last : m.start()]))
        out.append(_link(m))
        last = m.end()
    out.append(_emphasis(line[last:]))
    return "".join(out)


def org_to_markdown(text: str) -> str:
    """An org-mode report as markdown, one output line for each of its lines."""
    lines: list[str] = []
    fenced = False
    for line in text.split("\n"):
        if (block := _BLOCK_RE.match(line)) is not None:
            verbatim = block.group(2).lower() in ("src", "example")
            if verbatim:
                fenced = block.group(1).lower() == "begin"
            lines.append("```" if verbatim else "")
            continue
        if fenced:
            lines.append(line)
            continue
        if (keyword := _KEYWORD_RE.match(line)) is not None:
            lines.append(f"# {keyword.group(2)}" if keyword.group(1).lower() == "title" and keyword.group(2) else "")
            continue
        if _COMMENT_RE.match(line) or _DRAWER_RE.match(line):
            lines.append("")
            continue
        if (rule := _TABLE_RULE_RE.match(line)) is not None:
            lines.append(f"{rule.group(1)}|{rule.group(2).replace('+', '|')}|")
            continue
        if (heading := _HEADING_RE.match(line)) is not None:
            lines.append("#" * len(heading.group(1)) + " " + _inline(line[heading.end() :]))
            continue
        lines.append(_inline(line))
    return "\n".join(lines)
