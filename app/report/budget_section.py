"""The Budget printout's section on the project's budget resources (MS Project's Budget Cost
and Budget Work on the project summary) under its total: each budget resource's target, then
the Budget Cost against the Baseline Cost and the Cost, and the Budget Work against the
Baseline Work and the Work, the figures ``gantry report --budget --json`` gives
(app/domain/budget_resources.py). A plan with no budget resource prints none: its pages are
as before. A line is a label and one figure, printed in the Budget column."""

from __future__ import annotations

from collections.abc import Callable

from app.domain.budget_resources import BudgetComparison
from app.domain.notation import format_work
from app.domain.project import Project

HEADING = "Budget resources"
# (label, figure as printed, bold): the heading and the comparison's lines
SectionLine = tuple[str, str, bool]


def budget_section(
    c: BudgetComparison,
    project: Project,
    money: Callable[[float], str],
    signed: Callable[[float], str],
) -> list[SectionLine]:
    """The section's lines ([] with no budget resource); ``money`` writes an amount as the
    printout does, ``signed`` a variance with its sign (+ over)."""
    if not c.lines:
        return []
    out: list[SectionLine] = [(HEADING, "", True)]
    for line in c.lines:
        if line.is_cost:
            out.append((f"   {line.name}: Budget Cost", money(line.budget_cost), False))
        else:
            work = format_work(line.budget_work_minutes, project)
            out.append((f"   {line.name}: Budget Work", work, False))
    if c.has_cost_budget:
        base = "" if c.baseline_cost is None else money(c.baseline_cost)
        out += [
            ("Budget Cost", money(c.budget_cost), True),
            ("Baseline Cost" + (" (none saved)" if c.baseline_cost is None else ""), base, False),
            ("Cost", money(c.cost), False),
            ("Cost against Budget Cost (+ over)", signed(c.cost - c.budget_cost), False),
        ]
    if c.has_work_budget:
        none = c.baseline_work_minutes is None
        over = c.work_minutes - c.budget_work_minutes
        base_work = "" if none else format_work(c.baseline_work_minutes or 0, project)
        out += [
            ("Budget Work", format_work(c.budget_work_minutes, project), True),
            ("Baseline Work" + (" (none saved)" if none else ""), base_work, False),
            ("Work", format_work(c.work_minutes, project), False),
            ("Work against Budget Work (+ over)", _signed_work(over, project), False),
        ]
    return out


def _signed_work(minutes: int, project: Project) -> str:
    """Work over (``+106h``) or under (``-40h``) the Budget Work."""
    text = format_work(abs(minutes), project)
    return ("+" if minutes > 0 else "-" if minutes < 0 else "") + text
