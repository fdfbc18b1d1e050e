"""The Gantt pane beside the task tree: rows follow the tree, gestures are undoable commands."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QSplitter

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import ConstraintType, Task
from app.ui.document import Document
from app.ui.gantt.view import GanttView
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView

DAY = 480
MONDAY = datetime(2026, 1, 5, 8, 0)


def _plan() -> Plan:
    plan = Plan(project=Project(name="Gantt test", start=MONDAY))
    plan.append_task(Task(1, "Phase", 1))
    plan.append_task(Task(2, "Dig", 2, duration_minutes=5 * DAY))
    plan.append_task(Task(3, "Pour", 2, duration_minutes=3 * DAY, percent_complete=20))
    plan.append_task(Task(4, "Paint", 2, duration_minutes=2 * DAY))
    plan.add_link(Link(2, 3))
    return plan


@pytest.fixture
def chart(qtbot):
    doc = Document(_plan())
    tree = TaskTreeView(TaskTreeModel(doc))
    gantt = GanttView(doc, tree, clock=lambda: datetime(2026, 1, 7, 12))
    splitter = QSplitter()
    splitter.addWidget(tree)
    splitter.addWidget(gantt)
    splitter.resize(1300, 400)
    splitter.setSizes([400, 900])
    qtbot.addWidget(splitter)
    with qtbot.waitExposed(splitter):
        splitter.show()
    gantt.set_zoom("days")
    gantt.hbar.setValue(int(gantt.scale.x_of(datetime(2026, 1, 4))))
    yield doc, tree, gantt
    splitter.close()


def _geom(gantt: GanttView, uid: int):
    row = next(r for r in gantt.visible_rows() if r.uid == uid)
    return gantt.chart_painter().geometry(row)


def _canvas_point(gantt: GanttView, x: float, y: float) -> QPoint:
    return QPoint(round(x - gantt.hscroll), round(y))


def _drag(qtbot, gantt: GanttView, start: QPoint, end: QPoint) -> None:
    canvas = gantt.canvas
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    steps = 4
    for i in range(1, steps + 1):
        p = start + (end - start) * (i / steps)
        qtbot.mouseMove(canvas, QPoint(round(p.x()), round(p.y())))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)


def test_rows_line_up_with_the_tree(chart):
    _doc, tree, gantt = chart
    rows = gantt.visible_rows()
    assert [r.uid for r in rows] == [1, 2, 3, 4]
    for row in rows:
        index = tree.task_model().index_of_uid(row.uid)
        rect = tree.visualRect(index)
        assert row.top == gantt.header_height() + rect.top()
        assert row.height == rect.height()


def test_collapsing_a_summary_hides_its_bars(chart, qtbot):
    _doc, tree, gantt = chart
    tree.collapse(tree.task_model().index_of_uid(1))
    assert [r.uid for r in gantt.visible_rows()] == [1]
    assert gantt.row_index().uids == [1]
    tree.expand(tree.task_model().index_of_uid(1))
    assert [r.uid for r in gantt.visible_rows()] == [1, 2, 3, 4]


def test_expand_all_shows_the_bars_again_and_forgets_collapsed_rows(chart, qtbot):
    _doc, tree, gantt = chart
    tree.collapse(tree.task_model().index_of_uid(1))
    assert [r.uid for r in gantt.visible_rows()] == [1]
    with qtbot.waitSignal(tree.expanded) as told:
        tree.expandAll()  # one signal for the whole tree, not one per row
    assert not told.args[0].isValid()
    assert [r.uid for r in gantt.visible_rows()] == [1, 2, 3, 4]
    tree.task_model().modelReset.emit()  # a reset keeps what the user left expanded
    assert [r.uid for r in gantt.visible_rows()] == [1, 2, 3, 4]


def test_drag_bar_sets_snet_constraint_undo_redo(chart, qtbot):
    doc, _tree, gantt = chart
    g = _geom(gantt, 4)
    start = _canvas_point(gantt, (g.x0 + g.x1) / 2, g.mid_y)
    three_days = round(3 * gantt.scale.px_per_day)
    _drag(qtbot, gantt, start, start + QPoint(three_days, 0))
    task = doc.plan.task(4)
    assert task.constraint_type is ConstraintType.SNET
    assert task.constraint_date == datetime(2026, 1, 8, 8, 0)
    assert doc.schedule[4].start == datetime(2026, 1, 8, 8, 0)
    assert doc.undo_stack.undoText() == "Move task 'Paint'"
    doc.undo_stack.undo()
    assert doc.plan.task(4).constraint_type is ConstraintType.ASAP
    assert doc.schedule[4].start == MONDAY
    doc.undo_stack.redo()
    assert doc.schedule[4].start == datetime(2026, 1, 8, 8, 0)


def test_drag_right_end_changes_duration_undo_redo(chart, qtbot):
    doc, _tree, gantt = chart
    g = _geom(gantt, 4)  # Mon 08:00 .. Tue 17:00
    start = _canvas_point(gantt, g.x1 - 1, g.mid_y)
    two_days = round(2 * gantt.scale.px_per_day)
    _drag(qtbot, gantt, start, start + QPoint(two_days, 0))
    assert doc.plan.task(4).duration_minutes == 4 * DAY
    assert doc.schedule[4].finish == datetime(2026, 1, 8, 17, 0)
    doc.undo_stack.undo()
    assert doc.plan.task(4).duration_minutes == 2 * DAY
    doc.undo_stack.redo()
    assert doc.plan.task(4).duration_minutes == 4 * DAY


def test_drag_bar_onto_bar_links_them_undo_redo(chart, qtbot):
    doc, _tree, gantt = chart
    a, b = _geom(gantt, 2), _geom(gantt, 4)
    start = _canvas_point(gantt, a.x0 + 10, a.mid_y)
    end = _canvas_point(gantt, (b.x0 + b.x1) / 2, b.mid_y)
    _drag(qtbot, gantt, start, end)
    assert doc.plan.find_link(2, 4) is not None
    assert doc.schedule[4].start == doc.schedule[2].finish.replace(hour=8) + (
        datetime(2026, 1, 12) - datetime(2026, 1, 9)
    )
    doc.undo_stack.undo()
    assert doc.plan.find_link(2, 4) is None
    doc.undo_stack.redo()
    assert doc.plan.find_link(2, 4) is not None


def test_drag_progress_edge_sets_percent_complete(chart, qtbot):
    doc, _tree, gantt = chart
    g = _geom(gantt, 3)
    start = _canvas_point(gantt, g.progress_x, g.mid_y)
    half = _canvas_point(gantt, g.x0 + (g.x1 - g.x0) / 2, g.mid_y)
    _drag(qtbot, gantt, start, half)
    assert doc.plan.task(3).percent_complete == pytest.approx(50, abs=2)
    doc.undo_stack.undo()
    assert doc.plan.task(3).percent_complete == 20
    doc.undo_stack.redo()
    assert doc.plan.task(3).percent_complete == pytest.approx(50, abs=2)


def test_zoom_levels_and_fit(chart, qtbot):
    doc, _tree, gantt = chart
    assert gantt.zoom_level() == "days"
    gantt.zoom_in()
    assert gantt.zoom_level() == "hours"
    gantt.zoom_out()
    gantt.zoom_out()
    assert gantt.zoom_level() == "weeks"
    gantt.fit_project()
    sched = doc.schedule
    x0 = gantt.scale.x_of(sched.start) - gantt.hscroll
    x1 = gantt.scale.x_of(sched.finish) - gantt.hscroll
    assert 0 <= x0 < x1 <= gantt.canvas.width()


def test_ctrl_wheel_zooms_and_keeps_the_date_under_the_mouse(chart, qtbot):
    _doc, _tree, gantt = chart
    x = 100
    before = gantt.scale.moment_at(gantt.hscroll + x)
    from PySide6.QtCore import QPoint as P
    from PySide6.QtGui import QWheelEvent

    event = QWheelEvent(
        QPointF(x, 100),
        QPointF(gantt.canvas.mapToGlobal(P(x, 100))),
        P(0, 0),
        P(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    gantt.canvas.wheelEvent(event)
    assert gantt.zoom_level() == "weeks"
    after = gantt.scale.moment_at(gantt.hscroll + x)
    assert abs((after - before).total_seconds()) < 86400


def test_repaints_after_an_edit_show_the_new_schedule(chart, qtbot):
    doc, _tree, gantt = chart
    old = _geom(gantt, 4)
    from app.ui.commands import execute
    from app.ui.gantt.commands import resize_task_command

    execute(doc, resize_task_command(doc, 4, 6 * DAY))
    new = _geom(gantt, 4)
    assert new.x1 > old.x1
    image = QImage(gantt.canvas.size(), QImage.Format.Format_RGB32)
    p = QPainter(image)
    gantt.paint(p, image.width(), image.height())
    p.end()
    # Inside the longer bar, past the old end: bar colour, not background.
    x = round((old.x1 + new.x1) / 2 - gantt.hscroll)
    colour = image.pixelColor(x, round(new.mid_y - 3))
    assert colour.red() != colour.green() or colour.blue() != colour.green()


def test_tooltip_names_dates_slack_and_people(chart):
    _doc, _tree, gantt = chart
    text = gantt.tooltip_text(2)
    assert "Dig" in text
    assert "2026-01-05" in text
    assert "2026-01-09" in text
    assert "Duration: 5d" in text
    assert "Total slack" in text


def test_any_tree_model_with_uid_roles_drives_the_rows(qtbot):
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTreeView

    from app.ui.models.roles import TaskUidRole

    doc = Document(_plan())
    model = QStandardItemModel()
    items = {}
    for task in doc.plan.tasks:
        item = QStandardItem(task.name)
        item.setData(task.uid, TaskUidRole)
        items[task.uid] = item
    model.appendRow(items[1])
    for uid in (2, 3, 4):
        items[1].appendRow(items[uid])
    tree = QTreeView()
    tree.setUniformRowHeights(True)
    tree.setModel(model)
    tree.expandAll()
    gantt = GanttView(doc, tree)
    splitter = QSplitter()
    splitter.addWidget(tree)
    splitter.addWidget(gantt)
    splitter.resize(900, 300)
    qtbot.addWidget(splitter)
    with qtbot.waitExposed(splitter):
        splitter.show()
    assert [r.uid for r in gantt.visible_rows()] == [1, 2, 3, 4]
    tree.collapse(model.indexFromItem(items[1]))
    assert [r.uid for r in gantt.visible_rows()] == [1]
    splitter.close()


def test_double_click_on_a_bar_asks_for_the_task_dialog(chart, qtbot):
    _doc, _tree, gantt = chart
    g = _geom(gantt, 3)
    point = _canvas_point(gantt, (g.x0 + g.x1) / 2 + 3, g.mid_y)
    with qtbot.waitSignal(gantt.sig_task_activated) as blocker:
        qtbot.mouseDClick(gantt.canvas, Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [3]


def test_refused_link_reports_an_error_and_changes_nothing(chart, qtbot):
    doc, _tree, gantt = chart
    a, b = _geom(gantt, 3), _geom(gantt, 2)  # 2 -> 3 exists: 3 -> 2 closes a cycle
    start = _canvas_point(gantt, (a.x0 + a.x1) / 2 + 3, a.mid_y)
    end = _canvas_point(gantt, (b.x0 + b.x1) / 2, b.mid_y)
    with qtbot.waitSignal(gantt.sig_error) as blocker:
        _drag(qtbot, gantt, start, end)
    assert "cycle" in blocker.args[0]
    assert doc.plan.find_link(3, 2) is None
    assert doc.undo_stack.count() == 0


def test_progress_from_zero_is_dragged_from_the_left_end(chart, qtbot):
    doc, _tree, gantt = chart
    g = _geom(gantt, 2)  # 5 days, 0 %
    start = _canvas_point(gantt, g.x0 + 1, g.mid_y)
    end = _canvas_point(gantt, g.x0 + (g.x1 - g.x0) * 0.4, g.mid_y)
    _drag(qtbot, gantt, start, end)
    assert doc.plan.task(2).percent_complete == pytest.approx(40, abs=2)
    assert doc.plan.task(2).constraint_type is ConstraintType.ASAP  # not moved
    doc.undo_stack.undo()
    assert doc.plan.task(2).percent_complete == 0


def test_hovering_a_bar_shows_its_tooltip(chart, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    _doc, _tree, gantt = chart
    g = _geom(gantt, 4)
    point = _canvas_point(gantt, (g.x0 + g.x1) / 2, g.mid_y)
    event = QHelpEvent(QEvent.Type.ToolTip, point, gantt.canvas.mapToGlobal(point))
    QApplication.sendEvent(gantt.canvas, event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert "Paint" in QToolTip.text()
    assert "Duration: 2d" in QToolTip.text()
    QToolTip.hideText()


def test_dragging_the_background_pans_and_changes_nothing(chart, qtbot):
    doc, _tree, gantt = chart
    before = gantt.hscroll
    start = QPoint(600, gantt.canvas.height() - 10)  # below the last row
    _drag(qtbot, gantt, start, start + QPoint(-200, 0))
    assert gantt.hscroll == before + 200
    assert doc.undo_stack.count() == 0


def test_moving_a_manual_task_moves_its_dates(qtbot):
    plan = _plan()
    plan.update_task(
        Task(
            4, "Paint", 2, duration_minutes=2 * DAY, manual=True,
            start=MONDAY, finish=datetime(2026, 1, 6, 17),
        )
    )  # fmt: skip
    doc = Document(plan)
    from app.ui.commands import execute
    from app.ui.gantt.commands import move_task_command

    execute(doc, move_task_command(doc, 4, datetime(2026, 1, 8, 8)))
    task = doc.plan.task(4)
    assert task.start == datetime(2026, 1, 8, 8)
    assert task.finish == datetime(2026, 1, 9, 17)
    assert task.constraint_type is ConstraintType.ASAP
    assert doc.schedule[4].start == datetime(2026, 1, 8, 8)
    doc.undo_stack.undo()
    assert doc.plan.task(4).start == MONDAY
