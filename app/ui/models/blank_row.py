"""The task sheet's empty last row (typing into it adds a task, as in MS Project), and the
column sets the sheet model and that row share."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.errors import AppError
from app.ui.commands import NEW_TASK_NAME, AddTaskCommand, PlanCommand, execute, new_task
from app.ui.models.custom_columns import CUSTOM_FIRST, check_custom_text, custom_command
from app.ui.models.roles import OutlineLevelRole
from app.ui.models.task_date_edits import format_date_edit
from app.ui.models.task_edits import (
    Column,
    check_new_task_text,
    command_for_cell,
)
from app.ui.models.task_model_baselines import FIGURE_COLUMNS
from app.ui.models.task_model_earned import EARNED_COLUMNS
from app.ui.models.task_model_tracking import TRACKING_NUMERIC
from app.ui.widget_mixin import TableModelMixin

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from app.ui.document import Document

# The default columns a task's cells are typed into.
EDITABLE = {
    Column.NAME,
    Column.DURATION,
    Column.START,
    Column.FINISH,
    Column.PREDECESSORS,
    Column.RESOURCES,
    Column.PERCENT,
}
# The empty last row: typing into one of its editable cells adds a task; it is never
# selected or dragged, so commands that act on the selection never see it.
_BLANK_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
_BLANK_CELL = _BLANK_READ_ONLY | Qt.ItemFlag.ItemIsDropEnabled
_BLANK_EDITABLE = _BLANK_CELL | Qt.ItemFlag.ItemIsEditable
# Internal id of the empty row's cells: index_id of the lowest 64-bit int, a uid no plan uses.
BLANK_ID = 1 << 63
_BLANK_TIP = "Type here to add a task"
# Shown, greyed, in the empty row's name cell while the plan has no task at all.
FIRST_TASK_HINT = "Type the first task's name here"
HINT_BRUSH = QBrush(QColor(110, 110, 110))  # grey, 5:1 on white (130 was 3.8:1)
_HINT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole)
# Columns holding figures, right-aligned as in MS Project.
RIGHT = {Column.ID, Column.DURATION, Column.PERCENT, Column.COST}
RIGHT |= {  # the optional columns holding figures
    Column.TOTAL_SLACK,
    Column.FREE_SLACK,
    Column.FINISH_VARIANCE,
    Column.WORK,
    Column.PRIORITY,
    Column.FIXED_COST,
    Column.BASELINE_COST,
    Column.COST_VARIANCE,
    Column.REMAINING_DURATION,
    Column.LEVELING_DELAY,
}
RIGHT |= {Column.OVERTIME_WORK, Column.REGULAR_WORK}  # app/ui/models/task_model_overtime.py
RIGHT |= TRACKING_NUMERIC  # the Tracking, Variance, Cost and Work tables' figures
RIGHT |= EARNED_COLUMNS  # the Earned Value tables' (app/ui/models/task_model_earned.py)
RIGHT |= FIGURE_COLUMNS  # Baseline1..10 Duration, Work, Cost (task_model_baselines.py)
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

Index = QModelIndex | QPersistentModelIndex


class BlankRow(TableModelMixin):
    """The sheet model's empty last row: its cells, and the task typed into it.

    A mixin of TaskTreeModel, whose rows (``_shown``), document, people cell
    and signals it uses.
    """

    document: Document
    _shown: list[int]
    _added_from_blank: int | None
    sig_error: SignalInstance

    if TYPE_CHECKING:

        def people_available(self) -> bool: ...

        def _people_command(self, uid: int, text: str) -> tuple[PlanCommand, list[str]]: ...

        def _tell_added(self, names: list[str]) -> None: ...

    def is_blank(self, index: Index) -> bool:
        """Whether an index is a cell of the empty last row."""
        return index.isValid() and index.internalId() == BLANK_ID

    def blank_index(self, column: int = Column.NAME) -> QModelIndex:
        """A cell of the empty last row."""
        return self.createIndex(len(self._shown), column, BLANK_ID)

    def take_added_from_blank(self) -> int | None:
        """The task the last edit of the empty row added (once; None if it added none).

        The sheet asks when the edit ends, so Tab goes on to that task's next cell.
        """
        uid, self._added_from_blank = self._added_from_blank, None
        return uid

    def blank_level(self) -> int:
        """The outline level a task typed into the empty row gets: the row above's."""
        if not self._shown:
            return 1
        return self.document.plan.task(self._shown[-1]).outline_level

    def _blank_flags(self, column: Column | int, writable: bool) -> Qt.ItemFlag:
        if not writable:
            return _BLANK_READ_ONLY
        if column >= CUSTOM_FIRST:  # a custom field, typed into as the default columns are
            return _BLANK_EDITABLE
        if column not in EDITABLE or (column is Column.RESOURCES and not self.people_available()):
            return _BLANK_CELL
        return _BLANK_EDITABLE

    def _blank_data(self, column: Column | int, role: int) -> Any:
        if column >= CUSTOM_FIRST:  # a custom field's cell: typed into as the default ones
            return _BLANK_TIP if role == Qt.ItemDataRole.ToolTipRole else None
        if column is Column.NAME and role in _HINT_ROLES and self._shows_first_task_hint():
            return FIRST_TASK_HINT if role == Qt.ItemDataRole.DisplayRole else HINT_BRUSH
        if role == OutlineLevelRole:
            return self.blank_level()  # the name editor opens where the new name will stand
        if role == Qt.ItemDataRole.EditRole and column in (Column.START, Column.FINISH):
            # The date editors start from the project's first day, where a new task goes;
            # an editor left as it opened types nothing.
            project = self.document.plan.project
            moment = project.start
            if column is Column.FINISH:
                moment = datetime.combine(moment.date(), project.default_finish_time)
            return format_date_edit(moment)
        if role == Qt.ItemDataRole.ToolTipRole and column in EDITABLE:
            return _BLANK_TIP
        if role == Qt.ItemDataRole.TextAlignmentRole and column in RIGHT:
            return RIGHT_ALIGNED
        return None

    def _shows_first_task_hint(self) -> bool:
        """An empty, writable plan says where its first task goes."""
        return not self.document.read_only and not self.document.plan.tasks

    def _add_task(self, column: Column | int, text: str) -> bool:
        """Add a task at the end for text typed into the empty row (nothing typed: no task).

        ``column``: a sheet column, or the number of a custom field's column.
        """
        self._added_from_blank = None
        typed = text.strip()
        if not typed:
            return False
        plan = self.document.plan
        try:
            if isinstance(column, Column):
                check_new_task_text(plan, column, text)
            else:
                check_custom_text(plan.project, column, text)
        except AppError as exc:
            self.sig_error.emit(str(exc))
            return False
        task = new_task(plan, self.blank_level(), typed if column is Column.NAME else NEW_TASK_NAME)
        added: list[str] = []

        def edit() -> PlanCommand | None:
            if not isinstance(column, Column):
                return custom_command(self.document, task.uid, column, text)
            if column is Column.NAME:
                return None  # the task already has the name typed
            if column is Column.RESOURCES:
                command, names = self._people_command(task.uid, text)
                added[:] = names
                return command
            return command_for_cell(self.document, task.uid, column, text)

        try:
            execute(self.document, AddTaskCommand(self.document, len(plan.tasks), task, edit))
        except AppError as exc:
            self.sig_error.emit(str(exc))
            return False
        self._tell_added(added)
        self._added_from_blank = task.uid
        return True
