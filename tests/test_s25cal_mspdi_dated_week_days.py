"""A legacy ``WeekDay`` of DayType 1..7 with a ``TimePeriod`` (a week day set over dates
only, as Project 2003 writes it) is read as a work week over those dates, not as every
week's day (s25cal). Real file: MS Project 2003's assignments file, with dated week days
put in its Standard calendar as Project 2003 lists them (after the default week)."""

from __future__ import annotations

from datetime import date

from app.domain.calendar import STANDARD_DAY
from app.domain.calendars import DayResolver
from app.formats import read_plan

FILE = "mspdi/assignment-assignments-project2003-mspdi.xml"
LAST_DEFAULT = "<WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay>"
PERIOD = (
    "<TimePeriod><FromDate>2016-01-04T00:00:00</FromDate>"
    "<ToDate>2016-01-10T23:59:00</ToDate></TimePeriod>"
)
MORNING = (
    "<WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime>"
    "</WorkingTime></WorkingTimes>"
)
DATED = (
    f"<WeekDay><DayType>2</DayType><DayWorking>1</DayWorking>{PERIOD}{MORNING}</WeekDay>"
    f"<WeekDay><DayType>7</DayType><DayWorking>1</DayWorking>{PERIOD}{MORNING}</WeekDay>"
)


def _plan(shared_data, tmp_path):
    text = (shared_data / FILE).read_text(encoding="utf-8")
    assert text.count(LAST_DEFAULT) == 1
    path = tmp_path / "dated.xml"
    path.write_text(text.replace(LAST_DEFAULT, LAST_DEFAULT + DATED), encoding="utf-8")
    return read_plan(path)


def test_s25cal_a_dated_week_day_is_a_work_week(shared_data, tmp_path):
    plan = _plan(shared_data, tmp_path)
    cal = plan.calendar()
    assert cal.week[0] == STANDARD_DAY  # every Monday stays the default week's
    assert cal.week[5] == ()
    (week,) = cal.work_weeks
    assert (week.name, week.start, week.end) == (
        "Week days from 2016-01-04",
        date(2016, 1, 4),
        date(2016, 1, 10),
    )
    days = DayResolver(cal, plan.calendars)
    assert days.day(date(2016, 1, 4)) == ((480, 720),)  # that Monday: the morning
    assert days.day(date(2016, 1, 9)) == ((480, 720),)  # that Saturday worked
    assert days.day(date(2016, 1, 5)) == STANDARD_DAY  # a day it leaves unset
    assert days.day(date(2016, 1, 11)) == STANDARD_DAY  # the next Monday
    assert days.day(date(2016, 1, 16)) == ()


def test_s25cal_the_file_as_written_has_no_work_week(shared_data):
    cal = read_plan(shared_data / FILE).calendar()
    assert cal.work_weeks == ()
    assert cal.week[0] == STANDARD_DAY
