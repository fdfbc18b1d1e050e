"""How long work (reading a large file, scheduling it) reports how far it is and hears Cancel.

The caller hands the work a :data:`Progress` callback; the work calls
``progress(done, total)`` now and then, and stops by raising
:class:`~app.domain.errors.CancelledError` once the callback returns False.
The window's side of it is ``app.ui.background.WorkerProgress``; here is only
the plain-Python contract, so readers and the store use it without Qt.
"""

from __future__ import annotations

from collections.abc import Callable

from app.domain.errors import CancelledError

Progress = Callable[[int, int], bool]
"""``progress(done, total)``: record how far the work is; False once the user cancelled."""


def report(progress: Progress | None, done: int, total: int) -> None:
    """Tell ``progress`` (if any) how far the work is; raise CancelledError if it says stop."""
    if progress is not None and not progress(done, total):
        raise CancelledError


def part(progress: Progress, start: int, end: int, total: int) -> Progress:
    """A callback for one stage of the work, reporting into ``start..end`` of ``total``.

    The stage counts its own ``(done, of)`` (bytes, rows...); the whole bar
    moves from ``start`` to ``end`` as the stage goes from 0 to ``of``.
    """
    span = end - start

    def stage(done: int, of: int) -> bool:
        share = min(done / of, 1.0) if of > 0 else 0.0
        return progress(start + int(span * share), total)

    return stage
