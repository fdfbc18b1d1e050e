"""Progress of the client workbook export: rows written across all sheets, reported to
the caller every few hundred, who may stop the export (moved out of excel_export.py).
"""

from __future__ import annotations

from collections.abc import Callable

from app.domain.errors import AppError

_REPORT_EVERY = 250  # rows between progress reports (some 50 ms of a large export)

Progress = Callable[[int, int], bool | None]
"""``progress(done, total)``: how many rows of all sheets are written; False stops the export."""


class ExportCancelledError(AppError):
    """The caller's progress callback asked the export to stop; no file was written."""


class Steps:
    """Counts the rows written across all sheets and reports them every few hundred."""

    __slots__ = ("_progress", "_told", "done", "total")

    def __init__(self, progress: Progress | None, total: int) -> None:
        self._progress = progress
        self._told = 0
        self.done = 0
        self.total = total

    def row(self) -> None:
        """One more row written; report when enough have gone since the last report."""
        self.done += 1
        if self.done - self._told >= _REPORT_EVERY:
            self.report()

    def last(self) -> None:
        """The last step is done (``done`` is now ``total``): report it, once."""
        self.done += 1
        self.report()

    def report(self) -> None:
        """Tell the caller how far the export is; stop it if the caller says so."""
        self._told = self.done
        if self._progress is not None and self._progress(self.done, self.total) is False:
            raise ExportCancelledError("Export cancelled")
