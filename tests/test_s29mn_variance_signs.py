"""Overruns read the same way everywhere: the Budget view's Variance is MS Project's Cost
Variance (Cost - Baseline, + over budget) written with its sign, beside VAC (Budget - EAC,
- over budget) as MS Project defines it, and the titles say which way each runs. Before,
"As-is process mapping" showed Variance €640.00 (red, no sign) next to VAC -€640.00, and
only the colour told them apart; the workbook's Budget sheet and the PDF alike."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import openpyxl
from PySide6.QtCore import Qt

from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduling.run import schedule_only as schedule
from app.domain.task import Task
from app.formats import write_plan
from app.report.budget_printout import BUDGET_HEADERS, SHOWN_HEADERS, budget_rows
from app.report.locale_numbers import Marks
from app.ui.budget.budget_model import BudgetColumn, BudgetModel
from app.ui.document import Document

MON = datetime(2027, 3, 1, 8, 0)
STATUS = datetime(2027, 3, 3, 12, 0)
DAY = 480


def _plan() -> Plan:
    """Design (over budget by €640 of fixed cost) and Build (under by €120 of credit)."""
    plan = Plan(project=Project(name="Shop", start=MON, status_date=STATUS))
    plan.append_task(Task(1, "Design", 1, duration_minutes=5 * DAY))
    plan.append_task(Task(2, "Build", 1, duration_minutes=5 * DAY))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 5 * DAY))
    sched = schedule(plan)
    plan.set_baseline(snapshot(plan, sched, compute_costs(plan, sched), 0, MON))
    plan.update_task(replace(plan.task(1), fixed_cost=640.0))
    plan.update_task(replace(plan.task(2), fixed_cost=-120.0))
    return plan


def test_s29mn_view_shows_cost_variance_with_its_sign_and_titles_say_which(qtbot):
    model = BudgetModel(Document(_plan()), clock=lambda: STATUS)
    assert model.text(1, BudgetColumn.VARIANCE) == "+€640.00"
    assert model.text(2, BudgetColumn.VARIANCE) == "-€120.00"
    assert model.text(1, BudgetColumn.VAC) == "-€640.00"  # Budget - EAC, as MS Project
    title = model.headerData(BudgetColumn.VARIANCE, Qt.Orientation.Horizontal)
    assert title == "Var. +over"
    assert model.headerData(BudgetColumn.VAC, Qt.Orientation.Horizontal) == "VAC -over"
    total = model.footer_rows(list(SHOWN_HEADERS))[0]
    assert total[SHOWN_HEADERS.index("Var. +over")] == "+€520.00"


def test_s29mn_printout_signs_the_variance_as_the_view():
    plan = _plan()
    sched = schedule(plan)
    rows = budget_rows(plan, sched, compute_costs(plan, sched), STATUS, Marks())
    at = BUDGET_HEADERS.index("Variance")
    assert [rows[0][at], rows[1][at], rows[2][at]] == ["+€640.00", "-€120.00", "+€520.00"]
    assert SHOWN_HEADERS[at] == "Var. +over"


def test_s29mn_workbook_budget_sheet_writes_the_variance_signed(tmp_path):
    path = tmp_path / "shop.xlsx"
    write_plan(_plan(), path, now=STATUS)
    sheet = openpyxl.load_workbook(path)["Budget"]
    titles = [c.value for c in sheet[1]]
    assert "Variance (+ over)" in titles
    column = titles.index("Variance (+ over)")
    design = next(r for r in sheet.iter_rows(min_row=2) if r[1].value == "Design")
    assert design[column].value == 640.0
    assert design[column].number_format.startswith('+"€"')  # Excel shows +€640.00
    assert ';-"€"' in design[column].number_format
