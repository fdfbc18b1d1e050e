"""Task Information on a summary task takes only the constraints a summary can have.

The sheet refuses 'Must start on' on a summary ("summary task 'Phase' can only be 'As soon
as possible', 'Start no earlier than' or 'Finish no later than'"), as MS Project does, and
the scheduler honours only those on a summary. Task Information offered all eight and OK
stored 'Must start on': the Constraint column then shows it while nothing holds the
summary to it, and no scheduling issue says so.

The dialog (app/ui/dialogs/task_dialog.py) now offers a summary SUMMARY_CONSTRAINT_NAMES
and its OK refuses the others with the sheet's message (tests/test_s18fx_summary_constraint.py).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.errors import AppError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import ConstraintType, Task
from app.ui.dialogs.task_dialog import TaskDialog
from app.ui.document import Document


def _doc() -> Document:
    plan = Plan(project=Project(name="Office move", start=datetime(2027, 3, 1, 8, 0)))
    plan.append_task(Task(1, "Phase", 1))
    plan.append_task(Task(2, "Survey", 2, duration_minutes=480))
    plan.append_task(Task(3, "Order", 2, duration_minutes=960))
    return Document(plan)


def _ok(dialog: TaskDialog, doc: Document) -> None:
    """What OK does: the dialog's edit, pushed as one undo step."""
    command = dialog.command()
    if command is not None:
        doc.push(command)


def test_s18x_task_information_keeps_a_summary_to_its_constraints(qtbot):
    doc = _doc()
    dialog = TaskDialog(doc, 1)
    qtbot.addWidget(dialog)
    offered = {dialog.constraint.itemData(i) for i in range(dialog.constraint.count())}
    if ConstraintType.MSO in offered:
        dialog.constraint.setCurrentIndex(dialog.constraint.findData(ConstraintType.MSO))
        steps = doc.undo_stack.count()
        with pytest.raises(AppError, match="summary task 'Phase' can only be"):
            _ok(dialog, doc)
        assert doc.undo_stack.count() == steps
    assert doc.plan.task(1).constraint_type is ConstraintType.ASAP
