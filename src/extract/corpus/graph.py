"""The co-mention graph as tables: typed nodes (paper, person, topic, repo) and typed edges.

Edges: `authored_by` (paper-person), `has_code` (paper-repo), `about` (paper-topic),
`co_mentioned` (papers named in the same report; weight = number of reports, `sections` = number of
sections they share), `co_topic` (topics of the same report; weight = number of reports).

One pass over the extractions writes occurrence rows, (node, report) and (source, target, kind,
report, sections), into Arrow record batches; DuckDB groups them. No Python object per edge and no
networkx graph of the corpus: at 5,000 reports the graph has over a million edges.

`CorpusGraph` holds four Arrow tables, each in a fixed order (so outputs are byte-stable):
- nodes: Id, Label, kind, n_reports, venue, year, catalog_url (ordered by Id)
- edges: Source, Target, kind, Weight, sections (one per node pair, Source < Target; by Source, Target)
- node_reports: Id, report; edge_reports: Source, Target, kind, report (which reports named each)
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import combinations

import pyarrow as pa

from extract.corpus.db import query
from extract.link.resolve import Resolution
from extract.mentions.links import url_kind
from extract.mentions.urls import normalise_url
from extract.models import ReportExtraction

NODES = pa.schema([("Id", pa.string()), ("Label", pa.string()), ("kind", pa.string()), ("n_reports", pa.int64()),
                   ("venue", pa.string()), ("year", pa.int64()), ("catalog_url", pa.string())])
EDGES = pa.schema([("Source", pa.string()), ("Target", pa.string()), ("kind", pa.string()), ("Weight", pa.int64()),
                   ("sections", pa.int64())])
NODE_REPORTS = pa.schema([("Id", pa.string()), ("report", pa.string())])
EDGE_REPORTS = pa.schema([("Source", pa.string()), ("Target", pa.string()), ("kind", pa.string()), ("report", pa.string())])
_NODE_OCC = pa.schema([("node", pa.string()), ("report", pa.string())])
_EDGE_OCC = pa.schema([("a", pa.string()), ("b", pa.string()), ("kind", pa.string()), ("report", pa.string()),
                       ("sections", pa.int64())])
_CHUNK = 200_000   # occurrence rows held as Python lists before they become an Arrow batch


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
        labels = pa.table({"Id": list(nodes), "Label": list(nodes), "kind": [k for k, _ in nodes.values()],
                           "venue": pa.nulls(len(nodes), pa.string()), "year": pa.nulls(len(nodes), pa.int64()),
                           "catalog_url": pa.nulls(len(nodes), pa.string())})
        return _aggregate(*occ.tables(), labels)


class _Occurrences:
    """(node, report) and (a, b, kind, report, sections) rows, as Python lists turned into Arrow
    record batches every _CHUNK rows (so the lists never hold the corpus)."""

    def __init__(self) -> None:
        self.node_batches: list[pa.RecordBatch] = []
        self.edge_batches: list[pa.RecordBatch] = []
        self._reset()

    def _reset(self) -> None:
        self.nodes: list[str] = []
        self.node_reports: list[str] = []
        self.a: list[str] = []
        self.b: list[str] = []
        self.kinds: list[str] = []
        self.edge_reports: list[str] = []
        self.sections: list[int] = []

    def node(self, nid: str, report: str) -> None:
        self.nodes.append(nid)
        self.node_reports.append(report)

    def edge(self, a: str, b: str, kind: str, report: str, sections: int = 0) -> None:
        if a > b:
            a, b = b, a
        self.a.append(a)
        self.b.append(b)
        self.kinds.append(kind)
        self.edge_reports.append(report)
        self.sections.append(sections)

    def flush(self, force: bool = False) -> None:
        if not force and len(self.nodes) + len(self.a) < _CHUNK:
            return
        self.node_batches.append(pa.record_batch([pa.array(self.nodes, pa.string()), pa.array(self.node_reports, pa.string())],
                                                 schema=_NODE_OCC))
        self.edge_batches.append(pa.record_batch(
            [pa.array(self.a, pa.string()), pa.array(self.b, pa.string()), pa.array(self.kinds, pa.string()),
             pa.array(self.edge_reports, pa.string()), pa.array(self.sections, pa.int64())], schema=_EDGE_OCC))
        self._reset()

    def tables(self) -> tuple[pa.Table, pa.Table]:
        self.flush(force=True)
        return pa.Table.from_batches(self.node_batches, _NODE_OCC), pa.Table.from_batches(self.edge_batches, _EDGE_OCC)


def build_graph(extractions: list[ReportExtraction], res: Resolution) -> CorpusGraph:
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
        occ.flush()
    node_occ, edge_occ = occ.tables()
    return _aggregate(node_occ, edge_occ, _label_table(labels, res))


def _label_table(labels: dict[str, tuple[str, str]], res: Resolution) -> pa.Table:
    """Label and kind of every node; catalog facts of linked papers (scalars only: GraphML)."""
    linked = {ent.id: ent.accepted_link for ent in res.papers if ent.accepted_link is not None}
    ids = list(labels)
    links = [linked.get(i) for i in ids]
    return pa.table({
        "Id": ids, "Label": [labels[i][0] for i in ids], "kind": [labels[i][1] for i in ids],
        "venue": [link.venue if link else None for link in links],
        "year": pa.array([int(link.year) if link else None for link in links], type=pa.int64()),
        "catalog_url": [link.url if link else None for link in links],
    })


def _aggregate(node_occ: pa.Table, edge_occ: pa.Table, labels: pa.Table) -> CorpusGraph:
    # One edge per pair: a pair linked in two ways (co_mentioned and authored_by never share one)
    # keeps the first kind by name, as a Graph holds one edge per pair.
    edges = query("""
        SELECT a AS Source, b AS Target, kind, count(DISTINCT report) AS Weight, sum(sections)::BIGINT AS sections
        FROM edge_occ GROUP BY a, b, kind
        QUALIFY row_number() OVER (PARTITION BY a, b ORDER BY kind) = 1
        ORDER BY Source, Target""", edge_occ=edge_occ).cast(EDGES)
    edge_reports = query("""
        SELECT DISTINCT o.a AS Source, o.b AS Target, o.kind, o.report
        FROM edge_occ o SEMI JOIN edges e ON o.a = e.Source AND o.b = e.Target AND o.kind = e.kind
        ORDER BY Source, Target, report""", edge_occ=edge_occ, edges=edges).cast(EDGE_REPORTS)
    node_reports = query("SELECT DISTINCT node AS Id, report FROM node_occ ORDER BY Id, report",
                         node_occ=node_occ).cast(NODE_REPORTS)
    nodes = query("""
        SELECT c.Id, coalesce(l.Label, c.Id) AS Label, coalesce(l.kind, 'unknown') AS kind, c.n_reports,
               l.venue, l.year, l.catalog_url
        FROM (SELECT Id, count(*) AS n_reports FROM node_reports GROUP BY Id) c LEFT JOIN labels l ON l.Id = c.Id
        ORDER BY c.Id""", node_reports=node_reports, labels=labels).cast(NODES)
    note = "" if nodes.num_rows else "no papers, people or topics were extracted"
    return CorpusGraph(nodes, edges, node_reports, edge_reports, note)
