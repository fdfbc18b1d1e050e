"""A date far outside any plan is refused in words, and the calendar stays usable.

A first lookup in year 1 used to set the day table's start to day 0, which
Python's dates do not have: every later lookup of that calendar failed for
the rest of the session with an internal error.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.calendar import standard_calendar
from app.domain.errors import PlanError
from app.domain.worktime import WorkTime


def _fresh(name: str) -> WorkTime:
    cal = replace(standard_calendar(1), name=name)
    return WorkTime.for_calendar(cal, {1: cal})


@pytest.mark.parametrize(
    "moment", [datetime(1, 1, 2, 9), datetime(1066, 10, 14, 9), datetime(9999, 12, 28, 9)]
)
def test_a_far_date_is_refused_and_the_calendar_still_works(moment):
    wt = _fresh(f"edge {moment.year}")
    with pytest.raises(PlanError, match=f"a date in {moment.year} cannot be scheduled"):
        wt.add(moment, 480)
    assert wt.add(datetime(2026, 3, 2, 8), 480) == datetime(2026, 3, 2, 17)


def test_a_continuous_calendar_refuses_year_one_too():
    wt = WorkTime.continuous()
    with pytest.raises(PlanError, match="cannot be scheduled"):
        wt.next_working(datetime(1, 1, 1, 0))
    assert wt.add(datetime(2026, 3, 2, 9), 60) == datetime(2026, 3, 2, 10)
