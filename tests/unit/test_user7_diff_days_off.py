"""diff between Monday's and Friday's plan tells the holiday and the vacation added in between.

Before, `gantry diff monday.gantry friday.gantry` said nothing of the Good Friday holiday
the PM gave the project calendar, and Arun's week of vacation read
"resource 1 'Arun': calendar_uid None -> 3".
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from app.domain.calendar import CalendarException, Recurrence, RecurrenceKind
from app.domain.diff import Held, diff_plans
from app.domain.merge import copy_plan
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource
from app.domain.task import Task
from app.domain.vacations import add_vacation


def _monday() -> Plan:
    plan = Plan(project=Project(start=datetime(2023, 1, 2, 8, 0)))
    plan.append_task(Task(1, "Build", 1, duration_minutes=4800))
    plan.add_resource(Resource(1, "Arun"))
    plan.add_resource(Resource(2, "Bex"))
    add_vacation(plan, 2, date(2023, 3, 6), date(2023, 3, 10))
    return plan


def _holiday(plan: Plan, exc: CalendarException) -> None:
    cal = plan.calendar()
    plan.calendars[cal.uid] = replace(cal, exceptions=(*cal.exceptions, exc))


def test_a_holiday_and_a_vacation_added_since_monday_are_told():
    monday = _monday()
    friday = copy_plan(monday)
    friday.calendars = dict(monday.calendars)
    _holiday(friday, CalendarException("Good Friday", date(2023, 4, 7), date(2023, 4, 10)))
    add_vacation(friday, 1, date(2023, 5, 15), date(2023, 5, 19))
    found = [
        (c.entity, c.name, c.old, c.new)
        for c in diff_plans(monday, friday, held=Held(calendars=True))
        if c.field == "days_off"
    ]
    assert found == [
        ("calendar", "Standard", None, "Good Friday 2023-04-07 to 2023-04-10"),
        ("resource", "Arun", None, "Vacation 2023-05-15 to 2023-05-19"),
    ]


def test_days_off_as_typed_repeating_working_and_public_holidays():
    monday = _monday()
    friday = copy_plan(monday)
    friday.calendars = dict(monday.calendars)
    yearly = Recurrence(RecurrenceKind.YEARLY_BY_DATE, month=12, day_of_month=25)
    _holiday(
        friday,
        CalendarException("Christmas", date(2023, 12, 25), date(2033, 12, 25), recurrence=yearly),
    )
    _holiday(
        friday, CalendarException("Saturday push", date(2023, 3, 4), date(2023, 3, 4), working=True)
    )
    cal = friday.calendar()
    friday.calendars[cal.uid] = replace(cal, holiday_country="DE", holiday_subdivision="BY")
    change = next(c for c in diff_plans(monday, friday, held=Held(calendars=True)) if c.field)
    assert change.new == (
        "Christmas 2023-12-25 to 2033-12-25 (repeats yearly by date); "
        "Saturday push 2023-03-04 (working); public holidays of DE-BY"
    )


def test_same_days_off_say_nothing_and_are_not_compared_unless_held():
    monday = _monday()
    same = copy_plan(monday)
    assert diff_plans(monday, same, held=Held(calendars=True)) == []
    friday = copy_plan(monday)
    friday.calendars = dict(monday.calendars)
    _holiday(friday, CalendarException("Good Friday", date(2023, 4, 7), date(2023, 4, 7)))
    assert diff_plans(monday, friday) == []  # the default: formats hold days off differently
