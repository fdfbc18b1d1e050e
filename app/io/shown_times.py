"""Date cells of an .xlsx whose number format shows a time of day, read as that moment.

python-calamine gives any date cell at 00:00 as a date alone, whatever its format: a night
pour's Actual Finish at midnight, written ``yyyy-mm-dd hh:mm``, read back as a date without
a time, which takes the column's default time (17:00). Where a cell at midnight shows a
time (its format names hours: ``yyyy-mm-dd hh:mm``, LibreOffice's ``YYYY-MM-DD HH:MM``),
it is read as a :class:`~app.io.sheet_values.TimedCell`: midnight. A cell showing the date
alone (``yyyy-mm-dd``, or Excel's default date a client types) is still a date without a
time. The formats are read only for columns holding a cell at midnight, and only where
they are known (an .xlsx, :mod:`app.io.workbook_number_formats`); elsewhere the cells stay
as read.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from pathlib import Path

from app.io.roundtrip_actuals import REMAINING_TITLE
from app.io.sheet_values import TimedCell
from app.io.workbook_accrual import ACCRUAL_TITLE
from app.io.workbook_cells import PLAN_COLUMNS, cell_text
from app.io.workbook_hyperlinks import HYPERLINK_TITLE
from app.io.workbook_number_formats import _LITERAL, column_formats, with_cells

# The Plan sheet's columns that hold no moment: every other one may (Start, Finish, Actual
# Start and Finish, a custom Date field's, titled by its alias).
_NO_MOMENT = frozenset(
    {*(t for t in PLAN_COLUMNS if t not in ("Start", "Finish")), REMAINING_TITLE}
    | {HYPERLINK_TITLE, ACCRUAL_TITLE}
)


def shows_time(code: str) -> bool:
    """Whether a number format shows a time of day: it has hours (``h``, ``hh``, ``AM/PM``)
    outside quoted text, escaped characters and ``[...]`` parts. Minutes alone (``m``) are
    no sign: in a date format they are the month."""
    bare = _LITERAL.sub("", code).casefold()
    return "h" in bare or "am/pm" in bare or "a/p" in bare


def at_midnight(value: object) -> bool:
    """Whether a cell holds a date at 00:00: a date alone as calamine gives it, or a
    datetime at midnight (not yet known to show its time)."""
    if isinstance(value, TimedCell):
        return False
    if isinstance(value, datetime):
        return value.time() == time(0, 0)
    return isinstance(value, date)


def plan_moment_columns(rows: Sequence[Sequence[object]]) -> list[int]:
    """The columns of a Plan sheet Gantry wrote (its header first in ``rows``) that may hold
    a moment: all but those of text, numbers and durations."""
    header = rows[0] if rows else ()
    return [k for k, title in enumerate(header) if cell_text(title) not in _NO_MOMENT]


def times_shown(
    path: Path,
    sheet: str,
    rows: Sequence[Sequence[object]],
    columns: Iterable[int],
    first: tuple[int, int] = (0, 0),
) -> Sequence[Sequence[object]]:
    """``rows`` with each cell at midnight of ``columns`` (0-based, of ``rows``) whose format
    shows a time as a :class:`TimedCell` (``rows`` itself when there is none). ``first``:
    the 0-based sheet row and column of ``rows[0][0]`` (a sheet starting below A1)."""
    top, left = first
    for col in sorted(set(columns)):
        found = {
            r: value
            for r, row in enumerate(rows)
            if col < len(row) and at_midnight(value := row[col])
        }
        if not found:
            continue
        formats = column_formats(path, sheet, col + left)
        if not formats:
            continue  # no .xlsx, or no cell with a format of its own: dates alone
        timed = {
            r: TimedCell.of(value)  # type: ignore[arg-type]
            for r, value in found.items()
            if shows_time(formats.get(r + top, ""))
        }
        if timed:
            rows = with_cells(rows, col, timed)
    return rows
