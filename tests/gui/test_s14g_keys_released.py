"""A key clicked with Ctrl in one test leaves no Ctrl held for the next (tests/conftest.py).

Qt keeps the modifiers of the last key event as the keyboard's state: after a test's
Ctrl+End, the next test's selection without an event of its own (setCurrentIndex, a
view's own select) added to the rows selected instead of replacing them. The two tests
run in this order: the first leaves Ctrl held, the second must not find it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTreeView


def _view(qtbot) -> QTreeView:
    model = QStandardItemModel()
    for name in ("Design", "Build", "Test"):
        model.appendRow(QStandardItem(name))
    view = QTreeView()
    view.setModel(model)
    view.setSelectionMode(QTreeView.SelectionMode.ExtendedSelection)
    model.setParent(view)
    qtbot.addWidget(view)
    with qtbot.waitExposed(view):
        view.show()
    return view


def _selected(view: QTreeView) -> list[str]:
    return sorted(i.data() for i in view.selectionModel().selectedRows())


def test_a_key_clicked_with_ctrl_leaves_ctrl_held(qtbot):
    view = _view(qtbot)
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier


def test_the_next_test_starts_with_no_key_held(qtbot):
    assert QApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
    view = _view(qtbot)
    view.setCurrentIndex(view.model().index(2, 0))
    view.setCurrentIndex(view.model().index(0, 0))
    assert _selected(view) == ["Design"]  # replaced; with Ctrl held it was added to
