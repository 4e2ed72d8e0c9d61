"""Outputs a user can trust at a glance: no wrong merges, clean text in every file (issue 16)."""
import networkx as nx
import pandas as pd
import pytest
from rich.console import Console

from extract.corpus.finish import finish
from extract.extraction import extract_text
from extract.mentions.links import url_kind
from extract.outputs.show import show_table
from extract.text.ingest import read_report
from tripmine.cli import _print_summary


def run(nlp, tmp_path, texts, out="out"):
    exs = [extract_text(t, nlp, name) for name, t in texts.items()]
    return finish([e.report for e in exs], exs, tmp_path / out, pictures=False)


def test_a_venue_year_suffix_is_not_part_of_the_title(nlp):
    text = ("My picks:\n\n- Attention Is All You Need (NeurIPS 2017)\n"
            "- Deep Residual Learning for Image Recognition (CVPR 2016)\n"
            "- BERT: Pre-training of Deep Bidirectional Transformers (Devlin et al., NAACL 2019)\n")
    found = {p.title: p.authors for p in extract_text(text, nlp).papers}
    assert set(found) == {"Attention Is All You Need", "Deep Residual Learning for Image Recognition",
                          "BERT: Pre-training of Deep Bidirectional Transformers"}
    assert found["BERT: Pre-training of Deep Bidirectional Transformers"] == ["Devlin"]


def test_a_surname_alone_joins_a_full_name_only_with_evidence(nlp, tmp_path):
    _, res, _ = run(nlp, tmp_path, {
        "a.txt": "Notes.\n\nSparse Kernel Machines for Graph Data – Yushun Zhang, Ada Lovelace\n\nNice.\n",
        # The same paper with its first author's surname only: evidence, so one person.
        "b.txt": "More notes.\n\nSparse Kernel Machines for Graph Data – Zhang, Lovelace\n\nAgain.\n",
        # A citation of someone else called Zhang: no evidence, a person of its own.
        "c.txt": "As argued before (Zhao & Zhang, 2015), attention is useful for many things in practice.\n",
    })
    by_name = {p.name: p for p in res.people}
    assert "b.txt" in by_name["Yushun Zhang"].reports and "c.txt" not in by_name["Yushun Zhang"].reports
    assert "Zhang" in by_name and by_name["Zhang"].reports == ["c.txt"]


def test_control_characters_never_reach_the_outputs_and_graphml_stays_valid(nlp, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "r.txt").write_bytes(b"Intro.\n\nSparse\x00Kernel Machines\x1b[31m for Graph Data \xe2\x80\x93 Ada Lovelace, Alan Turing\n\nNice.\n")
    report = read_report(raw / "r.txt", raw)
    ex = extract_text(report.text, nlp, "r.txt")
    ex.report = report
    ex.papers[0].title += "\x0b"   # as a catalog title might carry one (CSV and GraphML must not)
    finish([report], [ex], tmp_path / "out", pictures=False)
    g = nx.read_graphml(tmp_path / "out" / "graph.graphml")
    labels = [d["label"] for _, d in g.nodes(data=True)]
    assert any(label.startswith("Sparse Kernel Machines") for label in labels)
    for path in (tmp_path / "out").glob("*.csv"):
        assert not any(ch in path.read_text() for ch in "\x00\x1b\x0b"), path.name
    assert "\x1b" not in (tmp_path / "out" / "summary.md").read_text()


def test_markup_and_html_in_titles_are_shown_as_text(nlp, tmp_path, capsys):
    text = ("Intro.\n\nSparse Kernel [/b] Machines for Graph Data – Ada Lovelace, Alan Turing\n\n"
            "<script>alert(1)</script> Fast Rates <img src=x onerror=alert(2)> for Bandits – Grace Hopper\n\nNice.\n")
    summary, _res, _ = run(nlp, tmp_path, {"r\x1b[2J.txt": text, "empty\x1b[2J.txt": ""})
    summary.top_papers.insert(0, ("Sparse Kernel [/b] Machines", 2))   # however a title came to hold it
    summary.problems.append(("bad\x1b[2J.txt", "skipped", "empty file"))
    _print_summary(summary)   # raised rich.errors.MarkupError after the outputs were written
    shown = capsys.readouterr().out
    assert "[/b]" in shown and "\x1b[2J" not in shown
    md = (tmp_path / "out" / "summary.md").read_text()
    assert "<script>" not in md and "<img" not in md
    from extract.outputs.summary import _md

    assert _md("<script>alert(1)</script> | x") == "&lt;script&gt;alert(1)&lt;/script&gt; \\| x"
    with open("/dev/null", "w") as null:
        Console(file=null).print(show_table(tmp_path / "out", "papers"))


def test_top_repositories_are_code_hosts_with_normalised_urls(nlp, tmp_path):
    text = ("Intro.\n\nSparse Kernel Machines for Graph Data – Ada Lovelace, Alan Turing\n"
            "Code: https//github.com/Example/skm/\n\n"
            "Fast Rates for Bandits – Grace Hopper\nCode: https://www.youtube.com/watch?v=abc\n\nNice.\n")
    run(nlp, tmp_path, {"r.txt": text})
    nodes = pd.read_parquet(tmp_path / "out" / "nodes.parquet")
    assert list(nodes[nodes["kind"] == "repo"]["Label"]) == ["https://github.com/Example/skm"]


def test_a_semicolon_in_a_file_name_stays_one_report(nlp, tmp_path):
    text = "Intro.\n\nSparse Kernel Machines for Graph Data – Ada Lovelace, Alan Turing\n\nNice.\n"
    run(nlp, tmp_path, {"a;b.txt": text, "c.txt": text})
    nodes = pd.read_parquet(tmp_path / "out" / "nodes.parquet")
    skm = nodes[nodes["Label"].str.startswith("Sparse")].iloc[0]
    node_reports = pd.read_parquet(tmp_path / "out" / "node_reports.parquet")
    assert list(node_reports[node_reports["Id"] == skm["Id"]]["report"]) == ["a;b.txt", "c.txt"]
    edge_reports = pd.read_parquet(tmp_path / "out" / "edge_reports.parquet")
    authored = edge_reports[edge_reports["kind"] == "authored_by"]
    assert len(authored) and set(authored["report"]) == {"a;b.txt", "c.txt"}


@pytest.mark.parametrize("url, kind", [
    ("https://github.com/example/skm", "code"),
    ("https://github.com/example/paper-notes/issues/5", "media"),      # a discussion, no code and no project's site
    ("https://github.com/example/skm/pull/12", "media"),
    ("https://github.com/example/issues-tracker", "code"),             # (a repository named so is code)
    ("https://github.com/example/site/blob/master/assets/images/figure.jpg?raw=true", "media"),
    ("https://github.com/example/loss/raw/main/assets/animation.gif", "media"),
    ("https://arxiv.org/abs/1701.07875", "paper"),
    ("http://delivery.acm.org/10.1145/3220000/3214820/a46-x.pdf?ip=1.2.3.4&id=3214820", "paper"),   # not the event site
])
def test_a_picture_in_a_repository_is_not_a_code_link(url, kind):
    assert url_kind(url) == kind


@pytest.mark.parametrize("url, kind", [
    ("http://weblog.example.org/tech/2014/03/06/review-of-a-paper.html", "media"),
    ("https://blog.example.ai/posts/sparse-kernels", "media"),
    ("https://lab.blogspot.com/2019/05/our-paper.html", "media"),
    ("https://example.github.io/blog/2021/notes/", "media"),
    ("https://example.github.io/sparse-kernels/", "site"),        # a project page stays one
    ("https://catalog.example.org/skm", "site"),
])
def test_a_blog_post_is_not_a_project_page(url, kind):
    """A post reviewing a paper, in the paper's record or anchored by "here", is not its code."""
    assert url_kind(url) == kind


@pytest.mark.parametrize("url, kind", [
    ("www.widgetlab.org/files/widget-nets.pdf\u200e", "paper"),                     # a PDF with a left-to-right mark copied after it
    ("www.widgetlab.org/files/widget-nets.pdf%E2%80%8E", "paper"),
    ("https://ieeexplore-ieee-org.proxy.example.edu/document/8972571", "paper"),   # a library proxy's copy of the host
    ("https://scholar.google.com/citations?view_op=view_citation&hl=en&user=X", "paper"),
    ("https://ink.library.example.edu/cgi/viewcontent.cgi?article=5635", "paper"),  # a repository's file of the paper
    ("https://underline.io/lecture/77250-widget-nets", "media"),                   # a talk's recording
    ("https://underline.io/events/395/sessions", "event"),
    ("Widget%20Nets%20for%20Gizmos.md", "none"),                                   # a notes page beside the report
    ("../notes/wrecsys2031/Widget%20Nets.md", "none"),
    ("WRecSys2031.md", "none"),
    ("./PDF/2031.09.18_1.pdf", "paper"),                                           # (a PDF beside it stays the paper)
])
def test_paper_copies_and_recordings_are_no_sites(url, kind):
    """A title's link to an unknown site is its project page (a code URL): these are the paper or a talk."""
    assert url_kind(url) == kind


def test_evaluate_on_predictions_that_share_no_report_with_the_gold_exits_2(tmp_path, capsys):
    """It printed zeros and exited 0."""
    import json

    from tripmine.cli import main

    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.json").write_text(json.dumps({"papers": [], "people": [], "urls": [], "topics": []}))
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"report": "other.txt", "papers": [], "people": [], "urls": [], "topics": []}) + "\n")
    assert main(["evaluate", str(pred), str(gold)]) == 2
    err = capsys.readouterr().err
    assert "none of the 1 predicted reports has a gold file" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("url, anchor, kind", [
    ("https://www.widgetlab.org/publications/metawidget/", "Project", "site"),   # the lab's page of the paper
    ("https://www.widgetlab.org/publications/metawidget/", "", "paper"),
    ("https://arxiv.org/abs/2606.00001", "Project", "paper"),                    # a paper host stays one
    ("https://www.widgetlab.org/papers/metawidget.pdf", "Website", "paper"),     # so does a PDF
])
def test_a_project_label_outweighs_a_publication_path(url, anchor, kind):
    from extract.mentions.links import link_kind

    assert link_kind(url, anchor) == kind


@pytest.mark.parametrize("url, kind", [
    ("https://virtual.2031.widgetconf.org/paper_main.2179.html", "paper"),     # a virtual conference's page of a paper
    ("https://neurips.cc/virtual/2031/public/poster_1fd09c5f59a8ff35d499c0ee25a1d47e.html", "paper"),
    ("https://iclr.cc/virtual_2031/poster_B1xm3RVtwB.html", "paper"),
    ("https://nips.cc/virtual/2031/public/tutorial_0f190e6e164eafe66f011073b4486975.html", "event"),
    ("https://neurips.cc/virtual/2031/public/invited_16167.html", "event"),   # an invited talk's page
    ("http://portal.acm.org/citation.cfm?id=9999999", "paper"),    # the ACM library's old address
])
def test_pages_of_papers_on_virtual_conference_sites(url, kind):
    from extract.mentions.links import is_talk_page, link_kind

    assert link_kind(url) == kind
    assert is_talk_page(url) == ("tutorial_" in url or "invited_" in url)


def test_a_title_linked_to_an_invited_talks_page_is_no_paper(nlp):
    """"(From Souza's [Title](https://neurips.cc/virtual/2031/public/invited_16167.html))": an invited talk's title."""
    text = ("## New Directions\n\n(From Souza's [The Widget Bottleneck: A Lesson from Gizmos]"
            "(https://neurips.cc/virtual/2031/public/invited_16167.html))\n\nThe conference included a number of more "
            "abstract discussions about the future direction of widgets.\n")
    assert extract_text(text, nlp, "r.md").papers == []
