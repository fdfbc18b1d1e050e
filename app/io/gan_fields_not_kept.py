"""The task, people and project fields a GanttProject (.gan) file has no place for, named in
the save's note (tester s31xm #4): a client's MS Project file taken through .gan and back
otherwise loses them silently.

A .gan keeps a person's standard rate but not the overtime rate, nor initials or when a
cost accrues; a task's priority only as one of five levels (app/io/gan_write.py
_PRIORITY_STEPS, read back by app/io/gan.py _PRIORITY: 100, 300, 500, 700, 900); neither
Effort Driven nor Estimated; the project's company and notes but not its author or manager.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.domain.plan import Plan
from app.domain.plural_words import counted
from app.domain.quoting import quoted
from app.domain.task import CostAccrual

# the priorities a .gan reads back as they were written (app/io/gan.py _PRIORITY)
_GAN_PRIORITIES = (100, 300, 500, 700, 900)
_DO_NOT_LEVEL = 1000


def fields_not_kept(plan: Plan) -> list[str]:
    """The lines naming what of ``plan``'s fields a .gan of it loses; none when it loses none."""
    parts = [*_people_parts(plan), *_task_parts(plan), *_project_parts(plan)]
    lines: list[str] = []
    if parts:
        lines.append(f".gan has no place for: {'; '.join(parts)}")
    if line := _priorities(plan):
        lines.append(line)
    return lines


def _first(names: Sequence[str]) -> str:
    return f", first {quoted(names[0])}" if names else ""


def _people_parts(plan: Plan) -> list[str]:
    overtime = [r.name for r in plan.resources if r.overtime_rate]
    initials = [r.name for r in plan.resources if r.initials]
    accrual = [r.name for r in plan.resources if r.accrue_at is not CostAccrual.PRORATED]
    parts: list[str] = []
    if overtime:
        n = len(overtime)
        parts.append(
            f"overtime rates ({counted(n, 'person', 'people')}{_first(overtime)}), reopened as 0"
        )
    if initials:
        parts.append(f"initials ({counted(len(initials), 'person', 'people')})")
    if accrual:
        n = len(accrual)
        parts.append(
            f"Accrue At ({counted(n, 'person', 'people')}{_first(accrual)}), reopened as Prorated"
        )
    return parts


def _task_parts(plan: Plan) -> list[str]:
    tasks = [t for t in plan.tasks if not plan.is_summary(t.uid)]
    effort = [t.name for t in tasks if t.effort_driven]
    estimated = [t.name for t in tasks if t.estimated]
    accrual = [t.name for t in tasks if t.fixed_cost_accrual is not CostAccrual.PRORATED]
    parts: list[str] = []
    if effort:
        parts.append(f"Effort Driven ({counted(len(effort), 'task')}), reopened as off")
    if estimated:
        parts.append(f"Estimated ({counted(len(estimated), 'task')}), reopened as off")
    if accrual:
        parts.append(
            f"fixed cost accrual Start or End ({counted(len(accrual), 'task')}{_first(accrual)}), "
            "reopened as Prorated"
        )
    return parts


def _project_parts(plan: Plan) -> list[str]:
    p = plan.project
    return [
        f"the project's {what} ({quoted(value)})"
        for what, value in (("author", p.author), ("manager", p.manager))
        if value.strip()
    ]


def _priorities(plan: Plan) -> str:
    """The line for tasks whose priority a .gan keeps only as its nearest of five levels."""
    moved = [t for t in plan.tasks if t.priority not in _GAN_PRIORITIES]
    if not moved:
        return ""
    first = moved[0]
    shown = f"{first.priority} (Do Not Level)" if first.priority >= _DO_NOT_LEVEL else ""
    return (
        f".gan keeps a task's priority as one of five levels (100, 300, 500, 700, 900): "
        f"{counted(len(moved), 'task')} reopen with another "
        f"(first: {quoted(first.name)}, {shown or first.priority})"
        + (
            ": Do Not Level is lost, leveling may then move those tasks"
            if any(t.priority >= _DO_NOT_LEVEL for t in moved)
            else ""
        )
    )
