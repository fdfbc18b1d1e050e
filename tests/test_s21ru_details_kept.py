"""The Usage view's detail rows are kept with the plan, as Task Usage's sort is (MS Project
keeps a view's Format > Details in its file): chosen, written to the .gantry file as a row
of its views table (no schema change), shown again when the plan is reopened by anyone."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QSettings

from app.domain.usage_detail_rows import Detail
from app.domain.view_state import SheetView
from app.store.document import GantryFile, read_plan
from app.ui.app import Session
from app.ui.settings import Settings
from app.ui.sheet_view_keeper import keep_pending
from tests.test_s21ru_usage_window import crowded_plan


def _open(tmp_path, qtbot, path, who: str):
    session = Session(Settings(QSettings(str(tmp_path / who), QSettings.Format.IniFormat)))
    window = session.open_path(path)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def test_s21ru_details_saved_with_the_plan_and_shown_on_reopening(tmp_path, qtbot):
    path = tmp_path / "plan.gantry"
    GantryFile.create(path, crowded_plan()).close()
    window = _open(tmp_path, qtbot, path, "me.ini")
    window.show_view("usage")
    view = window.views["usage"]
    view.detail_actions[Detail.COST].trigger()
    view.detail_actions[Detail.OVERALLOCATION].trigger()
    keep_pending(window)
    assert read_plan(path).view.usage_details == (Detail.OVERALLOCATION, Detail.COST)
    with sqlite3.connect(path) as conn:
        row = conn.execute("SELECT table_key FROM views WHERE view = 'resource_usage'").fetchone()
    assert row == ("overallocation,cost",)
    window.close()
    other = _open(tmp_path, qtbot, path, "colleague.ini")  # settings play no part
    other.show_view("usage")
    shown = other.views["usage"]
    assert shown.details == (Detail.WORK, Detail.OVERALLOCATION, Detail.COST)
    assert not shown.tree.isColumnHidden(2)  # the Details column
    shown.detail_actions[Detail.COST].trigger()
    shown.detail_actions[Detail.OVERALLOCATION].trigger()
    keep_pending(other)
    assert read_plan(path).view.usage_details == ()


def test_s21ru_a_detail_a_later_version_added_is_left_off(tmp_path):
    path = tmp_path / "plan.gantry"
    plan = crowded_plan()
    plan.view = SheetView(usage_details=(Detail.ACTUAL_WORK,))
    GantryFile.create(path, plan).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE views SET table_key = 'spread,actual' WHERE view = 'resource_usage'")
    assert read_plan(path).view.usage_details == (Detail.ACTUAL_WORK,)
    assert SheetView(usage_details=(Detail.COST,)).is_plain is False
