"""The Team workload chart and the over-allocation list agree on overtime work: work
scheduled as overtime (MS Project's Overtime Work) lies beyond the regular day, so it is
drawn as overtime above capacity, not as red over-allocation the list does not name."""

from __future__ import annotations

from datetime import datetime

import numpy as np
import pytest

from app import formats
from app.domain.overallocation import overallocations
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.ui.document import Document
from app.ui.team.view import TeamView


def _view(qtbot, plan: Plan, uid: int) -> TeamView:
    view = TeamView(Document(plan))
    qtbot.addWidget(view)
    view.show()
    view.select(uid)
    return view


def test_the_shared_file_shows_overtime_not_over_capacity(qtbot, shared_data):
    plan = formats.read_plan(shared_data / "mspdi" / "mspdiassignmentfields.xml")
    one = next(r for r in plan.resources if r.name == "Resource One")
    view = _view(qtbot, plan, one.uid)
    assert view.overallocation_list.count() == 0
    chart = view.chart
    assert float(chart.excess.max()) < 0.05  # no red where the list names nobody
    # The file's 9 h of OvertimeWork, spread with the rest of the work: what lies above
    # the regular day is drawn as overtime (3 h and 5 h); the last week's share fits in it.
    assert chart.overtime[:2] == pytest.approx([3.0, 5.0], abs=0.1)
    assert chart.overtime.sum() <= 9.0
    assert "overtime" in [label.text for _, label in chart.legend.items]


def _plan(overtime: int, second_task: bool) -> Plan:
    plan = Plan(project=Project(start=datetime(2026, 1, 5, 8)))
    plan.append_task(Task(1, "Build", duration_minutes=5 * 480))
    plan.add_resource(Resource(1, "Ana"))
    # 45 h in a 40 h week: 5 h of it booked as overtime, as MS Project's Overtime Work.
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 45 * 60, overtime_work_minutes=overtime))
    if second_task:
        plan.append_task(Task(2, "Review", duration_minutes=5 * 480))
        plan.add_assignment(Assignment(2, 2, 1, 0.5, 20 * 60))
    return plan


def test_work_beyond_the_day_without_overtime_stays_red(qtbot):
    view = _view(qtbot, _plan(0, False), 1)
    assert view.chart.excess.sum() == pytest.approx(5.0, abs=0.05)
    assert view.chart.overtime.sum() == pytest.approx(0.0)


def test_overtime_is_drawn_as_overtime(qtbot):
    view = _view(qtbot, _plan(5 * 60, False), 1)
    assert view.chart.excess.sum() == pytest.approx(0.0, abs=0.05)
    assert view.chart.overtime.sum() == pytest.approx(5.0, abs=0.05)


def test_overtime_does_not_hide_a_real_over_allocation(qtbot):
    plan = _plan(5 * 60, True)
    assert overallocations(plan, Document(plan).schedule)  # 150 % of 100 %: the list says so
    view = _view(qtbot, plan, 1)
    assert view.overallocation_list.count() > 0
    # 65 h in a 40 h week: 5 h overtime, the other 20 h over capacity in red.
    assert view.chart.overtime.sum() == pytest.approx(5.0, abs=0.05)
    assert view.chart.excess.sum() == pytest.approx(20.0, abs=0.05)
    assert np.all(view.chart.excess >= 0)


def test_the_shared_file_carries_overtime_work(shared_data):
    plan = formats.read_plan(shared_data / "mspdi" / "mspdiassignmentfields.xml")
    assert sum(a.overtime_work_minutes for a in plan.assignments) > 0
