"""The status bar names the table the sheet shows: with columns kept from an earlier session
that are not the Entry table's (the settings a tester had: ID, Task Name, Physical %
Complete, Earned Value Method), it says "Table: Entry (changed)", not plain "Entry"; a table
chosen again shows its own columns and its plain name; inserting a column marks it changed."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QLabel

from app.store.document import GantryFile
from app.ui import settings as keys
from app.ui.app import Session
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

LEFT_BY_AN_EARLIER_SESSION = {
    "version": 1,
    "columns": [
        ["id", 54, False],
        ["name", 220, False],
        ["physical_percent", 145, False],
        ["ev_method", 149, False],
    ],
    "table": "entry",
}


def _open(tmp_path, qtbot, session):
    path = tmp_path / "table_changed.gantry"
    GantryFile.create(path, build_plan()).close()
    win = session.open_path(path)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    win.show_view("gantt")
    return win


def _label(win) -> str:
    label = win.findChild(QLabel, "status_table")
    assert label is not None
    return label.text()


@pytest.fixture
def session():
    made = Session(Settings())
    yield made
    for w in list(made.windows):
        w.close()


def test_kept_columns_other_than_entrys_say_changed(tmp_path, qtbot, session) -> None:
    state = json.dumps(LEFT_BY_AN_EARLIER_SESSION).encode()
    Settings().set(keys.TREE_COLUMNS, QByteArray(state))
    win = _open(tmp_path, qtbot, session)
    qtbot.wait(20)
    assert _label(win) == "Table: Entry (changed)"

    win.action_collection["table_entry"].trigger()  # View > Tables > Entry: its own columns
    qtbot.wait(20)
    assert _label(win) == "Table: Entry"


def test_fresh_settings_say_entry_and_a_hidden_column_marks_it(tmp_path, qtbot, session) -> None:
    from app.ui.models.task_edits import Column

    win = _open(tmp_path, qtbot, session)
    qtbot.wait(20)
    assert _label(win) == "Table: Entry"

    win.tree.setColumnHidden(Column.DURATION, True)  # as Hide Column does
    qtbot.wait(20)
    assert _label(win) == "Table: Entry (changed)"
