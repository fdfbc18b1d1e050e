"""What a duration and a % complete typed in Task Information do to a task's actuals.

Shared by the dialog for one task and the one for several
(app/ui/dialogs/multi_task_dialog.py), so both behave as the sheet does.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.domain.notation import Duration
from app.domain.tracking import typed_progress
from app.domain.tracking_edits import finish_after
from app.ui.document import Document
from app.ui.models.task_date_edits import duration_progress, task_worktime
from app.ui.models.task_edits import manual_finish


def manual_pin(document: Document, uid: int) -> dict[str, Any]:
    """The start and finish that keep task ``uid`` where it is scheduled as it turns manually
    scheduled, as MS Project leaves the bar where it is: a manual task is placed at its own
    start and finish, which on an automatic task are the dates of its last save and may be
    weeks off by now. Nothing for a task already manual or not scheduled."""
    task = document.plan.task(uid)
    times = document.schedule.get(uid)
    if task.manual or times is None:
        return {}
    return {"start": times.start, "finish": times.finish}


def tracking_changes(
    document: Document,
    uid: int,
    duration: Duration | None,
    percent: float | None,
    manual: bool = False,
) -> dict[str, Any]:
    """The fields a new ``duration`` and a typed ``percent`` (None: not typed) set on task
    ``uid``, as in the sheet (app/domain/tracking_edits.py): a new duration keeps the work
    done and % complete follows, unless a % complete was typed too; that one then counts on
    the new duration. ``manual``: the task is being made manually scheduled in the same
    step, so a new duration ends its bar one duration after the start it is pinned at
    (:func:`manual_pin`). A summary gets nothing here (its figures come from its subtasks)."""
    plan = document.plan
    task = plan.task(uid)
    if plan.is_summary(uid):
        return {}
    changes: dict[str, Any] = {}
    if manual and not task.manual:
        pin = manual_pin(document, uid)
        task = replace(task, manual=True, **pin)
        changes.update(pin)
    if duration is not None:
        changes.update(
            duration_minutes=duration.minutes,
            elapsed=duration.elapsed,
            estimated=duration.estimated,
            duration_unit=duration.unit,
        )
        if percent is None and task.percent_complete > 0:  # none done: nothing to keep
            changes.update(duration_progress(document, task, duration.minutes, duration.elapsed))
        # a manual task's bar ends one new duration after its start, as in the sheet
        changes.update(manual_finish(plan, task, duration.minutes, duration.elapsed))
    if percent is not None:
        # with the actual dates a typed % complete sets, as in the sheet
        progress = typed_progress(task, document.schedule.get(uid), percent)
        start = progress.get("actual_start", task.actual_start)
        if duration is not None and progress.get("actual_finish") and start:
            # finished now: one new duration after its start, not at the old finish
            new = replace(task, **changes)
            progress["actual_finish"] = finish_after(
                new, start, new.duration_minutes, task_worktime(plan, new)
            )
        changes.update(progress)
    return changes
