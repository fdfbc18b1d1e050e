"""Task Information for several tasks (MS Project's Multiple Task Information): blank where
the tasks differ, only the fields changed applied to all, one undo step."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QTabWidget

from app.domain.calendar import Calendar
from app.domain.task import ConstraintType, TaskType
from app.ui.dialogs.multi_task_dialog import MultiTaskDialog
from app.ui.dialogs.multi_task_edits import TITLE
from app.ui.document import Document
from tests.gui.conftest import build_plan

THREE = [2, 3, 5]  # Specs (3d), Review (1d), Code (5d): no summary among them


def _doc() -> Document:
    plan = build_plan()
    plan.update_task(replace(plan.task(2), priority=300, notes="Ask Ana"))
    plan.update_task(replace(plan.task(3), priority=600, notes="Ask Ana"))
    plan.update_task(replace(plan.task(5), priority=900, notes="Ask Ana", manual=True))
    return Document(plan)


def _dialog(qtbot, doc, uids):
    dialog = MultiTaskDialog(doc, uids)
    qtbot.addWidget(dialog)
    return dialog


def _fields(plan, uid):
    t = plan.task(uid)
    return (t.priority, t.duration_minutes, t.notes, t.manual, t.deadline, t.constraint_type)


def test_fields_are_blank_where_the_tasks_differ_and_filled_where_they_agree(qtbot):
    doc = _doc()
    dialog = _dialog(qtbot, doc, THREE)
    assert dialog.windowTitle() == TITLE
    assert dialog.duration.text() == ""  # 3d, 1d, 5d
    assert dialog.priority.text().strip() == ""  # 300, 600, 900
    assert dialog.percent.text() == "0%"  # all at 0 %
    assert dialog.notes.toPlainText() == "Ask Ana"
    assert dialog.manual.checkState() == Qt.CheckState.PartiallyChecked  # Code only
    assert dialog.milestone.checkState() == Qt.CheckState.Unchecked
    assert dialog.constraint.currentText() == "As Soon As Possible"
    assert dialog.deadline.check.checkState() == Qt.CheckState.Unchecked
    tabs = dialog.findChild(QTabWidget)
    enabled = {tabs.tabText(i): tabs.isTabEnabled(i) for i in range(tabs.count())}
    assert enabled == {
        "General": True,
        "Predecessors": False,  # MS Project disables them for several tasks
        "Resources": False,
        "Advanced": True,
        "Notes": True,
        "Custom Fields": True,
    }


def test_a_field_changed_goes_to_all_three_and_the_others_stay_different(qtbot):
    doc = _doc()
    plan = doc.plan
    before = {uid: _fields(plan, uid) for uid in THREE}
    dialog = _dialog(qtbot, doc, THREE)
    dialog.duration.setText("4d")
    dialog.accept()
    assert not dialog.error.text()
    for uid in THREE:
        assert plan.task(uid).duration_minutes == 4 * 480
    assert [plan.task(u).priority for u in THREE] == [300, 600, 900]  # left as they were
    assert [plan.task(u).manual for u in THREE] == [False, False, True]
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == TITLE
    doc.undo_stack.undo()
    assert {uid: _fields(plan, uid) for uid in THREE} == before
    doc.undo_stack.redo()
    assert [plan.task(u).duration_minutes for u in THREE] == [4 * 480] * 3


def test_untouched_it_changes_nothing(qtbot):
    doc = _doc()
    _dialog(qtbot, doc, THREE).accept()
    assert doc.undo_stack.count() == 0


def test_several_fields_are_one_undo_step(qtbot):
    doc = _doc()
    plan = doc.plan
    before = {uid: _fields(plan, uid) for uid in THREE}
    dialog = _dialog(qtbot, doc, THREE)
    dialog.priority.setValue(750)
    dialog.manual.setCheckState(Qt.CheckState.Unchecked)
    dialog.notes.setPlainText("Reviewed")
    dialog.deadline.check.setCheckState(Qt.CheckState.Checked)
    dialog.deadline.edit.setDateTime(QDateTime(datetime(2026, 4, 30, 17)))
    dialog.accept()
    for uid in THREE:
        t = plan.task(uid)
        assert (t.priority, t.manual, t.notes) == (750, False, "Reviewed")
        assert t.deadline == datetime(2026, 4, 30, 17)
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert {uid: _fields(plan, uid) for uid in THREE} == before


def test_bad_duration_says_why_as_the_single_dialog_and_changes_nothing(qtbot):
    doc = _doc()
    plan = doc.plan
    before = {uid: _fields(plan, uid) for uid in THREE}
    dialog = _dialog(qtbot, doc, THREE)
    dialog.duration.setText("5x")
    dialog.priority.setValue(100)  # a good field beside it is not applied either
    dialog.accept()
    assert dialog.error.text() == "'5x': unknown duration unit 'x'"
    assert {uid: _fields(plan, uid) for uid in THREE} == before
    assert doc.undo_stack.count() == 0


def test_summary_among_them_keeps_its_duration_and_the_status_bar_says_so(qtbot):
    doc = _doc()
    plan = doc.plan
    summary_finish = doc.schedule.get(1).finish
    dialog = _dialog(qtbot, doc, [1, 2, 3])  # Design is the summary of Specs and Review
    dialog.duration.setText("3d")
    dialog.priority.setValue(800)
    dialog.task_type.select(TaskType.FIXED_WORK)
    dialog.accept()
    assert not dialog.error.text()
    assert plan.task(2).duration_minutes == plan.task(3).duration_minutes == 3 * 480
    assert [plan.task(u).priority for u in (1, 2, 3)] == [800, 800, 800]  # applies to all
    assert plan.task(1).task_type is TaskType.FIXED_UNITS  # kept on the summary
    assert plan.task(2).task_type is TaskType.FIXED_WORK
    assert "'Design'" in dialog.note
    assert "duration" in dialog.note
    assert "task type" in dialog.note
    assert "priority" not in dialog.note
    assert doc.schedule.get(1).finish > summary_finish  # 3d + 3d rolled up, not 3d + 1d


def test_a_constraint_not_for_summaries_is_skipped_on_them(qtbot):
    doc = _doc()
    plan = doc.plan
    dialog = _dialog(qtbot, doc, [4, 5])  # Build (summary) and Code
    dialog.constraint.select(ConstraintType.MSO)
    dialog.accept()
    assert not dialog.error.text()
    assert plan.task(4).constraint_type is ConstraintType.ASAP
    code = plan.task(5)
    assert code.constraint_type is ConstraintType.MSO
    assert code.constraint_date is not None  # its own start, as MS Project fills it in
    assert "constraint" in dialog.note


def test_no_summary_means_no_note(qtbot):
    doc = _doc()
    dialog = _dialog(qtbot, doc, THREE)
    dialog.priority.setValue(10)
    dialog.accept()
    assert dialog.note == ""


def test_a_start_set_moves_every_task_there(qtbot):
    doc = _doc()
    plan = doc.plan
    dialog = _dialog(qtbot, doc, [2, 6])
    dialog.start.check.setCheckState(Qt.CheckState.Checked)
    dialog.start.edit.setDateTime(QDateTime(datetime(2026, 5, 4, 8)))
    dialog.accept()
    assert not dialog.error.text()
    for uid in (2, 6):  # pinned there, as typing the start into the sheet does
        task = plan.task(uid)
        assert (task.constraint_type, task.constraint_date) == (
            ConstraintType.SNET,
            datetime(2026, 5, 4, 8),
        )
    assert doc.schedule.get(2).start == datetime(2026, 5, 4, 8)
    assert doc.schedule.get(6).start > datetime(2026, 5, 4, 8)  # after Code, its predecessor


def test_calendar_and_flags_are_tri_state(qtbot):
    doc = _doc()
    plan = doc.plan
    night = Calendar(uid=77, name="Night shift")
    plan.put_calendar(night)
    plan.update_task(replace(plan.task(2), calendar_uid=77, active=False))
    dialog = _dialog(qtbot, doc, THREE)
    assert dialog.calendar.currentText() == ""  # Night shift, project, project
    assert dialog.inactive.checkState() == Qt.CheckState.PartiallyChecked
    dialog.calendar.select(77)
    dialog.ignore_calendars.setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    for uid in THREE:
        assert plan.task(uid).calendar_uid == 77
        assert plan.task(uid).ignore_resource_calendar
    assert [plan.task(u).active for u in THREE] == [False, True, True]  # left as they were


@pytest.mark.parametrize("mixed", [True, False])
def test_notes_are_replaced_only_when_edited(qtbot, mixed):
    doc = _doc()
    plan = doc.plan
    if mixed:
        plan.update_task(replace(plan.task(3), notes="Other"))
    dialog = _dialog(qtbot, doc, THREE)
    assert dialog.notes.toPlainText() == ("" if mixed else "Ask Ana")
    dialog.priority.setValue(5)
    dialog.accept()
    assert plan.task(3).notes == ("Other" if mixed else "Ask Ana")
    dialog = _dialog(qtbot, doc, THREE)
    dialog.notes.setPlainText("One note")
    dialog.accept()
    assert {plan.task(u).notes for u in THREE} == {"One note"}
