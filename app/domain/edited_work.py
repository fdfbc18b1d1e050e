"""Work edited period by period: MS Project's Contoured assignment, whose timephased work a
resource manager typed into Resource Usage or Task Usage.

MS Project keeps such an assignment's work day by day (its ``<TimephasedData>``) and lays it
as kept: 16 h typed into week 3 stay in week 3. Gantry keeps it the same way, as
:class:`WorkPiece` values (a day's working start, its working finish, the work in it), in
order from the assignment's start (a first piece may hold no work: it marks where the
assignment starts). :func:`laid_pieces` lays them where the task now is: when the task
moves, the pieces move with it by the person's working time; when the assignment's work is
no longer their sum (an MS Project file whose rows add up otherwise) they are scaled to it.

Typing into a period (:func:`typed_into`) cuts the assignment's pieces as they are laid now
(a contour's, an even spread's, or edited ones) into the person's working days, puts the
typed work into the period's days (in proportion to what they held, or evenly over their
working time when they held none) and keeps the days with work, so that a period after the
finish lengthens the assignment, and its task, to hold the work (as MS Project does:
work typed on the Friday after a Monday-to-Thursday task moves its finish to Friday).
A duration typed later or another contour drops the edits (the assignment is then laid by
its contour again), as MS Project lays work anew then.

Work typed into a period with none of the person's working time (a weekend in the day view,
a holiday) is kept there, as MS Project keeps it: the person works that day (MS Project
counts it as over-allocation, work in non-working time). Such a piece holds no working time,
so it is kept on the clock instead: on each day of the period, from the project's default
start for a day's length (:func:`typed_into`'s ``day_start``, ``day_minutes``), booking its
work over that window; when the task moves it moves by as many days as the working moment
before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from app.domain.contours import Piece
from app.domain.errors import InputError
from app.domain.splits import Split, segments
from app.domain.worktime import WorkTime, from_minutes, to_minutes


@dataclass(frozen=True, slots=True)
class WorkPiece:
    """Work (minutes) an assignment holds between two moments of its person's working time."""

    start: datetime
    finish: datetime
    minutes: float


EditedWork = tuple[WorkPiece, ...]


def edited_total(pieces: Sequence[WorkPiece]) -> float:
    """The work the pieces hold in all (minutes)."""
    return sum(p.minutes for p in pieces)


def laid_pieces(
    pieces: Sequence[WorkPiece], worktime: WorkTime, start: datetime, work: float
) -> list[Piece]:
    """The edited ``pieces`` as laid pieces ``(start, finish, work, units booked)`` of an
    assignment starting at ``start`` with ``work`` minutes on its person's ``worktime``:
    moved by working time from where they were kept, scaled to ``work``; those holding no
    work left out."""
    total = edited_total(pieces)
    if not pieces or total <= 0 or work <= 0:
        return []
    index = worktime.index
    shift = index(to_minutes(start)) - index(to_minutes(pieces[0].start))
    scale = work / total
    out: list[Piece] = []
    for p in pieces:
        if p.minutes <= 0:
            continue
        lo, hi = index(to_minutes(p.start)), index(to_minutes(p.finish))
        s, f = _moved(p, worktime, lo, hi, shift)
        minutes = p.minutes * scale
        if hi > lo:
            units = minutes / (hi - lo)
        else:  # work in the person's non-working time books its clock window
            units = minutes / ((f - s).total_seconds() / 60.0) if f > s else 0.0
        out.append((s, f, minutes, units))
    return out


def _moved(
    p: WorkPiece, worktime: WorkTime, lo: int, hi: int, shift: int
) -> tuple[datetime, datetime]:
    """Where piece ``p`` (its working-time indexes ``lo``, ``hi``) lies moved ``shift``
    working minutes on: by working time; one in non-working time by as many days as the
    working moment before it moves."""
    if not shift:
        return p.start, p.finish
    if hi <= lo and p.finish > p.start:
        was = from_minutes(worktime.at_end(lo)).date()
        days = timedelta(days=(from_minutes(worktime.at_end(lo + shift)).date() - was).days)
        return p.start + days, p.finish + days
    return from_minutes(worktime.at_start(lo + shift)), from_minutes(worktime.at_end(hi + shift))


def moved_by_pauses(
    pieces: Sequence[WorkPiece],
    worktime: WorkTime,
    clock: WorkTime,
    duration: int,
    old: tuple[Split, ...],
    new: tuple[Split, ...],
) -> EditedWork:
    """The typed ``pieces`` of an assignment (on its person's ``worktime``) when its task's
    pauses change from ``old`` to ``new`` (Split Task, Remove Splits; counted on the task's
    ``clock`` over its ``duration``): each piece keeps the task's work done before it, so the
    work after a new pause moves past it and the work after a pause taken out moves back, as
    MS Project shifts an assignment's timephased work. Offsets count from the first piece
    (where the kept assignment starts)."""
    if not pieces:
        return ()
    base = clock.index(to_minutes(pieces[0].start))
    old_parts = segments(old, duration)
    index = worktime.index
    out: list[WorkPiece] = []
    for p in pieces:
        lo, hi = index(to_minutes(p.start)), index(to_minutes(p.finish))
        at = clock.index(to_minutes(p.start)) - base
        done = sum(max(0, min(b, at) - a) for a, b in old_parts)
        # a piece at a new pause's point goes after it; a day off's there stays before it
        behind = done if hi <= lo and p.finish > p.start else done + 1
        to = done + sum(g.gap_minutes for g in new if 0 < g.after_minutes < behind)
        if to == at:
            out.append(p)
            continue
        was, now = (from_minutes(clock.at_start(base + k)) for k in (at, to))
        shift = index(to_minutes(now)) - index(to_minutes(was))
        out.append(WorkPiece(*_moved(p, worktime, lo, hi, shift), p.minutes))
    return tuple(out)


def _midnight(day: date) -> int:
    return to_minutes(datetime.combine(day, datetime.min.time()))


def day_pieces(pieces: Sequence[Piece], worktime: WorkTime) -> list[WorkPiece]:
    """Laid ``pieces`` cut into the person's working days, one piece a day (its first and
    last working moments within the pieces, the work the day holds), in order."""
    index = worktime.index
    days: dict[date, list[int | float]] = {}  # day -> [start index, finish index, work]
    off: dict[date, WorkPiece] = {}  # work kept in non-working time, as it is kept
    for s, f, work, _units in pieces:
        lo, hi = index(to_minutes(s)), index(to_minutes(f))
        if hi <= lo and f > s and work > 0:
            got = off.get(s.date())
            off[s.date()] = (
                WorkPiece(s, f, work)
                if got is None
                else WorkPiece(min(got.start, s), max(got.finish, f), got.minutes + work)
            )
            continue
        if hi <= lo:
            _add(days, s.date(), lo, lo, work)
            continue
        day = s.date()
        while day <= f.date():
            a = max(lo, index(max(_midnight(day), to_minutes(s))))
            b = min(hi, index(min(_midnight(day + timedelta(days=1)), to_minutes(f))))
            if b > a:
                _add(days, day, a, b, work * (b - a) / (hi - lo))
            day += timedelta(days=1)
    out = {
        day: WorkPiece(
            from_minutes(worktime.at_start(int(v[0]))),
            from_minutes(worktime.at_end(int(v[1]))),
            float(v[2]),
        )
        for day, v in days.items()
    }
    for day, p in off.items():
        got = out.get(day)  # a day both working and not: its work in the working piece
        out[day] = p if got is None else WorkPiece(got.start, got.finish, got.minutes + p.minutes)
    return [p for _day, p in sorted(out.items())]


def _add(days: dict[date, list[int | float]], day: date, lo: int, hi: int, work: float) -> None:
    got = days.get(day)
    if got is None:
        days[day] = [lo, hi, work]
    else:
        got[0], got[1], got[2] = min(got[0], lo), max(got[1], hi), got[2] + work


def typed_into(
    days: Sequence[WorkPiece],
    worktime: WorkTime,
    start: datetime,
    first: date,
    last: date,
    typed: float,
    day_start: time = time(8, 0),
    day_minutes: int = 480,
) -> EditedWork:
    """The assignment's day pieces (:func:`day_pieces`; it starts at ``start``) with
    ``typed`` minutes in the days ``first``..``last``: spread in proportion to the work the
    period's days held, or evenly over the person's working time there (from ``start`` on)
    when they held none, or, with none there, evenly over its days (from ``start``'s),
    each from ``day_start`` for ``day_minutes`` (the project's default day). The first
    piece stays, even empty (it marks the start); empty days after the last with work are
    left out. InputError when no work would be left."""
    if typed < 0:
        raise InputError("work cannot be negative")
    inside = [p for p in days if first <= p.start.date() <= last]
    shown = edited_total(inside)
    kept = [p for p in days if not first <= p.start.date() <= last]
    if shown > 0:
        scale = typed / shown
        new = [WorkPiece(p.start, p.finish, p.minutes * scale) for p in inside]
    else:
        new = _even(worktime, start, first, last, typed) if typed > 0 else []
        if typed > 0 and not new:  # no working time there: the person works their days off
            new = _off_days(max(first, start.date()), last, typed, day_start, day_minutes)
    pieces = sorted(kept + new, key=lambda p: p.start)
    if edited_total(pieces) <= 0:
        raise InputError(
            "that leaves no work: to take the person off the task, use Remove from task"
        )
    end = max(k for k, p in enumerate(pieces) if p.minutes > 0)
    return tuple(pieces[: end + 1])


def _even(
    worktime: WorkTime, start: datetime, first: date, last: date, typed: float
) -> list[WorkPiece]:
    """``typed`` minutes spread over the person's working time in the days ``first``..
    ``last`` from ``start`` on, one piece a day (none: they have no working time there)."""
    index = worktime.index
    spans: list[tuple[int, int]] = []
    day = max(first, start.date())
    while day <= last:
        a = index(max(_midnight(day), to_minutes(start)))
        b = index(_midnight(day + timedelta(days=1)))
        if b > a:
            spans.append((a, b))
        day += timedelta(days=1)
    total = sum(b - a for a, b in spans)
    if total <= 0:
        return []
    return [
        WorkPiece(
            from_minutes(worktime.at_start(a)),
            from_minutes(worktime.at_end(b)),
            typed * (b - a) / total,
        )
        for a, b in spans
    ]


def _off_days(
    first: date, last: date, typed: float, day_start: time, day_minutes: int
) -> list[WorkPiece]:
    """``typed`` minutes spread evenly over the days ``first``..``last``, none of them
    working time of the person: a piece a day, from ``day_start`` for ``day_minutes``."""
    n = (last - first).days + 1
    if n <= 0:
        raise InputError("the period has no day of the task's to hold work")
    length = timedelta(minutes=max(1, day_minutes))
    out: list[WorkPiece] = []
    for k in range(n):
        s = datetime.combine(first + timedelta(days=k), day_start)
        out.append(
            WorkPiece(s, min(s + length, datetime.combine(s.date(), time()) + _DAY), typed / n)
        )
    return out


_DAY = timedelta(days=1)
