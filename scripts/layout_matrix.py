"""Score extraction on synthetic reports in common record layouts, made from a catalog's papers.

    python scripts/layout_matrix.py --catalog ../shared/catalog/papers.csv [--out DIR] [--seed 7] [--reports 3]

For each layout (a bold title and a dash, a linked title "by" names, a heading over italic names, a
table, an HTML list with "<br>", "Title. A, B, and C. Venue.", names in brackets with an organisation
after a semicolon, ...) it writes `--reports` reports of eight papers each, titles and author lists
drawn from the catalog (as the papers wrote them: Title Case or sentence case, initials, hyphens, names
no lexicon knows), with their gold, and prints papers / paper_authors / paper_code_urls F1 per layout
and in total. The layouts are the shapes real posts use; the titles and names are ones no rule was
written for. Nothing of the catalog is kept in the repo: the reports go to `--out` (a temporary folder
by default).
"""
from __future__ import annotations

import argparse
import csv
import html
import json
import random
import re
import sys
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from extract.evaluate import FIELDS, Tally, combine, evaluate  # noqa: E402
from extract.evaluate_run import extract_predictions  # noqa: E402

NOTES = ["I really liked this one: the method is simple and the results are strong.",
         "The talk was packed and the questions were good.",
         "They show large gains over the baselines on three benchmarks.",
         "This is a nice idea that I want to try on our own data.",
         "The poster session was crowded, but the authors explained it well."]
PLACES = ["MIT", "Stanford University", "Google", "ETH Zurich", "Tsinghua University"]


class Paper:
    def __init__(self, title: str, authors: list[str], url: str, code: str):
        self.title, self.authors, self.url, self.code = title, authors, url, code


def joined(names: list[str], sep: str = ", ", last: str | None = None) -> str:
    return sep.join(names[:-1]) + last + names[-1] if last and len(names) > 1 else sep.join(names)


# Each layout: (paper, rng) -> (the paper's text, the authors the gold expects).
Layout = Callable[[Paper, random.Random], tuple[str, list[str]]]


def apa(names: list[str]) -> str:
    """"Ana Maria Souza", "Ben Park" -> "Souza, A. M., & Park, B." (a reference list's names)."""
    def one(name: str) -> str:
        *given, last = name.split()
        return f"{last}, " + " ".join(f"{g[0]}." for g in given)
    parts = [one(n) for n in names]
    return ", ".join(parts[:-1]) + ", & " + parts[-1] if len(parts) > 1 else parts[0]


def ieee(names: list[str]) -> str:
    """"Ana Maria Souza", "Ben Park" -> "A. M. Souza and B. Park" (IEEE reference names)."""
    short = [" ".join(f"{g[0]}." for g in n.split()[:-1]) + " " + n.split()[-1] for n in names]
    return joined(short, last=", and " if len(short) > 2 else " and ")


def _label(p: Paper) -> str:
    """A link's reference label for the paper, the same in every run (str hashes are salted per process)."""
    return f"p{zlib.crc32(p.title.encode()) % 10**6}"


def _code(p: Paper, form: str) -> str:
    return form.format(p.code) if p.code else ""


LAYOUTS: dict[str, Layout] = {
    "bold title, dash, names, links": lambda p, r: (f"- **{p.title}** — {joined(p.authors)} ([paper]({p.url})" + _code(p, ", [code]({})") + ")", p.authors),
    "numbered linked title by names": lambda p, r: (f"1. [{p.title}]({p.url}) by {joined(p.authors, last=' and ')}" + _code(p, ". Code: {}"), p.authors),
    "heading, italic names, note": lambda p, r: (f"### {p.title}\n*{joined(p.authors)}*\n\n{r.choice(NOTES)}" + _code(p, " [Code]({})"), p.authors),
    "item, names in brackets, links": lambda p, r: (f"- {p.title} ({joined(p.authors)}) [arXiv]({p.url})" + _code(p, " [GitHub]({})"), p.authors),
    "html list, br, italic names": lambda p, r: (f'<li><a href="{p.url}">{html.escape(p.title)}</a><br><i>{html.escape(joined(p.authors))}</i>'
                                                  + _code(p, ' <a href="{}">code</a>') + "</li>", p.authors),
    "plain lines": lambda p, r: (f"{p.title}\n{joined(p.authors)}\n\n{r.choice(NOTES)}" + _code(p, "\nCode: {}"), p.authors),
    "bold title. names. [pdf] [code]": lambda p, r: (f"**{p.title}**. {joined(p.authors)}. [[pdf]]({p.url})" + _code(p, " [[code]]({})"), p.authors),
    "quoted title by first author et al.": lambda p, r: (f'- "{p.title}" by {p.authors[0]} et al.' + _code(p, " ({})"), p.authors[:1]),
    "names. title. venue.": lambda p, r: (f"- {joined(p.authors)}. {p.title}. In NeurIPS 2023." + _code(p, " {}"), p.authors),
    "item with fields below": lambda p, r: (f"- {p.title}\n  - Authors: {joined(p.authors)}\n" + (f"  - Code: {p.code}" if p.code else f"  - Paper: {p.url}"), p.authors),
    "linked heading, names with places": lambda p, r: (f"#### [{p.title}]({p.url})\n" + ", ".join(f"{a} ({r.choice(PLACES)})" for a in p.authors)
                                                        + _code(p, "\n\n[code]({})"), p.authors),
    "title - names with middots": lambda p, r: (f"- {p.title} - {joined(p.authors, ' · ')}" + _code(p, " - [code]({})"), p.authors),
    "emphasised title by names in prose": lambda p, r: (f"Another highlight was *{p.title}* by {joined(p.authors, last=', and ')}. {r.choice(NOTES)}"
                                                         + _code(p, " The code is at {}."), p.authors),
    "bold title: note (names)": lambda p, r: (f"**{p.title}**: {r.choice(NOTES)} ({joined(p.authors)})" + _code(p, " [code]({})"), p.authors),
    "names: linked title": lambda p, r: (f"- {joined(p.authors, last=' & ')}: [{p.title}]({p.url})" + _code(p, " ([code]({}))"), p.authors),
    "title, authors field, note": lambda p, r: (f"{p.title}\n\nAuthors: {joined(p.authors)}\n\n{r.choice(NOTES)}" + _code(p, " Code: [{0}]({0})"), p.authors),
    "linked title over names": lambda p, r: (f"[{p.title}]({p.url})\n{joined(p.authors)}" + _code(p, "\n[code]({})"), p.authors),
    "item with links, names below": lambda p, r: (f"* {p.title} [[paper]({p.url})]" + _code(p, " [[code]({})]") + f"\n  {joined(p.authors)}", p.authors),
    "title. names, and name. venue.": lambda p, r: (f"{p.title}. {joined(p.authors, last=', and ')}. ICML 2024." + _code(p, " [code]({})"), p.authors),
    "bold title, names with superscripts": lambda p, r: (f"**{p.title}**\n" + ", ".join(f"{a}<sup>{i % 3 + 1}</sup>" for i, a in enumerate(p.authors))
                                                          + _code(p, "\n[Code]({})"), p.authors),
    "linked title (names; organisation)": lambda p, r: (f"- [{p.title}]({p.url}) ({joined(p.authors)}; {r.choice(PLACES)})" + _code(p, " [code]({})"), p.authors),
    "emoji fields": lambda p, r: (f"📄 **{p.title}**\n👥 {joined(p.authors)}" + _code(p, "\n🔗 [code]({})"), p.authors),
    "heading, by names, note": lambda p, r: (f"### {p.title}\nby {joined(p.authors, last=' and ')}\n\n{r.choice(NOTES)}" + _code(p, " ([code]({}))"), p.authors),
    "numbered reference, and, In Proc.": lambda p, r: (f"[{r.randint(1, 40)}] {joined(p.authors, last=', and ')}. {p.title}. In Proc. of NeurIPS, 2023."
                                                       + _code(p, " {}"), p.authors),
    "table: number, title, authors, venue, code": lambda p, r: (f"| {r.randint(1, 99)} | {p.title} | {joined(p.authors)} | NeurIPS 2023 | "
                                                                 + _code(p, "[GitHub]({})") + " |", p.authors),
    "bold title, italic names in brackets": lambda p, r: (f"- **{p.title}** *({joined(p.authors)})*" + _code(p, " [code]({})"), p.authors),
    "quoted title, dash, names": lambda p, r: (f'- "{p.title}" — {joined(p.authors)}' + _code(p, " ([code]({}))"), p.authors),
    "title [names in square brackets]": lambda p, r: (f"- {p.title} [{joined(p.authors)}]" + _code(p, " {}"), p.authors),
    "paper, authors and code fields": lambda p, r: (f"Paper: {p.title}\nAuthors: {joined(p.authors)}" + _code(p, "\nCode: {}") + f"\n\n{r.choice(NOTES)}", p.authors),
    "APA reference": lambda p, r: (f"- {apa(p.authors)} (2023). {p.title}. In *NeurIPS*." + _code(p, " [code]({})"), p.authors),
    "emoji bullet, title, dash, names": lambda p, r: (f"🔹 {p.title} — {joined(p.authors, last=' and ')}" + _code(p, " 👉 {}"), p.authors),
    "item: title, names (commas only)": lambda p, r: (f"- {p.title}, {joined(p.authors)}" + _code(p, " {}"), p.authors),
    "title by first author et al., links": lambda p, r: (f"- {p.title} by {p.authors[0]} et al. [[Paper]]({p.url})" + _code(p, " [[Code]]({})"), p.authors[:1]),
    "table cell: bold title, br, names, links": lambda p, r: (f"| **{p.title}**<br>{joined(p.authors)}<br>[Paper]({p.url})" + _code(p, " [Code]({})") + " |", p.authors),
    "title, names, abstract paragraph": lambda p, r: (f"{p.title}\n\n{joined(p.authors)}\n\nAbstract: {r.choice(NOTES)} {r.choice(NOTES)}" + _code(p, " Code: {}"), p.authors),
    "title (oral), names on the next line": lambda p, r: (f"- {p.title} (Oral)\n  {joined(p.authors, last=' and ')}" + _code(p, "\n  [code]({})"), p.authors),
    "numbered bold title, italic names, links below": lambda p, r: (f"1. **{p.title}**\n   *{joined(p.authors)}*\n   [Paper]({p.url})" + _code(p, " | [Code]({})"), p.authors),
    "quote block: bold title, names": lambda p, r: (f"> **{p.title}**\n> {joined(p.authors, last=' and ')}\n> [paper]({p.url})" + _code(p, " [code]({})"), p.authors),
    "html table row": lambda p, r: (f'<tr><td><a href="{p.url}">{html.escape(p.title)}</a></td><td>{html.escape(joined(p.authors))}</td><td>'
                                    + _code(p, '<a href="{}">code</a>') + "</td></tr>", p.authors),
    "html paragraph: strong title, br, names": lambda p, r: (f"<p><strong>{html.escape(p.title)}</strong><br/>{html.escape(joined(p.authors))}<br/>"
                                                             f'<a href="{p.url}">paper</a>' + _code(p, ' <a href="{}">code</a>') + "</p>", p.authors),
    "title, dash, names with semicolons": lambda p, r: (f"- {p.title} — {joined(p.authors, '; ')}" + _code(p, " ([code]({}))"), p.authors),
    "bold title, names with digits, affiliations": lambda p, r: (f"**{p.title}**\n" + ", ".join(f"{a}{i % 2 + 1}" for i, a in enumerate(p.authors))
                                                                 + f"\n1 {r.choice(PLACES)}, 2 {r.choice(PLACES)}" + _code(p, "\n\nCode: {}"), p.authors),
    "linked title by reference, names": lambda p, r: (f"- [{p.title}][{_label(p)}] — {joined(p.authors)}\n\n[{_label(p)}]: {p.url}"
                                                      + _code(p, "\n\nCode: <{}>"), p.authors),
    "bold numbered title paragraph": lambda p, r: (f"**{r.randint(1, 9)}. {p.title}**\n{joined(p.authors)}\n\n{r.choice(NOTES)}" + _code(p, " [code]({})"), p.authors),
    "table: linked title, names with br, code": lambda p, r: (f"| [{p.title}]({p.url}) | {'<br>'.join(p.authors)} | " + _code(p, "[code]({})") + " |", p.authors),
    "heading: paper n: title, bold fields": lambda p, r: (f"### Paper {r.randint(1, 9)}: {p.title}\n**Authors:** {joined(p.authors)}" + _code(p, "  \n**Code:** {}")
                                                          + f"\n\n{r.choice(NOTES)}", p.authors),
    "item with bold labelled fields": lambda p, r: (f"- **Title:** {p.title}\n  **Authors:** {joined(p.authors)}\n  **Links:** [paper]({p.url})" + _code(p, ", [code]({})"), p.authors),
    "names presented quoted title": lambda p, r: (f'{joined(p.authors, last=" and ")} presented "{p.title}". {r.choice(NOTES)}' + _code(p, " Code: {}"), p.authors),
    "title (arXiv id), dash, names": lambda p, r: (f"- {p.title} (arXiv:{p.url.rsplit('/', 1)[-1] if 'arxiv' in p.url else '2311.01234'}) — {joined(p.authors)}"
                                                   + _code(p, " [code]({})"), p.authors),
    "names, italic title, venue": lambda p, r: (f"- {joined(p.authors, last=', and ')}, *{p.title}*, NeurIPS 2023." + _code(p, " [code]({})"), p.authors),
    "prose: linked title from surname et al.": lambda p, r: (f"Another highlight was [{p.title}]({p.url}) from {p.authors[0].split()[-1]} et al., which I want to read again. "
                                                             f"{r.choice(NOTES)}" + _code(p, " The code is [on GitHub]({})."), [p.authors[0].split()[-1]]),
    "prose: italic title (surname et al., year)": lambda p, r: (f"{r.choice(NOTES)} *{p.title}* ({p.authors[0].split()[-1]} et al., 2023) goes further."
                                                                + _code(p, " Code: {}"), [p.authors[0].split()[-1]]),
    "prose: best paper went to quoted title by names": lambda p, r: (f"The award went to “{p.title}” by {joined(p.authors, last=' and ')}. {r.choice(NOTES)}"
                                                                     + _code(p, " ([code]({}))"), p.authors),
    "prose: in their paper, linked title, names": lambda p, r: (f"In their paper [{p.title}]({p.url}), {joined(p.authors, last=' and ')} show how far a simple idea goes. "
                                                                f"{r.choice(NOTES)}" + _code(p, " Their code is available [here]({})."), p.authors),
    "IEEE reference": lambda p, r: (f"[{r.randint(1, 40)}] {ieee(p.authors)}, \u201c{p.title},\u201d in Proc. NeurIPS, 2023." + _code(p, " {}"), p.authors),
}
# Layouts whose records are one line each (a list, a table) rather than paragraphs.
LINE_LAYOUTS = {"bold title, dash, names, links", "numbered linked title by names", "item, names in brackets, links",
                "title - names with middots", "names: linked title", "quoted title by first author et al.", "names. title. venue.",
                "item with fields below", "linked title (names; organisation)", "html list, br, italic names",
                "numbered reference, and, In Proc.", "table: number, title, authors, venue, code", "bold title, italic names in brackets",
                "quoted title, dash, names", "title [names in square brackets]", "APA reference", "emoji bullet, title, dash, names",
                "item: title, names (commas only)", "title by first author et al., links", "table cell: bold title, br, names, links",
                "numbered bold title, italic names, links below", "html table row", "title, dash, names with semicolons", "item with bold labelled fields",
                "table: linked title, names with br, code", "title (arXiv id), dash, names", "names, italic title, venue", "IEEE reference"}


def read_papers(catalog: Path, rng: random.Random) -> list[Paper]:
    """Catalog papers with two to six distinct authors, shuffled; half without a code link get a made-up one."""
    out = []
    with catalog.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            authors = list(dict.fromkeys(a.strip() for a in row["authors"].split(";") if a.strip()))
            if 2 <= len(authors) <= 6 and row["title"].strip():
                out.append((row["title"].strip(), authors, row.get("url") or "", row.get("code_url") or ""))
    rng.shuffle(out)
    papers = []
    for title, authors, url, code in out:
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:20]
        if not code and rng.random() < 0.5:
            code = f"https://github.com/{re.sub(r'[^a-z]', '', authors[0].split()[-1].lower()) or 'lab'}/{slug}"
        papers.append(Paper(title, authors, url or f"https://arxiv.org/abs/23{rng.randint(10, 12)}.{rng.randint(10000, 99999)}", code))
    return papers


def write_reports(papers: list[Paper], out: Path, rng: random.Random, per_layout: int, per_report: int = 8) -> list[str]:
    """Reports and their gold under out/raw and out/gold, named by layout; returns the layouts' keys."""
    (out / "raw").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    pool = iter(papers)
    keys = []
    for n, (name, layout) in enumerate(LAYOUTS.items()):
        key = f"L{n:02d}"
        keys.append(key)
        for k in range(per_layout):
            chosen = [next(pool) for _ in range(per_report)]
            blocks, gold = [], []
            for p in chosen:
                block, authors = layout(p, rng)
                blocks.append(block)
                gold.append({"title": p.title, "surface": [p.title], "authors": authors,
                             "code_urls": [p.code] if p.code and p.code in block else [], "topics": []})
            body = ("\n" if name in LINE_LAYOUTS else "\n\n").join(blocks)
            if name.startswith("html list"):
                body = f"<ul>\n{body}\n</ul>"
            if name == "html table row":
                body = f"<table>\n<tr><th>Paper</th><th>Authors</th><th>Code</th></tr>\n{body}\n</table>"
            if name == "table: linked title, names with br, code":
                body = "| Paper | Authors | Code |\n|---|---|---|\n" + body
            elif name.startswith("table:"):
                body = "| # | Title | Authors | Venue | Code |\n|---|---|---|---|---|\n" + body
            if name.startswith("table cell"):
                body = "| Papers |\n|---|\n" + body
            doc = f"{key}_{k}.md"
            (out / "raw" / doc).write_text(f"# My trip report\n\nHere are the papers I liked most this year.\n\n## Papers\n\n{body}\n\n"
                                           "## Closing\n\nThanks to everyone, see you next year.\n", encoding="utf-8")
            (out / "gold" / f"{key}_{k}.json").write_text(json.dumps({"doc": doc, "conference": None, "papers": gold, "people": [],
                                                                      "urls": [], "topics": []}), encoding="utf-8")
    return keys


def score(out: Path) -> dict[str, dict[str, Tally]]:
    """Field tallies per layout key (and "total"), extraction run in this process."""
    _, rows = evaluate(extract_predictions(out / "raw"), out / "gold")
    by_layout: dict[str, list[dict[str, Tally]]] = {}
    for stem, per in rows:
        by_layout.setdefault(stem.split("_")[0], []).append(per)
    result = {key: combine(tallies) for key, tallies in sorted(by_layout.items())}
    result["total"] = combine(list(result.values()))
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--catalog", type=Path, required=True, help="papers.csv (venue, year, title, authors, url, code_url)")
    ap.add_argument("--out", type=Path, default=None, help="where the reports and gold go (default: a temporary folder)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--reports", type=int, default=3, help="reports per layout (eight papers each)")
    a = ap.parse_args(argv)
    if not a.catalog.is_file():
        print(f"no catalog at {a.catalog}", file=sys.stderr)
        return 2
    rng = random.Random(a.seed)
    with tempfile.TemporaryDirectory() as tmp:
        out = a.out or Path(tmp)
        keys = write_reports(read_papers(a.catalog, rng), out, rng, a.reports)
        result = score(out)
    names = dict(zip(keys, LAYOUTS))
    fields = [f for f in FIELDS if f in ("papers", "paper_authors", "paper_code_urls")]
    print(f"{'layout':<40}" + "".join(f"{f:>17}" for f in fields))
    for key, tally in result.items():
        print(f"{names.get(key, key)[:39]:<40}" + "".join(f"{tally[f].prf()[2]:17.3f}" for f in fields))
    return 0


if __name__ == "__main__":
    sys.exit(main())
