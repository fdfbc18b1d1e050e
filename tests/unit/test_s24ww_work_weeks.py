"""Work weeks (MS Project's Work Weeks tab): a named period with its own weekly pattern."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.calendar import STANDARD_DAY, Calendar, CalendarException, WorkWeek
from app.domain.calendars import DayResolver
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.work_weeks import overlapping_week
from app.domain.worktime import WorkTime

SEVEN_TO_THREE = ((480, 900),)  # 08:00-15:00
WINTER = WorkWeek(
    "Winter hours", date(2026, 11, 1), date(2027, 2, 28), (SEVEN_TO_THREE,) * 5 + ((), ())
)


def _plan(*weeks: WorkWeek) -> Plan:
    plan = Plan(project=Project(start=datetime(2026, 11, 2, 8)))  # a Monday
    plan.calendars[1] = Calendar(uid=1, work_weeks=weeks)
    plan.append_task(Task(1, "Build", duration_minutes=40 * 60))
    return plan


def test_s24ww_winter_hours_move_a_40h_tasks_finish():
    assert schedule(_plan())[1].finish == datetime(2026, 11, 6, 17)
    # 5 days of 7 h are 35 h; the 5 h left end Monday 9th at 13:00
    assert schedule(_plan(WINTER))[1].finish == datetime(2026, 11, 9, 13)


def test_s24ww_the_week_holds_only_over_its_dates():
    cal = Calendar(uid=1, work_weeks=(WINTER,))
    days = DayResolver(cal, {1: cal})
    assert days.day(date(2026, 10, 30)) == STANDARD_DAY  # Friday before
    assert days.day(date(2026, 11, 2)) == SEVEN_TO_THREE
    assert days.day(date(2027, 2, 26)) == SEVEN_TO_THREE
    assert days.day(date(2027, 3, 1)) == STANDARD_DAY  # Monday after
    assert days.day(date(2026, 11, 7)) == ()  # its Saturday is off


def test_s24ww_an_exception_wins_over_the_work_week():
    off = CalendarException("Feiertag", date(2026, 11, 4), date(2026, 11, 4))
    cal = Calendar(uid=1, work_weeks=(WINTER,), exceptions=(off,))
    days = DayResolver(cal, {1: cal})
    assert days.day(date(2026, 11, 4)) == ()
    assert days.day(date(2026, 11, 5)) == SEVEN_TO_THREE


def test_s24ww_unset_days_fall_back_as_ms_project_does():
    friday_only = WorkWeek("Fridays", date(2026, 6, 1), date(2026, 8, 31), (None,) * 4 + ((),))
    # a base calendar of 10 h days: its unset days take Project default times (8-12, 13-17)
    long_days = ((420, 720), (780, 1080))
    base = Calendar(uid=1, week=(long_days,) * 5 + ((), ()), work_weeks=(friday_only,))
    days = DayResolver(base, {1: base})
    assert days.day(date(2026, 6, 5)) == ()  # Friday off
    assert days.day(date(2026, 6, 4)) == STANDARD_DAY  # Thursday: project default times
    assert days.day(date(2026, 6, 13)) == ()  # Saturday: project default times, off
    # a derived calendar: its unset days take its base calendar's
    person = Calendar(uid=2, base_uid=1, week=(None,) * 7, work_weeks=(friday_only,))
    base = Calendar(uid=1, week=(long_days,) * 5 + ((), ()))
    days = DayResolver(person, {1: base, 2: person})
    assert days.day(date(2026, 6, 4)) == long_days
    assert days.day(date(2026, 6, 5)) == ()


def test_s24ww_a_derived_calendars_own_week_before_its_bases():
    summer = WorkWeek("Summer", date(2026, 6, 1), date(2026, 8, 31), ((),) * 7)
    half = WorkWeek("Half days", date(2026, 7, 1), date(2026, 7, 31), (((480, 720),),) * 7)
    base = Calendar(uid=1, work_weeks=(summer,))
    person = Calendar(uid=2, base_uid=1, week=(None,) * 7, work_weeks=(half,))
    days = DayResolver(person, {1: base, 2: person})
    assert days.day(date(2026, 7, 6)) == ((480, 720),)  # the person's own
    assert days.day(date(2026, 6, 8)) == ()  # the base's, where the person has none
    assert days.day(date(2026, 9, 7)) == STANDARD_DAY


def test_s24ww_days_at_once_equal_day_by_day():
    summer = WorkWeek("Summer", date(2026, 6, 3), date(2026, 8, 20), ((),) * 7)
    half = WorkWeek("Half", date(2026, 7, 1), date(2026, 7, 31), (((480, 720),),) + (None,) * 6)
    off = CalendarException("Off", date(2026, 7, 2), date(2026, 7, 3))
    base = Calendar(uid=1, work_weeks=(summer, WINTER))
    person = Calendar(uid=2, base_uid=1, week=(None,) * 7, work_weeks=(half,), exceptions=(off,))
    days = DayResolver(person, {1: base, 2: person})
    for first, count in ((date(2026, 5, 1), 400), (date(2026, 7, 15), 3), (date(2027, 2, 27), 9)):
        got = days.days(first, count)
        assert got == [days.day(first + timedelta(days=k)) for k in range(count)]


def test_s24ww_two_calendars_differing_in_work_weeks_do_not_share_arithmetic():
    plain = Calendar(uid=1)
    winter = Calendar(uid=1, work_weeks=(WINTER,))
    a = WorkTime.for_calendar(plain, {1: plain})
    b = WorkTime.for_calendar(winter, {1: winter})
    assert a is not b
    assert b.working_intervals(date(2026, 11, 2)) == SEVEN_TO_THREE


def test_s24ww_a_calendar_with_no_days_but_a_working_week_has_work():
    cal = Calendar(uid=1, week=((),) * 7, work_weeks=(WINTER,))
    assert DayResolver(cal, {1: cal}).has_any_work()


def test_s24ww_overlapping_weeks_are_found():
    assert overlapping_week((WINTER,), date(2027, 2, 28), date(2027, 3, 5)) is WINTER
    assert overlapping_week((WINTER,), date(2027, 3, 1), date(2027, 3, 5)) is None


_DAY_CHOICES = st.sampled_from([None, (), ((480, 720),), ((600, 900), (960, 1080))])


@st.composite
def _work_weeks(draw):
    out = []
    for n in range(draw(st.integers(0, 3))):
        start = date(2026, 1, 1) + timedelta(days=draw(st.integers(0, 500)))
        end = start + timedelta(days=draw(st.integers(-2, 120)))
        week = tuple(draw(_DAY_CHOICES) for _ in range(7))
        out.append(WorkWeek(f"W{n}", start, end, week))
    return tuple(out)


@settings(max_examples=60, deadline=None)
@given(
    base_weeks=_work_weeks(),
    own_weeks=_work_weeks(),
    offset=st.integers(0, 600),
    count=st.integers(1, 200),
)
def test_s24ww_days_equal_day_for_any_weeks(base_weeks, own_weeks, offset, count):
    off = CalendarException("Off", date(2026, 3, 2), date(2026, 3, 4))
    base = Calendar(uid=1, work_weeks=base_weeks, exceptions=(off,))
    person = Calendar(uid=2, base_uid=1, week=(None,) * 7, work_weeks=own_weeks)
    days = DayResolver(person, {1: base, 2: person})
    first = date(2025, 12, 1) + timedelta(days=offset)
    assert days.days(first, count) == [days.day(first + timedelta(days=k)) for k in range(count)]
