"""Work typed in the main window's task sheet (the Work cell, through its editor), as
MS Project's Work and Entry tables take it: one undo step, one message for bad input.

The sample plan (tests/gui/conftest.py) with Ana (100 %) and Bob (50 %) on Code (uid 5,
5 days from Fri 2026-03-06 08:00): 40h + 20h of work. Test (uid 6) has no people.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QComboBox, QLineEdit, QSpinBox

from app.domain.resource import Assignment, Resource
from app.domain.task import TaskType
from app.ui.column_placement import insert_column
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.models.task_edits import Column
from app.ui.status_said import sentence
from tests.gui.conftest import build_plan

H = 60
SHOWN = (Column.WORK, Column.ACTUAL_WORK, Column.REMAINING_WORK, Column.TASK_TYPE)


def _document() -> Document:
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_resource(Resource(2, "Bob", standard_rate=50.0))
    plan.add_assignment(Assignment(1, 5, 1, 1.0))
    plan.add_assignment(Assignment(2, 5, 2, 0.5))
    return Document(plan)


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = MainWindow(_document())
    qtbot.addWidget(win)
    win.resize(1500, 500)
    for column in SHOWN:
        insert_column(win.tree, column)
    with qtbot.waitExposed(win):
        win.show()
    win.document.undo_stack.clear()
    return win


def _cells(window: MainWindow, uid: int = 5) -> tuple[str, ...]:
    model = window.tree.task_model()
    columns = (Column.DURATION, Column.PERCENT, Column.WORK, Column.ACTUAL_WORK)
    return tuple(model.index_of_uid(uid, c).data() for c in (*columns, Column.REMAINING_WORK))


def _typed_in_editor(window: MainWindow, uid: int, column: Column, text: str) -> None:
    """The cell edited as a user edits it: its editor opened, the text typed, committed."""
    tree = window.tree
    index = tree.task_model().index_of_uid(uid, column)
    tree.setCurrentIndex(index)
    tree.edit(index)
    editor = tree.indexWidget(index)
    if isinstance(editor, QSpinBox):  # % complete
        editor.setValue(int(text))
    elif isinstance(editor, QComboBox):  # Type
        editor.setCurrentText(text)
    else:
        assert isinstance(editor, QLineEdit)
        editor.setText(text)
    tree.commitData(editor)
    tree.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)


def _people(window: MainWindow) -> list[tuple[int, float, int]]:
    return [
        (a.work_minutes, a.units, a.actual_work_minutes)
        for a in window.document.plan.assignments_of_task(5)
    ]


# ---------------------------------------------------------------------- Work typed


def test_s21wk_work_typed_spreads_and_the_duration_follows_one_undo_step(window) -> None:
    assert _cells(window) == ("5d", "0%", "60h", "0h", "60h")
    _typed_in_editor(window, 5, Column.WORK, "90h")
    assert _cells(window) == ("7.5d", "0%", "90h", "0h", "90h")
    assert _people(window) == [(60 * H, 1.0, 0), (30 * H, 0.5, 0)]
    stack = window.document.undo_stack
    assert (stack.count(), stack.undoText()) == (1, "Set work of 'Code'")
    window.tree.grab().save("/tmp/s21wk_work.png")
    stack.undo()
    assert _cells(window) == ("5d", "0%", "60h", "0h", "60h")
    assert _people(window) == [(0, 1.0, 0), (0, 0.5, 0)]
    stack.redo()
    assert _cells(window) == ("7.5d", "0%", "90h", "0h", "90h")
    _typed_in_editor(window, 5, Column.WORK, "90h")  # its own text back: no second step
    assert stack.count() == 1


def test_s21wk_fixed_duration_typed_work_moves_the_units(window) -> None:
    _typed_in_editor(window, 5, Column.TASK_TYPE, "Fixed duration")
    assert window.document.plan.task(5).task_type is TaskType.FIXED_DURATION
    _typed_in_editor(window, 5, Column.WORK, "90h")
    assert _cells(window)[:3] == ("5d", "0%", "90h")
    assert _people(window) == [(60 * H, 1.5, 0), (30 * H, 0.75, 0)]


def test_s21wk_work_typed_on_a_task_under_way_keeps_the_work_done(window) -> None:
    _typed_in_editor(window, 5, Column.ACTUAL_WORK, "30h")
    _typed_in_editor(window, 5, Column.WORK, "120h")
    assert _cells(window) == ("10d", "25%", "120h", "30h", "90h")


@pytest.mark.parametrize(
    ("uid", "text", "said"),
    [
        (5, "lots", "Work: 'lots' is not work (try 8h, 1.5d)"),
        (5, "2ed", "Work: '2ed' is elapsed time; type working time (12h)"),
        (5, "", "Work: type the work (40h, or 5d in the plan's days)"),
        (5, "0h", "work must be more than zero; to take the people off, clear the People cell"),
        (
            6,
            "8h",
            "'Test' has no people: its work is the work of the people on it "
            "(assign someone in the People column, then type its work)",
        ),
    ],
)
def test_s21wk_bad_work_is_one_message_and_changes_nothing(window, uid, text, said) -> None:
    plan = window.document.plan
    before = (list(plan.tasks), list(plan.assignments))
    _typed_in_editor(window, uid, Column.WORK, text)
    assert window.statusBar().currentMessage() == sentence(said)
    assert (list(plan.tasks), list(plan.assignments)) == before
    assert window.document.undo_stack.count() == 0


def test_s21wk_a_summarys_work_comes_from_its_subtasks(window, qtbot) -> None:
    tree = window.tree
    index = tree.task_model().index_of_uid(4, Column.WORK)
    assert not index.flags() & Qt.ItemFlag.ItemIsEditable
    tree.setCurrentIndex(index)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_5)
    assert tree.state() != tree.State.EditingState
    assert window.statusBar().currentMessage() == "Work of a summary comes from its subtasks"
    assert window.document.undo_stack.count() == 0
