"""Edit > Fill Down (Ctrl+D) and Insert Task on a sorted sheet, as a PM from MS Project expects.

Fill Down types the top selected row's value of the current column into the selected
rows below it, as one undo step; a column nobody types into gets a neutral pointer.
Insert on a sorted sheet puts the new task on the selected row (above the task there).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QKeySequence

from app.domain.task import Task
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.models.task_edits import Column
from app.ui.models.task_model_tracking import read_only_hint
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

DAY = 480


@pytest.fixture
def window(qtbot, tmp_path):
    plan = build_plan()  # 1 Design 2 Specs 3 Review 4 Build 5 Code 6 Test 7 Go-live
    plan.insert_tasks(6, [Task(8, "Docs", 2, duration_minutes=DAY)])  # under Build, unlinked
    path = tmp_path / "fill.gantry"
    GantryFile.create(path, plan).close()
    session = Session(Settings())
    win = session.open_path(path)
    assert win is not None
    qtbot.addWidget(win)
    win.resize(1400, 700)
    win.show()
    yield win
    for w in list(session.windows):
        w.close()


def _uid(window, name):
    return next(t.uid for t in window.document.plan.tasks if t.name == name)


def _select(window, names, column):
    """Select these rows with the cell of ``column`` on the first one current."""
    uids = [_uid(window, n) for n in names]
    tree = window.tree
    tree.select_uids(uids)
    tree.selectionModel().setCurrentIndex(
        window.model.index_of_uid(uids[0], column), QItemSelectionModel.SelectionFlag.NoUpdate
    )


def _trigger(window, action_id):
    window.action_collection[action_id].trigger()


def _durations(window, names):
    plan = window.document.plan
    return [plan.task(_uid(window, n)).duration_minutes for n in names]


def test_fill_down_is_in_the_edit_menu_on_ctrl_d(window):
    action = window.action_collection["fill_down"]
    assert action.shortcut() == QKeySequence("Ctrl+D")
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert action in edit.actions()


def test_fill_down_copies_the_top_cell_into_the_rows_below_as_one_step(window):
    names = ["Code", "Test", "Docs"]
    before = _durations(window, names)
    assert before == [5 * DAY, 2 * DAY, DAY]
    stack = window.document.undo_stack
    steps = stack.count()
    _select(window, names, Column.DURATION)
    _trigger(window, "fill_down")
    assert _durations(window, names) == [5 * DAY] * 3
    assert stack.count() == steps + 1
    assert stack.undoText() == "Fill Down Duration into 2 tasks"
    stack.undo()
    assert _durations(window, names) == before
    stack.redo()
    assert _durations(window, names) == [5 * DAY] * 3


def test_fill_down_works_on_names_and_people_columns_too(window):
    _select(window, ["Specs", "Review"], Column.NAME)
    _trigger(window, "fill_down")
    plan = window.document.plan
    assert [t.name for t in plan.tasks].count("Specs") == 2


def test_fill_down_leaves_a_summary_s_rolled_up_cell_and_says_so(window):
    _select(window, ["Review", "Build", "Code"], Column.DURATION)
    build = window.document.plan.task(_uid(window, "Build"))
    _trigger(window, "fill_down")
    assert _durations(window, ["Code"]) == [DAY]  # Review's 1d
    assert window.document.plan.task(build.uid).duration_minutes == build.duration_minutes
    message = window.statusBar().currentMessage()
    assert message == (
        "Filled Duration into 1 task; 1 summary left as it is (Duration comes from the subtasks)"
    )


def test_fill_down_on_a_column_nobody_types_into_is_a_pointer_not_a_change(window):
    steps = window.document.undo_stack.count()
    _select(window, ["Specs", "Review"], Column.WBS)
    _trigger(window, "fill_down")
    assert window.document.undo_stack.count() == steps
    message = window.statusBar().currentMessage()
    assert (
        message
        == "WBS comes from the task's place in the outline: Fill Down fills columns you type into"
    )


def test_fill_down_with_one_row_says_what_to_select(window):
    _select(window, ["Specs"], Column.DURATION)
    _trigger(window, "fill_down")
    assert window.statusBar().currentMessage().startswith("Fill Down: select the task rows")


def test_a_refused_cell_takes_the_whole_fill_back(window):
    plan = window.document.plan
    model = window.model
    # IDs: 1 Design 2 Specs 3 Review 4 Build 5 Code 6 Test 7 Docs 8 Go-live
    assert model.setData(model.index_of_uid(_uid(window, "Specs"), Column.PREDECESSORS), "7")
    links = sorted((lk.predecessor, lk.successor) for lk in plan.links)
    stack = window.document.undo_stack
    steps, index = stack.count(), stack.index()
    # Review takes Docs (7) as its predecessor; Docs cannot be its own.
    _select(window, ["Specs", "Review", "Docs"], Column.PREDECESSORS)
    assert window.tree.currentIndex().data() == "7"
    _trigger(window, "fill_down")
    assert sorted((lk.predecessor, lk.successor) for lk in plan.links) == links
    assert (stack.count(), stack.index()) == (steps, index)  # nothing to undo nor redo
    assert window.statusBar().currentMessage()  # the plan's reason, in one line


def test_insert_on_a_sorted_sheet_lands_on_the_selected_row(window):
    _trigger(window, "sort_by_start")
    model = window.model
    docs = _uid(window, "Docs")
    shown = model.shown_uids()
    row = shown.index(docs)
    before_docs_in_plan = window.document.plan.tasks[window.document.plan.index_of(docs) - 1]
    assert shown.index(before_docs_in_plan.uid) != row - 1  # the case that went astray
    window.tree.select_uids([docs])
    _trigger(window, "insert_task")
    window.tree.closePersistentEditor(window.tree.currentIndex())
    shown = model.shown_uids()
    new = window.tree.current_uid()
    assert new is not None
    assert new != docs
    assert shown.index(new) == row
    assert shown.index(docs) == row + 1
    stack = window.document.undo_stack
    stack.undo()
    assert new not in model.shown_uids()
    stack.redo()
    assert model.shown_uids().index(new) == row


def test_inserting_several_on_a_sorted_sheet_lands_them_on_the_first_selected_row(window):
    _trigger(window, "sort_by_duration")
    model = window.model
    shown = list(model.shown_uids())  # a copy: the model's list follows the edits
    names = [window.document.plan.task(u).name for u in shown]
    assert names[5:8] == ["Docs", "Test", "Code"]  # Build's subtasks, shortest first
    window.tree.select_uids(shown[6:8])  # Test and Code
    _trigger(window, "insert_task")
    after = model.shown_uids()
    new = [u for u in after if u not in shown]
    assert len(new) == 2
    assert after[6:10] == [*new, *shown[6:8]]


def test_fill_down_on_a_tracking_figure_says_what_it_follows(window):
    steps = window.document.undo_stack.count()
    _select(window, ["Specs", "Review"], Column.ACTUAL_COST)
    _trigger(window, "fill_down")
    assert window.document.undo_stack.count() == steps
    assert window.statusBar().currentMessage() == read_only_hint(Column.ACTUAL_COST)
    assert "follows" in window.statusBar().currentMessage()
