"""The Gantt chart pane: follows the task tree's rows and scroll, draws through app.report.

Only the rows the tree shows in its viewport and the visible date range are
drawn. Mouse gestures become undo commands (see commands.py): drag a bar to
move it, its right end to change the duration, its progress edge to set
% complete, or onto another bar to link the two.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import Enum
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import QScrollBar, QToolTip, QTreeView, QVBoxLayout, QWidget

from app.domain.errors import AppError
from app.domain.notation import format_duration
from app.domain.worktime import WorkTime
from app.report.bars import BarGeometry, BarKind, progress_for_x
from app.report.gantt_paint import ChartOptions, ChartRow, GanttPainter
from app.report.timescale import ZOOM_LEVELS, Timescale, level_for, level_named
from app.ui.commands import PlanCommand, execute
from app.ui.document import Document
from app.ui.gantt.commands import (
    AddLinkCommand,
    move_task_command,
    progress_command,
    resize_task_command,
)
from app.ui.gantt.rows import RowIndex
from app.ui.models.roles import TaskUidRole

MIN_HEADER = 36
EDGE = 5.0  # pixels around a bar's end or progress edge that grab it
DRAG_START = 4  # pixels before a press becomes a drag
SELECTED_ROW = QColor(220, 232, 250)


# View-menu toggles: (action id, menu text, ChartOptions flag).
TOGGLES: tuple[tuple[str, str, str], ...] = (
    ("gantt_show_critical", "Show &Critical Path", "show_critical"),
    ("gantt_show_baseline", "Show &Baseline", "show_baseline"),
    ("gantt_show_slack", "Show &Slack", "show_slack"),
    ("gantt_show_links", "Show &Dependency Arrows", "show_links"),
    ("gantt_show_resources", "Show &Resource Names", "show_resources"),
)


class Gesture(Enum):
    """What a mouse drag on the chart does."""

    PENDING = "pending"  # pressed on a bar, not yet moved far enough
    MOVE = "move"
    RESIZE = "resize"
    PROGRESS = "progress"
    LINK = "link"


@dataclass(slots=True)
class _Drag:
    gesture: Gesture
    uid: int
    geom: BarGeometry
    press: QPointF
    pos: QPointF


class GanttView(QWidget):
    """Gantt chart beside a task tree (same rows, same vertical scroll)."""

    sig_zoom_changed = Signal(str)
    sig_task_activated = Signal(int)
    sig_error = Signal(str)

    def __init__(
        self,
        document: Document,
        tree: QTreeView,
        parent: QWidget | None = None,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.tree = tree
        self._clock = clock
        self.options = ChartOptions()
        self._rows: RowIndex | None = None
        self._painter: GanttPainter | None = None
        self._selected: set[int] = set()
        self._drag: _Drag | None = None
        self._pan: tuple[QPointF, int, int] | None = None
        start = document.plan.project.start
        origin = datetime.combine(start.date(), datetime.min.time()) - timedelta(days=14)
        self.scale = Timescale.at_level(origin, level_named("days"))
        self.canvas = _Canvas(self)
        self.hbar = QScrollBar(Qt.Orientation.Horizontal, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.hbar)
        header = tree.header()
        header.setMinimumHeight(max(header.sizeHint().height(), MIN_HEADER))
        self.hbar.valueChanged.connect(self.canvas.update)
        tree.verticalScrollBar().valueChanged.connect(self.canvas.update)
        tree.expanded.connect(self._on_rows_changed)
        tree.collapsed.connect(self._on_rows_changed)
        self._connect_model()
        document.sig_changed.connect(self._on_document_changed)
        self._update_range()
        self.hbar.setValue(int(self.scale.x_of(start)) - 20)

    # ------------------------------------------------------------------ wiring

    def _connect_model(self) -> None:
        model = self.tree.model()
        if model is not None:
            for sig in (
                model.modelReset,
                model.rowsInserted,
                model.rowsRemoved,
                model.rowsMoved,
                model.layoutChanged,
            ):
                sig.connect(self._on_rows_changed)
        selection = self.tree.selectionModel()
        if selection is not None:
            selection.selectionChanged.connect(self._on_selection_changed)

    def _on_rows_changed(self, *_args: object) -> None:
        self._rows = None
        self.canvas.update()

    def _on_selection_changed(self, *_args: object) -> None:
        self._selected = {
            int(uid)
            for i in self.tree.selectionModel().selectedRows(0)
            if (uid := i.data(TaskUidRole)) is not None
        }
        self.canvas.update()

    def _on_document_changed(self) -> None:
        self._painter = None
        self._rows = None
        self._update_range()
        self.canvas.update()

    # ------------------------------------------------------------------ state

    def chart_painter(self) -> GanttPainter:
        """The renderer for the current plan state (rebuilt after every change)."""
        if self._painter is None:
            opts = replace(
                self.options,
                today=self._clock(),
                status_date=self.document.plan.project.status_date,
            )
            self._painter = GanttPainter(
                self.document.plan, self.document.schedule, self.scale, opts, font_px=11
            )
        self._painter.scale = self.scale
        return self._painter

    def row_index(self) -> RowIndex:
        """Display order of the tree's rows (cached until they change)."""
        if self._rows is None:
            self._rows = RowIndex(self.tree, self.document.plan)
            self._rows.index_links(self.document.plan.links)
        return self._rows

    def header_height(self) -> int:
        """Height of the timescale: the tree's header, so that rows line up."""
        return self.tree.viewport().geometry().top()

    def row_height(self) -> int:
        """Height of a tree row."""
        model = self.tree.model()
        if model is None or model.rowCount() == 0:
            return 20
        return max(self.tree.sizeHintForRow(0), self.tree.visualRect(model.index(0, 0)).height(), 1)

    @property
    def hscroll(self) -> int:
        """Chart x at the canvas's left edge."""
        return self.hbar.value()

    def _update_range(self) -> None:
        sched = self.document.schedule
        start = min(sched.start, self.document.plan.project.start)
        if start < self.scale.origin:
            origin = datetime.combine(start.date(), datetime.min.time()) - timedelta(days=14)
            shift = self.scale.x_of(origin)
            self.scale = replace(self.scale, origin=origin)
            self.hbar.setValue(int(self.hbar.value() - shift))
        span = (sched.finish - self.scale.origin) * 1.25 + timedelta(days=60)
        total = self.scale.x_of(self.scale.origin + span)
        page = max(self.canvas.width(), self.width(), 1)
        # Room to scroll a page past the finish, so zooming can keep its anchor.
        total = max(total, self.scale.x_of(sched.finish) + page)
        self.hbar.setRange(0, max(int(total), 0))
        self.hbar.setPageStep(page)
        self.hbar.setSingleStep(max(int(self.scale.px_per_day), 8))

    def showEvent(self, event: object) -> None:
        """Take the window's toggle states (they may have changed before the chart was built)."""
        super().showEvent(event)  # type: ignore[arg-type]
        window = self.window()
        changes: dict[str, Any] = {}
        for action_id, _text, flag in TOGGLES:
            action = window.findChild(QAction, action_id)
            if action is not None and action.isCheckable():
                changes[flag] = action.isChecked()
        if changes and replace(self.options, **changes) != self.options:
            self.options = replace(self.options, **changes)
            self._painter = None

    def resizeEvent(self, event: object) -> None:
        """Keep the scroll range fitting the new width."""
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._update_range()

    # ------------------------------------------------------------------ rows

    def visible_rows(self) -> list[ChartRow]:
        """Rows in the tree's viewport, in canvas coordinates.

        The tree has uniform row heights, so one visualRect gives every row's
        place; the row order comes from the cached :meth:`row_index`.
        """
        tree = self.tree
        top = self.header_height()
        height = tree.viewport().height()
        index = tree.indexAt(QPoint(1, 0))
        if not index.isValid():
            return []
        rect = tree.visualRect(index)
        h = rect.height()
        uid = index.data(TaskUidRole)
        rows = self.row_index()
        first = rows.row_of.get(int(uid)) if uid is not None else None
        if first is None or h <= 0:
            return []
        count = (height - rect.top()) // h + 1
        y0 = top + rect.top()
        return [ChartRow(u, y0 + k * h, h) for k, u in enumerate(rows.uids[first : first + count])]

    def row_at(self, y: float) -> ChartRow | None:
        """The row under a canvas y."""
        for row in self.visible_rows():
            if row.top <= y < row.top + row.height:
                return row
        return None

    def bar_at(self, pos: QPointF) -> BarGeometry | None:
        """The bar under a canvas point."""
        row = self.row_at(pos.y())
        if row is None:
            return None
        geom = self.chart_painter().geometry(row)
        x = pos.x() + self.hscroll
        if geom is None or not geom.contains(x, pos.y()):
            return None
        return geom

    # ------------------------------------------------------------------ zoom

    def zoom_level(self) -> str:
        """Name of the current zoom level (hours ... quarters)."""
        return self.scale.level.name

    def set_zoom(self, name: str, anchor_x: float | None = None) -> None:
        """Switch to a zoom level, keeping the moment under ``anchor_x`` in place."""
        self._rescale(Timescale.at_level(self.scale.origin, level_named(name)), anchor_x)

    def zoom_in(self, anchor_x: float | None = None) -> None:
        """One zoom level finer."""
        self._rescale(self.scale.zoomed(1), anchor_x)

    def zoom_out(self, anchor_x: float | None = None) -> None:
        """One zoom level coarser."""
        self._rescale(self.scale.zoomed(-1), anchor_x)

    def fit_project(self) -> None:
        """Scale so that the whole project fits the chart's width."""
        sched = self.document.schedule
        width = max(self.canvas.width() - 40, 50)
        days = max((sched.finish - sched.start).total_seconds() / 86400, 1 / 24)
        px = width / days
        self.scale = Timescale(self.scale.origin, px, level_for(px))
        self._painter = None
        self._update_range()
        self.hbar.setValue(int(self.scale.x_of(sched.start)) - 20)
        self.canvas.update()
        self.sig_zoom_changed.emit(self.zoom_level())

    def _rescale(self, scale: Timescale, anchor_x: float | None) -> None:
        ax = self.canvas.width() / 2 if anchor_x is None else anchor_x
        moment = self.scale.moment_at(self.hscroll + ax)
        self.scale = scale
        self._update_range()
        self.hbar.setValue(int(scale.x_of(moment) - ax))
        self.canvas.update()
        self.sig_zoom_changed.emit(self.zoom_level())

    def scroll_to_task(self, uid: int | None = None) -> None:
        """Bring a task's bar (default: the tree's current task) into view."""
        if uid is None:
            current = self.tree.currentIndex().data(TaskUidRole)
            if current is None:
                return
            uid = int(current)
        times = self.document.schedule.get(uid)
        if times is None:
            return
        self.hbar.setValue(int(self.scale.x_of(times.start)) - 40)
        self.canvas.update()

    # ------------------------------------------------------------------ toggles

    def set_option(self, name: str, value: bool) -> None:
        """Switch a ChartOptions flag (show_critical, show_baseline, show_slack, ...)."""
        if not name.startswith("show_") or not hasattr(self.options, name):
            raise ValueError(f"no chart option {name}")
        changes: dict[str, Any] = {name: value}
        self.options = replace(self.options, **changes)
        self._painter = None
        self.canvas.update()

    # ------------------------------------------------------------------ gestures

    def _gesture_at(self, geom: BarGeometry, x: float) -> Gesture:
        if geom.kind is BarKind.TASK:
            if abs(x - geom.x1) <= EDGE:
                return Gesture.RESIZE
            if geom.progress_x > geom.x0 + EDGE and abs(x - geom.progress_x) <= EDGE / 2 + 1:
                return Gesture.PROGRESS
            # With no progress yet, the bar's left end starts the progress drag.
            if geom.progress_x <= geom.x0 and abs(x - geom.x0) <= EDGE / 2 + 1:
                return Gesture.PROGRESS
        return Gesture.PENDING

    def _finish_drag(self, drag: _Drag) -> None:
        dx = drag.pos.x() - drag.press.x()
        command: PlanCommand | None = None
        doc = self.document
        if drag.gesture is Gesture.MOVE and dx:
            times = doc.schedule.get(drag.uid)
            if times is not None:
                start = self.scale.snap(self.scale.moment_at(drag.geom.x0 + dx))
                start = self._working_start(drag.uid, start)
                command = move_task_command(doc, drag.uid, start)
        elif drag.gesture is Gesture.RESIZE and dx:
            times = doc.schedule.get(drag.uid)
            if times is not None:
                finish = self.scale.snap(self.scale.moment_at(drag.geom.x1 + dx))
                work = self._work_time(drag.uid)
                command = resize_task_command(doc, drag.uid, work.between(times.start, finish))
        elif drag.gesture is Gesture.PROGRESS:
            x = drag.pos.x() + self.hscroll
            command = progress_command(doc, drag.uid, progress_for_x(drag.geom, x))
        elif drag.gesture is Gesture.LINK:
            target = self.bar_at(drag.pos)
            if target is not None and target.uid != drag.uid:
                command = AddLinkCommand(doc, drag.uid, target.uid)
        if command is not None:
            try:
                execute(doc, command)
            except AppError as exc:
                self.sig_error.emit(str(exc))

    def _work_time(self, uid: int) -> WorkTime:
        plan = self.document.plan
        task = plan.task(uid)
        return WorkTime.for_calendar(plan.calendar(task.calendar_uid), plan.calendars)

    def _working_start(self, uid: int, moment: datetime) -> datetime:
        """A snapped date at midnight means the working day's start, as users read it."""
        if self.scale.level.bottom.value >= 1:
            day_start = self.document.plan.project.default_start_time
            return datetime.combine(moment.date(), day_start)
        return moment

    def tooltip_text(self, uid: int) -> str:
        """Hover text of a bar: dates, duration, slack, people."""
        plan = self.document.plan
        task = plan.task(uid)
        times = self.document.schedule.get(uid)
        if times is None:
            return task.name
        project = plan.project
        people = self.chart_painter().resource_label(uid)
        lines = [
            f"<b>{task.name}</b>",
            f"Start: {times.start:%a %Y-%m-%d %H:%M}",
            f"Finish: {times.finish:%a %Y-%m-%d %H:%M}",
            f"Duration: {format_duration(times.duration_minutes, project)}",
            f"Total slack: {format_duration(times.total_slack_minutes, project)}",
            f"Complete: {task.percent_complete:g}%",
        ]
        if people:
            lines.append(f"People: {people}")
        return "<br>".join(lines)

    # ------------------------------------------------------------------ mouse (from the canvas)

    def _press(self, event: QMouseEvent) -> None:
        pos = event.position()
        row = self.row_at(pos.y())
        if row is not None:
            index = self._index_of(row.uid)
            if index.isValid():
                self.tree.setCurrentIndex(index)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        geom = self.bar_at(pos)
        if geom is None:
            # Dragging the background pans the chart (and the tree with it).
            self._pan = (pos, self.hbar.value(), self.tree.verticalScrollBar().value())
            self.canvas.setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        if self.document.read_only:
            return
        gesture = self._gesture_at(geom, pos.x() + self.hscroll)
        self._drag = _Drag(gesture, geom.uid, geom, pos, pos)

    def _move(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._pan is not None:
            start, h, v = self._pan
            self.hbar.setValue(round(h - (pos.x() - start.x())))
            self.tree.verticalScrollBar().setValue(round(v - (pos.y() - start.y())))
            return
        drag = self._drag
        if drag is None:
            geom = self.bar_at(pos)
            cursor = Qt.CursorShape.ArrowCursor
            if geom is not None:
                g = self._gesture_at(geom, pos.x() + self.hscroll)
                cursor = {
                    Gesture.RESIZE: Qt.CursorShape.SizeHorCursor,
                    Gesture.PROGRESS: Qt.CursorShape.SplitHCursor,
                }.get(g, Qt.CursorShape.SizeAllCursor)
            self.canvas.setCursor(cursor)
            return
        drag.pos = pos
        if drag.gesture in (Gesture.PENDING, Gesture.MOVE):
            dx, dy = pos.x() - drag.press.x(), pos.y() - drag.press.y()
            # Leaving the row turns a move into a link, as in MS Project.
            if abs(dy) > self.row_height() * 0.75:
                drag.gesture = Gesture.LINK
            elif abs(dx) > DRAG_START and drag.geom.kind is not BarKind.SUMMARY:
                drag.gesture = Gesture.MOVE
        self.canvas.update()

    def _release(self, event: QMouseEvent) -> None:
        if self._pan is not None:
            self._pan = None
            self.canvas.setCursor(Qt.CursorShape.ArrowCursor)
            return
        drag = self._drag
        self._drag = None
        if drag is None:
            return
        drag.pos = event.position()
        self.canvas.update()
        if drag.gesture is not Gesture.PENDING:
            self._finish_drag(drag)

    def _double_click(self, event: QMouseEvent) -> None:
        geom = self.bar_at(event.position())
        if geom is None:
            return
        self.sig_task_activated.emit(geom.uid)

    def _wheel(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y() or event.angleDelta().x()
        mods = event.modifiers()
        if mods & Qt.KeyboardModifier.ControlModifier:
            if delta > 0:
                self.zoom_in(event.position().x())
            elif delta < 0:
                self.zoom_out(event.position().x())
        elif mods & Qt.KeyboardModifier.ShiftModifier or event.angleDelta().x():
            self.hbar.setValue(self.hbar.value() - delta)
        else:
            bar = self.tree.verticalScrollBar()
            bar.setValue(bar.value() - delta)
        event.accept()

    def _index_of(self, uid: int) -> QModelIndex:
        model = self.tree.model()
        finder = getattr(model, "index_of_uid", None)
        if finder is not None:
            return finder(uid)  # type: ignore[no-any-return]
        rows = self.row_index()
        r = rows.row_of.get(uid)
        if r is None:
            return QModelIndex()
        index = model.index(0, 0)
        for _ in range(r):
            index = self.tree.indexBelow(index)
        return index

    # ------------------------------------------------------------------ painting

    def paint(self, p: QPainter, width: int, height: int) -> None:
        """Draw the visible part of the chart (also used by the benchmarks)."""
        chart = self.chart_painter()
        hh = self.header_height()
        x0 = self.hscroll
        p.fillRect(0, 0, width, height, QColor("white"))
        rows = self.visible_rows()
        p.save()
        p.translate(-x0, 0)
        body = QRectF(x0, hh, width, height - hh)
        p.setClipRect(body)
        for row in rows:
            if row.uid in self._selected:
                p.fillRect(QRectF(x0, row.top, width, row.height), SELECTED_ROW)
        chart.paint_background(p, body)
        geoms = chart.paint_bars(p, rows)
        if rows and chart.options.show_links:
            self._paint_links(p, chart, rows, geoms)
        chart.paint_lines(p, body)
        if self._drag is not None:
            self._paint_drag(p, self._drag)
        p.setClipping(False)
        chart.paint_timescale(p, QRectF(x0, 0, width, hh))
        p.restore()

    def _paint_links(
        self,
        p: QPainter,
        chart: GanttPainter,
        rows: list[ChartRow],
        geoms: dict[int, BarGeometry],
    ) -> None:
        index = self.row_index()
        first = index.row_of.get(rows[0].uid)
        last = index.row_of.get(rows[-1].uid)
        if first is None or last is None:
            return
        row_of = index.row_of
        links = [
            lk
            for lk in index.links_near(first, last)
            if min(row_of[lk.predecessor], row_of[lk.successor]) <= last
            and max(row_of[lk.predecessor], row_of[lk.successor]) >= first
        ]
        h = rows[0].height
        top0 = rows[0].top
        all_geoms = dict(geoms)
        for lk in links:
            for uid in (lk.predecessor, lk.successor):
                if uid not in all_geoms:
                    r = index.row_of[uid]
                    g = chart.geometry(ChartRow(uid, top0 + (r - first) * h, h))
                    if g is not None:
                        all_geoms[uid] = g
        chart.paint_links(p, all_geoms, links, h)

    def _paint_drag(self, p: QPainter, drag: _Drag) -> None:
        g = drag.geom
        dx = drag.pos.x() - drag.press.x()
        pen = QPen(QColor(30, 30, 30), 1, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        x = self.hscroll
        if drag.gesture is Gesture.MOVE:
            p.drawRect(QRectF(g.x0 + dx, g.top, g.x1 - g.x0, g.bottom - g.top))
        elif drag.gesture is Gesture.RESIZE:
            p.drawRect(QRectF(g.x0, g.top, max(g.x1 - g.x0 + dx, 1), g.bottom - g.top))
        elif drag.gesture is Gesture.PROGRESS:
            p.drawLine(QPointF(drag.pos.x() + x, g.top), QPointF(drag.pos.x() + x, g.bottom))
        elif drag.gesture is Gesture.LINK:
            p.drawLine(QPointF(g.x1, g.mid_y), QPointF(drag.pos.x() + x, drag.pos.y()))


class _Canvas(QWidget):
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
            self._view.paint(p, self.width(), self.height())
        finally:
            p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._view._press(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._view._move(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._view._release(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._view._double_click(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._view._wheel(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            geom = self._view.bar_at(QPointF(event.pos()))
            if geom is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self._view.tooltip_text(geom.uid), self)
            return True
        return super().event(event)


__all__ = ["ZOOM_LEVELS", "GanttView", "Gesture"]
