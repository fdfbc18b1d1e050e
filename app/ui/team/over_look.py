"""How an over-allocated person's name looks in the roster: red, and bold with the
over-allocated icon, so the sign is not colour alone (a selected row paints its text
white, and a colour-blind user reads red as dark grey); a screen reader hears it too."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont

from app.report.indicators import Indicator
from app.ui.models.indicators import indicator_icon

OVER_LOOK = frozenset(
    {
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.AccessibleTextRole,
    }
)


def over_name_look(role: int, red: QBrush, name: str) -> Any:
    """The over-allocated name cell's data for ``role`` (one of OVER_LOOK)."""
    if role == Qt.ItemDataRole.ForegroundRole:
        return red
    if role == Qt.ItemDataRole.FontRole:
        bold = QFont()
        bold.setBold(True)
        return bold
    if role == Qt.ItemDataRole.DecorationRole:
        return indicator_icon(Indicator.OVERALLOCATED)
    return f"{name}, over-allocated"
