"""A duration the client changed in the workbook moves the task's work and cost, as typing it does.

Found on the demo: the client made 'As-is process mapping' (8 days, one person
at 50 %) 9 days. Typed in the sheet, the work follows (32 h -> 36 h, cost
2,560 -> 2,880, MS Project's fixed units); accepted from the workbook, the
duration changed but the work and cost stayed those of 8 days, and the Budget
tab's baseline variance read +1d duration, 0.0h work, 0.00 cost.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.merge import apply_changes, copy_plan, revert, three_way
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task, TaskType

MON = datetime(2027, 1, 11, 8, 0)


def _plan(task_type: TaskType = TaskType.FIXED_UNITS) -> Plan:
    plan = Plan(project=Project(start=MON))
    plan.append_task(
        Task(1, "As-is process mapping", 1, duration_minutes=8 * 480, task_type=task_type)
    )
    plan.add_resource(Resource(1, "Aisha", standard_rate=80.0))
    plan.add_assignment(Assignment(1, 1, 1, 0.5, work_minutes=32 * 60))
    return plan


def _client_sets_nine_days(plan: Plan) -> Plan:
    theirs = copy_plan(plan)
    theirs.update_task(replace(theirs.task(1), duration_minutes=9 * 480))
    return theirs


def test_fixed_units_work_follows_the_client_duration() -> None:
    plan = _plan()
    base = copy_plan(plan)
    theirs = _client_sets_nine_days(base)
    items = three_way(base, theirs, copy_plan(plan))
    applied = apply_changes(plan, theirs, [i.change for i in items])
    assert plan.task(1).duration_minutes == 9 * 480
    (a,) = plan.assignments_of_task(1)
    assert (a.units, a.work_minutes) == (0.5, 36 * 60)
    revert(plan, applied)
    (a,) = plan.assignments_of_task(1)
    assert (plan.task(1).duration_minutes, a.work_minutes) == (8 * 480, 32 * 60)


def test_fixed_work_units_follow_the_client_duration() -> None:
    plan = _plan(TaskType.FIXED_WORK)
    base = copy_plan(plan)
    theirs = _client_sets_nine_days(base)
    apply_changes(plan, theirs, [i.change for i in three_way(base, theirs, copy_plan(plan))])
    (a,) = plan.assignments_of_task(1)
    assert a.work_minutes == 32 * 60
    assert a.units == pytest.approx(32 / 72)
