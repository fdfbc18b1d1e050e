"""The left pane's rows: the outline rows shown, flat, with name and total.

The outline's nesting is drawn by the pane (indent and branch arrow per row,
:mod:`app.ui.usage.outline_view`) rather than told to a QTreeView: a tree view
lays out every open row through the model on each reset, 166,000 Python calls
each for index() and hasChildren() at 100k tasks (4-6 s to open Task Usage). A
flat model is asked only about the rows on screen, like the grid beside it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.assignment_delay import delay_text
from app.domain.contours import WorkContour
from app.domain.resource import ResourceType
from app.domain.usage_bookings import Bookings
from app.domain.usage_detail_rows import WORK_ONLY, Detail
from app.domain.usage_details import PERCENT
from app.domain.usage_groups import GroupedUsageTree
from app.domain.usage_tree import RowKind, UsageTree
from app.report.group_rows import group_fill
from app.report.indicators import Indicator, Mark
from app.report.person_indicators import person_marks
from app.ui.models.indicators import IndicatorCells, IndicatorsRole, indicators_header
from app.ui.models.task_model_overtime import OVERTIME_TIP
from app.ui.usage.contour_glyph import contour_icon, contour_tip
from app.ui.usage.local_figures import figure_text
from app.ui.usage.other_plan_rows import other_row_look, other_row_name, shared_tip

_ROOT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex
RowKeyRole = Qt.ItemDataRole.UserRole + 41  # ("resource" | "task" | "assignment", uid)
DepthRole = Qt.ItemDataRole.UserRole + 44  # int: 0 at the top of the outline
BranchRole = Qt.ItemDataRole.UserRole + 45  # None: no rows below; True: open; False: closed
OVER_TEXT = QColor(200, 20, 20)
_INDICATOR_ROLES = (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole)
# The sheet's columns (the view shows Indicators first and Details last, and hides Details
# while Work alone is shown; Peak only in Resource Usage, as MS Project's sheet has it)
NAME, WORK, DETAILS, PEAK, INDICATORS, OVERTIME, DELAY = range(7)
_HEADERS = {
    NAME: "",
    WORK: "Work",
    DETAILS: "Details",
    PEAK: "Peak",
    OVERTIME: "Overtime Work",
    DELAY: "Delay",
}
PEAK_TIP = "Peak: the highest units booked over the plan (MS Project's Peak field)"
_RIGHT = (WORK, PEAK, OVERTIME, DELAY)
DELAY_TIP = (
    "Delay: how long after the task's start this person begins (MS Project's assignment "
    "Delay: 2d, 4h; 1ed around the clock)"
)


def _shaped_contour(tree: UsageTree, node: int) -> WorkContour | None:
    """The contour of an assignment row whose work is shaped (MS Project's contour
    indicator); None for other rows and flat work."""
    if tree.kind[node] != RowKind.ASSIGNMENT:
        return None
    contour = tree.usage.assignments[tree.ref[node]].contour
    return contour if contour is not WorkContour.FLAT and contour.shaped else None


def group_brush(tree: UsageTree, node: int) -> QBrush | None:
    """The shading of a group header row (Task Usage grouped) by its depth, as the sheet's
    group rows (yellow, then light blue, then light green); None for other rows."""
    if not isinstance(tree, GroupedUsageTree):
        return None
    group = tree.group_of(node)
    return None if group is None else QBrush(group_fill(group.level))


class UsageTreeModel(QAbstractTableModel):
    """The rows of a :class:`UsageTree` the view shows (``shown``, in outline order);
    columns Name, Work, Details (naming the detail rows), Peak (a person's and an
    assignment's highest units) and Indicators (a person's over-allocation and note, a
    task's marks as the task sheet shows them). ``closed`` holds the shown rows that are
    closed."""

    def __init__(self, tree: UsageTree, row_height: int, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.row_height = row_height
        self.tree = tree
        self.shown: list[int] = []
        self.closed: set[int] = set()
        self._opens: list[bool] = tree.opens()
        self._over: set[int] = set()
        self._bold = QFont()
        self._bold.setBold(True)
        self.details: tuple[Detail, ...] = WORK_ONLY
        #: who is booked when (the view's tables'): Peak and a person's over-allocations
        self.bookings: Callable[[], Bookings | None] = lambda: None
        #: the task sheet's marks (Task Usage's task rows); None: none shown
        self.task_marks: IndicatorCells | None = None
        self._marks: dict[int, tuple[Mark, ...]] = {}  # person row -> marks, per figures
        self._overtime: dict[int, int] | None = None  # task or person row -> its rows' overtime
        self._any_overtime: bool | None = None  # whether anyone works overtime (asked once)
        #: overtime typed in an assignment row's Overtime Work cell (shown row, text): the
        #: view runs it as an undo step (app/ui/usage/overtime_cell.py); False when refused
        self.overtime_typed: Callable[[int, str], bool] | None = None
        #: a Delay typed in an assignment row's Delay cell (app/ui/usage/delay_cell.py)
        self.delay_typed: Callable[[int, str], bool] | None = None

    def set_details(self, details: tuple[Detail, ...]) -> None:
        """Rows of these detail bands (a Details column when more than Work)."""
        self.beginResetModel()
        self.details = details
        self.endResetModel()

    @property
    def by_task(self) -> bool:
        """Whether tasks lead (Task Usage)."""
        return self.tree.by_task

    def set_tree(self, tree: UsageTree, over: set[int], shown: list[int], closed: set[int]) -> None:
        """Show another outline, or other rows of it (after a structural edit, the other mode)."""
        self.beginResetModel()
        self.tree = tree
        self._opens = tree.opens()
        self._over = over
        self._marks = {}
        self._overtime = None
        self._any_overtime = None
        self.shown = shown
        self.closed = closed
        self.endResetModel()

    def update_tree(self, tree: UsageTree, over: set[int]) -> None:
        """The same rows with new figures and names (:meth:`UsageTree.signature` unchanged)."""
        self.tree = tree
        self._over = over
        self._marks = {}
        self._overtime = None
        self._any_overtime = None
        if self.shown:
            last = self.index(len(self.shown) - 1, INDICATORS)
            self.dataChanged.emit(self.index(0, 0), last)

    def insert_shown(self, at: int, rows: list[int]) -> None:
        """Rows shown from now on (a row opened) at position ``at``."""
        if rows:
            self.beginInsertRows(QModelIndex(), at, at + len(rows) - 1)
            self.shown[at:at] = rows
            self.endInsertRows()

    def remove_shown(self, at: int, count: int) -> None:
        """Rows no longer shown (a row closed)."""
        if count > 0:
            self.beginRemoveRows(QModelIndex(), at, at + count - 1)
            del self.shown[at : at + count]
            self.endRemoveRows()

    def set_closed(self, node: int, closed: bool) -> None:
        """Mark a shown row open or closed (its branch arrow)."""
        if closed:
            self.closed.add(node)
        else:
            self.closed.discard(node)
        index = self.index_of(node)
        if index.isValid():
            self.dataChanged.emit(index, index, [BranchRole])

    def index_of(self, node: int, column: int = 0) -> QModelIndex:
        """The index of an outline row, invalid when it is not shown."""
        at = bisect_left(self.shown, node)
        if at < len(self.shown) and self.shown[at] == node:
            return self.index(at, column)
        return QModelIndex()

    def node(self, index: Index) -> int:
        """The outline row of an index."""
        return self.shown[index.row()]

    def rowCount(self, parent: Index = _ROOT) -> int:
        """The rows shown."""
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Name, Work, Details, Peak, Indicators, Overtime Work and Delay."""
        return 0 if parent.isValid() else DELAY + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Name (people or tasks), Work, Details, Peak; the Indicators' "i"."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section == INDICATORS:
            return indicators_header(role)
        if section == PEAK and role == Qt.ItemDataRole.ToolTipRole:
            return PEAK_TIP
        if section == OVERTIME and role == Qt.ItemDataRole.ToolTipRole:
            return OVERTIME_TIP
        if section == DELAY and role == Qt.ItemDataRole.ToolTipRole:
            return DELAY_TIP
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == NAME:
            return "Task Name" if self.by_task else "Resource Name"
        return _HEADERS.get(section)

    def peak(self, node: int) -> float | None:
        """A person's or a person's assignment's Peak (1.0: 100 %); None for other rows."""
        tree, bookings = self.tree, self.bookings()
        if bookings is None:
            return None
        kind, ref = tree.kind[node], tree.ref[node]
        u = tree.usage
        if kind == RowKind.RESOURCE and u.resources[ref].type is ResourceType.WORK:
            return bookings.peak(u.resources[ref].uid)
        if kind == RowKind.ASSIGNMENT:
            a = u.assignments[ref]
            if u.resources[u.resource_row_of(ref)].type is ResourceType.WORK:
                return bookings.assignment_peak(a)
        return None

    def overtime(self, node: int) -> int | None:
        """Overtime Work of a row in minutes: a person's assignment's own; a task's or a
        person's their assignment rows' below (a summary's its subtasks'); None for a
        material, a cost item or a group header."""
        tree = self.tree
        kind = tree.kind[node]
        if kind == RowKind.ASSIGNMENT:
            if tree.unit(node) != "h":  # a material's quantity
                return None
            return tree.usage.assignments[tree.ref[node]].overtime_work_minutes
        if kind not in (RowKind.TASK, RowKind.RESOURCE) or tree.unit(node) != "h":
            return None
        if not self.any_overtime():  # most plans have none: no sums over 100k rows
            return 0
        return self._overtime_sums().get(node, 0)

    def _overtime_sums(self) -> dict[int, int]:
        """The Overtime Work of each task's and person's row that has some, summed once per
        outline or edit: each person's assignment row with overtime adds it to the rows
        above it, up to the first that is not a task's or a person's (a material's, a group
        header). Summing the rows below each painted row walked every row under a summary
        after each edit (0.5 s at 100k tasks)."""
        sums = self._overtime
        if sums is not None:
            return sums
        tree = self.tree
        assignments = tree.usage.assignments
        refs = {i for i, a in enumerate(assignments) if a.overtime_work_minutes}
        kinds, parent, summed = tree.kind, tree.parent, (RowKind.TASK, RowKind.RESOURCE)
        sums = self._overtime = {}
        rows = [row for row, ref in enumerate(tree.ref) if ref in refs]  # another kind's too
        for row in rows:
            if kinds[row] != RowKind.ASSIGNMENT or tree.unit(row) != "h":
                continue
            minutes = assignments[tree.ref[row]].overtime_work_minutes
            up = parent[row]
            while up >= 0 and kinds[up] in summed and tree.unit(up) == "h":
                sums[up] = sums.get(up, 0) + minutes
                up = parent[up]
        return sums

    def any_overtime(self) -> bool:
        """Whether some assignment has overtime (asked once per outline or edit)."""
        if self._any_overtime is None:
            assignments = self.tree.usage.assignments
            self._any_overtime = any(a.overtime_work_minutes for a in assignments)
        return self._any_overtime

    def any_delay(self) -> bool:
        """Whether some assignment starts after its task (MS Project's Delay)."""
        return any(a.delay_minutes for a in self.tree.usage.assignments)

    def delay(self, node: int) -> str | None:
        """An assignment row's Delay as typed (``2d``, ``1ed``); None for other rows."""
        tree = self.tree
        if tree.kind[node] != RowKind.ASSIGNMENT:
            return None
        a = tree.usage.assignments[tree.ref[node]]
        return delay_text(a, tree.project)

    def typeable(self, index: Index) -> bool:
        """Whether the cell takes typing: a person's assignment's Overtime Work, an
        assignment's Delay."""
        column = index.column()
        node = self.shown[index.row()]
        if column == DELAY and self.delay_typed is not None:
            return self.tree.kind[node] == RowKind.ASSIGNMENT
        if self.overtime_typed is None or column != OVERTIME:
            return False
        return self.tree.kind[node] == RowKind.ASSIGNMENT and self.tree.unit(node) == "h"

    def flags(self, index: Index) -> Qt.ItemFlag:
        """A person's assignment's Overtime Work takes typing."""
        flags = super().flags(index)
        if index.isValid() and self.typeable(index):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Overtime typed in an assignment's cell goes to the view, which runs it as one undo
        step; False when refused or nothing changes."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.typeable(index):
            return False
        if index.column() == DELAY and self.delay_typed is not None:
            return self.delay_typed(index.row(), str(value))
        assert self.overtime_typed is not None
        return self.overtime_typed(index.row(), str(value))

    def marks(self, node: int) -> tuple[Mark, ...]:
        """The Indicators of a row: a resource's (a person over-allocated; notes, a
        material's or a cost item's too), a task's as the task sheet has them (Task
        Usage), none for an assignment."""
        tree = self.tree
        kind, ref = tree.kind[node], tree.ref[node]
        if kind == RowKind.TASK and self.task_marks is not None:
            return self.task_marks.marks(tree.usage.tasks[ref].uid)
        if kind not in (RowKind.RESOURCE, RowKind.COST_ITEM):
            return ()
        found = self._marks.get(node)
        if found is None:
            is_item = kind == RowKind.COST_ITEM
            res = tree.costs.resources[ref] if is_item else tree.usage.resources[ref]
            person, bookings = tree.person(node), self.bookings()
            over = bookings.overallocations(res.uid) if person in self._over and bookings else []
            found = self._marks[node] = person_marks(res, over)
        return found

    def kinds(self, node: int) -> tuple[Indicator, ...]:
        """The kinds of a row's :meth:`marks`, a task's sentences left unwritten (printing)."""
        tree = self.tree
        if tree.kind[node] == RowKind.TASK and self.task_marks is not None:
            return self.task_marks.kinds(tree.usage.tasks[tree.ref[node]].uid)
        return tuple(m.kind for m in self.marks(node))

    def _indicators(self, node: int, role: int) -> object:
        marks = self.marks(node)
        if role == IndicatorsRole:
            return tuple(m.kind for m in marks)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(m.tip for m in marks) if marks else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return "\n".join(m.tip for m in marks)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Names, totals in their unit, bold people, summaries and group headers (shaded), red
        over-allocated people, the contour indicator (icon and tooltip) of an assignment with
        shaped work."""
        if not index.isValid():
            return None
        node = self.shown[index.row()]
        tree = self.tree
        column = index.column()
        if column == INDICATORS:
            return self._indicators(node, role)
        if column == OVERTIME and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            minutes = self.overtime(node)
            return None if minutes is None else figure_text(tree, minutes, "h")
        if column == DELAY and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.delay(node)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return other_row_name(tree, node)
            if column == DETAILS:
                return "\n".join(d.label for d in self.details)
            if column == PEAK:
                peak = self.peak(node)
                return None if peak is None else figure_text(tree, peak * 100.0, PERCENT)
            return figure_text(tree, tree.total(node), tree.unit(node))
        if role == Qt.ItemDataRole.ToolTipRole and column in (PEAK, DETAILS):
            return shared_tip(tree, node, column == PEAK)  # other plans counted, or not
        if column in (NAME, WORK) and (look := other_row_look(tree, node, role)) is not None:
            return look  # an other plan's row, or a person's total that includes one
        if role in _INDICATOR_ROLES and column == NAME:
            contour = _shaped_contour(tree, node)
            if contour is None:
                return None
            if role == Qt.ItemDataRole.DecorationRole:
                return contour_icon(contour)
            return contour_tip(contour)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and tree.bold(node):
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            return group_brush(tree, node)
        if role == Qt.ItemDataRole.ForegroundRole and tree.person(node) in self._over:
            return OVER_TEXT
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(-1, self.row_height * len(self.details))
        if role == RowKeyRole:
            return tree.key(node)
        if role == DepthRole:
            return tree.depth[node]
        if role == BranchRole:
            return (node not in self.closed) if self._opens[node] else None
        return None
