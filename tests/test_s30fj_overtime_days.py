"""MS Project's day-by-day actual work (TimephasedData Type 2) holds the actual overtime
(Type 3) too: mspdiassignmentfields.xml's Resource One has 2h done, 1h6 of it overtime (1h in
the single minute 08:00-08:01), Resource Two 5h, 2h of it overtime. Laid as regular work on
those days they over-allocated Resource One and pushed Resource Two's work past MS Project's
own finish; such an assignment keeps its actual work as a total (as before s30ta), its actual
overtime unchanged, and the read says so in one note."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app.domain.assignment_dates import assignment_dates
from app.domain.overallocation import overallocated_resources
from app.domain.plan import Plan
from app.domain.scheduler import schedule
from app.io.mspdi import read_mspdi


def _read(shared_data: Path) -> tuple[Plan, list[str]]:
    notes: list[str] = []
    plan = read_mspdi(shared_data / "mspdi" / "mspdiassignmentfields.xml", warn=notes.append)
    return plan, notes


def test_s30fj_overtime_done_is_not_laid_as_regular_days(shared_data: Path) -> None:
    plan, _ = _read(shared_data)
    by_uid = {a.uid: a for a in plan.assignments}
    for uid, actual, overtime in ((2, 120, 66), (5, 300, 120)):
        a = by_uid[uid]
        assert a.actual_days == ()  # not regular work on the Type 2 rows' days
        assert round(a.actual_work_minutes) == actual  # the totals stay MS Project's
        assert round(a.actual_overtime_work_minutes) == overtime
    result = schedule(plan)
    assert overallocated_resources(plan, result) == set()
    # MS Project's own assignment Finish for Resource Two (23h, 20h overtime, at 25 %)
    assert assignment_dates(plan, result)[5][1] == datetime(2011, 7, 7, 13, 55)


def test_s30fj_the_read_says_those_days_are_kept_as_a_total(shared_data: Path) -> None:
    _, notes = _read(shared_data)
    assert (
        "mspdiassignmentfields.xml: 57 timephased work-done values of assignments with "
        "actual overtime are left out (first: Assignment #1 (UID 2)): Gantry keeps their "
        "work done as a total, overtime by day having no place in the plan"
    ) in notes
