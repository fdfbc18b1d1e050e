"""Edits a client makes on a returned workbook's Budget and About sheets, which the round
trip does not read (s24wb2): a note naming each cell and where the value is changed, as the
import said nothing and the edit was lost.

The Budget sheet shows each task's Fixed cost beside costs Gantry computes: a Fixed cost
typed there is the Plan sheet's Fixed cost cell to type. The About sheet shows the
project's name and currency: they are changed in the plan (Project Information), not by a
client's copy. Only these cells are compared with the plan as exported (``base``); the
others are computed and say so in their titles.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.domain.plan import Plan
from app.domain.quoting import NAME_LIMIT, quoted
from app.io.sheet_mapping import column_letter
from app.io.sheet_values import is_blank, ref_text
from app.io.workbook_about_sheet import ABOUT_SHEET, CURRENCY, CURRENCY_SYMBOL, PROJECT
from app.io.workbook_cells import cell_text

BUDGET_SHEET = "Budget"  # as workbook_budget_sheet titles it
_FIXED_COST = "Fixed cost"


def budget_notes(
    rows: Sequence[Sequence[object]], base: Plan, sheet: str = BUDGET_SHEET
) -> list[str]:
    """A note for each Fixed cost cell of the Budget sheet that differs from the plan as
    exported (its rows: the plan's tasks in order, under a header row)."""
    if not rows:
        return []
    header = [cell_text(c) for c in rows[0]]
    if _FIXED_COST not in header or "Task" not in header:
        return []
    col, name_col = header.index(_FIXED_COST), header.index("Task")
    out: list[str] = []
    for i, (row, task) in enumerate(zip(rows[1:], base.tasks, strict=False), start=1):
        name = row[name_col] if name_col < len(row) else None
        if cell_text(name).strip() != task.name:
            break  # the rows below the tasks (the project's figures), or rows moved
        value = row[col] if col < len(row) else None
        number = 0.0 if is_blank(value) else value
        digits = base.project.currency_digits
        if (
            isinstance(number, int | float)
            and not isinstance(number, bool)
            and round(float(number), digits) == task.fixed_cost
        ):
            continue
        out.append(
            f"{sheet}!{column_letter(col)}{i + 1}: Fixed cost {ref_text(value) or 'cleared'} "
            f"typed for {quoted(task.name, NAME_LIMIT)} on the Budget sheet is not read; type "
            "it in the Plan sheet's Fixed cost column"
        )
    return out


def about_notes(
    rows: Sequence[Sequence[object]], base: Plan, sheet: str = ABOUT_SHEET
) -> list[str]:
    """A note for the About sheet's project name and currency cells changed."""
    project = base.project
    shown = {
        PROJECT: ("the project name", project.name),
        CURRENCY: ("the currency", project.currency),
        CURRENCY_SYMBOL: ("the currency symbol", project.currency_symbol),
    }
    out: list[str] = []
    for i, row in enumerate(rows):
        if len(row) < 2 or cell_text(row[0]).strip() not in shown:
            continue
        what, value = shown[cell_text(row[0]).strip()]
        typed = cell_text(row[1]).strip()
        if typed == (value or ""):
            continue
        out.append(
            f"{sheet}!B{i + 1}: {what} typed {quoted(typed, NAME_LIMIT) if typed else 'empty'} "
            "on the About sheet is not read; the plan's own is changed in Project Information"
        )
    return out


def other_sheet_notes(
    names: Sequence[str], rows_of: Callable[[str], Sequence[Sequence[object]]], base: Plan
) -> list[str]:
    """The notes of the Budget and About sheets the workbook still holds (``names``: its
    sheets; ``rows_of``: a sheet's cell values)."""
    out: list[str] = []
    if BUDGET_SHEET in names:
        out.extend(budget_notes(rows_of(BUDGET_SHEET), base))
    if ABOUT_SHEET in names:
        out.extend(about_notes(rows_of(ABOUT_SHEET), base))
    return out
