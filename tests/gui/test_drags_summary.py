"""Dragging a summary bar moves the phase: its subtasks start no earlier than the drop, as
in MS Project (a Start No Earlier Than constraint on the summary); before, nothing happened."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt

from app.domain.task import ConstraintType
from app.ui.app import Session
from app.ui.document import Document
from app.ui.gantt.view import GanttView
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(qtbot):
    plan = build_plan()
    plan.remove_link(3, 5)  # Build's subtasks are held by nothing but the project start
    win = MainWindow(Document(plan), Session(Settings()))
    qtbot.addWidget(win)
    win.resize(1400, 700)
    with qtbot.waitExposed(win):
        win.show()
    yield win
    win.close()


def _geom(gantt: GanttView, uid: int):
    row = next(r for r in gantt.visible_rows() if r.uid == uid)
    return gantt.chart_painter().geometry(row)


def _drag_right(qtbot, window, uid: int, days: int) -> None:
    gantt = window.gantt
    geom = _geom(gantt, uid)
    y = round((geom.top + geom.bottom) / 2)
    x0 = round((geom.x0 + geom.x1) / 2 - gantt.hscroll)
    day = gantt.scale.x_of(datetime(2026, 3, 3)) - gantt.scale.x_of(datetime(2026, 3, 2))
    x1 = round(x0 + days * day)
    canvas = gantt.canvas
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(x0, y))
    for i in range(1, 5):
        qtbot.mouseMove(canvas, QPoint(round(x0 + (x1 - x0) * i / 4), y))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(x1, y))


def test_a_dragged_summary_takes_its_subtasks_along_as_one_undo_step(qtbot, window):
    doc = window.document
    before = {u: doc.schedule.get(u).start for u in (4, 5, 6)}
    assert before[5] == datetime(2026, 3, 2, 8, 0)
    _drag_right(qtbot, window, 4, 7)
    build = doc.plan.task(4)
    assert build.constraint_type is ConstraintType.SNET
    assert build.constraint_date == datetime(2026, 3, 9, 8, 0)
    assert doc.schedule.get(5).start == datetime(2026, 3, 9, 8, 0)
    assert doc.schedule.get(6).start > doc.schedule.get(5).start  # Test still follows Code
    assert doc.undo_stack.undoText() == "Move task 'Build'"
    doc.undo_stack.undo()
    assert {u: doc.schedule.get(u).start for u in (4, 5, 6)} == before


def test_the_box_says_the_subtasks_move_and_a_drop_before_the_project_is_refused(qtbot, window):
    from app.ui.gantt.proposals import BarProposer

    doc = window.document
    start = doc.schedule.get(4).start
    day = timedelta(days=1)
    later = BarProposer(doc, 4).move(start, start + 2 * day, day)
    assert later.lines[1:] == (
        "Start No Earlier Than: Wed 2026-03-04 08:00",
        "Its subtasks move with it",
    )
    before = BarProposer(doc, 4).move(start, start - 3 * day, day)
    assert before.build is None
    assert "before the project start" in before.refused
