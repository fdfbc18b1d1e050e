"""Default units in the window: set in Project Information, used when typing, shown in slack."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.domain.task import DurationUnit
from app.store.document import GantryFile, read_plan
from app.ui.app import Session
from app.ui.commands import InsertTaskCommand, execute, new_task
from app.ui.dialogs.project_dialog import ProjectDialog
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    yield win
    win.close()


def _set_units(win, qtbot, duration: str, work: str) -> None:
    dialog = ProjectDialog(win.document)
    qtbot.addWidget(dialog)
    assert dialog.duration_unit.currentText() == "Days"
    assert dialog.work_unit.currentText() == "Hours"
    dialog.duration_unit.setCurrentIndex(dialog.duration_unit.findText(duration))
    dialog.work_unit.setCurrentIndex(dialog.work_unit.findText(work))
    dialog.accept()
    assert dialog.error.text() == ""


def test_units_set_in_project_information_drive_typing_and_columns(window, qtbot):
    doc, model = window.document, window.model
    slack = model.index_of_uid(3, Column.TOTAL_SLACK)  # Review: on the critical path
    specs_slack_before = slack.data()
    assert specs_slack_before == "0d"
    _set_units(window, qtbot, "Weeks", "Days")
    project = doc.plan.project
    assert (project.duration_unit, project.work_unit) == (DurationUnit.WEEKS, DurationUnit.DAYS)
    assert doc.undo_stack.count() == 1

    cell = model.index_of_uid(5, Column.DURATION)  # Code, 5d
    assert model.setData(cell, "2", EDIT)
    assert doc.plan.task(5).duration_minutes == 2 * 2400
    assert doc.plan.task(5).duration_unit is DurationUnit.WEEKS
    assert model.index_of_uid(5, Column.DURATION).data() == "2w"
    assert model.index_of_uid(3, Column.TOTAL_SLACK).data() == "0w"
    assert model.index_of_uid(5, Column.WORK).data() == "0d"

    new = new_task(doc.plan, 1)  # what Insert Task and the sheet's empty last row add
    execute(doc, InsertTaskCommand(doc, len(doc.plan.tasks), new))
    assert new.duration_unit is DurationUnit.WEEKS
    assert model.index_of_uid(new.uid, Column.DURATION).data() == "0.2w?"

    for _ in range(3):
        doc.undo_stack.undo()
    assert doc.plan.project.duration_unit is DurationUnit.DAYS
    assert model.index_of_uid(5, Column.DURATION).data() == "5d"
    doc.undo_stack.redo()
    path = doc.path
    window.close()
    again = read_plan(path)
    assert (again.project.duration_unit, again.project.work_unit) == (
        DurationUnit.WEEKS,
        DurationUnit.DAYS,
    )


def test_a_bare_number_is_still_days_by_default(window):
    doc, model = window.document, window.model
    assert model.setData(model.index_of_uid(5, Column.DURATION), "3", EDIT)
    assert doc.plan.task(5).duration_minutes == 3 * 480
    assert model.index_of_uid(5, Column.DURATION).data() == "3d"
