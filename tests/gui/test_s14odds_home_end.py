"""Home, End, Ctrl+Home and Ctrl+End in the task sheet, as in MS Project (and Excel).

Found by a PM coming from MS Project: Home jumped to the first task of the plan,
where MS Project goes to the first cell of the current row (Ctrl+Home: of the
first row); End likewise went to the last task instead of the row's last cell.
The ID column is MS Project's row header, not a cell, so Home stops right of it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.models.task_edits import Column
from tests.gui.conftest import build_plan

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot):
    win = MainWindow(Document(build_plan()))
    qtbot.addWidget(win)
    win.resize(1200, 600)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    win.tree.setFocus()
    yield win
    # The last key was Ctrl+...: Qt would keep Ctrl held for the next tests' selections.
    for key in (Qt.Key.Key_Control, Qt.Key.Key_Shift):
        qtbot.keyRelease(win.tree, key)


def _shown_columns(tree):
    """The sheet's columns left to right, as the user sees them (hidden ones left out)."""
    header = tree.horizontalHeader()
    visual = (header.logicalIndex(v) for v in range(header.count()))
    return [c for c in visual if not header.isSectionHidden(c)]


def _where(tree):
    return tree.current_uid(), tree.currentIndex().column()


def _start_on(window, uid, column):
    window.tree.setCurrentIndex(window.model.index_of_uid(uid, column))
    assert _where(window.tree) == (uid, column)


def test_home_and_end_stay_on_the_row(window, qtbot):
    tree = window.tree
    columns = _shown_columns(tree)
    assert columns[0] == Column.ID
    _start_on(window, 4, Column.DURATION)
    qtbot.keyClick(tree, Qt.Key.Key_Home)
    assert _where(tree) == (4, columns[1])  # right of the ID, MS Project's row header
    qtbot.keyClick(tree, Qt.Key.Key_End)
    assert _where(tree) == (4, columns[-1])


def test_ctrl_home_and_ctrl_end_go_to_the_first_and_last_task(window, qtbot):
    tree = window.tree
    columns = _shown_columns(tree)
    _start_on(window, 4, Column.DURATION)
    qtbot.keyClick(tree, Qt.Key.Key_End, CTRL)
    assert _where(tree) == (7, columns[-1])  # the last task, not the empty row under it
    assert not window.model.is_blank(tree.currentIndex())
    assert tree.selected_uids() == [7]  # selected too: Del must not act on the row left
    qtbot.keyClick(tree, Qt.Key.Key_Home, CTRL)
    assert _where(tree) == (1, Column.NAME)  # the first cell taking typing, not Indicators
    assert tree.selected_uids() == [1]


def test_shift_ctrl_end_selects_down_to_the_last_task(window, qtbot):
    tree = window.tree
    _start_on(window, 5, Column.NAME)
    qtbot.keyClick(tree, Qt.Key.Key_End, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert tree.selected_uids() == [5, 6, 7]


def test_home_on_the_empty_row_stays_on_it(window, qtbot):
    tree = window.tree
    tree.setCurrentIndex(window.model.blank_index(Column.DURATION))
    qtbot.keyClick(tree, Qt.Key.Key_Home)
    assert window.model.is_blank(tree.currentIndex())
    assert tree.currentIndex().column() == _shown_columns(tree)[1]
