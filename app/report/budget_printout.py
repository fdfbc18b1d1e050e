"""The Budget view on paper without the window: ``gantry report FILE OUT.pdf --budget``.

The rows and columns are the ones the window's File > Export PDF prints while the Budget
view shows (app/ui/printing/tables.py over app/ui/budget/budget_model.py): each task in
outline order, its name indented by depth and a summary in bold; Budget (the baseline's
cost), Forecast, Actual, Remaining, Variance and the earned value (PV, EV, AC, CPI, SPI,
EAC, ETC, VAC) at the status date (else the Current Date, else now, as the view reads
it); then the project's total, the risk reserve and, with a baseline, the budget plus that
reserve, and the budget resources' section (app/report/budget_section.py). Money is in the
plan's currency with the locale's marks, CPI and SPI ``0.00``.
The page is upright unless the columns need a landscape one, as the window decides.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from PySide6.QtGui import QPageLayout

from app.domain.accept_impact import signed_money
from app.domain.budget_resources import compare_plan
from app.domain.costs import CostReport
from app.domain.earned_value import (
    ZERO,
    EarnedValue,
    actual_to_date,
    earned_value,
    project_earned_value,
)
from app.domain.money import format_money
from app.domain.page_setup import PageSetup
from app.domain.plan import Plan
from app.domain.plural_words import counted
from app.domain.project import Project
from app.domain.risk import contingency_reserve, live
from app.domain.schedule import Schedule
from app.report.budget_section import budget_section
from app.report.locale_numbers import Marks
from app.report.options import PrintOptions
from app.report.pdf_file import paint_pdf
from app.report.render import BoldRow, ensure_gui_app, fits_across, page_layout, render_table
from app.report.view_frame import ViewFrame

BUDGET_TITLE = "Budget"
BUDGET_HEADERS = (
    "Task",
    "Budget",
    "Forecast",
    "Actual",
    "Remaining",
    "Variance",
    "PV",
    "EV",
    "AC",
    "CPI",
    "SPI",
    "EAC",
    "ETC",
    "VAC",
)
_RATIOS = ("CPI", "SPI")
# The titles shown and printed, saying which way each variance runs: "Variance" is MS
# Project's Cost Variance (Cost - Baseline: + over budget), written with its sign; VAC is
# MS Project's (Budget - EAC: - over budget). Side by side, only the colour told them apart.
SHOWN_TITLES = {"Variance": "Var. +over", "VAC": "VAC -over"}
SHOWN_HEADERS = tuple(SHOWN_TITLES.get(t, t) for t in BUDGET_HEADERS)
_INDENT = "   "  # a level's indent, as the window's printout of a tree


def earned(ev: EarnedValue, title: str) -> float | None:
    """The earned-value figure under the column ``title`` (None: not an earned-value one)."""
    return {
        "PV": ev.pv,
        "EV": ev.ev,
        "AC": ev.ac,
        "CPI": ev.cpi,
        "SPI": ev.spi,
        "EAC": ev.eac,
        "ETC": ev.etc,
        "VAC": ev.vac,
    }.get(title)


def budgets(plan: Plan, costs: CostReport) -> tuple[dict[int, float], float | None]:
    """Each task's budget and the project's (None: no baseline), from the baseline earned
    value reads (the project's "Baseline for Earned Value calculations"): baseline 0's are
    the cost report's own; another's are read here, so a plan kept in Baselines 1-10 only
    has a budget when it reads one of them."""
    index = plan.project.ev_baseline
    if index == 0:
        return costs.task_baseline_cost, costs.budget
    base = plan.baselines.get(index)
    bac = {e.task_uid: e.cost for e in base.entries} if base is not None else {}
    tops = [t.uid for t in plan.tasks if t.outline_level == 1]
    return bac, None if base is None else sum(bac.get(u, 0.0) for u in tops)


def task_figure(
    costs: CostReport,
    bac: dict[int, float],
    values: dict[int, EarnedValue],
    uid: int,
    title: str,
) -> float | None:
    """The figure of task ``uid`` under the column ``title`` (None when it does not apply:
    no baseline for the budget's columns); ``bac`` and ``values`` as :func:`budgets` and
    earned value give them."""
    base = bac.get(uid)
    if title == "Budget":
        return base
    if title == "Forecast":
        return costs.task_cost.get(uid, 0.0)
    if title == "Actual":
        return costs.task_actual_cost.get(uid, 0.0)
    if title == "Remaining":
        return costs.remaining_cost(uid)
    if title == "Variance":  # forecast minus budget (positive: over budget)
        return None if base is None else costs.task_cost.get(uid, 0.0) - base
    if title == "AC":  # what ETC adds to: spent up to the status date
        return values.get(uid, ZERO).ac
    return None if base is None else earned(values.get(uid, ZERO), title)


def project_figure(
    plan: Plan,
    costs: CostReport,
    values: dict[int, EarnedValue],
    tops: list[int],
    budget: float | None,
    title: str,
) -> float | None:
    """The project's figure under the column ``title``, as the Budget view's cards and its
    total row show it (None: none); ``tops``: the top-level tasks' uids in plan order."""
    if title == "Budget":
        return budget
    if title == "Forecast":
        return costs.total_cost
    if title == "Actual":
        return costs.total_actual_cost
    if title == "Remaining":
        return costs.total_cost - costs.total_actual_cost
    if title == "AC":  # the Actual cost card's
        return actual_to_date(plan, costs, values, tops)
    if budget is None:
        return None
    if title == "Variance":
        return costs.total_cost - budget
    return earned(project_earned_value(plan, values, tops), title)


def reserve_lines(plan: Plan, budget: float | None) -> list[tuple[str, float, int | None]]:
    """The lines under the project's total: the risk reserve of the risks not closed and,
    with a baseline (``budget`` not None), the budget plus that reserve; each its label,
    its figure (in the Budget column) and the digits to show it with (None: the plan's)."""
    reserve = contingency_reserve(plan.risks)
    said = f"Risk reserve: contingency of the {counted(len(live(plan.risks)), 'risk')} not closed"
    # in cents, as every amount beside it (the register counts whole units)
    lines: list[tuple[str, float, int | None]] = [(said, reserve, None)]
    if budget is not None:
        lines.append(("Budget plus reserve", budget + reserve, None))
    return lines


def budget_rows(
    plan: Plan, schedule: Schedule, costs: CostReport, status: datetime, marks: Marks
) -> list[list[str]]:
    """The printed Budget's rows under :data:`BUDGET_HEADERS`: every task, then the
    project's total and the reserve lines; earned value read at ``status``."""
    project = plan.project
    bac, budget = budgets(plan, costs)
    values = earned_value(plan, schedule, costs, status)
    tops = [t.uid for t in plan.tasks if t.outline_level == 1]

    def text(value: float | None, title: str, digits: int | None = None) -> str:
        if value is None:
            return ""
        if title in _RATIOS:
            return f"{value:.2f}".replace(".", marks.decimal)
        if title == "Variance":
            return signed_money(value, project, (marks.group, marks.decimal))
        return _money(project, value, marks, digits)

    rows: list[list[str]] = []
    tasks = plan.tasks
    for k, task in enumerate(tasks):
        summary = k + 1 < len(tasks) and tasks[k + 1].outline_level > task.outline_level
        name = _INDENT * max(task.outline_level - 1, 0) + task.name
        figures = (task_figure(costs, bac, values, task.uid, t) for t in BUDGET_HEADERS[1:])
        cells = [name, *(text(f, t) for f, t in zip(figures, BUDGET_HEADERS[1:], strict=True))]
        rows.append(BoldRow(cells) if summary else cells)
    total = [project_figure(plan, costs, values, tops, budget, t) for t in BUDGET_HEADERS[1:]]
    cells = ["Project total", *(text(f, t) for f, t in zip(total, BUDGET_HEADERS[1:], strict=True))]
    blank = [""] * (len(BUDGET_HEADERS) - 2)
    lines = reserve_lines(plan, budget)
    section = budget_section(
        compare_plan(plan, costs),
        project,
        lambda v: text(v, "Budget"),
        lambda v: text(v, "Variance"),
    )
    return [
        *rows,
        BoldRow(cells),
        *([label, text(value, "Budget", digits), *blank] for label, value, digits in lines),
        *((BoldRow if bold else list)([label, said, *blank]) for label, said, bold in section),
    ]


def _money(project: Project, value: float, marks: Marks, digits: int | None = None) -> str:
    return format_money(value, project, digits=digits, group=marks.group, decimal=marks.decimal)


def write_budget_pdf(
    plan: Plan,
    schedule: Schedule,
    costs: CostReport,
    path: Path,
    *,
    status: datetime,
    marks: Marks,
    paper: str = "A4",
    landscape: bool | None = None,
    setup: PageSetup | None = None,
    said_status: datetime | None = None,
    file: str = "",
) -> int:
    """Write the Budget printout to ``path``; returns its page count. ``landscape`` None:
    upright unless the columns need a landscape page, as the window's printout decides;
    ``setup``: margins, header and footer in place of the plan's Page Setup's;
    ``said_status``: the status date the header says (None: the plan's, if it has one);
    ``file``: the plan's file name, what ``&[File]`` prints."""
    ensure_gui_app()
    rows = budget_rows(plan, schedule, costs, status, marks)
    project = plan.project if setup is None else replace(plan.project, page_setup=setup)
    options = PrintOptions(paper=paper, setup=project.page_setup, landscape=False)
    if landscape is None:
        width = page_layout(options).paintRect(QPageLayout.Unit.Point).width()
        landscape = not fits_across(SHOWN_HEADERS, rows, width)
    options = replace(options, landscape=landscape)
    frame = ViewFrame.of(project, BUDGET_TITLE, options.header, options.footer, file)
    return paint_pdf(
        path,
        f"{project.name} - {BUDGET_TITLE}",
        page_layout(options),
        lambda writer: render_table(
            writer,
            BUDGET_TITLE,
            SHOWN_HEADERS,
            rows,
            project=project.name,
            status_date=said_status or project.status_date,
            printed_on=date.today(),
            frame=frame,
        ),
    )
