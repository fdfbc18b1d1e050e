"""Notes copy as Excel takes them: the whole note in one quoted cell with its line breaks (the
cell shows only its first line), and paste reads such a cell back into the note as it was."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication

from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.clipboard_table import read_rows
from app.ui.column_placement import insert_column
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

NOTE = 'Ask Ana first\nThen "Bo"\tin Berlin'


@pytest.fixture
def window(tmp_path, qtbot):
    plan = build_plan()
    plan.update_task(replace(plan.task(5), notes=NOTE))
    path = tmp_path / "notes.gantry"
    GantryFile.create(path, plan).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.show()
    insert_column(win.tree, Column.NOTES)
    yield win
    for w in list(session.windows):
        w.close()


def _copy(window):
    window.action_collection["copy_tasks"].trigger()
    return QApplication.clipboard().text()


def test_s23ps_a_note_copied_from_its_cell_is_one_quoted_cell_with_its_lines(window):
    window.tree.setCurrentIndex(window.model.index_of_uid(5, Column.NOTES))
    text = _copy(window)
    assert text == '"Ask Ana first\nThen ""Bo""\tin Berlin"\n'
    assert read_rows(text) == [(NOTE,)]  # as Excel reads it: one cell, not two rows


def test_s23ps_a_note_pasted_into_another_task_keeps_its_lines(window):
    plan, stack = window.document.plan, window.document.undo_stack
    window.tree.select_uids([5])
    window.tree.setCurrentIndex(window.model.index_of_uid(5, Column.NOTES))
    _copy(window)
    window.tree.select_uids([7])
    window.tree.setCurrentIndex(window.model.index_of_uid(7, Column.NOTES))
    window.action_collection["paste_tasks"].trigger()
    assert plan.task(7).notes == NOTE
    assert window.statusBar().currentMessage() == "Pasted 1 cell"
    stack.undo()
    assert plan.task(7).notes == ""


def test_s23ps_whole_rows_copied_quote_the_note_and_paste_back_as_rows(window):
    plan = window.document.plan
    window.tree.select_uids([5])  # the current cell on Task Name: whole rows
    text = _copy(window)
    rows = read_rows(text)
    assert len(rows) == 2  # the titles and Code: the note's line break is inside its cell
    titles, code = rows
    assert code[titles.index("Notes")] == NOTE
    assert code[titles.index("Task name")].strip() == "Code"
    window.session.copied_tasks = None  # as if copied in another program: read as text
    window.tree.select_uids([7])
    window.action_collection["paste_tasks"].trigger()
    pasted = plan.tasks[6]
    assert (pasted.name, pasted.notes) == ("Code", NOTE)
