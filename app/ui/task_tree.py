"""The task table on the left of the Gantt view: a tree with uniform rows the chart follows."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDateTimeEdit,
    QHeaderView,
    QMenu,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from app.ui.models.roles import OutlineLevelRole, TaskUidRole
from app.ui.models.task_edits import HEADERS, Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.team.people_delegate import PeopleDelegate

_WIDTHS = {
    Column.ID: 54,
    Column.WBS: 48,
    Column.NAME: 220,
    Column.DURATION: 64,
    Column.START: 118,
    Column.FINISH: 118,
    Column.PREDECESSORS: 96,
    Column.RESOURCES: 130,
    Column.PERCENT: 80,
    Column.COST: 90,
}


class DateDelegate(QStyledItemDelegate):
    """Edits a start or finish with a calendar popup; the model reads the text it writes."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        """A date-and-time editor with a calendar."""
        editor = QDateTimeEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("yyyy-MM-dd HH:mm")
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        """Start from the task's current date."""
        assert isinstance(editor, QDateTimeEdit)
        text = index.data(Qt.ItemDataRole.EditRole) or ""
        moment = QDateTime.fromString(text, "yyyy-MM-dd HH:mm")
        if moment.isValid():
            editor.setDateTime(moment)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Hand the chosen date to the model as text (it pushes the undo command)."""
        assert isinstance(editor, QDateTimeEdit)
        text = editor.dateTime().toString("yyyy-MM-dd HH:mm")
        if text != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, text, Qt.ItemDataRole.EditRole)


class PercentDelegate(QStyledItemDelegate):
    """Edits % complete with a 0-100 spin box."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        """A spin box from 0 to 100 %."""
        editor = QSpinBox(parent)
        editor.setRange(0, 100)
        editor.setSuffix("%")
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        """Start from the current value."""
        assert isinstance(editor, QSpinBox)
        editor.setValue(round(float(index.data(Qt.ItemDataRole.EditRole) or 0)))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Write the value through the model."""
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, str(editor.value()), Qt.ItemDataRole.EditRole)


class TaskTreeView(QTreeView):
    """Tree of tasks; remembers collapsed summaries across model resets."""

    sig_task_activated = Signal(int)  # double-click on a cell that cannot be edited

    def __init__(self, model: TaskTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._collapsed: set[int] = set()
        self._restoring = False
        self._selection_before_reset: list[int] = []
        self._current_before_reset: int | None = None
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setExpandsOnDoubleClick(False)
        # Rows are dragged to move tasks; the model turns a drop into one undoable move.
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setModel(model)
        self.setTreePosition(Column.NAME)
        self._date_delegate = DateDelegate(self)
        self._percent_delegate = PercentDelegate(self)
        self.setItemDelegateForColumn(Column.START, self._date_delegate)
        self.setItemDelegateForColumn(Column.FINISH, self._date_delegate)
        self.setItemDelegateForColumn(Column.PERCENT, self._percent_delegate)
        self._people_delegate = PeopleDelegate(  # names complete as you type (H5)
            lambda: [r.name for r in model.document.plan.resources], self
        )
        self.setItemDelegateForColumn(Column.RESOURCES, self._people_delegate)
        self.setIndentation(14)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in _WIDTHS.items():
            self.setColumnWidth(column, width)
        self.setColumnHidden(Column.RESOURCES, not model.people_available())
        self.setColumnHidden(Column.COST, not model.costs_available())
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu)
        model.modelAboutToBeReset.connect(self._on_model_about_to_reset)
        model.modelReset.connect(self._restore_expansion)
        model.rowsInserted.connect(self._on_rows_inserted)
        self.collapsed.connect(self._on_collapsed)
        self.expanded.connect(self._on_expanded)
        self.doubleClicked.connect(self._on_double_clicked)
        self.expandAll()

    def expandAll(self) -> None:
        """Expand every summary, telling listeners once instead of once per row.

        Qt emits ``expanded`` for each of the 10,000 rows of a big plan, and each
        emission runs Python slots (ours and the Gantt's): a third of opening one.
        """
        blocked = self.blockSignals(True)
        try:
            super().expandAll()
        finally:
            self.blockSignals(blocked)
        if not self._restoring:
            self._collapsed.clear()
        self.expanded.emit(QModelIndex())  # "rows changed" for the Gantt; no uid for us

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Enter commits and moves down a row, as in MS Project and spreadsheets."""
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            below = self.indexBelow(self.currentIndex())
            if below.isValid():
                self.setCurrentIndex(below)

    def task_model(self) -> TaskTreeModel:
        """The model, typed."""
        model = self.model()
        assert isinstance(model, TaskTreeModel)
        return model

    def selected_uids(self) -> list[int]:
        """Selected tasks in row order."""
        plan = self.task_model().document.plan
        uids = {
            int(i.data(TaskUidRole))
            for i in self.selectionModel().selectedRows(0)
            if i.data(TaskUidRole) is not None
        }
        return sorted(uids, key=plan.index_of)

    def selection_as_text(self) -> str:
        """Selected rows as tab-separated text with a header line, visible columns only."""
        model = self.task_model()
        columns = [c for c in Column if not self.isColumnHidden(c)]
        lines = ["\t".join(HEADERS[c] for c in columns)]
        for uid in self.selected_uids():
            cells = [model.index_of_uid(uid, c).data() or "" for c in columns]
            level = model.index_of_uid(uid).data(OutlineLevelRole) or 1
            if Column.NAME in columns:  # keep the outline readable once pasted
                at = columns.index(Column.NAME)
                cells[at] = "    " * (level - 1) + cells[at]
            lines.append("\t".join(str(c).replace("\t", " ") for c in cells))
        return "\n".join(lines) + "\n"

    def current_uid(self) -> int | None:
        """The task of the current row."""
        uid = self.currentIndex().data(TaskUidRole)
        return None if uid is None else int(uid)

    def select_uids(self, uids: list[int], current: int | None = None) -> None:
        """Select these tasks' rows and make one of them current."""
        model = self.task_model()
        selection = self.selectionModel()
        selection.clearSelection()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        for uid in uids:
            idx = model.index_of_uid(uid)
            if idx.isValid():
                selection.select(idx, flags)
        focus = current if current is not None else (uids[0] if uids else None)
        if focus is not None:
            idx = model.index_of_uid(focus, Column.NAME)
            if idx.isValid():
                selection.setCurrentIndex(idx, selection.SelectionFlag.NoUpdate)
                self.scrollTo(idx)

    # ------------------------------------------------------------------ columns

    def column_menu(self) -> QMenu:
        """A menu of check boxes that show or hide the optional columns."""
        menu = QMenu(self)
        model = self.task_model()
        for column in Column:
            if column is Column.NAME:
                continue  # the tree needs its name column
            if column is Column.RESOURCES and not model.people_available():
                continue
            if column is Column.COST and not model.costs_available():
                continue
            action = menu.addAction(HEADERS[column])
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: self.setColumnHidden(c, not on))
        return menu

    def _on_header_menu(self, pos: QPoint) -> None:
        self.column_menu().exec(self.header().mapToGlobal(pos))

    # ------------------------------------------------------------------ expansion

    def show_outline_level(self, level: int | None) -> None:
        """Show tasks down to an outline level (None: every subtask), as MS Project's Outline menu."""
        model = self.task_model()
        plan = model.document.plan
        for task in plan.tasks:
            if not plan.is_summary(task.uid):
                continue
            index = model.index_of_uid(task.uid)
            if level is None or task.outline_level < level:
                self.expand(index)
            else:
                self.collapse(index)

    def _on_collapsed(self, index: QModelIndex) -> None:
        uid = index.data(TaskUidRole)
        if uid is not None and not self._restoring:
            self._collapsed.add(int(uid))

    def _on_expanded(self, index: QModelIndex) -> None:
        uid = index.data(TaskUidRole)
        if uid is not None and not self._restoring:
            self._collapsed.discard(int(uid))

    def _on_model_about_to_reset(self) -> None:
        self._selection_before_reset = self.selected_uids()
        self._current_before_reset = self.current_uid()

    def _restore_expansion(self) -> None:
        model = self.task_model()
        self._restoring = True
        self.expandAll()
        for uid in list(self._collapsed):
            idx = model.index_of_uid(uid)
            if idx.isValid():
                self.collapse(idx)
            else:
                self._collapsed.discard(uid)
        self._restoring = False
        self.select_uids(self._selection_before_reset, self._current_before_reset)

    def _on_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        model = self.task_model()
        if parent.isValid() and model.uid_of(parent) not in self._collapsed:
            self.expand(parent)
        for row in range(first, last + 1):
            self.expandRecursively(model.index(row, 0, parent))

    def _on_double_clicked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if not index.flags() & Qt.ItemFlag.ItemIsEditable:
            uid = index.data(TaskUidRole)
            if uid is not None:
                self.sig_task_activated.emit(int(uid))
