"""Field Settings per table, as MS Project keeps a column's title, alignment and width in the
table: a title given in Entry is not Cost's, each table shows its own as View > Tables
switches, the plan's view keeps them, and a plan kept before keeps the window's as Entry's."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.field_settings import ColumnLook, FieldSettingsDialog, looks_of
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def opened(tmp_path, qtbot):
    path = tmp_path / "tables.gantry"
    GantryFile.create(path, build_plan()).close()
    ini = str(tmp_path / "s.ini")
    sessions: list[Session] = []

    def open_():
        session = Session(Settings(QSettings(ini, QSettings.Format.IniFormat)))
        sessions.append(session)
        win = session.open_path(path)
        qtbot.addWidget(win)
        win.resize(1200, 600)
        win.show()
        win.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is win)  # for its shortcuts
        win.tree.setFocus()
        return win

    open_.path = path
    open_.sessions = sessions
    yield open_
    for session in sessions:
        for w in list(session.windows):
            w.close()


def _field_settings(win, qtbot, column, title, width):
    """Alt+F3 on ``column``: type a title and a width, OK."""
    tree = win.tree
    win.activateWindow()  # offscreen, the last dialog stays the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    tree.setFocus()
    tree.setCurrentIndex(win.model.index_of_uid(5, column))
    seen = []

    def act(left=50):
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, FieldSettingsDialog):
            assert left > 0, "Field Settings did not open"
            QTimer.singleShot(20, lambda: act(left - 1))
            return
        dialog.title.setText(title)
        dialog.data_align.setCurrentIndex(dialog.data_align.findData("center"))
        dialog.width_box.setValue(width)
        dialog.accept()
        seen.append(dialog)

    QTimer.singleShot(0, act)
    qtbot.keyClick(tree, Qt.Key.Key_F3, Qt.KeyboardModifier.AltModifier)
    qtbot.keyRelease(tree, Qt.Key.Key_Alt)
    assert seen, "Alt+F3 opened no Field Settings"


def _table(win, key):
    win.findChild(QAction, f"table_{key}").trigger()  # View > Tables > ...
    assert win.findChild(QObject, "table_controller").current.key == key


def _title(win, column):
    return looks_of(win.tree).look(column).title


def test_s24ky_each_table_has_its_own_title_and_width(opened, qtbot):
    win = opened()
    tree = win.tree
    _field_settings(win, qtbot, Column.NAME, "Activity", 300)
    assert _title(win, Column.NAME) == "Activity"
    _table(win, "cost")
    assert _title(win, Column.NAME) == ""  # Cost's Task Name is its own
    assert looks_of(tree).look(Column.NAME) == ColumnLook()
    _field_settings(win, qtbot, Column.NAME, "Cost item", 180)
    assert tree.columnWidth(Column.NAME) == 180
    _table(win, "entry")
    assert looks_of(tree).look(Column.NAME) == ColumnLook("Activity", "", "center")
    assert tree.columnWidth(Column.NAME) == 300
    _table(win, "cost")
    assert _title(win, Column.NAME) == "Cost item"
    assert tree.columnWidth(Column.NAME) == 180


def test_s24ky_the_plans_view_keeps_every_tables_settings(opened, qtbot):
    win = opened()
    _field_settings(win, qtbot, Column.NAME, "Activity", 300)
    _table(win, "cost")
    _field_settings(win, qtbot, Column.NAME, "Cost item", 180)
    win.close()
    again = opened()
    assert again.findChild(QObject, "table_controller").current.key == "cost"
    assert _title(again, Column.NAME) == "Cost item"
    assert again.tree.columnWidth(Column.NAME) == 180
    _table(again, "entry")
    assert _title(again, Column.NAME) == "Activity"
    assert again.tree.columnWidth(Column.NAME) == 300


def test_s24ky_a_plan_kept_before_takes_the_windows_settings_as_entrys(opened, qtbot):
    win = opened()
    _field_settings(win, qtbot, Column.NAME, "Activity", 300)  # kept by the window too
    _table(win, "cost")
    win.close()
    settings = opened.sessions[0].settings
    view = settings.plan_view(opened.path)
    assert view.table_looks is not None
    settings.set_plan_view(opened.path, replace(view, table_looks=None))  # as an older build
    again = opened()
    assert again.findChild(QObject, "table_controller").current.key == "cost"
    assert _title(again, Column.NAME) == ""
    _table(again, "entry")
    assert _title(again, Column.NAME) == "Activity"


def test_s24ky_a_table_saved_from_the_columns_keeps_their_titles(opened, qtbot, monkeypatch):
    from app.ui.table_menu import TableController

    win = opened()
    _field_settings(win, qtbot, Column.NAME, "Activity", 300)
    monkeypatch.setattr(TableController, "ask_name", classmethod(lambda cls, p, s: "Review"))
    assert win.findChild(QObject, "table_controller").save_as()
    assert _title(win, Column.NAME) == "Activity"
    _table(win, "cost")
    assert _title(win, Column.NAME) == ""
    assert win.findChild(QObject, "table_controller").apply_key("user:Review")
    assert _title(win, Column.NAME) == "Activity"
