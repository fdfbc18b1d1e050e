"""An empty plan says where its first task goes and opens with the cursor there."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.domain.plan import Plan
from app.domain.project import Project
from app.store.document import GantryFile, read_plan
from app.ui.app import Session
from app.ui.document import Document
from app.ui.models.blank_row import FIRST_TASK_HINT
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.settings import Settings

MON = datetime(2026, 11, 30, 8, 0)


def _open(qtbot, path):
    GantryFile.create(path, Plan(project=Project(name="Empty", start=MON))).close()
    window = Session(Settings()).open_path(path)
    qtbot.addWidget(window)
    window.resize(1200, 600)
    with qtbot.waitExposed(window):
        window.show()
    return window


def test_typing_straight_away_adds_the_first_task(qtbot, tmp_path):
    path = tmp_path / "empty.gantry"
    window = _open(qtbot, path)
    model, tree = window.model, window.tree
    blank = model.blank_index(Column.NAME)
    assert tree.currentIndex() == blank
    assert blank.data(Qt.ItemDataRole.DisplayRole) == FIRST_TASK_HINT
    assert blank.data(Qt.ItemDataRole.EditRole) in (None, "")  # the editor opens empty
    qtbot.keyClick(tree, "K")  # the first key opens the editor with it
    editor = tree.findChild(QLineEdit)
    assert editor is not None
    assert editor.text() == "K"  # not the hint
    qtbot.keyClicks(editor, "ick-off")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits in a queued call
    qtbot.waitUntil(lambda: len(window.document.plan.tasks) == 1)
    assert [t.name for t in window.document.plan.tasks] == ["Kick-off"]
    assert model.blank_index(Column.NAME).data(Qt.ItemDataRole.DisplayRole) is None
    window.close()
    assert [t.name for t in read_plan(path).tasks] == ["Kick-off"]


def test_the_hint_comes_back_when_the_last_task_goes(qtbot, tmp_path):
    path = tmp_path / "empty.gantry"
    window = _open(qtbot, path)
    model = window.model
    assert model.setData(model.blank_index(Column.NAME), "Only task", Qt.ItemDataRole.EditRole)
    assert model.blank_index(Column.NAME).data() is None
    window.document.undo_stack.undo()
    assert window.document.plan.tasks == []
    assert model.blank_index(Column.NAME).data() == FIRST_TASK_HINT
    window.close()


def test_a_read_only_empty_plan_shows_no_hint():
    class _ReadOnlyFile:
        read_only = True
        path = None

    model = TaskTreeModel(Document(Plan(project=Project(start=MON)), _ReadOnlyFile()))
    assert model.blank_index(Column.NAME).data() is None  # nothing can be typed there
