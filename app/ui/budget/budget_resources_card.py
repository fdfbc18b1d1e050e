"""The Budget view's Budget Cost card: MS Project's budget resources (Budget Cost and
Budget Work on the project row) set beside the Baseline Cost and the Cost, as MS Project
compares them for the project (app/domain/budget_resources.py). Hidden in a plan with no
budget resource, so such a plan's view is as before."""

from __future__ import annotations

from typing import Protocol

from app.domain.budget_resources import compare_plan
from app.domain.costs import CostReport
from app.domain.notation import format_work
from app.domain.plan import Plan
from app.ui.budget.money import money


class _Card(Protocol):
    def set(self, text: str, good: bool | None = None) -> None: ...
    def setToolTip(self, text: str) -> None: ...
    def setVisible(self, visible: bool) -> None: ...


def show_budget_resources(card: _Card, plan: Plan, costs: CostReport) -> None:
    """Fill ``card`` with the project's Budget Cost (green within it, red over), its tooltip
    naming each budget resource and the Baseline Cost, Cost and Work beside them."""
    c = compare_plan(plan, costs)
    card.setVisible(bool(c.lines))
    if not c.lines:
        return
    project = plan.project
    if c.has_cost_budget:
        card.set(money(project, c.budget_cost), c.cost <= c.budget_cost + 0.005)
    else:
        card.set(
            format_work(c.budget_work_minutes, project), c.work_minutes <= c.budget_work_minutes
        )
    lines = []
    for line in c.lines:
        target = (
            f"Budget Cost {money(project, line.budget_cost)}"
            if line.is_cost
            else f"Budget Work {format_work(line.budget_work_minutes, project)}"
        )
        lines.append(f"{line.name}: {target}")
    base = "no baseline" if c.baseline_cost is None else money(project, c.baseline_cost)
    if c.has_cost_budget:
        lines.append(
            f"Budget Cost {money(project, c.budget_cost)} against Baseline Cost {base} "
            f"and Cost {money(project, c.cost)}"
        )
    if c.has_work_budget:
        base_work = (
            "no baseline"
            if c.baseline_work_minutes is None
            else format_work(c.baseline_work_minutes, project)
        )
        lines.append(
            f"Budget Work {format_work(c.budget_work_minutes, project)} against Baseline Work "
            f"{base_work} and Work {format_work(c.work_minutes, project)}"
        )
    card.setToolTip("\n".join(lines))
