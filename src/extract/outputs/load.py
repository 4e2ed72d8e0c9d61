"""Load a tripmine output folder into pandas, with the same dtypes every time.

    from extract import load_outputs
    out = load_outputs("outputs")
    out.papers.sort_values("n_reports", ascending=False).head()
    out.papers.loc[0, "authors"]          # a Python list
    g = out.graph()                       # networkx, from graph.graphml
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pandas as pd
import pyarrow.parquet as pq

from extract.outputs.export import TABLES, OutputTables
from extract.outputs.schema import from_arrow


@dataclass
class Outputs(OutputTables):
    """Every table of one run (the fields of `OutputTables`), each a DataFrame; dtypes are those of
    `extract.outputs.schema`: ids and text as pandas `string`, counts as int64, years as nullable Int64,
    scores as float64, lists as Python lists."""
    folder: Path = Path("outputs")

    def tables(self) -> dict[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in TABLES}

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables()[name]

    def graph(self) -> nx.Graph:
        """The co-mention graph with every node and edge attribute."""
        return nx.read_graphml(self.folder / "graph.graphml")

    def extractions(self) -> pd.DataFrame:
        """extractions.jsonl: one row per report, papers as a list of dicts."""
        return pd.read_json(self.folder / "extractions.jsonl", lines=True, dtype=False)


def load_outputs(folder: str | Path = "outputs") -> Outputs:
    """Read the Parquet tables of a `tripmine run` output folder."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"no output folder {str(folder)!r}; run `tripmine run --out {folder}` first")
    tables = {}
    for name in TABLES:
        path = folder / f"{name}.parquet"
        if not path.is_file():
            raise FileNotFoundError(f"{path} is missing: {folder} was not written by this version of tripmine "
                                    "(run `tripmine run` again)")
        tables[name] = from_arrow(name, pq.read_table(path))
    return Outputs(folder=folder, **tables)
