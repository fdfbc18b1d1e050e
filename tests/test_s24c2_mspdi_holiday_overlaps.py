"""Public holidays and exceptions written for MS Project (s24c2): MS Project refuses two
exceptions on one day, so a site calendar (DE-BY) with winter hours every Monday, a
shutdown over Christmas and New Year and a working day typed for Epiphany is written with
no day held twice, and the file read back has every day as Gantry has it, on the site
calendar and on a person's calendar following it or keeping French holidays."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from app.domain.calendar import Calendar, CalendarException, Recurrence, RecurrenceKind
from app.domain.calendars import DayResolver, occurrences, without_days
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.formats import read_plan, write_plan

WINTER = ((7 * 60, 15 * 60),)
FIRST, DAYS = date(2027, 10, 1), 300


def _mondays(name: str = "Winter hours", period: int = 1) -> CalendarException:
    return CalendarException(
        name,
        date(2027, 11, 1),  # All Saints, a Monday
        date(2028, 4, 30),  # past Easter Monday, 17 Apr 2028
        working=True,
        intervals=WINTER,
        recurrence=Recurrence(RecurrenceKind.WEEKLY, period=period, weekdays=(0,)),
    )


# Tuesday to Sunday: a Monday would be winter hours' (the dialog refuses that)
SHUTDOWN = CalendarException("Shutdown", date(2027, 12, 28), date(2028, 1, 2))
EPIPHANY = CalendarException(
    "Pour", date(2028, 1, 6), date(2028, 1, 6), working=True, intervals=WINTER
)


def _site_plan(**person: object) -> Plan:
    plan = Plan(project=Project(name="Site", start=datetime(2027, 10, 1, 8)))
    site = replace(
        plan.calendar(),
        holiday_country="DE",
        holiday_subdivision="BY",
        exceptions=(_mondays(), SHUTDOWN, EPIPHANY),
    )
    plan.put_calendar(site)
    plan.put_calendar(Calendar(40, "Claire", base_uid=site.uid, **person))  # type: ignore[arg-type]
    plan.add_resource(Resource(1, "Claire", calendar_uid=40))
    plan.append_task(Task(1, "Build", duration_minutes=480 * 160))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 480 * 160))
    return plan


def _days(plan: Plan, uid: int) -> list:
    return DayResolver(plan.calendars[uid], plan.calendars).days(FIRST, DAYS)


def _held_twice(cal: Calendar) -> list[date]:
    seen: set[date] = set()
    twice = []
    for exc in cal.exceptions:
        for day in occurrences(exc):
            if day in seen:
                twice.append(day)
            seen.add(day)
    return twice


@pytest.mark.parametrize(
    "person",
    [
        {},
        {"holiday_country": "FR"},
        {"no_public_holidays": True},
        {"exceptions": (_mondays("Claire's Mondays", period=2),)},
        {"holiday_country": "FR", "exceptions": (_mondays("Claire's Mondays"),)},
    ],
)
def test_s24c2_ms_project_xml_holds_no_day_twice_and_keeps_every_day(tmp_path, person):
    plan = _site_plan(**person)
    path = tmp_path / "site.xml"
    write_plan(plan, path)
    again = read_plan(path)
    site = plan.project.calendar_uid
    for uid in (site, 40):
        assert _held_twice(again.calendars[uid]) == []
        assert _days(again, uid) == _days(plan, uid)
    written = again.calendars[site]
    names = {e.name for e in written.exceptions if date(2027, 11, 1) in occurrences(e)}
    assert names == {"All Saints' Day"}  # the holiday, not winter hours
    new_year = [e.name for e in written.exceptions if date(2028, 1, 1) in occurrences(e)]
    assert new_year == ["Shutdown"]  # inside the shutdown, not written beside it


def test_s24c2_a_fortnightly_exception_cut_around_a_holiday_keeps_its_weeks():
    fortnightly = _mondays(period=2)
    holiday = {date(2027, 11, 1), date(2028, 1, 24)}
    pieces = without_days(fortnightly, holiday)
    kept = [day for piece in pieces for day in occurrences(piece)]
    assert kept == [d for d in occurrences(fortnightly) if d not in holiday]
    assert kept[0] == date(2027, 11, 15)
    assert all(p.recurrence is not None for p in pieces)
    assert (kept[1] - kept[0]) == timedelta(weeks=2)
