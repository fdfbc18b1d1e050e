"""Dragging a bar's progress edge sets the % whose complete-through is where it was dropped.

A 5-day task from Wednesday runs across the weekend: dropped on Saturday the edge means the
work through Friday (60 %), not Saturday's share of the calendar span, and the bar then
ends at Friday 17:00, where the progress line's point is.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QSplitter

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.ui.document import Document
from app.ui.gantt.view import GanttView
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView

DAY = 480
WED = datetime(2027, 3, 3, 8, 0)


@pytest.fixture
def chart(qtbot):
    plan = Plan(project=Project(name="Drag", start=WED))
    plan.append_task(Task(1, "Build", 1, 5 * DAY, percent_complete=20.0, actual_start=WED))
    doc = Document(plan)
    tree = TaskTreeView(TaskTreeModel(doc))
    gantt = GanttView(doc, tree, clock=lambda: datetime(2027, 3, 4, 12))
    splitter = QSplitter()
    splitter.addWidget(tree)
    splitter.addWidget(gantt)
    splitter.resize(1300, 300)
    splitter.setSizes([400, 900])
    qtbot.addWidget(splitter)
    with qtbot.waitExposed(splitter):
        splitter.show()
    gantt.set_zoom("days")
    gantt.hbar.setValue(int(gantt.scale.x_of(datetime(2027, 3, 2))))
    yield doc, gantt
    splitter.close()


def _geom(gantt: GanttView):
    row = next(r for r in gantt.visible_rows() if r.uid == 1)
    return gantt.chart_painter().geometry(row)


def _point(gantt: GanttView, x: float, y: float) -> QPoint:
    return QPoint(round(x - gantt.hscroll), round(y))


def test_s27pb_a_drop_on_saturday_sets_the_work_through_friday(chart, qtbot):
    doc, gantt = chart
    g = _geom(gantt)
    # 20 % of 5 days: Wednesday's work, the edge at Wednesday 17:00
    assert g.progress_x == pytest.approx(gantt.scale.x_of(datetime(2027, 3, 3, 17)))
    start = _point(gantt, g.progress_x, g.mid_y)
    end = _point(gantt, gantt.scale.x_of(datetime(2027, 3, 6, 12)), g.mid_y)
    canvas = gantt.canvas
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 5):
        p = start + (end - start) * (i / 4)
        qtbot.mouseMove(canvas, QPoint(round(p.x()), round(p.y())))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)
    assert doc.plan.task(1).percent_complete == 60.0
    g = _geom(gantt)
    assert g.progress_x == pytest.approx(gantt.scale.x_of(datetime(2027, 3, 5, 17)))
    doc.undo_stack.undo()
    assert doc.plan.task(1).percent_complete == 20.0
