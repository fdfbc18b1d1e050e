"""Patterns read back from MS Project XML, which keeps only the occurrences.

MS Project's own "Monthly" task (the third Wednesday, every two months) read
as "every 63 days": Recurring Task Information showed a daily pattern, and
asking for a third occurrence put it 63 days on (19 August) instead of on
the third Wednesday of August. Yearly tasks read as "every 12 months".
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app import formats
from app.domain.calendar import RecurrenceKind, standard_calendar
from app.domain.recurrence_tasks import describe, infer_recurrence, occurrence_dates
from app.domain.worktime import WorkTime

CAL = standard_calendar(1)
WT = WorkTime.for_calendar(CAL, {1: CAL})


def _infer(days):
    rec = infer_recurrence(days, 480, None, WT)
    assert rec is not None
    assert occurrence_dates(rec, WT) == days
    return rec


def test_two_third_wednesdays_two_months_apart_read_as_monthly() -> None:
    rec = _infer([date(2015, 4, 15), date(2015, 6, 17)])
    assert rec.pattern.kind is RecurrenceKind.MONTHLY_BY_WEEKDAY
    assert rec.pattern.period == 2
    three = replace(rec, pattern=replace(rec.pattern, occurrences=3))
    assert occurrence_dates(three, WT)[-1] == date(2015, 8, 19)  # third Wednesday of August


def test_one_date_a_year_reads_as_yearly() -> None:
    rec = _infer([date(2015, 4, 14), date(2016, 4, 14), date(2017, 4, 14)])
    assert rec.pattern.kind is RecurrenceKind.YEARLY_BY_DATE
    assert describe(rec).startswith("every year on April 14")
    rec = _infer([date(2015, 6, 26), date(2016, 6, 24), date(2017, 6, 30)])
    assert rec.pattern.kind is RecurrenceKind.YEARLY_BY_WEEKDAY
    assert describe(rec).startswith("every year on the last Fri of June")


def test_weekly_meetings_still_read_as_weekly() -> None:
    days = [date(2026, 3, 4), date(2026, 3, 11), date(2026, 3, 18), date(2026, 3, 25)]
    assert _infer(days).pattern.kind is RecurrenceKind.WEEKLY


def test_ms_projects_sample_names_each_pattern_by_its_kind(shared_data) -> None:
    plan = formats.read_plan(shared_data / "mpp" / "TestRecurringTask2016.xml")
    said = {plan.task(uid).name: describe(rec) for uid, rec in plan.recurrences.items()}
    assert "week" in said["Weeks"]
    assert "month" in said["Monthly"]
    assert said["Yearly"].startswith("every year")
    assert said["Yearly 2"].startswith("every year")
