"""The text helpers of `extract.text` (normalise, lexicon, names, layout), as tables."""
import pytest

from extract.text.layout import capitalised_ratio
from extract.text.lexicon import is_area_phrase, is_english_word
from extract.text.names import ORGANISATION_WORD_RE, clean_name, is_name, looks_like_person, name_key, same_person, split_author_list
from extract.text.normalise import norm_text, numbers_in


@pytest.mark.parametrize("raw, norm", [
    ("Deep Voice 2: Multi-Speaker  Text-to-Speech!", "deep voice 2 multi speaker text to speech"),
    ("  Attention Is All You Need ", "attention is all you need"),
    ("", ""),
])
def test_norm_text(raw, norm):
    assert norm_text(raw) == norm


def test_numbers_in_tell_versions_apart():
    assert numbers_in(norm_text("Deep Voice 2")) == {"2"} and numbers_in(norm_text("Deep Voice")) == set()


@pytest.mark.parametrize("phrase, area", [
    ("Reinforcement Learning", True),
    ("Deep Generative Models", True),
    ("Computer Vision", True),
    ("Sparse Kernel Machines for Graph Data", False),
])
def test_is_area_phrase(phrase, area):
    assert is_area_phrase(phrase) is area


@pytest.mark.parametrize("name, ok", [
    ("Ada K. Lee", True),
    ("Kurt van der Berg", True),
    ("GAN", False),
    ("Deep Learning", False),
    ("ada lovelace", False),
    ("A. B.", False),
    # A surname in capitals after a given name that is not (as authors type them on OpenReview).
    ("Jiajun CHEN", True),
    ("Xiaozhe REN", True),
    ("Using BERT", False),
    ("Fine-Tuning BERT", False),
    ("Deep GAN", False),
    ("ZHUO JIANG", False),
    # A jargon word that is also a surname, after a known given name; not an adjective, not after a word.
    ("Igor Markov", True),
    # ... and one first, before a surname the lexicon knows that is no English word
    ("Fisher Zhou", True),
    ("Fisher Information", False),
    ("Markov Chain", False),
    ("Matt Post", True),
    ("Hidden Markov", False),
    ("Max Gaussian", False),
    # A generation after a full name ("Hal Daumé III", "Robert L. Logan IV"), not after a lone word.
    ("Ana Souza III", True),
    ("Ben R. Park IV", True),
    ("Ana Souza Jr.", True),
    ("Phase III", False),
    # Hyphenated initials of a hyphenated given name ("Jean-Pierre" as "J.-P.").
    ("M.-W. Souza", True),
    ("J.-P. Park", True),
    ("M.- Souza", False),
    # A place at the venue: a place word and a letter; the same word is a surname after a given name.
    ("Hall A", False),
    ("Room B", False),
    ("Booth 12", False),
    ("Keith Hall", True),
    ("Ana Booth", True),
    # An elided particle glued to the surname ("d'Orsay"); a lower-case word after the apostrophe is French, no name.
    ("Eugene d'Orsay", True),
    ("Ana dell'Orto", True),
    ("Ana d'accord", False),
    ("d'Orsay", False),
    # Vancouver style: a surname (after any particles) and the initials glued after it; not a word and letters
    ("Herman PA", True),
    ("Park BK", True),
    ("von Ehrenheim V", True),
    ("van der Berg AK", True),
    ("Model XL", False),
    ("Table AB", False),
    ("von Neumann", False),
    # Particles inside a name do not count against its length; words do.
    ("Robert R. de Ruyter van Steveninck", True),
    ("Ana Maria de la Souza Park", True),
    ("Ana Bea Cleo Dora Eva Fay", False),
    ("Ana Bea Cleo Dora Eva de la Fay Park", False),
    # Latin letters glued to Japanese ones (an FAQ's answer: "A. Zoomで配信いたしますが"): no name's token.
    ("A. Zoomで配信いたしますが", False),
])
def test_is_name(name, ok):
    assert is_name(name) is ok


@pytest.mark.parametrize("text, names", [
    ("Ada Lovelace, Alan Turing and Grace Hopper", ["Ada Lovelace", "Alan Turing", "Grace Hopper"]),
    ("Lovelace, Ada; Turing, Alan", ["Ada Lovelace", "Alan Turing"]),
    ("Deep Learning, Neural Nets", None),
    # Full-width separators of a Chinese or Japanese page between Latin names.
    ("Hana Mori； Ido Katz；Rui Lima", ["Hana Mori", "Ido Katz", "Rui Lima"]),
    ("Hana Mori，Ido Katz、Rui Lima", ["Hana Mori", "Ido Katz", "Rui Lima"]),
])
def test_split_author_list(text, names):
    assert split_author_list(text) == names


@pytest.mark.parametrize("title, names", [
    ("作者：Hana Mori； Ido Katz；Rui Lima", True), ("Authors: Ana Souza, Ben Park", True), ("Widget Nets for Gizmo Parsing", False),
])
def test_a_byline_with_its_cue_reads_as_names(title, names):
    """A byline the segmenter read as the title of its own line, its cue in Chinese or English before it."""
    from extract.mentions.records import reads_as_names

    assert reads_as_names(title) is names


@pytest.mark.parametrize("a, b, same", [
    ("A. Lovelace", "Ada Lovelace", True),
    ("Ada Lovelace", "Grace Lovelace", False),
    # Two given names written out: the same initial is not enough (two authors of one paper).
    ("Jinwoo Park", "Jihoon Park", False),
    ("Jon Snow", "Jonathan Snow", True),
    ("Lovelace", "Ada Lovelace", True),
    # The same names written out, one with an initial before them.
    ("W. Bruce Croft", "Bruce Croft", True),
    ("Ana B. Souza", "Ana Souza", True),
    ("W. Croft", "Bruce Croft", False),
])
def test_same_person(a, b, same):
    assert same_person(a, b) is same


def test_name_key_and_clean_name():
    assert name_key("Ada  Lovelace") == "ada lovelace"
    assert clean_name("  **Ada Lovelace**, ") == "Ada Lovelace"


@pytest.mark.parametrize("text, ratio", [("Sparse Kernel Machines for Graph Data", 1.0), ("we went to a talk", 0.0)])
def test_capitalised_ratio(text, ratio):
    assert capitalised_ratio(text) == ratio


@pytest.mark.parametrize("line, tokens", [
    ("code: https://github.com/a/b.", ["code", ":", "https://github.com/a/b", "."]),
    ("(arxiv.org/abs/3101.00001), see github.com/a/b", ["(", "arxiv.org/abs/3101.00001", ")", ",", "see", "github.com/a/b"]),
    ("Node.js and e.g. U.S. lab.ai", ["Node", ".", "js", "and", "e.g.", "U.S.", "lab", ".", "ai"]),   # a host without a path stays words
    ("1/ 📄 Widget Nets", ["1", "/", "Widget", "Nets"]),   # a pictograph is no token
])
def test_a_record_units_tokens(line, tokens):
    from extract.text.units import TOKEN_RE

    assert TOKEN_RE.findall(line) == tokens


@pytest.mark.parametrize("line, names", [
    ("Ana Souza, Ben Park, Chen Wei, etc. Widget Nets for Gizmo Parsing. in WidgetConf '31", "Ana Souza, Ben Park, Chen Wei, etc."),
    ("Dana Levi, Joyce Mi Rae Whang. Sparse Gizmo Attention. in WidgetConf '31", "Dana Levi, Joyce Mi Rae Whang."),
    ("Ana K. Souza and Kurt van der Berg. Widget Nets. In Proc. of WidgetConf", "Ana K. Souza and Kurt van der Berg."),
    ("Paper by Ana Souza and Ben Park. They modify the widget network to use gizmos.", ""),   # a sentence, not a byline
    ("See also: papers on widgets, e.g., Souza et al., Widget Nets, 2031.", ""),
])
def test_the_names_that_open_a_long_reference_line(line, names):
    from extract.text.units import TOKEN_RE, _names_before_a_stop

    toks = [(m.start(), m.end()) for m in TOKEN_RE.finditer(line)]
    n = _names_before_a_stop(line, toks)
    assert (line[: toks[n - 1][1]] if n else "") == names


@pytest.mark.parametrize("text, event", [
    ("Notes from RecSys 2031 in Widgetville. RecSys 2031 had 40 papers.", "RecSys 2031"),
    ("My WSDM 2031 highlights", "WSDM 2031"),
    # A journal's papers presented at a conference do not make it the event.
    ("ACL was fun; TACL papers (TACL) and (TACL) and (TACL) were presented at ACL.", "ACL"),
])
def test_the_event_a_report_is_about(text, event):
    from extract.mentions.conference import detect_conference

    assert detect_conference(text) == event


@pytest.mark.parametrize("entry, title, authors", [
    ('@inproceedings{souza31,\n  author={Ana Souza and Park, Ben and Chen {Wei}},\n  title={{Widget Nets for Gizmo Parsing}},\n  year=2031\n}',
     "Widget Nets for Gizmo Parsing", ["Ana Souza", "Ben Park", "Chen Wei"]),
    ('@article{levi31, title = "Sparse Gizmo Attention", author = "Levi, Dana and Cohen, Eli"}',
     "Sparse Gizmo Attention", ["Dana Levi", "Eli Cohen"]),
    # No author field, or an entry cut short: nothing to give.
    ("@misc{x, title={Widget Nets}}", None, None),
    ("@inproceedings{y, author={Ana Souza and Ben Park}, title={Widget Ne", None, None),
])
def test_bibtex_entries_give_title_and_authors_at_their_offsets(entry, title, authors):
    from extract.mentions.bibtex import bibtex_entries

    text = "Notes.\n\n```bibtex\n" + entry + "\n```\n"
    found = bibtex_entries(text)
    if title is None:
        assert found == []
        return
    assert [(e.title, [n for n, _, _ in e.authors]) for e in found] == [(title, authors)]
    for name, s, e in found[0].authors:
        assert name.split()[-1].strip("{}") in text[s:e]


@pytest.mark.parametrize("name, ok", [
    # A given name as frequent in text as a common word, which the dictionary has only as a name.
    ("James Hensman", True),
    ("David Duvenaud", True),
    ("Michael Jordan", True),
    # ... but not a common word that is also a given name, nor a place.
    ("Will Smithee", False),
    ("Mark Down", False),
    ("Long Beach", False),
    ("Google Brain", False),
    ("Deep Learning", False),
    ("Monte Carlo", False),   # the method, named after the casino
    ("Lincoln Memorial", False),   # a place a reception was held at
    # Surnames ending in "-ing", which English nouns end in too: a surname lexicon's, or no English word's ("Manning",
    # "Kaelbling"; "Chris Manning gave the keynote" once named no one), not a verb's "-ing" form, a prefix before it too.
    ("Tomas Manning", True),
    ("Jing Ding", True),
    ("Lorna Kaelbling", True),
    ("Carlo Denoising", False),
    ("Ana Learning", False),
    ("Max Pooling", False),
    # A hyphenated given name of two the lexicon knows.
    ("Ole-Martin Baker", True),
    ("Hans-Peter Kowalczykowski", True),
    ("Self-Paced Learning", False),
    # a surname the lexicon knows that a dictionary has too as a rare word, after a given name no dictionary has
    ("Qiaolin Wang", True), ("Xuemei Lin", True), ("Real-Time Ray", False),
])
def test_looks_like_person(name, ok):
    assert looks_like_person(name) is ok


@pytest.mark.parametrize("word, org", [
    ("University", True), ("College", True), ("Colleges", True), ("Collegio", True), ("Institute", True),
    ("Collegial", False),   # an adjective a title opens with ("Collegial Ensembles"), no organisation
])
def test_organisation_words(word, org):
    assert (ORGANISATION_WORD_RE.match(word) is not None) is org


@pytest.mark.parametrize("raw, name", [
    ("A.Souza", "A. Souza"),
    ("E.Dario Gutierrez", "E. Dario Gutierrez"),
    ("Jason P.C. Chiu", "Jason P.C. Chiu"),   # (initials that are not glued to a surname stay as written)
    ("U.S. Army", "U.S. Army"),
])
def test_initials_glued_to_the_surname_get_their_space(raw, name):
    assert clean_name(raw) == name


@pytest.mark.parametrize("text, tokens", [
    ("Large-scale Widget Systems", ["Large-scale", "Widget", "Systems"]),   # a hyphen inside a word splits nothing
    ("the runner-up was", ["the", "runner-up", "was"]),
    ("Widget Nets—Ana Souza", ["Widget", "Nets", "—", "Ana", "Souza"]),     # a dash still does
    ("pages 3-4", ["pages", "3", "-", "4"]),                                 # ... and a range's hyphen
])
def test_the_tokenizer_keeps_hyphenated_words_whole(nlp, text, tokens):
    assert [t.text for t in nlp.make_doc(text)] == tokens


@pytest.mark.parametrize("word, english", [
    ("wishes", True), ("heroes", True), ("glasses", True), ("names", True), ("watches", True),
    # "-es" after another letter inflects no word: a surname ("thorn" is a word, "Thornes" is none)
    ("Thornes", False), ("Bloomes", False),
])
def test_es_makes_a_plural_only_after_a_sibilant_or_o(word, english):
    assert is_english_word(word) is english
