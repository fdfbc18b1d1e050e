"""View > Tracking Gantt: the Tracking table with baseline bars and the critical path; View >
Gantt Chart goes back to the Entry table and the toggles as they were."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QSettings

from app.assets import resource_path
from app.ui.app import Session
from app.ui.gantt.copy_picture import printed_chart
from app.ui.gantt.toggles import tracking_gantt_of
from app.ui.models.task_edits import DEFAULT_COLUMNS
from app.ui.settings import Settings
from app.ui.sheet_tables import TRACKING
from app.ui.table_menu import controller_of


def _open(qtbot, ini, path):
    settings = Settings(QSettings(ini, QSettings.Format.IniFormat))
    window = Session(settings).open_path(path)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


@pytest.fixture
def plan(tmp_path):
    path = tmp_path / "crm.gantry"
    shutil.copy(resource_path("demo", "crm-rollout.gantry"), path)
    return path


@pytest.fixture
def ini(tmp_path):
    return str(tmp_path / "g.ini")


def _shown(window) -> tuple[int, ...]:
    tree = window.tree
    header = tree.horizontalHeader()
    order = sorted(range(header.count()), key=header.visualIndex)
    return tuple(c for c in order if not tree.isColumnHidden(c))


def test_tracking_gantt_shows_the_tracking_table_baseline_and_critical(qtbot, plan, ini):
    window = _open(qtbot, ini, plan)
    actions = window.action_collection
    actions["gantt_show_critical"].setChecked(False)  # the user's own choice before
    assert not actions["gantt_show_baseline"].isChecked()
    actions["view_tracking_gantt"].trigger()
    assert window.current_view == "gantt"
    assert _shown(window) == TRACKING.columns
    assert controller_of(window).label.text() == "Table: Tracking"
    assert actions["gantt_show_baseline"].isChecked()
    assert actions["gantt_show_critical"].isChecked()
    options = printed_chart(window.gantt)  # what the chart draws and prints
    assert options.show_baseline
    assert options.show_critical
    assert actions["view_tracking_gantt"].isChecked()
    assert not actions["view_gantt"].isChecked()


def test_gantt_chart_goes_back_to_entry_and_the_toggles_before(qtbot, plan, ini):
    window = _open(qtbot, ini, plan)
    actions = window.action_collection
    actions["gantt_show_critical"].setChecked(False)
    actions["view_tracking_gantt"].trigger()
    actions["view_gantt"].trigger()
    assert _shown(window) == DEFAULT_COLUMNS
    assert controller_of(window).current.key == "entry"
    assert not actions["gantt_show_baseline"].isChecked()
    assert not actions["gantt_show_critical"].isChecked()  # as the user left it
    assert not window.gantt.options.show_baseline
    assert actions["view_gantt"].isChecked()
    assert not actions["view_tracking_gantt"].isChecked()
    assert not tracking_gantt_of(window).active


def test_other_views_and_back_keep_tracking_gantt_until_gantt_chart(qtbot, plan, ini):
    window = _open(qtbot, ini, plan)
    actions = window.action_collection
    actions["view_tracking_gantt"].trigger()
    actions["view_team"].trigger()
    window.show_view("gantt")  # a menu that acts on the sheet shows the Gantt page again
    assert actions["view_tracking_gantt"].isChecked()
    assert _shown(window) == TRACKING.columns
    assert actions["gantt_show_baseline"].isChecked()
    actions["view_gantt"].trigger()
    assert not actions["gantt_show_baseline"].isChecked()
    assert _shown(window) == DEFAULT_COLUMNS


def test_a_plan_left_in_tracking_gantt_reopens_in_it(qtbot, plan, ini):
    window = _open(qtbot, ini, plan)
    window.action_collection["view_tracking_gantt"].trigger()
    window.close()
    again = _open(qtbot, ini, plan)
    actions = again.action_collection
    assert tracking_gantt_of(again).active
    assert actions["view_tracking_gantt"].isChecked()
    assert _shown(again) == TRACKING.columns
    assert again.gantt.options.show_baseline
    actions["view_gantt"].trigger()
    assert _shown(again) == DEFAULT_COLUMNS
    again.close()
    third = _open(qtbot, ini, plan)
    assert not tracking_gantt_of(third).active
    assert third.action_collection["view_gantt"].isChecked()
