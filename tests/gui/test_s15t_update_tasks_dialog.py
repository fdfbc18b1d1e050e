"""Update Tasks: one task's % complete, actual and remaining duration and actual dates, kept
consistent as MS Project keeps them (app/domain/tracking_edits.py), OK one undo step."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import QDateTime

from app.store.document import GantryFile
from app.ui.dialogs.update_tasks_dialog import UpdateTasksDialog
from app.ui.document import Document
from tests.gui.conftest import build_plan

DAY = 480
CODE = 5  # 'Code': 5 days, Fri 2026-03-06 .. Thu 2026-03-12


@pytest.fixture
def doc():
    return Document(build_plan())


def _dialog(qtbot, doc, uid=CODE):
    dialog = UpdateTasksDialog(doc, uid)
    qtbot.addWidget(dialog)
    return dialog


def _task(doc):
    return doc.plan.task(CODE)


def test_it_opens_on_the_tasks_progress(qtbot, doc):
    plan = doc.plan
    plan.update_task(replace(_task(doc), percent_complete=60, actual_start=datetime(2026, 3, 6, 8)))
    doc.reschedule()
    dialog = _dialog(qtbot, doc)
    assert dialog.percent.value() == 60
    assert (dialog.actual_duration.text(), dialog.remaining_duration.text()) == ("3d", "2d")
    assert dialog.actual_start.value() == datetime(2026, 3, 6, 8, 0)
    assert dialog.actual_finish.value() is None
    dialog.accept()  # nothing changed, nothing done
    assert doc.undo_stack.count() == 0


def test_percent_complete_starts_the_task_where_it_was_scheduled(qtbot, doc):
    scheduled = doc.schedule.get(CODE)
    dialog = _dialog(qtbot, doc)
    dialog.percent.setValue(40)
    dialog.accept()
    assert (_task(doc).percent_complete, _task(doc).actual_start) == (40, scheduled.start)
    assert doc.undo_stack.text(0) == "Update task 'Code'"


def test_remaining_duration_keeps_the_work_done(qtbot, doc):
    dialog = _dialog(qtbot, doc)
    dialog.percent.setValue(60)  # 3 days done
    dialog.remaining_duration.setText("7d")  # 3 + 7 = 10 days, 30 %
    dialog.accept()
    assert (_task(doc).duration_minutes, _task(doc).percent_complete) == (10 * DAY, 30)
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert (_task(doc).duration_minutes, _task(doc).percent_complete) == (5 * DAY, 0)


def test_an_actual_duration_beyond_the_duration_finishes_the_task_at_that_length(qtbot, doc):
    dialog = _dialog(qtbot, doc)
    dialog.actual_duration.setText("7d")
    dialog.accept()
    task = _task(doc)
    assert (task.duration_minutes, task.percent_complete) == (7 * DAY, 100)
    assert task.actual_finish == datetime(2026, 3, 16, 17, 0)  # Fri + 7 working days
    assert doc.schedule.get(CODE).finish == task.actual_finish


def test_actual_dates_set_the_duration_as_in_the_sheet(qtbot, doc):
    dialog = _dialog(qtbot, doc)
    dialog.actual_start.check.setChecked(True)
    dialog.actual_start.edit.setDateTime(QDateTime(datetime(2026, 3, 9, 8, 0)))
    dialog.actual_finish.check.setChecked(True)
    dialog.actual_finish.edit.setDateTime(QDateTime(datetime(2026, 3, 17, 17, 0)))
    dialog.accept()
    task = _task(doc)
    assert (task.actual_start, task.actual_finish) == (
        datetime(2026, 3, 9, 8, 0),
        datetime(2026, 3, 17, 17, 0),
    )
    assert (task.duration_minutes, task.percent_complete) == (7 * DAY, 100)
    assert doc.undo_stack.count() == 1


def test_a_bad_duration_is_said_in_the_dialog_and_changes_nothing(qtbot, doc):
    dialog = _dialog(qtbot, doc)
    dialog.remaining_duration.setText("soon")
    dialog.accept()
    assert dialog.error.text()
    assert doc.undo_stack.count() == 0


@pytest.fixture
def window(session, tmp_path, qtbot):
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    return win


def test_the_project_menu_opens_it_on_the_current_task(window, monkeypatch):
    opened = []

    def exec_(dialog):
        opened.append(dialog.uid)
        dialog.percent.setValue(20)
        dialog.accept()
        return 1

    monkeypatch.setattr(UpdateTasksDialog, "exec", exec_)
    window.tree.select_uids([CODE])
    window.action_collection["update_tasks"].trigger()
    assert opened == [CODE]
    assert window.document.plan.task(CODE).percent_complete == 20
    errors = []
    monkeypatch.setattr(window, "show_error", errors.append)
    window.tree.select_uids([4])  # 'Build', a summary
    window.action_collection["update_tasks"].trigger()
    assert errors == [
        "the progress of summary task 'Build' comes from its subtasks "
        "(type its % Complete in the sheet to hand it to them)"
    ]
