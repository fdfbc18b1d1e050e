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

Calendars are held differently by each format: MS Project XML has no public-holiday country
and writes the holidays as exceptions (app/io/mspdi_write_holidays.py), so a .gantry or a
workbook and an .xml keep the same days off in other words. Where the two sides keep their
public holidays otherwise (a country, or none, set on one; the other holding that country's
holidays as exceptions, each by its name on its day), days off are compared day by day as
they fall over the plans' years, each day said as the side keeps it (``Neujahr 2027-01-01``
-> ``2027-01-01 (working)``): the same days written another way are no change. A country
set on a plan or taken off it is said as typed (``public holidays of FR``). ``Held.calendars`` says which pairs of formats hold calendars at all
(app/cli/diff_text.held_between; GanttProject and CSV not).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from itertools import groupby

from app.domain.calendar import Calendar, CalendarException, Interval
from app.domain.calendars import DayResolver, holiday_place, occurrences, public_holidays
from app.domain.dates_not_kept import calendar_chain
from app.domain.diff import PlanChange
from app.domain.diff_work_weeks import FIELD as WORK_WEEKS
from app.domain.diff_work_weeks import hours_text, week_text, work_week_changes
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
    """The days off of one calendar (the project's, a person's) where they differ: as typed
    when both sides keep public holidays the same way, else day by day."""
    a, b = days_off_text(old[1]), days_off_text(new[1])
    if a == b:
        return
    if _holidays_set(old) != _holidays_set(new) and _written_out(old, new):
        a, b = _days_differing(old, new)
        if a == b:  # the same days, written another way (holidays as exceptions)
            return
    yield PlanChange(*who, "changed", FIELD, a or None, b or None)


def _holidays_set(side: _Side) -> tuple[tuple[str | None, str | None, bool], ...]:
    """How a side's calendar keeps public holidays: the settings of its chain (none: ())."""
    plan, _own, cal = side
    return tuple(
        (c.holiday_country, c.holiday_subdivision, c.no_public_holidays)
        for c in calendar_chain(plan, cal)
        if c.holiday_country or c.no_public_holidays
    )


def _written_out(old: _Side, new: _Side) -> bool:
    """Whether a side setting no public holidays keeps the other side's as exceptions, as
    MS Project XML writes them (a holiday's own name on its day): the same days off in other
    words, compared day by day. Else (a country set on a plan, or taken off) as typed."""
    first, last = _window(old, new)
    for mine, other in ((old, new), (new, old)):
        if _holidays_set(mine):
            continue
        places = {(c, s) for c, s, _none in _holidays_set(other) if c}
        named = {
            (day, name)
            for country, subdivision in places
            for year in range(first.year, last.year + 1)
            for day, name in public_holidays(country, subdivision, year).items()
        }
        names = {name for _day, name in named}
        for cal in calendar_chain(mine[0], mine[2]):
            for exc in cal.exceptions:
                if exc.name in names and any((d, exc.name) in named for d in occurrences(exc)):
                    return True
    return False


def _window(old: _Side, new: _Side) -> tuple[date, date]:
    """The days compared: the plans' years and one more after."""
    years = [y for side in (old, new) for y in _years(side[0])]
    return date(min(years), 1, 1), date(max(years) + 1, 12, 31)


def _days_differing(old: _Side, new: _Side) -> tuple[str, str]:
    """The days off of both sides, day by day over the plans' years (one more after), said
    where their hours differ: ``Neujahr 2027-01-01; Betriebsurlaub 2027-08-02 to
    2027-08-06``. Both are laid on the old side's week and work weeks (compared apart), so a
    day differs only by its exceptions and holidays."""
    first, last = _window(old, new)
    count = (last - first).days + 1
    a, b = _exceptional_days(old, old, first, count), _exceptional_days(new, old, first, count)
    differing = [k for k in range(count) if a[k][1] != b[k][1]]
    return _said(a, differing, first), _said(b, differing, first)


def _years(plan: Plan) -> Iterator[int]:
    yield plan.project.start.year
    for t in plan.tasks:
        for moment in (t.start, t.finish):
            if moment is not None:
                yield moment.year


_Day = tuple[str, tuple[Interval, ...]]  # what decides a day (a name, or ""), its hours


def _exceptional_days(side: _Side, like: _Side, first: date, count: int) -> list[_Day]:
    """Each day of ``side``'s calendar from ``first`` as its exceptions and holidays make it
    on the week and work weeks of ``like``'s, with the name of what decides it ("": the
    week)."""
    plan, _own, cal = side
    chain = list(calendar_chain(plan, cal))
    week = DayResolver(like[2], like[0].calendars).week
    weeks = tuple(ww for c in calendar_chain(like[0], like[2]) for ww in c.work_weeks)
    laid = {c.uid: replace(c, work_weeks=()) for c in chain}
    laid[cal.uid] = replace(cal, week=week, work_weeks=weeks)
    hours = DayResolver(laid[cal.uid], laid).days(first, count)
    names: dict[date, str] = {}
    last = first + timedelta(days=count - 1)
    for c in reversed(chain):  # the nearer calendar's exception, the later one, wins
        for exc in c.exceptions:
            names.update((d, exc.name) for d in occurrences(exc) if first <= d <= last)
    place = holiday_place(cal, plan.calendars)
    if place is not None:
        for year in range(first.year, last.year + 1):
            for day, name in public_holidays(place[0], place[1], year).items():
                k = (day - first).days
                if 0 <= k < count and not hours[k]:
                    names[day] = name
    return [(names.get(first + timedelta(days=k), ""), hours[k]) for k in range(count)]


def _said(days: list[_Day], differing: list[int], first: date) -> str:
    """The days ``differing`` of one side, consecutive days alike as one run: ``Karfreitag
    2027-03-26``, ``Inventory 2027-12-27 (working 08:00-12:00)``, ``2027-01-01 (working)``
    (a day of the week's hours, no exception)."""
    runs: list[str] = []
    by_run = groupby(enumerate(differing), key=lambda pair: (pair[1] - pair[0], days[pair[1]]))
    for (_, (name, hours)), run in by_run:
        ks = [k for _, k in run]
        start, end = first + timedelta(days=ks[0]), first + timedelta(days=ks[-1])
        when = f"{start}" if start == end else f"{start} to {end}"
        if not name:
            runs.append(f"{when} ({'working' if hours else 'off'})")
        elif not hours:
            runs.append(f"{name} {when}")
        else:
            runs.append(f"{name} {when} (working {hours_text(hours)})")
    return "; ".join(runs)
