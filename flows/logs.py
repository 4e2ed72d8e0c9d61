"""Log records of known run errors stay one line: Prefect logs a failed task or flow with its
traceback, which for a full disk or a bad setting says nothing the message does not."""
from __future__ import annotations

import logging

from extract.errors import TripmineError


class _OneLineForKnownErrors(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], TripmineError):
            record.exc_info = None
            record.exc_text = None
        return True


def quiet_known_errors() -> None:
    """Drop tracebacks of TripmineError from Prefect's flow- and task-run logs (idempotent)."""
    for name in ("prefect.flow_runs", "prefect.task_runs"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, _OneLineForKnownErrors) for f in logger.filters):
            logger.addFilter(_OneLineForKnownErrors())
