"""Commands the window refuses in its current state are greyed, as MS Project greys them:
Indent/Outdent and Move Up/Down while the sheet is grouped, Link Tasks with one task
selected, Unlink with none, Split Task on a summary. Their tips say why; a dropped row
on a grouped sheet still says so in the status line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QToolBar

from app.domain.resource import Assignment, Resource
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.models.roles import TaskUidRole
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

_OUTLINE = ("indent_task", "outdent_task", "move_up", "move_down")


@pytest.fixture
def window(qtbot, tmp_path):
    """The sample plan (1 Design: 2 Specs, 3 Review; 4 Build: 5 Code, 6 Test; 7 Go-live),
    Ann on Code and Test."""
    plan = build_plan()
    plan.resources = [Resource(1, "Ann")]
    plan.assignments = [Assignment(1, 5, 1, 1.0, 5 * 480), Assignment(2, 6, 1, 1.0, 2 * 480)]
    path = tmp_path / "greyed.gantry"
    GantryFile.create(path, plan).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.show()
    yield win
    for w in list(session.windows):
        w.close()


def _on(window, action_id: str) -> bool:
    return window.action_collection[action_id].isEnabled()


def test_s17keys_indent_greyed_while_grouped_and_back_after_no_group(window):
    window.tree.select_uids([7], None)  # Go-live
    assert all(_on(window, a) for a in _OUTLINE)
    window.action_collection["group_resource"].trigger()
    assert not any(_on(window, a) for a in _OUTLINE)
    indent = window.action_collection["indent_task"]
    assert "grouped by Resource" in indent.toolTip()
    assert "No Group" in indent.statusTip()
    # the toolbar button is the same action: greyed too
    assert indent in window.findChild(QToolBar, "tasks_toolbar").actions()
    window.action_collection["group_no_group"].trigger()
    assert all(_on(window, a) for a in _OUTLINE)
    assert indent.statusTip() == "Make the selected tasks subtasks of the task above"
    window.action_collection["indent_task"].trigger()  # and it works again
    assert window.document.plan.task(7).outline_level == 2


def test_s17keys_a_dropped_row_on_a_grouped_sheet_still_says_why(window):
    window.action_collection["group_resource"].trigger()
    errors: list[str] = []
    window.model.sig_error.connect(errors.append)
    assert not window.model.drop_uids([6], 5, below=False)
    assert errors[0].startswith("Rows are not moved while the sheet is grouped by Resource")


def test_s17keys_link_needs_two_unlink_one_split_no_summary(window):
    window.tree.select_uids([5], None)
    assert not _on(window, "link_tasks")
    assert "two or more" in window.action_collection["link_tasks"].toolTip()
    assert _on(window, "unlink_tasks")
    assert _on(window, "split_task")
    window.tree.select_uids([5, 6], None)
    assert _on(window, "link_tasks")
    window.tree.select_uids([4], None)  # Build, a summary
    assert not _on(window, "split_task")
    assert "is a summary task" in window.action_collection["split_task"].statusTip()
    window.tree.clearSelection()
    window.tree.setCurrentIndex(window.model.blank_index())  # the empty row: no task
    for action_id in ("unlink_tasks", "indent_task", "delete_task", "cut_tasks", "copy_tasks"):
        assert not _on(window, action_id)
    assert "select the tasks to copy first" in window.action_collection["copy_tasks"].toolTip()


def test_s17keys_read_only_and_refusal_both_grey(window):
    window.tree.select_uids([5, 6], None)
    assert _on(window, "link_tasks")
    window.show_view("team")  # task commands are off on another view, whatever is selected
    assert not _on(window, "link_tasks")
    window.show_view("gantt")
    assert _on(window, "link_tasks")


def test_s17keys_an_edit_that_makes_a_summary_greys_split(window):
    window.tree.select_uids([7], None)  # Go-live: a milestone, never split
    assert not _on(window, "split_task")
    window.tree.select_uids([3], None)  # Review
    assert _on(window, "split_task")
    window.action_collection["unlink_tasks"].trigger()  # Review alone: all its links go
    window.action_collection["indent_task"].trigger()  # Review under Specs: Specs a summary
    window.tree.select_uids([2], None)
    assert not _on(window, "split_task")
    window.action_collection["undo"].trigger()  # the plan changed back: Specs splits again
    window.tree.select_uids([2], None)
    assert _on(window, "split_task")


def test_s17keys_a_task_under_two_groups_is_one_task_to_link(window):
    """Grouped by Resource, a task with two people shows under each: both its rows
    selected are still one task, and Link Tasks needs two."""
    plan = window.document.plan
    with plan.batch():
        plan.resources = [*plan.resources, Resource(2, "Ben")]
        plan.assignments = [*plan.assignments, Assignment(3, 5, 2, 1.0, 5 * 480)]
    window.action_collection["group_resource"].trigger()
    model = window.model
    top = (model.index(r, 0) for r in range(model.rowCount()))  # headers and rows, flat
    rows = [i for i in top if i.data(TaskUidRole) == 5]
    assert len(rows) == 2  # Code under Ann and under Ben
    chosen = QItemSelection()
    for row in rows:
        chosen.select(row, row.siblingAtColumn(model.columnCount() - 1))
    window.tree.selectionModel().select(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert window.tree.selected_uids() == [5]
    assert not _on(window, "link_tasks")
    assert _on(window, "unlink_tasks")
