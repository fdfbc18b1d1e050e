"""Remaining Work typed on the task sheet (Tracking table) or for one person in Assignment
Information, as one undo step: Work becomes Actual Work + Remaining Work, the rules of
app/domain/remaining_work_entry.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.assignment_work import Edit
from app.domain.remaining_work_entry import (
    FIELD,
    typed_assignment_remaining_work,
    typed_task_remaining_work,
)
from app.ui.actual_work_command import (
    ActualWorkCommand,
    read_actual_work,
    task_entry_command,
)
from app.ui.commands import PlanCommand
from app.ui.commands import quoted as quoted_name
from app.ui.models.task_date_edits import task_worktime

if TYPE_CHECKING:
    from app.ui.document import Document

BLANK = "work left to do (0h when it is done)"


def task_remaining_work_command(document: Document, uid: int, text: str) -> PlanCommand | None:
    """The undo step for a Remaining Work typed on the task sheet (None: the cell's own text
    typed back, or nothing would change); InputError naming the column for text that is no
    work, a summary's, a task without people or a negative amount."""
    from app.ui.models.task_edits import Column  # it imports the tracking cells' module
    from app.ui.models.task_model_tracking import TrackingCells

    shown = TrackingCells(document).text(uid, Column.REMAINING_WORK)
    if shown is not None and text.strip() == shown.strip():
        return None  # the rounded "5.33h" committed again keeps the minutes behind it
    minutes = read_actual_work(text, document, FIELD, BLANK)
    return task_entry_command(document, uid, minutes, typed_task_remaining_work, "remaining work")


def assignment_remaining_work_command(
    document: Document, assignment_uid: int, minutes: int
) -> ActualWorkCommand:
    """The undo step for ``minutes`` of remaining work typed for one person on a task,
    worked out when it runs (after the other fields of Assignment Information's OK: their
    actual work typed with it is the work done it adds to)."""
    plan = document.plan
    a = plan.assignment(assignment_uid)
    who, task = plan.resource(a.resource_uid).name, plan.task(a.task_uid).name

    def make() -> Edit:
        plan = document.plan
        task = plan.task(plan.assignment(assignment_uid).task_uid)
        times = document.schedule.get(task.uid)
        worktime = task_worktime(plan, task)
        return typed_assignment_remaining_work(plan, assignment_uid, times, minutes, worktime)

    text = f"Remaining work of {quoted_name(who)} on {quoted_name(task)}"
    return ActualWorkCommand(document, text, make)
