"""The sheet's columns kept between sessions by name: a custom field's column comes back as
itself even when a build has more (or fewer) sheet columns before the custom ones, and a
state an older build saved (Qt's header bytes) is read once into that form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView

from app.store.document import GantryFile
from app.ui import settings as keys
from app.ui.app import Session
from app.ui.column_placement import insert_column
from app.ui.document import Document
from app.ui.models.custom_columns import CUSTOM_COUNT, custom_column
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.settings import Settings
from app.ui.sheet_layout import (
    apply_layout,
    column_key,
    column_of,
    decode,
    encode,
    entries_from_state,
    layout_of,
)
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan

TEXT2 = custom_column("Text2")


@pytest.fixture
def view(qtbot):
    return _view(qtbot)


def _view(qtbot):
    tree = TaskTreeView(TaskTreeModel(Document(build_plan())))
    qtbot.addWidget(tree)
    return tree


def shown(tree) -> list[int]:
    header = tree.horizontalHeader()
    order = [header.logicalIndex(v) for v in range(header.count())]
    return [c for c in order if not tree.isColumnHidden(c)]


def keys_shown(tree) -> list[str]:
    return [column_key(c) for c in shown(tree)]


def test_keys_name_sheet_columns_and_custom_fields_both_ways():
    assert column_key(Column.DURATION) == "duration"
    assert column_key(TEXT2) == "custom:Text2"
    assert column_of("duration") == Column.DURATION
    assert column_of("custom:Text2") == TEXT2
    assert column_of("custom:Text99") is None
    assert column_of("a_column_of_a_newer_build") is None


def test_a_layout_round_trips_order_widths_and_hidden_columns(qtbot, view):
    insert_column(view, TEXT2, Column.START)
    view.setColumnWidth(TEXT2, 177)
    insert_column(view, Column.TOTAL_SLACK)
    view.setColumnWidth(Column.DURATION, 91)
    view.setColumnHidden(Column.DURATION, True)  # its width comes back when shown again
    before = keys_shown(view)
    assert before[before.index("start") - 1] == "custom:Text2"
    other = _view(qtbot)
    apply_layout(other, decode(layout_of(view)))
    assert keys_shown(other) == before
    assert other.columnWidth(TEXT2) == 177
    other.setColumnHidden(Column.DURATION, False)
    assert other.columnWidth(Column.DURATION) == 91


def _older_build_state(sheet_columns: int, text2_before: int) -> QByteArray:
    """The header bytes a build with ``sheet_columns`` sheet columns saved, Text2 shown left
    of sheet column ``text2_before``, every other custom column hidden."""
    table = QTableView()
    table.setModel(QStandardItemModel(0, sheet_columns + CUSTOM_COUNT, table))
    header = table.horizontalHeader()
    for k in range(CUSTOM_COUNT):
        table.setColumnHidden(sheet_columns + k, True)
    text2 = sheet_columns + 1  # Text1, Text2: second of the custom fields
    table.setColumnHidden(text2, False)
    table.setColumnWidth(text2, 166)
    header.moveSection(header.visualIndex(text2), header.visualIndex(text2_before))
    return header.saveState()


def test_a_state_from_a_build_with_one_sheet_column_less_restores_text2_itself(view):
    state = _older_build_state(int(Column.INDICATORS), Column.START)  # the build before it
    entries = entries_from_state(state)
    assert ("custom:Text2", 166, False) in entries
    apply_layout(view, entries)
    order = keys_shown(view)
    assert "custom:Text2" in order
    assert "custom:Text3" not in order
    assert order[order.index("start") - 1] == "custom:Text2"
    assert view.columnWidth(TEXT2) == 166
    # the column that build lacked (Indicators, shown by default) shows where it belongs
    assert "indicators" not in [key for key, _, _ in entries]
    assert order[:2] == ["id", "indicators"]


def test_a_layout_from_a_build_with_other_columns_keeps_what_this_one_has(view):
    entries = [
        ("id", 40, False),
        ("name", 200, False),
        ("a_column_of_a_newer_build", 80, False),
        ("custom:Text2", 150, False),
        ("duration", 70, False),
    ]
    apply_layout(view, entries)
    # the default columns it does not name stay shown, beside those they follow by default
    assert keys_shown(view)[:6] == [
        "id",
        "indicators",
        "wbs",
        "name",
        "custom:Text2",
        "duration",
    ]
    assert view.columnWidth(TEXT2) == 150


def test_an_unreadable_layout_is_ignored():
    assert decode(QByteArray(b"not json")) is None
    assert decode(QByteArray(b'{"version": 99, "columns": []}')) is None
    assert decode(encode([("custom:Text2", 150, True)])) == [("custom:Text2", 150, True)]


@pytest.fixture
def settings_file(tmp_path):
    def make():
        return Settings(QSettings(str(tmp_path / "gantry.ini"), QSettings.Format.IniFormat))

    return make


def _open(qtbot, settings, path):
    window = Session(settings).open_path(path)
    qtbot.addWidget(window)
    return window


def test_the_window_migrates_an_older_builds_saved_state_once(qtbot, tmp_path, settings_file):
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()
    settings = settings_file()
    settings.set(keys.TREE_HEADER_STATE, _older_build_state(len(Column) - 1, Column.START))
    window = _open(qtbot, settings, path)
    order = keys_shown(window.tree)
    assert order[order.index("start") - 1] == "custom:Text2"
    window.close()
    settings = settings_file()
    assert settings.get(keys.TREE_HEADER_STATE).isEmpty()  # read once, then forgotten
    assert ("custom:Text2", 166, False) in decode(settings.get(keys.TREE_COLUMNS))
    again = _open(qtbot, settings, path)
    assert keys_shown(again.tree) == order
    again.close()


def test_the_window_keeps_a_custom_column_between_sessions(qtbot, tmp_path, settings_file):
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()
    window = _open(qtbot, settings_file(), path)
    insert_column(window.tree, TEXT2, Column.DURATION)
    before = keys_shown(window.tree)
    window.close()
    again = _open(qtbot, settings_file(), path)
    assert keys_shown(again.tree) == before
    again.close()


def test_a_state_an_older_build_saved_after_the_layout_wins(qtbot, tmp_path, settings_file):
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()
    window = _open(qtbot, settings_file(), path)
    insert_column(window.tree, custom_column("Text5"))
    window.close()  # the layout names Text5
    settings = settings_file()
    settings.set(keys.TREE_HEADER_STATE, _older_build_state(len(Column) - 1, Column.START))
    again = _open(qtbot, settings, path)  # an older build ran since, showing Text2
    assert "custom:Text2" in keys_shown(again.tree)
    assert "custom:Text5" not in keys_shown(again.tree)
    again.close()
