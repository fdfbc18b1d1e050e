"""View > Sort in the main window: the sheet, the chart, Find Next and the status bar follow it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence

from app.domain.sorting import SortField, SortKey, TaskSort
from app.domain.task import Task
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.dialogs.sort_dialog import SortChoice, SortDialog
from app.ui.filter_menu import controller_of as filters_of
from app.ui.find_query import FindQuery
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from app.ui.sort_menu import controller_of
from tests.gui.conftest import build_plan


def _plan():
    """The sample plan (Design: Specs 3d, Review 1d; Build: Code 5d, Test 2d; Go-live) plus
    Docs 1d under Build with no links: it starts on day one, before Code and Test."""
    plan = build_plan()
    plan.insert_tasks(6, [Task(8, "Docs", 2, duration_minutes=480)])
    return plan


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "sorts.gantry"
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


def status_sort(window):
    return controller_of(window).label


def choose(monkeypatch, choice):
    monkeypatch.setattr(SortDialog, "ask", classmethod(lambda cls, parent, current: choice))


PLAN_ORDER = ["Design", "Specs", "Review", "Build", "Code", "Test", "Docs", "Go-live"]


def test_by_start_sorts_within_each_summary_and_shift_f3_goes_back_to_id(window):
    assert names(window) == PLAN_ORDER
    trigger(window, "sort_by_start")
    assert names(window) == [
        "Design",
        "Specs",
        "Review",
        "Build",
        "Docs",
        "Code",
        "Test",
        "Go-live",
    ]
    label = status_sort(window)
    assert label.isVisibleTo(window)
    assert label.text() == "Sort: Start"
    assert window.action_collection["sort_by_start"].isChecked()
    assert window.action_collection["sort_by_id"].shortcut() == QKeySequence("Shift+F3")
    assert window.action_collection["sort_again"].shortcut() == QKeySequence("Ctrl+Shift+F3")
    trigger(window, "sort_by_id")
    assert names(window) == PLAN_ORDER
    assert not label.isVisibleTo(window)
    assert window.model.row_sort() is None


def test_descending_finish_moves_whole_summaries_and_the_gantt_rows_follow(window):
    controller_of(window).apply(TaskSort((SortKey(SortField.FINISH, descending=True),)))
    # Go-live finishes with Build: the tie goes to the lower ID, Build (with its subtree).
    assert names(window) == [
        "Build",
        "Test",
        "Code",
        "Docs",
        "Go-live",
        "Design",
        "Review",
        "Specs",
    ]
    gantt = window.gantt
    assert gantt.row_index().uids == window.model.shown_uids()
    rows = gantt.visible_rows()
    assert [r.uid for r in rows[:3]] == [uid(window, n) for n in ("Build", "Test", "Code")]
    assert status_sort(window).text() == "Sort: Finish (descending)"


def test_an_edited_row_stays_until_sorted_again(window, qtbot):
    trigger(window, "sort_by_duration")
    before = names(window)
    docs = uid(window, "Docs")
    index = window.model.index_of_uid(docs, Column.DURATION)
    assert window.model.setData(index, "20d")
    assert window.document.plan.task(docs).duration_minutes == 20 * 480
    assert names(window) == before  # not moved under the cursor
    trigger(window, "sort_again")
    after = names(window)
    assert after.index("Docs") > after.index("Test")  # the longest task under Build now


def test_a_task_added_while_sorted_shows_at_the_row_it_was_added_at(window):
    trigger(window, "sort_by_start")
    window.tree.select_uids([uid(window, "Docs")])
    row = window.model.shown_uids().index(uid(window, "Docs"))
    trigger(window, "insert_task")
    new = window.document.plan.tasks[window.document.plan.index_of(uid(window, "Docs")) - 1]
    shown = window.model.shown_uids()
    # Inserted above Docs, as MS Project does: on Docs' row, Docs one row down.
    assert shown.index(new.uid) == row
    assert shown.index(uid(window, "Docs")) == row + 1


def test_without_outline_structure_the_summaries_are_hidden(window, monkeypatch):
    choose(monkeypatch, SortChoice(TaskSort((SortKey(SortField.DURATION, True),), False)))
    trigger(window, "sort_by_dialog")
    assert names(window) == ["Code", "Specs", "Test", "Review", "Docs", "Go-live"]
    assert status_sort(window).text() == "Sort: Duration (descending) (no summaries)"
    assert not any(a.isChecked() for a in controller_of(window).actions.values())
    # A collapsed summary hides nothing: it is not listed.
    window.model.set_collapsed(uid(window, "Build"), True)
    assert "Code" in names(window)


def test_collapse_and_expand_keep_the_sorted_order(window):
    trigger(window, "sort_by_start")
    build = uid(window, "Build")
    assert window.model.set_collapsed(build, True)
    assert names(window) == ["Design", "Specs", "Review", "Build", "Go-live"]
    assert window.model.set_collapsed(uid(window, "Design"), True)
    assert names(window) == ["Design", "Build", "Go-live"]
    assert window.model.set_collapsed(build, False)
    assert names(window) == ["Design", "Build", "Docs", "Code", "Test", "Go-live"]


def test_sort_combines_with_a_filter(window):
    trigger(window, "sort_by_start")
    trigger(window, "filter_critical")
    assert names(window) == ["Design", "Specs", "Review", "Build", "Code", "Test", "Go-live"]
    controller_of(window).apply(TaskSort((SortKey(SortField.NAME, True),)))
    assert names(window) == ["Go-live", "Design", "Specs", "Review", "Build", "Test", "Code"]
    filters_of(window).show_all()
    assert names(window)[:5] == ["Go-live", "Design", "Specs", "Review", "Build"]
    assert names(window)[5:] == ["Test", "Docs", "Code"]


def test_find_next_follows_the_sorted_rows(window, monkeypatch):
    controller_of(window).apply(TaskSort((SortKey(SortField.NAME, True),), False))
    assert names(window) == ["Test", "Specs", "Review", "Go-live", "Docs", "Code"]
    window.tree.select_uids([uid(window, "Test")])
    window.find_with(FindQuery("e"))  # the next row whose name holds "e", in the sheet's order
    assert window.tree.current_uid() == uid(window, "Specs")
    window.find_next()
    assert window.tree.current_uid() == uid(window, "Review")
    window.find_next()
    assert window.tree.current_uid() == uid(window, "Go-live")


def test_permanently_renumber_changes_the_plan_in_one_undo_step(window, monkeypatch):
    choose(monkeypatch, SortChoice(TaskSort((SortKey(SortField.START),)), renumber=True))
    plan = window.document.plan
    trigger(window, "sort_by_dialog")
    expected = ["Design", "Specs", "Review", "Build", "Docs", "Code", "Test", "Go-live"]
    assert [t.name for t in plan.tasks] == expected
    assert window.model.row_sort() is None  # the plan's order is the sorted one now
    assert names(window) == expected
    stack = window.document.undo_stack
    assert stack.undoText() == "Sort tasks by Start"
    stack.undo()
    assert [t.name for t in plan.tasks] == PLAN_ORDER
    stack.redo()
    assert [t.name for t in plan.tasks] == expected


def test_the_dialog_greys_renumbering_without_the_outline(qtbot):
    dialog = SortDialog(SortChoice(TaskSort(), renumber=True))
    qtbot.addWidget(dialog)
    assert dialog.renumber.isChecked()
    dialog.keep_outline.setChecked(False)
    assert not dialog.renumber.isEnabled()
    assert not dialog.renumber.isChecked()
    dialog.rows[0].field.setCurrentIndex(dialog.rows[0].field.findData(SortField.COST))
    dialog.rows[0].descending.setChecked(True)
    dialog.rows[1].field.setCurrentIndex(dialog.rows[1].field.findData(SortField.NAME))
    assert dialog.choice() == SortChoice(
        TaskSort((SortKey(SortField.COST, True), SortKey(SortField.NAME)), False)
    )
    dialog.reset()
    assert dialog.choice() == SortChoice(TaskSort((SortKey(SortField.ID),)))
    assert dialog.keep_outline.isChecked()


def test_printing_and_copy_picture_take_the_sorted_rows(window):
    from app.ui.dialogs.copy_picture_dialog import CopyPictureChoice
    from app.ui.gantt.copy_picture import picture_for
    from app.ui.printing.actions import print_options

    controller_of(window).apply(TaskSort((SortKey(SortField.NAME),), False))
    shown = window.model.shown_uids()
    assert [window.document.plan.task(u).name for u in shown][:3] == ["Code", "Docs", "Go-live"]
    assert print_options(window, window.document).rows == tuple(shown)
    picture = picture_for(window.gantt, CopyPictureChoice(rows="all"))
    assert tuple(picture.uids) == tuple(shown)


def test_a_new_task_taking_a_deleted_tasks_id_shows_where_it_was_added(window):
    trigger(window, "sort_by_start")
    plan = window.document.plan
    docs = uid(window, "Docs")  # sorts right after Build (both start on day one)
    assert docs == max(t.uid for t in plan.tasks)
    window.tree.select_uids([docs])
    trigger(window, "delete_task")
    window.tree.select_uids([uid(window, "Specs")])
    trigger(window, "insert_task")  # above Specs: it takes Docs' old id
    new = plan.tasks[plan.index_of(uid(window, "Specs")) - 1]
    assert new.uid == docs
    shown = window.model.shown_uids()
    assert shown.index(new.uid) == shown.index(uid(window, "Design")) + 1


def test_priority_and_cost_sort_highest_first_as_ms_project_does(window):
    plan = window.document.plan
    docs = uid(window, "Docs")
    assert window.model.setData(window.model.index_of_uid(docs, Column.PRIORITY), "900")
    assert plan.task(docs).priority == 900
    trigger(window, "sort_by_priority")
    assert names(window)[3:7] == ["Build", "Docs", "Code", "Test"]  # Docs (900) first
    assert controller_of(window).current.keys == (SortKey(SortField.PRIORITY, True),)


def test_renumbering_a_read_only_plan_is_refused_and_changes_nothing(window, monkeypatch):
    choose(monkeypatch, SortChoice(TaskSort((SortKey(SortField.START),)), renumber=True))
    monkeypatch.setattr(type(window.document), "read_only", property(lambda self: True))
    trigger(window, "sort_by_dialog")
    assert [t.name for t in window.document.plan.tasks] == PLAN_ORDER
    assert "read-only" in window.statusBar().currentMessage()
