"""Mouse gestures on the chart: pan, wheel zoom/scroll, and bar drags that become undo commands.

Drag a bar to move it, its right end to change the duration, its progress
edge to set % complete, or onto another bar to link the two (see commands.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen, QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.errors import AppError
from app.domain.worktime import WorkTime
from app.report.bars import BarGeometry, BarKind, progress_for_x
from app.report.timescale import Timescale, level_named
from app.ui.commands import PlanCommand, execute
from app.ui.gantt.commands import (
    AddLinkCommand,
    move_task_command,
    progress_command,
    resize_task_command,
)
from app.ui.gantt.rows import index_of, row_height

if TYPE_CHECKING:
    from app.ui.gantt.view import GanttView

EDGE = 5.0  # pixels around a bar's end or progress edge that grab it
DRAG_START = 4  # pixels before a press becomes a drag


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


def gesture_at(geom: BarGeometry, x: float) -> Gesture:
    """What pressing a bar at chart x starts: resize at its end, progress at its edge.

    On a short bar (a few days at the months zoom) each end zone takes at most
    a third of it, so that its middle still moves it.
    """
    if geom.kind is BarKind.TASK:
        third = (geom.x1 - geom.x0) / 3
        if geom.x1 - min(EDGE, third) <= x <= geom.x1 + EDGE:
            return Gesture.RESIZE
        near = min(EDGE / 2 + 1, third)
        if geom.progress_x > geom.x0 + EDGE and abs(x - geom.progress_x) <= near:
            return Gesture.PROGRESS
        # With no progress yet, the bar's left end starts the progress drag.
        if geom.progress_x <= geom.x0 and abs(x - geom.x0) <= near:
            return Gesture.PROGRESS
    return Gesture.PENDING


class ChartMouse:
    """The chart's mouse state machine: a background pan or a bar drag in progress."""

    def __init__(self, view: GanttView) -> None:
        self._view = view
        self._drag: _Drag | None = None
        self._pan: tuple[QPointF, int, int] | None = None
        self._focus: QWidget | None = None  # had the keyboard before the drag

    def press(self, event: QMouseEvent) -> None:
        """Select the row under the mouse; start a pan or a bar drag."""
        view = self._view
        pos = event.position()
        row = view.row_at(pos.y())
        if row is not None:
            index = index_of(view.tree, view.row_index(), row.uid)
            if index.isValid():
                view.tree.setCurrentIndex(index)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        geom = view.bar_at(pos)
        if geom is None:
            # Dragging the background pans the chart (and the tree with it).
            self._pan = (pos, view.hbar.value(), view.tree.verticalScrollBar().value())
            view.canvas.setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        if view.document.read_only:
            return
        gesture = gesture_at(geom, pos.x() + view.hscroll)
        self._drag = _Drag(gesture, geom.uid, geom, pos, pos)
        # Escape cancels the drag (cancel()): the keys come to the chart until it ends.
        self._focus = QApplication.focusWidget()
        view.canvas.setFocus(Qt.FocusReason.MouseFocusReason)

    def move(self, event: QMouseEvent) -> None:
        """Pan, follow a drag, or show what pressing here would do."""
        view = self._view
        pos = event.position()
        if self._pan is not None:
            start, h, v = self._pan
            view.hbar.setValue(round(h - (pos.x() - start.x())))
            view.tree.verticalScrollBar().setValue(round(v - (pos.y() - start.y())))
            return
        drag = self._drag
        if drag is None:
            # a read-only plan offers no drag (press refuses it)
            geom = None if view.document.read_only else view.bar_at(pos)
            cursor = Qt.CursorShape.ArrowCursor
            if geom is not None:
                g = gesture_at(geom, pos.x() + view.hscroll)
                cursor = {
                    Gesture.RESIZE: Qt.CursorShape.SizeHorCursor,
                    Gesture.PROGRESS: Qt.CursorShape.SplitHCursor,
                }.get(g, Qt.CursorShape.SizeAllCursor)
            view.canvas.setCursor(cursor)
            return
        drag.pos = pos
        if drag.gesture in (Gesture.PENDING, Gesture.MOVE):
            dx, dy = pos.x() - drag.press.x(), pos.y() - drag.press.y()
            # Leaving the row turns a move into a link, as in MS Project.
            if abs(dy) > row_height(view.tree) * 0.75:
                drag.gesture = Gesture.LINK
            elif abs(dx) > DRAG_START and drag.geom.kind is not BarKind.SUMMARY:
                drag.gesture = Gesture.MOVE
        view.canvas.update()

    def release(self, event: QMouseEvent) -> None:
        """End the pan, or turn the finished drag into an undo command."""
        view = self._view
        if self._pan is not None:
            self._pan = None
            view.canvas.setCursor(Qt.CursorShape.ArrowCursor)
            return
        drag = self._drag
        self._drag = None
        if drag is None:
            return
        self._give_back_focus()
        drag.pos = event.position()
        view.canvas.update()
        if drag.gesture is not Gesture.PENDING:
            self._finish_drag(drag)

    def cancel(self) -> bool:
        """Drop the drag in progress, as Escape does in MS Project (False: there was none)."""
        if self._drag is None:
            return False
        self._drag = None
        self._give_back_focus()
        self._view.canvas.update()
        return True

    def _give_back_focus(self) -> None:
        """The sheet (or whatever had it) gets the keyboard back once a drag is over."""
        focus, self._focus = self._focus, None
        if focus is not None and self._view.canvas.hasFocus():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def double_click(self, event: QMouseEvent) -> None:
        """Double-clicking a bar activates its task."""
        geom = self._view.bar_at(event.position())
        if geom is None:
            return
        self._view.sig_task_activated.emit(geom.uid)

    def wheel(self, event: QWheelEvent) -> None:
        """Ctrl zooms around the mouse, Shift (or a sideways wheel) scrolls dates, else rows."""
        view = self._view
        delta = event.angleDelta().y() or event.angleDelta().x()
        mods = event.modifiers()
        if mods & Qt.KeyboardModifier.ControlModifier:
            if delta > 0:
                view.zoom_in(event.position().x())
            elif delta < 0:
                view.zoom_out(event.position().x())
        elif mods & Qt.KeyboardModifier.ShiftModifier or event.angleDelta().x():
            view.hbar.setValue(view.hbar.value() - delta)
        else:
            bar = view.tree.verticalScrollBar()
            bar.setValue(bar.value() - delta)
        event.accept()

    def _finish_drag(self, drag: _Drag) -> None:
        try:
            self._drop(drag)
        except AppError as exc:
            self._view.sig_error.emit(str(exc))

    def _drop(self, drag: _Drag) -> None:
        """Turn the finished drag into its undo command and run it (AppError: refused)."""
        view = self._view
        dx = drag.pos.x() - drag.press.x()
        command: PlanCommand | None = None
        doc = view.document
        if drag.gesture is Gesture.MOVE and dx:
            times = doc.schedule.get(drag.uid)
            if times is not None:
                start = self._snap(view.scale.moment_at(drag.geom.x0 + dx))
                start = self._working_start(drag.uid, start)
                command = move_task_command(doc, drag.uid, start)
        elif drag.gesture is Gesture.RESIZE and dx:
            command = self._resize_command(drag.uid, view.scale.moment_at(drag.geom.x1 + dx))
        elif drag.gesture is Gesture.PROGRESS:
            x = drag.pos.x() + view.hscroll
            command = progress_command(doc, drag.uid, progress_for_x(drag.geom, x))
        elif drag.gesture is Gesture.LINK:
            target = view.bar_at(drag.pos)
            if target is not None and target.uid != drag.uid:
                command = AddLinkCommand(doc, drag.uid, target.uid)
        if command is not None:
            execute(doc, command)

    def _snap(self, moment: datetime) -> datetime:
        """Where a dropped bar end lands: the nearest hour or day, never a coarser unit.

        At the weeks or months zoom, snapping to the tier's unit put the end of a
        bar dragged a week later on the Monday before (or on the 1st of the month,
        a 0-day task): the dates a bar is dragged to are working days.
        """
        scale = self._view.scale
        if scale.level.bottom.value > 1:
            scale = Timescale.at_level(scale.origin, level_named("days"))
        return scale.snap(moment)

    def _resize_command(self, uid: int, moment: datetime) -> PlanCommand | None:
        """The bar's end dropped at ``moment``: a new duration (and finish, for a manual task)."""
        doc = self._view.document
        times = doc.schedule.get(uid)
        if times is None:
            return None
        task = doc.plan.task(uid)
        if task.elapsed:  # calendar time, not working time
            minutes = max(self._elapsed_minutes(moment - times.start), 0)
            finish = times.start + timedelta(minutes=minutes)
        else:
            work = self._work_time(uid)
            minutes = max(work.between(times.start, self._snap(moment)), 0)
            finish = work.add(times.start, minutes)
        # a manual task's bar is its own start and finish: the finish moves with it
        return resize_task_command(doc, uid, minutes, finish if task.manual else None)

    def _elapsed_minutes(self, span: timedelta) -> int:
        """An elapsed duration dragged to ``span``: whole hours, or whole days from the days zoom."""
        unit = 1440 if self._view.scale.level.bottom.value >= 1 else 60
        return round(span.total_seconds() / 60 / unit) * unit

    def _work_time(self, uid: int) -> WorkTime:
        plan = self._view.document.plan
        task = plan.task(uid)
        return WorkTime.for_calendar(plan.calendar(task.calendar_uid), plan.calendars)

    def _working_start(self, uid: int, moment: datetime) -> datetime:
        """A snapped date at midnight means the working day's start, as users read it."""
        view = self._view
        if view.scale.level.bottom.value >= 1:  # snapped to whole days
            day_start = view.document.plan.project.default_start_time
            return datetime.combine(moment.date(), day_start)
        return moment

    def paint_drag(self, p: QPainter) -> None:
        """Outline where the dragged bar would go (nothing when no drag is in progress)."""
        drag = self._drag
        if drag is None:
            return
        g = drag.geom
        dx = drag.pos.x() - drag.press.x()
        pen = QPen(QColor(30, 30, 30), 1, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        x = self._view.hscroll
        if drag.gesture is Gesture.MOVE:
            p.drawRect(QRectF(g.x0 + dx, g.top, g.x1 - g.x0, g.bottom - g.top))
        elif drag.gesture is Gesture.RESIZE:
            p.drawRect(QRectF(g.x0, g.top, max(g.x1 - g.x0 + dx, 1), g.bottom - g.top))
        elif drag.gesture is Gesture.PROGRESS:
            p.drawLine(QPointF(drag.pos.x() + x, g.top), QPointF(drag.pos.x() + x, g.bottom))
        elif drag.gesture is Gesture.LINK:
            p.drawLine(QPointF(g.x1, g.mid_y), QPointF(drag.pos.x() + x, drag.pos.y()))
