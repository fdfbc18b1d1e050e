"""The right pane: one row per row the tree shows, one column per period, values computed per cell.

Nothing is laid out in advance: a cell asks its row for a block of periods
(``_BLOCK`` at a time, kept while the table is unchanged), so opening a plan
of 10,000 tasks costs the rows on screen only.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.usage import Periods, Scale
from app.ui.usage.rows import UsageRows

_ROOT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex
_BLOCK = 64  # periods computed together for one row
SHOWN = 0.05  # smaller values (of a minute or a unit) show as an empty cell
OVER_BRUSH = QBrush(QColor(255, 205, 205))
OVER_TEXT = QBrush(QColor(200, 20, 20))
OFF_BRUSH = QBrush(QColor(236, 236, 236))
OverRole = Qt.ItemDataRole.UserRole + 42  # bool: an over-allocated person-period
OffRole = Qt.ItemDataRole.UserRole + 43  # bool: the row's calendar has no working time then


class UsageGridModel(QAbstractTableModel):
    """Rows: (top, child) pairs the tree shows, in its order; columns: the periods of a scale."""

    def __init__(
        self, rows: UsageRows, scale: Scale, row_height: int, parent: object = None
    ) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.row_height = row_height
        self.shown: list[tuple[int, int]] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._install(rows, scale, [])

    def _install(self, rows: UsageRows, scale: Scale, shown: list[tuple[int, int]]) -> None:
        self.rows = rows
        self.periods: Periods = rows.usage.periods(scale)
        self.over = rows.usage.overallocated(self.periods)
        self.off = rows.usage.nonworking(self.periods)
        self.shown = shown
        self._cache: dict[tuple[int, int, int], np.ndarray] = {}

    def set_rows(self, rows: UsageRows, scale: Scale, shown: list[tuple[int, int]]) -> None:
        """Another usage table, scale or set of shown rows."""
        self.beginResetModel()
        self._install(rows, scale, shown)
        self.endResetModel()

    def update_rows(self, rows: UsageRows, scale: Scale) -> None:
        """New figures for the same rows: a change of cells when the periods are the same
        (the grid keeps its scroll position and current cell), else a reset."""
        periods = rows.usage.periods(scale)
        if periods.starts != self.periods.starts:
            self.set_rows(rows, scale, self.shown)
            return
        self._install(rows, scale, self.shown)
        if self.shown and len(self.periods):
            last = self.index(len(self.shown) - 1, len(self.periods) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def insert_shown(self, at: int, pairs: list[tuple[int, int]]) -> None:
        """Rows the tree now shows (a top row expanded) at position ``at``."""
        if not pairs:
            return
        self.beginInsertRows(QModelIndex(), at, at + len(pairs) - 1)
        self.shown[at:at] = pairs
        self.endInsertRows()

    def remove_shown(self, at: int, count: int) -> None:
        """Rows the tree no longer shows (a top row collapsed)."""
        if count <= 0:
            return
        self.beginRemoveRows(QModelIndex(), at, at + count - 1)
        del self.shown[at : at + count]
        self.endRemoveRows()

    def rowCount(self, parent: Index = _ROOT) -> int:
        """The rows the tree shows."""
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: Index = _ROOT) -> int:
        """The periods."""
        return 0 if parent.isValid() else len(self.periods)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Period labels across; nothing down (the tree names the rows)."""
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.periods):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.periods.label(section)
            if role == Qt.ItemDataRole.ToolTipRole:
                last = self.periods.last_day(section)
                return f"{self.periods.starts[section]:%a %Y-%m-%d} to {last:%a %Y-%m-%d}"
        return None

    def value(self, row: int, column: int) -> float:
        """The value of one cell (minutes of work, or a material's quantity)."""
        top, child = self.shown[row]
        block = column // _BLOCK
        key = (top, child, block)
        got = self._cache.get(key)
        if got is None:
            lo = block * _BLOCK
            hi = min(lo + _BLOCK, len(self.periods))
            got = self._cache[key] = self.rows.values(top, child, self.periods, lo, hi)
        return float(got[column - block * _BLOCK])

    def is_over(self, row: int, column: int) -> bool:
        """Whether a cell is an over-allocated person-period."""
        top, child = self.shown[row]
        return self.rows.over(top, child) and bool(self.over[top, column])

    def is_off(self, row: int, column: int) -> bool:
        """Whether the row's calendar has no working time in the period."""
        top, child = self.shown[row]
        return bool(self.off[self.rows.calendar(top, child), column])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """A cell's figure, red when over-allocated, grey when not a working period."""
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.value(row, column)
            if abs(value) < SHOWN:
                return ""
            top, child = self.shown[row]
            return self.rows.text(value, self.rows.unit(top, child))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if self.is_over(row, column):
                return OVER_BRUSH
            return OFF_BRUSH if self.is_off(row, column) else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return OVER_TEXT if self.is_over(row, column) else None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if self.rows.bold(*self.shown[row]) else None
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(-1, self.row_height)
        if role == OverRole:
            return self.is_over(row, column)
        if role == OffRole:
            return self.is_off(row, column)
        return None
