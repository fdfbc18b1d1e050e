"""Assignment Information with both Work and Work contour typed keeps the work typed.

A PM halves a fixed-duration review's work and shapes it Bell in one go: MS Project keeps
the duration, the 40 h typed and the contour, and works out the peak units from them. The
dialog used to apply the work first (units from the flat shape) and the contour after it,
which took the work down again to units x duration x the Bell's mean: 20 h, not the 40 h
typed.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.contours import WorkContour
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task, TaskType
from app.ui.dialogs.assignment_info import AssignmentInfoDialog
from app.ui.document import Document

DAY = 480


def _doc(task_type: TaskType) -> Document:
    plan = Plan(project=Project(start=datetime(2026, 1, 5, 8, 0)))
    plan.append_task(Task(1, "Review", duration_minutes=10 * DAY, task_type=task_type))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 10 * DAY))
    return Document(plan)


def _ok(qtbot, doc: Document, work: str, contour: WorkContour) -> None:
    dialog = AssignmentInfoDialog(doc, 1)
    qtbot.addWidget(dialog)
    dialog.work.setText(work)
    dialog.contour.setCurrentIndex(dialog.contour.findData(contour))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()


def test_fixed_duration_keeps_the_work_typed_with_a_new_contour(qtbot):
    doc = _doc(TaskType.FIXED_DURATION)
    _ok(qtbot, doc, "40h", WorkContour.BELL)
    a = doc.plan.assignment(1)
    assert a.contour is WorkContour.BELL
    assert a.work_minutes == 40 * 60  # as typed
    assert doc.plan.task(1).duration_minutes == 10 * DAY  # fixed duration
    # 40 h over 80 h of working time shaped Bell (mean 0.5): a peak of 100 %
    assert a.units == pytest.approx(1.0)
    doc.undo_stack.undo()
    a = doc.plan.assignment(1)
    assert (a.units, a.work_minutes, a.contour) == (1.0, 10 * DAY, WorkContour.FLAT)


def test_fixed_units_keeps_the_work_and_units_and_stretches_the_task(qtbot):
    doc = _doc(TaskType.FIXED_UNITS)
    _ok(qtbot, doc, "40h", WorkContour.BELL)
    a = doc.plan.assignment(1)
    assert (a.work_minutes, a.units, a.contour) == (40 * 60, 1.0, WorkContour.BELL)
    assert doc.plan.task(1).duration_minutes == 80 * 60  # 40 h at a mean of 50 %


@pytest.mark.parametrize("typed", ["0%", "-5%", "0"])
def test_units_of_nought_or_less_are_refused_naming_the_field(qtbot, typed):
    doc = _doc(TaskType.FIXED_UNITS)
    dialog = AssignmentInfoDialog(doc, 1)
    qtbot.addWidget(dialog)
    dialog.units.setText(typed)
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error.text().startswith("Units:")  # as every other refusal of the field
    assert doc.undo_stack.count() == 0
