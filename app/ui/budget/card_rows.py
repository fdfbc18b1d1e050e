"""The Budget view's KPI cards in as many rows as the width needs: at a large font or 200 %
one row of nine cards was wider than the screen and forced the window wider (and kept it so
on every view). The cards now wrap, so the view asks no more width than its widest card."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget


class CardRows(QWidget):
    """Cards laid left to right, wrapped onto further rows when the width runs out."""

    def __init__(self, cards: list[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cards = cards
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._per_row = 0
        self._arrange(len(cards))

    def _widest(self) -> int:
        return max((c.sizeHint().width() for c in self._cards), default=0)

    def _arrange(self, per_row: int) -> None:
        per_row = max(1, min(per_row, len(self._cards)))
        if per_row == self._per_row:
            return
        self._per_row = per_row
        for card in self._cards:
            self._grid.removeWidget(card)
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 0)
        for k, card in enumerate(self._cards):
            self._grid.addWidget(card, k // per_row, k % per_row)
        for column in range(per_row):
            self._grid.setColumnStretch(column, 1)
        self.updateGeometry()

    def per_row(self) -> int:
        """How many cards each row holds now."""
        return self._per_row

    def resizeEvent(self, event: QResizeEvent) -> None:
        """As many cards a row as fit the new width."""
        super().resizeEvent(event)
        spacing = max(self._grid.horizontalSpacing(), 0)
        self._arrange((event.size().width() + spacing) // (self._widest() + spacing or 1))

    def minimumSizeHint(self) -> QSize:
        """No wider than the widest card: the rest wraps."""
        return QSize(self._widest(), self._grid.minimumSize().height())
