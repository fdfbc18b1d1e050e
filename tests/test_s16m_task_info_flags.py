"""Task Information's Inactive (General) and "Scheduling ignores resource calendars"
(Advanced), as MS Project has them, for one task and for several; the custom fields and
the constraint date of several tasks."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt

from app.domain.calendar import Calendar
from app.domain.custom_fields import value_of
from app.domain.task import ConstraintType
from app.ui.dialogs.multi_task_dialog import MultiTaskDialog
from app.ui.dialogs.task_dialog import TaskDialog
from app.ui.document import Document
from tests.gui.conftest import build_plan


def _doc() -> Document:
    plan = build_plan()
    plan.put_calendar(Calendar(uid=77, name="Night shift"))
    return Document(plan)


def test_one_task_made_inactive_and_back_in_one_step_each(qtbot):
    doc = _doc()
    dialog = TaskDialog(doc, 5)
    qtbot.addWidget(dialog)
    assert not dialog.inactive.isChecked()
    dialog.inactive.setChecked(True)
    dialog.accept()
    assert not doc.plan.task(5).active
    assert doc.undo_stack.count() == 1
    dialog = TaskDialog(doc, 5)
    qtbot.addWidget(dialog)
    assert dialog.inactive.isChecked()
    doc.undo_stack.undo()
    assert doc.plan.task(5).active


def test_ignoring_resource_calendars_needs_a_task_calendar(qtbot):
    doc = _doc()
    dialog = TaskDialog(doc, 5)
    qtbot.addWidget(dialog)
    assert not dialog.ignore_calendars.isEnabled()  # the project's calendar: nothing to ignore for
    dialog.calendar.setCurrentIndex(dialog.calendar.findData(77))
    assert dialog.ignore_calendars.isEnabled()
    dialog.ignore_calendars.setChecked(True)
    dialog.accept()
    task = doc.plan.task(5)
    assert (task.calendar_uid, task.ignore_resource_calendar) == (77, True)


def test_untouched_the_new_boxes_change_nothing(qtbot):
    doc = _doc()
    doc.plan.update_task(replace(doc.plan.task(5), active=False, ignore_resource_calendar=True))
    dialog = TaskDialog(doc, 5)
    qtbot.addWidget(dialog)
    assert dialog.ignore_calendars.isChecked()
    assert dialog.ignore_calendars.isEnabled()  # so it can be taken off
    dialog.accept()
    assert doc.undo_stack.count() == 0


def test_a_custom_field_retyped_goes_to_every_task_and_the_rest_stay(qtbot):
    doc = _doc()
    plan = doc.plan
    plan.update_task(replace(plan.task(2), custom=(("Text1", "north"), ("Text2", "a"))))
    plan.update_task(replace(plan.task(3), custom=(("Text1", "south"), ("Text2", "a"))))
    dialog = MultiTaskDialog(doc, [2, 3])
    qtbot.addWidget(dialog)
    assert dialog.custom.edits["Text1"].text() == ""  # north, south
    assert dialog.custom.edits["Text2"].text() == "a"
    dialog.custom.edits["Text2"].setText("b")
    dialog.accept()
    assert [value_of(plan.task(u).custom, "Text1") for u in (2, 3)] == ["north", "south"]
    assert [value_of(plan.task(u).custom, "Text2") for u in (2, 3)] == ["b", "b"]
    assert doc.undo_stack.count() == 1


def test_a_constraint_date_alone_pins_each_task_to_start_no_earlier(qtbot):
    doc = _doc()
    plan = doc.plan
    plan.update_task(
        replace(
            plan.task(6),
            constraint_type=ConstraintType.FNLT,
            constraint_date=datetime(2026, 6, 1, 17),
        )
    )
    dialog = MultiTaskDialog(doc, [5, 6])
    qtbot.addWidget(dialog)
    assert dialog.constraint.currentText() == ""  # ASAP and FNLT
    assert dialog.constraint_date.check.checkState() == Qt.CheckState.Unchecked
    dialog.constraint_date.check.setChecked(True)
    dialog.constraint_date.edit.setDateTime(QDateTime(datetime(2026, 5, 4, 8)))
    dialog.accept()
    assert not dialog.error.text()
    code, test = plan.task(5), plan.task(6)
    assert (code.constraint_type, code.constraint_date) == (
        ConstraintType.SNET,
        datetime(2026, 5, 4, 8),
    )
    assert (test.constraint_type, test.constraint_date) == (  # its own type kept
        ConstraintType.FNLT,
        datetime(2026, 5, 4, 8),
    )


def test_a_percent_typed_starts_every_task_but_not_the_summary(qtbot):
    doc = _doc()
    plan = doc.plan
    dialog = MultiTaskDialog(doc, [4, 5, 6])
    qtbot.addWidget(dialog)
    dialog.percent.setValue(50)
    dialog.accept()
    for uid in (5, 6):
        task = plan.task(uid)
        assert task.percent_complete == 50
        assert task.actual_start == doc.schedule.get(uid).start
    assert plan.task(4).percent_complete == 0
    assert "% complete" in dialog.note


def test_the_constraint_date_is_off_for_a_type_that_takes_none(qtbot):
    doc = _doc()
    dialog = MultiTaskDialog(doc, [5, 6])
    qtbot.addWidget(dialog)
    assert not dialog.constraint_date.check.isEnabled()  # both as soon as possible
    dialog.constraint.select(ConstraintType.MSO)
    assert dialog.constraint_date.check.isEnabled()
    dialog.constraint.select(ConstraintType.ALAP)
    assert not dialog.constraint_date.check.isEnabled()
