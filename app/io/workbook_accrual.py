"""The Plan sheet's Fixed cost accrual column: when each task's fixed cost is incurred
(Start, Prorated or End, MS Project's words), picked from a drop-down in Excel.

The column is written last (after the custom fields and the Hyperlink column) and only
when the plan has a fixed cost or an accrual other than Prorated: a plan without fixed
costs gets no column it has no use for. Coming back, a cell whose text differs from the
export is read with :func:`app.domain.cost_accrual.parse_accrual` (any case, a word's
start); anything else, an emptied cell too, is refused naming the cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from app.domain.cost_accrual import ACCRUAL_NAMES, accrual_name, parse_accrual
from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.task import CostAccrual, Task
from app.io.sheet_values import CellError, is_blank
from app.io.workbook_cells import cell_text

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

ACCRUAL_TITLE = "Fixed cost accrual"
ACCRUAL_WIDTH = 12


def has_accruals(plan: Plan) -> bool:
    """Whether the Plan sheet has the column: a task with a fixed cost, or an accrual
    other than the default."""
    prorated = CostAccrual.PRORATED
    return any(t.fixed_cost or t.fixed_cost_accrual is not prorated for t in plan.tasks)


def accrual_cell(task: Task) -> str:
    """A task's cell as exported: ``Start``, ``Prorated`` or ``End``."""
    return accrual_name(task.fixed_cost_accrual)


def add_accrual_list(ws: WriteOnlyWorksheet, column: int, rows: int) -> None:
    """The column's drop-down of MS Project's three words (other text refused in Excel)."""
    if rows <= 0:
        return
    names = ",".join(ACCRUAL_NAMES.values())
    check = DataValidation(
        type="list",
        formula1=f'"{names}"',
        allow_blank=False,
        showErrorMessage=True,
        errorTitle=ACCRUAL_TITLE,
        error=f"{ACCRUAL_TITLE} is one of: {', '.join(ACCRUAL_NAMES.values())}",
    )
    letter = get_column_letter(column)
    check.add(f"{letter}2:{letter}{rows + 1}")
    ws.data_validations.append(check)


def accrual_column(header: Sequence[str], taken: set[int]) -> int | None:
    """The column the accrual is read from: the last one so titled that no custom field
    holds (a field renamed "Fixed cost accrual" keeps its own column)."""
    found = [i for i, title in enumerate(header) if title == ACCRUAL_TITLE and i not in taken]
    return found[-1] if found else None


def edited_accrual(task: Task, value: object, new: bool = False) -> Task:
    """The task with its accrual cell as the client left it; ``new``: a row the client
    added (a blank cell keeps the default). CellError for anything but the three words."""
    if new and is_blank(value):
        return task
    if not new and cell_text(value) == accrual_cell(task):
        return task
    try:
        accrual = parse_accrual(cell_text(value), ACCRUAL_TITLE)
    except InputError as exc:
        raise CellError(str(exc)) from None
    return replace(task, fixed_cost_accrual=accrual)
