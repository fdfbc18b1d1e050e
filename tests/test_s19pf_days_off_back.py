"""Backward growth of a calendar's day table over years without working time.

A calendar that works only in a few days (exceptions on a week of days off) grew its
table back a year at a time, copying it each time, up to 1800 (~0.5 s) when work was
asked for before its first working day. Years without work are now leapt over.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.domain.calendar import STANDARD_DAY, Calendar, CalendarException
from app.domain.day_table import DayTable
from app.domain.no_working_time import DateRangeError
from app.domain.worktime import WorkTime


def _working_days(uid: int, *days: date) -> WorkTime:
    exceptions = tuple(
        CalendarException("worked", d, d, working=True, intervals=STANDARD_DAY) for d in days
    )
    cal = Calendar(uid=uid, name="Rare days", week=((),) * 7, exceptions=exceptions)
    return WorkTime.for_calendar(cal, {uid: cal})


def test_s19pf_work_before_the_first_working_day_is_refused_without_a_year_by_year_walk(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wt = _working_days(9101, date(2026, 1, 5), date(2026, 3, 2))
    prepends: list[int] = []
    real = DayTable._prepend

    def counted(self: DayTable, count: int) -> None:
        prepends.append(count)
        real(self, count)

    monkeypatch.setattr(DayTable, "_prepend", counted)
    with pytest.raises(DateRangeError, match="a date in 1799 cannot be scheduled"):
        wt.subtract(datetime(2026, 1, 5, 8), 480 * 3)
    assert len(prepends) <= 4  # was one a year back to 1800: 227
    # the calendar still works where it has working time
    assert wt.subtract(datetime(2026, 3, 2, 17), 480 * 2) == datetime(2026, 1, 5, 8)


def test_s19pf_work_found_across_a_century_off() -> None:
    wt = _working_days(9102, date(1900, 6, 1), date(2026, 1, 5))
    # 240 minutes of work finishing at 2026-01-05 08:00 start in 1900's afternoon
    assert wt.subtract(datetime(2026, 1, 5, 8), 240) == datetime(1900, 6, 1, 13)
    assert wt.subtract(datetime(2026, 1, 5, 12), 480) == datetime(1900, 6, 1, 13)
    assert wt.add(datetime(1900, 6, 1, 16), 120) == datetime(2026, 1, 5, 9)
    assert wt.between(datetime(1900, 6, 1), datetime(2026, 1, 6)) == 960
