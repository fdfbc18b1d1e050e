"""A plan opened for the first time shows the sheet as it was last left, table and all:
the window no longer turns People and Cost back on over the restored columns."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QSettings

from app.assets import resource_path
from app.ui.app import Session
from app.ui.models.task_edits import DEFAULT_COLUMNS, Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.settings import Settings
from app.ui.sheet_tables import built_in
from app.ui.table_menu import controller_of


@pytest.fixture
def ini(tmp_path):
    return str(tmp_path / "g.ini")


def _copy(tmp_path, name: str):
    path = tmp_path / name
    shutil.copy(resource_path("demo", "crm-rollout.gantry"), path)
    return path


def _open(qtbot, ini, path):
    window = Session(Settings(QSettings(ini, QSettings.Format.IniFormat))).open_path(path)
    qtbot.addWidget(window)
    return window


def _shown(window) -> tuple[int, ...]:
    header = window.tree.horizontalHeader()
    order = sorted(range(header.count()), key=header.visualIndex)
    return tuple(c for c in order if not window.tree.isColumnHidden(c))


@pytest.mark.parametrize("key", ["cost", "tracking", "schedule", "work"])
def test_a_new_plan_shows_exactly_the_last_table(qtbot, tmp_path, ini, key):
    one, two = _copy(tmp_path, "one.gantry"), _copy(tmp_path, "two.gantry")
    window = _open(qtbot, ini, one)
    controller_of(window).apply_key(key)
    window.close()
    window = _open(qtbot, ini, two)
    assert controller_of(window).current.key == key
    assert _shown(window) == built_in(key).columns
    window.close()


def test_people_hidden_by_the_user_stay_hidden_on_a_new_plan(qtbot, tmp_path, ini):
    one, two = _copy(tmp_path, "one.gantry"), _copy(tmp_path, "two.gantry")
    window = _open(qtbot, ini, one)
    assert _shown(window) == DEFAULT_COLUMNS
    window.tree.setColumnHidden(Column.RESOURCES, True)
    window.close()
    window = _open(qtbot, ini, two)
    assert _shown(window) == tuple(c for c in DEFAULT_COLUMNS if c is not Column.RESOURCES)
    window.close()


def test_a_window_without_costs_still_hides_the_cost_column(qtbot, tmp_path, ini, monkeypatch):
    one, two = _copy(tmp_path, "one.gantry"), _copy(tmp_path, "two.gantry")
    window = _open(qtbot, ini, one)
    controller_of(window).apply_key("summary")
    window.close()
    monkeypatch.setattr(TaskTreeModel, "costs_available", lambda self: False)
    window = _open(qtbot, ini, two)
    shown = _shown(window)
    assert Column.COST not in shown
    assert shown == tuple(c for c in built_in("summary").columns if c is not Column.COST)
    window.close()
