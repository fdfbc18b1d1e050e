"""Why a write to a .gantry file failed, in the words a user acts on.

SQLite and the system say "database or disk is full", "attempt to write a readonly
database" or "[Errno 30] Read-only file system"; a project manager needs to know what to
do about it: free space, or use a disk that can be written.
"""

from __future__ import annotations

import errno
import sqlite3

# Parts of SQLite's messages and what they mean for the user, checked in order.
_SQLITE_WORDS = (
    ("disk is full", "the disk is full"),
    ("readonly database", "the disk is read-only"),
    ("read-only", "the disk is read-only"),
    ("disk i/o error", "the disk could not be written (an input/output error)"),
)
_ERRNO_WORDS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "no permission",
    errno.EPERM: "no permission",
    errno.EIO: "the disk could not be written (an input/output error)",
}


def write_failure(exc: BaseException) -> str:
    """What stopped a write, said plainly ("the disk is full")."""
    if isinstance(exc, OSError) and exc.errno in _ERRNO_WORDS:
        return _ERRNO_WORDS[exc.errno]
    if isinstance(exc, sqlite3.Error):
        said = str(exc).casefold()
        for part, words in _SQLITE_WORDS:
            if part in said:
                return words
        return str(exc)
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


def is_full(reason: str) -> bool:
    """Whether ``reason`` (from :func:`write_failure`) is a disk out of space."""
    return reason in (_ERRNO_WORDS[errno.ENOSPC], _ERRNO_WORDS[errno.EDQUOT])
