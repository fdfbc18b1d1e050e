"""The client workbook's Budget sheet: each task's fixed cost, cost, baseline, variance
and actual cost, and their totals (moved out of excel_export.py); under them the project's
earned value at the status date, the figures of the Budget view's cards.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from openpyxl import Workbook

from app.domain.costs import CostReport
from app.domain.earned_value import EarnedValue, earned_value, project_earned_value
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.io.workbook_cells import PlanRow
from app.io.workbook_format import (
    Formats,
    Pen,
    finite,
    fit,
    fit_names,
    styled_cell,
    table,
    unflag_numbers_as_text,
)
from app.io.workbook_steps import Steps

if TYPE_CHECKING:
    from openpyxl.styles.cell_style import StyleArray
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet


def budget_sheet(
    book: Workbook,
    fmt: Formats,
    rows: list[PlanRow],
    costs: CostReport,
    steps: Steps,
    earned: tuple[Plan, Schedule, datetime] | None = None,
) -> None:
    """The Budget sheet; ``earned`` (the plan, its schedule and the export's time) adds the
    earned value block under the totals."""
    titles = ("WBS", "Task", "Fixed cost", "Cost", "Baseline", "Variance", "Actual cost")
    widths = (fit(9, (r.wbs for r in rows)), fit_names(44, rows), 14, 14, 14, 14, 14)
    ws = table(book, fmt, "Budget", titles, widths, len(rows), frozen_columns=2)
    unflag_numbers_as_text(ws, ("A",), len(rows))  # WBS 1.1
    money, money_bold = fmt.money, fmt.money_bold
    wbs, name, fixed, cost, base, variance, actual = (Pen(ws) for _ in range(7))
    for r in rows:
        baseline = costs.task_baseline_cost.get(r.uid)
        ws.append(
            (
                fmt.text(wbs, r.wbs),
                fmt.name(name, r.name, r.level, r.summary),
                fixed(finite(r.fixed_cost), money),
                cost(finite(r.cost), money_bold if r.summary else money),
                base(finite(baseline), money),
                variance(None if baseline is None else finite(round(r.cost - baseline, 2)), money),
                actual(finite(round(costs.task_actual_cost.get(r.uid, 0.0), 2)), money),
            )
        )
        steps.row()
    budget = costs.budget  # the baseline's total (None: no baseline saved)
    totals = (
        sum(r.fixed_cost for r in rows),
        costs.total_cost,
        budget,
        None if budget is None else costs.total_cost - budget,
        costs.total_actual_cost,
    )
    ws.append(
        (
            None,
            styled_cell(ws, "Total", fmt.bold),
            *(
                None if v is None else styled_cell(ws, finite(round(v, 2)), fmt.money_bold)
                for v in totals
            ),
        )
    )
    if earned is not None:
        _earned_value_block(ws, fmt, costs, *earned)


def status_moment(plan: Plan, now: datetime) -> datetime:
    """The moment earned value is read at, as the Budget view reads it: the plan's status
    date, else now to the minute."""
    return plan.project.status_date or now.replace(second=0, microsecond=0)


def _earned_value_block(
    ws: WriteOnlyWorksheet,
    fmt: Formats,
    costs: CostReport,
    plan: Plan,
    schedule: Schedule,
    now: datetime,
) -> None:
    """PV, EV, AC, CPI, SPI, EAC and VAC of the whole project (the Budget view's cards), a
    blank row under the totals; without a baseline they read "n/a", as the cards do."""
    status = status_moment(plan, now)
    source = "status date" if plan.project.status_date is not None else "exported"
    ws.append(())
    ws.append((None, styled_cell(ws, f"Earned value at {status:%Y-%m-%d} ({source})", fmt.bold)))
    # without a baseline nothing was planned or earned: no need to work it out (0.4 s at
    # 10k tasks); the actual cost is the Actual card's
    totals = (
        None
        if costs.budget is None
        else project_earned_value(plan, earned_value(plan, schedule, costs, status))
    )
    for label, value, style in _earned_lines(totals, costs.total_actual_cost, fmt):
        shown = None if value is None else finite(round(value, 2))
        ws.append((None, label, "n/a" if shown is None else styled_cell(ws, shown, style)))


def _earned_lines(
    ev: EarnedValue | None, actual: float, fmt: Formats
) -> tuple[tuple[str, float | None, StyleArray], ...]:
    """Each line's label, figure (None: n/a) and format; ``ev`` None: no baseline."""
    if ev is None:
        pv = earned = cpi = spi = eac = vac = None
    else:
        pv, earned, actual, cpi, spi, eac, vac = ev.pv, ev.ev, ev.ac, ev.cpi, ev.spi, ev.eac, ev.vac
    return (
        ("Planned value (PV)", pv, fmt.money),
        ("Earned value (EV)", earned, fmt.money),
        ("Actual cost (AC)", actual, fmt.money),
        ("Cost performance index (CPI)", cpi, fmt.ratio),
        ("Schedule performance index (SPI)", spi, fmt.ratio),
        ("Estimate at completion (EAC)", eac, fmt.money),
        ("Variance at completion (VAC)", vac, fmt.money),
    )
