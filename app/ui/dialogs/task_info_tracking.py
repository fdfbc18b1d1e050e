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
from app.ui.models.task_edits import duration_progress, manual_finish, task_worktime


def tracking_changes(
    document: Document, uid: int, duration: Duration | None, percent: float | None
) -> dict[str, Any]:
    """The fields a new ``duration`` and a typed ``percent`` (None: not typed) set on task
    ``uid``, as in the sheet (app/domain/tracking_edits.py): a new duration keeps the work
    done and % complete follows, unless a % complete was typed too; that one then counts on
    the new duration. A summary gets nothing here (its figures come from its subtasks)."""
    plan = document.plan
    task = plan.task(uid)
    if plan.is_summary(uid):
        return {}
    changes: dict[str, Any] = {}
    if duration is not None:
        changes.update(
            duration_minutes=duration.minutes,
            elapsed=duration.elapsed,
            estimated=duration.estimated,
            duration_unit=duration.unit,
        )
        if percent is None:
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
