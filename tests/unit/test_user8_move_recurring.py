"""Move Project on a plan with a recurring meeting: the occurrences stay the pattern's dates.

A PM moved a plan with a weekly Wednesday meeting by one working day: every
occurrence moved to Thursday while Recurring Task Information still said
"every week on Wed" (and changing its count put them back on Wednesdays).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from app.domain.calendar import CalendarException, Recurrence, RecurrenceKind, standard_calendar
from app.domain.errors import InputError
from app.domain.move_project import move_project
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.recurrence_tasks import TaskRecurrence, occurrence_dates, occurrence_tasks
from app.domain.task import Task
from app.domain.worktime import WorkTime

START = datetime(2026, 3, 2, 8)  # a Monday


def _plan(rec: TaskRecurrence, holidays: tuple[date, ...] = ()) -> Plan:
    cal = replace(
        standard_calendar(1),
        exceptions=tuple(CalendarException("Holiday", day, day) for day in holidays),
    )
    wt = WorkTime.for_calendar(cal, {1: cal})
    tasks = [
        Task(1, "Work", duration_minutes=20 * 480),
        Task(2, "Meeting"),
        *occurrence_tasks(rec, "Meeting", 3, 2, START.time(), wt),
    ]
    plan = Plan(project=Project(start=START, calendar_uid=1), tasks=tasks)
    plan.calendars = {1: cal}
    plan.recurrences = {2: rec}
    return plan


def _apply(plan: Plan, new_start: datetime) -> None:
    move = move_project(plan, new_start)
    plan.set_project(move.project)
    for task in move.tasks:
        plan.update_task(task)
    for uid, rec in move.recurrences:
        plan.set_recurrence(uid, rec)


def _work_time(plan: Plan) -> WorkTime:
    return WorkTime.for_calendar(plan.calendar(), plan.calendars)


def _task_days(plan: Plan) -> list[date]:
    return [t.constraint_date.date() for t in plan.children(2) if t.constraint_date]


WEDNESDAYS = TaskRecurrence(
    Recurrence(RecurrenceKind.WEEKLY, 1, (2,), occurrences=4), START.date(), duration_minutes=60
)


def test_a_one_day_move_keeps_the_weekly_meeting_on_the_pattern_s_weekday() -> None:
    plan = _plan(WEDNESDAYS)
    _apply(plan, datetime(2026, 3, 3, 8))  # one working day later
    rec = plan.recurrences[2]
    days = _task_days(plan)
    assert days == occurrence_dates(rec, _work_time(plan))
    assert {d.weekday() for d in days} == {2}  # still Wednesdays
    assert days[0] >= rec.start
    # the work itself moved by the day
    assert plan.task(1).constraint_date is None
    assert plan.project.start == datetime(2026, 3, 3, 8)


def test_a_move_across_a_holiday_keeps_pattern_and_occurrences_together() -> None:
    # Friday 6 March off: a move of four working days lands the pattern's start on a Monday
    plan = _plan(WEDNESDAYS, holidays=(date(2026, 3, 6),))
    _apply(plan, datetime(2026, 3, 9, 8))
    rec = plan.recurrences[2]
    assert _task_days(plan) == occurrence_dates(rec, _work_time(plan))
    assert len(plan.children(2)) == 4


def test_an_end_by_pattern_keeps_its_occurrence_count_and_agrees_with_its_tasks() -> None:
    rec = TaskRecurrence(
        Recurrence(RecurrenceKind.WEEKLY, 1, (2,)),
        START.date(),
        end=date(2026, 3, 25),
        duration_minutes=60,
    )
    plan = _plan(rec)
    assert len(plan.children(2)) == 4
    _apply(plan, datetime(2026, 3, 5, 8))  # Thursday: the moved range holds three Wednesdays
    moved = plan.recurrences[2]
    days = _task_days(plan)
    assert len(days) == 4  # the move changes no task count
    assert days == occurrence_dates(moved, _work_time(plan))
    assert {d.weekday() for d in days} == {2}


def test_the_occurrences_keep_their_time_of_day() -> None:
    plan = _plan(WEDNESDAYS)
    _apply(plan, datetime(2026, 4, 7, 8))
    assert {t.constraint_date.time() for t in plan.children(2) if t.constraint_date} == {
        START.time()
    }


@pytest.mark.parametrize("day", [datetime(1, 1, 1, 8), datetime(9999, 12, 31, 8)])
def test_a_start_out_of_any_calendar_s_reach_is_refused_in_words(day: datetime) -> None:
    plan = _plan(WEDNESDAYS)
    with pytest.raises(InputError, match="between"):
        move_project(plan, day)
    # the plan's calendar still works after the refusal
    move = move_project(plan, datetime(2026, 3, 9, 8))
    assert move.project.start == datetime(2026, 3, 9, 8)


def test_an_occurrence_moved_by_hand_keeps_its_offset_from_the_plan() -> None:
    plan = _plan(WEDNESDAYS)
    second = plan.children(2)[1]
    assert second.constraint_date is not None
    by_hand = second.constraint_date + timedelta(days=1)  # Thursday that week
    plan.update_task(replace(second, constraint_date=by_hand))
    _apply(plan, datetime(2026, 3, 3, 8))  # one working day later
    days = _task_days(plan)
    assert days[1] == date(2026, 3, 13)  # shifted one working day with the plan: Friday
    assert [d.weekday() for d in (days[0], *days[2:])] == [2, 2, 2]
