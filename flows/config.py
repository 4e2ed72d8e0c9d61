"""What `tripmine run` and the nightly deployment take: the library's `Settings` (the flow's parameter)
plus where the flow runs. CLI options and environment variables are derived from these fields."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, Literal, get_args

from pydantic import Field

from extract.settings import Settings, cli_flag, env_name, flag

DEFAULT_TIMEOUT_SECONDS = 6 * 3600   # a nightly run that takes longer than this is stuck, not slow


class RunConfig(Settings):
    """Settings plus the task runner and the run's time limit (which configure the flow, not its run)."""

    task_runner: Literal["processes", "threads", "dask"] = Field(
        "processes", description="where batches run: worker processes on this machine, a thread pool, or Dask")
    dask_address: str | None = Field(None, description="existing Dask scheduler, e.g. tcp://host:8786 (with task_runner dask; "
                                                       "default: a LocalCluster)")
    workers: int | None = Field(None, ge=1, description="worker processes, threads or LocalCluster workers (default: the CPU count, at most 4)")
    timeout: float = Field(DEFAULT_TIMEOUT_SECONDS, gt=0, description="fail the run after this many seconds",
                           json_schema_extra=flag("timeout", metavar="SECONDS"))

    def flow_settings(self) -> Settings:
        return self.subset(Settings)


def add_options(parser: argparse.ArgumentParser, model: type[Settings] = RunConfig) -> None:
    """One option per field; an option not given stays out of the namespace (the model's default applies)."""
    for name, field in model.model_fields.items():
        option = cli_flag(model, name)
        extra = field.json_schema_extra if isinstance(field.json_schema_extra, dict) else {}
        default = field.default
        help_text = field.description or name
        kwargs: dict[str, Any] = {"dest": name, "default": argparse.SUPPRESS}
        if field.annotation is bool and default is True:
            # The field says what "on" does; --no-<flag> turns it off, and its help must say so.
            kwargs.update(action="store_false", help=f"turn off (on by default): {help_text}")
        elif field.annotation is bool:
            kwargs.update(action="store_true", help=help_text)
        else:
            choices = _choices(field.annotation)
            kwargs.update(type=_scalar(field.annotation), metavar=extra.get("metavar") or _metavar(field.annotation),
                          help=help_text if default is None else f"{help_text} (default: {_shown(default)})")
            if choices:
                kwargs.update(choices=choices, metavar=None)
        parser.add_argument(option, **kwargs)


def config_from_args(args: argparse.Namespace, model: type[Settings] = RunConfig) -> Any:
    """The model from the options given (UsageError naming the option for a bad value)."""
    return model.checked(**{k: v for k, v in vars(args).items() if k in model.model_fields})


def env_variables(model: type[Settings] = RunConfig) -> dict[str, str]:
    """Each field's environment variable and what it sets (for docs and `serve.py --help`)."""
    return {env_name(model, name): name for name in model.model_fields}


def _scalar(annotation: Any) -> Any:
    args = [a for a in get_args(annotation) if a is not type(None)] or [annotation]
    kind = args[0]
    if getattr(kind, "__origin__", None) is Literal:
        return type(get_args(kind)[0])
    return kind if kind in (int, float, Path) else str


def _choices(annotation: Any) -> list[Any] | None:
    return list(get_args(annotation)) if getattr(annotation, "__origin__", None) is Literal else None


def _metavar(annotation: Any) -> str:
    return {int: "N", float: "X", Path: "PATH"}.get(_scalar(annotation), "TEXT")


def _shown(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)
