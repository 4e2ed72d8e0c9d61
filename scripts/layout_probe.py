"""Score the same reports in other layouts: how much of the quality rests on one markup.

    python scripts/layout_probe.py RAW_DIR GOLD_DIR [--keep DIR]

Each markdown report of RAW_DIR is rewritten five ways and scored against the same gold (other
files are left out of every variant, their gold counted as missed in each alike: the variants compare
with each other, not with RAW_DIR's own score):

- ``html``: rendered to HTML by markdown-it, as a blog engine would publish it;
- ``plain``: its markup stripped as a copy into a plain-text editor keeps it (headings' ``#``,
  emphasis and images dropped, ``[anchor](url)`` written ``anchor (url)``, bullets kept);
- ``no-emphasis``: markdown without bold and italics;
- ``wrapped``: markdown whose paragraphs and list items are hard-wrapped at 72 columns, as many
  editors save them (a title or a byline then runs over a soft line break);
- ``references``: markdown whose inline links are written by reference (``[anchor][3]``, and
  ``[3]: url`` gathered at the end).

A rule that only works because the writer used bold, or a link anchor, shows here as a drop.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

from markdown_it import MarkdownIt


def as_html(text: str) -> str:
    return "<html><body>" + MarkdownIt("commonmark").enable("table").render(text) + "</body></html>"


def as_plain(text: str) -> str:
    t = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    t = re.sub(r"\[([^\]]+)\]\(([^)\s]+)[^)]*\)", lambda m: m.group(1) if m.group(2) in m.group(1) else f"{m.group(1)} ({m.group(2)})", t)
    t = without_emphasis(t)
    t = re.sub(r"^#{1,6}\s*", "", t, flags=re.M)
    return re.sub(r"^(\s*)[*+]\s", r"\1- ", t, flags=re.M)


def without_emphasis(text: str) -> str:
    t = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    t = re.sub(r"(?<![\w*\\])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])", r"\1", t)
    return re.sub(r"(?<![\w_\\])_(?!\s)([^_\n]+?)(?<!\s)_(?![\w_])", r"\1", t)


_BLOCK_LINE_RE = re.compile(r"\s*(?:#|\||<|>|```|~~~|!\[|\[[^\]]*\]:)|\s{4}")
_ITEM_RE = re.compile(r"(\s*(?:[-*+]|\d+[.)])\s+)")


def wrapped(text: str) -> str:
    """Paragraph and list-item lines longer than 72 columns broken at spaces (never inside a word or a URL);
    headings, tables, quotes, HTML, indented code and fenced code are left as they are."""
    out: list[str] = []
    fenced = False
    for line in text.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        if fenced or len(line) <= 72 or _BLOCK_LINE_RE.match(line) or " | " in line:   # (a table's row, without its outer pipes)
            out.append(line)
            continue
        item = _ITEM_RE.match(line)
        indent = " " * len(item.group(1)) if item else ""
        out.extend(textwrap.wrap(line, 72, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


_INLINE_LINK_RE = re.compile(r"(?<!!)\[([^\]\n]+)\]\((https?://[^)\s]+)\)")


def by_reference(text: str) -> str:
    """Inline links ``[anchor](url)`` written as ``[anchor][n]``, their targets defined at the end."""
    targets: list[str] = []

    def label(m: re.Match[str]) -> str:
        targets.append(m.group(2))
        return f"[{m.group(1)}][{len(targets)}]"

    out = _INLINE_LINK_RE.sub(label, text)
    return out + "\n\n" + "\n".join(f"[{i}]: {url}" for i, url in enumerate(targets, 1)) + "\n"


VARIANTS = {"html": (as_html, ".html"), "plain": (as_plain, ".txt"), "no-emphasis": (without_emphasis, ".md"),
            "wrapped": (wrapped, ".md"), "references": (by_reference, ".md")}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("raw", type=Path)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--keep", type=Path, default=None, help="write the rewritten reports here (default: a temporary folder)")
    args = ap.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="tripmine-layouts-"))
    reports = sorted(p for p in args.raw.iterdir() if p.suffix == ".md")
    tripmine = Path(sys.executable).with_name("tripmine")
    for name, (rewrite, suffix) in VARIANTS.items():
        folder = root / name
        folder.mkdir(parents=True, exist_ok=True)
        for p in reports:
            (folder / (p.stem + suffix)).write_text(rewrite(p.read_text(encoding="utf-8")), encoding="utf-8")
        print(f"== {name} ({len(reports)} reports, in {folder})", flush=True)
        subprocess.run([str(tripmine), "evaluate", "--extract", f"{folder}:{args.gold}"], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
