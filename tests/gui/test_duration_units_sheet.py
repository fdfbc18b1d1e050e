"""The task sheet and Task Information show each duration in its unit, as MS Project does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.domain.task import DurationUnit
from app.io.mspdi import read_mspdi
from app.store.document import GantryFile, read_plan
from app.ui.app import Session
from app.ui.dialogs.task_dialog import TaskDialog
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

EDIT = Qt.ItemDataRole.EditRole


def test_ms_project_units_show_in_the_sheet(shared_data):
    doc = Document(read_mspdi(shared_data / "mspdi" / "mspdiduration.xml"))
    model = TaskTreeModel(doc)
    shown = {
        doc.plan.task(uid).name: model.index_of_uid(uid, Column.DURATION).data()
        for uid in (t.uid for t in doc.plan.tasks)
    }
    assert shown["Task 2"] == "1h"
    assert shown["Task 4"] == "1w"
    assert shown["Task 5"] == "1mo"
    assert shown["Task 9"] == "1ew"
    assert shown["Task 10"] == "1emo"


def test_a_templates_hours_and_days_show_as_ms_project_showed_them(shared_data):
    doc = Document(read_mspdi(shared_data / "mpp" / "Software-Development.xml"))
    model = TaskTreeModel(doc)
    by_name = {t.name: t.uid for t in doc.plan.tasks}
    assert model.index_of_uid(by_name["Determine project scope"], Column.DURATION).data() == "4h"
    assert model.index_of_uid(by_name["Conduct needs analysis"], Column.DURATION).data() == "5d"


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    yield win, path
    win.close()


def test_typing_weeks_keeps_weeks_after_reschedule_save_and_reopen(window, qtbot):
    win, path = window
    doc, model = win.document, win.model
    cell = model.index_of_uid(5, Column.DURATION)  # Code, 5d
    assert cell.data() == "5d"
    assert model.setData(cell, "2w", EDIT)
    assert doc.plan.task(5).duration_minutes == 4800
    assert doc.plan.task(5).duration_unit is DurationUnit.WEEKS
    assert model.index_of_uid(5, Column.DURATION).data() == "2w"
    # a successor moved: the schedule followed, the unit stayed
    assert doc.schedule.get(6).start > doc.schedule.get(5).start
    assert model.setData(model.index_of_uid(6, Column.DURATION), "3d", EDIT)
    assert model.index_of_uid(5, Column.DURATION).data() == "2w"
    doc.undo_stack.undo()  # the Test edit
    doc.undo_stack.undo()  # 2w
    assert model.index_of_uid(5, Column.DURATION).data() == "5d"
    assert doc.plan.task(5).duration_unit is None
    doc.undo_stack.redo()
    assert model.index_of_uid(5, Column.DURATION).data() == "2w"
    # every edit is saved at once: the file has it, and so has a fresh window on it
    assert read_plan(path).task(5).duration_unit is DurationUnit.WEEKS
    win.close()
    again = Session(Settings()).open_path(path)
    qtbot.addWidget(again)
    assert again.model.index_of_uid(5, Column.DURATION).data() == "2w"
    # typing days switches back
    assert again.model.setData(again.model.index_of_uid(5, Column.DURATION), "10d", EDIT)
    assert again.model.index_of_uid(5, Column.DURATION).data() == "10d"
    assert again.document.plan.task(5).duration_unit is DurationUnit.DAYS
    again.close()


def test_the_cells_own_rounded_text_committed_again_changes_nothing(window):
    win, _ = window
    from app.ui.commands import EditTaskCommand, execute

    doc, model = win.document, win.model
    assert model.setData(model.index_of_uid(5, Column.DURATION), "0.42w", EDIT)
    assert doc.plan.task(5).duration_minutes == 1008  # typed: read as typed
    # a length not written exactly in weeks (as a bar dragged in the Gantt gives)
    execute(doc, EditTaskCommand(doc, 5, "Resize", duration_minutes=1000))
    assert model.index_of_uid(5, Column.DURATION).data() == "0.42w"
    count = doc.undo_stack.count()
    assert model.setData(model.index_of_uid(5, Column.DURATION), "0.42w", EDIT)
    assert doc.undo_stack.count() == count  # the same text again: nothing to do
    assert doc.plan.task(5).duration_minutes == 1000


def test_task_information_shows_and_takes_the_unit(qtbot, plan):
    doc = Document(plan)
    dialog = TaskDialog(doc, 5)
    qtbot.addWidget(dialog)
    assert dialog.duration.text() == "5d"
    dialog.duration.setText("1mo")
    dialog.accept()
    assert doc.plan.task(5).duration_unit is DurationUnit.MONTHS
    assert doc.plan.task(5).duration_minutes == 9600
    again = TaskDialog(doc, 5)
    qtbot.addWidget(again)
    assert again.duration.text() == "1mo"
    count = doc.undo_stack.count()
    again.accept()  # nothing retyped: nothing changes
    assert doc.undo_stack.count() == count


def test_weeks_typed_into_the_empty_row_add_a_task_shown_in_weeks(qtbot, plan):
    doc = Document(plan)
    model = TaskTreeModel(doc)
    count = len(doc.plan.tasks)
    assert model.setData(model.blank_index(Column.DURATION), "3w", EDIT)
    assert len(doc.plan.tasks) == count + 1
    task = doc.plan.tasks[-1]
    assert (task.duration_minutes, task.duration_unit) == (7200, DurationUnit.WEEKS)
    assert model.index_of_uid(task.uid, Column.DURATION).data() == "3w"
