"""Each person's part of a baseline: their Baseline Work and Baseline Cost per assignment,
what the Usage views' Baseline rows lay over time and the Budget view sums per person.

A baseline saved since Gantry keeps its people (schema v41) holds an entry per assignment:
that entry is the person's baseline. A baseline without them (saved before, or read from a
file that keeps none: the shipped demo) holds the task's figures alone; each of the task's
people then takes a share of them, as MS Project shares a task's work among its people:
the task's Baseline Work in proportion to their work now, its Baseline Cost less its own
Baseline Fixed Cost in proportion to their cost now (their work where the task costs
nothing), over the task's baseline dates, laid flat (nothing is known of the shape).
Summaries' baseline rolls their subtasks up: none of it is shared among a summary's own
people.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from app.domain.baseline import AssignmentBaselineEntry, Baseline, BaselineEntry
from app.domain.contours import WorkContour
from app.domain.costs import CostReport
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource, ResourceType


@dataclass(frozen=True, slots=True)
class PersonBaseline:
    """One person's (or material's, or cost item's) total in a baseline."""

    resource_uid: int
    name: str
    type: ResourceType
    baseline_work_minutes: float
    baseline_cost: float
    work_minutes: float
    cost: float

    @property
    def cost_variance(self) -> float:
        """Cost minus Baseline Cost (+ over, as the Budget view's task rows)."""
        return self.cost - self.baseline_cost


def baseline_of(plan: Plan, index: int) -> Baseline | None:
    """The plan's baseline ``index`` when it holds any task (None: not saved)."""
    base = plan.baselines.get(index)
    return base if base is not None and (base.entries or base.assignments) else None


def people_baselines(
    plan: Plan, base: Baseline, costs: CostReport | None
) -> dict[int, AssignmentBaselineEntry]:
    """Each assignment of ``plan`` with a baseline, by assignment uid: the baseline's own
    entry, else its share of its task's (the module's note; ``laid`` False). ``costs``:
    the plan's cost report, what a task's Baseline Cost is shared by (None: by work)."""
    own = {e.assignment_uid: e for e in base.assignments}
    out: dict[int, AssignmentBaselineEntry] = {}
    by_task: dict[int, list[Assignment]] = defaultdict(list)
    for a in plan.assignments:
        got = own.get(a.uid)
        if got is not None:
            out[a.uid] = got
        else:
            by_task[a.task_uid].append(a)
    if not by_task:
        return out
    kept_tasks = {e.task_uid for e in base.assignments}
    entries = {e.task_uid: e for e in base.entries}
    people = {r.uid: r for r in plan.resources}
    for task_uid, mine in by_task.items():
        entry = entries.get(task_uid)
        if entry is None or task_uid in kept_tasks or not plan.has_task(task_uid):
            continue  # no baseline, or one that holds its people: a person added since
        if plan.is_summary(task_uid):
            continue
        out.update(_shares(entry, mine, people, costs))
    return out


def _shares(
    entry: BaselineEntry,
    mine: list[Assignment],
    people: dict[int, Resource],
    costs: CostReport | None,
) -> dict[int, AssignmentBaselineEntry]:
    """A task's baseline shared among its people ``mine`` (none of them in the baseline)."""

    def kind(a: Assignment) -> ResourceType | None:
        res = people.get(a.resource_uid)
        return res.type if res is not None else None

    workers = [a for a in mine if kind(a) is ResourceType.WORK]
    working = {a.uid for a in workers}
    work_now = sum(max(a.work_minutes, 0) for a in workers)
    priced = costs.assignments if costs is not None else {}

    def cost_now(a: Assignment) -> float:
        got = priced.get(a.uid)
        return got.cost if got is not None else 0.0

    cost_total = sum(max(cost_now(a), 0.0) for a in mine)
    money = entry.cost - entry.fixed_cost
    out: dict[int, AssignmentBaselineEntry] = {}
    for a in mine:
        if kind(a) is None:
            continue
        work_share = 0.0
        if a.uid in working:
            work_share = max(a.work_minutes, 0) / work_now if work_now > 0 else 1 / len(workers)
        cost_share = max(cost_now(a), 0.0) / cost_total if cost_total > 0 else work_share
        out[a.uid] = AssignmentBaselineEntry(
            a.uid,
            a.task_uid,
            a.resource_uid,
            entry.start,
            entry.finish,
            round(entry.work_minutes * work_share),
            money * cost_share,
            a.units,
            0,
            WorkContour.FLAT,
            (),
            False,
        )
    return out


def person_baselines(plan: Plan, base: Baseline | None, costs: CostReport) -> list[PersonBaseline]:
    """Every resource of ``plan`` that works or costs on it or holds a baseline, in plan order,
    with its Baseline Work and Cost (their assignments' summed; none without ``base``) beside
    its Work and Cost now. Inactive tasks' assignments count as the cost report counts them."""
    work_base: dict[int, float] = defaultdict(float)
    cost_base: dict[int, float] = defaultdict(float)
    if base is not None:
        for e in people_baselines(plan, base, costs).values():
            work_base[e.resource_uid] += e.work_minutes
            cost_base[e.resource_uid] += e.cost
    out: list[PersonBaseline] = []
    for r in plan.resources:
        if r.is_budget:
            continue  # a budget resource holds the project's target, not its cost
        work = float(costs.resource_work_minutes.get(r.uid, 0))
        cost = costs.resource_cost.get(r.uid, 0.0)
        if not (work or cost or r.uid in cost_base or r.uid in work_base):
            continue
        out.append(
            PersonBaseline(
                r.uid,
                r.name,
                r.type,
                work_base.get(r.uid, 0.0) if r.type is ResourceType.WORK else 0.0,
                cost_base.get(r.uid, 0.0),
                work,
                cost,
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class PeopleBudget:
    """The Budget view's cost per person: each resource's Baseline Cost and Cost, what no
    person holds (tasks' fixed costs, a cost with nobody on it), and the totals, which are
    the task side's (its Budget and Forecast for the project)."""

    people: tuple[PersonBaseline, ...]
    other_baseline: float | None  # None: no baseline
    other_cost: float
    total_baseline: float | None
    total_cost: float


def people_budget(
    plan: Plan, costs: CostReport, index: int, task_budget: float | None
) -> PeopleBudget:
    """Per person against baseline ``index`` (the one earned value reads), the rest of the
    project's ``task_budget`` (the task side's total Budget, None: no baseline) and of its
    Cost on one line of its own, so the people's and the tasks' totals agree."""
    base = baseline_of(plan, index) if task_budget is not None else None
    people = tuple(person_baselines(plan, base, costs))
    cost = costs.total_cost
    other_cost = cost - sum(p.cost for p in people)
    other_base = None
    if task_budget is not None:
        other_base = task_budget - sum(p.baseline_cost for p in people)
    return PeopleBudget(people, other_base, other_cost, task_budget, cost)
