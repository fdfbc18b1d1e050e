"""The task sheet's dashed line above a row given a manual page break, as MS Project draws
Insert Page Break across its sheet: where the printout starts a new page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QTableView

from app.ui.models.ids import uid_of


def break_rows_shown(view: QTableView) -> list[int]:
    """The view's rows in sight whose task has a page break (rows shown, top to bottom)."""
    document = getattr(view.model(), "document", None)
    if document is None:
        return []
    plan = document.plan
    # Most plans have no break: then no row is looked at. Rows are read by their indexes'
    # uids, not their data, so a paint asks the model for no cell (the sheet repaints only
    # the rows an edit changed: app/ui/sheet_rows_repaint.py, test_s29ty).
    if not any(t.page_break for t in plan.tasks):
        return []
    top = view.rowAt(0)
    bottom = view.rowAt(view.viewport().height() - 1)
    if top < 0:
        return []
    last = view.model().rowCount() - 1 if bottom < 0 else bottom
    rows: list[int] = []
    model = view.model()
    for row in range(top, last + 1):
        uid = uid_of(model.index(row, 0).internalId())  # a group's or the blank row's: no task
        if plan.has_task(uid) and plan.task(uid).page_break:
            rows.append(row)
    return rows


class PageBreakLines:
    """Mixin for the task sheet: a dashed line along the top of each row with a page break,
    drawn over the rows (and the current cell's frame)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the sheet, then the page breaks' lines."""
        super().paintEvent(event)  # type: ignore[misc]
        view = self
        assert isinstance(view, QTableView)
        rows = break_rows_shown(view)
        if not rows:
            return
        painter = QPainter(view.viewport())
        try:
            pen = QPen(view.palette().color(QPalette.ColorRole.Text), 1.5)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            width = view.viewport().width()
            for row in rows:
                y = view.rowViewportPosition(row)
                painter.drawLine(0, y + 1, width, y + 1)
        finally:
            painter.end()
