"""The workload's working minutes per day, read from the calendar's running totals, equal
the calendar's own day by day (holidays and calendar changes included)."""

from __future__ import annotations

from datetime import date, timedelta

from app.domain.workload import DayCalendar, _day_minutes_row, weekly
from tests.bench.generate import make_plan


def test_day_minutes_row_equals_each_days_minutes():
    plan = make_plan(50, 40, 3)
    for uid in [None, *plan.calendars]:
        for first, n in ((date(2025, 12, 20), 400), (date(2026, 3, 1), 1), (date(2030, 1, 1), 9)):
            cal = DayCalendar(plan, uid)
            row = _day_minutes_row(cal, first, n).tolist()
            fresh = DayCalendar(plan, uid)
            assert row == [fresh.day_minutes(first + timedelta(days=k)) for k in range(n)]
            assert sum(row) > 0 or n < 7


def test_weekly_mondays():
    import numpy as np

    mondays, folded = weekly(date(2026, 1, 7), np.ones(12))
    assert mondays == [date(2026, 1, 5), date(2026, 1, 12)]
    assert folded.tolist() == [5.0, 7.0]
