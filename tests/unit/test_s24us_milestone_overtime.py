"""A milestone has no work: overtime a person had on the task does not stay as work when the
task becomes a milestone (its duration typed 0) or when a milestone is staffed again. Before,
plan_assignments and rebalance_for_duration kept the overtime, so a milestone's person had 4 h
of work, all overtime, with no regular work for it to ride on (overtime_edit refuses that)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.assigning import plan_assignments, rebalance_for_duration
from app.domain.assignment_work import apply_edit
from app.domain.overtime_work import overtime_edit
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task

MON = datetime(2027, 3, 1, 8, 0)
H = 60


def _plan() -> Plan:
    """Anna full time on two-day Build, 4 h of her 16 h overtime (so Build takes 12 h)."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Build", duration_minutes=16 * H))
    plan.add_resource(Resource(1, "Anna"))
    plan.add_resource(Resource(2, "Bob"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 16 * H))
    apply_edit(plan, overtime_edit(plan, 1, 4 * H))
    assert plan.assignment(1).overtime_work_minutes == 4 * H
    return plan


def test_s24us_a_duration_typed_zero_leaves_no_work_nor_overtime():
    plan = _plan()
    plan.update_task(replace(plan.task(1), duration_minutes=0, milestone=True))
    (anna,) = rebalance_for_duration(plan, 1, 0)
    assert (anna.work_minutes, anna.overtime_work_minutes) == (0, 0)


def test_s24us_a_milestone_staffed_again_gives_no_one_work():
    plan = _plan()
    plan.update_task(replace(plan.task(1), duration_minutes=0, milestone=True))
    # as a file from before kept it: 4 h of overtime on the milestone
    plan.update_assignment(replace(plan.assignment(1), work_minutes=4 * H))
    task, result = plan_assignments(plan, 1, [(1, 1.0), (2, 1.0)])
    assert task.duration_minutes == 0
    assert [(a.resource_uid, a.work_minutes, a.overtime_work_minutes) for a in result] == [
        (1, 0, 0),
        (2, 0, 0),
    ]


def test_s24us_overtime_stays_with_its_person_on_a_task_with_work():
    plan = _plan()
    _task, result = plan_assignments(plan, 1, [(1, 1.0), (2, 1.0)])
    anna = next(a for a in result if a.resource_uid == 1)
    assert anna.overtime_work_minutes == 4 * H
    assert anna.work_minutes - anna.overtime_work_minutes > 0
    (again,) = rebalance_for_duration(plan, 1, 8 * H)
    assert (again.work_minutes, again.overtime_work_minutes) == (12 * H, 4 * H)
