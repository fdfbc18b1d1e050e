"""Typing an assignment's work: duration or units follow the task type, as in MS Project."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.assignment_work import work_edit
from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.task import Task, TaskType

DAY = 480


def _plan(task_type: TaskType = TaskType.FIXED_UNITS) -> Plan:
    plan = Plan(project=Project(start=datetime(2026, 1, 5, 8)))
    plan.append_task(Task(1, "Phase"))
    plan.append_task(Task(2, "Design", 2, duration_minutes=5 * DAY, task_type=task_type))
    plan.append_task(Task(3, "Sign-off", 2, duration_minutes=0, milestone=True))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    plan.add_resource(Resource(3, "Cement", type=ResourceType.MATERIAL))
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 2, 2, 0.5, 5 * DAY // 2))
    plan.add_assignment(Assignment(3, 2, 3, 4.0))
    plan.add_assignment(Assignment(4, 3, 1, 1.0, 0))
    return plan


def test_fixed_units_more_work_is_a_longer_task():
    plan = _plan()
    task, changed = work_edit(plan, 1, 6 * DAY)
    assert task.duration_minutes == 6 * DAY
    by_uid = {a.uid: a for a in changed}
    assert (by_uid[1].units, by_uid[1].work_minutes) == (1.0, 6 * DAY)
    # Only Ana's assignment changes, as in MS Project's Task Usage: Ben keeps his work.
    assert set(by_uid) == {1}


def test_fixed_work_others_keep_their_work():
    plan = _plan(TaskType.FIXED_WORK)
    task, changed = work_edit(plan, 2, 4 * DAY)  # Ben at 50 %: 8 days
    assert task.duration_minutes == 8 * DAY
    by_uid = {a.uid: a for a in changed}
    assert by_uid[2].work_minutes == 4 * DAY
    assert by_uid[2].units == 0.5
    assert set(by_uid) == {2}  # Ana keeps her work and units (MS Project)


def test_fixed_duration_units_follow():
    plan = _plan(TaskType.FIXED_DURATION)
    task, changed = work_edit(plan, 1, 2 * DAY + 240)
    assert task == plan.task(2)
    assert len(changed) == 1
    assert changed[0].units == pytest.approx(0.5)
    assert changed[0].work_minutes == 2 * DAY + 240


@pytest.mark.parametrize(
    ("uid", "minutes", "said"),
    [
        (3, DAY, "material"),
        (1, 0, "more than zero"),
        (4, DAY, "no working time"),
    ],
)
def test_work_that_cannot_be_set(uid, minutes, said):
    with pytest.raises(InputError, match=said):
        work_edit(_plan(), uid, minutes)


def test_a_summary_task_refuses():
    plan = _plan()
    plan.add_assignment(Assignment(9, 1, 2, 1.0, DAY))
    with pytest.raises(InputError, match="summary"):
        work_edit(plan, 9, 2 * DAY)
