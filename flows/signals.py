"""Ctrl-C and SIGTERM cancel a run within seconds, and no helper process outlives the run.

- `cancel_on_signals()` guards a run: on SIGINT or SIGTERM it kills the extraction worker
  processes at once (they hold nothing that must be saved: outputs are written by the run's own
  process, atomically, at the end), tells extraction threads to stop at their next check, records
  the signal for the exit code (128 + signal), and lets the interruption unwind the run — through
  Prefect's own SIGTERM handling where Prefect installed it, so the flow run's state is reported.
  A second Ctrl-C while cancelling ends the process at once.
- `detach_from_terminal()` (a worker-process initializer) moves a worker into its own process group,
  so a Ctrl-C in the terminal reaches only the run, which stops the workers itself, and starts a
  watchdog thread that ends the worker when its parent is gone, even after a SIGKILL.
- `die_with_parent()` (a `preexec_fn`) does the same for a helper started with subprocess, with the
  kernel's parent-death signal.
"""
from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from extract import budget

SIGNALS = (signal.SIGINT, signal.SIGTERM)
_received: list[int] = []   # signals received by this process during a guarded run, in order
_hard_exit_hooks: list = []  # called before a second signal ends the process (stop the API server)


def received_signal() -> int | None:
    """The first SIGINT/SIGTERM a guarded run received, or None."""
    return _received[0] if _received else None


def stop_workers() -> int:
    """Kill this process's multiprocessing children (the extraction pool) and stop extraction threads."""
    budget.cancel_all()
    children = multiprocessing.active_children()
    for child in children:
        try:
            child.kill()
        except (OSError, AttributeError):
            pass
    return len(children)


def _handler(previous):
    """Our handler, wrapping `previous` (Prefect's SIGTERM bridge, say), which runs after ours."""
    def handle(signum, frame):
        if _received:
            if signum == signal.SIGINT:   # a second Ctrl-C: the user does not want to wait for the clean-up
                for hook in _hard_exit_hooks:
                    hook()
                stop_workers()
                os._exit(128 + _received[0])
            # SIGTERM again: Prefect re-sends it to itself once it has saved the flow run's state;
            # keep unwinding to the run's own exit.
            raise KeyboardInterrupt
        _received.append(signum)
        n = stop_workers()
        print(f"tripmine: {signal.Signals(signum).name} received: cancelling the run ({n} worker process(es) stopped); "
              "previous outputs are kept", file=sys.stderr, flush=True)
        if callable(previous) and not getattr(previous, "tripmine", False) and previous is not signal.default_int_handler:
            previous(signum, frame)   # Prefect's SIGTERM bridge: reports the flow run's state, then unwinds
        raise KeyboardInterrupt
    handle.tripmine = True   # type: ignore[attr-defined]
    return handle


@contextmanager
def cancel_on_signals() -> Iterator[None]:
    """Install the cancelling handlers for the block (main thread only; elsewhere a no-op).

    Nested use (the CLI around the flow, the flow body inside Prefect's SIGTERM handler) wraps the
    current handler, so a signal is handled once by us and then by Prefect."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    outermost = not any(getattr(signal.getsignal(s), "tripmine", False) for s in SIGNALS)
    if outermost:
        _received.clear()
        budget.clear_cancel()
    previous = {s: signal.getsignal(s) for s in SIGNALS}
    for s in SIGNALS:
        signal.signal(s, _handler(previous[s]))
    try:
        yield
    finally:
        for s in SIGNALS:
            signal.signal(s, previous[s])
        if outermost:
            budget.clear_cancel()


def on_hard_exit(hook) -> None:
    """Run `hook` before a second signal ends the process."""
    _hard_exit_hooks.append(hook)


def _watch_parent(parent: int, poll: float = 0.5) -> None:
    while os.getppid() == parent:
        time.sleep(poll)
    os._exit(1)   # orphaned: the run was killed


def detach_from_terminal() -> None:
    """Initializer of an extraction worker process: own process group, and exit with the parent."""
    try:
        os.setpgid(0, 0)
    except OSError:
        pass
    threading.Thread(target=_watch_parent, args=(os.getppid(),), name="tripmine-parent-watch", daemon=True).start()


PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int | None = None):
    """A `preexec_fn` for subprocess.Popen: the child gets SIGTERM when the process that started it
    dies (Linux; elsewhere only its own session). Call Popen from a thread that lives as long as the
    child: the kernel sends the signal when that thread ends."""
    parent = os.getpid() if parent is None else parent

    def preexec() -> None:
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
        except (OSError, AttributeError):
            return
        if os.getppid() != parent:   # the parent died before the signal was armed
            os._exit(1)

    return preexec
