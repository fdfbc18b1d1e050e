"""The status bar's permanent labels share an 800-pixel window: with a filter, a sort and a
group on, each takes a shorter form (its full text in the tooltip) instead of the last
ones losing their ends ('Filter: Critical (4 of 5 tas'); a wide window shows them in full."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from app.assets import resource_path
from app.ui.app import Session
from app.ui.settings import Settings
from app.ui.status_fit import full_text

NAMES = ("Table:", "Sort:", "Group:", "Filter:", "Finish:", "Tasks:", "Cost:", "Over-allocated:")


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "crm.gantry"
    shutil.copy(resource_path("demo", "crm-rollout.gantry"), path)
    settings = Settings(QSettings(str(tmp_path / "g.ini"), QSettings.Format.IniFormat))
    window = Session(settings).open_path(path)
    qtbot.addWidget(window)
    window.resize(800, 600)
    with qtbot.waitExposed(window):
        window.show()
    actions = window.action_collection
    for action_id in ("filter_critical", "sort_by_start", "group_resource"):
        actions[action_id].trigger()
    return window


def _labels(window) -> list[QLabel]:
    return window.status_fit.labels()


def _all_fit(window) -> bool:
    return all(label.width() >= label.sizeHint().width() for label in _labels(window))


def test_s18fx_at_800_pixels_every_label_says_what_it_is_in_full_or_short(qtbot, window):
    qtbot.waitUntil(lambda: _all_fit(window))
    labels = _labels(window)
    assert [label.text().split(" ")[0] for label in labels] == list(NAMES)
    shown = window.status_filter
    assert shown.text().startswith("Filter: Critical")
    assert shown.text() != full_text(shown)  # shorter than in full...
    assert full_text(shown).endswith(" of 61 tasks)")
    assert shown.toolTip() == full_text(shown)  # ...which the tooltip says
    # what fits in full stays so, its own tooltip untouched
    table = next(label for label in labels if label.text().startswith("Table:"))
    assert table.text() == "Table: Entry"
    assert table.toolTip() == "The sheet's columns (View > Tables)"
    assert window.status_tasks.text() == "Tasks: 61"
    window.grab().save("/tmp/s18fx_status_800.png")


def test_s18fx_a_wide_window_shows_them_in_full_and_a_narrow_one_again_short(qtbot, window):
    window.resize(1500, 600)
    qtbot.waitUntil(lambda: window.status_filter.text().endswith(" of 61 tasks)"))
    assert window.status_filter.toolTip() == ""
    assert window.status_finish.text().startswith("Finish: Tue ")
    window.resize(800, 600)
    qtbot.waitUntil(lambda: _all_fit(window) and window.status_filter.toolTip() != "")


def test_s18fx_a_label_set_by_another_menu_is_cut_to_fit_with_its_name_kept(qtbot, window):
    qtbot.waitUntil(lambda: _all_fit(window))
    group = next(label for label in _labels(window) if label.text().startswith("Group:"))
    long = "Group: Resource, then Constraint Type, then Duration (hierarchy)"
    group.setText(long)  # as group_menu.py sets it: a plain setText
    qtbot.waitUntil(lambda: _all_fit(window) and group.text() != long)
    assert group.text().startswith("Group: Res")
    assert group.text().endswith("…")
    assert group.toolTip() == long
    assert full_text(group) == long
