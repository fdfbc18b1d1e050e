"""The status bar's filter label counts the rows a flat sort lists: sorted without "Keep outline
structure" the summaries are not shown, yet the label counted them ('33 of 61' over 27 rows)."""

from __future__ import annotations

import pytest

from app.domain.resource import Assignment, Resource
from app.domain.sorting import SortField, SortKey, TaskSort
from app.domain.task import Task
from app.ui.app import Session
from app.ui.dialogs.sort_dialog import SortChoice, SortDialog
from app.ui.document import Document
from app.ui.filter_menu import filter_counts
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(qtbot):
    plan = build_plan()  # Design: Specs, Review; Build: Code, Test; Go-live
    plan.insert_tasks(6, [Task(8, "Docs", 2, duration_minutes=480)])  # the one leaf not critical
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 5, 1, 1.0, 5 * 480))
    win = MainWindow(Document(plan), Session(Settings()))
    qtbot.addWidget(win)
    win.resize(1200, 600)
    win.show()
    yield win
    win.close()


def _sort(window, monkeypatch, keep_outline):
    task_sort = TaskSort((SortKey(SortField.START),), keep_outline=keep_outline)
    monkeypatch.setattr(
        SortDialog, "ask", classmethod(lambda cls, parent, current: SortChoice(task_sort))
    )
    window.action_collection["sort_by_dialog"].trigger()


def _rows(window):
    return len(window.model.shown_uids())


def test_flat_sort_then_filter_counts_the_listed_rows(window, monkeypatch):
    _sort(window, monkeypatch, keep_outline=False)
    window.action_collection["filter_critical"].trigger()
    assert _rows(window) == 5  # Specs, Review, Code, Test, Go-live
    assert window.status_filter.text() == "Filter: Critical (5 of 6 tasks)"


def test_filter_then_flat_sort_updates_the_label(window, monkeypatch):
    window.action_collection["filter_critical"].trigger()
    assert window.status_filter.text() == "Filter: Critical (7 of 8 tasks)"
    _sort(window, monkeypatch, keep_outline=False)
    assert window.status_filter.text() == "Filter: Critical (5 of 6 tasks)"
    window.action_collection["sort_by_id"].trigger()  # the outline is back, summaries count
    assert window.status_filter.text() == "Filter: Critical (7 of 8 tasks)"


def test_a_sort_keeping_the_outline_counts_summaries(window, monkeypatch):
    _sort(window, monkeypatch, keep_outline=True)
    window.action_collection["filter_critical"].trigger()
    assert window.status_filter.text() == "Filter: Critical (7 of 8 tasks)"


def test_a_task_added_under_a_flat_sort_counts_once(window, monkeypatch):
    _sort(window, monkeypatch, keep_outline=False)
    window.action_collection["filter_critical"].trigger()
    plan = window.document.plan
    plan.append_task(Task(9, "Extra", 1, duration_minutes=480))
    assert filter_counts(window.model.row_filter(), window.model.row_sort(), plan.tasks) == (6, 7)
