"""Typing into Cost or Actual Cost: refused (both are worked out), and the status bar says
why and where to type instead; set through the model, they were refused without a word."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.models.task_edits import Column
from tests.gui.conftest import build_plan
from tests.gui.test_s15c_tracking_columns import insert_column

COST_HINT = (
    "Cost is worked out from the people's work at their rates and the task's Fixed Cost:"
    " type a fixed amount in Fixed Cost, or change the rates in the Team view"
)


def _window(qtbot) -> MainWindow:
    win = MainWindow(Document(build_plan()))
    qtbot.addWidget(win)
    win.resize(1200, 600)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    win.tree.setFocus()
    return win


def test_s25rt_typing_on_cost_says_where_to_type_instead(qtbot):
    window = _window(qtbot)
    tree, plan = window.tree, window.document.plan
    before = list(plan.tasks)
    tree.select_uids([2], 2)
    index = window.model.index_of_uid(2, Column.COST)
    tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
    qtbot.keyClick(tree, Qt.Key.Key_5)
    assert tree.state() != tree.State.EditingState
    assert list(plan.tasks) == before
    assert window.statusBar().currentMessage() == COST_HINT


def test_s25rt_cost_and_actual_cost_set_through_the_model_say_why(qtbot):
    window = _window(qtbot)
    insert_column(window.tree, Column.ACTUAL_COST)
    model = window.model
    said: list[str] = []
    model.sig_notice.connect(said.append)
    for column in (Column.COST, Column.ACTUAL_COST):
        assert not model.setData(model.index_of_uid(2, column), "5000", Qt.ItemDataRole.EditRole)
    assert said == [
        COST_HINT,
        "Actual Cost follows % complete, the rates and the accruals: edit those to change it",
    ]
    assert window.document.undo_stack.count() == 0
