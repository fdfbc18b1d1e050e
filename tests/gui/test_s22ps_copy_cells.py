"""Ctrl+C on a cell copies the cells (the current column of the selected rows) as Excel takes
them, no titles; on the ID or Task Name it copies whole rows, as MS Project's row header does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

DAY = 480


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "copy.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.show()
    yield win
    for w in list(session.windows):
        w.close()


def _copy(window):
    window.action_collection["copy_tasks"].trigger()
    return QApplication.clipboard().text()


def _paste(window):
    window.action_collection["paste_tasks"].trigger()


def test_s22ps_ctrl_c_on_one_cell_copies_that_cell_only(window, qtbot):
    window.tree.select_uids([5])  # Code, 5d
    window.tree.setCurrentIndex(window.model.index_of_uid(5, Column.DURATION))
    qtbot.keyClick(window.tree, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "5d\n"
    assert window.statusBar().currentMessage() == "Copied 1 cell"


def test_s22ps_cells_copied_paste_into_the_cells_of_another_row(window):
    plan, stack = window.document.plan, window.document.undo_stack
    window.tree.select_uids([5, 6])  # Code 5d, Test 2d
    current = window.model.index_of_uid(5, Column.DURATION)
    window.tree.selectionModel().setCurrentIndex(
        current, QItemSelectionModel.SelectionFlag.NoUpdate
    )
    assert _copy(window) == "5d\n2d\n"
    window.tree.setCurrentIndex(window.model.index_of_uid(2, Column.DURATION))  # Specs, Review
    _paste(window)
    assert len(plan.tasks) == 7
    assert [plan.task(u).duration_minutes for u in (2, 3)] == [5 * DAY, 2 * DAY]
    stack.undo()
    assert [plan.task(u).duration_minutes for u in (2, 3)] == [3 * DAY, DAY]


def test_s22ps_a_range_of_cells_copies_as_a_block(window):
    model = window.model
    selection = window.tree.selectionModel()
    selection.clearSelection()
    top, bottom = model.index_of_uid(5, Column.DURATION), model.index_of_uid(6, Column.START)
    from PySide6.QtCore import QItemSelection

    selection.select(QItemSelection(top, bottom), QItemSelectionModel.SelectionFlag.Select)
    lines = _copy(window).splitlines()
    assert [line.split("\t")[0] for line in lines] == ["5d", "2d"]
    assert all(len(line.split("\t")) == 2 for line in lines)


def test_s22ps_a_cell_holding_quotes_is_quoted_as_excel_writes_it(window):
    plan = window.document.plan
    window.tree.select_uids([5])
    window.tree.setCurrentIndex(window.model.index_of_uid(5, Column.NOTES))
    window.model.setData(window.model.index_of_uid(5, Column.NOTES), 'Ask "Ana", then Ben')
    assert _copy(window) == '"Ask ""Ana"", then Ben"\n'
    window.tree.setCurrentIndex(window.model.index_of_uid(6, Column.NOTES))
    _paste(window)  # read back as Excel writes it: the quotes are the cell's
    assert plan.task(6).notes == 'Ask "Ana", then Ben'


def test_s22ps_ctrl_c_on_task_name_still_copies_whole_rows(window):
    plan = window.document.plan
    window.tree.select_uids([5, 6])  # current cell: Task Name
    lines = _copy(window).splitlines()
    assert lines[0].split("\t")[:3] == ["ID", "WBS", "Task name"]
    assert len(lines) == 3
    assert window.statusBar().currentMessage() == "Copied 2 tasks"
    window.tree.select_uids([7])
    _paste(window)
    assert [t.name for t in plan.tasks[6:9]] == ["Code", "Test", "Go-live"]


def test_s22ps_rows_copied_in_another_gantry_keep_the_links_among_them(window):
    plan = window.document.plan
    window.tree.select_uids([4, 5, 6])  # Build, Code, Test: Code -> Test, Review -> Code
    text = _copy(window)
    window.session.copied_tasks = None  # as another Gantry process reads the text
    QApplication.clipboard().setText(text)
    window.tree.setCurrentIndex(window.model.blank_index())
    _paste(window)
    build, code, test = plan.tasks[-3:]
    assert [(t.name, t.outline_level) for t in (build, code, test)] == [
        ("Build", 1),
        ("Code", 2),
        ("Test", 2),
    ]
    links = {(lk.predecessor, lk.successor) for lk in plan.links}
    assert (code.uid, test.uid) in links  # the pasted Code, not the first one
    assert (3, code.uid) in links  # Review, outside the rows copied, by its ID
    assert (5, test.uid) not in links
    assert "not read: Cost" in window.statusBar().currentMessage()


def test_s22ps_ctrl_x_on_a_cell_cuts_the_cells_and_keeps_the_tasks(window, qtbot):
    plan, stack = window.document.plan, window.document.undo_stack
    for uid, note in ((5, "code it"), (6, "test it")):
        window.model.setData(window.model.index_of_uid(uid, Column.NOTES), note)
    window.tree.select_uids([5, 6])
    current = window.model.index_of_uid(5, Column.NOTES)
    window.tree.selectionModel().setCurrentIndex(
        current, QItemSelectionModel.SelectionFlag.NoUpdate
    )
    qtbot.keyClick(window.tree, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "code it\ntest it\n"
    assert len(plan.tasks) == 7  # the tasks stay, as MS Project cuts a cell's value
    assert [plan.task(u).notes for u in (5, 6)] == ["", ""]
    assert window.statusBar().currentMessage() == "Cut 2 cells"
    assert stack.undoText() == "Cut Notes"
    stack.undo()
    assert [plan.task(u).notes for u in (5, 6)] == ["code it", "test it"]


def test_s22ps_ctrl_x_on_a_duration_empties_nothing_and_says_why(window):
    plan, stack = window.document.plan, window.document.undo_stack
    index = stack.index()
    window.tree.select_uids([5])
    window.tree.setCurrentIndex(window.model.index_of_uid(5, Column.DURATION))
    window.action_collection["cut_tasks"].trigger()
    assert plan.task(5).duration_minutes == 5 * DAY
    assert len(plan.tasks) == 7
    assert window.statusBar().currentMessage() == (
        "Nothing cut: Duration cannot be cleared; Ctrl+C copies it"
    )
    assert stack.index() == index
