"""The client workbook's Plan sheet: one row per task, the custom field, Hyperlink and
Fixed cost accrual columns after the sheet's own (moved out of excel_export.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import time
from typing import TypeVar

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from app.domain.baseline_fields import TITLES as FIELD_TITLES
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
from app.io.workbook_baseline_dates import (
    BASELINE_DATE_TITLES,
    VARIANCE_WIDTH,
    BaselineCells,
    baseline_dates,
    numbered_dates,
    numbered_keys,
)
from app.io.workbook_baseline_fixed_costs import (
    FIXED_COST_WIDTH,
    fixed_cost_cells,
    money_title,
    shown_fixed_cost_keys,
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
    group_row,
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
from app.io.workbook_work_columns import WORK_TITLES, WORK_WIDTH, work_row

_T = TypeVar("_T")

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
    dropped: frozenset[str] = frozenset(),
    work: Mapping[int, tuple[float, float]] | None = None,
) -> None:
    """One row per task; ``dropped``: own columns left out (a client hand-off's Cost,
    Notes: excel_export_choice), the columns after them moved left; ``work``: each task's
    Work and Remaining Work in hours, two columns before the progress ones
    (app/io/workbook_work_columns.py)."""
    tasks = {t.uid: t for t in plan.tasks}
    # the indexes of the own columns kept: every row passes through keep()
    kept = [i for i, t in enumerate(PLAN_COLUMNS) if t not in dropped]
    own_count = len(kept)

    def keep(values: Sequence[_T]) -> tuple[_T, ...]:
        if not dropped:
            return tuple(values)
        return (*(values[i] for i in kept), *values[len(PLAN_COLUMNS) :])

    actuals = [actual_cells(tasks[r.uid], r.summary) for r in rows]
    # a moment at another time than these shows it (Formats.moment)
    usual = _usual(plan)
    # Baseline Start and Finish, Start and Finish Variance: with a baseline, before the
    # progress columns (workbook_baseline_dates)
    based = baseline_dates(plan, rows)
    numbered = numbered_keys(plan)  # Baseline1..10's and Start1..10/Finish1..10 dates held
    numbered_cells = numbered_dates(plan, rows, numbered) if numbered else []
    numbered_titles = tuple(FIELD_TITLES[key] for key in numbered)
    # Baseline (0..10) Cost and Fixed Cost, where the plan's sheet shows them
    # (workbook_baseline_fixed_costs)
    # (none when the sheet leaves the costs out: a client hand-off without them)
    fixed_keys = () if "Fixed cost" in dropped else shown_fixed_cost_keys(plan)
    fixed_cells = fixed_cost_cells(plan, rows, fixed_keys) if fixed_keys else []
    widths = keep(
        (
            8,
            6,
            fit(9, (r.wbs for r in rows)),
            fit_names(48, rows),
            10,
            _moment_width(fmt, (r.start for r in rows), usual, 12),
            _moment_width(fmt, (r.finish for r in rows), usual, 12),
            fit(16, (r.predecessors for r in rows), _WIDEST_LIST),
            fit(24, (r.people for r in rows), _WIDEST_LIST),
            11,
            12,
            14,
            fit(12, (r.notes for r in rows), _WIDEST_LIST),  # empty, it shrank the printout
            *(_custom_width(fmt, plan, name) for _, name in custom),
            *((HYPERLINK_WIDTH,) if links else ()),  # after the custom fields (workbook_hyperlinks)
            *((ACCRUAL_WIDTH,) if accruals else ()),  # (workbook_accrual)
            *(_baseline_widths(fmt, based, usual) if based is not None else ()),
            *(
                _moment_width(fmt, (cells[k] for cells in numbered_cells), usual, 12)
                for k in range(len(numbered))
            ),
            *(FIXED_COST_WIDTH for _ in fixed_keys),
            *((WORK_WIDTH, WORK_WIDTH) if work is not None else ()),
            # last: the progress a client reports (roundtrip_actuals)
            _moment_width(fmt, (a for a, _ in actuals), usual, ACTUAL_WIDTH),
            _moment_width(fmt, (f for _, f in actuals), usual, ACTUAL_WIDTH),
            ACTUAL_WIDTH,  # Remaining Duration
        )
    )
    extra_titles = (
        *((HYPERLINK_TITLE,) if links else ()),
        *((ACCRUAL_TITLE,) if accruals else ()),
        *(BASELINE_DATE_TITLES if based is not None else ()),
        *numbered_titles,
        *(money_title(key) for key in fixed_keys),
        *(WORK_TITLES if work is not None else ()),
        *TRACKING_TITLES,
    )
    ws = table(
        book,
        fmt,
        PLAN_SHEET,
        keep((*PLAN_COLUMNS, *(title for title, _ in custom), *extra_titles)),
        widths,
        len(rows),
        hidden_columns=("A",),
        frozen_columns=PLAN_COLUMNS.index("Task") + 1,  # a wide plan scrolls past its names
        centred=("#", "Start", "Finish", *BASELINE_DATE_TITLES, *numbered_titles, *TRACKING_TITLES),
        # Text: 2.10 stays 2.10, and predecessors typed 3,4 stay two (a locale that groups
        # thousands with a comma made them the number 34, a typed 3 the number 3)
        text_columns=_TEXT_COLUMNS,
    )
    unflag_numbers_as_text(ws, _TEXT_COLUMNS, len(rows))  # 1.1, 2
    percent, money, centred = fmt.percent, fmt.money, fmt.centred
    number, wbs, name, start, finish, preds, people, pct, fixed, cost, notes = (
        Pen(ws) for _ in range(11)
    )
    pens = [Pen(ws) for _ in custom]
    actual_start, actual_finish = Pen(ws), Pen(ws)
    base_pens = [Pen(ws) for _ in BASELINE_DATE_TITLES]
    numbered_pens = [Pen(ws) for _ in numbered]
    fixed_pens = [Pen(ws) for _ in fixed_keys]
    work_pen, left_pen = Pen(ws), Pen(ws)
    tracked = False  # a task has an actual date
    moment = fmt.moment  # a moment at a usual time shows the date alone
    for k, (r, (began, ended)) in enumerate(zip(rows, actuals, strict=True)):
        extra = _custom_cells(fmt, plan, tasks[r.uid], custom, pens) if custom else []
        if links:
            extra = [*extra, hyperlink_cell(ws, tasks[r.uid])]
        if accruals:
            extra = [*extra, accrual_cell(tasks[r.uid])]
        if based is not None:
            extra.extend(_baseline_cells(fmt, based[k], base_pens, usual))
        if numbered:
            extra.extend(
                pen.dated(v, moment(v, usual), fmt.date)
                for pen, v in zip(numbered_pens, numbered_cells[k], strict=True)
            )
        if fixed_keys:
            extra.extend(pen(v, money) for pen, v in zip(fixed_pens, fixed_cells[k], strict=True))
        if work is not None:
            hours, left = work_row(work, r.uid)
            extra.extend((work_pen(hours, fmt.hours), left_pen(left, fmt.hours)))
        extra.extend(
            (
                # empty, a date's format too: a date typed or pasted there shows as one
                actual_start.dated(began, moment(began, usual), fmt.date),
                actual_finish.dated(ended, moment(ended, usual), fmt.date),
                r.remaining,
            )
        )
        tracked = tracked or began is not None
        # Excel's outline, as the Budget sheet's: a client collapses the plan by WBS depth
        group_row(ws, k + _FIRST_ROW, r.level)
        ws.append(
            keep(
                (
                    r.uid,
                    number(r.number, centred),
                    fmt.kept_text(wbs, r.wbs),
                    fmt.name(name, r.name, r.level, r.summary),
                    r.duration,
                    start(r.start, moment(r.start, usual)),
                    finish(r.finish, moment(r.finish, usual)),
                    fmt.kept_text(preds, r.predecessors),
                    fmt.text(people, r.people),
                    pct(finite(r.percent), percent),
                    fixed(finite(r.fixed_cost), money),
                    cost(finite(r.cost), money),
                    fmt.text(notes, r.notes),
                    *extra,
                )
            )
        )
        steps.row()
    if custom:  # drop-downs for the fields with value lists
        add_value_lists(ws, plan.project, custom, own_count + 1, len(rows))
    own = own_count + len(custom) + len(extra_titles) - len(TRACKING_TITLES)
    if accruals:  # Start / Prorated / End: the column after the custom fields and Hyperlink
        add_accrual_list(ws, own_count + len(custom) + int(links) + 1, len(rows))
    # the Actual Start, Finish and Remaining Duration columns left out when empty: they
    # would only make the printout smaller (fitted to the width)
    print_used_range(ws, len(widths) if tracked else own)


# the columns formatted Text ('@'), cells and column: what a client types stays as typed
_FIRST_ROW = 2  # the first task's row, under the titles
_TEXT_COLUMNS = tuple(get_column_letter(PLAN_COLUMNS.index(t) + 1) for t in ("WBS", "Predecessors"))

_CUSTOM_WIDTHS = {
    FieldKind.TEXT: 16,
    FieldKind.NUMBER: 10,
    FieldKind.FLAG: 8,
    FieldKind.DATE: 12,
    FieldKind.COST: 12,
    FieldKind.DURATION: 10,
}


def _baseline_widths(
    fmt: Formats, based: list[BaselineCells], usual: tuple[time, time]
) -> tuple[float, ...]:
    """The baseline dates' columns as wide as a moment needs, the variances' as a duration."""
    starts = _moment_width(fmt, (b[0] for b in based), usual, 12)
    finishes = _moment_width(fmt, (b[1] for b in based), usual, 12)
    return (starts, finishes, VARIANCE_WIDTH, VARIANCE_WIDTH)


def _baseline_cells(
    fmt: Formats, cells: BaselineCells, pens: list[Pen], usual: tuple[time, time]
) -> list[object]:
    """A row's Baseline Start and Finish (dates, as Start and Finish show them) and its
    Start and Finish Variance (text: +2d)."""
    start, finish, start_variance, finish_variance = cells
    moment = fmt.moment
    return [
        pens[0].dated(start, moment(start, usual), fmt.date),
        pens[1].dated(finish, moment(finish, usual), fmt.date),
        fmt.text(pens[2], start_variance),
        fmt.text(pens[3], finish_variance),
    ]


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
        elif kind is FieldKind.DATE:  # a date typed alone there takes the default start time
            out.append(pen(value, fmt.moment(value, _usual(plan))))
        elif kind is FieldKind.COST:
            out.append(pen(value, fmt.money))
        elif isinstance(value, str):
            out.append(fmt.text(pen, value))
        else:
            out.append(value)
    return out


_MOMENT_WIDTH = 16.0  # "2027-10-01 00:00" (15 just fits in LibreOffice's substitute fonts)


def _usual(plan: Plan) -> tuple[time, time]:
    """The times a moment's cell shows the date alone at (see Formats.moment)."""
    return plan.project.default_start_time, plan.project.default_finish_time


def _moment_width(
    fmt: Formats, values: Iterable[object], usual: tuple[time, ...], width: float
) -> float:
    """A moment column's width: ``width`` when every cell shows the date alone, else wide
    enough for its time too (Excel shows ``#####`` in a column too narrow for a date)."""
    if any(fmt.moment(v, usual) is not fmt.date for v in values):
        return max(width, _MOMENT_WIDTH)
    return width


def _custom_width(fmt: Formats, plan: Plan, name: str) -> float:
    """A custom field column's width (a Date field's wider when a cell shows a time)."""
    width = float(_CUSTOM_WIDTHS[kind_of(name)])
    if kind_of(name) is not FieldKind.DATE:
        return width
    values = (v for t in plan.tasks for n, v in t.custom if n == name)
    return _moment_width(fmt, values, _usual(plan), width)
