"""MS Project XML keeps a calendar's public holidays past the plan's years (s25cal): they
were written for the plan's years and one either side only, so a plan moved later, or a
person's calendar MS Project reads for another project, had none. They are written as a
user types them in MS Project: a holiday on a date (Christmas) or an n-th weekday
(Thanksgiving, Memorial Day: the last Monday of May) as one yearly exception, others
(Easter Monday) one a year, for the plan's years and ten more. Real file: sample.xml."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from app.domain.calendar import RecurrenceKind
from app.domain.calendars import DayResolver
from app.formats import read_plan, write_plan
from app.io.mspdi_write_holidays import YEARS_AHEAD

FILE = "mspdi/sample.xml"


def _written(shared_data, tmp_path, country):
    plan = read_plan(shared_data / FILE)
    plan.put_calendar(replace(plan.calendar(), holiday_country=country))
    path = tmp_path / f"{country}.xml"
    write_plan(plan, path)
    return plan, read_plan(path)


def test_s25cal_holidays_are_kept_years_after_the_plan(shared_data, tmp_path):
    plan, back = _written(shared_data, tmp_path, "US")
    start = plan.project.start.year
    days = DayResolver(back.calendar(), back.calendars)
    later = start + YEARS_AHEAD - 1  # the plan moved nine years on
    thanksgiving = [d for d in (date(later, 11, n) for n in range(22, 29)) if d.weekday() == 3]
    assert not days.day(thanksgiving[0])
    before = DayResolver(plan.calendar(), plan.calendars)
    first = date(start - 1, 1, 1)
    count = (date(start + YEARS_AHEAD, 12, 31) - first).days
    a, b = before.days(first, count), days.days(first, count)
    assert [k for k in range(count) if bool(a[k]) != bool(b[k])] == []


def test_s25cal_fixed_holidays_are_one_yearly_exception_each(shared_data, tmp_path):
    _plan, back = _written(shared_data, tmp_path, "US")
    by_name = {}
    for exc in back.calendar().exceptions:
        by_name.setdefault(exc.name, []).append(exc)
    (xmas,) = by_name["Christmas Day"]
    assert xmas.recurrence is not None
    assert xmas.recurrence.kind is RecurrenceKind.YEARLY_BY_DATE
    (thanks,) = by_name["Thanksgiving Day"]
    assert thanks.recurrence is not None
    assert (thanks.recurrence.kind, thanks.recurrence.week_of_month) == (
        RecurrenceKind.YEARLY_BY_WEEKDAY,
        4,
    )
    (memorial,) = by_name["Memorial Day"]
    assert memorial.recurrence is not None
    assert memorial.recurrence.week_of_month == 5  # the last Monday of May


def test_s25cal_a_moving_holiday_is_one_exception_a_year(shared_data, tmp_path):
    plan, back = _written(shared_data, tmp_path, "DE")
    easter = [e for e in back.calendar().exceptions if e.name == "Easter Monday"]
    assert all(e.recurrence is None for e in easter)
    years = {e.start.year for e in easter}
    start = plan.project.start.year  # sample.xml runs within its year
    assert set(range(start - 1, start + 1 + YEARS_AHEAD + 1)) <= years


def test_s25cal_own_exception_on_a_holiday_cuts_the_yearly_one(shared_data, tmp_path):
    from app.domain.calendar import CalendarException

    plan = read_plan(shared_data / FILE)
    year = plan.project.start.year + 2
    worked = CalendarException(
        "Inventory", date(year, 12, 25), date(year, 12, 25), True, ((480, 720),)
    )
    cal = replace(plan.calendar(), holiday_country="US", exceptions=(worked,))
    plan.put_calendar(cal)
    plan.project = replace(plan.project, start=datetime(plan.project.start.year, 3, 1, 8))
    path = tmp_path / "cut.xml"
    write_plan(plan, path)
    back = read_plan(path).calendar()
    xmas = [e for e in back.exceptions if e.name == "Christmas Day"]
    assert len(xmas) == 2  # before that year and after it
    assert DayResolver(back, {}).day(date(year, 12, 25)) == ((480, 720),)
    assert not DayResolver(back, {}).day(date(year + 1, 12, 25))
