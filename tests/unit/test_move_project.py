"""Move Project: every entered date moves by the same working time (app.domain.move_project)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from app.domain.calendar import CalendarException, standard_calendar
from app.domain.link import Link
from app.domain.move_project import move_project, started_tasks
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task

START = datetime(2026, 1, 5, 8)  # a Monday


def _plan(**project: object) -> Plan:
    return Plan(
        project=Project(start=START, **project),  # type: ignore[arg-type]
        tasks=[
            Task(1, "Design", duration_minutes=3 * 480),
            Task(
                2,
                "Build",
                duration_minutes=2 * 480,
                constraint_type=ConstraintType.SNET,
                constraint_date=datetime(2026, 1, 9, 8),  # Friday: 4 working days in
                deadline=datetime(2026, 1, 14, 17),
            ),
            Task(
                3,
                "Review",
                manual=True,
                start=datetime(2026, 1, 7, 8),
                finish=datetime(2026, 1, 8, 17),
            ),
        ],
        links=[Link(1, 2)],
    )


def test_dates_keep_their_working_offset_across_a_weekend() -> None:
    plan = _plan()
    move = move_project(plan, datetime(2026, 1, 7, 8))  # two working days later (Wednesday)
    assert move.shift_minutes == 2 * 480
    assert move.project.start == datetime(2026, 1, 7, 8)
    moved = {t.uid: t for t in move.tasks}
    # Friday + 2 working days is Tuesday, not Sunday
    assert moved[2].constraint_date == datetime(2026, 1, 13, 8)
    assert moved[2].deadline == datetime(2026, 1, 16, 17)
    assert (moved[3].start, moved[3].finish) == (datetime(2026, 1, 9, 8), datetime(2026, 1, 12, 17))
    assert plan.task(2).constraint_date == datetime(2026, 1, 9, 8)  # the plan is unchanged


def test_deadlines_stay_when_not_asked_to_move() -> None:
    move = move_project(_plan(), datetime(2026, 2, 2, 8), move_deadlines=False)
    moved = {t.uid: t for t in move.tasks}
    assert moved[2].deadline == datetime(2026, 1, 14, 17)
    assert moved[2].constraint_date == datetime(2026, 2, 6, 8)


def test_moving_earlier_and_holidays_count_as_non_working() -> None:
    holiday = CalendarException("Holiday", date(2026, 1, 8), date(2026, 1, 8))
    cal = replace(standard_calendar(1), exceptions=(holiday,))
    plan = _plan()
    plan.calendars = {1: cal}
    move = move_project(plan, datetime(2026, 1, 6, 8))  # one working day later
    moved = {t.uid: t for t in move.tasks}
    # Review starts Wednesday the 7th: one working day later is Friday (Thursday is a holiday)
    assert moved[3].start == datetime(2026, 1, 9, 8)
    back = move_project(plan, datetime(2025, 12, 29, 8))
    assert back.shift_minutes == -5 * 480
    assert {t.uid: t for t in back.tasks}[2].constraint_date == datetime(2026, 1, 1, 8)


def test_the_schedule_follows_the_move() -> None:
    plan = _plan()
    before = schedule(plan)
    move = move_project(plan, datetime(2026, 3, 2, 8))  # 8 weeks later, all working days
    with plan.batch():
        plan.set_project(move.project)
        for task in move.tasks:
            plan.update_task(task)
    after = schedule(plan)
    for task in plan.tasks:
        old, new = before.get(task.uid), after.get(task.uid)
        assert (new.start - old.start).days == 56, task.name
        assert (new.finish - old.finish).days == 56, task.name


def test_actuals_and_status_date_move_and_are_counted() -> None:
    plan = _plan(status_date=datetime(2026, 1, 6, 17))
    plan.update_task(replace(plan.task(1), actual_start=START, percent_complete=50.0))
    assert started_tasks(plan) == 1
    move = move_project(plan, datetime(2026, 1, 12, 8))
    assert move.with_progress == 1
    assert move.project.status_date == datetime(2026, 1, 13, 17)
    assert {t.uid: t for t in move.tasks}[1].actual_start == datetime(2026, 1, 12, 8)


def test_same_start_changes_nothing() -> None:
    move = move_project(_plan(), START)
    assert move.tasks == ()
    assert move.shift_minutes == 0


def test_a_recurring_tasks_pattern_moves_with_its_occurrences() -> None:
    from app.domain.calendar import Recurrence, RecurrenceKind
    from app.domain.recurrence_tasks import TaskRecurrence, occurrence_tasks
    from app.domain.worktime import WorkTime

    rec = TaskRecurrence(
        Recurrence(RecurrenceKind.WEEKLY, 1, (0, 3), occurrences=4),
        date(2026, 1, 5),
        end=None,
        duration_minutes=60,
    )
    cal = standard_calendar(1)
    wt = WorkTime.for_calendar(cal, {1: cal})
    tasks = [Task(10, "Meeting"), *occurrence_tasks(rec, "Meeting", 11, 2, START.time(), wt)]
    plan = Plan(project=Project(start=START), tasks=tasks)
    plan.recurrences = {10: rec}
    move = move_project(plan, datetime(2026, 1, 19, 8))  # two weeks later
    assert move.recurrences == ((10, replace(rec, start=date(2026, 1, 19))),)
    moved = {t.uid: t.constraint_date for t in move.tasks}
    again = occurrence_tasks(move.recurrences[0][1], "Meeting", 11, 2, START.time(), wt)
    assert [moved[t.uid] for t in again] == [t.constraint_date for t in again]
