"""The Budget view's figures and the Budget printout's are one copy (task s25dd): the view's
model reads each cell, the project's total and the reserve lines through
app/report/budget_printout.py, so a baseline for earned value other than 0, a risk reserve and
its wording ("the 1 risk", "the 2 risks") are the same in the window and on paper."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.earned_value import earned_value
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.risk import Risk, RiskStatus
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.report.budget_printout import BUDGET_HEADERS, budget_rows, budgets, task_figure
from app.report.locale_numbers import Marks
from app.ui.budget.budget_model import HEADERS, BudgetColumn, BudgetModel
from app.ui.document import Document

MON = datetime(2027, 3, 1, 8, 0)
STATUS = datetime(2027, 3, 4, 17, 0)
DAY = 480


def _plan(risks: int, ev_baseline: int = 0) -> Plan:
    """Phase > Work (Ana, 5 days at 100/h), baselined in ``ev_baseline``, then Work's
    fixed cost raised; ``risks`` open risks of 1000 contingency each, one closed."""
    plan = Plan(project=Project(name="Shop", start=MON, status_date=STATUS))
    plan.append_task(Task(10, "Phase", 1))
    plan.append_task(Task(1, "Work", 2, duration_minutes=5 * DAY))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * DAY))
    sched = schedule(plan)
    plan.set_baseline(snapshot(plan, sched, compute_costs(plan, sched), ev_baseline, MON))
    plan.update_task(replace(plan.task(1), percent_complete=50.0, fixed_cost=300.0))
    plan.project = replace(plan.project, ev_baseline=ev_baseline)
    for k in range(risks):
        plan.add_risk(Risk(k + 1, f"Risk {k}", 0.5, 2000.0, contingency=1000.0))
    plan.add_risk(Risk(99, "Closed", 0.5, 2000.0, contingency=500.0, status=RiskStatus.CLOSED))
    return plan


def _footer(plan: Plan) -> tuple[list[list[str]], list[list[str]]]:
    model = BudgetModel(Document(plan), clock=lambda: STATUS)
    sched = schedule(plan)
    rows = budget_rows(plan, sched, compute_costs(plan, sched), STATUS, Marks())
    return model.footer_rows(list(BUDGET_HEADERS)), rows[len(plan.tasks) :]


def test_s25dd_one_risk_is_said_in_the_singular_in_window_and_printout(qtbot):
    window, printed = _footer(_plan(1))
    assert window == printed
    assert window[1][:2] == ["Risk reserve: contingency of the 1 risk not closed", "€1,000.00"]
    window, printed = _footer(_plan(2))
    assert window == printed
    assert window[1][:2] == ["Risk reserve: contingency of the 2 risks not closed", "€2,000.00"]


def test_s25dd_the_views_cells_are_the_printouts_figures_on_baseline_1(qtbot):
    plan = _plan(1, ev_baseline=1)
    model = BudgetModel(Document(plan), clock=lambda: STATUS)
    sched = schedule(plan)
    costs = compute_costs(plan, sched)
    bac, budget = budgets(plan, costs)
    assert bac[1] == 4000.0  # baseline 1's cost: the plan has no baseline 0
    assert budget == 4000.0
    values = earned_value(plan, sched, costs, STATUS)
    for task in plan.tasks:
        for column in BudgetColumn:
            if column is BudgetColumn.NAME:
                continue
            want = task_figure(costs, bac, values, task.uid, HEADERS[column])
            assert model.number(task.uid, column) == want, (task.name, column)
    assert model.number(1, BudgetColumn.VARIANCE) == 300.0  # the fixed cost added since
    assert model.total_number(BudgetColumn.BUDGET) == 4000.0
    window, printed = _footer(plan)
    assert window == printed
    assert printed[-1][:2] == ["Budget plus reserve", "€5,000.00"]


def test_s25dd_the_reserve_card_and_the_status_report_say_one_risk(qtbot):
    from app.domain.status_report import gather_status
    from app.report.status_tables import risk_line
    from app.ui.budget.view import BudgetView

    plan = _plan(1)
    view = BudgetView(Document(plan), clock=lambda: STATUS)
    qtbot.addWidget(view)
    assert "Contingency of the 1 risk not closed " in view.cards["reserve"].toolTip()
    sched = schedule(plan)
    report = gather_status(plan, sched, compute_costs(plan, sched), STATUS)
    assert "Contingency reserve: €1,000 for the 1 risk not closed " in risk_line(report)
