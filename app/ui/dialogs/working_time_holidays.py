"""Public holidays in Change Working Time: the read-only rows listing the days a calendar's
setting gives it (its own country's, else its base calendar's), what removing one says, and
which of them an exception being added falls on (MS Project's holidays are exceptions, which
may not share a day: app/domain/calendars.py says which wins)."""

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
    yields_to_holidays,
)
from app.domain.plural_words import counted
from app.report.locale_dates import local_date

NAMED = 3  # the holidays a note names before it counts the others


def _source(calendar: Calendar, calendars: Mapping[int, Calendar]) -> Calendar:
    """The calendar of the base chain whose setting ``calendar`` follows (itself first)."""
    cal = calendar
    seen = {cal.uid}
    while not (cal.holiday_country or cal.no_public_holidays) and cal.base_uid is not None:
        base = calendars.get(cal.base_uid)
        if base is None or base.uid in seen:
            break
        seen.add(base.uid)
        cal = base
    return cal


def holiday_lines(calendar: Calendar, calendars: Mapping[int, Calendar], years: range) -> list[str]:
    """The public holidays ``calendar`` keeps in ``years``, one line each: ``Neujahr:
    01.01.2027 (public holiday, DE-BY)``; ``…, DE-BY, as Standard)`` when its base's."""
    place = holiday_place(calendar, calendars)
    if place is None:
        return []
    source = _source(calendar, calendars)
    where = "-".join(filter(None, place))
    if source.uid != calendar.uid:
        where += f", as {source.name}"
    resolver = DayResolver(calendar, calendars)
    lines = []
    for year in years:
        for day, name in sorted(public_holidays(place[0], place[1], year).items()):
            worked = ", worked: an exception says so" if resolver.holiday_worked(day) else ""
            lines.append(
                f"{name}: {local_date(day, weekday=False)} (public holiday, {where}{worked})"
            )
    return lines


def covered_holidays(
    exc: CalendarException, calendar: Calendar, calendars: Mapping[int, Calendar]
) -> dict[date, str]:
    """The public holidays ``calendar`` keeps on the days ``exc`` covers, by day."""
    place = holiday_place(calendar, calendars)
    if place is None:
        return {}
    days = list(occurrences(exc))
    found: dict[date, str] = {}
    for year in sorted({day.year for day in days}):
        found.update(public_holidays(place[0], place[1], year))
    return {day: found[day] for day in days if day in found}


def covered_note(exc: CalendarException, covered: Mapping[date, str]) -> str:
    """What an exception just added does to the public holidays it falls on: ``Winter
    hours falls on 2 public holidays, which stay days off: All Saints' Day 01.11.2027,
    ...``; "" for none."""
    if not covered:
        return ""
    said = [f"{name} {local_date(day, weekday=False)}" for day, name in covered.items()]
    more = len(said) - NAMED
    named = ", ".join(said[:NAMED]) + (f" and {more} more" if more > 0 else "")
    falls = f"{exc.name} falls on {counted(len(covered), 'public holiday')}"
    if not exc.working:
        return f"{falls} (off either way): {named}"
    if yields_to_holidays(exc):
        stay = "which stays a day off" if len(covered) == 1 else "which stay days off"
        return (
            f"{falls}, {stay}: {named}. A repeating exception does not override a public "
            "holiday; to work one, add a one-off working exception on it"
        )
    return f"{falls}, worked as this exception says: {named}"


def removal_hint(calendar: Calendar, calendars: Mapping[int, Calendar], name: str) -> str:
    """What removing a public holiday's row says: where the holidays are set."""
    source = _source(calendar, calendars)
    whose = "" if source.uid == calendar.uid else f" (now {source.name}'s)"
    return (
        f"Public holidays come from {name}'s Public holidays above{whose}: choose None there "
        "to work them all, another country for its holidays, or add a working exception "
        "to work one of them"
    )


def copied_holidays(
    source: Calendar, calendars: Mapping[int, Calendar], copy: Calendar
) -> Calendar:
    """``copy`` (a new base calendar) with the public holidays ``source`` keeps."""
    place = holiday_place(source, calendars)
    return replace(
        copy,
        holiday_country=place[0] if place else None,
        holiday_subdivision=place[1] if place else None,
    )
