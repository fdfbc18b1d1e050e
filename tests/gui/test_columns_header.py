"""Insert Column / Hide Column on the sheet's header, and the header state kept per user."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QMenu, QTableView

from app.store.document import GantryFile
from app.ui import settings as keys
from app.ui.app import Session
from app.ui.column_catalog import COLUMN_GROUPS
from app.ui.column_placement import insert_column
from app.ui.document import Document
from app.ui.models.custom_columns import CUSTOM_COUNT
from app.ui.models.task_edits import DEFAULT_COLUMNS, HEADERS, OPTIONAL_COLUMNS, Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.settings import Settings
from app.ui.sheet_header_state import saved_section_count
from app.ui.sheet_layout import restore_layout
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan

ALL_COLUMNS = len(Column) + CUSTOM_COUNT  # the sheet's own columns, then the custom fields


@pytest.fixture
def view(qtbot):
    tree = TaskTreeView(TaskTreeModel(Document(build_plan())))
    qtbot.addWidget(tree)
    return tree


def shown(tree) -> list[Column]:
    """The visible columns, left to right."""
    header = tree.header()
    order = [header.logicalIndex(v) for v in range(header.count())]
    return [Column(c) for c in order if not tree.isColumnHidden(c)]


def actions_by_name(menu: QMenu) -> dict[str, object]:
    out = {}
    for action in menu.actions():
        if action.menu() is not None:
            out.update(actions_by_name(action.menu()))
        if action.objectName():
            out[action.objectName()] = action
    return out


def old_build_state(hidden=(), moved=None, widths=None) -> QByteArray:
    """A header state as a build with only the ten default columns saved it."""
    model = QStandardItemModel(0, 10)
    tree = QTableView()
    tree.setModel(model)
    header = tree.horizontalHeader()
    for column in hidden:
        tree.setColumnHidden(column, True)
    for column, width in (widths or {}).items():
        tree.setColumnWidth(column, width)
    if moved:
        header.moveSection(*moved)
    return header.saveState()


def test_the_ten_default_columns_show_and_every_optional_one_is_hidden(view):
    assert shown(view) == list(DEFAULT_COLUMNS)
    assert all(view.isColumnHidden(c) for c in OPTIONAL_COLUMNS)
    assert len(OPTIONAL_COLUMNS) >= 23


def test_insert_column_lists_every_optional_column_once_in_groups(view):
    grouped = [c for columns in COLUMN_GROUPS.values() for c in columns]
    assert sorted(grouped) == list(OPTIONAL_COLUMNS)
    menu = view.column_menu(Column.START)
    insert = next(a.menu() for a in menu.actions() if a.menu() is not None)
    assert insert.title() == "Insert Column"
    groups = [a.menu().title() for a in insert.actions() if a.menu() is not None]
    assert groups[:2] == ["Schedule", "Baseline and variance"]
    names = actions_by_name(menu)
    assert names["insert_total_slack"].isEnabled()
    assert not names["insert_start"].isEnabled()  # shown already: ticked and greyed
    assert names["insert_start"].isChecked()


def test_insert_puts_the_column_left_of_the_one_clicked_and_hide_takes_it_away(view):
    names = actions_by_name(view.column_menu(Column.START))
    names["insert_total_slack"].trigger()
    assert shown(view)[4:7] == [Column.DURATION, Column.TOTAL_SLACK, Column.START]
    assert view.columnWidth(Column.TOTAL_SLACK) > 0
    hide = actions_by_name(view.column_menu(Column.TOTAL_SLACK))["hide_column"]
    assert hide.text() == "Hide Column 'Total Slack'"
    hide.trigger()
    assert shown(view) == list(DEFAULT_COLUMNS)


def test_insert_without_a_column_clicked_goes_to_the_end(view):
    insert_column(view, Column.NOTES)
    assert shown(view)[-1] is Column.NOTES


def test_the_name_column_cannot_be_hidden(view):
    hide = actions_by_name(view.column_menu(Column.NAME))["hide_column"]
    assert not hide.isEnabled()


def test_a_state_saved_by_this_build_comes_back_as_it_was(view, qtbot):
    insert_column(view, Column.DEADLINE, Column.WBS)
    view.setColumnHidden(Column.PREDECESSORS, True)
    view.setColumnWidth(Column.DEADLINE, 150)
    state = view.header().saveState()
    other = TaskTreeView(TaskTreeModel(Document(build_plan())))
    qtbot.addWidget(other)
    assert restore_layout(other, QByteArray(), state)
    assert shown(other) == shown(view)
    assert other.columnWidth(Column.DEADLINE) == 150


def test_a_state_from_an_older_build_with_ten_columns_restores_sensibly(view):
    state = old_build_state(hidden=[Column.WBS], moved=(8, 3), widths={Column.NAME: 300})
    assert saved_section_count(state) == 10
    assert restore_layout(view, QByteArray(), state)
    assert view.header().count() == ALL_COLUMNS
    # its choices are kept: WBS hidden, % Complete moved, the name column wider; Indicators,
    # a default column it did not have, shows right of ID as on a fresh sheet
    assert shown(view) == [
        Column.ID,
        Column.INDICATORS,
        Column.NAME,
        Column.PERCENT,
        Column.DURATION,
        Column.START,
        Column.FINISH,
        Column.PREDECESSORS,
        Column.RESOURCES,
        Column.COST,
    ]
    assert view.columnWidth(Column.NAME) == 300
    # the columns it did not know stay hidden, and show at their own width when inserted
    assert all(view.isColumnHidden(c) for c in OPTIONAL_COLUMNS)
    insert_column(view, Column.FIXED_COST)
    assert view.columnWidth(Column.FIXED_COST) == 90


def test_a_state_from_a_newer_build_with_more_columns_keeps_what_this_one_has(view):
    """A build with seven more sheet columns (before its custom fields, as builds add them)."""
    sheet = len(Column) + 7
    newer = QTableView()
    newer.setModel(QStandardItemModel(0, sheet + CUSTOM_COUNT))
    header = newer.horizontalHeader()
    extra = len(Column) + 2  # a column this build lacks
    for column in range(sheet + CUSTOM_COUNT):
        newer.setColumnHidden(column, column not in (0, 2, 3, Column.NOTES, extra))
    newer.setColumnWidth(Column.NOTES, 260)
    header.moveSection(header.visualIndex(Column.NOTES), 1)
    header.moveSection(header.visualIndex(extra), 2)
    state = header.saveState()
    assert saved_section_count(state) == ALL_COLUMNS + 7
    assert restore_layout(view, QByteArray(), state)
    assert view.header().count() == ALL_COLUMNS  # Qt alone would keep the seven extra
    assert shown(view) == [Column.ID, Column.NOTES, Column.NAME, Column.DURATION]
    assert view.columnWidth(Column.NOTES) == 260
    # a hidden column keeps its width for when it shows again
    view.setColumnHidden(Column.START, False)
    assert view.columnWidth(Column.START) > 0


def test_something_that_is_no_header_state_is_refused(view):
    assert not restore_layout(view, QByteArray(), QByteArray(b"not a header"))
    assert shown(view) == list(DEFAULT_COLUMNS)


@pytest.fixture
def settings_file(tmp_path):
    def make():
        return Settings(QSettings(str(tmp_path / "gantry.ini"), QSettings.Format.IniFormat))

    return make


def open_window(qtbot, settings, path):
    session = Session(settings)
    window = session.open_path(path)
    qtbot.addWidget(window)
    return window


def test_the_window_keeps_the_columns_between_sessions(qtbot, tmp_path, settings_file):
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()
    window = open_window(qtbot, settings_file(), path)
    insert_column(window.tree, Column.TOTAL_SLACK, Column.START)
    window.tree.setColumnHidden(Column.WBS, True)
    before = shown(window.tree)
    window.close()
    again = open_window(qtbot, settings_file(), path)
    assert shown(again.tree) == before
    assert again.tree.header().count() == ALL_COLUMNS
    again.close()


def test_the_window_reads_an_older_builds_state(qtbot, tmp_path, settings_file):
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, build_plan()).close()
    settings = settings_file()
    settings.set(keys.TREE_HEADER_STATE, old_build_state(hidden=[Column.WBS]))
    window = open_window(qtbot, settings, path)
    assert Column.WBS not in shown(window.tree)
    assert all(window.tree.isColumnHidden(c) for c in OPTIONAL_COLUMNS)
    assert HEADERS[Column.NAME] == "Task name"
    window.close()


def test_a_column_hidden_left_of_the_click_is_inserted_just_left_of_it(view):
    view.setColumnHidden(Column.WBS, True)
    insert_column(view, Column.WBS, Column.PERCENT)
    order = shown(view)
    assert order[order.index(Column.PERCENT) - 1] is Column.WBS
    assert order[:3] == [Column.ID, Column.INDICATORS, Column.NAME]


def test_the_menu_builds_for_every_column_and_right_of_the_last(view):
    for section in [-1, *range(len(Column))]:
        menu = view.column_menu(section)
        assert menu.actions()[0].menu().objectName() == "insert_column"
        names = actions_by_name(menu)
        assert len([n for n in names if n.startswith("insert_")]) >= 30
        assert names["hide_column"].isEnabled() == (section not in (-1, Column.NAME))


def test_a_column_is_found_by_typing_part_of_its_name(view):
    from PySide6.QtWidgets import QLineEdit

    from app.ui.column_menu import find_column

    hidden = list(OPTIONAL_COLUMNS)
    assert find_column("deadline", hidden) is Column.DEADLINE
    assert find_column("  free ", hidden) is Column.FREE_SLACK
    assert find_column("nothing like it", hidden) is None
    menu = view.column_menu(Column.START)
    finder = menu.findChild(QLineEdit, "find_column")
    assert finder is not None
    finder.setText("variance")  # Finish Variance comes before Cost Variance in the sheet
    finder.returnPressed.emit()
    order = shown(view)
    assert order[order.index(Column.START) - 1] is Column.FINISH_VARIANCE


# The header state a ten-column build saved in a real settings file (no column moved).
_SAVED_BY_A_TEN_COLUMN_BUILD = bytes.fromhex(
    "000000ff000000000000000100000001000000000000000000000000000000000000000000000003fa"
    "0000000a0100000000000000000000000000000064ffffffff00000081000000000000000a00000036"
    "0000000100000000000000300000000100000000000000dc0000000100000000000000400000000100"
    "0000000000007600000001000000000000007600000001000000000000006000000001000000000000"
    "008200000001000000000000005000000001000000000000005a0000000100000000000003e8000000"
    "000000000000000000000000000000000001"
)


def test_a_real_state_from_a_ten_column_build_keeps_the_sheet_readable(view):
    """It left the header at a negative length: an empty sheet and a chart with no rows."""
    state = QByteArray(_SAVED_BY_A_TEN_COLUMN_BUILD)
    assert saved_section_count(state) == 10
    assert restore_layout(view, QByteArray(), state)
    header = view.header()
    assert header.count() == ALL_COLUMNS
    assert header.length() > 0
    assert shown(view) == list(DEFAULT_COLUMNS)  # its ten and Indicators right of ID
    assert view.columnWidth(Column.NAME) == 220  # as that build saved it
    assert all(header.sectionSize(c) > 0 for c in shown(view))
