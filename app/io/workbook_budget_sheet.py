"""The client workbook's Budget sheet: each task's fixed cost, cost, baseline, variance,
actual cost and earned value (PV, EV, CPI, SPI, EAC, VAC, the Budget view's columns), the
project's total row, the risk reserve and the budget plus that reserve (as the printed
Budget view ends), and under them the project's earned value at the status date, the
figures of the Budget view's cards.

The earned value is the Budget view's own (:func:`app.domain.earned_value.earned_value`),
read at the plan's status date, else at the export's minute (the view reads it now). A
task with no baseline shows none, as its row in the view; a plan with none shows "no
baseline" where the Budget card does and "n/a" for the cards' ratios.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from openpyxl import Workbook

from app.domain.costs import CostReport
from app.domain.earned_value import EarnedValue, earned_value, project_earned_value
from app.domain.plan import Plan
from app.domain.plural_words import counted
from app.domain.project import measured_at
from app.domain.risk import contingency_reserve, live
from app.domain.schedule import Schedule
from app.io.workbook_cells import PlanRow
from app.io.workbook_format import (
    Formats,
    Pen,
    finite,
    fit,
    fit_names,
    group_row,
    styled_cell,
    table,
    unflag_numbers_as_text,
)
from app.io.workbook_print import print_used_range
from app.io.workbook_steps import Steps

if TYPE_CHECKING:
    from openpyxl.styles.cell_style import StyleArray
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

# Variance is MS Project's Cost Variance, Cost - Baseline, written with its sign (+ over
# budget); the VAC line below is Budget - EAC (- over budget), as MS Project defines it.
# The Actual cost column holds every actual recorded, whatever its date; the AC line of the
# earned-value block below only what was done by the status date (the window's Budget view
# says "Actual" and "AC (to status date)"): each title says which, as a client reads both.
ACTUAL_ALL = "Actual cost (all recorded)"
AC_TO_STATUS = "AC (to status date)"
AC_NO_BASELINE = "Actual cost (AC, all recorded)"
_COSTS = ("Fixed cost", "Cost", "Baseline", "Variance (+ over)", ACTUAL_ALL)
# The Budget view's earned-value columns (its Actual is the Actual cost column), and how
# each reads an EarnedValue: money, or an index shown 0.00 (None: nothing to divide by).
_EARNED: tuple[tuple[str, Callable[[EarnedValue], float | None], bool], ...] = (
    ("PV", lambda ev: ev.pv, False),
    ("EV", lambda ev: ev.ev, False),
    ("CPI", lambda ev: ev.cpi, True),
    ("SPI", lambda ev: ev.spi, True),
    ("EAC", lambda ev: ev.eac, False),
    ("VAC", lambda ev: ev.vac, False),
    # s31fx: the rest of MS Project's Earned Value table, so a controller can work the EAC
    # out from the sheet when actuals were recorded after the status date
    (AC_TO_STATUS, lambda ev: ev.ac, False),
    ("ETC", lambda ev: ev.etc, False),
    ("TCPI", lambda ev: _tcpi(ev), True),
)
BUDGET_TITLES = ("WBS", "Task", *_COSTS, *(title for title, _, _ in _EARNED))
_BASELINE = BUDGET_TITLES.index("Baseline")


def budget_sheet(
    book: Workbook,
    fmt: Formats,
    rows: list[PlanRow],
    costs: CostReport,
    steps: Steps,
    earned: tuple[Plan, Schedule, datetime],
) -> None:
    """The Budget sheet; ``earned``: the plan, its schedule and the export's time."""
    plan, schedule, now = earned
    status = status_moment(plan, now)
    heading, reserve = status_line(plan, schedule, status), _reserve_label(plan)
    widths = (
        fit(9, (r.wbs for r in rows)),
        max(fit_names(44, rows), fit(44, (heading, reserve))),  # the lines under the tasks
        *(14.0 for _ in _COSTS),
        *(8.0 if ratio else 14.0 for _, _, ratio in _EARNED),
    )
    ws = table(book, fmt, "Budget", BUDGET_TITLES, widths, len(rows), frozen_columns=2)
    unflag_numbers_as_text(ws, ("A",), len(rows))  # WBS 1.1
    if not (fmt.paper.header and fmt.paper.header[1]):  # a centre typed in Page Setup wins
        ws.oddHeader.center.text = f"Earned value at {status:%Y-%m-%d}"  # on every page
    # Without a baseline nothing was planned or earned: no need to work it out (0.4 s at
    # 10k tasks); every task's earned-value cells are then blank, as in the view.
    values = None if costs.budget is None else earned_value(plan, schedule, costs, status)
    money, money_bold = fmt.money, fmt.money_bold
    digits = plan.project.currency_digits
    wbs, name, fixed, cost, base, variance, actual = (Pen(ws) for _ in range(7))
    pens = [
        (Pen(ws), figure, fmt.ratio if ratio else money, _RATIO_DIGITS if ratio else digits)
        for _, figure, ratio in _EARNED
    ]
    # Excel's outline, as the plan's: a client collapses the sheet to its top tasks (or sums
    # the Cost of one level) without counting a summary and its subtasks twice.
    for at, r in enumerate(rows, start=_FIRST_ROW):
        group_row(ws, at, r.level)
        baseline = costs.task_baseline_cost.get(r.uid)
        ev = None if values is None or baseline is None else values.get(r.uid)
        ws.append(
            (
                fmt.text(wbs, r.wbs),
                fmt.name(name, r.name, r.level, r.summary),
                fixed(_shown(r.fixed_cost, digits), money),
                cost(
                    _shown(costs.task_cost.get(r.uid, r.fixed_cost), digits),
                    money_bold if r.summary else money,
                ),
                base(_shown(baseline, digits), money),
                variance(_shown(costs.variance(r.uid), digits), fmt.signed_money),
                actual(_shown(costs.task_actual_cost.get(r.uid, 0.0), digits), money),
                *(
                    pen(None if ev is None else _shown(figure(ev), places), style)
                    for pen, figure, style, places in pens
                ),
            )
        )
        steps.row()
    project_ev = None if values is None else project_earned_value(plan, values)
    _total_row(ws, fmt, rows, costs, project_ev, digits)
    _reserve_rows(book, ws, fmt, plan, reserve, costs.budget)
    _earned_value_block(ws, fmt, costs, heading, project_ev, digits)
    print_used_range(ws, len(BUDGET_TITLES))


# CPI and SPI: kept whole (0.9598, not 0.96), shown 0.00 by their cells' format, so a
# client's formula over them reads the index the Budget view works with.
_RATIO_DIGITS = None
_FIRST_ROW = 2  # the first task's row, under the titles


def _shown(value: float | None, digits: int | None) -> float | None:
    """A figure as the Budget view shows it: money to the plan's currency decimals (whole
    yen, cents); ``digits`` None: as it is (an index, formatted 0.00)."""
    if value is None:
        return None
    return finite(value if digits is None else round(value, digits))


def _total_row(
    ws: WriteOnlyWorksheet,
    fmt: Formats,
    rows: list[PlanRow],
    costs: CostReport,
    ev: EarnedValue | None,
    digits: int,
) -> None:
    """The project's total, as the printed Budget view's "Project total" row, all bold: the
    costs added up and the project's earned value (``ev``, None without a baseline);
    ``digits``: the currency's decimals."""
    budget = costs.budget  # the baseline's total (None: no baseline saved)
    totals = (
        sum(r.fixed_cost for r in rows),
        costs.total_cost,
        budget,
        None if budget is None else costs.total_cost - budget,
        costs.total_actual_cost,
    )
    cells: list[object] = [None, styled_cell(ws, "Total", fmt.bold)]
    for value in totals:
        shown = _shown(value, digits)
        cells.append(None if shown is None else styled_cell(ws, shown, fmt.money_bold))
    if budget is None:
        cells[_BASELINE] = styled_cell(ws, "no baseline", fmt.bold)  # the Budget card's words
    for _, figure, ratio in _EARNED:
        shown = None if ev is None else _shown(figure(ev), _RATIO_DIGITS if ratio else digits)
        style = fmt.ratio_bold if ratio else fmt.money_bold
        cells.append(None if shown is None else styled_cell(ws, shown, style))
    ws.append(cells)


def _reserve_rows(
    book: Workbook,
    ws: WriteOnlyWorksheet,
    fmt: Formats,
    plan: Plan,
    said: str,
    budget: float | None,
) -> None:
    """Under the total, as the printed Budget view: the risk reserve (the contingency of the
    risks not closed, in cents as the amounts above it) and, with a baseline, the
    budget plus that reserve, in the Baseline column."""
    reserve = contingency_reserve(plan.risks)
    digits = plan.project.currency_digits
    lines = [(said, reserve, fmt.money)]  # in cents, as every amount beside it
    if budget is not None:
        lines.append(("Budget plus reserve", budget + reserve, fmt.money))
    for label, value, style in lines:
        cells: list[object] = [None] * (_BASELINE + 1)
        cells[1] = label
        cells[_BASELINE] = styled_cell(ws, _shown(value, digits), style)
        ws.append(cells)


def _reserve_label(plan: Plan) -> str:
    """The risk reserve's line, as the printed Budget view says it."""
    return f"Risk reserve: contingency of the {counted(len(live(plan.risks)), 'risk')} not closed"


def status_moment(plan: Plan, now: datetime) -> datetime:
    """The moment earned value is read at, as the Budget view reads it: the plan's status
    date, else its Current Date, else now to the minute."""
    return measured_at(plan.project, now.replace(second=0, microsecond=0))


def status_line(plan: Plan, schedule: Schedule, status: datetime) -> str:
    """The earned value's heading, as the Budget view says where its date comes from (the
    workbook's "now" is the export's): the status date, the export's, or the export's
    after the plan's finish (the view's "today, after the plan's finish on ...")."""
    source = "exported"
    if plan.project.status_date is not None:
        source = "status date"
    elif plan.tasks and status > schedule.finish:
        source = f"exported, after the plan's finish on {schedule.finish:%Y-%m-%d}"
    return f"Earned value at {status:%Y-%m-%d} ({source})"


def _earned_value_block(
    ws: WriteOnlyWorksheet,
    fmt: Formats,
    costs: CostReport,
    heading: str,
    totals: EarnedValue | None,
    digits: int,
) -> None:
    """PV, EV, AC, CPI, SPI, EAC, VAC, ETC and TCPI of the whole project (the Budget view's), a
    blank row under the reserve; without a baseline (``totals`` None) they read "n/a", as
    the cards do; ``digits``: the currency's decimals."""
    ws.append(())
    ws.append((None, styled_cell(ws, heading, fmt.bold)))
    for label, value, style in _earned_lines(totals, costs.total_actual_cost, fmt):
        shown = _shown(value, _RATIO_DIGITS if style is fmt.ratio else digits)
        ws.append((None, label, "n/a" if shown is None else styled_cell(ws, shown, style)))


def _earned_lines(
    ev: EarnedValue | None, actual: float, fmt: Formats
) -> Iterable[tuple[str, float | None, StyleArray]]:
    """Each line's label, figure (None: n/a) and format; ``ev`` None: no baseline."""
    etc: float | None = None
    tcpi: float | None = None
    if ev is None:
        pv = earned = cpi = spi = eac = vac = None
    else:
        pv, earned, actual, cpi, spi, eac, vac = ev.pv, ev.ev, ev.ac, ev.cpi, ev.spi, ev.eac, ev.vac
        etc, tcpi = ev.etc, _tcpi(ev)
    return (
        ("Planned value (PV)", pv, fmt.money),
        ("Earned value (EV)", earned, fmt.money),
        (AC_NO_BASELINE if ev is None else AC_TO_STATUS, actual, fmt.money),
        ("Cost performance index (CPI)", cpi, fmt.ratio),
        ("Schedule performance index (SPI)", spi, fmt.ratio),
        ("Estimate at completion (EAC)", eac, fmt.money),
        ("Variance at completion (VAC)", vac, fmt.money),
        # what is left (EAC - AC) and how it must be spent to keep to the budget
        ("Estimate to complete (ETC)", etc, fmt.money),
        ("To-complete performance index (TCPI)", tcpi, fmt.ratio),
    )


def _tcpi(ev: EarnedValue) -> float | None:
    """(BAC - EV) / (BAC - AC), as the window's Earned Value table divides it: None (n/a)
    with under half a cent left to spend, 0 with under half a cent left to earn."""
    left_to_spend = ev.bac - ev.ac
    if abs(left_to_spend) < 0.005:
        return None
    left_to_earn = ev.bac - ev.ev
    return left_to_earn / left_to_spend if abs(left_to_earn) >= 0.005 else 0.0
