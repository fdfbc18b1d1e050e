"""Task Information's Advanced tab has MS Project's Earned Value method and the task's
Physical % Complete (the sheet's column holds the same): chosen there, they are one undo
step with the dialog's other fields; untouched, they change nothing; a summary's box is
greyed (its earned value adds up its subtasks')."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QTabWidget

from app.domain.earned_value_method import EarnedValueMethod
from app.ui.dialogs.task_dialog import TaskDialog
from app.ui.document import Document
from tests.test_s20ev_status_date_ev import FRI2, _plan

PHYSICAL = EarnedValueMethod.PHYSICAL_PERCENT_COMPLETE


def test_s26ev_method_and_physical_percent_set_in_one_step(qtbot):
    doc = Document(_plan(status=FRI2))
    dialog = TaskDialog(doc, 3)  # Build
    qtbot.addWidget(dialog)
    earned = dialog.earned
    assert earned.method.currentText() == "Project default (% Complete)"
    assert earned.physical.value() == 0
    earned.method.setCurrentIndex(earned.method.findData(PHYSICAL.value))
    earned.physical.setValue(60)
    dialog.findChild(QTabWidget).setCurrentIndex(3)  # Advanced
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.grab().save("/tmp/s26ev_task_info_earned.png")
    dialog.accept()
    task = doc.plan.task(3)
    assert (task.ev_method, task.physical_percent_complete) == (PHYSICAL, 60.0)
    assert task.percent_complete == 40.0  # % complete left as it was
    assert doc.undo_stack.count() == 1
    again = TaskDialog(doc, 3)
    qtbot.addWidget(again)
    assert again.earned.method.currentText() == "Physical % Complete"
    assert again.earned.physical.value() == 60
    doc.undo_stack.undo()
    task = doc.plan.task(3)
    assert (task.ev_method, task.physical_percent_complete) == (None, 0.0)


def test_s26ev_untouched_earned_value_fields_change_nothing(qtbot):
    doc = Document(_plan(status=FRI2))
    doc.plan.update_task(replace(doc.plan.task(3), physical_percent_complete=12.4))
    dialog = TaskDialog(doc, 3)
    qtbot.addWidget(dialog)
    assert dialog.earned.physical.value() == 12
    assert dialog.command() is None  # the exact 12.4 read from a file stays
    dialog.earned.method.setCurrentIndex(dialog.earned.method.findData(-1))
    assert dialog.command() is None


def test_s26ev_a_summarys_earned_value_box_is_greyed(qtbot):
    doc = Document(_plan(status=FRI2))
    dialog = TaskDialog(doc, 1)  # Phase
    qtbot.addWidget(dialog)
    assert not dialog.earned.isEnabled()
    assert dialog.earned.values() == {}
    tabs = dialog.findChild(QTabWidget)
    tabs.setCurrentIndex(3)  # Advanced
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.grab().save("/tmp/s26ev_task_info_summary.png")
