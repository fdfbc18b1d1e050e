"""Cells of an imported sheet that hide what they hold: refused with one message naming them.

Merged cells give their value to the first row only, so the rows below read
as empty; a formula saved without its result, or whose result is an error,
reads as empty too (:mod:`app.io.workbook_formulas`). A client's own sheet
or a workbook Gantry exported and got back would silently lose those values. An error
value with no formula behind it (``#REF!`` pasted) reads as empty as well. Every such cell
is told at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from app.domain.errors import FileFormatError
from app.io.roundtrip_refusals import Refusals
from app.io.sheet_mapping import column_letter
from app.io.workbook_formulas import UnreadFormula, unread_formulas

MergedRange = tuple[tuple[int, int], tuple[int, int]]  # ((row, col), (row, col)), 0-based


def refuse_merged(
    sheet: str, merged: Iterable[MergedRange], header_row: int, cols: set[int], rows: str
) -> None:
    """FileFormatError naming the first merged range below ``header_row`` over one of
    ``cols`` (``rows`` says which rows: "task rows")."""
    for (r0, c0), (r1, c1) in merged:
        if r1 > header_row and any(c0 <= c <= c1 for c in cols):
            cell = f"{column_letter(c0)}{r0 + 1}"
            raise FileFormatError(
                f"{sheet}!{cell}: merged cells ({cell}:{column_letter(c1)}{r1 + 1}) in the "
                f"{rows}; unmerge them and import again"
            )


def refuse_unread_formulas(path: Path, sheet: str, cols: set[int], header_row: int = 0) -> None:
    """FileFormatError naming every formula of ``cols`` (below the header row, 0-based) whose
    value an .xlsx does not hold and every error value (``#REF!``) an .xlsx or .ods holds
    there, all at once (CellRefusals when several); other files are left to their reader."""
    if path.suffix.lower() not in (".xlsx", ".ods"):
        return
    found = [f for f in unread_formulas(path, sheet, cols) if f.row > header_row]
    if not found:
        return
    told = Refusals()
    for cell in found:
        told.add(_unread(sheet, cell))
    told.raise_any()


def _unread(sheet: str, cell: UnreadFormula) -> str:
    """Why ``cell`` is refused: ``Plan!H9: holds #REF!, an error, not a value; ...``."""
    where = f"{sheet}!{column_letter(cell.col)}{cell.row + 1}"
    if cell.formula is None:
        return (
            f"{where}: holds {cell.error}, an error, not a value (nothing is read as it); "
            "type the value itself, or clear the cell"
        )
    formula = f"the formula ={cell.formula}" if cell.formula else "the formula"
    if cell.error:
        return f"{where}: {formula} gives {cell.error}; correct it or type the value itself"
    return (
        f"{where}: {formula} has no saved value (Gantry does not run formulas); type the "
        "value itself, or open and save the workbook in Excel or LibreOffice first"
    )


def told_with(hidden: Callable[[], None], read: Callable[[], object]) -> None:
    """Run ``hidden`` (the refusals of cells that read as empty: merged, formulas, error
    values); when it refuses, ``read`` the workbook anyway and raise its other bad cells
    with those, all at once (its refusals of the same cells left out: they read empty)."""
    told = Refusals()
    told.attempt(hidden, None)
    if not told.told:
        return
    others = Refusals()
    others.attempt(read, None)
    cells = {message.partition(": ")[0] for message in told.told}
    for message in others.told:
        if message.partition(": ")[0] not in cells:
            told.add(message)
    told.more = told.more or others.more
    told.raise_any()
