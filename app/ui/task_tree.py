"""The task sheet on the left of the Gantt view: a flat table drawn as an outline.

As in MS Project, the sheet is one row per shown task: the Name cell is
indented by outline level and summaries carry a triangle that collapses or
expands them (mouse, Left/Right keys, View > Outline). The model leaves a
collapsed summary's descendants out of the rows, so the Gantt chart, which
draws the sheet's rows, hides the same bars. A QTableView asks the model
nothing per row when it is built, which is what makes a 100k-task plan open
without a freeze (a QTreeView walks every row in Python first).

The last row is empty, as in MS Project: Down from the last task reaches it,
typing into it adds a task, and Enter then moves on to the new empty row, so
names can be typed one after the other.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QDropEvent, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.ui.column_editors import prepare_optional_columns
from app.ui.column_menu import header_menu
from app.ui.current_cell_frame import CurrentCellFrame
from app.ui.extend_selection import add_extend_selection
from app.ui.models.cost_typed_hint import typed_hint
from app.ui.models.custom_columns import CUSTOM_FIRST
from app.ui.models.roles import TaskUidRole
from app.ui.models.task_drag import dragged_uids
from app.ui.models.task_edits import OPTIONAL_EDITABLE, OPTIONAL_FROM_SUBTASKS, Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.models.task_model_baselines import TYPED_COLUMNS as BASELINE_COLUMNS
from app.ui.models.task_model_tracking import read_only_hint
from app.ui.page_break_line import PageBreakLines
from app.ui.sheet_columns_said import say_shown_columns
from app.ui.sheet_font_fit import grow_columns_with_font
from app.ui.sheet_rows_repaint import RowsRepaint
from app.ui.sheet_typing_kept import TypingKept
from app.ui.task_delegates import DateDelegate, OutlineDelegate, PercentDelegate
from app.ui.task_tree_keys import SheetKeys
from app.ui.task_tree_outline import SheetOutline
from app.ui.task_tree_selection import SheetSelection, column_title
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
INDENTATION = 14  # pixels per outline level, as the tree had
_OUTLINE_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Right)
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# A summary's cells that come from its subtasks (typing into them is refused in words).
_ROLLED_UP = frozenset({Column.DURATION, Column.START, Column.FINISH, Column.PERCENT})
_ROLLED_UP |= OPTIONAL_FROM_SUBTASKS
# Modifiers that make a key a command, not typing.
_COMMANDS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
# Cells where Del deletes the selected tasks, as in MS Project (the ID is its row header);
# Del on any other cell empties that field, as Ctrl+Del does everywhere.
_DELETE_TASK_COLUMNS = frozenset({Column.ID, Column.NAME})
# Cells Del and Ctrl+Del empty (the others always hold a value: a name, a duration, a date...).
_CLEARABLE = frozenset(
    {
        Column.PREDECESSORS,
        Column.RESOURCES,
        Column.ACTUAL_START,
        Column.ACTUAL_FINISH,
        Column.CONSTRAINT_DATE,
        Column.DEADLINE,
        Column.NOTES,
        Column.FIXED_COST,
        Column.HYPERLINK,  # the link taken away
        Column.HYPERLINK_ADDRESS,
        Column.HYPERLINK_SUB_ADDRESS,
    }
)
_CLEARABLE |= BASELINE_COLUMNS  # a baseline's or interim plan's value: NA (a figure: blank)
# Typing or F2 on the Indicators column, and Del there: the icons follow the task's own
# fields, so there is nothing of theirs to type or empty (a neutral pointer, not a refusal).
_INDICATORS_TYPED = (
    "Indicators follow the task's fields (notes, constraints...): edit those to change them"
)
_INDICATORS_DEL = f"{_INDICATORS_TYPED}; Del on the ID or the Task Name deletes the task"
# Del on the empty last row (no task selected): it was silent, as if Del did not work.
EMPTY_ROW_DEL = "The empty row holds no task: nothing to delete (type a name there to add one)"


def empty_row_refusal(title: str, column: int) -> str:
    """What typing into a cell of the empty last row that takes none says: a field typed on
    a task's row (Notes, Deadline, Baseline1 Start...) is typed there once the task is
    added, which the row's own cells do; a worked-out one (ID, Total Slack) never is."""
    if column not in OPTIONAL_EDITABLE:
        return f"{title} is worked out by Gantry and cannot be typed"
    return (
        f"The empty row has no task to hold {title} yet: type a name (or a duration, start, "
        f"finish, predecessors, people, % complete) here to add one, then its {title}"
    )


# How Tab and Shift+Tab leave a cell's editor, and where they go on.
_TAB_HINTS = {
    QAbstractItemDelegate.EndEditHint.EditNextItem: QAbstractItemView.CursorAction.MoveNext,
    QAbstractItemDelegate.EndEditHint.EditPreviousItem: QAbstractItemView.CursorAction.MovePrevious,
}


class TaskTreeView(
    PageBreakLines,
    CurrentCellFrame,
    SheetKeys,
    SheetOutline,
    SheetSelection,
    RowsRepaint,
    TypingKept,
    QTableView,
):
    """The task sheet: rows of tasks drawn as an outline; summaries expand and collapse.

    Offers the QTreeView calls the rest of the window uses (``header``,
    ``isExpanded``, ``expand``, ``collapse``, ``expandAll``, ``indexBelow`` and
    the ``expanded``/``collapsed`` signals), so the Gantt chart can follow a
    plain QTreeView or this sheet alike.
    """

    sig_task_activated = Signal(int)  # double-click on a cell that cannot be edited
    expanded = Signal(QModelIndex)  # a summary's rows were shown (invalid index: many at once)
    collapsed = Signal(QModelIndex)  # a summary's rows were hidden (invalid index: many at once)

    def __init__(self, model: TaskTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._indentation = INDENTATION
        self._selection_before_reset: list[int] = []
        self._current_before_reset: int | None = None
        self._font_fitted = False
        self.setAccessibleName("Task sheet")  # what a screen reader says on entering it
        say_shown_columns(self, self.horizontalHeader())  # and its shown columns, in order
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setTabKeyNavigation(False)  # Tab leaves the sheet, as it left the tree
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Rows are dragged to move tasks; the model turns a drop into one undoable move.
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDragDropOverwriteMode(False)  # drop between rows, not only onto them
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setMinimumSectionSize(1)
        self.setModel(model)
        self._outline_delegate = OutlineDelegate(self)
        self._date_delegate = DateDelegate(self)
        self._percent_delegate = PercentDelegate(self)
        self.setItemDelegateForColumn(Column.NAME, self._outline_delegate)
        self.setItemDelegateForColumn(Column.START, self._date_delegate)
        self.setItemDelegateForColumn(Column.FINISH, self._date_delegate)
        self.setItemDelegateForColumn(Column.PERCENT, self._percent_delegate)
        self._people_delegate = PeopleDelegate(  # names complete as you type (H5)
            lambda: [r.name for r in model.document.plan.resources], self
        )
        self.setItemDelegateForColumn(Column.RESOURCES, self._people_delegate)
        header = self.horizontalHeader()
        # As the tree's header was: left-aligned titles, columns dragged to reorder
        # (all but the first), no selecting a column by clicking its title.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionsMovable(True)
        header.setFirstSectionMovable(False)
        header.setSectionsClickable(False)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in _WIDTHS.items():
            self.setColumnWidth(column, width)
        self.setColumnHidden(Column.RESOURCES, not model.people_available())
        self.setColumnHidden(Column.COST, not model.costs_available())
        prepare_optional_columns(self)  # hidden until inserted from the header's menu
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu)
        rows.setDefaultSectionSize(self._row_height())
        model.modelAboutToBeReset.connect(self._on_model_about_to_reset)
        model.modelReset.connect(self._on_model_reset)
        self.doubleClicked.connect(self._on_double_clicked)
        add_extend_selection(self)  # F8 and Shift+F8, as MS Project's sheet has them

    def _row_height(self) -> int:
        """Uniform rows as tall as a line of bold text wants (what the tree's first row gave).

        Measured without the model: asking a real cell would build the plan's
        lazy caches (row index, rolled-up schedule, links by successor) before
        the window is even shown.
        """
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.font.setBold(True)
        option.fontMetrics = QFontMetrics(option.font)
        option.text = "Xg"
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
        size = self.style().sizeFromContents(
            QStyle.ContentsType.CT_ItemViewItem, option, QSize(), self
        )
        return max(size.height(), self.fontMetrics().height(), 1)

    # ------------------------------------------------------------------ editing and keys

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Enter commits and moves down a row, as in MS Project and spreadsheets.

        In the empty row the task typed takes the row's place and the empty row
        moves below it: Enter stays on the empty row, ready for the next task.
        """
        model = self.task_model()
        in_blank = model.is_blank(self.currentIndex())
        added = model.take_added_from_blank() if in_blank else None
        try:
            self._close_editor(editor, hint, model, in_blank, added)
        finally:
            if editor.isHidden():
                # Qt deletes the closed editor later, and a deleted widget repaints its area
                # of the sheet: a second paint after the commit's. Out of sight, none.
                editor.move(-editor.width() - 1, -editor.height() - 1)

    def _close_editor(
        self,
        editor: QWidget,
        hint: QAbstractItemDelegate.EndEditHint,
        model: TaskTreeModel,
        in_blank: bool,
        added: int | None,
    ) -> None:
        if added is not None and hint in _TAB_HINTS:
            # Tab after typing into the empty row: on along the task just added, not the
            # empty row that moved below it (whose next cell would add a second task).
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.setCurrentIndex(model.index_of_uid(added, self.currentIndex().column()))
            action = _TAB_HINTS[hint]
            target = self.moveCursor(action, Qt.KeyboardModifier.NoModifier)
            if target.isValid():
                self.setCurrentIndex(target)  # selected, not opened: typing opens it
            return
        super().closeEditor(editor, hint)  # Tab: on to the next cell, not opened (SheetKeys)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            if in_blank:
                self.setCurrentIndex(model.blank_index(self.currentIndex().column()))
                return
            below = self.indexBelow(self.currentIndex())
            if below.isValid():
                self.setCurrentIndex(below)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """In the Name cell Left folds a summary or climbs to the parent, Right unfolds or descends.

        Del on a field other than the ID or Task Name, and Ctrl+Del on any, empties it.
        """
        key = event.key()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        current = self.currentIndex()
        editing = self.state() == QAbstractItemView.State.EditingState
        on_task = current.isValid() and current.data(TaskUidRole) is not None
        # Only the Name cell, which draws the outline, walks it; elsewhere Left and Right
        # move between cells, as in MS Project's sheet.
        on_name = on_task and current.column() == Column.NAME
        outline_key = plain and not editing and on_name and key in _OUTLINE_KEYS
        if outline_key and self._step_outline(current, key == Qt.Key.Key_Right):
            event.accept()
            return
        # the empty last row too: typing there adds a task, but not from every column
        on_row = on_task or (current.isValid() and self.task_model().is_blank(current))
        if not editing and on_row and self._refuse_typing(current, event):
            event.accept()
            return
        if self._del_on_empty_row(event):
            self.task_model().sig_notice.emit(EMPTY_ROW_DEL)
            event.accept()
            return
        ctrl_only = event.modifiers() == Qt.KeyboardModifier.ControlModifier
        clear_key = key == Qt.Key.Key_Delete and (ctrl_only or self._del_clears(event))
        if clear_key and not editing and on_task:
            self._clear_cells(current, hint=not ctrl_only)  # as MS Project's Del
            event.accept()
            return
        shift_only = event.modifiers() == Qt.KeyboardModifier.ShiftModifier
        if key == Qt.Key.Key_Space and (ctrl_only or shift_only) and not editing:
            # As MS Project: Ctrl+Space the column, Shift+Space the row (Qt's Ctrl+Space
            # took the row away, its Shift+Space kept the column selected)
            if ctrl_only:
                self.select_column()
            else:
                self.select_row()
            event.accept()
            return
        if key in _ENTER_KEYS and not editing and current.isValid():
            # As in MS Project and spreadsheets: Enter on a cell not being typed in goes
            # down a row (on to the empty row after the last task), Shift+Enter up.
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            if plain or shift == event.modifiers():
                target = self.indexAbove(current) if shift else self.indexBelow(current)
                if target.isValid():
                    self.setCurrentIndex(target)
                event.accept()
                return
        super().keyPressEvent(event)

    def _refuse_typing(self, index: QModelIndex, event: QKeyEvent) -> bool:
        """Say why a cell takes no typing (a summary's dates, an ID...) when F2 or a
        character is pressed on it; False when the key is not an edit or the cell takes it."""
        if index.flags() & Qt.ItemFlag.ItemIsEditable:
            return False
        text = event.text()
        typed = text.isprintable() and bool(text.strip()) and not event.modifiers() & _COMMANDS
        plain_f2 = event.key() == Qt.Key.Key_F2 and not event.modifiers()
        if not (typed or plain_f2):
            return False
        model = self.task_model()
        if index.column() == Column.INDICATORS:
            # MS Project does nothing on this read-only column; "cannot be typed" read as
            # a failure. Say, as Del there does, where the icons come from.
            model.sig_notice.emit(_INDICATORS_TYPED)
            return True
        hint = typed_hint(index.column())  # a tracking figure, Cost: where it comes from
        if hint is not None:
            model.sig_notice.emit(hint)
            return True
        if model.document.read_only:
            model.sig_error.emit("The plan is open read-only: nothing in it can be changed")
            return True
        title = model.headerData(index.column(), Qt.Orientation.Horizontal) or "This cell"
        uid = index.data(TaskUidRole)
        if index.column() == Column.RESOURCES and not model.people_available():
            return False  # the column is hidden then
        if uid is None:  # the empty row after the last task: it adds one from a few cells
            model.sig_error.emit(empty_row_refusal(str(title), index.column()))
            return True
        if index.column() in _ROLLED_UP and model.document.plan.is_summary(int(uid)):
            model.sig_error.emit(f"{title} of a summary comes from its subtasks")
        else:
            model.sig_error.emit(f"{title} is worked out by Gantry and cannot be typed")
        return True

    def event(self, event: QEvent) -> bool:
        """Keep Del for the sheet on a cell it empties (or on the empty row, to say there is
        nothing to delete), before Edit > Delete Task's shortcut; follow a new font."""
        if event.type() in (QEvent.Type.ApplicationFontChange, QEvent.Type.FontChange):
            self.verticalHeader().setDefaultSectionSize(self._row_height())
            grow_columns_with_font(self)  # titles and dates not cut at a large font
        elif event.type() == QEvent.Type.Show and not self._font_fitted:
            self._font_fitted = True  # a large font at start: the saved widths grow once
            grow_columns_with_font(self)
        override = event.type() == QEvent.Type.ShortcutOverride
        if (
            override
            and isinstance(event, QKeyEvent)
            and (self._del_clears(event) or self._del_on_empty_row(event))
        ):
            event.accept()
            return True
        return super().event(event)

    def _del_on_empty_row(self, event: QKeyEvent) -> bool:
        """Whether this is Del (or Ctrl+Del) on the empty last row with no task selected:
        nothing there to delete or empty (with tasks selected, Delete Task takes them)."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() != Qt.Key.Key_Delete or mods not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.ControlModifier,
        ):
            return False
        if self.state() == QAbstractItemView.State.EditingState:
            return False
        current = self.currentIndex()
        if not self.task_model().is_blank(current):
            return False
        return next(self.iter_selected_uids(), None) is None

    def _del_clears(self, event: QKeyEvent) -> bool:
        """Whether this is a plain Del on a task's cell other than its ID or Task Name.

        There, as in MS Project, Del empties the field; on the ID or the name (and
        anywhere else in the window) it is Edit > Delete Task.
        """
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if event.key() != Qt.Key.Key_Delete or not plain:
            return False
        if self.state() == QAbstractItemView.State.EditingState:
            return False
        current = self.currentIndex()
        if not current.isValid() or current.data(TaskUidRole) is None:
            return False
        return current.column() not in _DELETE_TASK_COLUMNS

    def _clear_cells(self, index: QModelIndex, hint: bool = False) -> None:
        """Empty a field that may be empty (predecessors, people, deadline...) on the current
        task and the other selected ones, as one undoable step, through the model.

        A field that always holds a value (a duration, a date) is left as it is and the
        status bar says so; ``hint`` adds where Del deletes the task instead.
        """
        model = self.task_model()
        column = index.column()
        if column == Column.INDICATORS:
            # MS Project's Del changes nothing on this read-only column, silently; a
            # "cannot be cleared" read as a failure. Say, as a pointer, where Del acts.
            model.sig_notice.emit(_INDICATORS_DEL)
            return
        follows = read_only_hint(column)  # a tracking figure: a pointer too, as Indicators
        if follows is not None:
            model.sig_notice.emit(f"{follows}; Del on the ID or the Task Name deletes the task")
            return
        if model.document.read_only:
            model.sig_error.emit("The plan is open read-only: nothing in it can be changed")
            return
        clearable = column in _CLEARABLE or column >= CUSTOM_FIRST  # Text1, Number1...: empty
        if clearable and index.flags() & Qt.ItemFlag.ItemIsEditable:
            uids = self.selected_uids()
            current = int(index.data(TaskUidRole))
            if current not in uids:
                uids = [current]
            filled = [uid for uid in uids if self._clearable(model.index_of_uid(uid, column))]
            self._clear_as_one_step(filled, column)
            return
        title = model.headerData(column, Qt.Orientation.Horizontal) or "This cell"
        message = f"{title} cannot be cleared"
        if hint:
            message += ": Del on the ID or the Task Name deletes the task"
        model.sig_error.emit(message)

    @staticmethod
    def _clearable(cell: QModelIndex) -> bool:
        """Whether a cell can be typed into and holds something to empty."""
        editable = cell.isValid() and cell.flags() & Qt.ItemFlag.ItemIsEditable
        return bool(editable and cell.data(Qt.ItemDataRole.EditRole))

    def _clear_as_one_step(self, uids: list[int], column: int) -> None:
        """Empty a field of these tasks; several are one undo step ("Clear Notes of 3 tasks")."""
        model = self.task_model()
        if len(uids) > 1:
            stack = model.document.undo_stack
            stack.beginMacro(f"Clear {column_title(model, column)} of {len(uids)} tasks")
        try:
            for uid in uids:  # found again each time: an edit may reset the model
                model.setData(model.index_of_uid(uid, column), "", Qt.ItemDataRole.EditRole)
        finally:
            if len(uids) > 1:
                stack.endMacro()

    def selectionCommand(
        self, index: QModelIndex | QPersistentModelIndex, event: QEvent | None = None
    ) -> QItemSelectionModel.SelectionFlag:
        """Ctrl+Home and Ctrl+End select where they land (with Shift: up to it), as in MS
        Project; Qt's Ctrl+key moves only the current cell, which left Del on the row before."""
        ends = (Qt.Key.Key_Home, Qt.Key.Key_End)
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            ctrl = Qt.KeyboardModifier.ControlModifier
            if event.key() in ends and event.modifiers() & ctrl:
                event = QKeyEvent(
                    QEvent.Type.KeyPress, event.key(), event.modifiers() & ~ctrl, event.text()
                )
        return super().selectionCommand(index, event)

    def _step_outline(self, current: QModelIndex, right: bool) -> bool:
        """Fold, unfold or climb the outline; False when there is no step (the cell moves)."""
        model = self.task_model()
        plan = model.document.plan
        uid = int(current.data(TaskUidRole))
        summary = plan.is_summary(uid)
        if right:
            if summary and model.is_collapsed(uid):
                self.expand(current)
            elif summary:
                self.setCurrentIndex(self.indexBelow(current))
            return summary
        if summary and not model.is_collapsed(uid):
            self.collapse(current)
            return True
        parent = plan.parent(uid)
        if parent is None:
            return False
        self.setCurrentIndex(model.index_of_uid(parent.uid, current.column()))
        return True

    # ------------------------------------------------------------------ drag and drop

    def dropEvent(self, event: QDropEvent) -> None:
        """Rows dropped above, on or below a row move next to it (see TaskTreeModel.drop_uids)."""
        uids = dragged_uids(event.mimeData())
        if event.source() is not self or not uids:
            super().dropEvent(event)
            return
        index = self.indexAt(event.position().toPoint())
        where = self.dropIndicatorPosition()
        model = self.task_model()
        off_tasks = not index.isValid() or model.is_blank(index)
        if off_tasks or where == QAbstractItemView.DropIndicatorPosition.OnViewport:
            anchor, below = None, False  # past the last task: to the end
        else:
            anchor = int(index.data(TaskUidRole))
            below = where == QAbstractItemView.DropIndicatorPosition.BelowItem
        if model.drop_uids(uids, anchor, below):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()

    # ------------------------------------------------------------------ model

    def task_model(self) -> TaskTreeModel:
        """The model, typed."""
        model = self.model()
        assert isinstance(model, TaskTreeModel)
        return model

    # ------------------------------------------------------------------ columns

    def column_menu(self, section: int = -1) -> QMenu:
        """The header's menu: Insert Column, Hide Column, the default columns' check boxes
        (``section``: the column right-clicked, where an inserted one goes)."""
        return header_menu(self, section)

    def _on_header_menu(self, pos: QPoint) -> None:
        header = self.header()
        self.column_menu(header.logicalIndexAt(pos)).exec(header.mapToGlobal(pos))

    # ------------------------------------------------------------------ double click

    def _on_double_clicked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if not index.flags() & Qt.ItemFlag.ItemIsEditable:
            uid = index.data(TaskUidRole)
            if uid is not None:
                self.sig_task_activated.emit(int(uid))
