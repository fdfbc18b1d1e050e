"""Insert with a block of rows selected, and a Start typed said in the status bar.

Click a row, Shift+click another, Insert: the new rows went above the row clicked last,
splitting the block; MS Project inserts as many rows above the block's top. A Start typed
into the sheet pinned the task (Start No Earlier Than) with only an indicator to show it,
and a Start before the project start was refused, where MS Project takes it.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.domain.task import ConstraintType
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.models.task_edits import Column
from tests.gui.conftest import build_plan


@pytest.fixture
def us_locale():
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def window(qtbot, us_locale):
    win = MainWindow(Document(build_plan()))
    qtbot.addWidget(win)
    win.resize(1400, 700)
    with qtbot.waitExposed(win):
        win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    win.tree.setFocus()
    yield win
    win.close()


def _click(window, uid: int, column: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    tree = window.tree
    index = window.model.index_of_uid(uid, column)
    tree.scrollTo(index)
    QTest.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, modifier, tree.visualRect(index).center()
    )


def _names(window) -> list[str]:
    return [t.name for t in window.document.plan.tasks]


def test_s28ke_insert_on_a_shift_clicked_block_goes_above_its_top(window):
    # Specs (2), Review (3) are under Design; Build (4) ... : select Code (5) to Go-live (7)
    _click(window, 5, Column.NAME)
    _click(window, 7, Column.NAME, Qt.KeyboardModifier.ShiftModifier)
    assert window.tree.selected_uids() == [5, 6, 7]
    QTest.keyClick(window.tree, Qt.Key.Key_Insert)
    names = _names(window)
    at = names.index("Code")
    assert names[at - 3 : at] == ["New task"] * 3  # above the block, not inside it
    assert names[at:] == ["Code", "Test", "Go-live"]
    inserted = window.document.plan.tasks[at - 3]
    assert inserted.outline_level == window.document.plan.task(5).outline_level
    stack = window.document.undo_stack
    if window.tree.state() == window.tree.State.EditingState:  # the name editor opened
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    stack.undo()
    assert _names(window) == [t.name for t in build_plan().tasks]  # one undo step


def test_s28ke_insert_bottom_up_shift_click_too(window):
    _click(window, 6, Column.NAME)
    _click(window, 5, Column.NAME, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(window.tree, Qt.Key.Key_Insert)
    names = _names(window)
    assert names[names.index("Code") - 2 : names.index("Code") + 2] == [
        "New task",
        "New task",
        "Code",
        "Test",
    ]


def _type_start(window, uid: int, text: str) -> None:
    _click(window, uid, Column.START)
    QTest.keyClicks(window.tree, text[0])
    QTest.keyClicks(QApplication.focusWidget(), text[1:])
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QApplication.processEvents()  # (Qt queues the editor's commit)


def test_s28ke_a_typed_start_says_the_pin_it_set(window):
    _type_start(window, 6, "Mar 20, 2026")  # Test (ID 6) follows Code
    task = window.document.plan.task(6)
    assert (task.constraint_type, task.constraint_date) == (
        ConstraintType.SNET,
        datetime(2026, 3, 20, 8, 0),
    )
    said = window.statusBar().currentMessage()
    assert said == "Start No Earlier Than 3/20/2026 set on ID 6 'Test'"


def test_s28ke_a_start_before_the_project_start_is_taken_as_ms_project_takes_it(window):
    _type_start(window, 2, "Feb 23, 2026")  # the project starts Mon 2 Mar 2026
    task = window.document.plan.task(2)
    assert (task.constraint_type, task.constraint_date) == (
        ConstraintType.SNET,
        datetime(2026, 2, 23, 8, 0),
    )
    assert window.document.schedule[2].start == datetime(2026, 2, 23, 8, 0)
    said = window.statusBar().currentMessage()
    assert said == ("Start No Earlier Than 2/23/2026 set on ID 2 'Specs', before the project start")
    window.document.undo_stack.undo()
    assert window.document.plan.task(2).constraint_type == ConstraintType.ASAP
