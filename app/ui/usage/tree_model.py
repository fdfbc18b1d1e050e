"""The left pane: the outline of people (or tasks) with their assignments, name and total."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QFont

from app.domain.usage_tree import UsageTree

_ROOT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex
RowKeyRole = Qt.ItemDataRole.UserRole + 41  # ("resource" | "task" | "assignment", uid)
OVER_TEXT = QColor(200, 20, 20)


class UsageTreeModel(QAbstractItemModel):
    """The rows of a :class:`UsageTree`, nested as it nests them; columns Name and Work.

    An index's internal id is its row's number in the outline.
    """

    def __init__(self, tree: UsageTree, row_height: int, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.tree = tree
        self.row_height = row_height
        self._over: set[int] = set()
        self._bold = QFont()
        self._bold.setBold(True)

    @property
    def by_task(self) -> bool:
        """Whether tasks lead (Task Usage)."""
        return self.tree.by_task

    def set_tree(self, tree: UsageTree, over: set[int]) -> None:
        """Show another outline (after a structural edit, or the other mode)."""
        self.beginResetModel()
        self.tree = tree
        self._over = over
        self.endResetModel()

    def update_tree(self, tree: UsageTree, over: set[int]) -> None:
        """Show an outline with the same rows (:meth:`UsageTree.signature`) and new figures,
        without a reset: the view keeps its open and closed rows. The top rows are
        announced changed; the view repaints the rows below it shows."""
        self.tree = tree
        self._over = over
        tops = tree.child_count(-1)
        if tops:
            self.dataChanged.emit(self.index(0, 0), self.index(tops - 1, 1))

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        """The row-th row under ``parent`` (bounds checked from the outline's counts)."""
        if not 0 <= column < 2 or row < 0:
            return QModelIndex()
        tree = self.tree
        if parent.isValid():
            if parent.column() != 0:
                return QModelIndex()
            above = parent.internalId()
        else:
            above = -1
        if row >= tree.child_count(above):
            return QModelIndex()
        return self.createIndex(row, column, tree.child(above, row))

    def index_of(self, node: int, column: int = 0) -> QModelIndex:
        """The index of one outline row."""
        return self.createIndex(self.tree.row_in_parent[node], column, node)

    def parent(self, child: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        """The row a row hangs under."""
        if not child.isValid():
            return QModelIndex()
        above = self.tree.parent[child.internalId()]
        if above < 0:
            return QModelIndex()
        return self.createIndex(self.tree.row_in_parent[above], 0, above)

    def rowCount(self, parent: Index = _ROOT) -> int:
        """The rows directly under a row (name column only)."""
        if not parent.isValid():
            return self.tree.child_count(-1)
        if parent.column() != 0:
            return 0
        return self.tree.child_count(parent.internalId())

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Name and Work."""
        return 2

    # flags() is QAbstractItemModel's own (enabled, selectable): expanding asks it for every
    # row, and a Python override would cost a call each.

    def hasChildren(self, parent: Index = _ROOT) -> bool:
        """Whether a row opens (one call, where the default asks twice)."""
        if not parent.isValid():
            return self.tree.child_count(-1) > 0
        return parent.column() == 0 and self.tree.has_children(parent.internalId())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Name (people or tasks) and Work."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return "Task Name" if self.by_task else "Resource Name"
        return "Work" if section == 1 else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Names, totals in their unit, bold people and summaries, red over-allocated people."""
        if not index.isValid():
            return None
        node = index.internalId()
        tree = self.tree
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return tree.name(node)
            return tree.text(tree.total(node), tree.unit(node))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and tree.bold(node):
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and tree.person(node) in self._over:
            return OVER_TEXT
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(-1, self.row_height)
        if role == RowKeyRole:
            return tree.key(node)
        return None
