"""Public holidays in Change Working Time: the read-only rows listing the days a calendar's
setting gives it (its own country's, else its base calendar's), and what removing one says."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from app.domain.calendar import Calendar
from app.domain.calendars import holiday_place, public_holidays
from app.report.locale_dates import local_date


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
    lines = []
    for year in years:
        for day, name in sorted(public_holidays(place[0], place[1], year).items()):
            lines.append(f"{name}: {local_date(day, weekday=False)} (public holiday, {where})")
    return lines


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
