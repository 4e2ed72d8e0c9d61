"""Serve the `trip-reports/nightly` deployment: cron `0 6 * * *`, with the CLI's defaults.

    PREFECT_API_URL=http://127.0.0.1:4200/api python flows/serve.py

Runs until stopped (Ctrl-C or SIGTERM; it exits within 10 s of either, even when the API server is
already gone). Scheduled runs and `prefect deployment run 'trip-reports/nightly'` execute in this
process. Every `tripmine run` option has an environment variable that sets it for the deployment:
TRIPMINE_ and the option's name (`--raw` -> TRIPMINE_RAW, `--task-runner` -> TRIPMINE_TASK_RUNNER,
`--no-pictures` -> TRIPMINE_PICTURES=false); `python flows/serve.py --help` lists them. TRIPMINE_CRON
sets the schedule.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# `python flows/serve.py` puts flows/ first on sys.path, so its modules would also import under bare
# names (`config`, `signals`); the app is the installed package `tripmine`.
if sys.path and Path(sys.path[0] or ".").resolve() == Path(__file__).resolve().parent:
    del sys.path[0]

from prefect import serve  # noqa: E402

from tripmine.config import RunConfig, env_variables  # noqa: E402
from tripmine.runners import configured_flow  # noqa: E402

CRON = "0 6 * * *"


def nightly_deployment(environ: dict[str, str] | None = None):
    """The deployment object: RunConfig from TRIPMINE_* variables, else the same defaults as `tripmine run`."""
    environ = dict(os.environ) if environ is None else environ
    config = RunConfig.from_env(environ)
    return configured_flow(config).to_deployment(
        name="nightly",
        cron=environ.get("TRIPMINE_CRON") or CRON,
        parameters={"settings": config.flow_settings().model_dump(mode="json")},
        description="Mine raw/ into outputs/ every morning at 06:00 (unchanged reports come from the cache).",
        tags=["tripmine"],
    )


STOP_SECONDS = 10.0   # Ctrl-C/SIGTERM to exit; without a bound, a gone server meant ~1.5 min of retries


def bound_shutdown(seconds: float = STOP_SECONDS) -> None:
    """After SIGINT or SIGTERM, the process exits within `seconds` even if Prefect's shutdown (pausing
    the schedule, reporting runs) waits on an API server that is no longer there."""
    import signal
    import threading

    from prefect.runner import Runner

    def arm(signum: int) -> None:
        def give_up() -> None:
            print(f"serve: Prefect's shutdown took over {seconds:g} s (is the API server gone?); exiting",
                  file=sys.stderr, flush=True)
            os._exit(128 + signum)

        timer = threading.Timer(seconds, give_up)
        timer.daemon = True
        timer.start()

    def on_sigint(signum, frame):
        arm(signum)
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, on_sigint)
    handle_sigterm = Runner.handle_sigterm   # the runner installs this for SIGTERM when it starts

    def on_sigterm(self, *args, **kwargs):
        arm(signal.SIGTERM)
        return handle_sigterm(self, *args, **kwargs)

    Runner.handle_sigterm = on_sigterm


def _help() -> str:
    rows = "\n".join(f"  {env:<28} {field}" for env, field in env_variables().items())
    return f"{__doc__}\nEnvironment variables (field of RunConfig):\n{rows}\n  {'TRIPMINE_CRON':<28} schedule (default {CRON})"


if __name__ == "__main__":
    if {"-h", "--help"} & set(sys.argv[1:]):
        print(_help())
        sys.exit(0)
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.chdir(ROOT)   # relative raw/ and outputs/ mean the repository's
    bound_shutdown()
    serve(nightly_deployment())
