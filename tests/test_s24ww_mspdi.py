"""MS Project XML work weeks: read as work weeks (not exceptions), written back as MS Project
writes them (TimePeriod, Name, WeekDays of the days set), kept through a round trip."""

from __future__ import annotations

from datetime import date, datetime

from app.domain.calendar import STANDARD_DAY, Calendar, CalendarException, WorkWeek
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.worktime import WorkTime
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi

NS = "http://schemas.microsoft.com/project"
WINTER = WorkWeek(
    "Winter hours",
    date(2026, 11, 1),
    date(2027, 2, 28),
    (((480, 900),),) * 5 + ((), None),  # Sunday left unset
)


def _plan() -> Plan:
    plan = Plan(project=Project(start=datetime(2026, 11, 2, 8)))
    off = CalendarException("Day off", date(2026, 11, 4), date(2026, 11, 4))
    plan.calendars[1] = Calendar(uid=1, exceptions=(off,), work_weeks=(WINTER,))
    plan.append_task(Task(1, "Build", duration_minutes=40 * 60))
    return plan


def test_s24ww_a_round_trip_keeps_the_work_week(tmp_path):
    path = tmp_path / "winter.xml"
    write_mspdi(_plan(), path)
    again = read_mspdi(path)
    cal = again.calendar()
    assert cal.work_weeks == (WINTER,)
    assert len(cal.exceptions) == 1  # the work week is not read as exceptions
    # 35 h Mon-Fri less the day off (7 h): 28 h to Fri 6th, 12 h more: Tue 10th 13:00
    assert schedule(again)[again.tasks[0].uid].finish == datetime(2026, 11, 10, 13)


def test_s24ww_written_as_ms_project_writes_it(tmp_path):
    path = tmp_path / "winter.xml"
    write_mspdi(_plan(), path)
    text = path.read_text(encoding="utf-8")
    start = text.index("<WorkWeeks>")
    assert text.index("</Exceptions>") < start  # after the exceptions, as in the schema
    week = text[start : text.index("</WorkWeeks>")]
    assert week.startswith(
        "<WorkWeeks><WorkWeek><TimePeriod><FromDate>2026-11-01T00:00:00</FromDate>"
        "<ToDate>2027-02-28T23:59:00</ToDate></TimePeriod><Name>Winter hours</Name><WeekDays>"
        "<WeekDay><DayType>2</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime>"
        "<FromTime>08:00:00</FromTime><ToTime>15:00:00</ToTime></WorkingTime></WorkingTimes>"
        "</WeekDay>"
    )
    assert "<DayType>1</DayType>" not in week  # Sunday unset: not written
    assert "<WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay>" in week


def test_s24ww_a_file_with_an_unlisted_day_leaves_it_unset(tmp_path):
    cal = (
        "<Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar>"
        "<WeekDays><WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay>"
        "<WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay>"
        + "".join(
            f"<WeekDay><DayType>{d}</DayType><DayWorking>1</DayWorking><WorkingTimes>"
            "<WorkingTime><FromTime>07:00:00</FromTime><ToTime>16:00:00</ToTime></WorkingTime>"
            "</WorkingTimes></WeekDay>"
            for d in range(2, 7)
        )
        + "</WeekDays><WorkWeeks><WorkWeek><TimePeriod><FromDate>2026-07-01T00:00:00</FromDate>"
        "<ToDate>2026-08-31T23:59:00</ToDate></TimePeriod><Name>Summer</Name><WeekDays>"
        "<WeekDay><DayType>6</DayType><DayWorking>0</DayWorking></WeekDay>"
        "</WeekDays></WorkWeek></WorkWeeks></Calendar></Calendars>"
    )
    path = tmp_path / "summer.xml"
    path.write_text(
        f'<?xml version="1.0" encoding="UTF-8"?><Project xmlns="{NS}">'
        "<StartDate>2026-07-06T08:00:00</StartDate><CalendarUID>1</CalendarUID>"
        f"{cal}<Tasks /></Project>",
        encoding="utf-8",
    )
    plan = read_mspdi(path)
    (week,) = plan.calendar().work_weeks
    assert (week.name, week.start, week.end) == ("Summer", date(2026, 7, 1), date(2026, 8, 31))
    assert week.week == (None, None, None, None, (), None, None)
    wt = WorkTime.for_calendar(plan.calendar(), plan.calendars)
    assert wt.working_intervals(date(2026, 7, 3)) == ()  # Friday off
    # Thursday: "Use Project default times" in a base calendar, not the 7-16 default week
    assert wt.working_intervals(date(2026, 7, 2)) == STANDARD_DAY
    assert wt.working_intervals(date(2026, 9, 3)) == ((420, 960),)
