"""F8 on a view that selects one row at a time (task s25dd): no view passes its own note
since the Team roster selects several (6fcb019), so add_extend_selection takes none; the
general note still tells F8 has nothing to extend."""

from __future__ import annotations

import inspect

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QMainWindow, QTableView

from app.ui.extend_selection import ExtendSelection, SelectionMode, add_extend_selection


def test_s25dd_a_single_selection_view_says_f8_has_nothing_to_extend(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    view = QTableView()
    view.setModel(QStandardItemModel(3, 2, view))
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    window.setCentralWidget(view)
    extend = add_extend_selection(view)
    extend.set_mode(SelectionMode.EXTEND)
    assert extend.mode is SelectionMode.OFF
    assert window.statusBar().currentMessage() == (
        "This list selects one row at a time: F8 has nothing to extend"
    )


def test_s25dd_no_view_names_its_own_single_note():
    assert list(inspect.signature(add_extend_selection).parameters) == ["view"]
    assert list(inspect.signature(ExtendSelection).parameters) == ["view"]
