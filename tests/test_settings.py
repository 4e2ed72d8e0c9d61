"""One settings model: the CLI options and the deployment's environment variables are derived from it."""
import argparse
import ast
import re
from pathlib import Path

import pytest

from extract.errors import UsageError
from extract.settings import Settings, cli_flag, env_name
from tripmine.config import RunConfig, add_options, config_from_args

ROOT = Path(__file__).resolve().parents[1]


def parse(*argv: str) -> RunConfig:
    parser = argparse.ArgumentParser()
    add_options(parser, RunConfig)
    return config_from_args(parser.parse_args(list(argv)))


def test_no_options_give_the_models_defaults():
    assert parse() == RunConfig()
    assert parse().flow_settings() == Settings()


@pytest.mark.parametrize("argv,field,value", [
    (["--raw", "r"], "raw_dir", Path("r")),
    (["--out", "o"], "out_dir", Path("o")),
    (["--no-cache"], "incremental", False),
    (["--no-pictures"], "pictures", False),
    (["--wait-for-lock", "2.5"], "lock_wait", 2.5),
    (["--batch-size", "7"], "batch_size", 7),
    (["--task-runner", "threads"], "task_runner", "threads"),
    (["--workers", "3"], "workers", 3),
    (["--catalog", "c.csv"], "catalog", Path("c.csv")),
])
def test_each_option_sets_its_field(argv, field, value):
    assert getattr(parse(*argv), field) == value


@pytest.mark.parametrize("option,says", [
    ("--no-cache", "turn off (on by default): reuse the cached extractions"),
    ("--no-pictures", "turn off (on by default): draw graph.png"),
])
def test_an_option_that_turns_a_default_off_says_so_in_its_help(option, says):
    # The help of --no-pictures once read "draw graph.png and graph.html": what the flag stops.
    parser = argparse.ArgumentParser()
    add_options(parser, RunConfig)
    helps = {a.option_strings[0]: a.help for a in parser._actions if a.option_strings}
    assert helps[option].startswith(says)


@pytest.mark.parametrize("argv,message", [
    (["--batch-size", "0"], "--batch-size"),
    (["--report-timeout", "-1"], "--report-timeout"),
    (["--link-accept", "80", "--link-review", "90"], "link_review (90) <= link_accept (80)"),
    (["--min-edge-weight", "0"], "--min-edge-weight"),
])
def test_a_bad_value_is_a_usage_error_naming_the_option(argv, message):
    with pytest.raises(UsageError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse(*argv)


@pytest.mark.parametrize("field,env", [
    ("raw_dir", "TRIPMINE_RAW"), ("out_dir", "TRIPMINE_OUT"), ("catalog", "TRIPMINE_CATALOG"),
    ("spacy_model", "TRIPMINE_SPACY_MODEL"), ("incremental", "TRIPMINE_CACHE"), ("pictures", "TRIPMINE_PICTURES"),
    ("task_runner", "TRIPMINE_TASK_RUNNER"), ("timeout", "TRIPMINE_TIMEOUT"), ("workers", "TRIPMINE_WORKERS"),
])
def test_environment_variable_names_follow_the_options(field, env):
    assert env_name(RunConfig, field) == env


def test_config_from_the_environment():
    config = RunConfig.from_env({"TRIPMINE_RAW": "/data/reports", "TRIPMINE_PICTURES": "false", "TRIPMINE_WORKERS": "3",
                                 "TRIPMINE_CATALOG": "", "UNRELATED": "x"})
    assert config.raw_dir == Path("/data/reports") and config.pictures is False and config.workers == 3
    assert config.catalog is None   # empty means unset
    with pytest.raises(UsageError, match="--batch-size"):
        RunConfig.from_env({"TRIPMINE_BATCH_SIZE": "many"})


def test_every_field_has_exactly_one_option():
    flags = [cli_flag(RunConfig, name) for name in RunConfig.model_fields]
    assert len(set(flags)) == len(flags)


def test_the_deployment_takes_its_parameters_from_the_environment():
    from tripmine.serve import nightly_deployment

    dep = nightly_deployment({"TRIPMINE_RAW": "/data/reports", "TRIPMINE_CRON": "*/5 * * * *", "TRIPMINE_TASK_RUNNER": "threads"})
    settings = Settings(**dep.parameters["settings"])
    assert settings.raw_dir == Path("/data/reports") and settings == Settings(raw_dir=Path("/data/reports"))
    assert dep.schedules[0].schedule.cron == "*/5 * * * *"


def test_the_flow_takes_the_settings_model_as_its_parameter():
    from tripmine.trip_reports import trip_reports

    schema = trip_reports.parameters.model_dump()
    assert list(schema["properties"]) == ["settings"]
    assert set(schema["definitions"]["Settings"]["properties"]) == set(Settings.model_fields)


def test_the_installed_packages_are_the_folders():
    """pyproject lists packages by hand (the app's folder flows/ installs as `tripmine`)."""
    line = re.search(r"^packages = \[(.*)\]$", (ROOT / "pyproject.toml").read_text(), re.M)
    assert line
    listed = set(re.findall(r'"([\w.]+)"', line.group(1)))
    folders = {".".join(p.relative_to(ROOT / "src").parts) for p in (ROOT / "src").rglob("__init__.py")}
    assert listed == {f.removesuffix(".__init__.py").replace("/", ".") for f in folders} | {"tripmine"} - {""}


def test_no_code_imports_the_app_as_flows():
    offenders = []
    for folder in ("src", "flows", "tests", "benchmarks", "training"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                    [node.module or ""] if isinstance(node, ast.ImportFrom) and node.level == 0 else []
                offenders += [f"{path.relative_to(ROOT)}: {n}" for n in names if n.split(".")[0] == "flows"]
    assert offenders == []
