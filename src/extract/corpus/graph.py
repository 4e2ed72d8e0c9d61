"""The co-mention graph as tables: typed nodes (paper, person, topic, repo) and typed edges.

Edges: `authored_by` (paper-person), `has_code` (paper-repo), `about` (paper-topic),
`co_mentioned` (papers named in the same report; weight = number of reports, `sections` = number of
sections they share), `co_topic` (topics of the same report; weight = number of reports).

One pass over the extractions writes occurrence rows, (node, report) and (source, target, kind,
report, sections), as integer codes in compact arrays; DuckDB groups them. No Python object per edge and no
networkx graph of the corpus: at 5,000 reports the graph has over a million edges.

`CorpusGraph` holds four Arrow tables, each in a fixed order (so outputs are byte-stable):
- nodes: Id, Label, kind, n_reports, venue, year, catalog_url (ordered by Id)
- edges: Source, Target, kind, Weight, sections (one per node pair, Source < Target; by Source, Target)
- node_reports: Id, report; edge_reports: Source, Target, kind, report (which reports named each)
"""
from __future__ import annotations

from array import array
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import combinations

import numpy as np
import pyarrow as pa

from extract.corpus.db import query
from extract.link.resolve import Resolution
from extract.mentions.links import url_kind
from extract.mentions.urls import normalise_url
from extract.models import CatalogLink, ReportExtraction

NODES = pa.schema([("Id", pa.string()), ("Label", pa.string()), ("kind", pa.string()), ("n_reports", pa.int64()),
                   ("venue", pa.string()), ("year", pa.int64()), ("catalog_url", pa.string())])
EDGES = pa.schema([("Source", pa.string()), ("Target", pa.string()), ("kind", pa.string()), ("Weight", pa.int64()),
                   ("sections", pa.int64())])
NODE_REPORTS = pa.schema([("Id", pa.string()), ("report", pa.string())])
EDGE_REPORTS = pa.schema([("Source", pa.string()), ("Target", pa.string()), ("kind", pa.string()), ("report", pa.string())])


@dataclass(frozen=True)
class CorpusGraph:
    nodes: pa.Table
    edges: pa.Table
    node_reports: pa.Table
    edge_reports: pa.Table
    note: str = ""          # set when there is nothing to link

    @property
    def n_nodes(self) -> int:
        return self.nodes.num_rows

    @property
    def n_edges(self) -> int:
        return self.edges.num_rows

    def with_tables(self, **tables: pa.Table) -> CorpusGraph:
        return replace(self, **tables)

    @classmethod
    def from_rows(cls, nodes: dict[str, tuple[str, list[str]]], edges: list[tuple[str, str, str, list[str]]]) -> CorpusGraph:
        """A graph from plain rows, for tests and notebooks: node id -> (kind, reports naming it) and
        (a, b, kind, reports naming both) per edge; labels are the ids."""
        occ = _Occurrences()
        for nid, (_, reports) in nodes.items():
            for rep in reports:
                occ.node(nid, rep)
        for a, b, kind, reports in edges:
            for rep in reports:
                occ.edge(a, b, kind, rep)
        return _aggregate(occ.tables(), _label_table({nid: (nid, kind) for nid, (kind, _) in nodes.items()}, {}))


KINDS = ("about", "authored_by", "co_mentioned", "co_topic", "has_code")   # coded by position: code order = name order


class _Occurrences:
    """(node, report) and (a, b, kind, report, sections) rows, coded as integers in compact arrays
    (4 bytes a value, no Python object per row); `ids` and `reports` hold the strings once each."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.reports: dict[str, int] = {}
        self.node_ids, self.node_reports = array("i"), array("i")
        self.a, self.b, self.kinds, self.edge_reports, self.sections = array("i"), array("i"), array("b"), array("i"), array("i")
        self._kind = {k: i for i, k in enumerate(KINDS)}

    def _code(self, table: dict[str, int], key: str) -> int:
        code = table.get(key)
        if code is None:
            code = table[key] = len(table)
        return code

    def node(self, nid: str, report: str) -> None:
        self.node_ids.append(self._code(self.ids, nid))
        self.node_reports.append(self._code(self.reports, report))

    def edge(self, a: str, b: str, kind: str, report: str, sections: int = 0) -> None:
        if a > b:
            a, b = b, a
        self.a.append(self._code(self.ids, a))
        self.b.append(self._code(self.ids, b))
        self.kinds.append(self._kind[kind])
        self.edge_reports.append(self._code(self.reports, report))
        self.sections.append(sections)

    def tables(self) -> dict[str, pa.Table]:
        ints = lambda arr: pa.array(np.frombuffer(arr, dtype=np.int32) if len(arr) else np.zeros(0, np.int32))
        return {
            "node_occ": pa.table({"node": ints(self.node_ids), "rep": ints(self.node_reports)}),
            "edge_occ": pa.table({"a": ints(self.a), "b": ints(self.b),
                                  "kind": pa.array(np.frombuffer(self.kinds, dtype=np.int8) if len(self.kinds) else np.zeros(0, np.int8)),
                                  "rep": ints(self.edge_reports), "sections": ints(self.sections)}),
            "ids": pa.table({"code": pa.array(range(len(self.ids)), pa.int32()), "Id": pa.array(list(self.ids), pa.string())}),
            "reps": pa.table({"code": pa.array(range(len(self.reports)), pa.int32()), "report": pa.array(list(self.reports), pa.string())}),
            "kinds": pa.table({"code": pa.array(range(len(KINDS)), pa.int8()), "kind": pa.array(KINDS, pa.string())}),
        }


def build_graph(extractions: Iterable[ReportExtraction], res: Resolution) -> CorpusGraph:
    """The graph of the corpus; empty (with a `note`) when there is nothing to link."""
    labels: dict[str, tuple[str, str]] = {}
    for ent in res.papers:
        labels[ent.id] = (ent.title, "paper")
    for person in res.people:
        labels[person.id] = (person.name, "person")
    occ = _Occurrences()
    for ex in extractions:
        rep = ex.report.name
        paper_ids: list[str] = []
        section_of: dict[str, str] = {}
        for i, p in enumerate(ex.papers):
            pid = res.paper_of[(rep, i)]
            paper_ids.append(pid)
            section_of[pid] = p.section
            occ.node(pid, rep)
            for a in p.authors:
                aid = res.person(rep, a)
                if aid:
                    occ.node(aid, rep)
                    occ.edge(pid, aid, "authored_by", rep)
            for u in p.code_urls:
                if url_kind(u) in ("paper", "media", "event", "none"):
                    continue   # a paper page or a video is not a repository, whatever the report called it
                canonical = normalise_url(u)
                rid = "R:" + canonical
                labels.setdefault(rid, (canonical, "repo"))
                occ.node(rid, rep)
                occ.edge(pid, rid, "has_code", rep)
            for t in p.topics:
                tid = "T:" + t
                labels.setdefault(tid, (t, "topic"))
                occ.node(tid, rep)
                occ.edge(pid, tid, "about", rep)
        for n in ex.people:
            person_id = res.person(rep, n)
            if person_id:
                occ.node(person_id, rep)
        for a, b in combinations(sorted(set(paper_ids)), 2):
            occ.edge(a, b, "co_mentioned", rep, int(bool(section_of.get(a)) and section_of.get(a) == section_of.get(b)))
        topic_ids = sorted({"T:" + t for t in ex.topics})
        for tid in topic_ids:
            labels.setdefault(tid, (tid[2:], "topic"))
            occ.node(tid, rep)
        for a, b in combinations(topic_ids, 2):
            occ.edge(a, b, "co_topic", rep)
    linked = {ent.id: ent.accepted_link for ent in res.papers if ent.accepted_link is not None}
    return _aggregate(occ.tables(), _label_table(labels, linked))


def _label_table(labels: dict[str, tuple[str, str]], linked: dict[str, CatalogLink]) -> pa.Table:
    """Label and kind of every node; catalog facts of linked papers (scalars only: GraphML)."""
    ids = list(labels)
    links = [linked.get(i) for i in ids]
    return pa.table({
        "Id": ids, "Label": [labels[i][0] for i in ids], "kind": [labels[i][1] for i in ids],
        "venue": [link.venue if link else None for link in links],
        "year": pa.array([int(link.year) if link else None for link in links], type=pa.int64()),
        "catalog_url": [link.url if link else None for link in links],
    })


def _aggregate(occ: dict[str, pa.Table], labels: pa.Table) -> CorpusGraph:
    # One edge per pair: a pair linked in two ways (co_mentioned and authored_by never share one)
    # keeps the first kind by name (kind codes follow name order), as a Graph holds one edge per pair.
    # Grouping runs on integer codes; the strings are joined in at the end, for the order by id.
    edges = query("""
        WITH agg AS (
            SELECT a, b, kind, count(DISTINCT rep) AS Weight, sum(sections)::BIGINT AS sections
            FROM edge_occ GROUP BY a, b, kind
            QUALIFY row_number() OVER (PARTITION BY a, b ORDER BY kind) = 1)
        SELECT s.Id AS Source, t.Id AS Target, k.kind, agg.Weight, agg.sections
        FROM agg JOIN ids s ON s.code = agg.a JOIN ids t ON t.code = agg.b JOIN kinds k ON k.code = agg.kind
        ORDER BY Source, Target""", **occ).cast(EDGES)
    edge_reports = query("""
        WITH kept AS (
            SELECT a, b, min(kind) AS kind FROM edge_occ GROUP BY a, b),
        pairs AS (
            SELECT DISTINCT o.a, o.b, o.kind, o.rep FROM edge_occ o SEMI JOIN kept ON o.a = kept.a AND o.b = kept.b AND o.kind = kept.kind)
        SELECT s.Id AS Source, t.Id AS Target, k.kind, r.report
        FROM pairs JOIN ids s ON s.code = pairs.a JOIN ids t ON t.code = pairs.b JOIN kinds k ON k.code = pairs.kind
             JOIN reps r ON r.code = pairs.rep
        ORDER BY Source, Target, report""", **occ).cast(EDGE_REPORTS)
    node_reports = query("""
        SELECT i.Id, r.report FROM (SELECT DISTINCT node, rep FROM node_occ) o
        JOIN ids i ON i.code = o.node JOIN reps r ON r.code = o.rep
        ORDER BY Id, report""", **occ).cast(NODE_REPORTS)
    nodes = query("""
        SELECT c.Id, coalesce(l.Label, c.Id) AS Label, coalesce(l.kind, 'unknown') AS kind, c.n_reports,
               l.venue, l.year, l.catalog_url
        FROM (SELECT Id, count(*) AS n_reports FROM node_reports GROUP BY Id) c LEFT JOIN labels l ON l.Id = c.Id
        ORDER BY c.Id""", node_reports=node_reports, labels=labels).cast(NODES)
    note = "" if nodes.num_rows else "no papers, people or topics were extracted"
    return CorpusGraph(nodes, edges, node_reports, edge_reports, note)
