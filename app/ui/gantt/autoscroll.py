"""Scrolling the chart while a drag holds the mouse near or past its edge, as MS Project does.

Without it a bar could only be dragged as far as the chart showed: moving a
task three months on meant dropping, scrolling and dragging again, and a
link could not reach a row below the sheet's last visible one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QTimer

if TYPE_CHECKING:
    from app.ui.gantt.view import GanttView

ZONE = 24  # pixels inside an edge where a drag starts scrolling
INTERVAL_MS = 30  # one scroll step this often while the mouse stays in a zone


def _speed(depth: float) -> int:
    """Pixels per step: faster the deeper the mouse is in the zone (or past the edge)."""
    return int(4 + max(depth, 0.0) * 0.75)


class AutoScroll:
    """Steps the chart's scroll bars while a drag holds the mouse in an edge zone.

    ``on_scroll`` runs after each step: the mouse has not moved, but the
    date (or row) under it has.
    """

    def __init__(self, view: GanttView, on_scroll: Callable[[], None]) -> None:
        self._view = view
        self._on_scroll = on_scroll
        self._pos: QPointF | None = None
        self._vertical = False
        self._timer = QTimer(view)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._step)

    def is_active(self) -> bool:
        """Whether the chart is scrolling by itself now."""
        return self._timer.isActive()

    def follow(self, pos: QPointF, vertical: bool) -> None:
        """The drag's mouse is at canvas ``pos``: scroll while that is in a zone.

        ``vertical``: also scroll the rows (a link drag looks for its target row).
        """
        self._pos = pos
        self._vertical = vertical
        if self._velocity() != (0, 0):
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()

    def stop(self) -> None:
        """The drag ended: no more scrolling."""
        self._timer.stop()
        self._pos = None

    def _velocity(self) -> tuple[int, int]:
        pos = self._pos
        if pos is None:
            return 0, 0
        canvas = self._view.canvas
        dx = dy = 0
        if pos.x() < ZONE:
            dx = -_speed(ZONE - pos.x())
        elif pos.x() > canvas.width() - ZONE:
            dx = _speed(pos.x() - (canvas.width() - ZONE))
        if self._vertical:
            top = self._view.header_height()
            if pos.y() < top + ZONE:
                dy = -_speed(top + ZONE - pos.y())
            elif pos.y() > canvas.height() - ZONE:
                dy = _speed(pos.y() - (canvas.height() - ZONE))
        return dx, dy

    def _step(self) -> None:
        dx, dy = self._velocity()
        view = self._view
        moved = False
        if dx:
            bar = view.hbar
            if bar.value() + dx > bar.maximum():
                bar.setMaximum(bar.value() + dx)  # room past the plan's end, as far as dragged
            before = bar.value()
            bar.setValue(bar.value() + dx)
            moved = bar.value() != before
        if dy:
            bar = view.tree.verticalScrollBar()
            before = bar.value()
            bar.setValue(bar.value() + dy)
            moved = moved or bar.value() != before
        if moved:
            self._on_scroll()
        elif not dx and not dy:
            self._timer.stop()
