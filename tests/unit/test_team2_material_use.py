"""A material's consumption per day: its quantity per task spread over the task's working days."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.domain.link import Link, LinkType
from app.domain.material_use import material_by_task
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.scheduler import schedule
from app.domain.task import Task

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _plan() -> Plan:
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Pour footings", duration_minutes=5 * DAY))
    plan.append_task(Task(2, "Inspection", milestone=True))
    plan.append_task(Task(3, "Pour slab", duration_minutes=2 * DAY))
    plan.add_link(Link(1, 2, LinkType.FS))
    plan.add_link(Link(2, 3, LinkType.FS))
    plan.add_resource(Resource(1, "Cement", type=ResourceType.MATERIAL, material_label="t"))
    plan.add_assignment(Assignment(1, 1, 1, 10.0, work_minutes=600))  # MSPDI may fill Work
    plan.add_assignment(Assignment(2, 2, 1, 1.5))
    plan.add_assignment(Assignment(3, 3, 1, 4.0))
    return plan


def test_quantities_over_working_days():
    plan = _plan()
    sched = schedule(plan)
    got = material_by_task(plan, sched, 1, date(2026, 1, 5), 14)
    assert got[1][:5].tolist() == pytest.approx([2.0] * 5)
    assert got[1][5:].sum() == 0
    # The milestone's quantity falls on its one day, whatever its working time.
    day = (sched.get(2).start.date() - date(2026, 1, 5)).days
    assert got[2].sum() == pytest.approx(1.5)
    assert got[2][day] == pytest.approx(1.5)
    # The slab: two working days of week 2, nothing at the weekend.
    first = (sched.get(3).start.date() - date(2026, 1, 5)).days
    assert first >= 7
    assert got[3][first : first + 2].tolist() == pytest.approx([2.0, 2.0])
    assert got[3][5:7].sum() == 0
    assert sum(v.sum() for v in got.values()) == pytest.approx(15.5)


def test_a_window_cutting_a_task_keeps_its_share():
    plan = _plan()
    sched = schedule(plan)
    got = material_by_task(plan, sched, 1, date(2026, 1, 7), 2)  # Wed, Thu of the footings
    assert set(got) == {1}
    assert got[1].tolist() == pytest.approx([2.0, 2.0])
