"""Typing an assignment's Delay (MS Project's Assignment Information and Task Usage field):
one undo step that moves the person's work later and stretches (or shrinks back) their
task's duration with it (:func:`app.domain.assignment_delay.delay_edit`)."""

from __future__ import annotations

from app.domain.assignment_delay import delay_edit
from app.domain.assignment_work import Edit, apply_edit
from app.domain.quoting import quoted
from app.domain.task import DurationUnit
from app.ui.commands import PlanCommand
from app.ui.document import Document


class AssignmentDelayCommand(PlanCommand):
    """Delay one person on one task by ``minutes`` (working, or elapsed when ``elapsed``),
    shown in ``unit``, the one typed (``1w`` stays ``1w``)."""

    def __init__(
        self,
        document: Document,
        assignment_uid: int,
        minutes: int,
        elapsed: bool,
        unit: DurationUnit | None = None,
    ):
        plan = document.plan
        a = plan.assignment(assignment_uid)
        who, task = plan.resource(a.resource_uid).name, plan.task(a.task_uid).name
        super().__init__(document, f"Delay {quoted(who)} on {quoted(task)}")
        self._uid = assignment_uid
        self._minutes = minutes
        self._elapsed = elapsed
        self._unit = unit
        self._before: Edit | None = None

    def _redo(self) -> None:
        plan = self.document.plan
        edit = delay_edit(plan, self._uid, self._minutes, self._elapsed, self._unit)
        self._before = apply_edit(plan, edit)

    def _undo(self) -> None:
        if self._before is not None:
            apply_edit(self.document.plan, self._before)
            self._before = None
