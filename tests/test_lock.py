"""requirements.lock: what `make run` / `make test` install is the set the tests ran with."""
import re
from importlib import metadata
from pathlib import Path

import pytest

LOCK = Path(__file__).resolve().parents[1] / "requirements.lock"
PIN_RE = re.compile(r"^([A-Za-z0-9_.-]+)==([^\s;]+)", re.M)


def pins() -> dict[str, str]:
    return {name.lower().replace("_", "-"): version for name, version in PIN_RE.findall(LOCK.read_text())}


def test_lock_keeps_the_scheduler_working():
    # SQLAlchemy 2.1 breaks Prefect 3.8's scheduler: no scheduled run is ever created.
    major, minor = map(int, pins()["sqlalchemy"].split(".")[:2])
    assert (major, minor) < (2, 1)


@pytest.mark.parametrize("name", ["prefect", "sqlalchemy", "fastapi", "spacy", "pandas", "pyarrow"])
def test_installed_versions_are_the_locked_ones(name):
    assert metadata.version(name) == pins()[name]
