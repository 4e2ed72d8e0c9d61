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
    from extract.catalog import load_catalog

    return load_catalog(catalog_path, tmp_path_factory.mktemp("cache"))
