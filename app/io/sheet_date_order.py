"""The order a client's sheet writes its text dates in: day or month first.

``07/08/2023`` reads two ways. One writer writes a sheet's dates one way, so a date
there that only one order reads (``1/25/2027``, month first) decides the sheet: its
``2/9/2027`` is 9 February, not 2 September (a task moved 88 working days when each
cell was read on its own). Two dates written the two ways are refused, both cells
named; a sheet with no such date reads as this computer writes dates, and says so.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time
from typing import TYPE_CHECKING

from app.domain.errors import FileFormatError
from app.io.roundtrip_actuals import ACTUAL_TITLES
from app.io.sheet_mapping import column_letter
from app.io.sheet_values import SLASHED_DATE, ambiguous_date, read_date, read_day_first
from app.io.workbook_cells import cell_text

if TYPE_CHECKING:  # the sheet reader asks this module
    from app.io.sheet_import import SheetRows
    from app.io.sheet_mapping import ColumnMapping


def written_order(value: object) -> bool | None:
    """The order only one reading allows a text date: True for day first (``25/01/2027``),
    False for month first (``1/25/2027``); None when either reads it (``2/9/2027``, see
    :func:`ambiguous_date`) or it is no text date with slashes."""
    if not isinstance(value, str):
        return None
    m = SLASHED_DATE.match(value)
    if m is None:
        return None
    first, second = int(m[1]), int(m[2])
    if first > 12 >= second:
        return True
    if second > 12 >= first:
        return False
    return None


@dataclass(frozen=True, slots=True)
class DateOrder:
    """How a sheet's text dates with slashes read: ``day_first``, and the cell that told it
    (``told``: its text and where it is, ``Plan!F3``; None: as this computer writes dates)."""

    day_first: bool
    told: tuple[str, str] | None = None


def sheet_date_order(
    rows: Sequence[Sequence[object]],
    columns: Iterable[int],
    day_first: bool | None,
    where: Callable[[int, int], str],
) -> DateOrder:
    """The order the text dates in ``columns`` of ``rows`` are written in.

    One writer writes a sheet's dates one way: a date there that only one order reads
    (``1/25/2027`` is month first) decides it for every cell, so ``2/9/2027`` in the same
    sheet is 9 February, not 2 September. Without one, ``day_first`` (None: as the
    environment's locale writes dates). ``where(i, col)`` names the cell of ``rows[i]``.
    Raises FileFormatError naming both cells when two dates there are written the two
    ways (``25/2/2027`` below ``1/25/2027``): no one order reads the sheet as meant.
    """
    cols = list(columns)
    told: tuple[bool, str, str] | None = None
    for i, row in enumerate(rows):
        for col in cols:
            order = written_order(row[col]) if col < len(row) else None
            if order is None:
                continue
            text = str(row[col]).strip()
            if told is None:
                told = (order, text, where(i, col))
            elif order is not told[0]:
                raise FileFormatError(
                    f"{where(i, col)}: '{text}' is written {_first(order)} first, but "
                    f"'{told[1]}' in {told[2]} is written {_first(told[0])} first; write the "
                    "sheet's dates one way (or as 2027-01-25)"
                )
    if told is None:
        return DateOrder(read_day_first(day_first))
    return DateOrder(told[0], (told[1], told[2]))


def _first(day_first: bool) -> str:
    return "day" if day_first else "month"


def date_order_note(example: str, day_first: bool, told: tuple[str, str] | None = None) -> str:
    """What an import says after reading an :func:`ambiguous_date` (``example``) one way
    (``told``: the cell that decided it, see :class:`DateOrder`)."""
    read = read_date(example, time(0, 0), day_first)
    other = read_date(example, time(0, 0), not day_first)
    first, second = _first(day_first), _first(not day_first)
    if told is not None:
        return (
            f"Dates such as '{example.strip()}' were read {first} first ({_long(read)}), as "
            f"'{told[0]}' in {told[1]} is written"
        )
    return (
        f"Dates such as '{example.strip()}' were read {first} first ({_long(read)}), as this "
        f"computer writes dates; a client who writes the {second} first meant {_long(other)}"
    )


def date_order_told(
    rows: Sequence[Sequence[object]],
    columns: Iterable[int],
    day_first: bool | None = None,
    where: Callable[[int, int], str] | None = None,
) -> str | None:
    """The :func:`date_order_note` for the first ambiguous text date in ``columns`` of ``rows``,
    read in the order the sheet's other dates tell (:func:`sheet_date_order`, given ``where``).

    None when no cell there is one (real date cells, ISO text, 13/08/2023).
    """
    cols = list(columns)
    for row in rows:
        for col in cols:
            if col < len(row) and ambiguous_date(row[col]):
                if where is None:
                    return date_order_note(str(row[col]), read_day_first(day_first))
                order = sheet_date_order(rows, cols, day_first, where)
                return date_order_note(str(row[col]), order.day_first, order.told)
    return None


def _long(moment: datetime) -> str:
    return f"{moment.day} {moment:%B %Y}"


def plan_date_order(
    rows: Sequence[Sequence[object]],
    sheet: str,
    day_first: bool | None,
    more: Iterable[str] = (),
) -> DateOrder:
    """:func:`sheet_date_order` of the date columns of a returned workbook's Plan sheet
    (``rows``: its cells, the header first): Start, Finish, Actual Start, Actual Finish and
    the columns titled ``more`` (its custom Date fields': their ``1/25/2027`` tells too, as
    a CSV's do, :func:`mapped_date_order`)."""
    if not rows:
        return DateOrder(read_day_first(day_first))
    titles = _PLAN_DATES | set(more)
    dates = [i for i, title in enumerate(map(cell_text, rows[0])) if title in titles]
    return sheet_date_order(
        rows[1:], dates, day_first, lambda i, col: f"{sheet}!{column_letter(col)}{i + 2}"
    )


_PLAN_DATES = frozenset({"Start", "Finish", *ACTUAL_TITLES})


def mapped_date_order(
    data: SheetRows, mapping: ColumnMapping, day_first: bool | None, more: Sequence[int] = ()
) -> DateOrder:
    """:func:`sheet_date_order` of the Start and Finish columns of a mapped sheet and the
    columns ``more`` (a CSV's custom Date columns: their ``13/04/2027`` tells too)."""
    first, dates = _mapped_dates(mapping, more)
    return sheet_date_order(
        data.rows[first:], dates, day_first, lambda i, col: data.where(first + i, col)
    )


def date_order_said(
    data: SheetRows, mapping: ColumnMapping, day_first: bool | None, more: Sequence[int] = ()
) -> str | None:
    """Which way a mapped sheet's ambiguous text dates (07/08/2023) were read, if it has any
    (``more``: other date columns read the same way, as :func:`mapped_date_order`)."""
    first, dates = _mapped_dates(mapping, more)
    return date_order_told(
        data.rows[first:], dates, day_first, lambda i, col: data.where(first + i, col)
    )


def _mapped_dates(mapping: ColumnMapping, more: Sequence[int] = ()) -> tuple[int, list[int]]:
    """(first row below the header, the Start and Finish columns and ``more``) of a mapped
    sheet."""
    dates = [mapping.columns[f] for f in ("start", "finish") if f in mapping.columns]
    return mapping.header_row + 1, [*dates, *more]
