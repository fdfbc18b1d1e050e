"""Recurring tasks: occurrence dates, the tasks made, inference and the plan's bookkeeping."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

import pytest

from app.domain.calendar import CalendarException, Recurrence, RecurrenceKind, standard_calendar
from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.recurrence_tasks import (
    NonWorkingOccurrence,
    TaskRecurrence,
    describe,
    infer_recurrence,
    occurrence_dates,
    occurrence_tasks,
)
from app.domain.task import ConstraintType, Task
from app.domain.worktime import WorkTime

MONDAY = date(2026, 3, 2)


def _wt(*holidays: date) -> WorkTime:
    cal = replace(
        standard_calendar(1),
        exceptions=tuple(CalendarException("Holiday", d, d) for d in holidays),
    )
    return WorkTime.for_calendar(cal, {1: cal})


def _weekly(*weekdays: int, count: int = 4, period: int = 1) -> TaskRecurrence:
    pattern = Recurrence(RecurrenceKind.WEEKLY, period, weekdays, occurrences=count)
    return TaskRecurrence(pattern, MONDAY, duration_minutes=60)


def test_weekly_on_two_days_for_a_count() -> None:
    days = occurrence_dates(_weekly(0, 3, count=5), _wt())
    assert days == [
        date(2026, 3, 2),
        date(2026, 3, 5),
        date(2026, 3, 9),
        date(2026, 3, 12),
        date(2026, 3, 16),
    ]


def test_every_other_week_until_a_date() -> None:
    rec = replace(_weekly(4, period=2), end=date(2026, 4, 10))
    assert occurrence_dates(rec, _wt()) == [
        date(2026, 3, 6),
        date(2026, 3, 20),
        date(2026, 4, 3),
    ]


def test_non_working_occurrences_move_or_are_skipped() -> None:
    daily = TaskRecurrence(
        Recurrence(RecurrenceKind.DAILY, 1, occurrences=7), MONDAY, duration_minutes=60
    )
    wt = _wt(date(2026, 3, 4))  # Wednesday off
    moved = occurrence_dates(daily, wt)
    # Wed -> Thu, so Thursday's own goes on to Fri, Fri's to Mon 9th, Sat's to Tue, Sun's to
    # Wed: seven occurrences on seven working days, none doubled or dropped
    assert moved == [date(2026, 3, d) for d in (2, 3, 5, 6, 9, 10, 11)]
    skipped = occurrence_dates(replace(daily, non_working=NonWorkingOccurrence.SKIP), wt)
    assert skipped == [date(2026, 3, d) for d in (2, 3, 5, 6)]


def test_monthly_on_the_nth_weekday_and_on_a_date() -> None:
    second_tuesday = TaskRecurrence(
        Recurrence(RecurrenceKind.MONTHLY_BY_WEEKDAY, 1, week_of_month=2, weekday=1, occurrences=3),
        MONDAY,
    )
    assert occurrence_dates(second_tuesday, _wt()) == [
        date(2026, 3, 10),
        date(2026, 4, 14),
        date(2026, 5, 12),
    ]
    last_friday = replace(
        second_tuesday,
        pattern=Recurrence(
            RecurrenceKind.MONTHLY_BY_WEEKDAY, 1, week_of_month=5, weekday=4, occurrences=2
        ),
    )
    assert occurrence_dates(last_friday, _wt()) == [date(2026, 3, 27), date(2026, 4, 24)]
    day_31 = TaskRecurrence(
        Recurrence(RecurrenceKind.MONTHLY_BY_DATE, 1, day_of_month=31, occurrences=2), MONDAY
    )
    # April has 30 days: the 30th (a Thursday)
    assert occurrence_dates(day_31, _wt()) == [date(2026, 3, 31), date(2026, 4, 30)]


@pytest.mark.parametrize(
    ("rec", "message"),
    [
        (_weekly(0, count=0), "number of occurrences"),
        (_weekly(0, count=1000), "at most 999"),
        (_weekly(count=3), "day of the week"),
        (replace(_weekly(0), end=date(2026, 2, 1)), "before the start"),
        (replace(_weekly(6), end=MONDAY, non_working=NonWorkingOccurrence.SKIP), "no occurrence"),
    ],
)
def test_bad_patterns_are_refused_with_one_message(rec, message) -> None:
    with pytest.raises(InputError, match=message):
        occurrence_dates(rec, _wt())


def test_occurrences_are_subtasks_pinned_with_snet() -> None:
    tasks = occurrence_tasks(_weekly(0, count=3), "Status meeting", 10, 2, time(9, 0), _wt())
    assert [t.uid for t in tasks] == [10, 11, 12]
    assert [t.name for t in tasks] == ["Status meeting 1", "Status meeting 2", "Status meeting 3"]
    assert {t.outline_level for t in tasks} == {2}
    assert {t.constraint_type for t in tasks} == {ConstraintType.SNET}
    assert tasks[1].constraint_date == datetime(2026, 3, 9, 9, 0)
    assert {t.duration_minutes for t in tasks} == {60}


@pytest.mark.parametrize(
    "rec",
    [
        _weekly(0, 3, count=6),
        _weekly(2, count=4, period=3),
        TaskRecurrence(
            Recurrence(RecurrenceKind.DAILY, 2, occurrences=5), MONDAY, duration_minutes=60
        ),
        TaskRecurrence(
            Recurrence(
                RecurrenceKind.MONTHLY_BY_WEEKDAY, 1, week_of_month=1, weekday=0, occurrences=4
            ),
            MONDAY,
        ),
        TaskRecurrence(
            Recurrence(RecurrenceKind.MONTHLY_BY_DATE, 2, day_of_month=15, occurrences=4),
            MONDAY,
        ),
    ],
)
def test_a_pattern_is_found_again_from_its_occurrences(rec) -> None:
    wt = _wt()
    days = occurrence_dates(rec, wt)
    found = infer_recurrence(days, rec.duration_minutes, None, wt)
    assert found is not None
    assert occurrence_dates(found, wt) == days


def test_no_pattern_for_scattered_days() -> None:
    days = [date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 11), date(2026, 5, 1)]
    assert infer_recurrence(days, 480, None, _wt()) is None


def test_describe_says_the_pattern_in_words() -> None:
    assert describe(_weekly(0, 3, count=6)) == "every week on Mon, Thu, 6 times from 2026-03-02"
    two_weeks = replace(_weekly(4, period=2), end=date(2026, 6, 30))
    assert describe(two_weeks) == "every 2 weeks on Fri, from 2026-03-02 until 2026-06-30"


def test_the_plan_keeps_a_pattern_and_gives_it_back_on_undo_of_a_delete() -> None:
    plan = Plan(tasks=[Task(1, "Meetings"), Task(2, "Meetings 1", 2), Task(3, "Other")])
    rec = _weekly(0)
    seen = []
    plan.changes.subscribe(seen.append)
    assert plan.set_recurrence(1, rec) is None
    assert plan.recurrences == {1: rec}
    assert [c.keys for c in seen] == [(1,)]
    removed = plan.remove_tasks([1])
    assert plan.recurrences == {}
    plan.restore_tasks(removed)
    assert plan.recurrences == {1: rec}
    assert plan.set_recurrence(1, None) == rec
    assert plan.recurrences == {}
