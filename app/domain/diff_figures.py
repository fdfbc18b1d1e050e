"""What the changes between two plans cost: the project's Cost, Work, BAC and EAC and
each task's Work and Cost, each plan's from the one cost model (app/domain/costs.py)
and its earned value (app/domain/earned_value.py), as ``gantry info`` and the Budget
read them.

``gantry diff`` listed a longer duration, a raised rate and a fixed cost added, but
never that the project now costs €13,295 more; an auditor asks that first. A task's
Work and Cost are its scheduled totals (summaries rolled up); BAC and EAC are the
project's against the baseline earned value reads, at the status date (else the
project's Current Date, else ``now``), None when the plan keeps no such baseline.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from app.domain.costs import compute_costs
from app.domain.earned_value import earned_value, project_earned_value
from app.domain.plan import Plan
from app.domain.project import measured_at
from app.domain.schedule import Schedule


@dataclass(frozen=True, slots=True)
class PlanFigures:
    """One plan's totals, each task's Work (minutes) and Cost, and each person's Cost (what
    a rate changed comes to)."""

    cost: float
    work_minutes: int
    bac: float | None
    eac: float | None
    task_cost: dict[int, float] = field(default_factory=dict)
    task_work: dict[int, int] = field(default_factory=dict)
    resource_cost: dict[int, float] = field(default_factory=dict)


def plan_figures(plan: Plan, schedule: Schedule, now: datetime) -> PlanFigures:
    """``plan``'s figures on ``schedule`` (``now``: where earned value is measured when the
    plan has neither a status date nor a Current Date)."""
    costs = compute_costs(plan, schedule)
    bac = eac = None
    if plan.project.ev_baseline in plan.baselines:
        at = measured_at(plan.project, now)
        totals = project_earned_value(plan, earned_value(plan, schedule, costs, at))
        bac, eac = totals.bac, totals.eac
    return PlanFigures(
        costs.total_cost,
        costs.total_work_minutes,
        bac,
        eac,
        dict(costs.task_cost),
        dict(costs.task_work_minutes),
        dict(costs.resource_cost),
    )


@dataclass(frozen=True, slots=True)
class TaskDelta:
    """A task's Work (minutes) and Cost in each plan (None: the plan lacks the task)."""

    old_work: int | None
    new_work: int | None
    old_cost: float | None
    new_cost: float | None

    @property
    def work(self) -> int:
        """New minus old (a removed task: minus its work; an added one: its work)."""
        return (self.new_work or 0) - (self.old_work or 0)

    @property
    def cost(self) -> float:
        return round((self.new_cost or 0.0) - (self.old_cost or 0.0), 2)


def resource_cost_change(old: PlanFigures, new: PlanFigures, uid: int) -> float:
    """Person ``uid``'s Cost in ``new`` minus in ``old`` (a person in one plan only: that
    plan's cost)."""
    return round(new.resource_cost.get(uid, 0.0) - old.resource_cost.get(uid, 0.0), 2)


def task_delta(old: PlanFigures, new: PlanFigures, uid: int) -> TaskDelta:
    """Task ``uid``'s Work and Cost in both plans."""
    return TaskDelta(
        old.task_work.get(uid),
        new.task_work.get(uid),
        old.task_cost.get(uid),
        new.task_cost.get(uid),
    )
