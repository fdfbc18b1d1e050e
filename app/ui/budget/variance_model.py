"""Baseline variance per task (start, finish, duration, work, cost) as a flat Qt table model."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.baselines import Variance, variances
from app.domain.notation import format_column_span
from app.ui.budget.money import money
from app.ui.document import Document
from app.ui.models.headers import column_title

_ROOT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex
_LATE = QColor(200, 30, 30)


class VarianceColumn(IntEnum):
    """Columns of the variance table."""

    NAME = 0
    BASELINE_START = 1
    BASELINE_FINISH = 2
    START = 3
    FINISH = 4
    DURATION = 5
    WORK = 6
    COST = 7


HEADERS = [
    "Task",
    "Baseline start",
    "Baseline finish",
    "Start var.",
    "Finish var.",
    "Duration var.",
    "Work var.",
    "Cost var.",
]


class VarianceModel(QAbstractTableModel):
    """One row per task; empty cells where the chosen baseline has no entry."""

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.baseline_index = 0
        self._values: dict[int, Variance] = {}
        self._stale = False
        self._rows = 0  # rows the views were told of
        self.refresh()

    def set_baseline(self, index: int) -> None:
        """Compare with baseline ``index`` (0..10)."""
        self.baseline_index = index
        self.refresh()

    def refresh(self) -> None:
        """Recompute from the document."""
        self.beginResetModel()
        self._compute()
        self.endResetModel()

    def invalidate(self) -> None:
        """The document changed: recompute when a figure is next read (one signal now).

        Variances of every task take 0.3 s at 100k tasks; the table is usually
        on a hidden tab, and then nothing reads them until it is shown. Rows
        added or removed reset the table at once.
        """
        if len(self.document.plan.tasks) != self._rows:
            self.refresh()
            return
        self._stale = True
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, len(HEADERS) - 1))

    @property
    def values(self) -> dict[int, Variance]:
        """The variance of each task with a baseline entry (computed when stale)."""
        if self._stale:
            self._compute()
        return self._values

    def _compute(self) -> None:
        doc = self.document
        self._values = variances(doc.plan, doc.schedule, doc.costs, self.baseline_index)
        self._stale = False
        self._rows = len(doc.plan.tasks)

    def rowCount(self, parent: Index = _ROOT) -> int:
        """Number of tasks."""
        return 0 if parent.isValid() else len(self.document.plan.tasks)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """Number of columns."""
        return 0 if parent.isValid() else len(VarianceColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        return column_title(HEADERS, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Variance texts; late or over-budget cells in red."""
        tasks = self.document.plan.tasks
        if not index.isValid() or index.row() >= len(tasks):
            return None
        task = tasks[index.row()]
        column = VarianceColumn(index.column())
        v = self.values.get(task.uid)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(task.uid, task.name, task.outline_level, column, v)
        if role == Qt.ItemDataRole.ForegroundRole and v is not None:
            bad = {
                VarianceColumn.START: (v.start_minutes or 0) > 0,
                VarianceColumn.FINISH: (v.finish_minutes or 0) > 0,
                VarianceColumn.DURATION: v.duration_minutes > 0,
                VarianceColumn.WORK: v.work_minutes > 0,
                VarianceColumn.COST: v.cost > 0.005,
            }.get(column, False)
            return QBrush(_LATE) if bad else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column is not VarianceColumn.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(
        self, uid: int, name: str, level: int, column: VarianceColumn, v: Variance | None
    ) -> str:
        if column is VarianceColumn.NAME:
            return "   " * (level - 1) + name
        if v is None:
            return ""
        project = self.document.plan.project
        base = self.document.plan.baselines[self.baseline_index].entry(uid)
        if column is VarianceColumn.BASELINE_START:
            return f"{base.start:%Y-%m-%d %H:%M}" if base and base.start else ""
        if column is VarianceColumn.BASELINE_FINISH:
            return f"{base.finish:%Y-%m-%d %H:%M}" if base and base.finish else ""

        def dur(minutes: int | None) -> str:
            # In the plan's duration unit, as the printout and Slack read ("+8.1d", not "+3888m").
            if minutes is None:
                return ""
            return signed(minutes, format_column_span(abs(minutes), project))

        if column is VarianceColumn.START:
            return dur(v.start_minutes)
        if column is VarianceColumn.FINISH:
            return dur(v.finish_minutes)
        if column is VarianceColumn.DURATION:  # an elapsed task's in elapsed days ("+1ed")
            plan = self.document.plan
            elapsed = plan.task(uid).elapsed and not plan.is_summary(uid)
            left = abs(v.duration_minutes)
            return signed(v.duration_minutes, format_column_span(left, project, elapsed=elapsed))
        if column is VarianceColumn.WORK:
            hours = round(v.work_minutes / 60, 1)
            return signed(hours, f"{abs(hours):,.1f}h")
        cost = round(v.cost, 2)
        return signed(cost, money(project, abs(cost)))


def signed(value: float, text: str) -> str:
    """``text`` (an unsigned magnitude) with the sign of ``value``: "+" over the baseline,
    "-" under it, none when there is no variance (every variance column alike)."""
    if value > 0:
        return "+" + text
    if value < 0:
        return "-" + text
    return text
