"""The status report's people table names the weeks a person is over-allocated in: a stretch
finishing at its day's first moment on the person's calendar (a weekend's work ending Monday
08:00, when her Monday begins) belongs to the day before, so it does not stretch into the
next week; one running into Monday's working time does."""

from __future__ import annotations

from datetime import date, datetime

from app.domain.costs import compute_costs
from app.domain.resource import Assignment
from app.domain.scheduler import schedule
from app.domain.status_report import gather_status
from app.report.status_tables import people_table
from tests.unit.test_s25ov_off_hours_everywhere import DAY, MON, WEEKEND, _plan


def _weeks(when: tuple[datetime, datetime], twice: bool = False) -> tuple[tuple[date, ...], str]:
    plan = _plan(when)
    if twice:  # booked twice: 150 % wherever the task is
        plan.add_assignment(Assignment(2, 1, 1, 0.5, DAY // 2))
    result = schedule(plan)
    report = gather_status(plan, result, compute_costs(plan, result), now=MON)
    (anna,) = report.people
    return anna.weeks, people_table(report).rows[0][3]


def test_s25le_a_weekend_ending_monday_morning_is_its_own_week():
    weeks, said = _weeks(WEEKEND)  # Sat 2027-03-06 08:00 to Mon 2027-03-08 08:00
    assert weeks == (date(2027, 3, 1),)
    assert said == "w/c 2027-03-01 (works on a day off)"
    weeks, _said = _weeks(WEEKEND, twice=True)
    assert weeks == (date(2027, 3, 1),)


def test_s25le_a_stretch_into_mondays_working_time_names_that_week():
    weeks, _said = _weeks((datetime(2027, 3, 6, 8, 0), datetime(2027, 3, 8, 12, 0)), twice=True)
    assert weeks == (date(2027, 3, 1), date(2027, 3, 8))


def test_s25le_a_stretch_ending_at_midnight_is_the_days_before():
    weeks, _said = _weeks((datetime(2027, 3, 6, 8, 0), datetime(2027, 3, 8, 0, 0)))
    assert weeks == (date(2027, 3, 1),)
