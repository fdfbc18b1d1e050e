"""The Team printout's total rows: the team's Work and Cost summed, then, when the plan
costs more than its people (tasks' fixed costs), what makes up the difference and the
plan's total, so finance reads the €180,710 of the people beside the plan's €207,210."""

from __future__ import annotations

from collections.abc import Sequence

from app.domain.resource import ResourceType
from app.report.locale_numbers import local_figure, locale_marks
from app.report.render import BoldRow
from app.ui.budget.money import money
from app.ui.document import Document

NAME, WORK, COST = "Name", "Work", "Cost"  # the roster's headings (app/ui/team/roster_model.py)


def team_total_rows(document: Document, headers: Sequence[str]) -> list[list[str]]:
    """The rows under the people, in the columns ``headers`` names (none without a Work
    or Cost column to total)."""
    if WORK not in headers and COST not in headers:
        return []
    plan, costs = document.plan, document.costs
    project = plan.project
    people = [r.uid for r in plan.resources if r.type is ResourceType.WORK]
    minutes = sum(costs.resource_work_minutes.get(uid, 0) for uid in people)
    team_cost = sum(costs.resource_cost.get(r.uid, 0.0) for r in plan.resources)
    hours = f"{minutes / 60:,.2f}".rstrip("0").rstrip(".") + "h"

    def row(name: str, work: str, cost: str) -> list[str]:
        cells = {NAME: name, WORK: work, COST: cost}
        return [cells.get(h, "") for h in headers]

    rows: list[list[str]] = [
        BoldRow(row("Team total", local_figure(hours, locale_marks()), money(project, team_cost)))
    ]
    other = costs.total_cost - team_cost
    if abs(other) >= 0.005:
        rows.append(row("Fixed costs of tasks", "", money(project, other)))
        rows.append(BoldRow(row("Project total", "", money(project, costs.total_cost))))
    return rows
