"""When one assignment books its person, and at what units: the spans over-allocation
sweeps (:mod:`~app.domain.overallocation_sweep`) and leveling books
(:mod:`~app.domain.leveling_bookings`), so the two agree.

A task's span at the assignment's units; a split task's working parts (its people
are free during the pauses); an uneven assignment (a contour, or work that does not
fill its task at its units) its own pieces (:func:`app.domain.workload.own_pieces`);
a summary's own people its whole span. Work in the person's non-working time (typed into a
day off, or a manual task over a weekend) is booked as an
:class:`~app.domain.overallocation_sweep.OffTime` span: over-allocated at any units."""

from __future__ import annotations

from collections.abc import Container, Sequence
from datetime import datetime

from app.domain.contours import Piece, WorkContour, fills_task
from app.domain.overallocation_sweep import Booked, OffTime
from app.domain.plan import Plan
from app.domain.resource import Assignment
from app.domain.schedule import TaskTimes
from app.domain.workload import DayCalendar, SplitParts, _resource_calendar, own_pieces


def booked_spans(
    plan: Plan,
    a: Assignment,
    times: TaskTimes | None,
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
    :class:`~app.domain.overallocation_sweep.OffTime` (typed pieces and the even fallback of
    :func:`own_or_even` only: a contour's parts lie in working time).
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
    if shaped or not fills_task(regular, a.units, a.contour, times.duration_minutes):
        res = plan.resource(a.resource_uid)
        cal = _resource_calendar(plan, res, cals)
        whole = span or ((times.start, times.finish),)
        pieces = own_pieces(plan, a, work, whole, times, cal, entered)
        laid = own_or_even(pieces, whole, a.units)
        if work > 0 and (a.edited_work or not pieces):  # may lie in non-working time
            between, t = cal.between, a.task_uid
            return [
                OffTime(s, f, u, t) if u > 0 and between(s, f) <= 0 else (s, f, u, t)
                for s, f, u in laid
            ]
        return [(s, f, u, a.task_uid) for s, f, u in laid]
    units = a.units
    if span:
        return [(s, f, units, a.task_uid) for s, f in span if f > s]
    return [(times.start, times.finish, units, a.task_uid)]


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
