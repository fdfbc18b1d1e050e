"""Multiple Task Information's OK as one change of the plan: the fields set on thousands
of tasks are written together (:meth:`~app.domain.plan.Plan.update_tasks`, announced
once, and their people's work a new duration moves, ``update_assignments``), not one
task edit at a time, which cost the views and the scheduler one notification per task
and per assignment (5k tasks: ~1.6 s).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from app.domain.assigning import rebalance_for_duration
from app.domain.resource import Assignment
from app.domain.task import Task
from app.ui.commands import PlanCommand
from app.ui.document import Document


class EditTasksCommand(PlanCommand):
    """Change fields of many tasks (uid: field: value) at once; where the duration changes,
    work or units follow the task type as :class:`~app.ui.commands.EditTaskCommand` does."""

    def __init__(
        self, document: Document, text: str, changes: Mapping[int, Mapping[str, Any]]
    ) -> None:
        super().__init__(document, text)
        self.changes = dict(changes)
        self._old: list[Task] = []
        self._old_assignments: list[Assignment] = []

    def _redo(self) -> None:
        plan = self.document.plan
        self._old = plan.update_tasks(replace(plan.task(u), **c) for u, c in self.changes.items())
        durations = {
            uid: c["duration_minutes"] for uid, c in self.changes.items() if "duration_minutes" in c
        }
        on_task: dict[int, list[Assignment]] = {uid: [] for uid in durations}
        for a in plan.assignments:
            mine = on_task.get(a.task_uid)
            if mine is not None:
                mine.append(a)
        self._old_assignments = plan.update_assignments(  # work or units follow the type (H5)
            a
            for uid, minutes in durations.items()
            for a in rebalance_for_duration(plan, uid, minutes, on_task[uid])
        )

    def _undo(self) -> None:
        plan = self.document.plan
        plan.update_assignments(self._old_assignments)
        plan.update_tasks(self._old)
