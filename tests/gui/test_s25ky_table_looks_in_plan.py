"""Field Settings per table travel with the plan, as MS Project keeps a table's definition in
the project file: a title given on one laptop shows when the .gantry is opened on another
(another user's settings), a look set writes the plan at once, and a v31 file (none kept)
opens with the user's settings' looks, as before."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QObject, QSettings

from app.store.document import GantryFile, read_plan
from app.store.schema import SCHEMA_VERSION
from app.ui.app import Session
from app.ui.field_settings import ColumnLook, looks_of
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

ACTIVITY = ColumnLook(title="Activity", data_align="center")


@pytest.fixture
def open_with(tmp_path, qtbot):
    windows = []

    def open_(path, ini):
        session = Session(Settings(QSettings(str(tmp_path / ini), QSettings.Format.IniFormat)))
        win = session.open_path(path)
        qtbot.addWidget(win)
        with qtbot.waitExposed(win):
            win.show()
        windows.append(win)
        return win

    yield open_
    for win in windows:
        win.close()


def _kept_titles(path) -> list[tuple[str, str, str]]:
    view = read_plan(path).view
    looks = () if view is None or view.table_looks is None else view.table_looks
    return [(table, key, title) for table, key, title, *_rest in looks]


def test_s25ky_a_title_set_on_one_laptop_shows_on_another(tmp_path, qtbot, open_with):
    path = tmp_path / "plan.gantry"
    GantryFile.create(path, build_plan()).close()
    win = open_with(path, "laptop_a.ini")
    looks_of(win.tree).set_look(Column.NAME, ACTIVITY)
    # the plan is written at once (the keeper's moment), not when the window closes
    qtbot.waitUntil(lambda: ("entry", "name", "Activity") in _kept_titles(path))
    win.close()
    other = open_with(path, "laptop_b.ini")  # no settings of laptop A's
    assert looks_of(other.tree).look(Column.NAME) == ACTIVITY


def test_s25ky_the_plans_looks_win_over_the_users(tmp_path, qtbot, open_with):
    path = tmp_path / "plan.gantry"
    GantryFile.create(path, build_plan()).close()
    win = open_with(path, "laptop.ini")
    looks_of(win.tree).set_look(Column.NAME, ACTIVITY)
    win.findChild(QObject, "sheet_view_keeper").keep()
    win.close()  # the user's settings keep "Activity" too
    with GantryFile.open(path) as file:  # a colleague retitles the column in the plan
        kept = file.plan.view
        retitled = tuple(
            (t, k, "Step" if k == "name" else title, *rest)
            for t, k, title, *rest in kept.table_looks
        )
        file.keep_view(type(kept)(**{**_fields(kept), "table_looks": retitled}))
    again = open_with(path, "laptop.ini")
    assert looks_of(again.tree).look(Column.NAME).title == "Step"


def _fields(view) -> dict:
    return {name: getattr(view, name) for name in view.__slots__}


def test_s25ky_a_v31_file_opens_with_the_users_looks(tmp_path, qtbot, open_with):
    path = tmp_path / "plan.gantry"
    GantryFile.create(path, build_plan()).close()
    win = open_with(path, "laptop.ini")
    looks_of(win.tree).set_look(Column.NAME, ACTIVITY)
    win.findChild(QObject, "sheet_view_keeper").keep()
    win.close()
    with sqlite3.connect(path) as conn:  # as v31 wrote it: no table for the looks
        conn.execute("DROP TABLE view_table_looks")
        conn.execute("PRAGMA user_version = 31")
    conn.close()
    plan = read_plan(path)
    assert plan.view is None or plan.view.table_looks is None
    again = open_with(path, "laptop.ini")  # migrated; the user's settings give the looks
    assert looks_of(again.tree).look(Column.NAME) == ACTIVITY
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
