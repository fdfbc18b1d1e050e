"""Work typed period by period on a task leveling pauses: it moves with the task's work, as
Split Task moves it (:func:`app.domain.usage_typed_work.typed_work_paused`).

A split leveling makes (a task laid in parts around a clash, or a started task's work left
paused) and Clear Leveling taking it out change the task's pauses as Split Task and Remove
Splits do; the typed pieces of its assignments follow the same rule (each keeps the task's
work done before it), so the typed week after a leveling pause lies after it, and clearing
the leveling brings it back. Kept apart from :mod:`~app.domain.leveling_resume`, which
:mod:`app.domain.splits` imports (the typed-work rules import the splits)."""

from __future__ import annotations

from collections.abc import Iterable

from app.domain.plan import Plan
from app.domain.resource import Assignment
from app.domain.task import Task
from app.domain.usage_typed_work import typed_work_paused


def typed_work_moved(plan: Plan, tasks: Iterable[Task]) -> list[Assignment]:
    """The assignments of ``tasks`` (as leveling makes or clears them, not yet in ``plan``)
    whose typed pieces move because the task's pauses change; the others are left out (most
    tasks: their pauses stay, or nobody typed work on them)."""
    out: list[Assignment] = []
    for changed in tasks:
        task = plan.task(changed.uid)
        if changed.splits == task.splits:
            continue
        if not any(a.edited_work for a in plan.assignments_of_task(task.uid)):
            continue
        out.extend(typed_work_paused(plan, task.uid, changed.splits))
    return out
