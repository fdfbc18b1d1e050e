"""Laying a task's budget over time for earned value: its parts in the baseline span,
shaped by its people's contours and typed work, clipped to a period, and the parts worked so far.

The shares and shapes these read come from :mod:`app.domain.earned_value_parts`.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from app.domain.baseline import BaselineEntry
from app.domain.contours import WorkContour, span_pieces, working_spans
from app.domain.delay_laying import delayed_parts
from app.domain.earned_value_parts import Accruals, Part, Shape
from app.domain.edited_work import laid_pieces
from app.domain.schedule import TaskTimes
from app.domain.splits import TaskClocks, segments, total_gap, working_parts
from app.domain.task import CostAccrual, Task
from app.domain.workload import DayCalendar, _piece_spreads, _Spread

_NONE = 1e-9  # a share left over by rounding alone (as earned_value_parts)


def shaped_parts(parts: list[Part], shape: Shape, accruals: Accruals = ()) -> list[Part]:
    """``parts`` (the even spread of a task's amount: its span or working parts, with shares)
    with each contoured (or early-ending) person's share laid by their contour over their
    own part of the same parts instead, and each share of ``accruals`` whole at the parts'
    start (Start) or finish (End): a part with no length, counted whole from that moment.

    A person's share is laid day by day as the Usage view lays their work (the contour's
    pieces on their calendar, :func:`~app.domain.workload._piece_spreads`), so a day's
    planned value is the cost of the work the person is booked for that day even where their
    calendar and the project's differ.
    """
    spans = [(a, b) for a, b, _ in parts]
    rest = 1.0
    out: list[Part] = []
    for share, contour, cal, fraction, lead in shape:
        own, part = spans, fraction
        if lead > 0:  # a delayed person: their share of the span from their own start
            total = working_spans(spans, cal.worktime)[1]
            own = delayed_parts(spans, cal.worktime, lead, False, 0)
            left = total - lead
            part = min(1.0, fraction * total / left) if left > 0 else 1.0
        if isinstance(contour, WorkContour):
            pieces = span_pieces(own, cal.worktime, share, contour, part)
        else:  # typed period by period: as typed, from the span's start
            pieces = laid_pieces(contour, cal.worktime, own[0][0], share)
        if not pieces:  # no working time of the person in the span: laid evenly
            continue
        rest -= share
        origin = pieces[0][0].date()
        for (s, f, _, _), sp in zip(pieces, _piece_spreads(0, pieces, cal, origin), strict=True):
            out.extend(_days_of(s, f, sp, cal, origin))
    for share, accrual in accruals:
        rest -= share
        if accrual is CostAccrual.PRORATED:  # WHOLE_ABSENT: the shares are money
            continue
        at = spans[0][0] if accrual is CostAccrual.START else spans[-1][1]
        out.append((at, at, share))
    if abs(rest) > _NONE:  # below 0 where a credit beyond the work is incurred at one moment
        out.extend((a, b, k * rest) for a, b, k in parts)
    return out


def _days_of(
    start: datetime, finish: datetime, sp: _Spread, cal: DayCalendar, origin: date
) -> list[Part]:
    """One piece of a contoured person's work as its days (``sp``: the piece laid over days)."""
    if sp.first == sp.last:
        return [(start, finish, sp.head)] if sp.head else []
    out: list[Part] = [(start, _midnight(origin, sp.first + 1), sp.head)]
    for k in range(sp.first + 1, sp.last):
        day = origin + timedelta(days=k)
        amount = sp.rate * cal.day_minutes(day)
        if amount:
            out.append((_midnight(origin, k), _midnight(origin, k + 1), amount))
    if sp.tail:
        out.append((_midnight(origin, sp.last), finish, sp.tail))
    return [p for p in out if p[2]]


def _midnight(origin: date, k: int) -> datetime:
    return datetime.combine(origin + timedelta(days=k), datetime.min.time())


def clipped_parts(
    cal: DayCalendar, parts: list[Part], begin: datetime, end: datetime
) -> list[Part]:
    """The parts of a spread that fall between ``begin`` and ``end``, shares made to add up
    to 1 ([] when none does)."""
    out: list[Part] = []
    for a, b, k in parts:
        lo, hi = max(a, begin), min(b, end)
        if hi < lo or (hi == lo and a != b):
            continue
        whole = cal.between(a, b)
        frac = cal.between(lo, hi) / whole if whole > 0 else 1.0
        if k * frac > 0:
            out.append((lo, hi, k * frac))
    total = sum(k for _, _, k in out)
    return [(a, b, k / total) for a, b, k in out] if total > 0 else []


def planned_parts(clocks: TaskClocks, task: Task, entry: BaselineEntry) -> list[Part]:
    """The working parts of a split task's baseline, each with its share of the cost.

    A baseline keeps dates, not pauses: the task's pauses are laid on it when
    its span is the baseline duration plus the pauses (saved with them), and
    not when it is the duration alone (saved before the task was split).
    """
    start, finish, duration = entry.start, entry.finish, entry.duration_minutes
    if start is None or finish is None or duration <= 0:
        return []
    gap = total_gap(task.splits, duration)
    wt = clocks.of(task)
    span = wt.between(start, finish)
    if gap <= 0 or abs(span - duration - gap) >= abs(span - duration):
        return []
    moments = working_parts(task.splits, duration, start, finish, wt)
    lengths = [b - a for a, b in segments(task.splits, duration)]
    if len(moments) != len(lengths):
        return []
    return [(a, b, n / duration) for (a, b), n in zip(moments, lengths, strict=True)]


def worked_parts(
    clocks: TaskClocks, task: Task, times: TaskTimes, begin: datetime, end: datetime
) -> list[Part]:
    """The scheduled working parts of a split task between ``begin`` and ``end``, with shares.

    Each share is the part's working time over all of it in the window; [] when
    no working part lies there (the caller spreads over the window as for any task).
    """
    wt = clocks.of(task)
    clipped = [(max(a, begin), min(b, end)) for a, b in clocks.parts(task, times)]
    sized = [(a, b, wt.between(a, b)) for a, b in clipped if b > a]
    total = sum(n for _, _, n in sized)
    if total <= 0:
        return []
    return [(a, b, n / total) for a, b, n in sized]
