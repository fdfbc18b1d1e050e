"""Working-time differences between two plans: the project calendar's days off and each
person's, for :func:`app.domain.diff.diff_plans`.

A holiday added to the project calendar or a vacation given to a person moves
tasks, yet the plans' tasks, links and people fields say nothing of it (a
person's vacation shows only as a new calendar uid). Each side's days off are
written as one text, entries sorted: ``Good Friday 2023-04-07 to 2023-04-10;
Company day 2023-06-02 (working)``, so a change reads as what was typed.

Work weeks are compared too, one change a week (app/domain/diff_work_weeks.py).
Calendars are held differently by each format (MS Project XML writes public holidays as
exceptions, GanttProject keeps single days), so these changes are only compared between
formats that keep a Gantry plan whole (``Held.calendars``).
"""

from __future__ import annotations

from collections.abc import Iterator

from app.domain.calendar import Calendar, CalendarException
from app.domain.diff import PlanChange
from app.domain.diff_work_weeks import work_week_changes
from app.domain.plan import Plan
from app.domain.vacations import own_calendar

FIELD = "days_off"
TITLE = "Days off"  # as gantry diff names the field (the Change Working Time dialog's words)


def exception_text(exc: CalendarException) -> str:
    """One entry as a user typed it: name, first and last day, working or not, repetition."""
    days = f"{exc.start}" if exc.end == exc.start else f"{exc.start} to {exc.end}"
    notes = [n for n in ("working" if exc.working else "", _repeats(exc)) if n]
    return f"{exc.name} {days}" + (f" ({', '.join(notes)})" if notes else "")


def _repeats(exc: CalendarException) -> str:
    rec = exc.recurrence
    if rec is None:
        return ""
    every = f"every {rec.period} " if rec.period > 1 else ""
    return f"repeats {every}{rec.kind.value.replace('_', ' ')}"


def days_off_text(cal: Calendar | None) -> str:
    """A calendar's own days off (and its own public-holiday setting: a country's, or none
    where its base calendar has some), sorted, as one text; "" for none."""
    if cal is None:
        return ""
    entries = sorted(exception_text(e) for e in cal.exceptions)
    if cal.holiday_country:
        where = "-".join(filter(None, (cal.holiday_country, cal.holiday_subdivision)))
        entries.append(f"public holidays of {where}")
    elif cal.no_public_holidays:  # not even its base calendar's (a contractor works them)
        entries.append("no public holidays")
    return "; ".join(entries)


def calendar_changes(old: Plan, new: Plan) -> Iterator[PlanChange]:
    """The project calendar's days off, then each person's (matched by uid), where they
    differ: entity ``calendar`` (the project calendar's uid) or ``resource``, field
    ``days_off``."""
    a, b = days_off_text(old.calendar()), days_off_text(new.calendar())
    cal = new.calendar()
    if a != b:
        yield PlanChange("calendar", cal.uid, cal.name, "changed", FIELD, a or None, b or None)
    yield from work_week_changes(old.calendar(), cal, "calendar", cal.uid, cal.name)
    before = {r.uid: r for r in old.resources}
    for person in new.resources:
        was = before.get(person.uid)
        if was is None:
            continue
        a = days_off_text(own_calendar(old, was))
        b = days_off_text(own_calendar(new, person))
        if a != b:
            yield PlanChange(
                "resource", person.uid, person.name, "changed", FIELD, a or None, b or None
            )
        mine = own_calendar(old, was), own_calendar(new, person)
        yield from work_week_changes(*mine, "resource", person.uid, person.name)
