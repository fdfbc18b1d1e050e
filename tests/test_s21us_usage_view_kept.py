"""Task Usage's own sort and group are saved with the plan, as the Gantt sheet's are (MS
Project keeps each view's sort and group in its file): chosen in the window they are
written to the .gantry file, a plan reopened (by anyone) shows Task Usage sorted and grouped
so, and they survive the sheet's view being kept again before Usage is ever shown. No
schema change: a second row of the file's ``views`` table, which a reader of the sheet's
row alone passes over."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QSettings

from app.domain.filters import FilterKind, TaskFilter
from app.domain.grouping import built_in
from app.domain.sorting import SortField, SortKey, TaskSort
from app.domain.view_state import SheetView
from app.store.document import GantryFile, read_plan, write_plan
from app.ui import filter_menu, group_menu, sort_menu
from app.ui.app import Session
from app.ui.settings import Settings
from app.ui.sheet_view_keeper import keep_pending
from app.ui.usage.rows import Mode
from app.ui.usage.view import UsageView
from tests.gui.test_usage_view import staffed_plan

BY_NAME = TaskSort((SortKey(SortField.NAME),))


def _session(tmp_path) -> Session:
    return Session(Settings(QSettings(str(tmp_path / "me.ini"), QSettings.Format.IniFormat)))


def _open(session, qtbot, path):
    window = session.open_path(path)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def _names(view: UsageView) -> list[str]:
    tree = view.tree_model.tree
    return ["  " * tree.depth[n] + tree.name(n) for n in view.tree_model.shown]


def test_s21us_usage_sort_and_group_saved_with_the_plan(tmp_path, qtbot):
    path = tmp_path / "plan.gantry"
    GantryFile.create(path, staffed_plan()).close()
    window = _open(_session(tmp_path), qtbot, path)
    window.show_view("usage")
    view = window.views["usage"]
    view.set_mode(Mode.TASKS)
    sort_menu.controller_of(window).apply(BY_NAME)
    group_menu.controller_of(window).apply(built_in("resource"))
    keep_pending(window)  # kept 300 ms later otherwise
    kept = read_plan(path).view
    assert kept.usage_sort == BY_NAME
    assert kept.usage_group == built_in("resource")
    assert kept.task_sort is None  # the Gantt's own are not touched
    assert kept.task_group is None
    window.close()
    # reopened with other settings (a colleague): Task Usage as it was left
    again = _open(_session(tmp_path / "other"), qtbot, path)
    again.show_view("usage")
    usage = again.views["usage"]
    usage.set_mode(Mode.TASKS)
    assert usage.task_sort() == BY_NAME
    assert usage.task_group() == built_in("resource")
    assert _names(usage)[:6] == [
        "Resource Names: Ana", "  Review", "    Ana", "  Specs", "    Ana", "    Ben",
    ]  # fmt: skip
    assert _names(usage)[6:12] == [
        "Resource Names: Ben", "  Code", "    Ben", "  Specs", "    Ana", "    Ben",
    ]  # fmt: skip
    assert group_menu.controller_of(again).actions["resource"].isChecked()
    # No Group and by ID again: the file keeps neither
    group_menu.controller_of(again).apply(built_in("no_group"))
    sort_menu.controller_of(again).sort_by_id()
    keep_pending(again)
    assert read_plan(path).view is None or read_plan(path).view.is_plain
    again.close()


def test_s21us_kept_until_usage_is_shown(tmp_path, qtbot):
    plan = staffed_plan()
    plan.view = SheetView(usage_sort=BY_NAME, usage_group=built_in("critical"))
    path = tmp_path / "plan.gantry"
    write_plan(plan, path)
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT view, sort_keys, group_keys FROM views ORDER BY view"
        ).fetchall()
    finally:
        conn.close()
    assert rows == [("gantt", "", ""), ("task_usage", "name", "critical:desc")]
    window = _open(_session(tmp_path), qtbot, path)
    # the sheet's view kept again (a filter) before Usage is ever built: Usage's stays
    filter_menu.controller_of(window).apply(TaskFilter(FilterKind.USING_RESOURCE, resource_uid=1))
    keep_pending(window)
    kept = read_plan(path).view
    assert kept.task_filter is not None
    assert kept.usage_sort == BY_NAME
    assert kept.usage_group == built_in("critical")
    # shown: Task Usage as kept
    window.show_view("usage")
    usage = window.views["usage"]
    usage.set_mode(Mode.TASKS)
    assert _names(usage)[0] == "Critical: Yes"
    window.close()
