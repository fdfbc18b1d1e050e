"""Every bad cell of a Plan sheet read as a client's sheet, not the first alone.

A workbook Gantry exported whose hidden ``_gantry`` sheet is gone is read from its Plan sheet
as any client's sheet (app.io.sheet_import.build_plan), which stops at the first bad cell.
A returned workbook with its snapshot tells every bad cell at once (app.io.roundtrip_refusals);
so does this one: the sheet is built again with each refused cell left blank, its refusal
kept, until it builds or :data:`~app.io.roundtrip_refusals.LIMIT` cells are told. The plan so
built only lets the Team and Risks sheets be read for their own bad cells: with any refusal
kept, the read raises them all and builds nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
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
    data: SheetRows, build: Callable[[SheetRows], Plan], refused: Refusals
) -> Plan:
    """``build(data)``; when it refuses a cell, that refusal is kept in ``refused`` and the
    sheet built again with the cell blank, and so on. When the sheet does not build even so
    (a refusal naming no cell, a cell refused again, the refusals told in full), every
    refusal so far is raised, the sheet's in cell order (Refusals.raise_any)."""
    rows: list[Sequence[object]] = list(data.rows)
    blanked: set[tuple[int, int]] = set()
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
