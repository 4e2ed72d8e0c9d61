import pytest

from extract.nlp import build_pipeline


@pytest.fixture(scope="session")
def nlp():
    return build_pipeline()
