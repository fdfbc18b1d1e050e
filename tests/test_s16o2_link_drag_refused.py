"""A link dragged in the Gantt to a bar the plan refuses it shows as not allowed.

Dragging Specs' bar onto Design's (its own summary) showed a link being made, the
chain cursor and the dashed line, then the drop failed with "cannot link summary
'Design' to its own subtask 'Specs'". The preview now says so before the drop, as
it did for tasks already linked: the reason in the box, the forbidden cursor and no
line; the drop still changes nothing and says why.
"""

from __future__ import annotations

import re
from html import unescape

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from app.domain.errors import PlanError
from app.domain.link import Link, LinkType
from app.ui.app import Session
from app.ui.document import Document
from app.ui.gantt.view import GanttView
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(qtbot):
    win = MainWindow(Document(build_plan()), Session(Settings()))
    qtbot.addWidget(win)
    win.resize(1400, 700)
    win.show()
    win.show_view("gantt")
    yield win
    win.close()


def _geom(gantt: GanttView, uid: int):
    row = next(r for r in gantt.visible_rows() if r.uid == uid)
    return gantt.chart_painter().geometry(row)


def _at(gantt: GanttView, x: float, y: float) -> QPoint:
    return QPoint(round(x - gantt.hscroll), round(y))


def _drag_to(qtbot, gantt: GanttView, source: int, target: int) -> QPoint:
    """Press source's bar and hold the mouse over target's; returns where it is held."""
    a, b = _geom(gantt, source), _geom(gantt, target)
    press = _at(gantt, (a.x0 + a.x1) / 2, a.mid_y)
    over = _at(gantt, (b.x0 + b.x1) / 2, b.mid_y)
    qtbot.mousePress(gantt.canvas, Qt.MouseButton.LeftButton, pos=press)
    for i in range(1, 5):
        p = press + (over - press) * (i / 4)
        qtbot.mouseMove(gantt.canvas, QPoint(round(p.x()), round(p.y())))
    return over


def _box(gantt: GanttView) -> list[str]:
    box = gantt.mouse.feedback
    assert box.isVisible()
    return [unescape(re.sub(r"<[^>]+>", "", line)) for line in box.text().split("<br>")]


def _drag_ink(gantt: GanttView) -> int:
    """Dark pixels the drag's own drawing (outline, line) puts on a blank image."""
    image = QImage(gantt.canvas.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    try:
        p.translate(-gantt.hscroll, 0)
        gantt.mouse.paint_drag(p)
    finally:
        p.end()
    return sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixelColor(x, y).lightness() < 200
    )


@pytest.fixture
def gantt(window):
    view = window.gantt
    view.set_zoom("days")
    view.scroll_to_task(1)
    return view


def test_a_subtask_dragged_to_its_own_summary_is_shown_refused(window, gantt, qtbot):
    errors: list[str] = []
    gantt.sig_error.connect(errors.append)
    over = _drag_to(qtbot, gantt, 2, 1)  # Specs onto Design, its summary
    lines = _box(gantt)
    assert lines[:3] == ["Finish-to-Start Link", "From: Specs", "To: Design"]
    assert lines[3] == "Cannot link summary 'Design' to its own subtask 'Specs'"
    assert gantt.canvas.cursor().shape() == Qt.CursorShape.ForbiddenCursor
    assert _drag_ink(gantt) == 0  # no line to the summary
    qtbot.mouseRelease(gantt.canvas, Qt.MouseButton.LeftButton, pos=over)
    assert window.document.plan.find_link(2, 1) is None
    assert errors == ["Cannot link summary 'Design' to its own subtask 'Specs'"]
    assert window.document.undo_stack.count() == 0


def test_a_link_closing_a_cycle_is_shown_refused(window, gantt, qtbot):
    over = _drag_to(qtbot, gantt, 6, 2)  # Test onto Specs: Specs leads to Test already
    assert _box(gantt)[3].startswith("Link would close a cycle")
    assert gantt.canvas.cursor().shape() == Qt.CursorShape.ForbiddenCursor
    qtbot.mouseRelease(gantt.canvas, Qt.MouseButton.LeftButton, pos=over)
    assert window.document.plan.find_link(6, 2) is None


def test_tasks_already_linked_show_the_same_way(gantt, qtbot):
    _drag_to(qtbot, gantt, 2, 3)  # Specs -> Review exists
    assert _box(gantt)[3] == "These tasks are already linked"
    assert gantt.canvas.cursor().shape() == Qt.CursorShape.ForbiddenCursor
    gantt.mouse.cancel()


def test_a_link_the_plan_takes_keeps_the_chain_and_the_line(window, gantt, qtbot):
    over = _drag_to(qtbot, gantt, 2, 6)  # Specs onto Test
    assert _box(gantt) == ["Finish-to-Start Link", "From: Specs", "To: Test"]
    assert gantt.canvas.cursor().shape() == Qt.CursorShape.DragLinkCursor
    assert _drag_ink(gantt) > 0
    qtbot.mouseRelease(gantt.canvas, Qt.MouseButton.LeftButton, pos=over)
    assert window.document.plan.find_link(2, 6) is not None


def test_check_link_refuses_as_add_link_does_and_changes_nothing():
    plan = build_plan()
    links = list(plan.links)
    with pytest.raises(PlanError, match="own subtask"):
        plan.check_link(Link(2, 1, LinkType.FS))
    with pytest.raises(PlanError, match="cycle"):
        plan.check_link(Link(6, 2, LinkType.FS))
    plan.check_link(Link(2, 6, LinkType.FS))
    assert plan.links == links
