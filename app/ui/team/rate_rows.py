"""The Team member dialog's cost rate table rows and dates, read as MS Project reads its Cost
Rate Tables, and its dates as the sheet reads and writes them.

- A date (Effective from, an availability's From and To) is read by the sheet's reader
  (app/ui/locale_dates.locale_typed_date: ``01.04.2027`` in German, ``4/1/2027`` in the US,
  ISO everywhere) and shown in the sheet's short date, where it reads back (else ISO); it
  read ISO alone, so ``01.04.2027`` was refused in German.
- A row's blank rate cell takes the row before it (by date), as MS Project fills a new row
  from the row above: Ben's €50 per use no longer became 0 from 2020 on.
- ``+10%`` or ``-5%`` in a rate cell is a raise (a cut) over the row before's rate, as MS
  Project reads it; in the first row, with no row before, it is refused with that said.
- A date typed into a new row fills its rates from the row above, in the grid, to be changed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, time
from typing import TypeVar, cast

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from app.domain.errors import InputError
from app.domain.project import Project
from app.domain.quoting import quoted
from app.domain.resource import (
    RateEntry,
    RateUnit,
    Resource,
    check_rate,
    hourly_rate,
    rate_in_unit,
)
from app.domain.typed_rates import typed_amount, typed_number, typed_rate
from app.report.locale_dates import local_date
from app.report.locale_numbers import locale_marks
from app.ui.locale_dates import locale_typed_date
from app.ui.locale_durations import typed_marks

# A period's last day, typed without a time, lasts the whole day, as MS Project's
# Available To (its files say 23:59): read as midnight, the day itself was left out.
END_OF_DAY = time(23, 59)
# ``+10%``, ``- 5 %``, ``+2,5%``: a change over the row before's rate.
_RAISE = re.compile(r"^([+-])\s*([\d.,\s\u00a0\u202f]+?)\s*%$")

_V = TypeVar("_V")


def parse_date(text: str, what: str, last_day: bool = False) -> datetime | None:
    """A dialog date as the sheet reads it; one without a time is midnight, or on a
    period's ``last_day`` 23:59 (the whole day); a blank cell is none."""
    text = text.strip()
    if not text:
        return None
    try:
        return locale_typed_date(text, END_OF_DAY if last_day else time(0))
    except InputError as exc:
        raise InputError(f"{what}: {exc}") from None


def date_text(value: datetime | None, last_day: bool = False) -> str:
    """A dialog date as the sheet shows it, without the weekday (``01.04.2027`` in German,
    with the time when it is not the whole day's: ``01.04.2027 12:00``); ISO where the
    locale's form would not read back to the same minute."""
    if value is None:
        return ""
    whole = value.time() == (END_OF_DAY if last_day else time(0))
    shown = local_date(value.date() if whole else value, weekday=False, clock=not whole)
    try:
        back = locale_typed_date(shown, value.time())
    except InputError:
        back = None
    if back != value:
        return f"{value:%Y-%m-%d}" if whole else f"{value:%Y-%m-%d %H:%M}"
    return shown


def _raise_of(text: str, what: str) -> float | None:
    """``+10%`` as 1.10, ``-5%`` as 0.95 (None: not a raise)."""
    found = _RAISE.match(text.strip())
    if found is None:
        return None
    marks = locale_marks()
    percent = typed_number(found.group(2), what, marks.group, marks.decimal)
    factor = 1 + (percent if found.group(1) == "+" else -percent) / 100
    if factor < 0:
        raise InputError(f"{what}: {quoted(text.strip())} would make the rate negative")
    return factor


def _cell(
    text: str,
    kept: _V | None,
    before: _V | None,
    read: Callable[[str], _V],
    scale: Callable[[_V, float], _V],
    what: str,
) -> _V:
    """One rate cell: the value it showed while unchanged; blank, the row before's (none
    before: what ``read`` makes of a blank); ``+10%``, the row before's raised; else read."""
    if kept is not None:
        return kept
    typed = text.strip()
    if not typed:
        return read("") if before is None else before
    factor = _raise_of(typed, what)
    if factor is None:
        return read(typed)
    if before is None:
        raise InputError(
            f"{what}: {quoted(typed)} is a change over the row before, and the first row has"
            " none: type the rate itself"
        )
    return scale(before, factor)


def _timed(
    hourly_unit: tuple[float, RateUnit], factor: float, project: Project
) -> tuple[float, RateUnit]:
    """A rate raised by ``factor`` ("+10%"), rounded to the currency's cents in the unit it
    is shown in (1,320.00/d, not 1,320.0000000000002): 100/h + 10 % kept 110.00000000000001,
    which MS Project XML wrote out as it was."""
    rate, unit = hourly_unit
    shown = round(rate_in_unit(rate * factor, unit, project), project.currency_digits)
    try:
        return round(hourly_rate(shown, unit, project), 10), unit
    except InputError:  # no working time in that unit: as raised
        return rate * factor, unit


def read_rate_rows(
    rows: list[tuple[list[str], list[object]]], kind: Resource, project: Project, what: str
) -> tuple[RateEntry, ...]:
    """One rate table's rows (each cell's text and the value it showed, else None) as
    entries by date. ``kind``: the resource as the form now says it (a material's rate is
    per its label). InputError names the first cell that cannot be read."""
    symbols = (project.currency_symbol, project.currency)

    def timed(text: str) -> tuple[float, RateUnit]:
        if not text.strip():
            return 0.0, RateUnit.HOUR
        return typed_rate(text, kind, project, what, symbols, typed_marks())

    def per_use(text: str) -> float:
        if not text.strip():
            return 0.0
        value = typed_amount(text, what, symbols, marks=typed_marks())
        check_rate(value, text.strip(), what)
        return value

    def scaled(value: float, factor: float) -> float:
        check_rate(value * factor, f"{value * factor:.2f}", what)
        return round(value * factor, project.currency_digits)  # money, to the cent

    def scaled_rate(value: tuple[float, RateUnit], factor: float) -> tuple[float, RateUnit]:
        check_rate(value[0] * factor, f"{value[0] * factor:.2f}", what)
        return _timed(value, factor, project)

    dated = [(parse_date(cells[0], what), cells, kept) for cells, kept in rows]
    dated.sort(key=lambda row: row[0] or datetime.min)  # the row before: by date, stable
    entries: list[RateEntry] = []
    for start, cells, kept in dated:
        last = entries[-1] if entries else None
        standard = _cell(
            cells[1],
            cast("tuple[float, RateUnit] | None", kept[1]),
            None if last is None else (last.standard_rate, last.standard_rate_unit),
            timed,
            scaled_rate,
            what,
        )
        overtime = _cell(
            cells[2],
            cast("tuple[float, RateUnit] | None", kept[2]),
            None if last is None else (last.overtime_rate, last.overtime_rate_unit),
            timed,
            scaled_rate,
            what,
        )
        use = _cell(
            cells[3],
            cast("float | None", kept[3]),
            None if last is None else last.cost_per_use,
            per_use,
            scaled,
            what,
        )
        entries.append(RateEntry(start, standard[0], overtime[0], use, standard[1], overtime[1]))
    return tuple(entries)


def fill_from_row_above(table: QTableWidget, item: QTableWidgetItem, kept_role: int) -> None:
    """A date typed into a new row (its rate cells blank) fills them from the row above, as
    MS Project fills a new Cost Rate Table row: the rates are there to be changed, not 0.
    Each copied cell keeps the value it shows (``kept_role``), not the rounded text."""
    row = item.row()
    if item.column() != 0 or row < 1 or not item.text().strip():
        return
    cells = [table.item(row, col) for col in range(1, table.columnCount())]
    if any(cell is not None and cell.text().strip() for cell in cells):
        return
    blocked = table.blockSignals(True)  # (the copies are no date typed)
    try:
        for col in range(1, table.columnCount()):
            above = table.item(row - 1, col)
            if above is not None:
                copy = QTableWidgetItem(above.text())
                copy.setData(kept_role, above.data(kept_role))
                table.setItem(row, col, copy)
    finally:
        table.blockSignals(blocked)
