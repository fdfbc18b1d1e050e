"""Daily recurring tasks: "every weekday", and no two occurrences on one day.

A tester asked for "Daily, 10 times" from a Monday and got 7 occurrences:
Saturday's and Sunday's were moved onto Monday and collapsed into Monday's.
MS Project's Recurring Task Information also offers "every weekday".
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

import pytest

from app import formats
from app.domain.calendar import CalendarException, Recurrence, RecurrenceKind, standard_calendar
from app.domain.plan import Plan
from app.domain.recurrence_tasks import (
    NonWorkingOccurrence,
    TaskRecurrence,
    describe,
    infer_recurrence,
    occurrence_dates,
    occurrence_tasks,
)
from app.domain.task import Task
from app.domain.worktime import WorkTime

MONDAY = date(2026, 3, 2)
HOLIDAY = date(2026, 3, 11)  # a Wednesday


def _wt(*holidays: date) -> WorkTime:
    cal = replace(
        standard_calendar(1),
        exceptions=tuple(CalendarException("Holiday", d, d) for d in holidays),
    )
    return WorkTime.for_calendar(cal, {1: cal})


def _daily(count: int = 10, period: int = 1, **kw) -> TaskRecurrence:
    return TaskRecurrence(
        Recurrence(RecurrenceKind.DAILY, period, occurrences=count),
        MONDAY,
        duration_minutes=60,
        **kw,
    )


def test_daily_ten_times_makes_ten_occurrences_on_ten_different_working_days() -> None:
    wt = _wt()
    days = occurrence_dates(_daily(), wt)
    assert len(days) == 10
    assert len(set(days)) == 10
    assert days == sorted(days)
    assert all(wt.is_working_day(d) for d in days)


@pytest.mark.parametrize("period", [1, 2, 3, 5])
@pytest.mark.parametrize("count", [1, 7, 10, 30])
def test_moved_occurrences_never_collapse(period, count) -> None:
    wt = _wt(HOLIDAY, date(2026, 3, 12))
    days = occurrence_dates(_daily(count, period), wt)
    assert len(days) == count
    assert len(set(days)) == count
    assert days == sorted(days)
    # each is on its pattern date or after it
    assert all(d >= MONDAY for d in days)


def test_every_weekday_is_the_calendars_working_days() -> None:
    wt = _wt(HOLIDAY)
    days = occurrence_dates(_daily(working_days=True), wt)
    assert days == [
        date(2026, 3, d) for d in (2, 3, 4, 5, 6, 9, 10, 12, 13, 16)
    ]  # no weekend, no Wednesday 11th
    assert describe(_daily(working_days=True)) == "every weekday, 10 times from 2026-03-02"
    every_other = occurrence_dates(_daily(4, 2, working_days=True), wt)
    assert every_other == [date(2026, 3, d) for d in (2, 4, 6, 10)]
    assert "every 2 working days" in describe(_daily(4, 2, working_days=True))


def test_every_weekday_until_a_date_and_from_a_saturday() -> None:
    rec = replace(_daily(working_days=True), start=date(2026, 3, 7), end=date(2026, 3, 13))
    assert occurrence_dates(rec, _wt()) == [date(2026, 3, d) for d in range(9, 14)]


def test_skip_still_skips() -> None:
    rec = _daily(7, non_working=NonWorkingOccurrence.SKIP)
    assert occurrence_dates(rec, _wt()) == [date(2026, 3, d) for d in (2, 3, 4, 5, 6)]


def test_every_weekday_is_recognised_from_its_occurrences() -> None:
    wt = _wt(HOLIDAY)
    rec = _daily(12, working_days=True)
    days = occurrence_dates(rec, wt)
    found = infer_recurrence(days, 60, None, wt)
    assert found is not None
    assert found.working_days
    assert found.pattern.kind is RecurrenceKind.DAILY
    assert found.pattern.period == 1
    assert occurrence_dates(found, wt) == days


def _recurring_plan(rec: TaskRecurrence) -> Plan:
    wt = _wt()
    occurrences = occurrence_tasks(rec, "Stand-up", 2, 2, time(9, 0), wt)
    plan = Plan(tasks=[Task(1, "Stand-up"), *occurrences])
    plan.set_recurrence(1, rec)
    plan.project = replace(plan.project, start=datetime(2026, 3, 2, 8, 0))
    return plan


@pytest.mark.parametrize("ext", [".gantry", ".xml"])
def test_every_weekday_round_trips(tmp_path, ext) -> None:
    rec = _daily(12, working_days=True)
    plan = _recurring_plan(rec)
    path = tmp_path / f"plan{ext}"
    formats.write_plan(plan, path)
    back = formats.read_plan(path)
    assert len(back.recurrences) == 1
    (got,) = back.recurrences.values()
    assert got.working_days
    assert got.pattern.kind is RecurrenceKind.DAILY
    assert got.pattern.period == 1
    if ext == ".gantry":
        assert got == rec
