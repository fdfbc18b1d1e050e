"""When one assignment books its person, and at what units: the spans over-allocation
sweeps (:mod:`~app.domain.overallocation_sweep`) and leveling books
(:mod:`~app.domain.leveling_bookings`), so the two agree.

A task's span at the assignment's units; a split task's working parts (its people
are free during the pauses); an uneven assignment (a contour, or work that does not
fill its task at its units) its own pieces (:func:`app.domain.workload.own_pieces`);
a summary's own people its whole span. Work in the person's non-working time (typed into a
day off, a manual task over a weekend or through a night, a task finished on a Saturday) is
booked as an :class:`~app.domain.overallocation_sweep.OffTime` span (an ``OffHours`` one on a
day with working time): over-allocated at any units. An elapsed task runs around the clock:
its span is cut at the edges of the person's working time, the rest off time
(:mod:`~app.domain.elapsed_bookings`). One rule for every assignment, flat or not, as the
daily workload (:func:`app.domain.workload.workload`) lays such work."""

from __future__ import annotations

from collections.abc import Container, Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from app.domain.contours import Piece, WorkContour, fills_task
from app.domain.elapsed_bookings import clock_bookings
from app.domain.elapsed_laying import laid_on_clock
from app.domain.finished_off_hours import finished_off_hours
from app.domain.off_hours import may_lie_off_hours as may_lie_off_hours
from app.domain.off_hours import off_hours_work
from app.domain.overallocation_sweep import Booked, OffHours, OffTime
from app.domain.plan import Plan
from app.domain.resource import Assignment
from app.domain.schedule import Schedule
from app.domain.task import Task
from app.domain.workload import DayCalendar, SplitParts, _resource_calendar, own_pieces

if TYPE_CHECKING:  # a TaskTimes, or a span read from the engine's arrays
    from app.domain.engine_spans import TaskSpan


def booked_spans(
    plan: Plan,
    a: Assignment,
    times: TaskSpan | None,
    parts: SplitParts,
    cals: dict[int | None, DayCalendar],
    entered: Container[int] | None = None,
) -> list[Booked]:
    """When one assignment books its person and at what units: its task's span at its
    units, a split task's parts (free during the pauses), a contoured assignment's ten
    parts at the contour's share of the peak; nothing for an empty span. A summary's own
    people work its whole span at their units, as in MS Project (their work follows the
    summary's duration: :func:`app.domain.assignment_work.planned_work`), whatever work was stored.
    A span of work holding none of the person's working time is an
    :class:`~app.domain.overallocation_sweep.OffTime` (typed pieces, the even fallback of
    :func:`own_or_even`, and a flat assignment's span on a task :func:`may_lie_off_hours` or
    finished between its actual dates: a contour's parts and an automatic task lie in working
    time).
    ``cals``: day calendars already built, by calendar uid (filled as needed); ``entered``:
    the plan's :func:`~app.domain.workload.entered_tasks` (None: looked up where needed)."""
    if times is None or times.finish <= times.start:
        return []
    if times.summary:
        return [(times.start, times.finish, a.units, a.task_uid)]
    span = parts.get(a.task_uid) if parts else None
    work = float(a.work_minutes or round(times.duration_minutes * a.units))
    shaped = a.contour is not WorkContour.FLAT and a.contour.shaped
    regular = work - min(a.overtime_work_minutes, work)  # its length (app.domain.overtime_work)
    delayed = a.laid_delay > 0  # starts after its task: its own span (assignment_delay)
    delayed = delayed or bool(a.actual_days)  # actual work on its days (actual_days)
    if shaped or delayed or not fills_task(regular, a.units, a.contour, times.duration_minutes):
        res = plan.resource(a.resource_uid)
        cal = _resource_calendar(plan, res, cals)
        whole = span or ((times.start, times.finish),)
        pieces = own_pieces(plan, a, work, whole, times, cal, entered)
        laid = own_or_even(pieces, whole, a.units)
        if pieces and work > 0 and laid_on_clock(plan, a):  # its nights are off time too
            return [b for s, f, u in laid for b in clock_bookings(s, f, u, a.task_uid, cal)]
        if work > 0 and (a.edited_work or not pieces):  # may lie in non-working time
            return [_off_or_not(s, f, u, a.task_uid, cal) for s, f, u in laid]
        return [(s, f, u, a.task_uid) for s, f, u in laid]
    units, t = a.units, a.task_uid
    runs = [(s, f) for s, f in span if f > s] if span else [(times.start, times.finish)]
    if work > 0 and units > 0 and off_hours_work(task := plan.task(t)):
        cal = _resource_calendar(plan, plan.resource(a.resource_uid), cals)
        if task.elapsed and not span:  # around the clock: its nights and weekends are off time
            return clock_bookings(times.start, times.finish, units, t, cal)
        return [_off_or_not(s, f, units, t, cal) for s, f in runs]
    return [(s, f, units, t) for s, f in runs]


def off_hours_tasks(
    plan: Plan, uids: Iterable[int] | None = None, schedule: Schedule | None = None
) -> frozenset[int]:
    """The tasks (of ``uids``, or of the whole plan) whose span may lie in their people's
    non-working time: their people take the full sweep, whose booked spans see work there.
    Those that :func:`may_lie_off_hours`, and the finished tasks that hold none of one of their
    people's working time (:func:`~app.domain.finished_off_hours.finished_off_hours`; not every
    finished task: 0.09 -> 0.43 s per edit at 30k of them). ``schedule``: the plan's, whose
    arrays give many finished tasks' spans at once (None: read one by one)."""
    if uids is None:
        tasks, at = plan.tasks, None
    else:
        has, row_of = plan.has_task, plan.index_of
        at = [row_of(u) for u in uids if has(u)]
        tasks = [plan.tasks[k] for k in at]
    loose: list[int] = []
    done: dict[int, Task] = {}
    rows: list[int] = []
    for row, t in enumerate(tasks):
        if t.manual or t.ignore_resource_calendar or t.elapsed:  # may_lie_off_hours, inline
            loose.append(t.uid)
        elif t.actual_finish is not None and t.actual_start is not None:  # keeps_actual_dates
            done[t.uid] = t
            rows.append(row if at is None else at[row])
    if not done:
        return frozenset(loose)
    found = finished_off_hours(plan, done, rows, schedule, few=uids is not None)
    return frozenset(loose).union(found)


def _off_or_not(s: datetime, f: datetime, u: float, t: int, cal: DayCalendar) -> Booked:
    """A booked span, an OffTime when it holds none of the person's working time (OffHours when
    the day it starts on has some: work outside its hours, not on a day off)."""
    if u <= 0 or cal.between(s, f) > 0:
        return (s, f, u, t)
    return OffHours(s, f, u, t) if cal.day_minutes(s.date()) > 0 else OffTime(s, f, u, t)


def own_or_even(
    pieces: Sequence[Piece], parts: Sequence[tuple[datetime, datetime]], units: float
) -> list[tuple[datetime, datetime, float]]:
    """(start, finish, units) an uneven assignment books: its own ``pieces``; or, when it
    has none (its person has no working time in its task's ``parts``, as a manual task
    over a weekend), its ``units`` over those parts, evenly. Over-allocation counts
    these and leveling books them (:mod:`app.domain.leveling_bookings`), so the two agree."""
    if pieces:
        return [(s, f, u) for s, f, _w, u in pieces if f > s]
    return [(s, f, units) for s, f in parts if f > s]
