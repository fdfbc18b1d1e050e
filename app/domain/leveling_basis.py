"""Who needs leveling on MS Project's "Look for overallocations on a … basis".

A person booked beyond their max units at some moment is over-allocated
(:func:`~app.domain.overallocation.overallocated_resources`, Minute by Minute). On a
coarser basis they need leveling only when, in some hour, day, week (Monday to Sunday) or
month, the work they are booked for is more than their max units times the working time
of their calendar in it: two 4 h tasks at once on an 8 h day are 8 h of work in the day
(not leveled Day by Day), one 10 h day is leveled. Work booked in the person's
non-working time counts whole against none.

The people over on a coarser basis are always among those over at some moment (within
their working time, units within max units cannot add up to more than max units times it),
so only those are judged again, in periods.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import datetime, timedelta

from app.domain.engine_spans import span_reader
from app.domain.leveling_options import LevelingBasis
from app.domain.overallocation import booked_spans, overallocated_resources
from app.domain.overallocation_sweep import Booked, OffTime, person_overallocations
from app.domain.plan import Plan
from app.domain.resource import Resource
from app.domain.schedule import Schedule
from app.domain.workload import (
    DayCalendar,
    entered_tasks,
    inactive_tasks,
    max_units_on,
    split_parts,
)

_SLACK = 0.5  # minutes of work over capacity that are rounding, not an over-allocation


def period_start(moment: datetime, basis: LevelingBasis) -> datetime:
    """The first moment of the hour, day, week (Monday) or month ``moment`` lies in."""
    if basis is LevelingBasis.HOUR:
        return moment.replace(minute=0, second=0, microsecond=0)
    day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    if basis is LevelingBasis.WEEK:
        return day - timedelta(days=day.weekday())
    if basis is LevelingBasis.MONTH:
        return day.replace(day=1)
    return day


_STEPS = {
    LevelingBasis.MINUTE: timedelta(minutes=1),
    LevelingBasis.HOUR: timedelta(hours=1),
    LevelingBasis.DAY: timedelta(days=1),
    LevelingBasis.WEEK: timedelta(days=7),
}


def period_end(start: datetime, basis: LevelingBasis) -> datetime:
    """The first moment after the period that begins at ``start``."""
    step = _STEPS.get(basis)
    if step is not None:
        return start + step
    return (start.replace(day=28) + timedelta(days=4)).replace(day=1)  # a month


def people_to_level(
    plan: Plan,
    schedule: Schedule,
    basis: LevelingBasis,
    only: Iterable[int] | None = None,
    keep: Collection[int] = (),
) -> set[int]:
    """The people (of ``only``, default all) over-allocated on ``basis`` in ``schedule``.

    ``keep``: people judged over whatever this plan books (other plans' bookings count
    for them: leveling must see them)."""
    wanted = None if only is None else set(only)
    over = overallocated_resources(plan, schedule, only=wanted)
    if basis is LevelingBasis.MINUTE:
        return over
    found = periods_over(plan, schedule, basis, over)
    kept = {u for u in keep if wanted is None or u in wanted}
    return found | kept


def periods_over(
    plan: Plan, schedule: Schedule, basis: LevelingBasis, people: Collection[int]
) -> set[int]:
    """Those of ``people`` whose work in some period of ``basis`` is more than they have
    time for in it (their max units in force at its start times their working minutes)."""
    if not people:
        return set()
    off = inactive_tasks(plan)
    mine = [a for a in plan.assignments if a.resource_uid in people and a.task_uid not in off]
    parts = split_parts(plan, schedule, {a.task_uid for a in mine})
    cals: dict[int | None, DayCalendar] = {}
    entered = entered_tasks(plan)
    span = span_reader(plan, schedule)
    raw: dict[int, list[Booked]] = {}
    for a in mine:
        got = booked_spans(plan, a, span(a.task_uid), parts, cals, entered)
        if got:
            raw.setdefault(a.resource_uid, []).extend(got)
    out: set[int] = set()
    for res in plan.resources:
        mine_spans = raw.get(res.uid)
        if not mine_spans:
            continue
        # Only a period holding a moment over max units (or work in time off) can hold more
        # work than its hours: those periods alone are summed (Hour by Hour on a 1k plan
        # took 1.2 s summing every hour of every task).
        suspect = {
            begin
            for o in person_overallocations(res, mine_spans)
            for begin in _periods(o.start, o.finish, basis)
        }
        # in non-working time (OffTime): its clock minutes are work, none of them hours
        spans = [(b[0], b[1], b[2], isinstance(b, OffTime)) for b in mine_spans]
        if suspect and _over(res, _calendar(plan, res, cals), spans, basis, suspect):
            out.add(res.uid)
    return out


def _periods(start: datetime, finish: datetime, basis: LevelingBasis) -> list[datetime]:
    """The starts of the periods from ``start`` to ``finish`` overlaps."""
    found: list[datetime] = []
    begin = period_start(start, basis)
    while begin < finish or not found:
        found.append(begin)
        begin = period_end(begin, basis)
    return found


def _calendar(plan: Plan, res: Resource, cals: dict[int | None, DayCalendar]) -> DayCalendar:
    """The person's working time (the project's when theirs is not in the plan)."""
    key = res.calendar_uid if res.calendar_uid in plan.calendars else None
    cal = cals.get(key)
    if cal is None:
        cal = cals[key] = DayCalendar(plan, key)
    return cal


def _over(
    res: Resource,
    cal: DayCalendar,
    spans: list[tuple[datetime, datetime, float, bool]],
    basis: LevelingBasis,
    suspect: set[datetime],
) -> bool:
    """Whether the work of ``spans`` is more than ``res`` has time for in one of the
    periods beginning at ``suspect``."""
    step = _STEPS.get(basis)
    work: dict[datetime, float] = {}
    hours: dict[datetime, int] = {}  # working minutes of each period (a span covering it)

    def whole(begin: datetime, end: datetime) -> int:
        got = hours.get(begin)
        if got is None:
            got = hours[begin] = cal.between(begin, end)
        return got

    for start, finish, units, clock in spans:
        if units <= 0 or finish <= start:
            continue
        begin = period_start(start, basis)
        while begin < finish:
            end = begin + step if step is not None else period_end(begin, basis)
            if begin in suspect:
                lo, hi = max(start, begin), min(finish, end)
                if clock:
                    minutes: float = (hi - lo).total_seconds() / 60
                elif lo == begin and hi == end:
                    minutes = whole(begin, end)
                else:
                    minutes = cal.between(lo, hi)
                work[begin] = work.get(begin, 0.0) + units * minutes
            begin = end
    for begin, booked in work.items():
        room = max_units_on(res, begin) * whole(begin, period_end(begin, basis))
        if booked > room + _SLACK:
            return True
    return False


def left_on_basis(
    plan: Plan, schedule: Schedule, basis: LevelingBasis, left: set[int], minute: str
) -> tuple[set[int], str]:
    """Of the people ``left`` over-allocated, those over on ``basis``, and a sentence naming
    the others ("" when none): booked beyond max units at some moment but not beyond what
    their hours hold in any period of the basis, so leveling leaves them, as MS Project's
    does. ``minute``: how the reader chooses Minute by Minute (the CLI's option, the
    dialog's words)."""
    if basis is LevelingBasis.MINUTE or not left:
        return left, ""
    over = people_to_level(plan, schedule, basis, left)
    within = left - over
    if not within:
        return over, ""
    names = ", ".join(sorted(r.name for r in plan.resources if r.uid in within))
    period = basis.value
    article = "an" if basis is LevelingBasis.HOUR else "a"
    return over, (
        f"Over-allocated within {article} {period} only (their hours hold the {period}'s "
        f"work; {minute} levels them): {names}."
    )


def basis_note(plan: Plan, schedule: Schedule, resource_uid: int) -> str:
    """For a person over-allocated at some moment, whether leveling on the plan's basis
    would move them, as MS Project's indicator says "should be leveled based on a Day by Day
    setting": "" on Minute by Minute or when it would, else the sentence saying it would
    not (their hours hold each period's work)."""
    basis = plan.project.leveling.basis
    if basis is LevelingBasis.MINUTE or periods_over(plan, schedule, basis, {resource_uid}):
        return ""
    period = basis.value
    article = "an" if basis is LevelingBasis.HOUR else "a"
    return (
        f"Within {article} {period} only: leveling {basis.label} leaves it (their hours "
        f"hold each {period}'s work)."
    )
