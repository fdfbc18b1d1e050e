"""The rest of the saved view's gaps: a Custom Field filter the user's settings keep comes
back, Save a Copy As copies a view changed a moment before, and a plan's view tables count
in the progress of opening it."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QSettings

from app.domain.filters import FilterKind, TaskFilter
from app.domain.grouping import built_in
from app.domain.sorting import SortField, SortKey, TaskSort
from app.domain.view_state import SheetView
from app.store.document import GantryFile, read_plan, write_plan
from app.store.load import load_plan
from app.ui.app import Session
from app.ui.main_window import MainWindow
from app.ui.settings import PlanView, Settings
from tests.test_s16g_sheet_groups import _plan, trigger


def _settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "me.ini"), QSettings.Format.IniFormat))


def test_s17view2_a_custom_field_filter_kept_in_the_settings_comes_back(tmp_path):
    settings = _settings(tmp_path)
    path = tmp_path / "plan.gantry"
    path.write_bytes(b"")
    custom = TaskFilter(FilterKind.CUSTOM_FIELD, text="high", field="Text2")
    by_name = TaskSort((SortKey(SortField.NAME),))
    settings.set_plan_view(path, PlanView(task_filter=custom, task_sort=by_name))
    again = _settings(tmp_path).plan_view(path)  # reopened: read back from the file
    assert again.task_filter == custom
    assert again.task_sort == by_name  # not dropped with a filter that could not be read


def test_s17view2_save_a_copy_as_copies_the_view_changed_a_moment_ago(tmp_path, qtbot, monkeypatch):
    path = tmp_path / "plan.gantry"
    GantryFile.create(path, _plan()).close()
    session = Session(_settings(tmp_path))
    window = session.open_path(path)
    qtbot.addWidget(window)
    window.show()
    trigger(window, "group_resource")  # kept 300 ms later: the copy is asked for first
    target = tmp_path / "copy.gantry"
    monkeypatch.setattr(MainWindow, "ask_save_path", classmethod(lambda cls, *a: target))
    trigger(window, "save_copy_as")
    assert read_plan(target).view.task_group == built_in("resource")
    assert read_plan(path).view.task_group == built_in("resource")  # and in the plan's own
    window.close()


def test_s17view2_opening_counts_the_view_tables_in_its_progress(tmp_path):
    plan = _plan()
    plan.view = SheetView(
        columns=tuple((f"text{i}", 80) for i in range(1, 31)),
        task_group=built_in("resource"),
        folded_groups=frozenset({("Resource Names: Ann",), ("Resource Names: Bob",)}),
    )
    path = tmp_path / "plan.gantry"
    write_plan(plan, path)
    heard: list[tuple[int, int]] = []
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        load_plan(conn, lambda done, total: heard.append((done, total)) or True)
    finally:
        conn.close()
    total = heard[-1][1]
    # the bar is full only once the last table (the view's folded groups) is read
    assert [done for done, _t in heard].index(total) == len(heard) - 2
