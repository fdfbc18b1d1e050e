"""Working-time arithmetic on calendars: adding, subtracting, counting, exceptions."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.domain.calendar import (
    Calendar,
    CalendarException,
    Recurrence,
    RecurrenceKind,
    standard_calendar,
)
from app.domain.errors import PlanError
from app.domain.worktime import WorkTime


def _wt(cal: Calendar, *others: Calendar) -> WorkTime:
    cals = {c.uid: c for c in (cal, *others)}
    return WorkTime.for_calendar(cal, cals)


def test_add_one_day_ends_at_five_and_next_start_is_next_morning():
    wt = _wt(standard_calendar())
    monday = datetime(2026, 1, 5, 8)
    assert wt.add(monday, 480) == datetime(2026, 1, 5, 17)
    assert wt.next_working(datetime(2026, 1, 5, 17)) == datetime(2026, 1, 6, 8)
    assert wt.add(datetime(2026, 1, 9, 8), 960) == datetime(2026, 1, 12, 17)  # over the weekend
    assert wt.add(monday, 300) == datetime(2026, 1, 5, 14)  # lunch break skipped


def test_subtract_and_between_are_inverse_of_add():
    wt = _wt(standard_calendar())
    finish = datetime(2026, 1, 12, 17)
    assert wt.subtract(finish, 960) == datetime(2026, 1, 9, 8)
    assert wt.between(datetime(2026, 1, 9, 8), finish) == 960
    assert wt.between(finish, datetime(2026, 1, 9, 8)) == -960
    for minutes in (1, 59, 240, 241, 480, 4800, 48000):
        start = datetime(2026, 3, 4, 10, 30)
        assert wt.between(start, wt.add(start, minutes)) == minutes


def test_one_off_holiday_and_working_saturday():
    cal = Calendar(
        uid=1,
        exceptions=(
            CalendarException("Holiday", date(2026, 1, 6), date(2026, 1, 6)),
            CalendarException(
                "Sat", date(2026, 1, 10), date(2026, 1, 10), working=True, intervals=((540, 720),)
            ),
        ),
    )
    wt = _wt(cal)
    assert not wt.is_working_day(date(2026, 1, 6))
    assert wt.working_intervals(date(2026, 1, 10)) == ((540, 720),)
    assert wt.add(datetime(2026, 1, 5, 8), 960) == datetime(2026, 1, 7, 17)
    assert wt.between(datetime(2026, 1, 9, 17), datetime(2026, 1, 12, 8)) == 180


def test_recurring_yearly_and_monthly_by_weekday():
    yearly = Recurrence(RecurrenceKind.YEARLY_BY_DATE, day_of_month=25, month=12)
    last_friday = Recurrence(RecurrenceKind.MONTHLY_BY_WEEKDAY, week_of_month=5, weekday=4)
    cal = Calendar(
        uid=1,
        exceptions=(
            CalendarException("Xmas", date(2020, 12, 25), date(2030, 12, 31), recurrence=yearly),
            CalendarException(
                "Last Fri", date(2026, 1, 1), date(2026, 12, 31), recurrence=last_friday
            ),
        ),
    )
    wt = _wt(cal)
    assert not wt.is_working_day(date(2028, 12, 25))
    assert not wt.is_working_day(date(2026, 1, 30))  # last Friday of January 2026
    assert wt.is_working_day(date(2026, 1, 23))
    assert wt.is_working_day(date(2027, 1, 29))  # recurrence ended


def test_derived_calendar_inherits_base_weekdays_and_exceptions():
    base = Calendar(
        uid=1,
        exceptions=(CalendarException("Holiday", date(2026, 1, 6), date(2026, 1, 6)),),
    )
    night = ((22 * 60, 24 * 60),)
    derived = Calendar(uid=2, name="Ana", base_uid=1, week=(night, None, None, None, None, (), ()))
    wt = _wt(derived, base)
    assert wt.working_intervals(date(2026, 1, 5)) == night
    assert wt.working_intervals(date(2026, 1, 7)) == ((480, 720), (780, 1020))
    assert not wt.is_working_day(date(2026, 1, 6))


def test_public_holidays_from_country():
    wt = _wt(Calendar(uid=1, holiday_country="DE"))
    assert not wt.is_working_day(date(2026, 10, 5 - 2))  # Tag der Deutschen Einheit (Sat anyway)
    assert not wt.is_working_day(date(2026, 12, 25))
    assert wt.is_working_day(date(2026, 12, 23))


def test_intersection_and_continuous():
    night = ((0, 8 * 60),)
    cal = Calendar(uid=1, week=(night,) * 7)
    both = WorkTime.intersection(_wt(standard_calendar()), _wt(cal))
    assert not both.is_working_day(date(2026, 1, 5))
    cont = WorkTime.continuous()
    assert cont.add(datetime(2026, 1, 3, 12), 1440) == datetime(2026, 1, 4, 12)


def test_calendar_without_work_is_an_error():
    with pytest.raises(PlanError, match="no working time"):
        _wt(Calendar(uid=1, name="Never", week=((),) * 7))


def test_far_dates_extend_the_table_both_ways():
    wt = _wt(standard_calendar())
    start = datetime(2026, 1, 5, 8)
    far = wt.add(start, 480 * 260 * 10)  # ten years of working days
    assert wt.between(start, far) == 480 * 260 * 10
    early = wt.subtract(start, 480 * 260 * 5)
    assert early.year in (2020, 2021)
    assert wt.between(early, start) == 480 * 260 * 5


def test_night_shift_across_midnight():
    night = ((0, 180), (240, 480), (1380, 1440))
    cal = Calendar(
        uid=1,
        name="Night",
        week=(((1380, 1440),), night, night, night, night, ((0, 180), (240, 480)), ()),
    )
    wt = _wt(cal)
    monday_23 = datetime(2026, 1, 5, 23)
    assert wt.next_working(datetime(2026, 1, 5, 12)) == monday_23
    assert wt.add(monday_23, 60) == datetime(2026, 1, 6, 0)  # work ends at midnight
    assert wt.add(monday_23, 240) == datetime(2026, 1, 6, 3)  # ends as the 03:00 break starts
    assert wt.add(monday_23, 241) == datetime(2026, 1, 6, 4, 1)
    assert wt.add(monday_23, 480) == datetime(2026, 1, 6, 8)
    assert wt.next_working(datetime(2026, 1, 6, 8)) == datetime(2026, 1, 6, 23)
    assert wt.between(monday_23, datetime(2026, 1, 7, 8)) == 960


def test_add_and_subtract_accept_negative_minutes_and_zero():
    wt = _wt(standard_calendar())
    t = datetime(2026, 1, 7, 10)
    assert wt.add(t, 0) == t
    assert wt.subtract(t, 0) == t
    assert wt.add(t, -120) == wt.subtract(t, 120) == datetime(2026, 1, 7, 8)
    assert wt.subtract(t, -420) == wt.add(t, 420) == datetime(2026, 1, 8, 9)


def test_previous_working_end_and_minutes_on():
    wt = _wt(standard_calendar())
    assert wt.previous_working_end(datetime(2026, 1, 10, 12)) == datetime(2026, 1, 9, 17)
    assert wt.previous_working_end(datetime(2026, 1, 9, 12, 30)) == datetime(2026, 1, 9, 12)
    assert wt.minutes_on(date(2026, 1, 9)) == 480
    assert wt.minutes_on(date(2026, 1, 10)) == 0


def test_unknown_holiday_country_is_a_plan_error():
    wt = _wt(Calendar(uid=1, holiday_country="XX"))
    with pytest.raises(PlanError, match="no public-holiday list for country 'XX'"):
        wt.is_working_day(date(2026, 1, 1))


def test_holiday_subdivision_adds_regional_days():
    national = _wt(Calendar(uid=1, holiday_country="DE"))
    bavaria = _wt(Calendar(uid=2, holiday_country="DE", holiday_subdivision="BY"))
    epiphany = date(2026, 1, 6)  # a Tuesday: a holiday in Bavaria only
    assert national.is_working_day(epiphany)
    assert not bavaria.is_working_day(epiphany)


def test_table_growth_is_safe_from_two_threads():
    import threading

    from app.domain.calendars import DayResolver

    cal = standard_calendar()
    reference = WorkTime(DayResolver(cal, {1: cal}).day, "ref")
    shared = WorkTime(DayResolver(cal, {1: cal}).day, "shared")
    starts = [datetime(2000 + (k * 7) % 60, 1 + k % 12, 1 + k % 28, 9) for k in range(400)]
    expected = [reference.add(s, 4800) for s in starts]
    results: dict[int, list[datetime]] = {}

    def work(n):
        order = starts if n == 0 else list(reversed(starts))
        results[n] = [shared.add(s, 4800) for s in order]

    threads = [threading.Thread(target=work, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results[0] == expected
    assert results[1] == list(reversed(expected))
