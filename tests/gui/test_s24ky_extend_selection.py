"""F8 Extend selection and Shift+F8 Add to selection, as MS Project's and Excel's sheets have
them: in the task sheet and the Risks register the arrows then extend (or move leaving the
selection), the status bar says so, F8 again or Esc leaves it; the Team roster too."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource
from app.domain.risk import Risk
from app.domain.task import Task
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.extend_selection import STATUS_LABEL, ExtendSelection, SelectionMode
from app.ui.models.task_edits import Column
from app.ui.settings import Settings

K = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _plan() -> Plan:
    plan = Plan(project=Project(name="Keys", start=datetime(2026, 3, 2, 8, 0)))
    for uid in range(1, 11):
        plan.append_task(Task(uid, f"Task {uid}", 1, duration_minutes=480))
    plan.resources.append(Resource(1, "Ana"))
    plan.resources.append(Resource(2, "Ben"))
    for uid in range(1, 6):
        plan.risks.append(Risk(uid, f"Risk {uid}"))
    return plan


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "keys.gantry"
    GantryFile.create(path, _plan()).close()
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


def _status(window) -> str:
    label = window.statusBar().findChild(QLabel, STATUS_LABEL)
    return label.text() if label is not None and label.isVisible() else ""


def _on(window, uid: int) -> None:
    tree = window.tree
    tree.setCurrentIndex(window.model.index_of_uid(uid, Column.NAME))


def test_s24ky_f8_arrows_extend_the_sheets_selection_until_f8_again(window, qtbot):
    tree = window.tree
    _on(window, 3)
    qtbot.keyClick(tree, K.Key_F8)
    assert _status(window) == "Extend selection"
    qtbot.keyClick(tree, K.Key_Down)
    qtbot.keyClick(tree, K.Key_Down)
    assert tree.selected_uids() == [3, 4, 5]  # as Shift+Down twice
    qtbot.keyClick(tree, K.Key_Up)
    assert tree.selected_uids() == [3, 4]
    qtbot.keyClick(tree, K.Key_F8)  # off: the arrows move again
    assert _status(window) == ""
    qtbot.keyClick(tree, K.Key_Down)
    assert tree.selected_uids() == [5]


def test_s24ky_esc_leaves_extend_mode_and_end_extends_to_the_last_task(window, qtbot):
    tree = window.tree
    _on(window, 8)
    qtbot.keyClick(tree, K.Key_F8)
    qtbot.keyClick(tree, K.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert tree.selected_uids() == [8, 9, 10]  # as Ctrl+Shift+End
    qtbot.keyClick(tree, K.Key_Escape)
    assert _status(window) == ""
    assert tree.selected_uids() == [8, 9, 10]  # Esc leaves the mode, not the selection
    qtbot.keyClick(tree, K.Key_Up)
    assert tree.selected_uids() == [9]


def test_s24ky_outline_keys_extend_in_the_name_cell(window, qtbot):
    # Left in the Name cell walks the outline; in extend mode it extends as Shift+Left
    tree = window.tree
    _on(window, 2)
    qtbot.keyClick(tree, K.Key_F8)
    qtbot.keyClick(tree, K.Key_Left)
    qtbot.keyClick(tree, K.Key_Down)
    assert tree.selected_uids() == [2, 3]


def test_s24ky_shift_f8_adds_a_range_apart_from_the_first(window, qtbot):
    tree = window.tree
    _on(window, 1)
    qtbot.keyClick(tree, K.Key_Down, SHIFT)
    assert tree.selected_uids() == [1, 2]
    qtbot.keyClick(tree, K.Key_F8, SHIFT)
    assert _status(window) == "Add to selection"
    qtbot.keyClick(tree, K.Key_Down)
    qtbot.keyClick(tree, K.Key_Down)
    qtbot.keyClick(tree, K.Key_Down)  # on task 5, the selection as it was
    assert tree.selected_uids() == [1, 2]
    assert tree.current_uid() == 5
    qtbot.keyClick(tree, K.Key_F8)  # extend from here
    assert _status(window) == "Extend selection"
    qtbot.keyClick(tree, K.Key_Down)
    assert tree.selected_uids() == [1, 2, 5, 6]
    qtbot.keyClick(tree, K.Key_Escape)
    assert _status(window) == ""


def test_s24ky_the_mode_ends_when_the_sheet_is_left(window, qtbot):
    tree = window.tree
    _on(window, 4)
    qtbot.keyClick(tree, K.Key_F8)
    window.show_view("risks")
    extend = tree.findChild(ExtendSelection)
    assert extend.mode is SelectionMode.OFF
    assert _status(window) == ""


def test_s24ky_f8_extends_the_risks_chosen(window, qtbot):
    window.show_view("risks")
    table = window.views["risks"].table
    table.setFocus()
    table.setCurrentIndex(table.model().index(1, 0))
    qtbot.keyClick(table, K.Key_F8)
    assert _status(window) == "Extend selection"
    qtbot.keyClick(table, K.Key_Down)
    qtbot.keyClick(table, K.Key_Down)
    rows = sorted({i.row() for i in table.selectionModel().selectedRows()})
    assert rows == [1, 2, 3]
    qtbot.keyClick(table, K.Key_Delete)  # the register's Delete takes the three
    assert [r.title for r in window.document.plan.risks] == ["Risk 1", "Risk 5"]
    qtbot.keyClick(table, K.Key_Escape)
    assert _status(window) == ""


def test_s24ky_the_roster_extends_as_the_sheet(window, qtbot):
    window.show_view("team")
    table = window.views["team"].table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, K.Key_F8)  # it selects several people since s25ky
    assert _status(window) == "Extend selection"
    qtbot.keyClick(table, K.Key_Down)
    assert [i.row() for i in table.selectionModel().selectedRows()] == [0, 1]


def test_s24ky_a_click_in_extend_mode_extends_to_its_row(window, qtbot):
    tree = window.tree
    _on(window, 2)
    qtbot.keyClick(tree, K.Key_F8)
    target = window.model.index_of_uid(5, Column.DURATION)
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(target).center()
    )
    assert tree.selected_uids() == [2, 3, 4, 5]  # as Shift+click
    qtbot.keyClick(tree, K.Key_F8)
    target = window.model.index_of_uid(8, Column.DURATION)
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(target).center()
    )
    assert tree.selected_uids() == [8]
