import sqlite3

import pytest

from extract.nlp import build_pipeline


@pytest.fixture(scope="session")
def nlp():
    return build_pipeline()


@pytest.fixture(scope="session")
def catalog_path(tmp_path_factory):
    from catalog_fixture import write_catalog

    return write_catalog(tmp_path_factory.mktemp("catalog") / "papers.csv")


@pytest.fixture(scope="session")
def catalog(catalog_path, tmp_path_factory):
    from extract.link.catalog import load_catalog

    return load_catalog(catalog_path, tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session")
def prefect_harness():
    """One Prefect API and database for every flow test. Its start-up (migrating a fresh database) took
    over the harness's default 30 s on a loaded 2-core machine; 180 s holds there."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture
def prefect_home(prefect_harness, tmp_path):
    """A PREFECT_HOME for a `tripmine run` subprocess, its database already migrated (a copy of the
    harness's): on a fresh one, the temporary server's first start spends ~10 s on migrations."""
    from prefect.settings import PREFECT_SERVER_DATABASE_CONNECTION_URL

    source = PREFECT_SERVER_DATABASE_CONNECTION_URL.value().split(":///", 1)[1]
    home = tmp_path / "prefect-home"
    home.mkdir()
    with sqlite3.connect(source) as src, sqlite3.connect(home / "prefect.db") as dst:
        src.backup(dst)   # a consistent copy while the harness's server has it open
    return home
