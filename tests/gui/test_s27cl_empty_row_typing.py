"""Typing into a cell of the empty last row that takes no typing (Notes, Start1, Work) said
"Notes is worked out by Gantry and cannot be typed", which is not so on a task's row; on Work,
Actual Start and the other columns a summary rolls up it raised instead of saying anything.
It now says the row has no task yet and how to add one; a worked-out column still says so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from app.ui.column_placement import insert_column
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan


@pytest.fixture
def tree(qtbot):
    view = TaskTreeView(TaskTreeModel(Document(build_plan())))
    qtbot.addWidget(view)
    view.resize(900, 400)
    with qtbot.waitExposed(view):
        view.show()
    view.setFocus()
    return view


def _typed_on_empty_row(tree, qtbot, column) -> list[str]:
    model = tree.task_model()
    insert_column(tree, column)
    heard: list[str] = []
    model.sig_error.connect(heard.append)
    blank = model.index(model.rowCount() - 1, column)
    assert model.is_blank(blank)
    tree.setCurrentIndex(blank)
    qtbot.keyClick(tree, Qt.Key.Key_5)
    assert tree.state() != QAbstractItemView.State.EditingState
    return heard


@pytest.mark.parametrize(
    ("column", "title"),
    [(Column.NOTES, "Notes"), (Column.START1, "Start1"), (Column.WORK, "Work")],
)
def test_s27cl_a_task_field_on_the_empty_row_says_to_add_the_task_first(tree, qtbot, column, title):
    heard = _typed_on_empty_row(tree, qtbot, column)
    assert heard == [
        f"The empty row has no task to hold {title} yet: type a name (or a duration, start, "
        f"finish, predecessors, people, % complete) here to add one, then its {title}"
    ]


def test_s27cl_what_it_says_works(tree, qtbot):
    """A name typed in the empty row adds the task, whose Notes then take typing."""
    model = tree.task_model()
    insert_column(tree, Column.NOTES)
    row = model.rowCount() - 1
    assert model.setData(model.index(row, Column.NAME), "Handover", Qt.ItemDataRole.EditRole)
    notes = model.index(row, Column.NOTES)
    assert not model.is_blank(notes)
    assert notes.flags() & Qt.ItemFlag.ItemIsEditable


def test_s27cl_a_worked_out_field_on_the_empty_row_still_says_so(tree, qtbot):
    heard = _typed_on_empty_row(tree, qtbot, Column.TOTAL_SLACK)
    assert heard == ["Total Slack is worked out by Gantry and cannot be typed"]
