"""The window keeps a typed Remaining or Actual Duration exactly: the Tracking columns, the
% Complete cell, Update Tasks, undo and redo, and the .gantry file saved from the window.

The sample plan (tests/gui/conftest.py): Code (uid 5) is 5 days from Fri 2026-03-06 08:00.
It is made 10 days, 20 % complete (2 days done), then given 7 days remaining: 9 days,
Actual Duration 2d, Remaining Duration 7d, shown 22 %.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.store.document import read_plan, write_plan
from app.ui.dialogs.update_tasks_dialog import UpdateTasksDialog
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from tests.gui.conftest import build_plan

DAY = 480
CODE = 5


@pytest.fixture
def doc():
    return Document(build_plan())


@pytest.fixture
def model(doc):
    return TaskTreeModel(doc)


def _type(model, column, text):
    return model.setData(model.index_of_uid(CODE, column), text, Qt.ItemDataRole.EditRole)


def _shown(model):
    return tuple(
        model.index_of_uid(CODE, column).data()
        for column in (
            Column.DURATION,
            Column.ACTUAL_DURATION,
            Column.REMAINING_DURATION,
            Column.PERCENT,
        )
    )


def _two_days_done_of_ten(doc, model):
    assert _type(model, Column.DURATION, "10d")
    assert _type(model, Column.PERCENT, "20")
    assert _shown(model) == ("10d", "2d", "8d", "20%")
    return doc.undo_stack.count()


def test_s17remdur_remaining_typed_in_the_sheet_stays_as_typed(doc, model):
    steps = _two_days_done_of_ten(doc, model)
    assert _type(model, Column.REMAINING_DURATION, "7d")
    assert _shown(model) == ("9d", "2d", "7d", "22%")
    assert doc.plan.task(CODE).percent_complete == 100 * 2 / 9
    assert doc.undo_stack.count() == steps + 1
    doc.undo_stack.undo()
    assert _shown(model) == ("10d", "2d", "8d", "20%")
    doc.undo_stack.redo()
    assert _shown(model) == ("9d", "2d", "7d", "22%")


def test_s17remdur_the_shown_percent_typed_back_keeps_the_exact_one(doc, model):
    _two_days_done_of_ten(doc, model)
    assert _type(model, Column.REMAINING_DURATION, "7d")
    steps = doc.undo_stack.count()
    editing = model.index_of_uid(CODE, Column.PERCENT).data(Qt.ItemDataRole.EditRole)
    assert editing == "22"
    _type(model, Column.PERCENT, editing)  # the editor committed as it opened
    _type(model, Column.ACTUAL_DURATION, "2d")
    _type(model, Column.REMAINING_DURATION, "7d")
    assert doc.undo_stack.count() == steps
    assert _shown(model) == ("9d", "2d", "7d", "22%")
    # typed anew, a percent is whole as in MS Project: 30 % of 9 days
    assert _type(model, Column.PERCENT, "30")
    assert doc.plan.task(CODE).percent_complete == 30.0
    assert _shown(model) == ("9d", "2.7d", "6.3d", "30%")


def test_s17remdur_actual_duration_typed_in_the_sheet_stays_as_typed(doc, model):
    assert _type(model, Column.DURATION, "9d")
    assert _type(model, Column.ACTUAL_DURATION, "2d")
    assert _shown(model) == ("9d", "2d", "7d", "22%")
    doc.undo_stack.undo()
    assert _shown(model) == ("9d", "0d", "9d", "0%")
    doc.undo_stack.redo()
    assert _shown(model) == ("9d", "2d", "7d", "22%")


def test_s17remdur_update_tasks_keeps_it_and_shows_it_back(qtbot, doc, model):
    _two_days_done_of_ten(doc, model)
    dialog = UpdateTasksDialog(doc, CODE)
    qtbot.addWidget(dialog)
    dialog.remaining_duration.setText("7d")
    dialog.accept()
    assert _shown(model) == ("9d", "2d", "7d", "22%")
    steps = doc.undo_stack.count()
    again = UpdateTasksDialog(doc, CODE)
    qtbot.addWidget(again)
    assert again.percent.value() == 22
    assert (again.actual_duration.text(), again.remaining_duration.text()) == ("2d", "7d")
    again.accept()  # nothing changed: nothing done
    assert doc.undo_stack.count() == steps
    assert doc.plan.task(CODE).percent_complete == 100 * 2 / 9


def test_s17remdur_saved_and_reopened_from_the_window(doc, model, tmp_path: Path):
    _two_days_done_of_ten(doc, model)
    assert _type(model, Column.REMAINING_DURATION, "7d")
    path = tmp_path / "exact.gantry"
    write_plan(doc.plan, path)
    reopened = Document(read_plan(path))
    assert _shown(TaskTreeModel(reopened)) == ("9d", "2d", "7d", "22%")
