"""Work weeks in ``gantry diff`` (app/domain/diff_calendars.py): each work week of a
calendar written as one text, ``Winter hours 2026-11-01 to 2027-02-28: Mon-Fri 08:00-15:00,
Sat-Sun off`` (days it leaves unset unsaid), matched by name between the two plans, so a
change names the week and reads as what was set in its Details."""

from __future__ import annotations

from collections.abc import Iterator

from app.domain.calendar import Calendar, Interval, WorkWeek
from app.domain.day_names import WEEKDAY_ABBR
from app.domain.diff import PlanChange

FIELD = "work_weeks"
TITLE = "Work week"  # as gantry diff names the field (Change Working Time's Work Weeks tab)


def hours_text(day: tuple[Interval, ...]) -> str:
    """A day's hours, ``08:00-12:00, 13:00-17:00``; ``off`` for none."""
    if not day:
        return "off"
    return ", ".join(f"{a // 60:02d}:{a % 60:02d}-{b // 60:02d}:{b % 60:02d}" for a, b in day)


def work_week_text(ww: WorkWeek) -> str:
    """One work week as set: name, dates, then runs of weekdays set alike."""
    said = week_text(ww.week) or "every day as the calendar has it"
    return f"{ww.name} {ww.start} to {ww.end}: {said}"


def week_text(pattern: tuple[tuple[Interval, ...] | None, ...]) -> str:
    """Runs of weekdays set alike, ``Mon-Thu 08:00-12:00, 13:00-17:00, Fri-Sun off`` (days
    left unset, ``None``, unsaid); "" when none is set."""
    runs: list[str] = []
    d = 0
    week = (*pattern, *(None,) * 7)[:7]
    while d < 7:
        day = week[d]
        last = d
        while last + 1 < 7 and week[last + 1] == day:
            last += 1
        if day is not None:
            days = WEEKDAY_ABBR[d] if last == d else f"{WEEKDAY_ABBR[d]}-{WEEKDAY_ABBR[last]}"
            runs.append(f"{days} {hours_text(day)}")
        d = last + 1
    return ", ".join(runs)


def work_week_changes(
    old: Calendar | None, new: Calendar | None, entity: str, uid: int, name: str
) -> Iterator[PlanChange]:
    """A change for each work week added, removed or set otherwise between ``old`` and
    ``new`` (matched by name), on ``entity`` ``uid`` (the project calendar, a person)."""
    before = {ww.name: work_week_text(ww) for ww in old.work_weeks} if old else {}
    after = {ww.name: work_week_text(ww) for ww in new.work_weeks} if new else {}
    for week in [*before, *(n for n in after if n not in before)]:
        a, b = before.get(week), after.get(week)
        if a != b:
            yield PlanChange(entity, uid, name, "changed", FIELD, a, b)
