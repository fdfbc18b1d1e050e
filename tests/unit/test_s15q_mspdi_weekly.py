"""A recurring "every week on Mon" round trips through MS Project XML as weekly on Mon.

MS Project XML keeps no pattern, only the occurrences pinned Start No Earlier Than their
dates. With Easter Monday off, the sixth meeting is pinned on Tuesday; the weekdays read
off the dates were Mon and Tue, and "every 7 days" was the first pattern to make them.
MS Project pins an occurrence on the pattern's own date even when it is a day off (its
sample: "day 1 of every month" pinned Saturday 1 February, starting Monday), which Gantry
did not recognise at all.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

from app import formats
from app.domain.calendar import CalendarException, Recurrence, RecurrenceKind
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.recurrence_tasks import (
    TaskRecurrence,
    describe,
    occurrence_dates,
    occurrence_tasks,
    pinned_dates,
)
from app.domain.task import Task
from app.domain.worktime import WorkTime

EASTER_MONDAY = date(2026, 4, 6)


def _plan(rec: TaskRecurrence) -> Plan:
    plan = Plan(project=Project(name="Meetings", start=datetime(2026, 3, 2, 8)))
    cal = plan.calendar()
    holiday = CalendarException("Easter Monday", EASTER_MONDAY, EASTER_MONDAY)
    plan.calendars[cal.uid] = replace(cal, exceptions=(holiday,))
    clock = WorkTime.for_calendar(plan.calendar(), plan.calendars)
    occurrences = occurrence_tasks(rec, "Sync", 2, 2, time(8), clock)
    plan.insert_tasks(0, [Task(1, "Sync", 1), *occurrences])
    plan.set_recurrence(1, rec)
    return plan


def _round_trip(plan: Plan, tmp_path) -> Plan:
    path = tmp_path / "meetings.xml"
    formats.write_plan(plan, path)
    return formats.read_plan(path)


def test_weekly_on_monday_with_a_holiday_stays_weekly(tmp_path):
    pattern = Recurrence(RecurrenceKind.WEEKLY, 1, (0,), occurrences=8)
    rec = TaskRecurrence(pattern, date(2026, 3, 2), duration_minutes=60)
    plan = _plan(rec)
    pinned = [t.constraint_date.date() for t in plan.children(1) if t.constraint_date]
    assert date(2026, 4, 7) in pinned  # the holiday's meeting moved to Tuesday
    back = _round_trip(plan, tmp_path).recurrences[1]
    assert back.pattern.kind is RecurrenceKind.WEEKLY
    assert back.pattern.weekdays == (0,)
    assert describe(back) == "every week on Mon, 8 times from 2026-03-02"


def test_every_other_week_on_two_days_stays_so(tmp_path):
    pattern = Recurrence(RecurrenceKind.WEEKLY, 2, (0, 3), occurrences=6)
    rec = TaskRecurrence(pattern, date(2026, 3, 2), duration_minutes=60)
    back = _round_trip(_plan(rec), tmp_path).recurrences[1]
    assert describe(back) == "every 2 weeks on Mon, Thu, 6 times from 2026-03-02"


def test_pinned_dates_keep_a_days_off_date():
    plan = _plan(
        TaskRecurrence(Recurrence(RecurrenceKind.WEEKLY, 1, (0,), occurrences=8), date(2026, 3, 2))
    )
    clock = WorkTime.for_calendar(plan.calendar(), plan.calendars)
    rec = TaskRecurrence(
        Recurrence(RecurrenceKind.WEEKLY, 1, (0,), occurrences=6), date(2026, 3, 2)
    )
    assert EASTER_MONDAY in pinned_dates(rec, clock)
    assert EASTER_MONDAY not in occurrence_dates(rec, clock)


def test_ms_projects_sample_recurring_task_is_recurring(shared_data):
    plan = formats.read_plan(shared_data / "mspdi" / "sample.xml")
    said = {plan.task(uid).name: describe(rec) for uid, rec in plan.recurrences.items()}
    assert said == {"Recurring Task": "day 1 of every month, 2 times from 2003-02-01"}


def test_ms_projects_weeks_task_stays_weekly(shared_data):
    plan = formats.read_plan(shared_data / "mpp" / "TestRecurringTask2016.xml")
    weeks = next(rec for uid, rec in plan.recurrences.items() if plan.task(uid).name == "Weeks")
    assert weeks.pattern.kind is RecurrenceKind.WEEKLY
