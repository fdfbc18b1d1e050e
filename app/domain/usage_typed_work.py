"""Work typed into a Usage cell: an assignment's period, as MS Project's Resource Usage and
Task Usage let a resource manager type hours into an assignment row's cell.

In MS Project the assignment then holds the typed work in that period, its work changes by
the difference and its contour becomes Contoured (work edited by hand). Gantry keeps no
work per period (:mod:`app.domain.contours`: Contoured is laid flat), so the typed figure
changes the assignment's work by the difference and marks it Contoured; the task's
duration or the person's units then follow the task type as for work typed in the
assignment's Work field (:func:`app.domain.assignment_work.work_edit`), and the new work
is laid over the assignment's span again, not kept in the period typed.

Refused, in one line, before anything changes: work that is not a figure or is negative;
a period wholly before the task starts, or after it finishes when the task cannot stretch
(fixed duration, manually scheduled, a milestone); less work left than is done already.
"""

from __future__ import annotations

from datetime import date

from app.domain.errors import InputError
from app.domain.notation import format_work, parse_work
from app.domain.plan import Plan
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.schedule import Schedule
from app.domain.task import Task, TaskType


def read_typed_work(text: str, plan: Plan, group: str | None = None, decimal: str = ".") -> int:
    """Minutes of work typed in a cell (``16``, ``16h``, ``2d``; a bare number is in the
    plan's work unit), in the reader's number marks; InputError saying why not."""
    try:
        typed = parse_work(text, plan.project, group=group, decimal=decimal)
    except InputError:
        if text.strip().startswith("-"):
            raise InputError(f"{quoted(text.strip())}: work cannot be negative") from None
        raise InputError(f"{quoted(text.strip())} is not work (try 8h or 1d)") from None
    if typed.elapsed:
        raise InputError(f"{quoted(text.strip())}: work is working time, not elapsed time")
    return typed.minutes


def _can_stretch(task: Task) -> bool:
    """Whether more work may lengthen the task (MS Project stretches a fixed-units or
    fixed-work task to hold work typed after its finish)."""
    return not (task.task_type is TaskType.FIXED_DURATION or task.manual or task.milestone)


def work_after_typing(
    plan: Plan,
    schedule: Schedule,
    assignment_uid: int,
    work: float,
    shown: float,
    typed: int,
    first: date,
    last: date,
) -> int:
    """The assignment's new work (minutes) when ``typed`` minutes replace the ``shown``
    ones of the period ``first``..``last`` (days), its work now ``work`` minutes;
    InputError naming why the period cannot take it (the module's note)."""
    a = plan.assignment(assignment_uid)
    task = plan.task(a.task_uid)
    name = quoted(task.name, NAME_LIMIT)
    if typed < 0:
        raise InputError("work cannot be negative")
    times = schedule.get(task.uid)
    if times is not None and shown <= 0 and typed > 0:
        start, finish = times.start.date(), times.finish.date()
        if last < start:
            raise InputError(f"{name} starts later: type work in its own periods")
        if first > finish and not _can_stretch(task):
            why = (
                "a milestone"
                if task.milestone
                else "manually scheduled"
                if task.manual
                else "of fixed duration"
            )
            raise InputError(
                f"{name} has finished by then and is {why}: it cannot stretch to that period"
            )
    new = round(work + typed - shown)
    done = a.actual_work_minutes
    if new < done:
        raise InputError(
            f"{quoted(plan.resource(a.resource_uid).name, NAME_LIMIT)} has done "
            f"{format_work(done, plan.project)} on {name} already: the work cannot drop below it"
        )
    return new
