"""A time budget per report, so that one report can never hold up a run.

`time_limit(seconds)` bounds the block it guards in two ways:
- on the main thread (worker processes, where extraction normally runs), a SIGALRM timer raises
  `TimeLimit` wherever the code is, even inside a long regular-expression match;
- everywhere, the stages call `check()` in their loops, which raises `TimeLimit` once the budget is
  spent (the only bound in a thread pool, where signals cannot reach), and `Cancelled` once the
  run is being cancelled.
"""
from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

DEFAULT_REPORT_SECONDS = 60.0   # a 10 MB report takes ~10 s; a report over a minute is pathological


class TimeLimit(Exception):
    """A report used up its time budget."""


class Cancelled(BaseException):
    """The run is being cancelled (Ctrl-C, SIGTERM): stop, whatever the report."""


_deadline: ContextVar[float | None] = ContextVar("tripmine_report_deadline", default=None)
_cancelled = threading.Event()


def check() -> None:
    """Raise TimeLimit when the current report's budget is spent, Cancelled when the run is being
    cancelled (cheap; call it in loops)."""
    if _cancelled.is_set():
        raise Cancelled
    deadline = _deadline.get()
    if deadline is not None and time.monotonic() > deadline:
        raise TimeLimit


def cancel_all() -> None:
    """Make every `check()` in this process raise Cancelled (threads cannot be stopped otherwise)."""
    _cancelled.set()


def clear_cancel() -> None:
    _cancelled.clear()


def _on_alarm(signum, frame) -> None:
    raise TimeLimit


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise TimeLimit in the block after `seconds` (None or <= 0: no limit)."""
    if not seconds or seconds <= 0:
        yield
        return
    token = _deadline.set(time.monotonic() + seconds)
    use_alarm = threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")
    previous = None
    if use_alarm:
        try:
            previous = signal.signal(signal.SIGALRM, _on_alarm)
            signal.setitimer(signal.ITIMER_REAL, seconds)
        except ValueError:   # signals unavailable here (an embedded interpreter): checks only
            use_alarm = False
    try:
        yield
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)
        _deadline.reset(token)
