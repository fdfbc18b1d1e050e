"""Dragging a bar to the chart's edge scrolls the chart so the drag goes on (as in MS Project).

Before, the chart stood still: a task could be moved or stretched only as far
as the chart showed, and a link could not reach a row below the last one
in view.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.ui.app import Session
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.gantt.commands import move_task_command
from app.ui.gantt.snapping import DAY, steps_between
from app.ui.gantt.view import GanttView
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

WORKDAY = 480


def _window(qtbot, plan: Plan) -> MainWindow:
    win = MainWindow(Document(plan), Session(Settings()))
    qtbot.addWidget(win)
    win.resize(1400, 700)
    win.show()
    win.show_view("gantt")
    return win


@pytest.fixture
def window(qtbot):
    win = _window(qtbot, build_plan())
    yield win
    win.close()


def _geom(gantt: GanttView, uid: int):
    row = next(r for r in gantt.visible_rows() if r.uid == uid)
    return gantt.chart_painter().geometry(row)


def _point(gantt: GanttView, x: float, y: float) -> QPoint:
    return QPoint(round(x - gantt.hscroll), round(y))


def _press_and_hold_at(qtbot, gantt: GanttView, start: QPoint, end: QPoint) -> None:
    """Press at ``start`` and move the mouse in steps to ``end``, keeping the button down."""
    canvas = gantt.canvas
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 9):
        p = start + (end - start) * (i / 8)
        qtbot.mouseMove(canvas, QPoint(round(p.x()), round(p.y())))


def _release(qtbot, gantt: GanttView, at: QPoint) -> None:
    qtbot.mouseRelease(gantt.canvas, Qt.MouseButton.LeftButton, pos=at)


def test_moving_a_bar_to_the_right_edge_scrolls_and_keeps_moving_it(window, qtbot):
    gantt = window.gantt
    gantt.set_zoom("days")
    gantt.scroll_to_task(5)  # Code: 5d from Tue 10 Mar
    doc = window.document
    before = doc.schedule[5].start
    g = _geom(gantt, 5)
    press = _point(gantt, (g.x0 + g.x1) / 2, g.mid_y)
    press_x = press.x() + gantt.hscroll
    edge = QPoint(gantt.canvas.width() - 4, press.y())
    scrolled_from = gantt.hscroll
    _press_and_hold_at(qtbot, gantt, press, edge)
    # the mouse rests in the edge zone: the chart scrolls on by itself
    qtbot.waitUntil(lambda: gantt.hscroll > scrolled_from + 20 * gantt.scale.px_per_day)
    _release(qtbot, gantt, edge)
    release_x = edge.x() + gantt.hscroll
    assert not gantt.mouse.autoscroll.is_active()  # the release stops it
    days = steps_between(gantt.scale.moment_at(press_x), gantt.scale.moment_at(release_x), DAY)
    mouse_days = (edge.x() - press.x()) / gantt.scale.px_per_day
    assert days > mouse_days + 20  # farther than the mouse went: the scroll carried it
    task = doc.plan.task(5)
    assert task.constraint_date is not None
    assert task.constraint_date.date() >= (before + timedelta(days=days)).date()
    assert task.constraint_date - (before + timedelta(days=days)) < timedelta(days=3)  # weekend
    assert doc.schedule[5].start == task.constraint_date
    assert doc.undo_stack.count() == 1


def test_stretching_a_bar_past_the_right_edge_lengthens_it_by_what_scrolled(window, qtbot):
    gantt = window.gantt
    gantt.set_zoom("days")
    gantt.scroll_to_task(5)
    doc = window.document
    g = _geom(gantt, 5)
    press = _point(gantt, g.x1 - 1, g.mid_y)
    scrolled_from = gantt.hscroll
    beyond = QPoint(gantt.canvas.width() + 10, press.y())  # past the edge: faster
    _press_and_hold_at(qtbot, gantt, press, beyond)
    qtbot.waitUntil(lambda: gantt.hscroll > scrolled_from + 30 * gantt.scale.px_per_day)
    _release(qtbot, gantt, beyond)
    calendar_days = (gantt.hscroll - scrolled_from) / gantt.scale.px_per_day
    # five working days in each seven the chart scrolled by, give or take a weekend
    added = doc.plan.task(5).duration_minutes / WORKDAY - 5
    assert added >= calendar_days * 5 / 7 - 2
    assert doc.undo_stack.count() == 1


def test_moving_a_bar_to_the_left_edge_scrolls_back(window, qtbot):
    doc = window.document
    execute(doc, move_task_command(doc, 7, datetime(2026, 5, 4, 8, 0)))  # Go-live, no links after
    gantt = window.gantt
    gantt.set_zoom("days")
    gantt.scroll_to_task(7)
    gantt.hbar.setValue(gantt.hscroll - 400)  # the milestone 400 px into the chart
    g = _geom(gantt, 7)
    press = _point(gantt, (g.x0 + g.x1) / 2, g.mid_y)
    scrolled_from = gantt.hscroll
    edge = QPoint(3, press.y())
    _press_and_hold_at(qtbot, gantt, press, edge)
    qtbot.waitUntil(lambda: gantt.hscroll < scrolled_from - 15 * gantt.scale.px_per_day)
    _release(qtbot, gantt, edge)
    moved = datetime(2026, 5, 4, 8, 0) - doc.plan.task(7).constraint_date
    mouse_days = (press.x() - edge.x()) / gantt.scale.px_per_day
    assert moved.days > mouse_days + 13  # (a weekend landing starts on the Monday after)


def test_dragging_progress_to_the_edge_scrolls_too(window, qtbot):
    gantt = window.gantt
    gantt.set_zoom("hours")  # Code's bar is far wider than the chart here
    gantt.scroll_to_task(5)
    g = _geom(gantt, 5)
    press = _point(gantt, g.x0 + 1, g.mid_y)  # no progress yet: the left end grabs it
    scrolled_from = gantt.hscroll
    edge = QPoint(gantt.canvas.width() - 2, press.y())
    _press_and_hold_at(qtbot, gantt, press, edge)
    qtbot.waitUntil(lambda: gantt.hscroll > scrolled_from + 300)
    _release(qtbot, gantt, edge)
    # the % whose complete-through (working time, s27pb) is where the drag ended, scrolled
    painter = gantt.chart_painter()
    reached = painter.percent_at(5, edge.x() + gantt.hscroll)
    without_scroll = painter.percent_at(5, edge.x() + scrolled_from)
    assert reached is not None
    assert without_scroll is not None
    assert window.document.plan.task(5).percent_complete == pytest.approx(min(reached, 100), abs=1)
    # the scroll carried the drag on: it ends later than the edge showed before scrolling
    # (the % can stay where it was while the later moment is a night or a weekend)
    assert painter.scale.moment_at(edge.x() + gantt.hscroll) > painter.scale.moment_at(
        edge.x() + scrolled_from
    )
    assert window.document.plan.task(5).percent_complete >= without_scroll


def _tall_plan(n: int) -> Plan:
    plan = Plan(project=Project(name="Tall", start=datetime(2026, 3, 2, 8, 0)))
    for uid in range(1, n + 1):
        plan.append_task(Task(uid, f"Task {uid}", 1, duration_minutes=5 * WORKDAY))
    return plan


def test_a_link_dragged_to_the_bottom_edge_scrolls_to_rows_out_of_view(qtbot):
    win = _window(qtbot, _tall_plan(80))
    gantt = win.gantt
    gantt.set_zoom("days")
    gantt.scroll_to_task(1)
    assert 80 not in [r.uid for r in gantt.visible_rows()]
    g = _geom(gantt, 1)
    middle = (g.x0 + g.x1) / 2
    press = _point(gantt, middle, g.mid_y)
    bottom = QPoint(press.x(), gantt.canvas.height() - 3)
    vbar = win.tree.verticalScrollBar()
    _press_and_hold_at(qtbot, gantt, press, bottom)
    qtbot.waitUntil(lambda: vbar.value() == vbar.maximum() > 0)
    target = _geom(gantt, 80)  # in view now
    over = _point(gantt, middle, target.mid_y)
    qtbot.mouseMove(gantt.canvas, over)
    _release(qtbot, gantt, over)
    assert win.document.plan.find_link(1, 80) is not None
    win.close()


def test_a_link_dragged_to_the_top_edge_scrolls_up(qtbot):
    win = _window(qtbot, _tall_plan(80))
    gantt = win.gantt
    gantt.set_zoom("days")
    gantt.scroll_to_task(1)
    vbar = win.tree.verticalScrollBar()
    vbar.setValue(vbar.maximum())
    g = _geom(gantt, 80)
    middle = (g.x0 + g.x1) / 2
    press = _point(gantt, middle, g.mid_y)
    top = QPoint(press.x(), gantt.header_height() + 2)
    _press_and_hold_at(qtbot, gantt, press, top)
    qtbot.waitUntil(lambda: vbar.value() == 0)
    over = _point(gantt, middle, _geom(gantt, 2).mid_y)
    qtbot.mouseMove(gantt.canvas, over)
    _release(qtbot, gantt, over)
    assert win.document.plan.find_link(80, 2) is not None
    win.close()
