"""The Team view's workload chart against hours counted by hand on a small plan.

The project starts on a Wednesday; Ana (max 50 %) works half-time on A (five days) and
full time on B (two days), and is off on Friday 6 March. By hand, with 8-hour days:

- A at 50 %: Wed 4, Thu 4, (Fri off), Mon 4, Tue 4, Wed 4 = 20 h, finishing Wed 11 March.
- B at 100 %: Wed 8, Thu 8 = 16 h.
- Weeks run Monday to Sunday: week of 2 March holds A 8 h and B 16 h; week of 9 March
  holds A 12 h. Her capacity (50 % of her working days within the plan) is 8 h, then
  12 h; the excess is B's 16 h in the first week.
"""

from __future__ import annotations

from datetime import date, datetime

import numpy as np
import pytest

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource
from app.domain.task import Task
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.team.commands import AddVacationCommand, SetAssignmentsCommand
from app.ui.team.view import TeamView


@pytest.fixture
def view(qtbot):
    plan = Plan(project=Project(start=datetime(2026, 3, 4, 8, 0)))  # a Wednesday
    plan.append_task(Task(1, "A", duration_minutes=5 * 480))
    plan.append_task(Task(2, "B", duration_minutes=2 * 480))
    plan.add_resource(Resource(1, "Ana", max_units=0.5))
    doc = Document(plan)
    execute(doc, SetAssignmentsCommand(doc, 1, "Ana[50%]"))
    execute(doc, SetAssignmentsCommand(doc, 2, "Ana[100%]"))  # named alone: her 50 % max
    execute(doc, AddVacationCommand(doc, 1, date(2026, 3, 6), date(2026, 3, 6)))
    widget = TeamView(doc)
    qtbot.addWidget(widget)
    widget.show()
    widget.select(1)
    return widget


def _stacks(chart):
    return {label: list(chart._bars[k].opts["height"]) for k, label in enumerate(chart.task_labels)}


def test_weekly_hours_are_those_counted_by_hand(view):
    chart = view.chart
    assert view.document.schedule.get(1).finish == datetime(2026, 3, 11, 17, 0)
    assert _stacks(chart) == {"B": [16.0, 0.0], "A": [8.0, 12.0]}
    _x, capacity = chart._capacity.getData()
    assert list(capacity) == [8.0, 12.0]
    assert list(chart.excess) == [16.0, 0.0]


def test_daily_hours_are_those_counted_by_hand(view):
    view.period.setCurrentIndex(1)  # Day
    chart = view.chart
    # Wed 4 .. Wed 11 March
    assert _stacks(chart) == {
        "B": [8.0, 8.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
        "A": [4.0, 4.0, 0.0, 0.0, 0.0, 4.0, 4.0, 4.0],
    }
    _x, capacity = chart._capacity.getData()
    assert list(capacity) == [4.0, 4.0, 0.0, 0.0, 0.0, 4.0, 4.0, 4.0]
    assert np.isclose(chart.excess.sum(), 16.0)


def test_the_over_allocation_is_listed_and_counted(view):
    assert view.overallocation_list.count() == 1
    assert view.overallocation_list.item(0).text().startswith("Ana: 150% of 50%")
    assert view.document.costs.overallocated == {1}
