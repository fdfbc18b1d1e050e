"""Public holidays written for MS Project, which has no holiday country: they are written as
exceptions, and MS Project lets no two exceptions share a day ("Exceptions cannot overlap"
in its Change Working Time; app/domain/calendars.py resolves them the same way).

- A calendar that sets its own country gets its holidays as one-day exceptions, but none
  on a day one of its own exceptions holds: a one-off one (a shutdown over Christmas, a
  working day typed for the holiday) or a repeating day off gives the day as it is.
- A repeating working exception (winter hours every Monday) gives way to a holiday: it is
  written cut around it (calendars.without_days) and the holiday written on the calendar
  itself, also on a calendar following its base's holidays (MS Project would let its own
  exception win over its base's holiday).
- In Gantry a person's calendar set to France keeps French holidays, not the Bavarian ones
  of the Standard calendar it is based on (or none, for a contractor). A derived calendar
  in MS Project takes its base's exceptions as well as its own, so the base's holidays the
  calendar works are written on it as working exceptions, with the hours it has that day,
  which win over the base's as MS Project resolves them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from app.domain.calendar import Calendar, CalendarException
from app.domain.calendars import (
    DayResolver,
    holiday_place,
    occurrences,
    public_holidays,
    without_days,
    yields_to_holidays,
)


def written_calendar(
    cal: Calendar, calendars: Mapping[int, Calendar], first_year: int, last_year: int
) -> Calendar:
    """``cal`` as MS Project XML holds it, for the years given: its public holidays and its
    base's it works as exceptions, none sharing a day with another; no holiday country."""
    kept = _holidays(holiday_place(cal, calendars), first_year, last_year)
    holders = _holders(cal.exceptions, set(kept))
    own: list[CalendarException] = []
    given_way: set[date] = set()  # holidays a repeating working exception is cut around
    for exc in cal.exceptions:
        days = {day for day, holder in holders.items() if holder is exc}
        if yields_to_holidays(exc) and days:
            own.extend(without_days(exc, days))
            given_way |= days
        else:
            own.append(exc)
    written = [
        CalendarException(name, day, day)
        for day, name in kept.items()
        if day in given_way or (cal.holiday_country and day not in holders)
    ]
    worked = _base_holidays_worked(cal, calendars, first_year, last_year)
    if not (written or worked or given_way or cal.holiday_country):
        return cal
    return replace(cal, exceptions=(*written, *worked, *own), holiday_country=None)


def _holidays(place: tuple[str, str | None] | None, first: int, last: int) -> dict[date, str]:
    """The public holidays of ``place`` in the years ``first`` to ``last``, by day in order."""
    if place is None:
        return {}
    found: dict[date, str] = {}
    for year in range(first, last + 1):
        found.update(sorted(public_holidays(place[0], place[1], year).items()))
    return found


def _holders(
    exceptions: tuple[CalendarException, ...], days: set[date]
) -> dict[date, CalendarException]:
    """The exception holding each of ``days`` it covers (the last covering it, as
    calendars.DayResolver reads them)."""
    held: dict[date, CalendarException] = {}
    if not days:
        return held
    first, last = min(days), max(days)
    for exc in exceptions:
        if exc.end < first or exc.start > last:
            continue
        for day in occurrences(exc):
            if day > last:
                break
            if day in days:
                held[day] = exc
    return held


def _base_holidays_worked(
    cal: Calendar, calendars: Mapping[int, Calendar], first_year: int, last_year: int
) -> list[CalendarException]:
    """A working exception on each of the base's public holidays ``cal`` works (its own
    public holidays set apart, or none), none on a day its own exceptions hold; [] when it
    follows its base's."""
    base = calendars.get(cal.base_uid) if cal.base_uid is not None else None
    if base is None or not (cal.holiday_country or cal.no_public_holidays):
        return []
    holidays = _holidays(holiday_place(base, calendars), first_year, last_year)
    held = _holders(cal.exceptions, set(holidays))
    resolver = DayResolver(cal, calendars)  # its own holidays, not its base's
    worked: list[CalendarException] = []
    for day, name in holidays.items():
        hours = () if day in held else resolver.day(day)
        if hours:
            worked.append(CalendarException(name, day, day, working=True, intervals=hours))
    return worked
