"""The cells of a group header row on the task sheet (View > Group by).

Bold, shaded by the group's depth, read-only: the label in the Name cell and the
group's rolled-up figures under Duration, Start, Finish, % Complete, Work and
Cost (app/report/group_rows.py writes them, for the printout too). The row has
no task: it answers no TaskUidRole, so commands acting on the selection never
see it; SummaryRole gives it the outline triangle that folds the group.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont

from app.domain.grouping_rows import TaskGroup
from app.domain.plural_words import noun
from app.domain.project import Project
from app.report.group_rows import group_fill, group_text
from app.ui.models.blank_row import RIGHT, RIGHT_ALIGNED
from app.ui.models.roles import OutlineLevelRole, SummaryRole
from app.ui.models.task_date_edits import format_date
from app.ui.models.task_edits import Column

# A header row is enabled (its triangle folds it) but neither selected, edited nor dragged.
GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
_KEYS = {
    Column.NAME: "name",
    Column.DURATION: "duration",
    Column.START: "start",
    Column.FINISH: "finish",
    Column.PERCENT: "percent",
    Column.WORK: "work",
    Column.COST: "cost",
}
_BOLD = QFont()
_BOLD.setBold(True)
_BRUSHES: dict[int, QBrush] = {}


def group_cell(group: TaskGroup, column: int, role: int, project: Project) -> Any:
    """A header row's cell for ``role`` (None where it says nothing)."""
    if role == Qt.ItemDataRole.DisplayRole:
        key = _KEYS.get(column)  # type: ignore[call-overload]
        return None if key is None else group_text(group, key, project, format_date)
    if role == Qt.ItemDataRole.BackgroundRole:
        brush = _BRUSHES.get(group.level)
        if brush is None:
            brush = _BRUSHES[group.level] = QBrush(group_fill(group.level))
        return brush
    if role == Qt.ItemDataRole.FontRole:
        return _BOLD
    if role == SummaryRole:
        return True
    if role == OutlineLevelRole:
        return group.level
    if (
        role == Qt.ItemDataRole.TextAlignmentRole
        and column < len(Column)
        and Column(column) in RIGHT
    ):
        return RIGHT_ALIGNED
    if role == Qt.ItemDataRole.ToolTipRole and column == Column.NAME:
        count = group.rollup.tasks
        return f"{group.label}: {count:,} {noun(count, 'task')}"
    return None
