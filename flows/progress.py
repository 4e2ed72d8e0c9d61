"""A progress bar for `tripmine run` (rich): reports extracted of all, reports/s and an ETA, then the
corpus stage. The flow reports to whatever listener the CLI installed; without one (a deployment run,
a test) nothing is shown."""
from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol


class Listener(Protocol):
    def start(self, total: int, done: int) -> None: ...
    def advance(self, n: int) -> None: ...
    def stage(self, name: str) -> None: ...


_listener: Listener | None = None   # module-wide: Prefect may run the flow body in another thread


def start(total: int, done: int = 0) -> None:
    if _listener is not None:
        _listener.start(total, done)


def advance(n: int) -> None:
    if _listener is not None:
        _listener.advance(n)


def stage(name: str) -> None:
    if _listener is not None:
        _listener.stage(name)


class RichBar:
    def __init__(self, console) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        self.progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                 TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                                 console=console, transient=False)
        self.task = self.progress.add_task("reports", total=None, rate="")

    def start(self, total: int, done: int) -> None:
        self._t0, self._base, self._done = time.monotonic(), done, done
        self.progress.update(self.task, total=total, completed=done,
                             rate=f"({done} from the cache)" if done else "")

    def advance(self, n: int) -> None:
        self._done += n
        rate = (self._done - self._base) / max(time.monotonic() - self._t0, 1e-9)
        self.progress.update(self.task, completed=self._done, rate=f"{rate:,.1f} reports/s")

    def stage(self, name: str) -> None:
        self.progress.update(self.task, description=name)


@contextmanager
def progress_bar(console) -> Iterator[None]:
    """Show the bar on `console` while the block runs."""
    global _listener
    bar = RichBar(console)
    _listener = bar
    try:
        with bar.progress:
            yield
    finally:
        _listener = None
