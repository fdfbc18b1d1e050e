"""The task table as a Qt tree model over ``document.plan.tasks`` (it owns no task data).

The model keeps only the outline shape (parent and children of each uid) so
that Qt can ask for rows and parents quickly. Plan change events become
begin/end insert and remove rows for added and removed tasks, a layout change
for outline changes (indent, outdent, move; persistent indexes follow their
task, so views keep selection and expanded rows) and dataChanged for
everything else.
Edits never touch the plan directly: setData pushes an undo command.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.errors import AppError
from app.domain.events import Change, ChangeKind, Entity
from app.domain.link import Link
from app.domain.notation import format_duration, format_span
from app.domain.schedule import Schedule
from app.ui.commands import MoveTasksCommand, PlanCommand, execute, moved_order
from app.ui.document import Document
from app.ui.icons import icon
from app.ui.models.roles import OutlineLevelRole, SummaryRole, TaskUidRole
from app.ui.models.task_edits import (
    HEADERS,
    Column,
    command_for_cell,
    format_date,
    format_date_edit,
    format_predecessors,
)

_ROOT = QModelIndex()
TASK_UIDS_MIME = "application/x-gantry-task-uids"
_COLUMNS = tuple(Column)
_COLUMN_COUNT = len(_COLUMNS)
_NO_ROWS: list[int] = []
_CRITICAL = QColor(200, 30, 30)
_EDITABLE = {
    Column.NAME,
    Column.DURATION,
    Column.START,
    Column.FINISH,
    Column.PREDECESSORS,
    Column.RESOURCES,
    Column.PERCENT,
}
_FROM_SUBTASKS = {Column.DURATION, Column.START, Column.FINISH, Column.PERCENT}
# Item flags combined once: Flag "|" runs Python code, and Qt asks for every row.
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_MOVABLE = _READ_ONLY | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
_EDITABLE_CELL = _MOVABLE | Qt.ItemFlag.ItemIsEditable
_PER_PARENT_LIMIT = 64
_RIGHT = {Column.ID, Column.DURATION, Column.PERCENT, Column.COST}

Index = QModelIndex | QPersistentModelIndex


def _assigning() -> Any:
    """H5's assignment notation, once it exists (the People column hides without it)."""
    try:
        from app.domain import assigning
    except ImportError:
        return None
    return assigning


class TaskTreeModel(QAbstractItemModel):
    """Tasks as a tree: one row per task, children under their summary."""

    sig_error = Signal(str)  # a refused edit, one line for the status bar

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._children: dict[int | None, list[int]] = {}
        self._parent: dict[int, int | None] = {}
        self._row: dict[int, int] = {}
        self._links_into: dict[int, list[Link]] | None = None  # by successor, built on demand
        self._issues: tuple[Schedule, dict[int, list[str]]] | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        self._red = QBrush(_CRITICAL)
        self._rebuild()
        self._in_batch = False
        self._detached = False
        self._rows_stale = False  # tasks were added or removed inside the open batch
        document.plan.changes.subscribe(self._on_plan_after, self._on_plan_before)
        document.plan.changes.subscribe_batch(self._on_plan_batch)
        document.sig_schedule_changed.connect(self._on_schedule_changed)

    def detach(self) -> None:
        """Stop following the plan (the window is closing)."""
        self.document.plan.changes.unsubscribe(self._on_plan_after, self._on_plan_before)
        self._detached = True

    # ------------------------------------------------------------------ outline cache

    def _rebuild(self) -> None:
        parents = self.document.plan.parent_uids()
        children: dict[int | None, list[int]] = {None: []}
        for uid, par in parents.items():
            children.setdefault(par, []).append(uid)
            children.setdefault(uid, [])
        self._parent = parents
        self._children = children
        self._row = {}
        for kids in children.values():
            self._renumber(kids)

    def _renumber(self, kids: list[int]) -> None:
        for i, uid in enumerate(kids):
            self._row[uid] = i

    def _drop_subtree(self, uid: int) -> None:
        for child in self._children.pop(uid, []):
            self._drop_subtree(child)
        self._parent.pop(uid, None)
        self._row.pop(uid, None)

    def _parent_index(self, uid: int | None) -> QModelIndex:
        if uid is None:
            return QModelIndex()
        return self.createIndex(self._row[uid], 0, uid)

    # ------------------------------------------------------------------ Qt model API

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        """The cell at row/column under ``parent``."""
        if column < 0 or column >= _COLUMN_COUNT:
            return QModelIndex()
        kids = self._children.get(parent.internalId() if parent.isValid() else None, _NO_ROWS)
        if not 0 <= row < len(kids):
            return QModelIndex()
        return self.createIndex(row, column, kids[row])

    def parent(self, child: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        """The summary row above ``child``."""
        if not child.isValid():
            return QModelIndex()
        par = self._parent.get(child.internalId())
        return self._parent_index(par)

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Children of a row (top-level tasks under the root)."""
        if parent.isValid():
            if parent.column() != 0:
                return 0
            return len(self._children.get(parent.internalId(), []))
        return len(self._children.get(None, []))

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Number of columns (the same for every row)."""
        return _COLUMN_COUNT

    def hasChildren(self, parent: Index = _ROOT) -> bool:
        """Whether a row is a summary with subtasks."""
        return self.rowCount(parent) > 0

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            if role == Qt.ItemDataRole.DisplayRole:
                return HEADERS[Column(section)]
            if role == Qt.ItemDataRole.TextAlignmentRole and Column(section) in _RIGHT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Selectable rows; editable cells and dragged rows when the document can be written."""
        writable = not self.document.read_only
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if writable else Qt.ItemFlag.NoItemFlags
        if not writable:
            return _READ_ONLY
        column = _COLUMNS[index.column()]
        uid = index.internalId()
        plan = self.document.plan
        if column not in _EDITABLE or not plan.has_task(uid):
            return _MOVABLE
        if column in _FROM_SUBTASKS and plan.is_summary(uid):
            return _MOVABLE
        if column is Column.RESOURCES and not self.people_available():
            return _MOVABLE
        return _EDITABLE_CELL

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text and styling; TaskUidRole/SummaryRole/OutlineLevelRole on every column."""
        if not index.isValid():
            return None
        uid = index.internalId()
        plan = self.document.plan
        if not plan.has_task(uid):
            return None  # removed from the plan; the rows follow in a moment
        column = _COLUMNS[index.column()]
        if role == TaskUidRole:
            return uid
        if role == SummaryRole:
            return plan.is_summary(uid)
        if role == OutlineLevelRole:
            return plan.task(uid).outline_level
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(uid, column, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.FontRole and plan.is_summary(uid):
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and self._critical(uid):
            return self._red
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column is Column.ID and role in (
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self._indicator(uid, role)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.NAME:
            notes = plan.task(uid).notes
            return notes or None
        return None

    def _indicator(self, uid: int, role: int) -> Any:
        """MS Project's indicators column, folded into the ID cell: scheduling issues, notes."""
        issues = self._issues_by_task().get(uid)
        notes = self.document.plan.task(uid).notes
        if role == Qt.ItemDataRole.DecorationRole:
            if issues:
                return icon("warning")
            return icon("note") if notes else None
        lines = list(issues or [])
        if notes:
            lines.append(f"Notes: {notes}")
        return "\n".join(lines) or None

    def _issues_by_task(self) -> dict[int, list[str]]:
        schedule = self.document.schedule
        if self._issues is None or self._issues[0] is not schedule:
            by_task: dict[int, list[str]] = {}
            for issue in schedule.issues:
                by_task.setdefault(issue.task_uid, []).append(issue.message)
            self._issues = (schedule, by_task)
        return self._issues[1]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Push the undo command for an edit; a refused edit emits ``sig_error`` instead."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        uid = index.internalId()
        column = Column(index.column())
        text = "" if value is None else str(value)
        try:
            if column is Column.RESOURCES:
                return self._set_people(uid, text)
            command = command_for_cell(self.document, uid, column, text)
            if command is None:
                return True
            execute(self.document, command)
        except AppError as exc:
            self.sig_error.emit(str(exc))
            return False
        return True

    # ------------------------------------------------------------------ dragging rows

    def supportedDropActions(self) -> Qt.DropAction:
        """Rows are moved, never copied."""
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        """Rows are moved, never copied."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        """Dragged rows travel as task uids."""
        return [TASK_UIDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The uids of the dragged rows."""
        uids = sorted({i.internalId() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(TASK_UIDS_MIME, QByteArray(",".join(map(str, uids)).encode()))
        return data

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        """Move dragged tasks: onto a row = in front of it; between rows = at that place."""
        if action != Qt.DropAction.MoveAction or not data.hasFormat(TASK_UIDS_MIME):
            return False
        raw = bytes(data.data(TASK_UIDS_MIME).data()).decode()
        uids = [int(u) for u in raw.split(",") if u]
        plan = self.document.plan
        if not uids or not all(plan.has_task(u) for u in uids) or self.document.read_only:
            return False
        target = self.uid_of(parent)
        if row < 0 and target is not None:  # dropped onto a row: go in front of it
            row = self._row[target]
            target = self._parent.get(target)
        if row < 0:
            row = len(self._children.get(target, []))
        # Positions count the target's children without the moving ones.
        before = [u for u in self._children.get(target, [])[:row] if u not in uids]
        names = [plan.task(u).name for u in uids]
        text = f"Move task '{names[0]}'" if len(uids) == 1 else f"Move {len(uids)} tasks"
        try:
            order, levels = moved_order(plan, uids, target, len(before))
            if order == [t.uid for t in plan.tasks] and all(
                plan.task(u).outline_level == lv for u, lv in levels.items()
            ):
                return False  # dropped where it was
            execute(self.document, MoveTasksCommand(self.document, order, text, levels))
        except AppError as exc:
            self.sig_error.emit(str(exc))
            return False
        return True

    # ------------------------------------------------------------------ helpers

    def uid_of(self, index: Index) -> int | None:
        """The task uid of a row, or None for the root."""
        return index.internalId() if index.isValid() else None

    def index_of_uid(self, uid: int, column: int = 0) -> QModelIndex:
        """The index of a task's row."""
        if uid not in self._row:
            return QModelIndex()
        return self.createIndex(self._row[uid], column, uid)

    def people_available(self) -> bool:
        """Whether the People column can be shown and edited (H5's assignment notation)."""
        return _assigning() is not None

    def costs_available(self) -> bool:
        """Whether the document computes costs (the Cost column hides otherwise)."""
        return getattr(self.document, "costs", None) is not None

    def _links_by_successor(self) -> dict[int, list[Link]]:
        if self._links_into is None:
            self._links_into = {}
            for lk in self.document.plan.links:
                self._links_into.setdefault(lk.successor, []).append(lk)
        return self._links_into

    def _critical(self, uid: int) -> bool:
        times = self.document.schedule.get(uid)
        return bool(times and times.critical and not times.summary)

    def _text(self, uid: int, column: Column, editing: bool) -> str | None:
        plan = self.document.plan
        task = plan.task(uid)
        times = self.document.schedule.get(uid)
        if column is Column.ID:
            return str(plan.index_of(uid) + 1)
        if column is Column.WBS:
            return plan.wbs(uid)
        if column is Column.NAME:
            return task.name
        if column is Column.DURATION:
            if times is not None and times.summary:
                return format_span(times.duration_minutes, plan.project)
            minutes = times.duration_minutes if times is not None else task.duration_minutes
            return format_duration(minutes, plan.project, task.elapsed, task.estimated)
        if column in (Column.START, Column.FINISH):
            moment = None
            if times is not None:
                moment = times.start if column is Column.START else times.finish
            else:
                moment = task.start if column is Column.START else task.finish
            return format_date_edit(moment) if editing else format_date(moment)
        if column is Column.PREDECESSORS:
            return format_predecessors(plan, uid, self._links_by_successor().get(uid, []))
        if column is Column.RESOURCES:
            assigning = _assigning()
            return assigning.format_assignments(plan, uid) if assigning else ""
        if column is Column.PERCENT:
            value = times.percent_complete if times is not None else task.percent_complete
            return f"{value:.0f}" if editing else f"{value:.0f}%"
        if column is Column.COST:
            costs = getattr(self.document, "costs", None)
            if costs is None:
                return None
            amount = costs.task_cost.get(uid, 0.0)
            return f"{plan.project.currency_symbol}{amount:,.0f}"
        return None

    def _set_people(self, uid: int, text: str) -> bool:
        from app.ui.team.commands import SetAssignmentsCommand

        command = SetAssignmentsCommand(self.document, uid, text)
        if isinstance(command, PlanCommand):
            execute(self.document, command)
        else:
            self.document.push(command)
        return True

    # ------------------------------------------------------------------ plan events

    def _on_plan_batch(self, opening: bool) -> None:
        if self._detached:
            return
        self._in_batch = opening
        if not opening and self._rows_stale:
            self._rows_stale = False
            self._sync_rows()

    def _on_plan_before(self, change: Change) -> None:
        if change.entity is Entity.OUTLINE:
            if self._rows_stale:  # bring the rows up to date before the layout moves
                self._rows_stale = False
                self._sync_rows()
            # A layout change, not a reset: views keep selection and expanded rows.
            self.layoutAboutToBeChanged.emit()

    def _on_plan_after(self, change: Change) -> None:
        if change.entity is Entity.OUTLINE:
            self._relayout()
        elif change.entity is Entity.TASK:
            if change.kind is ChangeKind.CHANGED:
                for key in change.keys:
                    self._row_changed(int(key))  # type: ignore[call-overload]
            elif self._in_batch:
                self._rows_stale = True  # one pass when the batch closes (undoing a big delete)
            else:
                self._sync_rows()
        elif change.entity is Entity.LINK:
            self._links_into = None
            for key in change.keys:
                self._row_changed(key[1])  # type: ignore[index]

    def _relayout(self) -> None:
        """Rebuild the outline and move every persistent index to its task's new place."""
        self._rebuild()
        old = self.persistentIndexList()
        new = []
        for index in old:
            uid = index.internalId()
            row = self._row.get(uid)
            new.append(QModelIndex() if row is None else self.createIndex(row, index.column(), uid))
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _on_schedule_changed(self) -> None:
        self._all_changed()

    def _row_changed(self, uid: int) -> None:
        if uid in self._row:
            row = self._row[uid]
            par = self._parent_index(self._parent.get(uid))
            self.dataChanged.emit(self.index(row, 0, par), self.index(row, len(Column) - 1, par))

    def _all_changed(self) -> None:
        """Every cell may have changed (a reschedule moves dates everywhere).

        One signal per summary costs a tree view a walk over its rows each time
        (seconds on a 10k-task plan), so small outlines get one per parent and
        large ones one for the top level, which makes views repaint every row.
        """
        last = len(Column) - 1
        parents = [p for p, kids in self._children.items() if kids]
        if len(parents) > _PER_PARENT_LIMIT:
            parents = [None] if self._children.get(None) else []
        for par in parents:
            kids = self._children[par]
            p = self._parent_index(par)
            self.dataChanged.emit(self.index(0, 0, p), self.index(len(kids) - 1, last, p))

    def _sync_rows(self) -> None:
        """Follow tasks added or removed: one remove/insert rows call per contiguous run."""
        new_parent = self.document.plan.parent_uids()
        old_parent = self._parent
        if any(new_parent[u] != p for u, p in old_parent.items() if u in new_parent):
            self.beginResetModel()
            self._rebuild()
            self.endResetModel()
            return
        removed = [u for u in old_parent if u not in new_parent]
        gone = set(removed)
        by_parent: dict[int | None, list[int]] = {}
        for uid in removed:
            par = old_parent[uid]
            if par not in gone:
                by_parent.setdefault(par, []).append(self._row[uid])
        for par, rows in by_parent.items():
            for first, last in reversed(_runs(sorted(rows))):
                self.beginRemoveRows(self._parent_index(par), first, last)
                kids = self._children[par]
                for uid in kids[first : last + 1]:
                    self._drop_subtree(uid)
                del kids[first : last + 1]
                self._renumber(kids)
                self.endRemoveRows()
        new_children: dict[int | None, list[int]] = {None: []}
        for uid, par in new_parent.items():
            new_children.setdefault(par, []).append(uid)
        added = [u for u in new_parent if u not in old_parent]
        fresh = set(added)
        targets: dict[int | None, list[int]] = {}
        for uid in added:
            par = new_parent[uid]
            if par not in fresh:
                targets.setdefault(par, []).append(uid)
        for par, uids in targets.items():
            wanted = new_children[par]
            positions = sorted(wanted.index(u) for u in uids)
            for first, last in _runs(positions):
                self.beginInsertRows(self._parent_index(par), first, last)
                kids = self._children.setdefault(par, [])
                kids[first:first] = wanted[first : last + 1]
                for uid in wanted[first : last + 1]:
                    self._adopt(uid, par, new_children)
                self._renumber(kids)
                self.endInsertRows()
        if any(self._children.get(p, []) != kids for p, kids in new_children.items()):
            self.beginResetModel()  # the outline moved in a way the runs do not describe
            self._rebuild()
            self.endResetModel()
            return
        self._all_changed()  # ids, WBS codes and summary flags of other rows moved

    def _adopt(self, uid: int, par: int | None, new_children: dict[int | None, list[int]]) -> None:
        self._parent[uid] = par
        kids = list(new_children.get(uid, []))
        self._children[uid] = kids
        self._renumber(kids)
        for child in kids:
            self._adopt(child, uid, new_children)


def _runs(values: list[int]) -> list[tuple[int, int]]:
    """Contiguous runs in sorted integers: [1, 2, 3, 7] -> [(1, 3), (7, 7)]."""
    out: list[tuple[int, int]] = []
    for v in values:
        if out and out[-1][1] == v - 1:
            out[-1] = (out[-1][0], v)
        else:
            out.append((v, v))
    return out
