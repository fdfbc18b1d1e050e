"""Undo commands for what the mouse does to a bar on the chart: move, resize, progress
(a link dragged between bars is app.ui.link_commands.AddLinkCommand).

Each is one undoable step. Moving sets a start-no-earlier-than constraint at
the dropped date, as MS Project does; the other gestures edit one field.
"""

from __future__ import annotations

from datetime import datetime

from app.domain.errors import PlanError
from app.domain.task import ConstraintType
from app.domain.tracking import typed_progress
from app.domain.tracking_edits import task_clock, typed_duration_progress
from app.ui.commands import EditTaskCommand, quoted
from app.ui.document import Document


def move_start(document: Document, uid: int, start: datetime) -> datetime:
    """The start a bar moved to ``start`` gets (PlanError: the move is refused).

    An automatic task never goes before the project start; dropped on the
    project's first day, before its hour, it takes the project's start.
    """
    task = document.plan.task(uid)
    if task.manual:
        return start
    project = document.plan.project
    if start < project.start and start.date() == project.start.date():
        start = project.start  # dropped on the first day, before the project's hour
    if start < project.start:
        # The scheduler never starts an automatic task before the project: the pin would
        # do nothing and the bar spring back (typing the start in the sheet says so too).
        raise PlanError(
            f"{quoted(task.name)} cannot move to {start:%Y-%m-%d %H:%M}: that is before "
            f"the project start {project.start:%Y-%m-%d %H:%M} (change it in Project Information)"
        )
    return start


def move_task_command(
    document: Document, uid: int, start: datetime, finish: datetime | None = None
) -> EditTaskCommand:
    """Move a bar: start no earlier than ``start`` (manual tasks take the date itself).

    A manual task also takes ``finish`` (default: its finish shifted as its
    start is). Raises PlanError when an automatic task would go before the
    project start (see :func:`move_start`).
    """
    task = document.plan.task(uid)
    text = f"Move task {quoted(task.name)}"
    start = move_start(document, uid, start)
    if task.manual:
        if finish is None:
            times = document.schedule.get(uid)
            shift = (start - times.start) if times else None
            finish = task.finish + shift if task.finish and shift is not None else task.finish
        return EditTaskCommand(document, uid, text, start=start, finish=finish)
    return EditTaskCommand(
        document, uid, text, constraint_type=ConstraintType.SNET, constraint_date=start
    )


def resize_task_command(
    document: Document, uid: int, minutes: int, finish: datetime | None = None
) -> EditTaskCommand:
    """Drag a bar's right end: a new duration in working minutes (and ``finish``, if given).

    The duration is no longer an estimate ("1d?" becomes "3d"), as typing it in the
    sheet or dragging it in MS Project makes it.
    """
    task = document.plan.task(uid)
    text = f"Change duration of {quoted(task.name)}"
    changes: dict[str, object] = {"duration_minutes": max(minutes, 0)}
    if finish is not None:
        changes["finish"] = finish
    if task.estimated:
        changes["estimated"] = False
    # the work done stays and % complete follows, as typing the duration does
    clock = task_clock(document.plan, task)
    changes.update(
        typed_duration_progress(task, document.schedule.get(uid), max(minutes, 0), clock)
    )
    return EditTaskCommand(document, uid, text, **changes)


def progress_command(document: Document, uid: int, percent: float) -> EditTaskCommand:
    """Drag the progress edge: a new % complete, with the actual dates typing it sets."""
    task = document.plan.task(uid)
    percent = max(0.0, min(100.0, percent))
    # Above 0 % the task has started, at 100 % finished (as in MS Project and the sheet).
    fields = typed_progress(task, document.schedule.get(uid), percent)
    return EditTaskCommand(
        document, uid, f"Set progress of {quoted(task.name)} to {percent:g}%", **fields
    )
