"""MS Project's budget resources in an MS Project XML file, read and written.

A resource marked ``<IsBudget>1`` holds its Budget Cost (``<BudgetCost>``, in hundredths)
or Budget Work (``<BudgetWork>``, PTnHnMnS) on its assignment to the project summary,
``<TaskUID>0``; the MSPDI schema puts both after the assignment's ``<CreationDate>`` and
before its ``<ExtendedAttribute>`` and ``<Baseline>`` rows. Gantry keeps the targets on
the resource (app/domain/budget_resources.py) and writes that assignment back.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from xml.etree.ElementTree import Element

from app.domain.plan import Plan
from app.domain.resource import Resource, ResourceType
from app.io.mspdi_values import Q, Reader, format_duration, money
from app.io.mspdi_write_xml import container, field, leaf

_TRUE = {"1", "true"}


@dataclass(frozen=True, slots=True)
class _Target:
    cost: float = 0.0
    work_minutes: int = 0


def read_budgets(root: Element) -> dict[int, _Target]:
    """Budget resource UID -> the Budget Cost and Work of its rows on the project summary."""
    budget: set[int] = set()
    for row in root.iterfind(f"{Q}Resources/{Q}Resource"):
        if (row.findtext(Q + "IsBudget") or "").strip().lower() in _TRUE:
            r = Reader(row, "Resource")
            uid = r.integer("UID")
            if uid is not None:
                budget.add(uid)
    out: dict[int, _Target] = {}
    if not budget:
        return out
    for n, row in enumerate(root.iterfind(f"{Q}Assignments/{Q}Assignment"), start=1):
        r = Reader(row, f"Assignment #{n}")
        uid = r.integer("ResourceUID")
        if uid not in budget or r.integer("TaskUID") != 0:
            continue  # MS Project keeps a budget only on the project summary
        old = out.get(uid, _Target())
        out[uid] = _Target(
            old.cost + r.amount("BudgetCost") / 100,
            old.work_minutes + (r.duration("BudgetWork") or 0),
        )
    return out


def as_budget(resource: Resource, budgets: dict[int, _Target]) -> Resource:
    """``resource`` marked Budget, with the targets the file gives it."""
    target = budgets.get(resource.uid, _Target())
    return replace(
        resource,
        is_budget=True,
        budget_cost=target.cost,
        budget_work_minutes=target.work_minutes,
    )


def budget_assignments(plan: Plan, first_uid: int) -> list[str]:
    """The ``<Assignment>`` rows of the budget resources on the project summary (UID 0),
    numbered from ``first_uid``: a cost budget's Budget Cost, a work budget's Budget Work."""
    out: list[str] = []
    uid = first_uid
    for res in plan.resources:
        if not res.is_budget:
            continue
        cost = res.type is ResourceType.COST
        out.append(
            container(
                "Assignment",
                [
                    field("UID", uid),
                    field("TaskUID", 0),
                    field("ResourceUID", res.uid),
                    leaf("Work", format_duration(0)),
                    leaf("BudgetCost", money(res.budget_cost if cost else 0.0)),
                    leaf("BudgetWork", format_duration(0 if cost else res.budget_work_minutes)),
                ],
            )
        )
        uid += 1
    return out
