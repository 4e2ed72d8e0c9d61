"""The structure model: raw HTML inside a markdown report becomes blocks at exact offsets, a blog
post's front matter none, a table row's cells keep their own text after a link."""
import pytest

from extract.text.structure import front_matter_end, parse_structure

PREFIX = "Some papers I liked:\n\n"


def _blocks(html):
    text = PREFIX + html
    return text, [b for b in parse_structure(text).blocks if b.start >= len(PREFIX)]


def test_list_items_with_line_breaks_links_and_emphasis():
    text, blocks = _blocks('<ul>\n<li><b>Neural Widget Fields</b><br/>Ada Lovelace, Alan Turing<br/>'
                           '<a href="https://github.com/ex/nwf">code</a></li>\n<li><i>Event Widgets</i> &amp; more</li>\n</ul>\n')
    assert [b.kind for b in blocks] == ["list_item", "list_item"]
    first, second = blocks
    assert [text[s:e] for s, e in first.lines] == ["Neural Widget Fields", "Ada Lovelace, Alan Turing", "code"]
    assert [(text[x.start:x.end], x.href) for x in first.links] == [("code", "https://github.com/ex/nwf")]
    assert [(x.kind, text[x.start:x.end]) for x in first.emphasis] == [("strong", "Neural Widget Fields")]
    assert first.list_id == second.list_id and (first.item, second.item) == (0, 1)
    assert second.text(text) == "Event Widgets &amp; more"   # the report's own characters
    assert [(x.kind, text[x.start:x.end]) for x in second.emphasis] == [("em", "Event Widgets")]


def test_headings_paragraphs_nesting_and_table_rows():
    text, blocks = _blocks("<h3>Widget Fields</h3>\n<p><em>Ada Lovelace</em></p>\n<ol><li><p>Outer</p><ul><li>Inner</li></ul></li></ol>\n"
                           "<table><tr><th>Title</th><th>Authors</th></tr>\n<tr><td>Sparse Widgets</td><td>Alan Turing</td></tr></table>\n")
    kinds = [(b.kind, b.text(text)) for b in blocks]
    assert kinds == [("heading", "Widget Fields"), ("paragraph", "Ada Lovelace"), ("list_item", "Outer"), ("list_item", "Inner"),
                     ("table_row", "Sparse WidgetsAlan Turing")]
    heading, _, outer, inner, row = blocks
    assert heading.level == 3
    assert outer.ordered and inner.parent == outer.index and inner.depth == 2
    assert [text[s:e] for s, e in row.cells] == ["Sparse Widgets", "Alan Turing"] and row.header == ("Title", "Authors")


@pytest.mark.parametrize("html", [
    '<iframe src="https://www.youtube.com/embed/x"></iframe>\n',   # nothing visible: one raw block as before
    "<div><script>var a = '<b>x</b>';</script></div>\n",
])
def test_markup_without_visible_text_stays_one_raw_block(html):
    _, blocks = _blocks(html)
    assert [b.kind for b in blocks] == ["html"]


def test_a_paper_list_in_html_inside_markdown(nlp):
    from extract.extraction import extract_text

    text = ("Some papers I liked:\n\n<ul>\n<li><b>Neural Widget Radiance Fields</b><br/>Anna Novak, Robert Brown<br/>"
            '<a href="https://github.com/anovak/nwrf">code</a></li>\n<li><b>Event-Based Widget Tracking</b><br/>Diego Alvarez</li>\n</ul>\n')
    papers = {p.title: p for p in extract_text(text, nlp).papers}
    assert papers["Neural Widget Radiance Fields"].authors == ["Anna Novak", "Robert Brown"]
    assert papers["Neural Widget Radiance Fields"].code_urls == ["https://github.com/anovak/nwrf"]
    assert papers["Event-Based Widget Tracking"].authors == ["Diego Alvarez"]


def test_a_blog_posts_front_matter_is_no_block():
    text = '---\nlayout: post\ntitle: "My Widget Conference trip"\n---\n\n# Papers\n\nSome text.\n'
    blocks = parse_structure(text).blocks
    assert [(b.kind, b.text(text)) for b in blocks] == [("heading", "Papers"), ("paragraph", "Some text.")]


def test_a_thematic_break_at_the_start_is_no_front_matter():
    text = "---\n\nWidget Papers\n---\n\nSome text.\n"   # no "key: value" line: markdown as it is
    assert [b.kind for b in parse_structure(text).blocks] == ["heading", "paragraph"]


@pytest.mark.parametrize("row, cells", [
    # A link's hidden "](url)" in one cell: the next cell's text was searched from the end of the
    # link's visible text and matched letters scattered over the URL.
    ("| 1 | [Widget Priors for Inverse Rendering](https://arxiv.org/abs/2610.00001) | M. Kowalski, J. Park |",
     ["1", "Widget Priors for Inverse Rendering", "M. Kowalski, J. Park"]),
    ("| [A](https://example.org/a-very-long-path/to/somewhere) | [B](https://example.org/b) | Ada Lovelace |", ["A", "B", "Ada Lovelace"]),
    ("| Sparse Widgets | | Alan Turing |", ["Sparse Widgets", "", "Alan Turing"]),
])
def test_table_cells_after_a_linked_cell(row, cells):
    text = "| # | Title | Who |\n|---|---|---|\n" + row + "\n"
    (block,) = [b for b in parse_structure(text).blocks if b.kind == "table_row"]
    assert [text[s:e] for s, e in block.cells] == cells


@pytest.mark.parametrize("line, visible", [
    (":boom: [Widget Nets](https://x.org/1) :+1:", "Widget Nets"),
    (":boom::boom:(Poster) Widget Nets", "(Poster) Widget Nets"),
    ("Talk at 10:30:00, see https://x.org/a:b:c", "Talk at 10:30:00, see https://x.org/a:b:c"),
    ("Ratio a:b:c and :not a code: here", "Ratio a:b:c and :not a code: here"),
])
def test_emoji_shortcodes_are_no_visible_text(line, visible):
    """GitHub shows ":boom:" as a picture: the words of a shortcode are not the report's text."""
    text = line + "\n"
    (block,) = parse_structure(text).blocks
    assert " ".join(text[s:e].strip() for s, e in block.runs if text[s:e].strip()) == visible


@pytest.mark.parametrize("text, end_line", [
    ("---\nlayout: post\ntitle: Notes\n---\n\nBody\n", 4),
    # Hexo: no opening "---".
    ('title: " WidgetConf 2031 参加報告"\ndate: 2031/12/10 16:22:02\ntags:\n  - MachineLearning\n'
     'lede: "こんにちは、“Quoted Words In The Lede Of The Post”"\n---\n\nBody\n', 6),
    # A record's fields over a rule are the report's text.
    ("Title: Widget Nets for Gizmo Parsing\nAuthors: Ana Souza, Ben Park\n---\n\nBody\n", 0),
    # Hugo's TOML front matter.
    ("+++\ncategories = ['Experiences']\ntitle = 'My first WidgetConf'\n+++\n\nBody\n", 4),
])
def test_front_matter_with_and_without_its_opening_rule(text, end_line):
    from extract.text.structure import front_matter_end

    end = front_matter_end(text)
    assert text.count("\n", 0, end) == end_line


def test_no_break_spaces_indenting_a_nested_item():
    """" - widgets  " over "\xa0 \xa0- Title" (an editor's no-break spaces): a nested list item, as with
    spaces, not a line of the item above; offsets stay those of the report."""
    text = " - widgets  \n \xa0 \xa0- Sparse Widget Fields for Gizmo Parsing \n    - Gizmo Nets at Scale\n - gizmos\n"
    blocks = parse_structure(text).blocks
    assert [(b.kind, b.text(text), b.parent) for b in blocks] == [
        ("list_item", "widgets", -1), ("list_item", "Sparse Widget Fields for Gizmo Parsing", 0),
        ("list_item", "Gizmo Nets at Scale", 0), ("list_item", "gizmos", -1)]


@pytest.mark.parametrize("glyph", ["•", "◦", "▪", "●", "➤"])
def test_bullet_glyphs_that_open_lines_are_list_items(glyph):
    """Text copied from a web page: "  • Title" / "    names" lines after a paragraph are list items (markdown
    read them as lines of the paragraph), each with its names; a glyph inside a line is left alone."""
    text = (f"Honorable mentions \n  {glyph} Sparse Widget Fields\n    Ana Souza (Widget U)\n"
            f"  {glyph} Gizmo Nets at Scale\n    Ben Park\nWidgets {glyph} gizmos\n")
    blocks = parse_structure(text).blocks
    assert [(b.kind, b.text(text)) for b in blocks][:3] == [
        ("paragraph", "Honorable mentions"), ("list_item", "Sparse Widget Fields\nAna Souza (Widget U)"),
        ("list_item", f"Gizmo Nets at Scale\nBen Park\nWidgets {glyph} gizmos")]


def test_every_bold_title_of_a_long_paragraph_is_marked_bold():
    """A paragraph of a hundred "**Title**" / "names" lines (one HTML <p> with <br>s): the tokens of the
    last title are bold too (a block with 64 emphasis spans or more had none marked)."""
    from extract.text.units import build_units

    text = "## Papers\n\n" + "".join(f"**Widget Nets {k} for Gizmo Parsing**  \nAna Souza, Ben Park  \n" for k in range(100))
    units = build_units(text, parse_structure(text))
    last = next(u for u in reversed(units) if any(t.text == "99" for t in u.tokens))
    title = [t for t in last.tokens if t.line == 0]
    assert title and all(t.strong for t in title if t.text[:1].isalnum())


@pytest.mark.parametrize("markdown, visible", [
    ('Widget Nets for Gizmo Parsing{: .note}\n', "Widget Nets for Gizmo Parsing"),
    ('Ana Souza, Ben Park {:style="margin: 15px; width=600px"}\n', "Ana Souza, Ben Park "),
    ('1. Contents\n{:toc}\n', "Contents"),
    (':tada: Sparse Gizmo Attention\n', " Sparse Gizmo Attention"),
    ('Widget Nets for Gizmo Parsing {.smaller}\n', "Widget Nets for Gizmo Parsing "),
    ('![](featured.png){fig-align="center"} Ana Souza\n', " Ana Souza"),
    ('## Widget Parsing {#sec-widgets}\n', "Widget Parsing "),
    # braces that are text, not attributes
    ('The set {a, b} of widgets\n', "The set {a, b} of widgets"),
])
def test_attribute_lists_and_shortcodes_are_no_visible_text(markdown, visible):
    """A kramdown attribute list ("{: .note}", "{:toc}") styles a block in a Jekyll post; like an emoji
    shortcode, it is markup, not words a title or a name could hold."""
    text, blocks = _blocks(markdown)
    assert "".join(b.text(text) for b in blocks).rstrip("\n") == visible.rstrip("\n")


def test_headings_with_no_space_after_their_marks():
    """"##Title" (kramdown, Octopress) is a heading, its level kept relative to "###Sub"; "#tag" is not."""
    text = "Intro line.\n\n##The Tutorials\nA paragraph.\n\n###Widget Parsing: Foundations\nNotes.\n\n#hashtag line\n"
    heads = [b for b in parse_structure(text).blocks if b.kind == "heading"]
    assert [b.text(text) for b in heads] == ["The Tutorials", "Widget Parsing: Foundations"]
    assert heads[0].level < heads[1].level and heads[1].heading == heads[0].index


def test_an_html_table_cut_by_blank_lines_keeps_its_rows_together():
    """A real workshop schedule (AACL 2023 SRW): blank lines between the "<tr>"s end CommonMark's HTML blocks, so the
    table arrives in pieces; the rows of the later pieces are rows of the same table (one list id), not loose rows."""
    from extract.text.structure import parse_structure

    text = ("## Schedule\n\n<table> <tbody>\n<tr>\n  <td> 9:45 - 10:00 </td>\n  <td> <b>Widget Nets for Gizmo Parsing</b>"
            "<br>\n  <em>Ana Souza and Ben Park</em>\n  </td>\n</tr>\n\n"
            "<tr>\n  <td> 10:00 - 10:15 </td>\n  <td> <b>Sparse Gizmo Attention at Scale</b><br>\n  <em>Chen Wei</em>\n  </td>\n</tr>\n\n"
            "<tr>\n  <td> 10:15 - 10:30 </td>\n  <td> <b>Dense Widget Flows</b><br>\n  <em>Dana Levi</em>\n  </td>\n</tr>\n"
            "</tbody></table>\n")
    rows = [b for b in parse_structure(text).blocks if b.kind == "table_row"]
    assert len(rows) == 3 and len({r.list_id for r in rows}) == 1 and rows[0].list_id != -1


def test_a_rule_in_a_table_cell_ends_one_entry_of_the_cell():
    """A real RSS 2024 programme: a session's titles in one cell, "<hr>" between them; each is a row of its own under
    the table's header (its topic stays with the first)."""
    from extract.text.structure import parse_structure

    text = ("<table>\n  <tr>\n    <th>Topic</th>\n    <th>Title</th>\n  </tr>\n  <tr>\n    <td>Control</td>\n    <td>\n"
            "      Widget Nets for Gizmo Control <hr>\n      Sparse Gizmo Attention at Scale <hr>\n      Dense Widget Flows\n"
            "    </td>\n  </tr>\n</table>\n")
    rows = [b for b in parse_structure(text).blocks if b.kind == "table_row"]
    cells = [[text[s:e].strip() for s, e in r.cells] for r in rows]
    assert cells == [["Control", "Widget Nets for Gizmo Control"], ["", "Sparse Gizmo Attention at Scale"], ["", "Dense Widget Flows"]]
    assert len({r.list_id for r in rows}) == 1 and all(r.header == ("Topic", "Title") for r in rows)


def test_rows_after_a_blank_line_under_a_header_only_table_keep_its_header():
    """A real RSS 2024 programme: "<table>" and its header row, a blank line (which ends CommonMark's HTML block), then
    the rows: they are rows of that table, under its header, as the rows of a table written without the blank line."""
    from extract.text.structure import parse_structure

    text = ("## Day 2\n\n<table id=\"t\">\n  <tr>\n    <th>Topic</th>\n    <th>Title</th>\n  </tr>\n\n"
            "<tr>\n  <td>Imitation Learning</td>\n  <td>\n    Widget Nets for Gizmo Control <hr>\n"
            "    Dense Widget Flows\n  </td>\n</tr>\n</table>\n")
    rows = [b for b in parse_structure(text).blocks if b.kind == "table_row"]
    assert len(rows) == 2 and all(r.header == ("Topic", "Title") for r in rows) and len({r.list_id for r in rows}) == 1
    assert rows[0].list_id != -1


@pytest.mark.parametrize("spaces", [2, 11])
def test_links_after_a_hard_break_with_many_trailing_spaces_keep_their_anchors(spaces):
    """'... University' and eleven spaces, then '[Paper](…) [Github](…)': the trailing spaces of a hard break
    are passed over, so the next line's anchors align on the source (they came out empty)."""
    text = "* Widget Nets. Ana Souza, **Ben Park**. Widget University" + " " * spaces + "\n[Paper](ci2cv.net/x.pdf) [Github](https://github.com/a/b)\n"
    block = parse_structure(text).blocks[0]
    assert [text[link.start:link.end] for link in block.links] == ["Paper", "Github"]
    assert text[slice(*block.lines[1])].startswith("Paper")


def test_a_list_nested_four_deep_keeps_its_words():
    """An item twelve spaces in (a schedule's "- Session" / "- Slot" / "- **Name**: "Title"" / "- A, B, Affiliation"):
    its words start past the aligner's look-ahead from the line's start, and were read letter by letter ("D", "i", ...)."""
    text = ("- 🗓️ **Time Schedule**\n    - **SLP-L10.1: 08:30 - 08:50**\n"
            "        - **DVBx**: \"Discriminative Training of Widget Diarization\", in *Proc. ICASSP*, 2031.\n"
            "            - Dominik Klement, Mireia Diez, Widget University, Czechia\n")
    blocks = parse_structure(text).blocks
    assert [b.depth for b in blocks] == [1, 2, 3, 4]
    assert blocks[-1].text(text) == "Dominik Klement, Mireia Diez, Widget University, Czechia"


def test_a_deeply_nested_byline_is_the_titles(nlp):
    from extract.extraction import extract_text

    text = ("- Schedule\n    - **Session 1**\n        - **Slot 1.1**\n"
            "            - \"Discriminative Training of Widget Diarization\", in *Proc. ICASSP*, 2031. [[Paper](https://arxiv.org/abs/3101.00001)]\n"
            "                - Dominik Klement, Mireia Diez, Federico Landini\n")
    papers = {p.title: p.authors for p in extract_text(text, nlp).papers}
    assert papers == {"Discriminative Training of Widget Diarization": ["Dominik Klement", "Mireia Diez", "Federico Landini"]}


@pytest.mark.parametrize("text, kinds", [
    # a heading over a line of "=" or "-", wrapped over two lines at most
    ("Widget Fields\n=============\n\nSome text.\n", ["heading", "paragraph"]),
    ("Widget Fields for\nGizmo Parsing\n-------------\n\nSome text.\n", ["heading", "paragraph"]),
    # three lines or more over a line of dashes: fields of a plain-text record over a separator, no heading
    ("Paper Title: Widget Fields\nAuthors: Ana Souza, Ben Park\nTrack: Widgets\n-------------\n\nSome text.\n", ["paragraph", "paragraph"]),
])
def test_a_line_of_dashes_under_a_paragraph_of_fields_is_no_heading_underline(text, kinds):
    assert [b.kind for b in parse_structure(text).blocks] == kinds


@pytest.mark.parametrize("text, metadata", [
    # Pelican's and Frog's metadata lines (Frog indents them as code) at a post's top, its date as the engine writes it
    ("Title: My Widget Trip\nDate: 2031-05-03 10:20\nTags: widgets\n\nSome text.\n", True),
    ("    Title: My Widget Trip\n    Date: 2031-05-03T08:21:07\n    Tags: widgets\n    Authors: Ana Souza\n\nSome text.\n", True),
    # a paper's fields open no post: no date
    ("Title: Widget Nets for Gizmo Parsing\nAuthors: Ana Souza, Ben Park\nVenue: WidgetConf 2031\n\nSome text.\n", False),
])
def test_metadata_lines_at_a_posts_top_are_front_matter(text, metadata):
    assert (front_matter_end(text) > 0) is metadata


@pytest.mark.parametrize("line, blanked", [
    ('{% asset_img "widget.png" "Widget Graph Architecture" %}', True),
    ('{% include figure.html path="{{ page.image }}" %}', True),
    ("  {{< figure src=\"gizmo.png\" >}}  ", True),
    ("{{< youtube abc >}} and the talk on widgets {{< /details >}}", False),   # (prose between two tags is kept)
])
def test_a_line_that_is_one_template_tag_holds_no_blocks(line, blanked):
    structure = parse_structure(f"{line}\n\nSparse widgets parse gizmos.\n")
    texts = [b for b in structure.blocks if b.kind == "paragraph"]
    assert len(texts) == (1 if blanked else 2)
