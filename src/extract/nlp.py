"""The spaCy pipeline, built once per process: blank English + tripmine components.

`tripmine_topics` is a PhraseMatcher over the shipped topic taxonomy; it stores plain
(start, end, label) tuples in `doc.spans["topics"]` (span groups pickle, so `nlp.pipe(n_process>1)`
keeps working). A statistical pipeline (`--spacy-model en_core_web_sm`) may be swapped in: its NER
then adds PERSON candidates, never required.
"""
from __future__ import annotations

import logging
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex

from extract.text.lexicon import topics

log = logging.getLogger(__name__)


@Language.factory("tripmine_topics")
def make_topic_matcher(nlp: Language, name: str) -> TopicMatcher:
    return TopicMatcher(nlp)


class TopicMatcher:
    """Marks taxonomy topics: lower-case synonyms case-insensitively; acronyms ("GAN", "RL") and synonyms written
    with capitals ("NeRF") by exact case."""

    def __init__(self, nlp: Language) -> None:
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        for topic in topics():
            words, acronyms = [], []
            for syn in topic.synonyms:
                if syn != syn.lower():  # written with its case ("NeRF"): matched as written, and its plural
                    acronyms += [syn, syn if syn.endswith("s") else syn + "s"]
                elif len(syn) <= 4 and " " not in syn and "-" not in syn:
                    acronyms += [syn.upper(), syn.upper()[:-1] + "s" if syn.endswith("s") else syn.upper() + "s"]
                else:
                    words.append(syn)
            self.lower.add(topic.label, [nlp.make_doc(w) for w in words])
            if acronyms:
                self.exact.add(topic.label, [nlp.make_doc(a) for a in acronyms])

    def __call__(self, doc: Doc) -> Doc:
        matches = self.lower(doc) + self.exact(doc)
        doc.spans["topics"] = [Span(doc, s, e, label=mid) for mid, s, e in sorted(matches, key=lambda m: m[1])]
        return doc


def _keep_hyphenated_words(nlp: Language) -> None:
    """A hyphen between letters splits no word ("Large-scale", "Self-Attentive" stay one token): a Title Case title's
    hyphenated word is one title word to the prose patterns, not "Large", "-" and a lower-case "scale" that ends the
    title there. Dashes ("–", "—", "--") still split."""
    infixes = [p.replace("(?:-|–|—|--|---|——|~)", "(?:–|—|--|---|——|~)") if isinstance(p, str) else p
               for p in nlp.Defaults.infixes or ()]
    if isinstance(nlp.tokenizer, Tokenizer):
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@lru_cache(maxsize=4)
def build_pipeline(model: str | None = None) -> Language:
    """Blank English (or the named installed pipeline) plus the topic matcher.

    No sentencizer: the rules split sentences themselves (`papers.sentences`), and it cost ~12% of
    extraction time.
    """
    if model:
        try:
            nlp = spacy.load(model, exclude=["lemmatizer"])
        except OSError as exc:
            raise ValueError(f"spaCy model {model!r} is not installed (try: python -m spacy download {model})") from exc
        log.info("using spaCy model %s; its NER adds PERSON candidates", model)
    else:
        nlp = spacy.blank("en")
    _keep_hyphenated_words(nlp)
    nlp.add_pipe("tripmine_topics", last=True)
    # Reports can be long; the tokenizer handles them, and we never run the parser on them by default.
    nlp.max_length = max(nlp.max_length, 20_000_000)
    return nlp
