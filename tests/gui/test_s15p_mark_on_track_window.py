"""Mark on Track from the Project menu and the sheet's right-click, and a summary's % complete
typed into the sheet, each one undo step."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.store.document import GantryFile
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from tests.gui.conftest import build_plan

EDIT = Qt.ItemDataRole.EditRole
DESIGN, SPECS, REVIEW, BUILD, CODE, TEST, GO_LIVE = range(1, 8)
MONDAY_9 = datetime(2026, 3, 9, 17, 0)  # Specs, Review done; Code 2 of 5 days; Test not begun


@pytest.fixture
def window(session, tmp_path, qtbot):
    plan = build_plan()
    plan.project = replace(plan.project, status_date=MONDAY_9)
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, plan).close()
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    return win


def _progress(doc):
    return {t.uid: (t.percent_complete, t.actual_start, t.actual_finish) for t in doc.plan.tasks}


def test_mark_on_track_sets_progress_as_scheduled_through_the_status_date(window):
    doc = window.document
    before = _progress(doc)
    code = doc.schedule[CODE]
    window.tree.select_uids([BUILD, REVIEW])  # a summary stands for its subtasks
    window.action_collection["mark_on_track"].trigger()
    after = _progress(doc)
    assert after[CODE] == (40.0, code.start, None)  # Friday and Monday of five days
    assert after[REVIEW][0] == 100.0
    assert after[REVIEW][2] == doc.schedule[REVIEW].finish
    assert after[SPECS] == before[SPECS]  # not selected
    assert after[TEST] == before[TEST]
    message = window.statusBar().currentMessage()
    assert "Marked 2 tasks on track through 2026-03-09" in message
    assert "1 task starts after 2026-03-09: unchanged" in message
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Mark on track through 2026-03-09"
    doc.undo_stack.undo()
    assert _progress(doc) == before
    doc.undo_stack.redo()
    assert _progress(doc) == after


def test_mark_on_track_on_tasks_not_due_yet_changes_nothing_and_says_so(window):
    window.tree.select_uids([TEST])
    window.action_collection["mark_on_track"].trigger()
    assert window.document.undo_stack.count() == 0
    message = window.statusBar().currentMessage()
    assert message.startswith("Already on track through 2026-03-09; 1 task starts after")


def test_the_sheets_right_click_offers_mark_on_track_and_update_tasks(window):
    ids = [a.objectName() for a in window.tree.actions() if not a.isSeparator()]
    assert ids.index("mark_on_track") + 1 == ids.index("update_tasks")


def test_a_summarys_percent_complete_typed_in_the_sheet_goes_to_its_subtasks():
    doc = Document(build_plan())
    model = TaskTreeModel(doc)
    index = model.index_of_uid(BUILD, Column.PERCENT)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    before = _progress(doc)
    code_start = doc.schedule[CODE].start
    assert model.setData(index, "50%", EDIT)  # 3.5 of Code's 5 + Test's 2 days
    assert _progress(doc)[CODE] == (70.0, code_start, None)
    assert _progress(doc)[TEST] == before[TEST]
    assert doc.schedule[BUILD].percent_complete == 50.0
    assert model.data(index) == "50%"
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert _progress(doc) == before
    assert model.setData(index, "100", EDIT)
    assert all(doc.plan.task(uid).actual_finish is not None for uid in (CODE, TEST))


def test_the_summarys_own_percent_committed_again_leaves_its_subtasks_as_they_are():
    doc = Document(build_plan())
    doc.plan.update_task(replace(doc.plan.task(TEST), percent_complete=50.0))
    doc.reschedule()
    model = TaskTreeModel(doc)
    index = model.index_of_uid(BUILD, Column.PERCENT)
    shown = model.data(index, EDIT)
    assert shown == "14"  # 1 of Code's 5 + Test's 2 days
    assert model.setData(index, shown, EDIT)
    assert doc.undo_stack.count() == 0
    assert doc.plan.task(TEST).percent_complete == 50.0
