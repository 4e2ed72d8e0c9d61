"""Synthetic trip-report documents with every token labelled, for training the record segmenter.

Each document is markdown or plain text in one of many layouts that reports use for papers (title
and author lines, list items with nested author bullets, tables, headings per paper, "[Paper](url)
- Title", author-first references, bare title lists under session headings, ...), mixed with what
is not a paper (prose, area and programme headings, keynote and tutorial titles, news links, link
lists, people). Titles and author names come from pools: a catalog file when one is given
(`--catalog`, never shipped), else built-in word lists, plus Faker names from many locales.

A document is built piece by piece with a label per character (T title, A author, S separator in
an author list, V venue/year/award, O anything else); the same structure parser and unit builder
as extraction then turn it into units, so training sees exactly what extraction will see.
"""
from __future__ import annotations

import csv
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

# --- pools ----------------------------------------------------------------------------------------

_W1 = ["Adaptive", "Robust", "Scalable", "Efficient", "Bayesian", "Stochastic", "Hierarchical", "Sparse", "Neural", "Deep",
       "Contrastive", "Causal", "Federated", "Implicit", "Equivariant", "Differentiable", "Probabilistic", "Latent", "Learning",
       "Towards", "Rethinking", "Understanding", "Improving", "Revisiting", "Unsupervised", "Self-Supervised", "Multi-Task"]
_W2 = ["Inference", "Optimization", "Clustering", "Regression", "Embeddings", "Planning", "Retrieval", "Segmentation",
       "Ranking", "Attention", "Transformers", "Priors", "Policies", "Representations", "Kernels", "Flows", "Parsing",
       "Translation", "Detection", "Tracking", "Generation", "Reasoning", "Exploration", "Calibration"]
_W3 = ["for", "with", "via", "under", "beyond", "in", "of", "from", "using"]
_W4 = ["Graphs", "Streams", "Images", "Proteins", "Bandits", "Games", "Sensors", "Molecules", "Documents", "Videos", "Robots",
       "Language Models", "Point Clouds", "Time Series", "Dialogue", "Knowledge Bases", "Recommender Systems", "Speech"]
_FIRST = ["Ana", "Bo", "Chidi", "Dana", "Emil", "Fatima", "Goran", "Hana", "Ivan", "Jia", "Kofi", "Lena", "Mateo", "Nadia",
          "Wei", "Yuki", "Priya", "Sven", "Olga", "Tariq", "Mei", "Arjun", "Ingrid", "Jae-won", "Luis", "Zanele"]
_LAST = ["Silva", "Chen", "Okafor", "Levi", "Novak", "Zahra", "Petrov", "Sato", "Ibrahim", "Kowalski", "Mensah", "Duarte",
         "Nguyen", "Müller", "van der Berg", "O'Neil", "Sørensen", "Kim", "Gupta", "Rossi", "Haddad", "Tanaka"]
_VENUES = ["NeurIPS", "ICML", "ICLR", "CVPR", "ICCV", "ECCV", "ACL", "EMNLP", "NAACL", "AAAI", "IJCAI", "KDD", "SIGIR",
           "WWW", "RecSys", "WSDM", "ICRA", "IROS", "CoRL", "RSS", "SIGGRAPH", "TACL", "JMLR", "TPAMI", "COLING", "AISTATS", "UAI"]
_AWARDS = ["Best Paper", "Best Paper Award", "Outstanding Paper", "Best Student Paper", "Oral", "Spotlight", "Honorable Mention",
           "Test of Time Award", "Poster", "Invited Post", "invited", "oral", "short paper", "demo", "Workshop", "TACL", "Findings"]
_AFFILS = ["MIT", "Stanford", "Google", "DeepMind", "Meta AI", "CMU", "Oxford", "ETH Zurich", "Tsinghua", "Microsoft Research",
           "UC Berkeley", "Mila", "NVIDIA", "KAIST", "University of Tokyo", "Amazon", "Apple", "Allen AI", "Inria", "EPFL"]
_HOSTS = {"paper": ["https://arxiv.org/abs/{a}.{b}", "https://openreview.net/forum?id={c}", "https://aclanthology.org/2023.acl-long.{a}.pdf",
                    "https://proceedings.neurips.cc/paper/2020/hash/{c}-Abstract.html", "https://dl.acm.org/doi/10.1145/{a}.{b}",
                    "https://openaccess.thecvf.com/content/CVPR2022/papers/{c}_CVPR_2022_paper.pdf", "http://aclweb.org/anthology/D18-{a}",
                    "https://proceedings.mlr.press/v202/{c}23a.html", "https://doi.org/10.1109/{c}.{a}"],
          "code": ["https://github.com/{c}/{d}", "https://github.com/{c}/{d}/", "https://huggingface.co/datasets/{c}/{d}",
                   "https://gitlab.com/{c}/{d}", "https://huggingface.co/{c}/{d}"],
          "site": ["https://{c}.github.io/{d}/", "https://sites.google.com/view/{d}", "http://www.{c}.edu/~{d}/project.html",
                   "https://{d}.{c}.org", "https://{c}.org/ojs/index.php/{d}/article/view/{a}/{b}", "http://{c}.net/{d}/",
                   "https://www.{c}.com/{d}/{a}", "https://{c}.edu/papers/{d}.html"],
          "media": ["https://www.youtube.com/watch?v={c}", "https://twitter.com/{c}/status/{a}", "https://www.reuters.com/technology/{d}",
                    "https://medium.com/@{c}/{d}", "https://www.linkedin.com/in/{c}/"],
          "event": ["https://neurips.cc/virtual/2024/tutorial/{a}", "https://icml.cc/Conferences/2023/Schedule", "https://{d}-workshop.github.io"]}
_CODE_LABELS = ["Code", "code", "Github", "GitHub", "github", "repo", "Project", "project page", "Website", "website", "Demo", "dataset"]
_PAPER_LABELS = ["Paper", "paper", "pdf", "PDF", "arXiv", "arxiv", "link", "Link", "OpenReview"]
_OTHER_LABELS = ["video", "slides", "talk", "poster", "blog", "tweet", "article", "report", "website", "page"]

_PROSE_SUBJECTS = ["The authors", "This paper", "This work", "They", "We", "The talk", "The speaker", "The poster", "I", "Their method",
                   "The approach", "The key idea", "This", "The results", "It", "He", "She", "Everyone", "Most people", "The model",
                   "Their experiments", "The main contribution", "A lot of work", "The audience", "My favourite part", "There",
                   "Someone", "The first speaker", "One thing", "The panel", "Our team", "These methods", "The benchmark"]
_PROSE_VERBS = ["propose", "show", "argue", "introduce", "present", "study", "found", "demonstrate", "liked", "discussed", "use",
                "improves", "reduces", "explains", "is", "was", "gives", "suggests", "were", "has", "had", "seems", "made",
                "looked at", "talked about", "compared", "reported", "asked about", "focused on", "combines", "learns",
                "can handle", "does not need", "tries to solve", "relies on", "builds on", "extends", "got", "requires"]
_PROSE_TAIL = ["a new way to {x}.", "that {x} works better than expected.", "why {x} matters for practitioners.",
               "how {x} can be scaled to large datasets.", "results on {x} that beat the baselines.", "a benchmark for {x}.",
               "that the gains disappear with proper tuning.", "an interesting perspective on {x}.", "a really cool demo.",
               "state-of-the-art results on several benchmarks.", "the limits of {x} in practice.", "{x}.", "{x} in a clever way.",
               "more about {x} than I expected.", "{x} with very little data.", "the problem of {x} from scratch.",
               "{x}, which was nice.", "that {x} is not enough.", "{x} instead of the usual approach.", "a lot of attention this year.",
               "{x} on top of existing methods.", "the same issue with {x}.", "a strong baseline for {x}."]
_LABEL_HEADINGS = ["Day {n}", "Day {n} - Tutorials", "Day {n}: Main Conference", "Day {n} : {d}th Aug", "Session {n}",
                   "Session {n} - {area}", "Oral Session {n}: {area}", "Posters", "Workshops", "Tutorials", "Keynotes",
                   "Overall Trends", "Closing thoughts", "Conclusion", "Introduction", "Summary", "Highlights", "Links",
                   "Referenced Sources", "Other Sources", "Chapters", "Gallery", "Papers I liked", "Interesting papers",
                   "Some talks I missed out on", "On my reading list", "Takeaways", "TL;DR", "Final Thoughts", "Acknowledgements"]
_TALK_PREFIXES = ["Keynote: ", "Keynote Talk {n}: ", "Invited Talk: ", "Invited talk by {name}: ", "Tutorial: ", "Tutorial on ",
                  "Panel: ", "Workshop on ", "Keynote {roman} - ", "Opening remarks: ", "Invited Talk - "]
_NEWS = ["Sparks Controversy Over {x}", "{org} Seeks Damages in {x} Case", "Why {x} Is Everywhere Now", "The Two Tales of {x}",
         "{org} Announces {x}", "Inside the Race for {x}"]
_ORGS = ["Reuters", "The Verge", "Wired", "TechCrunch", "Harvard Business Review", "Nature News", "MIT Tech Review"]


def _load_catalog(path: Path | None, rng: random.Random, limit: int = 60_000) -> tuple[list[str], list[list[str]]]:
    titles: list[str] = []
    authors: list[list[str]] = []
    if path is None or not Path(path).is_file():
        return titles, authors
    with open(path, newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r.get("title")]
    rng.shuffle(rows)
    for r in rows[:limit]:
        titles.append(" ".join(r["title"].split()))
        names = [a.strip() for a in (r.get("authors") or "").split(";") if a.strip()]
        if names:
            authors.append(names)
    return titles, authors


AREAS = Path(__file__).with_name("areas.txt")


def _areas() -> list[str]:
    """The research areas the generator writes as headings and labels: a list of its own, not the
    topic taxonomy, so that the training data (and the model) do not change when the taxonomy
    grows. (Drawn from the taxonomy, its growth from 89 to 216 areas changed every generated
    document after the first area, and `make train` no longer gave the shipped model.)"""
    return [line.strip() for line in AREAS.read_text(encoding="utf-8").splitlines() if line.strip()]


class Pools:
    """Titles, author lists, names and areas to draw from."""

    def __init__(self, rng: random.Random, catalog: Path | None = None) -> None:
        self.rng = rng
        self.titles, self.author_lists = _load_catalog(catalog, rng)
        self.by_titles = [t for t in self.titles if re.search(r" by [A-Z]", t)]
        # Short titles are rare in a catalog but common in reports; main titles ("Deep Voice: ...") add more.
        mains = [t.split(":", 1)[0].strip() for t in self.titles if ":" in t]
        self.short_titles = [t for t in self.titles + mains if 2 <= len(t.split()) <= 3 and not t.isupper()]
        self.areas = _areas()
        self.faker_names = self._faker_names()

    def _faker_names(self) -> list[tuple[str, str]]:
        try:
            from faker import Faker
        except ImportError:
            return []
        out: list[tuple[str, str]] = []
        for loc in ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "nl_NL", "pl_PL", "sv_SE", "fi_FI", "cs_CZ",
                    "tr_TR", "en_IN", "zh_CN", "ja_JP", "ko_KR", "vi_VN", "id_ID", "ro_RO", "hu_HU", "da_DK", "no_NO", "el_GR"]:
            try:
                fk = Faker(loc)
            except Exception:
                continue
            fk.seed_instance(self.rng.randrange(1 << 30))
            for _ in range(300):
                first = getattr(fk, "first_romanized_name", fk.first_name)()
                last = getattr(fk, "last_romanized_name", fk.last_name)()
                if re.fullmatch(r"[\w'’ .-]+", first + last) and not re.search(r"[\u0370-\u03ff\u0400-\u04ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", first + last):
                    out.append((first, last))
        return out

    def title(self) -> str:
        r = self.rng
        if self.titles and r.random() < 0.85:
            t = r.choice(self.titles)
            if self.by_titles and r.random() < 0.04:   # "Online Attention by Enforcing ...": "by" inside a title
                t = r.choice(self.by_titles)
            elif self.short_titles and r.random() < 0.06:   # "Wasserstein GAN", "Deep Sets": two or three words
                t = r.choice(self.short_titles)
            if ":" in t and r.random() < 0.05:           # "Deep Voice 2: ...": a version before the colon
                head, tail = t.split(":", 1)
                t = f"{head} {r.choice(['2', '3', 'v2', 'II', '4', '2.0'])}:{tail}"
        else:
            t = f"{r.choice(_W1)} {r.choice(_W2)} {r.choice(_W3)} {r.choice(_W4)}"
            if r.random() < 0.3:
                t = f"{r.choice(['ZetaNet', 'GraphFormer', 'MetaFlow', 'DiffuSeq', 'LoRA-X', 'PointCNN++'])}: {t}"
        u = r.random()
        if u < 0.22:   # sentence case, as many authors write titles
            words = t.split()
            t = " ".join([words[0]] + [w if w.isupper() or any(c.isupper() for c in w[1:]) else w.lower() for w in words[1:]])
        elif u < 0.225:
            t = t.lower()
        return t

    def short_name(self) -> str:
        t = self.title()
        head = re.split(r"[:?]", t)[0].strip()
        if len(head.split()) <= 2 and head[:1].isupper():
            return head
        return self.rng.choice(["Paloma", "dattri", "DeTikZify", "ApeBench", "WorkArena++", "RedPajama", "CoDA", "FoodieQA", "GraphMAE"])

    def name(self) -> str:
        r = self.rng
        if self.author_lists and r.random() < 0.7:
            return r.choice(r.choice(self.author_lists))
        if self.faker_names and r.random() < 0.8:
            first, last = r.choice(self.faker_names)
        else:
            first, last = r.choice(_FIRST), r.choice(_LAST)
        if r.random() < 0.15:
            first = f"{first} {r.choice('ABCDEFGHJKLMNPRSTW')}."
        return f"{first} {last}"

    def names(self, lo: int = 1, hi: int = 7) -> list[str]:
        r = self.rng
        if self.author_lists and r.random() < 0.6:
            names = list(r.choice(self.author_lists))
            return names[: r.randint(lo, max(lo, min(hi, len(names))))] if len(names) > hi else names
        return [self.name() for _ in range(r.randint(lo, hi))]

    def url(self, kind: str) -> str:
        r = self.rng
        tpl = r.choice(_HOSTS[kind])
        word = lambda: "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(r.randint(3, 9)))
        return tpl.format(a=r.randint(1000, 2499), b=r.randint(1000, 99999), c=word(), d=word() + r.choice(["", "-net", "_code", "2"]))

    def area(self) -> str:
        a = self.rng.choice(self.areas)
        return a.title() if self.rng.random() < 0.8 else a.capitalize()

    def sentence(self) -> str:
        """A prose sentence, a note fragment or a question: what surrounds records in a report."""
        r = self.rng
        u = r.random()
        if u < 0.15:
            return self._lorem()
        if u < 0.40:
            return self.fragment()
        if u < 0.48:
            return r.choice(["How can we", "Why does", "What makes", "Is", "Does", "Can we", "Why not"]) + " " + \
                self._np() + " " + r.choice(["work", "matter", "hold", "scale", "generalise", "fail", "help"]) + "?"
        x = self._np()
        words = [r.choice(_PROSE_SUBJECTS)]
        if r.random() < 0.3:
            words.append(r.choice(_ADVERBS))
        words.append(r.choice(_PROSE_VERBS))
        words.append(r.choice(_PROSE_TAIL).format(x=x))
        if r.random() < 0.3:
            words[-1] = words[-1].rstrip(".") + r.choice([", which ", ", but ", " because ", " and ", ", so "]) + \
                r.choice(_PROSE_SUBJECTS).lower() + " " + r.choice(_PROSE_VERBS) + " " + self._np() + "."
        if r.random() < 0.15:
            words.insert(0, r.choice(["Overall,", "In practice,", "Interestingly,", "However,", "Basically,", "Also,", "Then"]))
            words[1] = words[1][0].lower() + words[1][1:] if words[1] not in ("I",) else words[1]
        return " ".join(words)

    def _np(self) -> str:
        """A noun phrase from the vocabulary of titles and areas, lower case."""
        r = self.rng
        src = self.title() if r.random() < 0.6 else self.area()
        words = [w for w in re.findall(r"[\w'-]+", src.lower()) if w not in ("a", "an", "the")]
        k = r.randint(1, min(4, max(1, len(words))))
        i = r.randint(0, max(0, len(words) - k))
        np_ = " ".join(words[i : i + k]) or "the model"
        if r.random() < 0.15:
            np_ += " " + r.choice(["(" + r.choice(["ResNet-50", "CIFAR-10", "ImageNet", "BERT", "GPT-2", "PPO", "VAE", "12%", "2x"]) + ")",
                                   "on " + r.choice(["MNIST", "COCO", "ImageNet", "Atari", "SQuAD"])])
        return np_

    def fragment(self) -> str:
        """A note: "Loss uncorrelated with sample quality.", "Message passing layer: robot grid map"."""
        r = self.rng
        frag = self._np()
        if r.random() < 0.6:
            frag += " " + r.choice(["to", "with", "for", "is", "are", "can", "needs", "uses", "of", "vs", "helps", "via", "as"]) + " " + self._np()
        if r.random() < 0.2:
            frag += ": " + self._np()
        if r.random() < 0.6:
            frag = frag[0].upper() + frag[1:]
        return frag + r.choice([".", ".", "", "", ";", " …", "!"])

    def _lorem(self) -> str:
        r = self.rng
        words = [r.choice(_LOREM) for _ in range(r.randint(5, 22))]
        return (" ".join(words)).capitalize() + r.choice([".", ".", "?", "!"])

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(2, 6)))


def _lorem_words() -> list[str]:
    try:
        from faker import Faker

        return Faker("en_US").get_words_list()
    except Exception:
        return "the of and to in is it that was for on are with as at be this have from or by one had not but what".split()


_LOREM = _lorem_words()
_ADVERBS = ["really", "basically", "also", "actually", "clearly", "mostly", "surprisingly", "simply", "finally", "still", "only"]


# --- documents -----------------------------------------------------------------------------------


@dataclass
class Doc:
    """A document under construction: its text and a label per character."""

    parts: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)

    def add(self, text: str, label: str = "O") -> Doc:
        self.parts.append(text)
        self.labels.append(label * len(text))
        return self

    @property
    def text(self) -> str:
        return "".join(self.parts)

    @property
    def char_labels(self) -> str:
        return "".join(self.labels)


class Writer:
    """Pieces of records: titles, author lists, venues and links, each with its labels."""

    def __init__(self, pools: Pools) -> None:
        self.p = pools
        self.r = pools.rng

    def title(self, doc: Doc, title: str | None = None, *, wrap: str = "", href: str = "", trailing_dot: bool | None = None) -> None:
        t = title or self.p.title()
        if trailing_dot is None:
            trailing_dot = self.r.random() < 0.2
        if trailing_dot and not t.endswith(("?", "!", ".")):
            t += "."
        if href and wrap in ("link", "boldlink"):
            u = self.r.random()
            if u < 0.2:
                href = self.p.url("site")      # a lab page, a journal the host lists do not know
            elif u < 0.25:
                href = ""                      # "[Title]()": a draft's empty link
        if wrap == "link":
            doc.add("[").add(t, "T").add(f"]({href})")
        elif wrap == "boldlink":
            doc.add("**[").add(t, "T").add(f"]({href})**")
        elif wrap in ("**", "*", "_", "__"):
            doc.add(wrap).add(t, "T").add(wrap)
        elif wrap == "quotes":
            q = self.r.choice([("“", "”"), ('"', '"')])
            doc.add(q[0]).add(t, "T").add(q[1])
        else:
            doc.add(t, "T")

    def authors(self, doc: Doc, names: list[str] | None = None, *, style: str = "") -> None:
        r = self.r
        names = names or self.p.names()
        style = style or r.choice(["comma", "comma", "comma_and", "and", "amp", "semicolon", "pipe", "escaped_pipe"])
        form = r.random()
        shown: list[str] = []
        for n in names:
            parts = n.split()
            if form < 0.08 and len(parts) > 1:
                shown.append(parts[-1])                        # surnames only
            elif form < 0.14 and len(parts) > 1:
                shown.append(f"{parts[0][0]}. {' '.join(parts[1:])}")   # initial
            else:
                shown.append(n)
        et_al = len(shown) > 1 and r.random() < 0.12
        if et_al:
            shown = shown[:1]
        for i, n in enumerate(shown):
            if i:
                sep = {"comma": ", ", "comma_and": ", and " if i == len(shown) - 1 else ", ",
                       "and": " and " if i == len(shown) - 1 else ", ", "amp": " & " if i == len(shown) - 1 else ", ",
                       "semicolon": "; ", "pipe": " | ", "escaped_pipe": " \\| "}[style]
                doc.add(sep, "S")
            bold = r.random() < 0.06
            if bold:
                doc.add("**")
            doc.add(n, "A")
            if bold:
                doc.add("**")
            if r.random() < 0.04:
                doc.add(r.choice(["*", "†", "¹", "1"]))
            if r.random() < 0.04:
                doc.add(f" ({r.choice(_AFFILS)})")
        if et_al:
            doc.add(r.choice([" et al.", " et al", " et. al.", ", et al.", " and colleagues"]))

    def venue(self, doc: Doc, *, brackets: str = "()") -> None:
        r = self.r
        v = r.choice([f"{r.choice(_VENUES)} {r.randint(2012, 2025)}", r.choice(_VENUES), r.choice(_AWARDS),
                      f"{r.choice(_VENUES)}, {r.randint(2012, 2025)}", f"{r.choice(_VENUES)} '{r.randint(12, 25)}"])
        doc.add(brackets[0]).add(v, "V").add(brackets[1])

    def links(self, doc: Doc, n: int | None = None) -> None:
        r = self.r
        for _ in range(n if n is not None else r.randint(1, 3)):
            kind = r.choice(["paper", "paper", "code", "site", "media"])
            label = r.choice(_PAPER_LABELS if kind == "paper" else _CODE_LABELS if kind in ("code", "site") else _OTHER_LABELS)
            doc.add(" " + r.choice(["[{l}]({u})", "[[{l}]]({u})", "[{l}] ({u})", "({l}: {u})"]).format(l=label, u=self.p.url(kind)))

    def comment(self, doc: Doc) -> None:
        doc.add(self.r.choice([" ", ". ", " - ", ": "]) + self.p.sentence())


def _bullet(r: random.Random, i: int) -> str:
    return r.choice(["- ", "* ", "+ ", f"{i + 1}. ", f"{i + 1}) "])


def _gap(r: random.Random) -> str:
    return r.choice(["\n", "\n\n", "\n\n"])


# Each layout writes one record (or one negative block) into the document.
_TITLE_PREFIXES = ["Follow up read: ", "Follow-up work: ", "See also: ", "Related: ", "Best paper: ", "Oral: ", "Spotlight: ",
                   "Poster: ", "Best Paper Award: ", "Honorable mention: ", "Paper: ", "Also: ", "Related work: "]


def _maybe_prefix(w: Writer, doc: Doc) -> None:
    if w.r.random() < 0.1:
        doc.add(w.r.choice(_TITLE_PREFIXES))


def rec_title_dash_authors(w: Writer, doc: Doc, i: int, bullet: str) -> None:
    doc.add(bullet)
    _maybe_prefix(w, doc)
    w.title(doc, wrap=w.r.choice(["", "", "", "link", "**", "*"]), href=w.p.url("paper"))
    doc.add(w.r.choice([" – ", " - ", " — ", "–", " -- ", ": ", ". ", ", by ", " by ", " ("]))
    closing = doc.parts[-1] == " ("
    w.authors(doc)
    if closing:
        doc.add(")")
    if w.r.random() < 0.2:
        doc.add(" ")
        w.venue(doc, brackets=w.r.choice(["()", "[]"]))
    if w.r.random() < 0.3:
        w.links(doc)
    if w.r.random() < 0.25:
        w.comment(doc)


def rec_authors_then_title(w: Writer, doc: Doc, i: int, bullet: str) -> None:
    doc.add(bullet)
    w.authors(doc, style=w.r.choice(["comma", "comma_and", "and"]))
    sep = w.r.choice([": ", ", ", ". ", " - "])
    if w.r.random() < 0.25:
        doc.add(" ")
        w.venue(doc)
        sep = w.r.choice([" ", ". "])
    doc.add(sep)
    w.title(doc, wrap=w.r.choice(["", "", "link", "**", "*", "quotes"]), href=w.p.url("paper"))
    if w.r.random() < 0.3:
        doc.add(w.r.choice([". In ", ", ", ". "]))
        w.venue(doc, brackets="  ")
    if w.r.random() < 0.2:
        w.links(doc, 1)


_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"]


def _numbering(w: Writer, i: int) -> str:
    """How plain-text reports number their records: "(ii) ", "2) ", "[2] ", "#2 "."""
    return w.r.choice([f"({_ROMAN[i % 8]}) ", f"{_ROMAN[i % 8]}) ", f"{i + 1}) ", f"[{i + 1}] ", f"#{i + 1} ", f"{i + 1}. "])


def rec_title_then_author_line(w: Writer, doc: Doc, i: int, bullet: str) -> None:
    """Title on one line; authors (and links) on the next, in a nested bullet or a plain line."""
    r = w.r
    nested = bullet and r.random() < 0.6
    doc.add(bullet or (_numbering(w, i) if r.random() < 0.3 else ""))
    w.title(doc, wrap=r.choice(["", "link", "link", "**", "boldlink"]), href=w.p.url("paper"), trailing_dot=r.random() < 0.2)
    if r.random() < 0.15:
        doc.add(" ")
        w.venue(doc)
    if nested:
        doc.add("\n" + " " * r.choice([2, 3, 4]) + r.choice(["- ", "* "]))
    else:
        doc.add(r.choice(["\n", "  \n", "\n\n"]) if not bullet else "\n" + " " * r.choice([2, 3]))
    if r.random() < 0.35:
        doc.add(r.choice(["Authors: ", "Author: ", "by ", "By ", "Speakers: "]))
    w.authors(doc)
    if r.random() < 0.2:
        doc.add(r.choice([". ", " "]))
        doc.add("[", "O").add(r.choice(_AWARDS), "V").add("]")
    if r.random() < 0.35:
        doc.add(r.choice(["\n", "  \n", " "]) if not nested else "\n" + " " * 4 + "* ")
        w.links(doc)
    if r.random() < 0.5:
        doc.add("\n\n" + ("    " if bullet else "") + w.p.paragraph())
    elif bullet and r.random() < 0.5:
        _notes(w, doc, "    ")


def _notes(w: Writer, doc: Doc, indent: str) -> None:
    """Nested bullet notes under a record: fragments and sentences, never titles."""
    for _ in range(w.r.randint(1, 4)):
        doc.add("\n" + indent + w.r.choice(["- ", "* ", "• "]) + (w.p.fragment() if w.r.random() < 0.6 else w.p.sentence()))


def rec_heading_talk(w: Writer, doc: Doc, i: int, bullet: str) -> None:
    """A heading per paper ("### O.2.1. Title"), a "by Speaker" heading, and bullet notes (robotics digests)."""
    r = w.r
    doc.add("#" * r.randint(3, 4) + " " + r.choice(["", f"O.{r.randint(1, 4)}.{i + 1}. ", f"{chr(65 + i)}. ", f"{i + 1}. "]))
    w.title(doc)
    if r.random() < 0.7:
        doc.add("\n" + "#" * r.randint(4, 5) + " " + r.choice(["by ", "By ", "Speaker: ", ""]))
        w.authors(doc, w.p.names(1, 2))
    doc.add("\n")
    if r.random() < 0.3:
        doc.add("\n" + w.p.paragraph() + "\n")
    if r.random() < 0.3:
        doc.add("\n" + r.choice(["The code is available ", "Code: ", "Project page: "]) + f"[here]({w.p.url('code')})\n")
    _notes(w, doc, "")
    doc.add("\n")


def rec_byline(w: Writer, doc: Doc, i: int, bullet: str) -> None:
    r = w.r
    w.title(doc)
    doc.add("\n\n" + f"{r.randint(1, 28)} {r.choice(['Mar', 'Apr', 'May', 'Jun'])} {r.randint(2015, 2024)} | ")
    doc.add(" ".join(r.choice(["deep-learning", "nlp", "reproducibility", "theory", "vision"]) for _ in range(r.randint(1, 3))) + " ")
    names = w.p.names(1, 5)
    for k, n in enumerate(names):
        parts = n.split()
        if k:
            doc.add("; ", "S")
        if len(parts) > 1:
            doc.add(parts[-1], "A").add(", ", "A").add(" ".join(parts[:-1]), "A")
        else:
            doc.add(n, "A")
    doc.add("\n\n" + w.p.paragraph())


def rec_link_label_then_title(w: Writer, doc: Doc, i: int, bullet: str) -> None:
    """ "[Paper](url) - Title", "Name [paper](url) + [repo](url)" """
    r = w.r
    doc.add(bullet)
    if r.random() < 0.6:
        doc.add(f"[{r.choice(['Paper', 'paper', 'PDF', 'arXiv'])}]({w.p.url('paper')})")
        if r.random() < 0.15:
            doc.add(" relating to " + w.p.area().lower())
        doc.add(r.choice([" - ", " – ", ": "]))
        w.title(doc)
    else:
        doc.add(w.p.short_name(), "T")
        doc.add(f" [paper]({w.p.url('paper')})")
        if r.random() < 0.7:
            doc.add(" + " + r.choice([f"[repo]({w.p.url('code')})", f"[dataset]({w.p.url('code')})", f"[code]({w.p.url('code')})"]))


def rec_title_links(w: Writer, doc: Doc, i: int, bullet: str) -> None:
    """ "Title. A, B [Paper](url) [Code](url)" with line breaks in between (CV notes)."""
    r = w.r
    doc.add(bullet)
    w.title(doc, trailing_dot=r.random() < 0.6)
    if r.random() < 0.75:
        doc.add(r.choice([" ", "\n", "  \n"] + (["", ""] if doc.parts[-1].endswith(".") else [])))
        w.authors(doc, style="comma")
    doc.add(r.choice([" ", "\n", "  \n"]))
    w.links(doc, r.randint(1, 3))


def rec_heading(w: Writer, doc: Doc, i: int, bullet: str) -> None:
    r = w.r
    doc.add("#" * r.randint(2, 4) + " ")
    if r.random() < 0.5:
        doc.add(r.choice([f"{i + 1}. ", f"O.{i}.{r.randint(1, 4)}. ", f"{i + 1}) ", f"Paper {i + 1}: "]))
    w.title(doc)
    if r.random() < 0.3:
        doc.add(f" [{r.choice(['link', 'paper', 'pdf'])}]({w.p.url('paper')})")
    if r.random() < 0.3:
        doc.add("\n\n" + "#" * r.randint(3, 5) + " " + r.choice(["by ", "By ", ""]))
        w.authors(doc, w.p.names(1, 3))
    elif r.random() < 0.3:
        doc.add("\n\n" + r.choice(["*", "_", ""]))
        w.authors(doc)
        doc.add(doc.parts[-2] if doc.parts[-2] in ("*", "_") else "")
    doc.add("\n\n" + w.p.paragraph())


def rec_bare_title(w: Writer, doc: Doc, i: int, bullet: str) -> None:
    doc.add(bullet)
    _maybe_prefix(w, doc)
    w.title(doc, wrap=w.r.choice(["", "", "link", "boldlink", "**"]), href=w.p.url("paper"), trailing_dot=False)
    u = w.r.random()
    if u < 0.2:
        doc.add(" ")
        w.venue(doc)
    elif u < 0.35:   # "Title, NIPS 2016." in a reading list
        doc.add(", ").add(f"{w.r.choice(_VENUES)} {w.r.randint(2012, 2025)}", "V").add(w.r.choice([".", ""]))


def rec_reference(w: Writer, doc: Doc, i: int, bullet: str) -> None:
    r = w.r
    doc.add(bullet + r.choice(["▶ ", ""]))
    w.authors(doc, style="comma")
    doc.add(" (").add(r.choice(_VENUES), "V").add(", ").add(str(r.randint(2014, 2024)), "V").add(") ")
    w.title(doc)


def rec_prose_citation(w: Writer, doc: Doc, i: int, bullet: str) -> None:
    """A title followed by an author-year citation, or quoted with 'by'."""
    r = w.r
    doc.add(bullet)
    w.title(doc, wrap=r.choice(["", "quotes", "*"]))
    names = w.p.names(1, 3)
    surname = names[0].split()[-1]
    doc.add(" (").add(surname, "A").add(r.choice([" et al.", " and colleagues", ""])).add(", ").add(str(r.randint(2012, 2024)), "V").add(")")
    if r.random() < 0.5:
        w.comment(doc)


# Negative blocks: nothing in them is a paper.
def neg_prose(w: Writer, doc: Doc, i: int, bullet: str) -> None:
    doc.add(bullet + (w.p.sentence() if bullet or w.r.random() < 0.4 else w.p.paragraph()))


def _area_list(w: Writer) -> str:
    r = w.r
    parts = [w.p.area() for _ in range(r.randint(2, 3))]
    parts = [" ".join(p.split()[: r.randint(1, 2)]) for p in parts]
    return r.choice([" & ".join(parts), ", ".join(parts[:-1]) + " and " + parts[-1], " / ".join(parts), ", ".join(parts)])


def neg_area_heading(w: Writer, doc: Doc, i: int, bullet: str) -> None:
    if w.r.random() < 0.35:
        doc.add(w.r.choice(["## ", "### ", "", "#### "]) + _area_list(w))
        return
    area = w.p.area()
    if w.r.random() < 0.3:
        acro = "".join(x[0] for x in area.split() if x[0].isalpha()).upper()
        area += f" ({acro})"
    doc.add(w.r.choice(["## ", "### ", "", "#### "]) + area)


def neg_section_heading(w: Writer, doc: Doc, i: int, bullet: str) -> None:
    """A Title Case heading that names a part of the post, followed by prose or notes, not a paper."""
    r = w.r
    phrase = r.choice(["Brief Review of {x}", "A Different Take on {x}", "{x} and {y}", "Notes on {x}", "{x} in Practice",
                       "More on {x}", "{x}: Lessons Learned", "{x} for {y}", "The State of {x}", "{x} Everywhere",
                       "My Take on {x}", "Thoughts on {x}"])
    x = w.p.area() if r.random() < 0.5 else " ".join(w.p.title().split()[:2])
    doc.add("#" * r.randint(2, 4) + " " + phrase.format(x=x, y=w.p.area()) + "\n\n")
    if r.random() < 0.5:
        doc.add(w.p.paragraph())
    else:
        neg_notes(w, doc, 0, r.choice(["- ", "* "]))


def neg_label(w: Writer, doc: Doc, i: int, bullet: str) -> None:
    r = w.r
    label = r.choice(_LABEL_HEADINGS).format(n=r.randint(1, 5), d=r.randint(1, 28), area=w.p.area())
    doc.add(r.choice(["## ", "### ", "", "# "]) + label)


def neg_talk(w: Writer, doc: Doc, i: int, bullet: str) -> None:
    """A keynote, tutorial or workshop whose title looks like a paper's, and its speaker."""
    r = w.r
    prefix = r.choice(_TALK_PREFIXES).format(n=r.randint(1, 3), name=w.p.name(), roman=r.choice(["I", "II", "III"]))
    doc.add(r.choice(["### ", "## ", bullet or "- ", ""]) + prefix + w.p.title())
    if r.random() < 0.5:
        doc.add("\n\n" + r.choice(["#### ", "* ", "by ", ""]) + w.p.name())
    if r.random() < 0.3:
        doc.add(f" ([slides]({w.p.url('site')}))")


def neg_news(w: Writer, doc: Doc, i: int, bullet: str) -> None:
    r = w.r
    x = " ".join(w.p.title().split()[:3])
    doc.add(bullet or "- ")
    doc.add(f"{r.choice(_ORGS)} [{r.choice(['article', 'post', 'video', 'brief', 'statement', 'website', 'page', 'tool'])}]({w.p.url('media')})")
    if r.random() < 0.8:
        doc.add(" - " + r.choice(_NEWS).format(x=x, org=r.choice(_ORGS)))


def neg_people(w: Writer, doc: Doc, i: int, bullet: str) -> None:
    r = w.r
    name = w.p.name()
    doc.add(r.choice([f"#### {name}", f"{bullet or '- '}{name}'s [website]({w.p.url('site')})", f"{bullet or '- '}[{name}]({w.p.url('site')})",
                      f"Invited talk by {name}", f"{name} gave a great talk."]))


def neg_list_of_things(w: Writer, doc: Doc, i: int, bullet: str) -> None:
    r = w.r
    things = ", ".join(r.choice(["QuAC", "HotpotQA", "SWAG", "ImageNet", "COCO", "MNIST", "GLUE", "SQuAD", "BERT", "GPT-4"]) for _ in range(r.randint(2, 4)))
    doc.add((bullet or "- ") + r.choice([f"Datasets abound (at least {r.randint(5, 40)}!)", things, f"{w.p.area()}", f"{r.randint(100, 900)}+ registrations",
                                         f"Terminology trend: “{w.p.area()}”"]))


RECORD_LAYOUTS = [rec_title_dash_authors, rec_authors_then_title, rec_title_then_author_line, rec_byline, rec_link_label_then_title,
                  rec_title_links, rec_heading, rec_bare_title, rec_reference, rec_prose_citation, rec_heading_talk,
                  rec_title_then_author_line, rec_authors_then_title]
NEGATIVE_LAYOUTS = [neg_prose, neg_area_heading, neg_label, neg_talk, neg_news, neg_people, neg_list_of_things]
LIST_LAYOUTS = {rec_title_dash_authors, rec_authors_then_title, rec_title_then_author_line, rec_link_label_then_title,
                rec_title_links, rec_bare_title, rec_reference, rec_prose_citation}


def table_doc(w: Writer, doc: Doc) -> None:
    """A markdown table of papers; columns in some order, authors shortened or full."""
    r = w.r
    columns = r.choice([["Section", "Paper", "Author(s)", "Link"], ["Title", "Authors"], ["Paper", "Venue", "Authors"],
                        ["#", "Title", "Authors", "Code"], ["Topic", "Paper", "Link"], ["Name", "Authors", "Notes"]])
    doc.add(" | ".join(columns) + "\n" + " | ".join("---" for _ in columns) + "\n")
    for _ in range(r.randint(2, 7)):
        cells = []
        for c in columns:
            sub = Doc()
            if c in ("Paper", "Title", "Name"):
                w.title(sub, wrap=r.choice(["", "", "link"]), href=w.p.url("paper"))
            elif c in ("Author(s)", "Authors"):
                w.authors(sub, w.p.names(1, 4), style=r.choice(["comma", "and"]))
            elif c == "Link":
                sub.add(f"[[pdf]]({w.p.url('paper')})")
            elif c == "Code":
                sub.add(f"[code]({w.p.url('code')})")
            elif c == "Venue":
                sub.add(r.choice(_VENUES) + f" {r.randint(2015, 2024)}", "V")
            elif c in ("Section", "Topic"):
                sub.add(w.p.area())
            elif c == "#":
                sub.add(str(r.randint(1, 99)))
            else:
                sub.add(r.choice(["🔜", "read", "✓", w.p.sentence()[:40]]))
            cells.append(sub)
        for k, sub in enumerate(cells):
            if k:
                doc.add(" | ")
            for part, lab in zip(sub.parts, sub.labels):
                doc.parts.append(part)
                doc.labels.append(lab)
        doc.add("\n")


def session_doc(w: Writer, doc: Doc) -> None:
    """Plain text: a session heading, then bare title lines, each followed by note lines (the
    layout of many plain-text reports), every line its own paragraph or not; or a tutorials heading
    whose lines are not papers."""
    r = w.r
    talks = r.random() < 0.3
    gap = "\n\n" if r.random() < 0.5 else "\n"
    doc.add(r.choice(["Day 1 - Tutorials", "Tutorials", "Workshops", "Keynotes"]) if talks else
            r.choice([f"Session {r.randint(1, 9)} - {w.p.area()} {r.randint(1, 3)}", f"Session {r.randint(1, 9)}", "Orals", "Posters",
                      f"Oral Session: {w.p.area()}", "Spotlights"]))
    doc.add(gap)
    for _ in range(r.randint(2, 6)):
        doc.add(w.p.title(), "O" if talks else "T")
        if r.random() < 0.15:
            doc.add(" ")
            w.venue(doc)
        for _ in range(r.randint(0, 4)):
            u = r.random()   # notes, sentences, or a whole paragraph of commentary (a long line)
            doc.add(gap + r.choice(["", "", "  • "]) + (w.p.fragment() if u < 0.4 else w.p.sentence() if u < 0.75 else w.p.paragraph()))
        if r.random() < 0.2:
            doc.add(gap + r.choice(["Code: ", "Results on: ", "Examples on ", "Project page: "]) + w.p.url(r.choice(["code", "site"])))
        doc.add(gap if gap == "\n\n" else r.choice(["\n", "\n\n"]))


PAPER_SECTIONS = ["Papers", "Papers I liked", "Interesting papers", "Accepted papers", "Orals", "Posters", "Highlights",
                  "Session {n}", "Session {n} - {area}", "{area}", "{area}", "Day {n}", "Reading list", "Best papers",
                  "Our favorite papers", "Referenced Sources", "Other presentations I saw"]
TALK_SECTIONS = ["Tutorials", "Workshops", "Keynotes", "Invited Talks", "Day {n} - Tutorials", "Panels", "Socials", "Links",
                 "Workshop on {area}", "Tutorial: {area}"]
def neg_notes(w: Writer, doc: Doc, i: int, bullet: str) -> None:
    """A list of notes: fragments and sentences."""
    for k in range(w.r.randint(1, 4)):
        doc.add(("\n" if k else "") + (bullet or "- ") + (w.p.fragment() if w.r.random() < 0.6 else w.p.sentence()))


RECORD_NEGATIVES = [neg_prose, neg_news, neg_people, neg_list_of_things, neg_notes, neg_notes]   # what sits between records


def _section(w: Writer, doc: Doc, names: list[str]) -> None:
    r = w.r
    doc.add(r.choice(["## ", "### ", "# ", ""]) + r.choice(names).format(n=r.randint(1, 5), area=w.p.area()) + "\n\n")


def talks_block(w: Writer, doc: Doc, rng: random.Random) -> None:
    """A section of keynotes, tutorials or workshops: title-like lines that are not papers."""
    _section(w, doc, TALK_SECTIONS)
    as_list = rng.random() < 0.6
    for i in range(rng.randint(1, 4)):
        bullet = _bullet(rng, i) if as_list else ""
        rng.choice([neg_talk, neg_talk, neg_people, neg_news, neg_prose])(w, doc, i, bullet)
        doc.add("\n" if as_list else "\n\n")
        if not as_list and rng.random() < 0.4:
            doc.add(w.p.paragraph() + "\n\n")
    doc.add("\n")


def records_block(w: Writer, doc: Doc, rng: random.Random) -> None:
    """A section of paper records in one layout, with some non-records between them."""
    layout = rng.choice(RECORD_LAYOUTS)
    as_list = layout in LIST_LAYOUTS and rng.random() < 0.7
    if rng.random() < 0.6:
        _section(w, doc, PAPER_SECTIONS)
    for i in range(rng.randint(2, 6)):
        bullet = _bullet(rng, i) if as_list else ""
        if rng.random() < 0.15:
            rng.choice(RECORD_NEGATIVES)(w, doc, i, bullet)
            doc.add(_gap(rng) if as_list else "\n\n")
        layout(w, doc, i, bullet)
        doc.add(_gap(rng) if as_list else "\n\n")
    doc.add("\n")


def toc_doc(w: Writer, doc: Doc) -> None:
    """A table of contents: nested items linking to the post's own headings ("#slug"), naming
    sections, workshops and papers alike; then the headings themselves."""
    r = w.r
    sections = []
    for _ in range(r.randint(2, 4)):
        talks = r.random() < 0.4
        name = r.choice(["Workshops", "Tutorials", "Keynotes"]) if talks else r.choice(["Orals", "Posters", "Papers", "Highlights"])
        entries = []
        for k in range(r.randint(2, 5)):
            if talks:
                entries.append(("O", r.choice(["Workshop on ", "", "Tutorial: "]) + w.p.title() + r.choice([" link", ""])))
            elif r.random() < 0.3:
                entries.append(("O", _area_list(w) if r.random() < 0.5 else w.p.area()))
            else:
                entries.append(("T", f"{k + 1}. " * (r.random() < 0.5) + w.p.title() + r.choice([" link", ""])))
        sections.append((name, entries))
    for name, entries in sections:
        doc.add(f"- [{name}](#{name.lower()})\n")
        for lab, entry in entries:
            slug = re.sub(r"[^a-z0-9]+", "-", entry.lower()).strip("-")
            doc.add("  - [")
            m = re.match(r"(\d+\. )?(.*?)( link)?$", entry)
            doc.add(m.group(1) or "")
            doc.add(m.group(2), lab)
            doc.add((m.group(3) or "") + f"](#{slug})\n")
    doc.add("\n")


def generate_doc(pools: Pools, rng: random.Random) -> Doc:
    """One synthetic report: sections of records in one layout each, sections of talks, headings and
    prose between them."""
    w = Writer(pools)
    doc = Doc()
    if rng.random() < 0.6:
        neg_prose(w, doc, 0, "")
        doc.add("\n\n")
    for _ in range(rng.randint(1, 3)):
        u = rng.random()
        if u < 0.08:
            table_doc(w, doc)
            doc.add("\n")
        elif u < 0.18:
            session_doc(w, doc)
        elif u < 0.24:
            toc_doc(w, doc)
        elif u < 0.33:
            talks_block(w, doc, rng)
        elif u < 0.46:
            rng.choice([neg_area_heading, neg_label, neg_area_heading, neg_section_heading, neg_section_heading])(w, doc, 0, "")
            doc.add("\n\n")
            for _ in range(rng.randint(1, 3)):
                if rng.random() < 0.5:
                    neg_notes(w, doc, 0, rng.choice(["- ", "* ", "", "• "]))
                    doc.add("\n\n")
                else:
                    doc.add(w.p.paragraph() + "\n\n")
        else:
            records_block(w, doc, rng)
    return doc


def char_labels_to_tokens(labels: str, tokens) -> list[str]:
    """A token's label is its first character's."""
    return [labels[t.start] if t.start < len(labels) else "O" for t in tokens]
