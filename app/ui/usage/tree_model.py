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
        self.row_height = row_height
        self._over: set[int] = set()
        self._bold = QFont()
        self._bold.setBold(True)
        self._take(tree)

    def _take(self, tree: UsageTree) -> None:
        # Expanding 166,000 rows asks index() and hasChildren() of each: they read these
        # plain lists rather than calling into the outline.
        self.tree = tree
        self._ptr, self._kids = tree.child_table()
        self._opens: list[bool] = tree.opens()
        self._row_in = tree.row_in_parent
        self._parent = tree.parent

    @property
    def by_task(self) -> bool:
        """Whether tasks lead (Task Usage)."""
        return self.tree.by_task

    def set_tree(self, tree: UsageTree, over: set[int]) -> None:
        """Show another outline (after a structural edit, or the other mode)."""
        self.beginResetModel()
        self._take(tree)
        self._over = over
        self.endResetModel()

    def update_tree(self, tree: UsageTree, over: set[int]) -> None:
        """Show an outline with the same rows (:meth:`UsageTree.signature`) and new figures,
        without a reset: the view keeps its open and closed rows.

        Only the Work column is announced changed: a change that starts in the name
        column has the tree ask every row between whether it has children (2 s at 100k
        tasks); the view repaints the names it shows."""
        self._take(tree)
        self._over = over
        tops = tree.child_count(-1)
        if tops:
            self.dataChanged.emit(self.index(0, 1), self.index(tops - 1, 1))

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        """The row-th row under ``parent`` (bounds checked from the outline's counts)."""
        if parent.isValid():
            if parent.column():
                return QModelIndex()
            above = parent.internalId() + 1
        else:
            above = 0
        ptr = self._ptr
        at = ptr[above] + row
        if row < 0 or at >= ptr[above + 1] or not 0 <= column < 2:
            return QModelIndex()
        return self.createIndex(row, column, self._kids[at])

    def index_of(self, node: int, column: int = 0) -> QModelIndex:
        """The index of one outline row."""
        return self.createIndex(self._row_in[node], column, node)

    def parent(self, child: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        """The row a row hangs under."""
        if not child.isValid():
            return QModelIndex()
        above = self._parent[child.internalId()]
        if above < 0:
            return QModelIndex()
        return self.createIndex(self._row_in[above], 0, above)

    def rowCount(self, parent: Index = _ROOT) -> int:
        """The rows directly under a row (name column only)."""
        if not parent.isValid():
            return self._ptr[1] - self._ptr[0]
        if parent.column():
            return 0
        above = parent.internalId() + 1
        return self._ptr[above + 1] - self._ptr[above]

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Name and Work."""
        return 2

    # flags() is QAbstractItemModel's own (enabled, selectable): expanding asks it for every
    # row, and a Python override would cost a call each.

    def hasChildren(self, parent: Index = _ROOT) -> bool:
        """Whether a row opens (one call, where the default asks twice)."""
        if not parent.isValid():
            return self._ptr[1] > 0
        return not parent.column() and self._opens[parent.internalId()]

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
