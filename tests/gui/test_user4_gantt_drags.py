"""Bar drags on the real window's chart at the coarse zoom levels (weeks, months)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from app.domain.task import ConstraintType
from app.ui.app import Session
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.gantt.commands import move_task_command
from app.ui.gantt.view import GanttView
from app.ui.main_window import MainWindow
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

DAY = 480


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


def _point(gantt: GanttView, x: float, y: float) -> QPoint:
    return QPoint(round(x - gantt.hscroll), round(y))


def _drag(qtbot, gantt: GanttView, start: QPoint, end: QPoint) -> None:
    canvas = gantt.canvas
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 5):
        p = start + (end - start) * (i / 4)
        qtbot.mouseMove(canvas, QPoint(round(p.x()), round(p.y())))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)


def _at_zoom(window, zoom: str, uid: int) -> GanttView:
    gantt = window.gantt
    gantt.set_zoom(zoom)
    gantt.scroll_to_task(uid)
    return gantt


def test_weeks_zoom_dragging_the_end_a_week_later_adds_a_working_week(window, qtbot):
    gantt = _at_zoom(window, "weeks", 2)  # Specs: 3d, Mon 2 Mar .. Wed 4 Mar
    g = _geom(gantt, 2)
    start = _point(gantt, g.x1 - 1, g.mid_y)
    _drag(qtbot, gantt, start, start + QPoint(round(7 * gantt.scale.px_per_day), 0))
    # The finish used to snap to the week's Monday: +2 days for a week's drag.
    assert window.document.plan.task(2).duration_minutes == 8 * DAY
    assert window.document.schedule[2].finish == datetime(2026, 3, 11, 17, 0)


def test_months_zoom_dragging_the_end_later_never_shortens_the_task(window, qtbot):
    gantt = _at_zoom(window, "months", 2)
    g = _geom(gantt, 2)
    start = _point(gantt, g.x1, g.mid_y)
    _drag(qtbot, gantt, start, start + QPoint(round(7 * gantt.scale.px_per_day), 0))
    # The finish snapped back to 1 March: Specs became a 0-day task.
    assert window.document.plan.task(2).duration_minutes == 8 * DAY
    assert window.document.undo_stack.count() == 1


def test_months_zoom_a_short_bar_can_be_moved_from_its_middle(window, qtbot):
    gantt = _at_zoom(window, "months", 2)
    g = _geom(gantt, 2)
    assert g.x1 - g.x0 < 4 * 5  # narrower than the grab zones at both ends
    start = _point(gantt, (g.x0 + g.x1) / 2, g.mid_y)
    _drag(qtbot, gantt, start, start + QPoint(round(14 * gantt.scale.px_per_day), 0))
    task = window.document.plan.task(2)
    assert task.duration_minutes == 3 * DAY  # not resized
    assert task.constraint_type is ConstraintType.SNET
    # a pixel is some ten hours at this zoom: two weeks later, give or take a day
    assert task.constraint_date in (datetime(2026, 3, 16, 8, 0), datetime(2026, 3, 17, 8, 0))
    assert window.document.schedule[2].start == task.constraint_date
    window.document.undo_stack.undo()
    assert window.document.plan.task(2).constraint_type is ConstraintType.ASAP


class _ReadOnlyFile:
    read_only = True
    path = None


def test_a_read_only_plan_refuses_every_drag_and_offers_none(qtbot):
    plan = build_plan()
    win = MainWindow(Document(plan, _ReadOnlyFile()), Session(Settings()))
    qtbot.addWidget(win)
    win.resize(1400, 700)
    win.show()
    win.show_view("gantt")
    gantt = _at_zoom(win, "days", 2)
    g = _geom(gantt, 2)
    end = _point(gantt, g.x1 - 1, g.mid_y)
    middle = _point(gantt, (g.x0 + g.x1) / 2, g.mid_y)
    qtbot.mouseMove(gantt.canvas, end)
    # the resize cursor promised a drag the plan then silently refused
    assert gantt.canvas.cursor().shape() == Qt.CursorShape.ArrowCursor
    _drag(qtbot, gantt, end, end + QPoint(60, 0))
    _drag(qtbot, gantt, middle, middle + QPoint(60, 0))
    _drag(qtbot, gantt, middle, _point(gantt, *_centre(_geom(gantt, 6))))
    assert win.document.undo_stack.count() == 0
    assert win.document.plan.task(2).duration_minutes == 3 * DAY
    assert win.document.plan.find_link(2, 6) is None
    win.close()


def _centre(g) -> tuple[float, float]:
    return (g.x0 + g.x1) / 2, g.mid_y


def _sheet(window, uid: int, column: int) -> str:
    model = window.tree.task_model()
    return str(model.index_of_uid(uid, column).data())


def test_the_sheet_shows_each_drag_at_once_and_one_undo_takes_it_back(window, qtbot):
    gantt = _at_zoom(window, "days", 6)
    doc = window.document
    g = _geom(gantt, 6)  # Test: 2d after Code
    middle = _point(gantt, *_centre(g))
    _drag(qtbot, gantt, middle, middle + QPoint(round(3 * gantt.scale.px_per_day), 0))
    moved = doc.schedule[6].start
    assert moved > datetime(2026, 3, 13, 8, 0)
    assert f"{moved:%Y-%m-%d}" in _sheet(window, 6, Column.START)
    g = _geom(gantt, 6)
    end = _point(gantt, g.x1 - 1, g.mid_y)
    _drag(qtbot, gantt, end, end + QPoint(round(gantt.scale.px_per_day), 0))
    assert _sheet(window, 6, Column.DURATION) == "3d"
    g = _geom(gantt, 6)
    left = _point(gantt, g.x0 + 1, g.mid_y)
    _drag(qtbot, gantt, left, _point(gantt, *_centre(g)))
    assert _sheet(window, 6, Column.PERCENT).startswith(("4", "5", "6"))
    _drag(qtbot, gantt, _point(gantt, *_centre(_geom(gantt, 2))), _point(gantt, *_centre(g)))
    assert "2" in re.split(r"[;,] ?", _sheet(window, 6, Column.PREDECESSORS))
    assert doc.undo_stack.count() == 4
    for _ in range(4):
        doc.undo_stack.undo()
    assert _sheet(window, 6, Column.DURATION) == "2d"
    assert _sheet(window, 6, Column.PREDECESSORS) == "5"
    assert doc.schedule[6].start == datetime(2026, 3, 13, 8, 0)


def test_dragging_the_end_of_an_elapsed_task_counts_calendar_days(qtbot):
    plan = build_plan()
    plan.update_task(replace(plan.task(2), duration_minutes=3 * 1440, elapsed=True))
    win = MainWindow(Document(plan), Session(Settings()))
    qtbot.addWidget(win)
    win.resize(1400, 700)
    win.show()
    win.show_view("gantt")
    gantt = _at_zoom(win, "days", 2)
    g = _geom(gantt, 2)  # 3ed: Mon 08:00 .. Thu 08:00
    end = _point(gantt, g.x1 - 1, g.mid_y)
    _drag(qtbot, gantt, end, end + QPoint(round(2 * gantt.scale.px_per_day), 0))
    task = win.document.plan.task(2)
    # working minutes were stored in an elapsed duration: 3ed became about 1.7ed
    assert task.elapsed
    assert task.duration_minutes == 5 * 1440
    assert win.document.schedule[2].finish == datetime(2026, 3, 7, 8, 0)
    win.close()


def test_dragging_the_end_of_a_manual_task_moves_its_finish(qtbot):
    plan = build_plan()
    specs = plan.task(2)
    plan.update_task(
        replace(
            specs,
            manual=True,
            start=datetime(2026, 3, 2, 8, 0),
            finish=datetime(2026, 3, 4, 17, 0),
        )
    )
    win = MainWindow(Document(plan), Session(Settings()))
    qtbot.addWidget(win)
    win.resize(1400, 700)
    win.show()
    win.show_view("gantt")
    gantt = _at_zoom(win, "days", 2)
    g = _geom(gantt, 2)
    end = _point(gantt, g.x1 - 1, g.mid_y)
    _drag(qtbot, gantt, end, end + QPoint(round(2 * gantt.scale.px_per_day), 0))
    doc = win.document
    assert doc.plan.task(2).duration_minutes == 5 * DAY
    assert doc.schedule[2].finish == datetime(2026, 3, 6, 17, 0)
    assert doc.undo_stack.count() == 1
    win.close()


def test_dragging_a_bar_before_the_project_start_is_refused_with_a_reason(window, qtbot):
    gantt = _at_zoom(window, "days", 2)
    errors: list[str] = []
    gantt.sig_error.connect(errors.append)
    g = _geom(gantt, 2)  # Specs starts with the project
    middle = _point(gantt, *_centre(g))
    _drag(qtbot, gantt, middle, middle - QPoint(round(3 * gantt.scale.px_per_day), 0))
    # the bar sprang back, yet a 'Move task' step and a start-no-earlier-than pin stayed
    assert window.document.plan.task(2).constraint_type is ConstraintType.ASAP
    assert window.document.undo_stack.count() == 0
    assert errors
    assert "before the project start" in errors[-1]


def test_a_bar_dropped_on_the_projects_first_day_starts_with_the_project(qtbot):
    plan = build_plan()
    plan.project = replace(plan.project, start=datetime(2026, 3, 2, 9, 0))
    doc = Document(plan)
    command = move_task_command(doc, 5, datetime(2026, 3, 2, 8, 0))  # day start: 08:00
    execute(doc, command)
    assert doc.plan.task(5).constraint_date == datetime(2026, 3, 2, 9, 0)


def test_dragging_progress_records_the_actual_dates_as_typing_it_does(window, qtbot):
    gantt = _at_zoom(window, "days", 3)
    doc = window.document
    g = _geom(gantt, 3)  # Review: 1d, no progress yet
    scheduled = doc.schedule[3]
    left = _point(gantt, g.x0 + 1, g.mid_y)
    _drag(qtbot, gantt, left, _point(gantt, g.x1 + 30, g.mid_y))
    task = doc.plan.task(3)
    assert task.percent_complete == 100
    # typing 100 in % Complete starts and finishes the task; the drag set only the 100
    assert task.actual_start == scheduled.start
    assert task.actual_finish == scheduled.finish
    doc.undo_stack.undo()
    assert doc.plan.task(3).actual_start is None


def test_escape_during_a_drag_cancels_it(window, qtbot):
    window.tree.setFocus()
    gantt = _at_zoom(window, "days", 5)
    canvas = gantt.canvas
    g = _geom(gantt, 5)
    start = _point(gantt, *_centre(g))
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    for k in range(1, 5):
        qtbot.mouseMove(canvas, start + QPoint(20 * k, 0))
    assert QApplication.focusWidget() is canvas  # Escape reaches the chart, not the sheet
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.tree
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=start + QPoint(80, 0))
    # as in MS Project: Esc drops the drag; before, the release still moved the task
    assert window.document.undo_stack.count() == 0
    assert window.document.plan.task(5).constraint_type is ConstraintType.ASAP


def test_a_finished_drag_hands_the_keyboard_back(window, qtbot):
    window.tree.setFocus()
    gantt = _at_zoom(window, "days", 5)
    start = _point(gantt, *_centre(_geom(gantt, 5)))
    _drag(qtbot, gantt, start, start + QPoint(80, 0))
    assert window.document.undo_stack.count() == 1
    assert QApplication.focusWidget() is window.tree  # the sheet's keys work on
