"""Del in the task sheet, as in MS Project.

Found by a PM coming from MS Project: Del on a task's Predecessors cell deleted
the whole task (with its subtasks, links and people), where MS Project empties
the field. Now Del on the ID (MS Project's row header) or the Task Name deletes
the selected tasks; Del on any other cell empties that field for the selected
tasks, as one undoable step, or says in the status bar why it cannot be emptied.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from app.domain.resource import Assignment, Resource
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.models.custom_columns import custom_column
from app.ui.models.task_edits import Column
from tests.gui.conftest import build_plan

DEL = Qt.Key.Key_Delete


@pytest.fixture
def window(qtbot):
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 3, 1, 1.0, 480))
    plan.add_assignment(Assignment(2, 5, 1, 1.0, 5 * 480))
    plan.update_task(replace(plan.task(3), notes="Ask the vendor"))
    win = MainWindow(Document(plan))
    qtbot.addWidget(win)
    win.resize(1200, 600)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    win.tree.setFocus()
    return win


def _on(window, uid, column, *more_uids):
    """Select the rows of uid (current, in that column) and more_uids."""
    tree = window.tree
    tree.select_uids([uid, *more_uids], uid)
    tree.selectionModel().setCurrentIndex(
        window.model.index_of_uid(uid, column), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    assert tree.currentIndex().column() == column


def _uids(window):
    return [t.uid for t in window.document.plan.tasks]


def test_del_on_predecessors_empties_them_and_keeps_the_task(window, qtbot):
    plan = window.document.plan
    _on(window, 3, Column.PREDECESSORS)
    qtbot.keyClick(window.tree, DEL)
    assert _uids(window) == list(range(1, 8))
    assert plan.links_into(3) == []
    assert [lk.successor for lk in plan.links_from(3)] == [5]  # its successor stays
    window.document.undo_stack.undo()
    assert [lk.predecessor for lk in plan.links_into(3)] == [2]


def test_del_on_resource_names_of_several_rows_is_one_step(window, qtbot):
    plan = window.document.plan
    window.tree.setColumnHidden(Column.RESOURCES, False)
    _on(window, 3, Column.RESOURCES, 4, 5)
    assert window.tree.selected_uids() == [3, 4, 5]
    steps = window.document.undo_stack.count()
    qtbot.keyClick(window.tree, DEL)
    assert _uids(window) == list(range(1, 8))
    assert plan.assignments == []
    assert window.document.undo_stack.count() == steps + 1
    window.document.undo_stack.undo()
    assert sorted(a.task_uid for a in plan.assignments) == [3, 5]


def test_del_on_notes_empties_them(window, qtbot):
    plan = window.document.plan
    window.tree.setColumnHidden(Column.NOTES, False)
    _on(window, 3, Column.NOTES)
    qtbot.keyClick(window.tree, DEL)
    assert plan.task(3).notes == ""
    assert _uids(window) == list(range(1, 8))


def test_del_on_duration_changes_nothing_and_says_why(window, qtbot):
    plan = window.document.plan
    _on(window, 3, Column.DURATION)
    steps = window.document.undo_stack.count()
    qtbot.keyClick(window.tree, DEL)
    assert _uids(window) == list(range(1, 8))
    assert plan.task(3).duration_minutes == 480
    assert window.document.undo_stack.count() == steps
    said = window.statusBar().currentMessage()
    assert "Duration cannot be cleared" in said
    assert "Task Name" in said  # where Del does delete the task


@pytest.mark.parametrize("column", [Column.NAME, Column.ID])
def test_del_on_the_name_or_the_id_deletes_the_selected_tasks(window, qtbot, column):
    _on(window, 5, column, 6)
    qtbot.keyClick(window.tree, DEL)
    assert _uids(window) == [1, 2, 3, 4, 7]
    window.document.undo_stack.undo()
    assert _uids(window) == list(range(1, 8))


def test_del_in_the_gantt_chart_still_deletes_the_task(window):
    _on(window, 3, Column.PREDECESSORS)
    window.action_collection["delete_task"].trigger()  # Edit > Delete Task, from anywhere
    assert _uids(window) == [1, 2, 4, 5, 6, 7]


@pytest.mark.parametrize(("field", "value"), [("Text1", "Maria"), ("Number1", 3.5)])
def test_del_on_a_custom_field_empties_it(window, qtbot, field, value):
    """As MS Project resets Text1, Number1... (a custom field's cell may be empty)."""
    plan = window.document.plan
    plan.update_task(replace(plan.task(3), custom=((field, value),)))
    column = custom_column(field)
    window.tree.setColumnHidden(column, False)
    _on(window, 3, column)
    qtbot.keyClick(window.tree, DEL)
    assert plan.task(3).custom == ()
    assert _uids(window) == list(range(1, 8))
    window.document.undo_stack.undo()
    assert plan.task(3).custom == ((field, value),)
