"""A streaming GraphML writer for graphs with scalar attributes.

networkx's writer builds the whole XML tree in memory and is slow for the hundreds of thousands of
co-mention edges a large corpus makes; this writes the same GraphML line by line, and
`networkx.read_graphml` reads it back with the same attribute types.
"""
from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import networkx as nx

_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


def _keys(items, domain: str, prefix: str) -> dict[str, tuple[str, str]]:
    """attribute name -> (key id, GraphML type), in first-seen order; all values of a name share one type."""
    keys: dict[str, tuple[str, str]] = {}
    for attrs in items:
        for name, value in attrs.items():
            kind = _TYPES.get(type(value))
            if kind is None:
                raise TypeError(f"GraphML {domain} attribute {name!r} is a {type(value).__name__}; only scalars are allowed")
            known = keys.get(name)
            if known is None:
                keys[name] = (f"{prefix}{len(keys)}", kind)
            elif known[1] != kind:
                raise TypeError(f"GraphML {domain} attribute {name!r} mixes {known[1]} and {kind}")
    return keys


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


_NEEDS_QUOTING = re.compile(r'[&<>"\n\r\t]')


def _attr(v: str) -> str:
    """quoteattr(v), with a fast path for the usual value that needs no escaping."""
    v = xml_safe(v)
    return quoteattr(v) if _NEEDS_QUOTING.search(v) else f'"{v}"'


def _data(attrs: dict, keys: dict[str, tuple[str, str]]) -> str:
    return "".join([f'<data key="{keys[k][0]}">{_value(v)}</data>' for k, v in attrs.items()])


def write_graphml(g: nx.Graph, path: Path) -> None:
    """Write an undirected graph with scalar node, edge and graph attributes."""
    gkeys = _keys([g.graph], "graph", "g")
    nkeys = _keys((d for _, d in g.nodes(data=True)), "node", "n")
    ekeys = _keys((d for _, _, d in g.edges(data=True)), "edge", "e")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("<?xml version='1.0' encoding='utf-8'?>\n"
                 '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
                 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                 'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
                 'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
        for domain, keys in (("graph", gkeys), ("node", nkeys), ("edge", ekeys)):
            for name, (kid, kind) in keys.items():
                fh.write(f'  <key id="{kid}" for="{domain}" attr.name={quoteattr(name)} attr.type="{kind}" />\n')
        fh.write(f'  <graph edgedefault="{"directed" if g.is_directed() else "undirected"}">\n')
        if g.graph:
            fh.write(f"    {_data(g.graph, gkeys)}\n")
        for n, d in g.nodes(data=True):
            fh.write(f"    <node id={_attr(str(n))}>{_data(d, nkeys)}</node>\n")
        for a, b, d in g.edges(data=True):
            fh.write(f"    <edge source={_attr(str(a))} target={_attr(str(b))}>{_data(d, ekeys)}</edge>\n")
        fh.write("  </graph>\n</graphml>\n")
