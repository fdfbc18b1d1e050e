"""Move to Status Date: incomplete parts after it, completed parts back before it (MS
Project's Task > Move), on small plans worked out by hand (Mon-Fri 8-12, 13-17)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.splits import Split, TaskClocks
from app.domain.status_moves import completed_parts_to_status, incomplete_parts_to_status
from app.domain.task import ConstraintType, Task
from app.domain.tracking import reschedule_uncompleted

MON = datetime(2026, 1, 5, 8)  # a Monday
DAY = 480
TUE_EVENING = datetime(2026, 1, 6, 17)
WED_EVENING = datetime(2026, 1, 7, 17)


def _plan() -> Plan:
    """Build (4d) -> Test (2d); Docs (3d) on its own; Phase, a summary over Docs."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Build", duration_minutes=4 * DAY))
    plan.append_task(Task(2, "Test", duration_minutes=2 * DAY))
    plan.append_task(Task(3, "Phase"))
    plan.append_task(Task(4, "Docs", 2, duration_minutes=3 * DAY))
    plan.add_link(Link(1, 2))
    return plan


def _set(plan: Plan, uid: int, **fields) -> None:
    plan.update_task(replace(plan.task(uid), **fields))


def _apply(plan: Plan, updates) -> None:
    for u in updates:
        _set(plan, u.uid, **u.changes(plan.task(u.uid)))


def test_completed_part_after_the_status_date_moves_back_and_the_rest_stays():
    plan = _plan()
    # Build started Wednesday, half done (Wed, Thu): recorded after a Tuesday status date.
    _set(plan, 1, actual_start=datetime(2026, 1, 7, 8), percent_complete=50)
    before = schedule(plan)
    assert before[1].finish == datetime(2026, 1, 12, 17)  # Fri, Mon left
    (moved,) = completed_parts_to_status(plan, before, TUE_EVENING, [1])
    assert moved.actual_start == MON  # two days' work ending Tuesday evening
    assert moved.splits == (Split(2 * DAY, 2 * DAY),)  # paused Wed, Thu
    assert moved.percent_complete == 50
    _apply(plan, [moved])
    after = schedule(plan)
    parts = TaskClocks(plan).parts(plan.task(1), after[1])
    assert parts[0] == (MON, TUE_EVENING)
    assert parts[1] == (datetime(2026, 1, 9, 8), datetime(2026, 1, 12, 17))  # where it was
    assert after[1].finish == before[1].finish
    assert after[2].start == before[2].start  # its successor does not move


def test_a_task_finished_after_the_status_date_moves_whole_to_end_at_it():
    plan = _plan()
    # Docs done Wed-Fri; the status date is Tuesday evening.
    _set(
        plan,
        4,
        actual_start=datetime(2026, 1, 7, 8),
        actual_finish=datetime(2026, 1, 9, 17),
        percent_complete=100,
    )
    (moved,) = completed_parts_to_status(plan, schedule(plan), TUE_EVENING, [3])  # the summary
    assert moved.uid == 4
    assert moved.actual_start == datetime(2026, 1, 2, 8)  # Fri, Mon, Tue: three days
    assert moved.actual_finish == TUE_EVENING
    assert moved.splits is None


def test_completed_parts_before_the_status_date_and_unstarted_tasks_stay():
    plan = _plan()
    _set(plan, 1, actual_start=MON, percent_complete=25)  # Monday done: by Tuesday evening
    assert completed_parts_to_status(plan, schedule(plan), TUE_EVENING, [1, 2, 3, 4]) == []


def test_incomplete_parts_are_update_projects_rescheduling_on_the_selection():
    plan = _plan()
    _set(plan, 1, actual_start=MON, percent_complete=25)  # Monday done, Tuesday not
    result = schedule(plan)
    moved = incomplete_parts_to_status(plan, result, WED_EVENING, [1, 3])
    assert moved == reschedule_uncompleted(plan, result, WED_EVENING, [1, 3])
    by_uid = {u.uid: u for u in moved}
    assert set(by_uid) == {1, 4}  # Test (2) not selected
    assert by_uid[1].splits == (Split(DAY, 2 * DAY),)  # paused Tue, Wed: resumes Thursday
    assert by_uid[4].constraint_type is ConstraintType.SNET  # not started: moved whole
    assert by_uid[4].constraint_date == WED_EVENING
    _apply(plan, moved)
    after = schedule(plan)
    assert after[1].finish == datetime(2026, 1, 12, 17)  # Thu, Fri, Mon
    assert after[4].start == datetime(2026, 1, 8, 8)
