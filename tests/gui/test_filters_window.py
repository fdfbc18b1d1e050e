"""View > Filter in the main window: the sheet, the Gantt chart and the status bar follow it."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.store.document import GantryFile
from app.ui import filter_menu
from app.ui.app import Session
from app.ui.filter_menu import DateRangeFilterDialog, ResourceFilterDialog, controller_of
from app.ui.models.blank_row import HINT_BRUSH
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

EDIT = Qt.ItemDataRole.EditRole
FG = Qt.ItemDataRole.ForegroundRole


def _plan():
    """The sample plan (Design: Specs, Review; Build: Code, Test; Go-live) plus Docs under
    Build, one day with no links: the only leaf off the critical path. Ana writes Code."""
    plan = build_plan()
    plan.insert_tasks(6, [Task(8, "Docs", 2, duration_minutes=480)])
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 5, 1, 1.0, 5 * 480))
    return plan


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "filters.gantry"
    GantryFile.create(path, _plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    win.resize(1400, 700)
    win.show()
    yield win
    for w in list(session.windows):
        w.close()


def names(window):
    plan = window.document.plan
    return [plan.task(u).name for u in window.model.shown_uids()]


def uid(window, name):
    return next(t.uid for t in window.document.plan.tasks if t.name == name)


def trigger(window, action_id):
    window.action_collection[action_id].trigger()


def test_critical_filter_shows_critical_tasks_with_their_summaries(window):
    everything = ["Design", "Specs", "Review", "Build", "Code", "Test", "Docs", "Go-live"]
    assert names(window) == everything
    trigger(window, "filter_critical")
    assert names(window) == ["Design", "Specs", "Review", "Build", "Code", "Test", "Go-live"]
    assert window.status_filter.isVisibleTo(window)
    assert window.status_filter.text() == "Filter: Critical (7 of 8 tasks)"
    assert window.action_collection["filter_critical"].isChecked()
    # F3, as in MS Project, shows every task again and the status bar forgets the filter.
    assert window.action_collection["filter_all_tasks"].shortcut() == QKeySequence("F3")
    trigger(window, "filter_all_tasks")
    assert "Docs" in names(window)
    assert window.model.row_filter() is None
    assert not window.status_filter.isVisibleTo(window)
    assert window.action_collection["filter_all_tasks"].isChecked()


def test_the_gantt_chart_draws_the_filtered_rows_and_only_their_arrows(window):
    chart = window.gantt
    trigger(window, "filter_milestones")
    shown = window.model.shown_uids()
    assert names(window) == ["Go-live"]
    assert chart.row_index().uids == shown
    assert [r.uid for r in chart.visible_rows()] == shown
    # Test -> Go-live: Test is filtered out, so no arrow is drawn into nothing.
    assert chart.row_index().links_near(0, len(shown)) == []
    trigger(window, "filter_critical")
    rows = chart.row_index()
    assert rows.uids == window.model.shown_uids()
    drawn = {(lk.predecessor, lk.successor) for lk in rows.links_near(0, len(rows.uids))}
    assert drawn == {(2, 3), (3, 5), (5, 6), (6, 7)}


def test_summaries_shown_only_for_the_outline_are_greyed(window, monkeypatch):
    monkeypatch.setattr(ResourceFilterDialog, "ask", classmethod(lambda cls, p, names, c=0: 0))
    trigger(window, "filter_using_resource")
    assert names(window) == ["Build", "Code"]
    model = window.model
    build = model.index_of_uid(uid(window, "Build"), Column.NAME)
    code = model.index_of_uid(uid(window, "Code"), Column.NAME)
    grey = HINT_BRUSH.color().getRgb()[:3]  # the empty row's hint grey, readable (4.5:1)
    assert build.data(FG).color().getRgb()[:3] == grey
    assert code.data(FG) is None or code.data(FG).color().getRgb()[:3] != grey
    assert window.status_filter.text() == "Filter: Using Resource 'Ana' (1 of 8 tasks)"


def test_an_edited_task_keeps_its_row_until_the_filter_is_reapplied(window, monkeypatch):
    """MS Project's choice, kept: the filter is not rerun on every edit, so the row being
    edited (and the cursor on it) never vanishes mid-typing; Ctrl+F3 reruns it."""
    monkeypatch.setattr(filter_menu, "ask_name_text", lambda parent, last: "spec")
    trigger(window, "filter_task_name_contains")
    assert names(window) == ["Design", "Specs"]
    model = window.model
    specs = uid(window, "Specs")
    assert model.setData(model.index_of_uid(specs, Column.NAME), "Requirements", EDIT)
    assert names(window) == ["Design", "Requirements"]  # stays although it no longer matches
    assert model.setData(model.index_of_uid(specs, Column.DURATION), "4d", EDIT)  # still edits
    assert window.document.plan.task(specs).duration_minutes == 4 * 480
    assert window.action_collection["filter_reapply"].shortcut() == QKeySequence("Ctrl+F3")
    trigger(window, "filter_reapply")
    assert names(window) == []
    assert window.status_filter.text() == "Filter: Task Name Contains 'spec' (0 of 8 tasks)"
    window.document.undo_stack.undo()  # the duration
    window.document.undo_stack.undo()  # the name is Specs again; the rows wait for Ctrl+F3
    assert names(window) == []
    trigger(window, "filter_reapply")
    assert names(window) == ["Design", "Specs"]


def test_task_name_contains_with_no_text_shows_every_task(window, monkeypatch):
    trigger(window, "filter_critical")
    monkeypatch.setattr(filter_menu, "ask_name_text", lambda parent, last: "  ")
    trigger(window, "filter_task_name_contains")
    assert window.model.row_filter() is None
    assert window.action_collection["filter_all_tasks"].isChecked()
    assert len(names(window)) == 8


def test_a_task_typed_into_the_empty_row_shows_under_a_filter(window):
    trigger(window, "filter_milestones")
    model = window.model
    assert model.setData(model.blank_index(Column.NAME), "Handover", EDIT)
    assert names(window) == ["Go-live", "Handover"]
    assert window.status_filter.text() == "Filter: Milestones (2 of 9 tasks)"


def test_collapse_and_expand_work_with_a_filter_on(window):
    trigger(window, "filter_critical")
    tree, model = window.tree, window.model
    build = model.index_of_uid(uid(window, "Build"), Column.NAME)
    tree.collapse(build)
    assert names(window) == ["Design", "Specs", "Review", "Build", "Go-live"]
    tree.expand(model.index_of_uid(uid(window, "Build"), Column.NAME))
    assert names(window) == ["Design", "Specs", "Review", "Build", "Code", "Test", "Go-live"]
    window.show_outline_level(1)
    assert names(window) == ["Design", "Build", "Go-live"]
    trigger(window, "filter_all_tasks")  # the outline level stays as it was set
    assert names(window) == ["Design", "Build", "Go-live"]
    window.show_outline_level(None)
    assert len(names(window)) == 8


def test_selection_keeps_the_rows_still_shown(window):
    """A filtered-out task's selection goes, not to its summary (collapsing hands it on)."""
    window.tree.select_uids([uid(window, "Code"), uid(window, "Docs")])
    trigger(window, "filter_critical")
    assert window.tree.selected_uids() == [uid(window, "Code")]
    trigger(window, "filter_all_tasks")
    assert window.tree.selected_uids() == [uid(window, "Code")]


def test_date_range_asks_for_two_days_and_shows_what_overlaps_them(window, monkeypatch):
    asked = []

    def ask(cls, parent, first, last):
        asked.append((first, last))
        return date(2026, 3, 5), date(2026, 3, 6)  # Review's Thursday, Code's first day

    monkeypatch.setattr(DateRangeFilterDialog, "ask", classmethod(ask))
    trigger(window, "filter_date_range")
    schedule = window.document.schedule
    assert asked == [(schedule.start.date(), schedule.finish.date())]  # opens on the project
    assert names(window) == ["Design", "Review", "Build", "Code"]
    assert window.status_filter.text().startswith("Filter: Date Range 2026-03-05 to 2026-03-06")


def test_cancelling_a_dialog_keeps_the_filter_that_was_on(window, monkeypatch):
    trigger(window, "filter_critical")
    monkeypatch.setattr(filter_menu, "ask_name_text", lambda parent, last: None)
    trigger(window, "filter_task_name_contains")
    assert window.action_collection["filter_critical"].isChecked()
    assert not window.action_collection["filter_task_name_contains"].isChecked()
    assert "Docs" not in names(window)


def test_late_tasks_judge_at_now_when_the_project_has_no_status_date(window):
    controller = controller_of(window)
    assert controller is not None
    # Wednesday evening: Specs is due 2/3 done and Docs done; neither has started.
    controller.clock = lambda: datetime(2026, 3, 4, 17, 0)
    trigger(window, "filter_late_tasks")
    assert names(window) == ["Design", "Specs", "Build", "Docs"]
    controller.clock = lambda: datetime(2026, 3, 2, 8, 0)
    trigger(window, "filter_reapply")
    assert names(window) == []
    assert "No task matches" in window.statusBar().currentMessage()


def test_the_view_menu_lists_ms_projects_filters(window):
    view_menu = next(
        a.menu() for a in window.menuBar().actions() if a.menu().objectName() == "view_menu"
    )
    entry = window.action_collection["filter_menu"]
    assert entry in view_menu.actions()
    texts = [a.text().replace("&", "") for a in entry.menu().actions() if not a.isSeparator()]
    assert texts[:3] == ["All Tasks", "Critical", "Incomplete Tasks"]
    for wanted in (
        "Late Tasks",
        "Slipping Tasks",
        "Milestones",
        "Summary Tasks",
        "Tasks With Deadlines",
        "Tasks With Fixed Dates",
        "Using Resource…",
        "Date Range…",
        "Task Name Contains…",
        "Reapply Filter",
    ):
        assert wanted in texts
    # F3 belongs to the filters; Find Next moved so that the key is not ambiguous.
    assert QKeySequence("F3") not in window.action_collection["find_next"].shortcuts()


def test_copy_picture_draws_the_filtered_rows(window):
    """Copy Picture takes its rows from the sheet: 'all rows' means the rows the filter shows."""
    from app.ui.dialogs.copy_picture_dialog import CopyPictureChoice
    from app.ui.gantt.copy_picture import picture_for, row_counts

    trigger(window, "filter_critical")
    shown = tuple(window.model.shown_uids())
    assert row_counts(window.gantt).all == len(shown) == 7
    assert picture_for(window.gantt, CopyPictureChoice(rows="all")).uids == shown
    assert picture_for(window.gantt, CopyPictureChoice(rows="screen")).uids == shown


def test_f3_pressed_in_the_sheet_shows_all_tasks_and_ctrl_f3_reapplies(window, qtbot):
    window.activateWindow()
    window.tree.setFocus()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    trigger(window, "filter_critical")
    qtbot.keyClick(window.tree, Qt.Key.Key_F3)
    assert "Docs" in names(window)
    assert window.model.row_filter() is None
    trigger(window, "filter_milestones")
    docs = uid(window, "Docs")
    window.document.plan.update_task(  # made a milestone behind the filter's back
        Task(docs, "Docs", 2, duration_minutes=0, milestone=True)
    )
    assert names(window) == ["Go-live"]
    qtbot.keyClick(window.tree, Qt.Key.Key_F3, Qt.KeyboardModifier.ControlModifier)
    assert names(window) == ["Build", "Docs", "Go-live"]
