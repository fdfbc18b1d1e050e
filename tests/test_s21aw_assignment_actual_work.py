"""A person's Actual Work typed in Assignment Information (opened from the Team and Usage
views), as in MS Project: kept as that person's, the task's progress following, one undo
step with the other fields. The plan and window: tests/test_s21aw_actual_work_window.py.
"""

from __future__ import annotations

from app.ui.dialogs.assignment_info import AssignmentInfoDialog
from tests.test_s21aw_actual_work_window import _cells, window

__all__ = ["window"]  # the fixture, used by name


def test_s21aw_a_persons_actual_work_in_assignment_information(window, qtbot) -> None:
    doc = window.document
    dialog = AssignmentInfoDialog(doc, 1, window)
    qtbot.addWidget(dialog)
    assert dialog.actual_work.text() == "0h"
    assert dialog.work.text() == "40h"  # duration x units: it read 0h
    dialog.actual_work.setText("8h")
    dialog.show()
    dialog.grab().save("/tmp/s21aw_assignment_info.png")
    dialog.accept()
    assert dialog.error.text() == ""
    costs = doc.costs
    assert (costs.assignments[1].actual_work_minutes, costs.assignments[2].actual_work_minutes) == (
        8 * 60,
        0,
    )
    assert _cells(window) == ("13%", "8h", "52h", "13%", "4.33d")
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Actual work of 'Ana' on 'Code'"
    doc.undo_stack.undo()
    assert _cells(window) == ("0%", "0h", "60h", "0%", "5d")
    assert doc.plan.assignment(1).actual_work_minutes == 0


def test_s21aw_work_and_actual_work_typed_together_are_one_step(window, qtbot) -> None:
    doc = window.document
    dialog = AssignmentInfoDialog(doc, 2, window)
    qtbot.addWidget(dialog)
    dialog.work.setText("10h")  # Bob's 20h made 10h, half of it done
    dialog.actual_work.setText("5h")
    dialog.accept()
    assert dialog.error.text() == ""
    assert doc.plan.assignment(2).work_minutes == 10 * 60
    assert doc.costs.assignments[2].actual_work_minutes == 5 * 60
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan.assignment(2).work_minutes == 0
    assert doc.costs.assignments[2].actual_work_minutes == 0


def test_s21aw_a_bad_persons_actual_work_names_the_field(window, qtbot) -> None:
    doc = window.document
    dialog = AssignmentInfoDialog(doc, 1, window)
    qtbot.addWidget(dialog)
    dialog.actual_work.setText("soon")
    dialog.accept()
    assert dialog.error.text() == "Actual work: 'soon' is not work (try 8h, 1.5d)"
    assert doc.undo_stack.count() == 0
    assert doc.plan.task(5).percent_complete == 0.0
