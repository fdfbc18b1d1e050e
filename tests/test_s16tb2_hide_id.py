"""Hide Column 'ID' stays offered: ID is a normal column in MS Project's tables, and the
sheet keeps working without it (the vertical header is hidden, so nothing else numbers
the rows: the user hides the row numbers knowingly, and gets them back from the menu)."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QMenu

from app.assets import resource_path
from app.ui.app import Session
from app.ui.column_menu import header_menu
from app.ui.gantt.copy_picture import shown_columns
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from app.ui.table_menu import TableController, controller_of

C = Column


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "crm.gantry"
    shutil.copy(resource_path("demo", "crm-rollout.gantry"), path)
    settings = Settings(QSettings(str(tmp_path / "g.ini"), QSettings.Format.IniFormat))
    window = Session(settings).open_path(path)
    qtbot.addWidget(window)
    window.resize(1400, 500)
    with qtbot.waitExposed(window):
        window.show()
    return window


def _action(menu: QMenu, name: str):
    return next(a for a in menu.findChildren(type(menu.actions()[0])) if a.objectName() == name)


def _hide_id(window) -> None:
    menu = header_menu(window.tree, C.ID)
    hide = _action(menu, "hide_column")
    assert hide.text() == "Hide Column 'ID'"
    assert hide.isEnabled()
    hide.trigger()


def test_hiding_id_leaves_the_sheet_working(window):
    tree = window.tree
    _hide_id(window)
    assert tree.isColumnHidden(C.ID)
    assert "id" not in shown_columns(window.gantt)  # nor is it printed
    # Home goes to the first cell shown, the tables are still a right-click away
    row = window.model.index_of_uid(window.document.plan.tasks[3].uid)
    tree.setCurrentIndex(row.siblingAtColumn(C.DURATION))
    home = tree.moveCursor(QAbstractItemView.CursorAction.MoveHome, Qt.KeyboardModifier.NoModifier)
    assert home.column() == C.INDICATORS
    assert not tree.isColumnHidden(home.column())
    menu = header_menu(tree, C.NAME)
    assert menu.findChild(QMenu, "header_tables") is not None
    # and ID comes back from the same menu, first as before
    _action(header_menu(tree, C.NAME), "insert_id").trigger()
    assert not tree.isColumnHidden(C.ID)
    assert tree.horizontalHeader().visualIndex(C.ID) == 0


def test_a_table_saved_without_id_keeps_it_out_and_built_in_ones_show_it(window, monkeypatch):
    _hide_id(window)
    monkeypatch.setattr(TableController, "ask_name", classmethod(lambda cls, p, s: "No IDs"))
    tables = controller_of(window)
    assert tables.save_as()
    assert C.ID not in tables.current.columns
    assert tables.current.columns[0] == C.NAME
    tables.apply_key("cost")
    assert not window.tree.isColumnHidden(C.ID)
    assert tables.apply_key("user:No IDs")
    assert window.tree.isColumnHidden(C.ID)
    assert not window.tree.isColumnHidden(C.NAME)


def test_the_task_name_is_never_offered_for_hiding(window):
    hide = _action(header_menu(window.tree, C.NAME), "hide_column")
    assert not hide.isEnabled()
