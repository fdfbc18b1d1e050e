"""Assignment Information: work, units and work contour typed, one undo step; opened from the
Team view's assignment list (double-click on a shown cell, or its context menu)."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.domain.calendar import Calendar
from app.domain.contours import WorkContour
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.task import Task, TaskType
from app.domain.usage import Scale, build_usage
from app.ui.dialogs.assignment_info import AssignmentInfoDialog, open_assignment_info, read_units
from app.ui.document import Document
from app.ui.team.assignment_table import AssignmentUidRole
from app.ui.team.view import TeamView

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480
DATES = 5  # the Dates column of the assignment list


def _plan() -> Plan:
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Design", duration_minutes=10 * DAY))
    plan.append_task(
        Task(2, "Review", duration_minutes=10 * DAY, task_type=TaskType.FIXED_DURATION)
    )
    full = ((480, 720), (780, 1020))
    plan.put_calendar(Calendar(7, "Tuesday to Friday", week=((), *(full,) * 4, (), ())))
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    plan.add_resource(Resource(2, "Ben", calendar_uid=7))
    plan.add_resource(Resource(3, "Fee", type=ResourceType.COST))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 10 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 10 * DAY))
    plan.add_assignment(Assignment(3, 1, 2, 0.5, 10 * DAY // 2))
    plan.add_assignment(Assignment(4, 1, 3, 0.0, cost=500.0))
    return plan


@pytest.fixture
def doc():
    return Document(_plan())


def _dialog(qtbot, doc, uid):
    dialog = AssignmentInfoDialog(doc, uid)
    qtbot.addWidget(dialog)
    return dialog


def test_the_dialog_shows_the_assignment(qtbot, doc):
    dialog = _dialog(qtbot, doc, 1)
    assert dialog.work.text() == "80h"
    assert dialog.units.text() == "100%"
    assert dialog.contour.currentData() is WorkContour.FLAT
    assert dialog.contour.count() == 9
    assert dialog.start.text().endswith("2026-01-05 08:00")
    assert "4,000" in dialog.cost.text() or "4000" in dialog.cost.text()  # 80 h at 50
    ben = _dialog(qtbot, doc, 3)
    assert ben.start.text() == "Tue 2026-01-06 08:00"  # Ben does not work on Mondays
    fee = _dialog(qtbot, doc, 4)
    assert not fee.work.isEnabled()
    assert not fee.contour.isEnabled()


def test_a_contour_is_one_undo_step_that_stretches_the_task(qtbot, doc):
    plan = doc.plan
    dialog = _dialog(qtbot, doc, 1)
    dialog.contour.setCurrentIndex(dialog.contour.findData(WorkContour.BACK_LOADED))
    before = doc.undo_stack.count()
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert doc.undo_stack.count() == before + 1
    assert plan.assignment(1).contour is WorkContour.BACK_LOADED
    assert plan.task(1).duration_minutes == 8000  # 80 h at 60 % of the peak on average
    assert plan.assignment(1).work_minutes == 10 * DAY
    usage = build_usage(plan, doc.schedule)
    days = usage.periods(Scale.DAYS)
    j = next(k for k, a in enumerate(usage.assignments) if a.uid == 1)
    cells = [v for v in usage.assignment_values(j, days) if v > 0]
    assert cells[0] < cells[-1]  # back loaded: little at first, most at the end
    doc.undo_stack.undo()
    assert plan.assignment(1).contour is WorkContour.FLAT
    assert plan.task(1).duration_minutes == 10 * DAY
    doc.undo_stack.redo()
    assert plan.assignment(1).contour is WorkContour.BACK_LOADED
    assert plan.task(1).duration_minutes == 8000


def test_work_units_and_contour_together_are_one_step(qtbot, doc):
    plan = doc.plan
    dialog = _dialog(qtbot, doc, 2)  # Ana on the fixed-duration Review
    dialog.units.setText("50%")
    dialog.contour.setCurrentIndex(dialog.contour.findData(WorkContour.BELL))
    before = doc.undo_stack.count()
    dialog.accept()
    assert doc.undo_stack.count() == before + 1
    a = plan.assignment(2)
    assert (a.units, a.contour) == (0.5, WorkContour.BELL)
    assert a.work_minutes == round(0.5 * 10 * DAY * 0.5)  # duration kept, half the peak
    assert plan.task(2).duration_minutes == 10 * DAY
    doc.undo_stack.undo()
    a = plan.assignment(2)
    assert (a.units, a.work_minutes, a.contour) == (1.0, 10 * DAY, WorkContour.FLAT)


def test_bad_input_names_the_field_and_changes_nothing(qtbot, doc):
    dialog = _dialog(qtbot, doc, 1)
    dialog.units.setText("lots")
    dialog.accept()
    assert "Units" in dialog.error.text()
    assert dialog.result() != dialog.DialogCode.Accepted
    dialog.units.setText("100%")
    dialog.work.setText("-5h")
    dialog.accept()
    assert "Work" in dialog.error.text() or "work" in dialog.error.text()
    assert doc.undo_stack.count() == 0
    assert doc.plan.assignment(1) == _plan().assignment(1)
    with pytest.raises(Exception, match="Units"):
        read_units("half")


def test_ok_without_a_change_is_no_step(qtbot, doc):
    dialog = _dialog(qtbot, doc, 1)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.last_command is None
    assert doc.undo_stack.count() == 0


def test_open_assignment_info_says_whether_it_changed(qtbot, doc, monkeypatch):
    seen = []
    monkeypatch.setattr(
        AssignmentInfoDialog,
        "ask",
        classmethod(lambda cls, d, uid, parent=None: seen.append(uid) or True),
    )
    assert open_assignment_info(doc, 3, None) is True
    assert seen == [3]


def _accept_the_open_dialog(contour: WorkContour):
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, AssignmentInfoDialog) and widget.isVisible():
            widget.contour.setCurrentIndex(widget.contour.findData(contour))
            widget.accept()


def test_the_team_views_list_opens_it_and_shows_the_persons_dates(qtbot, doc):
    view = TeamView(doc)
    qtbot.addWidget(view)
    view.show()
    task = doc.schedule.get(1)
    assert task.start == MON
    view.select(2)  # Ben, Tuesday to Friday
    dates = view.assignments.item(0, DATES).text()
    assert dates == f"2026-01-06 to {task.finish:%Y-%m-%d}"  # his own start, not the task's
    view.select(1)
    item = view.assignments.item(0, 0)
    assert not item.flags() & Qt.ItemFlag.ItemIsEditable
    assert item.data(AssignmentUidRole) == 1
    QTimer.singleShot(0, lambda: _accept_the_open_dialog(WorkContour.TURTLE))
    view.assignments.itemDoubleClicked.emit(item)
    assert doc.plan.assignment(1).contour is WorkContour.TURTLE
    assert "Turtle" in view.assignments.item(0, 0).toolTip()
    action = view.actions_by_id["team_assignment_info"]
    assert action in view.assignments.actions()  # the list's context menu
    view.assignments.setCurrentCell(0, 0)
    QTimer.singleShot(0, lambda: _accept_the_open_dialog(WorkContour.FLAT))
    action.trigger()
    assert doc.plan.assignment(1).contour is WorkContour.FLAT
    assert doc.undo_stack.count() == 2


def test_notes_are_kept_with_the_assignment_in_one_step(qtbot, doc):
    dialog = _dialog(qtbot, doc, 1)
    assert dialog.notes.toPlainText() == ""
    dialog.notes.setPlainText("Needs the vendor's API keys first")
    dialog.accept()
    assert doc.plan.assignment(1).notes == "Needs the vendor's API keys first"
    assert doc.plan.task(1).duration_minutes == 10 * DAY  # nothing else moved
    assert doc.undo_stack.count() == 1
    assert _dialog(qtbot, doc, 1).notes.toPlainText() == "Needs the vendor's API keys first"
    doc.undo_stack.undo()
    assert doc.plan.assignment(1).notes == ""
