"""What the plan costs: work x rate, cost per use, fixed costs, materials and cost items.

The model follows MS Project: a work resource costs its work (hours) times the
standard rate in force (rate table by effective date) plus overtime work times
the overtime rate plus its cost per use; its actual cost prices the work
already done the same way (finished overtime at the overtime rate). Where a
rate table changes within a task, each rate pays the work booked while it is
in force: a person's work as their own span and contour book it (more of a Back
Loaded person's work falls after a rise, none of the work of someone whose own
work ends early falls after it ends), as MS Project prices it; a
material costs units x rate plus cost per use; a cost resource costs what the assignment says. A task costs its
assignments plus its fixed cost; a summary adds up its children and its own
fixed cost; the project adds up the top level. A summary's own fixed cost and
people accrue by its % complete as the sheet shows it, rolled up from its
subtasks (:func:`priced_task`), as MS Project accrues them.
"""

from __future__ import annotations

from array import array
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from itertools import repeat
from operator import attrgetter
from typing import TYPE_CHECKING

from app.domain.contours import Piece, WorkContour, fills_task
from app.domain.plan import Plan
from app.domain.progress import Progress
from app.domain.progress import report as report_progress
from app.domain.resource import Assignment, RateEntry, Resource, ResourceType
from app.domain.schedule import Schedule, TaskTimes
from app.domain.scheduling.gc import paused_gc
from app.domain.splits import TaskClocks
from app.domain.task import CostAccrual, Task

# Imported where they are used: a plan with no people (gantry schedule of a plain file)
# is costed without them, and the command line then never compiles their modules.
if TYPE_CHECKING:
    from app.domain.task_spans import TaskSpans
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


@dataclass(slots=True)
class CostReport:
    """Costs and work per task (summaries rolled up), per resource and for the project.

    Money is in the project's currency (``currency``). Work counts work
    resources only, in minutes. ``overallocated`` holds resource uids.
    ``task_baseline_cost`` is baseline 0 (the budget); tasks missing from it
    have no baseline.
    """

    currency: str
    task_cost: dict[int, float] = field(default_factory=dict)
    task_work_minutes: dict[int, int] = field(default_factory=dict)
    task_actual_cost: dict[int, float] = field(default_factory=dict)
    task_actual_work_minutes: dict[int, int] = field(default_factory=dict)
    task_baseline_cost: dict[int, float] = field(default_factory=dict)
    resource_cost: dict[int, float] = field(default_factory=dict)
    resource_work_minutes: dict[int, int] = field(default_factory=dict)
    assignments: dict[int, AssignmentCost] = field(default_factory=dict)
    overallocated: set[int] = field(default_factory=set)
    total_cost: float = 0.0
    total_work_minutes: int = 0
    total_actual_cost: float = 0.0
    budget: float | None = None

    def remaining_cost(self, task_uid: int) -> float:
        """Cost still to be incurred on a task."""
        return self.task_cost.get(task_uid, 0.0) - self.task_actual_cost.get(task_uid, 0.0)

    def variance(self, task_uid: int) -> float | None:
        """Forecast minus budget (positive = over budget); None without a baseline."""
        base = self.task_baseline_cost.get(task_uid)
        return None if base is None else self.task_cost.get(task_uid, 0.0) - base


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
        from app.domain.workload import _resource_calendar, own_pieces

        plan = self._plan
        times = self._schedule.get(a.task_uid)
        if times is None or times.finish <= times.start:
            return None
        work = float(assignment_work_minutes(a, times.duration_minutes))
        contour = a.contour
        shaped = contour is not WorkContour.FLAT and contour.shaped
        if not shaped and fills_task(work, a.units, contour, times.duration_minutes):
            return None
        res = plan.resource(a.resource_uid)
        if res.type is not ResourceType.WORK:
            return None  # only people's work is priced by the hour
        parts: tuple[tuple[datetime, datetime], ...] = ((times.start, times.finish),)
        task = plan.task(a.task_uid)
        if task.splits:
            self._clocks = self._clocks or TaskClocks(plan)
            parts = self._clocks.parts(task, times) or parts
        cal = _resource_calendar(plan, res, self._cals)
        pieces = own_pieces(plan, a, work, parts, times, cal)
        total = sum(p[2] for p in pieces)
        if total <= 0:
            return None
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
        return task.fixed_cost if pct > 0 or task.actual_start is not None else 0.0
    if task.fixed_cost_accrual is CostAccrual.END:
        return task.fixed_cost if pct >= 100 else 0.0
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
) -> AssignmentCost:
    """Work, cost, actual work and actual cost of one assignment."""
    times = schedule.get(assignment.task_uid)
    task = priced_task(plan.task(assignment.task_uid), times)
    if times is not None and times.summary:  # a summary's people: their work follows it
        from app.domain.assignment_work import planned_work

        assignment = replace(assignment, work_minutes=round(planned_work(plan, assignment, times)))
    duration = times.duration_minutes if times is not None else task.duration_minutes
    span = (times.start, times.finish) if times is not None else None
    return price_assignment(task, assignment, resource, duration, span, fraction)


def price_assignment(
    task: Task,
    assignment: Assignment,
    resource: Resource,
    duration: int,
    span: tuple[datetime, datetime] | None,
    fraction: WorkFraction | None = None,
) -> AssignmentCost:
    """:func:`cost_of_assignment` from the task's scheduled duration and span (None: unscheduled).

    A resource without a rate table never reads ``span``: the duration is enough.
    """
    start = span[0] if span is not None else task.start
    pct = task.percent_complete / 100.0
    started = pct > 0 or task.actual_start is not None
    per_use = rate_at(resource, start, assignment.rate_table).cost_per_use
    if resource.type is ResourceType.COST:
        cost = assignment.cost
        actual = accrued(resource.accrue_at, cost * pct, cost, pct, started)
        return AssignmentCost(assignment.uid, task.uid, resource.uid, 0, cost, 0, actual)
    if resource.type is ResourceType.MATERIAL:
        units = assignment.units
        rate = rate_at(resource, start, assignment.rate_table)
        cost = units * rate.standard_rate + per_use
        whole = units * rate.standard_rate
        actual = accrued(resource.accrue_at, whole * pct, whole, pct, started)
        actual += per_use if started else 0.0
        return AssignmentCost(assignment.uid, task.uid, resource.uid, 0, cost, 0, actual)
    work = assignment_work_minutes(assignment, duration)
    per_use *= assignment.units  # MS Project charges a use per unit: 50 % pays half, 200 % twice
    overtime = assignment.overtime_work_minutes
    planned = (work - overtime, overtime)
    cost = _work_cost(resource, assignment, planned, task.uid, span, fraction) + per_use
    # Work done by % complete is priced on its exact share (MS Project keeps tenths of a
    # minute): rounded to whole minutes first, AC drifted cents from EV (38 % of 4 days).
    exact = assignment.actual_work_minutes or work * pct
    actual_work = round(exact)
    # Finished overtime is part of the actual work and costs the overtime rate (MS Project:
    # actual overtime cost = overtime rate x actual overtime work).
    actual_overtime = min(assignment.actual_overtime_work_minutes, exact)
    done = min(1.0, exact / work) if work else 1.0
    actual = 0.0
    if exact:
        finished = (exact - actual_overtime, actual_overtime)
        actual = _work_cost(resource, assignment, finished, task.uid, span, fraction, done)
    actual = accrued(resource.accrue_at, actual, cost - per_use, pct, started)
    if started or actual_work:
        actual += per_use
    return AssignmentCost(assignment.uid, task.uid, resource.uid, work, cost, actual_work, actual)


def accrued(accrual: CostAccrual, done: float, whole: float, pct: float, started: bool) -> float:
    """A person's actual cost by their Accrue At (MS Project's): ``done`` (the work done,
    priced) when prorated, ``whole`` once the task has started (Start) or only once it is
    finished (End). ``pct``: the task's % complete as a share (1.0 = finished)."""
    if accrual is CostAccrual.START:
        return whole if started else 0.0
    if accrual is CostAccrual.END:
        return whole if pct >= 1.0 else 0.0
    return done


def compute_costs(
    plan: Plan,
    schedule: Schedule,
    fraction: WorkFraction | None = None,
    progress: Progress | None = None,
) -> CostReport:
    """Cost and work of every task, resource and the project, with over-allocations.

    ``fraction`` spreads work over time where a rate changes within a task
    (see :func:`app.domain.workload.work_fraction`); by default the work is
    spread over the task's working time. ``progress`` hears how far the
    costing is (see :mod:`app.domain.progress`) and stops it with
    CancelledError when it says so.
    """
    with paused_gc():  # tens of thousands of values: no full collections while they are made
        return _compute_costs(plan, schedule, fraction, progress)


def _compute_costs(
    plan: Plan, schedule: Schedule, fraction: WorkFraction | None, progress: Progress | None
) -> CostReport:
    tasks = plan.tasks
    # Progress counts a unit per task read from the schedule, per assignment costed,
    # per task rolled up and per assignment checked for over-allocation.
    n_tasks, n_assignments = len(tasks), len(plan.assignments)
    total = 2 * (n_tasks + n_assignments)
    report_progress(progress, 0, total)
    nothing = _nothing_to_cost(plan)
    if nothing is not None:
        report_progress(progress, total, total)
        return nothing
    from app.domain.overallocation import overallocated_resources
    from app.domain.task_spans import task_spans

    spans = task_spans(schedule, (a.task_uid for a in plan.assignments))
    report_progress(progress, n_tasks, total)
    report = CostReport(currency=plan.project.currency)
    sums = _TaskSums(tasks)
    summaries = _summary_rows(tasks)
    for i in summaries:  # a summary's own fixed cost accrues by its rolled-up % complete
        if sums.cost[i]:
            sums.actual[i] = fixed_cost_actual(priced_task(tasks[i], schedule.get(tasks[i].uid)))
    costs = _cost_assignments(
        plan, schedule, spans, sums, report, fraction, progress, total, summaries
    )
    report.assignments = dict(zip(costs.uid, _assignment_costs(costs), strict=True))
    report_progress(progress, n_tasks + n_assignments, total)
    _roll_up(plan, sums, report)
    report_progress(progress, 2 * n_tasks + n_assignments, total)
    _add_budget(plan, report)
    report.overallocated.update(overallocated_resources(plan, schedule, spans))
    report_progress(progress, total, total)
    return report


_REPORT_EVERY = 4096  # assignments costed between two progress reports


def _nothing_to_cost(plan: Plan) -> CostReport | None:
    """The report of a plan with no people, no assignments and no fixed cost (every task's
    figures 0), made without pricing or rolling up anything; None for any other plan.

    ``gantry schedule --json`` of a plain 10k-task file spent ~0.1 G instructions
    rolling up zeros. The figures are those the full costing gives, to the type: a
    float 0.0 for each cost (an int 0 total when no active task is at the top level,
    left to the full costing), an int 0 for work.
    """
    tasks = plan.tasks
    if plan.assignments or plan.resources or not tasks or not tasks[0].active:
        return None
    fixed = list(map(_FIXED_COST, tasks))
    # every fixed cost a float +0.0 (an int 0 or a -0.0 would print otherwise)
    if set(map(type, fixed)) != {float} or array("d", fixed).tobytes() != bytes(8 * len(fixed)):
        return None
    report = CostReport(currency=plan.project.currency)
    uids = list(map(_UID, tasks))
    report.task_cost = dict.fromkeys(uids, 0.0)
    report.task_actual_cost = dict.fromkeys(uids, 0.0)
    report.task_work_minutes = dict.fromkeys(uids, 0)
    report.task_actual_work_minutes = dict.fromkeys(uids, 0)
    # the first row is at the top level and active: the totals are float sums
    report.total_cost = report.total_actual_cost = 0.0
    _add_budget(plan, report)
    return report


def _add_budget(plan: Plan, report: CostReport) -> None:
    """Each task's baseline cost (baseline 0) and the budget, the top level's sum."""
    base = plan.baselines.get(0)
    if base is not None:
        for e in base.entries:
            report.task_baseline_cost[e.task_uid] = e.cost
        tops = [t.uid for t in plan.tasks if t.outline_level == 1]
        report.budget = sum(report.task_baseline_cost.get(u, 0.0) for u in tops)


class _TaskSums:
    """Each task's own cost, actual cost, work and actual work, by row (assignments added in)."""

    def __init__(self, tasks: list[Task]) -> None:
        self.uids: list[int] = list(map(_UID, tasks))
        self.row = dict(zip(self.uids, range(len(tasks)), strict=True))
        self.cost: list[float] = list(map(_FIXED_COST, tasks))
        # fixed_cost_actual is 0.0 without a fixed cost: call it only where there is one
        self.actual: list[float] = [
            fixed_cost_actual(t) if fixed else 0.0
            for t, fixed in zip(tasks, self.cost, strict=True)
        ]
        self.work = [0] * len(tasks)
        self.actual_work = [0] * len(tasks)
        self.active: list[bool] = list(map(_ACTIVE, tasks))


_UID, _FIXED_COST, _ACTIVE = attrgetter("uid"), attrgetter("fixed_cost"), attrgetter("active")


@dataclass(slots=True)
class _CostColumns:
    """The fields of many AssignmentCost values, one list per field, in assignment order."""

    uid: list[int] = field(default_factory=list)
    task_uid: list[int] = field(default_factory=list)
    resource_uid: list[int] = field(default_factory=list)
    work_minutes: list[int] = field(default_factory=list)
    cost: list[float] = field(default_factory=list)
    actual_work_minutes: list[int] = field(default_factory=list)
    actual_cost: list[float] = field(default_factory=list)


def _cost_assignments(
    plan: Plan,
    schedule: Schedule,
    spans: TaskSpans,
    sums: _TaskSums,
    report: CostReport,
    fraction: WorkFraction | None,
    progress: Progress | None,
    total: int,
    summaries: set[int] | frozenset[int] = frozenset(),
) -> _CostColumns:
    """Cost every assignment, add it to its task's sums and, if the task is active, its resource's.

    ``summaries``: the rows of summary tasks, whose people are priced at the
    summary's rolled-up % complete (:func:`priced_task`).

    A resource with one rate for all time (no rate table) is priced here
    inline, as :func:`cost_of_assignment` would price it, without reading the
    task's dates; a rate table needs them, so those go through that function.
    """
    resources = {r.uid: r for r in plan.resources}
    res_cost = report.resource_cost
    res_work = report.resource_work_minutes
    for r in plan.resources:
        res_cost[r.uid] = 0.0
        res_work[r.uid] = 0
    tasks, row_of, span_row, span_duration = plan.tasks, sums.row, spans.row, spans.duration_minutes
    own_cost, own_actual, own_work, own_actual_work = (
        sums.cost,
        sums.actual,
        sums.work,
        sums.actual_work,
    )
    active = sums.active
    n_tasks = len(tasks)
    out = _CostColumns()
    add_uid, add_task, add_resource = out.uid.append, out.task_uid.append, out.resource_uid.append
    add_work, add_cost = out.work_minutes.append, out.cost.append
    add_actual_work, add_actual = out.actual_work_minutes.append, out.actual_cost.append
    work_type, material_type = ResourceType.WORK, ResourceType.MATERIAL
    prorated = CostAccrual.PRORATED
    from app.domain.assignment_work import planned_work

    cals: dict[int | None, DayCalendar] = {}  # people's calendars, for a summary's people
    for k, a in enumerate(plan.assignments):
        if not k % _REPORT_EVERY:
            report_progress(progress, n_tasks + k, total)
        res = resources.get(a.resource_uid)
        i = row_of.get(a.task_uid)
        if res is None or i is None:
            continue
        if res.rate_tables:
            if fraction is None:
                fraction = RateFractions(plan, schedule)
            ac = cost_of_assignment(plan, schedule, a, res, fraction)
            work, cost = ac.work_minutes, ac.cost
            actual_work, actual = ac.actual_work_minutes, ac.actual_cost
        else:
            task = tasks[i]
            if i in summaries:
                task = priced_task(task, schedule.get(task.uid))
            pct = task.percent_complete / 100.0
            started = pct > 0 or task.actual_start is not None
            if res.type is work_type:
                summary_times = schedule.get(a.task_uid) if i in summaries else None
                if summary_times is not None:  # a summary's people: their work follows it
                    work = round(planned_work(plan, a, summary_times, cals))
                elif a.work_minutes:
                    work = a.work_minutes
                else:
                    j = span_row.get(a.task_uid)
                    duration = task.duration_minutes if j is None else span_duration[j]
                    work = round(duration * a.units)
                per_use = res.cost_per_use * a.units
                standard, overtime_rate = res.standard_rate, res.overtime_rate
                overtime = a.overtime_work_minutes
                cost = ((work - overtime) * standard + overtime * overtime_rate) / 60.0 + per_use
                exact = a.actual_work_minutes or work * pct  # priced unrounded, as above
                actual_work = round(exact)
                actual = 0.0
                if exact:
                    done_overtime = min(a.actual_overtime_work_minutes, exact)
                    actual = (
                        (exact - done_overtime) * standard + done_overtime * overtime_rate
                    ) / 60.0
                if res.accrue_at is not prorated:
                    actual = accrued(res.accrue_at, actual, cost - per_use, pct, started)
                if started or actual_work:
                    actual += per_use
            elif res.type is material_type:
                work = actual_work = 0
                per_use = res.cost_per_use
                whole = a.units * res.standard_rate
                cost = whole + per_use
                actual = accrued(res.accrue_at, whole * pct, whole, pct, started)
                actual += per_use if started else 0.0
            else:
                work = actual_work = 0
                cost = a.cost
                actual = accrued(res.accrue_at, cost * pct, cost, pct, started)
        add_uid(a.uid)
        add_task(a.task_uid)
        add_resource(res.uid)
        add_work(work)
        add_cost(cost)
        add_actual_work(actual_work)
        add_actual(actual)
        own_cost[i] += cost
        own_actual[i] += actual
        own_work[i] += work
        own_actual_work[i] += actual_work
        if active[i]:  # inactive tasks keep their own figures but count nowhere else
            res_cost[res.uid] += cost
            res_work[res.uid] += work
    return out


_new = object.__new__
_FIELD_SETTERS = tuple(AssignmentCost.__dict__[f.name].__set__ for f in fields(AssignmentCost))


def _assignment_costs(columns: _CostColumns) -> list[AssignmentCost]:
    """The AssignmentCost of each row, built in C-level loops (tens of thousands per plan).

    Each slot is filled through its descriptor, as ``__init__`` would fill it;
    a frozen dataclass's ``__init__`` pays a Python call per field instead.
    """
    made: list[AssignmentCost] = list(map(_new, repeat(AssignmentCost, len(columns.uid))))
    for setter, values in zip(
        _FIELD_SETTERS,
        (getattr(columns, f.name) for f in fields(AssignmentCost)),
        strict=True,
    ):
        deque(map(setter, made, values), maxlen=0)
    return made


def _roll_up(plan: Plan, sums: _TaskSums, report: CostReport) -> None:
    """Summaries = own values + children; walk rows bottom-up so children come first."""
    tasks = plan.tasks
    cost, actual, work, actual_work = sums.cost, sums.actual, sums.work, sums.actual_work
    active = sums.active
    parents = parent_rows(tasks)
    for i in range(len(tasks) - 1, -1, -1):
        p = parents[i]
        if p >= 0 and active[i]:
            cost[p] += cost[i]
            actual[p] += actual[i]
            work[p] += work[i]
            actual_work[p] += actual_work[i]
    uids = sums.uids
    report.task_cost.update(zip(uids, cost, strict=True))
    report.task_actual_cost.update(zip(uids, actual, strict=True))
    report.task_work_minutes.update(zip(uids, work, strict=True))
    report.task_actual_work_minutes.update(zip(uids, actual_work, strict=True))
    tops = [i for i, p in enumerate(parents) if p < 0 and active[i]]
    report.total_cost = sum(cost[i] for i in tops)
    report.total_actual_cost = sum(actual[i] for i in tops)
    report.total_work_minutes = sum(work[i] for i in tops)


def _summary_rows(tasks: list[Task]) -> set[int]:
    """Rows of the tasks with subtasks."""
    levels = list(map(_LEVEL, tasks))
    return {i for i in range(len(levels) - 1) if levels[i + 1] > levels[i]}


_LEVEL = attrgetter("outline_level")


def parent_rows(tasks: list[Task]) -> list[int]:
    """Row of each task's summary (-1 at the top level), as :meth:`Plan.parent_uids` finds it."""
    parents = [-1] * len(tasks)
    stack: list[int] = []  # rows of the open summaries
    levels: list[int] = []  # and their outline levels
    for i, t in enumerate(tasks):
        level = t.outline_level
        while levels and levels[-1] >= level:
            stack.pop()
            levels.pop()
        if stack:
            parents[i] = stack[-1]
        stack.append(i)
        levels.append(level)
    return parents
