"""The task sheet's Overtime Work and Regular Work columns (MS Project's fields).

Overtime Work is the work a task's people do as overtime (a summary's: its subtasks'),
part of its Work; Regular Work is the rest (read-only). As in MS Project, overtime keeps
the work and shortens the task: only the regular work is laid at the person's units
(app/domain/overtime_work.py). It is typed on a task with one person, as one undo step
(the duration follows the task type); a task with several people takes each one's in
Task Usage or Assignment Information, a summary's comes from its subtasks. Text that is
no work, a negative amount or as much as the work is refused, naming the field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.assignment_work import Edit
from app.domain.errors import InputError
from app.domain.notation import format_work
from app.domain.overtime_work import FIELD, overtime_edit, task_overtime
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.resource import ResourceType
from app.ui.actual_work_command import (
    ActualWorkCommand,
    changes_something,
    read_actual_work,
)
from app.ui.commands import PlanCommand
from app.ui.commands import quoted as quoted_name
from app.ui.locale_durations import typed_back
from app.ui.models.task_edits import Column

if TYPE_CHECKING:
    from app.ui.document import Document

OVERTIME_COLUMNS = frozenset({Column.OVERTIME_WORK, Column.REGULAR_WORK})
OVERTIME_BLANK = "overtime work (0h for none)"  # what an empty cell or field asks for
OVERTIME_TIP = (
    "Work this person does as overtime, part of Work: only the regular work is laid at "
    "the units, so overtime shortens the task (MS Project's Overtime Work)"
)


def overtime_text(document: Document, uid: int, column: Column) -> str | None:
    """An Overtime Work or Regular Work cell's text (None: the plan computes no work)."""
    plan = document.plan
    overtime = task_overtime(plan, plan.task(uid))
    if column is Column.OVERTIME_WORK:
        return format_work(overtime, plan.project)
    costs = getattr(document, "costs", None)
    if costs is None:
        return None
    return format_work(max(0, costs.task_work_minutes.get(uid, 0) - overtime), plan.project)


def overtime_work_command(document: Document, uid: int, text: str) -> PlanCommand | None:
    """The undo step for an Overtime Work typed on task ``uid`` (None: the cell's text
    typed back or nothing changes). InputError, naming the field, on a summary, on a task
    without one person to give it to, and for text :func:`overtime_edit` refuses."""
    plan = document.plan
    task = plan.task(uid)
    if plan.is_summary(uid):
        raise InputError(
            f"{FIELD} of summary task {quoted(task.name, NAME_LIMIT)} comes from its subtasks"
        )
    if typed_back(text, overtime_text(document, uid, Column.OVERTIME_WORK) or ""):
        return None
    minutes = read_actual_work(text, document, FIELD, OVERTIME_BLANK)
    people = [
        a
        for a in plan.assignments_of_task(uid)
        if plan.resource(a.resource_uid).type is ResourceType.WORK
    ]
    if len(people) != 1:
        where = (
            "no one works on it: assign someone first"
            if not people
            else f"{len(people)} people work on it: type each one's in Task Usage or "
            "Assignment Information"
        )
        raise InputError(f"{FIELD} of {quoted(task.name, NAME_LIMIT)}: {where}")
    assignment_uid = people[0].uid

    def make() -> Edit:
        return overtime_edit(document.plan, assignment_uid, minutes)

    if not changes_something(plan, make()):  # refused here, before anything changes
        return None
    return ActualWorkCommand(document, f"Set overtime work of {quoted_name(task.name)}", make)


def assignment_overtime_command(
    document: Document, assignment_uid: int, minutes: int, work: int | None = None
) -> ActualWorkCommand | None:
    """The undo step for ``minutes`` of overtime typed for one person on a task (Assignment
    Information, a Usage assignment row), worked out when it runs: None when nothing
    changes; InputError as :func:`overtime_edit` refuses it. ``work``: the person's work
    typed in the same step (run before this one), which the overtime must stay under."""
    plan = document.plan
    a = plan.assignment(assignment_uid)
    who, task = plan.resource(a.resource_uid).name, plan.task(a.task_uid).name

    def make() -> Edit:
        return overtime_edit(document.plan, assignment_uid, minutes)

    if work is None:
        if not changes_something(plan, make()):  # refused here, before anything changes
            return None
    elif minutes < 0 or (minutes and minutes >= work):
        project = plan.project
        raise InputError(
            f"{FIELD} ({format_work(minutes, project)}) must be from 0 to less than the "
            f"work typed ({format_work(work, project)})"
        )
    text = f"Overtime work of {quoted_name(who)} on {quoted_name(task)}"
    return ActualWorkCommand(document, text, make)
