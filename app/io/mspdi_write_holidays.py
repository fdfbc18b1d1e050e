"""A calendar whose own public holidays replace its base calendar's, written for MS Project.

In Gantry a person's calendar set to France keeps French holidays, not the Bavarian ones
of the Standard calendar it is based on (or none, for a contractor). MS Project has no
holiday country: the base's holidays are written as its exceptions, and a derived calendar
takes its base's exceptions as well as its own. So the base's holidays the calendar works
are written on it as working exceptions, with the hours it has that day, which win over
the base's as MS Project resolves them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from app.domain.calendar import Calendar, CalendarException
from app.domain.calendars import DayResolver, holiday_place, public_holidays


def base_holidays_worked(
    cal: Calendar, calendars: Mapping[int, Calendar], first_year: int, last_year: int
) -> Calendar:
    """``cal`` with a working exception on each of its base's public holidays it works (its
    own public holidays set apart, or none); ``cal`` itself when it follows its base's."""
    base = calendars.get(cal.base_uid) if cal.base_uid is not None else None
    if base is None or not (cal.holiday_country or cal.no_public_holidays):
        return cal
    place = holiday_place(base, calendars)
    if place is None:
        return cal
    resolver = DayResolver(cal, calendars)  # its own holidays, not its base's
    worked: list[CalendarException] = []
    for year in range(first_year, last_year + 1):
        for day, name in sorted(public_holidays(place[0], place[1], year).items()):
            hours = resolver.day(day)
            if hours:
                worked.append(CalendarException(name, day, day, working=True, intervals=hours))
    return replace(cal, exceptions=(*worked, *cal.exceptions)) if worked else cal
