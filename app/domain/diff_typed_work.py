"""Work typed into Usage periods (:mod:`app.domain.edited_work`) as ``gantry diff`` compares
it: the days with work and the hours each holds, written as a project manager reads a Usage
row, runs of days holding the same hours: ``2027-03-01 to 2027-03-05 8h a day; 2027-03-08
4h``. Work moved from one week to another with the same total reads differently, where the
assignment's Work and contour alike stay the same.

Days are compared, not the hour a day's work starts (a file format may keep another), and
the hours to the hundredth. Days a run skips are a weekend (Saturday, Sunday): a weekday
with no work between two days ends the run, so an emptied week is seen.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from app.domain.actual_days import kept_actuals
from app.domain.contours import WorkContour
from app.domain.edited_work import WorkPiece
from app.domain.plan import Plan
from app.domain.resource import Assignment

_SATURDAY = 5


def typed_work_text(a: Assignment, decimal: str = ".") -> str | None:
    """``a``'s typed periods as diff compares them; None when it has none (laid by its
    contour, or evenly). ``decimal``: the mark before the hours' decimals (``3.2h``; the
    caller's locale's for its text: ``3,2h`` in German), the comparison's the point."""
    if not a.edited_work or a.contour is not WorkContour.CONTOURED:
        return None
    runs: list[tuple[date, date, float]] = []  # first day, last day, hours a day
    for day, hours in _days(a.edited_work):
        if runs and runs[-1][2] == hours and _next_to(runs[-1][1], day):
            runs[-1] = (runs[-1][0], day, hours)
        else:
            runs.append((day, day, hours))
    return "; ".join(_run_text(*run, decimal) for run in runs) or None


def actual_days_text(a: Assignment, decimal: str = ".") -> str | None:
    """``a``'s actual work kept day by day (:mod:`app.domain.actual_days`) as diff compares
    it, runs of days alike as :func:`typed_work_text`'s; None when its actual work is a total."""
    days = kept_actuals(a)
    if not days:
        return None
    return _runs_text(_days(days), decimal)


def _runs_text(days: list[tuple[date, float]], decimal: str) -> str | None:
    runs: list[tuple[date, date, float]] = []  # first day, last day, hours a day
    for day, hours in days:
        if runs and runs[-1][2] == hours and _next_to(runs[-1][1], day):
            runs[-1] = (runs[-1][0], day, hours)
        else:
            runs.append((day, day, hours))
    return "; ".join(_run_text(*run, decimal) for run in runs) or None


def typed_work_of(plan: Plan, key: int | str, decimal: str = ".") -> str | None:
    """:func:`typed_work_text` of the assignment the diff's ``key`` names in ``plan``
    (``"3:1"``: task 3, person 1); None when ``plan`` has no such assignment or it no typed
    periods."""
    task, _, person = str(key).partition(":")
    for a in plan.assignments:
        if f"{a.task_uid}" == task and f"{a.resource_uid}" == person:
            return typed_work_text(a, decimal)
    return None


def _days(pieces: Sequence[WorkPiece]) -> list[tuple[date, float]]:
    """The hours each day with work holds (rounded to the hundredth), in order."""
    by_day: dict[date, float] = {}
    for p in pieces:
        if p.minutes > 0:
            day = p.start.date()
            by_day[day] = by_day.get(day, 0.0) + p.minutes
    return [(day, round(minutes / 60.0, 2)) for day, minutes in sorted(by_day.items())]


def _next_to(last: date, day: date) -> bool:
    """Whether ``day`` follows ``last`` with no weekday between them."""
    between = last + timedelta(days=1)
    while between < day:
        if between.weekday() < _SATURDAY:
            return False
        between += timedelta(days=1)
    return day > last


def _run_text(first: date, last: date, hours: float, decimal: str = ".") -> str:
    amount = f"{int(hours)}h" if hours.is_integer() else f"{hours}h".replace(".", decimal)
    if first == last:
        return f"{first.isoformat()} {amount}"
    return f"{first.isoformat()} to {last.isoformat()} {amount} a day"
