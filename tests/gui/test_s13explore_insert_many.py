"""Insert with several rows selected inserts as many new tasks, as MS Project does.

Found building a plan by keyboard: Shift+Down twice then Insert, to make room
for three tasks, inserted one.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.settings import Settings
from tests.gui.conftest import build_plan


@pytest.fixture
def window(tmp_path, qtbot):
    path = tmp_path / "insert.gantry"
    GantryFile.create(path, build_plan()).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    win.show()
    win.show_view("gantt")
    yield win
    for w in list(session.windows):
        w.close()


def test_three_rows_selected_insert_three_tasks_in_one_step(window, qtbot):
    plan, stack = window.document.plan, window.document.undo_stack
    window.tree.select_uids([5, 6, 7], current=5)  # Code, Test, Go-live
    count = stack.count()
    window.insert_task()
    names = [(t.name, t.outline_level) for t in plan.tasks]
    assert names[4:8] == [("New task", 2)] * 3 + [("Code", 2)]
    assert stack.count() == count + 1
    new = [t.uid for t in plan.tasks[4:7]]
    assert len(set(new)) == 3
    assert window.tree.selected_uids() == new
    editor_open = window.tree.state() == window.tree.State.EditingState
    assert editor_open  # naming the first, as a single Insert does
    qtbot.keyClick(window.tree.focusWidget(), Qt.Key.Key_Escape)
    stack.undo()
    assert [t.uid for t in plan.tasks] == list(range(1, 8))


def test_one_row_selected_still_inserts_one(window):
    plan = window.document.plan
    window.tree.select_uids([5])
    window.insert_task()
    assert [t.name for t in plan.tasks].count("New task") == 1
