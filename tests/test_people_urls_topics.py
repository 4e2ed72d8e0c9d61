"""People, URLs and topics."""
import pytest

from extract.extraction import extract_text
from extract.mentions.people import find_citations
from extract.mentions.urls import find_urls, normalise_url
from extract.text.names import split_author_list


@pytest.mark.parametrize(
    "text, names",
    [
        ("Karpathy, Andrej", ["Andrej Karpathy"]),
        ("White, Colin; Bubeck, Sébastien; Dey, Debadeepta", ["Colin White", "Sébastien Bubeck", "Debadeepta Dey"]),
        ("Goerttler, Thomas (TU Berlin); Müller, Luis (TU Berlin)", ["Thomas Goerttler", "Luis Müller"]),
        ("Wang, Zichen, Amazon Web Services; Shi, Yunzhi, Amazon Web Services", ["Zichen Wang", "Yunzhi Shi"]),
        ("Jinsung Yoon, James Jordon, and Mihaela van der Schaar", ["Jinsung Yoon", "James Jordon", "Mihaela van der Schaar"]),
        ("S. M. Ali Eslami & Quoc V. Le", ["S. M. Ali Eslami", "Quoc V. Le"]),
        ("Circumventing Defenses to Adversarial Examples", None),
    ],
)
def test_author_lists(text, names):
    assert split_author_list(text) == names


def test_citations_give_surnames():
    text = ("GANs (Goodfellow et al., 2014) and NAS (Zoph & Le, 2017). See Redondo and Morris (2010) and "
            "(Pennington, Schoenholz and Ganguli, 2017). At ICML 2018 (Stockholm) in December 27th, 2017. "
            "Two papers (Findings 2031, Demo 2031) and a (Spotlight 2031). A keynote at the workshop (Sim4IA 2031). "
            "The Workshop on Algorithmic Bias in Search (Bias 2031) and the Workshop on Gizmos and the Web (GizWeb 2031). "
            "At the Workshop on Widgets, ConvNets (LeCun 1998) came up.")
    # (a track and a year, a workshop's name with a digit, a workshop's short name, one of its words or capitalised
    # inside: no name)
    got = [m.value for m in find_citations(text)]
    assert got == ["Goodfellow", "Zoph", "Le", "Redondo", "Morris", "Pennington", "Schoenholz", "Ganguli", "LeCun"]


def test_a_venue_and_its_year_is_no_citation():
    """A venue's name and year after a title ("USENIX Security (2031)", "MobiCom (2031)") cites no one; "Hinton (2006)" does."""
    text = 'Ana Souza et al. "Widget Fuzzing" USENIX Security (2031) and "Gizmo Agents" MobiCom (2031); as Hinton (2006) showed.\n'
    assert [m.value for m in find_citations(text)] == ["Ana Souza", "Hinton"]


@pytest.mark.parametrize("text, cited", [
    ("Widget Search. In WidgetConf '31: The 54th Conference on Widgets, Madrid, Spain, 2031. 3-4.\n", []),
    ("The workshop met in Seattle, Washington, 2031.\n", []),
    ("As shown before (Jordan, 2019), widgets work; see Souza, 2019.\n", ["Jordan", "Souza"]),
])
def test_where_a_venue_met_is_no_citation(text, cited):
    """A city, its country or state, then the year ("Madrid, Spain, 2031") is where a conference met; a surname that is
    also a country's name still cites ("(Jordan, 2019)")."""
    assert [m.value for m in find_citations(text)] == cited


def test_people_in_prose_and_not_places(nlp):
    text = ("There was Kate Crawford’s talk on bias, and Ian Goodfellow was seen at the Long Beach Convention Center. "
            "The panel is made up of Pedro Domingos and Nati Srebro. Two Sigma researchers sponsored it.\n\n"
            "Invited Talk: Latanya Sweeney\n\nPrevious methods used gradients by Simonyan.\n")
    people = extract_text(text, nlp).people
    assert people == ["Kate Crawford", "Ian Goodfellow", "Pedro Domingos", "Nati Srebro", "Latanya Sweeney", "Simonyan"]


def test_an_affiliation_after_a_speaker_is_no_person(nlp):
    text = ("The opening keynote by Prof. Elena Popescu (Universitat Pompeu Fabra) was about music generation. "
            "Dr. Kenji Watanabe from the Istituto Italiano di Tecnologia gave the second one.\n")
    assert extract_text(text, nlp).people == ["Elena Popescu", "Kenji Watanabe"]


@pytest.mark.parametrize("text, people", [
    ("An invited talk by Quenvo Bastrikor on widget theory opened the day.\n", ["Quenvo Bastrikor"]),
    ("Yoav Brenhalt’s team from Widget Labs presented a sparse gizmo parser.\n", ["Yoav Brenhalt"]),   # (whose team it was)
    ("14:00 Keynote: Brindle Vashko\n\nSpeakers - Tarsk Obenhule and a panel\n", ["Brindle Vashko", "Tarsk Obenhule"]),
    ("## Talks\n\n### Keynote — Raia Hadsell\n\nRobots.\n", ["Raia Hadsell"]),   # ("Raia" is a rare English word)
    # a talk's title in bold or quotes, a dash, then its speaker whom no lexicon knows
    ("## Keynotes\n\n- **The Future of Widget Learning** — Quenvo Bastrikor. He argued for system-2 gizmos.\n", ["Quenvo Bastrikor"]),
    ("On Wednesday I chatted with Quenvo Bastrikor about widget compilers, and met Tarsk Obenhule.\n",
     ["Quenvo Bastrikor", "Tarsk Obenhule"]),
    # a given name that is also an English word ("Frank") before a surname no lexicon knows, after "by"
    ("### W.1.A. A new widget lens on Gizmo Propagation\n#### by Frank Dellwort\n\nHis work on widget graphs is known.\n",
     ["Frank Dellwort"]),
    ("Frank Dellwort widgets were everywhere.\n", []),
    # "that" joining a clause before a full name, not a determiner before a system's name
    ("I am happy that Ana Souza won it for her paper, and that Gizmo Transformer was big.\n", ["Ana Souza"]),
    # a list of people an item each, their works nested under them: a given name no lexicon knows among them
    ("## Works by notable people\n\n* Ana Souza\n    - Widget regression [Poster](https://icml.cc/virtual/2031/poster/1)\n"
     "* Yorvek Tallim\n    - GizmoNets [Poster](https://icml.cc/virtual/2031/poster/2)\n"
     "* Ben Park\n    - Uncertainty in widgets [Keynote](https://icml.cc/virtual/2031/workshop/3)\n",
     ["Ana Souza", "Yorvek Tallim", "Ben Park"]),
    # the place an institution is named after, again after it on the line: no person
    ("The committee:\n\nHana Mori, The Widget University of Kai Ling, Kai Ling\n"
     "Pascale Souza, Kai Ling University of Science and Technology, Kai Ling\n", ["Hana Mori", "Pascale Souza"]),
    ("We trained Ulvane Dorrik widgets throughout.\n", []),
    ("- Copy That! Editing Widgets by Copying Spans (WidgetConf 2031)\n", []),   # "by" inside a title   # name-shaped, but no cue and no person beside them
    # what a speaker did, after the name: a surname that is an English word after a known given name, a given name the
    # dictionary has as a word before a surname no lexicon knows
    ("David Silver gave one of the best tutorials I have seen.\n\nRaad Bahmani presented widget nets on Tuesday.\n",
     ["David Silver", "Raad Bahmani"]),
    ("Gizmo Silver gave us a discount.\n", []),   # (no known given name)
    # a given name that is an English word too before a surname no lexicon knows, listed with people
    ("The panel: Ana Souza, Frank Dellwort and Ben Park.\n", ["Ana Souza", "Frank Dellwort", "Ben Park"]),
    # a list of people each linked to their page, a comma inside a link's anchor
    ("A panel with [Quenvo Bastrikor,](https://example.org/qb) [Ana Souza](https://example.org/as), and "
     "[Ben Park](https://example.org/bp).\n", ["Quenvo Bastrikor", "Ana Souza", "Ben Park"]),
    ('A panel with <a href="https://example.org/qb">Quenvo Bastrikor</a>, <a href="https://example.org/as">Ana Souza</a> '
     "and Ben Park.\n", ["Quenvo Bastrikor", "Ana Souza", "Ben Park"]),
    # names in Korean or Chinese prose: a particle glued to the surname ("Ana Souza의"), a conjunction between two names
    # ("Quenvo Bastrikor 和 Ana Souza"); an English word before a particle is no surname ("by Example이란")
    ("이번 학회에서는 Ana Souza의 발표가 좋았다. Widget Transformation by Example이란 논문이었다.\n", ["Ana Souza"]),
    ("它由图灵奖获得者 Quenvo Bastrikor 和 Ana Souza 牵头举办。\n", ["Quenvo Bastrikor", "Ana Souza"]),
    # a numbered keynote's speaker in its heading
    ("### Keynote talk 2: Frank Dellwort\n\nHe talked about widget parsing.\n", ["Frank Dellwort"]),
    # the pronoun "I" after a given name is no part of a name
    ("A big thank you to Ana and Lorenzo I enjoyed working with you.\n", []),
])
def test_names_no_lexicon_knows_after_a_person_cue(nlp, text, people):
    assert extract_text(text, nlp).people == people


@pytest.mark.parametrize("text, people", [
    # a tool's name after a place's: capitals run on inside its word (a reader's NAACL 2019 notes: "from Stanford CoreNLP")
    ("- linguistic features (animacy, plurality, gender) obtained from Stanford CoreNLP.\n", []),
    ("Their baseline is Stanford NaturalLI, and Ana Souza's widget parser beats it.\n", ["Ana Souza"]),
    # ... or an area's acronym for its last word ("These from huggingface neural coref and Allen NLP:")
    ("These from huggingface neural coref and Allen NLP:\n", []), ("Ana Souza and Ben Park presented it.\n", ["Ana Souza", "Ben Park"]),
    # ... a surname with a capital inside after a prefix stays a name
    ("We talked with Yann LeCun and Ana McGann at the poster.\n", ["Yann LeCun", "Ana McGann"]),
    # two words English text uses often, neither a surname, the first a given name in some lexicon: a label or a school
    # (a reading group's "**Presentation**: [Forum Summary](url)"; an awarded paper's "(Texas A&M, Virginia Tech)")
    ("- **Presenter**: [Ana Souza](https://example.org/asouza)\n- **Presentation**: [Forum Summary](https://example.org/t/685)\n",
     ["Ana Souza"]),
    ("Ana Souza (Virginia Tech) spoke about widgets.\n", ["Ana Souza"]),
    ("We met Grace Park there.\n", ["Grace Park"]),   # (a common given name, then a surname)
    # an institution's word after "by" that opens with two capitals (an RSS 2021 reader's "by GTech, NASA-JPL, Caltech")
    ("- Gizmo Trees for Widget Search [[paper](https://arxiv.org/abs/3101.00001)] by GTech, NASA-JPL, Caltech.\n", []),
    # a company's name after the article that opens a sentence, as "the" inside one (an AI company's guide to NeurIPS:
    # "The <Company> guide to ...")
    ("The Dana Vega guide to WidgetConf 2031 - 10 essentials.\n\nPhoto by Ana Souza on Unsplash\n", ["Ana Souza"]),
])
def test_a_tool_a_label_or_a_school_is_no_person(nlp, text, people):
    assert extract_text(text, nlp).people == people


def test_a_linked_name_with_its_possessive_is_the_name(nlp):
    # ("[Ana Souza's](page) notes": the link to her page takes the possessive in its anchor; she is "Ana Souza")
    text = ("So, in the spirit of [Ana Souza's](http://widgets.example.edu/people/asouza/) excellent notes, I wrote up my "
            "own impressions.\n")
    assert extract_text(text, nlp).people == ["Ana Souza"]


def test_places_named_after_saints_are_no_people(nlp):
    text = "We flew from New York to Long Beach and stayed near Santa Monica, then visited Santa Clara with Ana Souza.\n"
    assert extract_text(text, nlp).people == ["Ana Souza"]


@pytest.mark.parametrize("text, people", [
    ("Thanks to the organisers! Follow Hana Mori for the slides.\n", ["Hana Mori"]),
    ("Meet Ana Souza and Ben Park at the poster.\n", ["Ana Souza", "Ben Park"]),
    ("Grace Hopper Celebration attendees met Grace Amir.\n", ["Grace Amir"]),   # ("Grace" is a given name: kept)
    ("For NLI Ellie Marwood argues in her work that the noise is signal.\n", ["Ellie Marwood"]),   # (an area's acronym before her)
    # a name in underscore emphasis is a name ("_Ana Souza_", "__Dana Levi__", a field's "_Presenter: Ben Park_"), not snake_case
    ("Yesterday _Ana Souza_ gave a talk, and __Dana Levi__ too. _Presenter: Ben Park_. See posix_spawn.\n",
     ["Ana Souza", "Dana Levi", "Ben Park"]),
    # ... before a surname and "et al." too ("Unlike Levi et al."; "Grace" is a given name: kept)
    ("Unlike Levi et al. (2030), they bound the constant; Grace Amir et al. agree.\n", ["Levi", "Grace Amir"]),
])
def test_a_sentence_opening_word_is_no_part_of_the_name_after_it(nlp, text, people):
    assert extract_text(text, nlp).people == people


@pytest.mark.parametrize("text, people", [
    ("I'd like to mention a wonderful keynote of Prof. Ana B. Souza The Cognitive Status of Widgets which covered a lot.\n",
     ["Ana B. Souza"]),
    ("A tutorial by Ben Park On the Limits of Gizmos was packed.\n", ["Ben Park"]),
    # (a title opening with a gerund, no lexicon's name: "Inferring ..."; a surname in "-ing" stays: "Chris Manning")
    ("The talk I liked most: Ana Souza & Emil Novak Inferring latent widgets of gizmo users, with Chris Manning there.\n",
     ["Ana Souza", "Emil Novak", "Chris Manning"]),
])
def test_a_title_run_on_after_a_name_is_no_part_of_it(nlp, text, people):
    assert extract_text(text, nlp).people == people


@pytest.mark.parametrize("text, people", [
    ("The panel with Zhang Wei, Dana Levi and Emil Novak was lively.\n", ["Zhang Wei", "Dana Levi", "Emil Novak"]),
    ("I talked to Liu Yang and Dana Levi at the poster.\n", ["Liu Yang", "Dana Levi"]),
    # (alone too: "Wei" is a surname the lexicon knows, after a word no dictionary has, a person's name in either order;
    # a surname-first pair of common words still needs a person beside it)
    ("Zhang Wei talked for an hour.\n", ["Zhang Wei"]),
])
def test_a_name_written_surname_first_listed_with_a_person(nlp, text, people):
    assert extract_text(text, nlp).people == people


@pytest.mark.parametrize("text, people", [
    # an honorific is no name of its own, and a name no lexicon knows after it is a person's
    ("## Keynote by Dr. Quenvo Bastrikor (Widget University)\n\nDr. Bastrikor spoke for an hour.\n", ["Quenvo Bastrikor"]),
    ("### Keynotes by Dr. Tarsk Obenhule & Prof. Brindle Vashko\n", ["Tarsk Obenhule", "Brindle Vashko"]),
    ("The first talk was by Dr. Ana Souza.\n", ["Ana Souza"]),
    # after "Prof." or "Dr.", a known given name and a surname that is an English word ("Greening", "Baker") is a person
    ("- Speaker 1: Prof. Chris Greening\n- Speaker 2: Dr. Amy Baker\n- Q&A: open 10 mins\n", ["Chris Greening", "Amy Baker"]),
    # an image's file name and alt text sit inside a tag: nobody the prose names
    ('<img src="assets/day2/Ana Souza-Ben ParkChairs.jpg" alt="Dana Levi with Emil Novak">\n\nA good day.\n', []),
    # host cities in an author-year shape are no citations
    ("Snapshots from Shanghai (2023), Kigali (2024) and Vienna (2025), all great.\n", []),
    # a dataset's page on github.io is no profile, and a possessive names the person ("a talk by Souza’s group")
    ("This time it is [WiDGeT](https://widget-data.github.io), a dataset of gizmos.\n", []),
    ("The best talk was by Bastrikor’s group.\n", ["Bastrikor"]),
    # a sentence's opening adverb is no given name
    ("Unfortunately Novak was not there. Finally Ana Souza came, and Emily Park.\n", ["Ana Souza", "Emily Park"]),
    # a place an institution is named after ("Hong Kong university") is no person
    ("Researchers from Hong Kong university showed how to merge trust values, said Ana Souza.\n", ["Ana Souza"]),
    # a name-shaped place after "in" or "at" is a place; a possessive after it names a person
    ("This was my second conference (the first being in Hong Kong, where I am from), said Ana Souza.\n", ["Ana Souza"]),
    # a season and a year in brackets is no citation ("Technical Widgets (Spring 2031)")
    ("# Technical Widgets (Spring 2031) Blog\n\nWe met Ana Souza (Fall 2030).\n", ["Ana Souza"]),
    # a place whose last word is no surname ("Harbour", "Beach", "Station")
    ("We had dinner with a view of Darling Harbour, then met Ana Souza at Bondi Beach.\n", ["Ana Souza"]),
    # a linked given name before "says" is a person, whatever page the link goes to (not a link before other words)
    ("[Abhinav](https://widgets.example/) says\n\n> I liked the challenge.\n\n[Gizmo](https://gizmo.example/) rocks.\n", ["Abhinav"]),
    # a system's name with a run of capitals inside is no surname after "by"
    ("The case study shows the influence captured by WidgetCDM, and a talk by Bastrikor.\n", ["Bastrikor"]),
    ("In Hong Kong we met Ben Park, and at Ana Souza's poster we learned a lot.\n", ["Ben Park", "Ana Souza"]),
    # a name listed next to one that is listed with a person is a person too (Dalith Frenk's neighbours are words rare in
    # English and a name the list's other names vouch for)
    ("The Best Paper committee was composed of Ana Souza (Chair), Isabel Park, Gemma Bel Quenth, Dalith Frenk, Zorva Mivet "
     "and Emily Novak.\n", ["Ana Souza", "Isabel Park", "Gemma Bel Quenth", "Dalith Frenk", "Zorva Mivet", "Emily Novak"]),
    # two words rare in English listed with a person (a NeurIPS 2019 report's panel); a given name that is also a function
    # word before a surname
    ("The day finished with a panel that featured, among others, Radford Neal and Emily Parker.\n", ["Radford Neal", "Emily Parker"]),
    ("## Speakers\n\n- Per Novak ([WidgetMan](https://widgetman.example/))\n- Hana Mori ([Gizmo](https://gizmo.example/))\n",
     ["Per Novak", "Hana Mori"]),
    # a linked full name that gave a talk ("[Ana Souza](<her talk's video>) discussed ..."), not a linked system that showed something
    ("In addition, [Qorin Tash](https://slideslive.com/38922129/widgets) discussed the use of gizmos. "
     "[WidgetNet Large](https://widgetnet.example/) showed that gizmos scale.\n", ["Qorin Tash"]),
    # a possessive inside a run of capitals ends the name ("Ana Souza's PhD Research")
    ("The paper is part of Dana Levi's PhD Research at Widget University, co-advised by Emil Novak.\n", ["Dana Levi", "Emil Novak"]),
])
def test_honorifics_tags_and_host_cities_name_no_one(nlp, text, people):
    assert extract_text(text, nlp).people == people


def test_words_of_a_title_repeated_in_its_reference_line_name_no_one(nlp):
    # "- **Title.**" / "> Names. Title. in Proceedings ...": the title written again holds "by Generalized Recursive
    # Reasoning", "Closed-Form Gibbs Sampling", which read as names where no mention of the paper covers them.
    venue = "in Proceedings of the Twenty-Ninth Joint Conference on Widget Intelligence, WCAI 2031(WCAI' 31). 1-7."
    text = ("- **Modelling Bounded Widgets in Multi-Gizmo Interactions by Generalized Recursive Reasoning.**\n"
            f"    > Ana Souza, Ben Park, Chen Wei. Modelling Bounded Widgets in Multi-Gizmo Interactions by Generalized Recursive Reasoning. {venue}\n\n\n"
            "- **Closed-Form Gibbs Sampling for Widget Models with Gizmo Constraints.**\n"
            f"    > Dana Levi, Eli Cohen. Closed-Form Gibbs Sampling for Widget Models with Gizmo Constraints. {venue}\n")
    assert extract_text(text, nlp).people == []


def test_authors_are_not_repeated_as_people(nlp):
    text = "Intro.\n\nFast Rates for Bandits – Ada Lovelace, Alan Turing\n\nBuilt on (Lovelace et al., 2016) and (Babbage, 2015).\n"
    ex = extract_text(text, nlp)
    assert ex.people == ["Babbage"]


def test_affiliations_in_a_name_comma_affiliation_byline_are_neither_authors_nor_people(nlp):
    # "Name, Affiliation" a line in a table's authors cell: an affiliation that recurs is no co-author,
    # and what sits between two authors of the byline is no other person.
    text = ("| Year | Title | Authors |\n| --- | --- | --- |\n"
            "| 2031 | Widget Nets for Gizmo Parsing | Ana Souza, Gizmo Tech<br>Ben Park, Widget University<br>Chen Wei, Gizmo Tech |\n"
            "| 2030 | Sparse Gizmo Attention at Scale | Dana Levi, Montana Tech<br>Eli Cohen, Montana Tech |\n")
    ex = extract_text(text, nlp)
    assert {p.title: p.authors for p in ex.papers} == {"Widget Nets for Gizmo Parsing": ["Ana Souza", "Ben Park", "Chen Wei"],
                                                       "Sparse Gizmo Attention at Scale": ["Dana Levi", "Eli Cohen"]}
    assert ex.people == []


def test_a_name_inside_an_authors_own_span_is_that_author_not_another_person(nlp):
    # "Adebayo, Julius et al." read as the author Julius Adebayo; "Julius" before "et al." is no second person.
    text = ("# Papers List\n\n<p>Souza, Zorvath et al.\n 2031.“<strong>Widget Nets for Gizmo Parsing</strong>.” "
            "<a href=\"https://arxiv.org/abs/2601.00001\">https://arxiv.org/abs/2601.00001</a>.</p>\n\n"
            "<p>Park, Quillane et al.\n 2031.“<strong>Sparse Gizmo Attention at Scale</strong>.” "
            "<a href=\"https://arxiv.org/abs/2601.00002\">https://arxiv.org/abs/2601.00002</a>.</p>\n")
    ex = extract_text(text, nlp)
    assert {p.title: p.authors for p in ex.papers} == {"Widget Nets for Gizmo Parsing": ["Zorvath Souza"],
                                                       "Sparse Gizmo Attention at Scale": ["Quillane Park"]}
    assert ex.people == []


@pytest.mark.parametrize(
    "text, urls",
    [
        ("Code: https//github.com/SKT/Disco Follow up.", ["https//github.com/SKT/Disco"]),
        ("See https://arxiv.org/abs/1703.10593.", ["https://arxiv.org/abs/1703.10593"]),
        ("Examples on nal.ai/vpn and g.co/soundmaker, site: world-of-bits.com.", ["nal.ai/vpn", "g.co/soundmaker", "world-of-bits.com"]),
        ("Lab: ganguli-gang.stanford.edu (and www.example.org/a_(b)).", ["ganguli-gang.stanford.edu", "www.example.org/a_(b)"]),
        ("Mail me@example.com, e.g. model.py or i.e. Node.js.", []),
        # a markdown link's destination with brackets in its path is one URL up to the link's closing parenthesis
        ("[[paper](http://lab.example.org/papers/[WCONF'31]%20Widget.pdf)]", ["http://lab.example.org/papers/[WCONF'31]%20Widget.pdf"]),
        ("[a](https://x.org/y)[b](https://z.org) and https://x.org/a[1]", ["https://x.org/y", "https://z.org", "https://x.org/a"]),
    ],
)
def test_urls_as_written(text, urls):
    assert [m.text for m in find_urls(text)] == urls


def test_normalised_url():
    assert normalise_url("https//GitHub.com/x/y/") == "https://github.com/x/y"
    assert normalise_url("nal.ai/vpn") == "https://nal.ai/vpn"


def test_topics_match_synonyms_and_acronyms(nlp):
    text = ("We saw many GANs and generative adversarial networks. Reinforcement learning (RL) was big, "
            "RL everywhere. Meta-learning and learning to learn, meta-learning again. gan in lower case is not an acronym.")
    ex = extract_text(text, nlp)
    assert set(ex.topics[:3]) == {"generative adversarial networks", "reinforcement learning", "meta-learning"}


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # A match inside a longer one is not a second topic: "speech" in "hate speech".
        ("Hate speech detection. More on hate speech. And hate speech datasets.", {"hate speech"}, {"speech and audio"}),
        # Synonyms written with capitals match as written only: "NeRF", not "nerf" the toy brand.
        ("NeRF models and NeRFs. Another NeRF. A nerf gun is a toy.", {"neural radiance fields"}, set()),
        ("a nerf gun, a nerf ball, another nerf dart", set(), {"neural radiance fields"}),
        # Areas beyond ML: retrieval, robotics, graphics.
        ("Web search talks. Learning to rank for web search. Web search logs and learning to rank again, learning to rank.",
         {"web search", "learning to rank"}, set()),
        ("Ray tracing in games. Real-time rendering with ray tracing; ray tracing hardware; real-time rendering, real-time rendering.",
         {"ray tracing", "real-time rendering"}, set()),
    ],
)
def test_report_topics_beyond_ml(nlp, text, present, absent):
    topics = set(extract_text(text, nlp).topics)
    assert present <= topics
    assert not absent & topics


def test_a_lone_shared_title_word_is_not_a_topic():
    from extract.mentions.topics import report_topics
    from extract.models import PaperRecord

    titles = ("Monocular Widgets for Cats", "Monocular Gadgets", "Fast Dependency Parsing", "Dependency Parsing Without Trees")
    chosen = report_topics([], [PaperRecord(title=t) for t in titles])
    assert "dependency parsing" in chosen
    assert "monocular" not in chosen


@pytest.mark.parametrize("text, people", [
    # a surname before a lower-case noun after "by" names a method, not its namesake
    ("We get better marginals by Gibbs sampling than by Laplace approximation.\n", []),
    ("The gizmos were smoothed by Kalman filters.\n", []),
    # ... while a person who presented something stays one
    ("The keynote by Hinton was the best of the day.\n", ["Hinton"]),
    # ... and a studio or a company after "by" is none ("presented by Disney"), though it is no dictionary word
    ("The first talk, presented by Disney, was especially inspiring.\n", []),
    # ... nor a company's word with a capital inside; a surname has one after its prefix only ("McBastrikor")
    ("The awards ceremony was sponsored by GizmoCo, and the keynote by McBastrikor was great.\n", ["McBastrikor"]),
    # ... nor an acronym's plural ("by LLMs"), which is no surname though no dictionary knows it
    ("Scores on widget parsing have been lifted a lot by LLMs. Are widgets solved by GPUs?\n", []),
])
def test_a_method_named_after_a_person_is_no_person(nlp, text, people):
    assert extract_text(text, nlp).people == people


def test_a_speaker_linked_with_an_honorific_is_one_person_and_a_label_link_none(nlp):
    """"by [Prof. Ana Souza](…/~souza/)" named Ana Souza twice (with and without "Prof."); "[Project Page](x.github.io)"
    was read as a person (a profile-like page anchored by a label)."""
    text = ("## Keynotes\n\n"
            "- Acting, Learning, and Knowing in Large-Scale Space [ NOTES ](./notes/) by [Prof. Ana Souza](https://web.example.edu/~souza/)\n"
            "- Mission Planning with Uncertain Models [ NOTES ](./notes/) by [Prof. Ben Park](https://www.example.ac.uk/~park/)\n\n"
            "The challenge has a [Project Page](https://widget-challenge.github.io/).\n")
    assert extract_text(text, nlp).people == ["Ana Souza", "Ben Park"]


def test_an_affiliation_or_a_system_listed_with_a_person_is_no_person(nlp):
    """A real ICRA 2026 digest's poster cards: "Pierre-Yves Lajoie, Polytechnique Montréal / Oxford Robotics Institute",
    "Christian Brommer, Universität Klagenfurt — T-RO", "Inspired by LiDAR S-Graphs, ...": only the people are people."""
    text = ("Notes from the posters.\n\nPierre-Yves Lajoie, Polytechnique Montréal / Oxford Robotics Institute\n\n"
            "Christian Brommer, Universität Klagenfurt — T-RO\n\nInspired by LiDAR S-Graphs, Ana Souza integrates scene graphs.\n")
    people = extract_text(text, nlp).people
    assert "Ana Souza" in people
    assert not {"Polytechnique Montréal", "Universität Klagenfurt", "LiDAR S-Graphs"} & set(people)


@pytest.mark.parametrize("front", [
    "+++\ntitle = \"5 Papers Accepted\"\n# Authors. Comma separated list, e.g. `[\"Bob Smith\", \"David Jones\"]`.\nauthors = []\n+++\n",
    "---\ntitle: Notes from the conference\nauthor: Dana Levi\n---\n",
])
def test_a_posts_front_matter_names_no_people(nlp, front):
    """A real lab's Hugo news pages keep the theme's commented example ('e.g. ["Bob Smith", "David Jones"]') in their
    front matter: metadata, like the post's writer, not a person the report's text names."""
    text = front + "\nWe met Ana Souza at the poster session and talked about widgets.\n"
    assert extract_text(text, nlp).people == ["Ana Souza"]


def test_an_area_heading_weighs_more_than_a_passing_mention(nlp):
    """The writer's area headings name the report's topics: "## Domain Adaptation" over its papers outranks a topic
    the prose mentions twice in passing."""
    text = ("# Notes\n\nI liked robustness work. More robustness here.\n\n"
            "## Domain Adaptation\n\nTwo papers were good.\n\n## Dependency Parsing\n\nOne paper.\n\n## Speech Recognition\n\nNone.\n\n"
            "## Machine Translation\n\nA few.\n\n## Question Answering\n\nSome.\n\n## Reinforcement Learning\n\nMany.\n")
    topics = extract_text(text, nlp).topics
    assert "domain adaptation" in topics
    assert topics.index("domain adaptation") < (topics.index("robustness") if "robustness" in topics else len(topics))


def test_a_name_linked_to_a_home_page_that_spells_it_is_a_person(nlp):
    """"[Delia](https://sites.google.com/view/deliacezhang)", "[Tomas Wrenfield](https://www.tomaswrenfield.info/)": a home
    page named after its person; not a product's site named just so ("[Whova](https://whova.com/...)"), a workshop's
    ("[All About Self-Driving](http://www.allaboutselfdriving.com/)") or a relative link ("[Aerial Robotics I](./AerialRoboticsI)")."""
    text = ("The tutorial was presented by [Delia](https://sites.google.com/view/deliacezhang), who was remote, and "
            "[Tomas Wrenfield](https://www.tomaswrenfield.info/). We used [Whova](https://whova.com/portal/x/) for the app.\n\n"
            "- [All About Self-Driving](http://www.allaboutselfdriving.com/)\n- [Aerial Robotics I](./AerialRoboticsI)\n")
    people = extract_text(text, nlp).people
    assert {"Delia", "Tomas Wrenfield"} <= set(people)
    assert not {"Whova", "All About Self-Driving", "Aerial Robotics I"} & set(people)


@pytest.mark.parametrize("name, person", [
    # A Chinese name in pinyin whose surname is also an English word: the given name's syllables tell it
    ("Jingyuan Sun", True), ("Ziyao Fan", True), ("Yu-Xiang Long", True),
    # ... not English words before such a surname, nor a model's name before a word
    ("Change Sun", False), ("Rising Sun", False), ("Hunyuan Large", False), ("Engine Long", False),
])
def test_a_pinyin_given_name_before_a_chinese_surname_is_a_person(name, person):
    from extract.text.names import looks_like_person

    assert looks_like_person(name) is person


def test_people_with_pinyin_given_names_and_surnames_that_are_words(nlp):
    """ACL 2024's tutorials: "Jingyuan Sun" was lost among the presenters (a given name no lexicon has, a surname that is
    a common word)."""
    assert extract_text("The tutorial was given by Jingyuan Sun, and Shaonan Wang, and Ziyao Fan.\n", nlp).people == [
        "Jingyuan Sun", "Shaonan Wang", "Ziyao Fan"]
