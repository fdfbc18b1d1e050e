"""Reschedule uncompleted work moves a task with an actual start but no work done, as MS Project.

MS Project (Update Project > Reschedule uncompleted work to start after): "If the task does
not have any actual work recorded for it prior to the rescheduled date and does not have a
constraint applied, the entire task is rescheduled to begin after that date". A task given
an Actual Start but left at 0 % has none: before, it stayed put, its undone work before the
status date ("Moved 2 tasks" of the three late ones).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task
from app.domain.tracking import reschedule_uncompleted

MON = datetime(2026, 1, 5, 8)  # a Monday
TUE = datetime(2026, 1, 6, 8)
DAY = 480
WED_EVENING = datetime(2026, 1, 7, 17)


def _plan(**started) -> Plan:
    """Map (3d from Mon) with an actual start Tue and 0 %."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Map", duration_minutes=3 * DAY, actual_start=TUE, **started))
    return plan


def _apply(plan: Plan, updates) -> None:
    for u in updates:
        plan.update_task(replace(plan.task(u.uid), **u.changes(plan.task(u.uid))))


def test_s20tk_started_at_zero_percent_moves_whole_after_the_date():
    plan = _plan()
    updates = reschedule_uncompleted(plan, schedule(plan), WED_EVENING)
    assert [u.uid for u in updates] == [1]
    (u,) = updates
    assert u.actual_start is None  # no work done: nothing stays before the date
    assert (u.constraint_type, u.constraint_date) == (ConstraintType.SNET, WED_EVENING)
    _apply(plan, updates)
    after = schedule(plan)
    assert after[1].start == datetime(2026, 1, 8, 8)  # Thu: all of its work after the date
    assert after[1].finish == datetime(2026, 1, 12, 17)
    assert reschedule_uncompleted(plan, after, WED_EVENING) == []  # done once


def test_s20tk_started_at_zero_percent_with_a_pinned_date_stays():
    plan = _plan(constraint_type=ConstraintType.MSO, constraint_date=TUE)
    assert reschedule_uncompleted(plan, schedule(plan), WED_EVENING) == []


def test_s20tk_started_after_the_date_is_left_alone():
    plan = _plan()
    plan.update_task(replace(plan.task(1), actual_start=datetime(2026, 1, 8, 8)))
    assert reschedule_uncompleted(plan, schedule(plan), WED_EVENING) == []


def test_s20tk_work_done_keeps_its_actual_start():
    plan = _plan(percent_complete=20.0)
    (u,) = reschedule_uncompleted(plan, schedule(plan), WED_EVENING)
    assert u.actual_start == TUE  # split at its progress, as before
    assert u.splits
