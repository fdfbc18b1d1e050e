"""Alt+Home and Alt+End scroll the chart to the project's start and finish, MS Project's keys.

Found scrolling a long plan by keyboard: the chart could be brought to a task
(Scroll to Task) or fitted whole, but not to the start or the end of the
project, which MS Project does with Alt+Home and Alt+End.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence

from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "scale.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.resize(1200, 600)
    win.show()
    win.show_view("gantt")
    yield win
    for w in list(session.windows):
        w.close()


def test_the_keys(window):
    actions = window.action_collection
    assert actions["gantt_go_to_start"].shortcut() == QKeySequence("Alt+Home")
    assert actions["gantt_go_to_finish"].shortcut() == QKeySequence("Alt+End")


def test_start_and_finish_come_into_view(window):
    chart = window.gantt
    chart.set_zoom("hours")  # the plan spans many screens
    schedule = window.document.schedule
    window.action_collection["gantt_go_to_finish"].trigger()
    finish_x = chart.scale.x_of(schedule.finish) - chart.hscroll
    assert 0 < finish_x <= chart.canvas.width()
    window.action_collection["gantt_go_to_start"].trigger()
    start_x = chart.scale.x_of(schedule.start) - chart.hscroll
    assert 0 < start_x < chart.canvas.width() / 2
