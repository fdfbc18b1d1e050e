"""Leveling as a PM coming from MS Project uses it: what the Team view says must be true
when some over-allocations cannot be removed (started tasks do not move)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.overallocation import overallocations
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.report.gantt_paint import Colors
from app.ui.document import Document
from app.ui.team.view import TeamView

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _plan(started: bool) -> Plan:
    """Ana on two parallel 3-day tasks; both already started when ``started``."""
    plan = Plan(project=Project(start=MON))
    for uid, name in ((1, "Design"), (2, "Build")):
        task = Task(uid, name, duration_minutes=3 * DAY)
        if started:
            task = replace(task, actual_start=MON, percent_complete=30.0)
        plan.append_task(task)
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 3 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 3 * DAY))
    return plan


@pytest.fixture
def make_view(qtbot):
    def make(started: bool) -> TeamView:
        view = TeamView(Document(_plan(started)))
        qtbot.addWidget(view)
        view.show()
        # The lambda holds the list, not the view (a view -> lambda -> view cycle leaves the
        # widget to the garbage collector, which may delete it in the middle of a paint).
        errors: list[str] = []
        view.errors = errors
        view.message = lambda parent, text: errors.append(text)
        return view

    return make


def test_leveling_that_cannot_move_started_tasks_does_not_claim_nobody_is_overallocated(
    make_view,
):
    view = make_view(started=True)
    doc = view.document
    assert overallocations(doc.plan, doc.schedule)  # Ana is booked 200%
    view.level_resources()
    assert overallocations(doc.plan, doc.schedule)  # started work does not move
    text = view.summary.text()
    assert "no one is over-allocated" not in text
    assert "Ana" in text
    # The work left of one of them may pause (splits in remaining work, on by default, as
    # in MS Project); the done parts still clash, and neither start moves.
    assert doc.undo_stack.count() <= 1
    assert [doc.schedule[t.uid].start for t in doc.plan.tasks] == [MON, MON]


def test_leveling_that_resolves_everything_says_so(make_view):
    view = make_view(started=False)
    doc = view.document
    view.level_resources()
    assert not overallocations(doc.plan, doc.schedule)
    assert "Delayed 1 task" in view.summary.text()
    assert "still over-allocated" not in view.summary.text()
    doc.undo_stack.undo()
    assert overallocations(doc.plan, doc.schedule)


def test_the_bar_of_a_leveled_task_tells_its_leveling_delay(make_view, qtbot):
    from PySide6.QtWidgets import QSplitter

    from app.ui.gantt.view import GanttView
    from app.ui.models.task_model import TaskTreeModel
    from app.ui.task_tree import TaskTreeView

    view = make_view(started=False)
    doc = view.document
    tree = TaskTreeView(TaskTreeModel(doc))
    gantt = GanttView(doc, tree)
    splitter = QSplitter()
    splitter.addWidget(tree)
    splitter.addWidget(gantt)
    qtbot.addWidget(splitter)
    assert "Leveling delay" not in gantt.tooltip_text(2)
    view.level_resources()
    assert doc.plan.task(2).leveling_delay_minutes == 3 * DAY
    assert "Leveling delay: 3ed" in gantt.tooltip_text(2)  # elapsed, as MS Project
    assert "Leveling delay" not in gantt.tooltip_text(1)


def test_the_gantt_draws_the_leveling_delay_before_the_bar(make_view, qtbot):
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QSplitter

    from app.ui.gantt.view import GanttView
    from app.ui.models.task_model import TaskTreeModel
    from app.ui.task_tree import TaskTreeView

    view = make_view(started=False)
    doc = view.document
    tree = TaskTreeView(TaskTreeModel(doc))
    gantt = GanttView(doc, tree)
    splitter = QSplitter()
    splitter.addWidget(tree)
    splitter.addWidget(gantt)
    splitter.resize(1300, 300)
    qtbot.addWidget(splitter)
    with qtbot.waitExposed(splitter):
        splitter.show()
    gantt.set_zoom("days")

    def geom(uid):
        row = next(r for r in gantt.visible_rows() if r.uid == uid)
        return gantt.chart_painter().geometry(row)

    assert geom(2).delay_x0 is None
    view.level_resources()
    moved = geom(2)
    assert moved.x0 == pytest.approx(gantt.scale.x_of(datetime(2026, 1, 8, 8, 0)))
    assert moved.delay_x0 == pytest.approx(gantt.scale.x_of(MON))  # where it stood
    assert geom(1).delay_x0 is None
    gantt.scroll_to_task(1)
    image = QImage(gantt.canvas.size(), QImage.Format.Format_RGB32)
    p = QPainter(image)
    gantt.paint(p, image.width(), image.height())
    p.end()
    x = round((moved.delay_x0 + moved.x0) / 2 - gantt.hscroll)
    on_line = image.pixelColor(x, round(moved.mid_y))
    above = image.pixelColor(x, round(moved.top) - 1)
    assert on_line != above  # the line is drawn; the row around it is background
    assert on_line.name() == Colors.leveling.name()
    doc.undo_stack.undo()
    assert geom(2).delay_x0 is None


def test_the_review_dialog_words_a_leveling_delay():
    from app.ui.exchange.labels import field_label, show_value

    project = Project()
    assert field_label("leveling_delay_minutes") == "Leveling Delay"
    assert show_value("leveling_delay_minutes", 3 * DAY, project) == "3d"


def test_a_task_asking_more_than_max_units_is_named_as_a_reason(qtbot):
    plan = _plan(started=False)
    plan.update_resource(replace(plan.resource(1), max_units=0.5))
    view = TeamView(Document(plan))
    qtbot.addWidget(view)
    view.level_resources()
    text = view.summary.text()
    assert "Still over-allocated: Ana" in text
    assert "one task alone asks more than a person's max units" in text
