"""Who works how much when: work per person per day, capacity, over-allocations.

An assignment's work is spread evenly over the working time of its task (on
the resource's calendar), so a day holds the share of work that falls into its
working hours; a split task's pauses hold none of it (the person is free
then). An assignment with less work than its units fill the task with ends
early, and a contoured one (:mod:`app.domain.contours`) is laid as ten
pieces, each even, with the contour's share of the work left (work done stays
flat): both through :func:`own_pieces`, the pieces over-allocation and the
assignment's dates read too. Capacity is max units (or the availability period in force)
times the working minutes of the resource's calendar that day. A person is
over-allocated when, at some moment, the units of their overlapping
assignments exceed their max units (MS Project's definition).
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple

from app.domain.actual_days import kept_actuals, with_actuals
from app.domain.contours import (
    Piece,
    WorkContour,
    assignment_pieces,
    own_need,
    regular_share,
    working_spans,
)
from app.domain.day_calendar import DayCalendar as DayCalendar
from app.domain.day_calendar import _resource_calendar as _resource_calendar
from app.domain.delay_done import done_share
from app.domain.delay_laying import delayed_parts, delayed_start
from app.domain.edited_work import laid_pieces
from app.domain.elapsed_laying import (
    clock_piece_spreads,
    clock_spreads,
    elapsed_tasks,
    laid_on_clock,
)
from app.domain.off_hours import off_hours_work
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.schedule import Schedule
from app.domain.splits import TaskClocks, may_be_split, work_before
from app.domain.worktime import WorkTime

if TYPE_CHECKING:
    # numpy costs ~0.15 s to import; it is imported by the functions that build
    # arrays, so that costs and the command line never pay for it.
    import numpy as np
    import numpy.typing as npt

    from app.domain.engine_spans import TaskSpan  # a TaskTimes, or a span from the arrays

    FloatArray = npt.NDArray[np.float64]
    BoolArray = npt.NDArray[np.bool_]


def work_fraction(plan: Plan, schedule: Schedule) -> Callable[[int, datetime], float]:
    """``f(task_uid, moment)``: share (0..1) of a task's working time that lies before a moment.

    A split task's pauses, and the wait of a task under way for its links, are not working
    time: the share stays put through them. An elapsed task's share is of its clock time.
    """
    cals: dict[int | None, DayCalendar] = {}
    clocks = TaskClocks(plan)

    def fraction(task_uid: int, moment: datetime) -> float:
        times = schedule.get(task_uid)
        if times is None:
            return 0.0
        if moment <= times.start:
            return 0.0
        if moment >= times.finish:
            return 1.0
        task = plan.task(task_uid)
        if may_be_split(task):  # the pauses hold no work (a wait for its links too)
            parts = clocks.parts(task, times)
            if parts:
                wt = clocks.of(task)
                whole = work_before(parts, wt, times.finish)
                return work_before(parts, wt, moment) / whole if whole > 0 else 1.0
        if task.elapsed:  # its work runs around the clock (app.domain.elapsed_laying)
            return (moment - times.start) / (times.finish - times.start)
        key = task.calendar_uid
        cal = cals.get(key)
        if cal is None:
            cal = cals[key] = DayCalendar(plan, key)
        total = cal.between(times.start, times.finish)
        if total <= 0:
            span = (times.finish - times.start).total_seconds()
            return (moment - times.start).total_seconds() / span if span else 1.0
        return cal.between(times.start, moment) / total

    return fraction


def inactive_tasks(plan: Plan) -> frozenset[int]:
    """Uids of the tasks that book nobody: inactive ones and everything under an inactive summary.

    MS Project leaves them out of resource loading (work per day, over-allocation, leveling).
    """
    tasks = plan.tasks
    if all(map(_ACTIVE, tasks)):
        return frozenset()
    out: set[int] = set()
    off: int | None = None  # outline level of the inactive summary whose branch this is
    for t in tasks:
        if off is not None and t.outline_level > off:
            out.add(t.uid)
            continue
        off = None
        if not t.active:
            out.add(t.uid)
            off = t.outline_level
    return frozenset(out)


_ACTIVE = attrgetter("active")


def max_units_on(resource: Resource, day: date | datetime) -> float:
    """Max units in force on a day (noon) or at a moment; availability periods override ``max_units``."""
    if not resource.availability:
        return resource.max_units
    moment = day if isinstance(day, datetime) else datetime.combine(day, time(12))
    for av in resource.availability:
        if (av.start is None or av.start <= moment) and (av.finish is None or moment <= av.finish):
            return av.units
    return 0.0


@dataclass
class Workload:
    """Work and capacity per resource per day, in minutes, from ``first_day`` on.

    ``work[i]`` and ``capacity[i]`` belong to ``resource_uids[i]``.
    """

    first_day: date
    resource_uids: list[int]
    work: FloatArray
    capacity: FloatArray
    row_of: dict[int, int] = field(default_factory=dict)
    off: BoolArray | None = None  # days with work in the person's non-working time

    @property
    def days(self) -> list[date]:
        """The dates of the columns."""
        return [self.first_day + timedelta(days=k) for k in range(self.work.shape[1])]

    def over_days(self, resource_uid: int) -> list[date]:
        """Days on which a person has more work than capacity, or works in their non-working
        time (a night on a working day: the over-allocation sweep's OffHours)."""
        import numpy as np

        i = self.row_of[resource_uid]
        over = self.work[i] > self.capacity[i] + 0.5
        idx = np.nonzero(over if self.off is None else over | self.off[i])[0]
        return [self.first_day + timedelta(days=int(k)) for k in idx]

    def by_week(self) -> tuple[list[date], FloatArray, FloatArray]:
        """Mondays of the weeks with work and capacity summed per week."""
        return _group_weeks(self.first_day, self.work, self.capacity)


def _group_weeks(
    first_day: date, work: FloatArray, capacity: FloatArray
) -> tuple[list[date], FloatArray, FloatArray]:
    mondays, wp = weekly(first_day, work)
    return mondays, wp, weekly(first_day, capacity)[1]


def weekly(first_day: date, days: FloatArray) -> tuple[list[date], FloatArray]:
    """Sum day columns (last axis, from ``first_day``) into Monday-to-Sunday weeks."""
    import numpy as np

    offset = first_day.weekday()
    n = days.shape[-1]
    weeks = (n + offset + 6) // 7
    pad = weeks * 7 - n - offset
    widths = [(0, 0)] * (days.ndim - 1) + [(offset, pad)]
    folded: FloatArray = np.pad(days, widths).reshape(*days.shape[:-1], weeks, 7).sum(axis=-1)
    return list(_mondays(first_day - timedelta(days=offset), weeks)), folded


@lru_cache(maxsize=8)
def _mondays(monday: date, weeks: int) -> tuple[date, ...]:
    """The Mondays of ``weeks`` weeks (the chart sums each task's days into the same weeks)."""
    return tuple(monday + timedelta(weeks=k) for k in range(weeks))


class _Spread(NamedTuple):
    """One assignment's work laid on days: partial first/last day plus a flat rate between."""

    task_uid: int
    first: int  # day index of the start
    last: int  # day index of the finish
    head: float  # work on the first day
    tail: float  # work on the last day
    rate: float  # work per working minute on the days between
    off: bool = False  # laid on its first day, holding none of the person's working time


def _spreads(
    plan: Plan,
    schedule: Schedule,
    res: Resource,
    cal: DayCalendar,
    first_day: date,
    task_uids: Iterable[int] | None = None,
    assignments: list[Assignment] | None = None,
    split_parts: SplitParts | None = None,
    entered: Container[int] | None = None,
    clock: Container[int] | None = None,
) -> list[_Spread]:
    """How each work assignment of a resource is laid over days.

    ``assignments``: the person's, already without inactive tasks' (default: read from the plan).
    ``split_parts``: the working parts of the split tasks (:func:`split_parts`).
    ``entered``: the plan's :func:`entered_tasks` (None: looked up where needed).
    ``clock``: the plan's :func:`~app.domain.elapsed_laying.elapsed_tasks`, laid around the clock (None: each task asked).
    """
    wanted = None if task_uids is None else set(task_uids)
    out: list[_Spread] = []
    if assignments is None:
        off = inactive_tasks(plan)
        mine = [a for a in plan.assignments_of_resource(res.uid) if a.task_uid not in off]
    else:
        mine = assignments
    for a in mine:
        if wanted is not None and a.task_uid not in wanted:
            continue
        times = schedule.get(a.task_uid)
        if times is None:
            continue
        if times.summary:
            if res.type is not ResourceType.WORK:
                continue
            # A summary's own people work its span at their units (their working time there),
            # as MS Project books them (app.domain.assignment_work.planned_work).
            work = float(round(cal.span(times.start, times.finish)[2] * a.units))
            parts, shaped, uneven = None, False, False
        else:
            work = float(a.work_minutes or round(times.duration_minutes * a.units))
            parts = split_parts.get(a.task_uid) if split_parts else None
            shaped = a.contour is not WorkContour.FLAT and a.contour.shaped
            u = a.units
            # a flat assignment not spanning its task at its units (fills_task, inline: hot loop)
            uneven = bool(
                a.work_minutes
                and u > 0
                and abs((work - a.overtime_work_minutes) / u - times.duration_minutes) > 1 + 0.5 / u
                and res.type is ResourceType.WORK  # a material's units are a quantity
            ) or (a.laid_delay > 0)  # a delayed person's own span starts later
            uneven = uneven or bool(a.actual_days)  # actual work kept on its days
        if work <= 0:
            continue
        if shaped or uneven:
            span = parts or ((times.start, times.finish),)
            pieces = own_pieces(plan, a, work, span, times, cal, entered)
            if pieces and laid_on_clock(plan, a):
                out.extend(clock_piece_spreads(a.task_uid, pieces, cal, first_day))
                continue
            if pieces:
                out.extend(_piece_spreads(a.task_uid, pieces, cal, first_day))
                continue
        if parts:
            out.extend(_part_spreads(a.task_uid, parts, work, cal, first_day))
            continue
        s, f = times.start, times.finish
        on_clock = plan.task(a.task_uid).elapsed if clock is None else a.task_uid in clock
        if on_clock and f > s:  # around the clock, nights and weekends
            out.extend(clock_spreads(a.task_uid, s, f, work, cal, first_day))
            continue
        ds, df = (s.date() - first_day).days, (f.date() - first_day).days
        if ds == df or f <= s:
            # a night's work on a working day is over-allocation, as the sweep's OffHours, on a
            # task that may lie off its people's hours (booked_spans): an automatic one runs when
            # one of them works, the others are not over-allocated by it
            night = f > s and a.units > 0 and cal.between(s, f) <= 0
            night = night and (shaped or uneven or off_hours_work(plan.task(a.task_uid)))
            out.append(_Spread(a.task_uid, ds, ds, work, 0.0, 0.0, night))
            continue
        head_min, tail_min, total = cal.span(s, f)
        if total <= 0:
            day_off = a.units > 0 and (shaped or uneven or off_hours_work(plan.task(a.task_uid)))
            out.append(_Spread(a.task_uid, ds, ds, work, 0.0, 0.0, day_off))
            continue
        rate = work / total
        out.append(_Spread(a.task_uid, ds, df, head_min * rate, tail_min * rate, rate))
    return out


SplitParts = dict[int, tuple[tuple[datetime, datetime], ...]]


def entered_tasks(plan: Plan) -> frozenset[int]:
    """The tasks someone on which has actual work entered (:func:`done_work` reads the others'
    0 there as none done), as the cost report finds them (app.domain.costs): one pass over
    the plan's assignments, made once by a caller that lays many of them and handed on."""
    return frozenset(a.task_uid for a in plan.assignments if a.actual_work_minutes)


def done_work(
    plan: Plan, a: Assignment, work: float, entered: Container[int] | None = None
) -> float:
    """An assignment's actual work: as entered, else its task's % complete of ``work``;
    none when someone else on the task has actual work entered (their 0 is none done),
    as the cost report reads it (app.domain.costs). ``entered``: the plan's
    :func:`entered_tasks` (None: found here, a pass over all the plan's assignments)."""
    if a.actual_work_minutes:
        return float(a.actual_work_minutes)
    pct = plan.task(a.task_uid).percent_complete
    if pct <= 0:
        return 0.0
    if a.task_uid in (entered_tasks(plan) if entered is None else entered):
        return 0.0
    # their share of what their own span holds done (delay_done: a delayed person's, or
    # one whose span ends before the task's)
    task = plan.task(a.task_uid)
    per_day = plan.project.minutes_per_day
    return round(work * done_share(a, work, task.duration_minutes, pct, per_day))


def own_pieces(
    plan: Plan,
    a: Assignment,
    work: float,
    parts: Sequence[tuple[datetime, datetime]],
    times: TaskSpan,
    cal: DayCalendar,
    entered: Container[int] | None = None,
) -> list[Piece]:
    """One assignment's own span on its person's calendar (``cal``) as pieces
    (:func:`app.domain.contours.assignment_pieces`): what Usage, workload,
    over-allocation and the assignment's dates read; work typed period by period as kept
    (:mod:`app.domain.edited_work`); an elapsed task's on the clock's time
    (:func:`~app.domain.elapsed_laying.laid_on_clock`). ``entered``: the plan's
    :func:`entered_tasks`, for its work done (pass it when laying many: None looks it up);
    actual work kept day by day on its days, the rest after (:mod:`app.domain.actual_days`)."""
    if a.actual_days and (days := kept_actuals(a)):
        rest = own_pieces(plan, replace(a, actual_days=()), work, parts, times, cal, entered)
        return with_actuals(days, rest, cal.worktime, work, parts)
    if a.edited_work and a.contour is WorkContour.CONTOURED:  # typed period by period
        start = parts[0][0] if parts else times.start
        if a.laid_delay > 0:
            start = delayed_start(start, a.laid_delay, a.delay_elapsed, cal.worktime)
        return laid_pieces(a.edited_work, cal.worktime, start, work)
    shaped = a.contour is not WorkContour.FLAT and a.contour.shaped
    # an elapsed task's people work around the clock: its contour shapes clock time
    wt = WorkTime.continuous() if plan.task(a.task_uid).elapsed else cal.worktime
    duration = times.duration_minutes
    if plan.resource(a.resource_uid).type is not ResourceType.WORK:
        # a material's units are a quantity, not a rate: its contour shapes its task's span
        if a.laid_delay > 0:
            parts = delayed_parts(parts, wt, a.laid_delay, a.delay_elapsed, 0.0)
        return assignment_pieces(parts, wt, work, 0.0, a.contour, 0)
    done = done_work(plan, a, work, entered) if shaped else 0.0
    overtime = min(float(a.overtime_work_minutes), work)  # laid within the regular span
    if a.laid_delay > 0:  # MS Project's Delay: the person starts that much later
        need = own_need(work, a.units, a.contour, done) * regular_share(work, overtime)
        parts = delayed_parts(parts, wt, a.laid_delay, a.delay_elapsed, need)
        duration = working_spans(parts, wt)[1]  # what the delay leaves them of the task
    return assignment_pieces(parts, wt, work, a.units, a.contour, duration, done, overtime)


def split_parts(plan: Plan, schedule: Schedule, uids: Iterable[int] | None = None) -> SplitParts:
    """The working parts of each split task as scheduled (empty for a plan without splits);
    a task under way whose work left waits for its links is split there (TaskClocks.parts).
    ``uids``: look at these tasks only (None: every task of the plan)."""
    tasks = plan.tasks if uids is None else [plan.task(u) for u in uids if plan.has_task(u)]
    split = [t for t in tasks if may_be_split(t)]
    if not split:
        return {}
    clocks = TaskClocks(plan)
    out: SplitParts = {}
    for t in split:
        times = schedule.get(t.uid)
        parts = clocks.parts(t, times) if times is not None else ()
        if parts:
            out[t.uid] = parts
    return out


def _part_spreads(
    task_uid: int,
    parts: tuple[tuple[datetime, datetime], ...],
    work: float,
    cal: DayCalendar,
    first_day: date,
) -> list[_Spread]:
    """A split task's work laid over its working parts only, evenly over their working time."""
    spans = [(s, f, cal.span(s, f)) for s, f in parts if f > s]
    total = sum(minutes for _, _, (_, _, minutes) in spans)
    if total <= 0:  # no working time of the person in the parts: all on the first day
        ds = (parts[0][0].date() - first_day).days
        return [_Spread(task_uid, ds, ds, work, 0.0, 0.0)]
    rate = work / total
    out: list[_Spread] = []
    for s, f, (head, tail, minutes) in spans:
        if minutes <= 0:
            continue
        ds, df = (s.date() - first_day).days, (f.date() - first_day).days
        if ds == df:
            out.append(_Spread(task_uid, ds, ds, minutes * rate, 0.0, 0.0))
        else:
            out.append(_Spread(task_uid, ds, df, head * rate, tail * rate, rate))
    return out


def _piece_spreads(
    task_uid: int, pieces: list[Piece], cal: DayCalendar, first_day: date
) -> list[_Spread]:
    """A contoured assignment's pieces, each laid evenly over its own working time."""
    out: list[_Spread] = []
    for s, f, work, _share in pieces:
        ds, df = (s.date() - first_day).days, (f.date() - first_day).days
        head, tail, minutes = cal.span(s, f)
        if ds == df or minutes <= 0:
            out.append(_Spread(task_uid, ds, ds, work, 0.0, 0.0))
            continue
        rate = work / minutes
        out.append(_Spread(task_uid, ds, df, head * rate, tail * rate, rate))
    return out


def _day_minutes_row(cal: DayCalendar, first_day: date, n: int) -> FloatArray:
    """Working minutes of n days from ``first_day``: differences of the calendar's running
    totals (a call per day took 0.2-0.3 s over a 60-year plan's 21,000 days)."""
    import numpy as np

    wt = cal.worktime
    if n > 0:
        wt.working_intervals(first_day)  # the table then covers both ends
        wt.working_intervals(first_day + timedelta(days=n - 1))
        lo, cum, _days = wt._table  # running totals: work index at the start of each day
        k = first_day.toordinal() - lo
        if k >= 0 and k + n < len(cum):
            return np.diff(np.array(cum[k : k + n + 1], dtype=np.float64))
    return np.array(
        [cal.day_minutes(first_day + timedelta(days=k)) for k in range(n)], dtype=np.float64
    )


def _lay(spreads: list[_Spread], day_minutes: FloatArray) -> FloatArray:
    """Work per day of a set of spreads (vectorised over the days between first and last)."""
    import numpy as np

    n = day_minutes.shape[0]
    load = np.zeros(n + 1, dtype=np.float64)
    diff = np.zeros(n + 1, dtype=np.float64)
    for sp in spreads:
        load[sp.first] += sp.head
        if sp.last != sp.first:
            load[sp.last] += sp.tail
            if sp.last > sp.first + 1:
                diff[sp.first + 1] += sp.rate
                diff[sp.last] -= sp.rate
    return load[:n] + np.cumsum(diff)[:n] * day_minutes


def workload(
    plan: Plan,
    schedule: Schedule,
    resource_uids: Iterable[int] | None = None,
    first_day: date | None = None,
    last_day: date | None = None,
) -> Workload:
    """Work and capacity per day for work resources (all, or those given)."""
    import numpy as np

    first = first_day or schedule.start.date()
    last = last_day or schedule.finish.date()
    n = max(1, (last - first).days + 1)
    wanted = None if resource_uids is None else set(resource_uids)
    people = [
        r
        for r in plan.resources
        if r.type is ResourceType.WORK and (wanted is None or r.uid in wanted)
    ]
    cals: dict[int | None, DayCalendar] = {}
    rows: dict[int | None, FloatArray] = {}
    by_res: dict[int, list[Assignment]] = {r.uid: [] for r in people}
    off = inactive_tasks(plan)  # they book nobody
    for a in plan.assignments:
        got = by_res.get(a.resource_uid)
        if got is not None and a.task_uid not in off:
            got.append(a)
    work = np.zeros((len(people), n), dtype=np.float64)
    capacity = np.zeros((len(people), n), dtype=np.float64)
    off_days = np.zeros((len(people), n), dtype=np.bool_)
    parts = split_parts(plan, schedule)
    entered = entered_tasks(plan)
    clock = elapsed_tasks(plan)
    for i, res in enumerate(people):
        cal = _resource_calendar(plan, res, cals)
        key = res.calendar_uid if res.calendar_uid in plan.calendars else None
        day_minutes = rows.get(key)
        if day_minutes is None:
            day_minutes = rows[key] = _day_minutes_row(cal, first, n)
        mine = by_res[res.uid]
        spreads = _spreads(plan, schedule, res, cal, first, None, mine, parts, entered, clock)
        inside = [sp for sp in spreads if sp.first >= 0 and sp.last < n]
        work[i] = _lay(inside, day_minutes)
        for sp in spreads:
            if (sp.first < 0 or sp.last >= n) and sp.last >= 0 and sp.first < n:
                work[i] += _clip(sp, n, day_minutes)
            if sp.off and 0 <= sp.first < n:
                off_days[i, sp.first] = True
        if res.availability:
            units = np.array(
                [max_units_on(res, first + timedelta(days=k)) for k in range(n)], dtype=np.float64
            )
            capacity[i] = day_minutes * units
        else:
            capacity[i] = day_minutes * res.max_units
    row_of = {r.uid: i for i, r in enumerate(people)}
    return Workload(first, [r.uid for r in people], work, capacity, row_of, off_days)


def workload_by_task(
    plan: Plan, schedule: Schedule, resource_uid: int, first_day: date, n_days: int
) -> dict[int, FloatArray]:
    """One person's work per day split by task (for a stacked chart)."""
    import numpy as np

    res = plan.resource(resource_uid)
    cal = _resource_calendar(plan, res, {})
    day_minutes = _day_minutes_row(cal, first_day, n_days)
    out: dict[int, FloatArray] = {}
    parts = split_parts(plan, schedule)
    entered = entered_tasks(plan)
    clock = elapsed_tasks(plan)
    for sp in _spreads(
        plan, schedule, res, cal, first_day, split_parts=parts, entered=entered, clock=clock
    ):
        if sp.last < 0 or sp.first >= n_days:
            continue
        clipped = _clip(sp, n_days, day_minutes)
        out[sp.task_uid] = out.get(sp.task_uid, np.zeros(n_days)) + clipped
    return out


def _clip(sp: _Spread, n: int, day_minutes: FloatArray) -> FloatArray:
    """Lay one spread on a window of n days even when it starts before or ends after it."""
    import numpy as np

    row = np.zeros(n, dtype=np.float64)
    if 0 <= sp.first < n:
        row[sp.first] += sp.head
    if sp.last != sp.first and 0 <= sp.last < n:
        row[sp.last] += sp.tail
    lo, hi = max(sp.first + 1, 0), min(sp.last, n)
    if hi > lo:
        row[lo:hi] += sp.rate * day_minutes[lo:hi]
    return row
