"""tripmine: mine conference trip reports.

`from extract import load_outputs` loads an output folder into pandas (see `extract.outputs`).
"""


def __getattr__(name: str):
    # Lazy: `import extract.pipeline` in a worker should not pay for pandas and pyarrow.
    if name in ("load_outputs", "Outputs"):
        from . import outputs

        return getattr(outputs, name)
    raise AttributeError(f"module 'extract' has no attribute {name!r}")
