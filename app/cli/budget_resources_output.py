"""``gantry report FILE --budget`` with no OUT.pdf (or with ``--json``): the project's
budget resources set beside its Baseline Cost and Cost, as MS Project compares Budget
Cost with Baseline Cost and Cost on the project summary (app/domain/budget_resources.py).
"""

from __future__ import annotations

from typing import Any, TextIO

from app.domain.budget_resources import BudgetComparison
from app.domain.notation import format_work
from app.domain.project import Project
from app.report.locale_numbers import C_MARKS, Marks, local_figure, local_money, system_marks


def budget_text(c: BudgetComparison, project: Project, marks: Marks = C_MARKS) -> list[str]:
    """The comparison as lines of text: one per budget resource, then the project's; its
    figures in ``marks`` (``1.500,00 €``, ``12,5h`` in German, as gantry info writes them)."""

    def money(amount: float) -> str:
        return local_money(project, amount, marks)

    def work(minutes: int) -> str:
        return local_figure(format_work(minutes, project), marks)

    if not c.lines:
        return ["Budget: no budget resources (mark a cost or work resource Budget on the Team)"]
    out = ["Budget resources:"]
    for line in c.lines:
        target = (
            f"Budget Cost {money(line.budget_cost)}"
            if line.is_cost
            else f"Budget Work {work(line.budget_work_minutes)}"
        )
        out.append(f"  {line.name}: {target}")
    baseline = "none saved" if c.baseline_cost is None else money(c.baseline_cost)
    if c.has_cost_budget:
        over = c.cost_over or 0.0
        word = "over" if over > 0 else "under"
        out.append(
            f"Project: Budget Cost {money(c.budget_cost)}, "
            f"Baseline Cost {baseline}, Cost {money(c.cost)} "
            f"({money(abs(over))} {word} budget)"
        )
    if c.has_work_budget:
        base_work = (
            "none saved" if c.baseline_work_minutes is None else work(c.baseline_work_minutes)
        )
        out.append(
            f"Project: Budget Work {work(c.budget_work_minutes)}, "
            f"Baseline Work {base_work}, Work {work(c.work_minutes)}"
        )
    return out


def budget_json(c: BudgetComparison) -> dict[str, Any]:
    """The comparison as JSON data (money in the project's currency, work in minutes)."""
    return {
        "budget_resources": [
            {
                "uid": line.resource_uid,
                "name": line.name,
                "type": line.type.name.lower(),
                "budget_cost": round(line.budget_cost, 2) if line.is_cost else None,
                "budget_work_minutes": None if line.is_cost else line.budget_work_minutes,
            }
            for line in c.lines
        ],
        "budget_cost": round(c.budget_cost, 2) if c.has_cost_budget else None,
        "baseline_cost": None if c.baseline_cost is None else round(c.baseline_cost, 2),
        "cost": round(c.cost, 2),
        "budget_work_minutes": c.budget_work_minutes if c.has_work_budget else None,
        "baseline_work_minutes": c.baseline_work_minutes,
        "work_minutes": c.work_minutes,
    }


def print_budget_text(c: BudgetComparison, project: Project, out: TextIO) -> None:
    """:func:`budget_text` in the system locale's marks, to ``out``."""
    for line in budget_text(c, project, system_marks()):
        out.write(line + "\n")
