"""The status bar's Sort label and View > Sort's checked item say the sort View > Sort acts
on now: Task Usage's own while Task Usage shows, the sheet's once Usage is switched to
Resource Usage (per person, Task Usage's sort does not apply), and Task Usage's again when
switched back, without leaving the view."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from app.domain.sorting import SortField, SortKey, TaskSort
from app.ui import sort_menu
from app.ui.usage.rows import Mode
from app.ui.usage.view import UsageView
from tests.gui.test_usage_view import open_window, staffed_plan


@pytest.fixture
def session(qtbot):
    from app.ui.app import Session
    from app.ui.settings import Settings

    s = Session(Settings())
    yield s
    for window in list(s.windows):
        window.close()


@pytest.fixture
def window(session, qtbot, tmp_path):
    return open_window(session, qtbot, tmp_path, staffed_plan())


def _label(window, name: str) -> QLabel:
    return window.statusBar().findChild(QLabel, name)


def test_s21us_sort_label_follows_the_mode(window):
    controller = sort_menu.controller_of(window)
    controller.apply(TaskSort((SortKey(SortField.START),)))  # the Gantt's sort
    window.show_view("usage")
    view = window.views["usage"]
    assert isinstance(view, UsageView)
    view.set_mode(Mode.TASKS)
    controller.apply(TaskSort((SortKey(SortField.NAME),)))  # Task Usage's own
    label = _label(window, "status_sort")
    assert label.text() == "Sort: Name"
    assert controller.actions["sort_by_name"].isChecked()
    view.set_mode(Mode.RESOURCES)  # View > Sort now acts on the sheet: its sort is said
    assert label.text() == "Sort: Start"
    assert controller.actions["sort_by_start"].isChecked()
    assert not controller.actions["sort_by_name"].isChecked()
    view.set_mode(Mode.TASKS)
    assert label.text() == "Sort: Name"
    assert controller.actions["sort_by_name"].isChecked()
    # the view shown again after another: one update per switch, not one per showing
    window.show_view("gantt")
    window.show_view("usage")
    view.set_mode(Mode.RESOURCES)
    assert label.text() == "Sort: Start"
