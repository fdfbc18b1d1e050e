"""A recurring task whose occurrence lasts longer than the time between two occurrences.

Found by a GUI tester: a 3-week occurrence repeating weekly was taken, and its
occurrences overlapped (MS Project refuses a duration longer than the interval).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.domain.calendar import CalendarException, Recurrence, RecurrenceKind, standard_calendar
from app.domain.errors import InputError
from app.domain.project import Project
from app.domain.recurrence_tasks import TaskRecurrence, check_apart, occurrence_dates
from app.domain.task import DurationUnit
from app.domain.worktime import WorkTime

MONDAY = date(2026, 3, 2)


def _project() -> Project:
    return Project("Office")


def _wt(*holidays: date) -> WorkTime:
    cal = replace(
        standard_calendar(1),
        exceptions=tuple(CalendarException("Holiday", d, d) for d in holidays),
    )
    return WorkTime.for_calendar(cal, {1: cal})


def _weekly(minutes: int, unit: DurationUnit | None, *weekdays: int) -> TaskRecurrence:
    pattern = Recurrence(RecurrenceKind.WEEKLY, 1, weekdays or (0,), occurrences=4)
    return TaskRecurrence(pattern, MONDAY, duration_minutes=minutes, duration_unit=unit)


def test_three_weeks_every_week_is_refused_naming_both() -> None:
    rec = _weekly(3 * 2400, DurationUnit.WEEKS)
    wt = _wt()
    days = occurrence_dates(rec, wt)
    with pytest.raises(InputError) as caught:
        check_apart(rec, days, wt, _project())
    message = str(caught.value)
    assert "3w" in message
    assert "1w" in message
    assert "overlap" in message


def test_a_week_every_week_fits() -> None:
    rec = _weekly(2400, DurationUnit.WEEKS)
    check_apart(rec, occurrence_dates(rec, _wt()), _wt(), _project())


def test_the_shortest_gap_counts_monday_and_wednesday() -> None:
    """Mon and Wed: two working days apart, so 3 days overlap and 2 days fit."""
    wt = _wt()
    three = _weekly(3 * 480, DurationUnit.DAYS, 0, 2)
    with pytest.raises(InputError, match=r"3d.*2d"):
        check_apart(three, occurrence_dates(three, wt), wt, _project())
    two = _weekly(2 * 480, DurationUnit.DAYS, 0, 2)
    check_apart(two, occurrence_dates(two, wt), wt, _project())


def test_the_gap_is_working_time_over_a_weekend() -> None:
    """Every Friday and Monday: a one-day occurrence on Friday ends before Monday's."""
    wt = _wt()
    rec = _weekly(480, DurationUnit.DAYS, 4, 0)
    check_apart(rec, occurrence_dates(rec, wt), wt, _project())


def test_a_single_occurrence_or_a_milestone_never_overlaps() -> None:
    wt = _wt()
    one = replace(
        _weekly(10 * 2400, DurationUnit.WEEKS),
        pattern=Recurrence(RecurrenceKind.WEEKLY, 1, (0,), occurrences=1),
    )
    check_apart(one, occurrence_dates(one, wt), wt, _project())
    milestone = _weekly(0, None)
    check_apart(milestone, occurrence_dates(milestone, wt), wt, _project())


def test_a_holiday_week_does_not_refuse_a_pattern_that_fits() -> None:
    """A week's occurrence every week runs into the next in the week of a holiday; the
    pattern itself fits (MS Project judges the frequency, not the holidays): taken."""
    wt = _wt(date(2026, 3, 11))
    rec = _weekly(2400, DurationUnit.WEEKS)
    check_apart(rec, occurrence_dates(rec, wt), wt, _project())


def test_a_holiday_week_does_not_hide_an_overlapping_pattern() -> None:
    """Two weeks every week overlap in every week, holiday or not: refused, naming a pair
    of occurrences a full week apart."""
    wt = _wt(date(2026, 3, 11))
    rec = _weekly(2 * 2400, DurationUnit.WEEKS)
    with pytest.raises(InputError, match=r"2w.*1w.*Mon 2026-03-02 and Mon 2026-03-09"):
        check_apart(rec, occurrence_dates(rec, wt), wt, _project())
