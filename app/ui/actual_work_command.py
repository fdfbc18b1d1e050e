"""Actual work typed for a task (its sheet's Act. Work cell) or for one person on it
(Assignment Information), and a task's Work typed, as one undo step: the rules are
app/domain/actual_work_entry.py and app/domain/task_work_entry.py.

The task and its people change together (:func:`app.domain.assignment_work.apply_edit`);
the edit is worked out when the command runs, from the plan as it is then, so it can
follow other changes of one dialog's OK (a person's work typed with their actual work).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.domain.actual_work_entry import typed_assignment_actual_work, typed_task_actual_work
from app.domain.assignment_work import Edit, apply_edit
from app.domain.errors import InputError
from app.domain.notation import format_work
from app.domain.plan import Plan
from app.domain.quoting import quoted
from app.domain.schedule import TaskTimes
from app.domain.task_work_entry import typed_task_work
from app.domain.worktime import WorkTime
from app.ui.commands import PlanCommand
from app.ui.commands import quoted as quoted_name
from app.ui.locale_durations import typed_back, typed_work
from app.ui.models.task_date_edits import task_worktime

if TYPE_CHECKING:
    from app.ui.document import Document


def read_actual_work(
    text: str,
    document: Document,
    field: str = "Actual Work",
    blank: str = "work done (0h for none)",
) -> int:
    """The minutes of (actual) work typed (``12h``, ``1.5d``, a bare number in the plan's
    work unit), as the other work cells read them; InputError naming ``field`` for text that
    is no work, elapsed time or a negative amount."""
    typed = text.strip()
    if not typed:
        raise InputError(f"{field}: type the {blank}")
    try:
        work = typed_work(typed, document.plan.project)  # in the user's numbers
    except InputError as exc:
        raise InputError(f"{field}: {exc}") from None
    if work.elapsed:
        raise InputError(f"{field}: {quoted(typed)} is elapsed time; type working time (12h)")
    return work.minutes


def changes_something(plan: Plan, edit: Edit) -> bool:
    """Whether ``edit`` changes the task or any of its people."""
    task, assignments = edit
    return task != plan.task(task.uid) or any(a != plan.assignment(a.uid) for a in assignments)


class ActualWorkCommand(PlanCommand):
    """Put the task and people ``make`` works out in the plan; undo puts them back."""

    def __init__(self, document: Document, text: str, make: Callable[[], Edit]) -> None:
        super().__init__(document, text)
        self._make = make
        self._old: Edit | None = None

    def _redo(self) -> None:
        self._old = apply_edit(self.document.plan, self._make())

    def _undo(self) -> None:
        if self._old is not None:
            apply_edit(self.document.plan, self._old)


def task_actual_work_command(document: Document, uid: int, minutes: int) -> PlanCommand | None:
    """The undo step for ``minutes`` of actual work typed for task ``uid`` (None: nothing
    would change); InputError as :func:`typed_task_actual_work` refuses it."""
    return task_entry_command(document, uid, minutes, typed_task_actual_work, "actual work")


# A task's typed work figure laid out: plan, task uid, its times, the minutes, its work time.
TaskEntry = Callable[[Plan, int, TaskTimes | None, int, WorkTime], Edit]


def task_entry_command(
    document: Document, uid: int, minutes: int, typed: TaskEntry, field: str
) -> PlanCommand | None:
    """The undo step for ``minutes`` typed as task ``uid``'s ``field`` (actual or remaining
    work), laid out by ``typed`` when it runs; None when nothing would change."""

    def make() -> Edit:
        plan = document.plan
        task = plan.task(uid)
        return typed(plan, uid, document.schedule.get(uid), minutes, task_worktime(plan, task))

    if not changes_something(document.plan, make()):
        return None
    name = quoted_name(document.plan.task(uid).name)
    return ActualWorkCommand(document, f"Set {field} of {name}", make)


def assignment_actual_work_command(
    document: Document, assignment_uid: int, minutes: int
) -> ActualWorkCommand:
    """The undo step for ``minutes`` of actual work typed for one person on a task, worked
    out when it runs (after the other fields of Assignment Information's OK)."""
    plan = document.plan
    a = plan.assignment(assignment_uid)
    who, task = plan.resource(a.resource_uid).name, plan.task(a.task_uid).name

    def make() -> Edit:
        plan = document.plan
        task = plan.task(plan.assignment(assignment_uid).task_uid)
        times = document.schedule.get(task.uid)
        worktime = task_worktime(plan, task)
        return typed_assignment_actual_work(plan, assignment_uid, times, minutes, worktime)

    text = f"Actual work of {quoted_name(who)} on {quoted_name(task)}"
    return ActualWorkCommand(document, text, make)


def task_work_command(document: Document, uid: int, text: str) -> PlanCommand | None:
    """The undo step for a Work typed on the task sheet (None: the cell's own text typed
    back, or nothing would change): spread over the task's people, the duration or their
    units following the task type (app/domain/task_work_entry.py). InputError for text
    that is no work, elapsed time, a summary's, a task without people, zero or less."""
    plan = document.plan
    costs = getattr(document, "costs", None)
    if costs is not None:
        shown = format_work(costs.task_work_minutes.get(uid, 0), plan.project)
        if typed_back(text, shown):  # as the cell shows it: "5,33h" in German
            return None  # the rounded "5.33h" committed again keeps the minutes behind it
    minutes = read_actual_work(text, document, "Work", "work (40h, or 5d in the plan's days)")

    def make() -> Edit:
        plan = document.plan
        task = plan.task(uid)
        times = document.schedule.get(uid)
        return typed_task_work(plan, uid, times, minutes, task_worktime(plan, task))

    if not changes_something(plan, make()):
        return None
    return ActualWorkCommand(document, f"Set work of {quoted_name(plan.task(uid).name)}", make)
