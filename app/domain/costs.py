"""What the plan costs: work x rate, cost per use, fixed costs, materials and cost items.

The model follows MS Project: a work resource costs its work (hours) times the
standard rate in force (rate table by effective date) plus overtime work times
the overtime rate plus its cost per use; its actual cost prices the work
already done the same way (finished overtime at the overtime rate); a
material costs units x rate plus cost per use; a cost resource costs what the assignment says. A task costs its
assignments plus its fixed cost; a summary adds up its children and its own
fixed cost; the project adds up the top level.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from app.domain.plan import Plan
from app.domain.resource import Assignment, RateEntry, Resource, ResourceType
from app.domain.schedule import Schedule
from app.domain.task import CostAccrual, Task
from app.domain.workload import overallocated_resources, work_fraction

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


def _work_cost(
    resource: Resource,
    assignment: Assignment,
    hours: tuple[int, int],
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
    for k, (since, entry) in enumerate(periods):
        nxt = periods[k + 1][0] if k + 1 < len(periods) else None
        lo = 0.0 if since is None or fraction is None else fraction(task_uid, since)
        hi = 1.0 if nxt is None or fraction is None else fraction(task_uid, nxt)
        share = 1.0 if len(periods) == 1 else (min(hi, done) - min(lo, done)) / done
        if share > 0:
            total += share * (regular * entry.standard_rate + overtime * entry.overtime_rate) / 60.0
    return total


def _fixed_cost_actual(task: Task) -> float:
    if not task.fixed_cost:
        return 0.0
    pct = task.percent_complete
    if task.fixed_cost_accrual is CostAccrual.START:
        return task.fixed_cost if pct > 0 or task.actual_start is not None else 0.0
    if task.fixed_cost_accrual is CostAccrual.END:
        return task.fixed_cost if pct >= 100 else 0.0
    return task.fixed_cost * pct / 100.0


def cost_of_assignment(
    plan: Plan,
    schedule: Schedule,
    assignment: Assignment,
    resource: Resource,
    fraction: WorkFraction | None = None,
) -> AssignmentCost:
    """Work, cost, actual work and actual cost of one assignment."""
    task = plan.task(assignment.task_uid)
    times = schedule.get(task.uid)
    duration = times.duration_minutes if times is not None else task.duration_minutes
    span = (times.start, times.finish) if times is not None else None
    start = span[0] if span is not None else task.start
    pct = task.percent_complete / 100.0
    started = pct > 0 or task.actual_start is not None
    per_use = rate_at(resource, start, assignment.rate_table).cost_per_use
    if resource.type is ResourceType.COST:
        cost = assignment.cost
        return AssignmentCost(assignment.uid, task.uid, resource.uid, 0, cost, 0, cost * pct)
    if resource.type is ResourceType.MATERIAL:
        units = assignment.units
        rate = rate_at(resource, start, assignment.rate_table)
        cost = units * rate.standard_rate + per_use
        actual = units * pct * rate.standard_rate + (per_use if started else 0.0)
        return AssignmentCost(assignment.uid, task.uid, resource.uid, 0, cost, 0, actual)
    work = assignment_work_minutes(assignment, duration)
    per_use *= assignment.units  # MS Project charges a use per unit: 50 % pays half, 200 % twice
    overtime = assignment.overtime_work_minutes
    planned = (work - overtime, overtime)
    cost = _work_cost(resource, assignment, planned, task.uid, span, fraction) + per_use
    actual_work = assignment.actual_work_minutes or round(work * pct)
    # Finished overtime is part of the actual work and costs the overtime rate (MS Project:
    # actual overtime cost = overtime rate x actual overtime work).
    actual_overtime = min(assignment.actual_overtime_work_minutes, actual_work)
    done = min(1.0, actual_work / work) if work else 1.0
    actual = 0.0
    if actual_work:
        finished = (actual_work - actual_overtime, actual_overtime)
        actual = _work_cost(resource, assignment, finished, task.uid, span, fraction, done)
    if started or actual_work:
        actual += per_use
    return AssignmentCost(assignment.uid, task.uid, resource.uid, work, cost, actual_work, actual)


def compute_costs(
    plan: Plan, schedule: Schedule, fraction: WorkFraction | None = None
) -> CostReport:
    """Cost and work of every task, resource and the project, with over-allocations.

    ``fraction`` spreads work over time where a rate changes within a task
    (see :func:`app.domain.workload.work_fraction`); by default the work is
    spread over the task's working time.
    """
    if fraction is None:
        fraction = work_fraction(plan, schedule)
    report = CostReport(currency=plan.project.currency)
    resources = {r.uid: r for r in plan.resources}
    own_cost: dict[int, float] = {t.uid: t.fixed_cost for t in plan.tasks}
    active = {t.uid for t in plan.tasks if t.active}
    own_actual: dict[int, float] = {t.uid: _fixed_cost_actual(t) for t in plan.tasks}
    own_work: dict[int, int] = dict.fromkeys(own_cost, 0)
    own_actual_work: dict[int, int] = dict.fromkeys(own_cost, 0)
    for r in plan.resources:
        report.resource_cost[r.uid] = 0.0
        report.resource_work_minutes[r.uid] = 0
    for a in plan.assignments:
        res = resources.get(a.resource_uid)
        if res is None or a.task_uid not in own_cost:
            continue
        ac = cost_of_assignment(plan, schedule, a, res, fraction)
        report.assignments[a.uid] = ac
        own_cost[a.task_uid] += ac.cost
        own_actual[a.task_uid] += ac.actual_cost
        own_work[a.task_uid] += ac.work_minutes
        own_actual_work[a.task_uid] += ac.actual_work_minutes
        if a.task_uid in active:  # inactive tasks keep their own figures but count nowhere else
            report.resource_cost[res.uid] += ac.cost
            report.resource_work_minutes[res.uid] += ac.work_minutes
    _roll_up(plan, own_cost, own_actual, own_work, own_actual_work, report)
    base = plan.baselines.get(0)
    if base is not None:
        for e in base.entries:
            report.task_baseline_cost[e.task_uid] = e.cost
        tops = [t.uid for t in plan.tasks if t.outline_level == 1]
        report.budget = sum(report.task_baseline_cost.get(u, 0.0) for u in tops)
    report.overallocated.update(overallocated_resources(plan, schedule))
    return report


def _roll_up(
    plan: Plan,
    own_cost: dict[int, float],
    own_actual: dict[int, float],
    own_work: dict[int, int],
    own_actual_work: dict[int, int],
    report: CostReport,
) -> None:
    """Summaries = own values + children; walk rows bottom-up so children come first."""
    cost = dict(own_cost)
    actual = dict(own_actual)
    work = dict(own_work)
    actual_work = dict(own_actual_work)
    parents = plan.parent_uids()
    for t in reversed(plan.tasks):
        p = parents[t.uid]
        if p is not None and t.active:
            cost[p] += cost[t.uid]
            actual[p] += actual[t.uid]
            work[p] += work[t.uid]
            actual_work[p] += actual_work[t.uid]
    report.task_cost.update(cost)
    report.task_actual_cost.update(actual)
    report.task_work_minutes.update(work)
    report.task_actual_work_minutes.update(actual_work)
    tops = [t.uid for t in plan.tasks if parents[t.uid] is None and t.active]
    report.total_cost = sum(cost[u] for u in tops)
    report.total_actual_cost = sum(actual[u] for u in tops)
    report.total_work_minutes = sum(work[u] for u in tops)
