"""DuckDB for the corpus stage: one embedded, multi-threaded connection per query, over Arrow tables,
spilling to disk under a memory limit (so a corpus larger than memory still aggregates)."""
from __future__ import annotations

import os
import tempfile

import duckdb
import pyarrow as pa

# Spills past this go to a temporary folder; TRIPMINE_DUCKDB_MEMORY overrides it (e.g. "4GB").
MEMORY_LIMIT = os.environ.get("TRIPMINE_DUCKDB_MEMORY", "512MB")


def connect() -> duckdb.DuckDBPyConnection:
    return duckdb.connect(config={
        "memory_limit": MEMORY_LIMIT,
        "temp_directory": os.path.join(tempfile.gettempdir(), "tripmine-duckdb"),
        "threads": max(1, min(os.cpu_count() or 1, 4)),
        "preserve_insertion_order": True,
    })


def query(sql: str, **tables: pa.Table) -> pa.Table:
    """Run one SELECT over the given Arrow tables (by name) and return its result as an Arrow table."""
    with connect() as con:
        for name, table in tables.items():
            con.register(name, table)
        return con.sql(sql).to_arrow_table()
