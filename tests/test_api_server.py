"""tripmine.api_server: when `tripmine run` may start Prefect's temporary API early (without importing Prefect)."""
import pytest

from tripmine.api_server import api_configured


@pytest.fixture
def bare(tmp_path, monkeypatch):
    for var in ("PREFECT_API_URL", "PREFECT_PROFILES_PATH"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "home").mkdir()
    return tmp_path


def test_nothing_configured(bare):
    assert not api_configured()


def test_environment(bare, monkeypatch):
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:4200/api")
    assert api_configured()


def test_active_profile_file(bare):
    (bare / "home" / "profiles.toml").write_text('active = "local"\n[profiles.local]\nPREFECT_API_URL = "http://127.0.0.1:4200/api"\n')
    assert api_configured()


def test_profile_file_without_an_api_url(bare):
    (bare / "home" / "profiles.toml").write_text('active = "ephemeral"\n[profiles.ephemeral]\nPREFECT_SERVER_ALLOW_EPHEMERAL_MODE = "true"\n')
    assert not api_configured()


@pytest.mark.parametrize("name,text", [("prefect.toml", '[api]\nurl = "http://127.0.0.1:4200/api"\n'),
                                       ("pyproject.toml", '[tool.prefect.api]\nurl = "http://127.0.0.1:4200/api"\n'),
                                       (".env", "PREFECT_API_URL=http://127.0.0.1:4200/api\n")])
def test_settings_files_in_the_working_folder(bare, name, text):
    (bare / name).write_text(text)
    assert api_configured()
