"""The README stays true where checking it is cheap: options, modules, make targets, scripts."""
import re
import subprocess
import sys
from pathlib import Path

from tripmine.cli import _parser as build_parser

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()


def test_every_run_option_is_in_the_synopsis_and_no_other():
    run = build_parser()._subparsers._group_actions[0].choices["run"]
    options = {s for a in run._actions for s in a.option_strings if s.startswith("--") and s != "--help"}
    synopsis = README[README.index("tripmine run ["): README.index("tripmine show")]
    written = set(re.findall(r"--[a-z][a-z-]+", synopsis))
    assert options == written


def test_every_module_the_stage_table_names_exists():
    table = README[README.index("| stage | module |"): README.index("**Learned, not tuned per report.**")]
    modules = re.findall(r"`([\w/]+\.py)`", table)
    assert len(modules) >= 12
    assert [m for m in modules if not (ROOT / "src" / "extract" / m).is_file()] == []


def test_make_targets_and_scripts_the_readme_names_exist():
    makefile = (ROOT / "Makefile").read_text()
    for target in set(re.findall(r"`make (\w+)", README)):
        assert re.search(rf"^{target}:", makefile, re.M), target
    for script in set(re.findall(r"((?:benchmarks|scripts|flows|training)/\w+\.(?:py|sh))", README)):
        assert (ROOT / script).is_file(), script


def test_the_serve_module_does_what_the_readme_says():
    proc = subprocess.run([sys.executable, "-c", "import tripmine.serve as s; print(s.CRON); print(s.STOP_SECONDS)"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    cron, stop = proc.stdout.splitlines()
    assert f"(cron `{cron}`" in README
    assert f"within {float(stop):g} s" in README


def test_the_library_never_imports_the_app_or_prefect():
    """src/extract is usable alone: the CLI and the Prefect flows (flows/) sit on top of it."""
    import ast

    offenders = []
    for path in sorted((ROOT / "src" / "extract").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) and node.level == 0 else []
            offenders += [f"{path.relative_to(ROOT)}: {n}" for n in names if n.split(".")[0] in ("flows", "prefect", "prefect_dask")]
    assert offenders == []


def test_the_package_map_matches_the_tree():
    block = README[README.index("src/extract/          the library"): README.index("| stage | module |")]
    listed = set(re.findall(r"^  (\w+)/", block, re.M))
    actual = {p.name for p in (ROOT / "src" / "extract").iterdir() if (p / "__init__.py").is_file()}
    assert listed == actual
