"""Every bad cell of a Plan sheet read as a client's sheet, not the first alone.

A workbook Gantry exported whose hidden ``_gantry`` sheet is gone is read from its Plan sheet
as any client's sheet (app.io.sheet_import.build_plan), which stops at the first bad cell.
A returned workbook with its snapshot tells every bad cell at once (app.io.roundtrip_refusals);
so does this one: the sheet is built again with each refused cell left blank, its refusal
kept, until it builds or :data:`~app.io.roundtrip_refusals.LIMIT` cells are told. The plan so
built only lets the Team and Risks sheets be read for their own bad cells: with any refusal
kept, the read raises them all and builds nothing.

Only cells bad on their own are named: a plan built with a cell blank can make another look
bad that is not. A recurring task's summary row keeps its range of units (``Bob[25-75%]``)
when its occurrences' rows tell it is one; with a cell of those rows blanked (Sync 2's
duration), they no longer do, and the range was refused beside the cell that was bad
(:func:`recurrence_unsure`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace

from openpyxl.utils import column_index_from_string

from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.io.roundtrip_refusals import CellRefusals, Refusals
from app.io.sheet_import import SheetRows
from app.io.sheet_values import is_blank

_CELL = re.compile(r"([A-Z]{1,3})([1-9][0-9]*): ")


def cell_of(data: SheetRows, message: str) -> tuple[int, int] | None:
    """The (row, column) of ``data.rows`` a refusal such as ``Plan!E43: ...`` names; None
    for one naming no cell of that sheet ("Plan: no task rows below the header")."""
    head = f"{data.sheet}!"
    if not message.startswith(head):
        return None
    m = _CELL.match(message, len(head))
    if m is None:
        return None
    row = int(m.group(2)) - 1 - data.first_row
    col = column_index_from_string(m.group(1)) - 1 - data.first_col
    if not (0 <= row < len(data.rows) and col >= 0):
        return None
    return row, col


def built_past_refusals(
    data: SheetRows,
    build: Callable[[SheetRows], Plan],
    refused: Refusals,
    blanked: set[tuple[int, int]] | None = None,
) -> Plan:
    """``build(data)``; when it refuses a cell, that refusal is kept in ``refused`` and the
    sheet built again with the cell blank, and so on. When the sheet does not build even so
    (a refusal naming no cell, a cell refused again, the refusals told in full), every
    refusal so far is raised, the sheet's in cell order (Refusals.raise_any). ``blanked``
    gets the (row, column) of ``data.rows`` of each cell built blank, for what is checked
    on the plan built to leave alone what such a cell decides (:func:`recurrence_unsure`)."""
    rows: list[Sequence[object]] = list(data.rows)
    blanked = set() if blanked is None else blanked
    while True:
        try:
            return build(replace(data, rows=rows) if blanked else data)
        except FileFormatError as exc:
            gathered = isinstance(exc, CellRefusals)  # the build's own: none to blank
            for message in exc.refusals if isinstance(exc, CellRefusals) else [str(exc)]:
                refused.add(message)
            cell = None if gathered else cell_of(data, str(exc))
            if cell is None or cell in blanked or refused.full() or _blank(rows, cell):
                in_cell_order(data, refused)
                refused.raise_any()
                raise  # (never: a refusal was just kept)
            row, col = cell
            cells = list(rows[row])
            cells[col] = None
            rows[row] = cells
            blanked.add(cell)


def recurrence_unsure(
    plan: Plan, uid: int | None, rows: Collection[int], blanked: Collection[tuple[int, int]]
) -> bool:
    """Whether ``plan`` (built with the cells ``blanked``) cannot tell that task ``uid``, the
    summary row of a recurring task's ``rows`` (:func:`recurring_rows`), is none: it heads
    subtasks as a recurring task does, and a cell of those rows was built blank, so its
    occurrences no longer read alike (a range of units on it is then not refused; a row
    heading no subtasks is no recurring task whatever the blank cells held)."""
    if uid is None or not any(row in rows for row, _col in blanked):
        return False
    return uid in set(plan.parent_uids().values())


def recurring_rows(data: SheetRows, name_col: int, first: int) -> range:
    """The rows of the recurring task whose summary is row ``first`` as Gantry writes one:
    it, then the rows named "N 1", "N 2"... after it (N its name), as the sheet holds them
    (a name built blank still counts)."""
    rows = data.rows

    def name(i: int) -> str:
        value = rows[i][name_col] if name_col < len(rows[i]) else None
        return "" if is_blank(value) else str(value).strip()

    head, last = name(first), first
    while last + 1 < len(rows) and name(last + 1) == f"{head} {last + 1 - first}":
        last += 1
    return range(first, last + 1)


def _blank(rows: Sequence[Sequence[object]], cell: tuple[int, int]) -> bool:
    """Whether ``cell`` is empty already: blanking it would change nothing."""
    row, col = cell
    return col >= len(rows[row]) or is_blank(rows[row][col])


def in_cell_order(data: SheetRows, refused: Refusals) -> None:
    """``refused``'s refusals of ``data``'s sheet in row order, then column (a material's
    quantity was refused before the sheet was built, a range of units after it), before
    those naming no cell of it, which keep their order."""

    def place(message: str) -> tuple[int, int, int]:
        cell = cell_of(data, message)
        return (1, 0, 0) if cell is None else (0, *cell)

    refused.told.sort(key=place)
