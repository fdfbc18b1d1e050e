"""View > Tables on the demo plan: switching shows the table's columns and keeps the rows."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings
from PySide6.QtWidgets import QAbstractItemView, QMenu

from app.assets import resource_path
from app.ui.app import Session
from app.ui.models.task_edits import DEFAULT_COLUMNS, Column
from app.ui.settings import Settings
from app.ui.sheet_tables import built_in
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


def _shown(window) -> tuple[int, ...]:
    tree = window.tree
    header = tree.horizontalHeader()
    order = sorted(range(header.count()), key=header.visualIndex)
    return tuple(c for c in order if not tree.isColumnHidden(c))


def _checked_tables(window) -> list[str]:
    return [
        action_id
        for action_id in window.action_collection.ids()
        if action_id.startswith("table_")
        and action_id != "table_save_as"
        and window.action_collection[action_id].isChecked()
    ]


def test_a_plan_opens_on_the_entry_table(window):
    tables = controller_of(window)
    assert tables.current.key == "entry"
    assert tables.label.text() == "Table: Entry"
    assert _shown(window) == DEFAULT_COLUMNS
    assert _checked_tables(window) == ["table_entry"]


@pytest.mark.parametrize(
    "key", ["cost", "delay", "schedule", "summary", "tracking", "variance", "work"]
)
def test_picking_a_table_shows_exactly_its_columns(window, key):
    window.action_collection[f"table_{key}"].trigger()
    assert _shown(window) == built_in(key).columns
    assert controller_of(window).label.text() == f"Table: {built_in(key).name}"
    assert _checked_tables(window) == [f"table_{key}"]
    header = window.tree.horizontalHeader()
    for column in _shown(window):  # each column the sheet did not show: wide enough for its title
        if column not in DEFAULT_COLUMNS:
            assert header.sectionSize(column) >= min(header.sectionSizeHint(column), 600)


def test_back_to_entry_gives_the_sheet_as_it_opened_widths_included(window):
    header = window.tree.horizontalHeader()
    before = {c: header.sectionSize(c) for c in DEFAULT_COLUMNS}
    window.action_collection["table_cost"].trigger()
    assert header.sectionSize(C.DURATION) == 0  # hidden
    window.action_collection["table_entry"].trigger()
    assert _shown(window) == DEFAULT_COLUMNS
    assert {c: header.sectionSize(c) for c in DEFAULT_COLUMNS} == before


def test_switching_keeps_the_selection_the_current_task_and_the_scroll(window):
    tree = window.tree
    tree.select_uids([20, 21, 22], current=21)
    current = tree.currentIndex()
    tree.selectionModel().setCurrentIndex(
        current.siblingAtColumn(C.DURATION), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    tree.scrollTo(window.model.index_of_uid(30), QAbstractItemView.ScrollHint.PositionAtTop)
    scroll = tree.verticalScrollBar().value()
    assert scroll > 0
    top = tree.rowAt(0)
    window.action_collection["table_cost"].trigger()
    assert tree.selected_uids() == [20, 21, 22]
    assert tree.current_uid() == 21
    assert tree.currentIndex().column() == C.NAME  # Duration is not in the Cost table
    assert tree.verticalScrollBar().value() == scroll
    assert tree.rowAt(0) == top
    window.action_collection["table_tracking"].trigger()
    assert tree.selected_uids() == [20, 21, 22]
    assert tree.verticalScrollBar().value() == scroll


def test_the_view_menu_holds_tables_and_tracking_gantt(window):
    view_menu = window.menuBar().findChild(QMenu, "view_menu")
    ids = [a.objectName() for a in view_menu.actions()]
    assert "tables_menu" in ids
    assert ids.index("view_tracking_gantt") == ids.index("view_gantt") + 1
    tables = window.action_collection["tables_menu"].menu()
    tables.aboutToShow.emit()
    texts = [a.text().replace("&", "") for a in tables.actions() if not a.isSeparator()]
    assert texts[:11] == [
        "Cost",
        "Delay",
        "Earned Value",
        "Earned Value Cost Indicators",
        "Earned Value Schedule Indicators",
        "Entry",
        "Schedule",
        "Summary",
        "Tracking",
        "Variance",
        "Work",
    ]
    assert texts[-1] == "Save Current Columns as Table…"


def test_right_click_on_the_id_title_offers_the_tables_first(window):
    menu = window.tree.column_menu(C.ID)
    first = menu.actions()[:11]
    assert [a.objectName() for a in first] == [
        f"table_{k}"
        for k in (
            "cost",
            "delay",
            "earned_value",
            "earned_value_cost",
            "earned_value_schedule",
            "entry",
            "schedule",
            "summary",
            "tracking",
            "variance",
            "work",
        )
    ]
    assert first[5].isChecked()  # Entry
    next(a for a in first if a.objectName() == "table_work").trigger()
    assert _shown(window) == built_in("work").columns
    other = window.tree.column_menu(C.NAME)
    sub = next(a.menu() for a in other.actions() if a.menu() and a.text() == "Tables")
    work = next(a for a in sub.actions() if a.objectName() == "table_work")
    assert work.isChecked()
    assert other.actions()[0].text() == "Insert Column"  # the usual menu first elsewhere


def test_inserted_columns_stay_until_the_table_is_picked_again(window):
    from app.ui.column_placement import insert_column

    window.action_collection["table_cost"].trigger()
    insert_column(window.tree, C.WORK)
    assert C.WORK in _shown(window)
    assert controller_of(window).current.key == "cost"
    window.action_collection["table_cost"].trigger()
    assert _shown(window) == built_in("cost").columns


def test_save_current_columns_as_a_table_of_ones_own(window, monkeypatch):
    from app.ui.column_placement import insert_column

    window.action_collection["table_schedule"].trigger()
    insert_column(window.tree, C.DEADLINE)
    monkeypatch.setattr(TableController, "ask_name", classmethod(lambda cls, p, s: "Dates"))
    window.action_collection["table_save_as"].trigger()
    tables = controller_of(window)
    assert tables.current.name == "Dates"
    assert tables.label.text() == "Table: Dates"
    assert tables.current.columns == (*built_in("schedule").columns, C.DEADLINE)
    window.action_collection["table_entry"].trigger()
    menu = window.action_collection["tables_menu"].menu()
    menu.aboutToShow.emit()
    mine = next(a for a in menu.actions() if a.text() == "Dates")
    mine.trigger()
    assert _shown(window) == (*built_in("schedule").columns, C.DEADLINE)
    assert mine.isChecked()
    assert _checked_tables(window) == []  # no built-in one
    assert [k for k, a in tables.actions.items() if a.isChecked()] == ["user:Dates"]


def test_a_built_in_name_is_refused_for_ones_own_table(window, monkeypatch):
    monkeypatch.setattr(TableController, "ask_name", classmethod(lambda cls, p, s: " cost "))
    assert not controller_of(window).save_as()
    assert controller_of(window).user_tables == ()
    assert "built-in" in window.statusBar().currentMessage()


def test_ones_own_table_can_be_deleted_the_built_in_ones_not(window, monkeypatch):
    tables = controller_of(window)
    assert not tables.delete_current()  # Entry
    monkeypatch.setattr(TableController, "ask_name", classmethod(lambda cls, p, s: "Mine"))
    window.action_collection["table_cost"].trigger()
    assert tables.save_as()
    menu = window.action_collection["tables_menu"].menu()
    menu.aboutToShow.emit()
    delete = next(a for a in menu.actions() if a.objectName() == "table_delete")
    assert delete.text() == "Delete Table 'Mine'"
    delete.trigger()
    assert tables.user_tables == ()
    assert tables.current.key == "entry"
    assert _shown(window) == DEFAULT_COLUMNS
    menu.aboutToShow.emit()
    assert "Mine" not in [a.text() for a in menu.actions()]
    assert not any(a.objectName() == "table_delete" for a in menu.actions())
