"""A streaming GraphML writer for the graph's tables.

networkx's writer builds the whole XML tree in memory and is slow for the million co-mention edges a
large corpus makes; this writes the same GraphML a batch of lines at a time, each line built
column-wise in Arrow, and `networkx.read_graphml` reads it back with the same attribute types.
"""
from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

# Characters XML 1.0 forbids outright (a NUL or ESC makes the file unreadable): replaced by U+FFFD.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(v: str) -> str:
    return _NOT_XML.sub("\ufffd", v)


def _value(v) -> str:
    if v is True or v is False:
        return "true" if v else "false"
    if isinstance(v, str):
        v = xml_safe(v)
        # Most values need no escaping; checking first is much cheaper than always escaping.
        return escape(v) if ("&" in v or "<" in v or ">" in v) else v
    return str(v)


# GraphML attributes from the graph's tables: (column, attribute name, GraphML type). An empty value
# (null, NaN) is left out of that node or edge, as networkx leaves out an attribute it lacks.
NODE_ATTRS = [("Label", "label", "string"), ("kind", "kind", "string"), ("n_reports", "n_reports", "long"),
              ("venue", "venue", "string"), ("year", "year", "long"), ("catalog_url", "catalog_url", "string"),
              ("degree", "degree", "long"), ("weighted_degree", "weighted_degree", "long"), ("pagerank", "pagerank", "double"),
              ("community", "community", "long"), ("first_seen", "first_seen", "string"), ("last_seen", "last_seen", "string")]
EDGE_ATTRS = [("kind", "kind", "string"), ("Weight", "weight", "long"), ("sections", "sections", "long"),
              ("association_strength", "association_strength", "double"), ("jaccard", "jaccard", "double")]
_BATCH = 65_536


def _text(arr: pa.ChunkedArray | pa.Array, attribute: bool = False) -> pa.Array:
    """XML text (or a double-quoted attribute value) of each string, computed column-wise in Arrow."""
    arr = pc.replace_substring_regex(arr, pattern=_NOT_XML_RE2, replacement="\ufffd")
    for char, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")) + (_ATTR_ENTITIES if attribute else ()):
        arr = pc.replace_substring(arr, pattern=char, replacement=entity)
    return arr


_ATTR_ENTITIES = (('"', "&quot;"), ("\n", "&#10;"), ("\r", "&#13;"), ("\t", "&#9;"))
# _NOT_XML in RE2's syntax (Arrow strings are valid UTF-8: no surrogates to look for).
_NOT_XML_RE2 = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x{fffe}\x{ffff}]"


def _lines(table: pa.Table, attrs: list[tuple[str, str, str]], prefix: str, open_tag: list, close: str) -> pa.Array:
    """One line of GraphML per row: `open_tag` (literal strings, and (column,) for a column's values
    as an attribute value), then a <data> element per attribute that is not empty, then `close`."""
    parts = [p if isinstance(p, str) else _text(table.column(p[0]), attribute=True) for p in open_tag]
    for i, (col, _, kind) in enumerate(attrs):
        if col not in table.column_names:
            continue
        values = table.column(col)
        present = pc.is_valid(values)
        if kind == "double":
            present = pc.fill_null(pc.and_kleene(present, pc.invert(pc.is_nan(values))), False)
        text = _text(values) if kind == "string" else values.cast(pa.string())
        element = pc.binary_join_element_wise(f'<data key="{prefix}{i}">', text, "</data>", "")
        parts.append(pc.if_else(present, element, ""))
    parts.append(close)
    return pc.binary_join_element_wise(*parts, "")


def write_graphml(nodes: pa.Table, edges: pa.Table, path: Path, *, note: str = "",
                  name: str = "tripmine co-mention graph") -> None:
    """Write the graph's node and edge tables (graph.CorpusGraph, with the analytics columns) as
    undirected GraphML, a line per node and edge, built column-wise in Arrow a batch at a time;
    `networkx.read_graphml` reads it back with these types."""
    graph_attrs = {"name": name, **({"note": note} if note else {})}
    head = ["<?xml version='1.0' encoding='utf-8'?>\n"
            '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
            'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n']
    head += [f'  <key id="g{i}" for="graph" attr.name="{attr}" attr.type="string" />\n' for i, attr in enumerate(graph_attrs)]
    for domain, prefix, attrs in (("node", "d", NODE_ATTRS), ("edge", "e", EDGE_ATTRS)):
        head += [f'  <key id="{prefix}{i}" for="{domain}" attr.name="{attr}" attr.type="{kind}" />\n'
                 for i, (_, attr, kind) in enumerate(attrs)]
    head.append('  <graph edgedefault="undirected">\n')
    head.append("    " + "".join(f'<data key="g{i}">{_value(v)}</data>' for i, v in enumerate(graph_attrs.values())) + "\n")
    with open(path, "wb") as fh:
        fh.write("".join(head).encode("utf-8"))
        for table, attrs, prefix, open_tag, close in (
                (nodes, NODE_ATTRS, "d", ['    <node id="', ("Id",), '">'], "</node>\n"),
                (edges, EDGE_ATTRS, "e", ['    <edge source="', ("Source",), '" target="', ("Target",), '">'], "</edge>\n")):
            for batch in table.to_batches(_BATCH):
                if batch.num_rows:
                    lines = _lines(pa.Table.from_batches([batch]), attrs, prefix, open_tag, close)
                    for chunk in lines.chunks if isinstance(lines, pa.ChunkedArray) else [lines]:
                        fh.write(_utf8(chunk))
        fh.write(b"  </graph>\n</graphml>\n")


def _utf8(lines: pa.Array) -> memoryview:
    """The UTF-8 bytes of a string array's values, back to back: its data buffer between the first
    and the last offset (no Python string per line)."""
    if not len(lines):
        return memoryview(b"")
    offsets = np.frombuffer(lines.buffers()[1], dtype=np.int32, count=len(lines) + 1, offset=lines.offset * 4)
    return memoryview(lines.buffers()[2])[int(offsets[0]) : int(offsets[-1])]
