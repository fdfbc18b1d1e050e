"""An elapsed-duration task's work laid around the clock, as MS Project lays it.

A ``5ed`` task runs 120 hours of clock time, nights and weekends included, and its
people work all of them: at 100 % that is 120 hours of work, spread evenly over
every minute of the span (not over the person's working time, which would crowd
the 120 hours into the few working days inside the span). A day holds the share
of the work its clock minutes hold: Mon 17:00 -> Sat 17:00 gives 7 h on Monday,
24 h on each of Tuesday to Friday and 17 h on Saturday.

The work outside the person's working time is an over-allocation (MS Project
flags a person on an 8-hour calendar working 24 hours a day): each day says whether
some of its part lies there, and :mod:`app.domain.elapsed_bookings` books it so.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.domain.contours import Piece
    from app.domain.plan import Plan
    from app.domain.resource import Assignment
    from app.domain.workload import DayCalendar, _Spread

_DAY = timedelta(days=1)


def elapsed_tasks(plan: Plan) -> frozenset[int]:
    """The plan's elapsed-duration tasks, whose people's work is laid around the clock."""
    return frozenset(t.uid for t in plan.tasks if t.elapsed)


def laid_on_clock(plan: Plan, a: Assignment) -> bool:
    """Whether ``a``'s own pieces (:func:`app.domain.workload.own_pieces`: a contour's ten
    parts, or work that does not fill its task) lie on the clock's time rather than its
    person's working time: on an elapsed task, unless its work was typed period by period
    (kept where it was typed)."""
    from app.domain.contours import WorkContour

    typed = bool(a.edited_work) and a.contour is WorkContour.CONTOURED
    return not typed and plan.task(a.task_uid).elapsed


def clock_days(start: datetime, finish: datetime) -> Iterator[tuple[date, datetime, datetime]]:
    """Each day the span ``start`` -> ``finish`` touches, with its part of the span in it
    (days holding no minute of it left out)."""
    day = start.date()
    while True:
        midnight = datetime.combine(day, time())
        lo, hi = max(start, midnight), min(finish, midnight + _DAY)
        if hi <= lo:
            if midnight >= finish:
                return
        else:
            yield day, lo, hi
        day += _DAY


def clock_work(
    start: datetime, finish: datetime, work: float, cal: DayCalendar
) -> list[tuple[date, float, bool]]:
    """``work`` laid evenly over every minute of ``start`` -> ``finish``: per day, its share
    and whether some of that day's part lies outside the working time of ``cal`` (the
    person's calendar: their work there is an over-allocation). Empty for an empty span."""
    total = (finish - start).total_seconds()
    if total <= 0:
        return []
    out: list[tuple[date, float, bool]] = []
    for day, lo, hi in clock_days(start, finish):
        clock = (hi - lo).total_seconds()
        out.append((day, work * clock / total, cal.between(lo, hi) * 60 < clock))
    return out


def clock_spreads(
    task_uid: int, s: datetime, f: datetime, work: float, cal: DayCalendar, first_day: date
) -> list[_Spread]:
    """An elapsed task's work as the day spreads Usage and the workload lay
    (:class:`app.domain.workload._Spread`): one per day, holding that day's share; a day
    holding work outside the person's working time is off (an over-allocation)."""
    from app.domain.workload import _Spread  # workload lays with this module

    return [
        _Spread(task_uid, (day - first_day).days, (day - first_day).days, w, 0.0, 0.0, off)
        for day, w, off in clock_work(s, f, work, cal)
    ]


def clock_parts(
    start: datetime, finish: datetime, amount: float
) -> list[tuple[datetime, datetime, float]]:
    """``amount`` (an elapsed task's planned cost) cut into its days' parts of the span, each
    holding its share of the clock time: (start, finish, amount) spans the S-curve lays."""
    total = (finish - start).total_seconds()
    if total <= 0:
        return [(start, finish, amount)]
    return [
        (lo, hi, amount * (hi - lo).total_seconds() / total)
        for _day, lo, hi in clock_days(start, finish)
    ]


def clock_piece_spreads(
    task_uid: int, pieces: list[Piece], cal: DayCalendar, first_day: date
) -> list[_Spread]:
    """An elapsed task's contoured (or short) assignment: each of its pieces laid evenly over
    its clock time (:func:`clock_spreads`), so a Bell's peak fills at most the day's 24 hours
    at its units rather than being crowded into the person's working hours."""
    from app.domain.workload import _Spread

    out: list[_Spread] = []
    for s, f, work, _share in pieces:
        if f > s:
            out.extend(clock_spreads(task_uid, s, f, work, cal, first_day))
        elif work > 0:
            ds = (s.date() - first_day).days
            out.append(_Spread(task_uid, ds, ds, work, 0.0, 0.0, True))
    return out
