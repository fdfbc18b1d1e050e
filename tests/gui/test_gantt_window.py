"""The Gantt chart inside the real main window: View-menu zoom and toggles reach the chart."""

from __future__ import annotations

import pytest

from app.ui.app import Session
from app.ui.document import Document
from app.ui.gantt.view import GanttView
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(qtbot):
    session = Session(Settings())
    win = MainWindow(Document(build_plan()), session)
    qtbot.addWidget(win)
    win.resize(1400, 700)
    win.show()
    win.show_view("gantt")
    yield win
    win.close()


def test_the_window_hosts_the_gantt_view_beside_its_tree(window):
    gantt = window.gantt
    assert isinstance(gantt, GanttView)
    assert gantt.tree is window.tree
    assert [r.uid for r in gantt.visible_rows()] == [t.uid for t in window.document.plan.tasks]


def test_view_menu_zoom_actions_drive_the_chart(window):
    gantt = window.gantt
    actions = window.action_collection
    gantt.set_zoom("days")
    actions["gantt_zoom_out"].trigger()
    assert gantt.zoom_level() == "weeks"
    actions["gantt_zoom_in"].trigger()
    actions["gantt_zoom_in"].trigger()
    assert gantt.zoom_level() == "hours"
    actions["gantt_fit_project"].trigger()
    sched = window.document.schedule
    assert gantt.scale.x_of(sched.finish) - gantt.hscroll <= gantt.canvas.width()


def test_toggles_switch_chart_options(window):
    gantt = window.gantt
    actions = window.action_collection
    assert actions["gantt_show_critical"].isChecked() == gantt.options.show_critical
    actions["gantt_show_baseline"].setChecked(True)
    assert gantt.options.show_baseline
    actions["gantt_show_critical"].setChecked(False)
    assert not gantt.options.show_critical
    assert not gantt.chart_painter().options.show_critical


def test_scroll_to_task_brings_the_current_bar_into_view(window):
    gantt = window.gantt
    gantt.set_zoom("hours")
    window.tree.select_uids([6])
    window.action_collection["gantt_scroll_to_task"].trigger()
    x = gantt.scale.x_of(window.document.schedule[6].start) - gantt.hscroll
    assert 0 <= x < gantt.canvas.width()


def test_timescale_submenu_picks_a_zoom_level(window):
    actions = window.action_collection
    menu = actions["gantt_timescale"].menu()
    assert [a.objectName() for a in menu.actions()] == [
        "gantt_zoom_hours",
        "gantt_zoom_days",
        "gantt_zoom_weeks",
        "gantt_zoom_months",
        "gantt_zoom_quarters",
    ]
    actions["gantt_zoom_quarters"].trigger()
    assert window.gantt.zoom_level() == "quarters"


def test_toggles_set_before_the_chart_exists_apply_when_it_appears(qtbot):
    from app.ui.settings import LAST_VIEW

    settings = Settings()
    settings.set(LAST_VIEW, "team")  # the window opens on Team: no chart yet
    win = MainWindow(Document(build_plan()), Session(settings))
    qtbot.addWidget(win)
    assert "gantt" not in win.views
    win.show()
    win.action_collection["gantt_show_baseline"].setChecked(True)
    win.action_collection["gantt_show_critical"].setChecked(False)
    win.show_view("gantt")
    qtbot.waitUntil(lambda: win.gantt.isVisible())
    assert win.gantt.options.show_baseline
    assert not win.gantt.options.show_critical
    win.close()
