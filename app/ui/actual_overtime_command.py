"""Actual Overtime Work typed for one person on a task (Assignment Information), as one undo
step: MS Project's overtime done, part of the actual work and paid at the overtime rate.

The figure is kept on the assignment (``actual_overtime_work_minutes``); 0 keeps none, and
the overtime done then follows the work done (app.domain.cost_pricing.actual_overtime_minutes).
As in MS Project, Overtime Work = Actual Overtime + Remaining Overtime: more overtime done
than planned raises the person's Overtime Work to it (app.domain.overtime_work), so the
Cost, which prices Overtime Work at the overtime rate, is never below the Actual Cost.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from app.domain.assignment_work import Edit, person_on_leaf
from app.domain.errors import InputError
from app.domain.notation import format_work
from app.domain.overtime_work import overtime_edit
from app.ui.actual_work_command import ActualWorkCommand
from app.ui.commands import quoted as quoted_name

if TYPE_CHECKING:
    from app.ui.document import Document

ACTUAL_OVERTIME = "Actual overtime work"
ACTUAL_OVERTIME_BLANK = "overtime work done (0h: in proportion to the work done)"


def actual_overtime_command(
    document: Document, assignment_uid: int, minutes: int, done: int | None = None
) -> ActualWorkCommand:
    """The undo step for ``minutes`` of actual overtime work typed for one person on a task.

    ``done``: the actual work typed in the same step (run before this one); None: the work
    done now. InputError naming the field when the overtime done is more than the work done
    (it is part of it, as in MS Project)."""
    plan = document.plan
    a = plan.assignment(assignment_uid)
    task = person_on_leaf(plan, a, ACTUAL_OVERTIME)
    if done is None:
        priced = document.costs.assignments.get(assignment_uid)
        now = priced.actual_work_minutes if priced is not None else a.actual_work_minutes
    else:
        now = done
    if minutes > now:
        project = plan.project
        raise InputError(
            f"{ACTUAL_OVERTIME}: {format_work(minutes, project)} is more than the actual work "
            f"({format_work(round(now), project)}); the overtime done is part of the work done"
        )
    who = plan.resource(a.resource_uid).name

    def make() -> Edit:
        plan = document.plan
        now = plan.assignment(assignment_uid)
        task = plan.task(now.task_uid)
        if minutes > now.overtime_work_minutes:
            try:
                task, changed = overtime_edit(plan, assignment_uid, minutes)
                now = changed[0] if changed else now
            except InputError:  # all of the work done as overtime: none regular left
                now = replace(now, overtime_work_minutes=minutes)
        return task, [replace(now, actual_overtime_work_minutes=minutes)]

    text = f"Actual overtime work of {quoted_name(who)} on {quoted_name(task.name)}"
    return ActualWorkCommand(document, text, make)
