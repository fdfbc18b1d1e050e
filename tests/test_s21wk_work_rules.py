"""A task's Work typed, as MS Project's Work and Entry tables take it: spread over its
people by their work, the duration or the units following the task type, effort driven
or not (app/domain/task_work_entry.py).

The sample plan (tests/gui/conftest.py): Code (uid 5) is 5 days from Fri 2026-03-06
08:00 to Thu 2026-03-12 17:00; Ana works it at 100 % (40h), Bob at 50 % (20h): 60h.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.assignment_work import apply_edit
from app.domain.costs import compute_costs
from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import TaskType
from app.domain.task_work_entry import typed_task_work
from app.domain.tracking_edits import task_clock
from tests.gui.conftest import build_plan

H = 60
DAY = 480
CODE_START = datetime(2026, 3, 6, 8, 0)


def _plan(task_type: TaskType = TaskType.FIXED_UNITS, effort_driven: bool = False) -> Plan:
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_resource(Resource(2, "Bob", standard_rate=50.0))
    plan.add_assignment(Assignment(1, 5, 1, 1.0))
    plan.add_assignment(Assignment(2, 5, 2, 0.5))
    code = plan.task(5)
    plan.update_task(replace(code, task_type=task_type, effort_driven=effort_driven))
    return plan


def _typed(plan: Plan, uid: int, minutes: int) -> None:
    times = schedule(plan).get(uid)
    apply_edit(plan, typed_task_work(plan, uid, times, minutes, task_clock(plan, plan.task(uid))))


def _people(plan: Plan) -> list[tuple[int, float]]:
    return [(a.work_minutes, a.units) for a in plan.assignments_of_task(5)]


def _work_and_done(plan: Plan, uid: int = 5) -> tuple[int, int]:
    costs = compute_costs(plan, schedule(plan))
    return costs.task_work_minutes[uid], costs.task_actual_work_minutes.get(uid, 0)


# ---------------------------------------------------------------------- Work typed


@pytest.mark.parametrize("effort_driven", [False, True])
@pytest.mark.parametrize("task_type", [TaskType.FIXED_UNITS, TaskType.FIXED_WORK])
def test_s21wk_fixed_units_or_work_spread_by_work_and_the_duration_follows(
    task_type, effort_driven
) -> None:
    plan = _plan(task_type, effort_driven)
    _typed(plan, 5, 90 * H)
    assert _people(plan) == [(60 * H, 1.0), (30 * H, 0.5)]  # 40:20 kept, units kept
    assert plan.task(5).duration_minutes == 7.5 * DAY
    assert _work_and_done(plan) == (90 * H, 0)
    _typed(plan, 5, 30 * H)  # less work: shorter
    assert _people(plan) == [(20 * H, 1.0), (10 * H, 0.5)]
    assert plan.task(5).duration_minutes == 2.5 * DAY


@pytest.mark.parametrize("effort_driven", [False, True])
def test_s21wk_fixed_duration_keeps_the_duration_and_the_units_follow(effort_driven) -> None:
    plan = _plan(TaskType.FIXED_DURATION, effort_driven)
    _typed(plan, 5, 90 * H)
    assert plan.task(5).duration_minutes == 5 * DAY
    assert _people(plan) == [(60 * H, 1.5), (30 * H, 0.75)]
    assert _work_and_done(plan) == (90 * H, 0)


def test_s21wk_minutes_rounding_left_goes_to_the_largest_remainders() -> None:
    plan = _plan()
    _typed(plan, 5, 61 * H + 1)  # 3661 minutes at 2:1
    assert sum(w for w, _u in _people(plan)) == 61 * H + 1


def test_s21wk_the_work_done_stays_and_percent_complete_follows() -> None:
    plan = _plan()
    plan.update_task(replace(plan.task(5), percent_complete=50.0, actual_start=CODE_START))
    assert _work_and_done(plan) == (60 * H, 30 * H)
    _typed(plan, 5, 120 * H)
    assert plan.task(5).percent_complete == 25.0  # 30h of 120h
    assert plan.task(5).duration_minutes == 10 * DAY
    assert _work_and_done(plan) == (120 * H, 30 * H)
    with pytest.raises(InputError, match=r"'Code' has 30h of actual work: its work cannot be less"):
        _typed(plan, 5, 20 * H)
    _typed(plan, 5, 30 * H)  # as much as is done: finished
    task = plan.task(5)
    assert (task.percent_complete, task.duration_minutes) == (100.0, 2.5 * DAY)
    assert task.actual_finish == datetime(2026, 3, 10, 12, 0)  # 2.5d after Fri 08:00
    assert _work_and_done(plan) == (30 * H, 30 * H)


def test_s21wk_entered_actual_work_stays_as_entered() -> None:
    plan = _plan()
    plan.update_assignment(replace(plan.assignment(1), actual_work_minutes=12 * H))
    plan.update_task(replace(plan.task(5), percent_complete=20.0, actual_start=CODE_START))
    _typed(plan, 5, 120 * H)
    assert [a.actual_work_minutes for a in plan.assignments_of_task(5)] == [12 * H, 0]
    assert plan.task(5).percent_complete == 10.0  # 12h of 120h


def test_s21wk_the_same_work_changes_nothing() -> None:
    plan = _plan()
    task, people = typed_task_work(
        plan, 5, schedule(plan).get(5), 60 * H, task_clock(plan, plan.task(5))
    )
    assert (task, people) == (plan.task(5), [])


@pytest.mark.parametrize(
    ("uid", "minutes", "message"),
    [
        (6, 10 * H, r"^'Test' has no people: its work is the work of the people on it "),
        (4, 10 * H, r"^the work of summary task 'Build' comes from its subtasks$"),
        (5, 0, r"^work must be more than zero"),
        (5, -H, r"^work must be more than zero"),
    ],
)
def test_s21wk_refused_in_one_line_and_nothing_changes(uid, minutes, message) -> None:
    plan = _plan()
    before = (list(plan.tasks), list(plan.assignments))
    with pytest.raises(InputError, match=message):
        _typed(plan, uid, minutes)
    assert (list(plan.tasks), list(plan.assignments)) == before


def test_s21wk_a_milestone_has_no_time_to_hold_work() -> None:
    plan = _plan()
    plan.add_assignment(Assignment(3, 7, 1, 1.0))
    with pytest.raises(InputError, match=r"^milestone 'Go-live' has no working time to hold work"):
        _typed(plan, 7, 8 * H)
