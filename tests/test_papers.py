"""Paper-title layouts real reports use, on small hand-written fixtures."""
import re

import pytest

from extract.extraction import extract_text


def titles(nlp, text):
    return {p.title: p for p in extract_text(text, nlp).papers}


def _units(text):
    from extract.text.structure import parse_structure
    from extract.text.units import build_units

    return build_units(text, parse_structure(text))


def _candidate(text, unit, labels, p_title, confidence=None):
    """The record candidate of a unit labelled as the segmenter would (labels and title probabilities given)."""
    from extract.mentions.records import candidate_from_segment
    from extract.mentions.segmenter import Segment

    return candidate_from_segment(text, Segment(unit, labels, confidence or [0.9] * len(labels), p_title))


@pytest.mark.parametrize(
    "text, title, authors",
    [
        ("Intro.\n\nSparse Kernel Machines for Graph Data – Ada Lovelace, Alan M. Turing\n\nThis paper shows things.\n",
         "Sparse Kernel Machines for Graph Data", ["Ada Lovelace", "Alan M. Turing"]),
        ("Intro.\n\nFast Rates for Bandit Feedback–Grace Hopper, Kurt van der Berg\n\nIt works.\n",
         "Fast Rates for Bandit Feedback", ["Grace Hopper", "Kurt van der Berg"]),
        ("Intro.\n\n(ii) Learning Sparse Codes with Deep Priors\n\nAuthors: Ada Lovelace, Alan Turing\n\nText here.\n",
         "Learning Sparse Codes with Deep Priors", ["Ada Lovelace", "Alan Turing"]),
        ("Blog Track\n\nWhy Attention Is Hard to Train (Invited Post)\n\n12 Apr 2023 | attention optimization Lovelace, Ada; Turing, Alan (Univ. of Manchester)\n\nTeaser text.\n",
            "Why Attention Is Hard to Train", ["Ada Lovelace", "Alan Turing"]),
        ("Proposed in\n\n   ▶  Ada Lovelace, Alan Turing (NeurIPS, 2020) Graph Rewiring: A Simple Fix for Oversquashing\n\nMore.\n",
         "Graph Rewiring: A Simple Fix for Oversquashing", ["Ada Lovelace", "Alan Turing"]),
    ],
)
def test_line_layouts(nlp, text, title, authors):
    found = titles(nlp, text)
    assert title in found
    assert found[title].authors == authors


@pytest.mark.parametrize(
    "text, title",
    [
        ("However, in their Sparse Graph Kernels paper, **Lovelace** and **Hopper** argued that it works.", "Sparse Graph Kernels"),
        ("Lovelace and colleagues presented another work in the same track called Kernel Tricks Revisited: Are Features All You Need? It was good.", "Kernel Tricks Revisited: Are Features All You Need?"),
        ("Meanwhile, Stochastic Weight Folding (SWF), a new work presented by Ada Lovelace and Alan Turing, was fun.", "Stochastic Weight Folding"),
        ("A recent approach would be “Texture Transfer Using Wavelets” (Hopper et al. 2015).", "Texture Transfer Using Wavelets"),
        ("In this post, we discuss Learning Graph Structure with Neural Relational Inference (Kipf et al. 2018), published at ICML.", "Learning Graph Structure with Neural Relational Inference"),
        ("In Stochastic depth helps very deep networks generalize, the authors studied dropout of layers.", "Stochastic depth helps very deep networks generalize"),
        ("We describe the paper 'Emergent Grammar through Binding in Neural Memory', which is nice.", "Emergent Grammar through Binding in Neural Memory"),
        # A sentence-case subtitle runs to the question mark that ends the line.
        ("**Lovelace** and colleagues presented another work in the same track called The Vanishing Kernels Problem: If kernels are the answer, then what is the question?\n",
         "The Vanishing Kernels Problem: If kernels are the answer, then what is the question?"),
        # Each pattern is run only around its anchor word: these reach back from it ("paper", "called").
        ("We liked it. Scaling Sparse Widgets Quickly is a great paper that everyone should read.", "Scaling Sparse Widgets Quickly"),
        ("Of the posters, the one called Widget Folding for Sparse Kernels stood out.", "Widget Folding for Sparse Kernels"),
        ("The best was a talk on Sparse Widget Kernels Revisited by Ada Lovelace and her group.", "Sparse Widget Kernels Revisited"),
        # A Title Case phrase after "poster:" up to a comma; one right before the links a paper has.
        ("We queued for an hour. My favourite poster: Sparse Widget Kernels for Gizmos, from Ada Lovelace and Alan Turing.", "Sparse Widget Kernels for Gizmos"),
        ("We queued for an hour. Check out Sparse Widget Kernels for Gizmos ([paper](https://arxiv.org/abs/2601.00001), [code](https://github.com/al/swk)).",
         "Sparse Widget Kernels for Gizmos"),
    ],
)
def test_prose_layouts(nlp, text, title):
    assert title in titles(nlp, text)


def test_a_paper_from_a_place_is_no_paper_of_that_name(nlp):
    """A real EMNLP 2022 note: "A paper from <city> and <city> introduces a recipe ..." gave a paper named after the two
    cities. After "paper", "from" tells where the paper comes from, not what it is called."""
    text = ("### [Widget Tuning for Gizmos](https://aclanthology.org/2031.wid-main.1)\n\n"
            "A paper from Springfield and Shelbyville introduces a recipe for widgets. Another paper from Gizmo University shows more.\n")
    assert [p.title for p in extract_text(text, nlp).papers] == ["Widget Tuning for Gizmos"]


@pytest.mark.parametrize(
    "text, found",
    [
        # A full name, a verb of presenting, a Title Case phrase up to the clause's punctuation: the name is its
        # author, though the sentence opens with other capitalised words ("On Tuesday, ...").
        ("On Tuesday, Ada Lovelace presented Sparse Widget Kernels for Gizmos, which fold widgets. It was fun.\n",
         {"Sparse Widget Kernels for Gizmos": ["Ada Lovelace"]}),
        # "poster:" and a Title Case phrase up to a comma, "from" and the names after it.
        ("We queued for an hour. My favourite poster: Sparse Widget Kernels for Gizmos, from Ana Souza and Ben Park at Widget University.\n",
         {"Sparse Widget Kernels for Gizmos": ["Ana Souza", "Ben Park"]}),
        # A surname and "et al." before the verb; "the X paper by A and B" (the names are no second title).
        ("Then Quillane et al. introduced Sparse Widget Kernels for Gizmos, which fold widgets. It was fun.\n",
         {"Sparse Widget Kernels for Gizmos": ["Quillane"]}),
        ("It was crowded. The Sparse Widget Kernels for Gizmos paper by Ana Souza and Ben Park was great.\n",
         {"Sparse Widget Kernels for Gizmos": ["Ana Souza", "Ben Park"]}),
        # The clause's subject after a quoted title: "In “X”, Souza and Quillane show ..."; not "In “X”, Figure 2 shows".
        ("It was crowded. In \u201cSparse Widget Kernels for Gizmos\u201d, Souza and Quillane show that widgets fold.\n",
         {"Sparse Widget Kernels for Gizmos": ["Souza", "Quillane"]}),
        ("It was crowded. In \u201cSparse Widget Kernels for Gizmos\u201d, Figure Two shows that widgets fold.\n",
         {"Sparse Widget Kernels for Gizmos": []}),
        # Not a person and a phrase of two words, nor a Title Case phrase that the sentence goes on after.
        ("Then Ada Lovelace introduced Alan Turing, who spoke about kernels. It was fun.\n", {}),
        ("Later Ada Lovelace showed New York Times headlines about kernels. It was fun.\n", {}),
    ],
)
def test_a_title_a_named_person_presented_in_a_sentence(nlp, text, found):
    assert {t: p.authors for t, p in titles(nlp, text).items()} == found


def test_prose_authors_from_bold_and_presented_by(nlp):
    found = titles(nlp, "However, in their Sparse Graph Kernels paper, **Lovelace**, **Babbage**, and **Hopper** argued it.")
    assert found["Sparse Graph Kernels"].authors == ["Lovelace", "Babbage", "Hopper"]
    found = titles(nlp, "Then, Stochastic Weight Folding (SWF), a new work presented by **Ada Lovelace** and **Alan Turing**, won.")
    assert found["Stochastic Weight Folding"].authors == ["Ada Lovelace", "Alan Turing"]
    assert found["Stochastic Weight Folding"].aliases == ["SWF"]


def test_session_headings_are_papers_but_area_and_tutorial_headings_are_not(nlp):
    text = (
        "Day 1 - Tutorials\n\nInterpretable Machine Learning\n\nA long tutorial about many things.\n\n"
        "Day 2 - Conference\n\nSession 1 - Deep Generative Models\n\nPixel Recursive Super Resolution\n\n"
        "They upsample images. Code: https://github.com/example/prsr\n\n"
        "Reinforcement Learning\n\nSome text on RL.\n\nWhy are we talking about this?\n\nMore text.\n"
    )
    found = titles(nlp, text)
    assert "Pixel Recursive Super Resolution" in found
    assert found["Pixel Recursive Super Resolution"].code_urls == ["https://github.com/example/prsr"]
    for not_paper in ("Interpretable Machine Learning", "Reinforcement Learning", "Session 1 - Deep Generative Models",
                      "Day 2 - Conference", "Why are we talking about this?"):
        assert not_paper not in found


def test_area_heading_above_title_author_lines_is_not_a_paper(nlp):
    text = ("Generative Adversarial Networks (GANs)\n\nGAIN: Imputing Data with Adversarial Nets – Ada Lovelace, Alan Turing\n\n"
            "This paper presents a method.\n\nTheory and Optimization\n\nMore text.\n")
    found = titles(nlp, text)
    assert list(found) == ["GAIN: Imputing Data with Adversarial Nets"]


def test_a_title_made_of_area_words_is_a_paper_with_its_venue_after_it(nlp):
    """"* Learning Generative Adversarial Networks for Graphs. ICML 2031": words an area heading could be made of, but
    the venue and year after them make the item a reference, as its siblings are."""
    text = ("**Papers I starred:**\n\n* Gizmo Flows Without Labels. ICML 2031\n"
            "* Learning Generative Adversarial Networks for Graphs. ICML 2031\n* Widget Transport for Sparse Tables. ICML 2031\n")
    assert sorted(titles(nlp, text)) == ["Gizmo Flows Without Labels", "Learning Generative Adversarial Networks for Graphs",
                                         "Widget Transport for Sparse Tables"]


def test_variants_and_acronyms_merge_within_a_report(nlp):
    text = ("Meanwhile, Stochastic Weight Folding (SWF), a new work presented by Ada Lovelace, was fun.\n\n"
            "The SWF paper (discussed above) is one such example.\n")
    ex = extract_text(text, nlp)
    assert [p.title for p in ex.papers] == ["Stochastic Weight Folding"]
    assert {m.rule for m in ex.papers[0].mentions} >= {"alias"}


@pytest.mark.xfail(reason="known miss of the learned segmenter: a sentence-case two-item reading list with venues", strict=False)
def test_reading_list_items_are_papers(nlp):
    text = ("Papers for further reading:\n\n  1. Exponential expressivity in deep networks through chaos, NIPS 2016.\n"
            "  2. Deep information propagation, ICLR 2017.\n\nOverall a good talk.\n")
    found = titles(nlp, text)
    assert "Exponential expressivity in deep networks through chaos" in found
    assert "Deep information propagation" in found


def test_mention_offsets_slice_back(nlp):
    text = "Intro.\n\nSparse Kernel Machines for Graph Data – Ada Lovelace, Alan Turing\n\n“Texture Transfer Using Wavelets” (Hopper et al. 2015).\n"
    ex = extract_text(text, nlp)
    for p in ex.papers:
        for m in p.mentions + p.author_mentions:
            assert text[m.start:m.end] == m.text


# Layouts found in reports from other conferences than the seeds (hand-written, invented titles).
AWARDS_AND_LISTS = """CVPR Trip Report

Day 2 - Main conference

Best paper: Learning Sparse Solvers for Hard Geometry Problems
Authors: Ada Lovelace, Grace Hopper, Alan Turing
A very elegant mix of algebraic geometry and learning.

Best student paper: Pose-Net: Probabilistic Perspective Points for Object Pose Estimation
Authors: Kurt van der Berg, Emmy Noether
Code: https://github.com/example/pose-net

## Papers I liked

- [Direct Reward Fitting: Your Policy Is Secretly a Critic](https://arxiv.org/abs/0000.00001) — Ada Lovelace, Christopher D. Manning, Chelsea Finn. Skip the reward model entirely.
- QuantLoRA: Efficient Finetuning of Quantized Transformers (Tim Dettmers, Grace Hopper, Luke Zettlemoyer). Code: https://github.com/example/qlora
- Toolcraft: Language Models Can Teach Themselves to Use Tools, by Timo Schick et al. Very clean idea.
- *Forest of Thoughts: Deliberate Problem Solving with Language Models* — Shunyu Yao, Thomas L. Griffiths [github.com/example/forest]

## Invited talks

Ada Lovelace gave a keynote on data quality.
"""


def test_award_labels_list_items_and_context_headings(nlp):
    found = titles(nlp, AWARDS_AND_LISTS)
    assert found["Learning Sparse Solvers for Hard Geometry Problems"].authors == ["Ada Lovelace", "Grace Hopper", "Alan Turing"]
    assert found["Pose-Net: Probabilistic Perspective Points for Object Pose Estimation"].authors == ["Kurt van der Berg", "Emmy Noether"]
    assert found["Direct Reward Fitting: Your Policy Is Secretly a Critic"].authors == ["Ada Lovelace", "Christopher D. Manning", "Chelsea Finn"]
    assert found["QuantLoRA: Efficient Finetuning of Quantized Transformers"].authors == ["Tim Dettmers", "Grace Hopper", "Luke Zettlemoyer"]
    assert found["Toolcraft: Language Models Can Teach Themselves to Use Tools"].authors == ["Timo Schick"]
    assert found["Forest of Thoughts: Deliberate Problem Solving with Language Models"].authors == ["Shunyu Yao", "Thomas L. Griffiths"]
    # Headings and description lines are not papers; the "Best paper:" label is not part of a title.
    assert not {"Day 2 - Main conference", "Papers I liked", "Invited talks"} & set(found)
    assert not [t for t in found if t.startswith(("Best", "A very elegant"))]


def test_emphasised_titles_in_prose_take_the_names_after_them(nlp):
    text = ("The outstanding paper awards went to **Are Emergent Skills of Large Models a Mirage?** by Rylan Schaeffer, "
            "Brando Miranda and Sanmi Koyejo, and to *Privacy Auditing with One (1) Training Run* (Thomas Steinke, "
            "Milad Nasr). The test of time award went to \"Distributed Representations of Words and Phrases\" (NeurIPS 2013).\n")
    ex = extract_text(text, nlp)
    found = {p.title: p.authors for p in ex.papers}
    assert found["Are Emergent Skills of Large Models a Mirage?"] == ["Rylan Schaeffer", "Brando Miranda", "Sanmi Koyejo"]
    assert found["Privacy Auditing with One (1) Training Run"] == ["Thomas Steinke", "Milad Nasr"]
    assert found["Distributed Representations of Words and Phrases"] == []   # a venue-year is not a citation
    assert "NeurIPS" not in ex.people


def test_a_title_with_by_inside_is_not_cut_at_by(nlp):
    found = titles(nlp, "Reading list:\n\n- Online Attention by Enforcing Monotonic Alignments\n- Deep Sets for Point Clouds\n")
    assert "Online Attention by Enforcing Monotonic Alignments" in found


@pytest.mark.parametrize("line, title, authors", [
    # "by" and capitalised dictionary words the segmenter read as a name: the title goes on.
    ("Fast Decoding and Sparse Memory by Enforcing Local Alignments", "Fast Decoding and Sparse Memory by Enforcing Local Alignments", []),
    # "by" and a name: the title ends there.
    ("Fast Decoding and Sparse Memory by Grace Hopper", "Fast Decoding and Sparse Memory", ["Grace Hopper"]),
])
def test_words_after_by_that_are_no_name_continue_the_title(line, title, authors):
    """The segmenter's labels as it gave them for a seed report's line ("... Attention by Enforcing
    Monotonic Alignments": the words before "by" doubtful, the words after it a name)."""
    text = f"Notes.\n\n{line}\n\nNo idea what this is about.\n"
    unit = next(u for u in _units(text) if u.tokens[0].text == "Fast")
    by = next(i for i, t in enumerate(unit.tokens) if t.text == "by")
    on_line = [t.line == 0 for t in unit.tokens]
    labels = ["O" if i <= by or not on_line[i] else "A" for i in range(len(unit.tokens))]
    p_title = [0.39 if i <= by else 0.38 if on_line[i] else 0.0 for i in range(len(unit.tokens))]
    confidence = [0.61 if i <= by else 0.6 if on_line[i] else 0.99 for i in range(len(unit.tokens))]
    cand = _candidate(text, unit, labels, p_title, confidence)
    assert cand is not None and cand.title == title
    assert [a for a, _, _ in cand.authors] == authors
    assert cand.score > 0.9 if not authors else cand.score < 0.5


def test_a_title_line_over_a_line_of_names_and_an_et_al_without_year(nlp):
    text = ("My highlights.\n\n2. Intrinsic Dimension Explains Why Fine-Tuning Works\nArmen Aghajanyan, Sonal Gupta, Luke Zettlemoyer\n"
            "Fine-tuning works because the task's intrinsic dimension is low.\n\n"
            "1. \"Vocabulary Learning via Optimal Transport for Translation\" (Xu et al.) won the best paper award.\n")
    found = titles(nlp, text)
    assert found["Intrinsic Dimension Explains Why Fine-Tuning Works"].authors == ["Armen Aghajanyan", "Sonal Gupta", "Luke Zettlemoyer"]
    assert found["Vocabulary Learning via Optimal Transport for Translation"].authors == ["Xu"]


def test_extraction_in_concurrent_threads_matches_one_thread(nlp):
    """The `threads` task runner extracts batches at once; a shared CRF tagger mixed their units up
    (a report in a CI run came back with another's labels, or failed)."""
    from concurrent.futures import ThreadPoolExecutor

    texts = [AWARDS_AND_LISTS.replace("Day 2", f"Day {i}") for i in range(12)]
    alone = [[(p.title, p.authors) for p in extract_text(t, nlp).papers] for t in texts]
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(lambda t: [(p.title, p.authors) for p in extract_text(t, nlp).papers], texts))
    assert together == alone


def test_a_sentence_case_title_linked_to_its_paper_inside_a_long_sentence(nlp):
    text = ("Gaussian processes were everywhere this year, and several posters caught my eye while I walked "
            "through the hall on the second afternoon. One eye-catching poster was [Learning sparse kernels for "
            "graph data with message passing](https://arxiv.org/abs/1234.56789), which combined both ideas in a "
            "neat way. Another was [presented by a friend](https://arxiv.org/abs/1234.00001) but I forgot its name.\n")
    found = titles(nlp, text)
    assert "Learning sparse kernels for graph data with message passing" in found
    assert "presented by a friend" not in found


def test_quoted_strings_of_a_style_sheet_are_no_titles(nlp):
    text = ("# My WidgetConf 2031 map\n\n<style>\n.tm-app { font-family:\"Source Serif Pro Four\",Georgia,\"Times New Roman Bold\",serif; }\n"
            "</style>\n<script>var t = \"Widget Nets for Gizmo Parsing\";</script>\n\nWe liked \u201cSparse Gizmo Attention at Scale\u201d a lot.\n")
    assert set(titles(nlp, text)) == {"Sparse Gizmo Attention at Scale"}


def test_a_quoted_slogan_on_a_shirt_is_not_a_paper(nlp):
    text = ("Generative models are still hot, and not just because a famous researcher was seen walking around "
            "the convention center in a “Yes, We Compile Everything!” t-shirt the whole afternoon.\n")
    assert titles(nlp, text) == {}


FILLER = ("We spent most of the afternoon walking between the poster halls, talking to people about their "
          "experiments and drinking far too much coffee, and in the middle of all that ")


@pytest.mark.parametrize(
    "text, title, authors",
    [
        # Three or four Title Case words linked to a paper are a title, though they have a name's shape.
        (FILLER + "we saw [Sparse Lantern Field Equations](https://openreview.net/forum?id=abc123), which was fun to discuss.",
         "Sparse Lantern Field Equations", []),
        # Two such words linked to a paper page too.
        (FILLER + "the [Differentiable Lanterns](https://openreview.net/forum?id=xyz789) presentation was clearest.",
         "Differentiable Lanterns", []),
        # "authored by A and B, titled X": the names come before the title in the sentence.
        (FILLER + "our second paper, authored by Quill Brandt and Mira Solvik, titled "
         "“[Sparse Lanterns for Graph Sampling](https://arxiv.org/abs/2101.00001)”, was presented on Tuesday.",
         "Sparse Lanterns for Graph Sampling", ["Quill Brandt", "Mira Solvik"]),
        # "A's work on X": a possessive name right before the title.
        (FILLER + "a nice exception was Odile Marchetti's work on [Fast Kernel Lanterns for Sequence Models]"
         "(https://openreview.net/forum?id=q1), an implementation of an older idea.",
         "Fast Kernel Lanterns for Sequence Models", ["Odile Marchetti"]),
        # "In [*X*](url) Surname et al. show ...": the sentence's subject right after the italic linked title.
        ("3. In [*Query Lanterns with Locally-Trained Widget Embeddings*](https://example.org/P16-1035.pdf) Quillane et al. "
         "show that in the ad hoc retrieval setting, drawing terms from globally trained embeddings performs worse. " + FILLER + "more.",
         "Query Lanterns with Locally-Trained Widget Embeddings", ["Quillane"]),
        # A bold term in the title's sentence is no name: "explores a novel task: **Visual Puzzle Generation**".
        ("12. [*Generating Natural Widgets About a Lantern*](https://example.org/P16-1170.pdf) is another paper that explores a "
         "novel task: **Visual Puzzle Generation** (VPG). " + FILLER + "more.",
         "Generating Natural Widgets About a Lantern", []),
    ],
)
def test_linked_titles_in_prose_and_their_authors(nlp, text, title, authors):
    found = titles(nlp, text)
    assert title in found, list(found)
    assert found[title].authors == authors


def test_a_person_linked_to_their_page_is_not_a_paper(nlp):
    text = FILLER + "we met [Ada Lovelace](https://example.org/~ada) and [Kurt van der Berg](https://example.org/kurt) at lunch."
    assert not titles(nlp, text)


def test_names_linked_to_their_pages_after_authored_by_are_the_authors(nlp):
    """Single first names that are also English words ("Tuan", "Darryl") count when each is a link
    anchor in an "authored by" list; the title linked to its repository gets that link as code."""
    text = (FILLER + "one of those was a demo, titled “[Widget-AB: An Open Framework for Lantern Testing]"
            "(https://github.com/example/widget-ab)“, which featured testing with the [Widget](https://github.com/example/widget) "
            "library, authored by [Darryl](https://example.org/darryl), [Tuan](https://example.org/tuan), and "
            "[Quill](https://example.org/quill).\n")
    paper = titles(nlp, text)["Widget-AB: An Open Framework for Lantern Testing"]
    assert paper.authors == ["Darryl", "Tuan", "Quill"]
    assert paper.code_urls == ["https://github.com/example/widget-ab"]


@pytest.mark.parametrize("head, title", [
    # the segmenter's labels as it gave them for a heading of a reader's NAACL 2019 notes: the model's coined name, a
    # symbol in it, read as an author before the colon; it heads the title
    ("SEQˆ3", "SEQˆ3: Differentiable Widget Autoencoder for Unsupervised Gizmo Compression"),
    ("Widget2Gizmo", "Widget2Gizmo: Differentiable Widget Autoencoder for Unsupervised Gizmo Compression"),
])
def test_a_coined_name_read_as_an_author_before_the_colon_heads_the_title(head, title):
    text = f"Notes.\n\n##### {head}: Differentiable Widget Autoencoder for Unsupervised Gizmo Compression\n\nIt works.\n"
    unit = next(u for u in _units(text) if u.tokens[0].text == head)
    labels = ["A" if i == 0 else "O" if i == 1 else "T" for i in range(len(unit.tokens))]
    cand = _candidate(text, unit, labels, [0.9 if label == "T" else 0.0 for label in labels])
    assert cand is not None and cand.title == title


@pytest.mark.parametrize("p_line, field, title", [
    (0.22, "Authors: ", "The Marginal Cost of Sparse Updates in Graph Learning"),   # doubted: still weighed by the judge
    (0.22, "", "The Marginal Cost of Sparse Updates in Graph Learning"),
    (0.05, "", None),                                                    # not considered a title at all ...
    (0.05, "Authors: ", "The Marginal Cost of Sparse Updates in Graph Learning"),   # ... unless an author field names its authors
])
def test_a_doubted_title_line_over_an_authors_line_is_a_candidate(p_line, field, title):
    """The segmenter's labels as it gave them for a seed report's "(i) Title" over "Authors: A, B":
    every word of the title line "other", with a title probability just under the cut."""
    text = f"Notes.\n\n(i) The Marginal Cost of Sparse Updates in Graph Learning\n\n{field}Ada Lovelace, Alan Turing\n\nIt works.\n"
    unit = next(u for u in _units(text) if u.tokens[1].text == "i")
    names = {"Ada", "Lovelace", "Alan", "Turing"}
    labels = ["A" if t.text in names else "S" if t.text == "," and t.line == 1 else "O" for t in unit.tokens]
    p_title = [p_line if t.line == 0 and i > 2 else 0.0 for i, t in enumerate(unit.tokens)]
    cand = _candidate(text, unit, labels, p_title)
    assert (cand.title if cand else None) == title
    if cand:
        assert [a for a, _, _ in cand.authors] == ["Ada Lovelace", "Alan Turing"]


@pytest.mark.parametrize("text, title, found", [
    # A quoted title on a line of its own that the judge turns down as a record: the quote's cue decides.
    ("## Sparse Things\n##### by Ada Lovelace\nI noted down this one, available as a paper [here](https://doi.org/10.1/x):\n"
     ">\"Marine Kernel Segmentation and Tracking by Learning Graph Radar Images for Autonomous Surface Robots\". "
     "The title says it all.\n", "Marine Kernel Segmentation and Tracking by Learning Graph Radar Images for Autonomous Surface Robots", True),
    # "Social", "Opening", "Closing" open real titles; alone they are programme labels.
    ("## Other papers\n\n- [Social Kernel Retrieval](https://example.org/pubs/skr.pdf)\n- [Deep Sets for Point Clouds](https://example.org/pubs/ds.pdf)\n",
     "Social Kernel Retrieval", True),
    ("## Day 1\n\n- Opening remarks\n- [Deep Sets for Point Clouds](https://example.org/pubs/ds.pdf)\n", "Opening remarks", False),
    # A quoted workshop name: "among the workshops" is a cue against it, plural or not.
    ("## Graph Learning for Oceans\n\nAmong the workshops, this year's \"Graph Learning for Oceans and Lakes\" was great.\n",
     "Graph Learning for Oceans and Lakes", False),
    # An image's alt text in raw HTML is an attribute, not a quotation.
    ("We were at the conference.\n\n<center>\n<img src=\"/img/poster.png\" alt=\"Can I Put This Widget on My CV?\" width=\"70%\" />\n</center>\n",
     "Can I Put This Widget on My CV?", False),
])
def test_quoted_titles_labels_and_workshop_names(nlp, text, title, found):
    assert (title in titles(nlp, text)) is found


def test_a_sentence_case_title_in_the_layout_of_its_title_case_neighbours_is_a_paper(nlp):
    """Reports repeat one layout for their papers; the judge's layout signature does not depend on
    the case a title is written in."""
    records = [("Sparse Kernel Machines for Graph Data", "Lovelace, Ada; Turing, Alan"),
               ("Deep Sets for Point Cloud Segmentation", "Hopper, Grace; Liskov, Barbara"),
               ("Fast Rates for Bandit Feedback Loops", "Knuth, Donald; Lamport, Leslie"),
               ("Learning Sparse Codes with Deep Priors", "Milner, Robin; Hoare, Tony"),
               ("Graph Rewiring for Molecular Property Prediction", "Dijkstra, Edsger; Wirth, Niklaus"),
               ("Stable Training of Implicit Neural Fields", "Backus, John; Iverson, Kenneth"),
               ("Causal Discovery from Streaming Sensor Data", "Allen, Frances; Goldwasser, Shafi"),
               ("Kernel geometry meets graphs, a spectral learning perspective", "Hamming, Richard; Shannon, Claude")]
    text = "My notes.\n\n" + "".join(f"{t}\n\n25 Mar 2022 | notes {a}\n\n\n" for t, a in records)
    found = titles(nlp, text)
    assert "Kernel geometry meets graphs, a spectral learning perspective" in found
    assert found["Kernel geometry meets graphs, a spectral learning perspective"].authors == ["Richard Hamming", "Claude Shannon"]


def test_a_bold_title_in_prose_with_a_paper_label_link_after_it_is_a_paper(nlp):
    """"**Title** ([Paper](…))" inside a sentence: the label link right after the phrase points at
    its paper."""
    text = ("An amazing session on technical art in game production, especially the first one "
            "**Technical Art of Floating Islands** ([Paper](https://example.org/pubs/a46-islands.pdf)), which showed "
            "how the team built their water shaders and the sky for a whole open world.\n")
    assert "Technical Art of Floating Islands" in titles(nlp, text)


@pytest.mark.parametrize("second_line, title", [
    # A title hard-wrapped before a word titles go on with: one title, not a title and a fragment.
    ("for Robust Toy Estimation. [Paper](https://arxiv.org/abs/1234.56789)",
     "Learning Sparse Widgets as Gradient Flows for Robust Toy Estimation"),
    ("via Spectral Gizmo Priors", "Learning Sparse Widgets as Gradient Flows via Spectral Gizmo Priors"),
    # Where it appeared, a byline or a sentence is not more title.
    ("in Proceedings of NeurIPS 2019", "Learning Sparse Widgets as Gradient Flows"),
    ("with Ada Lovelace and Grace Hopper", "Learning Sparse Widgets as Gradient Flows"),
    ("for the second time this year, they said.", "Learning Sparse Widgets as Gradient Flows"),
])
def test_a_title_wrapped_onto_the_next_line(nlp, second_line, title):
    text = (f"## Papers\n\n* Learning Sparse Widgets as Gradient Flows\n{second_line}\n\n"
            "* Dense Gizmo Matching with Spectral Priors. [Paper](https://arxiv.org/abs/1234.56780)\n")
    found = titles(nlp, text)
    assert title in found
    assert not any(t.lower().startswith(second_line.split()[0] + " ") for t in found)


@pytest.mark.parametrize("line, title", [
    ("Learned Widgets that Scale and Generalize", "Learned Widgets that Scale and Generalize"),
    ("Real-Time Adaptive Gizmo Compression", "Real-Time Adaptive Gizmo Compression"),
    ("Learning to sort widgets by gradient descent", None),       # sentence case: the segmenter's call
    ("We liked the widget talks a lot.", None),                   # a sentence
    ("Widgets", None),                                            # one word
    ("Code: [Widget Toolkit](https://example.org/widgets)", None),  # a link line
    # a numbered heading (its number no part of the title), and a venue's name inside a title
    ("## 5. WidgetE: Reasoning on Gizmo Graphs via Widget-based Networks", "WidgetE: Reasoning on Gizmo Graphs via Widget-based Networks"),
    ("## 186. From Variability to Stability: Advancing RecSys Widget Practices",
     "From Variability to Stability: Advancing RecSys Widget Practices"),
    ("Gizmo Benchmarks at RecSys", None),                             # a venue ends it: a record's line, not a bare title
])
def test_a_doubted_title_case_line_of_its_own_is_a_candidate(line, title):
    """A plain Title Case line over a paragraph of notes that the segmenter doubted (every word
    "other", title probability near zero) still goes to the judge, with a low title score."""
    from extract.mentions.records import DASH_TITLE_CONFIDENCE

    text = f"Session 2 - Optimisation\n\n{line}\n\nThe speaker showed results on three toy tasks and it went well.\n"
    unit = next(u for u in _units(text) if text.index(line) <= u.tokens[0].start < text.index(line) + len(line))
    labels = ["V" if t.text == "RecSys" else "O" for t in unit.tokens]
    cand = _candidate(text, unit, labels, [0.01] * len(labels))
    assert (cand.title if cand else None) == title
    if cand:
        assert cand.score == DASH_TITLE_CONFIDENCE


def test_a_doubted_item_of_a_list_of_papers_is_a_paper(nlp):
    """Three items of a numbered list are papers; a fourth in sentence case, with a publication
    status instead of a venue, is one too; a note in the same list is not."""
    text = ("Some notes from the conference.\n\nPapers for further reading:\n\n"
            "  1. Sparse Widget Networks for Gizmo Recognition, NIPS 2016.\n"
            "  2. On the Expressive Power of Toy Models, ICML 2017.\n"
            "  3. Exact Solutions to the Dynamics of Learning in Gizmo Networks, ICLR 2014.\n"
            "  4. Investigating the learning dynamics of toy widget networks using random matrix theory, under review.\n"
            "  5. Slides are online and they were great.\n\n"
            "The rest of the day was spent in the hallway.\n")
    found = titles(nlp, text)
    assert "Investigating the learning dynamics of toy widget networks using random matrix theory" in found
    assert len(found) == 4


@pytest.mark.parametrize("raw, title", [
    ("Investigating Toy Widgets with Matrix Theory, under review.", "Investigating Toy Widgets with Matrix Theory"),
    ("Toy Widgets for Gizmos (to appear)", "Toy Widgets for Gizmos"),
    ("Peer Review Under Review Systems", "Peer Review Under Review Systems"),   # words of the title
    # A reference list's entry goes on after its title with where it appeared.
    ("Tokenizer-Free Widgets at Scale. arXiv preprint arXiv:2501.01234.", "Tokenizer-Free Widgets at Scale"),
    ("Are Widgets All You Need? arXiv:2101.00001v2", "Are Widgets All You Need?"),
    ("Sparse Widgets. CoRR abs/1234.5678", "Sparse Widgets"),
    ("Sparse Widgets. In Proceedings of the 61st Annual Meeting of the ACL, pages 1-12.", "Sparse Widgets"),
    ("Why Widgets? In Findings of EMNLP 2024.", "Why Widgets?"),
    # An award's label before the title, a byline's cue after it.
    ("Outstanding Paper: Scaling Widget Models with Mixture of Depths", "Scaling Widget Models with Mixture of Depths"),
    ("Test of Time Award: Sequence to Sequence Widgets", "Sequence to Sequence Widgets"),
    ("Best Paper Honorable Mention – Widgets Are All You Need", "Widgets Are All You Need"),
    ("Best Widgets: A Survey", "Best Widgets: A Survey"),   # no award word: the title's own head
    ("Widget-LM: Open Language Models for Widgets. Authors", "Widget-LM: Open Language Models for Widgets"),
    ("Talking to Authors", "Talking to Authors"),   # no stop before it: a word of the title
    ("Widget Editing at Scale | Authors", "Widget Editing at Scale"),
    # Symbols and the words of another script before an English title, a full-width bracket after it.
    ("📄 Widget Diffusion Transformers", "Widget Diffusion Transformers"),
    ("另一篇有意思的论文：Sparse Mixture of Widget Experts（", "Sparse Mixture of Widget Experts"),
    ("Élan: Widgets in Motion", "Élan: Widgets in Motion"),
    ("(Re)thinking Widgets", "(Re)thinking Widgets"),
    ("[Spotlight] Contrastive Widget Pretraining", "Contrastive Widget Pretraining"),
    ("Spotlight] Contrastive Widget Pretraining", "Contrastive Widget Pretraining"),   # a run begun inside the tag
    ("Widgets (and Gizmos) at Scale", "Widgets (and Gizmos) at Scale"),
    ("o Gizmo Coreference at Document Scale -", "Gizmo Coreference at Document Scale"),   # a bullet, a dash of "--"
    ("10:00 – Gizmo Priors in Protein Design", "Gizmo Priors in Protein Design"),
    ("1:1 Widget Matching", "1:1 Widget Matching"),
    ("o3 Widgets Reason", "o3 Widgets Reason"),
    ("Widget Learning In Advances", "Widget Learning In Advances"),   # no full stop: words of the title
    ("Widget Attention Is Low Rank. arXiv:2601.00001, 2026", "Widget Attention Is Low Rank"),
    # The venue and year in a bracket after the title, its end perhaps left out; other brackets stay.
    ("Widget Memory Layers for Long Context (COLM 2026", "Widget Memory Layers for Long Context"),
    ("Widget Sampling (NeurIPS 2025 Oral)", "Widget Sampling"),
    ("Deep Widgets (Part 2)", "Deep Widgets (Part 2)"),
    ("GPT (Generative Pretrained Transformer)", "GPT (Generative Pretrained Transformer)"),
    # A Chinese or Japanese closing title mark whose opening mark was a lead, and what follows it.
    ("Widget Prompting for Reading Comprehension」（著者", "Widget Prompting for Reading Comprehension"),
    ("Gizmo Sparse Attention at Scale》", "Gizmo Sparse Attention at Scale"),
    # A plain-text note's marks: "+" before a title it liked, "10:05 : " before a talk.
    ("+Guided Widget Policy Learning: Reward Estimation", "Guided Widget Policy Learning: Reward Estimation"),
    ("10:05 : Tips and Tricks of Coding Widgets", "Tips and Tricks of Coding Widgets"),
    ("C++ Widgets for Everyone", "C++ Widgets for Everyone"),
    # The next cell of a table row markdown did not read as a table; a pipe inside a title stays.
    ("Learning Widgets with Generative Modeling | ICLR'26", "Learning Widgets with Generative Modeling"),
    ("Communicating Widgets to Humans |", "Communicating Widgets to Humans"),
    ("Widgets | Gizmos: A Study", "Widgets | Gizmos: A Study"),
    ("See also: Widget Nets for Gizmos", "Widget Nets for Gizmos"),
    # A note in Chinese after a Latin title, closed or cut at its comma; a title in Chinese keeps its brackets.
    ("Knowledge-Embedded Widget Routing（开源）", "Knowledge-Embedded Widget Routing"),
    ("How Well Do Sparse Gizmos Transfer?(稀疏小工具的迁移效果如何？)", "How Well Do Sparse Gizmos Transfer?"),
    # A link written out in a bracket glued to the title, and a bracket left empty.
    ("Widgets Do More Than Parse: Compressing Gizmos(https://arxiv.org/abs/2601.00001)", "Widgets Do More Than Parse: Compressing Gizmos"),
    ("Predicting how Gizmos Move()", "Predicting how Gizmos Move"),
    ("Dynamic Widget Learning without Forgetting (WCLR2031)", "Dynamic Widget Learning without Forgetting"),
    ("Widget Nets for Gizmo Parsing (arXiv:2601.00001)", "Widget Nets for Gizmo Parsing"),
    ("Widget Nets for Gizmo Parsing, arXiv:2601.00001", "Widget Nets for Gizmo Parsing"),
    ("Widget Nets for Gizmo Parsing - arXiv:2601.00001v3", "Widget Nets for Gizmo Parsing"),
    ("Widget Nets for Gizmo Parsing [arXiv 2601.00001v2]", "Widget Nets for Gizmo Parsing"),
    ("Widget Nets for Gizmo Parsing. In WCLR", "Widget Nets for Gizmo Parsing"),
    ("Widget Nets for Gizmo Parsing by @asouza and @bpark", "Widget Nets for Gizmo Parsing"),
    ("Test of Time: Sparse Gizmo Attention at Scale", "Sparse Gizmo Attention at Scale"),
    ("Sparse Gizmo Attention at Scale — WCLR 2031", "Sparse Gizmo Attention at Scale"),
    ("Sparse Gizmo Attention - NeurIPS'31", "Sparse Gizmo Attention"),
    ("Widgets in Context. In Practice", "Widgets in Context. In Practice"),
    # The writer's note in square brackets after it; a bracketed label of one word is a link's ("[PDF]").
    ("Self-Supervised Widget Odometry With Online Adaptation [Generalizes to unseen gizmos]", "Self-Supervised Widget Odometry With Online Adaptation"),
    ("Associatively Segmenting Widgets（点云分割", "Associatively Segmenting Widgets"),
    ("小部件网络（开源）", "小部件网络（开源）"),
    # A time range before a slot; a bracketed name glued to the title, its opening bracket left out; an aside cut short.
    ("10:00 - 10:30 am Widget Nets for Gizmos", "Widget Nets for Gizmos"),
    ("WNG)Widget Nets for Gizmo Parsing", "Widget Nets for Gizmo Parsing"),
    ("PlaNet)Latent Widget Dynamics for Gizmos", "Latent Widget Dynamics for Gizmos"),
    ("Re-)Distributional Widget Justice", "Re-)Distributional Widget Justice"),   # (a word's part in brackets, no name)
    ("Un)Fair Widget Rankings", "Un)Fair Widget Rankings"),
    ("Learning to Request Widgets in Emergent Gizmos (GIZMO workshop", "Learning to Request Widgets in Emergent Gizmos"),
    ("Widget Intersection over Union: A Loss for Gizmo Regression(", "Widget Intersection over Union: A Loss for Gizmo Regression"),
    ("Widget Dynamics: F(x, t", "Widget Dynamics: F(x, t"),
    # A reference's venue and year after the title's full stop or comma.
    ("Learning Free-Form Widgets for 3D Gizmo Reconstruction. ACCV'31", "Learning Free-Form Widgets for 3D Gizmo Reconstruction"),
    ("Deep Part Induction from Articulated Widgets. SIGGRAPH Asia'31", "Deep Part Induction from Articulated Widgets"),
    ("Gradient descent widget optimization is locally stable. 2031", "Gradient descent widget optimization is locally stable"),
    ("Widgets in 2031", "Widgets in 2031"),
    ("Replicability Analysis for Widget Parsing, TACL 2031", "Replicability Analysis for Widget Parsing"),
    ("Widget Fields for Gizmo Rendering. SIGGRAPH Asia 2031", "Widget Fields for Gizmo Rendering"),
    ("Self-Correcting Widget Planners. arXiv 2031.", "Self-Correcting Widget Planners"),
    ("Self-Correcting Widget Planners. ArXiv preprint, 2031", "Self-Correcting Widget Planners"),
    ("Findings of the WMT 2031", "Findings of the WMT 2031"),
    # A venue the lexicon knows alone in a bracket at the end (an acronym that is no venue stays).
    ("Widget Nets for Gizmo Parsing (EACL)", "Widget Nets for Gizmo Parsing"),
    ("Widget Nets for Gizmo Parsing (WNGP)", "Widget Nets for Gizmo Parsing (WNGP)"),
    # A list number the list did not take (a stray line above made the item a paragraph's line).
    ("9. Connect, Not Collapse: Explaining Widgets", "Connect, Not Collapse: Explaining Widgets"),
    ("1.58-bit Widgets for Gizmo Parsing", "1.58-bit Widgets for Gizmo Parsing"),
    ("7. 3D Widgets: Improving Gizmo Depth", "3D Widgets: Improving Gizmo Depth"), ("2.5D Widgets for Gizmos", "2.5D Widgets for Gizmos"),
    # More venues the lexicon knows; a bracket the title itself opens with is no tag before it.
    ("Widget Nets for Gizmo Parsing (CoNLL)", "Widget Nets for Gizmo Parsing"),
    ("(Widget, Small) and (Gizmo, Large) have different parses", "(Widget, Small) and (Gizmo, Large) have different parses"),
    # The slot a paper had, as a label before it ("**Oral: Title**" over "Speaker: A").
    ("Oral: Widget Nets for Gizmo Parsing", "Widget Nets for Gizmo Parsing"), ("Poster: Learning to Rank Gizmos", "Learning to Rank Gizmos"),
    ("Keynote: The Future of Widgets", "Keynote: The Future of Widgets"),
    # Quotes around the title's head: a dash after them keeps its space; lone square brackets go.
    ("“Look Ma, no widgets!” – Unsupervised Gizmo Alignment", "Look Ma, no widgets! – Unsupervised Gizmo Alignment"),
    ("Retraction of Soft Growing Widgets]", "Retraction of Soft Growing Widgets"),
    ("8.[Widget Loss: Towards Accurate Gizmo Detection", "Widget Loss: Towards Accurate Gizmo Detection"),
    # A field's name before a dash; what a possessive byline and "for" before a quote leave before the title.
    ("Title — Scaling Widget Models with Gizmos", "Scaling Widget Models with Gizmos"),
    ("Paper - Widget Nets", "Paper - Widget Nets"),
    # an ACM reference's journal after the title's full stop, abbreviated
    ("Learning to Rank Widgets with Gizmo Feedback. ACM Trans. Inf. Syst. 39, 4, Article 42 (October 2031), 25 pages",
     "Learning to Rank Widgets with Gizmo Feedback"),
    ("Widget Synthesis from Partial Traces. Proc. ACM Program. Lang. 9, PLDI, Article 161", "Widget Synthesis from Partial Traces"),
    # ... or a journal's in Nature's style: its name, volume, pages and year in brackets (perhaps cut before the bracket's close)
    ("Highly accurate widget structure prediction with GizmoFold. Nature 596, 583–589 (2031)",
     "Highly accurate widget structure prediction with GizmoFold"),
    ("Widgets in the wild. Phys. Rev. Lett. 120, 145301 (2031", "Widgets in the wild"),
    ("al’s work on Empirical Support for Widgets", "Empirical Support for Widgets"), ("s work on widget games", "widget games"),
    ("for “Agents of Gizmos: A Study of Widgets”", "Agents of Gizmos: A Study of Widgets"),
    # Lenticular brackets: around the title, or a tag before it.
    ("【Sparse Gizmo Attention at Scale】", "Sparse Gizmo Attention at Scale"), ("Sparse Gizmo Attention at Scale】", "Sparse Gizmo Attention at Scale"),
    ("【WidgetConf 2031】Widget Nets for Gizmos", "Widget Nets for Gizmos"), ("〖论文〗 Widget Nets for Gizmos", "Widget Nets for Gizmos"),
    # A programme's label the segmenter cut inside its square brackets ("Title [Download Paper] A (MIT), ...").
    ("GRAF: A Learning-Enhanced Gizmo Filter [Download", "GRAF: A Learning-Enhanced Gizmo Filter"),
    # A single quote closing a title whose opening one was left before its run; a quoted word inside stays.
    ("Data-Driven Pre-Training for Widget Foundation Models'", "Data-Driven Pre-Training for Widget Foundation Models"),
    ("Widget-Proposal Evaluation is 'Gameable'", "Widget-Proposal Evaluation is 'Gameable'"),
    # A programme's paper code with no colon after it ("1-01 Title"); a number that is the title's own word stays.
    ("1-01 Discovering Widget Relations with Sequential Attention", "Discovering Widget Relations with Sequential Attention"),
    ("1-bit Widgets for Gizmo Parsing", "1-bit Widgets for Gizmo Parsing"), ("3-D Widget Parsing", "3-D Widget Parsing"),
    # Japanese glued to a Latin title's last word ("Titleより引用"); a Chinese title opening with one Latin word stays whole.
    ("WidgetBooth: Fine Tuning Widget Models for Subject-Driven Generationより引用", "WidgetBooth: Fine Tuning Widget Models for Subject-Driven Generation"),
    ("BERT的文本分类", "BERT的文本分类"),
    # A French guillemet left on one side of the title; one inside a title stays.
    ("Sparse Widget Kernels for Gizmo Parsing »", "Sparse Widget Kernels for Gizmo Parsing"),
    ("« Sparse Widget Kernels for Gizmo Parsing", "Sparse Widget Kernels for Gizmo Parsing"),
    ("Why « Widgets » Matter for Gizmo Parsing", "Why « Widgets » Matter for Gizmo Parsing"),
])
def test_a_publication_status_is_not_part_of_the_title(raw, title):
    from extract.mentions.records import clean_title

    assert clean_title(raw) == title


@pytest.mark.parametrize("line, title", [
    ("Does Widget Training Converge and When?", "Does Widget Training Converge and When?"),
    ("1. Does Widget Training Converge and When?", "Does Widget Training Converge and When?"),
    ("We liked the talk on When?", "When?"),               # a sentence before the small word: left alone
    ("Lovelace and When?", "When?"),                       # a name before it: left alone
])
def test_a_title_the_segmenter_began_after_a_small_word_opens_its_line(line, title):
    """The segmenter's labels as it gave them for a seed report's "Does Adam Converge and When?":
    title from "When" on. No title starts right after "and" glued to Title Case words."""
    text = f"Notes.\n\n{line}\n\nIt went well.\n"
    unit = next(u for u in _units(text) if any(t.text == "When" and t.line == 0 for t in u.tokens))
    when = next(i for i, t in enumerate(unit.tokens) if t.text == "When")
    labels = ["T" if i >= when and t.line == 0 else "A" if t.text == "Lovelace" else "O" for i, t in enumerate(unit.tokens)]
    p_title = [0.95 if lab == "T" else 0.01 for lab in labels]
    cand = _candidate(text, unit, labels, p_title)
    assert cand is not None and cand.title == title


@pytest.mark.parametrize("line, title", [
    ("Sparse Widget Hashing (on multicores)", "Sparse Widget Hashing (on multicores)"),
    ("Sparse Widget Hashing (for toy gizmos).", "Sparse Widget Hashing (for toy gizmos)"),
    ("Sparse Widget Hashing (oral)", "Sparse Widget Hashing"),
    ("Sparse Widget Hashing (with code)", "Sparse Widget Hashing"),
    ("Sparse Widget Hashing (on gizmos) was the best talk", "Sparse Widget Hashing"),
])
def test_a_bracket_that_goes_on_with_the_title_is_part_of_it(line, title):
    """The segmenter's labels as it gave them for a seed report's "Deep Tensor Convolution (on
    multicores)": title up to the bracket. A bracket opening with a word titles go on with, that
    ends the line, is the title's; a label or a note in brackets is not."""
    from extract.mentions.records import caps_ratio

    text = f"Notes.\n\n{line}\n\nIt went well.\n"
    unit = next(u for u in _units(text) if u.tokens[0].start == text.index(line))
    labels = ["T" if i < 3 else "O" for i in range(len(unit.tokens))]
    p_title = [0.97 if lab == "T" else 0.1 for lab in labels]
    cand = _candidate(text, unit, labels, p_title)
    assert cand is not None and cand.title == title
    assert caps_ratio(cand.title) == 1.0   # the aside does not make the title look sentence case


@pytest.mark.parametrize("line, title", [
    # A sentence case "title" after a finished sentence on the same line is the next sentence.
    ("Several talks were about toy evaluation (Lovelace et al., 2019). The experiments cover three toy domains: "
     "widgets, gizmos and sprockets.", None),
    # A Title Case one is still weighed by the judge.
    ("We liked this one a lot. Sparse Widget Hashing for Toy Gizmos", "Sparse Widget Hashing for Toy Gizmos"),
])
def test_a_record_title_after_a_sentence_on_its_line(line, title):
    text = f"Notes.\n\n{line}\n\nIt went well.\n"
    unit = next(u for u in _units(text) if u.tokens[0].start == text.index(line))
    start = next(i for i, t in enumerate(unit.tokens) if t.text in ("The", "Sparse") and i > 3)
    labels = ["T" if i >= start and t.text != "." else "O" for i, t in enumerate(unit.tokens)]
    p_title = [0.97 if lab == "T" else 0.05 for lab in labels]
    cand = _candidate(text, unit, labels, p_title)
    assert (cand.title if cand else None) == title


def test_an_italic_byline_under_a_bold_title_is_its_authors_not_a_title(nlp):
    """**Title** / *A, B, C* / [code]: the unit that starts at the byline read "Ada Lovelace" as its
    title, was accepted, and took the authors away from the title above."""
    text = ("## Session: Widgets\n\n**Sparse Widget Machines for Graph Data**\n*Ada Lovelace, Alan Turing, Grace Hopper*\n"
            "[code](https://github.com/ex/swm)\n\nThis paper proposes a simple fix.\n\n"
            "**Curious Gizmos in Sparse Reward Worlds**\n*Kurt Berg, Emma Wilson*\n\nGreat talk.\n")
    found = titles(nlp, text)
    assert set(found) == {"Sparse Widget Machines for Graph Data", "Curious Gizmos in Sparse Reward Worlds"}
    assert found["Sparse Widget Machines for Graph Data"].authors == ["Ada Lovelace", "Alan Turing", "Grace Hopper"]
    assert found["Curious Gizmos in Sparse Reward Worlds"].authors == ["Kurt Berg", "Emma Wilson"]


@pytest.mark.parametrize("title, names", [
    ("Ada Lovelace", True),
    ("Ada Lovelace, Alan Turing", True),
    ("A. Turing and Grace Hopper", True),
    ("Graph Rewiring", False),
    ("Hopper", False),                       # one word: too little to tell
    ("Ada Lovelace Networks", False),        # "Networks" is no surname
    ("Hyun-woo Kim, Aisha Bello", True),     # half the names of a list open with a known first name
    ("Quill Brandt", False),                 # a name alone must
])
def test_a_title_that_reads_as_names(title, names):
    from extract.mentions.records import reads_as_names

    assert reads_as_names(title) is names


@pytest.mark.parametrize("text, authors", [
    # The list's last name runs on into the sentence.
    ('The paper "Sparse Widget Laws for Gizmo Models" by Maria Garcia and Tom Lee showed that widgets help.',
     ["Maria Garcia", "Tom Lee"]),
    ('The paper "Sparse Widget Laws for Gizmo Models" by Maria Garcia at the Widget Lab was fun.', ["Maria Garcia"]),
    # Capitalised words that run on into the sentence are no name unless they open with a first name.
    ('The paper "Sparse Widget Laws for Gizmo Models" by Technical Art of the lab was fun.', []),
])
def test_quoted_title_by_names_that_run_on_into_the_sentence(nlp, text, authors):
    found = titles(nlp, text)
    assert found["Sparse Widget Laws for Gizmo Models"].authors == authors


@pytest.mark.parametrize("text, title", [
    # A description after a dash is not part of the linked title.
    ("## Papers I liked\n\n- [Efficient Widgets with Dynamic Token Pruning](https://openreview.net/forum?id=a1) - prunes tokens "
     "layer by layer; [code](https://github.com/ex/dtp).\n- [On the Calibration of Large Widget Models](https://arxiv.org/abs/2602.00012)"
     " - calibration degrades after tuning.\n", "Efficient Widgets with Dynamic Token Pruning"),
    # The sentence that leads into a bold title is not part of it.
    ("Am ersten Tag gab es viele Vorträge.\n\nEin weiteres Highlight war **Gaussian Widgets for Large-Scale Urban Scenes** "
     "(Felix Braun, Lena Wolf).\n", "Gaussian Widgets for Large-Scale Urban Scenes"),
    # A bold head of a title with a subtitle after it stays whole.
    ("## Papers\n\n- **WIDGET**: Pre-training of Deep Bidirectional Widgets for Language Understanding (Ada Lovelace, Alan Turing)\n",
     "WIDGET: Pre-training of Deep Bidirectional Widgets for Language Understanding"),
])
def test_a_title_set_off_by_a_link_or_emphasis_ends_where_the_marking_does(nlp, text, title):
    found = titles(nlp, text)
    assert title in found, list(found)


def test_a_doubted_title_before_by_and_names_is_a_candidate(nlp):
    """Under a heading that announces nothing, after a keynote item: "Title by Name" was left out
    because the segmenter doubted the title while sure of the name; "Keynote by Name" stays no paper."""
    text = ("# Widget Conference 2026\n\n## Day 1\n\n### Afternoon\n\n* Keynote by Ada Lovelace on system 2 widgets.\n"
            "* Measuring Social Bias in Multilingual Widget Embeddings by Isabel Ortega\n\n## Day 2\n\nMostly hallway track.\n")
    found = titles(nlp, text)
    assert set(found) == {"Measuring Social Bias in Multilingual Widget Embeddings"}
    assert found["Measuring Social Bias in Multilingual Widget Embeddings"].authors == ["Isabel Ortega"]


@pytest.mark.parametrize("text, title, authors", [
    # Conference sites separate authors with a middle dot.
    ("## Oral session 3\n\n**Stochastic Widget Descent with Adaptive Momentum**\nMarta Kowalski · Jun Park · Ingrid Larsen · Omar Haddad\n",
     "Stochastic Widget Descent with Adaptive Momentum", ["Marta Kowalski", "Jun Park", "Ingrid Larsen", "Omar Haddad"]),
    # A bibliography's "Last, First and Last, First" and "Last, I., Last, I., and Last, I.".
    ("Papers I want to cite:\n\n- Kowalski, Marta and Park, Jun. Implicit Widget Regularization in Deep Networks. ICLR 2026.\n",
     "Implicit Widget Regularization in Deep Networks", ["Marta Kowalski", "Jun Park"]),
    ("Papers I want to cite:\n\n- Larsen, I., Haddad, O., and Souza, A. (2025). Sparse Widget Attention for Long Documents. In ACL.\n",
     "Sparse Widget Attention for Long Documents", ["I. Larsen", "O. Haddad", "A. Souza"]),
])
def test_author_lists_of_sites_and_bibliographies(nlp, text, title, authors):
    found = titles(nlp, text)
    assert title in found, list(found)
    assert found[title].authors == authors


def test_affiliations_in_brackets_after_names_are_neither_titles_nor_authors(nlp):
    """A byline with affiliations under a bold title: "(TU Munich)" was read as the title of the
    unit the byline starts (taking the names from the title above), "(Charles University)" as a name."""
    text = ("## Session 4: Vision\n\n**Panoptic Widget Segmentation at Scale** [[pdf](https://openaccess.thecvf.com/w1.pdf)] "
            "[[code](https://github.com/pws/pws)]\nHana Sato (University of Tokyo), Lukas Becker (TU Munich), Anna Novak (Charles University)\n\n"
            "**Widget Flow Estimation in the Wild** [[pdf](https://openaccess.thecvf.com/w2.pdf)]\nDiego Alvarez (MIT) & Mei Lin (Stanford)\n")
    found = titles(nlp, text)
    assert set(found) == {"Panoptic Widget Segmentation at Scale", "Widget Flow Estimation in the Wild"}
    assert found["Panoptic Widget Segmentation at Scale"].authors == ["Hana Sato", "Lukas Becker", "Anna Novak"]
    assert found["Widget Flow Estimation in the Wild"].authors == ["Diego Alvarez", "Mei Lin"]
    assert found["Panoptic Widget Segmentation at Scale"].code_urls == ["https://github.com/pws/pws"]


def test_a_records_links_on_lines_below_it_are_attached_once(nlp):
    """A code link whose anchor is its own URL without the scheme was attached twice (anchor and
    href); a paper link on a line below the record's was not attached at all."""
    from extract.text.ingest import html_to_text

    html = ("<html><body><h3>Widget Fields: Neural Representations of Articulated Objects</h3>\n"
            "<p><em>Hyun-woo Kim, Aisha Bello</em></p>\n<p>This was the best paper candidate in my session. Code: "
            "<a href=\"https://github.com/hkim/wfields\">github.com/hkim/wfields</a></p>\n"
            "<p><strong>Learning Legged Widget Locomotion from Video</strong><br>\nTomás García and Ingrid Larsen<br>\n"
            "<a href=\"https://arxiv.org/abs/2606.00001\">arXiv</a></p></body></html>\n")
    papers = titles(nlp, html_to_text(html))
    assert len(papers["Widget Fields: Neural Representations of Articulated Objects"].code_urls) == 1
    assert papers["Learning Legged Widget Locomotion from Video"].paper_urls == ["https://arxiv.org/abs/2606.00001"]


def test_an_authors_line_in_italics_under_a_numbered_heading(nlp):
    """"## 1. Title" over "*Authors: A, B*": the byline read as a title of its own ("Authors: A, B")
    took the names away from the heading."""
    text = ("# Top papers\n\n## 1. Widget Transformers Learn In-Context by Gradient Descent\n\n*Authors: Hana Sato, Lukas Becker*\n\n"
            "Paper: https://arxiv.org/abs/2612.00011\n\nThis paper shows that it works.\n")
    found = titles(nlp, text)
    assert found["Widget Transformers Learn In-Context by Gradient Descent"].authors == ["Hana Sato", "Lukas Becker"]


def test_a_title_in_chinese_title_marks(nlp):
    text = "今年的会议在曼谷举行。我最喜欢的论文是《Retrieval-Augmented Widget Generation for Low-Resource Languages》，很有意思。\n"
    assert "Retrieval-Augmented Widget Generation for Low-Resource Languages" in titles(nlp, text)


def test_presentation_tags_around_titles_in_a_list(nlp):
    """"[Spotlight] Title - Name": the tag made the segmenter read the title as names."""
    text = ("## Day 3\n\n- Widget Scaling Laws Revisited (Oral) - Ana Souza, Ben Park\n"
            "- [Spotlight] Contrastive Language Pretraining - Chen Wei\n- Robust Widget Alignment [Poster #123] — Dana Levi, Eli Cohen\n")
    found = titles(nlp, text)
    assert set(found) == {"Widget Scaling Laws Revisited", "Contrastive Language Pretraining", "Robust Widget Alignment"}
    assert found["Contrastive Language Pretraining"].authors == ["Chen Wei"]


def test_a_table_without_a_header_row(nlp):
    """An HTML table without <th> (converted to a markdown table with an empty header): the segmenter
    found no title in its rows; a Title Case cell before a cell of names is read again."""
    text = ("## Orals I liked\n\n|  |  |\n| --- | --- |\n"
            "| [Widget Learning Dynamics in Transformers](https://openreview.net/forum?id=abc) | Marta Kowalski, Jun Park |\n"
            "| [Gizmo Compression via Vector Quantization](https://openreview.net/forum?id=def) | Ingrid Larsen |\n\nPosters were in Hall A.\n")
    found = titles(nlp, text)
    assert found["Widget Learning Dynamics in Transformers"].authors == ["Marta Kowalski", "Jun Park"]
    assert found["Gizmo Compression via Vector Quantization"].authors == ["Ingrid Larsen"]


def test_a_capitalised_word_labelled_a_separator_is_part_of_a_name():
    text = "Sparse Gizmo Coding - Jon Snow"
    (unit,) = _units(text)
    labels = ["T", "T", "T", "O", "S", "A"]
    cand = _candidate(text, unit, labels, [0.9, 0.9, 0.9, 0.0, 0.0, 0.0])
    assert [a[0] for a in cand.authors] == ["Jon Snow"]


def test_numbered_plain_text_titles_with_names_in_brackets(nlp):
    """"2.2 Title (Name)" the segmenter doubted while sure of the name; a citation in brackets after
    sentence words ("Previous works (A & B, 2015)") stays no title."""
    text = ("1. Introduction\nI went to the widget conference.\n\n2. Papers\n"
            "2.1 Widget Recommendation with Large Language Models (Lia Rossi, Omar Haddad)\n2.2 Gizmo Fairness in Ranking (Sara Ahmed)\n\n"
            "Previous works (Zhao & Zhang, 2015; Needell et al., 2014) have shown the optimal distribution.\n")
    found = titles(nlp, text)
    assert set(found) == {"Widget Recommendation with Large Language Models", "Gizmo Fairness in Ranking"}
    assert found["Gizmo Fairness in Ranking"].authors == ["Sara Ahmed"]


def test_a_title_whose_last_words_read_as_names_is_not_cut_there(nlp):
    """"Gizmo Q&A at Scale — Fay Wong": "A at Scale" read as names before the dash is not the title."""
    text = "Widget Conference 2026\n\nWidget Models for Tabular Data – Dana Levi, Eli Cohen\n\nGizmo Q&amp;A at Scale — Fay Wong\n"
    assert "A at Scale" not in titles(nlp, text)


@pytest.mark.parametrize("text, absent, title", [
    # An abstract in a quote under its title's heading is no title.
    ("### 3. Widget-Conditioned Language Models\n\n> We propose widget conditioning, a simple method to steer language models.\n\n"
     "(Sara Ahmed, Marta Kowalski — [paper](https://arxiv.org/abs/2601.00043))\n",
     "We propose widget conditioning, a simple method to steer language models", "Widget-Conditioned Language Models"),
    # A handle after "by" is not part of the title.
    ("Thread of my favourite papers\n\n1/ Widget Scaling in Mixture-of-Experts by @elicohen and Fay Wong https://arxiv.org/abs/2612.00031\n\n"
     "2/ Gizmo Tokenization for Vision Transformers https://arxiv.org/abs/2612.00032 (Gus Moreno, Hal Stone)\n",
     "Widget Scaling in Mixture-of-Experts by @elicohen", "Widget Scaling in Mixture-of-Experts"),
])
def test_what_a_title_does_not_take_in(nlp, text, absent, title):
    found = titles(nlp, text)
    assert absent not in found and title in found, list(found)


def test_two_emphasised_titles_on_one_line_each_with_its_names(nlp):
    """A record unit takes one title a line: the second emphasised title was lost, and its names went
    to the first."""
    text = ("## Best papers\n\nThe best paper went to *Widget Rankers Are Secretly Gizmo Retrievers* by Ana Souza (University of "
            "Padua) and Ben Park (KAIST). The best short paper was *Gizmo Click Models Revisited* by Chen Wei.\n")
    found = titles(nlp, text)
    assert found["Widget Rankers Are Secretly Gizmo Retrievers"].authors == ["Ana Souza", "Ben Park"]
    assert found["Gizmo Click Models Revisited"].authors == ["Chen Wei"]


# An awesome-list page: "**Title.**<br>" / "*names*<br>" / "VENUE YEAR. [[PDF](…)] [[Code](…)]".
AWESOME_ENTRIES = (
    "## Widget Rendering\n\n**MetaWidget: Fast Training of Widget Representations using Meta Learning.**<br>\n"
    "*Zorvath Quell, Mirtan Oblo, and [Gordon Vessel](https://lab.example.edu/~gv/).*<br>\n"
    "NeurIPS 2026. [[PDF](https://arxiv.org/abs/2606.01)] [[Project](https://www.widgetlab.org/publications/metawidget/)] "
    "[[Code](https://github.com/zquell/metawidget)]\n\n"
    "**Hybrid Widget Fusion for Full-frame Video Stabilization.**<br>\n"
    "*[Yu-Lan Qiu](https://qiu.example.net/), [Wei-Shan Tor](https://tor.example.net/), [Ming-Hsu Varo](https://varo.example.net/)*<br>\n"
    "ICCV 2026. [[PDF](https://arxiv.org/abs/2606.02)]\n\n"
    "**Neural Widget Rendering.**<br>\n*Pessa Varn, Lurio Qent, Dovra Pell.*<br>\n"
    "TOG 2026. [[PDF](https://arxiv.org/abs/2606.03)] [[Code](https://github.com/pvarn/nwr)]\n")
# A blog post's heading over a list of fields ("- Author: ...", "- Arxiv: ...", "- [GitHub](...)") and its notes.
FIELDS_UNDER_A_HEADING = (
    "---\ntitle: \"CVPR 2026: Widget Synthesis(2)\"\ntag:\n- Widgets\n---\n\n\n## Semantic Widget Synthesis\n\n"
    "- Author: Ana Souza, Ben Park\n- Arxiv: [2603.01](https://arxiv.org/abs/2603.01)\n- [GitHub](https://github.com/asouza/sws)\n\n"
    "### **Problem**\nwidget synthesis\n\n### **Proof**\n- Datasets: ADE20k, cityscapes\n- Baselines: MUNIT, DRIT, MSGAN, StarGAN\n"
    "- Metrics: FID, LPIPS\n")
CHINESE_PAPER_LIST = (
    "Related paper links:\n<br><br>\n\n137.Widget Priors in Convolutional Networks for Unsupervised Segmentation<br>\n"
    "作者：Ana Souza， Ben Park， Chen Wei<br>\n项目链接：https://widgetlab.github.io/wp/<br>\n论文链接：https://arxiv.org/abs/1903.00001<br>\n"
    "<br>\n\n27.Associatively Segmenting Widgets in Point Clouds（点云分割，开源）<br>\n作者：Dana Levi, Eli Cohen<br>\n"
    "论文链接：https://arxiv.org/abs/1902.00002<br>\n代码链接：https://github.com/dlevi/asw<br><br>\n\n"
    "30.Iterative Residual Widgets for Burst Photography<br>\n作者：Fay Wong\u2003 Gus Moreno<br>\n"
    "论文链接：https://arxiv.org/abs/1904.00003<br>\n\n75.Self-supervised Learning of Dense Widget Correspondence(Oral Presentation)<br>\n"
    "作者：Hal Stone, Ida Berg<br>\n论文链接：https://arxiv.org/abs/1905.00004<br>\n")


@pytest.mark.parametrize("text, title, authors, code", [
    # Superscript affiliation marks, and a "Project page" link in the record.
    ("**Morning orals**\n\n1. **Widget-NeRF: Neural Widgets for View Synthesis** — Ana Souza¹, Ben Park², Chen Wei¹ (¹MIT, ²KAIST). "
     "[Project page](https://widget-nerf.github.io)\n2. **GizmoDet: Open-World Gizmo Detection** — Dana Levi, Eli Cohen. "
     "[arXiv](https://arxiv.org/abs/2609.00051)\n", "Widget-NeRF: Neural Widgets for View Synthesis", ["Ana Souza", "Ben Park", "Chen Wei"],
     ["https://widget-nerf.github.io"]),
    # "Title:" / "Authors:" fields.
    ("Notes\n\n* Title: Widget Source Separation with Diffusion\n  Authors: Fay Wong, Gus Moreno\n  Link: https://arxiv.org/abs/2604.00061\n"
     "* Title: Gizmo Speech Enhancement in Reverberant Rooms\n  Authors: Hal Stone\n", "Widget Source Separation with Diffusion",
     ["Fay Wong", "Gus Moreno"], []),
    # A bibliography entry whose title ran into its first author.
    ("## Accepted papers from our group\n\nWidget Alignment Without Rewards. Ida Berg, Jon Snow, and Kai Lee. In *ICML 2026*. "
     "[[PDF]](https://proceedings.mlr.press/v300/berg26a.pdf)\n\nGizmo Uncertainty Quantification. Lia Rossi and Omar Haddad. "
     "In *ICML 2026* (Spotlight).\n", "Gizmo Uncertainty Quantification", ["Lia Rossi", "Omar Haddad"], []),
    # APA: the title runs past its full stop into the venue in italics, with or without "In".
    ("## Reading list (APA)\n\nBerg, I., & Snow, J. (2026). Widget priors for few-shot segmentation. *Proceedings of the IEEE/CVF "
     "Conference on Computer Vision and Pattern Recognition*, 1–10.\n\nLee, K. (2026). Gizmo normalization in vision transformers. "
     "*Proceedings of CVPR*.\n", "Widget priors for few-shot segmentation", ["I. Berg", "J. Snow"], []),
    # IEEE: initials, the title in quotes with the comma inside, "in Proc."
    ("# References from my notes\n\n[1] D. Levi, E. Cohen, and F. Wong, \"Widget attention for long-context retrieval,\" in Proc. "
     "SIGIR, 2026, pp. 101–110.\n\n[2] G. Moreno and H. Stone, \"Gizmo ranking under position bias,\" in Proc. WSDM, 2026.\n",
     "Widget attention for long-context retrieval", ["D. Levi", "E. Cohen", "F. Wong"], []),
    # Emphasised titles in a sentence, each with its names and a code link in the bracket after it.
    ("Two papers stood out. *Widget Quantization for LLM Inference* (Sara Ahmed, Lars Olsen; [code](https://github.com/sahmed/wq)) "
     "compresses weights to 3 bits, while *Gizmo Speculative Decoding* (Ana Souza; [repo](https://github.com/asouza/gsd)) doubles throughput.\n",
     "Gizmo Speculative Decoding", ["Ana Souza"], ["https://github.com/asouza/gsd"]),
    # A code URL written out after a title named in prose in another language; a library's linked repository is not it.
    ("# Crónica de RecSys 2026\n\nTambién destaco \"Gizmo Session-Based Recommendation with Graphs\", de Jon Snow, con código en "
     "https://github.com/jsnow/gizmo-sbr.\n", "Gizmo Session-Based Recommendation with Graphs", ["Jon Snow"], ["https://github.com/jsnow/gizmo-sbr"]),
    # Fields after pipes on the title's line: "Title | Authors: A, B | [code](…)"; quotes inside the title.
    ("Papers:\n- Do Widgets Dream of \"Gizmos\"? A Study of Widget Hallucination | Authors: Eli Cohen, Fay Wong | "
     "[code](https://github.com/ecohen/dwdg)\n- Widget Editing at Scale | Authors: Gus Moreno | no code\n",
     'Do Widgets Dream of "Gizmos"? A Study of Widget Hallucination', ["Eli Cohen", "Fay Wong"], ["https://github.com/ecohen/dwdg"]),
    # A heading over a list of fields: the code link in the list is the heading's paper's.
    (FIELDS_UNDER_A_HEADING,
     "Semantic Widget Synthesis", ["Ana Souza", "Ben Park"], ["https://github.com/asouza/sws"]),
    # The same entry's "[Project]" link to a lab's publication page is its project page (code), not its paper.
    (AWESOME_ENTRIES,
     "MetaWidget: Fast Training of Widget Representations using Meta Learning", ["Zorvath Quell", "Mirtan Oblo", "Gordon Vessel"],
     ["https://www.widgetlab.org/publications/metawidget/", "https://github.com/zquell/metawidget"]),
    # A Chinese paper list: "N.Title<br>" / "作者：A， B" (full-width commas) / "项目链接：url" (a project link by
    # a Chinese label); numbering glued to a title, a note in Chinese brackets, names between wide spaces.
    (CHINESE_PAPER_LIST,
     "Widget Priors in Convolutional Networks for Unsupervised Segmentation", ["Ana Souza", "Ben Park", "Chen Wei"],
     ["https://widgetlab.github.io/wp/"]),
    (CHINESE_PAPER_LIST,
     "Associatively Segmenting Widgets in Point Clouds", ["Dana Levi", "Eli Cohen"], ["https://github.com/dlevi/asw"]),
    (CHINESE_PAPER_LIST,
     "Iterative Residual Widgets for Burst Photography", ["Fay Wong", "Gus Moreno"], []),
    (CHINESE_PAPER_LIST,
     "Self-supervised Learning of Dense Widget Correspondence", ["Hal Stone", "Ida Berg"], []),
    # A publication list: "**Title**" / "[(code)](…)" / "[(pdf)](…)" / "Souza, A., Park, B. and Wei, C." / "ICLR, 2017":
    # the byline comes after the lines of labelled links.
    ("### Published papers\n\n**A Learned Representation For Widget Style**\n[(code)](https://github.com/widgetlab/style)\n"
     "[(pdf)](https://arxiv.org/pdf/1610.00001.pdf)  \nSouza, A., Park, B. and Wei, C.  \nICLR, 2017\n",
     "A Learned Representation For Widget Style", ["A. Souza", "B. Park", "C. Wei"], ["https://github.com/widgetlab/style"]),
])
def test_publication_list_layouts(nlp, text, title, authors, code):
    ex = extract_text(text, nlp)
    found = {p.title: p for p in ex.papers}
    assert title in found, list(found)
    assert found[title].authors == authors and found[title].code_urls == code
    assert not [p for p in ex.people if p.rstrip("¹²") in authors]


def test_a_records_continuation_line_keeps_its_own_links_and_a_linked_title_ends_with_its_link(nlp):
    """The line below a record is another record: its paper link was the upper record's paper link
    (and lent its judge a paper link); a linked title went on into the sentence after its link."""
    text = ("# Widget conference takeaways\n\nI want to highlight three works.\n\n"
            "Second, the paper \"Gizmo World Models from Internet Video\" (Ben Park, Chen Wei) scaled pretraining to 10k hours.\n\n"
            "Third, [Language-Conditioned Widget Navigation](https://arxiv.org/abs/2611.00071) from Dana Levi's group.\n")
    found = titles(nlp, text)
    assert found["Gizmo World Models from Internet Video"].paper_urls == []
    assert found["Language-Conditioned Widget Navigation"].paper_urls == ["https://arxiv.org/abs/2611.00071"]


@pytest.mark.parametrize("text, expected", [
    # Plain-text "o" bullets, a title wrapped before "-- Names".
    ("ACL notes -- my list\n\no  Widget Parsing with Constrained Decoding for Low-Resource\n   Languages -- Ana Souza, Ben Park\n"
     "o  Gizmo Coreference Resolution at Document Scale -- Chen Wei\n\nNotes: both have code.\n",
     {"Widget Parsing with Constrained Decoding for Low-Resource Languages": ["Ana Souza", "Ben Park"],
      "Gizmo Coreference Resolution at Document Scale": ["Chen Wei"]}),
    # A programme's times before the titles.
    ("## Day 1\n\n**9:00** Opening\n\n**9:30** *Widget Representations for Molecules* — Dana Levi\n\n"
     "**10:00** *Gizmo Priors in Protein Design* — Eli Cohen, Fay Wong\n",
     {"Widget Representations for Molecules": ["Dana Levi"], "Gizmo Priors in Protein Design": ["Eli Cohen", "Fay Wong"]}),
    # "10:30 – Title (Name)": the segmenter doubted the bracketed names after the title.
    ("# Widget conference schedule notes\n\n10:30 – Widget Planning with Temporal Logic (Ana Souza)\n"
     "11:00 – Gizmo Games and Mechanism Design (Ben Park, Chen Wei)\n12:00 – Lunch\n",
     {"Widget Planning with Temporal Logic": ["Ana Souza"], "Gizmo Games and Mechanism Design": ["Ben Park", "Chen Wei"]}),
    # A company after the names is no author.
    ("KDD trip report\n\n1) Widget Forecasting with Foundation Models\n   by Ana Souza and Ben Park, Amazon\n\n"
     "2) Gizmo Anomaly Detection in Streams\n   by Chen Wei, Alibaba\n",
     {"Widget Forecasting with Foundation Models": ["Ana Souza", "Ben Park"], "Gizmo Anomaly Detection in Streams": ["Chen Wei"]}),
    # Names first, then a dash and the title; "(joint work with A and B)" after a title.
    ("This year I presented our paper *Widget-Efficient Fine-Tuning of Diffusion Models* (joint work with Gus Moreno and "
     "Hal Stone). I also saw:\n\n* Ida Berg - Gizmo Flow Matching for Molecules\n* Jon Snow, Kai Lee - Widget Equivariant Networks\n",
     {"Widget-Efficient Fine-Tuning of Diffusion Models": ["Gus Moreno", "Hal Stone"],
      "Gizmo Flow Matching for Molecules": ["Ida Berg"], "Widget Equivariant Networks": ["Jon Snow", "Kai Lee"]}),
    # A bibliography entry after the list that cites it.
    ("Some highlights (in no order):\n\n- [Gizmo Flows](https://arxiv.org/abs/2612.00081) by Gus Moreno and Hal Stone was my favourite.\n\n"
     "[1] Ida Berg, Jon Snow. The Widget Hypothesis: Finding Sparse Trainable Widgets. NeurIPS 2026.\n",
     {"Gizmo Flows": ["Gus Moreno", "Hal Stone"], "The Widget Hypothesis: Finding Sparse Trainable Widgets": ["Ida Berg", "Jon Snow"]}),
    # Names stacked with "<br>" in a table cell, and emoji link labels.
    ("# Spreadsheet\n\n| Title | Authors | Links |\n|---|---|---|\n| Widget Scaling Laws for Mixture-of-Experts | Ana Souza<br>Ben Park "
     "| [📄](https://arxiv.org/abs/2605.1) |\n| Gizmo Optimizers Revisited | Chen Wei | [📄](https://arxiv.org/abs/2605.2) |\n",
     {"Widget Scaling Laws for Mixture-of-Experts": ["Ana Souza", "Ben Park"], "Gizmo Optimizers Revisited": ["Chen Wei"]}),
    # Three emphasised titles in one sentence, each with its names in brackets.
    ("Other highlights: *Widget Attention Sinks Explained* (Jon Snow); *Gizmo Position Encodings for Long Video* (Kai Lee and "
     "Lia Rossi); and *Widget Memory for Streaming Agents* (Marta Kowalski).\n",
     {"Widget Attention Sinks Explained": ["Jon Snow"], "Gizmo Position Encodings for Long Video": ["Kai Lee", "Lia Rossi"],
      "Widget Memory for Streaming Agents": ["Marta Kowalski"]}),
    # A heading over a byline of fields: "**Authors**: A · B | **Venue**: ... | **Links**: [paper](...)".
    ("# ICLR 2026\n\n## Widget Flow Matching on Manifolds\n**Authors**: Omar Haddad · Priya Raman | **Venue**: ICLR 2026 (oral) | "
     "**Links**: [paper](https://openreview.net/forum?id=w1)\n\nA clean generalisation of flow matching.\n\n## Gizmo Consistency Models\n"
     "**Authors**: Sara Ahmed | **Venue**: ICLR 2026 | **Links**: [paper](https://openreview.net/forum?id=w2)\n",
     {"Widget Flow Matching on Manifolds": ["Omar Haddad", "Priya Raman"], "Gizmo Consistency Models": ["Sara Ahmed"]}),
    # Copied from OpenReview: the dated fields under the names are no titles.
    ("# Orals\n\nWidget Diffusion Transformers Are Secretly Energy Models  \nAna Souza, Ben Park, Chen Wei  \n"
     "Published: 16 Jan 2026, Last Modified: 03 Mar 2026  \nICLR 2026 oral  \nReaders: Everyone\n\n"
     "Gizmo Tokenization Matters for Protein Language Models  \nDana Levi  \nPublished: 16 Jan 2026, Last Modified: 01 Mar 2026\n",
     {"Widget Diffusion Transformers Are Secretly Energy Models": ["Ana Souza", "Ben Park", "Chen Wei"],
      "Gizmo Tokenization Matters for Protein Language Models": ["Dana Levi"]}),
    # Copied from CVF open access: "Names; Proceedings ..., pp. 1201-1210", the page range is no title.
    ("CVPR 2026 - copied from the open access site\n\nWidget Neural Fields for Dynamic Humans\nEli Cohen, Fay Wong, Gus Moreno; "
     "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR), 2026, pp. 1201-1210\n[pdf] [supp] [arXiv]\n\n"
     "Gizmo Stereo Matching with Iterative Refinement\nHal Stone; Proceedings of the IEEE/CVF Conference on Computer Vision and "
     "Pattern Recognition (CVPR), 2026, pp. 2201-2210\n[pdf] [arXiv]\n",
     {"Widget Neural Fields for Dynamic Humans": ["Eli Cohen", "Fay Wong", "Gus Moreno"],
      "Gizmo Stereo Matching with Iterative Refinement": ["Hal Stone"]}),
    # A bold title alone on its line with its links, and the paragraph below opening with its authors.
    ("## Transcription\n\n**Widget Transcription of Polyphonic Piano Music** ([paper](https://arxiv.org/abs/2609.00011), "
     "[code](https://github.com/asouza/wtpp))\n\nAna Souza and Ben Park treat onsets and offsets as a set prediction problem.\n\n"
     "**Gizmo Drum Transcription with Weak Labels** ([paper](https://arxiv.org/abs/2609.00012))\n\nThis one uses only track-level tags.\n",
     {"Widget Transcription of Polyphonic Piano Music": ["Ana Souza", "Ben Park"], "Gizmo Drum Transcription with Weak Labels": []}),
    # The presenter as the subject of "presented" before a quoted title, and "joint work with" after it.
    ("Day 2 of KDD started with the graphs session.\n\nThe first talk was \"Widget Graph Neural Networks for Fraud Detection\" by "
     "Kai Lee (Alibaba).\n\nNext up: Lia Rossi presented \"Gizmo Temporal Graphs at Billion Scale\", joint work with Marta Kowalski. "
     "Code is at https://github.com/lrossi/gizmo-tg.\n",
     {"Widget Graph Neural Networks for Fraud Detection": ["Kai Lee"], "Gizmo Temporal Graphs at Billion Scale": ["Lia Rossi", "Marta Kowalski"]}),
    # A bold title with its full stop inside the bold, then long author lists with particles, hyphens and diacritics.
    ("# Papers I liked\n\n* **Widget Transformers for Long-Horizon Planning.** Jan-Willem van der Berg, María José García-López, "
     "Nguyễn Văn An, Zhang Wei. Spotlight.\n* **Gizmo Kernels in Infinite Width.** Jean-Luc de la Fontaine, Li Na, Kwame Mensah-Bonsu.\n",
     {"Widget Transformers for Long-Horizon Planning": ["Jan-Willem van der Berg", "María José García-López", "Nguyễn Văn An", "Zhang Wei"],
      "Gizmo Kernels in Infinite Width": ["Jean-Luc de la Fontaine", "Li Na", "Kwame Mensah-Bonsu"]}),
    # A single name in italics under a linked heading (a blog page converted from HTML).
    ("# ACL 2026 recap\n\n### [Widget Probing of Syntactic Knowledge](https://aclanthology.org/2026.acl-long.1/)\n\n"
     "*Ana Souza, Ben Park, Chen Wei*\n\nThey probe every layer.\n\n### [Gizmo Calibration of Instruction-Tuned Models]"
     "(https://aclanthology.org/2026.acl-long.2/)\n\n*Dana Levi*\n\n> \"Calibration is not free.\" — the speaker\n",
     {"Widget Probing of Syntactic Knowledge": ["Ana Souza", "Ben Park", "Chen Wei"], "Gizmo Calibration of Instruction-Tuned Models": ["Dana Levi"]}),
    # Japanese title marks and a full-width bracket with the authors' field name.
    ("# 言語処理学会 2026 参加報告\n\n- 「Widget Prompting for Japanese Reading Comprehension」（著者: Eli Cohen, Fay Wong）\n"
     "- 「Gizmo Morphological Analysis with Subword Lattices」（著者: Gus Moreno）\n",
     {"Widget Prompting for Japanese Reading Comprehension": ["Eli Cohen", "Fay Wong"],
      "Gizmo Morphological Analysis with Subword Lattices": ["Gus Moreno"]}),
    # Plain text under upper-case session headings: a single name on the line below a title is its byline;
    # a keynote's title over its speaker is no paper.
    ("SESSION 3: REINFORCEMENT LEARNING\n\nWidget Exploration in Sparse-Reward Tasks\nHal Stone, Ida Berg\n\n"
     "Gizmo Options for Hierarchical Agents\nJon Snow\n\n### Keynote Talk 1: Widgets, Gizmos and the Framing of Policy Issues\n\n"
     "#### Kai Lee\n",
     {"Widget Exploration in Sparse-Reward Tasks": ["Hal Stone", "Ida Berg"], "Gizmo Options for Hierarchical Agents": ["Jon Snow"]}),
    # The venue and year in a bracket between the title and "by"; an arXiv id and year after a reference's title.
    ("# Reading queue\n\n- Widget Memory Layers for Long Context (COLM 2026) by Ana Souza, Ben Park\n"
     "- Gizmo Data Mixtures for Pretraining (COLM 2026 Oral) by Chen Wei\n\n## Refs\n\n"
     "Dana Levi, Eli Cohen, Fay Wong. Widget Attention Is Low Rank. arXiv:2601.00001, 2026.\n",
     {"Widget Memory Layers for Long Context": ["Ana Souza", "Ben Park"], "Gizmo Data Mixtures for Pretraining": ["Chen Wei"],
      "Widget Attention Is Low Rank": ["Dana Levi", "Eli Cohen", "Fay Wong"]}),
    # A linked title and its names in italics after a "<br>" in one table cell.
    ("| Paper | Note |\n|---|---|\n| [Widget Neural Codecs](https://arxiv.org/abs/2602.1)<br>*Hal Stone, Ida Berg* | strong baseline |\n"
     "| [Gizmo Speech Tokenizers](https://arxiv.org/abs/2602.2)<br>*Jon Snow* | simple |\n",
     {"Widget Neural Codecs": ["Hal Stone", "Ida Berg"], "Gizmo Speech Tokenizers": ["Jon Snow"]}),
    # Numbered headings with an arXiv link, the names opening the paragraph below as its first sentence;
    # a known given name the segmenter left out before the surname it took.
    ("## 1. Widget Sparse Autoencoders Find Features [arXiv](https://arxiv.org/abs/2603.00401)\n\nEli Cohen and Fay Wong. "
     "Great interpretability work.\n\n## 2. Gizmo Circuits in Small Transformers [arXiv](https://arxiv.org/abs/2603.00402)\n\n"
     "Gus Moreno. Another one.\n",
     {"Widget Sparse Autoencoders Find Features": ["Eli Cohen", "Fay Wong"], "Gizmo Circuits in Small Transformers": ["Gus Moreno"]}),
    # GitHub emoji shortcodes before linked titles (not words of the title); bold keywords inside a
    # linked title (not where it ends); a title in its link running into "A and B (VENUE)".
    ("# Widget conference notes\n\n## Analysis\n\n"
     ":boom: [Show Your Widgets: Improved Reporting of Gizmo Results](https://aclanthology.org/2026.wid-1.12.pdf)\n"
     "> Proposes a reporting checklist.\n\n"
     ":heavy_minus_sign: [Quantity doesn't buy **syntax** with **neural widgets**](https://aclanthology.org/2026.wid-1.13.pdf)\n"
     "> Tests on recurrent and attention widgets.\n\n"
     ":heavy_minus_sign: [Weakly Supervised Gizmo Detection. Yumo Tan and Mirella Rossi (TACL)](https://doi.org/10.1162/tacl_a_1)\n",
     {"Show Your Widgets: Improved Reporting of Gizmo Results": [], "Quantity doesn't buy syntax with neural widgets": [],
      "Weakly Supervised Gizmo Detection": ["Yumo Tan", "Mirella Rossi"]}),
    # A programme pasted as a numbered list: each title followed only by "[[Web](url)] [[Slides](url)]"
    # (taken though the segmenter doubted them); the programme's slots are no papers.
    ("# Widget Conference 2026\n\n## Day 1\n\n1. Opening Remarks [[Web](https://widgetconf.cc/2026/event=2)]\n"
     "2. Best Paper [[Web](https://widgetconf.cc/2026/event=3)]\n"
     "3. Regret Gizmos: Composability of Regret Minimizers [[Web](https://widgetconf.cc/2026/event=4)] "
     "[[Slides](https://widgetconf.cc/media/4.pdf)]\n"
     "4. Online Meta-Widgets [[Web](https://widgetconf.cc/2026/event=5)] [[Slides](https://widgetconf.cc/media/5.pdf)]\n"
     "5. A Contrastive Divergence for Combining Widget Inference and MCMC [[Web](https://widgetconf.cc/2026/event=6)] "
     "[[Slides](https://widgetconf.cc/media/6.pdf)]\n"
     "6. Concrete Autogizmos: Differentiable Feature Selection and Reconstruction [[Web](https://widgetconf.cc/2026/event=7)]\n"
     "7. Posters Tue [[Web](https://widgetconf.cc/2026/session=8)]\n8. Test of Time Award [[Web](https://widgetconf.cc/2026/event=9)]\n",
     {"Regret Gizmos: Composability of Regret Minimizers": [], "Online Meta-Widgets": [],
      "A Contrastive Divergence for Combining Widget Inference and MCMC": [],
      "Concrete Autogizmos: Differentiable Feature Selection and Reconstruction": []}),
    # A workshop's accepted list: names, then the linked title (one name, no stop, a sentence-case
    # title after the byline); a task label before a linked title is no name, nor part of the title.
    ("# Accepted papers\n\n* (Poster \\#01): Ana Souza. [Widget Defense](https://openreview.net/forum?id=w1)\n\n"
     "* (Poster \\#02): Ben Park, Chen Wei, Dana Levi. [Unit-level surprise in widget networks](https://openreview.net/forum?id=w2)\n\n"
     "* (Poster \\#03): Eli Cohen [Gizmo Training Blocks Generalization in Widget Policies](https://openreview.net/forum?id=w3)\n\n"
     "* Script Generation: [Hierarchical Quantized Widgets for Script Generation](https://openreview.net/forum?id=w5)\n",
     {"Widget Defense": ["Ana Souza"], "Unit-level surprise in widget networks": ["Ben Park", "Chen Wei", "Dana Levi"],
      "Gizmo Training Blocks Generalization in Widget Policies": ["Eli Cohen"],
      "Hierarchical Quantized Widgets for Script Generation": []}),
    # A heading over a list of fields ("- Author: ...", "- Arxiv: ...", "- [GitHub](...)"): the first
    # field is its byline; the post's front-matter title and the notes' fields ("Baselines: A, B") are no papers.
    (FIELDS_UNDER_A_HEADING,
     {"Semantic Widget Synthesis": ["Ana Souza", "Ben Park"]}),
    # An awesome-list entry: "**Title.**<br>" / "*names*<br>" / "VENUE YEAR. [[PDF](…)] [[Code](…)]": names no
    # lexicon knows (the line below is not a title of its own), a last name the segmenter left out,
    # names each linked to a home page; the venue line is no title.
    (AWESOME_ENTRIES,
     {"MetaWidget: Fast Training of Widget Representations using Meta Learning": ["Zorvath Quell", "Mirtan Oblo", "Gordon Vessel"],
      "Hybrid Widget Fusion for Full-frame Video Stabilization": ["Yu-Lan Qiu", "Wei-Shan Tor", "Ming-Hsu Varo"],
      "Neural Widget Rendering": ["Pessa Varn", "Lurio Qent", "Dovra Pell"]}),
    # A linked title in brackets after a venue's name: the title is the link.
    ("I submitted a short paper to WIDGETS ( [Staged compilation of widget expressions](https://openreview.net/forum?id=w9) ), "
     "with an early experiment.\n", {"Staged compilation of widget expressions": []}),
    # A seminar list: "[Title, Name et al., 2017](pdf)<br>**[[Presentation File]](slides)**"; the slides' label is no title.
    ("## NLP\n1. [Widget Is All You Need, Vasquez et al., 2017](https://arxiv.org/pdf/1706.00001.pdf)<br>"
     "**[[Presentation File]](/NLP/210510_widget.pdf)**\n"
     "2. [GIZMO: Pre-training of Deep Bidirectional Widgets, Devane et al., 2018](https://arxiv.org/pdf/1810.00001.pdf)<br>"
     "**[[Presentation File]](/NLP/210621_gizmo.pdf)**\n",
     {"Widget Is All You Need": ["Vasquez"], "GIZMO: Pre-training of Deep Bidirectional Widgets": ["Devane"]}),
    # A bold title line over a list of fields: "- Authors: ..." is its byline.
    ("## Vision\n\n### WidgetNet (2012)\n**Widget Classification with Deep Convolutional Networks**\n"
     "- Authors: Ana Souza, Ben Park, Chen Wei\n- Key Contributions:\n  - First deep widget to win\n\n"
     "### GizmoNet (2015)\n**Deep Residual Learning for Gizmo Recognition**\n- Authors: Dana Levi, Eli Cohen\n"
     "- Key Contributions:\n  - Residual gizmos\n",
     {"Widget Classification with Deep Convolutional Networks": ["Ana Souza", "Ben Park", "Chen Wei"],
      "Deep Residual Learning for Gizmo Recognition": ["Dana Levi", "Eli Cohen"]}),
    # A quotation that trails off is no title, though in Title Case.
    ("# Notes\n\nIn one example the source reads (\"Griner told The Daily Widget that..\"), and the summary drops it.\n\n"
     "- [Widget Summaries Without References](https://aclanthology.org/2026.wid-1.9.pdf)\n",
     {"Widget Summaries Without References": []}),
    # Notes with a "#####" heading per paper: the headings the segmenter doubted are papers too when
    # most of their level are ("Title" alone, after emoji shortcodes, between "Title. A and B" ones).
    (
     "# Notes on WIDGETCONF 2026\n"
     "\n"
     "## Learning with limited widgets :bowling:\n"
     "\n"
     "##### :repeat: Structured Minimally Supervised Learning for Widget Extraction. Ana Souza and Ben Park.\n"
     "\n"
     "**Idea**: use the widget structure to supervise.\n"
     "\n"
     "##### (Poster) Widget Parsing with Graph Gizmo Networks. Chen Wei and Dana Levi\n"
     "\n"
     "**Idea**: a graph over gizmos.\n"
     "\n"
     "##### :boom::boom: Text Classification with Few Widgets using Controlled Generalization\n"
     "\n"
     "**Idea**: generalize from few widgets.\n"
     "\n"
     "##### Gizmo Pretraining for Fine-Grained Widget Typing. Eli Cohen and Fay Wong\n"
     "\n"
     "**Idea**: pretrain on gizmos.\n"
     "\n"
     "##### :boom: Using Similarity Measures to Select Pretraining Data for Widgets\n"
     "\n"
     "**Idea**: measure similarity first.\n",
     {"Structured Minimally Supervised Learning for Widget Extraction": ["Ana Souza", "Ben Park"],
      "Widget Parsing with Graph Gizmo Networks": ["Chen Wei", "Dana Levi"],
      "Text Classification with Few Widgets using Controlled Generalization": [],
      "Gizmo Pretraining for Fine-Grained Widget Typing": ["Eli Cohen", "Fay Wong"],
      "Using Similarity Measures to Select Pretraining Data for Widgets": []}),
    # A note's citations by surnames before the title ("A and B, Title", "A, B and C. Title"); a title
    # whose first words are English words keeps them ("Deep and Wide, ...").
    ("**Other probing papers:**\n\n- Saphra and Lopez, Understanding Learning Dynamics Of Widget Models with SVCCA, NAACL 2019\n"
     "- Tenney, Das and Pavlick, Gizmo rediscovers the classical widget pipeline\n"
     "- [Dror, Shlomov and Reichart. Deep Dominance - How to Properly Compare Deep Widget Models. ACL 2019]"
     "(https://www.aclweb.org/anthology/P19-1266/)\n- Deep and Wide, Widget Learning for Recommender Systems\n",
     {"Understanding Learning Dynamics Of Widget Models with SVCCA": ["Saphra", "Lopez"],
      "Gizmo rediscovers the classical widget pipeline": ["Tenney", "Das", "Pavlick"],
      "Deep Dominance - How to Properly Compare Deep Widget Models": ["Dror", "Shlomov", "Reichart"],
      "Deep and Wide, Widget Learning for Recommender Systems": []}),
    # A title ending in a list of dictionary words the segmenter took for names keeps them; real names stay names.
    ("## Day 1\n\n1. Fast Incremental Widget Entropy Computation: Theory, Algorithm, and Applications [[Web](https://widgetconf.cc/e=1)]\n"
     "2. Probability Functional Descent: A Unifying Perspective on Adversaries, Variational Inference, and Reinforcement Learning "
     "[[Web](https://widgetconf.cc/e=2)]\n"
     "3. Regret Gizmos: Composability of Regret Minimizers, Ana Souza and Ben Park [[Web](https://widgetconf.cc/e=3)]\n",
     {"Fast Incremental Widget Entropy Computation: Theory, Algorithm, and Applications": [],
      "Probability Functional Descent: A Unifying Perspective on Adversaries, Variational Inference, and Reinforcement Learning": [],
      "Regret Gizmos: Composability of Regret Minimizers": ["Ana Souza", "Ben Park"]}),
    # A programme's codes for tutorials ("T1: ...") under a Tutorials heading are talks; a model's name
    # of the same shape in a list of papers is a title.
    ("## [Tutorials](#selections)\n\n- [**T1: Interpretability and Analysis in Neural Widgets**]"
     "(https://virtual.widgetconf.org/tutorial_T1.html) [**(slides)**](https://slides.example.com/t1.pdf)\n"
     "- [**T2: Multi-modal Widget Extraction from Text and Tables**](https://virtual.widgetconf.org/tutorial_T2.html)\n\n"
     "## Papers I liked\n\n- [T5: Exploring the Limits of Widget Transfer](https://arxiv.org/abs/1910.00001)\n"
     "- [Gizmo Pretraining at Scale](https://arxiv.org/abs/1910.00002)\n",
     {"T5: Exploring the Limits of Widget Transfer": [], "Gizmo Pretraining at Scale": []}),
    # Links whose anchors cite by names ("[G. Li et al.](url)") stand for papers but give no title.
    ("# Widget notes\n\nThere are also data augmentation papers applied to machine translation "
     "([G. Li et al.](https://aclanthology.org/2026.wid-1.70.pdf), [Z. Li and Rossi](https://aclanthology.org/2026.wid-1.71.pdf)).\n\n"
     "- [Widget Nets for Low-Resource Translation](https://aclanthology.org/2026.wid-1.72.pdf)\n",
     {"Widget Nets for Low-Resource Translation": []}),
])
def test_whole_reports_titles_and_authors(nlp, text, expected):
    assert {t: p.authors for t, p in titles(nlp, text).items()} == expected


def test_a_quotation_with_who_said_it_is_no_title(nlp):
    text = "As the saying goes:\n\n“All widgets are false, but some are useful” - George Box\n"
    assert not titles(nlp, text)


@pytest.mark.parametrize("text, title, authors, paper_urls", [
    # "**Authors:** Name" under a heading, the names doubted by the segmenter.
    ("# Recap\n\n## Widget Matting in the Wild\n**Authors:** Marta Kowalski, Jun Park\n**TL;DR:** a matting model.\n"
     "**Links:** [paper](https://openaccess.thecvf.com/wm.pdf) · [code](https://github.com/mkowalski/wmw)\n\n"
     "## Gizmo Super-Resolution with Implicit Functions\n**Authors:** Ingrid Larsen\n**TL;DR:** arbitrary-scale super-resolution.\n",
     "Gizmo Super-Resolution with Implicit Functions", ["Ingrid Larsen"], []),
    # Emphasised titles inside the sentences that name them.
    ("On the last day, I caught two orals:\nthe first, titled *Learning Widget Policies from Human Videos*, was by Omar Haddad and "
     "Sara Ahmed;\nthe second, *Gizmo Transfer across Embodiments*, was presented by Priya Raman.\n",
     "Gizmo Transfer across Embodiments", ["Priya Raman"], []),
    # Names linked to their pages are not the paper's link.
    ("<html><body><h2>Picks</h2>\n<ul>\n<li>Widget Retrieval for Open-Domain QA (<a href=\"https://aclanthology.org/w1\">Lars Olsen</a>, "
     "<a href=\"https://aclanthology.org/w2\">Kenji Watanabe</a>)</li>\n<li>Gizmo Hallucination Benchmarks "
     "(<a href=\"https://aclanthology.org/w3\">Sofia Rossi</a>)</li>\n</ul></body></html>\n",
     "Widget Retrieval for Open-Domain QA", ["Lars Olsen", "Kenji Watanabe"], []),
])
def test_cued_names_titles_in_sentences_and_linked_names(nlp, text, title, authors, paper_urls):
    from extract.text.ingest import html_to_text

    found = titles(nlp, html_to_text(text) if text.startswith("<html>") else text)
    assert title in found, list(found)
    assert found[title].authors == authors and found[title].paper_urls == paper_urls


@pytest.mark.parametrize("text, title, authors", [
    # The quotes and "by ... and" of the prose around English titles in other languages.
    ("Besonders gut gefiel mir das Paper „Diffusion Widgets for Dense Optical Flow“ von Jonas Weber und Mia Schulz.",
     "Diffusion Widgets for Dense Optical Flow", ["Jonas Weber", "Mia Schulz"]),
    ("J'ai aimé l'article « Sparse Widget Fields for Urban Scenes » de Claire Dubois et Omar Haddad.",
     "Sparse Widget Fields for Urban Scenes", ["Claire Dubois", "Omar Haddad"]),
    # "the talk on X by A": the names after the Title Case phrase are the evidence.
    ("In the afternoon session, the talk on Gizmo Merging via Task Arithmetic by Ben Park drew a big crowd.\n",
     "Gizmo Merging via Task Arithmetic", ["Ben Park"]),
    # A bold title heading a paragraph whose sentence the segmenter read as the title.
    ("## Three papers\n\n**1. Widget Diffusion Bridges.** Eli Cohen and Fay Wong show how to bridge two widget distributions. "
     "[Paper](https://arxiv.org/abs/2605.00091)\n\n**2. Gizmo Autoencoders at Scale.** Gus Moreno et al. train autoencoders on a "
     "billion gizmos. [Paper](https://arxiv.org/abs/2605.00092)\n", "Widget Diffusion Bridges", ["Eli Cohen", "Fay Wong"]),
    # A quoted Title Case title with a dash and names ending the line.
    ("Day 3 summary:\n\n- 🏆 Best Paper: \"Widget Games Have Nash Equilibria\" — Dana Levi & Eli Cohen\n"
     "- 🎤 Keynote by Fay Wong on gizmo safety\n- 📄 \"Gizmo Auctions with Learned Reserves\" — Gus Moreno\n",
     "Gizmo Auctions with Learned Reserves", ["Gus Moreno"]),
    # A bibliography line whose title ran past its stop into the names and the venue.
    ("<html><body><h1>Favourites</h1>\n<p><b>Widget Interfaces for Older Adults.</b> Hal Stone, Ida Berg. <i>CHI '26</i>. "
     "<a href=\"https://doi.org/10.1145/3\">DOI</a></p>\n<p><b>Gizmo Haptics in Virtual Reality.</b> Jon Snow. <i>CHI '26</i>.</p>\n"
     "</body></html>\n", "Gizmo Haptics in Virtual Reality", ["Jon Snow"]),
    # An awesome-list line: a linked bold title, a dash, the names in italics, the venue and a code link.
    ("## Picks\n\n- **[Widget Splatting for Dynamic Scenes](https://arxiv.org/abs/2603.1)** - *Priya Raman, Sara Ahmed* "
     "(ECCV 2026) [[code](https://github.com/praman/wgs)]\n- **[Gizmo Segmentation](https://arxiv.org/abs/2603.2)** - *Lars Olsen*\n",
     "Widget Splatting for Dynamic Scenes", ["Priya Raman", "Sara Ahmed"]),
    # Names as the subject of "proposed" before an emphasised title, in a short line of a paragraph.
    ("## What I read this week\n\nSouza et al. (2026) introduced *Widget Priors for Offline Reinforcement Learning*, which beats "
     "everything on D4RL.\nLater, Dana Levi and Eli Cohen proposed *Gizmo Value Functions*, a simpler alternative.\n",
     "Gizmo Value Functions", ["Dana Levi", "Eli Cohen"]),
    # Field labels in Chinese with full-width colons, the title in Chinese title marks.
    ("# 参会笔记\n\n1. 论文：《Gizmo Sparse Attention at Scale》\n   作者：Chen Wei, Dana Levi\n",
     "Gizmo Sparse Attention at Scale", ["Chen Wei", "Dana Levi"]),
])
def test_a_title_and_its_authors(nlp, text, title, authors):
    from extract.text.ingest import html_to_text

    found = titles(nlp, html_to_text(text) if text.startswith("<html>") else text)
    assert title in found, list(found)
    assert found[title].authors == authors


@pytest.mark.parametrize("title, dropped", [
    ("pp. 1201-1210", True), ("Last Modified: 03 Mar 2026", True), ("Wed, Dec 9, 2026", True), ("December 9, 2026", True),
    ("TOG 2026", True), ("NeurIPS '26", True), ("Ana Souza - 16", True), ("Widget Nets - 2", False), ("Deep Voice 2", False),
    ("Widget Nets", False), ("GPT-4 Technical Report", False), ("May 2026 Update of Widgets", False), ("A 3D U-Net", False),
    # A page's navigation link ("#### [Back to TOC](...)" over each section).
    ("Back to TOC", True), ("↑ Back to top", True), ("Return to the table of contents", True), ("Back to the Widget Future", False),
])
def test_page_ranges_and_dates_are_no_titles(title, dropped):
    from extract.mentions.records import _no_title_words

    assert _no_title_words(title) == dropped


def test_a_repository_a_link_names_after_a_prose_title_is_not_its_code(nlp):
    """A code URL written out after a prose title is its code; a link that gives the URL another
    name ("the [Widgetlib](…) library") points at something else."""
    text = ("The main conference had keynotes and orals on many tracks, and this was the first year with five poster sessions "
            "featuring all accepted papers. One demo, titled “[Widget-AB: A Framework for Online Widget Tests](https://github.com/wlab/widget-ab)“, "
            "built on the [Widgetlib](https://github.com/wlab/widgetlib) library, authored by Ana Souza and Ben Park.\n")
    found = titles(nlp, text)
    assert found["Widget-AB: A Framework for Online Widget Tests"].code_urls == ["https://github.com/wlab/widget-ab"]


@pytest.mark.parametrize("title, label", [
    ("Best Paper", True), ("Test of Time Award", True), ("Posters Tue", True), ("Oral Session", True), ("Opening Remarks", True),
    ("Best Paper: Widget Nets", False), ("Posterior Widget Sampling", False), ("Spotlight Widgets for Detection", False),
    ("Opening the Black Box of Widgets", False), ("Baselines: MUNIT, DRIT", True), ("Metrics: FID, LPIPS", True),
    ("Datasets: A Community Library for Widgets", False), ("Metric Learning for Widgets", False),
    ("Session 10C : Information Extraction III", True), ("Main Conference Day 1", True),
    ("Best Poster Presentation", True), ("Best Student Paper Award", True), ("Distinguished Reviewer", True),
    ("Best Practices for Widget Papers in Gizmo Venues", False),
    # a break alone or with its time is a slot; an acronym "BREAK" heading its title, or "Break-It-Fix-It", is not
    ("Break", True), ("Coffee Break (30 min)", True), ("Break: 10:30", True), ("Lunch break", True),
    ("BREAK: Breaking the Widget Tracking Barrier with Beam Search", False), ("Break-It-Fix-It: Unsupervised Widget Repair", False),
    ("Break it Down into Widgets: Basic, Tiniest Gizmo Units", False),
])
def test_programme_slots_read_as_labels(title, label):
    """A programme's slots ("Best Paper", "Posters Tue") are labels alone on their line, not when a title follows."""
    from extract.mentions.judge import LABEL_RE

    assert bool(LABEL_RE.match(title)) is label


@pytest.mark.parametrize("anchor, label", [
    ("Slides (PDF)", True), ("Paper (ArXiV)", True), ("Paper (WidgetXplore - open until 10th May)", True), ("Slides & Material", True),
    ("**(slides and video)**", True), ("Code&Data", True), ("Project Site(Gizmo Tool)", True), ("blog post", True),
    ("Supplementary material", True), ("this paper", True), ("wclr2031 open access", True), ("WCLR 2031 paper", True),
    ("Proceedings", True), ("Widget Nets (WN)", False), ("Widget 2 Gizmo", False), ("Code Generation for Widgets", False), ("Paper Mills and Gizmos", False),
    # (a real NeurIPS 2023 table: the venue, then the kind of page after a dash)
    ("NeurIPS link - Tutorial Video & Abstract", True), ("ICML paper", True), ("NeurIPS", False), ("Tutorial", False),
    ("Video Pixel Networks", False),
    # A slot of the programme: the kind of session, then a day or a clock time (a real ICML 2022 plan)
    ("Poster 6:30 Wednesday Hall E #115", True), ("Keynote 9am Thursday, Hall F", True), ("Oral, Room 310, 10:30", True),
    ("Poster Session Design for Widgets", False), ("Talking Heads at 30 FPS", False),
])
def test_link_labels_joined_or_with_a_note_in_brackets(anchor, label):
    """A link label may join two ("Slides & Material"), say where in brackets ("Paper (ArXiV)") or open with the venue
    ("[NeurIPS link - Tutorial Video & Abstract]")."""
    from extract.mentions.links import is_label_anchor

    assert is_label_anchor(anchor) is label


def test_a_labelled_link_after_a_record_is_no_title_and_an_award_name_no_paper(nlp):
    """'[Title](talk page) (names). [Slides (PDF)](…)' has no paper in the label; '<br>[Paper (ArXiV)](…)'
    under a record is no paper of its own; '"Best Poster Presentation" was awarded to ...' names an award."""
    text = ("## Tutorials\n\n* [Why widgets are interesting](http://widgetconf.org/tutorialschedule.html#tutorial1) (Ana Souza, Ben Park). "
            "[Slides (PDF)](http://widgetconf.org/docs/tutorial1.pdf)\n\n## Papers\n\n"
            "* <b>Modeling widget reverberation using a gizmo network</b> (A. B. Souza, C. Wei, and D. E. Levi)\n"
            "<br>[Paper (WidgetXplore - publicly available until 10th May)](https://widgetxplore.org/document/9053093/)\n"
            "<br>[Paper (ArXiV)](https://arxiv.org/abs/2601.00001)\n\n## Awards\n\n"
            "* \"Best Poster Presentation\" was awarded to Ana Souza, Ben Park and Chen Wei: "
            "[Revisiting Gizmos: Improving Widget Evaluation Practices](https://widgetconf.org/128_Paper.pdf)\n")
    assert set(titles(nlp, text)) == {"Modeling widget reverberation using a gizmo network",
                                      "Revisiting Gizmos: Improving Widget Evaluation Practices"}


def test_link_labels_and_english_words_are_no_authors(nlp):
    """A programme's "[[Web](url)]" label and a title's tail of English words the segmenter took for
    names ("... and Diffusions") are no authors. (The tail is still cut from that title: a known miss.)"""
    text = ("# Day 2\n\n10. Towards a Unified Understanding of Widget Models in NLP [[Web](https://widgetconf.cc/2026/event=10)] "
            "[[Slides](https://widgetconf.cc/media/10.pdf)]\n"
            "11. Sliced Widget Flows: Nonparametric Generative Modeling via Optimal Transport and Diffusions "
            "[[Web](https://widgetconf.cc/2026/event=11)]\n")
    found = titles(nlp, text)
    assert "Towards a Unified Understanding of Widget Models in NLP" in found
    assert len(found) == 2 and not [p.authors for p in found.values() if p.authors]


@pytest.mark.parametrize("name, not_a_name", [
    ("Web", True), ("Demos", True), ("Variational Inference", True), ("Diffusions", True), ("XGBoost", True), ("GPUs", True),
    ("Ana Souza", False), ("LeCun", False), ("McDonald", False), ("Wallace", False), ("DJ Patil", False),
])
def test_labels_products_and_english_phrases_are_no_author_names(name, not_a_name):
    from extract.mentions.records import _words_not_a_name

    assert _words_not_a_name(name) is not_a_name


# A GitHub table of papers: the title cell breaks lines with <br> (title, then a link to the
# conference page, then notes); a column of code links; group rows with one cell; rows of workshops
# and competitions that link the conference's page of the talk.
TABLE_OF_PAPERS = (
    "## Interesting\n\n"
    "| Title | Poster | OpenReview | GitHub |\n| -: | -: | :-: | -: |\n"
    "| Widget Transformers for Gizmo Parsing <br> [Conf link - Short Video & Abstract](https://neurips.cc/virtual/2031/poster/101)"
    " | [Poster](https://neurips.cc/media/101.png) | [Paper](https://openreview.net/forum?id=w1) | [GitHub](https://github.com/ana/wt) |\n"
    "| Sparse Gizmo Attention at Scale <br> [Conf link - Short Video & Abstract](https://neurips.cc/virtual/2031/poster/102) <br>"
    " _**Notes: a must read**_ | | [Paper](https://openreview.net/forum?id=w2) | [GitHub](https://widgets.example.org/sga) |\n"
    "| Robust Widget Detection via Gizmo Distillation <br> [Conf link - Short Video & Abstract](https://neurips.cc/virtual/2031/poster/103)"
    " | | [Paper](https://openreview.net/forum?id=w3) | |\n"
    "| Gizmo Tokenizers Are Widget Learners <br> [Conf link - Short Video & Abstract](https://neurips.cc/virtual/2031/poster/107)"
    " | | [Paper](https://openreview.net/forum?id=w7) | |\n"
    "| Gizmos | | | |\n"
    "| Scaling laws for widget encoding models in gizmos <br> [Conf link - Short Video & Abstract](https://neurips.cc/virtual/2031/poster/104)"
    " | | [Paper](https://openreview.net/forum?id=w4) | |\n"
    "| Why widget by widget? Reasoning emerges from the locality of gizmos <br> [Conf link - Short Video & Abstract]"
    "(https://neurips.cc/virtual/2031/poster/105) | | [Paper](https://openreview.net/forum?id=w5) | |\n"
    "| Widget Planning with Large Gizmo Models - A Critical Investigation <br> [Conf link - Short Video & Abstract]"
    "(https://neurips.cc/virtual/2031/poster/106) | | [Paper](https://openreview.net/forum?id=w6) | |\n"
    "| Machine Learning with New Widget Paradigms <br> [Conf link - Workshop Video & Abstract](https://neurips.cc/virtual/2031/workshop/201)"
    " | | | [Workshop](https://widget-workshop.example.org/) |\n"
    "| Competition : Gizmo Challenge 2031 <br> [Conf link - Short Video & Abstract](https://neurips.cc/virtual/2031/competition/301)"
    " | | | [GitHub](https://sites.example.org/gizmo-challenge) |\n"
)


def test_a_table_of_papers_with_line_breaks_in_its_cells(nlp):
    found = titles(nlp, TABLE_OF_PAPERS)
    assert set(found) == {
        "Widget Transformers for Gizmo Parsing", "Sparse Gizmo Attention at Scale", "Robust Widget Detection via Gizmo Distillation",
        "Gizmo Tokenizers Are Widget Learners", "Scaling laws for widget encoding models in gizmos", "Why widget by widget? Reasoning emerges from the locality of gizmos",
        "Widget Planning with Large Gizmo Models - A Critical Investigation"}
    assert found["Widget Transformers for Gizmo Parsing"].code_urls == ["https://github.com/ana/wt"]
    assert found["Sparse Gizmo Attention at Scale"].code_urls == ["https://widgets.example.org/sga"]
    # The competition's link is its own row's, not the paper's above it.
    assert found["Widget Planning with Large Gizmo Models - A Critical Investigation"].code_urls == []
    assert found["Widget Planning with Large Gizmo Models - A Critical Investigation"].authors == []


def test_a_table_cells_later_lines_are_continuation_lines():
    units = _units("| Title | Code |\n| - | - |\n| Widget Nets <br> [video](https://v.example.org/1) | [code](https://github.com/a/b) |\n")
    (row,) = units
    assert [(t.text, t.line, t.cell) for t in row.tokens] == [
        ("Widget", 0, 0), ("Nets", 0, 0), ("video", 1, 0), ("code", 0, 1)]


def test_a_task_list_of_papers_with_italic_names_glued_to_the_titles(nlp):
    # GitHub task-list items ("- [x] ...") whose italic byline follows the title without a space;
    # an award heading announces papers, whatever else it says ("Social Impact").
    text = ("# **Best Paper Awards**\n\n"
            "- [x]  Widget Language Models*Ana Souza, Ben Park, Chen Wei and Dana Levi*\n"
            "- [ ]  Gizmo judgements are not always robust to context*Tiwal Osei, Jon Gauthier, Aaron Mueller and Adina Rinaldi*\n"
            "- [ ]  Causes and Cures for Interference in Widget Translation*Eli Shaham, Maha Elbaz, Vedan Goswami and Shruti Kovac*\n\n"
            "### **Social Impact Award**:\n\n"
            "- [x]  Marked Widgets: Using Natural Language Prompts to Measure Gizmos in Language Models\n    \n"
            "    *Myra Chen, Esin Durmaz and Dan Jurafski*\n")
    assert {t: p.authors for t, p in titles(nlp, text).items()} == {
        "Widget Language Models": ["Ana Souza", "Ben Park", "Chen Wei", "Dana Levi"],
        "Gizmo judgements are not always robust to context": ["Tiwal Osei", "Jon Gauthier", "Aaron Mueller", "Adina Rinaldi"],
        "Causes and Cures for Interference in Widget Translation": ["Eli Shaham", "Maha Elbaz", "Vedan Goswami", "Shruti Kovac"],
        "Marked Widgets: Using Natural Language Prompts to Measure Gizmos in Language Models": ["Myra Chen", "Esin Durmaz", "Dan Jurafski"]}


def test_linked_titles_to_poster_pages_over_notes_and_not_talks_or_proceedings(nlp):
    # (Two titles of a real CVPR 2023 report, which the segmenter doubts.) A list item that is one
    # Title Case link to the conference's page of a poster, over notes in
    # sentences, is a paper; a title read only part of the way through its link's anchor is the whole
    # anchor; keynotes and tutorials linking their own pages are no papers, nor is a volume of proceedings.
    text = ("# WidgetConf 2031 (Virtual)\n\n## [Keynotes and Panels](https://widgetconf.thecvf.com/virtual/2031/events)\n\n"
            "- [Revisiting Old Widgets With Modern Hardware](https://cvpr.thecvf.com/virtual/2031/invited-talk/23301)\n"
            "  - Great talk highlighting some of the history of widgets\n\n"
            "## Tutorials and Workshops\n- [Gizmo Transformer: More is Different](https://cvpr.thecvf.com/virtual/2031/tutorial/18572)\n\n"
            "## Papers and Posters\n\n"
            "- [Visual Widgets: Compositional Gizmo Reasoning Without Training](https://cvpr.thecvf.com/virtual/2031/poster/22652)\n"
            "- [Scaling Up Gizmos for Text-to-Widget Synthesis](https://cvpr.thecvf.com/virtual/2031/poster/22519)\n"
            "  - Why gizmos? Is it for a speed improvement?\n"
            "- [DreamWidget: Fine Tuning Text-to-Gizmo Models for Subject-Driven Generation](https://cvpr.thecvf.com/virtual/2031/poster/21257)\n"
            "- [Integral Neural Networks](https://cvpr.thecvf.com/virtual/2031/poster/21686)\n"
            "  - They introduce a new family of deep widget networks, where instead of the conventional representation of "
            "network layers as N-dimensional weight tensors, we use a continuous layer representation along the channel dimensions\n"
            "- [OmniObject3D: Large-Vocabulary 3D Object Dataset for Realistic Perception, Reconstruction and Generation]"
            "(https://cvpr.thecvf.com/virtual/2031/poster/22700) ※Award Candidate\n"
            "  - A dataset of scanned gizmos\n\n"
            "## Proceedings\n\n- [ACM WIDGETCONF 2031 Courses](https://dl.acm.org/citation.cfm?id=3214834)\n")
    assert set(titles(nlp, text)) == {
        "Visual Widgets: Compositional Gizmo Reasoning Without Training", "Scaling Up Gizmos for Text-to-Widget Synthesis",
        "DreamWidget: Fine Tuning Text-to-Gizmo Models for Subject-Driven Generation", "Integral Neural Networks",
        "OmniObject3D: Large-Vocabulary 3D Object Dataset for Realistic Perception, Reconstruction and Generation"}


def test_titles_in_a_travel_report_and_the_events_named_around_them(nlp):
    # Two quoted sentence-case titles after one cue ("titled “A” and “B”"), the first opening with a
    # lower-case name; the conference's own name, linked in a sentence, is no paper.
    text = ("In June 2031, I had the opportunity to present two of my projects, titled “iWidget: eyewear solution for "
            "low-power gizmo monitoring” and “G!ZMO: eyewear solution for upper widget units monitoring”, at the ACM "
            "symposium on Widget Tracking.\n\n"
            "Giving a spotlight talk of my research at the [IEEE Conference on Widget Vision and Gizmo Recognition (WVGR 2031)]"
            "(http://wvgr2031.thecvf.com/) this summer has given me valuable experience in presenting my work with others.\n")
    assert set(titles(nlp, text)) == {"iWidget: eyewear solution for low-power gizmo monitoring",
                                      "G!ZMO: eyewear solution for upper widget units monitoring"}


@pytest.mark.parametrize("title, plausible", [
    ("IEEE Conference on Widget Vision and Gizmo Recognition", False),
    ("6th Workshop on Fine-Grained Widget Categorization", False),
    ("Summer School on Gizmo Architectures", False),
    ("Findings of the 2031 Conference on Widget Translation (WMT31): Gizmos Are Here but Not Quite There Yet", True),
    ("Widget Nets for Gizmo Parsing", True),
    # A note's figures are no title; a title with a number or two in it is.
    ("East Widgetland: 1600 (train), 400 (dev), 392", False),
    ("Gizmo Rotors with 4 Controllable Widgets in 3D", True),
])
def test_an_events_name_is_no_title(title, plausible):
    from extract.mentions.papers import plausible_title
    from extract.mentions.records import Candidate

    assert plausible_title(title, Candidate(title, 0, len(title), "prose.link", 0.5)) is plausible


def test_a_quotation_of_punctuation_only_does_not_break_the_report(nlp):
    # print('-------') in a code sample: the quoted text cleans to nothing (it crashed the whole report).
    text = "```python\nprint('-------')\n```\n\n- Widget Nets for Gizmo Parsing at Scale\n"
    assert titles(nlp, text) is not None



# Quoted from real notes (a paper blitz of ACL/EMNLP 2023 papers, a reading list): plain Title Case
# list items under headings that name no papers, and a label item over bibliography records.
BLITZ_LISTS = '# Step 1b: Clean up the clusters and label them.\n\n\n### Humans + Evaluation\n- Are Human Explanations Always Helpful? Towards Objective Evaluation of Human Natural Language Explanations \n- Can Large Language Models Be an Alternative to Human Evaluations? \n- Large Language Models are Not Yet Human-Level Evaluators for Abstractive Summarization\n- ParroT: Translating during Chat using Large Language Models tuned with Human Translation and Feedback\n- Comparing the Evaluation and Production of Loophole Behavior in Humans and Large Language Models \n\n### General Evaluation\n- MEGA: Multilingual Evaluation of Generative AI\n- Beyond Factuality: A Comprehensive Evaluation of Large Language Models as Knowledge Generators\n- EpiK-Eval: Evaluation for Language Models as Epistemic Models \n\n### Meta-evaluation\n- Evaluating Evaluation Metrics: A Framework for Analyzing NLG Evaluation Metrics using Measurement Theory\n- Training and Meta-Evaluating Machine Translation Evaluation Metrics at the Paragraph Level \n\n### Machine Translation metrics related\n- Extrinsic Evaluation of Machine Translation Metrics\n- The Devil Is in the Errors: Leveraging Large Language Models for Fine-grained Machine Translation Evaluation \n- eBLEU: Unexpectedly Good Machine Translation Evaluation Using Simple Word Embeddings \n- The OPUS-MT Dashboard – A Toolkit for a Systematic Evaluation of Open Machine Translation Models\n- Automating Behavioral Testing in Machine Translation\n- Trained MT Metrics Learn to Cope with Machine-translated References\n- A Benchmark for Evaluating Machine Translation Metrics on Dialects without Standard Orthography \n- Towards Better Evaluation for Formality-Controlled English-Japanese Machine Translation\n\n### Machine Translation / Model buidling\n- Terminology-Aware Translation with Constrained Decoding and Large Language Model Prompting \n- HyperT5: Towards Compute-Efficient Korean Language Modeling \n \n### Data Contamination\n- Stop Uploading Test Data in Plain Text: Practical Strategies for Mitigating Data Contamination by Evaluation Benchmarks \n- NLP Evaluation in trouble: On the Need to Measure LLM Data Contamination for each Benchmark \n\n'
LABEL_OVER_RECORDS = "## Unclassified\n- A Neitz, G Parascandolo, S Bauer, B Schölkopf. Adaptive Skip Intervals: Temporal Abstraction for Recurrent Dynamical Models. NIPS'18\n- Y Sun, Y Duan, H Gong, M Wang. Learning low-dimensional state embeddings and metastable clusters from time series data. NIPS'19\n- Continuous Time Series with NN\n\t- H Mei and J M Eisner. The neural hawkes process: A neurally self-modulating multivariate point process. NIPS'17\n\t- Z Che, S Purushotham, K Cho, D Sontag, and Y Liu. Recurrent Neural Networks for Multivariate Time Series with Missing Values. Scientific Report'18\n\t- W Cao, D Wang, J Li, H  Zhou, L Li, and et al. Brits: Bidirectional recurrent imputation for time series. arxiv'18"


def test_bare_title_case_items_are_candidates_and_a_label_item_keeps_its_nested_records(nlp):
    found = titles(nlp, BLITZ_LISTS)
    assert len(found) == 22
    assert {"Can Large Language Models Be an Alternative to Human Evaluations?",
            "Large Language Models are Not Yet Human-Level Evaluators for Abstractive Summarization",
            "Beyond Factuality: A Comprehensive Evaluation of Large Language Models as Knowledge Generators"} <= set(found)
    nested = titles(nlp, LABEL_OVER_RECORDS)
    assert "Continuous Time Series with NN" not in nested
    assert any(t.startswith("Recurrent Neural Networks for Multivariate Time Series with Missing Values") for t in nested)


def test_a_presenter_after_the_venue_and_a_dash_is_no_author(nlp):
    # A seminar's list: "[Title](url), Surname et al., VENUE, YEAR - Presenter (review, slides)".
    text = ("# Paper Presentations\n\n## Spring 2031\n\n"
            "* [GizmoVe: Global Vectors for Widget Representation](https://www.aclweb.org/anthology/D14-1162), Pennowitz et al., "
            "EMNLP, 2014 - Yao Ge (review, slides)\n"
            "* [Rewarding Widgets: Transition-Based Gizmo Parsing with Reinforcement Learning](https://www.aclweb.org/anthology/P19-1451/), "
            "Naseer et al., ACL 2019 - Derek Hopper (review, slides)\n"
            "* [Deep Biaffine Attention for Neural Widget Parsing](https://arxiv.org/abs/1611.01734), Dozat and Manning, ICLR, 2017. "
            "- Han He ([review](https://drive.example.org/1))\n"
            # a venue the segmenter does not know: the year stands for it
            "* [Class-based N-gram Models of Widget Language](http://aclweb.org/anthology/J92-4003), Brownfield et al., WL, 1992. "
            "- Victoria Lawlor ([review](https://drive.example.org/2), [slides](https://drive.example.org/3))\n")
    assert {t: p.authors for t, p in titles(nlp, text).items()} == {
        "GizmoVe: Global Vectors for Widget Representation": ["Pennowitz"],
        "Rewarding Widgets: Transition-Based Gizmo Parsing with Reinforcement Learning": ["Naseer"],
        "Deep Biaffine Attention for Neural Widget Parsing": ["Dozat", "Manning"],
        "Class-based N-gram Models of Widget Language": ["Brownfield"]}


def test_a_conferences_full_name_and_a_tutorials_name_in_sentences_are_no_papers(nlp):
    text = ("I’m grateful for the opportunity to attend *WidgetConf (Neural Widget Processing Systems) 2031*, where our research "
            "team presented our third paper—GizmoBench [1]. Here are a few reflections from the experience at the conference:\n\n"
            "These two points were actually mentioned in one of the tutorials at ACL 2031 called **Presentation Matters** [2], "
            "but I feel I didn’t execute them well this time.\n\n"
            "[1] [GizmoBench: Towards Benchmarking Continuous Improvement of Widget Agents](https://arxiv.org/abs/2406.08747)<br>\n"
            "[2] [ACL 2031 Tutorial: Presentation Matters](https://drive.example.org/file/d/1)\n")
    assert set(titles(nlp, text)) == {"GizmoBench: Towards Benchmarking Continuous Improvement of Widget Agents"}


def test_a_list_of_fields_per_paper(nlp):
    # "- **Title**: X" / "- **Authors**: A, B" / "- **Code**: url" / "- **Venue**: ...", paper after paper.
    text = ("# Papers I liked at WidgetConf 2031\n\n### Paper 1\n- **Title**: Widget Nets for Gizmo Parsing\n"
            "- **Authors**: Ana Souza, Ben Park\n- **Code**: https://github.com/asouza/widgetnets\n\n"
            "### Paper 2\n- **Title**: Sparse Gizmo Attention at Scale\n- **Authors**: Chen Wei, Dana Levi, Eli Cohen\n"
            "- **Venue**: WidgetConf 2031\n")
    found = titles(nlp, text)
    assert {t: (p.authors, p.code_urls) for t, p in found.items()} == {
        "Widget Nets for Gizmo Parsing": (["Ana Souza", "Ben Park"], ["https://github.com/asouza/widgetnets"]),
        "Sparse Gizmo Attention at Scale": (["Chen Wei", "Dana Levi", "Eli Cohen"], [])}


@pytest.mark.parametrize("text, expected", [
    # A heading "Title (Venue Year)" over an italic byline: the bracket is no citation of "WidgetConf".
    ("## Widget Nets for Gizmo Parsing (WidgetConf 2031)\n*Ana Souza, Ben Park*\n\nThey parse gizmos.\n\n"
     "## Sparse Gizmo Attention at Scale (WidgetConf 2031)\n*Chen Wei, Dana Levi*\n\nAttention, but sparse.\n",
     {"Widget Nets for Gizmo Parsing": (["Ana Souza", "Ben Park"], []),
      "Sparse Gizmo Attention at Scale": (["Chen Wei", "Dana Levi"], [])}),
    # A list item's third line holds its code link (an HTML "<b>Title</b><br>names<br><a>code</a>" item, converted).
    ("## Papers\n\n- **Widget Nets for Gizmo Parsing**\n  Ana Souza, Ben Park\n  [code](https://github.com/asouza/wn)\n"
     "- **Sparse Gizmo Attention at Scale**\n  Chen Wei, Dana Levi\n",
     {"Widget Nets for Gizmo Parsing": (["Ana Souza", "Ben Park"], ["https://github.com/asouza/wn"]),
      "Sparse Gizmo Attention at Scale": (["Chen Wei", "Dana Levi"], [])}),
    # Each name with its affiliation in brackets, after a dash: the second bracket is no title of its own.
    ("**Scaling Laws for Widget Transformers** — Kai Lee (Widget University), Lia Rossi (Gizmo Labs), Max Novak (Sprocket AI)\n",
     {"Scaling Laws for Widget Transformers": (["Kai Lee", "Lia Rossi", "Max Novak"], [])}),
    # Names that presented "their paper" before its quoted title; one given name a lexicon knows is enough.
    ("Later, Chen Wei and Dana Levi presented their paper \"Sparse Gizmo Attention at Scale\".\n",
     {"Sparse Gizmo Attention at Scale": (["Chen Wei", "Dana Levi"], [])}),
])
def test_bylines_and_code_links_in_more_layouts(nlp, text, expected):
    assert {t: (p.authors, p.code_urls) for t, p in titles(nlp, text).items()} == expected


_TWENTY_NAMES = [f"{f} Souza" if i % 2 else f"{f} Park" for i, f in enumerate(
    ["Ana", "Ben", "Chen", "Dana", "Eli", "Fay", "Gus", "Hal", "Ida", "Jon", "Kai", "Lia", "Max", "Nia", "Omar", "Pia",
     "Raj", "Sara", "Tom", "Uma"])]


@pytest.mark.parametrize("byline", [
    " · ".join(_TWENTY_NAMES),   # one "·" between each (61 tokens: longer than a record's line)
    # an italic byline markdown does not close (a space before the last "_"): the underscores are no part of a name
    "_" + ", ".join(_TWENTY_NAMES[:-1]) + " and " + _TWENTY_NAMES[-1] + " _",
    # each name with its affiliation in brackets, as a conference's site lists them
    " · ".join(f"{n} (University of Widgets / Gizmo Labs)" for n in _TWENTY_NAMES),
])
def test_a_byline_longer_than_a_record_line_is_read_whole(nlp, byline):
    """Twenty names on the line under a task-list title: all of them are its authors."""
    text = "# Oral Papers\n\n- [ ] Widget Nets for Gizmo Parsing at Scale\n    " + byline + "\n"
    (paper,) = titles(nlp, text).values()
    assert paper.title == "Widget Nets for Gizmo Parsing at Scale"
    assert paper.authors == _TWENTY_NAMES


def test_a_translated_title_over_the_title_and_a_long_byline_with_affiliations(nlp):
    """"**<title in Chinese>**" / "Title" / "A (Affiliation) · B (Affiliation / Other) · ..." (six names,
    longer than a record's line): the English title and every name, the affiliations no names."""
    names = ["Natalia Souza", "David Park", "Marc Lind", "Vasil Rossi", "Patrick Haddad", "Andrea Berg"]
    text = ("**连续小部件嵌入**  \nContinuous Widget Embeddings  \n"
            + " · ".join(f"{n} (Gizmo AI Research)" if i % 2 else f"{n} (University of Widgets / Gizmo AI Research)"
                         for i, n in enumerate(names)) + "  \n  \n"
            "**改善小部件校准**  \nImproving Widget Calibration with Accuracy versus Gizmo Optimization  \n"
            "Ranga Krishnan (Gizmo Labs) · Omar Tickoo (Gizmo)  \n")
    assert {t: p.authors for t, p in titles(nlp, text).items()} == {
        "Continuous Widget Embeddings": names,
        "Improving Widget Calibration with Accuracy versus Gizmo Optimization": ["Ranga Krishnan", "Omar Tickoo"]}


def test_a_name_and_et_al_under_a_title_are_its_author(nlp):
    """"* **Title**<br>*Ana Souza et. al.*" (a first author, "et al." with a stray dot): no title of its
    own, the name is the title's author."""
    text = ("# Papers I liked\n\n"
            "* **On the Effect of Widgets on Reading Times**<br>*Ana Souza et. al.*\n"
            "* **Unifying Structured Gizmos as Graph for Data-to-Text Pre-Training**<br>*Ben Park, Chen Wei, Dana Levi*\n")
    assert {t: p.authors for t, p in titles(nlp, text).items()} == {
        "On the Effect of Widgets on Reading Times": ["Ana Souza"],
        "Unifying Structured Gizmos as Graph for Data-to-Text Pre-Training": ["Ben Park", "Chen Wei", "Dana Levi"]}


@pytest.mark.parametrize("text, title, authors", [
    # italics glued to the title's last word, the first name three words long ("Theo X. Olausson")
    ("# Outstanding Papers\n\n- [ ] Widget Parsing by Combining Gizmo Models with First-Order Logic Provers*Theo X. Souza, "
     "Ben Park, Cara E. Lind, Armando Rossi-Vega and Dan P. Levy*\n"
     "- [ ] Sparse Gizmo Attention at Scale*Ana Souza, Ben Park and Chen Wei*\n",
     "Widget Parsing by Combining Gizmo Models with First-Order Logic Provers",
     ["Theo X. Souza", "Ben Park", "Cara E. Lind", "Armando Rossi-Vega", "Dan P. Levy"]),
    # the same with twelve names: a line longer than a record's, its names in italics to the line's end
    ("# Outstanding Papers\n\n- [ ] Counting Widgets (CW2): Gizmo Detection is Not as Easy as You May Think - Introducing "
     "a Widget Index (WI)*Megan Souza, S.M Tariq Islam Park, Ben Park, Cara Lind, Dan Levy, Eva Rossi, Farid Haddad, "
     "Greta Lind, Hugo Brandt, Ines Duarte, Jonas Berg and Kira Novak*\n"
     "- [ ] Sparse Gizmo Attention at Scale*Ana Souza, Ben Park and Chen Wei*\n",
     "Counting Widgets (CW2): Gizmo Detection is Not as Easy as You May Think - Introducing a Widget Index (WI)",
     ["Megan Souza", "S.M Tariq Islam Park", "Ben Park", "Cara Lind", "Dan Levy", "Eva Rossi", "Farid Haddad",
      "Greta Lind", "Hugo Brandt", "Ines Duarte", "Jonas Berg", "Kira Novak"]),
])
def test_a_title_glued_to_its_italic_byline(nlp, text, title, authors):
    """"- [ ] Title*A, B and C*" (a page exported from a notes app): the italics are the names, all of them."""
    found = titles(nlp, text)
    assert found[title].authors == authors
    assert found["Sparse Gizmo Attention at Scale"].authors == ["Ana Souza", "Ben Park", "Chen Wei"]


@pytest.mark.parametrize("text", [
    # A note in Korean around a term, over its nested points: prose, not a title.
    "# Widget Nets for Gizmo Parsing\n\n## Approach\n\n- 이 때 p_F를 구하는 방법으로 두 가지 방식이 있습니다.\n  - Multinomial Log-Likelihood ( 에 속하는 모든 아이템에 대한 softmax)\n  - Logistic Log-Likelihood\n",
    # Fields of a record read on their own line: "Dataset: ...", "KeyWords" alone, a written-out link.
    "1. [Widget Nets for Gizmo Parsing](https://arxiv.org/pdf/2601.00001.pdf)  \nAuthor(Institute): Ana Souza(Widgetco)  \n"
    "KeyWords: Multi-way Widget Attention  \nDataset: GizmoBank; WidgetSet  \n",
    "## Sparse Gizmo Attention at Scale\n\n- Paper : <https://doi.org/10.1145/1234567.7654321>\n- Venue : WidgetConf 2031\n",
])
def test_notes_fields_and_links_of_a_record_are_no_titles(nlp, text):
    assert set(titles(nlp, text)) <= {"Widget Nets for Gizmo Parsing", "Sparse Gizmo Attention at Scale"}


def test_a_schedules_slots_and_expo_talks_are_no_papers(nlp):
    """Time ranges before a slot ("10:00 - 10:30 am Coffee break, ...") and talks under an expo heading."""
    text = ("## Sunday, 2.12.2031  [WidgetConf EXPO](https://widgetconf.cc/2031/ExpoSchedule)\n\n"
            "- 8:00 - 9:00 am Widgetco Group, Room 511E:  Gizmo Understanding in Widgetland\n"
            "- 9:00 - 10:00 am Gizmo Labs Services, Room 517D: Deep Widget-Powered Natural Gizmo Understanding\n"
            "- 10:00 - 10:30 am Coffee break, Rooms 220A and 220B\n"
            "- 4:30 - 5:00 PM Coffee break\n")
    assert titles(nlp, text) == {}


@pytest.mark.parametrize("title", ["Research Session 1: Widget Engines Chaired", "Industry Sessions: Gizmos",
                                   "Panel on Widget Safety moderated", "Poster Session 2 - Widgets"])
def test_a_session_and_its_chair_are_no_title(title):
    """A programme's session line ("Research Session 1: Widget Engines Chaired by Ana Souza")."""
    from extract.mentions.papers import plausible_title
    from extract.mentions.records import Candidate

    assert not plausible_title(title, Candidate(title, 0, len(title), "record.line", 0.9, [("Ana Souza", 0, 9)]))


@pytest.mark.parametrize("title, plausible", [
    ("Gizmo Exhibition Congress Center, Springfield", False), ("Widget Convention Centre", False),
    ("Grand Gizmo Hotel, Springfield", False),
    # a picture of a person, its alt text over "by Ana Souza" ("A Picture of the Space of Widgets" stays a title)
    ("Portrait of Ana Souza", False), ("Photo of Ben Park", False), ("A Picture of the Space of Typical Widgets", True),
    # (a title that only names a centre's kind of work stays one)
    ("Centre-Surround Widgets for Gizmo Detection", True), ("A Widget Center for Gizmo Learning", True),
])
def test_the_venue_or_a_portrait_is_no_title(title, plausible):
    """"The workshop took place ... at Room 4, Gizmo Exhibition Congress Center, Springfield.": the segmenter read the
    building and its city as a title; a post's "Portrait of Ana Souza" over "by Ana Souza", the picture's alt text."""
    from extract.mentions.papers import plausible_title
    from extract.mentions.records import Candidate

    assert plausible_title(title, Candidate(title, 0, len(title), "record.line", 0.9)) is plausible


@pytest.mark.parametrize("title, names, plausible", [
    # a reader's note that equates two things ("Probabilisic watershed = Random walk" under a NeurIPS 2019 oral's record)
    ("Probabilisic widget = Random gizmo", [], False), ("Gradients of BPTW = Temporal updates of GP", [], False),
    # ... a title when its names or link come with it (6 of the catalogue's 155k hold " = ")
    ("3D Widget Estimation = 2D Widget Estimation + Matching", [("Ana Souza", 60, 69)], True),
    ("Widget Estimation as Gizmo Matching", [], True),
])
def test_a_bare_equation_of_two_things_is_a_note(title, names, plausible):
    from extract.mentions.papers import plausible_title
    from extract.mentions.records import Candidate

    assert plausible_title(title, Candidate(title, 0, len(title), "record.line", 0.9, names)) is plausible


@pytest.mark.parametrize("title", ["Bayesian Widgets -> Gizmo Probability -> Widget Energy", "$$ E (\\sum_{t=0}^{h} r_t)$$",
                                   "Physical Widget → Gizmo Model"])
def test_pipelines_and_display_math_are_no_titles(title):
    from extract.mentions.papers import plausible_title
    from extract.mentions.records import Candidate

    assert not plausible_title(title, Candidate(title, 0, len(title), "record.line", 0.9, [("Ana Souza", 0, 9)]))


@pytest.mark.parametrize("text, expected", [
    ("# Notes from WidgetConf\n\nPosted on March 3, 2031 by Ana Souza\n\nToday I write about widgets and the gizmos we saw at the poster session.\n", {}),
    ("Published in June 2031 by Ben Park\n\nThe widgets were great this year.\n", {}),
    ("## Papers\n\nPosted Price Mechanisms for Widget Markets\nAna Souza, Ben Park\n",
     {"Posted Price Mechanisms for Widget Markets": ["Ana Souza", "Ben Park"]}),
])
def test_a_posts_own_byline_and_date_is_no_paper(nlp, text, expected):
    assert {t: p.authors for t, p in titles(nlp, text).items()} == expected


def test_a_notes_sentence_about_the_paper_is_no_title(nlp):
    """A short note under a listed paper, with a link in it: "The paper proposes ..." is a sentence."""
    text = ("## Adaptation\n\n3. [Widget Model Adaptation from Raw Gizmos with WidgetNet](https://arxiv.org/pdf/2601.00001.pdf)\n\n"
            "\t* The paper proposes a method to use [WidgetNet](https://arxiv.org/abs/2601.00002) layers to adapt a widget model trained on "
            "adult gizmo speech to children's gizmo speech.\n")
    assert list(titles(nlp, text)) == ["Widget Model Adaptation from Raw Gizmos with WidgetNet"]


def test_nested_terms_and_a_table_of_contents_are_no_names(nlp):
    """Two capitalised words a line under an item are names only when given names open half of them;
    linked entries of a table of contents never are."""
    text = ("## Contents\n\n- [Learning with Less Widgets](#less)\n  - [Out-of-Domain Gizmos](#ood)\n  - [Widget Augmentation](#aug)\n\n"
            "## Notes\n\n- Widget Loss Functions for Gizmos\n  - Full Softmax\n  - Hierarchical Softmax\n  - Cross Entropy\n")
    assert all(not p.authors for p in titles(nlp, text).values())


@pytest.mark.parametrize("text", [
    "I liked Widget Nets for Gizmo Parsing, authored by Ana Souza and Ben Park.\n",
    FILLER + "I liked Widget Nets for Gizmo Parsing, written by Ana Souza and Ben Park, which parses gizmos.\n",
])
def test_an_unquoted_title_the_sentence_says_is_authored_by_names(nlp, text):
    """"X, authored by A and B": the cue and the names after it are the evidence for a Title Case run."""
    assert {t: p.authors for t, p in titles(nlp, text).items()} == {"Widget Nets for Gizmo Parsing": ["Ana Souza", "Ben Park"]}


def test_bold_words_inside_a_linked_title_in_prose_are_neither_markup_nor_names(nlp):
    """"[Widget Nets for **Gizmo Parsing**](paper) [**(code)**](...)": the title is read without its
    asterisks and the bold words are not its authors."""
    text = (":heavy_minus_sign: [Widget Nets for **Gizmo Parsing** in Noisy Documents](https://arxiv.org/abs/2601.00001)  "
            "[**(paper)**](https://arxiv.org/pdf/2601.00001.pdf) [**(code)**](https://github.com/asouza/widgetnets)\n"
            "> Clue: a new dataset of 10,000 widget-gizmo pairs, annotated with relations (e.g., visible, subjective, action, story).\n")
    found = titles(nlp, text)
    assert list(found) == ["Widget Nets for Gizmo Parsing in Noisy Documents"]
    assert found["Widget Nets for Gizmo Parsing in Noisy Documents"].authors == []


@pytest.mark.parametrize("title, plausible", [
    ("Ana Souza Attended NeurIPS 2031", False),                 # a post's title: none of the catalogue's ends in a venue and year
    ("Takeaways from WIDGETCONF 2031", False),                  # ... or an acronym and a year
    ("Dr. Ana Souza", False),                                   # a person with a title
    ("Highlights of Widget Papers at CVPR 2031", False),
    ("Widget Nets at Scale: Lessons from NeurIPS 2031 Reviews", True),
    ("提出基于Whitening and Coloring的BN，提高GAN的稳定性", False),   # a note in Chinese around English terms
    ("Stable Gizmo Shaping改进Opponent-Learning Awareness的收敛效果", False),
    # a reading log's weeks between its papers (a graphics reader's log: "January 2023 (2/4) - March 2023 (3/4)")
    ("January 2031 (2/4) - March 2031 (3/4)", False), ("Aprl 2031 (3/4) - April 2031 (4/4)", False), ("August 2031", False),
    ("Widget Nets in August 2031: A Retrospective", True),
    # a society's name, as a translation in brackets gives it; not a title with a word "Association" inside
    ("American Association for Widget Intelligence", False), ("Society for Gizmo Studies", False),
    ("Unsupervised Widget Association for Gizmo Re-Identification", True),
])
def test_titles_no_paper_has(title, plausible):
    from extract.mentions.papers import plausible_title
    from extract.mentions.records import Candidate

    assert plausible_title(title, Candidate(title, 0, len(title), "record.line", 0.9)) is plausible


def test_a_title_of_name_shaped_words_with_an_english_word_inside_is_not_a_name():
    from extract.mentions.records import reads_as_names

    assert not reads_as_names("With Little Gizmo Comes Great Responsibility")
    assert reads_as_names("Ana Maria Souza Park") and reads_as_names("James J DiCarlo")


@pytest.mark.parametrize("raw, title", [
    ("Sanity Checks for Widget Maps. http://arxiv.org/abs/2601.00001", "Sanity Checks for Widget Maps"),   # a link written out after it
    ("Widget Nets.” <https://arxiv.org/abs/2601.00002>.", "Widget Nets"),
    ("Gizmo Parsing](https://www.example.org/s/a.pdf?dl=0)", "Gizmo Parsing](https://www.example.org/s/a.pdf?dl=0)"),   # markdown: not this rule's
])
def test_a_written_out_link_is_not_part_of_a_title(raw, title):
    from extract.mentions.records import clean_title

    assert clean_title(raw) == title


def test_a_days_notes_with_keynotes_panels_and_captioned_pictures(nlp):
    """A workshop's name, talk titles under keynote and panel headings, slides quoted in picture captions,
    an image's alt text and a person in bold are no papers; the award papers and the paper a caption names are."""
    text = (
        "# 🌟 Day 3 – Takeaways from WIDGETCONF 2031 🌟\n\n"
        "I spent the morning at the **Widget Analysis: Theory, Algorithms, and Applications (WATP)** workshop "
        "([link](https://watp.example.org/2031)), diving deep into gizmos.\n\n"
        "## 9:00–10:00 – Keynote by Dr. Ana Souza (Widget University)\n\n"
        "**Title:** *“Why Widgets Matter: Embracing Gizmo Complexity”*\n\nMy takeaway: gizmos are hard.\n\n"
        "## 10:30–12:00 – Panel A: “The Future of Probabilistic Widgets in Data Mining”\n\nThe panel was lively.\n\n"
        "## Awards\n\n🏆 **Best Paper:**  \n*“Attributed Widget Generation with Realistic Gizmo Interplay”*  \n"
        "**Authors:** Ben Park, Chen Wei (KAIST)\n\n"
        "I met **Dr. Dana Levi** (Gizmo Institute) at lunch.\n\n"
        "### 1️⃣ “TS-Widget: Learning Temporal Gizmo Relations from Non-stationary Series” – Eli Cohen (Widget University)\n\nA good talk.\n\n"
        "<div class=\"gallery\">\n  <figure class=\"slide\">\n    <img src=\"a.jpg\" alt=\"Slide announcing the 10-Year Highest-Impact Paper Award\">\n"
        "    <figcaption>10-Year Highest-Impact Paper Award — *“Fusing Widget Models with Gizmo Chains for Sparse Recommendation.”*</figcaption>\n"
        "  </figure>\n  <figure class=\"slide\">\n    <img src=\"b.jpg\" alt=\"A slide\">\n"
        "    <figcaption>“Major Widget Activities in the Past 25 Years” — a retrospective on milestones such as double-blind reviewing.</figcaption>\n"
        "  </figure>\n</div>\n")
    found = titles(nlp, text)
    assert set(found) == {"Attributed Widget Generation with Realistic Gizmo Interplay",
                          "TS-Widget: Learning Temporal Gizmo Relations from Non-stationary Series",
                          "Fusing Widget Models with Gizmo Chains for Sparse Recommendation"}
    assert found["Attributed Widget Generation with Realistic Gizmo Interplay"].authors == ["Ben Park", "Chen Wei"]


def test_a_works_short_name_with_its_citation_in_bold_in_a_sentence(nlp):
    """"in the spirit of **WIDGETNET (Souza et al., 2031)**": the short name is the title, the cited
    surname its author; not the sentence that leads into it."""
    text = ("Causal discovery for time series.\n\n"
            "Very much in the spirit of **WIDGETNET (Souza et al., 2031)** but tailored to temporal structure. "
            "This is one of the directions that connects my own interests.\n")
    found = titles(nlp, text)
    assert list(found) == ["WIDGETNET"] and found["WIDGETNET"].authors == ["Souza"]


def test_a_records_field_line_is_no_title(nlp):
    """"_Suggestion:_ [Analyze (Standout)](#notes) | [Anthology](url)" under a bold title: one word, a
    colon and one word is a field and its value, not a second paper."""
    text = ("### Widgets\n\n"
            "- **Tracking Widget Features Through Gizmo Merging**\n"
            "  _Suggestion:_ [Analyze (Standout)](#tracking-widget-features) | 🔗 [ACL Anthology](https://aclanthology.org/2031.widget-1.2/)\n"
            "  🏷️ _Tags:_ #widgets #gizmos\n\n"
            "- **Gizmo Tuning Can Simply Adapt Widget Models to Text Encoders**\n"
            "  _Suggestion:_ [Read (If you like widgets)](#gizmo-tuning) | 🔗 [ACL Anthology](https://aclanthology.org/2031.widget-1.3/)\n"
            "  🏷️ _Tags:_ #gizmo-tuning\n")
    assert sorted(titles(nlp, text)) == ["Gizmo Tuning Can Simply Adapt Widget Models to Text Encoders",
                                         "Tracking Widget Features Through Gizmo Merging"]


def test_a_long_byline_ending_the_line_is_read_whole(nlp):
    """"* ["Title,"][ref] by A, B, ... and W." with 16 names: every name, up to the closing full stop."""
    names = ["Ana Souza", "Ben Park", "Carla Mendes", "Dario Rossi", "Elena Petrova", "Farid Haddad", "Greta Lind",
             "Hugo Brandt", "Ines Duarte", "Jonas Berg", "Kira Novak", "Luis Ortega", "Mira Kovac", "Nils Holm",
             "Olga Stein", "Pavel Marek"]
    text = ("## Honorable Mentions\n\n"
            f'* ["A Reconfigurable Widget Fabric for Accelerating Large-Scale Gizmo Services,"][fabric] by {", ".join(names[:-1])}, and {names[-1]}.\n\n'
            "[fabric]: https://widgets.example.org/fabric.pdf\n")
    (paper,) = titles(nlp, text).values()
    assert paper.authors == names


def test_a_heading_over_a_by_field_is_a_record_whatever_its_case(nlp):
    """"### Title" / "By: A, B" / notes: the "By:" field names the authors, so a sentence-case
    heading over it is a paper as its Title Case neighbours are."""
    text = ("## Interesting Talks\n\n"
            "### Rapid Widget Feature Extraction\n\nBy: Ana Souza\n\n*Summary: Using street views to find widgets.*\n\n"
            "Given an image, a pre-trained model filters out the widget. Then a custom network measures it.\n\n"
            "### RL based irregular gizmo shading and indoor widget simulation\n\nBy: Ben Park, Carla Mendes\n\n"
            "*Summary: An RL controller adjusts the gizmos.*\n\nThis work used RL to control the gizmos through the day.\n\n"
            "### Simplifying modeling of widgets and district gizmos using LLMs\n\nBy: Dario Rossi\n\n"
            "*Summary: Logit processors constrain generation.*\n\nLLMs are prone to hallucinate widgets.\n")
    assert {t: p.authors for t, p in titles(nlp, text).items()} == {
        "Rapid Widget Feature Extraction": ["Ana Souza"],
        "RL based irregular gizmo shading and indoor widget simulation": ["Ben Park", "Carla Mendes"],
        "Simplifying modeling of widgets and district gizmos using LLMs": ["Dario Rossi"]}


LONG_NOTE = ("This paper starts by questioning the common wisdom that widgets are good for throughput and bad for latency, "
             "by presenting a set of scenarios that show that they can be good or bad for both depending on small timing "
             "differences. I love questioning the common wisdom, so this is my jam.")


def test_a_linked_title_and_its_byline_open_a_long_list_item(nlp):
    """"- [Title](pdf) by Souza and Park exposes ...", "- [Title](pdf) by Kettles et al. This paper ...": a
    list item of prose that opens with a record; its names end where the sentence goes on (a surname
    before "et al." is one even when it is an English word)."""
    text = ("_Some Papers I Enjoyed_\n\n"
            f"- [The widget should be part of the OS](https://conf.example.org/2031/papers/w-207.pdf) by Souza and Park exposes a lot of "
            f"what was the kernel's state to the widget. {LONG_NOTE}\n\n"
            f"- [Batching Gizmos with End-to-End Estimation](https://conf.example.org/2031/papers/w-60.pdf) by Kettles et al. {LONG_NOTE}\n\n"
            f"- [Real Widgets are Uncertain. Gizmos Should Be Too!](https://conf.example.org/2031/papers/w-69.pdf) by Mendes et al. {LONG_NOTE}\n")
    assert {t: p.authors for t, p in titles(nlp, text).items()} == {
        "The widget should be part of the OS": ["Souza", "Park"],
        "Batching Gizmos with End-to-End Estimation": ["Kettles"],
        "Real Widgets are Uncertain. Gizmos Should Be Too!": ["Mendes"]}


def test_a_linked_title_then_a_note_after_a_colon(nlp):
    """"- [Title](url): a long lower-case note" and "- *Title*: a lower-case sentence. Another.": the
    marked span is the title; a short lower-case subtitle after a link stays the title's."""
    text = ("## Widget detection in general\n\n"
            "- [Mining hidden widgets in heterogeneous gizmo networks](http://dl.acm.org/citation.cfm?id=1234567): from single-network, "
            "user-independent analysis to multi-network, user-dependant, and query-based analysis\n"
            "- *Emerging Widget Detection on Gizmos based on Temporal and Social Terms Evaluation*: only terms are extracted. "
            "We can extract summaries/phrases\n"
            "- [WidgetLM - GPT or BERT](https://arxiv.org/abs/2410.00001): why not both?\n"
            "- [Outlier Detection for Temporal Widgets: A Survey](http://widgets.example.org/pubs/tkde.pdf)\n"
            "- [Anomaly Detection in Dynamic Gizmo Networks: A Survey](http://widgets.example.org/pubs/anomaly.pdf)\n")
    assert sorted(titles(nlp, text)) == ["Anomaly Detection in Dynamic Gizmo Networks: A Survey",
                                         "Emerging Widget Detection on Gizmos based on Temporal and Social Terms Evaluation",
                                         "Mining hidden widgets in heterogeneous gizmo networks",
                                         "Outlier Detection for Temporal Widgets: A Survey",
                                         "WidgetLM - GPT or BERT: why not both?"]


def test_social_in_an_area_heading_announces_no_social_event(nlp):
    """"### Mining social network" names an area of papers; "## Social" is a programme's event."""
    papers = ("- From Micro to Macro: Uncovering and Predicting Widget Cascading Process with Gizmo Dynamics\n"
              "- Finding Time-Critical Responses for Widget Seeking in Social Media\n"
              "- A Feature-Enhanced Ranking-Based Classifier for Multimodal Widgets and Heterogeneous Gizmo Networks\n")
    assert len(titles(nlp, "## Interesting papers from WidgetConf\n\n### Mining social network\n\n" + papers)) == 3
    from extract.text.units import TALK_SECTION_RE

    assert TALK_SECTION_RE.search("Social") and TALK_SECTION_RE.search("Social events")
    assert not TALK_SECTION_RE.search("Mining social network") and not TALK_SECTION_RE.search("Bias / Social Media NLP")


def test_surnames_after_a_dash_inside_a_bold_title(nlp):
    """"* **Title - Hinton, Vinyals and Dean**": surnames ending the bold run after a dash are its authors
    (English words there are the title's)."""
    text = ("In that spirit, here are two of my favourite papers from the conference.\n\n"
            "* **Distilling the Knowledge in a Widget Network - Souza, Vinterberg and Dean** \n\n"
            "> Many gizmos have a larval form that is optimized for extracting energy from the environment.\n\n"
            "* **Widget Learning as an Opportunity in Virtual Gizmo Screening - Theory, Practice and Applications**\n\n"
            "> Deep widgets excel in vision and speech applications.\n")
    assert {t: p.authors for t, p in titles(nlp, text).items()} == {
        "Distilling the Knowledge in a Widget Network": ["Souza", "Vinterberg", "Dean"],
        "Widget Learning as an Opportunity in Virtual Gizmo Screening - Theory, Practice and Applications": []}


@pytest.mark.parametrize("text", [
    "## Picking fruit\nClearly there are many new widgets. In any case, citations of Ada Souza's seminal "
    "[2012 NIPS paper](http://papers.nips.cc/paper/4824-widget-classification) must be through the roof. In fact, in many "
    "papers this architecture ('WidgetNet') is still being reused.\n",
    "Related work included the ICLR 2017 paper by Souza et al, which showed that widgets can fit random gizmos.\n",
])
def test_a_venue_and_a_year_are_no_title(nlp, text):
    assert titles(nlp, text) == {}


def test_code_linked_as_this_papers_after_a_title_in_prose(nlp):
    """"this paper ([Title](pdf)). ... Ana Souza's [code from this paper](https://lab.example.edu/x/)": a link
    its anchor calls code, on the line that names the title, is the paper's code wherever it points."""
    text = ("## Merging widgets and gizmos\n\n"
            "Rapid progress is being made on generating gizmo descriptions, for example this paper "
            "([Deep Widget-Gizmo Alignments for Generating Image Descriptions](http://openaccess.example.org/Souza_Deep_Widget.pdf)). "
            "I've heard it argued that this isn't an important problem. I'm certainly looking forward to downloading "
            "Ana Souza's [code from this paper](http://lab.example.edu/people/souza/deepwidgets/) and testing it out.\n")
    (paper,) = titles(nlp, text).values()
    assert paper.code_urls == ["http://lab.example.edu/people/souza/deepwidgets/"]


def test_references_in_the_author_first_style(nlp):
    """Chicago-style references ('Last, First, B C, and D E. "[Title](url)." In *Venue*, pp. 1-9. 2031.'):
    the quoted title, not the venue after it, and every name, however long the line; a lone 'Last, First.'
    before the quote is one author turned round."""
    text = ("### 5.1. Widget fairness\n\n*Here are a couple of papers that I liked.*\n\n"
            'Souza, Ana, Ben Park, Chen Wei, Dana Levi, and Eli Cohen. "[Improving widget fairness in gizmo systems: What do '
            'industry practitioners need?](http://widgets.example.org/docs/fairness.pdf)" In Proceedings of the 2031 CHI Conference '
            "on Human Factors in Computing Systems, pp. 1-16. 2031.\n\n"
            "> An interview study with engineers that consider fairness in their widget products.\n\n"
            'Brindlecombe, Zarvela. "[From widget washing to gizmo bashing: a view on tech ethics from within moral philosophy]'
            '(https://dl.acm.org/doi/pdf/10.1145/0000000.0000000)." In *Proceedings of the 2031 Conference on Widgets, Gizmos, '
            "and Transparency*, pp. 210-219. 2031.\n\n"
            "> Arguing that most ethics discussions around widgets are too narrow.\n\n"
            'Rossi, Lia, Omar Haddad, and Fay Wong. "[The fallacy of widget functionality](https://dl.acm.org/doi/abs/10.1145/0000000.0000001)." '
            "In *2031 ACM Conference on Widgets, Gizmos, and Transparency*, pp. 959-972. 2031.\n\n"
            "> Essay paper with an interesting premise.\n")
    assert {t: p.authors for t, p in titles(nlp, text).items()} == {
        "Improving widget fairness in gizmo systems: What do industry practitioners need?":
            ["Ana Souza", "Ben Park", "Chen Wei", "Dana Levi", "Eli Cohen"],
        "From widget washing to gizmo bashing: a view on tech ethics from within moral philosophy": ["Zarvela Brindlecombe"],
        "The fallacy of widget functionality": ["Lia Rossi", "Omar Haddad", "Fay Wong"]}


def test_a_sentence_case_item_in_a_list_of_papers(nlp):
    """A bare sentence-case item among Title Case papers is taken with its list, however much the
    model doubts it; a note's "Term: what it is" item is not."""
    papers = ["Learning Which Widgets Matter: GizmoNet Acquires a Preference for Linguistic Generalizations",
              "Information-Theoretic Probing of Widgets with Minimum Description Length",
              "Learning to Explain: Datasets and Models for Identifying Valid Widget Chains",
              "Intrinsic Probing of Gizmos through Dimension Selection",
              "FIND: Human-in-the-Loop Debugging of Deep Widget Classifiers",
              "Attention Is Not Only a Weight: Analyzing Gizmos with Vector Norms",
              "Measuring Association Between Labels and Free-Text Widget Rationales"]
    sentence_case = "RNNs can generate bounded hierarchical widgets with optimal memory"
    text = ("## Interpretability\n\n" + "".join(f"  - [WNLP31]{t}\n" for t in papers[:3])
            + f"  - [WNLP31]{sentence_case}\n" + "".join(f"  - [WNLP31]{t}\n" for t in papers[3:])
            + "  - Variance reduction: control-variate gizmo baseline\n")
    assert sorted(titles(nlp, text)) == sorted(papers + [sentence_case])


def test_a_separate_projects_repository_in_a_papers_notes_is_not_its_code(nlp):
    """"In the meantime, a separate project, [_gizmoeval_](https://github.com/...), is a tool to evaluate ...":
    the cue word "project" names another work, not the paper's."""
    text = ("## Robot Localisation\n\n"
            "- **[WIDGETSTAR: Degeneracy-Aware Gizmo-Inertial Odometry with Adaptive Filters](https://arxiv.org/abs/2611.00001)** "
            "(Ana Souza et al.)\n\n"
            '    <details markdown="1">\n\n    <summary>\n        tldr: a gizmo odometry system which selects only reliable past poses.\n'
            "    </summary>\n\n"
            "    WIDGETSTAR is slightly more computationally intensive than GIZMO-LIO2, but seems to outperform it. In the meantime, "
            "a separate project, [_gizmoeval_](https://github.com/example/gizmoeval), is a tool to evaluate different odometry "
            "algorithms on some datasets.\n\n    </details>\n")
    (paper,) = titles(nlp, text).values()
    assert paper.code_urls == []


def test_a_citation_inside_the_notes_sentence_is_no_byline(nlp):
    """"## Title" over "Underlying hierarchies are everywhere (Souza, 1949). ...": the bracketed name and
    year in the middle of a sentence cite another work."""
    text = ("## Poincaré Embeddings for Hierarchical Widget Representations\n\n"
            "Underlying latent hierarchies are everywhere (Souza, 1949). Euclidean embeddings need 100–200 dimensions to "
            "capture hierarchy; hyperbolic space needs ~5.\n")
    assert {t: p.authors for t, p in titles(nlp, text).items()} == {"Poincaré Embeddings for Hierarchical Widget Representations": []}


def test_an_equation_is_no_title():
    from extract.mentions.papers import plausible_title
    from extract.mentions.records import Candidate

    title = "Form $A = \\exp(-\\eta C)$ (elementwise)"
    assert not plausible_title(title, Candidate(title, 0, len(title), "record.item", 0.9, []))
    title = "Tight Bounds for $k$-Means Widget Clustering"
    assert plausible_title(title, Candidate(title, 0, len(title), "record.item", 0.9, []))


NOTES = "Cool idea, they sample the widgets and compare them with gizmos. Results look solid on three benchmarks.\n\n"


def test_headings_over_notes_under_a_heading_that_names_the_conference(nlp):
    """"## NIPS 2031: Probabilistic methods" over "### Title" / notes, paper after paper: the doubted
    headings are papers too, however they are cased; not the parts of one paper under its own record
    heading ("## WidgetGAN - Souza - NIPS 2031" over "### Training with Multiple Widget Datasets")."""
    titles_ = ["Empirical Bayes Approach to Optimizing Widget Algorithms",
               "Doubly-Stochastic Variational Inference for Deep Gizmo Processes",
               "Deep Multi-task Widget Processes for Survival Analysis with Competing Risks",
               "Spherical convolutions and their application in molecular widget modelling"]
    text = "## NIPS 2031: Probabilistic methods\n\n" + "".join(f"### {t}\n\n{NOTES}" for t in titles_)
    assert sorted(titles(nlp, text)) == sorted(titles_)
    parts = ["Baseline: pix2pix plus widget noise for the generator", "Conditional Variational Autoencoder GAN for gizmos",
             "Conditional Latent Regressor GAN for widget images", "Training with Multiple Widget Datasets at once"]
    text = "## WidgetGAN - Ana Souza - NIPS 2031\n\n" + "".join(f"### {t}\n\n{NOTES}" for t in parts)
    assert not set(titles(nlp, text)) & set(parts[1:])


def test_the_tail_of_a_talks_linked_name_is_no_title(nlp):
    """"- [ICDM 2014 Tutorial Node and graph similarity: Theory and Applications](url)" (a real reading list's
    lines): the tail after a tutorial's name is no paper; "[Title (LANTERN workshop)](pdf)" stays a paper."""
    text = (
        '## Topic/event/anomaly detection\n'
        '- *Emerging Topic Detection on Twitter based on Temporal and Social Terms Evaluation*: only terms are extracted. We can extract summaries/phrases\n'
        '- ePeriodicity: Mining Event Periodicity from Incomplete Observations\n'
        '- [ICDM 2014 Tutorial Node and graph similarity: Theory and Applications](http://web.eecs.umich.edu/~dkoutra/tut/icdm14.html#outline)\n'
        '- [Query-Based Outlier Detection in Heterogeneous Information Networks](http://hanj.cs.illinois.edu/pdf/edbt15_jkuck.pdf)\n'
        '- [Outlier Detection for Temporal Data: A Survey](http://research.microsoft.com/pubs/217054/gupta14_tkde.pdf)\n'
        '- [Anomaly Detection in Dynamic Networks: A Survey](http://cs.ucsb.edu/~victor/pub/ucsb/mae/references/ranshous-anomaly-detection-in-networks-survey-2014.pdf)\n'
        '- [Mining Query-Based Subnetwork Outliers in Heterogeneous Information Networks](http://hanj.cs.illinois.edu/pdf/icdm14_hzhuang.pdf)\n'
        '- [Community Change Detection in Dynamic Networks in Noisy Environment](http://www.www2015.it/documents/proceedings/companion/p793.pdf)\n'
        '- Local Learning for Mining Outlier Subgraphs from Network Datasets\n'
        '- [Event detection in dynamic graphs](http://www3.cs.stonybrook.edu/~leman/wsdm13/WSDM13-Tutorial%20-%20PartII.pdf)\n'
        "- [Seeded self-play for widget learning (LANTERN workshop)](https://www.aclweb.org/anthology/D31-6409.pdf)\n")
    found = titles(nlp, text)
    assert "Theory and Applications" not in found
    assert "Seeded self-play for widget learning" in found


def test_field_lines_of_a_record_and_dashed_notes_are_no_titles(nlp):
    """A digest's records: "### 1. **Title**" over "**Authors:** ..." and more emphasised field lines
    ("**Venue/date:** ICML 2031 / arXiv, submitted June 6, 2031"), then a recap "1. **Title** — note"."""
    text = ("## Top papers\n\n"
            "### 1. **Widget Nets for Gizmo Parsing**\n"
            "**Authors:** Ana Souza, Ben Park  \n"
            "**Venue/date:** ICML 2031 / arXiv, submitted June 6, 2031  \n"
            "**Link:** ([arxiv.org](https://arxiv.org/abs/3106.01234))  \n\n"
            "The paper turns widgets into gizmos with a learned parser.  \n"
            "**Why you should care:** Gizmo parsing is usually slow; this one is not.\n\n"
            "### 2. **Sparse Gizmo Attention at Scale**\n"
            "**Authors:** Chen Wei  \n"
            "**Source/date:** arXiv, submitted July 1, 2031  \n\n"
            "Attention over gizmos, made sparse.\n\n"
            "## Recap\n\n"
            "1. **Widget Nets for Gizmo Parsing** — Widget-AB turns widgets into gizmos with a parser.\n"
            "2. **Sparse Gizmo Attention at Scale** — makes gizmo attention sparse.\n")
    found = titles(nlp, text)
    assert sorted(found) == ["Sparse Gizmo Attention at Scale", "Widget Nets for Gizmo Parsing"]
    assert found["Widget Nets for Gizmo Parsing"].authors == ["Ana Souza", "Ben Park"]


def test_emphasised_titles_a_sentence_names_as_papers(nlp):
    """"The Outstanding Paper Awards went to **Title** and **Title**", "items include **Title**, **Title**":
    emphasised title-case phrases the sentence names as papers; not a bold phrase after "tutorial"."""
    text = ("## Venue watch\n\n"
            "The venue announced its awards on July 5. The Outstanding Paper Awards went to **Widget Nets for Gizmo "
            "Parsing at Scale** and **Sparse Attention over Long Gizmo Sequences**, with themes from sampling to memory. "
            "The batch is broad and useful to scan. Especially relevant items include **Rethinking Widget Models for "
            "Test-Time Scaling**, **How Private Is Your Gizmo?**, and more.\n\n"
            "We also went to the tutorial on **Practical Widget Engineering for Large Teams** in the afternoon, and liked it a lot.\n")
    found = set(titles(nlp, text))
    assert {"Widget Nets for Gizmo Parsing at Scale", "Sparse Attention over Long Gizmo Sequences",
            "Rethinking Widget Models for Test-Time Scaling", "How Private Is Your Gizmo?"} <= found
    assert "Practical Widget Engineering for Large Teams" not in found


@pytest.mark.parametrize("text, title, authors", [
    # A reference's tail after its title: a journal, a symposium, a workshop, a "URL:" label, "available as".
    ("- Ana Souza, Ben Park. Widget nearness problems with gizmo divergences. SIAM Journal on Matrix Analysis'31.\n",
     "Widget nearness problems with gizmo divergences", ["Ana Souza", "Ben Park"]),
    ("[C10] Souza et al. (2031). Deep Widget Networks with Shallow Gizmo Samplers. IEEE Transactions on Widget Systems. "
     "URL: https://example.org/c10\n\nWhat it does, in a sentence or two.\n",
     "Deep Widget Networks with Shallow Gizmo Samplers", ["Souza"]),
    ("[C11] Park et al. (2031). WidgetLab: A Factored System for Gizmo Training. (WidgetSys 2031). URL: https://example.org/c11\n",
     "WidgetLab: A Factored System for Gizmo Training", ["Park"]),
    # "Last, First, et al.": the one author's name turned round, the comma before "et al." no part of it.
    ('- Maltrow, Marcel, et al. "A critical analysis of recursive widget indexes.", WDB 31\n',
     "A critical analysis of recursive widget indexes", ["Marcel Maltrow"]),
    # A date between the names and the title.
    ("* [W2214R0] Ana Souza, Ben Park. 2031-10-15. A Plan for Widget Ranges.\n  * https://example.org/w2214r0\n",
     "A Plan for Widget Ranges", ["Ana Souza", "Ben Park"]),
])
def test_reference_tails_keys_and_dates_around_a_title(nlp, text, title, authors):
    found = titles(nlp, text)
    assert list(found) == [title]
    assert found[title].authors == authors


def test_an_icon_anchor_labels_the_code_link_of_its_record(nlp):
    """'- Ana Souza, et al. "Title", WDB 2031 [:octocat:](https://github.com/...)': an emoji's shortcode or a
    symbol for an anchor names the link's kind, as "[code]" does."""
    text = ('### Tree-based\n'
            '- Ana Souza, et al. "The Widget-Tree: A B-tree for new gizmo platforms", WDB 2031 [:octocat:](https://github.com/asouza/wtree.git)\n'
            '- Ben Park, et al. "Making Gizmo Trees Cache Conscious", GIZMOD 2030 [💻](https://github.com/bpark/gtree)\n'
            '- Chen Wei, et al. "Cache craftiness for fast widget storage", WSys 2029\n')
    found = titles(nlp, text)
    assert found["The Widget-Tree: A B-tree for new gizmo platforms"].code_urls == ["https://github.com/asouza/wtree.git"]
    assert found["Making Gizmo Trees Cache Conscious"].code_urls == ["https://github.com/bpark/gtree"]


def test_headings_over_notes_that_link_their_paper_and_open_with_its_authors(nlp):
    """"## Title" over notes opening "Souza et al. open with ..." and ending "Full paper: [arXiv:...](...)":
    the heading is that paper's title and the surnames its authors; not a heading whose notes link two
    papers (an area's), nor a category heading right over a record of its own."""
    text = ("---\ntitle: \"Notes from WidgetConf 2031: Four Orals\"\n---\n\nDay 2 opened with the first oral session.\n\n"
            "## Decay-Free Widget Rates via Checkpoint Merging\n\n"
            "Souza et al. open with the limitation of cosine widget rates: if you want to change the curve, you restart.\n\n"
            "A side result worth noting: better gizmo balancing.\n\n"
            "Full paper: [arXiv:3107.17634](https://arxiv.org/abs/3107.17634).\n\n"
            "## Softmax Gizmos are Turing-Complete\n\n"
            "Okafor, Nakagawa, Oyelaran and Ferreira close a theoretical gap that has been open since Ito et al. (WidgetConf 2029).\n\n"
            "Full paper: [arXiv:3111.20038](https://arxiv.org/abs/3111.20038).\n\n"
            "## Widget Scaling in Practice Today\n\n"
            "Two papers stood out: [one](https://arxiv.org/abs/3101.00001) and [another](https://arxiv.org/abs/3101.00002).\n\n"
            "### Based on Gizmo Models\n\n"
            "**WidgetNVS: Repurposing Gizmo Inpainters for Novel View Synthesis.**<br>\n"
            "*Ana Souza, Ben Park.*<br>\nWidgetConf 2031. [[PDF](https://arxiv.org/abs/3107.05736)]\n")
    found = titles(nlp, text)
    assert found["Decay-Free Widget Rates via Checkpoint Merging"].authors == ["Souza"]
    assert found["Softmax Gizmos are Turing-Complete"].authors == ["Okafor", "Nakagawa", "Oyelaran", "Ferreira"]
    assert "Widget Scaling in Practice Today" not in found and "Based on Gizmo Models" not in found


@pytest.mark.parametrize("head,note", [
    ("Supporting the End-User Curation of Gizmo Knowledge Graphs",
     "I haven't gone over [the paper](https://dl.acm.org/doi/10.1145/3100000.3100001) yet, but the idea is neat."),
    ("On a Grain of Gizmo", "Like the other one, this presentation on [gizmo granularity]"
     "(https://dl.acm.org/doi/abs/10.1145/3100000.3100003) and the idea of fine-tuned widgets is very neat."),
    ("Digital Gizmos on Social Media", "I do not have many observations for this talk on [a constructivist approach to "
     "gizmos](https://dl.acm.org/doi/10.1145/3100000.3100001) since I was tired."),
])
def test_a_heading_over_a_note_that_calls_its_link_the_paper_or_the_presentation(nlp, head, note):
    """A session's page, "## Title" over a note whose link to the paper is called "the paper" or follows "this
    presentation on": the heading is the paper's title. Not a heading whose note gives such a link no such word."""
    text = ("# Widget Applications\nThe afternoon session, after lunch.\n\n" f"## {head}\n{note}\n\n"
            "## Widgets Seen From Another Side\nI liked [the interesting implications](https://dl.acm.org/doi/10.1145/3100000.3100002).\n")
    found = titles(nlp, text)
    assert head in found
    assert "Widgets Seen From Another Side" not in found


def test_a_title_named_by_its_head_is_the_same_paper_and_a_conference_heading_is_none(nlp):
    """A digest's recap names papers by their heads ("**Anatomy of Widget Training** — ...", "**WARP** — ...");
    "### WidgetConf 2031 Awards" is a heading over the venue's news. Two papers that share a head and
    each give names stay two."""
    text = ("## Top papers\n\n"
            "### 1. **WARP: Widget-Space Analysis for Recovering Gizmo Portfolios**\n**Authors:** Ana Souza, Ben Park\n\n"
            "Notes on WARP.\n\n"
            "### 2. **Anatomy of Widget Training: Using Gizmos to Shape the Signal**\n**Authors:** Chen Wei\n\n"
            "Notes on the anatomy.\n\n"
            "### 3. **Sparse Gizmo Attention at Scale**\n**Authors:** Dan Roe\n\nMore notes.\n\n"
            "### ICML 2031 Awards\nThe venue announced its awards on July 5.\n\n"
            "## Recap\n\n"
            "1. **WARP** — recovers gizmo mixtures from released widgets.\n"
            "2. **Anatomy of Widget Training** — uses gizmos to inspect widget signals.\n\n"
            "## References\n\n"
            "- A. Souza, B. Park. Zero-shot widget detection. 2031\n"
            "- C. Wei, D. Roe. Zero-shot widget detection: Learning to recognize and localize gizmos. 2030\n")
    found = titles(nlp, text)
    assert "WARP" not in found and "Anatomy of Widget Training" not in found and "ICML 2031 Awards" not in found
    assert {"WARP: Widget-Space Analysis for Recovering Gizmo Portfolios", "Zero-shot widget detection",
            "Zero-shot widget detection: Learning to recognize and localize gizmos"} <= set(found)


def test_top_headings_under_a_post_title_that_names_the_conference(nlp):
    """A post whose front matter title names the conference ('title: "Notes from ICML 2031: Orals"')
    and whose only headings are "## Title" over notes, paper after paper: the headings are papers, as under
    a "# ICML 2031" heading; not in a post whose title names no conference."""
    heads = ["Decay-Free Widget Rates via Checkpoint Merging", "Optimal Sparsity of Gizmo Experts for Reasoning",
             "How Widget Rate Decay Wastes Your Best Gizmos"]
    body = "".join(f"## {h}\n\n{NOTES}" for h in heads)
    text = '---\ntitle: "Notes from ICML 2031: Three Orals on Widget Training"\ndate: 2031-04-24\n---\n\nDay 2 opened.\n\n' + body
    assert set(heads) <= set(titles(nlp, text))
    text = '---\ntitle: "What I learned this spring"\ndate: 2031-04-24\n---\n\nDay 2 opened.\n\n' + body
    assert not set(heads) & set(titles(nlp, text))


def test_a_list_item_over_a_nested_list_of_papers_is_their_category(nlp):
    """"- Hybrid Technique" over "  - Ana Souza, et al. "Title", WDB 2031": the item names what the papers
    under it are about; an item that is a record itself ("- FAIR: Widget: A Platform for Gizmos. ICCV'31"
    over its notes) stays a paper."""
    text = ('### Widget Index\n'
            '- Tree-based\n'
            '  - Ana Souza, et al. "The Widget-Tree: A B-tree for new gizmo platforms", WDB 2031 [:octocat:](https://github.com/a/wt)\n'
            '  - Ben Park, et al. "Making Gizmo Trees Cache Conscious in Main Memory", GIZMOD 2030\n'
            '- List-based\n'
            '  - Eva Lund, et al. "Parallelizing Widget Lists for In-Memory Gizmo Systems", WDB 2027\n'
            '  - Finn Holm, et al. "JellyWidget: A Fast Widget List with MVCC", Middleware 2026\n'
            '- Hybrid Technique\n'
            '  - Chen Wei, et al. "Blink-widget: An Adaptive Hybrid Index for Gizmo Databases", WDB 2029\n'
            '  - Dan Roe, et al. "HydraWidget: a scalable in-memory index using asynchronous updates", WDB 2028\n'
            '- NVM Device\n'
            '  - Gus Moreno, et al. "APEX-W: A high-performance learned widget index on persistent memory.", WDB 2025 '
            '[:octocat:](https://github.com/g/apexw.git)\n')
    found = titles(nlp, text)
    assert not {"Hybrid Technique", "Tree-based", "List-based", "NVM Device"} & set(found)
    assert {"The Widget-Tree: A B-tree for new gizmo platforms", "Making Gizmo Trees Cache Conscious in Main Memory"} <= set(found)
    text = ("- FAIR: Widget: A Platform for Embodied Gizmo Research. ICCV'31\n"
            "  - Tasks: gizmo QA, widget grounding; https://github.com/fair/widget-sim\n"
            "  - Widget-API: https://github.com/fair/widget-api\n"
            "- Large Widget + Gizmo\n")
    assert any(t.endswith("A Platform for Embodied Gizmo Research") for t in titles(nlp, text))


def test_an_acronym_spelled_out_in_brackets_is_a_term_not_a_title():
    from extract.mentions.papers import plausible_title
    from extract.mentions.records import Candidate

    for title in ("CMA (Curriculum Model Averaging)", "GWD (Gizmo Widget Decay)"):
        assert not plausible_title(title, Candidate(title, 0, len(title), "record.line", 0.9, []))
    for title in ("Curriculum Model Averaging (CMA)", "WARP (Widget Recovery for Gizmos)"):
        assert plausible_title(title, Candidate(title, 0, len(title), "record.line", 0.9, []))
    # An area's name is no title ("Multimodal Learning"); with an article before it, it is ("A Theory of Multimodal Learning").
    assert not plausible_title("Multimodal Learning", Candidate("Multimodal Learning", 0, 19, "record.line", 0.9, []))
    assert plausible_title("A Theory of Multimodal Learning", Candidate("A Theory of Multimodal Learning", 0, 31, "record.line", 0.9, []))


def test_a_dictionary_word_before_et_al_opening_the_notes_is_a_surname(nlp):
    """"Kestrel et al. won one of the two Best Paper awards ...": "et al." vouches for a surname that is
    also an English word."""
    text = ("---\ntitle: \"Notes from ICML 2031: Orals\"\n---\n\nDay 1.\n\n"
            "## Widget Models Get Lost in Multi-Turn Gizmo Conversation\n\n"
            "Kestrel et al. won one of the two Best Paper awards for this one, and the result is simple.\n\n"
            "Full paper: [arXiv:3105.06120](https://arxiv.org/abs/3105.06120).\n")
    assert titles(nlp, text)["Widget Models Get Lost in Multi-Turn Gizmo Conversation"].authors == ["Kestrel"]


def test_a_note_then_its_linked_title_at_the_end_of_an_item(nlp):
    """"- Spectral norm + rank norm improve widgets. Experiments show that ... [Title](pdf)": a note on the
    paper, then its linked title; the title is the link's anchor."""
    text = ("## Gizmos\n\n"
            "- Spectral Norm + Rank Norm to improve widget generalization (decrease the gap). Experiments show that "
            "this joint normalization improves both gizmo classification and widget performance. "
            "[Stable Rank Normalization for Improved Widget Generalization](http://www.openreview.net/pdf?id=H1abcdEFGH)\n\n"
            "- physics-motivated model for widgets (beautiful motivation). [Hamiltonian Gizmo Networks](http://www.openreview.net/pdf?id=HJabcdEFGH)\n")
    assert set(titles(nlp, text)) == {"Stable Rank Normalization for Improved Widget Generalization", "Hamiltonian Gizmo Networks"}


def test_an_emphasised_caption_under_a_markdown_picture_is_no_paper(nlp):
    """"![...](photo.jpg)" then "*Picture: ...*": the caption names a moment, not a paper; an
    emphasised title with its authors elsewhere in the post still is one."""
    text = ("# Notes from WIDGETCONF 2031\n\n"
            "![Ana Souza with Ben Park in front of the banner.](images/banner.jpg)\n"
            "*Picture: Ana Souza with Ben Park in Front of the Widget Banner*\n\n"
            "The poster sessions were busy.\n\n"
            "*Sparse Widget Networks for Gizmo Detection* – Ana Souza, Ben Park\n\n"
            "![Outside.](images/hall.png)\n"
            "*Picture: Outside of the Grand Widget Hall.*\n")
    assert set(titles(nlp, text)) == {"Sparse Widget Networks for Gizmo Detection"}


def test_a_record_inside_a_list_item_owns_no_link_of_the_next_item(nlp):
    """A paper named in a paragraph of a list item: the code linked in the next item's notes (another
    talk's tool) is not its code; a code link in its own item is."""
    text = ("# Workshops\n\n"
            "* Souza - Widgets in practice\n\n"
            "    A related paper:\n\n"
            "    [Sparse Widget Networks for Gizmo Parsing](https://arxiv.org/abs/2101.00001)\n\n"
            "    Its code: [here](https://github.com/example/widgets)\n\n"
            "* Park - Gizmo tutorial\n\n"
            "    [Gizmo](https://github.com/example/gizmo) is an experimental array language.\n")
    paper = titles(nlp, text)["Sparse Widget Networks for Gizmo Parsing"]
    assert paper.code_urls == ["https://github.com/example/widgets"]


def test_titles_followed_by_written_out_urls(nlp):
    """"+ Title url, url": the title ends before its URLs (and a " :" before them); the page written out
    right after the paper's URL is the paper's site; one a label sets apart ("blog post:") is not."""
    text = ("### Interesting papers:\n\n"
            "+ Sparse Widget Prediction with Large Gizmo Networks https://arxiv.org/pdf/2101.00001.pdf, "
            "https://sites.example.org/view/widgetprediction/home\n"
            "+ Gizmo Kernels: Adapting Receptive Fields for Widget Deformation : https://openreview.net/pdf?id=Abc123\n"
            "+ Neural Widget Equations for Irregular Gizmos https://arxiv.org/pdf/2101.00003.pdf ; "
            "blog post: https://widgets.example.org/posts/neural-widgets/\n"
            "+ Augmented Gizmo Flows https://arxiv.org/pdf/2101.00004.pdf\n")
    found = titles(nlp, text)
    assert set(found) == {"Sparse Widget Prediction with Large Gizmo Networks",
                          "Gizmo Kernels: Adapting Receptive Fields for Widget Deformation",
                          "Neural Widget Equations for Irregular Gizmos", "Augmented Gizmo Flows"}
    first = found["Sparse Widget Prediction with Large Gizmo Networks"]
    assert first.code_urls == ["https://sites.example.org/view/widgetprediction/home"]
    assert first.mentions[0].text == "Sparse Widget Prediction with Large Gizmo Networks"
    assert found["Neural Widget Equations for Irregular Gizmos"].code_urls == []


def test_numbered_paper_headings_over_an_identifier_line_with_surnames(nlp):
    """"## 2. Title" over "**[arXiv:ID](url)** · Souza et al.": the identifier is no title, its link is the
    paper's, the surnames after it its authors; an unnumbered heading after the numbered papers is none."""
    text = ("Five papers I would read twice.\n\n---\n\n"
            "## 1. Widget World Model: Infinite Synthetic Gizmos for Agentic Learning\n\n"
            "**[arXiv:2601.10090](https://arxiv.org/abs/2601.10090)** · Widgetco Research\n\n"
            "The bottleneck is the environment. They scale to many gizmos.\n\n---\n\n"
            "## 2. GizmoRouter: Think Fast and Slow for Widget Agents\n\n"
            "**[arXiv:2601.12662](https://arxiv.org/abs/2601.12662)** · Souza et al.\n\n"
            "Agents are monotone: either reactive or deep-thinking.\n\n---\n\n"
            "## 3. Decomposing Reasoning Efficiency in Large Widget Models\n\n"
            "**[arXiv:2601.09805](https://arxiv.org/abs/2601.09805)** · Kowalczyk et al.\n\n"
            "Tokens are spent unevenly across steps.\n\n---\n\n"
            "## The Thread\n\nAll three ask where compute should go.\n")
    found = titles(nlp, text)
    assert set(found) == {"Widget World Model: Infinite Synthetic Gizmos for Agentic Learning",
                          "GizmoRouter: Think Fast and Slow for Widget Agents",
                          "Decomposing Reasoning Efficiency in Large Widget Models"}
    assert found["GizmoRouter: Think Fast and Slow for Widget Agents"].authors == ["Souza"]
    assert found["Decomposing Reasoning Efficiency in Large Widget Models"].authors == ["Kowalczyk"]
    assert found["GizmoRouter: Think Fast and Slow for Widget Agents"].paper_urls == ["https://arxiv.org/abs/2601.12662"]


@pytest.mark.parametrize("quote", ["'", "’"])
def test_a_single_quoted_title_with_an_apostrophe_inside(nlp, quote):
    """'Why Widgets Don't Fail: ...' by A and B: the apostrophe between letters does not close the quote."""
    opening = "'" if quote == "'" else "‘"
    text = (f"The runner-up was {opening}Why Widget Models Don{quote}t Memorize: The Role of Implicit Gizmo Regularization{quote} "
            "by Ana Souza and Ben Park.\n")
    found = titles(nlp, text)
    title = f"Why Widget Models Don{quote}t Memorize: The Role of Implicit Gizmo Regularization"
    assert list(found) == [title] and found[title].authors == ["Ana Souza", "Ben Park"]


def test_a_reference_too_long_for_a_record_in_the_author_first_style(nlp):
    """"- A* , B* , C and D. Title. In IEEE *Venue (X-2031)*, City, Country [**[paper]**](url)": longer than a
    record line, its names (equal-contribution marks and all) and title up to its full stop are the record."""
    text = ("### 2031\n\n"
            "- Souza* , Ben Park* , Chen Wei, Dana Levi and Eli Cohen. WidgetFPN: Residual Gizmo Connections in "
            "Multi-Resolution Widget Pyramid Networks for Accurate Dense Gizmo Matching. In IEEE *International "
            "Conference on Widget Recognition (ICWR-2031)*, Milan, Italy, pages 1-10 [**[paper]**](https://arxiv.org/abs/3101.00001)\n")
    found = titles(nlp, text)
    title = "WidgetFPN: Residual Gizmo Connections in Multi-Resolution Widget Pyramid Networks for Accurate Dense Gizmo Matching"
    assert list(found) == [title]
    assert found[title].authors == ["Souza", "Ben Park", "Chen Wei", "Dana Levi", "Eli Cohen"]
    assert found[title].paper_urls == ["https://arxiv.org/abs/3101.00001"]


def test_hard_wrapped_titles_with_their_names_on_the_line_after(nlp):
    """Notes that wrap a title over two lines and put its names on the third: "with ..." and a head
    ending at its colon go on with the title; the names are the whole title's; a session note after a
    heading's names ("Findings Posters -- Virtual") is no paper."""
    text = ("# WIDGETCONF 2031\n\n"
            "* Poster highlights\n"
            "  * [Widget Modeling Makes a Better Planner:](https://arxiv.org/abs/3103.10480)\n"
            "    Dual Gizmo Optimization for Embodied Task Planning\n"
            "    Ana Souza, Ben Park, Chen Wei,+\n\n"
            "#### [GizmoSPA: Semantically Aligned Widget Encoders](https://arxiv.org/abs/3101.16344)\n"
            "with Self-Supervised Contrastive and Teacher-Student Learning\n"
            "Dana Levi, Eli Cohen, Fay Wong\n\n"
            "* Current widget pipelines rely on an extra gizmo model.\n\n"
            "#### Rhetorical Widget-Aware Gizmo Detection with Counterfactual Augmentation\n"
            "Gus Lund, Hana Sato, Ivan Petrov\n"
            "Findings Posters -- Virtual\n\n"
            "### Outstanding Papers\n\n"
            "* Bridging the Widget Gaps in Large Gizmo Models\n"
            "  with Inference-Time Cross-Widget Intervention\n"
            "Jon Berg, Kim Lee, Lars Holm\n")
    found = titles(nlp, text)
    assert set(found) == {
        "Widget Modeling Makes a Better Planner: Dual Gizmo Optimization for Embodied Task Planning",
        "GizmoSPA: Semantically Aligned Widget Encoders with Self-Supervised Contrastive and Teacher-Student Learning",
        "Rhetorical Widget-Aware Gizmo Detection with Counterfactual Augmentation",
        "Bridging the Widget Gaps in Large Gizmo Models with Inference-Time Cross-Widget Intervention"}
    assert found["Widget Modeling Makes a Better Planner: Dual Gizmo Optimization for Embodied Task Planning"].authors \
        == ["Ana Souza", "Ben Park", "Chen Wei"]
    assert found["GizmoSPA: Semantically Aligned Widget Encoders with Self-Supervised Contrastive and Teacher-Student "
                 "Learning"].authors == ["Dana Levi", "Eli Cohen", "Fay Wong"]
    assert found["Bridging the Widget Gaps in Large Gizmo Models with Inference-Time Cross-Widget Intervention"].authors \
        == ["Jon Berg", "Kim Lee", "Lars Holm"]


@pytest.mark.parametrize("kind", ["PhD Thesis 2031", "Master's thesis (2031)", "Technical Report", "Preprint"])
def test_what_kind_of_work_under_a_linked_title_is_no_title(nlp, kind):
    """"* [Title](url)" / "  Ana Souza" / "  PhD Thesis 2031": the last line says what the work is, not a second
    title; the heading over it names an award and its winner, not a paper."""
    text = ("## WIDGETCONF Lifetime Award: Ben Park\n\n"
            "* [Detecting and Explaining Gizmo Reactions in Personal Widgets](https://scholar.example.org/x)\n"
            f"  Ana Souza\n  {kind}\n")
    assert set(titles(nlp, text)) == {"Detecting and Explaining Gizmo Reactions in Personal Widgets"}


@pytest.mark.parametrize("title, rule, plausible", [
    ("WIDGETCONF Lifetime Award", "record.heading", False),   # "## WIDGETCONF Lifetime Award: Ana Souza": an award, its winner
    ("Gizmo Test of Time Prize", "record.heading", False),
    ("Best Short", "prose.x_paper", False),                   # "The Best Short Paper" over the winner: the award
    ("Sparse Widget Networks for Gizmo Parsing", "record.heading", True),
])
def test_an_award_and_its_winner_is_no_title(title, rule, plausible):
    from extract.mentions.papers import plausible_title
    from extract.mentions.records import Candidate

    assert plausible_title(title, Candidate(title, 0, len(title), rule, 0.9, [("Ana Souza", len(title) + 2, len(title) + 11)])) \
        is plausible


def test_coauthors_named_after_a_title_and_in_a_post_about_one_paper(nlp):
    """"..., and co-authored with Park." after a title gives it that author; in a lab post about one
    paper, "thanks to my co-authors and advisors A, B, and Dr. C" gives it those; a co-author note on a
    later title is not an earlier title's."""
    one = ("Ana Souza presented our latest work at WIDGETCONF 2031!\n\n"
           "📝 Gizmo-Refine: Improving Widget Explanation Generation by Learning in Tandem (https://lnkd.in/abc)\n\n"
           "In this paper, we introduce a novel approach where two models refine widget explanations.\n\n"
           "A big thanks to all my co-authors and advisors Chen Wei, Dana Levi, and Dr. Eli Cohen.\n")
    found = titles(nlp, one)
    assert list(found) == ["Gizmo-Refine: Improving Widget Explanation Generation by Learning in Tandem"]
    assert found["Gizmo-Refine: Improving Widget Explanation Generation by Learning in Tandem"].authors == \
        ["Chen Wei", "Dana Levi", "Eli Cohen"]
    many = ("**See also:** recent papers on widget interpretability:\n"
            "- \"Manipulating and Measuring Widget Interpretability\" (2031)\n"
            "- Souza et al., \"Interpreting Interpretability: Understanding Users of Gizmo Tools\" "
            "(also co-authored by Ben Park and Chen Wei).\n\n"
            "Another work presented as a poster was titled \"Term Importance for Widget Retrieval: A Case Study\", "
            "and co-authored with Kowalczyk.\n")
    found = titles(nlp, many)
    assert found["Manipulating and Measuring Widget Interpretability"].authors == []
    assert found["Interpreting Interpretability: Understanding Users of Gizmo Tools"].authors == ["Souza", "Ben Park", "Chen Wei"]
    assert found["Term Importance for Widget Retrieval: A Case Study"].authors == ["Kowalczyk"]
    bracket = (":boom: [Adaptive Widgets: Unsupervised Gizmo Adaptation for Widget Analysis](https://example.org/d19.pdf)\n"
               "> Presents a new framework for adapting widgets.\n>\n"
               "> This is work co-authored by Dana Levi (with Ben Park, Barea Sinno, Chen Wei).\n")
    assert titles(nlp, bracket)["Adaptive Widgets: Unsupervised Gizmo Adaptation for Widget Analysis"].authors == \
        ["Dana Levi", "Ben Park", "Barea Sinno", "Chen Wei"]


def test_a_lab_news_post_linked_titles_in_sentences_and_coauthors_linked_to_their_pages(nlp):
    """A news post: "In [Title in sentence case, commas too](/publications/x), we use ..." names the paper the
    sentence goes on about; "the paper [Title](/publications/y), co-authored with [Ana de la Cruz](url), Ben Park,
    and Chen W. Wei." gives it those authors, a linked one and a surname with particles too. "In [the blog post on
    widgets](url), they ..." names none."""
    text = ("I'm also very happy about the joint paper with [Dana Levi](https://levi.example.org). "
            "In [It's not the widget, it's the gizmo: the impact of choice models on widget imbalance](/publications/levi-2031-gizmo/), "
            "we use simulations to study how gizmo strategies contribute to widget fairness.\n\n"
            "I received an award for the journal paper [Where are the widgets? A systematic review on gizmo recommenders]"
            "(/publications/souza-2031-widgets), co-authored with [Ana de la Cruz](https://cruz.example.org), Ben Park, "
            "and Chen W. Wei. It was fun.\n\n"
            "In [the blog post on widget tricks](https://blog.example.org/tricks), they explain the setup.\n")
    found = titles(nlp, text)
    assert set(found) == {"It's not the widget, it's the gizmo: the impact of choice models on widget imbalance",
                          "Where are the widgets? A systematic review on gizmo recommenders"}
    assert found["Where are the widgets? A systematic review on gizmo recommenders"].authors == \
        ["Ana de la Cruz", "Ben Park", "Chen W. Wei"]


def test_lab_news_a_presentation_by_a_linked_name_and_a_project_host(nlp):
    """Lab news: 'Figure 2. "Title" presentation by [Ana Souza](url)' gives its presenter as its author; a page whose host spells the title ("agentic-widget-discovery.github.io") after
    it in its sentence is its project page, whatever the anchor says ("[related materials](…)")."""
    text = ('Figure 1. "Agentic Widget Discovery" presentation at WidgetConf@40, see also '
            "[related materials](https://agentic-widget-discovery.github.io/)\n\n"
            'Figure 2. "Inverse Kinematics for Neuro-Widget Grasping with Humanoid Gizmo Agents" presentation by '
            "[Jan-Gerrit Souza](https://lab.example.org/people/souza.html) at WidgetConf@40, see more about "
            "[our NICOL robot](https://lab.example.org/research/nicol.html)\n")
    found = titles(nlp, text)
    assert found["Agentic Widget Discovery"].code_urls == ["https://agentic-widget-discovery.github.io/"]
    assert found["Inverse Kinematics for Neuro-Widget Grasping with Humanoid Gizmo Agents"].authors == ["Jan-Gerrit Souza"]
    assert found["Inverse Kinematics for Neuro-Widget Grasping with Humanoid Gizmo Agents"].code_urls == []


def test_a_resource_row_in_a_table_of_papers_is_no_paper(nlp):
    """A row "[Gizmo dataset](https://github.com/...)" among linked titles names a resource, not a paper."""
    text = ("| Title | Venue |\n|---|---|\n"
            "| [The Child as Widget Hacker](https://example.org/papers/child.pdf) | Trends in Gizmos |\n"
            "| [Learning Task-General Widget Representations with Neuro-Symbolic Gizmos](https://openreview.net/forum?id=a1) | ICLR'31 |\n"
            "| [Leveraging Language to Learn Widget Abstractions](https://arxiv.org/abs/3106.11053) | ICML'31 |\n"
            "| [Communicating Natural Widgets to Humans and Machines](https://arxiv.org/abs/3106.07824) | |\n"
            "| [LARC dataset](https://github.com/example/larc) | |\n")
    found = titles(nlp, text)
    assert "LARC dataset" not in found
    assert "Communicating Natural Widgets to Humans and Machines" in found


def test_a_programme_word_opening_a_note_under_markdown_headings(nlp):
    """Under "### Emotion", the note "Workshop day 1, `photo`" is no heading of a talks section: the
    papers after it keep their section; a heading whose tail alone is linked is one title."""
    text = ("## Psychology\n\n### Emotion\n\nWorkshop day 1, `20310731_170252`\n\n### Depression\n\n"
            "[Gizmore:](https://arxiv.org/abs/3103.00018) Realistic Widget Simulation\n"
            "via Supervised and Preference Optimization\n\n"
            "Ana Souza, Ben Park, Chen Wei\n\n* goal: capturing diverse widget traits.\n\n"
            "### Surprisal\n\n"
            "#### Subword widgets struggle with gizmo learning, but [surprisal hides it](https://arxiv.org/abs/3102.12835)\n"
            "Dana Levi, Eli Cohen\n\n* We study widget learning.\n")
    found = titles(nlp, text)
    assert "Subword widgets struggle with gizmo learning, but surprisal hides it" in found
    assert found["Subword widgets struggle with gizmo learning, but surprisal hides it"].authors == ["Dana Levi", "Eli Cohen"]
    assert "Gizmore: Realistic Widget Simulation via Supervised and Preference Optimization" in found


@pytest.mark.parametrize("line, title", [
    ("[Stream Widgets](https://arxiv.org/pdf/3110.04073.pdf) and Link Gizmos for the Modeling of Interactions over Time",
     "Stream Widgets and Link Gizmos for the Modeling of Interactions over Time"),
    ("[Sparse Widget Networks](https://arxiv.org/pdf/3110.04074.pdf) from the gizmo group at Widget University",
     "Sparse Widget Networks"),
    ("[Sparse Widget Networks](https://arxiv.org/pdf/3110.04075.pdf) and Ana Souza, Ben Park",
     "Sparse Widget Networks"),
])
def test_a_title_that_goes_on_past_the_link_on_its_head(nlp, line, title):
    """A link on a title's head, then a small word and Title Case words: the title goes on; a lower-case
    sentence or names after it do not."""
    text = f"## Interesting papers\n\n{line}\n\nThe notes on it.\n"
    assert title in titles(nlp, text)


def test_a_list_of_names_opening_the_notes_under_a_heading_paper(nlp):
    """"#### [Title](url)" / "`photo id`" / "* A, B, C,+" / "* notes": the first item is the byline; a first
    item listing topics is not."""
    text = ("### Narrative\n\n"
            "#### [Widget Framing and Role Portrayal in the Gizmo News](https://arxiv.org/abs/3102.14718)\n\n"
            "`20310728_175038`\n\n"
            "* Ana Souza, Tarek Mahmoud, Ben Park, Dimitar Dimitrov,+\n"
            "* a novel multilingual corpus annotated for widget framing\n\n"
            "#### [Gizmo Parsing with Sparse Widget Trees](https://arxiv.org/abs/3102.14719)\n\n"
            "* Widget Trees, Gizmo Parsing\n"
            "* a parser for gizmos\n")
    found = titles(nlp, text)
    assert found["Widget Framing and Role Portrayal in the Gizmo News"].authors == \
        ["Ana Souza", "Tarek Mahmoud", "Ben Park", "Dimitar Dimitrov"]
    assert found["Gizmo Parsing with Sparse Widget Trees"].authors == []


def test_a_title_wrapped_over_two_lines_with_no_wrap_word_before_its_names(nlp):
    """"* Widget Planning Narratives [Enhance](url)" / "  Large Gizmo Model Planner" / "  A, B, C": one title
    over two lines, its names on the third, not a title without names and another with them."""
    text = ("* Poster highlights\n"
            "  * Widget-aware Planning Narratives [Enhance](https://arxiv.org/abs/3106.21230)\n"
            "    Large Gizmo-Language Model Planner\n"
            "    Ana Souza, Ben Park, Chen Wei, Dana Levi\n\n"
            "  * we propose a planner for widgets.\n")
    found = titles(nlp, text)
    title = "Widget-aware Planning Narratives Enhance Large Gizmo-Language Model Planner"
    assert list(found) == [title] and found[title].authors == ["Ana Souza", "Ben Park", "Chen Wei", "Dana Levi"]


@pytest.mark.parametrize("raw, title", [
    # a note after a full-width colon, in Chinese, is no part of the title
    ("Megaflow: Scaling Sparse Model Training to More Than 10,000 Accelerators：字节万卡集群实践",
     "Megaflow: Scaling Sparse Model Training to More Than 10,000 Accelerators"),
    ("Sarathi: Taming the Tradeoff in Model Inference：基于已有工作调度prefill和decoder阶段。", "Sarathi: Taming the Tradeoff in Model Inference"),
    # a translation in brackets, in Korean
    ("The Efficient Widget Audit Problem, Deduplicated Re-execution, and the Web (위젯 감독을 효율적으로 하는 방법, 그리고 웹)",
     "The Efficient Widget Audit Problem, Deduplicated Re-execution, and the Web"),
    # a Latin subtitle after one is the title's
    ("Splitserve：Disaggregating Prefill and Decoding for Efficient Model Serving",
     "Splitserve：Disaggregating Prefill and Decoding for Efficient Model Serving"),
])
def test_a_note_after_a_full_width_colon_leaves_the_title(raw, title):
    from extract.mentions.records import clean_title

    assert clean_title(raw) == title


def test_a_note_after_a_linked_head_and_subtitle_is_no_part_of_the_title(nlp):
    """"[Head: Subtitle](url), Experience Track, Google" / ", CXL offloading" / ": Targeting ...": the link's
    anchor is the whole title, what follows it a note."""
    text = ("### Offloading\n\n"
            "- [Fathom: Understanding Datacenter Application Network Latency](https://dl.acm.org/doi/10.1145/3101.1), Experience Track, Google\n"
            "- [Cowbird: Freeing Processors by Offloading Remote Memory Access](https://dl.acm.org/doi/10.1145/3101.2), CXL offloading\n"
            "- [Aequitas: Admission Control for Latency-Critical Remote Calls](https://example.org/aequitas.pdf): Targeting tail latency of RPCs\n")
    found = titles(nlp, text)
    assert sorted(found) == ["Aequitas: Admission Control for Latency-Critical Remote Calls",
                             "Cowbird: Freeing Processors by Offloading Remote Memory Access",
                             "Fathom: Understanding Datacenter Application Network Latency"]
    assert all(p.authors == [] for p in found.values())


def test_one_unknown_word_before_the_colon_heads_the_title():
    """"[EuroSys'31] Acesto: Efficient ..." read by the segmenter as a name, then the title: a single word no
    lexicon gives as a given name, right before the colon the title goes on from, is the title's head."""
    text = "- [EuroSys'31] Acesto: Efficient Parallel Network Training through Iterative Bottleneck Removal\n"
    (unit,) = _units(text)
    labels = ["O", "O", "O", "A"] + ["T"] * (len(unit.tokens) - 4)   # "[", "EuroSys'31", "]", "Acesto", ":", ...
    cand = _candidate(text, unit, labels, [0.0] * 4 + [0.9] * (len(unit.tokens) - 4))
    assert (cand.title, cand.authors) == ("Acesto: Efficient Parallel Network Training through Iterative Bottleneck Removal", [])
    # a known given name is an author: "Ana: ..." keeps its name
    text = "- [EuroSys'31] Ana: Efficient Parallel Network Training through Iterative Bottleneck Removal\n"
    (unit,) = _units(text)
    cand = _candidate(text, unit, labels, [0.0] * 4 + [0.9] * (len(unit.tokens) - 4))
    assert cand.title == "Efficient Parallel Network Training through Iterative Bottleneck Removal"


def test_a_list_of_sessions_is_no_list_of_papers(nlp):
    """"[WidgetConf 31](url) has 12 technical sessions" over "1. RDMA / 2. Learning with GPUs / ...": the
    sessions are no papers (half the items are three words or fewer, none with a link or items of its own)."""
    sessions = ["RDMA", "Learning with GPUs", "RPC and Remote Memory", "Congestion Control", "Distributed Systems",
                "Wireless", "Cloud", "Synthesis and Formal Methods", "Systems for Learning", "Privacy and Security",
                "Video", "Physical Layer"]
    text = ("### Overview\n\n[WidgetConf 31](https://widgetconf.example.org/31) has 12 technical sessions\n\n"
            + "".join(f"{i}. {s}\n" for i, s in enumerate(sessions[:7], 1))
            + "8. **Programming the Network**\n"
              "\t- A Fast Stateful Packet Processing Approach for Terabit Programmable Switches\n"
              "\t- Ringmaster: Efficiently Offloading Intra-Server Orchestration to Network Cards\n"
            + "".join(f"{i}. {s}\n" for i, s in enumerate(sessions[7:], 9)))
    assert not set(titles(nlp, text)) & {*sessions, "Programming the Network"}


def test_a_heading_with_its_translation_in_brackets():
    """"### Iris: Title \\(Iris: <the title in Korean>\\)" with the segmenter reading the repeated name as a
    name: the brackets hold a translation, the name in them is no author."""
    text = "### Iris: Coordination-Free Consistent Transactions Using In-Network Widget Control \\(Iris: 내부 네트워크의 트랜잭션 처리 시스템\\)\n"
    (unit,) = _units(text)
    words = [t.text for t in unit.tokens]
    k = words.index("(")
    labels = ["T"] * k + ["O", "A"] + ["O"] * (len(words) - k - 2)
    cand = _candidate(text, unit, labels, [0.9] * k + [0.0] * (len(words) - k))
    assert cand.title == "Iris: Coordination-Free Consistent Transactions Using In-Network Widget Control"
    assert cand.authors == []


def test_footnote_references_in_the_author_year_style(nlp):
    """"[^1]: Souza, A., Park, B., Lind, C. (2031) [Title](url). Proc. INTERSPEECH 2031, 1-5, doi: ...": the
    linked title without the venue after its stop, the names turned round (a comma after an initial ends a
    name), a reference too long for a record's line read to its link, and the doi's numbers no title."""
    names = ["Yang, Y.", "Yang, X.", "Guo, L.", "Yao, Z.", "Kang, W.", "Kuang, F.", "Lin, L.", "Chen, X.", "Povey, D."]
    text = ("Souza et al. [^1] used length perturbation.\n\n## References\n\n"
            "[^1]: Souza, A., Park, B., Lind, C. (2031) [Improving Widget Transducer Models for Gizmo Recognition]"
            "(https://www.isca-speech.org/archive/interspeech_2031/souza31_interspeech.html). Proc. INTERSPEECH 2031, 1299-1303, "
            "doi: 10.21437/Interspeech.2031-2207\n\n"
            "[^2]: Rossi, V.S., Haddad, A., Berg, P., Novak, M. (2031) [Improving Gizmo-Transducers with Widget LookAhead]"
            "(https://www.isca-speech.org/archive/interspeech_2031/rossi31_interspeech.html). Proc. INTERSPEECH 2031, 4419-4423, "
            "doi: 10.21437/Interspeech.2031-2354\n\n"
            f"[^3]: {', '.join(names)} (2031) [Blank-regularized Widget Parsing for Frame Skipping in Gizmo Transducers]"
            "(https://www.isca-speech.org/archive/interspeech_2031/yang31_interspeech.html). Proc. INTERSPEECH 2031, 1-5, "
            "doi: 10.21437/Interspeech.2031-12\n")
    assert {t: p.authors for t, p in titles(nlp, text).items()} == {
        "Improving Widget Transducer Models for Gizmo Recognition": ["A. Souza", "B. Park", "C. Lind"],
        "Improving Gizmo-Transducers with Widget LookAhead": ["V.S. Rossi", "A. Haddad", "P. Berg", "M. Novak"],
        "Blank-regularized Widget Parsing for Frame Skipping in Gizmo Transducers":
            ["Y. Yang", "X. Yang", "L. Guo", "Z. Yao", "W. Kang", "F. Kuang", "L. Lin", "X. Chen", "D. Povey"]}


def test_a_two_word_surname_in_surname_first_references(nlp):
    """"Souza, A., Park, B., Lima Rossi, K., Berg, S. (2031) [Title](url)": a surname of two words before
    initials stays one name, and the others keep their initials."""
    text = ("## References\n\n[^1]: Souza, A., Park, B., Lima Rossi, K., Berg, S. (2031) [Model-Internal Widget Biasing for "
            "Domain Expansion in Gizmo Transducers](https://www.isca-speech.org/archive/interspeech_2031/souza31_interspeech.html). "
            "Proc. INTERSPEECH 2031, 1-5\n")
    (paper,) = titles(nlp, text).values()
    assert paper.authors == ["A. Souza", "B. Park", "K. Lima Rossi", "S. Berg"]


def test_apa_references_with_a_month_in_the_date_and_a_linked_title(nlp):
    """"Souza, A. B., ..., & Novak, G. H. (2031, May). [Title.](url) In _Proceedings ..._": an APA reference too long
    for a record's line, its date with a month and a stop after it, read to its linked title."""
    text = ("## Understanding widget accessibility for people with gizmo disabilities.\n\n"
            "- Souza, A. B., Park, C., Lind, D., Rossi, E., Berg, F., & Novak, G. H. (2031, May). [Understanding widget "
            "accessibility for people with gizmo disabilities.](https://dl.acm.org/doi/abs/10.1145/0000000.0000001) In "
            "_Proceedings of the 2031 WIDG Conference on Human Factors in Widget Systems_ (pp. 1-16).\n\n"
            "- Measured accuracy for four chart designs.\n")
    (paper,) = titles(nlp, text).values()
    assert paper.title == "Understanding widget accessibility for people with gizmo disabilities"
    assert paper.authors == ["A. B. Souza", "C. Park", "D. Lind", "E. Rossi", "F. Berg", "G. H. Novak"]


def test_a_reading_list_of_names_and_a_labelled_link_over_each_bold_title(nlp):
    """"- A. Souza, B. Park  [Link](pdf)" / "  **Title.**" / "  *Venue*, 2031": the names' line gives the title its
    authors, without the link's label ("Park Link"), and its link is the paper's; a chat workspace's link ("[Link]" to a
    team's Slack) is neither the paper's nor its code."""
    text = ("## A. Storage\n\n"
            "- A. Souza, B. Park, C. Wei, D. Levi  [Link](https://www.cidrdb.org/cidr2031/papers/p17.pdf)\n"
            "  **Widgethouse: A New Generation of Open Gizmo Platforms.**\n"
            "  *Proceedings of the 41st Conference on Innovative Widget Systems (CIWS)*, 2031\n\n"
            "- E. Cohen, F. Mori, G. Novak. [Link](https://widgetlab.slack.com/archives/C0A795XSFHB/p1768320094997089)\n"
            "  **Gizmo Flow: Stream and Batch Widgets in a Single Engine.**\n"
            "  *IEEE Widget Engineering Bulletin*, 36(28-33), 2030.\n")
    found = titles(nlp, text)
    lake = found["Widgethouse: A New Generation of Open Gizmo Platforms"]
    assert lake.authors == ["A. Souza", "B. Park", "C. Wei", "D. Levi"]
    assert lake.paper_urls == ["https://www.cidrdb.org/cidr2031/papers/p17.pdf"]
    flow = found["Gizmo Flow: Stream and Batch Widgets in a Single Engine"]
    assert flow.authors == ["E. Cohen", "F. Mori", "G. Novak"]
    assert flow.code_urls == [] and flow.paper_urls == []


def test_notes_under_paper_headings_are_no_papers_of_their_own(nlp):
    """Notes under "##### :boom: Title" headings: a hard-wrapped sentence that points to a work "(see Souza and Park,
    2031)" names no authors and no title; "- Machine translation: A, B and C, WCLR 2031; D et al., WCLR 2030" is a topic
    and the works cited for it; "Achieves SOTA ... (Souza et al. 2031)" opens with its verb, a note; an example's
    "**Options:** {Iran, India, ...}" has an unpaired brace and "**Question:** (...?" an open bracket. Every heading is
    a paper, with the code link under it."""
    text = (
        "## Widget Embeddings\n"
        "\n"
        "##### :boom: Gizmo Matching for Bilingual Widget Embedding\n"
        "\n"
        "Presented by Dana Levi.\n"
        "\n"
        "Instead of learning a mapping between sets of widget vectors,\n"
        "define a probability distribution over widgets (a gizmo mixture model)\n"
        "and match the two densities using *normalizing flows* (see Souza and Park, 2031).\n"
        "\n"
        "**Code**: https://github.com/widgetlab/gizmo-matching\n"
        "\n"
        "##### (Poster) Sparse Widget Alignment with Gizmo Priors\n"
        "\n"
        "It aligns widget spaces, as others did before:\n"
        "\n"
        "- Machine translation: Souza, Park and Wei, WCLR 2031; Levi et al., WCLR 2030; Cohen et al., GMNLP 2029\n"
        "- The rest is noise.\n"
        "\n"
        "##### :boom: WAG: Bi-directional Widget Graph Networks for Multi-hop Gizmo Answering\n"
        "\n"
        "Achieves SOTA performance using Widget ConvNets on the GIZMOHOP dataset (Souza et al. 2031): http://gizmohop.example.org/\n"
        "\n"
        "**Question:** (Hanging widgets of Springfield, country, ?)\n"
        "**Options:** {Freedonia, India, Pakistan, Somalia...}\n"
        "\n"
        "**Code:** https://github.com/widgetlab/wag\n"
        "\n"
        "##### (Poster) Dense Gizmo Retrieval for Widget Questions. Ana Souza and Ben Park\n"
    )
    found = titles(nlp, text)
    assert sorted(found) == ["Dense Gizmo Retrieval for Widget Questions", "Gizmo Matching for Bilingual Widget Embedding",
                             "Sparse Widget Alignment with Gizmo Priors",
                             "WAG: Bi-directional Widget Graph Networks for Multi-hop Gizmo Answering"]
    assert found["Gizmo Matching for Bilingual Widget Embedding"].code_urls == ["https://github.com/widgetlab/gizmo-matching"]
    assert "https://github.com/widgetlab/wag" in found["WAG: Bi-directional Widget Graph Networks for Multi-hop Gizmo Answering"].code_urls


def test_tracks_with_their_counts_and_workshops_are_no_papers(nlp):
    """"- Theory and Formalism in NLP (Linguistic and Mathematical) (12)": a track, its bracket English words no lexicon
    of names knows, not surnames; "- [WIDG (Workshop on Widget Research)](site) [**(papers)**](Anthology event page)": a
    workshop, its papers' page an event's. A title and its authors' surnames in a bracket stay a paper."""
    text = ("**Four new tracks this year:**\n\n- Ethics and NLP (44)\n"
            "- Theory and Formalism in NLP (Linguistic and Mathematical) (12)\n\n"
            "Workshops:\n\n- [WIDG (Workshop on Advances in Widget Research)](https://widg-workshop.github.io/) "
            "[**(papers)**](https://www.aclweb.org/anthology/events/acl-2031/#2031-widg-1)\n\n"
            "I liked Widget Nets for Gizmo Parsing (Souza, Park & Wei) a lot.\n")
    found = titles(nlp, text)
    assert list(found) == ["Widget Nets for Gizmo Parsing"]
    assert found["Widget Nets for Gizmo Parsing"].authors == ["Souza", "Park", "Wei"]


def test_a_sentence_case_title_and_its_et_al_citation_before_a_paper_label(nlp):
    """"6. Title in sentence case, Souza et al., 2031 [[Paper](url)] [[Notes](…)]": the line before the paper's label
    ends in the first author's surname, "et al." and the year, which are no part of the title."""
    text = ("## Embeddings\n\n"
            "6. Dissecting contextual word embeddings: architecture and representation, Souza et al., 2031 "
            "[[Paper](https://arxiv.org/abs/3108.08949)] [[Notes](2031/3108.08949.md)] [\\#nlp](#nlp)\n"
            "7. Sentiment analysis is not solved! Assessing and probing sentiment classification, Park et al., 2030 "
            "[[Paper](https://arxiv.org/abs/3006.05887)] [[Notes](2030/3006.05887.md)] [\\#nlp](#nlp)\n")
    assert {t: p.authors for t, p in titles(nlp, text).items()} == {
        "Dissecting contextual word embeddings: architecture and representation": ["Souza"],
        "Sentiment analysis is not solved! Assessing and probing sentiment classification": ["Park"]}


@pytest.mark.parametrize("sentence, expected", [
    # what a method, a model or a system is called is its name, not a paper's title
    ("Key novelty is in using a new clustering method called Density Peak Widget Clustering.", []),
    ("They train a small model called Gizmo Language Widget Model on it.", []),
    ("The authors built a system called Widget Serving at Scale for it.", []),
    # what a paper or a work is called is its title
    ("I liked a new paper called Widget Nets for Gizmo Parsing.", ["Widget Nets for Gizmo Parsing"]),
])
def test_called_names_a_paper_only_after_a_paper_word(nlp, sentence, expected):
    assert sorted(titles(nlp, "## Day 2\n\n" + sentence + "\n")) == expected


def test_a_pronoun_is_no_title_and_a_tool_linked_in_a_sentence_no_paper(nlp):
    """'There was a related paper presented by Ana Souza' names no title; '* Demo-ed the use of their
    [Widget Structures Library (WSL)](github)' names software, not a paper."""
    text = ("## Day 4\n\nThere was a related paper presented by Ana Souza from Widget Research.\n\n"
            "**Searching by Talking: Analysis of Voice Queries on Mobile Widget Search**\n\n* This paper has a deeper analysis.\n\n"
            "**Succinct Gizmo Structures**\n\nThis tutorial was about gizmo structures.\n\n"
            "* Demo-ed the use of their <a href=\"https://github.com/asouza/wsl-lite\">Succinct Widget Structures Library (SWSL)</a>.\n")
    assert set(titles(nlp, text)) == {"Searching by Talking: Analysis of Voice Queries on Mobile Widget Search"}


@pytest.mark.parametrize("url, anchor, kind", [
    ("https://github.com/asouza/asouza.github.io/blob/master/papers/widgets.pdf", "Paper", "paper"),
    ("https://github.com/asouza/widget-nets", "Code", "code"),
    ("https://talks.example.org/38938755", "Video", "media"),
    ("https://widgets.example.org/", "Website", "site"),
    ("https://huggingface.co/papers/3101.00001", "", "paper"),   # a paper's page on a code host
    ("https://huggingface.co/spaces/asouza/widget-demo", "", "code"),
    ("https://www.isca-archive.org/interspeech_2031/souza31_interspeech.html", "", "paper"),
    ("https://archives.ismir.net/ismir2031/paper/000001.pdf", "", "paper"),
    # A dblp record is a paper's bibliographic page; a dblp table of contents is no one paper's.
    ("http://dblp.uni-trier.de/rec/html/conf/wc/SouzaP31", "", "paper"),
    ("https://dblp.org/rec/conf/wc/SouzaP31.html", "", "paper"),
    ("https://dblp.org/db/conf/wc/wc2031.html", "", "site"),
    ("https://example.org/x", "论文", "paper"),   # labels in Chinese, Korean, Japanese
    ("https://example.org/y", "코드", "code"),
    # A poster's or an oral's page on a conference's virtual site is the paper's; a workshop's is an event's.
    ("https://cvpr2031.thecvf.com/virtual/2031/poster/22922", "", "paper"),
    ("https://neurips.cc/virtual/2031/workshop/66506", "", "event"),
    # A talk's slides in PDF off the paper hosts are media, by their label or their folder; a PDF on arXiv stays the paper.
    ("https://widgetconf.cc/media/Slides/2031/hall(11-00)-4730-widget_att.pdf", "Slides", "media"),
    ("https://widgetconf.cc/media/Slides/2031/hall(11-00)-4730-widget_att.pdf", "", "media"),
    ("https://lab.example.org/talks/widgets.pdf", "Poster", "media"),
    ("https://school2031.example.io/ana_souza_widget_slides.pdf", "Widgets", "media"),
    ("https://arxiv.org/pdf/3101.00001", "Slides", "paper"),
    ("https://lab.example.org/pubs/widgets.pdf", "pdf", "paper"),
    # A programme's presentation page, on a conference's site of any year or a scheduling service: an event's.
    ("https://s2031.siggraph.org/presentation/?id=papers_615&sess=sess130", "", "event"),
    ("https://s2031.conference-schedule.org/presentation/?id=papers_1176&sess=sess154", "", "event"),
    ("https://widgetconf.example.org/presentation/?sess=sess12&id=gensub_144", "", "event"),
    # A conference's page whose path spells its anchor (cut short or not) is that paper's page; a workshop's is not.
    ("http://www.kdd.org/kdd2031/subtopic/view/widgetar-bounding-gizmo-fraud-in-the-face-of-camouflage",
     "WIDGETAR: Bounding Gizmo Fraud in the Face of Camouflage", "paper"),
    ("http://www.kdd.org/kdd2031/subtopic/view/continuous-experience-aware-widget-model", "Continuous Experience-aware Widget modelling", "paper"),
    ("http://www.kdd.org/kdd2031/subtopic/view/continuous-experience-aware-widget-model", "the widget paper", "event"),
    ("http://www.kdd.org/kdd2031/", "31st ACM SIGKDD Conference on Knowledge Discovery", "event"),
    ("https://neurips.cc/virtual/2031/workshop/widget-learning-for-gizmos", "Widget Learning for Gizmos", "event"),
    # A repository's issue, pull request or discussion is a conversation, no project's code or site.
    ("https://github.com/widgetlab/widgets/discussions/5056", "", "media"),
    ("https://github.com/widgetlab/widgets/issues/12", "", "media"),
    ("https://github.com/widgetlab/widgets", "", "code"),
    # A reader's notes on a paper, kept in a repository of notes: no code of the paper.
    ("https://github.com/reader/paper_note/blob/master/embedding/Widget%20Nets.md", "note", "none"),
    ("https://github.com/reader/reading-list", "My notes", "none"),
    ("https://github.com/reader/paper_note/blob/master/embedding/Widget%20Nets.md", "", "code"),
    # The Anthology's page of an event, a volume or a venue lists many papers: no paper's own page.
    ("https://www.aclweb.org/anthology/events/acl-2031/#2031-widg-1", "(papers)", "event"),
    ("https://aclanthology.org/volumes/2031.acl-long/", "", "event"),
    ("https://aclanthology.org/2031.acl-long.17/", "", "paper"),
    ("https://www.aclweb.org/anthology/P31-1267.pdf", "", "paper"),
    # A web search's page of results is neither the paper nor its code, nor a project's site.
    ("https://www.google.com/search?q=https.widgetconf.cc/virtual/2031/poster/46498", "", "none"),
    ("https://www.bing.com/search?q=widget+nets+for+gizmos", "", "none"),
    ("https://www.google.com/searchable-widgets/", "", "site"),
])
def test_link_kinds_of_a_pdf_in_a_repository_and_a_video_on_an_unknown_host(url, anchor, kind):
    """A PDF kept in a repository is no code; "[Video](unknown host)" is media, not a project site."""
    from extract.mentions.links import link_kind

    assert link_kind(url, anchor) == kind


def test_workshop_headings_and_schedule_lines_of_a_lab_post_are_no_papers(nlp):
    """Under "## List of Organized Workshops", a "#### [Workshop](site)" heading is no paper even
    where the same level's headings above are papers; "**Live Events on July 12th (PDT)**: Panel
    from 09:30 AM" over "**Organizers**: names" is a schedule, not a record."""
    papers = "".join(f"#### [{t}](https://arxiv.org/abs/2601.0000{i})\n**Authors**: {a}\n<hr>\n" for i, (t, a) in enumerate([
        ("Widget Nets for Gizmo Parsing", "Ana Souza, Ben Park"), ("Sparse Gizmo Attention at Scale", "Chen Wei, Dana Levi"),
        ("Gizmo Flows for Widget Control", "Eli Cohen, Fay Wong")]))
    text = ("## List of Accepted Papers\n" + papers + "\n## List of Organized Workshops\n<hr>\n\n"
            "#### [Emergent Widgets in Human-Gizmo Systems](http://widgets.example.edu/workshop/)\n"
            "**Link**: [Homepage](http://widgets.example.edu/workshop/)\n"
            "<br>**Live Events on July 12th (PDT)**: Panel from 09:30 AM - 10:30 AM | Spotlight talks from 10:30 AM - 11:00 AM\n"
            "<br>**Organizers**: Gus Moreno, Hal Stone, Ida Berg\n<hr>\n\n"
            "#### [Advances & Challenges in Widget Learning for Gizmos](http://widgets.example.edu/workshop2/)\n"
            "**Link**: [Homepage](http://widgets.example.edu/workshop2/)\n"
            "<br>**Live Events on July 12th (PDT)**: Paper discussions from 9:00 AM - 10:30 AM | Virtual coffee break from 10:30 AM\n"
            "<br>**Organizers**: Jon Snow, Kai Lee\n<hr>\n")
    assert set(titles(nlp, text)) == {"Widget Nets for Gizmo Parsing", "Sparse Gizmo Attention at Scale", "Gizmo Flows for Widget Control"}


def test_a_template_marker_in_a_comment_and_link_tooltips_are_no_papers(nlp):
    """A page's chrome: "<!-- Begin Widget Signup Form -->" marks a template, not a paper kept in a
    comment; '[Share](https://... "Share on Gizmonet")' holds its tooltip in quotes, never shown."""
    text = ("## Papers\n\n#### [Widget Nets for Gizmo Parsing](https://arxiv.org/abs/2601.00001)\n\n**Authors**: Ana Souza, Ben Park\n\n"
            "Keep on top of the latest posts via [RSS](https://blog.example.org/feed.xml) or email:\n"
            "<!-- Begin Widget Signup Form -->\n<!--End signup-->\n\nShare\n\n"
            "- [Share on Gizmonet](https://gizmonet.example.com/sharer.php?u=https://blog.example.org/p/ \"Share on Gizmonet\")\n"
            "- [Add to Widgetbox](https://widgetbox.example.com/save?url=https://blog.example.org/p/&title=Lab+Papers+at+WidgetConf "
            "\"Add to Widgetbox\")\n")
    assert set(titles(nlp, text)) == {"Widget Nets for Gizmo Parsing"}


def test_titles_linked_in_one_sentence_keep_their_own_paper_links(nlp):
    # The notes under a record, quoted: the last linked title of the "See also" line was read as a
    # record of that line and took the links of the titles before it.
    text = '## [Widget extraction and Gizmo graphs](#contents)\n\n:boom: [Language Widgets as Gizmo Bases?](https://aclanthology.org/2031.gizmo-1.1.pdf)\n> Idea: maybe while learning linguistic knowledge, language models are also storing relational knowledge from the training data, and could be used to answer queries such as: "Dante was born in [MASK]". Results:\n> 1. "Without fine-tuning, WIDGET contains relational knowledge competitive with traditional NLP methods that have some access to oracle knowledge".\n> 2. "WIDGET does well on open-domain question answering against a supervised baseline."\n> 3. "certain  types  of  factual  knowledge  are  learned much more readily than others by standard language model pretraining approaches."\n>\n> **Code:** https://github.com/facebookresearch/WIDGET\n>\n>**See also:** a paper showing why using LMs as knowledge bases is a bad idea: [Negated WIDGET: Gizmos cannot fly](https://arxiv.org/pdf/2601.00001.pdf). Also: [A Simple Method for Gizmo Reasoning](https://arxiv.org/abs/2601.00002); [Don’t SayThat! Making Inconsistent Widgets Unlikely with Gizmo Training](https://arxiv.org/pdf/2601.00003.pdf)\n\n:heavy_minus_sign: [Automatic **Widget Induction and Expansion**](https://aclanthology.org/2031.gizmo-3.5.pdf)\n> (Demo paper). Demo: https://example.org/widget-demo\n\n**Papers using graph neural networks:**\n\n'
    papers = {p.title: p.paper_urls for p in extract_text(text, nlp).papers}
    assert papers["Don’t SayThat! Making Inconsistent Widgets Unlikely with Gizmo Training"] == ["https://arxiv.org/pdf/2601.00003.pdf"]
    assert papers["A Simple Method for Gizmo Reasoning"] == ["https://arxiv.org/abs/2601.00002"]


def test_a_speakers_name_before_a_dash_and_her_talk_is_no_title(nlp):
    # "Name (Affiliation) — lower-case talk title" under a talks heading: the dash rule that ends a
    # title before a note does not turn the speaker into a title.
    text = ("## Workshop talks\n\n- Ana Souza (Widget U) — robots that learn from widgets\n"
            "- Ben Park (Gizmo Labs) — spatial perception in harsh domains\n")
    assert not any("Souza" in t or "Park" in t for t in titles(nlp, text))


@pytest.mark.parametrize("header", ["Title\tAuthors", "Title | Authors | Code", "Paper, Authors, Venue, Year"])
def test_a_header_of_field_names_is_no_title(nlp, header):
    """A table's or a tab-separated list's header ("Title<tab>Authors") was taken for a paper named "Title Authors"."""
    text = f"{header}\nWidget Nets for Gizmo Parsing\tAna Souza, Ben Park\n"
    titles = [p.title for p in extract_text(text, nlp).papers]
    assert not any(set(re.findall(r"\w+", t.lower())) <= {"title", "authors", "paper", "code", "venue", "year"} for t in titles)


@pytest.mark.parametrize("line, inner, title", [
    ("Privacy Auditing with One (1) Widget Run", "(1)", "Privacy Auditing with One (1) Widget Run"),
    ("Widget Nets (v2) for Gizmo Parsing", "(v2)", "Widget Nets (v2) for Gizmo Parsing"),
])
def test_a_short_bracket_the_title_goes_on_past_is_the_titles(line, inner, title):
    """The segmenter's labels as it gave them for a real checkbox list ("- [ ] Title" over "A · B · C"):
    the bracket's tokens outside the title, the title's words on both sides of it."""
    text = f"# Orals\n\n- {line}\n    Dana Levi · Ben Park\n"
    unit = next(u for u in _units(text) if u.tokens and u.tokens[0].text == line.split()[0])
    start = text.index(inner)
    labels = ["O" if start <= t.start < start + len(inner) else "T" if t.line == 0 else "S" if t.text == "·" else "A"
              for t in unit.tokens]
    p_title = [0.81 if lab == "T" else 0.05 for lab in labels]
    cand = _candidate(text, unit, labels, p_title)
    assert cand is not None and cand.title == title
    assert [a[0] for a in cand.authors] == ["Dana Levi", "Ben Park"]


def test_a_quoted_sentence_wrapped_onto_the_next_line_is_no_title():
    """The segmenter's labels as it gave them for a real post: the opening of a quoted abstract, in
    sentence case, taken for a title at the end of its line; the quotation goes on in lower case below."""
    text = ('* [*Translating Widgets*](http://example.org/P31-1022.pdf) is included here. In the words of the authors: '
            '*"Several approaches have recently been proposed\nfor learning decentralized deep gizmo policies that coordinate via a differentiable channel. While\n'
            'these policies are effective for many tasks, their strategies remain a challenge."*\n')
    unit = next(u for u in _units(text) if u.tokens and u.tokens[0].text == "Translating")
    start, end = text.index("Several"), text.index("proposed") + len("proposed")
    labels = ["T" if start <= t.start < end else "O" for t in unit.tokens]
    p_title = [0.99 if lab == "T" else 0.05 for lab in labels]
    assert _candidate(text, unit, labels, p_title) is None
    # ... while a quoted title that closes on its line stays one
    closed = text.replace("proposed\nfor", 'proposed"\nfor')
    unit = next(u for u in _units(closed) if u.tokens and u.tokens[0].text == "Translating")
    labels = ["T" if start <= t.start < end else "O" for t in unit.tokens]
    p_title = [0.99 if lab == "T" else 0.05 for lab in labels]
    cand = _candidate(closed, unit, labels, p_title)
    assert cand is not None and cand.title == "Several approaches have recently been proposed"


@pytest.mark.parametrize("name, organisation", [
    ("Copper Logic", True), ("Widget Labs", True), ("Gizmo Research Institute", True),
    ("Grace Hopper", False), ("Young Park", False), ("Ana Souza", False), ("Hopper", False),
])
def test_a_company_after_by_is_no_author(name, organisation):
    from extract.mentions.prose import _an_organisation

    assert _an_organisation(name) == organisation


def test_a_session_heading_over_headings_of_papers_is_no_paper(nlp, monkeypatch):
    """"## Session" right above "### Title" / "#### by A": the session's name, however sure the model is
    of it (forced here: the model itself doubts this heading)."""
    import extract.mentions.judge as judge

    sure = judge.probability
    monkeypatch.setattr(judge, "probability",
                        lambda f, w=None: 0.99 if f.get("kind=heading") and f.get("caps_hi") else sure(f, w))
    text = ("# Digest\n\n## O.3. Deep Learning for Widget Perception\n\n### O.3.1. Widget Nets for Gizmo Parsing\n"
            "#### by Ana Souza and Ben Park\n\n> - Notes.\n\n### O.3.2. Sparse Gizmo Attention at Scale\n#### by Chen Wei\n\n> - Notes.\n")
    assert set(titles(nlp, text)) == {"Widget Nets for Gizmo Parsing", "Sparse Gizmo Attention at Scale"}


@pytest.mark.parametrize("sentence, title, authors", [
    ("Another highlight was Contrastive Gizmo Pretraining at Scale (Park et al.), which shows pretraining helps widgets.",
     "Contrastive Gizmo Pretraining at Scale", ["Park"]),
    ("The best paper award went to Learning to Rank Gizmos with Widget Feedback by Dana Levi and Ido Katz.",
     "Learning to Rank Gizmos with Widget Feedback", ["Dana Levi", "Ido Katz"]),
    ("One poster that caught my eye: Neural Widget Fields for Gizmo Rendering.", "Neural Widget Fields for Gizmo Rendering", []),
    ("In their paper Widget Distillation for Robust Gizmos, Hana Mori and Chen Wei show that distillation works.",
     "Widget Distillation for Robust Gizmos", ["Hana Mori", "Chen Wei"]),
    ("Title-wise, my favourite was Do Widgets Dream of Electric Gizmos? (ICLR 2031) by Ben Park et al., which introduced dreaming.",
     "Do Widgets Dream of Electric Gizmos?", ["Ben Park"]),
    ("Ana Souza gave a great talk on her paper, Sparse Widget Kernels for Gizmo Parsing, which won an award.",
     "Sparse Widget Kernels for Gizmo Parsing", ["Ana Souza"]),   # ("her paper": hers, as a possessor's poster is)
    ("Dana Levi's poster on Neural Widget Fields for Gizmo Rendering was packed.", "Neural Widget Fields for Gizmo Rendering", ["Dana Levi"]),
    ("The oral session included Gizmo Transformers Are Widget Learners by Hana Mori et al. and more.",
     "Gizmo Transformers Are Widget Learners", ["Hana Mori"]),
    ("Finally, Park et al. proposed Hierarchical Gizmo Policies for Widget Control, which I found really neat.",
     "Hierarchical Gizmo Policies for Widget Control", ["Park"]),
    ("My favorite paper of the conference was Widget Nets for Gizmo Parsing from Ana Souza's group at Widget University.",
     "Widget Nets for Gizmo Parsing", []),
    ("Hana Mori and Ido Katz won the best student paper award for Gizmo Fields Without Widgets.",
     "Gizmo Fields Without Widgets", ["Hana Mori", "Ido Katz"]),
    ("There was also a cool oral titled Sparse Gizmo Attention at Scale (Chen Wei, Dana Levi).",
     "Sparse Gizmo Attention at Scale", ["Chen Wei", "Dana Levi"]),
    ("Zhang Wei presented Widget Nets for Gizmo Parsing, a new way to parse gizmos.", "Widget Nets for Gizmo Parsing", ["Zhang Wei"]),
    ("Later, Levi and Katz (2031) presented Learning to Rank Gizmos, and the room was full.", "Learning to Rank Gizmos", ["Levi", "Katz"]),
    ("An honourable mention went to Neural Widget Fields for Gizmo Rendering by Ido Katz.", "Neural Widget Fields for Gizmo Rendering",
     ["Ido Katz"]),
])
def test_titles_named_in_a_trip_report_sentence(nlp, sentence, title, authors):
    """Sentences of a trip report's prose, written as probes: "X (Park et al.)" without a year, an award
    that "went to X by A", "a poster that caught my eye: X.", "In their paper X, A and B show", a pick
    with its venue in brackets before "by"."""
    found = titles(nlp, f"# Notes from the conference\n\nWe arrived on Monday.\n\n{sentence}\n")
    assert title in found, list(found)
    assert found[title].authors == authors


def test_titles_listed_after_a_colon_between_semicolons(nlp):
    """"Papers I want to read later: A; B; C.": each Title Case part is a title; a sentence's clauses
    between semicolons are not."""
    text = ("# Notes\n\nWe arrived on Monday.\n\nPapers I want to read later: Contrastive Gizmo Pretraining at Scale; "
            "Neural Widget Fields for Gizmo Rendering; Hierarchical Gizmo Policies.\n\n"
            "Highlights of the week: the food was great; the talks ran late; we met many people.\n")
    assert set(titles(nlp, text)) == {"Contrastive Gizmo Pretraining at Scale", "Neural Widget Fields for Gizmo Rendering",
                                      "Hierarchical Gizmo Policies"}


def test_lines_indented_under_a_title_line_are_notes_on_it(nlp):
    """A plain-text outline ("  Session" / "    *Title. (Org)" / "      note"): a line deeper than the
    title line above it is a note on that paper, not a paper, however Title Case it reads."""
    text = ("EMNLP 2031 notes\n\n"
            "  Session 10C : Information Extraction III\n"
            "    +Widget Nets: Training Gizmo Taggers from Imperfect Annotations.\n"
            "      WidgetNER SoTA ~93%\n      Annotation mistakes bias model evaluation\n"
            "    *Sparse Gizmo Attention for Relation Extraction. (Widget University)\n"
            "      Collaborative Gizmo Network\n      Simplify Integer Linear Programming task\n"
            "        done for global relationship extraction\n"
            "    *Learning to Rank Gizmos with Sparse Widget Graphs. (Widget University)\n"
            "      Superordinate Gizmo Module\n      Argument Role Classifier\n")
    found = set(titles(nlp, text))
    assert "Sparse Gizmo Attention for Relation Extraction" in found
    assert not found & {"Simplify Integer Linear Programming task", "Collaborative Gizmo Network", "Superordinate Gizmo Module",
                        "Argument Role Classifier", "WidgetNER SoTA ~93%"}


@pytest.mark.parametrize("title, award", [
    ("The Test of Time Award: A Gizmo Algorithm", True),
    ("Best Paper Awards", True),
    ("Widget Awareness in Gizmo Agents", False),   # (the word, not a part of one)
])
def test_an_award_name_is_no_paper_to_take(title, award):
    from extract.mentions.judge import build_context, features
    from extract.mentions.records import Candidate
    from extract.text.structure import parse_structure

    text = f"## {title}\n\nSome notes on it.\n"
    cand = Candidate(title, 3, 3 + len(title), "record.heading", 0.9, [])
    f = features(cand, text, build_context(parse_structure(text), [], text))
    assert bool(f["award_name"]) is award   # (the judge neither takes nor rescues such a candidate)


@pytest.mark.parametrize("last, taken", [("Nook", True), ("Park", True), ("Today", False)])
def test_a_rare_word_closing_a_list_of_names_after_a_given_name_is_its_surname(last, taken):
    """"(Ana Souza, David Mulder, Kevin/A Nook/O)": the segmenter left out the last surname, a word of the dictionary
    (a rare one) that no surname lexicon holds; a common word there is no surname ("Kevin Today" stays "Kevin")."""
    text = f"**Where Does Widget Learning Happen in Gizmo Models?** (Ana Souza, David Mulder, Kevin {last})\n"
    unit = _units(text)[0]
    words = [t.text for t in unit.tokens]
    first_name = words.index("Ana")
    labels = ["T" if i < words.index("(") else "O" for i in range(len(words))]
    for i in range(first_name, len(words) - 2):
        labels[i] = "S" if words[i] == "," else "A"
    labels[-2] = "O"   # the last surname, left out
    from extract.mentions.records import _authors
    from extract.mentions.segmenter import Segment

    names = _authors(text, Segment(unit, labels, [0.9] * len(labels), [0.9 if lab == "T" else 0.1 for lab in labels]))
    assert [n for n, _, _ in names] == ["Ana Souza", "David Mulder", "Kevin " + last if taken else "Kevin"]


@pytest.mark.parametrize("title, authors, dropped", [
    ("Junbin Xu, Xindi Shao, Angela Yan", [], True),                # a byline read whole as a title
    ("Anil Kogu", ["Venkat Salgam"], True),                         # its first name as a title ("Anil" is an English word too)
    ("Differentiable Widget Shadows", ["Chidi Okafor"], False),      # a title of English words before its names
    ("Sparse Gizmo Attention", [], False),
])
def test_a_continuation_lines_byline_read_as_a_record(title, authors, dropped):
    """A record's continuation line ("Title<br><i>A, B</i>") that the segmenter read as a record of its own, its
    byline (or the byline's first name) as the title: no candidate, so the record above keeps the names."""
    from extract.mentions.papers import _byline_alone, _first_name_of_its_byline
    from extract.mentions.records import Candidate

    text = ", ".join([title, *authors]) + "\n"
    spans = [(n, text.index(n), text.index(n) + len(n)) for n in authors]
    c = Candidate(title, 0, len(title), "record.line", 0.9, spans, unit=_units(text)[0])
    assert (_byline_alone(c) or _first_name_of_its_byline(c)) is dropped


@pytest.mark.parametrize("line, title, dropped", [
    ("The Viet Lo (Widget University), Hoa Tran (MIT), Lan Pham (Widget University)", "The Viet Lo", True),
    ("Differentiable Widget Shadows (Oral), Hoa Tran (MIT), Lan Pham (Widget University)", "Differentiable Widget Shadows", False),
])
def test_the_first_name_of_an_affiliated_byline_read_as_a_record(line, title, dropped):
    """A linked heading's byline "Name (Affiliation), Name (Affiliation), ..." that the segmenter read as a record of its
    own, its first name (opening with an English word) the title: no candidate, so the heading keeps every name."""
    from extract.mentions.papers import _first_name_of_its_byline
    from extract.mentions.records import Candidate

    text = line + "\n"
    spans = [(n, text.index(n), text.index(n) + len(n)) for n in ("Hoa Tran", "Lan Pham")]
    c = Candidate(title, 0, len(title), "record.line", 0.9, spans, unit=_units(text)[0])
    assert _first_name_of_its_byline(c) is dropped


# Lines of a real RSS 2021 digest (florist-notes/inclusion-rss-fellow, README.md), quoted as they are.
_RSS_LEAD_IN = (
    '- RSS 2020, Early Career Award Keynote + Q&A: Jeannette Bohg (Stanford University) [[Video](https://youtu.be/yD_0lUYo5fI)] <br />\n'
    '<small>Robotic Grasping of Novel Objects [[NeurIPS 2016](https://papers.nips.cc/paper/2006/hash/22722a343513ed45f14905eb07621686-Abstract.html)] DB for Supervised Learning (SVM) etc to find a good grasping point per pixel. Prof Jeanette made this contribution [ [Learning grasping points with shape context](https://www.sciencedirect.com/science/article/abs/pii/S0921889009001699) ] with feature engineering (edge features & shape context [orientation etc]). From 2D grasping points to 6D grasping pose. Current works [ [Google Arm Farm](https://ai.googleblog.com/2016/03/deep-learning-for-robots-learning-from.html), [DexNet](https://berkeleyautomation.github.io/dex-net/) ]. Insights by Prof Jeannette - Open loop does not work, avoiding collision is constraining, 2D grasping points are not enough. So Continuos Feedback & Re-Planning is important, Exploit the environment, action representations matter. [Real-time Perception meets Reactive Motion Generation](https://arxiv.org/abs/1703.03512), [Probabilistic Articulated Real-Time Tracking for Robot Manipulation](https://arxiv.org/abs/1610.04871) and [Riemannian Motion Policies](https://arxiv.org/abs/1801.02854) were important updates. </small> <br /><br />\n'
    "<img src=\"./research_img/robot.png\"> <br />\n"
    "<small> More works on Robots actually learning with contact constraints: "
    "[Planar in-hand manipulation via motion cones](https://journals.sagepub.com/doi/full/10.1177/0278364919880257), "
    "[A novel type of compliant and underactuated robotic hand for dexterous grasping](https://journals.sagepub.com/doi/abs/10.1177/0278364915592961), "
    "[An autonomous manipulation system based on force control and optimization](https://link.springer.com/article/10.1007/s10514-013-9365-9) etc.\n"
)
_RSS_LABELS = (
    "<b>SAM to GTSAM :</b><br />\n"
    "Smoothing and Mapping (SAM) : [[ Square Root SAM: Simultaneous Localization and Mapping via Square Root Information Smoothing ]"
    "(https://journals.sagepub.com/doi/10.1177/0278364906072768)]<br />\n"
    "<b>Navigation and Mapping : </b> <br />\n"
    "[[ iSAM: Incremental Smoothing and Mapping ](https://ieeexplore.ieee.org/document/4682731)] is used for mapping aircraft carriers "
    "to underwater robotics. Pre-Integrating IMU measurements yields state of the art visual-inertial navigation.<br />\n"
)


def test_a_lead_in_sentence_is_no_paper_its_linked_titles_are(nlp):
    """"More works on X: [A](…), [B](…), [C](…) etc.": once read as one record whose title ran from the
    lead-in over the first title; now the three linked titles are the papers."""
    titles = [p.title for p in extract_text(_RSS_LEAD_IN, nlp).papers]
    assert titles[-3:] == ["Planar in-hand manipulation via motion cones",
                      "A novel type of compliant and underactuated robotic hand for dexterous grasping",
                      "An autonomous manipulation system based on force control and optimization"]


def test_a_bold_label_ending_in_a_colon_over_a_linked_title_is_no_paper(nlp):
    """"<b>Navigation and Mapping : </b>" over a line opening with a linked title labels what follows."""
    titles = [p.title for p in extract_text(_RSS_LABELS, nlp).papers]
    assert "Navigation and Mapping" not in titles
    assert "Square Root SAM: Simultaneous Localization and Mapping via Square Root Information Smoothing" in titles


def test_the_last_author_after_a_lists_and_is_no_title_word(nlp):
    """A real robotics reading list (Levintsky/ML-tutorial, RL/Robotics.md): initials without full stops
    and ", and P Abbeel." were read as the title's first words ("and P Abbeel")."""
    text = ("## Berkeley\n- C. Finn, X Tan, Y. Duan, T Darrell, S Levine, and P Abbeel. Learning visual feature spaces for "
            "robotic manipulation with deep spatial autoencoders. arxiv, 2015.\n"
            "- A Machine Learning Approach to Visual Perception of Forest Trails for Mobile Robots, 2015\n")
    papers = {p.title: p.authors for p in extract_text(text, nlp).papers}
    assert papers["Learning visual feature spaces for robotic manipulation with deep spatial autoencoders"] == [
        "C. Finn", "X Tan", "Y. Duan", "T Darrell", "S Levine", "P Abbeel"]


def test_model_names_in_a_note_are_no_authors(nlp):
    """A real CVPR 2024 paper note (kktsuji/tsuji-website): a list of compared models ("MC-Net, SS-Net")
    read as a byline made the note's sentence a paper."""
    text = ("## Performance Evaluation Methods\n\n"
            "- They compared their H-SAM to other models including STransUnet, SwinUnet, TransDeepLab, DAE-Former, MERIT, "
            "AutoSAM, SAM Adapter, SAMed, UA-MT, SASSNet, DTC, URPC, MC-Net, SS-Net, BCP and nnUnet.\n"
            "- Three dataset the Synapse Multi-Organ CT, the left atrial dataset and the PROMISE12 were used for this experiments.\n"
            "- The Dice coefficient and the acerage Hausdorff distance were utilized as the metrics.\n")
    assert extract_text(text, nlp).papers == []


# A real lab news post (c4dm/c4dmpoole, input/news/news.2015-11-02.C4DM_at_the_ISMIR_2015_conference.md), three of
# its paragraphs: each was read as a paper.
_LAB_NEWS = (
    "At the <b>[Business Meeting](http://ismir2015.uma.es/othersessions.html#meeting)</b>, Dr Simon Dixon as President "
    "of ISMIR presented the society's work and activities to the community.\n\n"
    "Finally, on the organisational side, the following C4DM members were members of the <b>programme committee</b>: "
    "Emmanouil Benetos, Simon Dixon, Sebastian Ewert, George Fazekas, Dorien Herremans, Matthias Mauch; and Bob Sturm "
    "chaired the oral session on Music Similarity.\n\n"
    "<i>(Author: Emmanouil Benetos - 2nd November 2015)</i>\n")


def test_sentences_about_people_and_a_dated_signature_are_no_papers(nlp):
    """A name that runs on into a sentence ("Dr Simon Dixon as President ... presented"), a sentence opening
    "Finally," over names, a signature with a date: none is a record."""
    assert [p.title for p in extract_text(_LAB_NEWS, nlp).papers] == []


def test_names_running_into_a_sentence_after_a_whole_linked_title_are_its_authors(nlp):
    """The guard: a linked title that is its link's whole anchor, its authors the subject of the sentence
    ("..., Ran Tavo, Emil Novak and Hana Mori were the first to ...")."""
    text = ("## Papers\n\nIn their paper [Sparse Gizmo Attention at Scale](https://arxiv.org/abs/3101.00002), "
            "Ran Tavo, Emil Novak and Hana Mori were the first to show how far it goes.\n")
    assert {p.title: p.authors for p in extract_text(text, nlp).papers} == {
        "Sparse Gizmo Attention at Scale": ["Ran Tavo", "Emil Novak", "Hana Mori"]}


def test_an_emphasised_byline_after_an_award_cue_is_the_records_not_a_paper(nlp):
    """A real awards page (acl-org/acl-2023, _pages/program/best_papers.md): the italic byline after the award's
    cue, with names in capitals and in lower case, was read as a second paper."""
    text = ("# Demo Track Awards\n\n- **Best Paper Award**: <br/> VisKoP: Visual Knowledge oriented Programming for Interactive "
            "Knowledge Base Question Answering<br/> _Zijun Yao, YUANYONG CHEN, Xin Lv, Shulin Cao, Amy Xin, Jifan Yu, Hailong Jin, "
            "jianjun xu, Peng Zhang, Lei Hou and Juanzi Li_\n")
    papers = extract_text(text, nlp).papers
    assert [p.title for p in papers] == ["VisKoP: Visual Knowledge oriented Programming for Interactive Knowledge Base Question Answering"]


def test_a_bracketed_award_note_after_a_linked_title_is_no_part_of_it(nlp):
    """A real awards table (gomate-community/Must-Read-IR-Papers, SIGIR.md): "[Title](…) (Honorable Mentions)"."""
    text = ("| Year | Title | Authors | Orgnization | PubYear |\n|---|---|---|---|---|\n"
            "|2024| [Time-based calibration of effectiveness measures](https://dl.acm.org/doi/pdf/10.1145/2348283.2348300) "
            "(Honorable Mentions) | Mark D. Smucker, Charles L. A. Clarke | University of Waterloo|2012|\n")
    assert [p.title for p in extract_text(text, nlp).papers] == ["Time-based calibration of effectiveness measures"]


# A real plain-text outline (mdda/mdda.github.io, _posts/AI/2019-11-03-EMNLP-highlights.md): "+Title." lines, notes
# under them, notes on the notes indented deeper.
_EMNLP_OUTLINE = (
    '{% highlight none %}\n'
    '\n'
    'Main Conference Day 1\n'
    '    .Deep Contextualized Word Embeddings in Transition-Based and Graph-Based Dependency Parsing - A Tale of Two Parsers Revisited.\n'
    '      History of dependency parsing\n'
    '      Middle 4 layer outputs of BERT were most useful for dependency parse task\n'
    '    -Semantic graph parsing with recurrent neural network DAG grammars\n'
    '    +75 Languages, 1 Model: Parsing Universal Dependencies Universally.   \n'
    '      Train on all different dependency tree types, on all languages, simultaneously\n'
    '      Learn a softmax-ed distribution with which to combine layers of BERT\n'
    "      25 days on a 1080Ti in someone's bedroom\n"
    '      Nice results accross languages (even low-resource ones)\n'
    '      \n'
    '  Session 7B : Reasoning & Question Answering\n'
    '    .`Going on a vacation` takes longer than `Going for a walk`: A Study of Temporal Commonsense Understanding.    \n'
    '    +QAInfomax: Learning Robust Question Answering System by Mutual Information Maximization.\n'
    '      Adversarial-SQuAD shows that models may be overfitting SQuAD datasets\n'
    '      Apply MutualInformation as a regularizer for NLP representation\n'
    '        Add : Local Constraint and Global Contraint\n'
    '      Maximise MI by :\n'
    '        Sample +ve from P(X,Y) and -ve examples from P(X)P(Y)\n'
    '        Train a classifier to tell between a true context and a fake one\n'
    '    .Adapting Meta Knowledge Graph Information for Multi-Hop Reasoning over Few-Shot Relations. \n'
    '      Few-shot relations are rare - but, like words, rare relationships are common overall\n'
    '    +How Reasonable are Common-Sense Reasoning Tasks: A Case-Study on the Winograd Schema Challenge and SWAG. (Microsoft)\n'
    '      Transformer models lack common sense (defined loosely)\n'
    '        Background knowledge : World knowledge; points of reference; what is plausible and realistic\n'
    '      Winograd Schema challenge task all have flipped version\n'
    '{% endhighlight %}\n')


def test_notes_two_levels_under_a_title_line_of_an_outline_are_no_papers(nlp):
    titles = [p.title for p in extract_text(_EMNLP_OUTLINE, nlp).papers]
    assert "QAInfomax: Learning Robust Question Answering System by Mutual Information Maximization" in titles
    assert not {"Add : Local Constraint and Global Contraint", "Sample +ve from P(X,Y) and -ve examples from P(X)P(Y)"} & set(titles)


def test_fields_under_a_heading_an_arxiv_id_anchored_link_and_a_starred_name(nlp):
    """"- Arxiv: [2003.06221](https://arxiv.org/abs/…)": a link anchored by an identifier names no other work, it is
    the paper's; "Dana Levi ∗ ," (an equal-contribution mark, U+2217) is an author."""
    text = ("## Sparse Gizmo Attention at Scale\n\n- Author: Chen Wei, Ana Souza, Dana Levi ∗ , Ben Park\n"
            "- Arxiv: [3101.00221](https://arxiv.org/abs/3101.00221.pdf)\n- [GitHub](https://github.com/cwei/sparse-gizmo)\n\n"
            "### **Problem**\nGizmos are sparse.\n")
    [paper] = extract_text(text, nlp).papers
    assert paper.authors == ["Chen Wei", "Ana Souza", "Dana Levi", "Ben Park"]
    assert paper.paper_urls == ["https://arxiv.org/abs/3101.00221.pdf"]
    assert paper.code_urls == ["https://github.com/cwei/sparse-gizmo"]


def test_a_term_in_straight_single_quotes_is_no_title_a_longer_title_is(nlp):
    """A real robotics digest (florist-notes, RSS 2021): "'Dynamic Scene Graph' uses Factor graph as well." set off a
    term, three words, no cue: no paper. A Title Case quotation of four content words or more still is one."""
    text = ("## Notes\n\nKimera from the lab uses factor graphs. 'Dynamic Widget Graph' uses Factor graph as well.\n\n"
            "We all talked about 'Sparse Gizmo Attention at Scale' during the breaks.\n")
    assert [p.title for p in extract_text(text, nlp).papers] == ["Sparse Gizmo Attention at Scale"]


_RSS_FACTOR_GRAPHS = (
    '- RSS2020, Test of Time: Award Talk + Q&A + Panel Debate [ [ Video ](https://youtu.be/QgpmMn9K5Eo)] <br />\n'
    'From Square Root SAM to GTSAM: Factor Graphs in Robotics [[website](https://dellaert.github.io/talks/Test-of-Time)]<br />\n'
    '<small>[Skydio Drones](https://www.skydio.com/) : The autonomy stack has to support superior navigation,tracking, and motion planning at a very low power. Using sparse SLAM we build a world representation around us. Many of these are optimization problems which are well solved by Factor Graphs. Factor graphs can represent many robotics problems from tracking to optimal control to sophisticated 3D mapping. Factor Graph exposes opportunities for raw field because of the deep connection with sparse linear algebra - Ordering Heuristics, Nested Dissection, Sparsification, Pre-Integration, Iterative Solvers, Incremental Inference and the Bayes Tree. So it gives oppportunities to increase computational performance. <br />\n'
    '<b>SAM to GTSAM :</b><br />\n'
    'Smoothing and Mapping (SAM) : [[ Square Root SAM: Simultaneous Localization and Mapping via Square Root Information Smoothing ](https://journals.sagepub.com/doi/10.1177/0278364906072768)]<br />\n'
    '<b>Navigation and Mapping : </b> <br />\n'
    '[[ iSAM: Incremental Smoothing and Mapping ](https://ieeexplore.ieee.org/document/4682731)] is used for mapping aircraft carriers to underwater robotics. Pre-Integrating IMU measurements yields state of the art visual-inertial navigation.<br />\n')


def test_a_linked_title_that_opens_a_short_sentence_is_a_paper(nlp):
    """The same digest: "[[ iSAM: Incremental Smoothing and Mapping ](…)] is used for mapping ..." under a bold
    label, in a line too short to count as prose; a name with a capital inside ("iSAM") is no lower-case start."""
    titles = [p.title for p in extract_text(_RSS_FACTOR_GRAPHS, nlp).papers]
    assert "iSAM: Incremental Smoothing and Mapping" in titles
    assert "SAM to GTSAM" not in titles   # ("<b>SAM to GTSAM :</b>" over "Smoothing and Mapping (SAM) : [[ Title ](…)]": a label)


def test_one_line_paragraphs_in_a_run_are_a_list_of_titles(nlp):
    """A real ICCV 2019 selection (evinpinar): titles each a paragraph of one line, some with their link written out,
    no list markup; the run is a list, so the titles the model doubts come with the ones it takes."""
    text = ("It is the ICCV time of two years period, and I wish to share some papers that caught my interest.\n\n\n"
            " Exploring Randomly Wired Neural Networks for Image Recognition - https://arxiv.org/pdf/1904.01569.pdf\n\n"
            " Program Guided Image Manipulators - https://arxiv.org/abs/1909.02116\n\n"
            " Seeing Motion in the Dark\n\n"
            " Sampling-Free Epistemic Uncertainty Estimation Using Approximated Variance Propagation\n\n"
            "Siamese Networks: The Tale of Two Manifolds\n\n\n"
            " Real Image Denoising With Feature Attention\n\n"
            " Zero-Shot Grounding of Objects From Natural Language Queries\n\n"
            " Surface Normals and Shape From Water\n")
    found = [p.title for p in extract_text(text, nlp).papers]
    for title in ("Real Image Denoising With Feature Attention", "Zero-Shot Grounding of Objects From Natural Language Queries",
                  "Seeing Motion in the Dark"):
        assert title in found


def test_a_short_paragraph_after_prose_is_no_title_of_a_run(nlp):
    """A one-line paragraph after paragraphs of prose a line long ("Related Articles" closing a post) has no run of
    titles around it: only short lines make one."""
    prose = "The widget results hold on three datasets and the gizmo ablation shows why, " * 3
    text = ("## Sparse Gizmo Attention at Scale\nAna Souza, Ben Park\n\n" + prose + "\n\n"
            "## Dense Widget Flows\nChen Wei, Dana Levi\n\n" + prose + "\n\n"
            "## Widget Priors for Gizmo Search\nEva Lund, Omar Haddad\n\n" + prose + "\n\n"
            "Related Articles\n\nThis section links out to multiple articles.\n")
    assert "Related Articles" not in [p.title for p in extract_text(text, nlp).papers]


_WORKSHOP_POSTERS = (   # (a real workshop's accepted papers, VIPriors at ICCV 2023)
    "### Orals\n\n"
    "**A1. Beyond a Video Frame Interpolator: A Space Decoupled Learning Approach to Continuous Image Transition**\n"
    "<br/><i>Yang Tao, Peiran Ren, Xuansong Xie, Xian-Sheng Hua, Lei Zhang</i>\n\n"
    "**A2. Zero-Shot Image Enhancement with Renovated Laplacian Pyramid**\n<br/><i>Shunsuke Takao</i>\n\n"
    "**A3. C-3PO: Towards Rotation Equivariant Feature Detection and Description**\n"
    "<br/><i>Piyush Bagad, Floor Eijkelboom, Mark Fokkema, Danilo de Goede, Paul Hilders, Miltiadis Kofinas</i>\n\n"
    "### External posters presented at the workshop\n\n"
    "<span>B1. Equivariance and Invariance Inductive Bias for Learning from Insufficient Data</span>\n"
    "<br /><i>Tan Wang, Qianru Sun, Sugiri Pranata, Karlekar Jayashree, Hanwang Zhang</i>\n\n"
    "<span>B2. GraphVid: It Only Takes a Few Nodes to Understand a Video</span>\n<br /><i>Eitan Kosman, Dotan Di Castro</i>\n\n"
    "<span>B3. SelectionConv: Convolutional Neural Networks for Non-rectilinear Image Data</span>\n"
    "<br /><i>David Hart, Michael Whitney, and Bryan Morse</i>\n")


def test_numbered_posters_of_a_workshop_with_one_author_lines(nlp):
    """"A1. " (a session's letter and number) is no part of the title; "<br/><i>Shunsuke Takao</i>", one author the
    lexicons do not know, read as a title and turned down, is the record's author; "External posters presented at the
    workshop" names papers (its head noun), not the workshop's talks."""
    found = {p.title: p.authors for p in extract_text(_WORKSHOP_POSTERS, nlp).papers}
    assert found["Zero-Shot Image Enhancement with Renovated Laplacian Pyramid"] == ["Shunsuke Takao"]
    assert found["GraphVid: It Only Takes a Few Nodes to Understand a Video"] == ["Eitan Kosman", "Dotan Di Castro"]
    assert len(found) == 6 and not any(t.startswith(("A1", "B1")) for t in found)


@pytest.mark.parametrize("label, kind", [
    ("External posters presented at the workshop", "papers"), ("Workshop papers", "papers"),
    ("Papers at the Widget Workshop", "papers"), ("Tutorials and posters", "talks"), ("Workshops", "talks"),
    ("Keynote: posters in the wild", "talks"), ("Posters", "papers")])
def test_what_a_heading_announces_papers_of_an_event(label, kind):
    from extract.text.units import _announced

    assert _announced(label) == kind


_TALK_NOTES = (   # (real NeurIPS 2020 notes, janhenriklambrechts/neurips2020-summaries)
    "## Representation / Relational\n\n"
    "### Learning Physical Graph Representations of Visual Scenes\n- Daniel Bear et al.\n"
    "- CNNs can make non-sensical predictions like objects dissolving\n- The first step towards understanding\n\n"
    "### Multi-label Contrastive Predictive Coding\n- Jiaming Song\n"
    "- **Self-supervised Representation Learning**: Learning to map observations to *compact* representations\n\n"
    "### Full cycle of an ML Project\n1. **Scoping:** Decide on a problem to solve\n"
    "    -> Requires cross-functional brain-storming\n2. **Data:** Acquire data to model\n"
    "3. **Modeling:** Build/Train AI Models\n4. **Deployment:** Run in production to create value\n")


def test_a_heading_over_its_byline_item_and_notes_is_a_paper(nlp):
    """"### Title" / "- Daniel Bear et al." / "- notes": the first item is the byline, one name before "et al." or one
    name alone; a bold term and its sentence-case gloss ("**Scoping:** Decide on a problem to solve") is a step, no title."""
    found = {p.title: p.authors for p in extract_text(_TALK_NOTES, nlp).papers}
    assert found == {"Learning Physical Graph Representations of Visual Scenes": ["Daniel Bear"],
                     "Multi-label Contrastive Predictive Coding": ["Jiaming Song"]}


@pytest.mark.parametrize("item, names", [
    ("- Ana Bear et al.\n", ["Ana Bear"]), ("- Jiaming Song\n", ["Jiaming Song"]), ("- Ana Souza, Ben Park\n", ["Ana Souza", "Ben Park"]),
    ("- Batch Norm\n", None), ("- Explicit Layers\n", None), ("- Widget Nets, Gizmo Flows\n", None)])
def test_a_byline_item(item, names):
    from extract.mentions.records import byline_item_at

    found = byline_item_at("\n" + item, 0)
    assert (found[0] if found else None) == names


def test_a_record_over_its_hard_wrapped_abstract(nlp):
    """A real CVPR 2021 list (zhangtianjia): "[4]Title(translation)<br>" / "[paper](…)|[code](…)<br><br>" / an abstract
    hard-wrapped into the same paragraph: the lines the writer broke with "<br>" are the record's, the rest is prose."""
    text = ("# CVPR 2021 Oral\n\n"
            "[4]PREDATOR: Registration of 3D Point Clouds with Low Overlap(预测器：低重叠的3D点云的注册)<br>\n"
            "[paper](https://arxiv.org/pdf/2011.13005.pdf)|[code](https://github.com/ShengyuH/OverlapPredator)<br><br>\n"
            "We introduce PREDATOR, a model for **pairwise pointcloud registration** with deep attention to the overlap region. The ability to focus\n"
            "on points that are relevant for matching greatly improves performance: PREDATOR raises the rate of successful registrations,\n"
            "and also sets a new state of the art for the 3DMatch benchmark with 89% registration recall.\n")
    [paper] = extract_text(text, nlp).papers
    assert paper.title == "PREDATOR: Registration of 3D Point Clouds with Low Overlap"
    assert paper.code_urls == ["https://github.com/ShengyuH/OverlapPredator"]


def test_a_bold_fields_name_and_its_value_are_no_title(nlp):
    """A real NAACL 2022 post ("A Taste of NAACL 2022"): "### Title" over a profile's fields in bold, "**Author Bio:** ..."
    and "**Research Interests:** fairness, NLP": fields, no papers. A bold award label keeps its title, and so does a
    model's name before its subtitle."""
    text = ("## Awards at the conference\n\n- **Best Paper:** Sparse Gizmo Attention at Scale\n"
            "- **Outstanding Paper:** Dense Widget Flows for Gizmo Parsing\n- **Gato:** A Generalist Widget Agent for Gizmo Control\n\n"
            "### Recognition of Widget Pronouns in Gizmo Resolution\n###### NAACL Main Conference\nWe propose a method.\n\n"
            "**Author Bio:** Ana is a first year Ph.D. student at the University of Maryland.\n\n"
            "**Research Interests:** Low-resource NLP, Multilinguality\n")
    found = [p.title for p in extract_text(text, nlp).papers]
    assert found == ["Sparse Gizmo Attention at Scale", "Dense Widget Flows for Gizmo Parsing",
                     "Gato: A Generalist Widget Agent for Gizmo Control", "Recognition of Widget Pronouns in Gizmo Resolution"]


def test_a_surname_in_capitals_the_segmenter_left_out_is_part_of_the_name(nlp):
    """A real NeurIPS 2019 report in Japanese (future-architect): the poster's byline in the quotation ends on a
    surname of two words in capitals ("Belona Mary SONNA MOMO (AIMS)"): the whole is the author."""
    text = ("今回、Belonaさんは下記のタイトルで発表しています。\n\n\n"
            "「AdaBoost-Models Ensemble Learning to forecast Time series with high variance and nonlinear Trend,\n"
            "Belona Mary SONNA MOMO (AIMS)」\n")
    [paper] = extract_text(text, nlp).papers
    assert paper.authors == ["Belona Mary SONNA MOMO"]


@pytest.mark.parametrize("name, ok", [
    ("Belona Mary SONNA MOMO", True), ("Maria GARCIA LOPEZ", True), ("Jiajun CHEN", True),
    ("Ada Lovelace GAN SGD", False), ("Mary Had GAN LSTM", False), ("Ana Souza ICML", False), ("Using BERT", False),
    # (a real ACL 2024 awards page: one surname in capitals no lexicon knows, two initials written together)
    ("Maxime DARRIN", True), ("Jackie CK Cheung", True), ("Max DATA", False), ("Visual QA Tasks", False),
    ("Large LLM Agents", False), ("Train GAN Models", False)])
def test_names_ending_in_capitals(name, ok):
    from extract.text.names import is_name

    assert is_name(name) is ok


def test_a_heading_over_the_parts_of_a_papers_review_is_its_title(nlp):
    """A real KCCV 2025 report in Korean (LeeJeong6): "## Title" over "### Motivation", "### Problem", "### Experiment"
    and notes in Korean: the heading is the paper's title, though the model doubts it. One sub-heading of that kind
    alone ("### Results" under an area) is not enough."""
    text = ("# **2025/8/4**\n\n"
            "## EditSplat: Multi-View Fusion and Attention-Guided Optimization for View-Consistent 3D Scene Editing with 3D Gaussian Splatting\n"
            "- 고려대 김상필 교수님\n- 텍스트를 이용해서 3D를 수정하는 것이 목표\n\n"
            "### Motivation\n- 3D 학습데이터 부족으로 인해, 현재 대부분 2D diffusion기반 편집 사용하여 3D 편집\n\n"
            "### Problem\n1. 기존 방법들은 **2D diffusion**에 기반하는 한계\n\n"
            "### Experiment\n-다른 방법에 비해 더 일관성 있고 고품질의 정량적 결과를 확인가능\n\n"
            "## Widget Learning in Gizmo Spaces\n\n### Results\n- 좋은 결과\n")
    found = [p.title for p in extract_text(text, nlp).papers]
    assert found == ["EditSplat: Multi-View Fusion and Attention-Guided Optimization for View-Consistent 3D Scene Editing "
                     "with 3D Gaussian Splatting"]


_CVPR_ORAL_NOTES = (   # (real CVPR 2019 notes, patrick-llgc/MeetingNotes)
    "# Orals\n\nPresentations that caught my eye in the 6 orals sessions from Tuesday to Thursday.\n\n"
    "## 06/18/2019 (Tuesday)\n\n#### Few shot learning\n- Support set with few labeled sample per class, query set\n"
    "![](assets/tuesday/IMG_1743.jpg.warped.jpg)\n\n"
    "### Scenes and Representation\n#### domain adaptation\n"
    "- ADVENT: Adversarial Entropy Minimization for Domain Adaptation in Semantic Segmentation\n"
    "- **Note** Large-Scale Long-Tailed Recognition in an Open World \n"
    "\t- [Dynamic Few-Shot Visual Learning without Forgetting](https://arxiv.org/abs/1804.09458) (CVPR2018)\n"
    "- [Grid R-CNN](https://arxiv.org/abs/1811.12030) (SenseTime) **Note**\n"
    "- [Class-Balanced Loss Based on Effective Number of Samples](https://arxiv.org/abs/1901.05555)\n")


def test_notes_on_orals_a_title_over_its_related_work_a_lone_note_and_a_linked_title_with_an_aside(nlp):
    """A title over a nested list of one linked paper is a paper and the work it builds on, not a category; the one item
    of a list under an area ("- Support set with few labeled sample per class, query set") makes no list of
    sentence-case titles; "[Grid R-CNN](…) (SenseTime) **Note**": the title is the link's anchor."""
    found = [p.title for p in extract_text(_CVPR_ORAL_NOTES, nlp).papers]
    assert "Large-Scale Long-Tailed Recognition in an Open World" in found
    assert "Dynamic Few-Shot Visual Learning without Forgetting" in found
    assert "Grid R-CNN" in found and not any("SenseTime" in t or t.startswith("Support set") for t in found)


_CHICAGO_REFERENCES = (   # (a real NeurIPS 2018 reading list rendered by pandoc-citeproc, cmarasinou/NeurIPS_2018)
    '# Papers List\n'
    '\n'
    'Adebayo, Julius et al.\n'
    '2018.“**Sanity Checks for Saliency Maps**.” <http://arxiv.org/abs/1810.03292>.\n'
    '\n'
    'Alvarez-Melis, David, and Tommi S. Jaakkola\n'
    '2018.“**Towards Robust Interpretability with Self-Explaining Neural Networks**.” <http://arxiv.org/abs/1806.07538>.\n'
    '\n'
    'Bansal, Nitin, Xiaohan Chen, and Zhangyang Wang\n'
    '2018.“**Can We Gain More from Orthogonality Regularizations in Training Deep CNNs?**” <http://arxiv.org/abs/1810.09102>.\n'
    '\n'
    'Du, Simon S, and Yining Wang\n'
    '2018.“**How Many Samples are Needed to Estimate a Convolutional Neural Network ?**” <https://papers.nips.cc/paper/7320-how-many-samples-are-needed-to-estimate-a-convolutional-neural-network>.\n'
    '\n'
    'Dubey, Abhimanyu, Otkrist Gupta, Ramesh Raskar, and Nikhil Naik\n'
    '2018.“**Maximum Entropy Fine-Grained Classification**.” <https://arxiv.org/abs/1809.05934>.\n'
    '\n'
    'Gabrié, Marylou et al.\n'
    '2018.“**Entropy and mutual information in models of deep neural networks**.” <http://arxiv.org/abs/1805.09785>.\n'
    '\n'
    'Garipov, Timur et al.\n'
    '2018.“**Loss Surfaces, Mode Connectivity, and Fast Ensembling of DNNs**.” <http://arxiv.org/abs/1802.10026>.\n'
    '\n'
    'Guo, Wenbo et al.\n'
    '2018.“**Explaining Deep Learning Models - A Bayesian Non-parametric Approach**.” <http://arxiv.org/abs/1811.03422>.\n'
    '\n'
    'Hou, Qibin, Peng-Tao Jiang, Yunchao Wei, and Ming-Ming Cheng\n'
    '2018.“**Self-Erasing Network for Integral Object Attention**.” <http://arxiv.org/abs/1810.09821>.\n'
    '\n'
    'Kasiske, B. L. et al.\n'
    '2013.“**Optimizing the program-specific reporting of pancreas transplant outcomes**.” <http://arxiv.org/abs/1805.08671>.\n'
    '\n'
    'Lindenbaum, Ofir, Jay S Stanley, Guy Wolf, and Smita Krishnaswamy\n'
    '2018.“**Geometry Based Data Generation___Supplemental**.” <https://papers.nips.cc/paper/7414-geometry-based-data-generation>.\n'
    '\n'
    'Ma, Lin\n'
    '2018.“**Deep Non-Blind Deconvolution via Generalized Low-Rank Approximation**.” <https://papers.nips.cc/paper/7313-deep-non-blind-deconvolution-via-generalized-low-rank-approximation>.\n'
    '\n')


def test_chicago_references_names_over_their_titles(nlp):
    """Each reference's names open it, its title on the next line: the names on the line after a title are the next
    reference's (they were taken by the one above, each list shifted by one); the year is no part of the last name;
    Chicago's first author is turned round though one other given name is unknown to the lexicons."""
    found = {p.title: p.authors for p in extract_text(_CHICAGO_REFERENCES, nlp).papers}
    assert found["Geometry Based Data Generation___Supplemental"] == ["Ofir Lindenbaum", "Jay S Stanley", "Guy Wolf", "Smita Krishnaswamy"]
    assert found["Deep Non-Blind Deconvolution via Generalized Low-Rank Approximation"] == ["Lin Ma"]


def test_a_programme_slot_linked_after_a_short_description_is_no_title(nlp):
    """A real ICML 2022 plan lists a person's papers as a few words and a link to where and when it is shown: the
    link's anchor ("Poster 6:30 Wednesday Hall E #115") is no title, nor the part after its clock time's colon."""
    text = ("## Works by notable people\n\n* Ana Souza\n"
            "    - Widget sequence design with gizmo nets [Poster 6:30 Wednesday Hall E #115](https://conf.cc/virtual/2031/poster/1)\n"
            "    - Gizmo solver [Workshop Saturday](https://conf.cc/virtual/2031/workshop/2)\n")
    assert not any("Wednesday" in t or "Hall E" in t for t in titles(nlp, text))


def test_a_track_line_between_the_title_and_its_byline(nlp):
    """A real ACL 2024 awards page: "**Title**<br><u>Track</u><br>*A, B, C*". The track is no paper of its own, and
    the names under it are the title's."""
    text = ("## Area Chair Awards\n"
            "* **Widget Nets for Gizmo Parsing**<br><u>Machine Learning for NLP</u><br>*Ana Souza, Ben Park*\n"
            "* **Sparse Gizmo Attention at Scale**<br><u>Semantics: Sentence-level Semantics, Textual Inference and Other areas</u>"
            "<br>*Inderjeet Jayakumar Nair, Lu Wang*\n"
            "* **Dense Widget Flows**<br><u>Resources and Evaluation</u><br>*Leon Weber-Genzel, Marie-Catherine de Marneffe*\n")
    papers = extract_text(text, nlp).papers
    assert [(p.title, p.authors) for p in papers] == [
        ("Widget Nets for Gizmo Parsing", ["Ana Souza", "Ben Park"]),
        ("Sparse Gizmo Attention at Scale", ["Inderjeet Jayakumar Nair", "Lu Wang"]),
        ("Dense Widget Flows", ["Leon Weber-Genzel", "Marie-Catherine de Marneffe"])]


def test_a_label_line_over_a_title_is_no_track_line(nlp):
    """A real ACL 2023 awards page: "**Outstanding demo paper**: <br/> Title<br/> _A, B and C_": the title is on the
    second line, under its award's label, and keeps its byline."""
    text = ("# Demo Awards\n\n"
            "- **Outstanding demo paper**: <br/> Widget Nets: A Toolkit for Gizmo Parsing<br/> _Ana Souza, Ben Park and Chen Wei_\n")
    [paper] = extract_text(text, nlp).papers
    assert paper.title == "Widget Nets: A Toolkit for Gizmo Parsing" and paper.authors == ["Ana Souza", "Ben Park", "Chen Wei"]


@pytest.mark.parametrize("byline, authors", [
    ("*Sara Papi et. al.*", ["Sara Papi"]),
    ("*Attapol T Rutherford et. al.*", ["Attapol T Rutherford"]),
    ("*Ana Souza et al.*", ["Ana Souza"]),
])
def test_a_full_name_before_et_al_on_the_line_under_the_title(nlp, byline, authors):
    """A real ACL 2024 list of TACL papers: "**Title**<br>*Sara Papi et. al.*". The segmenter does not know "et. al."
    with a stop after "et"; the full name that opens the line under the title is still its first author."""
    text = f"## Accepted TACL Papers\n* **Widget Nets for Gizmo Parsing**<br>{byline}\n* **Dense Widget Flows**<br>*Chen Wei et. al.*\n"
    papers = extract_text(text, nlp).papers
    assert papers[0].title == "Widget Nets for Gizmo Parsing" and papers[0].authors == authors


def test_a_quoted_part_of_the_title_above_in_a_note_is_no_paper(nlp):
    """A real ICML 2025 list: "13. [Fast Widget Generation with Sliding Gizmo Attention](url)" / "* **Abstract
    summary**: Introduces a novel mechanism ("Sliding Gizmo Attention") ...": the quoted method is the paper's own."""
    text = ("## List of 50 Papers\n\n"
            "1. [Fast Widget Generation with Sliding Gizmo Attention](https://conf.cc/virtual/2031/poster/1)\n"
            "      * **Abstract summary**: Introduces a novel attention mechanism (\"Sliding Gizmo Attention\") to make widget "
            "generation models faster.\n\n"
            "2. [Sparse Widget Flows for Gizmo Parsing](https://conf.cc/virtual/2031/poster/2)\n"
            "      * **Abstract summary**: A new flow for parsing gizmos.\n")
    assert list(titles(nlp, text)) == ["Fast Widget Generation with Sliding Gizmo Attention", "Sparse Widget Flows for Gizmo Parsing"]


def test_names_the_html_source_wraps_and_indents_stay_whole(nlp):
    """A real BMVC 2024 proceedings page: '<td><strong><a href="...">Title</a></strong><br />Dilith' / '        Jayakody
    (Widget U), Thanuja Ambegoda (Widget U)<br /><a ...>PDF</a></td>', after a cell with the paper's number. The
    source's line break and indentation inside a name are one space on the page, no gap between columns; and the
    title's cell opens on the line the number's cell opened, its byline on the next."""
    text = ("<table><tbody>\n<tr id=\"paper\">\n  <td class=\"text-center\"><strong>14</strong></td>\n"
            "  <td><strong><a href=\"/proceedings/14/\">Widget Nets for Gizmo\n            Parsing</a></strong><br />Maria\n"
            "                                        Jayakody (Widget University), Thanuja Ambegoda (Widget\n"
            "            University)<br /><a class=\"btn\" href=\"https://conf.org/2031/papers/Paper_14/paper.pdf\">PDF</a></td>\n"
            "</tr>\n</tbody></table>\n")
    [paper] = extract_text(text, nlp).papers
    assert paper.title == "Widget Nets for Gizmo Parsing" and paper.authors == ["Maria Jayakody", "Thanuja Ambegoda"]


@pytest.mark.parametrize("line", [
    "- [AnaSouza2031WCLR](https://openreview.net/forum?id=abc) introduces a pre-training framework that decouples widgets",
    "- Gizmo [BenPark2031WCLR+](https://openreview.net/forum?id=def) combines next-token prediction with widget diffusion",
    "- [CHENWEI2031WCLR](https://openreview.net/forum?id=ghi) proposes to self-synthesize widget paths",
])
def test_a_citation_key_is_no_title(nlp, line):
    """A real ICLR 2025 notes page cites each paper by a key of its first author, year and venue: neither the key
    nor the sentence it opens is a title (no title of the catalogue holds such a word)."""
    text = f"# WCLR 2031 oral notes\n\n## Domain\n\n### LLM\n\n{line}\n"
    assert not titles(nlp, text)


def test_a_quotation_that_heads_a_bold_title_is_part_of_it(nlp):
    """A real CHI 2024 list: '- **"There is a Widget for Me Here": Understanding How ...** by A , B , and C'. The
    quotation is the title's head, not a sentence leading into the bold part after it."""
    text = ('In 2031, I co-authored 2 papers accepted to WCHI 2031.\n\n'
            '- **"There is a Widget Prepared for Me Here": Understanding How Gizmo Platforms Empower Ageing Job Seekers** '
            'by Ana Souza , Ben Park , and Chen Wei\n\n'
            '- **Widgetmorph: Interactive and Creative Gizmo Narration** by Dana Levi , and Chen Wei\n')
    papers = extract_text(text, nlp).papers
    assert papers[0].title == ('"There is a Widget Prepared for Me Here": Understanding How Gizmo Platforms Empower '
                               'Ageing Job Seekers')
    assert papers[0].authors == ["Ana Souza", "Ben Park", "Chen Wei"]


def test_a_grid_of_linked_titles_is_a_paper_a_cell(nlp):
    """A real MIDL 2023 page lays its papers out two a row, each cell one linked title after its code ("[P010 -
    Title](papers/P010.html)"), with a row of thumbnails above and a rule below: each cell is a paper, its code no
    part of its title."""
    text = ("## Full-paper track\n\n| | |\n|:-:|:-:|\n| ![P010](/t/P010.jpg) | ![P015](/t/P015.jpg) |\n"
            "| [P010 - Robust Widget Detection for Gizmo Images](papers/P010.html) | "
            "[P015 - A Mean Teacher Framework for Semi-Supervised Widget Detection](papers/P015.html) |\n| <hr> | <hr> |\n"
            "| [O029 - Reproducibility of Widget Methods in Gizmo Imaging](papers/O029.html) | "
            "[P031 - MS-Widget: Multi-Scale Self-Guided Gizmo Segmentation](papers/P031.html) |\n")
    assert list(titles(nlp, text)) == ["Robust Widget Detection for Gizmo Images",
                                       "A Mean Teacher Framework for Semi-Supervised Widget Detection",
                                       "Reproducibility of Widget Methods in Gizmo Imaging",
                                       "MS-Widget: Multi-Scale Self-Guided Gizmo Segmentation"]


def test_a_title_that_opens_with_name_like_words_over_an_authors_field(nlp):
    """A real CHI 2024 programme: "### Me, My Health, and My Watch: How Children ..." / "Authors: A, B, ...". The
    cued line is the byline; the words of the heading that look like names are the title's head."""
    text = ("## Behavior Change\n### Me, My Widget, and My Gizmo: How Children with ADHD Understand Widget Data\n"
            "Authors: Ana Souza, Ben Park, Chen Wei\n\n[Link](https://programs.conf.org/wchi/2031/program/content/1)\n\n"
            "### Sparse Gizmo Shoes: Investigating Effects of a Wearable Widget\nAuthors: Dana Levi, Emil Novak\n")
    papers = extract_text(text, nlp).papers
    assert (papers[0].title, papers[0].authors) == (
        "Me, My Widget, and My Gizmo: How Children with ADHD Understand Widget Data", ["Ana Souza", "Ben Park", "Chen Wei"])


def test_a_run_cut_inside_a_hyphenated_word_is_no_title(nlp):
    """A real ICRA 2026 digest: "**On [VGGT](url)-based SLAM:**" over a card of papers. The link's anchor begins a
    compound word the text goes on with: neither it nor the words before it are a title."""
    text = ("### 1. Maps — from classical widgets to gizmo foundation models\n\n"
            "**On [WGGT](https://github.com/lab/wggt)-based SLAM:**\n\n"
            '<div class="paper-card"><p class="pc-title"><a href="https://arxiv.org/abs/3101.00001">WGGT-SLAM</a> &amp; '
            '<a href="https://arxiv.org/abs/3101.00002">WGGT-SLAM 2.0</a></p>\n'
            '<p class="pc-authors">WIDGET-LAB — 2.0 at WSS 2031 — code at <a href="https://github.com/lab/x">lab/x</a></p>\n'
            "</div>\n")
    from extract.text.ingest import decode_entities

    assert not any(t.startswith("On ") for t in titles(nlp, decode_entities(text)))


@pytest.mark.parametrize("sentence, kept", [
    ("One of the tutorials, titled “[Widget-Attributed Gizmo Learning: Methods, Applications, and Challenges]"
     "(https://conf.org/docs/tutorial-slides/widget.pdf)“, were presented by [Ana](https://ana.org/), who was on-site, "
     "and [Ben](https://ben.org/), who was remote.", False),
    ("Second talk was [Prelit Widgets: Light Transport for Live-Action Gizmos in Production Rendering]"
     "(https://conf.org/p?id=1) by Widget Studio.", True),
])
def test_a_linked_title_the_sentence_names_a_tutorial(nlp, sentence, kept):
    """A real WWW 2024 lab post: the words before a linked title in prose name it a tutorial (or a keynote, a
    workshop, a course): no paper. A conference's "talk" does present a paper (a real SIGGRAPH 2018 report)."""
    text = f"# The Widget Conference 2031\n\nThe first two days hosted workshops and tutorials. {sentence} The conference itself was great.\n"
    assert bool(titles(nlp, text)) is kept


def test_a_linked_citation_names_its_authors_before_the_title():
    """A real ACL 2020 notes page links whole citations, "[Glenberg and Robertson, Title, 2000](url)", under a field's
    label ("> **See also:** [...]"): the surnames before the comma are the authors, not words of the title; a name and
    what it is ("SideGuide, a large-scale widget dataset") or common words ("Pride and Prejudice, ...") are no citation."""
    from extract.mentions.prose import _surnames_before_a_linked_title
    from extract.mentions.records import _surnames_before_a_title
    from extract.text.structure import Link
    from extract.text.units import Token, tokenize

    for anchor, expected in [
        ("Glenberg and Robertson, Symbol Grounding and Widget Meaning, 2000", (["Glenberg", "Robertson"], "Symbol Grounding and Widget Meaning, 2000")),
        ("Souza et al., Widget Nets for Gizmo Parsing", (["Souza"], "Widget Nets for Gizmo Parsing")),
        ("SideGuide, a large-scale sidewalk dataset for guiding widgets", None),
        ("Pride and Prejudice, A Study of Widget Nets", None),
    ]:
        text = f"[{anchor}](https://x.org/1)"
        got = _surnames_before_a_linked_title(text, Link(1, 1 + len(anchor), "https://x.org/1"), anchor)
        assert (None if got is None else ([n for n, _, _ in got[0]], got[1])) == expected
    line = "See also : McNamara and Magliano, Toward a Comprehensive Model of Widget Comprehension"
    toks = [Token(s, e, line[s:e]) for s, e in tokenize(line, 0, len(line))]
    k, groups = _surnames_before_a_title(toks)
    assert [[t.text for t in g] for g in groups] == [["McNamara"], ["Magliano"]] and toks[k].text == "Toward"


@pytest.mark.parametrize("sentence", [
    "Note the subtle difference between learning something and being extractable by a probe (see the Saphra and Lopez "
    "paper for more on this).",
    "We discussed the Souza et al. paper for a while.",
])
def test_surnames_before_paper_name_its_authors_not_its_title(nlp, sentence):
    """A real NAACL 2019 notes page: "see the Saphra and Lopez paper" names a paper by its authors; the surnames are no
    title ("the BERT paper" still is one: a single word, the work's name)."""
    assert not titles(nlp, f"## Probing\n\n**Questions**: What do widget vectors hold? {sentence}\n")


def test_rows_of_a_talk_column_are_talks(nlp):
    """A real lab's page of past talks: an HTML table "Talk | Speaker", each title bold with "[abstract][recording]"
    links after it. Its rows are invited talks, not papers."""
    text = ("<table>\n<thead>\n  <tr>\n    <th>Talk</th>\n    <th>Speaker</th>\n  </tr>\n</thead>\n<tbody>\n  <tr>\n"
            "    <td><b>Toward Full-Stack Reliable Widget Learning for Gizmo Autonomy</b> [<a href='abstracts/souza.txt'>abstract</a>]"
            "[<a href='https://video.org/1'>recording</a>]</td>\n    <td>Ana Souza</td>\n  </tr>\n  <tr>\n"
            "    <td><b>Deep Gizmo Learning for Multi-Widget Interaction</b> [<a href='abstracts/park.txt'>abstract</a>]</td>\n"
            "    <td>Ben Park</td>\n  </tr>\n</tbody>\n</table>\n")
    assert not titles(nlp, text)


@pytest.mark.parametrize("raw, title", [
    ("Object-level Widget Planning: Bridging the Gap [ abstract][ recording]", "Object-level Widget Planning: Bridging the Gap"),
    ("Widget Nets for Gizmo Parsing [pdf] [code]", "Widget Nets for Gizmo Parsing"),
    ("Widget Nets for [MASK] Tokens", "Widget Nets for [MASK] Tokens"),
])
def test_the_bracketed_labels_of_links_after_a_title_are_dropped(raw, title):
    from extract.mentions.records import clean_title

    assert clean_title(raw) == title


def test_a_record_whose_note_opens_by_naming_a_tutorial_is_a_talk(nlp):
    """A real ACL 2024 tutorials page: "**Title**<br>" / "<i>A, B and C</i>" / "* <small>In this tutorial, we focus
    on ...</small>". The note calls what it describes a tutorial: no paper (a paper's abstract after it stays)."""
    text = ("## Sunday, August 11th\n\n**Widget Nets for Gizmo Parsing: Principles and Practice**<br>\n  <i>Ana Souza, Ben Park and Chen Wei</i>\n"
            "* <small>In this tutorial, we focus on widget parsing, a class of gizmo tasks that takes a widget as input.</small>\n\n"
            "**Sparse Gizmo Attention at Scale**<br>\n  <i>Dana Levi and Emil Novak</i>\n"
            "* <small>We present a sparse attention for gizmos that scales to long widgets.</small>\n")
    assert list(titles(nlp, text)) == ["Sparse Gizmo Attention at Scale"]


def test_in_a_list_of_citations_the_names_before_a_quoted_title_are_its_own(nlp):
    """A real NAACL 2019 notes page: 'new datasets (Kim et al., "AudioWidgets"; McHardy et al., "Adversarial Training for
    Widget Detection", Bamman et al., "An annotated dataset of literary gizmos")'. Each citation names its authors
    first: "McHardy" wrote the first quoted title, not "Bamman"; so do "Hewitt and Manning, “Title”"."""
    text = ("## Highlights\n\n- papers introducing new datasets (Kim et al., \"AudioWidgets\"; McHardy et al., "
            "\"Adversarial Training for Widget Detection\", Bamman et al.,\"An annotated dataset of literary gizmos\")\n"
            "- Interesting work on probing these models (eg. Hewitt and Manning, \"A Structural Probe for Finding Gizmos in "
            "Widget Representations\")\n")
    got = {p.title: p.authors for p in extract_text(text, nlp).papers}
    assert got.get("Adversarial Training for Widget Detection") == ["McHardy"]
    assert got.get("A Structural Probe for Finding Gizmos in Widget Representations") == ["Hewitt", "Manning"]


@pytest.mark.parametrize("line", [
    "* Committee: USC, U Tokyo, Widget Labs, Tel Aviv U., Gizmo Inc., etc.",
    "* Program Chairs: Ana Souza, Ben Park",
])
def test_a_field_naming_who_served_is_no_title(nlp, line):
    """A real ICML 2022 notes page: "- Outstanding paper awards" / "* Committee: USC, U Tokyo, Amazon, ..."."""
    text = f"## Opening remarks\n\n* Awards:\n    - Outstanding paper awards\n        {line}\n"
    assert not any(t.lower().startswith(("committee", "program chairs")) for t in titles(nlp, text))


def test_the_one_name_a_record_took_is_no_follow_up_title(nlp):
    """A real ACL 2020 notes page: 'See also: Reinald Kim Amplayo, "Title", EMNLP 2019'. The name after the cue is the
    record's author, not a follow-up paper of its own."""
    text = ("###  Integrating widgets with other kinds of data\n\n"
            "See also: Reinald Kim Amplayo, \"Rethinking Widget Representation and Injection for Gizmo Classification\", "
            "WCLR 2031\n\n:heavy_minus_sign: [Breaking Through the 80% Widget Ceiling](https://virtual.conf.org/p.html)\n")
    got = titles(nlp, text)
    assert "Reinald Kim Amplayo" not in got
    assert got["Rethinking Widget Representation and Injection for Gizmo Classification"].authors == ["Reinald Kim Amplayo"]


def test_headings_of_talk_notes_over_their_paper_links(nlp):
    """A real NeurIPS 2018 notes page: each heading is a talk's paper, its kind of slot in brackets ("(Rapid Session)",
    "(Award Winning Oral)"), over notes that say where the paper is ("Paper is [here](...)", two links to it on two
    sites, "can be found" and a line break before "[here]"). Headings in sentence case count too, beside headings
    taken so; a heading over slides alone names no paper the notes show."""
    text = ("# Talks\n\n## On Widget Capacity\n\nPaper is [here](http://papers.nips.cc/paper/by-source-2031-1). We define the\n"
            "capacity of a widget.\n\nReference: Arxiv [paper](https://arxiv.org/abs/3101.00001)\n\n"
            "## Learning Overparameterized Gizmo Networks via Stochastic Descent (Rapid Session)\n\n"
            "Basically, this paper presents a view.\n\nPaper is [here](http://papers.nips.cc/paper/by-source-2031-2)\n\n"
            "## Neural Widget Equations (Award Winning Oral)\n\nPaper can be found [here](http://papers.nips.cc/paper/by-source-2031-3).\n\n"
            "## A loss framework for calibrated widget detection\n\nPaper can be downloaded\n[here](https://papers.nips.cc/paper/7422-a-loss)\n\n"
            "## Slides only for gizmo bandits with heavy tails\n\nSlide can be found [here](https://nips.cc/media/Slides/nips/2031/a.pdf)\n")
    assert list(titles(nlp, text)) == [
        "On Widget Capacity", "Learning Overparameterized Gizmo Networks via Stochastic Descent", "Neural Widget Equations",
        "A loss framework for calibrated widget detection"]


def test_a_sentence_case_heading_alone_over_its_paper_link_is_doubted(nlp):
    """The sentence-case heading is taken only beside headings that are papers: alone, a notes heading over a paper
    link ("## Some thoughts on the widget keynote" / "The paper is [here](...)") stays out."""
    text = ("# My trip\n\n## Some thoughts on the widget keynote\n\nThe paper is [here](https://arxiv.org/abs/3101.00002).\n\n"
            "## Travel and food\n\nWe ate well.\n")
    assert list(titles(nlp, text)) == []


@pytest.mark.parametrize("title, cleaned", [
    ("Widget Nets for Gizmo Parsing (Rapid Presentation)", "Widget Nets for Gizmo Parsing"),
    ("Widget Nets for Gizmo Parsing (Award Winning Oral)", "Widget Nets for Gizmo Parsing"),
    ("Widget Nets for Gizmo Parsing (Poster Session)", "Widget Nets for Gizmo Parsing"),
    ("Widget Nets for Gizmo Parsing (Contributed Talk)", "Widget Nets for Gizmo Parsing"),
    ("Widget Nets (and Gizmos)", "Widget Nets (and Gizmos)"),
])
def test_the_kind_of_slot_in_brackets_is_not_the_titles(title, cleaned):
    from extract.mentions.records import clean_title

    assert clean_title(title) == cleaned


def test_names_linked_to_their_pages_after_by(nlp):
    """A real lab post on IJCAI 2018: '“[Title](pdf)” by [Trong](page), [Hady](page), and [Yuan](page) explores ...':
    the linked names, given names alone, are the authors (and no longer people the post only mentions)."""
    text = ("# Notes\n\nOur group has 2 papers accepted. The first paper “[Widget Baskets with Twin Gizmos for Next-Item "
            "Ranking](http://example.org/a.pdf)” by [Trong](https://example.org/t/), [Hady](https://example.org/h/), and "
            "[Yuan](http://example.org/y) explores the interaction between two streams.\n\nThe second paper “[A Latent "
            "Widget Model of User Preferences](http://example.org/b.pdf)” by [Aghiles](https://example.org/a/) and "
            "[Hady](https://example.org/h/) describes a novel model.\n")
    result = extract_text(text, nlp)
    assert {p.title: p.authors for p in result.papers} == {
        "Widget Baskets with Twin Gizmos for Next-Item Ranking": ["Trong", "Hady", "Yuan"],
        "A Latent Widget Model of User Preferences": ["Aghiles", "Hady"]}


def test_a_sentence_ending_in_a_meetings_name_and_year_is_no_title(nlp):
    """A real lab post: "In May 2023, Hady attended The Web Conference 2023 (previously ...)" was read as a title."""
    text = ("# The Web Conference 2023 in Austin, Texas\n\nIn May 2023, Hady attended The Web Conference 2023 (previously the "
            "conference series was known as World Wide Web or WWW). The conference was held at the AT&T Hotel and Conference "
            "Center at The University of Texas at Austin.\n\nThe first two days of the conference featured a variety of "
            "workshops and tutorials. Preferred.AI had a tutorial: [Multi-Modal Recommender Systems: Towards Addressing Sparsity, "
            "Comparability, and Explainability](https://preferred.ai/www23-tutorial/), which was presented on the second day.\n")
    assert not any("Conference" in t for t in titles(nlp, text))


@pytest.mark.parametrize("run, ends", [
    ("Hady attended The Web Conference 2023", True), ("We met at the Widget Symposium '31", True),
    ("Widget Nets for Gizmo Parsing", False), ("A Conference Call Dataset of 2000 Meetings", False)])
def test_a_run_ending_in_a_meetings_name_and_year(run, ends):
    from extract.mentions.records import ends_in_a_venue_name

    assert ends_in_a_venue_name(run) is ends


def test_titles_cited_with_their_venue_acronym_in_prose(nlp):
    """A real SOSP 2017 notes page (Korean prose): "X-Trace: A Pervasive ... Framework (NSDI 2007), Dapper: ... (Google
    Tech report, 2010) 를 ...": a title before a bracket that opens with a venue's acronym and ends with a year is
    cited. Not a venue's long name spelling out the acronym ("International Society for ... (ISMIR 2017)")."""
    text = ("# Notes\n\nIt builds on earlier systems. X-Widget: A Pervasive Gizmo Tracing Framework (NSDI 2007), Dapper: a "
            "Large-Scale Distributed Gizmo Tracing Infrastructure (Google Tech report, 2010) 를 핵심 엔진으로 사용하고 있다.\n\n"
            "The <b>[18th International Society for Widget Information Retrieval (ISWIR 2031) Conference](https://iswir.org)"
            "</b> took place in October.\n")
    assert list(titles(nlp, text)) == [
        "X-Widget: A Pervasive Gizmo Tracing Framework", "Dapper: a Large-Scale Distributed Gizmo Tracing Infrastructure"]


def test_a_title_with_a_possessive_after_its_colon_is_no_label_over_names(nlp):
    """A real OSDI best-paper table: "| 2012 | Spanner: Google's Globally-Distributed Database | A, Google<br>B, Google |"
    was dropped as a label ("Spanner:") over a name."""
    text = ("| Year | Title | Authors |\n| --- | --- | --- |\n"
            "| 2012 | Spanner: Google's Globally-Distributed Database | James C. Corbett, Google<br>Jeffrey Dean, Google |\n"
            "| 2030 | Widget Nets for Gizmo Parsing | Chen Wei, Gizmo U<br>Dana Levi, Gizmo U |\n")
    assert titles(nlp, text)["Spanner: Google's Globally-Distributed Database"].authors == ["James C. Corbett", "Jeffrey Dean"]


def test_a_reading_list_of_three_line_references_under_lettered_area_headings(nlp):
    """A real database course's reading list: "## A. Core DBMS, Storage, and Query Processing" over items of three
    lines ("- P. Selinger, M. Astrahan. [Link](doi)" / "  **Title.**" / "  *Proceedings of ...*, pp. 23–34, 1979."). The
    area heading and the venue lines are no papers."""
    text = ("## A. Core Widget Stores, Storage, and Query Processing\n\n"
            "- P. Selinger, M. Astrahan, and T. Price.  [Link](https://doi.org/10.1145/1.2)\n"
            "  **Access Path Selection in a Relational Widget Store.**  \n"
            "  *Proceedings of the ACM SIGMOD International Conference on Management of Data*, pp. 23–34, 1979.\n\n"
            "- B. Dageville, T. Cruanes, and M. Zukowski. [Link](https://doi.org/10.1145/3.4)\n"
            "  **The Gizmo Elastic Data Warehouse.**  \n"
            "  *Proceedings of the 11th Biennial Conference on Innovative Data Systems Research (CIDR)*, 2021\n\n"
            "- J. DeBrabant, A. Pavlo, and S. Tu.  [Link](https://doi.org/10.14778/5.6)\n"
            "  **Anti-Caching: A New Approach to Widget Store Architecture.**  \n"
            "  *Proceedings of the VLDB Endowment (PVLDB)*, 6(14):1942–1953, 2013.\n\n"
            "## B. Data Streaming and Velocity\n\n"
            "- T. Akidau, R. Bradshaw. [Link](https://doi.org/10.1/7)\n"
            "  **The Widget Flow Model.**  \n"
            "  *IEEE Data Engineering Bulletin*, 36(1):28-33\n")
    got = {p.title: p.authors for p in extract_text(text, nlp).papers}
    assert got == {
        "Access Path Selection in a Relational Widget Store": ["P. Selinger", "M. Astrahan", "T. Price"],
        "The Gizmo Elastic Data Warehouse": ["B. Dageville", "T. Cruanes", "M. Zukowski"],
        "Anti-Caching: A New Approach to Widget Store Architecture": ["J. DeBrabant", "A. Pavlo", "S. Tu"],
        "The Widget Flow Model": ["T. Akidau", "R. Bradshaw"]}


def test_a_programme_byline_hard_wrapped_inside_an_affiliation(nlp):
    """A real ICASSP 2023 programme converted from PDF: "* **647 (AASP-L1.1): Title**" / "A (Widget U); B (Gizmo" /
    "University); C (...)". The byline goes on past the bracket the line break cut, and the paper's number and session
    code are no part of its title; a quoted affiliation ('Ben Park ("Widget U, USA")') is no quoted title."""
    text = ("## AASP-L1: Audio for Multimedia\n\n"
            "* **647 (AASP-L1.1): Diverse and Vivid Widget Generation from Text Descriptions**\n"
            "Guangwei Li (Shanghai Jiao Tong University); Xuenan Xu (Shanghai Jiao Tong University); Lingfeng Dai (Shanghai Jiao Tong\n"
            "University); Mengyue Wu (Shanghai Jiao Tong University); Kai Yu (Shanghai Jiao Tong University)\n\n"
            "* **429 (MLSP-L1.1): PointACL: Adversarial Contrastive Learning for Robust Gizmo Representation**\n"
            "Junxuan Huang (University at Buffalo); Junsong Yuan (\"State University of New York at Buffalo, USA\"); Chunming Qiao (University\n"
            "at Buffalo); Cheng Lu (Xiaopeng)\n")
    got = {p.title: p.authors for p in extract_text(text, nlp).papers}
    assert got == {
        "Diverse and Vivid Widget Generation from Text Descriptions": ["Guangwei Li", "Xuenan Xu", "Lingfeng Dai", "Mengyue Wu", "Kai Yu"],
        "PointACL: Adversarial Contrastive Learning for Robust Gizmo Representation": [
            "Junxuan Huang", "Junsong Yuan", "Chunming Qiao", "Cheng Lu"]}


def test_a_long_toml_front_matter_and_a_venue_after_the_byline(nlp):
    """A real lab news page (Hugo): TOML front matter of 64 lines (the theme's template keeps its commented keys) holds
    'location = "San Diego, California, USA"', no quoted title; the entries are '<a href=...>Title</a>.' over
    '<a>Name</a>, <a>Name</a>. ACL SRW.', and the venue and track in capitals after the names are no title."""
    front = "+++\ntitle = \"7 Papers to be Presented at ACL 2026\"\n" + "".join(f"# comment line {i} of the template\n" for i in range(60)) \
        + "location = \"San Diego, California, USA\"\n+++\n\n"
    text = front + ("<a href=\"/publication/2026_acl-srw_x/\">Claim Widgets in the Age of Large Gizmo Models: A Survey</a>.\n"
                    "<a href=\"/authors/ana-souza/\">Ana Souza</a>, <a href=\"/authors/ben-park/\">Ben Park</a>. ACL SRW.\n")
    assert {p.title: p.authors for p in extract_text(text, nlp).papers} == {
        "Claim Widgets in the Age of Large Gizmo Models: A Survey": ["Ana Souza", "Ben Park"]}


def test_a_publishers_link_label_is_no_part_of_the_title(nlp):
    """A real lab news post: "- A, B, C. Title [Springer Link](https://link.springer.com/...)": the publisher's name
    labels the link ("Springer" was read as the title's last word, or the entry was lost)."""
    text = ("Two papers are being presented at the conference this week:\n\n"
            "- Devendra Singh Dhami, Siwen Yan, Sriraam Natarajan. Predicting Widget-Widget Interactions from Heterogeneous "
            "Data: An Embedding Approach [Springer Link](https://link.springer.com/chapter/10.1007/1)\n"
            "- Athresh Karanam, Alexander L. Hayes. [A Probabilistic Approach to Extract Gizmo Knowledge](/papers/G/) "
            "[Springer Link](https://link.springer.com/chapter/10.1007/2)\n")
    assert {p.title: p.authors for p in extract_text(text, nlp).papers} == {
        "Predicting Widget-Widget Interactions from Heterogeneous Data: An Embedding Approach": [
            "Devendra Singh Dhami", "Siwen Yan", "Sriraam Natarajan"],
        "A Probabilistic Approach to Extract Gizmo Knowledge": ["Athresh Karanam", "Alexander L. Hayes"]}


def test_a_bold_line_right_over_a_list_of_papers_is_their_area(nlp):
    """A real reading list: '**Computer Vision in HCI**' over '- ["Title"](page)' items: the bold line is a heading in
    all but its markup, no paper."""
    text = ("# List of papers\n**Widget Vision in HCI**\n"
            "- [\"Eyepatch: Prototyping widget based interaction through examples\"](https://example.org/papers/Eyepatch)\n"
            "- [\"OmniWidget: Wearable Multitouch Gizmos Everywhere\"](https://example.org/papers/OmniWidget)\n\n"
            "**Human Gizmo Interaction**\n"
            "- [\"Toys that Listen: A Study of Parents, Children, and Internet-Connected Widgets\"](https://example.org/papers/Toys)\n"
            "- [\"Priming Drivers before Handover in Semi-Autonomous Gizmos\"](https://example.org/papers/Priming)\n")
    assert list(titles(nlp, text)) == [
        "Eyepatch: Prototyping widget based interaction through examples", "OmniWidget: Wearable Multitouch Gizmos Everywhere",
        "Toys that Listen: A Study of Parents, Children, and Internet-Connected Widgets",
        "Priming Drivers before Handover in Semi-Autonomous Gizmos"]


def test_a_bold_title_glued_to_its_byline(nlp):
    """A real blog post on NeurIPS 2019, as a web page's text: "**Superposition of many models into one**Brian Cheung,
    Alexander Terekhov, ..." (the line break between the bold title and its names lost). The names right after the
    bold span, filling the line, are its byline, the title in sentence case too."""
    text = ("# My Favorite Papers\n\n### Best\n\n**Superposition of many widgets into one**Brian Cheung, Alexander Terekhov, "
            "Yubei Chen, Pulkit Agrawal\n\n*It is commonsense knowledge that widgets are over-parameterized.*\n")
    assert titles(nlp, text)["Superposition of many widgets into one"].authors == [
        "Brian Cheung", "Alexander Terekhov", "Yubei Chen", "Pulkit Agrawal"]


@pytest.mark.parametrize("title, cleaned", [
    # the writer's note after the title's colon ("**Title**: They show ..."), not a subtitle
    ("Gradient Widget Averaging for Gizmos: They show large gains over the baselines on three benchmarks",
     "Gradient Widget Averaging for Gizmos"),
    ("Widget Nets: This paper proposes a gizmo", "Widget Nets"),
    ("Widget Nets, co-authored by Professor Ana Souza and PhD student Ben Park", "Widget Nets"),
    # (a subtitle that opens with such a word in Title Case stays)
    ("Position: They Need Widgets", "Position: They Need Widgets"),
])
def test_a_note_or_a_byline_the_title_runs_on_into(title, cleaned):
    from extract.mentions.records import clean_title

    assert clean_title(title) == cleaned


@pytest.mark.parametrize("title, cleaned", [
    ("A New Benchmark: On the Utility of Synthetic Widgets for Domain Adaptation[1].",
     "A New Benchmark: On the Utility of Synthetic Widgets for Domain Adaptation"),
    ("Widget Nets for Gizmo Parsing [12]", "Widget Nets for Gizmo Parsing"),
    ("Widget Nets for Gizmo Parsing [Oral]", "Widget Nets for Gizmo Parsing"),
])
def test_a_footnote_number_after_the_title_is_not_the_titles(title, cleaned):
    """A real CVPR 2023 blog post: '“A New Benchmark: ... Domain Adaptation[1].” This research addresses ...'."""
    from extract.mentions.records import clean_title

    assert clean_title(title) == cleaned


def test_a_paragraph_of_title_lines_read_from_a_web_page(nlp):
    """A real blog post on ICML 2023 read as text: its list of titles is one paragraph, a title a line, with the
    prose lines around them. A run of such lines, half of them taken for their look, is the list: the rest are
    papers too (only 6 of 12 were taken)."""
    text = ('Selected ML Papers from ICML 2023\n'
            'This blog post serves as a summary and exploration of ~100 papers, providing insights into the key trends presented at ICML 2023. The papers can be categorized into several subfields, including Graph Neural Networks and Transformers, Large Language Models, Optimal Transport, Time Series Analysis, Causality, Clustering, PCA and Autoencoders, as well as a few miscellaneous topics.\n'
            'Graph Neural Networks and Transformers\n'
            'The first subfield, Graph Neural Networks and Transformers, encompasses papers that delve into the fusion of graph theory and deep learning architectures. These papers explore novel methods to enhance the representation and understanding of complex graphstructured data.\n'
            'Transformers Meet Directed Graphs\n'
            'Transformers as Algorithms: Generalization and Stability in Incontext Learning\n'
            'Fast Inference from Transformers via Speculative Decoding\n'
            'One Transformer Fits All Distributions in MultiModal Diffusion at Scale\n'
            'Graph Inductive Biases in Transformers without Message Passing\n'
            'On the Connection Between MPNN and Graph Transformer\n'
            'Towards Understanding the Generalization of Graph Neural Networks\n'
            'XTab: Crosstable Pretraining for Tabular Transformers\n'
            'Feature Expansion for Graph Neural Networks\n'
            'GOAT: A Global Transformer on Largescale Graphs\n'
            'Distribution Free Prediction Sets for Node Classification\n'
            'Conformal Prediction Sets for Graph Neural Networks\n')
    got = list(titles(nlp, text))
    assert len(got) == 12 and "Graph Neural Networks and Transformers" not in got


def test_a_degree_written_with_stops_after_a_name_is_a_role(nlp):
    """A real news article on ACL 2022's awards, as text: "Title" / "Nikita Kitaev, Ph.D. student; Thomas Lu,
    undergraduate student, UC Berkeley; ...". "Ph.D. student" (tokens "Ph", ".", "D.") is the first author's role,
    not a given name written after a surname: the first author was lost."""
    text = ("Best Paper Award for 2031\nLearned Incremental Widgets for Parsing\n\n"
            "Nikita Kitaev, Ph.D. student; Thomas Lu, undergraduate student, UC Berkeley; Dan Klein, Technical Fellow, "
            "Gizmo Machines and Professor, UC Berkeley\n\nThe authors of this paper designed a widget.\n")
    assert titles(nlp, text)["Learned Incremental Widgets for Parsing"].authors == ["Nikita Kitaev", "Thomas Lu", "Dan Klein"]


@pytest.mark.parametrize("line", [
    '* ["Race Logic: a Hardware Acceleration,"][racelogic] by Advait Madhavan, Timothy Sherwood, and Dmitri Strukov.\n',
    '* ["Race Logic: a Hardware Acceleration"](http://dl.acm.org/citation.cfm?id=1) by Advait Madhavan, Timothy Sherwood, and Dmitri Strukov.\n',
])
def test_the_whole_list_of_names_after_a_quoted_reference_link_and_by(line):
    """'["Title,"][ref] by A, B, and C.': the comma inside the quotes and a reference link before "by"; the
    segmenter read the first name with the title, and the names after "by" give it back (a blog's picks)."""
    from extract.mentions.papers import _names_after_by_or_from
    from extract.mentions.records import Candidate

    start = line.index("Race")
    rest = [(n, line.index(n), line.index(n) + len(n)) for n in ("Timothy Sherwood", "Dmitri Strukov")]
    c = Candidate("Race Logic: a Hardware Acceleration", start, start + len("Race Logic: a Hardware Acceleration"), "record.item", 1.0,
                  authors=rest)
    _names_after_by_or_from(line, [c])
    assert [a[0] for a in c.authors] == ["Advait Madhavan", "Timothy Sherwood", "Dmitri Strukov"]


def test_a_tutorial_with_its_speaker_and_a_label_row_are_no_papers_in_a_table_of_linked_papers(nlp):
    """A curated table of a conference's papers: "Title - Speaker <br> [Tutorial Video](…/tutorial/…)" names
    a tutorial and its speaker (names do not make it a paper, as they may a workshop's record), and a row
    of a label alone ("| Widget Attacks | | |") heads the papers below it."""
    rows = "".join(f"| Widget {w} for Gizmo Parsing <br> [Conf link - Short Video](https://neurips.cc/virtual/2031/poster/{i}) "
                   f"| [Poster](https://widgetconf.cc/media/{i}.png) | [Paper](https://openreview.net/forum?id=x{i}) | |\n"
                   for i, w in enumerate(("Sparsity", "Transport", "Calibration", "Alignment")))
    text = ("## Now\n\n| Title | Poster | OpenReview | GitHub |\n| -: | -: | :-: | -: |\n"
            "| Application Development using Gizmo Models - Ana Souza <br> "
            "[Conf link - Tutorial Video & Abstract](https://neurips.cc/virtual/2031/tutorial/73948)| | | |\n"
            + rows[: rows.index("| Widget Calibration")] + "| Gizmo Leakage | | |\n" + rows[rows.index("| Widget Calibration"):])
    assert set(titles(nlp, text)) == {f"Widget {w} for Gizmo Parsing" for w in ("Sparsity", "Transport", "Calibration", "Alignment")}


@pytest.mark.parametrize("sentence, title", [
    # a part of a method named with an article after "called": no paper
    ("They added a second decoder called the 'Hierarchical Widget Decoder' behind the original one.\n", None),
    ("They added a second decoder called the \"Hierarchical Widget Decoder\" behind the original one.\n", None),
    # a paper named so is one
    ("I liked the paper called the \"Hierarchical Widget Decoder\" a lot.\n", "Hierarchical Widget Decoder"),
    ("I liked a paper called \"Hierarchical Widget Decoder\" a lot.\n", "Hierarchical Widget Decoder"),
])
def test_a_quoted_part_of_a_method_called_by_its_article_is_no_paper(nlp, sentence, title):
    assert list(titles(nlp, "## Notes\n\n- " + sentence)) == ([title] if title else [])


def test_a_subtitle_colon_inside_a_title_case_heading_is_no_prose_title(nlp):
    """"## 81. Capturing Widget Influence among Students: Gizmo Diagnosis for Widget Systems": the colon after a lower-case
    word of a Title Case heading is the title's own, not a sentence's head and subtitle (which kept only "Students: ...",
    and won over the heading's doubted record). A sentence's head and subtitle is still one."""
    from extract.extraction import parse
    from extract.mentions.prose import titles_with_a_subtitle

    text = ("## 81. Capturing Homogeneous Widget Influence among Students: Gizmo Diagnosis for Widget Systems\n\n"
            "I also want to check out Widget Time as Implicit Feedback: A Comparison to Gizmo Tracking.\n")
    assert [c.title for c in titles_with_a_subtitle(text, parse(text, nlp))] == [
        "Widget Time as Implicit Feedback: A Comparison to Gizmo Tracking"]


def test_names_in_a_closing_bracket_the_segmenter_read_with_the_title_are_its_authors():
    """"**Title (Viet Ha-Thuc)**": the segmenter read the bracket as title words; full names in it (known to the
    lexicons, or of no English word) are the authors. A bracket of English words or a place is left to the title."""
    from extract.mentions.papers import _names_in_its_closing_bracket
    from extract.mentions.records import Candidate

    for bracket, authors in [("Viet Ha-Thuc", ["Viet Ha-Thuc"]), ("Ana Souza, Ben Park", ["Ana Souza", "Ben Park"]),
                             ("Extended Version", []), ("Long Beach", []), ("Google", [])]:
        line = f"**Learning to Rank Personalized Widget Results in Gizmo Networks ({bracket})**\n"
        c = Candidate(line[2:-3], 2, len(line) - 3, "record.line", 0.9)
        _names_in_its_closing_bracket(line, c)
        assert [a[0] for a in c.authors] == authors
        assert c.title == ("Learning to Rank Personalized Widget Results in Gizmo Networks" if authors else line[2:-3])
        assert line[c.start : c.end] == c.title


@pytest.mark.parametrize("sentence", [
    'They also want it to support Q&As. Such as, "Ana Souza Birthday", "Who played Ben in Bridge of Widgets?".\n',
    "They can create questions like “Where was Ana Souza born?”, “When was Ana Souza born?”, etc.\n",
    "It takes commands such as “Widget Channel One” (which switches to it).\n",
])
def test_quoted_examples_after_such_as_or_like_are_no_papers(nlp, sentence):
    assert titles(nlp, "## Notes\n\n* " + sentence) == {}


def test_quoted_papers_after_such_as_are_papers(nlp):
    text = "## Notes\n\n* I read papers such as “Sparse Widget Flows for Gizmo Matching” on the plane.\n"
    assert list(titles(nlp, text)) == ["Sparse Widget Flows for Gizmo Matching"]


def test_a_list_at_the_end_of_a_title_the_segmenter_read_as_no_names_stays_in_the_title():
    """"* A Longitudinal Study of Widgets, Gizmos, & Twitter Use": the segmenter read ", & Twitter Use" as names,
    which gave none; the title goes to the line's end. Real names there are authors, not title."""
    from extract.mentions.records import candidate_from_segment
    from extract.mentions.segmenter import Segment

    for line, title in [("* A Longitudinal Study of Widgets, Gizmos, & Twitter Use\n", "A Longitudinal Study of Widgets, Gizmos, & Twitter Use"),
                        ("* A Longitudinal Study of Widgets, Ana Souza & Ben Park\n", "A Longitudinal Study of Widgets")]:
        unit = _units(line)[0]
        cut = [t.text for t in unit.tokens].index(",", 6) if "Gizmos" in line else [t.text for t in unit.tokens].index(",")
        labels = ["T"] * cut + ["S" if not t.text[:1].isalpha() else "A" for t in unit.tokens[cut:]]
        c = candidate_from_segment(line, Segment(unit, labels, [0.9] * len(labels), [0.9] * cut + [0.4] * (len(labels) - cut)))
        assert c is not None and c.title == title


@pytest.mark.parametrize("text, title", [
    # what a class covered, in quotes: a paper ("class" names no paper only when it is the quote's own name)
    ("We started class today by covering the \"Robust Treatment of Widgets, Gizmos, and Friction for Cloth\", which helped.\n",
     "Robust Treatment of Widgets, Gizmos, and Friction for Cloth"),
    ("I signed up for a class called \"Introduction to Widget Making\" last year.\n", None),
    # a paper named earlier in the sentence, the quote in sentence case in brackets after it
    ("One of the papers discussed was one that presents a unified widget solver "
     "(\"Gizmo: Towards a unified widget solver for computer graphics\") by modeling widgets.\n",
     "Gizmo: Towards a unified widget solver for computer graphics"),
    ("The keynote went on for a while and ended with a slide (\"Gizmo: towards a unified widget view of the world\").\n", None),
])
def test_quoted_titles_a_class_read_or_a_sentence_called_papers(nlp, text, title):
    assert list(titles(nlp, "### Notes (3/10)\n\n" + text)) == ([title] if title else [])


def test_a_vancouver_byline_before_a_linked_title_gives_its_authors(nlp):
    """"Souza A, von Ehrenheim V, Park BK. <a href=…>Title</a>. KDD 2031.": surnames with the initials glued after them
    (a lab's page of its papers). "Park BK" was no name and "von Ehrenheim V" opened with a particle: the authors
    were cut short and "BK." went into the title."""
    text = ("## Papers we presented\n\n"
            '- Souza A, von Ehrenheim V, Park BK. <a href="https://arxiv.org/abs/3101.00001">Sparse Widget Flows for Gizmo Matching</a>. KDD 2031.\n'
            '- Levi D, Novak E. <a href="https://arxiv.org/abs/3101.00002">Dense Gizmo Transport with Widget Priors</a>. KDD 2031.\n'
            '- Chen W, Mori H, Park BK. <a href="https://arxiv.org/abs/3101.00003">Robust Widget Detection via Gizmo Distillation</a>. KDD 2031.\n')
    found = {t: [a.rstrip(".") for a in p.authors] for t, p in titles(nlp, text).items()}
    assert found == {"Sparse Widget Flows for Gizmo Matching": ["Souza A", "von Ehrenheim V", "Park BK"],
                     "Dense Gizmo Transport with Widget Priors": ["Levi D", "Novak E"],
                     "Robust Widget Detection via Gizmo Distillation": ["Chen W", "Mori H", "Park BK"]}


def test_a_bold_theme_over_a_note_on_many_papers_is_no_paper(nlp):
    """A report's overview, theme by theme: "1. **Memory and Context Windows.** Many papers extend ..." heads a note on
    many works at once, not one paper's. A bold title whose note speaks of the one paper ("This paper", "The
    authors") stays a paper, even when it mentions many others."""
    text = ("# Widgetconf 2031: the trends\n\nHere is what I saw, theme by theme.\n\n"
            "1. **Memory and Context Windows.** Many papers extend the context of language models, with retrieval or compression.\n"
            "2. **Agents and Tool Use.** Agents that call tools were everywhere; several posters showed tool-using agents.\n"
            "3. **Evaluation Beyond Benchmarks.** Several posters questioned leaderboards and proposed human studies.\n"
            "4. **Efficient Fine-Tuning.** Low-rank adapters again, in a few works for vision models too.\n"
            "5. **Sparse Widget Flows for Gizmo Matching.** This paper by Ana Souza shows widgets flow sparsely, unlike many papers before it.\n"
            "6. **Widget Flows.** The authors show that many methods fail.\n")
    assert set(titles(nlp, text)) == {"Sparse Widget Flows for Gizmo Matching", "Widget Flows"}


@pytest.mark.parametrize("sentence, title", [
    ('More exploration of this "Reason then Widget" idea is good for gizmo evaluation.\n', None),
    ('The "Reason then Widget" style should be applied to gizmo estimation.\n', None),
    ('We read "Reason then Widget: Gizmo Scores from Explanations" on the way home.\n', "Reason then Widget: Gizmo Scores from Explanations"),
])
def test_a_quotation_followed_by_idea_or_style_names_no_paper(nlp, sentence, title):
    assert list(titles(nlp, "## Notes\n\n- " + sentence)) == ([title] if title else [])


@pytest.mark.parametrize("sentence, title", [
    ("Later the second talk from Widget Studio - Reinterpreting Memorable Gizmos in Widgets 2 - walked through their "
     "design. ([Paper](http://dl.example.org/a47-souza.pdf))\n", "Reinterpreting Memorable Gizmos in Widgets 2"),
    ("Their paper – Sparse Widget Flows for Gizmo Matching – won the award.\n", "Sparse Widget Flows for Gizmo Matching"),
    # set off by dashes with no paper named: an aside
    ("We went to the harbour - Seven Seas Fish Market - and ate well.\n", None),
])
def test_a_title_between_spaced_dashes_that_the_sentence_calls_a_paper(nlp, sentence, title):
    assert list(titles(nlp, "## Day 2\n\n" + sentence)) == ([title] if title else [])


@pytest.mark.parametrize("line, note, taken", [
    ("Learning to widget without gadgets by gadgets", "Goal of this paper is to have data efficient widgets.", True),
    ("Sparse widget flows for gizmo matching", "The authors show that widgets flow sparsely.", True),
    # a note on something else, or a sentence of the writer's own: no title
    ("Lunch at the harbour with the whole team", "We had fish and the weather was fine.", False),
    ("Some thoughts on the widget sessions", "I liked most talks, less so the posters.", False),
])
def test_a_plain_line_over_a_note_on_this_paper_is_its_title(nlp, line, note, taken):
    """A plain-text report: a title alone on its line in sentence case, then a paragraph on "this paper" or "the
    authors" (the model doubts a sentence-case line with no names or link)."""
    text = f"Session 4 - Widgets 4\n\n{line}\n\n{note} More notes follow here.\n"
    assert (line in titles(nlp, text)) is taken


@pytest.mark.parametrize("note, author", [
    ("At a glance, [the paper](https://example.org/85.pdf)\nby Souza et al. is a bit too complex for me.", "Souza"),
    ("Widgets can be inverted. Kelz et al. introduce this concept to gizmos in [their paper](https://example.org/44.pdf).", "Kelz"),
    ("Not my topic at all, but this dataset is a huge effort. Cheers to [Tsuchida et al.](https://example.org/60.pdf)!", "Tsuchida"),
    # two works cited, or none pointed at as the paper: no author
    ("It builds on Souza et al. and on Park et al.; see [the paper](https://example.org/1.pdf).", None),
    ("We saw that Souza et al. did something like it years ago.", None),
])
def test_a_surname_et_al_citing_the_paper_under_its_heading_is_its_author(nlp, note, author):
    """A blog's highlights, a heading per paper: the first paragraph under it cites one surname with "et al." and
    points at the paper (its link or "this paper"); that surname is the heading's paper's author."""
    text = ("## Highlight Papers\n\n### Invariance Through Complex Widget Functions\n" + note + "\n\nMore on it later.\n\n"
            "### Sparse Gizmo Transport with Widget Priors\n[This paper](https://example.org/9.pdf) by Levi et al. is good.\n")
    found = titles(nlp, text)
    assert found["Invariance Through Complex Widget Functions"].authors == ([author] if author else [])


def test_apa_style_names_after_by_give_every_surname(nlp):
    """'“Title” by Souza, A., & Park, B (2031)': surnames with their initials after a comma, APA style (the first
    was read as one name and the rest lost)."""
    text = ("## Picks\n\n> The papers I liked were: “Incremental Widget Processing in the Age of Gizmo Encoders” by Souza, A., "
            "& Park, B (2031), which was fun; and “Digital Voicing of Silent Widgets” by Levi, D., & Novak, E. (2031) which "
            "was presented well.\n")
    found = titles(nlp, text)
    assert found["Incremental Widget Processing in the Age of Gizmo Encoders"].authors == ["Souza", "Park"]
    assert found["Digital Voicing of Silent Widgets"].authors == ["Levi", "Novak"]


def test_a_name_and_a_full_stop_before_a_linked_title_ending_in_a_full_stop(nlp):
    """'* **Best paper**: Ana Souza. [Title](url).': the full stop after the link kept the name in the title."""
    text = ("## Awards\n\n* **Best paper**: Ana Souza. [Automatic Widget Reduction Using a Supervised Gizmo Grammar]"
            "(https://dblp.example/rec/Souza31).\n* **Best student paper**: Ben Park and Chen Wei. [Learning a Widget Space "
            "for Similarity in Gizmo Music](https://dblp.example/rec/Park31).\n")
    found = titles(nlp, text)
    assert found["Automatic Widget Reduction Using a Supervised Gizmo Grammar"].authors == ["Ana Souza"]


@pytest.mark.parametrize("text", [
    # examples after "such as", whatever else the sentence "includes"
    '## Tips\n\nI wrote reminders to include phrases such as "I hope you remember this" when reaching a slide.\n',
    # a quoted term under a tutorial's heading
    '## Tutorial 2 of 4\n\nMuch of it was on the details regarding "Maximum Widget Discrepancy" and other gizmo metrics.\n',
])
def test_quoted_phrases_that_are_examples_or_a_tutorials_terms_are_no_papers(nlp, text):
    assert titles(nlp, text) == {}


@pytest.mark.parametrize("mark", [" *", " **", " ***", " ★★"])
def test_a_rating_after_a_heading_title_is_no_part_of_it(nlp, mark):
    """'### Title **' over '_A, B_': the writer's rating of the talk, set off by a space (a glued '*' is a footnote's)."""
    # (the names of a real ICML 2019 note, which made the segmenter read the stars into the title)
    text = (f"# Notes from Widgetconf 2031\n\n## Monday, June 10\n\n### Meta-Widgets: from Few-Shot Gizmos to Rapid Widget Learning{mark}\n"
            "_Chelsea Finn, Sergey Levine_\n\n+ [N: Fill in notes.]\n\n### A Tutorial on Attention in Deep Learning *\n_Chen Wei, Dana Levi_\n"
            "+ Animal attention is resource saving and allows for variable state manipulation\n")
    assert "Meta-Widgets: from Few-Shot Gizmos to Rapid Widget Learning" in titles(nlp, text)


def test_a_day_of_workshops_and_tutorials_does_not_make_a_quoted_paper_a_talk(nlp):
    """A plain-text day heading over workshops and tutorials ("Day 1. Workshops and Tutorials"): a paper quoted under it is
    still a paper (only a heading over tutorials alone makes a quoted phrase the tutorial's)."""
    text = ("Day 1. Workshops and Tutorials\n\nI only attended one talk in this workshop. I noted down this one, available as a "
            "paper here (https://example.org/widgets.pdf):\n\n>\"Marine Widget Segmentation and Tracking by Learning Gizmo Radar "
            "Images for Autonomous Surface Vehicles\". The title is self-explanatory.\n")
    assert "Marine Widget Segmentation and Tracking by Learning Gizmo Radar Images for Autonomous Surface Vehicles" in titles(nlp, text)


def test_a_surname_et_al_in_the_paragraph_after_a_blank_line_under_the_heading(nlp):
    text = ("## Highlight Papers\n\n### Invariance Through Complex Widget Functions\n\nNot my topic at all, but a huge effort. "
            "Cheers to [Souza et al.](https://example.org/85.pdf)!\n\n"
            "### Sparse Gizmo Transport with Widget Priors\n\n[This paper](https://example.org/9.pdf) by Levi et al. is good.\n")
    assert titles(nlp, text)["Invariance Through Complex Widget Functions"].authors == ["Souza"]


def test_a_sentence_case_item_before_a_bare_paper_url_is_a_paper_in_a_list_of_such_papers(nlp):
    """'+ Title https://arxiv.org/pdf/...' with no heading: the segmenter saw nothing in the sentence-case one, which its
    Title Case siblings of the same layout make a paper too."""
    text = ("+ Momentum Widgets for Unsupervised Gizmo Representation Learning https://arxiv.org/pdf/3101.00001.pdf\n"
            "+ Self-training with noisy widgets improves gizmo classification https://arxiv.org/pdf/3101.00002.pdf\n"
            "+ Self-Supervised Learning of Pretext-Invariant Widgets https://arxiv.org/pdf/3101.00003.pdf\n"
            "+ Deformable Gizmos: Adapting Effective Receptive Fields for Widget Deformation https://openreview.net/pdf?id=Xy12\n")
    assert "Self-training with noisy widgets improves gizmo classification" in titles(nlp, text)


def test_a_poster_page_of_a_virtual_site_behind_its_login_is_the_papers_page():
    from extract.mentions.links import link_kind
    assert link_kind("https://neurips.cc/virtual/2031/protected/poster_2f3bbb9730639e9ea48f309d9a79ff01.html") == "paper"
    assert link_kind("https://neurips.cc/virtual/2031/protected/tutorial_8155bc545f84d9652f1012ef2bdfb6eb.html") == "event"


@pytest.mark.parametrize("title, plausible", [
    ("Neural RGB->D Sensing: Depth and Uncertainty from a Video Camera", True),   # an arrow glued between capitals
    ("Widgets -> Gizmos -> Sprockets", False),   # a pipeline
    ("Speech->text widgets for gizmos", False),
])
def test_an_arrow_inside_a_coined_name_is_no_pipeline(title, plausible):
    from extract.mentions.papers import plausible_title
    from extract.mentions.records import Candidate
    assert plausible_title(title, Candidate(title, 0, len(title), "record.item", 0.9)) is plausible


def test_a_coined_name_linked_to_its_arxiv_page_leading_a_talks_note_is_a_paper(nlp):
    """'- [GizmoGlue](arxiv): what it does' in the notes of a workshop talk: one word, which the segmenter doubted."""
    text = ("## [Workshop on Widget Localization](https://example.org/wl)\n- Visual widgets with deep learning\n"
            "\t- Ana Souza\n\t- [GizmoPoint](https://github.com/example/notes/gizmopoint.md)\n\t\t- powerful fully conv design\n"
            "\t- [Deep WidgCo](https://arxiv.org/abs/3112.03247): detects widget patterns in the dark\n"
            "\t- [GizmoGlue](https://arxiv.org/abs/3111.11763): better than motion-guided matching without any motion model.\n"
            "\t\t- requires both sets of local features\n\t- Quo vadis visual widgets?\n")
    found = titles(nlp, text)
    assert {"GizmoGlue", "Deep WidgCo"} <= set(found)


def _programme(items: list[str]) -> str:
    return "## Day 1\n\n" + "".join(
        f"{k}. {t} [[Web](https://icml.cc/Conferences/2031/ScheduleMultitrack?event={4000 + k})] "
        f"[[Slides](https://icml.cc/media/Slides/icml/2031/{4000 + k}-talk.pdf)]\n" for k, t in enumerate(items, 1))


def test_items_of_a_programme_list_read_as_names_or_in_sentence_case_are_papers_like_their_siblings(nlp):
    """'12. Homomorphic Widgets [[Web](schedule)] [[Slides](pdf)]' in a programme's list of papers: the segmenter read two
    words as a name, or doubted a sentence-case title; the list's layout makes them papers as their siblings are."""
    found = titles(nlp, _programme([
        "Opening Remarks", "Adversarial Attacks on Widget Embeddings via Gizmo Poisoning",
        "WidgetNet: A Deep Gizmo Network with an Integrated Reject Option", "Homomorphic Widgets",
        "Regret Gizmos: Composability of Regret Minimizers", "Fairness risk gizmos",
        "Refined Complexity of Widget Analysis with Outliers", "Stein Gizmo Markov Chain Monte Carlo"]))
    assert {"Homomorphic Widgets", "Fairness risk gizmos", "Stein Gizmo Markov Chain Monte Carlo"} <= set(found)
    assert "Opening Remarks" not in found


def test_a_speakers_name_before_labelled_links_is_no_paper(nlp):
    found = titles(nlp, _programme([
        "Adversarial Attacks on Widget Embeddings via Gizmo Poisoning", "Ana Souza",
        "WidgetNet: A Deep Gizmo Network with an Integrated Reject Option", "Regret Gizmos: Composability of Regret Minimizers",
        "Refined Complexity of Widget Analysis with Outliers"]))
    assert "Ana Souza" not in found and len(found) == 4


def test_a_title_of_english_words_joined_by_and_is_no_byline_of_the_record_above(nlp):
    """':heavy_minus_sign: [Title](url)' / '>' paragraphs: the record above reads the next title as its continuation line,
    and "Towards Controllable and Personalized ..." has the form of two names joined by "and"."""
    text = "".join(f":heavy_minus_sign: [{t}](https://www.aclweb.org/anthology/D31-{k}.pdf)\n>\n\n" for k, t in enumerate([
        "Learning Rhyming Widgets using Structured Adversaries", "Encode, Tag, Realize: High-Precision Gizmo Editing",
        "Towards Controllable and Personalized Widget Generation", "An End-to-End Generative Architecture for Gizmo Generation"]))
    assert "Towards Controllable and Personalized Widget Generation" in titles(nlp, text)


def test_a_quoted_sum_of_parts_in_a_talks_notes_is_no_paper(nlp):
    text = ("### Gradients of Widget Models for Improved Gizmo Analysis\n\nTHIS WORK: Non-heuristic approach works much better.\n"
            "“Gradient features + Widget Kernel”\n\nGeneral coder that models a large class of scoring functions.\n")
    assert "Gradient features + Widget Kernel" not in titles(nlp, text)


def test_a_note_head_ending_in_an_article_is_no_paper(nlp):
    text = ("## Widget spotlights\n\n### Causal Generative Widget Networks\n\nFind causal DAG between observations. Nonparametric, but "
            "expensive.\n\n### Detecting Bias in Black-Box Gizmos Using Transparent Widget Distillation\n\nDo model distillation on both "
            "predictor and outcome.\n\n### The role of causality for widgets.\n\nCommon cause theorem: two related variables may share "
            "a cause.\n\nWays to establish causality:\nIntervention on a: raise the city, find that temperature changes. Therefore, "
            "altitude causes temperature.\n* But that’s impractical, of course.\n* Hypothetical intervention on a: we’d still expect it "
            "to work.\n\nThis talk was boring.\n")
    assert "Intervention on a" not in titles(nlp, text)


def test_a_title_case_heading_ending_in_an_exclamation_mark_among_paper_headings(nlp):
    text = ("## Widget spotlights\n\n### Causal Generative Widget Networks\n\nFind causal DAG between observations.\n\n"
            "### Detecting Bias in Black-Box Gizmos Using Transparent Widget Distillation\n\nDo model distillation on both.\n\n"
            "### The Doctor Just Won't Accept That!\n\nDoctors won’t just accept that the neural net thinks a patient has a widget.\n\n"
            "### Globally Optimal Symbolic Gizmo Regression\n\nFind a mathematical expression that represents function Y.\n")
    assert "The Doctor Just Won't Accept That!" in titles(nlp, text)


def test_the_first_name_after_a_titles_last_colon_is_its_first_author(nlp):
    """'#### Title: Subtitle: Lev Kowalczykowski, Ben Park and Chen Wei': the segmenter read the first name into the title."""
    text = ("## FEVER workshop\n\n#### Towards Automated Widget Checking: Developing an Annotation Schema for Gizmo Detection: "
            "Lev Kowalczykowski, Oliver Price, Mevan Babakar and Arkaitz Zubiaga [Paper](https://arxiv.org/abs/3109.08193)\n\n"
            "Lev works on widgets.\n")
    found = titles(nlp, text)
    paper = found["Towards Automated Widget Checking: Developing an Annotation Schema for Gizmo Detection"]
    assert paper.authors[:2] == ["Lev Kowalczykowski", "Oliver Price"]


@pytest.mark.parametrize("title", ["West Exhibition Hall C + B3", "Ballroom 20D", "Room 118 and Lobby"])
def test_a_room_of_the_venue_is_no_title(title):
    from extract.mentions.papers import plausible_title
    from extract.mentions.records import Candidate
    assert not plausible_title(title, Candidate(title, 0, len(title), "record.line", 0.9))


@pytest.mark.parametrize("sentence, title, author", [
    ('Ana Souza gave the highlight talk for the Widget workshop on her paper "Post-Widget Gizmo Systems: A Manifesto".',
     "Post-Widget Gizmo Systems: A Manifesto", "Ana Souza"),
    ('Ben Park presented two workshop papers: "Decoupled Widget Systems: Exploring Alternative Gizmo Designs" for WidgetGood.',
     "Decoupled Widget Systems: Exploring Alternative Gizmo Designs", "Ben Park"),
    # a given name alone, of someone the report named in full before
    ('Ana presented their paper "Comparative Explanations for Widgets: Research Directions".',
     "Comparative Explanations for Widgets: Research Directions", "Ana Souza"),
])
def test_the_subject_who_presented_or_talked_on_their_paper_is_its_author(nlp, sentence, title, author):
    text = f"Ana Souza (PI) and Ben Park (PhD student) attended WidgetConf 2031 in Bari.\n\n{sentence}\n"
    assert titles(nlp, text)[title].authors == [author]


@pytest.mark.parametrize("sentence, title, author", [
    # a given name alone, nobody named in full before: as written, when "his/her/their/our paper" makes it a person's
    ("In WidgetConf 2031, Thuat presented his paper on “***[Learning Many Widgets from Gizmo Triplets](https://example.org/w.pdf)***”, "
     "introducing the problem.", "Learning Many Widgets from Gizmo Triplets", "Thuat"),
    ("On Jan 30, [Lia](https://example.org/team/lia/) presented the spotlight for our paper “[GizmoNet: Visual Widget Attention "
     "for Gizmo Analysis](https://example.org/g.pdf)” that showed the efficacy of widgets.",
     "GizmoNet: Visual Widget Attention for Gizmo Analysis", "Lia"),
    ('Ana presented her paper "Comparative Explanations for Widgets: Research Directions".',
     "Comparative Explanations for Widgets: Research Directions", "Ana"),
])
def test_a_given_name_presenting_their_own_paper_is_its_author(nlp, sentence, title, author):
    assert titles(nlp, f"# WidgetConf 2031\n\n{sentence}\n")[title].authors == [author]


@pytest.mark.parametrize("sentence", [
    "Google presented their paper “Widget Networks for Gizmo Parsing at Scale”.",   # no given name: no author
    "He presented his paper “Widget Networks for Gizmo Parsing at Scale”.",
])
def test_a_word_that_is_no_given_name_presenting_a_paper_is_no_author(nlp, sentence):
    assert titles(nlp, f"# WidgetConf 2031\n\n{sentence}\n")["Widget Networks for Gizmo Parsing at Scale"].authors == []


def test_a_quoted_exclamation_is_no_title(nlp):
    text = ("# WidgetConf 2031\n\nTalk to your idols. My personal favorite was just “Hell yeah, Widgets!” to start a "
            "conversation with them at the poster session.\n")
    assert titles(nlp, text) == {}


# A pipe table whose header and delimiter rows disagree ("Title |" over "--- | ---") is no table to the parser: its
# rows are lines of a paragraph, here inside a list item.
_PIPE_ROWS = ("* Souza - Widgets that learn like people\n\n"
              "    Title | \n--- | ---\n"
              "[Learning Task-General Widgets with Generative Gizmo Modeling](https://openreview.net/forum?id=abcdef) | ICLR'31 \n"
              "[Communicating Widget Programs to Humans and Machines](https://arxiv.org/abs/3106.07824) |\n"
              "[GIZMO dataset](https://github.com/gizmolab/GIZMO) | \n\n"
              "    Related links : \n\n    [The Widget Corpus](https://github.com/widgetlab/WC)\n")


def test_a_row_of_an_unparsed_pipe_table_owns_only_its_links(nlp):
    found = titles(nlp, "# WidgetConf 2031\n\n" + _PIPE_ROWS)
    paper = found["Communicating Widget Programs to Humans and Machines"]
    assert paper.code_urls == [] and paper.paper_urls == ["https://arxiv.org/abs/3106.07824"]


@pytest.mark.parametrize("title, names", [
    ("A Non-Widget Gizmo-Parsing Taxonomy", False),   # "A" may be an initial, but the hyphenated words are English
    ("Ana Wei-Ling Souza", True),
])
def test_hyphenated_english_words_inside_are_no_name(title, names):
    from extract.mentions.records import reads_as_names
    assert reads_as_names(title) is names


def test_a_table_row_whose_title_opens_with_a_keeps_its_authors(nlp):
    text = ("## Best Paper Awards\n\n| Year | Title | Authors | Organization |\n|---|---|---|---|\n"
            "|2031|[A Non-Widget Gizmo-Parsing Taxonomy](https://dl.acm.org/doi/10.1145/3477495.1)|Ana Souza, Ben Park|Widget University|\n"
            "|2030|[Sparse Gizmo Attention at Scale](https://dl.acm.org/doi/10.1145/3477495.2)|Chen Wei|Gizmo Labs|\n")
    assert titles(nlp, text)["A Non-Widget Gizmo-Parsing Taxonomy"].authors == ["Ana Souza", "Ben Park"]


@pytest.mark.parametrize("text", [
    "We met Ana Souza from the University of Victoria Falls at the poster.",
    "| Title | Authors | Organization |\n|---|---|---|\n|[Widget Nets for Gizmo Parsing](https://dl.acm.org/doi/10.1/2)|Ana Souza|"
    "The Widget University of Victoria Falls|",
])
def test_the_place_an_institution_is_named_after_is_no_person(nlp, text):
    assert "Victoria Falls" not in extract_text(text + "\n", nlp).people


@pytest.mark.parametrize("names, after", [
    # the names' line runs on as prose past the emphasis, too long for a record
    ("Ana Souza, Ben Park, Chen Wei, Dana Levi and Emil Novak", ' <a class="btn" href="https://aclweb.org/anthology/W31-5515">Paper</a> '
     "use a pipeline method that starts with document retrieval, followed by sentence selection and then a classification "
     "step with a widget model trained on the gizmo data that they release with the paper."),
    # ... or short enough to be read with the title, prose and all
    ("Ana Souza, Ben Park, Chen Wei, Dana Levi and Emil Novak", ' <a class="btn" href="https://aclweb.org/anthology/W31-5515">Paper</a> '
     "also find it useful to link entities."),
])
def test_an_emphasis_holding_a_title_and_its_names_ends_the_byline(nlp, names, after):
    text = f"## The shared task\n\n*Widget Nets for Gizmo Parsing\n{names}*{after}\n"
    assert titles(nlp, text)["Widget Nets for Gizmo Parsing"].authors == ["Ana Souza", "Ben Park", "Chen Wei", "Dana Levi", "Emil Novak"]


# A podcast's show notes (a real NeurIPS 2024 post of the dev set: tests may quote reports), news links among the papers.
_LINK_DUMP = "\n".join([
    "## NeurIPS Stories",
    "",
    '- NeurIPS [statement](https://neurips.cc/Conferences/2024/StatementOnInclusivity) on inclusivity',
    '- CTOL Digital Solutions [article](https://www.ctol.digital/news/neurips-2024-controversy-mit-professor-remarks-chinese-researchers-triumphs/) - NeurIPS 2024 Sparks Controversy: MIT Professor\'s Remarks Ignite "Racism" Backlash Amid Chinese Researchers’ Triumphs',
    '- (1/2) NeurIPS Best [Paper](https://arxiv.org/abs/2404.02905) - Visual Autoregressive Modeling: Scalable Image Generation via Next-Scale Prediction',
    '- Visual Autoregressive Model [report](https://var-integrity-report.github.io) *this link now provides a 404 error*',
    '- Reuters [article](https://www.reuters.com/technology/artificial-intelligence/bytedance-seeks-11-mln-damages-intern-ai-breach-case-report-says-2024-11-28/) - ByteDance seeks $1.1 mln damages from intern in AI breach case, report says',
    '- Harvard Data Science Review [article](https://hdsr.mitpress.mit.edu/pub/g9mau4m0/release/2) - Data Science at the Singularity',
    '- [Paper](https://arxiv.org/abs/2003.12206) - NeurIPS Reproducibility Program',
    '- [Paper](https://arxiv.org/abs/2410.22473) - The State of Data Curation at NeurIPS: An Assessment of Dataset Development Practices in the Datasets and Benchmarks Track',
    "",
])


@pytest.mark.parametrize("title", [
    "Visual Autoregressive Modeling: Scalable Image Generation via Next-Scale Prediction",   # words before the label
    "The State of Data Curation at NeurIPS: An Assessment of Dataset Development Practices in the Datasets and Benchmarks Track",
    "NeurIPS Reproducibility Program",   # (the segmenter doubts it)
])
def test_the_words_after_a_paper_label_link_and_a_dash_are_its_title(nlp, title):
    found = titles(nlp, _LINK_DUMP)
    assert title in found
    assert not any(t.startswith(("An Assessment", "Ana Souza")) for t in found)


def test_a_name_typed_in_lower_case_keeps_a_table_cells_byline(nlp):
    """"**Title**<br>A, b c, D<br>[Paper](url)": a name typed into a submission form in lower case is no reason to lose them all."""
    text = ("| Paper |\n|---|\n"
            "| **WidgetBench: A Benchmark for Autoregressive Gizmo Emulators**<br>Felix Marlow, Simon Hadley, "
            "lia rossetti, Nils Brandt<br>[Paper](https://nips.cc/virtual/2031/poster/97550) |\n"
            "| **Sparse Gizmo Attention at Scale**<br>Ana Souza, Ben Park<br>[Paper](https://nips.cc/virtual/2031/poster/97551) |\n")
    assert titles(nlp, text)["WidgetBench: A Benchmark for Autoregressive Gizmo Emulators"].authors == [
        "Felix Marlow", "Simon Hadley", "lia rossetti", "Nils Brandt"]


def test_plain_names_after_a_bold_title_are_its_byline(nlp):
    """"> **Title** Ana Souza and Ben Park [paper](url)": a quote block's lines joined (a hard-wrapped report's unwrapping
    does so), the names the segmenter ran on into the title end it where its bold ends."""
    text = ("## Papers\n\n> **Semi-Markov Widget Learning for Random Gizmo Collection** Sebastian Albrecht and Matthias Vogel "
            "[paper](https://www.ijcai.org/proceedings/2031/463)\n\n"
            "> **Sparse Gizmo Attention at Scale** Ana Souza and Ben Park [paper](https://www.ijcai.org/proceedings/2031/464)\n")
    found = titles(nlp, text)
    assert found["Semi-Markov Widget Learning for Random Gizmo Collection"].authors == ["Sebastian Albrecht", "Matthias Vogel"]
    assert found["Sparse Gizmo Attention at Scale"].authors == ["Ana Souza", "Ben Park"]


def test_a_first_author_of_english_words_with_a_middle_initial_is_a_name(nlp):
    """"Ashen Q. Mantle, Ravi N. Raman, ...": words a dictionary has, but a middle initial between them is a name's."""
    text = ("## Talks\n\nCheap widget navigation in heterogeneous gizmo environments\n\n"
            "Ashen Q. Mantle, Ravi N. Raman, Jishnu Mehta, J. Sean Baird\n\nAbstract: I liked it.\n")
    paper = titles(nlp, text)["Cheap widget navigation in heterogeneous gizmo environments"]
    assert paper.authors == ["Ashen Q. Mantle", "Ravi N. Raman", "Jishnu Mehta", "J. Sean Baird"]


def test_and_the_segmenter_read_into_a_name_separates_names():
    """"A. I. Mourikov and/A S. I. Roumelis": with no comma before it, the segmenter may read "and" into one long name
    (it did on a real byline); the authors are the two names all the same."""
    from extract.mentions.records import _authors
    from extract.mentions.segmenter import Segment
    text = "Widget localization at scale\n\nA. I. Mourikov and S. I. Roumelis\n"
    unit = next(u for u in _units(text) if u.tokens[0].text == "Widget")
    labels = ["T" if t.line == 0 else "A" for t in unit.tokens]   # ("and" labelled A)
    seg = Segment(unit, labels, [1.0] * len(labels))
    assert [name for name, _, _ in _authors(text, seg)] == ["A. I. Mourikov", "S. I. Roumelis"]


def test_a_title_of_hyphenated_words_after_names_is_no_bracketed_affiliation():
    """"Dana Levi, Emil Novak. Gizmo-Powered E-Widgets. In ...": no word of the title is in brackets, though no token of
    it is all letters and digits (the test once asked that of every such token, of none here, and said yes)."""
    from extract.mentions.records import _affiliation_after_a_name
    from extract.mentions.segmenter import Segment
    text = "Dana Levi, Emil Novak. Gizmo-Powered E-Widgets. In WidgetConf 2031.\n"
    unit = _units(text)[0]
    title = [t for t in unit.tokens if t.text in ("Gizmo-Powered", "E-Widgets")]
    labels = ["T" if t in title else "A" if t.text in ("Dana", "Levi", "Emil", "Novak") else "O" for t in unit.tokens]
    assert not _affiliation_after_a_name(Segment(unit, labels, [1.0] * len(labels)), title)


def test_a_byline_up_to_the_first_stop_gives_its_last_name_back_from_the_title(nlp):
    """"- A, B, C, Patricia Renaud-Bourel. Title. In Venue.": the segmenter ran the last name into the title, which
    the byline-and-note rule then turned down whole."""
    text = ("## Papers\n\n- Ana Souza, Ben Park. Sparse Gizmo Attention at Scale. In WidgetConf 2031.\n"
            "- Sophie Marlow, Samuel Hadley, Alexandre Brandt, Patricia Renaud-Bourel. Provable local widget rule by gizmo "
            "aggregation for a sprocket network. In WidgetConf 2031.\n"
            "- Fay Wong, Gil Amir. Widget Nets for Gizmo Parsing. In WidgetConf 2031.\n")
    paper = titles(nlp, text)["Provable local widget rule by gizmo aggregation for a sprocket network"]
    assert paper.authors == ["Sophie Marlow", "Samuel Hadley", "Alexandre Brandt", "Patricia Renaud-Bourel"]


def test_the_words_between_names_and_in_proc_of_a_venue_are_the_title():
    """"[10] A, B, and C. Title. In Proc. of WidgetConf, 2031.": when the segmenter read no word of the title, the fallback
    finds the venue past "In Proc. of" (it looked for it right after "In")."""
    from extract.mentions.records import _between_names_and_venue
    text = "[10] Dana Levi, Emil Novak, and Lester Stein. Sampling with Mirrored Gizmo Operators. In Proc. of WidgetConf, 2031.\n"
    toks = _units(text)[0].tokens
    names = {"Dana", "Levi", "Emil", "Novak", "Lester", "Stein"}
    labels = ["A" if t.text in names else "S" if t.text in (",", "and") and 4 <= i <= 10 else "V" if t.text in ("WidgetConf", "2031")
              else "O" for i, t in enumerate(toks)]
    runs = _between_names_and_venue(toks, labels)
    assert [" ".join(toks[i].text for i in r) for r in runs] == ["Sampling with Mirrored Gizmo Operators"]


def test_a_list_of_people_after_by_is_no_organisation_for_its_first_name():
    """"*Title* by Moss Tang, Yanmo Li, and Ana Souza.": the first name's words are English words ("moss", "tang"), which
    made it read as a company's name ("by Widget Logic") and the whole list was dropped."""
    from extract.mentions.prose import authors_after
    text = "Another highlight was *Development of a novel widget amplifier* by Moss Tang, Yanmo Li, and Ana Souza. Nice idea."
    assert [n for n, _, _ in authors_after(text, text.index("* by"))] == ["Moss Tang", "Yanmo Li", "Ana Souza"]


def test_a_title_whose_colon_the_text_writes_full_width_keeps_its_reading():
    """The first-author mend looks for the title's colon in the text; a full-width one is not there (no crash)."""
    from extract.mentions.papers import _first_author_after_its_colon
    from extract.mentions.records import Candidate
    text = "Widget Nets for Gizmos： Parsing at Scale： Lev Kowalczykowski, Ben Park"
    cand = Candidate("Widget Nets for Gizmos: Parsing at Scale: Lev Kowalczykowski", 0, text.index(", Ben"), "record.heading", 0.9,
                     [("Ben Park", text.index("Ben"), len(text))])
    _first_author_after_its_colon(text, cand)
    assert cand.authors == [("Ben Park", text.index("Ben"), len(text))]


def test_a_surname_read_again_as_the_title_of_its_own_line_leaves_the_record_its_names():
    """"<strong>Title</strong><br/>A, B, Evangelos Novakou<br/>...": the record reads the names under its title; the
    names' line, read again as a unit of its own, had its last surname taken for a title ("Novakou"), which took the
    line's names from the record above. A part of a name that record took is no title."""
    from extract.mentions.papers import paper_candidates
    from extract.mentions.segmenter import Segment
    from extract.text.structure import parse_structure

    text = ('<p><strong>Dynamic Widget Theoretic Gizmo Optimizer</strong><br/>Guan-Ling Souza, Tianyu Park, Evangelos Novakou'
            '<br/><a href="https://icml.cc/virtual/2031/poster/10261">paper</a></p>\n')
    title_words = {"Dynamic", "Widget", "Theoretic", "Gizmo", "Optimizer"}

    def label(t):
        if t.text in title_words or (t.text == "Novakou" and t.line == 0):
            return "T"   # (the surname, read as a title where its line opens a unit)
        return "S" if t.text == "," else "O" if t.text == "paper" else "A"

    class Labelled:
        def segment_all(self, units, cache=None):
            out = []
            for u in units:
                labels = [label(t) for t in u.tokens]
                # (the names read with less confidence than a sure byline's: the line is read again as a unit)
                out.append(Segment(u, labels, [0.95 if lab == "T" else 0.75 for lab in labels],
                                   [0.95 if lab == "T" else 0.01 for lab in labels]))
            return out

    structure = parse_structure(text)
    cands = paper_candidates(text, structure, _units(text), Labelled())
    record = next(c for c in cands if c.title == "Dynamic Widget Theoretic Gizmo Optimizer")
    assert [n for n, _, _ in record.authors] == ["Guan-Ling Souza", "Tianyu Park", "Evangelos Novakou"]
    assert not any(c.title == "Novakou" for c in cands)


@pytest.mark.parametrize("line, names", [
    # a lone given name no lexicon knows (no English word) in a list, before a surname that is an English word
    ("(Ana Souza, David Mulder, Zhiyu He)", ["Ana Souza", "David Mulder", "Zhiyu He"]),
    # a hyphenated surname, each part a surname of the lexicon
    ("(Ana Souza, Javier Souza-Jiménez)", ["Ana Souza", "Javier Souza-Jiménez"]),
])
def test_the_surname_left_out_after_a_lone_given_name_closing_a_list(line, names):
    text = f"**Where Does Widget Learning Happen in Gizmo Models?** {line}\n"
    unit = _units(text)[0]
    words = [t.text for t in unit.tokens]
    labels = ["T" if i < words.index("(") else "O" for i in range(len(words))]
    for i in range(words.index("Ana"), len(words) - 2):
        labels[i] = "S" if words[i] == "," else "A"
    labels[-2] = "O"   # the last surname, left out
    from extract.mentions.records import _authors
    from extract.mentions.segmenter import Segment

    got = _authors(text, Segment(unit, labels, [0.9] * len(labels), [0.9 if lab == "T" else 0.1 for lab in labels]))
    assert [n for n, _, _ in got] == names


@pytest.mark.parametrize("line, title, last", [
    # the byline's last name ends in an initial; or its surname is no English word
    ("[7] Ana Souza, Ben Park, and Chen E. Wei. The Endless Widget Chain Model. In Proc. of WCLR, 2031.",
     "The Endless Widget Chain Model", "Chen E. Wei"),
    ("[20] Ana Souza, Ben Park, and Lena Yung-Li Tsu. Contact models for widget recognition in a clever gizmo. In Proc. of WCLR, 2031.",
     "Contact models for widget recognition in a clever gizmo", "Lena Yung-Li Tsu"),
])
def test_a_surname_read_into_the_title_after_its_byline(line, title, last):
    """The segmenter read the byline's last surname and its full stop into the title ("Chen E./A Wei/T ./T The ...")."""
    text = f"{line}\n"
    unit = _units(text)[0]
    words = [t.text for t in unit.tokens]
    surname = words.index(last.split()[-1])
    stop = words.index("In")
    labels = ["O"] * 3 + ["S" if w in (",", "and") else "A" for w in words[3:surname]] + ["T"] * (stop - surname) + ["O"] * (len(words) - stop)
    cand = _candidate(text, unit, labels, [0.9 if lab == "T" else 0.05 for lab in labels])
    from extract.mentions.papers import _surname_read_into_the_title

    _surname_read_into_the_title(text, cand)
    assert cand.title.rstrip(".") == title and cand.authors[-1][0] == last
    assert text[cand.authors[-1][1] : cand.authors[-1][2]] == last


def test_a_list_of_three_full_names_after_by_is_people_whatever_words_they_are():
    """"by Yuan Ma, Wei-Lun Ma and Chen Wang": each name's words English words no lexicon holds as names, read
    alone as a company's name ("by Widget Logic"); three full names in a list are people."""
    from extract.mentions.prose import authors_after

    text = "The award went to “Widget Maps through Joint Gizmo Mapping” by Yuan Ma, Wei-Lun Ma and Chen Wang. Crowded."
    names = authors_after(text, text.index("”") + 1)
    assert [n for n, _, _ in names] == ["Yuan Ma", "Wei-Lun Ma", "Chen Wang"]


@pytest.mark.parametrize("url", [
    "https://asia.siggraph.org/2031/?post_type=page&p=14494&id=papers_639&sess=sess152",   # a regional edition's programme page
    "https://s2031.siggraph.org/presentation/?id=papers_123&sess=sess100",
])
def test_a_conference_programme_page_of_a_paper_is_no_code(url):
    from extract.mentions.links import link_kind

    assert link_kind(url, "") == "event"


@pytest.mark.parametrize("line, names", [
    # the segmenter read the URL that ends the line with the last name
    ("- Widget Matching for Gizmo Recognition, Ana Souza, Ben Park, Chen Wei https://github.com/souza/widget-matching",
     ["Ana Souza", "Ben Park", "Chen Wei"]),
    # an affiliation after a semicolon that opens with an acronym: no "Last, First" list
    ("- Fast Heuristics for Widget Route Planning (Ivo Tuo, Jinbo Ruan; ETH Zurich)", ["Ivo Tuo", "Jinbo Ruan"]),
])
def test_names_read_with_a_url_or_before_an_acronym_affiliation(line, names):
    text = line + "\n"
    unit = _units(text)[0]
    words = [t.text for t in unit.tokens]
    first = words.index("Ana") if "Ana" in words else words.index("Ivo")
    labels = ["T" if 0 < i < first and words[i] not in ",(" else "O" for i in range(len(words))]
    for i in range(first, len(words)):
        labels[i] = "S" if words[i] in (",", ";") else "O" if words[i] == ")" else "A"   # (the URL and "ETH Zurich" too)
    from extract.mentions.records import _authors
    from extract.mentions.segmenter import Segment

    got = _authors(text, Segment(unit, labels, [0.9] * len(labels), [0.9 if lab == "T" else 0.1 for lab in labels]))
    assert [n for n, _, _ in got] == names


def test_a_name_in_capitals_inside_a_list_after_by():
    from extract.mentions.prose import _leading_names

    names = _leading_names("Hana Mori, Ivo Brandt, WEI CHEN, Dana Levi, and Emil Novak", 0, after_by=True)
    assert [n for n, _, _ in names] == ["Hana Mori", "Ivo Brandt", "WEI CHEN", "Dana Levi", "Emil Novak"]


def test_the_first_name_of_a_list_whose_words_are_english_words():
    """"*Tansy Harbor, Ana Souza, Ben Park*" under a heading: a name of dictionary words opening the list, two names
    after it and nothing but its marks before it on its line, is one of the byline."""
    from extract.extraction import extract_text
    from extract.nlp import build_pipeline

    text = "### Widget Nets for Gizmo Parsing\n*Tansy Harbor, Ana Souza, Ben Park*\n\nI really liked this one.\n"
    (paper,) = extract_text(text, build_pipeline()).papers
    assert paper.authors == ["Tansy Harbor", "Ana Souza", "Ben Park"]


def test_an_emphasised_run_ending_a_byline_before_the_venue_is_the_title():
    """"- A, B, and C, *Widget-RRT*, WCLR 2031.": the segmenter read the one italic word as one more name."""
    text = "- Omar Haddad, Lena Kowalski, and Sara Lindqvist, *Widget-RRT*, WCLR 2031.\n"
    unit = _units(text)[0]
    words = [t.text for t in unit.tokens]
    venue = words.index("WCLR")
    labels = ["S" if w in (",", "and") else "A" for w in words[:venue - 1]] + ["O"] + ["V"] * (len(words) - venue)
    labels[-1] = "O"   # (the full stop)
    cand = _candidate(text, unit, labels, [0.05] * len(labels))
    assert cand is not None and cand.title == "Widget-RRT"
    assert [n for n, _, _ in cand.authors] == ["Omar Haddad", "Lena Kowalski", "Sara Lindqvist"]


def test_names_in_square_brackets_after_the_title():
    """"Title [Ana/T Souza-Park/T, Ben/A Park/A, Chen/A Wei/A]": the segmenter read the bracket's first name on with the
    title; the bracket holds names, as a round one does."""
    text = "- Widget Robust Search through the Eyes of Gizmos [Ana Souza-Park, Ben Park, Chen Wei]\n"
    unit = _units(text)[0]
    words = [t.text for t in unit.tokens]
    comma = words.index(",")
    labels = ["T"] * comma + ["S" if w == "," else "O" if w == "]" else "A" for w in words[comma:]]
    cand = _candidate(text, unit, labels, [0.9 if lab == "T" else 0.05 for lab in labels])
    assert cand.title == "Widget Robust Search through the Eyes of Gizmos"
    assert [n for n, _, _ in cand.authors] == ["Ana Souza-Park", "Ben Park", "Chen Wei"]


@pytest.mark.parametrize("before, cued", [
    ("The code is ", True), ("Code: ", True), ("Their project page: ", True), ("The repository lives ", True),
    ("builds on code which is an implementation of ", False),   # (no cue word close enough: "implementation of" another work)
    ("Compare it with the code of ", False),
    ("They also released a separate project, ", False),
    ("Slides are available at ", False),
])
def test_a_site_the_sentence_calls_the_papers_code(before, cued):
    """What the words right before a project's page on a lab's site say: the paper's code, or not."""
    from extract.mentions.records import site_cued_as_code

    text = "[Widget Nets for Gizmos](https://openreview.net/forum?id=x) by Ana Souza. " + before
    assert site_cued_as_code(text + "https://widgetlab.github.io/wn/", len(text)) is cued


def test_a_later_headings_notes_give_code_but_not_the_papers_they_cite(nlp):
    """"## Title" named again over its notes: the code link there is the paper's, an arXiv link the notes cite inside a
    sentence is another work's (a paper link counts there alone on its line, as "Paper: <url>")."""
    text = ("- Widget Nets: Translating Gizmos with Large Widget Models\n- Gizmo Evaluators for Widget Summaries\n"
            "- Sparse Gizmo Transport with Widget Priors\n\n"
            "## Widget Nets: Translating Gizmos with Large Widget Models\n\nProblem: why?\n\nApproach:\n"
            " - An extension of the metric from https://arxiv.org/abs/3101.00001\n - Code on https://github.com/asouza/widget-nets\n\n"
            "## Gizmo Evaluators for Widget Summaries\n\nProblem: how good?\n\nApproach: many scores.\n\n"
            "Paper: https://arxiv.org/abs/3101.00002\n")
    papers = {p.title: p for p in extract_text(text, nlp).papers}
    assert papers["Widget Nets: Translating Gizmos with Large Widget Models"].paper_urls == []
    assert papers["Widget Nets: Translating Gizmos with Large Widget Models"].code_urls == ["https://github.com/asouza/widget-nets"]
    assert papers["Gizmo Evaluators for Widget Summaries"].paper_urls == ["https://arxiv.org/abs/3101.00002"]
    assert "Approach: many scores" not in papers   # (a field of the notes over "Paper: <url>", no title)


def test_a_programmes_quoted_title_after_its_acronym_and_before_the_venue(nlp):
    """'- **WNET**: "Title," in *Proc. ICASSP*, 2031. (NUS) [[Paper](…)]' (an ICASSP 2024 list): the quoted words are the
    title, not the acronym and the venue around them, and the record's paper link is the title's."""
    text = ('- **SLP-L10.2: 08:50 - 09:10**\n'
            '    - **WNET**: "Widget Networks for Gizmo Diarization," in *Proc. ICASSP*, 2031. (NUS) '
            '[[Paper](https://arxiv.org/abs/3101.00001)]\n'
            '- A. Souza and B. Park, "Widget nets for gizmo parsing," in Proc. ICASSP, 2031.\n')
    papers = {p.title: p for p in extract_text(text, nlp).papers}
    assert set(papers) == {"Widget Networks for Gizmo Diarization", "Widget nets for gizmo parsing"}
    assert papers["Widget Networks for Gizmo Diarization"].paper_urls == ["https://arxiv.org/abs/3101.00001"]
    assert papers["Widget nets for gizmo parsing"].authors == ["A. Souza", "B. Park"]


def test_a_quoted_title_taken_over_its_record_keeps_the_records_link_and_its_grouped_byline(nlp):
    """The quotes and the record read the same title (quoted from an ICASSP 2024 list): the quoted reading wins, and the
    record's "[[Paper](…)]" is still the paper's link."""
    text = ('- 🗓️ **Time Schedule**\n    - **SLP-L10.2: 08:50 - 09:10**\n'
            '        - **PTSD**: "Prompt-driven Target Speech Diarization," in *Proc. ICASSP*, 2024. (NUS) '
            '[[Paper](https://arxiv.org/abs/2310.14823)]\n'
            + "            - Yidi Jiang, National University of Singapore, Singapore; Zhengyang Chen, Shanghai Jiao Tong University, China; Ruijie Tao, National University of Singapore, Singapore; Liqun Deng, Huawei Noah's Ark Lab, China; Yanmin Qian, Shanghai Jiao Tong University, China; Haizhou Li, The Chinese University of Hong Kong, Shenzhen, China" + '\n'
            + '            - "A Spatial Long-Term Iterative Mask Estimation Approach for Multi-Channel Speaker Diarization and Speech Recognition," in *Proc. ICASSP*, 2024. (USTC) [Paper (Not yet)]' + '\n' + '                - Feng Ma, University of Science and Technology of China, China; Yanhui Tu, iFlytek, China; Maokui He, Ruoyu Wang, Shutong Niu, University of Science and Technology of China, China; Lei Sun, iFlytek, China; Zhongfu Ye, Jun Du, University of Science and Technology of China, China; Jia Pan, iFlytek, China; Chin-Hui Lee, Georgia Institute of Technology, United States of America' + '\n')
    papers = {p.title: p for p in extract_text(text, nlp).papers}
    assert papers["Prompt-driven Target Speech Diarization"].paper_urls == ["https://arxiv.org/abs/2310.14823"]
    # (a byline too long for a record, names grouped with "National University of Singapore, Singapore;", under a title
    # line that names an institute's acronym in brackets, "(NUS)", which is no author of the line's own)
    assert papers["Prompt-driven Target Speech Diarization"].authors == [
        "Yidi Jiang", "Zhengyang Chen", "Ruijie Tao", "Liqun Deng", "Yanmin Qian", "Haizhou Li"]
    # ("Zhongfu Ye, Jun Du, University of ..., China;": two full names of one group, no "Last, First" pair)
    assert papers["A Spatial Long-Term Iterative Mask Estimation Approach for Multi-Channel Speaker Diarization and Speech "
                  "Recognition"].authors == ["Feng Ma", "Yanhui Tu", "Maokui He", "Ruoyu Wang", "Shutong Niu", "Lei Sun",
                                             "Zhongfu Ye", "Jun Du", "Jia Pan", "Chin-Hui Lee"]


@pytest.mark.parametrize("text", [
    "## Talks I attended\n\n* **Dense Widget Retrieval for Gizmo Search**, Seattle, WA, 06/2031 <br />\n  Ana Souza and Ben Park\n"
    "* **Sparse Gizmo Tokens for Widget Retrieval**, San Diego, CA, 10/2031 <br />\n  Chen Wei, Dana Levi\n",
    "* **American Society of Widget Genetics (ASWG) Annual Meeting**, Houston, TX, 10/2031 <br />\n"
    "  “Widget determinants of gizmo expression”\n",
])
def test_a_city_before_a_us_state_code_is_no_author(nlp, text):
    """"**Title**, San Diego, CA, 10/2031": the words before a state's postal code are a place, not the title's author."""
    found = [a for p in extract_text(text, nlp).papers for a in p.authors]
    assert "San Diego" not in found and "Houston" not in found


def test_a_quoted_title_in_a_table_row_takes_the_url_written_out_in_the_row(nlp):
    """'| 2101.00001 | "Title" | O | https://arxiv.org/abs/… |': the quotes and the row read the same title (the row's
    span ran on past the closing quote); the row's URL written out in its link column is the paper's."""
    text = ('| Number | Title | Ph | Link |\n| --- | --- | -- | --- |\n'
            '| 2101.00001 | "Sequence to Sequence Widget Learning with Gizmo Networks" | O | https://arxiv.org/abs/2101.00001 |\n'
            '| 2101.00002 | "Distilling the Knowledge in a Widget Network" | O | https://arxiv.org/abs/2101.00002 |\n')
    assert {p.title: p.paper_urls for p in extract_text(text, nlp).papers} == {
        "Sequence to Sequence Widget Learning with Gizmo Networks": ["https://arxiv.org/abs/2101.00001"],
        "Distilling the Knowledge in a Widget Network": ["https://arxiv.org/abs/2101.00002"]}


SHAPED_TITLES = [f"{a} {b} for {c}" for a, b, c in zip(
    ["Sparse Attention", "Hierarchical Gizmo", "Contrastive Widget", "Adaptive Gizmo", "Deep Heterogeneous", "Robust Widget",
     "Multilingual Gizmo", "Neural Widget", "Efficient Gizmo", "Federated Widget", "Causal Gizmo"],
    ["Networks", "Models", "Encoders", "Sampling", "Autoencoders", "Kernels", "Transformers", "Parsers", "Retrievers",
     "Embeddings", "Graphs"],
    ["Relation Extraction", "Document Retrieval", "Entity Linking", "Graph Learning", "Collaborative Filtering",
     "Question Answering", "Machine Translation", "Semantic Parsing", "Dense Retrieval", "Topic Modeling", "Fact Checking"])] + [
    "Explainable predictions of adverse widget events from gizmo records via oracle coaching",
    "Text segmentation on multilabel widget documents: A distant supervised approach"]


def test_sentence_case_headings_with_the_body_of_their_paper_siblings_are_papers(nlp):
    # "### Title" / "> abstract" / "__Comments:__ ...", paper after paper: two of them in sentence case
    text = "# WidgetConf 2031 Summary\n\nIn this post I list some of the papers I liked.\n\n" + "".join(
        f"### {t}\n\n> Widgets are hard to parse, and the gizmos that hold them are harder still. In this paper, we propose a method "
        "that parses gizmos with widgets, and we show on three benchmarks that it is faster and more accurate than the methods "
        "before it.\n\n__Comments:__ A neat idea.\n\n"
        for t in SHAPED_TITLES)
    assert {p.title for p in extract_text(text, nlp).papers} == set(SHAPED_TITLES)


@pytest.mark.parametrize("title, plausible", [
    # An affiliation with its acronym after it, read as a panelist's record's title ("- Ana Souza, Springfield Institute
    # of Widgets (SIW), Freedonia") ...
    ("Springfield Institute of Widgets (SIW)", False),
    # ... and a funding body named in a bio ("funded by the Freedonian Widget Council (Gizmo Grant, 2031-2034)")
    ("Freedonian Widget Council", False),
    ("National Gizmo Foundation", False),
    # (a title with an acronym in brackets at its end stays one)
    ("Graph Networks for Widget Retrieval (GNWR)", True),
])
def test_an_affiliation_with_its_acronym_or_a_funder_is_no_title(title, plausible):
    from extract.mentions.papers import plausible_title
    from extract.mentions.records import Candidate

    assert plausible_title(title, Candidate(title, 0, len(title), "record.item", 0.9, [("Ana Souza", 0, 9)])) is plausible


def test_a_venue_and_a_section_word_before_a_colon_name_no_author(nlp):
    """Headings "## ICML 2031 Highlights: ..." are a post's sections, not a note-taker's "venue, year, surname: title"."""
    text = ("## ICML 2031 Highlights: Widget Nets for Gizmo Parsing\n\nGreat.\n\n"
            "## ICML 2031 Tutorials: Sparse Gizmo Attention at Scale\n\nGood.\n")
    assert all(not p.authors for p in extract_text(text, nlp).papers)


def test_a_note_takers_index_of_an_events_posters_names_no_paper(nlp):
    """A Hugo index of a note-taker's pages: "[ICLR2031 Monday Morning Posters]({{< relref ... >}})" names an event's
    posters (as "Papers at ICLR 2031" names its papers), not a paper."""
    text = ('+++\ntitle = "ICLR2031 Index"\n+++\n\n## Talks {#talks}\n\n'
            '-   [ICLR2031 Keynote: Ana Souza]({{< relref "iclr2031_keynote.md" >}})\n'
            '-   [ICLR2031 Orals: Widget Modeling 1]({{< relref "iclr2031_orals_widget_modeling_1.md" >}})\n\n\n'
            '## Posters {#posters}\n\n'
            '-   [ICLR2031 Monday Morning Posters]({{< relref "iclr2031_monday_morning_posters.md" >}})\n'
            '-   [ICLR2031 Tuesday Morning Posters]({{< relref "iclr2031_tuesday_morning_posters.md" >}})\n')
    assert extract_text(text, nlp).papers == []


@pytest.mark.parametrize("text, people", [
    # A heading over the people the writer met, or over a workshop's invited speakers, one name an item: no paper's byline
    ("### People I met at the poster session\n\n- Ana Souza\n- Ben Park\n", ["Ana Souza", "Ben Park"]),
    ("## Invited Speakers at the Workshop on Gizmos\n* Ana Souza\n* Ben Park\n* Dana Levi\n", ["Ana Souza", "Ben Park", "Dana Levi"]),
    # ... nor a body's line of names each with an affiliation
    ("## Program Committee Members\nAna Souza Springfield University, Ben Park Answer.AI, Chen Wei Springfield University\n", None),
])
def test_a_list_of_people_under_a_heading_of_people_is_no_byline(nlp, text, people):
    ex = extract_text(text, nlp)
    assert ex.papers == []
    assert people is None or ex.people == people


def test_an_oral_or_a_day_before_a_colon_is_no_surname(nlp):
    """"## ICLR 2031 Oral: Title": a lexicon has "Oral" (and "Day", "Best") as a name, but here it is the post's section."""
    text = "## ICLR 2031 Oral: Widget Nets for Gizmo Parsing\n\nGreat.\n\n## ICLR 2031 Oral: Sparse Gizmo Attention at Scale\n\nGood.\n"
    assert all(not p.authors for p in extract_text(text, nlp).papers)


def test_a_url_shown_in_its_anchor_is_the_link_whole_or_broken(nlp):
    # "- Link：[url](url)" under each heading (a Chinese CVPR 2025 list) gives the paper link; an anchor that shows the
    # target broken by spaces ("[https://github.com/WID - LAB/wMOD](https://github.com/WID-LAB/wMOD)") is that one link.
    text = ("#### Sparse Widget Trees for Gizmo Parsing\n- Link：[https://arxiv.org/pdf/3103.00001](https://arxiv.org/pdf/3103.00001)\n"
            "- Code：[https://github.com/WID - LAB/widget-trees](https://github.com/WID-LAB/widget-trees)\n\n"
            "#### Gizmo Attention: Long Widget Sequences at Scale\n- Link：[https://arxiv.org/pdf/3103.00003](https://arxiv.org/pdf/3103.00003)\n"
            "- Code：[https://github.com/bpark/gizmo-attention](https://github.com/bpark/gizmo-attention)\n")
    papers = {p.title: (p.paper_urls, p.code_urls) for p in extract_text(text, nlp).papers}
    assert papers == {
        "Sparse Widget Trees for Gizmo Parsing": (["https://arxiv.org/pdf/3103.00001"], ["https://github.com/WID-LAB/widget-trees"]),
        "Gizmo Attention: Long Widget Sequences at Scale": (["https://arxiv.org/pdf/3103.00003"], ["https://github.com/bpark/gizmo-attention"]),
    }
