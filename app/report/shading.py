"""Which days a chart shades as non-working, from the project calendar.

The answer comes from the scheduler's working-time arithmetic (weekly
pattern, base calendars, exceptions, public holidays), cached per day since
the chart asks for the same days on every repaint.
"""

from __future__ import annotations

from datetime import date

from app.domain.errors import PlanError
from app.domain.plan import Plan
from app.domain.worktime import WorkTime


class WorkingDays:
    """Answers "is this a working day?" for one plan's project calendar."""

    def __init__(self, plan: Plan) -> None:
        self._cache: dict[date, bool] = {}
        try:
            self._work: WorkTime | None = WorkTime.for_calendar(plan.calendar(), plan.calendars)
        except PlanError:  # a plan without its calendar shades nothing
            self._work = None

    def is_working(self, day: date) -> bool:
        """True when the project calendar has working hours on ``day``."""
        hit = self._cache.get(day)
        if hit is None:
            hit = True if self._work is None else self._work.is_working_day(day)
            self._cache[day] = hit
        return hit

    def off_hours(self, day: date) -> list[tuple[int, int]]:
        """Non-working stretches of a working day, in minutes from midnight."""
        if self._work is None:
            return []
        out: list[tuple[int, int]] = []
        t = 0
        for a, b in self._work.working_intervals(day):
            if a > t:
                out.append((t, a))
            t = max(t, b)
        if t < 1440:
            out.append((t, 1440))
        return out
