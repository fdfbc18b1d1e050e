"""Pricing one assignment: the rates in force, the share of work done before a moment,
accrual, and an assignment's work, cost, actual work and actual cost.

The model follows MS Project: a work resource costs its work (hours) times the
standard rate in force (rate table by effective date) plus overtime work times
the overtime rate plus its cost per use; its actual cost prices the work
already done the same way (finished overtime at the overtime rate). Where a
rate table changes within a task, each rate pays the work booked while it is
in force: a person's work as their own span and contour book it (more of a Back
Loaded person's work falls after a rise, none of the work of someone whose own
work ends early falls after it ends), as MS Project prices it; a
material costs units x rate plus cost per use; a cost resource costs what the assignment says.
:func:`app.domain.costs.compute_costs` prices a whole plan with these and rolls it up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from app.domain.contours import Piece, WorkContour, fills_task
from app.domain.delay_done import done_share
from app.domain.finished import is_finished
from app.domain.plan import Plan
from app.domain.resource import Assignment, RateEntry, Resource, ResourceType
from app.domain.schedule import Schedule, TaskTimes
from app.domain.splits import TaskClocks, may_be_split
from app.domain.started import has_started
from app.domain.task import CostAccrual, Task

# Imported where they are used: a plan with no people (gantry schedule of a plain file)
# is costed without them, and the command line then never compiles their modules.
if TYPE_CHECKING:
    from app.domain.workload import DayCalendar

# fraction_of_work_before(task_uid, moment) -> 0..1: how much of a task's work is done before a moment
WorkFraction = Callable[[int, datetime], float]


@dataclass(frozen=True, slots=True)
class AssignmentCost:
    """Work and money of one assignment."""

    uid: int
    task_uid: int
    resource_uid: int
    work_minutes: int
    cost: float
    actual_work_minutes: int
    actual_cost: float


def rate_at(resource: Resource, moment: datetime | None, table: int = 0) -> RateEntry:
    """The rates of a resource in force at a moment (table A..E = 0..4)."""
    if not resource.rate_tables:
        return RateEntry(
            None, resource.standard_rate, resource.overtime_rate, resource.cost_per_use
        )
    entries = resource.rate_tables[table] if table < len(resource.rate_tables) else ()
    if not entries:
        return RateEntry(
            None, resource.standard_rate, resource.overtime_rate, resource.cost_per_use
        )
    current = entries[0]
    for entry in sorted(entries, key=lambda e: e.start or datetime.min):
        if entry.start is None or moment is None or entry.start <= moment:
            current = entry
        else:
            break
    return current


def _rate_periods(
    resource: Resource, table: int, start: datetime, finish: datetime
) -> list[tuple[datetime | None, RateEntry]]:
    """Rate entries that apply within [start, finish), each with the moment it takes over."""
    entries = resource.rate_tables[table] if table < len(resource.rate_tables) else ()
    out: list[tuple[datetime | None, RateEntry]] = [(None, rate_at(resource, start, table))]
    for entry in sorted(entries, key=lambda e: e.start or datetime.min):
        if entry.start is not None and start < entry.start < finish:
            out.append((entry.start, entry))
    return out


def assignment_work_minutes(assignment: Assignment, duration_minutes: int) -> int:
    """Planned work of an assignment: its stored work, else duration x units."""
    if assignment.work_minutes:
        return assignment.work_minutes
    return round(duration_minutes * assignment.units)


class RateFractions:
    """Share of an assignment's work booked before a moment, for pricing across rate changes.

    Called as ``f(task_uid, moment)`` it is :func:`~app.domain.workload.work_fraction`
    (the task's working time); :meth:`of` follows an assignment's own span and
    contour where it has one (contoured, or ending before its task): the work of
    each of its pieces (:func:`~app.domain.workload.own_pieces`, what Usage and
    over-allocation lay), and is the task's share for an assignment filling its task.
    """

    def __init__(self, plan: Plan, schedule: Schedule) -> None:
        from app.domain.workload import work_fraction

        self._plan, self._schedule = plan, schedule
        self._task = work_fraction(plan, schedule)
        self._pieces: dict[int, tuple[list[Piece], DayCalendar, float] | None] = {}
        self._cals: dict[int | None, DayCalendar] = {}
        self._clocks: TaskClocks | None = None
        self._entered: frozenset[int] | None = None  # tasks with actual work entered

    def __call__(self, task_uid: int, moment: datetime) -> float:
        return self._task(task_uid, moment)

    def of(self, assignment: Assignment, moment: datetime) -> float:
        """Share (0..1) of ``assignment``'s work booked before ``moment``."""
        laid = self._laid(assignment)
        if laid is None:
            return self._task(assignment.task_uid, moment)
        pieces, cal, work = laid
        done = 0.0
        for s, f, piece, _ in pieces:
            if moment >= f:
                done += piece
            elif moment > s:
                whole = cal.between(s, f)
                done += piece * (cal.between(s, moment) / whole if whole > 0 else 1.0)
        return done / work

    def _laid(self, a: Assignment) -> tuple[list[Piece], DayCalendar, float] | None:
        """The assignment's own pieces, its person's calendar and its work; None when it
        fills its task evenly (the task's share is then its share)."""
        if a.uid not in self._pieces:
            self._pieces[a.uid] = self._lay(a)
        return self._pieces[a.uid]

    def _lay(self, a: Assignment) -> tuple[list[Piece], DayCalendar, float] | None:
        from app.domain.elapsed_laying import laid_on_clock
        from app.domain.workload import DayCalendar, _resource_calendar, entered_tasks, own_pieces

        plan = self._plan
        times = self._schedule.get(a.task_uid)
        if times is None or times.finish <= times.start:
            return None
        work = float(assignment_work_minutes(a, times.duration_minutes))
        contour = a.contour
        shaped = contour is not WorkContour.FLAT and contour.shaped
        regular = work - min(a.overtime_work_minutes, work)  # its span's (overtime rides in it)
        delayed = a.laid_delay > 0  # its own later span (app.domain.assignment_delay)
        if (
            not shaped
            and not delayed
            and fills_task(regular, a.units, contour, times.duration_minutes)
        ):
            return None
        res = plan.resource(a.resource_uid)
        if res.type is not ResourceType.WORK:
            return None  # only people's work is priced by the hour
        parts: tuple[tuple[datetime, datetime], ...] = ((times.start, times.finish),)
        task = plan.task(a.task_uid)
        if may_be_split(task):  # split, or its work left waiting for its links
            self._clocks = self._clocks or TaskClocks(plan)
            parts = self._clocks.parts(task, times) or parts
        cal = _resource_calendar(plan, res, self._cals)
        if self._entered is None:
            self._entered = entered_tasks(plan)
        pieces = own_pieces(plan, a, work, parts, times, cal, self._entered)
        total = sum(p[2] for p in pieces)
        if total <= 0:
            return None
        if laid_on_clock(plan, a):  # its pieces run around the clock: shares of clock time
            return pieces, DayCalendar.clock(), total
        return pieces, cal, total


def _work_cost(
    resource: Resource,
    assignment: Assignment,
    hours: tuple[float, float],
    task_uid: int,
    span: tuple[datetime, datetime] | None,
    fraction: WorkFraction | None,
    done: float = 1.0,
) -> float:
    """Regular x standard rate + overtime x overtime rate, split where the rate table changes.

    ``hours`` is (regular, overtime) minutes. They are spread like the task's
    work over its first ``done`` share (1.0 = all of it; actual work covers
    the share already done), so each part pays the rates in force then.
    """
    regular, overtime = hours
    if not resource.rate_tables:  # one rate for all time: the common case, kept fast
        return (regular * resource.standard_rate + overtime * resource.overtime_rate) / 60.0
    if span is None:
        rate = rate_at(resource, None, assignment.rate_table)
        return (regular * rate.standard_rate + overtime * rate.overtime_rate) / 60.0
    periods = _rate_periods(resource, assignment.rate_table, span[0], span[1])
    total = 0.0
    if fraction is None or done <= 0:  # no way to spread the work: the start's rate covers it
        periods = periods[:1]
    before: Callable[[datetime], float] | None = None
    if isinstance(fraction, RateFractions):  # a contoured person's work as their contour books it
        rated = fraction

        def before(moment: datetime) -> float:
            return rated.of(assignment, moment)

    elif fraction is not None:
        per_task = fraction

        def before(moment: datetime) -> float:
            return per_task(task_uid, moment)

    for k, (since, entry) in enumerate(periods):
        nxt = periods[k + 1][0] if k + 1 < len(periods) else None
        lo = 0.0 if since is None or before is None else before(since)
        hi = 1.0 if nxt is None or before is None else before(nxt)
        share = 1.0 if len(periods) == 1 else (min(hi, done) - min(lo, done)) / done
        if share > 0:
            total += share * (regular * entry.standard_rate + overtime * entry.overtime_rate) / 60.0
    return total


def fixed_cost_actual(task: Task) -> float:
    """The part of a task's fixed cost already incurred (by its accrual and % complete)."""
    if not task.fixed_cost:
        return 0.0
    pct = task.percent_complete
    if task.fixed_cost_accrual is CostAccrual.START:
        return task.fixed_cost if has_started(task) else 0.0
    if task.fixed_cost_accrual is CostAccrual.END:
        return task.fixed_cost if is_finished(task) else 0.0
    return task.fixed_cost * pct / 100.0


def priced_task(task: Task, times: TaskTimes | None) -> Task:
    """The task as pricing reads it: a summary with its % complete rolled up from its
    subtasks (``times``: its scheduled times), the figure the sheet shows, never typed
    on a summary (its stored % is whatever a file said, or 0)."""
    if times is None or not times.summary or times.percent_complete == task.percent_complete:
        return task
    return replace(task, percent_complete=times.percent_complete)


def cost_of_assignment(
    plan: Plan,
    schedule: Schedule,
    assignment: Assignment,
    resource: Resource,
    fraction: WorkFraction | None = None,
    entered: bool | None = None,
) -> AssignmentCost:
    """Work, cost, actual work and actual cost of one assignment (``entered``: see
    :func:`price_assignment`; None: read from the task's assignments)."""
    if entered is None:
        entered = any(b.actual_work_minutes for b in plan.assignments_of_task(assignment.task_uid))
    times = schedule.get(assignment.task_uid)
    task = priced_task(plan.task(assignment.task_uid), times)
    if times is not None and times.summary:  # a summary's people: their work follows it
        from app.domain.assignment_work import planned_work

        assignment = replace(assignment, work_minutes=round(planned_work(plan, assignment, times)))
    duration = times.duration_minutes if times is not None else task.duration_minutes
    span = (times.start, times.finish) if times is not None else None
    per_day = plan.project.minutes_per_day
    return price_assignment(task, assignment, resource, duration, span, fraction, entered, per_day)


def price_assignment(
    task: Task,
    assignment: Assignment,
    resource: Resource,
    duration: int,
    span: tuple[datetime, datetime] | None,
    fraction: WorkFraction | None = None,
    entered: bool = False,
    minutes_per_day: int = 480,
) -> AssignmentCost:
    """:func:`cost_of_assignment` from the task's scheduled duration and span (None: unscheduled).

    ``entered``: some person on the task has actual work of their own entered, so this
    one's 0 is none done (not their share of the task's % complete); a delayed one's
    share is of their own span (:mod:`app.domain.delay_done`: ``minutes_per_day`` counts
    an elapsed Delay).

    A resource without a rate table never reads ``span``: the duration is enough.
    """
    start = span[0] if span is not None else task.start
    pct = task.percent_complete / 100.0
    started = has_started(task)
    per_use = rate_at(resource, start, assignment.rate_table).cost_per_use
    if resource.type is ResourceType.COST:
        cost = assignment.cost
        actual = accrued(resource.accrue_at, cost * pct, cost, pct, started)
        return AssignmentCost(assignment.uid, task.uid, resource.uid, 0, cost, 0, actual)
    if resource.type is ResourceType.MATERIAL:
        # The quantity is consumed evenly over the task, each part at the rate in force
        # then (MS Project's timephased cost): priced as hours of work at a rate per hour.
        units = assignment.units
        whole = units * resource.standard_rate
        used = pct
        if assignment.laid_delay:  # used from its delayed start on
            used = done_share(
                assignment, 0, duration, task.percent_complete, minutes_per_day, False
            )
        done = whole * used
        if resource.rate_tables:
            quantity = (units * 60.0, 0.0)
            whole = _work_cost(resource, assignment, quantity, task.uid, span, fraction)
            done = 0.0
            if used:
                quantity = (units * used * 60.0, 0.0)
                done = _work_cost(resource, assignment, quantity, task.uid, span, fraction, used)
        cost = whole + per_use
        actual = accrued(resource.accrue_at, done, whole, pct, started)
        actual += per_use if started else 0.0
        return AssignmentCost(assignment.uid, task.uid, resource.uid, 0, cost, 0, actual)
    work = assignment_work_minutes(assignment, duration)
    per_use *= assignment.units  # MS Project charges a use per unit: 50 % pays half, 200 % twice
    # MS Project: Overtime Work = Actual Overtime + Remaining Overtime, never less than the
    # overtime done (a file's ActualOvertimeWork above its OvertimeWork): Cost >= Actual Cost
    overtime = max(
        assignment.overtime_work_minutes, min(assignment.actual_overtime_work_minutes, work)
    )
    planned = (work - overtime, overtime)
    cost = _work_cost(resource, assignment, planned, task.uid, span, fraction) + per_use
    # Work done by % complete is priced on its exact share (MS Project keeps tenths of a
    # minute): rounded to whole minutes first, AC drifted cents from EV (38 % of 4 days).
    exact = assignment.actual_work_minutes or (0 if entered else work * pct)
    if not assignment.actual_work_minutes and exact and 0 < task.percent_complete < 100:
        share = done_share(assignment, work, duration, task.percent_complete, minutes_per_day)
        exact = work * share
    actual_work = round(exact)
    # Finished overtime is part of the actual work and costs the overtime rate (MS Project:
    # actual overtime cost = overtime rate x actual overtime work).
    actual_overtime = actual_overtime_minutes(assignment, exact, work)
    done = min(1.0, exact / work) if work else 1.0
    actual = 0.0
    if exact:
        finished = (exact - actual_overtime, actual_overtime)
        actual = _work_cost(resource, assignment, finished, task.uid, span, fraction, done)
    actual = accrued(resource.accrue_at, actual, cost - per_use, pct, started)
    if started or actual_work:
        actual += per_use
    return AssignmentCost(assignment.uid, task.uid, resource.uid, work, cost, actual_work, actual)


def actual_overtime_minutes(assignment: Assignment, done: float, work: float) -> float:
    """A person's Actual Overtime Work (minutes) when ``done`` of their ``work`` is done.

    The stored figure when a file or an entry gave one; else, as MS Project spreads it
    when % complete or Actual Work is typed, their overtime in proportion to the work done
    (Overtime Work x % work complete): a finished task's overtime is all done, at the
    overtime rate. Never more than ``done``.
    """
    stored = assignment.actual_overtime_work_minutes
    if stored:
        return min(float(stored), done)
    overtime = assignment.overtime_work_minutes
    if not overtime or done <= 0 or work <= 0:
        return 0.0
    return min(overtime * min(1.0, done / work), done)


def accrued(accrual: CostAccrual, done: float, whole: float, pct: float, started: bool) -> float:
    """A person's actual cost by their Accrue At (MS Project's): ``done`` (the work done,
    priced) when prorated, ``whole`` once the task has started (Start) or only once it is
    finished (End). ``pct``: the task's % complete as a share (1.0 = finished)."""
    if accrual is CostAccrual.START:
        return whole if started else 0.0
    if accrual is CostAccrual.END:
        return whole if pct >= 1.0 else 0.0
    return done
