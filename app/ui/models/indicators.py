"""The task sheet's Indicators column: the marks of app.report.indicators as icons and tooltips.

One :class:`TaskIndicators` is kept per schedule and cost report (every edit
makes new ones); a painted cell only looks its row's marks up, worked out the
first time that row is painted after the edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon

from app.report.indicators import Indicator, Mark, TaskIndicators
from app.ui.icons import icon

# Custom role of the Indicators cell: the row's marks' kinds, in the order they are drawn.
IndicatorsRole = Qt.ItemDataRole.UserRole + 21
HEADER_ICON = "indicator-header"
HEADER_TIP = "Indicators: notes, constraints, deadlines, progress and more (hover a row's icons)"


def indicator_icon(kind: Indicator) -> QIcon:
    """The icon of one kind of mark (resources/icons/indicator-<kind>.svg)."""
    return icon(f"indicator-{kind.value}")


def indicators_header(role: int) -> Any:
    """The Indicators column's header: the "i" icon, no title (the column is narrow)."""
    if role == Qt.ItemDataRole.DisplayRole:
        return ""
    if role == Qt.ItemDataRole.DecorationRole:
        return icon(HEADER_ICON)
    if role == Qt.ItemDataRole.ToolTipRole:
        return HEADER_TIP
    return None


class IndicatorCells:
    """What the Indicators cells of one document say, kept for its current schedule."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self._for: tuple[object, object] | None = None
        self._marks: TaskIndicators | None = None

    def marks(self, uid: int) -> tuple[Mark, ...]:
        """The marks of task ``uid`` under the document's current schedule."""
        return self._current().of(uid)

    def data(self, uid: int, role: int) -> Any:
        """The Indicators cell's data for ``role`` (None for roles it does not answer)."""
        if role == IndicatorsRole:
            return tuple(m.kind for m in self.marks(uid))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._current().tooltip(uid)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._current().tooltip(uid) or ""
        return None

    def _current(self) -> TaskIndicators:
        """The marks for the schedule and costs now (built again after each reschedule)."""
        document = self.document
        schedule = document.schedule
        costs = getattr(document, "costs", None)
        marks = self._marks
        made_for = self._for
        if (
            marks is None
            or made_for is None
            or made_for[0] is not schedule
            or made_for[1] is not costs
        ):
            over = getattr(costs, "overallocated", None)
            marks = self._marks = TaskIndicators(document.plan, schedule, over)
            self._for = (schedule, costs)
        return marks
