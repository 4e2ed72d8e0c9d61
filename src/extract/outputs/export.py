"""Tables, JSONL and GraphML, written as one set: into a temporary folder, then swapped in.

A run that fails before the swap leaves the previous outputs untouched.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, fields
from itertools import chain
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from extract.corpus.graph import CorpusGraph
from extract.errors import OutputNotWritable
from extract.link.resolve import Resolution
from extract.models import CatalogLink, Mention, Report, ReportExtraction, in_report_order
from extract.outfolder import check_output_folder, mark
from extract.outputs.graphml import write_graphml
from extract.outputs.manifest import write_manifest
from extract.outputs.schema import PARQUET_ONLY, arrow_schema, columns, conform, for_csv
from extract.text.normalise import norm_text

log = logging.getLogger(__name__)


@dataclass
class OutputTables:
    reports: pd.DataFrame
    papers: pd.DataFrame
    people: pd.DataFrame
    people_aliases: pd.DataFrame
    review: pd.DataFrame
    mentions: pd.DataFrame | Iterable[pd.DataFrame]   # in a run: chunks, written as they come (never whole)
    nodes: pd.DataFrame | pa.Table          # Arrow in a run (written in chunks), pandas when loaded
    edges: pd.DataFrame | pa.Table          # Arrow in a run (written in chunks), pandas when loaded
    node_reports: pd.DataFrame | pa.Table    # Arrow in a run (millions of rows, never pandas), pandas when loaded
    edge_reports: pd.DataFrame | pa.Table


def _link_columns(link: CatalogLink | None) -> dict:
    """papers.csv link columns: catalog fields only for an accepted link; a review case shows its score."""
    if link is None:
        return {}
    accepted = link.status == "accepted"
    return {
        "canonical_title": link.canonical_title if accepted else "", "venue": link.venue if accepted else "",
        "year": (link.year or None) if accepted else None, "catalog_url": link.url if accepted else "",
        "catalog_authors": list(link.authors) if accepted else [], "catalog_code_url": link.code_url if accepted else "",
        "link_score": link.score, "link_method": link.method, "link_status": link.status,
        "runner_up_title": link.runner_up_title, "runner_up_venue": link.runner_up_venue,
        "runner_up_year": link.runner_up_year or None, "runner_up_score": link.runner_up_score if link.runner_up_title else None,
    }


def review_rows(extractions: Iterable[ReportExtraction], res: Resolution) -> pd.DataFrame:
    """Links between the review and accept thresholds, with both candidates, for a person to confirm."""
    rows = []
    for ex in in_report_order(extractions):
        for i, p in enumerate(ex.papers):
            link = p.link
            if link is None or link.status != "review":
                continue
            rows.append({
                "report": ex.report.name, "paper_id": res.paper_of[(ex.report.name, i)], "title_as_written": p.title,
                "link_score": link.score, "link_method": link.method, "candidate_title": link.canonical_title,
                "candidate_venue": link.venue, "candidate_year": link.year or None, "candidate_url": link.url,
                "candidate_authors": list(link.authors), "runner_up_title": link.runner_up_title,
                "runner_up_venue": link.runner_up_venue, "runner_up_year": link.runner_up_year or None,
                "runner_up_score": link.runner_up_score if link.runner_up_title else None,
            })
    return conform("review", rows)


def build_tables(reports: list[Report], extractions: Iterable[ReportExtraction], res: Resolution, graph: CorpusGraph, *,
                 whole: Iterable[ReportExtraction] | None = None) -> OutputTables:
    """Every output table. `whole`: the extractions with all their mentions, in report-name order,
    when `extractions` are slim copies (corpus.store)."""
    counts = {e.report.name: (e.conference, len(e.papers), len(e.people), len(e.urls), len(e.topics)) for e in extractions}
    report_rows = []
    for r in sorted(reports, key=lambda r: r.name):
        conference, n_papers, n_people, n_urls, n_topics = counts.get(r.name, ("", 0, 0, 0, 0))
        report_rows.append({
            "report": r.name, "path": r.path, "sha256": r.sha256, "status": r.status, "message": r.message,
            "n_chars": r.n_chars or len(r.text), "n_bytes": r.n_bytes, "encoding": r.encoding, "is_html": r.is_html,
            "conference": conference, "n_papers": n_papers, "n_people": n_people, "n_urls": n_urls, "n_topics": n_topics,
        })
    # Row dicts one at a time into columns: a list of 150,000 row dicts was a few hundred MB at the
    # corpus stage's memory peak.
    papers = conform("papers", _columns("papers", ({
        "paper_id": p.id, "title": p.title, "variants": p.variants, "n_reports": len(p.reports),
        "reports": p.reports, "authors": p.authors, "code_urls": p.code_urls,
        "topics": p.topics, "n_mentions": p.n_mentions, **_link_columns(p.link),
    } for p in res.papers)))
    people = conform("people", _columns("people", ({
        "person_id": p.id, "name": p.name, "aliases": p.aliases, "roles": p.roles,
        "n_reports": len(p.reports), "reports": p.reports,
    } for p in res.people)))
    aliases = conform("people_aliases", _columns("people_aliases", chain(
        ({"person_id": p.id, "name": p.name, "alias": a, "source": "report", "n_reports": len(reps), "reports": reps}
         for p in res.people for a, reps in p.alias_reports.items()),
        ({"person_id": p.id, "name": p.name, "alias": p.name, "source": "catalog", "n_reports": 0, "reports": []}
         for p in res.people if p.name not in p.alias_reports))))

    ordered = whole if whole is not None else in_report_order(extractions)
    return OutputTables(conform("reports", report_rows), papers, people, aliases, review_rows(extractions, res),
                        mention_chunks(ordered, res), *graph_tables(graph))


def _columns(table: str, rows: Iterable[dict]) -> dict[str, list]:
    """The table's columns from row dicts read one at a time (a column a row lacks gets None)."""
    cols: dict[str, list] = {c: [] for c in columns(table)}
    for row in rows:
        for c, values in cols.items():
            values.append(row.get(c))
    return cols


MENTION_CHUNK_REPORTS = 500


def mention_chunks(extractions: Iterable[ReportExtraction], res: Resolution, *,
                   reports_per_chunk: int = MENTION_CHUNK_REPORTS) -> Iterator[pd.DataFrame]:
    """The mentions table in report order, a few hundred reports at a time: a large corpus has
    millions of mentions, and the writer appends each chunk to the CSV and Parquet files as it comes.
    Always yields at least one (possibly empty) chunk. What it needs of the entities is taken now,
    so they may be let go before the chunks are read (Resolution.release_entities)."""
    return _mention_chunks(extractions, res, {norm_text(p.title): p.id for p in res.papers}, reports_per_chunk)


def _mention_chunks(extractions: Iterable[ReportExtraction], res: Resolution, paper_by_title: dict[str, str],
                    reports_per_chunk: int) -> Iterator[pd.DataFrame]:
    cols: dict[str, list] = {c: [] for c in ("report", "kind", "entity_id", "text", "start", "end", "rule", "score", "value")}
    c_rep, c_kind, c_id, c_text, c_start, c_end, c_rule, c_score, c_value = cols.values()

    def add(rep: str, kind: str, entity: str, m: Mention, value: str) -> None:
        c_rep.append(rep)
        c_kind.append(kind)
        c_id.append(entity)
        c_text.append(m.text)
        c_start.append(m.start)
        c_end.append(m.end)
        c_rule.append(m.rule)
        c_score.append(m.score)
        c_value.append(value)

    yielded = False
    for n_reports, ex in enumerate(extractions, 1):
        rep = ex.report.name
        for i, p in enumerate(ex.papers):
            pid = res.paper_of[(rep, i)]
            for m in p.mentions:
                add(rep, "paper", pid, m, p.display_title)
            for m in p.author_mentions:
                add(rep, "author", res.person(rep, m.value), m, m.value)
        for m in ex.people_mentions + ex.citations:
            add(rep, m.kind, res.person(rep, m.value), m, m.value)
        for m in ex.url_mentions:
            add(rep, "url", m.value, m, m.value)
        for m in ex.topic_mentions:
            add(rep, "topic", "T:" + m.value, m, m.value)
        for m in ex.abbreviations:  # value: the catalog title it stands for, "" when unresolved
            add(rep, "abbreviation", paper_by_title.get(norm_text(m.value), "") if m.value else "", m, m.value)
        if n_reports % reports_per_chunk == 0 and c_rep:
            yield conform("mentions", cols)
            yielded = True
            for col in cols.values():
                col.clear()
    if c_rep or not yielded:
        yield conform("mentions", cols)


def graph_tables(graph: CorpusGraph) -> tuple[pa.Table, pa.Table, pa.Table, pa.Table]:
    """nodes and edges tables (Gephi's spreadsheet columns first), and the report lists of each, from
    the graph's tables. All stay in Arrow: they go to pandas a chunk at a time as they are written
    (the nodes of 20,000 reports as one DataFrame were over 100 MB of Python strings at the corpus
    stage's memory peak; a large corpus has millions of edges)."""
    nodes = graph.nodes.select(columns("nodes")).cast(arrow_schema("nodes"))
    edges = graph.edges.add_column(2, "Type", pa.repeat(pa.scalar("Undirected"), graph.edges.num_rows))
    return (nodes, edges.select(columns("edges")).cast(arrow_schema("edges")), graph.node_reports.cast(arrow_schema("node_reports")),
            graph.edge_reports.cast(arrow_schema("edge_reports")))


ARROW_CHUNK_ROWS = 100_000


def _pandas_chunks(name: str, table: pa.Table) -> Iterator[pd.DataFrame]:
    """An Arrow table as conformed DataFrames of ARROW_CHUNK_ROWS rows (at least one, maybe empty)."""
    batches = table.to_batches(ARROW_CHUNK_ROWS) or [pa.RecordBatch.from_pylist([], schema=table.schema)]
    for batch in batches:
        yield conform(name, batch.to_pandas())


def extraction_records(extractions: Iterable[ReportExtraction], res: Resolution, *, presorted: bool = False) -> Iterator[dict]:
    """extractions.jsonl rows (score.py's shape), with paper ids added; one at a time, as they are
    written (the rows of a large corpus, all at once, are hundreds of MB of dicts). `presorted`:
    the extractions already come in report-name order (and may be a one-pass iterator)."""
    for ex in extractions if presorted else sorted(extractions, key=lambda e: e.report.name):
        row = ex.to_json()
        for i, p in enumerate(row["papers"]):
            p["paper_id"] = res.paper_of[(ex.report.name, i)]
        yield row


TABLES = tuple(f.name for f in fields(OutputTables))   # file stems, in writing order
# A cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets
# (OWASP "CSV injection"); tab and carriage return can hide one.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_FIRST = frozenset(FORMULA_START)


def spreadsheet_safe(df: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text cells that a spreadsheet would run as a formula start with a quote ("'=1+2").

    Only text columns change; numbers (including negative ones) stay numbers. Parquet and
    extractions.jsonl keep the exact values.
    """
    out = df.copy(deep=False)
    for col in out.columns:
        if out[col].dtype != object:
            continue
        values = out[col].tolist()
        # One pass of plain Python over the cells; most columns have no hit and are left as they are.
        hits = [i for i, v in enumerate(values) if v.__class__ is str and v[:1] in _FORMULA_FIRST]
        if hits:
            for i in hits:
                values[i] = "'" + values[i]
            out[col] = pd.Series(values, index=out.index, dtype=object)
    return out


def write_outputs(out_dir: Path, tables: OutputTables, records: Iterable[dict], graph: CorpusGraph, *,
                  summary_md: str = "", pictures: bool = True, manifest: tuple[str, Any] | None = None) -> Path:
    """Write the whole output set (and summary.md, graph.png, graph.html) into a temporary sibling
    folder, then swap it in. `manifest`: (inputs digest, run summary), recorded last (outputs.manifest)."""
    out_dir = Path(out_dir)
    check_output_folder(out_dir)   # never replace a folder that is not tripmine's
    tmp = out_dir.parent / f".{out_dir.name}.tmp-{os.getpid()}"
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        if tmp.exists():
            shutil.rmtree(tmp)
        tmp.mkdir()
    except OSError as exc:
        raise OutputNotWritable.from_os_error(f"outputs beside {out_dir}", exc) from None
    try:
        for name in TABLES:
            data = getattr(tables, name)
            if isinstance(data, pa.Table) and name in PARQUET_ONLY:   # the report lists: straight from Arrow
                pq.write_table(data.cast(arrow_schema(name)), tmp / f"{name}.parquet")
            elif isinstance(data, pa.Table):
                _write_table(tmp, name, _pandas_chunks(name, data))
            else:
                _write_table(tmp, name, [data] if isinstance(data, pd.DataFrame) else data)
        with open(tmp / "extractions.jsonl", "w", encoding="utf-8") as fh:
            for row in records:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        write_graphml(graph.nodes, graph.edges, tmp / "graph.graphml", note=graph.note)
        if pictures:
            from extract.outputs.pictures import missing_modules, write_pictures  # matplotlib and Plotly only when wanted

            missing = missing_modules()
            if missing:
                log.warning("graph.png and graph.html not drawn: %s not installed (pip install 'tripmine[pictures]')",
                            ", ".join(missing))
            else:
                write_pictures(tables.nodes, tables.edges, tmp)
        if summary_md:
            (tmp / "summary.md").write_text(summary_md, encoding="utf-8")
        mark(tmp)
        if manifest is not None:
            write_manifest(tmp, *manifest)
        check_output_folder(out_dir)   # again: something may have been put there during the run
        _swap(tmp, out_dir)
    except OSError as exc:   # a full or read-only disk: the previous outputs stay as they were
        shutil.rmtree(tmp, ignore_errors=True)
        raise OutputNotWritable.from_os_error(f"outputs to {out_dir}", exc) from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out_dir


def _write_table(folder: Path, name: str, chunks: Iterable[pd.DataFrame]) -> None:
    """NAME.csv (unless Parquet-only) and NAME.parquet from one or more DataFrames of the table,
    appended as they come. Parquet keeps exact values, lists as lists, and one type per column even
    when the table is empty."""
    schema = arrow_schema(name)
    with ExitStack() as files:
        csv = None if name in PARQUET_ONLY else files.enter_context(open(folder / f"{name}.csv", "w", encoding="utf-8", newline=""))
        parquet = None
        for i, df in enumerate(chunks):
            if csv is not None:
                spreadsheet_safe(for_csv(name, df)).to_csv(csv, index=False, header=i == 0)
            table = pa.Table.from_pandas(df, schema=schema, preserve_index=False)
            if parquet is None:   # opened with the first chunk's schema: it carries pandas' dtypes (Int64 stays Int64)
                parquet = files.enter_context(pq.ParquetWriter(folder / f"{name}.parquet", table.schema))
            parquet.write_table(table)
        if parquet is None:
            raise ValueError(f"no rows or columns were given for {name}")


def _swap(tmp: Path, out_dir: Path) -> None:
    """Put the new output set in place. On Linux the two folders are exchanged in one atomic step
    (renameat2 RENAME_EXCHANGE), so a reader or a crash never sees no outputs; elsewhere two renames,
    with `recover_outputs` putting the old set back if a crash falls between them."""
    if out_dir.exists() and _exchange(tmp, out_dir):
        shutil.rmtree(tmp, ignore_errors=True)   # tmp now holds the previous set
        return
    old = out_dir.parent / f".{out_dir.name}.old-{os.getpid()}"
    if out_dir.exists():
        os.replace(out_dir, old)
    os.replace(tmp, out_dir)
    shutil.rmtree(old, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Atomically exchange two paths; False where the system cannot."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def recover_outputs(out_dir: Path) -> list[str]:
    """Clean up after a run that was killed while writing (call while holding the output lock).

    Drops half-written `.NAME.tmp-*` folders; if NAME itself is missing, puts the previous set back
    from `.NAME.old-*`. Returns what was done, for the log.
    """
    out_dir = Path(out_dir)
    done: list[str] = []
    if not out_dir.parent.is_dir():
        return done
    olds = sorted(out_dir.parent.glob(f".{out_dir.name}.old-*"))
    if not out_dir.exists() and olds:
        os.replace(olds[-1], out_dir)
        done.append(f"restored the previous outputs from {olds[-1].name}")
        olds = olds[:-1]
    for stale in sorted(out_dir.parent.glob(f".{out_dir.name}.tmp-*")) + olds:
        shutil.rmtree(stale, ignore_errors=True)
        done.append(f"removed {stale.name} left by an interrupted run")
    return done
