"""What a CSV or GanttProject file loses of what decides a plan's dates, said in one line.

``gantry convert plan.xml plan.csv`` then ``gantry diff plan.xml plan.csv`` listed tasks
whose dates moved with no word from the conversion: the file read back is scheduled without
what it could not hold. Measured on every shared file (tests/test_s20fd_convert_dates.py):

- .csv keeps no working time at all (its reader schedules on the standard week): the
  project calendar's days off, hours and work weeks, the tasks' own calendars, the people's
  calendars; nor a task's splits. (An assignment's work contour, lost too, moves no date: the task
  keeps its duration.)
- .gan keeps the project calendar's working days and days off (its base calendars' too,
  written as its own) and the people's days off (vacations), not hours: a day of other
  hours than 8:00-17:00 or other than 8 h long is read back as one (a working exception's
  too), a repeating exception is written as its dates over the plan's years and one either
  side (a yearly date as yearly), work weeks (winter hours) are lost (one week a calendar), a person's
  other working week, work weeks or extra working days is lost, and their own public
  holidays (Claire in France: the project's are read back as everyone's), as are the
  tasks' own calendars, splits and elapsed durations (app/io/gan_write writes the whole
  working days a split or elapsed task spans, start to finish: 1ew is 5d, a 1eh rounds up
  to a day) and manual scheduling (GanttProject schedules every task).

The .csv's manual tasks have their own note (app/io/csv_plan.csv_not_kept); part-day
durations in a .gan too (app/domain/whole_days_not_kept).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from app.domain.calendar import (
    STANDARD_DAY,
    Calendar,
    CalendarException,
    RecurrenceKind,
    standard_calendar,
)
from app.domain.calendars import DayResolver, holiday_place, occurrences
from app.domain.diff_dates import DateMove, date_moves
from app.domain.errors import AppError
from app.domain.notation import format_duration
from app.domain.plan import Plan
from app.domain.plural_words import counted
from app.domain.quoting import quoted
from app.domain.resource import Resource
from app.domain.scheduler import schedule
from app.domain.task import DurationUnit

_FORMATS = frozenset({".csv", ".gan"})
_STANDARD_WEEK = DayResolver(standard_calendar(1), {}).week
_STANDARD_MINUTES = 480  # the day .gan's and .csv's readers count
MOVES_NAMED = 3  # the moved tasks a note names before it counts the others


def dates_not_kept(plan: Plan, ext: str, back: Plan | None = None) -> str:
    """One line naming what ``plan`` written as ``ext`` (".csv", ".gan") loses that decides
    its tasks' dates, and what it does to them; "" when it loses none of it (or ``ext``
    keeps it all).

    ``back``: the written file read back with Gantry's own reader, as the target reads it.
    Both are then scheduled and compared as ``gantry diff`` compares dates, and the line
    says which tasks move and by how much (the first :data:`MOVES_NAMED`, then a count) or
    that none does; it also names moves no lost calendar explains (whole days, manual
    tasks: their own notes say why). Without it (or when either plan cannot be scheduled)
    the line can only say that dates may move.
    """
    ext = ext.lower()
    if ext not in _FORMATS:
        return ""
    lost = _lost(plan, ext)
    moves = _read_back_moves(plan, back) if back is not None else None
    if moves is None:
        if lost is None:
            return ""
        parts, touched = lost
        first = f" (the first: {quoted(touched[0])})" if touched else ""
        return (
            f"{ext} does not keep {'; '.join(parts)}: read back, the plan is scheduled "
            f"without {'it' if len(parts) == 1 else 'them'} and tasks' dates may move{first}"
        )
    if lost is None:
        return f"{ext} read back: {moves_said(moves, plan)}" if moves else ""
    parts = lost[0]
    return f"{ext} does not keep {'; '.join(parts)}: read back, {moves_said(moves, plan)}"


def _read_back_moves(plan: Plan, back: Plan) -> list[DateMove] | None:
    """The tasks whose dates move from ``plan`` to ``back``, both scheduled from scratch
    (None: either cannot be, a loop of links)."""
    try:
        return date_moves(plan, schedule(plan), back, schedule(back))
    except AppError:
        return None


def moves_said(moves: Sequence[DateMove], plan: Plan) -> str:
    """``no task moves``; ``2 tasks move: 'Pour' finishes 3d later, 'Cure' starts 4h
    earlier``; past :data:`MOVES_NAMED`, ``... and 40 more``. By how much in working time
    on the task's calendar read back, in ``plan``'s duration unit (calendar days when
    the date lands on the same working moment)."""
    if not moves:
        return "no task moves"
    said = [_move_said(m, plan) for m in moves[:MOVES_NAMED]]
    more = len(moves) - MOVES_NAMED
    tail = f" and {more} more" if more > 0 else ""
    verb = "moves" if len(moves) == 1 else "move"
    return f"{counted(len(moves), 'task')} {verb}: {', '.join(said)}{tail}"


def _move_said(move: DateMove, plan: Plan) -> str:
    """``'Pour' finishes 3d later`` (the finish, else the start)."""
    finish = move.finish.moved
    shift = move.finish if finish else move.start
    verb = "finishes" if finish else "starts"
    way = "later" if shift.new > shift.old else "earlier"
    working = abs(shift.working)
    if working:  # in the plan's unit; under a day, in hours or minutes (4h, not 0.5d; 1m)
        unit = plan.project.duration_unit
        if working < plan.project.minutes_per_day:
            unit = DurationUnit.HOURS if working >= 60 else DurationUnit.MINUTES
        amount = format_duration(working, plan.project, unit=unit)
    else:
        amount = counted(abs(shift.days), "calendar day")
    return f"{quoted(move.name)} {verb} {amount} {way}"


def _lost(plan: Plan, ext: str) -> tuple[list[str], list[str]] | None:
    """What of ``plan``'s working time and scheduling ``ext`` does not keep, one part each,
    and the names of the first task of each part; None when it keeps it all."""
    gan = ext == ".gan"
    leaves = [t for t in plan.tasks if not plan.is_summary(t.uid)]
    parts: list[str] = []
    touched: list[str] = []  # names of the first task of each part
    project = _project_part(plan, gan)
    if project:
        parts.append(project)
    own = [t for t in leaves if t.calendar_uid not in (None, plan.project.calendar_uid)]
    if own:
        parts.append(f"the own calendar of {counted(len(own), 'task')}")
        touched.append(own[0].name)
    people = _people_lost(plan, gan)
    places = _own_holidays(plan) if gan else {}
    if places:  # GanttProject has one calendar: the project's holidays are everyone's
        shown = list(places.items())[:2]
        named = ", ".join(f"{quoted(plan.resource(uid).name)}: {where}" for uid, where in shown)
        more = ", ..." if len(places) > 2 else ""
        parts.append(
            f"the own public holidays of {counted(len(places), 'person', 'people')} "
            f"({named}{more}; read back, the project's)"
        )
        used = [a.task_uid for a in plan.assignments if a.resource_uid in places]
        touched += [t.name for t in leaves if t.uid in used][:1]
    if people:
        names = ", ".join(quoted(plan.resource(uid).name) for uid in people[:2])
        more = ", ..." if len(people) > 2 else ""
        what = "working week or working days" if gan else "calendar"
        parts.append(f"the {what} of {counted(len(people), 'person', 'people')} ({names}{more})")
        used = [a.task_uid for a in plan.assignments if a.resource_uid in people]
        touched += [t.name for t in leaves if t.uid in used][:1]
    split = [t for t in leaves if t.splits]
    if split:
        # GanttProject has no pauses: app/io/gan_write spreads the task from start to finish
        how = " (written as the whole working days from start to finish)" if gan else ""
        parts.append(f"the splits of {counted(len(split), 'task')}{how}")
        touched.append(split[0].name)
    if gan:
        elapsed = [t for t in leaves if t.elapsed]
        if elapsed:
            parts.append(
                f"the elapsed durations of {counted(len(elapsed), 'task')} "
                "(written as the whole working days they span)"
            )
            touched.append(elapsed[0].name)
        manual = [t for t in leaves if t.manual]
        if manual:
            parts.append(f"the manual scheduling of {counted(len(manual), 'task')}")
            touched.append(manual[0].name)
    return (parts, touched) if parts else None


def _project_part(plan: Plan, gan: bool) -> str:
    """What of the project calendar ``.csv`` (all of it) or ``.gan`` (its hours) loses."""
    cal = plan.calendar()
    resolver = DayResolver(cal, plan.calendars)
    per_day = plan.project.minutes_per_day or _STANDARD_MINUTES
    hours = any(day and day != STANDARD_DAY for day in resolver.week)
    weeks = sum(len(c.work_weeks) for c in calendar_chain(plan, cal))
    lost: list[str] = []
    if gan:
        if hours:
            lost.append("working hours other than 8:00-17:00")
        if per_day != _STANDARD_MINUTES:
            lost.append(f"{_hours(per_day)} h days (read back as 8 h)")
        if weeks:  # GanttProject has one week a calendar
            lost.append(counted(weeks, "work week"))
        lost += _gan_exceptions_lost(plan, cal)
        return f"the project calendar's {' and '.join(lost)}" if lost else ""
    if resolver.week != _STANDARD_WEEK:
        lost.append("working week")
    if weeks:
        lost.append(counted(weeks, "work week"))
    exceptions = [e for c in calendar_chain(plan, cal) for e in c.exceptions]
    off = sum(1 for e in exceptions if not e.working)
    if off:
        lost.append(f"days off: {counted(off, 'exception')}")
    if len(exceptions) > off:
        lost.append(f"days worked: {counted(len(exceptions) - off, 'exception')}")
    if holiday_place(cal, plan.calendars) is not None:
        lost.append("public holidays")
    return f"the project calendar ({'; '.join(lost)})" if lost else ""


def _gan_exceptions_lost(plan: Plan, cal: Calendar) -> list[str]:
    """What a .gan loses of the exceptions of ``cal`` and its bases (app/io/gan_write writes
    them all as dates): the hours of a working one (a .gan day off or working day has no
    hours: read back 8:00-17:00), and the repeats of a pattern outside the years written
    (the plan's and one either side; a yearly date is kept as yearly)."""
    exceptions = [e for c in calendar_chain(plan, cal) for e in c.exceptions]
    hours = [e for e in exceptions if e.working and tuple(sorted(e.intervals)) != STANDARD_DAY]
    lost: list[str] = []
    if hours:
        lost.append(f"hours of {counted(len(hours), 'working exception')} (read back 8:00-17:00)")
    patterns = [e for e in exceptions if e.recurrence is not None]
    if patterns:
        first, last = _written_years(plan)
        beyond = [e for e in patterns if _repeats_outside(e, first, last)]
        if beyond:
            lost.append(
                f"repeats of {counted(len(beyond), 'repeating exception')} outside {first}-{last} "
                "(written as dates for the plan's years and one either side)"
            )
    return lost


def _repeats_outside(exc: CalendarException, first: int, last: int) -> bool:
    """Whether a .gan loses days of the pattern ``exc``: it has days outside the years
    ``first`` to ``last`` and is not a yearly date over them all (written year="", every
    year)."""
    days = list(occurrences(exc))
    if not days:
        return False
    rec = exc.recurrence
    yearly = rec is not None and rec.kind is RecurrenceKind.YEARLY_BY_DATE and rec.period == 1
    if yearly and days[0].year <= first and days[-1].year >= last:
        return False
    return days[0].year < first or days[-1].year > last


def _written_years(plan: Plan) -> tuple[int, int]:
    """The years app/io/gan_write writes a pattern's dates for: the schedule's, and one either
    side (the project's start year when it cannot be scheduled)."""
    try:
        sched = schedule(plan)
    except AppError:
        return plan.project.start.year - 1, plan.project.start.year + 1
    return sched.start.year - 1, sched.finish.year + 1


def _own_holidays(plan: Plan) -> dict[int, str]:
    """The people assigned to tasks who keep other public holidays than the project's, by
    uid: their place (``FR``, ``DE-BY``) or ``none``."""
    project = holiday_place(plan.calendar(), plan.calendars)
    own: dict[int, str] = {}
    for res, cal in _assigned_calendars(plan):
        place = holiday_place(cal, plan.calendars)
        if place != project:
            own[res.uid] = "-".join(filter(None, place)) if place else "none"
    return own


def _assigned_calendars(plan: Plan) -> Iterator[tuple[Resource, Calendar]]:
    """The people assigned to tasks (their calendar counting) with a calendar of their own
    other than the project's, and that calendar."""
    assigned = {
        a.resource_uid
        for a in plan.assignments
        if not plan.is_summary(a.task_uid) and not plan.task(a.task_uid).ignore_resource_calendar
    }
    for res in plan.resources:
        cal = plan.calendars.get(res.calendar_uid) if res.calendar_uid is not None else None
        if res.uid in assigned and cal is not None and cal.uid != plan.project.calendar_uid:
            yield res, cal


def _people_lost(plan: Plan, gan: bool) -> list[int]:
    """The people assigned to tasks whose calendar the format loses: other working time than
    the project's (.gan keeps their days off, not their working days)."""
    project = DayResolver(plan.calendar(), plan.calendars).week
    holidays = {} if gan else _own_holidays(plan)  # .gan's are said apart
    lost: list[int] = []
    for res, cal in _assigned_calendars(plan):
        own = [c for c in calendar_chain(plan, cal) if c.uid != plan.project.calendar_uid]
        worked = any(e.working for c in own for e in c.exceptions)
        off = any(not e.working for c in own for e in c.exceptions)
        week = DayResolver(cal, plan.calendars).week != project
        week = week or any(c.work_weeks for c in own)
        if week or worked or (off and not gan) or res.uid in holidays:
            lost.append(res.uid)
    return lost


def calendar_chain(plan: Plan, cal: Calendar) -> Iterator[Calendar]:
    """``cal`` and its base calendars, nearest first."""
    seen: set[int] = set()
    current: Calendar | None = cal
    while current is not None and current.uid not in seen:
        seen.add(current.uid)
        yield current
        base = current.base_uid
        current = plan.calendars.get(base) if base is not None else None


def _hours(minutes: int) -> str:
    """450 -> '7.5', 480 -> '8'."""
    return f"{minutes / 60:g}"
