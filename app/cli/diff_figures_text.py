"""The money and work the changes of ``gantry diff`` come to, as its text writes them.

After the changes: one ``figures:`` line with the project's Cost, Work, BAC and EAC old
-> new (a figure a plan cannot give, BAC without a baseline, is ``NA``), then for each
task the changes name (changed, added, removed) whose Work or Cost differs, one line::

    figures: Cost €207,210.00 -> €220,505.00 (+€13,295.00); Work 2106h as before; ...
    cost     ID 21 'Core CRM configuration': Work +40h, Cost +€3,800.00
    cost     resource 1 'Ana': Cost +€400.00

a person's line for a rate (cost per use, accrual, rate table) changed: what their work
comes to in each plan's cost model, as the change report's Cost change cell gives it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime

from app.cli.diff_sections import COSTS, section_of
from app.domain.diff import PlanChange
from app.domain.diff_figures import (
    PlanFigures,
    TaskDelta,
    plan_figures,
    resource_cost_change,
    task_delta,
)
from app.domain.leveling_elapsed import DelayTexts
from app.domain.notation import format_duration
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import DurationUnit
from app.report.locale_numbers import PLAIN_MARKS, Marks, local_figure, local_money


def both_figures(
    delays: DelayTexts, old: Plan, new: Plan, now: datetime
) -> tuple[PlanFigures, PlanFigures] | None:
    """Each plan's figures on the schedule the diff made of it (None: one cannot be
    scheduled, the summary says so)."""
    old_times, new_times = delays.schedule_of(old), delays.schedule_of(new)
    if old_times is None or new_times is None:
        return None
    return plan_figures(old, old_times, now), plan_figures(new, new_times, now)


def work_text(minutes: int, project: Project, marks: Marks, signed: bool = False) -> str:
    """Work in hours, as the Work column shows it: ``2,480h``; ``signed``: ``+40h``, ``-8h``."""
    text = format_duration(abs(minutes), project, unit=DurationUnit.HOURS)
    sign = ("+" if minutes > 0 else "-" if minutes < 0 else "") if signed else ""
    return local_figure(sign + text if signed else text, marks)


def money_text(amount: float, project: Project, marks: Marks, signed: bool = False) -> str:
    """Money as the Cost column shows it; ``signed``: ``+€13,295.00``, ``-€120.00``
    (:data:`PLAIN_MARKS`: ``13295.00``, ``-120.00``)."""
    if not signed or marks is PLAIN_MARKS:  # a CSV's number: its own minus alone
        return local_money(project, amount, marks)
    text = local_money(project, abs(amount), marks)
    return ("+" if amount > 0.004 else "-" if amount < -0.004 else "") + text


def figure_rows(
    old: PlanFigures, new: PlanFigures, project: Project, marks: Marks
) -> list[tuple[str, str, str, str]]:
    """``(figure, old, new, change)`` for Cost, Work, BAC and EAC (``NA``: not known; the
    change "" when there is none, or no figure on one side)."""

    def money(a: float | None, b: float | None, title: str) -> tuple[str, str, str, str]:
        shown = [("NA" if v is None else money_text(v, project, marks)) for v in (a, b)]
        change = ""  # none, or no figure on one side to measure it from
        if a is not None and b is not None and shown[0] != shown[1]:
            change = money_text(b - a, project, marks, True)
        return title, shown[0], shown[1], change

    more = new.work_minutes - old.work_minutes
    work = (
        "Work",
        work_text(old.work_minutes, project, marks),
        work_text(new.work_minutes, project, marks),
        work_text(more, project, marks, True) if more else "",
    )
    return [
        money(old.cost, new.cost, "Cost"),
        work,
        money(old.bac, new.bac, "BAC"),
        money(old.eac, new.eac, "EAC"),
    ]


def figures_line(rows: Sequence[tuple[str, str, str, str]]) -> str:
    """``figures: Cost A -> B (+C); Work ...``: a figure that did not change says so."""
    said = []
    for title, a, b, change in rows:
        if a == b:
            said.append(f"{title} {b} as before")
        else:  # NA on one side (no baseline there): no difference to give
            said.append(f"{title} {a} -> {b}" + (f" ({change})" if change else ""))
    return "figures: " + "; ".join(said)


def task_of(change: PlanChange) -> int | None:
    """The uid of the task ``change`` names: a task's own, or the task of an assignment
    changed, added or removed (``"4:2"``: Aisha's units on ID 4 change its work and cost);
    None for another entity."""
    if change.entity == "task" and isinstance(change.uid, int):
        return change.uid
    if change.entity == "assignment" and isinstance(change.uid, str):
        task, _, _ = change.uid.partition(":")
        return int(task) if task.isdigit() else None
    return None


def changed_tasks(changes: Iterable[PlanChange]) -> list[int]:
    """The uids of the tasks ``changes`` name (changed, added or removed, or one of their
    assignments), first seen first."""
    seen: dict[int, None] = {}
    for c in changes:
        uid = task_of(c)
        if uid is not None:
            seen.setdefault(uid)
    return list(seen)


def delta_texts(delta: TaskDelta, project: Project, marks: Marks) -> tuple[str, str]:
    """A task's Work and Cost change as cells: ``+40h``, ``+€3,800.00`` ("": none)."""
    work = work_text(delta.work, project, marks, True) if delta.work else ""
    cost = money_text(delta.cost, project, marks, True) if abs(delta.cost) >= 0.005 else ""
    return work, cost


def task_cost_lines(
    changes: Iterable[PlanChange],
    old: PlanFigures,
    new: PlanFigures,
    names: dict[int, str],
    project: Project,
    marks: Marks,
) -> Iterator[str]:
    """One ``cost`` line per task the changes name whose Work or Cost differs, the task as
    ``names`` words it (``ID 21 'Core CRM configuration'``)."""
    for uid in changed_tasks(changes):
        work, cost = delta_texts(task_delta(old, new, uid), project, marks)
        if not (work or cost):
            continue
        said = ", ".join(
            p for p in (f"Work {work}" if work else "", f"Cost {cost}" if cost else "") if p
        )
        yield f"{'cost':8} {names.get(uid, f'task {uid}')}: {said}"


def person_cost_lines(
    changes: Iterable[PlanChange],
    old: PlanFigures,
    new: PlanFigures,
    project: Project,
    marks: Marks,
) -> Iterator[str]:
    """One ``cost`` line per person whose cost terms the changes change (a rate, a cost per
    use, an accrual: the Costs section's) and whose Cost differs: ``cost     resource 1
    'Ana': Cost +€400.00`` (Ana's 40h at 100 -> 110/h)."""
    named: dict[int, str] = {}
    for c in changes:
        costs = section_of(c.entity, c.kind, c.field) == COSTS
        if c.entity == "resource" and costs and isinstance(c.uid, int):
            named.setdefault(c.uid, c.name)
    for uid, name in named.items():
        amount = resource_cost_change(old, new, uid)
        if abs(amount) >= 0.005:
            cost = money_text(amount, project, marks, True)
            yield f"{'cost':8} resource {uid} '{name}': Cost {cost}"


def figures_json(old: PlanFigures, new: PlanFigures, tasks: Sequence[int]) -> dict[str, object]:
    """``diff --json``'s ``figures``: the project's cost, work (minutes), BAC and EAC old
    and new (null: not known), and each named task's work and cost in both plans."""

    def pair(a: float | int | None, b: float | int | None) -> dict[str, object]:
        return {"old": _rounded(a), "new": _rounded(b)}

    return {
        "cost": pair(old.cost, new.cost),
        "work_minutes": pair(old.work_minutes, new.work_minutes),
        "bac": pair(old.bac, new.bac),
        "eac": pair(old.eac, new.eac),
        "tasks": [
            {
                "uid": uid,
                "work_minutes": pair(old.task_work.get(uid), new.task_work.get(uid)),
                "cost": pair(old.task_cost.get(uid), new.task_cost.get(uid)),
            }
            for uid in tasks
        ],
    }


def _rounded(value: float | int | None) -> float | int | None:
    return round(value, 2) if isinstance(value, float) else value
