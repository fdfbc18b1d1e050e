"""Which days a chart shades as non-working, from the project calendar.

Reads the calendar's weekly pattern (following base calendars) and its
one-off and yearly exceptions. Results are cached per calendar and day since
the chart asks for the same days on every repaint.
"""

from __future__ import annotations

from datetime import date

from app.domain.calendar import Calendar, CalendarException, RecurrenceKind
from app.domain.plan import Plan


def _covers(exc: CalendarException, day: date) -> bool:
    if exc.recurrence is None:
        return exc.start <= day <= exc.end
    rec = exc.recurrence
    if not exc.start <= day <= (exc.end if exc.end >= exc.start else day):
        return False
    if rec.kind is RecurrenceKind.YEARLY_BY_DATE:
        return day.month == rec.month and day.day == rec.day_of_month
    if rec.kind is RecurrenceKind.WEEKLY:
        return day.weekday() in rec.weekdays
    if rec.kind is RecurrenceKind.DAILY:
        return (day - exc.start).days % max(rec.period, 1) == 0
    if rec.kind is RecurrenceKind.MONTHLY_BY_DATE:
        return day.day == rec.day_of_month
    return False


class WorkingDays:
    """Answers "is this a working day?" for one plan's project calendar."""

    def __init__(self, plan: Plan) -> None:
        self._plan = plan
        self._cache: dict[date, bool] = {}
        try:
            self._calendar: Calendar | None = plan.calendar()
        except Exception:  # noqa: BLE001 - a plan without calendar shades nothing
            self._calendar = None

    def _week_day(self, calendar: Calendar, weekday: int) -> bool:
        seen: set[int] = set()
        cal: Calendar | None = calendar
        while cal is not None and cal.uid not in seen:
            seen.add(cal.uid)
            spec = cal.week[weekday] if weekday < len(cal.week) else None
            if spec is not None:
                return bool(spec)
            cal = self._plan.calendars.get(cal.base_uid) if cal.base_uid is not None else None
        return weekday < 5

    def is_working(self, day: date) -> bool:
        """True when the project calendar has working hours on ``day``."""
        hit = self._cache.get(day)
        if hit is not None:
            return hit
        cal = self._calendar
        result = True
        if cal is not None:
            result = self._week_day(cal, day.weekday())
            for exc in cal.exceptions:
                if _covers(exc, day):
                    result = exc.working and bool(exc.intervals)
                    break
        self._cache[day] = result
        return result
