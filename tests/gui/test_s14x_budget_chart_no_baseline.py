"""The Budget view's S-curve of a plan without a baseline shows the plan's time, not a day.

Every new plan has no baseline: PV, EV and AC are all nought. The chart's time axis
covers where the curves change, and nothing changes, so it showed one day around today
(months before the plan starts), with a money axis from -0.5 to 0.5 that pyqtgraph
labels "-400 .. 400 (x0.001)". As MS Project's earned value chart does before a
baseline, the axis now spans the plan, and money starts at nought.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.ui.budget.view import BudgetView
from app.ui.document import Document
from tests.unit.test_user2_s_curve import _plan

TODAY = datetime(2026, 11, 26, 15, 0)
START = datetime(2027, 3, 1, 8, 0)  # the plan is three months ahead


def _unbaselined() -> Plan:
    plan = Plan(project=Project(name="New", start=START))
    plan.append_task(Task(1, "Design", duration_minutes=10 * 480))
    plan.append_task(Task(2, "Build", duration_minutes=10 * 480))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 10 * 480))
    return plan


def _view(qtbot, plan: Plan) -> BudgetView:
    view = BudgetView(Document(plan), clock=lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    return view


def test_without_a_baseline_the_axis_spans_the_plan(qtbot):
    view = _view(qtbot, _unbaselined())
    box = view.chart.plot.getViewBox()
    (low, high), (bottom, _top) = box.viewRange()
    schedule = view.document.schedule
    assert low <= schedule.start.timestamp()
    assert high >= schedule.finish.timestamp()
    assert high - low < 60 * 86400  # the plan's two weeks, not a day nor a year
    assert bottom >= 0  # no negative money


def test_a_baseline_set_afterwards_gives_the_curve_its_own_span(qtbot):
    plan = _plan()  # baselined, in progress (March 2026)
    plan.project = replace(plan.project, status_date=None)
    view = _view(qtbot, plan)
    (_low, _high), (bottom, top) = view.chart.plot.getViewBox().viewRange()
    assert top > 10_000  # the curve's own height (BAC 16,000), auto-ranged again
    assert bottom < 0 or bottom == 0
