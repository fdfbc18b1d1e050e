"""Task Information offers a summary only the constraints a summary can have.

The sheet refuses 'Must start on' on a summary, as MS Project does, and the scheduler
honours only As soon as possible, Start no earlier than and Finish no later than there.
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

_SUMMARY_KINDS = {ConstraintType.ASAP, ConstraintType.SNET, ConstraintType.FNLT}


def _doc(phase: Task | None = None) -> Document:
    plan = Plan(project=Project(name="Office move", start=datetime(2027, 3, 1, 8, 0)))
    plan.append_task(phase or Task(1, "Phase", 1))
    plan.append_task(Task(2, "Survey", 2, duration_minutes=480))
    plan.append_task(Task(3, "Order", 2, duration_minutes=960))
    return Document(plan)


def _offered(dialog: TaskDialog) -> set[ConstraintType]:
    return {dialog.constraint.itemData(i) for i in range(dialog.constraint.count())}


def test_s18fx_a_summary_is_offered_its_three_a_subtask_all_eight(qtbot):
    doc = _doc()
    summary, subtask = TaskDialog(doc, 1), TaskDialog(doc, 2)
    qtbot.addWidget(summary)
    qtbot.addWidget(subtask)
    assert _offered(summary) == _SUMMARY_KINDS
    assert _offered(subtask) == set(ConstraintType)
    # what is offered still works: Start no earlier than goes on the summary
    summary.constraint.setCurrentIndex(summary.constraint.findData(ConstraintType.SNET))
    doc.push(summary.command())
    assert doc.plan.task(1).constraint_type is ConstraintType.SNET


def test_s18fx_a_summary_holding_another_from_a_file_keeps_it_until_changed(qtbot):
    held = datetime(2027, 3, 3, 8, 0)
    phase = Task(1, "Phase", 1, constraint_type=ConstraintType.MSO, constraint_date=held)
    doc = _doc(phase)
    dialog = TaskDialog(doc, 1)
    qtbot.addWidget(dialog)
    # shown as it is, not silently turned into As soon as possible
    assert dialog.constraint.currentData() is ConstraintType.MSO
    assert _offered(dialog) == _SUMMARY_KINDS | {ConstraintType.MSO}
    dialog.name.setText("Phase one")  # another field edited: OK goes through, MSO untouched
    doc.push(dialog.command())
    assert doc.plan.task(1).name == "Phase one"
    assert doc.plan.task(1).constraint_type is ConstraintType.MSO

    again = TaskDialog(doc, 1)
    qtbot.addWidget(again)
    again.constraint_date.fill(datetime(2027, 3, 5, 8, 0))  # a new date for Must start on
    steps = doc.undo_stack.count()
    with pytest.raises(AppError, match="summary task 'Phase one' can only be 'As Soon As"):
        again.command()
    assert doc.undo_stack.count() == steps
    assert doc.plan.task(1).constraint_date == held
