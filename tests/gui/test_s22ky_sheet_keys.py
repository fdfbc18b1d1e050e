"""The sheet's keys as an MS Project user expects: Ctrl+Home and Home show the ID again after
the sheet was scrolled right, Ctrl+Home lands on the Task Name, Ctrl+Space selects the
column, Shift+Space the row; Go To and Find show the row near the middle of the sheet."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.find_query import FindQuery
from app.ui.models.task_edits import Column
from app.ui.settings import Settings

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ROWS = 300


def _long_plan() -> Plan:
    """300 tasks under 10 summaries (as the tester's 4k plan: phases of 29 tasks)."""
    plan = Plan(project=Project(name="Long", start=datetime(2026, 3, 2, 8, 0)))
    for uid in range(1, ROWS + 1):
        summary = uid % 30 == 1
        name = f"Phase {uid // 30 + 1}" if summary else f"Task {uid}"
        plan.append_task(
            Task(uid, name, 1 if summary else 2, duration_minutes=0 if summary else 480)
        )
    return plan


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "long.gantry"
    GantryFile.create(path, _long_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.resize(1000, 600)
    with qtbot.waitExposed(win):
        win.show()
    win.tree.setFocus()
    yield win
    for w in list(session.windows):
        w.close()


def _scrolled_right(window, qtbot) -> None:
    tree = window.tree
    tree.setCurrentIndex(window.model.index_of_uid(45, Column.DURATION))
    qtbot.keyClick(tree, K.Key_End, CTRL)
    assert tree.horizontalScrollBar().value() > 0  # the last column shows: the ID does not


def test_s22ky_ctrl_home_goes_to_the_first_task_name_with_the_id_in_sight(window, qtbot):
    tree = window.tree
    _scrolled_right(window, qtbot)
    qtbot.keyClick(tree, K.Key_Home, CTRL)
    assert tree.current_uid() == 1
    assert tree.currentIndex().column() == Column.NAME  # not the Indicators
    assert tree.horizontalScrollBar().value() == 0
    assert tree.verticalScrollBar().value() == 0
    assert tree.selected_uids() == [1]
    tree.grab().save("/tmp/s22ky_ctrl_home.png")


def test_s22ky_home_goes_to_the_rows_first_cell_scrolled_fully_left(window, qtbot):
    tree = window.tree
    _scrolled_right(window, qtbot)
    uid = tree.current_uid()
    qtbot.keyClick(tree, K.Key_Home)
    assert tree.current_uid() == uid
    header = tree.horizontalHeader()
    assert header.visualIndex(tree.currentIndex().column()) == 1  # right of the ID
    assert tree.horizontalScrollBar().value() == 0


def test_s22ky_a_cell_in_sight_does_not_scroll_the_sheet(window, qtbot):
    tree = window.tree
    bar = tree.horizontalScrollBar()
    bar.setValue(30)  # scrolled a little by hand: the Name still shows
    tree.setCurrentIndex(window.model.index_of_uid(5, Column.NAME))
    assert bar.value() == 30


def test_s22ky_ctrl_space_selects_the_column_shift_space_the_row(window, qtbot):
    tree, model = window.tree, window.model
    tree.setCurrentIndex(model.index_of_uid(45, Column.DURATION))
    qtbot.keyClick(tree, K.Key_Space, CTRL)
    chosen = tree.selectionModel().selectedIndexes()
    assert {i.column() for i in chosen} == {Column.DURATION}
    assert len(chosen) == ROWS  # every task, not the empty last row
    assert tree.currentIndex() == model.index_of_uid(45, Column.DURATION)
    window.action_collection["copy_tasks"].trigger()  # the column's cells, as Excel takes them
    assert QApplication.clipboard().text().splitlines() == ["1d"] * ROWS
    qtbot.keyClick(tree, K.Key_Space, SHIFT)
    assert tree.selected_uids() == [45]
    assert len(tree.selectionModel().selectedIndexes()) > 1  # the whole row


def test_s22ky_the_guide_lists_ctrl_space(window):
    from app.ui.help_window import guide_html

    assert "<td>Ctrl+Space</td><td>select the column" in guide_html(window)


def _row_y(window) -> tuple[int, int]:
    tree = window.tree
    return tree.visualRect(tree.currentIndex()).center().y(), tree.viewport().height()


def test_s22ky_go_to_shows_the_row_near_the_middle(window, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (200, True)))
    window.action_collection["go_to"].trigger()
    assert window.tree.current_uid() == 200
    y, height = _row_y(window)
    assert height / 4 < y < height * 3 / 4
    window.tree.grab().save("/tmp/s22ky_go_to.png")


def test_s22ky_find_shows_the_row_near_the_middle_and_leaves_one_in_sight(window):
    window.find_with(FindQuery(text="Task 250"))
    assert window.tree.current_uid() == 250
    y, height = _row_y(window)
    assert height / 4 < y < height * 3 / 4
    top = window.tree.verticalScrollBar().value()
    window.find_with(FindQuery(text="Task 252"))  # in sight already: the sheet stays
    assert window.tree.current_uid() == 252
    assert window.tree.verticalScrollBar().value() == top
