"""What a link points at, from its target and its anchor text.

Kinds:
- ``paper``: the paper itself (arXiv, OpenReview, DOI, ACL Anthology, proceedings, a PDF);
- ``code``: code, a model or a dataset (GitHub, GitLab, Hugging Face, Colab, ...);
- ``site``: a page that may be a project page or demo (an unknown host, `*.github.io`, Google Sites);
- ``media``: video, slides, social media, news and blogs;
- ``event``: the conference's own pages;
- ``none``: no usable target.

A paper's code link is a ``code`` link, or a ``site`` link its anchor names as code, a project, a
demo or a dataset (or that sits in the paper's own record). A ``paper`` link is its paper link.
The host lists are data (`data/link_hosts.json`).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

LinkKind = str

# What comes between two markdown links of one list: the first's target, a comma, "and" ("[A](url), and [B](url)").
BETWEEN_LISTED_LINKS_RE = re.compile(r"[*_”\"]*\]\([^)\s]*\)[*_”\"]*\s*(?:[,;]\s*)?(?:(?:and|or|&)\s+)?[*_“\"]*\[[*_“\"]*")

# Anchor texts that say what a link is, whatever its host.
CODE_ANCHOR_RE = re.compile(r"^(?:\W*)(?:(?:the|their|its|official)\s+)?(?:code|source(?: code)?|github|gitlab|repo(?:sitory)?|implementation|project(?: page| website| site)?|"
                            r"代码|代碼|코드|コード|项目主页|項目主頁|项目|프로젝트|プロジェクト|数据集|データセット|데이터셋|"
                            r"website|web ?page|homepage|page|demo|dataset|data|benchmark|model|models|weights|colab|notebook|"
                            r"here|site|link)(?:\s+(?:from|for|of)\s+(?:this|the|that)\s+(?:paper|work|method))?(?:\W*)$", re.I)
PAPER_ANCHOR_RE = re.compile(r"^(?:\W*)(?:paper|pdf|arxiv|preprint|postprint|e-?print|article|publication|openreview|proceedings|doi|abs|abstract|"
                             r"full paper|camera[- ]ready|acl anthology|anthology|论文|論文|논문)(?:\W*)$", re.I)
# Paths that hold a paper on any host: a journal's article page, a lab's publication page.
PAPER_PATH_RE = re.compile(r"/(?:pdf|abs|papers?|articles?|publications?|anthology|proceedings|doi|pubs?|content/[a-z]*paper)/", re.I)
CODE_WORD_RE = re.compile(r"code|github|gitlab|repo|implementation|colab|notebook|model|weights|dataset|data|benchmark"
                          r"|代码|代碼|코드|コード|数据集|データセット|데이터셋", re.I)
# Anchors that are labels, not titles: "[Paper]", "[Code]", "[video]", "[slides]".
_LABEL_WORD = (r"(?:paper|pdf|arxiv|postprint|e-?print|code|github|gitlab|repo|project(?: (?:page|site|website))?|website|web ?page|page|demo|video|"
               r"slides?|poster|talk|blog|post|link|here|this|dataset|data|tweet|thread|youtube|article|"
               r"openreview|abstract|preprint|homepage|site|notebook|colab|model|weights|report|brief|material|"
               r"statement|tool|webpage|recording|presentation(?: file| slides)?|doi|url|bibtex|bib|supp|supplementary|appendix|html|open access|proceedings|"
               r"hugging ?face|hf|space|checkpoints?|"   # ("[HF model]", "[Hugging Face]", "[HF Space]": where the weights or the demo are)
               r"acm(?: dl| digital library)?|ieee(?: xplore)?|springer(?: ?link)?|sciencedirect|wiley|"
               # (where the paper is listed: "[ACL Anthology]", "[PMLR]", "[CVF]", "[Semantic Scholar]", "[Papers with Code]")
               r"anthology|pmlr|cvf|(?:semantic |google )?scholar|papers ?with ?code|"
               # the same labels in Chinese, Japanese and Korean: paper, code, project (page), home page, link, video, slides, dataset
               r"论文|論文|논문|代码|代碼|코드|コード|项目主页|項目主頁|项目|프로젝트|プロジェクト|主页|ホームページ|홈페이지|链接|リンク|링크|"
               r"视频|動画|비디오|幻灯片|スライド|数据集|データセット|데이터셋)s?")
# (labels may be joined, "[Slides & Material]", "[blog post]", say where in brackets, "[Slides (PDF)]",
# "[Paper (IEEE Xplore, open until May)]", and open with the venue and year, "[cvpr2024 open access]")
# ... or with the venue alone, the kind of page after a dash: "[NeurIPS link - Tutorial Video & Abstract]".
_VENUE_WORD = r"(?:neurips|nips|icml|iclr|cvpr|iccv|eccv|acl|emnlp|naacl|aaai|ijcai|kdd|sigir|chi|icra|iros|corl|rss)"
LABEL_ANCHOR_RE = re.compile(rf"^(?:\W*)(?:[a-z]+ ?'?\d{{2,4}}\s+|{_VENUE_WORD}\s+)?{_LABEL_WORD}"
                             rf"(?:(?:\s*(?:&|\+|and|[-–])\s*|\s+)(?:tutorial\s+|keynote\s+)?{_LABEL_WORD})*(?:\s*\([^()]*\))?(?:\W*)$", re.I)


@lru_cache(maxsize=1)
def _hosts() -> dict[str, re.Pattern[str]]:
    data = json.loads(resources.files("extract").joinpath("data", "link_hosts.json").read_text(encoding="utf-8"))
    return {kind: re.compile("|".join(f"(?:{p})" for p in patterns), re.I) for kind, patterns in data["kinds"].items()}


_MEDIA_FILE_RE = re.compile(r"\.(?:png|jpe?g|gif|svg|webp|bmp|mp4|webm|mov|avi)(?:$|[?#])", re.I)


# A PDF's path, perhaps with an invisible mark copied after it (a left-to-right mark, raw or percent-encoded).
_PDF_PATH_RE = re.compile(r"\.pdf(?:$|[?#]|[\u200b-\u200f]|%e2%80%8[b-f])", re.I)


def host_and_path(url: str) -> tuple[str, str]:
    """A URL's host, in lower case and without "www.", and its path."""
    u = re.sub(r"^[a-z][a-z0-9+.-]*:?//", "", url.strip(), flags=re.I)
    host, _, path = u.partition("/")
    return host.lower().removeprefix("www."), "/" + path


_SCHEME_RE = re.compile(r"[a-z][a-z0-9+.-]*:", re.I)
# A relative link's file name read as a host: a notes page, a notebook, a page of the same site.
_DOCUMENT_FILE_RE = re.compile(r"\.(?:md|markdown|html?|ipynb|txt|rst)$")


# A web search engine's page of results (host and path, no "www."): "google.com/search?q=...", "bing.com/search?q=...".
_SEARCH_PAGE_RE = re.compile(r"(?:google\.[a-z.]+/search\b|bing\.com/search\b|duckduckgo\.com/(?:\?|html/)|search\.yahoo\.com/|baidu\.com/s\b)")


@lru_cache(maxsize=65536)   # a report names one URL many times, and each stage asks its kind
def url_kind(url: str) -> LinkKind:
    """The kind of a URL from its host and path alone."""
    url = url.strip()
    if not url or url.startswith(("#", "mailto:", "javascript:")) or "{{" in url:
        return "none"
    host, path = host_and_path(url)
    if not host or "." not in host:
        return "none"   # a site-relative link
    if not _SCHEME_RE.match(url) and _DOCUMENT_FILE_RE.search(host if "." in host.strip(".") else path):
        return "none"   # a link to a file beside the page ("../notes/Widget%20Nets.md", "RecSys2031.md"), no host
    if _MEDIA_FILE_RE.search(path):
        return "media"   # a picture or video file, even one kept in a code repository
    target = host + path
    if _SEARCH_PAGE_RE.match(target):
        return "none"   # "[Title](https://www.google.com/search?q=...)": a search for the paper, neither it nor its code
    hosts = _hosts()
    for kind in ("code", "paper", "media", "event"):
        if hosts[kind].search(target):
            return kind
    if _PDF_PATH_RE.search(path) or PAPER_PATH_RE.search(path):
        return "paper"
    return "site"


def link_kind(url: str, anchor: str = "") -> LinkKind:
    """The kind of a link, its anchor text deciding for an unknown host: "[pdf]" on a lab site is the
    paper, "[Code]" on a lab site is code."""
    kind = url_kind(url)
    if kind == "paper" and anchor and _SITE_ANCHOR_RE.match(anchor) and paper_by_path_alone(url):
        kind = "site"   # "[Project](https://lab.org/publications/x/)": the lab's page of the paper, its project page
    if kind == "paper" and (_MEDIA_ANCHOR_RE.match(anchor) or _SLIDES_PATH_RE.search(url)) and _off_the_paper_hosts(url):
        return "media"   # "[Slides](https://conf.org/media/Slides/2019/talk-4730.pdf)": a talk's slides, not the paper
    if kind == "site" and anchor:
        if PAPER_ANCHOR_RE.match(anchor):
            return "paper"
        if CODE_WORD_RE.search(anchor) and CODE_ANCHOR_RE.match(anchor):
            return "code"
        if _MEDIA_ANCHOR_RE.match(anchor):
            return "media"   # "[Video](https://talks.example.org/38938755)"
    if kind == "code" and _NOTES_ANCHOR_RE.match(anchor):
        return "none"   # "[note](https://github.com/reader/paper_note/blob/master/Title.md)": the writer's notes on the paper, no code
    if kind == "code" and _PDF_PATH_RE.search(host_and_path(url.strip())[1]):
        return "paper"   # "[Paper](https://github.com/.../papers/widgets.pdf)": a PDF kept in a repository is no code
    if kind == "event" and anchor and _spelt_in_its_path(url, anchor) and not is_talk_page(url):
        return "paper"   # "[Title](https://conf.org/2016/view/title-spelt-out)": the conference's page of that paper
    return kind


def host_spells_the_title(url: str, title: str) -> bool:
    """The URL's host name spells the title, or its head before a colon ("agentic-widget-discovery.github.io" for
    "Agentic Widget Discovery", "gizmonet.github.io" for "GizmoNet: ..."): a page made for that paper, its project page."""
    label = host_and_path(url.strip())[0].split(".", 1)[0].lower()
    if len(label) < 5:
        return False
    for words in (re.findall(r"[a-z0-9]+", title.lower()), re.findall(r"[a-z0-9]+", title.split(":", 1)[0].lower())):
        if words and label in ("-".join(words), "".join(words)):
            return True
    return False


def _spelt_in_its_path(url: str, anchor: str) -> bool:
    """The URL's last path segment spells the anchor's words (three or more), perhaps cut short."""
    words = re.findall(r"[a-z0-9]+", anchor.lower())
    segment = re.sub(r"\.html?$|-\d+$", "", host_and_path(url.strip())[1].rstrip("/").rsplit("/", 1)[-1].lower())
    spelt = "-".join(words)
    return len(words) >= 3 and len(segment) >= 15 and (spelt.startswith(segment) or segment.startswith(spelt))


_MEDIA_ANCHOR_RE = re.compile(r"^(?:\W*)(?:videos?|slides?|talk|recording|poster|presentation)(?:\W*)$", re.I)
_NOTES_ANCHOR_RE = re.compile(r"^(?:\W*)(?:(?:my|reading|paper)\s+)?(?:notes?|summary|笔记|解读|ノート)(?:\W*)$", re.I)
_SITE_ANCHOR_RE = re.compile(r"^(?:\W*)(?:project(?: page| website| site)?|website|web ?page|homepage|demo)(?:\W*)$", re.I)


# A folder of a talk's slides or posters, or a PDF named as slides or a poster ("talk_widgets_slides.pdf").
_SLIDES_PATH_RE = re.compile(r"/(?:slides|posters?)/|[/_-](?:slides?|poster)\.pdf$", re.I)


def _off_the_paper_hosts(url: str) -> bool:
    """A URL that no paper host of link_hosts.json names (its kind came from its path alone)."""
    host, path = host_and_path(url.strip())
    return not _hosts()["paper"].search(host + path)


def paper_by_path_alone(url: str) -> bool:
    """A URL called a paper for its path only ("/publications/"): no paper host, no PDF."""
    host, path = host_and_path(url.strip())
    return not _hosts()["paper"].search(host + path) and not _PDF_PATH_RE.search(path)


# A conference site's page of a talk that is no paper ("neurips.cc/virtual/2023/workshop/66550",
# "nips.cc/virtual/2020/public/tutorial_0f19.html").
_TALK_PAGE_RE = re.compile(r"/(?:workshops?|tutorials?|invited(?:[-_]talks?)?|keynotes?|competitions?|affinity[-_]events?|socials?)(?:/|_|$)", re.I)


def is_talk_page(url: str) -> bool:
    """A conference's page of a workshop, tutorial, invited talk, keynote or competition."""
    return url_kind(url) == "event" and bool(_TALK_PAGE_RE.search(host_and_path(url.strip())[1]))


# A person's profile page: a professional network's, a microblog handle's, a scholar's citations page (not its page of
# one of the works, "citations?view_op=view_citation&..."), an ORCID record.
_PERSONS_PROFILE_RE = re.compile(r"^(?:linkedin\.com/(?:in|pub)/|(?:twitter|x)\.com/[^/?#]+/?$"
                                 r"|scholar\.google\.[a-z.]+/citations\?(?![^#]*\bview_op=view_citation\b)|orcid\.org/)")


def is_a_persons_profile(url: str) -> bool:
    """A link to a person's profile page ("[Ana Souza](https://www.linkedin.com/in/asouza/)"): its anchor names her."""
    host, path = host_and_path(url)
    return bool(_PERSONS_PROFILE_RE.match(host + path))


# A site's page of one talk or session, a conference tool's ("pretalx.com/widgetcon2031/talk/38TG38/"; none of the
# catalogue's 12k code URLs has such a path).
_TALKS_PAGE_RE = re.compile(r"/(?:talks?|sessions?|presentations?)/", re.I)


def is_a_talks_page(url: str) -> bool:
    """A page of a talk or a session on a site the hosts list does not know: the title's talk, no project page."""
    return url_kind(url) == "site" and bool(_TALKS_PAGE_RE.search(host_and_path(url.strip())[1]))


# ... of a talk given by its speakers, where no paper is presented: names beside it are the speakers'.
_SPEAKERS_PAGE_RE = re.compile(r"/(?:tutorials?|invited(?:[-_]talks?)?|keynotes?)(?:/|_|$)", re.I)


def is_speakers_page(url: str) -> bool:
    """A conference's page of a tutorial, invited talk or keynote (not a workshop's, where papers are shown)."""
    return is_talk_page(url) and bool(_SPEAKERS_PAGE_RE.search(host_and_path(url.strip())[1]))


# An icon for an anchor: an emoji's shortcode (":octocat:", ":bar_chart:") or symbols without a letter or digit ("💻", "↗").
_ICON_ANCHOR_RE = re.compile(r"(?::[a-z0-9_+-]+:\s*)+|[^\w\s]+")


# A slot of the programme, where and when a paper is shown ("[Poster 6:30 Tuesday]", "[Oral, Hall F, 9am]"):
# the kind of session, then a day or a clock time.
_SCHEDULE_SLOT_RE = re.compile(r"^\W*(?:poster|oral|spotlight|keynote|talk|panel|invited talk)\b[^\n]{0,60}?"
                               r"(?:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}(?::\d\d)?\s?(?:am|pm)\b|\b\d{1,2}:\d\d\b)", re.I)


def is_label_anchor(anchor: str) -> bool:
    """Anchor text that names the kind of link rather than its subject ("[Paper]", "[code]"), an icon,
    or a slot of the programme ("[Poster 6:30 Tuesday]")."""
    anchor = anchor.strip()
    return bool(LABEL_ANCHOR_RE.match(anchor) or _ICON_ANCHOR_RE.fullmatch(anchor) or _SCHEDULE_SLOT_RE.match(anchor))


def is_paper_label(url: str, anchor: str) -> bool:
    """A link labelled as the paper ("[Paper](…pdf)", "[arXiv](…)"): a label anchor on a link to the paper."""
    return is_label_anchor(anchor) and link_kind(url, anchor) == "paper"


def is_code_link(url: str, anchor: str = "") -> bool:
    """A link a paper's code_urls may take: code, or a project site."""
    return link_kind(url, anchor) in ("code", "site")
