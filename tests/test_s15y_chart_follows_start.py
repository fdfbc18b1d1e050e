"""The Gantt chart follows the project's start when Project Information moves it.

Building a plan from File > New (which starts today) and then setting the real start
four months later in Project Information, the chart stayed where the old start was:
every task typed afterwards was drawn off screen and the chart showed an empty
stretch until Alt+Home. A chart that was showing the old start now shows the new
one at the same place (undo brings it back); a chart scrolled elsewhere stays put.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import QSettings

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.ui.app import Session
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.project_commands import SetProjectCommand
from app.ui.settings import Settings

OLD = datetime(2026, 11, 26, 8, 0)
NEW = datetime(2027, 3, 29, 8, 0)


@pytest.fixture
def window(qtbot, tmp_path):
    plan = Plan(project=Project(name="New plan", start=OLD))
    plan.append_task(Task(1, "Kickoff", 1, duration_minutes=480))
    settings = QSettings(str(tmp_path / "gantry.ini"), QSettings.Format.IniFormat)
    win = MainWindow(Document(plan), Session(Settings(settings)))
    qtbot.addWidget(win)
    win.resize(1200, 600)
    win.show()
    win.show_view("gantt")
    return win


def _x_on_screen(window: MainWindow, moment: datetime) -> float:
    gantt = window.gantt
    return gantt.scale.x_of(moment) - gantt.hscroll


def _move_start(window: MainWindow, start: datetime) -> None:
    document = window.document
    execute(document, SetProjectCommand(document, replace(document.plan.project, start=start)))


def test_the_chart_showing_the_start_follows_it_and_undo_brings_it_back(window):
    before = _x_on_screen(window, OLD)
    assert 0 <= before < window.gantt.canvas.width()  # the start is on screen
    _move_start(window, NEW)
    assert window.document.schedule[1].start == NEW
    assert _x_on_screen(window, NEW) == pytest.approx(before, abs=1)
    window.document.undo_stack.undo()
    assert _x_on_screen(window, OLD) == pytest.approx(before, abs=1)


def test_an_earlier_start_is_followed_too(window):
    before = _x_on_screen(window, OLD)
    earlier = datetime(2026, 6, 1, 8, 0)  # before the chart's first day
    _move_start(window, earlier)
    assert _x_on_screen(window, earlier) == pytest.approx(before, abs=1)


def test_a_chart_scrolled_elsewhere_stays_where_it_is(window):
    gantt = window.gantt
    gantt.hbar.setValue(int(gantt.scale.x_of(datetime(2027, 1, 11))))
    left = gantt.left_moment()
    _move_start(window, NEW)
    assert abs((gantt.left_moment() - left).total_seconds()) < 86400
