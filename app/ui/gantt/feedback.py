"""The box near the cursor while a bar is dragged: the task and its new dates, as in MS Project."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QWidget

OFFSET = QPoint(16, 20)  # below and right of the cursor, clear of its arrow
MAX_WIDTH = 360  # a refusal's reason wraps instead of stretching the box across the chart


class DragFeedback(QLabel):
    """A tool-tip-like label on the chart's canvas (a child, so it is in the canvas's grab)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("gantt_drag_feedback")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setFrameShape(QFrame.Shape.Box)
        self.setAutoFillBackground(True)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setMargin(4)
        self.setWordWrap(True)
        self.setMaximumWidth(MAX_WIDTH)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def show_at(self, pos: QPointF, html: str) -> None:
        """Show ``html`` near the cursor at ``pos``, kept inside the canvas."""
        if html != self.text():
            self.setText(html)
            self.adjustSize()
        parent = self.parentWidget()
        at = pos.toPoint() + OFFSET
        if parent is not None:
            if at.x() + self.width() > parent.width():  # flip to the cursor's left
                at.setX(pos.toPoint().x() - OFFSET.x() - self.width())
            if at.y() + self.height() > parent.height():
                at.setY(pos.toPoint().y() - OFFSET.y() - self.height())
            at.setX(max(0, at.x()))
            at.setY(max(0, at.y()))
        self.move(at)
        self.show()
        self.raise_()
