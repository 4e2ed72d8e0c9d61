"""Bad input gets a status and a message; good reports still go through."""
import os

import pytest

from extract.text.ingest import discover, read_report, read_reports


def write(tmp_path, name, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return p


def test_bad_input_matrix(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    write(raw, "good.txt", "ICML 2018 was great.\r\nSee Title – Ada Lovelace\r\n".encode())
    write(raw, "empty.txt", b"")
    write(raw, "blank.md", b"  \n\t\n")
    write(raw, "pdf.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3 binary")
    write(raw, "png.txt", b"\x89PNG\r\n\x1a\n\x00\x00")
    write(raw, "latin1.txt", "Café résumé naïve à la carte, très élégant.".encode("latin-1"))
    write(raw, "utf16.txt", "Poincaré embeddings".encode("utf-16"))
    write(raw, "bom.txt", b"\xef\xbb\xbfHello with BOM")
    write(raw, "zz dup cópy.txt", "ICML 2018 was great.\r\nSee Title – Ada Lovelace\r\n".encode())
    write(raw, "page.html", b"<html><head><style>p{}</style><script>var x=1;</script></head><body><nav>Home | About</nav>"
                            b"<h2>Deep Sets &amp; Friends</h2><p>A talk by <a href='https://example.org/x'>Ada</a>.</p></body></html>")
    outside = tmp_path / "secret.txt"
    outside.write_text("outside")
    os.symlink(outside, raw / "link.txt")
    reports = {r.name: r for r in read_reports(raw)}
    assert reports["good.txt"].status == "ok" and "\r" not in reports["good.txt"].text
    assert reports["empty.txt"].status == "skipped" and reports["empty.txt"].message == "empty file"
    assert reports["blank.md"].status == "skipped"
    assert reports["pdf.txt"].status == "skipped" and "binary" in reports["pdf.txt"].message
    assert reports["png.txt"].status == "skipped"
    assert reports["latin1.txt"].status == "ok" and "Café" in reports["latin1.txt"].text
    assert reports["utf16.txt"].text == "Poincaré embeddings"
    assert reports["bom.txt"].text == "Hello with BOM"
    assert reports["zz dup cópy.txt"].status == "skipped" and "same content as good.txt" in reports["zz dup cópy.txt"].message
    html = reports["page.html"]
    assert html.is_html and "Deep Sets & Friends" in html.text and "var x" not in html.text and "Home | About" not in html.text
    assert "[Ada](https://example.org/x)" in html.text
    assert reports["link.txt"].status == "skipped" and "outside" in reports["link.txt"].message
    assert all(r.sha256 for r in reports.values() if r.status == "ok")


def test_size_limit_and_vanished_file(tmp_path):
    big = write(tmp_path, "big.txt", b"a" * 2000)
    r = read_report(big, tmp_path, max_bytes=1000)
    assert r.status == "skipped" and "limit" in r.message
    gone = read_report(tmp_path / "gone.txt", tmp_path)
    assert gone.status == "error" and "vanished" in gone.message


def test_discover_is_recursive_and_filters_suffixes(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("a/x.txt", "a/b/y.md", "a/b/z.html", "a/notes.pdf", ".hidden.txt", "a/post.markdown", "a/talk.rst", "a/NOTES.MD"):
        (tmp_path / name).write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in discover(tmp_path)] == [
        ".hidden.txt", "a/NOTES.MD", "a/post.markdown", "a/talk.rst", "a/x.txt", "a/b/y.md", "a/b/z.html"]


RST_REPORT = """\
===================
Widget Conf Notes
===================

Papers
------

* `Widget Parsing with Latent Trees <https://arxiv.org/abs/2601.00001>`_ by Eli Cohen and Fay Wong.
* *Gizmo Alignment* was fun.

.. include:: /etc/hostname
.. raw:: html

   <b>raw html</b>
"""


def test_a_restructuredtext_report_is_read_for_its_structure_and_never_reads_other_files(tmp_path):
    (tmp_path / "notes.rst").write_text(RST_REPORT)
    report = read_report(tmp_path / "notes.rst", tmp_path)
    assert report.status == "ok"
    assert "# Widget Conf Notes" in report.text and "## Papers" in report.text
    assert "- [Widget Parsing with Latent Trees](https://arxiv.org/abs/2601.00001) by Eli Cohen and Fay Wong." in report.text
    assert "*Gizmo Alignment*" in report.text
    assert "raw html" not in report.text and "<b>" not in report.text


@pytest.mark.parametrize("text", [".. unknown-directive:: x\n\nText `unclosed <http://a\n", "Title\n===\n\n" + "=" * 3, "   \t\n:x:"])
def test_broken_restructuredtext_still_gives_a_report(tmp_path, text):
    (tmp_path / "bad.rst").write_text(text + "\nSome words here.\n")
    report = read_report(tmp_path / "bad.rst", tmp_path)
    assert report.status == "ok" and "Some words here." in report.text


def test_a_jupyter_notebook_is_read_for_its_markdown_cells(tmp_path, nlp):
    """A post written as a notebook: its markdown cells in order, its code cells left out."""
    import json

    from extract.extraction import extract_text

    cells = [{"cell_type": "markdown", "source": ["# Highlights from WCLR 2031\n", "\n",
                                                  "- [Widget Nets for Gizmo Parsing](https://arxiv.org/abs/2601.00001) by Ana Souza\n"]},
             {"cell_type": "code", "source": ["print('Learning to Rank Gizmos')"], "outputs": []},
             {"cell_type": "markdown", "source": "## Posters\n\n- **Sparse Gizmo Attention at Scale** – Chen Wei, Dana Levi"}]
    (tmp_path / "post.ipynb").write_text(json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 4}))
    assert discover(tmp_path) == [tmp_path / "post.ipynb"]
    report = read_report(tmp_path / "post.ipynb", tmp_path)
    assert report.status == "ok" and "print(" not in report.text and "\n\n## Posters" in report.text
    papers = {p.title: p.authors for p in extract_text(report.text, nlp).papers}
    assert papers == {"Widget Nets for Gizmo Parsing": ["Ana Souza"], "Sparse Gizmo Attention at Scale": ["Chen Wei", "Dana Levi"]}


@pytest.mark.parametrize("text, message", [
    ("{not json", "not a readable Jupyter notebook: invalid JSON at line 1"),
    ('{"nbformat": 4}', "not a readable Jupyter notebook: no list of cells"),
])
def test_a_broken_notebook_is_skipped_with_a_reason(tmp_path, text, message):
    (tmp_path / "n.ipynb").write_text(text)
    report = read_report(tmp_path / "n.ipynb", tmp_path)
    assert (report.status, report.message) == ("skipped", message)


def test_a_definition_list_in_html_gives_titles_over_their_bylines(tmp_path, nlp):
    """"<dt>Title</dt><dd>A and B. Notes.</dd>": the term in bold over its description, not ":   A and B"."""
    from extract.extraction import extract_text

    (tmp_path / "picks.html").write_text("<html><body><h1>WCLR 2031 picks</h1><dl><dt>Learning to Rank Gizmos</dt>"
                                         "<dd>Hana Mori and Ido Katz. A ranking paper.</dd></dl></body></html>")
    report = read_report(tmp_path / "picks.html", tmp_path)
    assert "**Learning to Rank Gizmos**\n\nHana Mori and Ido Katz." in report.text and ":   " not in report.text
    assert {p.title: p.authors for p in extract_text(report.text, nlp).papers} == {"Learning to Rank Gizmos": ["Hana Mori", "Ido Katz"]}


def test_a_rule_inside_an_html_table_cell_ends_one_entry(tmp_path, nlp):
    """"<td>Title A <hr> Title B</td>" (a programme's session cell): a row per title, not the titles run together."""
    from extract.extraction import extract_text

    (tmp_path / "sessions.html").write_text(
        "<html><body><h2>Day 1</h2><table><tr><th>Topic</th><th>Title</th></tr><tr><td>Control</td><td>"
        "Stein Variational Widget Search <hr> Parallel and Proximal Methods for Real-Time Gizmo Control <hr>"
        " Differentiable Robust Widget Predictive Control</td></tr></table></body></html>")
    report = read_report(tmp_path / "sessions.html", tmp_path)
    assert [p.title for p in extract_text(report.text, nlp).papers] == [
        "Stein Variational Widget Search", "Parallel and Proximal Methods for Real-Time Gizmo Control",
        "Differentiable Robust Widget Predictive Control"]


def test_hidden_files_are_listed_as_skipped_not_dropped(tmp_path):
    (tmp_path / ".draft.md").write_text("Sparse Kernel Machines – Ada Lovelace")
    (r,) = read_reports(tmp_path)
    assert r.name == ".draft.md" and r.status == "skipped" and "hidden file" in r.message


@pytest.mark.parametrize("data, encoding, text", [
    # One bad byte in a UTF-8 file: the rest stays UTF-8 (was: the whole file decoded as mac_iceland).
    ("Poincaré embeddings – Maximilian Nickel, Douwe Kiela; naïve café. ".encode() * 20 + b"\xff end",
     "utf-8 (1 bad byte replaced)", "Poincaré embeddings"),
    # Western single-byte text is cp1252 (curly quotes in 0x91-0x94), not cp1250.
    ("“Café” – résumé of a très élégant talk, naïve ‘quotes’ and more words here.".encode("cp1252") * 3,
     "cp1252", "“Café”"),
    # UTF-16 without a BOM is text, not binary content.
    ("Poincaré embeddings for hierarchies – Maximilian Nickel".encode("utf-16-le"), "utf-16-le", "Poincaré embeddings"),
    ("Poincaré embeddings for hierarchies – Maximilian Nickel".encode("utf-16-be"), "utf-16-be", "Poincaré embeddings"),
])
def test_decoding_keeps_the_text(tmp_path, data, encoding, text):
    r = read_report(write(tmp_path, "r.txt", data), tmp_path)
    assert r.status == "ok" and r.encoding == encoding and text in r.text


def test_control_characters_become_spaces_and_are_recorded(tmp_path):
    r = read_report(write(tmp_path, "r.txt", b"Sparse\x00Kernel \x1b[31mMachines\x07 \xc2\x9b here\n"), tmp_path)
    assert r.status == "ok" and r.text == "Sparse Kernel      Machines    here\n"   # the whole ESC[31m sequence
    assert len(r.text) == len(b"Sparse\x00Kernel \x1b[31mMachines\x07 \xc2\x9b here\n".decode())   # offsets stay true
    assert "4 control characters replaced" in r.message


def test_more_bad_inputs_and_every_good_report_is_extracted(tmp_path, monkeypatch, nlp):

    from extract.incremental import process_batch

    raw = tmp_path / "raw"
    raw.mkdir()
    good = "NeurIPS 2019\n\nDeep Voxel Fields for Robots – Edsger Dijkstra\n"
    write(raw, "cp1252.txt", "He said \u201cDeep Sets\u201d \u2013 a paper \u2026".encode("cp1252"))
    write(raw, "mixed endings.txt", b"line one\r\nline two\rline three\nDeep Voxel Fields for Robots \xe2\x80\x93 Ada Lovelace\r\n")
    write(raw, "r\u00e9sum\u00e9 \u4f1a\u8b70 notes.md", good.encode())
    write(raw, "locked.txt", b"cannot be read")
    write(raw, "big.txt", b"Deep Sets for Things - A. Person\n" * 40_000)   # 1.3 MB, over the limit below
    real_open = os.open

    def unreadable(path, *args, **kwargs):   # as root, permissions cannot make a file unreadable
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", unreadable)
    reports = {r.name: r for r in read_reports(raw, max_bytes=1_000_000)}
    assert reports["cp1252.txt"].text == "He said \u201cDeep Sets\u201d \u2013 a paper \u2026"
    assert reports["mixed endings.txt"].text.count("\n") == 4 and "\r" not in reports["mixed endings.txt"].text
    assert reports["locked.txt"].status == "error" and "Permission denied" in reports["locked.txt"].message
    assert reports["big.txt"].status == "skipped" and "1,000,000-byte limit" in reports["big.txt"].message
    result = process_batch(list(reports.values()))
    extracted = {ex.report.name for ex in result.extractions}
    assert extracted == {n for n, r in reports.items() if r.status == "ok"} == {"cp1252.txt", "mixed endings.txt", "r\u00e9sum\u00e9 \u4f1a\u8b70 notes.md"}
    unicode_name = next(ex for ex in result.extractions if ex.report.name.startswith("r\u00e9sum\u00e9"))
    assert unicode_name.papers[0].title == "Deep Voxel Fields for Robots"


def test_the_default_size_limit_fits_the_tokenizer(nlp):
    """The default size limit (10 MB) is below the pipeline's max_length: an allowed file never fails in spaCy."""
    from extract.text.ingest import DEFAULT_MAX_BYTES

    assert nlp.max_length >= DEFAULT_MAX_BYTES


def test_restructuredtext_docutils_cannot_read_is_read_as_plain_text(tmp_path, monkeypatch):
    from extract.text import ingest

    def fail(text):
        raise ValueError("severe")

    monkeypatch.setattr(ingest, "rst_to_html", fail)
    (tmp_path / "n.rst").write_text("Some words here.\n")
    report = read_report(tmp_path / "n.rst", tmp_path)
    assert report.status == "ok" and report.text == "Some words here.\n"


def test_html_comments_keep_the_writers_drafts_and_drop_commented_markup():
    from extract.text.ingest import html_to_text

    html = ("<html><body><h2>Talks</h2><ul><li><a href='http://x.org/a.pdf'>Widget Nets for Gizmo Parsing</a></li></ul>"
            "<!--\n- [Sparse Gizmo Attention at Scale]()\n    * Chen Wei, Dana Levi\n-->\n"
            "<!--[if lt IE 9]><script src='html5shiv.js'></script><![endif]-->"
            "<!-- <div class='nav'>Home</div> --><p>End.</p></body></html>")
    text = html_to_text(html)
    assert "<!--\n- [Sparse Gizmo Attention at Scale]()\n    * Chen Wei, Dana Levi\n-->" in text
    assert "html5shiv" not in text and "nav" not in text and "TRIPMINEHTMLCOMMENT" not in text


def test_html_text_drops_a_themes_links_to_other_posts():
    """A blog theme's "Previous post" / "Next post" links (a real SAIL blog page: `<div id="post-nav">`), its related
    posts and share buttons name other posts, no papers of this one; a post's content classes stay."""
    from extract.text.ingest import html_to_text

    html = ("<html><body><div class='post-content'><h4><a href='https://arxiv.org/abs/1'>Widget Nets for Gizmo Parsing</a>"
            "</h4></div><div id='post-nav'><div class='post-nav-post'><a href='/blog/x/'><p>Next post</p>"
            "Explore then Widget: Adapting Gizmos without Rewards</a></div></div>"
            "<section class='related-posts'><a href='/blog/y/'>Sparse Gizmo Attention at Scale</a></section>"
            "<ul class='share-buttons'><li>Share on Twitter</li></ul></body></html>")
    text = html_to_text(html)
    assert "Widget Nets for Gizmo Parsing" in text
    assert "Next post" not in text and "Sparse Gizmo" not in text and "Twitter" not in text


def test_html_text_keeps_underscores_of_written_out_urls():
    from extract.text.ingest import html_to_text

    text = html_to_text("<html><body><p>Code: github.com/asouza/widget_nets and snake_case words</p></body></html>")
    assert "github.com/asouza/widget_nets" in text and "\\_" not in text


def test_decomposed_letters_are_composed_on_reading(tmp_path, nlp):
    """A name written with a combining mark ("Ko" + U+0308 + "hler") is one word to the rules."""
    from extract.extraction import extract_doc
    from extract.text.ingest import read_report

    path = tmp_path / "notes.md"
    path.write_text("## Papers\n\n**Sparse Widget Kernels**\nAna Souza, Jonas Ko\u0308hler\n", encoding="utf-8")
    report = read_report(path, tmp_path)
    assert "Jonas K\u00f6hler" in report.text
    papers = extract_doc(report, nlp(report.text)).papers
    assert [p.authors for p in papers] == [["Ana Souza", "Jonas K\u00f6hler"]]


def test_a_pdfs_detached_accents_are_composed_on_reading(tmp_path, nlp):
    """A byline copied out of a PDF, its accents spacing characters before their letters ("Bras\u00b4o",
    "Aljo\u02c7sa"), reads as names, and the title above it stays a paper."""
    from extract.extraction import extract_doc
    from extract.text.ingest import read_report

    path = tmp_path / "notes.md"
    path.write_text("## Posters\n\n<span>B3. Sparse Widget Kernels for Gizmo Parsing</span>\n<br /><i>Ana Souza, Ben Park</i>\n\n"
                    "<span>B4. GizmoNet: How Far Can Widgets Take Us in 3D Tracking?</span>\n"
                    "<br /><i>Jonas Kim, Guillem Bras\u00b4o, Aljo\u02c7sa O\u02c7sep, and Laura Fran\u00b8cois</i>\n", encoding="utf-8")
    report = read_report(path, tmp_path)
    papers = extract_doc(report, nlp(report.text)).papers
    assert [(p.title, p.authors) for p in papers] == [
        ("Sparse Widget Kernels for Gizmo Parsing", ["Ana Souza", "Ben Park"]),
        ("GizmoNet: How Far Can Widgets Take Us in 3D Tracking?",
         ["Jonas Kim", "Guillem Bras\u00f3", "Aljo\u0161a O\u0161ep", "Laura Fran\u00e7ois"])]


@pytest.mark.parametrize("text, composed", [
    ("Guillem Bras\u00b4o, Laura Leal-Taix\u00b4e", "Guillem Bras\u00f3, Laura Leal-Taix\u00e9"),
    ("Aljo\u02c7sa O\u02c7sep, Mu\u02dcnoz, G\u00a8unter", "Aljo\u0161a O\u0161ep, Mu\u00f1oz, G\u00fcnter"),
    ("\u00b4Alvaro", "\u00c1lvaro"),
    # typed for an apostrophe, or no letter it makes one with: as written
    ("it\u00b4s, don\u00b4t, I\u00b4m, we\u00b4ll, they\u00b4re, I\u00b4ve", "it\u00b4s, don\u00b4t, I\u00b4m, we\u00b4ll, they\u00b4re, I\u00b4ve"),
    ("SEQ\u02c63: x, \u02dc10 %", "SEQ\u02c63: x, \u02dc10 %"),
])
def test_detached_accents(text, composed):
    from extract.text.normalise import compose_detached_accents

    assert compose_detached_accents(text) == composed


@pytest.mark.parametrize("raw, text", [
    ("Ana&nbsp;Souza &amp; F.&nbsp;Vi&eacute;gas", "Ana Souza & F. Viégas"),
    ("&ldquo;Widget nets,&rdquo; 2031 &mdash; &#8220;ok&#x201D;", "“Widget nets,” 2031 — “ok”"),
    ("escaped &lt;br&gt; stays, &unknownref; too", "escaped &lt;br&gt; stays, &unknownref; too"),
    # URLs stay as written (the gold copies them so): in an attribute, a link's target, the text
    ('<a href="https://t.co/x?a=1&amp;b=2">A&amp;B</a> [l](https://x.org/?a=1&amp;b=2) https://y.org/?q=1&amp;r=2',
     '<a href="https://t.co/x?a=1&amp;b=2">A&B</a> [l](https://x.org/?a=1&amp;b=2) https://y.org/?q=1&amp;r=2'),
])
def test_character_references_of_a_markdown_report_are_decoded(tmp_path, raw, text):
    """A markdown report's HTML character references read as a browser shows them (a name joined by "&nbsp;" is one
    name, "&eacute;" a letter of it); escaped markup stays escaped."""
    (tmp_path / "r.md").write_text(raw, encoding="utf-8")
    assert read_report(tmp_path / "r.md", tmp_path).text == text


def test_ieee_references_in_an_html_table_cut_by_blank_lines_inside_cells(tmp_path, nlp):
    """A real bibtex2html list (a library's publications page): each reference a table row, a blank line inside its
    cell (which ends CommonMark's HTML block before "</td></tr>"), names with "&nbsp;" between initial and surname,
    then the sentence-case title in "&ldquo;...,&rdquo;"."""
    from extract.extraction import extract_text

    (tmp_path / "pubs.md").write_text(
        "# Publications\n\n<table>\n\n<tr valign=\"top\">\n<td align=\"right\" class=\"bibtexnumber\">\n"
        "[<a name=\"souza2031widget\">1</a>]\n</td>\n<td class=\"bibtexitem\">\n"
        "A.&nbsp;Souza, B.&nbsp;Park, and C.&nbsp;Vi&eacute;gas, &ldquo;Widget nets for gizmo\n"
        "  parsing,&rdquo; in <em>Proc. WCLR</em>, 2031.\n[&nbsp;<a href=\"https://arxiv.org/abs/3101.00001\">pdf</a>&nbsp;]\n\n"
        "</td>\n</tr>\n</table>\n", encoding="utf-8")
    [paper] = extract_text(read_report(tmp_path / "pubs.md", tmp_path).text, nlp).papers
    assert paper.title == "Widget nets for gizmo parsing" and paper.authors == ["A. Souza", "B. Park", "C. Viégas"]


def test_an_embedded_tweet_is_not_the_reports_text():
    """An embedded post ('<blockquote class="twitter-tweet">...&mdash; Name (@handle)') is a social network's widget:
    its words and its poster are not the report's record of a paper."""
    from extract.text.structure import parse_structure

    text = ("Intro.\n\n<blockquote class=\"twitter-tweet\"><p lang=\"en\">Best #WCLR2031 demo: Widget Nets for Gizmos</p>"
            "— Ana Souza (@asouza) <a href=\"https://twitter.com/asouza/status/1\">April 25, 2031</a></blockquote>\n\nAfter.\n")
    visible = " ".join(b.text(text) for b in parse_structure(text).blocks if b.kind != "html")
    assert "Widget Nets" not in visible and "Ana Souza" not in visible


ORG_REPORT = """\
#+TITLE: Widget Conf 2031 Notes
#+DATE: 2031-05-05

* Papers
:PROPERTIES:
:CUSTOM_ID: papers
:END:
- [[https://arxiv.org/abs/3101.00001][Widget Parsing with Latent Trees]] by Eli Cohen and Fay Wong, *best paper*.
- /Gizmo Alignment/ was fun; see [[https://example.org/gizmo]] and =gizmo-align=.
# ** A heading left out
** Talks
| Title | Speaker |
|-------+---------|
| Sprocket Flows | Ana Souza |
#+BEGIN_SRC python
* not a heading
#+END_SRC
"""


def test_an_org_mode_report_is_read_as_markdown_line_for_line(tmp_path):
    (tmp_path / "notes.org").write_text(ORG_REPORT)
    assert [p.name for p in discover(tmp_path)] == ["notes.org"]
    report = read_report(tmp_path / "notes.org", tmp_path)
    assert report.status == "ok"
    lines = report.text.split("\n")
    assert len(lines) == len(ORG_REPORT.split("\n"))
    assert lines[0] == "# Widget Conf 2031 Notes" and lines[3] == "# Papers" and lines[10] == "## Talks"
    assert lines[7] == ("- [Widget Parsing with Latent Trees](https://arxiv.org/abs/3101.00001) by Eli Cohen and Fay Wong, "
                        "**best paper**.")
    assert lines[8] == "- *Gizmo Alignment* was fun; see <https://example.org/gizmo> and `gizmo-align`."
    assert ":PROPERTIES:" not in report.text and "left out" not in report.text and "#+" not in report.text
    assert lines[12] == "|-------|---------|"
    assert lines[14:17] == ["```", "* not a heading", "```"]


def test_an_org_mode_report_gives_its_linked_papers(tmp_path, nlp):
    from extract.extraction import extract_text

    (tmp_path / "notes.org").write_text(ORG_REPORT)
    papers = {p.title: p for p in extract_text(read_report(tmp_path / "notes.org", tmp_path).text, nlp).papers}
    assert papers["Widget Parsing with Latent Trees"].authors == ["Eli Cohen", "Fay Wong"]
    assert papers["Widget Parsing with Latent Trees"].paper_urls == ["https://arxiv.org/abs/3101.00001"]
