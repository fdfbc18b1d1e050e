"""The sheet's table, its columns and the user's tables come back when the plan reopens."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QSettings

from app.assets import resource_path
from app.ui.app import Session
from app.ui.column_placement import insert_column
from app.ui.models.task_edits import DEFAULT_COLUMNS, Column
from app.ui.settings import PlanView, Settings
from app.ui.sheet_tables import built_in
from app.ui.table_menu import TableController, controller_of

C = Column


@pytest.fixture
def ini(tmp_path):
    return str(tmp_path / "g.ini")


def _copy(tmp_path, name: str):
    path = tmp_path / name
    shutil.copy(resource_path("demo", "crm-rollout.gantry"), path)
    return path


def _open(qtbot, ini, path):
    settings = Settings(QSettings(ini, QSettings.Format.IniFormat))
    window = Session(settings).open_path(path)
    qtbot.addWidget(window)
    return window


def _shown(window) -> tuple[int, ...]:
    tree = window.tree
    header = tree.horizontalHeader()
    order = sorted(range(header.count()), key=header.visualIndex)
    return tuple(c for c in order if not tree.isColumnHidden(c))


def test_the_plan_view_keeps_table_columns_user_tables_and_tracking_gantt(tmp_path, ini):
    settings = Settings(QSettings(ini, QSettings.Format.IniFormat))
    path = tmp_path / "p.gantry"
    view = PlanView(
        table="user:Dates",
        columns=(("id", 54), ("name", 220), ("deadline", 130)),
        tables=(("Dates", ("id", "name", "deadline")),),
        tracking_gantt=True,
    )
    settings.set_plan_view(path, view)
    assert settings.plan_view(path) == view
    settings.set_plan_view(path, PlanView())
    assert settings.plan_view(path) == PlanView()


def test_a_table_and_a_width_come_back_on_reopening(qtbot, tmp_path, ini):
    path = _copy(tmp_path, "crm.gantry")
    window = _open(qtbot, ini, path)
    controller_of(window).apply_key("cost")
    window.tree.setColumnWidth(C.FIXED_COST, 140)
    window.close()
    again = _open(qtbot, ini, path)
    assert controller_of(again).current.key == "cost"
    assert controller_of(again).label.text() == "Table: Cost"
    assert _shown(again) == built_in("cost").columns
    assert again.tree.horizontalHeader().sectionSize(C.FIXED_COST) == 140
    assert again.action_collection["table_cost"].isChecked()


def test_each_plan_reopens_with_its_own_table(qtbot, tmp_path, ini):
    one, two = _copy(tmp_path, "one.gantry"), _copy(tmp_path, "two.gantry")
    window = _open(qtbot, ini, two)
    controller_of(window).apply_key("entry")
    window.close()
    window = _open(qtbot, ini, one)
    controller_of(window).apply_key("variance")
    window.close()
    window = _open(qtbot, ini, two)  # the window's own layout says Variance: the plan's wins
    assert controller_of(window).current.key == "entry"
    assert _shown(window) == DEFAULT_COLUMNS
    window.close()
    window = _open(qtbot, ini, one)
    assert controller_of(window).current.key == "variance"
    assert _shown(window) == built_in("variance").columns


def test_a_plan_never_opened_gets_the_last_sheet_and_its_table_name(qtbot, tmp_path, ini):
    one, two = _copy(tmp_path, "one.gantry"), _copy(tmp_path, "two.gantry")
    window = _open(qtbot, ini, one)
    controller_of(window).apply_key("variance")
    window.close()
    window = _open(qtbot, ini, two)
    assert controller_of(window).current.key == "variance"
    assert _shown(window) == built_in("variance").columns  # no People or Cost added


def test_a_users_table_and_its_tweaks_come_back(qtbot, tmp_path, ini, monkeypatch):
    path = _copy(tmp_path, "crm.gantry")
    window = _open(qtbot, ini, path)
    controller_of(window).apply_key("schedule")
    insert_column(window.tree, C.DEADLINE)
    monkeypatch.setattr(TableController, "ask_name", classmethod(lambda cls, p, s: "Dates"))
    assert controller_of(window).save_as()
    insert_column(window.tree, C.NOTES)  # after saving: a tweak of the sheet, not the table
    window.close()
    again = _open(qtbot, ini, path)
    tables = controller_of(again)
    assert tables.current.name == "Dates"
    assert [t.name for t in tables.user_tables] == ["Dates"]
    assert _shown(again) == (*built_in("schedule").columns, C.DEADLINE, C.NOTES)
    tables.apply_key("entry")
    assert tables.apply_key("user:Dates")
    assert _shown(again) == (*built_in("schedule").columns, C.DEADLINE)
