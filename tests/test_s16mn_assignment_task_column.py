"""The Team view's assignment list on a 1024 px screen: the Task column keeps its names
readable (it was stretched into what the figures left: 'Stakeholder inter…'), and on a wide
screen it still takes all the room the figures leave."""

from __future__ import annotations

from datetime import datetime

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from app.ui.team.view import TeamView

NAME = "Stakeholder interviews"


def _window(qtbot, width: int) -> TeamView:
    plan = Plan(project=Project(start=datetime(2026, 1, 5, 8)))
    plan.append_task(Task(1, NAME, duration_minutes=5 * 480))
    plan.append_task(Task(2, "Risk workshop", duration_minutes=480))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 0.5, 5 * 240))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 480))
    window = MainWindow(Document(plan), settings=Settings())
    qtbot.addWidget(window)
    window.resize(width, 700)
    window.show()
    window.show_view("team")
    view = window.findChild(TeamView)
    qtbot.waitUntil(lambda: view.assignments.rowCount() == 2)
    return view


def _name_width(view: TeamView) -> int:
    table = view.assignments
    return table.fontMetrics().horizontalAdvance(NAME)


def test_at_1024_px_the_task_names_are_not_cut(qtbot):
    view = _window(qtbot, 1024)
    table = view.assignments
    header = table.horizontalHeader()
    others = sum(header.sectionSize(i) for i in range(1, header.count()))
    assert others + _name_width(view) > table.viewport().width()  # the squeeze was real
    assert header.sectionSize(0) > _name_width(view)


def test_on_a_wide_screen_the_task_column_takes_the_room_left(qtbot):
    view = _window(qtbot, 1900)
    table = view.assignments
    header = table.horizontalHeader()
    assert header.length() == table.viewport().width()
    assert header.sectionSize(0) > _name_width(view) + 40
    table.horizontalHeader().resizeSection(1, header.sectionSize(1) + 30)  # a figure grows
    assert header.length() == table.viewport().width()
