"""What a run writes and how it is read back: table schemas, CSV/Parquet/GraphML writers, pictures, summary.md, the terminal views."""
