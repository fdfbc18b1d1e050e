"""Update Project > Reschedule uncompleted work: a task under way is split at its progress.

The done part stays where it was; the rest resumes after the date, as MS Project does.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.splits import Split, TaskClocks
from app.domain.task import ConstraintType, Task
from app.domain.tracking import end_of_day, reschedule_uncompleted

MON = datetime(2026, 1, 5, 8)  # a Monday
DAY = 480
WED_EVENING = datetime(2026, 1, 7, 17)


def _plan() -> Plan:
    """Pour (5d, Mon-Fri) -> Cure (2d); Paint (5d, Mon-Fri) in parallel."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Pour", duration_minutes=5 * DAY))
    plan.append_task(Task(2, "Cure", duration_minutes=2 * DAY))
    plan.append_task(Task(3, "Paint", duration_minutes=5 * DAY))
    plan.add_link(Link(1, 2))
    return plan


def _progress(plan: Plan, uid: int, percent: float) -> None:
    task = plan.task(uid)
    plan.update_task(replace(task, percent_complete=percent, actual_start=MON))


def _apply(plan: Plan, updates) -> None:
    for u in updates:
        plan.update_task(replace(plan.task(u.uid), **u.changes(plan.task(u.uid))))


def test_the_done_part_stays_and_the_rest_resumes_after_the_date():
    plan = _plan()
    _progress(plan, 1, 40)  # two days of five done: Mon, Tue
    s = schedule(plan)
    moved = {u.uid: u for u in reschedule_uncompleted(plan, s, WED_EVENING)}
    assert moved[1].splits == (Split(2 * DAY, DAY),)  # paused Wed, resumes Thu
    assert moved[1].constraint_type is ConstraintType.ASAP
    assert moved[1].percent_complete == 40
    assert moved[1].actual_start == MON
    assert not moved[3].splits  # Paint has no progress: it is moved the old way
    _apply(plan, moved.values())
    after = schedule(plan)
    assert after[1].start == MON
    assert after[1].finish == datetime(2026, 1, 12, 17)  # three days' work Thu, Fri, Mon
    assert after[1].duration_minutes == 5 * DAY
    parts = TaskClocks(plan).parts(plan.task(1), after[1])
    assert parts[0] == (MON, datetime(2026, 1, 6, 17))
    assert parts[1][0] == datetime(2026, 1, 8, 8)
    assert after[2].start == datetime(2026, 1, 13, 8)  # its successor follows


def test_unstarted_work_is_still_moved_with_the_started_in_one_list():
    plan = _plan()
    _progress(plan, 1, 40)
    plan.update_task(replace(plan.task(3), constraint_type=ConstraintType.ASAP))
    s = schedule(plan)
    moved = {u.uid: u for u in reschedule_uncompleted(plan, s, WED_EVENING)}
    assert set(moved) == {1, 3}
    assert moved[3].constraint_type is ConstraintType.SNET
    assert not moved[3].splits


def test_a_task_ahead_of_the_date_finished_manual_or_unstarted_is_not_split():
    plan = _plan()
    _progress(plan, 1, 80)  # four days done: work goes on Friday, after the date already
    plan.append_task(
        Task(
            4,
            "Done",
            duration_minutes=5 * DAY,
            percent_complete=100,
            actual_start=MON,
            actual_finish=datetime(2026, 1, 9, 17),
        )
    )
    plan.append_task(
        Task(
            5,
            "By hand",
            duration_minutes=5 * DAY,
            manual=True,
            percent_complete=40,
            actual_start=MON,
            start=MON,
        )
    )
    s = schedule(plan)
    moved = {u.uid: u for u in reschedule_uncompleted(plan, s, WED_EVENING)}
    assert not any(u.splits for u in moved.values())
    assert {1, 4, 5}.isdisjoint(moved)


def test_a_pause_already_there_grows_to_the_date():
    plan = _plan()
    # Pour works Mon, pauses Tue, goes on Wed: one day done.
    plan.update_task(replace(plan.task(1), splits=(Split(DAY, DAY),)))
    _progress(plan, 1, 20)
    s = schedule(plan)
    moved = {u.uid: u for u in reschedule_uncompleted(plan, s, WED_EVENING)}
    assert moved[1].splits == (Split(DAY, 2 * DAY),)  # Tue and Wed: back on Thursday
    _apply(plan, moved.values())
    assert schedule(plan)[1].finish == datetime(2026, 1, 13, 17)  # Thu, Fri, Mon, Tue


def test_rescheduling_twice_changes_nothing_more():
    plan = _plan()
    _progress(plan, 1, 40)
    moved = reschedule_uncompleted(plan, schedule(plan), WED_EVENING)
    _apply(plan, moved)
    again = reschedule_uncompleted(plan, schedule(plan), WED_EVENING)
    assert not any(u.uid == 1 for u in again)


def test_the_date_is_read_as_the_end_of_that_day():
    plan = _plan()
    _progress(plan, 1, 40)
    through = end_of_day(plan, date(2026, 1, 7))
    assert through == WED_EVENING
    moved = reschedule_uncompleted(plan, schedule(plan), through)
    assert any(u.uid == 1 and u.splits for u in moved)


def test_progress_without_an_actual_start_gets_the_scheduled_one():
    """Else a predecessor's slip would drag the done part, and the pause, along with it."""
    plan = _plan()
    plan.update_task(replace(plan.task(1), percent_complete=40))
    moved = {u.uid: u for u in reschedule_uncompleted(plan, schedule(plan), WED_EVENING)}
    assert moved[1].actual_start == MON
    assert moved[1].splits == (Split(2 * DAY, DAY),)
