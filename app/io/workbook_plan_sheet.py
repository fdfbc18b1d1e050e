"""The client workbook's Plan sheet: one row per task, the custom field, Hyperlink and
Fixed cost accrual columns after the sheet's own (moved out of excel_export.py).
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from app.domain.custom_fields import FieldKind, kind_of
from app.domain.plan import Plan
from app.domain.task import Task
from app.io.roundtrip_actuals import ACTUAL_WIDTH, TRACKING_TITLES, actual_cells
from app.io.workbook_accrual import (
    ACCRUAL_TITLE,
    ACCRUAL_WIDTH,
    accrual_cell,
    add_accrual_list,
)
from app.io.workbook_cells import (
    PLAN_COLUMNS,
    PLAN_SHEET,
    PlanRow,
)
from app.io.workbook_custom import (
    add_value_lists,
    cell_value,
)
from app.io.workbook_format import (
    Formats,
    Pen,
    finite,
    fit,
    fit_names,
    table,
    unflag_numbers_as_text,
)
from app.io.workbook_hyperlinks import (
    HYPERLINK_TITLE,
    HYPERLINK_WIDTH,
    hyperlink_cell,
)
from app.io.workbook_print import print_used_range
from app.io.workbook_steps import Steps

# Plan sheet lists (people, predecessors, notes): the sheet prints fitted to the page
# width, so every character here makes the whole printout smaller.
_WIDEST_LIST = 44.0


def plan_sheet(
    book: Workbook,
    fmt: Formats,
    rows: list[PlanRow],
    steps: Steps,
    plan: Plan,
    custom: list[tuple[str, str]],
    links: bool = False,
    accruals: bool = False,
) -> None:
    widths = (
        8,
        6,
        fit(9, (r.wbs for r in rows)),
        fit_names(48, rows),
        10,
        12,
        12,
        fit(16, (r.predecessors for r in rows), _WIDEST_LIST),
        fit(24, (r.people for r in rows), _WIDEST_LIST),
        11,
        12,
        14,
        fit(12, (r.notes for r in rows), _WIDEST_LIST),  # empty, it shrank the printout
        *(_CUSTOM_WIDTHS[kind_of(name)] for _, name in custom),
        *((HYPERLINK_WIDTH,) if links else ()),  # after the custom fields (workbook_hyperlinks)
        *((ACCRUAL_WIDTH,) if accruals else ()),  # (workbook_accrual)
        ACTUAL_WIDTH,  # last: the progress a client reports (roundtrip_actuals)
        ACTUAL_WIDTH,
        ACTUAL_WIDTH,  # Remaining Duration
    )
    extra_titles = (
        *((HYPERLINK_TITLE,) if links else ()),
        *((ACCRUAL_TITLE,) if accruals else ()),
        *TRACKING_TITLES,
    )
    ws = table(
        book,
        fmt,
        PLAN_SHEET,
        (*PLAN_COLUMNS, *(title for title, _ in custom), *extra_titles),
        widths,
        len(rows),
        hidden_columns=("A",),
        frozen_columns=PLAN_COLUMNS.index("Task") + 1,  # a wide plan scrolls past its names
        centred=("#", "Start", "Finish", *TRACKING_TITLES),
        # Text: 2.10 stays 2.10, and predecessors typed 3,4 stay two (a locale that groups
        # thousands with a comma made them the number 34, a typed 3 the number 3)
        text_columns=_TEXT_COLUMNS,
    )
    unflag_numbers_as_text(ws, _TEXT_COLUMNS, len(rows))  # 1.1, 2
    date, percent, money, centred = fmt.date, fmt.percent, fmt.money, fmt.centred
    number, wbs, name, start, finish, preds, people, pct, fixed, cost, notes = (
        Pen(ws) for _ in range(11)
    )
    pens = [Pen(ws) for _ in custom]
    actual_start, actual_finish = Pen(ws), Pen(ws)
    tasks = {t.uid: t for t in plan.tasks}
    tracked = False  # a task has an actual date
    for r in rows:
        extra = _custom_cells(fmt, plan, tasks[r.uid], custom, pens) if custom else []
        if links:
            extra = [*extra, hyperlink_cell(ws, tasks[r.uid])]
        if accruals:
            extra = [*extra, accrual_cell(tasks[r.uid])]
        began, ended = actual_cells(tasks[r.uid], r.summary)
        extra.extend((actual_start(began, date), actual_finish(ended, date), r.remaining))
        tracked = tracked or began is not None
        ws.append(
            (
                r.uid,
                number(r.number, centred),
                fmt.kept_text(wbs, r.wbs),
                fmt.name(name, r.name, r.level, r.summary),
                r.duration,
                start(r.start, date),
                finish(r.finish, date),
                fmt.kept_text(preds, r.predecessors),
                fmt.text(people, r.people),
                pct(finite(r.percent), percent),
                fixed(finite(r.fixed_cost), money),
                cost(finite(r.cost), money),
                fmt.text(notes, r.notes),
                *extra,
            )
        )
        steps.row()
    if custom:  # drop-downs for the fields with value lists
        add_value_lists(ws, plan.project, custom, len(PLAN_COLUMNS) + 1, len(rows))
    own = len(PLAN_COLUMNS) + len(custom) + len(extra_titles) - len(TRACKING_TITLES)
    if accruals:  # Start / Prorated / End, before the actual dates
        add_accrual_list(ws, own, len(rows))
    # the Actual Start, Finish and Remaining Duration columns left out when empty: they
    # would only make the printout smaller (fitted to the width)
    print_used_range(ws, len(widths) if tracked else own)


# the columns formatted Text ('@'), cells and column: what a client types stays as typed
_TEXT_COLUMNS = tuple(get_column_letter(PLAN_COLUMNS.index(t) + 1) for t in ("WBS", "Predecessors"))

_CUSTOM_WIDTHS = {
    FieldKind.TEXT: 16,
    FieldKind.NUMBER: 10,
    FieldKind.FLAG: 8,
    FieldKind.DATE: 12,
    FieldKind.COST: 12,
    FieldKind.DURATION: 10,
}


def _custom_cells(
    fmt: Formats, plan: Plan, task: Task, custom: list[tuple[str, str]], pens: list[Pen]
) -> list[object]:
    """A row's custom field cells: text safe from formulas, dates and money styled."""
    values = dict(task.custom)
    out: list[object] = []
    for (_, name), pen in zip(custom, pens, strict=True):
        value = cell_value(name, values.get(name), plan.project)
        kind = kind_of(name)
        if value is None:
            out.append(None)
        elif kind is FieldKind.DATE:
            out.append(pen(value, fmt.date))
        elif kind is FieldKind.COST:
            out.append(pen(value, fmt.money))
        elif isinstance(value, str):
            out.append(fmt.text(pen, value))
        else:
            out.append(value)
    return out
