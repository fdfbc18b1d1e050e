"""Reopening a plan brings back the selected task and the Task Path highlight following it.

Found by a GUI tester: the sort, folds, zoom and first row came back, but the
selection was lost, and with it the Format > Task Path colours on the chart.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.domain.task import Task
from app.domain.task_path import PathKind
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.gantt.task_path import ACTION_IDS, highlight_of
from app.ui.settings import PlanView, Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "gantry.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def plan_file(tmp_path) -> Path:
    plan = build_plan()
    plan.insert_tasks(6, [Task(8, "Docs", 2, duration_minutes=480)])
    path = tmp_path / "paths.gantry"
    GantryFile.create(path, plan).close()
    return path


def _open(qtbot, settings, path):
    window = Session(settings).open_path(path)
    qtbot.addWidget(window)
    window.resize(1200, 600)
    with qtbot.waitExposed(window):
        window.show()
    return window


def _uid(window, name):
    return next(t.uid for t in window.document.plan.tasks if t.name == name)


def _names(window):
    plan = window.document.plan
    return {plan.task(u).name: kind for u, kind in highlight_of(window).path().items()}


def test_the_selected_task_and_its_path_come_back(qtbot, settings, plan_file):
    window = _open(qtbot, settings, plan_file)
    code = _uid(window, "Code")
    window.tree.select_uids([code])
    window.action_collection[ACTION_IDS[PathKind.DRIVING_PREDECESSORS]].setChecked(True)
    window.action_collection[ACTION_IDS[PathKind.SUCCESSORS]].setChecked(True)
    shown = _names(window)
    assert shown  # Specs and Review before Code, Test and Go-live after
    window.close()

    again = _open(qtbot, settings, plan_file)
    assert again.tree.current_uid() == code
    assert code in again.tree.selected_uids()
    for kind in (PathKind.DRIVING_PREDECESSORS, PathKind.SUCCESSORS):
        assert again.action_collection[ACTION_IDS[kind]].isChecked()
    assert not again.action_collection[ACTION_IDS[PathKind.PREDECESSORS]].isChecked()
    assert _names(again) == shown
    again.close()


def test_a_path_left_on_another_view_comes_back_on_the_gantt(qtbot, settings, plan_file):
    window = _open(qtbot, settings, plan_file)
    window.tree.select_uids([_uid(window, "Test")])
    window.action_collection[ACTION_IDS[PathKind.PREDECESSORS]].setChecked(True)
    shown = _names(window)
    window.show_view("budget")
    window.close()

    again = _open(qtbot, settings, plan_file)
    assert again.gantt is None  # built when first shown
    again.show_view("gantt")
    assert again.tree.current_uid() == _uid(again, "Test")
    assert _names(again) == shown
    assert again.gantt.overlays  # the chart paints it
    again.close()


def test_a_task_deleted_since_selects_nothing(qtbot, settings, plan_file):
    settings.set_plan_view(plan_file, PlanView(current_uid=9999))
    window = _open(qtbot, settings, plan_file)
    assert window.tree.current_uid() != 9999
    assert window.tree.selected_uids() == []
    window.close()


def test_settings_keep_the_current_task_and_the_paths(settings, tmp_path):
    path = tmp_path / "one.gantry"
    view = PlanView(
        current_uid=5, task_path=frozenset({PathKind.SUCCESSORS, PathKind.PREDECESSORS})
    )
    settings.set_plan_view(path, view)
    assert settings.plan_view(path) == view
