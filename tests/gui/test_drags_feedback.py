"""While a bar is dragged a box near the cursor says what the drop will set, as in MS Project.

Before, a drag showed only a dashed outline: the new dates appeared after
the release, so a user moving a task to "the 16th" could not tell whether it
would land on the 15th or the 17th. The box shows the task, the new Start,
Finish and Duration (or % complete, or the link being made), and the drop
then sets exactly those.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from html import unescape

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from app.domain.link import Link, LinkType
from app.domain.task import ConstraintType
from app.ui.app import Session
from app.ui.document import Document
from app.ui.gantt.tooltip import DATE_FORMAT
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


def _hold(qtbot, gantt: GanttView, start: QPoint, end: QPoint) -> None:
    canvas = gantt.canvas
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 5):
        p = start + (end - start) * (i / 4)
        qtbot.mouseMove(canvas, QPoint(round(p.x()), round(p.y())))


def _release(qtbot, gantt: GanttView, at: QPoint) -> None:
    qtbot.mouseRelease(gantt.canvas, Qt.MouseButton.LeftButton, pos=at)


def _box(gantt: GanttView) -> list[str]:
    box = gantt.mouse.feedback
    assert box.isVisible()
    return [unescape(re.sub(r"<[^>]+>", "", line)) for line in box.text().split("<br>")]


def _field(lines: list[str], name: str) -> str:
    return next(line.split(": ", 1)[1] for line in lines if line.startswith(name + ": "))


def _date(text: str) -> datetime:
    return datetime.strptime(text, DATE_FORMAT)


@pytest.mark.parametrize("zoom", ["hours", "days", "weeks", "months"])
def test_a_move_shows_the_dates_it_then_sets(window, qtbot, zoom):
    gantt = window.gantt
    gantt.set_zoom(zoom)
    gantt.scroll_to_task(7)  # Go-live: a milestone after Test, nothing after it
    g = _geom(gantt, 7)
    press = _at(gantt, (g.x0 + g.x1) / 2, g.mid_y)
    end = press + QPoint(97, 0)
    _hold(qtbot, gantt, press, end)
    lines = _box(gantt)
    assert lines[0] == "Go-live"
    start, finish = _date(_field(lines, "Start")), _date(_field(lines, "Finish"))
    box = gantt.mouse.feedback.geometry()
    assert box.contains(end + QPoint(20, 24)) or box.right() < end.x()  # beside the cursor
    _release(qtbot, gantt, end)
    assert not gantt.mouse.feedback.isVisible()
    times = window.document.schedule[7]
    assert (times.start, times.finish) == (start, finish)
    assert times.start > datetime(2026, 3, 16, 17, 0)


def test_a_resize_shows_the_new_finish_and_duration(window, qtbot):
    gantt = window.gantt
    gantt.set_zoom("days")
    gantt.scroll_to_task(5)  # Code: 5d
    g = _geom(gantt, 5)
    press = _at(gantt, g.x1 - 1, g.mid_y)
    end = press + QPoint(round(3 * gantt.scale.px_per_day), 0)
    _hold(qtbot, gantt, press, end)
    lines = _box(gantt)
    assert lines[0] == "Code"
    assert _field(lines, "Duration") == "6d"  # Fri, then Mon: a weekend in between
    finish = _date(_field(lines, "Finish"))
    _release(qtbot, gantt, end)
    assert window.document.schedule[5].finish == finish
    assert window.document.plan.task(5).duration_minutes == 6 * 480


def test_a_progress_drag_shows_the_percentage_it_sets(window, qtbot):
    gantt = window.gantt
    gantt.set_zoom("days")
    gantt.scroll_to_task(5)
    g = _geom(gantt, 5)
    press = _at(gantt, g.x0 + 1, g.mid_y)
    # Code: Fri 6 .. Thu 12 Mar, five 8h days (8-12, 13-17). Dropped at Mon 9 Mar 12:00 the
    # work is complete through there: Fri and Mon's morning, 1.5 of 5 days = 30 %
    end = _at(gantt, gantt.scale.x_of(datetime(2026, 3, 9, 12, 0)), g.mid_y)
    _hold(qtbot, gantt, press, end)
    lines = _box(gantt)
    percent = float(_field(lines, "% Complete").rstrip("%"))
    assert 27 < percent < 33
    through = _date(_field(lines, "Complete through"))
    assert datetime(2026, 3, 9, 10, 0) < through <= datetime(2026, 3, 9, 13, 0)
    _release(qtbot, gantt, end)
    assert window.document.plan.task(5).percent_complete == percent


def test_a_progress_drag_dropped_on_a_weekend_sets_the_work_done_by_friday(window, qtbot):
    gantt = window.gantt
    gantt.set_zoom("days")
    gantt.scroll_to_task(5)
    g = _geom(gantt, 5)
    press = _at(gantt, g.x0 + 1, g.mid_y)
    end = _at(gantt, gantt.scale.x_of(datetime(2026, 3, 8, 12, 0)), g.mid_y)  # Sunday
    _hold(qtbot, gantt, press, end)
    percent = float(_field(_box(gantt), "% Complete").rstrip("%"))
    _release(qtbot, gantt, end)
    assert percent == 20  # Friday's day of five: no work on Saturday or Sunday
    assert window.document.plan.task(5).percent_complete == 20


def test_a_link_drag_names_both_tasks(window, qtbot):
    gantt = window.gantt
    gantt.set_zoom("days")
    gantt.scroll_to_task(2)
    a, b = _geom(gantt, 2), _geom(gantt, 6)
    press = _at(gantt, (a.x0 + a.x1) / 2, a.mid_y)
    between = _at(gantt, (a.x0 + a.x1) / 2, (a.mid_y + b.mid_y) / 2 + 4)  # over no bar
    _hold(qtbot, gantt, press, between)
    assert _box(gantt) == ["Finish-to-Start Link", "From: Specs", "To: "]
    over = _at(gantt, (b.x0 + b.x1) / 2, b.mid_y)
    qtbot.mouseMove(gantt.canvas, over)
    assert _box(gantt) == ["Finish-to-Start Link", "From: Specs", "To: Test"]
    _release(qtbot, gantt, over)
    assert window.document.plan.find_link(2, 6) is not None


def test_a_move_its_links_hold_says_so_and_shows_where_it_stays(window, qtbot):
    gantt = window.gantt
    gantt.set_zoom("days")
    gantt.scroll_to_task(6)  # Test: right after Code
    g = _geom(gantt, 6)
    press = _at(gantt, (g.x0 + g.x1) / 2, g.mid_y)
    end = press - QPoint(round(2 * gantt.scale.px_per_day), 0)
    _hold(qtbot, gantt, press, end)
    lines = _box(gantt)
    assert "Held there by its links" in lines
    start = _date(_field(lines, "Start"))
    _release(qtbot, gantt, end)
    assert window.document.schedule[6].start == start == datetime(2026, 3, 13, 8, 0)


def test_a_move_before_the_project_start_says_it_is_refused(window, qtbot):
    gantt = window.gantt
    gantt.set_zoom("days")
    gantt.scroll_to_task(2)
    g = _geom(gantt, 2)
    press = _at(gantt, (g.x0 + g.x1) / 2, g.mid_y)
    end = press - QPoint(round(3 * gantt.scale.px_per_day), 0)
    _hold(qtbot, gantt, press, end)
    assert any("before the project start" in line for line in _box(gantt))
    # the reason wraps: on one line it stretched the box across most of the chart
    assert gantt.mouse.feedback.width() <= 360
    _release(qtbot, gantt, end)
    assert window.document.undo_stack.count() == 0


def test_escape_hides_the_box_with_the_drag(window, qtbot):
    gantt = window.gantt
    gantt.set_zoom("days")
    gantt.scroll_to_task(5)
    g = _geom(gantt, 5)
    press = _at(gantt, (g.x0 + g.x1) / 2, g.mid_y)
    _hold(qtbot, gantt, press, press + QPoint(60, 0))
    assert gantt.mouse.feedback.isVisible()
    qtbot.keyClick(gantt.canvas, Qt.Key.Key_Escape)
    assert not gantt.mouse.feedback.isVisible()
    _release(qtbot, gantt, press + QPoint(60, 0))
    assert window.document.undo_stack.count() == 0


def _open(qtbot, plan) -> MainWindow:
    win = MainWindow(Document(plan), Session(Settings()))
    qtbot.addWidget(win)
    win.resize(1400, 700)
    win.show()
    win.show_view("gantt")
    return win


def test_a_started_task_is_not_moved_and_the_box_says_why(qtbot):
    plan = build_plan()
    started = datetime(2026, 3, 2, 8, 0)
    plan.update_task(replace(plan.task(2), percent_complete=50.0, actual_start=started))
    win = _open(qtbot, plan)
    gantt = win.gantt
    errors: list[str] = []
    gantt.sig_error.connect(errors.append)
    gantt.set_zoom("days")
    gantt.scroll_to_task(2)
    g = _geom(gantt, 2)
    press = _at(gantt, g.x0 + (g.x1 - g.x0) * 0.75, g.mid_y)
    end = press + QPoint(round(3 * gantt.scale.px_per_day), 0)
    _hold(qtbot, gantt, press, end)
    assert any("started on" in line for line in _box(gantt))
    _release(qtbot, gantt, end)
    # the pin used to be set, an undo step that changed nothing on the chart
    assert win.document.undo_stack.count() == 0
    assert win.document.schedule[2].start == started
    assert errors
    assert "started on" in errors[-1]
    win.close()


def test_a_leveled_task_shows_where_its_delay_puts_it(qtbot):
    plan = build_plan()
    plan.update_task(replace(plan.task(2), leveling_delay_minutes=480))  # starts Tue 3 Mar
    win = _open(qtbot, plan)
    gantt = win.gantt
    gantt.set_zoom("days")
    gantt.scroll_to_task(2)
    g = _geom(gantt, 2)
    press = _at(gantt, (g.x0 + g.x1) / 2, g.mid_y)
    end = press + QPoint(round(7 * gantt.scale.px_per_day), 0)
    _hold(qtbot, gantt, press, end)
    lines = _box(gantt)
    start, finish = _date(_field(lines, "Start")), _date(_field(lines, "Finish"))
    _release(qtbot, gantt, end)
    times = win.document.schedule[2]
    assert (times.start, times.finish) == (start, finish)
    assert start == datetime(2026, 3, 11, 8, 0)  # a week on, and its day of delay after that
    win.close()


def test_no_hover_text_covers_the_box_while_dragging(window, qtbot, monkeypatch):
    gantt = window.gantt
    gantt.set_zoom("days")
    gantt.scroll_to_task(5)
    asked: list[int] = []
    monkeypatch.setattr(gantt, "tooltip_text", lambda uid: asked.append(uid) or "hover")
    g = _geom(gantt, 5)
    press = _at(gantt, (g.x0 + g.x1) / 2, g.mid_y)

    def rest_mouse(at: QPoint) -> None:
        event = QHelpEvent(QEvent.Type.ToolTip, at, gantt.canvas.mapToGlobal(at))
        QApplication.sendEvent(gantt.canvas, event)

    rest_mouse(press)
    assert asked == [5]  # hovering a bar: its text
    _hold(qtbot, gantt, press, press + QPoint(40, 0))
    rest_mouse(press + QPoint(40, 0))  # over the same bar's old place, mid-drag
    # the hover text with the old dates popped up over the drag's box
    assert asked == [5]
    _release(qtbot, gantt, press + QPoint(40, 0))


def test_zooming_mid_drag_drops_the_drag(window, qtbot):
    gantt = window.gantt
    gantt.set_zoom("days")
    gantt.scroll_to_task(5)
    g = _geom(gantt, 5)
    press = _at(gantt, (g.x0 + g.x1) / 2, g.mid_y)
    end = press + QPoint(90, 0)
    _hold(qtbot, gantt, press, end)
    wheel = QWheelEvent(
        QPointF(end),
        QPointF(gantt.canvas.mapToGlobal(end)),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(gantt.canvas, wheel)
    assert gantt.zoom_level() == "hours"
    assert not gantt.mouse.feedback.isVisible()
    _release(qtbot, gantt, end)
    # the pixels measured on the days scale moved the task by hours' worth of days
    assert window.document.undo_stack.count() == 0


def test_an_undo_by_key_mid_drag_drops_the_drag(window, qtbot):
    gantt = window.gantt
    doc = window.document
    gantt.set_zoom("days")
    gantt.scroll_to_task(5)
    g = _geom(gantt, 5)
    end_grip = _at(gantt, g.x1 - 1, g.mid_y)
    _hold(qtbot, gantt, end_grip, end_grip + QPoint(60, 0))
    qtbot.mouseRelease(gantt.canvas, Qt.MouseButton.LeftButton, pos=end_grip + QPoint(60, 0))
    assert doc.undo_stack.count() == 1  # Code stretched
    g = _geom(gantt, 5)
    middle = _at(gantt, (g.x0 + g.x1) / 2, g.mid_y)
    _hold(qtbot, gantt, middle, middle + QPoint(90, 0))
    doc.undo_stack.undo()  # Ctrl+Z while the mouse is still down
    assert not gantt.mouse.dragging()
    _release(qtbot, gantt, middle + QPoint(90, 0))
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.index() == 0  # nothing new pushed over the undone step


def test_a_task_its_finish_to_finish_link_holds_grows_at_its_start(qtbot):
    plan = build_plan()
    plan.remove_link(5, 6)
    plan.add_link(Link(5, 6, LinkType.FF))  # Test ends with Code: Wed 11 .. Thu 12 Mar
    win = _open(qtbot, plan)
    gantt = win.gantt
    gantt.set_zoom("days")
    gantt.scroll_to_task(6)
    assert win.document.schedule[6].start == datetime(2026, 3, 11, 8, 0)
    g = _geom(gantt, 6)
    press = _at(gantt, g.x1 - 1, g.mid_y)
    end = press + QPoint(round(4 * gantt.scale.px_per_day), 0)  # to Mon 16: 4d from Wed 11
    _hold(qtbot, gantt, press, end)
    lines = _box(gantt)
    assert _field(lines, "Duration") == "4d"
    # the box showed the finish on Monday; the link keeps the finish, the start moves
    assert _date(_field(lines, "Start")) == datetime(2026, 3, 9, 8, 0)
    assert _date(_field(lines, "Finish")) == datetime(2026, 3, 12, 17, 0)
    _release(qtbot, gantt, end)
    times = win.document.schedule[6]
    assert (times.start, times.finish) == (datetime(2026, 3, 9, 8, 0), datetime(2026, 3, 12, 17, 0))
    win.close()


def test_a_pinned_task_dragged_before_its_predecessor_ends_shows_where_it_stays(qtbot):
    plan = build_plan()
    friday = datetime(2026, 3, 13, 8, 0)  # Test's start: right after Code
    plan.update_task(
        replace(plan.task(6), constraint_type=ConstraintType.SNET, constraint_date=friday)
    )
    win = _open(qtbot, plan)
    gantt = win.gantt
    gantt.set_zoom("days")
    gantt.scroll_to_task(6)
    g = _geom(gantt, 6)
    press = _at(gantt, (g.x0 + g.x1) / 2, g.mid_y)
    end = press - QPoint(round(2 * gantt.scale.px_per_day), 0)
    _hold(qtbot, gantt, press, end)
    lines = _box(gantt)
    assert "Held there by its links" in lines
    assert _date(_field(lines, "Start")) == friday  # not the Wednesday under the mouse
    _release(qtbot, gantt, end)
    assert win.document.schedule[6].start == friday
    win.close()


def test_a_manual_task_moves_with_its_working_days(qtbot):
    plan = build_plan()
    specs = plan.task(2)
    plan.update_task(
        replace(
            specs,
            manual=True,
            start=datetime(2026, 3, 4, 8, 0),
            finish=datetime(2026, 3, 6, 17, 0),  # Wed .. Fri: three working days
        )
    )
    win = _open(qtbot, plan)
    gantt = win.gantt
    gantt.set_zoom("days")
    gantt.scroll_to_task(2)
    g = _geom(gantt, 2)
    press = _at(gantt, (g.x0 + g.x1) / 2, g.mid_y)
    end = press + QPoint(round(2 * gantt.scale.px_per_day), 0)
    _hold(qtbot, gantt, press, end)
    lines = _box(gantt)
    start, finish = _date(_field(lines, "Start")), _date(_field(lines, "Finish"))
    _release(qtbot, gantt, end)
    times = win.document.schedule[2]
    assert (times.start, times.finish) == (start, finish)
    # two days on from Wednesday is Friday; three working days from there end on Tuesday
    # (shifted by the calendar, the bar ended on a Sunday)
    assert (start, finish) == (datetime(2026, 3, 6, 8, 0), datetime(2026, 3, 10, 17, 0))
    win.close()
