"""The errors a run can end with, each with the exit code `tripmine run` gives it, and which faults
are worth a retry.

Only transient faults (a timed-out or reset connection, an interrupted call, a stale network file
handle) are retried; a read-only, busy or full disk, a missing file or a malformed input fails at
once with one line that names the path.
"""
from __future__ import annotations

import errno

EXIT_NOTHING_EXTRACTED = 1
EXIT_USAGE = 2
EXIT_LOCKED = 3
EXIT_NOT_WRITABLE = 4
EXIT_INTERRUPTED = 130   # 128 + SIGINT
EXIT_TERMINATED = 143    # 128 + SIGTERM


class TripmineError(Exception):
    """A run cannot go on; the message is one line a person can act on."""

    exit_code = EXIT_NOTHING_EXTRACTED


class UsageError(TripmineError, ValueError):
    """Settings or inputs that cannot work (a missing folder, a catalog without titles, an unsafe --out)."""

    exit_code = EXIT_USAGE


class OutputLocked(TripmineError, RuntimeError):
    """Another run holds the output folder's lock."""

    exit_code = EXIT_LOCKED


class OutputNotWritable(TripmineError):
    """The outputs cannot be written there: permissions, a read-only or full file system."""

    exit_code = EXIT_NOT_WRITABLE

    @classmethod
    def from_os_error(cls, what: str, exc: OSError) -> OutputNotWritable:
        where = exc.filename if exc.filename is not None else what
        return cls(f"cannot write {what}: {exc.strerror or exc} ({where})")


TRANSIENT_ERRNOS = frozenset({errno.EINTR, errno.EAGAIN, errno.ETIMEDOUT, errno.ESTALE, errno.ECONNRESET,
                              errno.ECONNREFUSED, errno.ECONNABORTED, errno.EHOSTUNREACH, errno.ENETUNREACH})


def is_transient(exc: BaseException | None) -> bool:
    """Whether retrying the same step may succeed."""
    if isinstance(exc, TripmineError) or exc is None:
        return False
    if isinstance(exc, TimeoutError | ConnectionError):
        return True
    return isinstance(exc, OSError) and exc.errno in TRANSIENT_ERRNOS
