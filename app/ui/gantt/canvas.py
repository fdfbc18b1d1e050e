"""The Gantt chart's painted surface: hands paint, mouse and tooltip events to its view,
and draws the group bars on a grouped sheet's header rows (View > Group by)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from app.domain.grouping_rows import GROUP_KEY_LIMIT
from app.domain.notation import format_span
from app.domain.percent_shown import shown_percent
from app.domain.plural_words import noun
from app.report.group_rows import paint_group_bar
from app.ui.models.task_date_edits import format_date

if TYPE_CHECKING:
    from app.ui.gantt.view import GanttView


class Canvas(QWidget):
    """The painted surface; hands paint and mouse events to its GanttView."""

    def __init__(self, view: GanttView) -> None:
        super().__init__(view)
        self._view = view
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumWidth(100)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        try:
            self._view.paint(p, self.width(), self.height(), QRectF(event.rect()))
            paint_group_bars(self._view, p, self.width(), self.height())
        finally:
            p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        QToolTip.hideText()  # a drag may start: its own box replaces the hover text
        self._view.mouse.press(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._view.mouse.move(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._view.mouse.release(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._view.mouse.double_click(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._view.mouse.wheel(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._view.mouse.cancel():
            event.accept()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            # During a drag the feedback box speaks: the hover text of whatever bar the
            # mouse rests on (while the chart scrolls by itself) covered it with old dates.
            view = self._view
            pos = QPointF(event.pos())
            dragging = view.mouse.dragging()
            # The arrow first: it sits on the bar when the task runs past its deadline.
            mark = None if dragging else view.deadline_at(pos)
            geom = None if dragging or mark is not None else view.bar_at(pos)
            group = (
                None if dragging or mark is not None or geom is not None else group_tip(view, pos)
            )
            if mark is not None:
                QToolTip.showText(event.globalPos(), view.deadline_tooltip_text(mark), self)
            elif group is not None:  # a group bar (View > Group by): the group's figures
                QToolTip.showText(event.globalPos(), group, self)
            elif geom is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), view.tooltip_text(geom.uid), self)
            return True
        return super().event(event)


def paint_group_bars(view: GanttView, p: QPainter, width: int, height: int) -> int:
    """Draw a group bar on each group header row shown (a grouped sheet only); returns how
    many were drawn."""
    model = view.tree.model()
    group_of = getattr(model, "group_of", None)
    row_group = getattr(model, "row_group", None)
    if group_of is None or row_group is None or row_group() is None:
        return 0
    heads = [row for row in view.visible_rows() if row.uid < GROUP_KEY_LIMIT]
    if not heads:
        return 0
    top = view.header_height()
    scale = view.chart_painter().scale
    drawn = 0
    p.save()
    p.setClipRect(QRectF(0, top, width, height - top))
    p.translate(-view.hscroll, 0)
    for row in heads:
        group = group_of(row.uid)
        if group is not None and paint_group_bar(p, scale, group, row.top, row.height):
            drawn += 1
    p.restore()
    return drawn


def group_tip(view: GanttView, pos: QPointF) -> str | None:
    """Hover text of the group bar under a canvas point (None: no group bar there)."""
    row = view.row_at(pos.y())
    group_of = getattr(view.tree.model(), "group_of", None)
    if row is None or row.uid >= GROUP_KEY_LIMIT or group_of is None:
        return None
    group = group_of(row.uid)
    if group is None or group.rollup.start is None or group.rollup.finish is None:
        return None
    scale = view.chart_painter().scale
    x = pos.x() + view.hscroll
    if not scale.x_of(group.rollup.start) - 3 <= x <= scale.x_of(group.rollup.finish) + 3:
        return None
    rollup = group.rollup
    project = view.document.plan.project
    count = f"{rollup.tasks:,} {noun(rollup.tasks, 'task')}"
    return "\n".join(
        (
            f"{group.label} ({count})",
            f"Start: {format_date(rollup.start)}",
            f"Finish: {format_date(rollup.finish)}",
            f"Duration: {format_span(rollup.duration_minutes, project)}",
            f"% Complete: {shown_percent(rollup.percent_complete)}%",
        )
    )
