"""One run at a time per output folder: an advisory lock file beside it.

The lock is `fcntl.flock` on `<parent>/.<name>.lock` (beside the folder, because the folder itself
is swapped out at the end of a run). The operating system drops it when the holding process exits,
even on SIGKILL, so a crashed run never leaves a stale lock. The file records the holder's pid and
start time for the message a second run prints.
"""
from __future__ import annotations

import fcntl
import os
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from extract.errors import OutputLocked, OutputNotWritable

__all__ = ["OutputLocked", "lock_path", "output_lock"]

# Locks this process holds, by lock file, with their nesting depth: `tripmine run` takes the lock
# before Prefect starts, and the flow it then runs in the same process takes it again.
_held: dict[Path, int] = {}

def lock_path(out_dir: Path) -> Path:
    out_dir = Path(out_dir).resolve()
    return out_dir.parent / f".{out_dir.name}.lock"


@contextmanager
def output_lock(out_dir: Path, wait_seconds: float = 0.0, poll: float = 0.5) -> Iterator[Path]:
    """Hold the lock of `out_dir` for the duration of the block.

    Waits up to `wait_seconds` for another run to finish, then raises OutputLocked naming it.
    Re-entrant within a process.
    """
    path = lock_path(out_dir)
    if _held.get(path):
        _held[path] += 1
        try:
            yield path
        finally:
            _held[path] -= 1
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:   # the folder around --out is read-only, full, or not ours
        raise OutputNotWritable.from_os_error(f"the output folder {out_dir}", exc) from None
    deadline = time.monotonic() + max(wait_seconds, 0.0)
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() or "unknown process"
                    raise OutputLocked(
                        f"another tripmine run is writing {out_dir} ({holder}); "
                        f"wait for it to finish, or use another output folder") from None
                time.sleep(poll)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()} on {socket.gethostname()}, since {time.strftime('%Y-%m-%d %H:%M:%S')}".encode(), 0)
        _held[path] = 1
        try:
            yield path
        finally:
            del _held[path]
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
