"""The selected rows read from the selection's ranges are Qt's selectedRows(0), without
asking any cell's flags (Fill Down and the budget's baseline tasks read them so)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTreeView

from app.ui.selected_rows import selected_row_starts

_Flag = QItemSelectionModel.SelectionFlag


class _CountingModel(QStandardItemModel):
    """Counts the flags Qt asks for."""

    flag_calls = 0

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        self.flag_calls += 1
        return super().flags(index)


def _tree() -> tuple[QTreeView, _CountingModel]:
    QApplication.instance() or QApplication([])
    model = _CountingModel()
    for top in range(6):
        parent = QStandardItem(f"phase {top}")
        for child in range(4):
            parent.appendRow([QStandardItem(f"task {top}.{child}"), QStandardItem("5d")])
        model.appendRow([parent, QStandardItem("20d")])
    tree = QTreeView()
    tree.setModel(model)
    tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    tree.expandAll()
    return tree, model


def _rows(model: QStandardItemModel, row: int, last: int, parent: QModelIndex) -> QItemSelection:
    return QItemSelection(model.index(row, 0, parent), model.index(last, 1, parent))


def _texts(indexes: object) -> list[str]:
    return [index.data() for index in indexes]  # type: ignore[attr-defined]


def test_s17pf2_rows_as_qt_gives_them_under_parents_and_overlapping() -> None:
    tree, model = _tree()
    select = tree.selectionModel()
    phase2 = model.index(2, 0)
    select.select(_rows(model, 1, 3, QModelIndex()), _Flag.Select)
    select.select(_rows(model, 0, 2, phase2), _Flag.Select)
    select.select(_rows(model, 1, 3, phase2), _Flag.Select)  # overlaps the range before
    select.select(_rows(model, 2, 2, QModelIndex()), _Flag.Deselect)  # splits the first
    expected = _texts(select.selectedRows(0))
    assert _texts(selected_row_starts(select)) == expected
    assert sorted(expected) == [
        "phase 1",
        "phase 3",
        "task 2.0",
        "task 2.1",
        "task 2.2",
        "task 2.3",
    ]


def test_s17pf2_select_all_asks_no_flags() -> None:
    tree, model = _tree()
    tree.selectAll()
    model.flag_calls = 0
    starts = list(selected_row_starts(tree.selectionModel()))
    assert model.flag_calls == 0
    assert _texts(starts) == _texts(tree.selectionModel().selectedRows(0))
    assert model.flag_calls > 0  # what Qt's own call costs
