"""The output tables' columns and their types: one definition for the CSV and Parquet writers and for
`load_outputs`, so a column keeps its dtype whether the table is full or empty.

Kinds: `text` (str), `int` (never missing), `nint` (an int or missing, e.g. a year), `float`
(NaN when missing), `bool`, and `list` (a list of str: a Python list in pandas and Parquet,
"; "-joined in CSV).
"""
from __future__ import annotations

import re

import pandas as pd
import pyarrow as pa

from extract.text.normalise import CONTROL_RE

TEXT, INT, NINT, FLOAT, BOOL, LIST = "text", "int", "nint", "float", "bool", "list"
LIST_SEPARATOR = "; "   # lists in CSV cells

_LINK = {
    "canonical_title": TEXT, "venue": TEXT, "year": NINT, "catalog_url": TEXT, "catalog_authors": LIST,
    "catalog_code_url": TEXT, "link_score": FLOAT, "link_method": TEXT, "link_status": TEXT,
    "runner_up_title": TEXT, "runner_up_venue": TEXT, "runner_up_year": NINT, "runner_up_score": FLOAT,
}

SCHEMA: dict[str, dict[str, str]] = {
    "reports": {
        "report": TEXT, "path": TEXT, "sha256": TEXT, "status": TEXT, "message": TEXT, "n_chars": INT, "n_bytes": INT,
        "encoding": TEXT, "is_html": BOOL, "conference": TEXT, "n_papers": INT, "n_people": INT, "n_urls": INT,
        "n_topics": INT,
    },
    "papers": {
        "paper_id": TEXT, "title": TEXT, "variants": LIST, "n_reports": INT, "reports": LIST, "authors": LIST,
        "code_urls": LIST, "topics": LIST, "n_mentions": INT, **_LINK,
    },
    "people": {"person_id": TEXT, "name": TEXT, "aliases": LIST, "roles": LIST, "n_reports": INT, "reports": LIST},
    "people_aliases": {"person_id": TEXT, "name": TEXT, "alias": TEXT, "source": TEXT, "n_reports": INT, "reports": LIST},
    "review": {
        "report": TEXT, "paper_id": TEXT, "title_as_written": TEXT, "link_score": FLOAT, "link_method": TEXT,
        "candidate_title": TEXT, "candidate_venue": TEXT, "candidate_year": NINT, "candidate_url": TEXT,
        "candidate_authors": LIST, "runner_up_title": TEXT, "runner_up_venue": TEXT, "runner_up_year": NINT,
        "runner_up_score": FLOAT,
    },
    "mentions": {"report": TEXT, "kind": TEXT, "entity_id": TEXT, "text": TEXT, "start": INT, "end": INT, "rule": TEXT,
                 "score": FLOAT, "value": TEXT},
    # Gephi's spreadsheet import reads Id/Label and Source/Target/Type/Weight as they are.
    "nodes": {
        "Id": TEXT, "Label": TEXT, "kind": TEXT, "n_reports": INT, "venue": TEXT, "year": NINT,
        "degree": INT, "weighted_degree": INT, "pagerank": FLOAT, "community": INT, "first_seen": TEXT, "last_seen": TEXT,
    },
    "edges": {
        "Source": TEXT, "Target": TEXT, "Type": TEXT, "kind": TEXT, "Weight": INT, "sections": INT,
        "association_strength": FLOAT, "jaccard": FLOAT,
    },
    # Which reports named each node and edge: one row per (node, report) and (edge, report), Parquet only
    # (a list on every row of nodes/edges made edges.csv and graph.graphml grow with reports x edges).
    "node_reports": {"Id": TEXT, "report": TEXT},
    "edge_reports": {"Source": TEXT, "Target": TEXT, "kind": TEXT, "report": TEXT},
}
PARQUET_ONLY = frozenset({"node_reports", "edge_reports"})

_PANDAS = {TEXT: object, INT: "int64", NINT: "Int64", FLOAT: "float64", BOOL: "bool", LIST: object}
_ARROW = {TEXT: pa.string(), INT: pa.int64(), NINT: pa.int64(), FLOAT: pa.float64(), BOOL: pa.bool_(),
          LIST: pa.list_(pa.string())}


def columns(table: str) -> list[str]:
    return list(SCHEMA[table])


def conform(table: str, rows) -> pd.DataFrame:
    """A DataFrame of `rows` (dicts or tuples in column order) with exactly the table's columns and dtypes."""
    df = pd.DataFrame(rows, columns=columns(table))
    kinds = SCHEMA[table]
    for col, kind in kinds.items():
        if kind == TEXT:
            df[col] = df[col].fillna("").astype(object)
        elif kind == LIST:
            df[col] = pd.Series([v if v.__class__ is list else list(v) if isinstance(v, tuple) else [] for v in df[col]],
                                index=df.index, dtype=object)
        else:
            df[col] = df[col].astype(_PANDAS[kind])
    return df


def arrow_schema(table: str) -> pa.Schema:
    return pa.schema([pa.field(col, _ARROW[kind]) for col, kind in SCHEMA[table].items()])


def for_csv(table: str, df: pd.DataFrame) -> pd.DataFrame:
    """The table with its list cells joined for a CSV cell, control characters (a stray NUL or ESC
    from a catalog title) dropped from text."""
    out = df.copy(deep=False)
    for col, kind in SCHEMA[table].items():
        if kind == LIST:
            out[col] = _without_controls([LIST_SEPARATOR.join(v) for v in df[col]])
        elif kind == TEXT:
            cells = df[col].tolist()
            cleaned = _without_controls(cells)
            if cleaned is not cells:
                out[col] = cleaned
    return out


def _without_controls(cells: list) -> list:
    """The cells with control characters dropped; the same list when none has one (one regex search
    over the joined column instead of one per cell: most columns never hold one)."""
    texts = [c for c in cells if isinstance(c, str)]
    if not CONTROL_RE.search("\n".join(texts)):   # "\n" is not a control character here
        return cells
    return [CONTROL_RE.sub("", c) if isinstance(c, str) else c for c in cells]


def from_arrow(table: str, data: pa.Table) -> pd.DataFrame:
    """A DataFrame with the schema's pandas dtypes: text as pandas `string`, counts as int64, missing
    ints as `Int64`, lists as Python lists; columns the schema does not know are kept as read."""
    df = data.to_pandas()
    for col, kind in SCHEMA.get(table, {}).items():
        if col not in df.columns:
            continue
        if kind == TEXT:
            df[col] = df[col].astype("string")
        elif kind == LIST:
            df[col] = pd.Series([list(v) if v is not None else [] for v in df[col]], index=df.index, dtype=object)
        else:
            df[col] = df[col].astype(_PANDAS[kind])
    return df
