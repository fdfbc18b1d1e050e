"""A task's calendar and its people's that share no working time are both named."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.calendar import Calendar, standard_calendar
from app.domain.errors import PlanError
from app.domain.worktime import WorkTime


def test_s17sc2_calendars_sharing_no_time_are_both_named():
    weekend = Calendar(7, "Weekend", week=((),) * 5 + (((480, 1020),),) * 2)
    own = WorkTime.for_calendar(weekend, {})
    theirs = WorkTime.for_calendar(standard_calendar(), {})
    both = WorkTime.intersection(own, theirs)
    with pytest.raises(PlanError) as caught:
        both.add(datetime(2026, 3, 2, 8, 0), 480)
    assert str(caught.value) == (
        "the task's calendar 'Weekend' and its people's calendar 'Standard' share no working time"
    )
    assert "&" not in str(caught.value)


def test_s17sc2_a_plain_calendar_keeps_its_message():
    plain = WorkTime.for_calendar(standard_calendar(), {})
    assert plain.no_work_message() == "calendar 'Standard' has no working time"
