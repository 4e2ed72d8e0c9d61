"""The co-mention graph: typed nodes (paper, person, topic, repo) and typed edges.

Edges: `authored_by` (paper-person), `has_code` (paper-repo), `about` (paper-topic),
`co_mentioned` (papers named in the same report; weight = number of reports, `sections` = number of
sections they share), `co_topic` (topics of the same report; weight = number of reports).
Every node and edge carries the reports it came from, as a JSON list in one string (GraphML takes
scalars only, and a file name may hold any separator).
"""
from __future__ import annotations

import json
from collections import defaultdict
from itertools import combinations

import networkx as nx

from extract.link.resolve import Resolution
from extract.mentions.links import url_kind
from extract.mentions.urls import normalise_url
from extract.models import ReportExtraction


def join_reports(reports: list[str]) -> str:
    """A report list as one GraphML string: '["a.txt", "b;c.txt"]'."""
    return json.dumps(list(reports), ensure_ascii=False)


def split_reports(reports: str) -> list[str]:
    """The list `join_reports` made."""
    return list(json.loads(reports)) if reports else []


def _bump(store: dict, key: tuple[str, str], kind: str, report: str, sections: int = 0) -> None:
    a, b = key if key[0] <= key[1] else (key[1], key[0])
    rec = store.get((a, b, kind))
    if rec is None:
        rec = store[(a, b, kind)] = {"reports": set(), "sections": 0}
    rec["reports"].add(report)
    rec["sections"] += sections


def build_graph(extractions: list[ReportExtraction], res: Resolution) -> nx.Graph:
    """A graph of the corpus; empty (with a `note`) when there is nothing to link."""
    g = nx.Graph(name="tripmine co-mention graph")
    node_reports: dict[str, set[str]] = defaultdict(set)
    edges: dict[tuple[str, str, str], dict] = {}
    labels: dict[str, tuple[str, str]] = {}

    for ent in res.papers:
        labels[ent.id] = (ent.title, "paper")
    for person in res.people:
        labels[person.id] = (person.name, "person")

    for ex in sorted(extractions, key=lambda e: e.report.name):
        rep = ex.report.name
        paper_ids: list[str] = []
        section_of: dict[str, str] = {}
        for i, p in enumerate(ex.papers):
            pid = res.paper_of[(rep, i)]
            paper_ids.append(pid)
            section_of[pid] = p.section
            node_reports[pid].add(rep)
            for a in p.authors:
                aid = res.person(rep, a)
                if aid:
                    node_reports[aid].add(rep)
                    _bump(edges, (pid, aid), "authored_by", rep)
            for u in p.code_urls:
                if url_kind(u) in ("paper", "media", "event", "none"):
                    continue   # a paper page or a video is not a repository, whatever the report called it
                canonical = normalise_url(u)
                rid = "R:" + canonical
                labels.setdefault(rid, (canonical, "repo"))
                node_reports[rid].add(rep)
                _bump(edges, (pid, rid), "has_code", rep)
            for t in p.topics:
                tid = "T:" + t
                labels.setdefault(tid, (t, "topic"))
                node_reports[tid].add(rep)
                _bump(edges, (pid, tid), "about", rep)
        for n in ex.people:
            pid = res.person(rep, n)
            if pid:
                node_reports[pid].add(rep)
        for a, b in combinations(sorted(set(paper_ids)), 2):
            same_section = int(bool(section_of.get(a)) and section_of.get(a) == section_of.get(b))
            _bump(edges, (a, b), "co_mentioned", rep, same_section)
        topic_ids = sorted({"T:" + t for t in ex.topics})
        for tid in topic_ids:
            labels.setdefault(tid, (tid[2:], "topic"))
            node_reports[tid].add(rep)
        for a, b in combinations(topic_ids, 2):
            _bump(edges, (a, b), "co_topic", rep)

    for nid in sorted(node_reports):
        label, kind = labels.get(nid, (nid, "unknown"))
        reps = sorted(node_reports[nid])
        g.add_node(nid, label=label, kind=kind, reports=join_reports(reps), n_reports=len(reps))
    for ent in res.papers:  # catalog facts on linked papers (scalars only: GraphML)
        link = ent.accepted_link
        if ent.id in g and link is not None:
            g.nodes[ent.id].update(venue=link.venue, year=int(link.year), catalog_url=link.url)
    for (a, b, kind), rec in sorted(edges.items()):
        reps = sorted(rec["reports"])
        # One pair can be linked in several ways (co_mentioned and authored_by never share a pair,
        # but keep the first kind if they ever do); GraphML needs one edge per pair in a Graph.
        if g.has_edge(a, b):
            continue
        g.add_edge(a, b, kind=kind, weight=len(reps), sections=rec["sections"], reports=join_reports(reps))
    if g.number_of_nodes() == 0:
        g.graph["note"] = "no papers, people or topics were extracted"
    return g
