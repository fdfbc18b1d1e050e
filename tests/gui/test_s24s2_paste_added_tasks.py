"""Cells pasted past the last task add tasks, and the status bar says so: "Pasted 3 cells"
alone hid that the plan now has two tasks more (MS Project adds them as typing in the empty
row does; the user should not have to count rows to find out)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

DAY = 480


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "added.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.show()
    yield win
    for w in list(session.windows):
        w.close()


def _paste(window, index, text):
    window.tree.setCurrentIndex(index)
    QApplication.clipboard().setText(text)
    window.action_collection["paste_tasks"].trigger()
    return window.statusBar().currentMessage()


def test_s24s2_cells_pasted_past_the_last_task_say_the_tasks_added(window):
    plan = window.document.plan
    go_live = window.model.index_of_uid(7, Column.DURATION)
    said = _paste(window, go_live, "0d\n3d\n1d\n")  # Go-live, then two rows past it
    assert len(plan.tasks) == 9
    assert [t.duration_minutes for t in plan.tasks[7:]] == [3 * DAY, DAY]
    assert said == "Pasted 3 cells; added 2 tasks"
    window.document.undo_stack.undo()  # one step: the added tasks go with the cells
    assert len(plan.tasks) == 7


def test_s24s2_one_task_added_is_said_in_the_singular(window):
    go_live = window.model.index_of_uid(7, Column.DURATION)
    assert _paste(window, go_live, "0d\n2d\n") == "Pasted 2 cells; added 1 task"


def test_s24s2_cells_pasted_on_the_empty_row_say_every_task_added(window):
    plan = window.document.plan
    said = _paste(window, window.model.blank_index(Column.DURATION), "2d\n4d\n")
    assert [t.duration_minutes for t in plan.tasks[7:]] == [2 * DAY, 4 * DAY]
    assert said == "Pasted 2 cells; added 2 tasks"


def test_s24s2_cells_pasted_on_tasks_add_none_and_say_none(window):
    plan = window.document.plan
    said = _paste(window, window.model.index_of_uid(5, Column.DURATION), "3d\n4d\n")
    assert len(plan.tasks) == 7
    assert said == "Pasted 2 cells"  # nothing added: nothing more said
