"""What the plan costs: work x rate, cost per use, fixed costs, materials and cost items.

A task costs its assignments plus its fixed cost; a summary adds up its children and its own
fixed cost; the project adds up the top level. A summary's own fixed cost and
people accrue by its % complete as the sheet shows it, rolled up from its
subtasks (:func:`priced_task`), as MS Project accrues them.

One assignment is priced in :mod:`app.domain.cost_pricing` (its names are
re-exported here); this module costs a whole plan and rolls it up.
"""

from __future__ import annotations

from array import array
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from itertools import repeat
from operator import attrgetter
from typing import TYPE_CHECKING

from app.domain.cost_pricing import AssignmentCost as AssignmentCost
from app.domain.cost_pricing import RateFractions as RateFractions
from app.domain.cost_pricing import WorkFraction as WorkFraction
from app.domain.cost_pricing import accrued as accrued
from app.domain.cost_pricing import actual_overtime_minutes
from app.domain.cost_pricing import assignment_work_minutes as assignment_work_minutes
from app.domain.cost_pricing import cost_of_assignment as cost_of_assignment
from app.domain.cost_pricing import fixed_cost_actual as fixed_cost_actual
from app.domain.cost_pricing import price_assignment as price_assignment
from app.domain.cost_pricing import priced_task as priced_task
from app.domain.cost_pricing import rate_at as rate_at
from app.domain.delay_done import done_share
from app.domain.plan import Plan
from app.domain.progress import Progress
from app.domain.progress import report as report_progress
from app.domain.resource import ResourceType
from app.domain.schedule import Schedule
from app.domain.scheduling.gc import paused_gc
from app.domain.started import has_started
from app.domain.task import CostAccrual, Task

# Imported where they are used: a plan with no people (gantry schedule of a plain file)
# is costed without them, and the command line then never compiles their modules.
if TYPE_CHECKING:
    from app.domain.task_spans import TaskSpans
    from app.domain.workload import DayCalendar


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
    report.task_cost = dict.fromkeys(map(_UID, tasks), 0.0)
    report.task_work_minutes = dict.fromkeys(report.task_cost, 0)
    # copies: a dict's copy is one clone of its table, not an insert per uid
    report.task_actual_cost = report.task_cost.copy()
    report.task_actual_work_minutes = report.task_work_minutes.copy()
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
        # the tasks that book their people: active, and under no inactive summary
        self.booked = booking_rows(tasks, self.active)


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
    booked = sums.booked
    n_tasks = len(tasks)
    out = _CostColumns()
    add_uid, add_task, add_resource = out.uid.append, out.task_uid.append, out.resource_uid.append
    add_work, add_cost = out.work_minutes.append, out.cost.append
    add_actual_work, add_actual = out.actual_work_minutes.append, out.actual_cost.append
    work_type, material_type = ResourceType.WORK, ResourceType.MATERIAL
    prorated = CostAccrual.PRORATED
    from app.domain.assignment_work import planned_work

    cals: dict[int | None, DayCalendar] = {}  # people's calendars, for a summary's people
    # tasks whose people have actual work of their own: a 0 beside it is none done
    entered = {a.task_uid for a in plan.assignments if a.actual_work_minutes}
    per_day = plan.project.minutes_per_day  # an elapsed Delay's working length
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
            ac = cost_of_assignment(plan, schedule, a, res, fraction, a.task_uid in entered)
            work, cost = ac.work_minutes, ac.cost
            actual_work, actual = ac.actual_work_minutes, ac.actual_cost
        else:
            task = tasks[i]
            if i in summaries:
                task = priced_task(task, schedule.get(task.uid))
            pct = task.percent_complete / 100.0
            started = has_started(task)
            if res.type is work_type:
                summary_times = schedule.get(a.task_uid) if i in summaries else None
                if summary_times is not None:  # a summary's people: their work follows it
                    work = round(planned_work(plan, a, summary_times, cals))
                elif a.work_minutes:
                    work = a.work_minutes
                else:
                    work = round(_span_minutes(task, span_row, span_duration) * a.units)
                per_use = res.cost_per_use * a.units
                standard, overtime_rate = res.standard_rate, res.overtime_rate
                # the overtime done counts in Overtime Work (cost_pricing.price_assignment)
                overtime = max(a.overtime_work_minutes, min(a.actual_overtime_work_minutes, work))
                cost = ((work - overtime) * standard + overtime * overtime_rate) / 60.0 + per_use
                # priced unrounded, as above
                exact = a.actual_work_minutes or (0 if a.task_uid in entered else work * pct)
                if not a.actual_work_minutes and exact and 0 < task.percent_complete < 100:
                    # a person has done only what of their own span lies done (delay_done)
                    span = _span_minutes(task, span_row, span_duration)
                    exact = work * done_share(a, work, span, task.percent_complete, per_day)
                actual_work = round(exact)
                actual = 0.0
                if exact:
                    done_overtime = (
                        actual_overtime_minutes(a, exact, work)
                        if a.overtime_work_minutes or a.actual_overtime_work_minutes
                        else 0.0  # no overtime (nearly all): no call
                    )
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
                share = pct
                if a.laid_delay:  # used from its delayed start on (delay_done)
                    span = _span_minutes(task, span_row, span_duration)
                    share = done_share(a, 0, span, task.percent_complete, per_day, False)
                actual = accrued(res.accrue_at, whole * share, whole, pct, started)
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
        # inactive tasks (and those under an inactive summary, as MS Project leaves them
        # out of resource totals) keep their own figures but count nowhere else
        if booked[i]:
            res_cost[res.uid] += cost
            res_work[res.uid] += work
    return out


_new = object.__new__
_FIELD_SETTERS = tuple(AssignmentCost.__dict__[f.name].__set__ for f in fields(AssignmentCost))


def _span_minutes(task: Task, span_row: dict[int, int], span_duration: Sequence[int]) -> int:
    """A task's scheduled duration (its own when it has no span)."""
    j = span_row.get(task.uid)
    return task.duration_minutes if j is None else span_duration[j]


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


def booking_rows(tasks: list[Task], active: list[bool]) -> list[bool]:
    """Whether each row counts towards its people's totals: it is active and so is every
    summary above it (workload.inactive_tasks leaves the same tasks out of resource loading)."""
    if all(active):
        return active
    out = list(active)
    for i, p in enumerate(parent_rows(tasks)):
        if p >= 0 and not out[p]:
            out[i] = False
    return out


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
