"""Public holidays written for MS Project, which has no holiday country: they are written as
exceptions, and MS Project lets no two exceptions share a day ("Exceptions cannot overlap"
in its Change Working Time; app/domain/calendars.py resolves them the same way).

- A calendar that sets its own country gets its holidays as exceptions, as a user types
  them in MS Project: one yearly exception for a holiday on a date or an n-th weekday,
  one a year for a holiday that moves (Easter Monday), over the plan's years and
  :data:`YEARS_AHEAD` more (a plan moved later keeps them); but none on a day one of its
  own exceptions holds (a yearly one is cut around it): a one-off one (a shutdown over
  Christmas, a working day typed for the holiday) or a repeating day off gives the day as
  it is.
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
from itertools import pairwise

from app.domain.calendar import Calendar, CalendarException, Recurrence, RecurrenceKind
from app.domain.calendars import (
    DayResolver,
    holiday_place,
    occurrences,
    public_holidays,
    without_days,
    yields_to_holidays,
)

# Holidays are written for the plan's years and this many more: a plan moved later, or a
# person's calendar MS Project reads for another project, keeps them (yearly ones cost one
# exception each however many years).
YEARS_AHEAD = 10


def written_calendar(
    cal: Calendar, calendars: Mapping[int, Calendar], first_year: int, last_year: int
) -> Calendar:
    """``cal`` as MS Project XML holds it, for the years given and :data:`YEARS_AHEAD` more:
    its public holidays and its base's it works as exceptions, none sharing a day with
    another; no holiday country."""
    last_year += YEARS_AHEAD
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
    if cal.holiday_country:  # every holiday but those its own exceptions hold
        written = _as_typed(kept, {day for day in kept if day in given_way or day not in holders})
    else:
        written = [
            CalendarException(name, day, day) for day, name in kept.items() if day in given_way
        ]
    worked = _base_holidays_worked(cal, calendars, first_year, last_year)
    if not (written or worked or given_way or cal.holiday_country):
        return cal
    return replace(cal, exceptions=(*written, *worked, *own), holiday_country=None)


def _as_typed(kept: Mapping[date, str], write: set[date]) -> list[CalendarException]:
    """The holidays of ``write`` (days of ``kept``) as a user types them in MS Project: one
    yearly exception for a holiday on the same date every year (Christmas) or the same
    weekday of its month (Thanksgiving, the fourth Thursday of November), as MS Project's
    own example of its XML writes New Year's Day and Thanksgiving, cut around the days not
    written; a holiday that moves (Easter Monday) one exception a year. In date order."""
    by_name: dict[str, list[date]] = {}
    for day, name in kept.items():
        by_name.setdefault(name, []).append(day)
    out: list[CalendarException] = []
    for name, days in by_name.items():
        rec = _yearly(days)
        if rec is None:
            out += [CalendarException(name, day, day) for day in days if day in write]
        else:
            every = CalendarException(name, days[0], days[-1], recurrence=rec)
            out += without_days(every, set(days) - write)
    return sorted(out, key=lambda exc: exc.start)


def _yearly(days: list[date]) -> Recurrence | None:
    """The yearly pattern ``days`` (one a year, years in a row, two at least) follow exactly:
    a date, else an n-th or last weekday of a month; None when they follow none."""
    if len(days) < 2 or any(b.year != a.year + 1 for a, b in pairwise(days)):
        return None
    first = days[0]
    found = [
        Recurrence(RecurrenceKind.YEARLY_BY_DATE, day_of_month=first.day, month=first.month),
        Recurrence(
            RecurrenceKind.YEARLY_BY_WEEKDAY,
            week_of_month=(first.day - 1) // 7 + 1,
            weekday=first.weekday(),
            month=first.month,
        ),
        Recurrence(
            RecurrenceKind.YEARLY_BY_WEEKDAY,
            week_of_month=5,  # the last
            weekday=first.weekday(),
            month=first.month,
        ),
    ]
    for rec in found:
        if list(occurrences(CalendarException("", first, days[-1], recurrence=rec))) == days:
            return rec
    return None


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
