"""The left pane: people (or tasks) with their assignments below, name and total work."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QFont

from app.ui.usage.rows import Mode, UsageRows

_ROOT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex
RowKeyRole = Qt.ItemDataRole.UserRole + 41  # ("resource" | "task", uid) the row opens
OVER_TEXT = QColor(200, 20, 20)


class UsageTreeModel(QAbstractItemModel):
    """People or tasks (top rows) and their assignments (children); columns Name and Work.

    An index's internal id is 0 on a top row and ``top + 1`` on an assignment row.
    """

    def __init__(self, rows: UsageRows, row_height: int, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.rows = rows
        self._tops = rows.top_count()
        self._counts = rows.child_counts
        self.row_height = row_height
        self._over: set[int] = set()
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: UsageRows, over: set[int]) -> None:
        """Show another usage table (after an edit, or the other mode)."""
        self.beginResetModel()
        self.rows = rows
        self._tops = rows.top_count()
        self._counts = rows.child_counts
        self._over = over
        self.endResetModel()

    def update_rows(self, rows: UsageRows, over: set[int]) -> None:
        """Show a table of the same shape (:meth:`UsageRows.shape`) with new figures, without
        a reset: the tree keeps its open and closed rows (re-opening 17,000 rows after each
        edit at 10k tasks took a third of the refresh). The top rows are announced changed;
        the view repaints the assignment rows it shows."""
        self.rows = rows
        self._over = over
        if self._tops:
            self.dataChanged.emit(self.index(0, 0), self.index(self._tops - 1, 1))

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        """Top rows under the root, assignment rows under their top row.

        Bounds are checked here rather than by hasIndex(): expanding the tree asks
        for every row, and the counts are at hand.
        """
        if not 0 <= column < 2 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= self._tops:
                return QModelIndex()
            return self.createIndex(row, column, 0)
        top = parent.row()
        if parent.internalId() != 0 or parent.column() != 0 or row >= self._counts[top]:
            return QModelIndex()
        return self.createIndex(row, column, top + 1)

    def parent(self, child: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        """The top row of an assignment row."""
        if not child.isValid():
            return QModelIndex()
        top = child.internalId()
        return QModelIndex() if top == 0 else self.createIndex(top - 1, 0, 0)

    def rowCount(self, parent: Index = _ROOT) -> int:
        """People or tasks at the root; their assignments below; nothing deeper."""
        if not parent.isValid():
            return self._tops
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        return self._counts[parent.row()]

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Name and Work."""
        return 2

    # flags() is QAbstractItemModel's own (enabled, selectable): expanding asks it for every
    # row, and a Python override would cost a call each.

    def hasChildren(self, parent: Index = _ROOT) -> bool:
        """Whether a row has assignment rows (one call, where the default asks twice)."""
        if not parent.isValid():
            return self._tops > 0
        return parent.internalId() == 0 and parent.column() == 0 and self._counts[parent.row()] > 0

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Name (people or tasks) and Work."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return "Resource Name" if self.rows.mode is Mode.RESOURCES else "Task Name"
        return "Work" if section == 1 else None

    def top_child(self, index: Index) -> tuple[int, int]:
        """(top row, assignment position or -1) of an index."""
        top = index.internalId()
        return (index.row(), -1) if top == 0 else (top - 1, index.row())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Names, totals, bold for people and summaries, red for over-allocated people."""
        if not index.isValid():
            return None
        top, child = self.top_child(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return self.rows.name(top, child)
            return self.rows.text(self.rows.total(top, child), self.rows.unit(top, child))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.rows.bold(top, child):
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and child < 0 and top in self._over:
            return OVER_TEXT
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(-1, self.row_height)
        if role == RowKeyRole:
            return self.rows.uid(top, child)
        return None
