"""tripmine: mine conference trip reports.

`from extract import load_outputs` loads an output folder into pandas (see `extract.outputs.load`).
"""


def __getattr__(name: str):
    # Lazy: `import extract.extraction` in a worker should not pay for pandas and pyarrow.
    if name in ("load_outputs", "Outputs"):
        from extract.outputs import load as outputs

        return getattr(outputs, name)
    raise AttributeError(f"module 'extract' has no attribute {name!r}")
