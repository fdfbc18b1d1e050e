"""The client workbook's Budget sheet: each task's fixed cost, cost, baseline, variance
and actual cost, and their totals (moved out of excel_export.py).
"""

from __future__ import annotations

from openpyxl import Workbook

from app.domain.costs import CostReport
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


def budget_sheet(
    book: Workbook, fmt: Formats, rows: list[PlanRow], costs: CostReport, steps: Steps
) -> None:
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
