"""The task sheet tells a screen reader which columns it shows, in the order shown.

Qt's accessible table over the sheet (QAccessibleTable) counts the model's columns, all
~250 of them, hidden ones included and in the model's order, and PySide6 binds no
QAccessibleTableInterface to replace it from Python. Hidden columns' cells are reported
invisible, but a reader's "column 3" is still the model's. So the sheet's accessible
description names the shown columns left to right ("Columns: ID, Indicators, WBS, ...") and
follows each show, hide and move: a screen reader says it on entering the sheet.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QObject, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QWidget


def shown_titles(model: QAbstractItemModel, header: QHeaderView) -> list[str]:
    """The shown columns' names in the order shown (a screen reader's name where the header
    shows an icon, as Indicators)."""
    out = []
    for visual in range(header.count()):
        column = header.logicalIndex(visual)
        if header.isSectionHidden(column):
            continue
        said = model.headerData(
            column, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole
        )
        title = said or model.headerData(column, Qt.Orientation.Horizontal)
        out.append(str(title or ""))
    return out


class _ColumnsSaid(QObject):
    """Keeps ``view``'s accessible description on its shown columns."""

    def __init__(self, view: QWidget, header: QHeaderView) -> None:
        super().__init__(view)
        self._view = view
        self._header = header
        self._pending = False
        header.sectionMoved.connect(self._later)
        header.sectionResized.connect(self._later)  # a hidden column goes to 0 wide
        header.sectionCountChanged.connect(self._later)
        self._later()

    def _later(self, *_args: object) -> None:
        if not self._pending:  # a table switch moves many columns: said once
            self._pending = True
            QTimer.singleShot(0, self, self._say)

    def _say(self) -> None:
        self._pending = False
        model = self._header.model()
        if model is None:
            return
        text = "Columns: " + ", ".join(shown_titles(model, self._header))
        if self._view.accessibleDescription() != text:
            self._view.setAccessibleDescription(text)


def say_shown_columns(view: QWidget, header: QHeaderView) -> None:
    """Have ``view``'s accessible description name ``header``'s shown columns, kept up to date."""
    _ColumnsSaid(view, header)
