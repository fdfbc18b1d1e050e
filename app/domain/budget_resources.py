"""MS Project's budget resources: the project's budget a finance person types.

In MS Project a cost or work resource marked Budget (Resource Information > General)
is assigned only to the project summary (task 0, Gantry's project row) and holds a
Budget Cost (a cost resource) or Budget Work (a work or material resource) there. It
takes no work on tasks, so it never counts in the project's cost or over-allocation.
The Budget view and ``gantry report --budget`` set each budget beside the plan's
Baseline Cost and Cost, as MS Project compares them for the project.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain.errors import PlanError
from app.domain.quoting import quoted
from app.domain.resource import Resource, ResourceType

if TYPE_CHECKING:  # the registers import this module: no cycle at run time
    from app.domain.costs import CostReport
    from app.domain.plan import Plan


@dataclass(frozen=True, slots=True)
class BudgetLine:
    """One budget resource's target on the project summary."""

    resource_uid: int
    name: str
    type: ResourceType
    budget_cost: float
    budget_work_minutes: int

    @property
    def is_cost(self) -> bool:
        """A cost budget (Budget Cost) rather than a work one (Budget Work)."""
        return self.type is ResourceType.COST


@dataclass(frozen=True, slots=True)
class BudgetComparison:
    """The budgets beside the plan: Budget Cost against Baseline Cost and Cost, Budget
    Work against Baseline Work and Work (work resources' minutes)."""

    lines: tuple[BudgetLine, ...]
    budget_cost: float
    budget_work_minutes: int
    baseline_cost: float | None  # None: no baseline 0 saved
    cost: float
    baseline_work_minutes: int | None
    work_minutes: int

    @property
    def cost_over(self) -> float | None:
        """Cost minus Budget Cost (positive: over budget); None with no cost budget."""
        return self.cost - self.budget_cost if self.has_cost_budget else None

    @property
    def has_cost_budget(self) -> bool:
        return any(line.is_cost for line in self.lines)

    @property
    def has_work_budget(self) -> bool:
        return any(not line.is_cost for line in self.lines)


def budget_lines(resources: Iterable[Resource]) -> tuple[BudgetLine, ...]:
    """The budget resources of a team, in roster order."""
    return tuple(
        BudgetLine(r.uid, r.name, r.type, r.budget_cost, r.budget_work_minutes)
        for r in resources
        if r.is_budget
    )


def compare(
    resources: Iterable[Resource],
    cost: float,
    work_minutes: int,
    baseline_cost: float | None,
    baseline_work_minutes: int | None,
) -> BudgetComparison:
    """The project's budgets set beside its figures (None when no resource is a budget)."""
    lines = budget_lines(resources)
    return BudgetComparison(
        lines=lines,
        budget_cost=sum(line.budget_cost for line in lines if line.is_cost),
        budget_work_minutes=sum(line.budget_work_minutes for line in lines if not line.is_cost),
        baseline_cost=baseline_cost,
        cost=cost,
        baseline_work_minutes=baseline_work_minutes,
        work_minutes=work_minutes,
    )


def budget_words(resource: Resource) -> str:
    """Why a budget resource cannot be assigned to a task, in one line."""
    return (
        f"{quoted(resource.name)} is a budget resource: it holds the project's budget "
        "and takes no work on tasks; assign someone else or clear its Budget box"
    )


def refuse_budget_assignment(resource: Resource) -> None:
    """Refuse giving a budget resource work on a task (PlanError, one line)."""
    if resource.is_budget:
        raise PlanError(budget_words(resource))


def refuse_budget_mark(resource: Resource, assigned_tasks: int) -> None:
    """Refuse marking as Budget a resource that already works on tasks (PlanError)."""
    if resource.is_budget and assigned_tasks:
        raise PlanError(
            f"{quoted(resource.name)} works on {assigned_tasks} task"
            f"{'' if assigned_tasks == 1 else 's'}: remove those assignments before "
            "marking it Budget"
        )


def compare_plan(plan: Plan, costs: CostReport) -> BudgetComparison:
    """The plan's budgets beside its Baseline (0) and current Cost and Work."""
    base = plan.baselines.get(0)
    baseline_work: int | None = None
    if base is not None:
        tops = {t.uid for t in plan.tasks if t.outline_level == 1}
        baseline_work = sum(e.work_minutes for e in base.entries if e.task_uid in tops)
    return compare(
        plan.resources,
        costs.total_cost,
        costs.total_work_minutes,
        costs.budget,
        baseline_work,
    )


def budgets_not_kept(plan: Plan, ext: str) -> str:
    """The note for a format with no budget resources (.gan, .csv): which are saved as
    ordinary resources without their Budget Cost/Work; "" when the plan has none."""
    names = [r.name for r in plan.resources if r.is_budget]
    if not names:
        return ""
    more = f" and {len(names) - 1} more" if len(names) > 1 else ""
    return (
        f"{ext} keeps no budget resources: {quoted(names[0])}{more} saved as ordinary "
        "resources, without their Budget Cost or Budget Work (.gantry, .xml and .xlsx keep them)"
    )
