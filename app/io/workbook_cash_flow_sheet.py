"""The client workbook's Cash Flow sheet: the Cash Flow report's money by month for each
top-level task, then the Total and Cumulative rows (and Baseline cumulative when a baseline
holds cost), as File > Cash Flow… and ``gantry report --cash-flow`` show it.

Only a view: a returned workbook's Cash Flow sheet is not read. A hand-off without costs
has no such sheet (excel_export_choice).
"""

from __future__ import annotations

from dataclasses import replace

from openpyxl import Workbook

from app.domain.cash_flow import CashFlow, CashPeriod, cash_flow
from app.domain.costs import CostReport
from app.domain.day_names import ENGLISH, DateNames
from app.domain.plan import Plan
from app.domain.schedule import Schedule
from app.io.workbook_format import Formats, Pen, finite, fit, styled_cell, table
from app.io.workbook_print import print_used_range

CASH_FLOW_SHEET = "Cash Flow"


def cash_flow_sheet(
    plan: Plan, sched: Schedule, costs: CostReport, names: DateNames = ENGLISH
) -> CashFlow:
    """The report the sheet shows: by month, top-level tasks; its months in ``names``'
    language (``Mär 2027``), as the printed cash flow heads them."""
    flow = cash_flow(plan, sched, costs, CashPeriod.MONTH, 1)
    if names is ENGLISH:
        return flow
    return replace(flow, labels=tuple(names.month_heading(day) for day in flow.starts))


def write_cash_flow_sheet(book: Workbook, fmt: Formats, flow: CashFlow, digits: int) -> None:
    """The Cash Flow sheet of ``flow``; ``digits``: the currency's decimals."""
    with_baseline = flow.baseline_total is not None
    ends = ("Total", "Baseline") if with_baseline else ("Total",)
    titles = ("Task", *flow.labels, *ends)
    widths = (
        fit(30, (r.name for r in flow.rows)),
        *(12.0 for _ in flow.labels),
        *(14.0 for _ in ends),
    )
    ws = table(book, fmt, CASH_FLOW_SHEET, titles, widths, len(flow.rows), frozen_columns=1)
    pen = Pen(ws)

    def money(value: float | None, bold: bool = False) -> object:
        """A figure to the currency's decimals, as the report shows it (None: blank)."""
        if value is None:
            return None
        return styled_cell(ws, finite(round(value, digits)), fmt.money_bold if bold else fmt.money)

    for row in flow.rows:
        tail = [money(row.total)]
        if with_baseline:
            tail.append(money(row.baseline))
        ws.append(
            [fmt.name(pen, row.name, row.depth + 1, row.summary), *map(money, row.figures), *tail]
        )
    total = [money(flow.total, True)]
    if flow.baseline_total is not None:
        total.append(money(flow.baseline_total, True))
    ws.append([styled_cell(ws, "Total", fmt.bold), *(money(v, True) for v in flow.totals), *total])
    ws.append([styled_cell(ws, "Cumulative", fmt.bold), *(money(v, True) for v in flow.cumulative)])
    if flow.baseline_cumulative is not None:
        label = styled_cell(ws, flow.baseline_cumulative_label, fmt.bold)
        ws.append([label, *(money(v) for v in flow.baseline_cumulative)])
    print_used_range(ws, len(titles))
