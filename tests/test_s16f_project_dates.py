"""Project Information: the project start moved to another day takes the default start time
(the one the dialog shows) unless a time is typed, as every other date field of the dialogs
does; a default start time not before the default end time is refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time

from PySide6.QtCore import QDate, QTime

from app.ui.dialogs.project_dialog import ProjectDialog
from app.ui.document import Document
from tests.gui.conftest import build_plan


def _doc(start=datetime(2026, 3, 2, 13, 30)):
    """The sample plan starting at half past one (a start set in the afternoon)."""
    plan = build_plan()
    plan.project = replace(plan.project, start=start)
    return Document(plan)


def _dialog(qtbot, doc):
    dialog = ProjectDialog(doc)
    qtbot.addWidget(dialog)
    return dialog


def test_a_new_start_day_takes_the_default_start_time(qtbot):
    doc = _doc()
    dialog = _dialog(qtbot, doc)
    dialog.start.setDate(QDate(2026, 3, 9))
    dialog.accept()
    assert doc.plan.project.start == datetime(2026, 3, 9, 8, 0)


def test_the_default_start_time_typed_in_the_same_step_is_the_one_taken(qtbot):
    doc = _doc()
    dialog = _dialog(qtbot, doc)
    dialog.default_start_time.setTime(QTime(9, 0))
    dialog.start.setDate(QDate(2026, 3, 9))
    dialog.accept()
    project = doc.plan.project
    assert project.default_start_time == time(9, 0)
    assert project.start == datetime(2026, 3, 9, 9, 0)


def test_a_time_typed_is_kept(qtbot):
    doc = _doc()
    dialog = _dialog(qtbot, doc)
    dialog.start.setDate(QDate(2026, 3, 9))
    dialog.start.setTime(QTime(10, 15))
    dialog.accept()
    assert doc.plan.project.start == datetime(2026, 3, 9, 10, 15)


def test_the_same_day_keeps_its_time(qtbot):
    doc = _doc()
    dialog = _dialog(qtbot, doc)
    dialog.name.setText("Renamed")
    dialog.accept()
    assert doc.plan.project.start == datetime(2026, 3, 2, 13, 30)
    assert doc.plan.project.name == "Renamed"


def test_a_default_start_after_the_default_end_is_refused(qtbot):
    doc = _doc()
    before = doc.plan.project
    dialog = _dialog(qtbot, doc)
    dialog.default_start_time.setTime(QTime(18, 0))
    dialog.default_finish_time.setTime(QTime(8, 0))
    dialog.accept()
    message = dialog.error.text()
    assert "18:00" in message
    assert "08:00" in message
    assert "before" in message
    assert doc.plan.project == before
    assert doc.undo_stack.count() == 0
