"""Actual work typed day by day: MS Project's timephased Actual Work, as a timesheet user
types it into Task Usage or Resource Usage (Details > Actual Work).

An assignment may keep the hours done as dated :class:`~app.domain.edited_work.WorkPiece`
values (``Assignment.actual_days``: a day's working start, its working finish, the work
done in it), in order. They stay on the days typed, whatever the schedule does: work done
last Thursday was done last Thursday. While they add up to the assignment's
``actual_work_minutes`` they are its actual work (:func:`kept_actuals`); an edit that sets
the total another way (the sheet's Act. Work, Assignment Information, % complete,
``gantry progress --actual-work`` without ``--on``) leaves them out of step, and the total
is laid over the schedule as before, as MS Project spreads a total typed there anew.

:func:`with_actuals` lays such an assignment: the days typed first, then the work left laid
as the schedule lays it, moved to start no earlier than the end of the last day done, so
Usage, workload, cost (at the rate in force each day), earned value and the actual rows,
which all read the first of an assignment's work as done, follow the typed days.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from app.domain.contours import Piece
from app.domain.edited_work import EditedWork, WorkPiece, edited_total, laid_pieces
from app.domain.errors import InputError
from app.domain.resource import Assignment
from app.domain.split_shift import gapped_tail
from app.domain.worktime import WorkTime, from_minutes, to_minutes

DAY_MINUTES = 24 * 60  # no one works more than a day's 24 hours in one day


def kept_actuals(a: Assignment) -> EditedWork:
    """The assignment's actual work kept day by day, when it still is its actual work (the
    pieces add up to ``actual_work_minutes``); () otherwise (a total typed since)."""
    days = a.actual_days
    if not days or abs(edited_total(days) - float(a.actual_work_minutes)) > 0.5:
        return ()
    return days


def with_actuals(
    days: Sequence[WorkPiece],
    laid: Sequence[Piece],
    worktime: WorkTime,
    work: float,
    parts: Sequence[tuple[datetime, datetime]] = (),
) -> list[Piece]:
    """An assignment's pieces with its actual work kept as ``days``: those days, then the
    work left (``work`` less theirs) as ``laid`` (the schedule's laying of all its work)
    lays what follows its first part of that much, starting no earlier than the last day's
    end (on the person's ``worktime``). ``parts``: a split task's working parts; the work
    left moved later stays out of their pauses (a day typed in a pause leaves the work left
    where it resumes after it)."""
    done = edited_total(days)
    out: list[Piece] = [_piece(p, worktime) for p in days if p.minutes > 0]
    rest = work - done
    if rest <= 0.5 or not laid:
        return out
    tail = _after(laid, done, worktime)
    if not tail:
        return out
    last = max(p.finish for p in days if p.minutes > 0) if out else tail[0].start
    if len(parts) > 1 and last > tail[0].start:
        return out + gapped_tail(tail, worktime, last, rest, parts)
    start = max(tail[0].start, last)
    return out + laid_pieces(tail, worktime, start, rest)


def _piece(p: WorkPiece, worktime: WorkTime) -> Piece:
    span = float(worktime.index(to_minutes(p.finish)) - worktime.index(to_minutes(p.start)))
    if span <= 0:  # done in the person's non-working time: books its clock window
        span = max(1.0, (p.finish - p.start).total_seconds() / 60.0)
    return (p.start, p.finish, p.minutes, p.minutes / span)


def _after(laid: Sequence[Piece], done: float, worktime: WorkTime) -> list[WorkPiece]:
    """What ``laid`` holds after its first ``done`` minutes of work, as pieces."""
    out: list[WorkPiece] = []
    seen = 0.0
    index = worktime.index
    for s, f, w, _units in laid:
        if w <= 0:
            continue
        if seen + w <= done:
            seen += w
            continue
        if seen >= done:
            out.append(WorkPiece(s, f, w))
        else:
            lo, hi = index(to_minutes(s)), index(to_minutes(f))
            cut = lo + round((hi - lo) * (done - seen) / w)
            at = from_minutes(worktime.at_start(cut)) if hi > lo else s
            out.append(WorkPiece(max(at, s), f, seen + w - done))
        seen += w
    return out


def check_day_hours(days: Sequence[WorkPiece], others: Sequence[WorkPiece], who: str) -> None:
    """InputError naming the first day on which ``days`` and the person's ``others`` (their
    actual work on other tasks) add up to more than 24 hours."""
    totals: dict[datetime, float] = {}
    for p in (*days, *others):
        key = datetime.combine(p.start.date(), datetime.min.time())
        totals[key] = totals.get(key, 0.0) + p.minutes
    for day, minutes in sorted(totals.items()):
        if minutes > DAY_MINUTES + 0.5:
            raise InputError(
                f"{who}, {day:%a %Y-%m-%d}: {minutes / 60:g}h of actual work in one day; "
                "a day has 24 hours"
            )


def one_day_pieces(pieces: Sequence[WorkPiece]) -> bool:
    """Whether each piece lies within one day (as kept day by day)."""
    return all(p.finish - p.start <= timedelta(days=1) for p in pieces)


def actual_days_not_kept(plan_assignments: Sequence[Assignment], ext: str, where: str = "") -> str:
    """The note for a format keeping each person's actual work as a total only (.gan, .csv,
    a workbook without its _gantry sheet): whose hours typed day by day are laid over the
    schedule again when read back; "" when nobody's are kept day by day."""
    n = sum(1 for a in plan_assignments if kept_actuals(a))
    if not n:
        return ""
    whose = "1 person's task" if n == 1 else f"{n} people's tasks"
    return (
        f"{where or ext} keeps actual work as a total: the hours typed day by day on {whose} "
        "are laid over the schedule again when read back"
    )


def done_through(assignments: Sequence[Assignment], status_date: datetime) -> set[int]:
    """The tasks whose work done is all kept day by day and done by ``status_date``: each of
    their people with actual work keeps it on days ending by then (earned value's ACWP and
    BCWP then count all of it, rather than laying it from the actual start)."""
    typed: set[int] = set()
    other: set[int] = set()
    for a in assignments:
        if not a.actual_work_minutes:
            continue
        days = kept_actuals(a)
        if days and max(p.finish for p in days) <= status_date:
            typed.add(a.task_uid)
        else:
            other.add(a.task_uid)
    return typed - other


def last_day_done(assignments: Sequence[Assignment]) -> datetime | None:
    """The end of the last day a task's people did work on, when all its work done is kept
    day by day (each with actual work keeps days); None otherwise (or none done)."""
    last: datetime | None = None
    for a in assignments:
        if not a.actual_work_minutes:
            continue
        days = kept_actuals(a)
        if not days:
            return None
        end = max(p.finish for p in days)
        last = end if last is None or end > last else last
    return last
