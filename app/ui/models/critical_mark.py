"""A critical task's mark in the Indicators column, so that critical is not told by red alone.

The mark is the sheet's own (MS Project shows critical by colour only; a colour-blind
user and a printed black-and-white sheet need a shape): a dark lightning bolt before the
row's other marks, its tooltip and a screen reader's text saying "Critical task".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.ui.models.indicators import IndicatorsRole

CRITICAL_MARK = "critical"  # resources/icons/indicator-critical.svg
CRITICAL_LINE = "Critical task: on the critical path"


def indicators_data(cells: Any, uid: int, role: int) -> Any:
    """The Indicators cell of task ``uid`` (``cells``: the sheet's TaskCells), the critical
    mark first when the task is critical."""
    value = cells.indicators.data(uid, role)
    if role not in _MARKED or not cells.critical(uid):
        return value
    if role == IndicatorsRole:
        return (CRITICAL_MARK, *(value or ()))
    return f"{CRITICAL_LINE}\n{value}" if value else CRITICAL_LINE


_MARKED = (IndicatorsRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)
