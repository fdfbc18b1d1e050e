"""The task sheet as a flat Qt model over ``document.plan.tasks`` (it owns no task data).

One row per shown task, in outline order, as MS Project's sheet works: the
view draws the outline (indentation, expand/collapse triangle) from
OutlineLevelRole and SummaryRole, and a collapsed summary hides its
descendants by leaving them out of the rows. The model keeps only which
summaries are collapsed and the uids of the shown rows, so a 100k-task plan
needs no per-row Python when a window opens.

Plan change events become begin/end insert and remove rows for added and
removed tasks, a layout change for outline changes (indent, outdent, move;
persistent indexes follow their task, so views keep selection) and
dataChanged for everything else. Expanding or collapsing one summary inserts
or removes its rows; expanding or collapsing many at once is one layout
change. Edits never touch the plan directly: setData pushes an undo command.

As in MS Project, the sheet ends with one empty row (also in an empty plan):
typing into one of its cells adds a task there, at the level of the row
above, in one undoable step. It has no task, so it carries no TaskUidRole,
cannot be selected or dragged, and the Gantt chart (which asks for
:meth:`TaskTreeModel.shown_uids`) draws nothing on it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.errors import AppError
from app.domain.events import Change, ChangeKind, Entity
from app.domain.grouping_rows import GROUP_KEY_FIRST, GROUP_KEY_LIMIT
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.workload import inactive_tasks
from app.ui.commands import (
    PlanCommand,
    execute,
)
from app.ui.document import Document
from app.ui.models.blank_row import (
    BLANK_ID,
    EDITABLE,
    HINT_BRUSH,
    RIGHT,
    RIGHT_ALIGNED,
    BlankRow,
)
from app.ui.models.changed_rows import changed_uids
from app.ui.models.cost_typed_hint import typed_hint
from app.ui.models.critical_mark import indicators_data
from app.ui.models.custom_columns import (
    CUSTOM_COUNT,
    CUSTOM_FIRST,
    custom_cell,
    custom_command,
    custom_header,
)
from app.ui.models.group_cells import GROUP_FLAGS, group_cell
from app.ui.models.ids import index_id, uid_of
from app.ui.models.indicators import indicators_header
from app.ui.models.kept_cells import KeptCells
from app.ui.models.roles import OutlineLevelRole, SummaryRole, TaskUidRole
from app.ui.models.task_cells import TaskCells, assigning_module
from app.ui.models.task_drag import TaskDragging
from app.ui.models.task_edits import (
    HEADERS,
    OPTIONAL_EDITABLE,
    OPTIONAL_FROM_SUBTASKS,
    Column,
    command_for_cell,
)
from app.ui.models.task_model_earned import TYPED_ON_TASKS
from app.ui.models.task_model_hyperlinks import hyperlink_style
from app.ui.models.task_model_leveling import NOT_ON_SUMMARIES
from app.ui.models.task_model_rows import COLUMN_COUNT, ShownRows
from app.ui.models.task_rows import RowFilter, RowSort, shown_uids

_ROOT = QModelIndex()
_COLUMNS = tuple(Column)
_CRITICAL = QColor(200, 30, 30)
_ROW_EDITABLE = EDITABLE | OPTIONAL_EDITABLE  # the empty row takes the default ones only
# % complete, Start (an SNET) and Finish (refused, saying why) take typing on a summary
_FROM_SUBTASKS = {Column.DURATION}
_FROM_SUBTASKS |= OPTIONAL_FROM_SUBTASKS | NOT_ON_SUMMARIES | TYPED_ON_TASKS  # not on a summary
# Item flags combined once: Flag "|" runs Python code, and Qt asks for every painted cell.
_READ_ONLY = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)
_MOVABLE = _READ_ONLY | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
_EDITABLE_CELL = _MOVABLE | Qt.ItemFlag.ItemIsEditable
Index = QModelIndex | QPersistentModelIndex
# Roles a view asks of every painted cell that no task cell answers: refused first thing
# (three of the seven roles asked per cell on each paint).
_UNANSWERED = frozenset(
    int(r)
    for r in (
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.SizeHintRole,
    )
)
_LINK_ROLES = frozenset(
    int(r)
    for r in (
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
    )
)
_TEXT_ROLES = frozenset((int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.EditRole)))
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
# Internal ids of group header rows (View > Group by): just above the empty row's.
_GROUP_IDS = range(index_id(GROUP_KEY_FIRST), index_id(GROUP_KEY_LIMIT))
CRITICAL_TIP = "Critical task: on the critical path (shown in red)"
_MISSING = object()
_FLAGS = -1  # where a kept cell holds its flags (no role is negative)


class TaskTreeModel(ShownRows, BlankRow, TaskDragging, QAbstractTableModel):
    """Tasks as sheet rows: every task in outline order, minus what collapsed summaries hide,
    then one empty row where a new task is typed."""

    sig_error = Signal(str)  # a refused edit, one line for the status bar
    sig_notice = Signal(str)  # an edit that did more than asked (people added to the team)
    sig_filter_changed = Signal()  # a filter was applied or cleared (View > Filter)
    sig_sort_changed = Signal()  # a sort was applied or cleared (View > Sort)
    sig_group_changed = Signal()  # a grouping was applied or cleared (View > Group by)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._collapsed: set[int] = set()
        self._filter: RowFilter | None = None  # View > Filter; None: All Tasks
        self._sort: RowSort | None = None  # View > Sort; None: by ID (the plan's order)
        self._keep: set[int] | None = None  # the rows the filter lets show, as last worked out
        self._shown: list[int] = shown_uids(document.plan.tasks, ())
        self._row_of: dict[int, int] | None = None  # uid -> row, built on demand
        self._cells = TaskCells(document)
        self._bold = QFont()
        self._bold.setBold(True)
        self._red = QBrush(_CRITICAL)
        self._off: tuple[object, frozenset[int]] | None = None  # inactive uids, by schedule
        self._in_batch = False
        self._detached = False
        self._rows_stale = False  # tasks were added or removed inside the open batch
        self._added_from_blank: int | None = None  # uid of the task the empty row last added
        # Cell texts already formatted and cells' answers by role, by task, for the schedule
        # and costs they were read from; a task's are forgotten when the model says its row
        # changed (all of them when every row did).
        self._kept = KeptCells()
        self._texts_for: tuple[Any, object] = (document.schedule, getattr(document, "costs", None))
        # Tasks changed in place since the last schedule (None: something else changed too).
        self._edited: set[int] | None = set()
        self.dataChanged.connect(self._on_data_changed)
        for signal in (
            self.layoutChanged,
            self.modelReset,
            self.rowsInserted,
            self.rowsRemoved,
            self.rowsMoved,
        ):
            signal.connect(self._forget_texts)
        document.plan.changes.subscribe(self._on_plan_after, self._on_plan_before)
        document.plan.changes.subscribe_batch(self._on_plan_batch)
        document.sig_schedule_changed.connect(self._on_schedule_changed)

    def detach(self) -> None:
        """Stop following the plan (the window is closing)."""
        self.document.plan.changes.unsubscribe(self._on_plan_after, self._on_plan_before)
        self._detached = True

    # ------------------------------------------------------------------ Qt model API

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        """The cell at row/column (rows live under the root only; the last row is empty)."""
        shown = self._shown
        if parent.isValid() or not 0 <= column < COLUMN_COUNT or not 0 <= row <= len(shown):
            return QModelIndex()
        if row == len(shown):
            return self.createIndex(row, column, BLANK_ID)
        return self.createIndex(row, column, index_id(shown[row]))

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Shown tasks and the empty row after them (none under a row: the sheet is flat)."""
        return 0 if parent.isValid() else len(self._shown) + 1

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Number of columns (the same for every row)."""
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Column titles."""
        if section >= CUSTOM_FIRST and orientation == Qt.Orientation.Horizontal:
            return custom_header(self.document.plan.project, section, role)
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            if section == Column.INDICATORS:  # MS Project's "i": an icon, its name in the tip
                return indicators_header(role)
            if role == Qt.ItemDataRole.DisplayRole:
                return HEADERS[Column(section)]
            if role == Qt.ItemDataRole.TextAlignmentRole and Column(section) in RIGHT:
                return RIGHT_ALIGNED
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Selectable rows; editable cells and dragged rows when the document can be written."""
        writable = not self.document.read_only
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if writable else Qt.ItemFlag.NoItemFlags
        if index.internalId() in _GROUP_IDS:  # a group's header row: folded, never edited
            return GROUP_FLAGS
        if index.column() >= CUSTOM_FIRST:  # a custom field: typed into on a task's row
            if index.internalId() == BLANK_ID:  # or into the empty row, adding a task
                return self._blank_flags(index.column(), writable)
            return _EDITABLE_CELL if writable else _READ_ONLY
        column = _COLUMNS[index.column()]
        if index.internalId() == BLANK_ID:
            return self._blank_flags(column, writable)
        if not writable:
            return _READ_ONLY
        uid = uid_of(index.internalId())
        kept = self._kept_cell(uid, index.column())  # asked twice per painted cell
        found: Qt.ItemFlag | None = kept.get(_FLAGS)
        if found is None:
            found = kept[_FLAGS] = self._task_flags(uid, column)
        return found

    def _task_flags(self, uid: int, column: Column) -> Qt.ItemFlag:
        """:meth:`flags` of a task's cell in one of the sheet's own columns, writable."""
        plan = self.document.plan
        if column not in _ROW_EDITABLE or not plan.has_task(uid):
            return _MOVABLE
        if column in _FROM_SUBTASKS and plan.is_summary(uid):
            return _MOVABLE
        if column is Column.RESOURCES and not self.people_available():
            return _MOVABLE
        return _EDITABLE_CELL

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text and styling; TaskUidRole/SummaryRole/OutlineLevelRole on every column."""
        if role in _UNANSWERED and (role != _BACKGROUND or self._group is None):
            return None
        if not index.isValid():
            return None
        internal = index.internalId()
        if internal in _GROUP_IDS:  # a group's header row (View > Group by)
            group = self.group_of(uid_of(internal))
            project = self.document.plan.project
            return None if group is None else group_cell(group, index.column(), role, project)
        if role == _BACKGROUND:
            return None
        if internal == BLANK_ID:
            column = index.column()  # a custom field's number, else the sheet's column
            return self._blank_data(column if column >= CUSTOM_FIRST else _COLUMNS[column], role)
        uid = uid_of(internal)
        plan = self.document.plan
        if not plan.has_task(uid):
            return None  # removed from the plan; the rows follow in a moment
        if index.column() >= CUSTOM_FIRST:  # MS Project's custom fields (custom_columns)
            return self._custom_data(uid, index.column(), role)
        return self._task_data(plan, uid, index.column(), role)

    def multiData(self, index: Index, span: Any) -> None:
        """Every role a painted cell asks for, in one call: QStyledItemDelegate asks seven
        (font, alignment, colour, check state, icon, text, background) per cell, each a
        call from Qt into Python with the row looked up again. A task's cell answers them
        here from one look-up; other rows (a group's, the empty row) and custom fields
        answer as :meth:`data` does, role by role."""
        if not index.isValid():
            return
        internal = index.internalId()
        column = index.column()
        plan = self.document.plan
        uid = uid_of(internal)
        if (
            internal in _GROUP_IDS
            or internal == BLANK_ID
            or column >= CUSTOM_FIRST
            or not plan.has_task(uid)
        ):
            for i in range(len(span)):  # by position: iterating ends on a raised IndexError
                asked = span[i]
                value = self.data(index, asked.role())
                if value is None:
                    asked.clearData()  # Qt hands the same span from cell to cell
                else:
                    asked.setData(value)
            return
        kept = self._kept_cell(uid, column)
        for i in range(len(span)):
            asked = span[i]
            role = asked.role()
            value = kept.get(role, _MISSING)
            if value is _MISSING:
                # a task's cell has no icon, check box or background
                value = None if role in _UNANSWERED else self._task_data(plan, uid, column, role)
                kept[role] = value
            if value is None:
                asked.clearData()  # Qt hands the same span from cell to cell
            else:
                asked.setData(value)

    def _kept_cell(self, uid: int, column: int) -> dict[int, Any]:
        """A task cell's answers by role, kept as its texts are (until the model says cells
        changed, or the schedule or costs are new): a repaint of rows already shown asks
        no task, schedule or filter again, one dictionary per cell instead."""
        self._fresh_texts()
        return self._kept.cell(uid, column)

    def _task_data(self, plan: Any, uid: int, column_number: int, role: int) -> Any:
        """:meth:`data` of a task's cell in one of the sheet's own columns (the task is in
        ``plan``; the roles of _UNANSWERED are not asked here)."""
        if role in _TEXT_ROLES:
            return self._text(uid, column_number, role)
        column = _COLUMNS[column_number]
        if role == TaskUidRole:
            return uid
        if role == SummaryRole:
            return plan.is_summary(uid)
        if role == OutlineLevelRole:  # sorted without the outline: flat; grouped: under it
            return self.row_level(plan.task(uid))
        if column is Column.HYPERLINK and role in _LINK_ROLES:  # underlined, link blue
            link = plan.task(uid).hyperlink
            if link is not None:
                return hyperlink_style(link, role, plan.is_summary(uid))
        if role == Qt.ItemDataRole.FontRole and plan.is_summary(uid):
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole:
            if self._filter is not None and uid in self._filter.context:
                return HINT_BRUSH  # a summary shown only so that the filtered outline reads
            if uid in self._inactive():
                return HINT_BRUSH  # inactive (or under an inactive summary): its bar is hollow
            if self._cells.critical(uid):
                return self._red
        if role == Qt.ItemDataRole.TextAlignmentRole and column in RIGHT:
            return RIGHT_ALIGNED
        if column is Column.INDICATORS:
            return indicators_data(self._cells, uid, role)  # critical: a mark, not red alone
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.NAME, Column.NOTES):
            notes = plan.task(uid).notes
            if column is Column.NAME and self._cells.critical(uid):  # not by colour alone
                return f"{CRITICAL_TIP}\n\n{notes}" if notes else CRITICAL_TIP
            return notes or None
        if role == Qt.ItemDataRole.AccessibleTextRole and self._cells.critical(uid):
            # what a screen reader says for the cell: its text, and that it is critical
            text = self._text(uid, column_number, Qt.ItemDataRole.DisplayRole) or ""
            return f"{text}, critical" if text else "critical"
        return None

    def _inactive(self) -> frozenset[int]:
        """The tasks greyed as inactive: their own Active box off or under an inactive
        summary (workload.inactive_tasks, whose bars the chart draws hollow). Every edit
        (Active, an indent) reschedules, so they are worked out once per schedule."""
        schedule = self.document.schedule
        if self._off is None or self._off[0] is not schedule:
            self._off = (schedule, inactive_tasks(self.document.plan))
        return self._off[1]

    def _text(self, uid: int, column: int, role: int) -> str | None:
        """A cell's text, formatted once and kept until the model says cells changed (or the
        schedule or costs are new): a repaint of rows already shown formats nothing."""
        self._fresh_texts()
        texts = self._kept.texts_of(uid)
        key = (column, role)
        found = texts.get(key, _MISSING)
        if found is _MISSING:
            editing = role == Qt.ItemDataRole.EditRole
            found = texts[key] = self._cells.text(uid, _COLUMNS[column], editing)
        return found  # type: ignore[return-value]

    def cell_text(self, uid: int, column: int) -> Any:
        """A shown task's cell as data() displays it, without a QModelIndex and Qt's call per
        cell: Copy reads 50,000 after Ctrl+A on 5,000 tasks."""
        if column >= CUSTOM_FIRST:
            return custom_cell(self.document, uid, column, Qt.ItemDataRole.DisplayRole)
        return self._text(uid, column, Qt.ItemDataRole.DisplayRole)

    def column_texts(self, column: int, uids: list[int]) -> list[Any]:
        """One column's cells of many tasks as data() displays them, formatted straight (not
        kept: Copy of 20,000 rows would fill and empty the paint cache ten times over)."""
        if column >= CUSTOM_FIRST:
            role = Qt.ItemDataRole.DisplayRole
            return [custom_cell(self.document, uid, column, role) for uid in uids]
        return self._cells.texts(_COLUMNS[column], uids)

    def _fresh_texts(self) -> None:
        """Forget the kept texts and cells when the schedule or costs are new objects."""
        document = self.document
        schedule, costs = document.schedule, getattr(document, "costs", None)
        made_for = self._texts_for
        if made_for[0] is not schedule or made_for[1] is not costs:
            self._forget_texts()
            self._texts_for = (schedule, costs)
            # read before the reschedule was heard: which rows it changed is not known
            self._kept.lost = True

    def _forget_texts(self, *_args: object) -> None:
        self._kept.clear()

    def _on_data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, *_roles: object
    ) -> None:
        """Forget what is kept of the rows said to have changed (every row's: all of it)."""
        first, last = top_left.row(), bottom_right.row()
        shown = self._shown
        if first <= 0 and last >= len(shown) - 1:
            self._forget_texts()
        else:
            self._kept.drop(shown[max(first, 0) : last + 1])

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Push the undo command for an edit; a refused edit emits ``sig_error`` instead."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            hint = typed_hint(index.column())  # Cost, Actual Cost: why, and where instead
            if hint is not None:
                self.sig_notice.emit(hint)
            return False
        if index.column() >= CUSTOM_FIRST:
            text = "" if value is None else str(value)
            if index.internalId() == BLANK_ID:  # a value typed into the empty row: a new task
                return self._add_task(index.column(), text)
            return self._set_custom(index, text)
        column = Column(index.column())
        text = "" if value is None else str(value)
        if index.internalId() == BLANK_ID:
            return self._add_task(column, text)
        uid = uid_of(index.internalId())
        try:
            if column is Column.RESOURCES:
                return self._set_people(uid, text)
            command = command_for_cell(self.document, uid, column, text)
            if command is None:
                return True
            execute(self.document, command)
            if command.notice:  # done, with a word (actual work far beyond the work)
                self.sig_notice.emit(command.notice)
        except AppError as exc:
            self.sig_error.emit(str(exc))
            return False
        return True

    # ------------------------------------------------------------------ helpers

    def uid_of(self, index: Index) -> int | None:
        """The task uid of a row, or None for the root, the empty row and group headers."""
        if not index.isValid() or index.internalId() == BLANK_ID:
            return None
        if index.internalId() in _GROUP_IDS:
            return None
        return uid_of(index.internalId())

    def people_available(self) -> bool:
        """Whether the People column can be shown and edited (H5's assignment notation)."""
        return assigning_module() is not None

    def costs_available(self) -> bool:
        """Whether the document computes costs (the Cost column hides otherwise)."""
        return getattr(self.document, "costs", None) is not None

    def _custom_data(self, uid: int, column: int, role: int) -> Any:
        """A custom field's cell (bold on a summary, as the other cells)."""
        if role == TaskUidRole:
            return uid
        plan = self.document.plan
        if role == SummaryRole:
            return plan.is_summary(uid)
        if role == OutlineLevelRole:
            return self.row_level(plan.task(uid))
        if role == Qt.ItemDataRole.FontRole and plan.is_summary(uid):
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole:  # red on a critical row, as its other cells
            if self._filter is not None and uid in self._filter.context:
                return HINT_BRUSH
            if uid in self._inactive():
                return HINT_BRUSH  # inactive: greyed, as its other cells
            return self._red if self._cells.critical(uid) else None
        return custom_cell(self.document, uid, column, role)

    def _set_custom(self, index: Index, text: str) -> bool:
        """Type into a custom field's cell; a value of the wrong kind is one status-bar line."""
        try:
            command = custom_command(
                self.document, uid_of(index.internalId()), index.column(), text
            )
            if command is not None:
                execute(self.document, command)
        except AppError as exc:
            self.sig_error.emit(str(exc))
            return False
        return True

    def _set_people(self, uid: int, text: str) -> bool:
        command, names = self._people_command(uid, text)
        execute(self.document, command)
        self._tell_added(names)
        return True

    def _people_command(self, uid: int, text: str) -> tuple[PlanCommand, list[str]]:
        """The command staffing a task from People text, and the names it adds to the team."""
        from app.domain.assigning import unknown_names
        from app.ui.team.commands import SetAssignmentsCommand, StaffWithNewPeopleCommand

        names = unknown_names(self.document.plan, text)
        if names:
            return StaffWithNewPeopleCommand(self.document, uid, text, names), names
        return SetAssignmentsCommand(self.document, uid, text), []

    def _tell_added(self, names: list[str]) -> None:
        if names:
            added = ", ".join(quoted(n, NAME_LIMIT) for n in names)
            self.sig_notice.emit(f"Added {added} to the team (Team view: rates and calendars)")

    # ------------------------------------------------------------------ plan events

    def _on_plan_batch(self, opening: bool) -> None:
        if self._detached:
            return
        self._in_batch = opening
        if not opening:
            self._sync_if_stale()

    def _on_plan_before(self, change: Change) -> None:
        # Heard before the Document reschedules (it may before the change is told after).
        edited = self._edited
        if edited is not None:
            if change.entity is Entity.TASK and change.kind is ChangeKind.CHANGED:
                edited.update(k for k in change.keys if isinstance(k, int))
            else:
                self._edited = None
        if change.entity is Entity.OUTLINE:
            self._sync_if_stale()  # bring the rows up to date before the layout moves
            # A layout change, not a reset: views keep selection and scroll position.
            self.layoutAboutToBeChanged.emit()

    def _on_plan_after(self, change: Change) -> None:
        if change.entity is not Entity.TASK or change.kind is not ChangeKind.CHANGED:
            self._forget_texts()  # it may show in any cell (a person's name, the currency)
        if change.entity is Entity.OUTLINE:
            self._relayout()
        elif change.entity is Entity.TASK:
            if change.kind is ChangeKind.CHANGED:  # their rows' kept cells go with the signal
                for key in change.keys:
                    self._row_changed(int(key))  # type: ignore[call-overload]
            elif self._in_batch:
                self._rows_stale = True  # one pass when the batch closes (undoing a big delete)
            else:
                self._sync_rows()
        elif change.entity is Entity.PROJECT:  # a custom field renamed: its column's title
            self.headerDataChanged.emit(
                Qt.Orientation.Horizontal, CUSTOM_FIRST, CUSTOM_FIRST + CUSTOM_COUNT - 1
            )
        elif change.entity is Entity.LINK:
            self._cells.links_changed(change.keys)
            for key in change.keys:
                self._row_changed(key[1])  # type: ignore[index]

    def _on_schedule_changed(self) -> None:
        self.regroup()  # grouped: tasks move to their new groups at once, as in MS Project
        edited, self._edited = self._edited, set()
        # What the chart beside the sheet reads to repaint only the bars that moved.
        self.edited_in_place: set[int] | None = edited if self._group is None else None
        kept, document, before = self._kept, self.document, self._texts_for
        self._texts_for = (document.schedule, getattr(document, "costs", None))
        found = None
        if edited is not None and not kept.lost and self._group is None:
            # Only the rows painted since their cells were kept can be on screen (the rest
            # are asked afresh when painted): only they are looked at.
            people = self._cells.indicators.assignment_index()
            found = changed_uids(document, edited, before, kept.painted_uids(), people)
        if found is None:
            self._all_changed()  # which forgets every kept cell
            return
        changed, maybe = found
        kept.drop_unpainted()
        changed.update(u for u in maybe if not kept.answers_stand(u, self._answer))
        self._rows_changed(changed)

    def _answer(self, uid: int, column: int, role: int) -> Any:
        """A task cell's answer to a role, as :meth:`multiData` and :meth:`flags` keep it."""
        if role == _FLAGS:
            return self._task_flags(uid, _COLUMNS[column])
        if role in _UNANSWERED:
            return None
        return self._task_data(self.document.plan, uid, column, role)
