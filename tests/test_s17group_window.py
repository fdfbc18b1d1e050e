"""A plan reopens grouped as it was left, its groups folded as they were, for anyone who opens
it (the group, filter, sort and table travel in the .gantry file as in MS Project's)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from app.domain.filters import FilterKind, TaskFilter
from app.domain.grouping import built_in
from app.domain.sorting import SortField, SortKey, TaskSort
from app.store.document import GantryFile, backup_path, read_plan
from app.ui.app import Session
from app.ui.filter_menu import controller_of as filters_of
from app.ui.group_menu import controller_of as groups_of
from app.ui.models.task_edits import Column
from app.ui.settings import PlanView, Settings
from app.ui.sheet_view_keeper import SheetViewKeeper
from app.ui.sort_menu import controller_of as sorts_of
from app.ui.table_menu import controller_of as tables_of
from tests.test_s16g_sheet_groups import BY_RESOURCE, _plan, rows, trigger
from tests.test_s17group_store import _as_v19


def _session(tmp_path, who: str) -> Session:
    """A session with settings of its own: one person's computer."""
    return Session(Settings(QSettings(str(tmp_path / f"{who}.ini"), QSettings.Format.IniFormat)))


@pytest.fixture
def plan_path(tmp_path):
    path = tmp_path / "groups.gantry"
    GantryFile.create(path, _plan()).close()
    return path


def _open(session, qtbot, path):
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    win.resize(1400, 700)
    win.show()
    return win


def _bob(window):
    """The row of Bob's group header."""
    return window.model.index(rows(window).index("# Resource Names: Bob"), Column.NAME)


def test_s17group_a_colleague_opens_the_plan_grouped_with_the_same_folds(
    tmp_path, qtbot, plan_path
):
    mine = _session(tmp_path, "me")
    window = _open(mine, qtbot, plan_path)
    trigger(window, "group_resource")
    window.tree.setExpanded(_bob(window), False)
    window.close()
    view = read_plan(plan_path).view
    assert view is not None
    assert view.task_group == built_in("resource")
    assert view.folded_groups == frozenset({("Resource Names: Bob",)})

    theirs = _session(tmp_path, "colleague")  # settings that never saw this plan
    again = _open(theirs, qtbot, plan_path)
    assert again.model.row_group() is not None
    assert rows(again) == BY_RESOURCE[:4] + BY_RESOURCE[6:]  # Bob's group folded
    assert not again.tree.isExpanded(_bob(again))
    assert groups_of(again).label.text() == "Group: Resource"
    assert again.action_collection["group_resource"].isChecked()
    again.grab().save("/tmp/s17group_reopened.png")
    again.tree.setExpanded(_bob(again), True)  # unfolded: kept so too
    again.close()
    assert read_plan(plan_path).view.folded_groups == frozenset()


def test_s17group_filter_sort_and_table_travel_with_the_plan(tmp_path, qtbot, plan_path):
    window = _open(_session(tmp_path, "me"), qtbot, plan_path)
    filters_of(window).apply(TaskFilter(FilterKind.NAME_CONTAINS, text="e"))
    sorts_of(window).apply(TaskSort((SortKey(SortField.NAME, True),)))
    trigger(window, "table_cost")
    window.close()
    again = _open(_session(tmp_path, "colleague"), qtbot, plan_path)
    assert again.model.row_filter() is not None
    assert filters_of(again).current == TaskFilter(FilterKind.NAME_CONTAINS, text="e")
    assert sorts_of(again).current == TaskSort((SortKey(SortField.NAME, True),))
    assert tables_of(again).current.key == "cost"
    again.close()


def test_s17group_the_plans_group_wins_over_the_users_settings(tmp_path, qtbot, plan_path):
    session = _session(tmp_path, "me")
    window = _open(session, qtbot, plan_path)
    trigger(window, "group_resource")
    window.close()
    session.settings.set_plan_view(plan_path, PlanView(task_group=built_in("critical")))
    again = _open(session, qtbot, plan_path)
    assert groups_of(again).current == built_in("resource")
    again.close()


def test_s17group_a_plan_keeping_no_view_opens_as_the_users_settings_say(
    tmp_path, qtbot, plan_path
):
    _as_v19(plan_path)  # a file from before views were kept in plans
    fresh = _open(_session(tmp_path, "colleague"), qtbot, plan_path)
    assert fresh.model.row_group() is None  # ungrouped, as before
    assert fresh.document.plan.view is None
    fresh.close()
    assert backup_path(plan_path, 19).exists()  # migrated to v20 as any older file is
    session = _session(tmp_path, "me")
    session.settings.set_plan_view(plan_path, PlanView(task_group=built_in("critical")))
    window = _open(session, qtbot, plan_path)
    assert groups_of(window).current == built_in("critical")  # as my settings left it
    window.close()
    assert read_plan(plan_path).view.task_group == built_in("critical")  # the plan keeps it now


def test_s17group_opening_and_closing_a_plain_plan_leaves_its_file_alone(
    tmp_path, qtbot, plan_path
):
    before = plan_path.read_bytes()
    window = _open(_session(tmp_path, "me"), qtbot, plan_path)
    window.findChild(SheetViewKeeper, "sheet_view_keeper").keep()
    window.close()
    assert plan_path.read_bytes() == before
    assert read_plan(plan_path).view is None


def test_s17group_no_group_is_kept_too_once_the_plan_keeps_a_view(tmp_path, qtbot, plan_path):
    window = _open(_session(tmp_path, "me"), qtbot, plan_path)
    trigger(window, "group_resource")
    window.findChild(SheetViewKeeper, "sheet_view_keeper").keep()
    assert read_plan(plan_path).view.task_group == built_in("resource")  # before closing
    trigger(window, "group_no_group")
    window.close()
    view = read_plan(plan_path).view
    assert view is not None
    assert view.task_group is None


def test_s17group_a_group_change_is_no_undo_step_as_before(tmp_path, qtbot, plan_path):
    window = _open(_session(tmp_path, "me"), qtbot, plan_path)
    stack = window.document.undo_stack
    count = stack.count()
    trigger(window, "group_resource")
    window.findChild(SheetViewKeeper, "sheet_view_keeper").keep()
    assert stack.count() == count  # View > Group by is not undone (nor is it in MS Project)
    window.close()


def test_s17group_a_plan_without_a_file_keeps_its_view_for_save_a_copy(qtbot, tmp_path):
    from app.ui.document import Document
    from app.ui.main_window import MainWindow

    session = _session(tmp_path, "me")
    window = MainWindow(Document(_plan()), session)
    qtbot.addWidget(window)
    trigger(window, "group_resource")
    window.findChild(SheetViewKeeper, "sheet_view_keeper").keep()
    assert window.document.plan.view.task_group == built_in("resource")
    window.close()


def test_s17group_a_group_change_is_written_once_things_settle(tmp_path, qtbot, plan_path):
    window = _open(_session(tmp_path, "me"), qtbot, plan_path)
    keeper = window.findChild(SheetViewKeeper, "sheet_view_keeper")
    timer = keeper._timer
    assert not timer.isActive()
    trigger(window, "group_resource")
    window.tree.setColumnWidth(Column.NAME, 250)  # a column's number is no interval
    assert timer.isActive()
    assert timer.interval() == 300
    timer.timeout.emit()  # what the event loop does once the moment has passed
    view = read_plan(plan_path).view
    assert view.task_group == built_in("resource")
    assert ("name", 250) in view.columns
    window.close()
