"""``gantry info``'s Baseline cost and Budget cost lines (and their ``--json`` keys).

A controller coming from MS Project reads "budget" as the approved budget: the Budget Cost
of the plan's budget resources (a cost resource with the Budget box ticked, on the project
summary), while what Gantry measures earned value against is Baseline 0's cost, MS Project's
Baseline Cost. So the baseline's line is titled "Baseline cost", and a plan with budget
resources gets a "Budget cost" line beside it (tester s31xf, M5).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.domain.budget_resources import budget_lines
from app.domain.quoting import NAME_LIMIT, quoted
from app.report.locale_numbers import Marks, local_money

if TYPE_CHECKING:
    from app.domain.plan import Plan

NONE_SAVED = "none saved"


def baseline_cost_text(plan: Plan, budget: float | None, marks: Marks) -> str:
    """Baseline 0's cost, or why there is none.

    A baseline saved with dates only (MS Project XML carrying no BaselineCost, or saved
    before any rate was entered) holds no cost on any task: "£0.00" there reads as a
    budget of nothing, which nobody set. A baseline with cost on some task keeps its sum.
    """
    if budget is None:
        return NONE_SAVED
    base = plan.baselines.get(0)
    if base is not None and all(e.cost == 0 for e in base.entries):
        return f"{NONE_SAVED} ({base.label()} holds dates only)"
    return local_money(plan.project, budget, marks)


def budget_cost_lines(plan: Plan, marks: Marks) -> list[tuple[str, str]]:
    """The budget resources' Budget Cost, summed, with who holds it (none: no line)."""
    costs = [line for line in budget_lines(plan.resources) if line.is_cost]
    if not costs:
        return []
    total = local_money(plan.project, sum(line.budget_cost for line in costs), marks)
    names = ", ".join(quoted(line.name, NAME_LIMIT) for line in costs)
    return [
        ("Budget cost", f"{total} (budget {'resources' if len(costs) > 1 else 'resource'} {names})")
    ]


def budget_cost_json(plan: Plan) -> dict[str, Any]:
    """``budget_cost`` (the budget resources' Budget Cost summed; null with none) and
    ``budget_resources`` (their names, the cost ones)."""
    costs = [line for line in budget_lines(plan.resources) if line.is_cost]
    return {
        "budget_cost": round(sum(line.budget_cost for line in costs), 2) + 0.0 if costs else None,
        "budget_resources": [line.name for line in costs],
    }
