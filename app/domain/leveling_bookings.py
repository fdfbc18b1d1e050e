"""What each person on a task books, as leveling places the task: the pieces over-allocation counts.

A person whose assignment fills its task evenly books their units over each
stretch the task works (:meth:`app.domain.leveling_placement.Shape.booked`).
Any other assignment, contoured or ending before its task, books its own
pieces as :func:`app.domain.workload.own_pieces` lays them for Usage and
over-allocation (a contour's shape, or work typed into a Usage period kept in its
period: :mod:`app.domain.edited_work`): laid again, on the person's calendar, wherever the task is
tried, so they move with it. An assignment with no pieces (its person has no
working time in its task's span: a manual task over a weekend) books its units
over the span, as over-allocation counts it
(:func:`app.domain.overallocation_spans.own_or_even`). Leveling and over-allocation
then agree on when a person is free.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Iterator
from datetime import datetime

from app.domain.contours import WorkContour, fills_task, peak_units
from app.domain.edited_work import laid_pieces
from app.domain.overallocation import own_or_even
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource
from app.domain.schedule import TaskTimes
from app.domain.workload import (
    DayCalendar,
    _resource_calendar,
    done_work,
    entered_tasks,
    own_pieces,
)
from app.domain.worktime import MINUTES_PER_DAY, to_minutes

Stretch = tuple[int, int, float]  # start, finish (clock minutes), units booked
Lay = Callable[[list[tuple[int, int]]], list[Stretch]]
# A person's booking on a task: who, the most units it ever books, and how it lays its
# pieces over the task's working stretches (None: its units over every stretch).
Booking = tuple[int, float, Lay | None]


def booking_of(
    plan: Plan,
    a: Assignment,
    res: Resource,
    duration: int,
    cals: dict[int | None, DayCalendar],
    entered: Container[int] | None = None,
) -> Booking:
    """The booking of ``a`` (a person's, units > 0) on a task of ``duration`` working minutes.

    ``cals``: day calendars already built, by calendar uid (filled as needed); ``entered``:
    the plan's :func:`~app.domain.workload.entered_tasks`, for the work done of a contoured
    one (None: looked up for it, a pass over the plan's assignments).
    """
    work = float(a.work_minutes or round(duration * a.units))
    contour = a.contour
    shaped = contour is not WorkContour.FLAT and contour.shaped
    regular = work - min(a.overtime_work_minutes, work)  # its span's (overtime rides in it)
    if not shaped and fills_task(regular, a.units, contour, duration):
        return (a.resource_uid, a.units, None)
    cal = _resource_calendar(plan, res, cals)
    units = a.units
    if entered is None and shaped:
        entered = entered_tasks(plan)  # once for this booking, not at every place tried

    def lay(spans: list[tuple[int, int]]) -> list[Stretch]:
        parts = [(_moment(s), _moment(f)) for s, f in spans if f > s]
        if not parts:
            return []
        # the times own_pieces reads: where the task starts and how long it is scheduled
        times = TaskTimes(parts[0][0], parts[-1][1], duration, *parts[0], *parts[-1])
        pieces = own_pieces(plan, a, work, parts, times, cal, entered)
        laid = own_or_even(pieces, parts, units)
        return [(to_minutes(s), to_minutes(f), u) for s, f, u in laid]

    return (a.resource_uid, _peak(plan, a, work, cal, duration, entered), lay)


def _peak(
    plan: Plan,
    a: Assignment,
    work: float,
    cal: DayCalendar,
    duration: int,
    entered: Container[int] | None,
) -> float:
    """The most units ``a`` books at once: the heaviest of its typed periods (kept as
    typed wherever it is laid), else as its contour lays its pieces (its done work kept flat,
    its overtime laid within the regular work's span: app.domain.overtime_work)."""
    if a.edited_work and a.contour is WorkContour.CONTOURED:
        typed = laid_pieces(a.edited_work, cal.worktime, a.edited_work[0].start, work)
        return max((u for _s, _f, _w, u in typed), default=a.units)
    shaped = a.contour is not WorkContour.FLAT and a.contour.shaped
    done = done_work(plan, a, work, entered) if shaped else 0.0
    overtime = min(float(a.overtime_work_minutes), work)  # only regular work needs time
    return peak_units(work, a.units, a.contour, duration, done, overtime)


def stretches(
    bookings: Iterable[Booking], spans: list[tuple[int, int]]
) -> Iterator[tuple[int, int, int, float]]:
    """(person, start, finish, units) of each stretch ``bookings`` book when their task
    works ``spans`` (clock minutes), person by person in the order given."""
    for res_uid, units, lay in bookings:
        if lay is None:
            for a, b in spans:
                if b > a:
                    yield res_uid, a, b, units
        else:
            for a, b, u in lay(spans):
                yield res_uid, a, b, u


def split_at(
    booking: Booking, done: list[tuple[int, int]], rest: list[tuple[int, int]]
) -> tuple[Booking, Booking]:
    """A started task's booking cut where its work left resumes: the one its ``done``
    stretches book, and the one its work left books wherever it resumes (``rest``: where
    it would resume unpaused). Own pieces are laid over the done stretches and the work
    left together, as over-allocation lays them once the pause is in."""
    res_uid, peak, lay = booking
    if lay is None or not rest:
        return booking, booking
    laid = lay
    cut = rest[0][0]

    def lay_done(spans: list[tuple[int, int]]) -> list[Stretch]:
        return [p for p in laid([*spans, *rest]) if p[1] <= cut]

    def lay_rest(spans: list[tuple[int, int]]) -> list[Stretch]:
        if not spans:
            return []
        begin = spans[0][0]
        return [p for p in laid([*done, *spans]) if p[0] >= begin]

    return (res_uid, peak, lay_done), (res_uid, peak, lay_rest)


def _moment(minutes: int) -> datetime:
    day, minute = divmod(minutes, MINUTES_PER_DAY)
    return datetime.fromordinal(day).replace(hour=minute // 60, minute=minute % 60)
