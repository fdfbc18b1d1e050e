"""Mouse gestures on the chart: pan, wheel zoom/scroll, and bar drags that become undo commands.

Drag a bar to move it, its right end to change the duration, its progress
edge to set % complete, or onto another bar to link the two (see commands.py).
While dragging, a box near the cursor shows what the drop will set
(proposals.py, feedback.py) and the chart scrolls when the mouse nears its
edge (autoscroll.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen, QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.errors import AppError
from app.report.bars import BarGeometry, BarKind
from app.ui.commands import execute
from app.ui.gantt.autoscroll import AutoScroll
from app.ui.gantt.feedback import DragFeedback
from app.ui.gantt.proposals import BarProposer, Proposal
from app.ui.gantt.rows import index_of, row_height
from app.ui.gantt.snapping import drag_step
from app.ui.models.roles import TaskUidRole

if TYPE_CHECKING:
    from app.ui.gantt.view import GanttView

EDGE = 5.0  # pixels around a bar's end or progress edge that grab it
DRAG_START = 4  # pixels before a press becomes a drag
GHOST_FILL = QColor(40, 40, 40, 50)  # where a moved or resized bar would go


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
    geom: BarGeometry  # the bar as it was when pressed (canvas y of that moment)
    press: QPointF  # canvas position of the press
    press_x: float  # chart x of the press (the chart may scroll during the drag)
    press_v: int  # the rows' scroll when pressed
    pos: QPointF  # canvas position now
    proposer: BarProposer
    proposal: Proposal | None = None


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


def link_cursor(proposal: Proposal) -> Qt.CursorShape:
    """The cursor of a link drag: MS Project's chain, or a forbidden sign over a bar the
    plan would refuse the link to (already linked, its own summary or subtask, a cycle)."""
    if proposal.refused:
        return Qt.CursorShape.ForbiddenCursor
    return Qt.CursorShape.DragLinkCursor


class ChartMouse:
    """The chart's mouse state machine: a background pan or a bar drag in progress."""

    def __init__(self, view: GanttView) -> None:
        self._view = view
        self._drag: _Drag | None = None
        self._pan: tuple[QPointF, int, int] | None = None
        self._focus: QWidget | None = None  # had the keyboard before the drag
        self.feedback = DragFeedback(view.canvas)
        self.autoscroll = AutoScroll(view, self._on_autoscroll)

    def press(self, event: QMouseEvent) -> None:
        """Select the row under the mouse; start a pan or a bar drag."""
        view = self._view
        pos = event.position()
        row = view.row_at(pos.y())
        if row is not None:
            # The sheet's row under the press: a grouped sheet shows a task under two people
            # twice, and the task's first row would take the selection (and the scroll) away.
            index = view.tree.indexAt(QPoint(1, round(pos.y()) - view.header_height()))
            if index.data(TaskUidRole) != row.uid:
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
        x = pos.x() + view.hscroll
        gesture = gesture_at(geom, x)
        proposer = BarProposer(view.document, geom.uid)
        vscroll = view.tree.verticalScrollBar().value()
        self._drag = _Drag(gesture, geom.uid, geom, pos, x, vscroll, pos, proposer)
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
            dx = pos.x() + view.hscroll - drag.press_x
            dy = pos.y() + self._rows_scrolled(drag) - drag.press.y()
            # Leaving the row turns a move into a link, as in MS Project.
            if abs(dy) > row_height(view.tree) * 0.75:
                drag.gesture = Gesture.LINK
            elif abs(dx) > DRAG_START:
                drag.gesture = Gesture.MOVE
        if drag.gesture is not Gesture.PENDING:
            self.autoscroll.follow(pos, vertical=drag.gesture is Gesture.LINK)
        self._follow(drag)

    def release(self, event: QMouseEvent) -> None:
        """End the pan, or turn the finished drag into an undo command."""
        view = self._view
        if self._pan is not None:
            self._pan = None
            view.canvas.setCursor(Qt.CursorShape.ArrowCursor)
            return
        drag = self._drag
        self._end_drag()
        if drag is None:
            return
        drag.pos = event.position()
        if drag.gesture is not Gesture.PENDING:
            self._drop(drag)

    def cancel(self) -> bool:
        """Drop the drag in progress, as Escape does in MS Project (False: there was none)."""
        if self._drag is None:
            return False
        self._end_drag()
        return True

    def dragging(self) -> bool:
        """Whether a bar drag is in progress."""
        return self._drag is not None

    def _end_drag(self) -> None:
        had = self._drag is not None
        self._drag = None
        self.autoscroll.stop()
        self.feedback.hide()
        if had:
            self._give_back_focus()
            self._view.canvas.setCursor(Qt.CursorShape.ArrowCursor)
            self._view.canvas.update()

    def _give_back_focus(self) -> None:
        """The sheet (or whatever had it) gets the keyboard back once a drag is over."""
        focus, self._focus = self._focus, None
        if focus is not None and self._view.canvas.hasFocus():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _rows_scrolled(self, drag: _Drag) -> int:
        """Pixels the rows scrolled since the press (a link drag scrolls them)."""
        return self._view.tree.verticalScrollBar().value() - drag.press_v

    def _on_autoscroll(self) -> None:
        drag = self._drag
        if drag is not None:
            self._follow(drag)

    def _follow(self, drag: _Drag) -> None:
        """Work out what the drag would set now; show it beside the cursor."""
        if drag.gesture is Gesture.PENDING:
            self.feedback.hide()
        else:
            drag.proposal = self._propose(drag)
            self.feedback.show_at(drag.pos, drag.proposal.html())
            if drag.gesture is Gesture.LINK:
                self._view.canvas.setCursor(link_cursor(drag.proposal))
        self._view.canvas.update()

    def _propose(self, drag: _Drag) -> Proposal:
        view = self._view
        x = drag.pos.x() + view.hscroll
        proposer = drag.proposer
        step = drag_step(view.scale)
        if drag.gesture is Gesture.MOVE:
            press = view.scale.moment_at(drag.press_x)
            return proposer.move(press, view.scale.moment_at(x), step)
        if drag.gesture is Gesture.RESIZE:
            press = view.scale.moment_at(drag.press_x)
            return proposer.resize(press, view.scale.moment_at(x), step)
        if drag.gesture is Gesture.PROGRESS:
            # The % whose complete-through moment is at x, on the task's working time (as its
            # bar's progress edge is drawn); none when the task is no longer drawn: its %
            # as it is, which sets nothing.
            percent = view.chart_painter().percent_at(drag.uid, x)
            return proposer.progress(proposer.task.percent_complete if percent is None else percent)
        target = view.bar_at(drag.pos)
        return proposer.link(target.uid if target is not None else None)

    def _drop(self, drag: _Drag) -> None:
        """Run the finished drag's undo command (a refused drop says why)."""
        view = self._view
        try:
            proposal = self._propose(drag)
            if proposal.build is not None:
                execute(view.document, proposal.build())
            elif proposal.refused:
                view.sig_error.emit(proposal.refused)
        except AppError as exc:
            view.sig_error.emit(str(exc))

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

    def paint_drag(self, p: QPainter) -> None:
        """Outline where the dragged bar would go (nothing when no drag is in progress).

        A move or resize outlines the dates the drop sets (the feedback box's),
        not the raw mouse offset.
        """
        drag = self._drag
        if drag is None:
            return
        view = self._view
        g = drag.geom
        dv = self._rows_scrolled(drag)
        top, bottom = g.top - dv, g.bottom - dv
        x = drag.pos.x() + view.hscroll
        pen = QPen(QColor(30, 30, 30), 1, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        proposal = drag.proposal
        if drag.gesture in (Gesture.MOVE, Gesture.RESIZE):
            x0, x1 = g.x0, g.x1
            if proposal is not None and proposal.start is not None:
                x0 = view.scale.x_of(proposal.start)
                if proposal.finish is not None:
                    x1 = view.scale.x_of(proposal.finish)
            # a light fill: a bare dashed outline was lost among bar labels and arrows
            p.setBrush(GHOST_FILL)
            p.drawRect(QRectF(x0, top, max(x1 - x0, 1), bottom - top))
        elif drag.gesture is Gesture.PROGRESS:
            p.drawLine(QPointF(x, top), QPointF(x, bottom))
        elif drag.gesture is Gesture.LINK and not (proposal is not None and proposal.refused):
            # no line to a bar the link may not reach: the forbidden cursor says so
            p.drawLine(QPointF(g.x1, (top + bottom) / 2), QPointF(x, drag.pos.y()))
