"""Working-time differences between two plans: the project calendar's days off and each
person's, for :func:`app.domain.diff.diff_plans`.

A holiday added to the project calendar or a vacation given to a person moves
tasks, yet the plans' tasks, links and people fields say nothing of it (a
person's vacation shows only as a new calendar uid). Each side's days off are
written as one text, entries sorted: ``Good Friday 2023-04-07 to 2023-04-10;
Company day 2023-06-02 (working)``, so a change reads as what was typed.

Work weeks are compared too, one change a week (app/domain/diff_work_weeks.py), and the
default week (``[Default]``, as Change Working Time's Work Weeks tab lists it first): Fridays
made non-working read ``Work week '[Default]: Mon-Fri 08:00-12:00, 13:00-17:00, Sat-Sun off'
-> '[Default]: Mon-Thu 08:00-12:00, 13:00-17:00, Fri-Sun off'``.

Calendars are held differently by each format (MS Project XML writes public holidays as
exceptions, GanttProject keeps single days), so these changes are only compared between
formats that keep a Gantry plan whole (``Held.calendars``).
"""

from __future__ import annotations

from collections.abc import Iterator

from app.domain.calendar import Calendar, CalendarException
from app.domain.calendars import DayResolver
from app.domain.diff import PlanChange
from app.domain.diff_work_weeks import FIELD as WORK_WEEKS
from app.domain.diff_work_weeks import week_text, work_week_changes
from app.domain.plan import Plan
from app.domain.resource import Resource
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
    """The project calendar's days off, default week and work weeks, then each person's
    (matched by uid), where they differ: entity ``calendar`` (the project calendar's uid) or
    ``resource``, field ``days_off`` or ``work_weeks``."""
    was, cal = old.calendar(), new.calendar()
    sides = (old, was, was), (new, cal, cal)
    yield from _days_off(*sides, ("calendar", cal.uid, cal.name))
    a, b = _week(old, was), _week(new, cal)
    if a != b:
        yield PlanChange("calendar", cal.uid, cal.name, "changed", WORK_WEEKS, a, b)
    yield from work_week_changes(was, cal, "calendar", cal.uid, cal.name)
    before = {r.uid: r for r in old.resources}
    for person in new.resources:
        gone = before.get(person.uid)
        if gone is None:
            continue
        mine = own_calendar(old, gone), own_calendar(new, person)
        who = ("resource", person.uid, person.name)
        worked = (old, mine[0], _works_by(old, gone)), (new, mine[1], _works_by(new, person))
        yield from _days_off(*worked, who)
        week = _own_week_change(*worked)
        if week is not None:
            yield PlanChange(*who, "changed", WORK_WEEKS, *week)
        yield from work_week_changes(mine[0], mine[1], *who)


# A side of the compare: the plan, the calendar holding the days off as typed (None: none
# of its own) and the calendar its days are worked by.
_Side = tuple[Plan, Calendar | None, Calendar]


def _works_by(plan: Plan, person: Resource) -> Calendar:
    """The calendar ``person`` works by on ``plan``: theirs, else the project's."""
    uid = person.calendar_uid
    return plan.calendars.get(uid, plan.calendar()) if uid is not None else plan.calendar()


def _week(plan: Plan, cal: Calendar) -> str:
    """The default week ``cal`` works by (its base's days where it leaves some unset)."""
    return f"[Default]: {week_text(DayResolver(cal, plan.calendars).week)}"


def _own_week_change(old: _Side, new: _Side) -> tuple[str, str] | None:
    """A person's default week before and after, where a day their own calendar sets works
    otherwise (a day left to the base changes with it: said on the base)."""
    (a_plan, a_own, a_cal), (b_plan, b_own, b_cal) = old, new
    if a_own is None and b_own is None:
        return None
    a = DayResolver(a_cal, a_plan.calendars).week
    b = DayResolver(b_cal, b_plan.calendars).week
    set_days = [
        d for d in range(7) if any(c is not None and c.week[d] is not None for c in (a_own, b_own))
    ]
    if all(a[d] == b[d] for d in set_days):
        return None
    return _week(a_plan, a_cal), _week(b_plan, b_cal)


def _days_off(old: _Side, new: _Side, who: tuple[str, int, str]) -> Iterator[PlanChange]:
    """The days off of one calendar (the project's, a person's) as typed, where they differ."""
    a, b = days_off_text(old[1]), days_off_text(new[1])
    if a != b:
        yield PlanChange(*who, "changed", FIELD, a or None, b or None)
