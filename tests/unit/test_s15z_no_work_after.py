"""A person's days off that run to the end of time: the refusal says from when.

A PM put Jonas on leave from 2027-01-01 to 2099-12-31 (a leaver, typed in the Days off
dialog). His calendar still works until the end of 2026, but the Team view refused the
edit with "calendar 'Jonas Weber' has no working time", which reads as wrong and says
nothing of the dates to fix.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.domain.calendar import Calendar, CalendarException
from app.domain.errors import PlanError
from app.domain.worktime import WorkTime


def _leaver(first_day_off: date) -> Calendar:
    leave = CalendarException("Leaves", first_day_off, date(2099, 12, 31))
    return Calendar(uid=7, name="Jonas Weber", exceptions=(leave,))


def test_the_refusal_names_the_last_working_day():
    cal = _leaver(date(2027, 1, 1))
    work = WorkTime.for_calendar(cal, {cal.uid: cal})
    assert work.add(datetime(2026, 12, 30, 8), 8 * 60) == datetime(2026, 12, 30, 17)
    with pytest.raises(PlanError) as refused:
        work.add(datetime(2026, 12, 30, 8), 5 * 8 * 60)
    assert "'Jonas Weber'" in str(refused.value)
    assert "after 2026-12-31" in str(refused.value)


def test_a_calendar_that_never_works_is_still_said_plainly():
    cal = Calendar(uid=8, name="Nobody", week=((),) * 7)
    with pytest.raises(PlanError, match=r"calendar 'Nobody' has no working time$"):
        WorkTime.for_calendar(cal, {cal.uid: cal}).add(datetime(2027, 1, 4, 8), 60)


def test_days_off_from_before_the_first_lookup_still_name_the_last_working_day():
    cal = _leaver(date(2027, 1, 1))
    work = WorkTime.for_calendar(cal, {cal.uid: cal})
    with pytest.raises(PlanError, match=r"after 2026-12-31"):
        work.add(datetime(2027, 3, 1, 8), 8 * 60)


def test_a_person_put_on_a_calendar_without_work_hears_its_name():
    # Jonas has days off, so a calendar of his own based on the one the PM picked: the
    # refusal named only 'Jonas Weber', not the 'Nothing' calendar just chosen.
    nothing = Calendar(uid=3, name="Nothing", week=((),) * 7)
    own = Calendar(uid=4, name="Jonas Weber", base_uid=3, week=(None,) * 7)
    with pytest.raises(PlanError, match=r"'Jonas Weber' \(based on 'Nothing'\) has no working"):
        WorkTime.for_calendar(own, {3: nothing, 4: own}).add(datetime(2027, 1, 4, 8), 60)
