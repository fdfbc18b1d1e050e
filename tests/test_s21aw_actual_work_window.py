"""Actual Work typed in the main window, as in MS Project's Tracking and Work tables and its
Assignment Information: the task sheet's Act. Work cell and a person's Actual work field.

The sample plan (tests/gui/conftest.py) with Ana (100 %) and Bob (50 %) on Code (uid 5,
5 days from Fri 2026-03-06 08:00): 40h + 20h of work. Test (uid 6) has no people.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QLineEdit

from app.domain.resource import Assignment, Resource
from app.ui.column_placement import insert_column
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.models.task_edits import Column
from app.ui.models.task_model_tracking import read_only_hint
from tests.gui.conftest import build_plan

CODE_START = datetime(2026, 3, 6, 8, 0)
CODE_FINISH = datetime(2026, 3, 12, 17, 0)
SHOWN = (
    Column.ACTUAL_WORK,
    Column.REMAINING_WORK,
    Column.PERCENT_WORK_COMPLETE,
    Column.REMAINING_DURATION,
)


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
    return tuple(model.index_of_uid(uid, c).data() for c in (Column.PERCENT, *SHOWN))


def _typed_in_editor(window: MainWindow, uid: int, text: str) -> None:
    """The cell edited as a user edits it: its editor opened, the text typed, committed."""
    tree = window.tree
    index = tree.task_model().index_of_uid(uid, Column.ACTUAL_WORK)
    tree.setCurrentIndex(index)
    tree.edit(index)
    editor = tree.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.setText(text)
    tree.commitData(editor)
    tree.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)


def _progress(window: MainWindow, uid: int = 5):
    t = window.document.plan.task(uid)
    return t.percent_complete, t.actual_start, t.actual_finish


def test_s21aw_typed_actual_work_sets_progress_one_undo_step(window) -> None:
    assert read_only_hint(Column.ACTUAL_WORK) is None  # no pointer elsewhere: it is typed
    assert _cells(window) == ("0%", "0h", "60h", "0%", "5d")
    _typed_in_editor(window, 5, "30h")
    assert _progress(window) == (50.0, CODE_START, None)
    assert _cells(window) == ("50%", "30h", "30h", "50%", "2.5d")
    costs = window.document.costs.assignments
    assert (costs[1].actual_work_minutes, costs[2].actual_work_minutes) == (20 * 60, 10 * 60)
    stack = window.document.undo_stack
    assert stack.count() == 1
    assert stack.undoText() == "Set actual work of 'Code'"
    window.tree.grab().save("/tmp/s21aw_sheet.png")
    stack.undo()
    assert _progress(window) == (0.0, None, None)
    assert _cells(window) == ("0%", "0h", "60h", "0%", "5d")
    stack.redo()
    assert _cells(window) == ("50%", "30h", "30h", "50%", "2.5d")


def test_s21aw_days_typed_are_the_plans_days_and_all_of_it_finishes(window) -> None:
    _typed_in_editor(window, 5, "3d")  # 24h of 60h
    assert _cells(window)[:2] == ("40%", "24h")
    _typed_in_editor(window, 5, "60h")
    assert _progress(window) == (100.0, CODE_START, CODE_FINISH)
    assert _cells(window) == ("100%", "60h", "0h", "100%", "0d")
    _typed_in_editor(window, 5, "0")
    assert _progress(window) == (0.0, None, None)
    assert window.document.undo_stack.count() == 3


def test_s21aw_more_than_the_work_raises_it(window) -> None:
    _typed_in_editor(window, 5, "72h")
    plan = window.document.plan
    assert plan.task(5).duration_minutes == 6 * 480
    assert _cells(window) == ("100%", "72h", "0h", "100%", "0d")
    window.document.undo_stack.undo()
    assert plan.task(5).duration_minutes == 5 * 480
    assert (plan.assignment(1).work_minutes, plan.assignment(2).work_minutes) == (0, 0)


@pytest.mark.parametrize(
    ("uid", "text", "said"),
    [
        (5, "lots", "Actual Work: 'lots' is not work (try 8h, 1.5d)"),
        (5, "-3h", "Actual Work: '-3h': work cannot be negative"),
        (5, "2ed", "Actual Work: '2ed' is elapsed time; type working time (12h)"),
        (
            6,
            "8h",
            "'Test' has no people: actual work is recorded on their assignments, as in "
            "MS Project (assign someone in the People column, or type % complete)",
        ),
    ],
)
def test_s21aw_bad_input_is_one_message_and_changes_nothing(window, uid, text, said) -> None:
    plan = window.document.plan
    before = (list(plan.tasks), list(plan.assignments))
    _typed_in_editor(window, uid, text)
    assert window.statusBar().currentMessage() == said
    assert (list(plan.tasks), list(plan.assignments)) == before
    assert window.document.undo_stack.count() == 0


def test_s21aw_a_summarys_actual_work_comes_from_its_subtasks(window, qtbot) -> None:
    tree = window.tree
    tree.setCurrentIndex(tree.task_model().index_of_uid(4, Column.ACTUAL_WORK))
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_5)
    assert tree.state() != tree.State.EditingState
    assert window.statusBar().currentMessage() == (
        "Actual Work of a summary comes from its subtasks"
    )
    assert window.document.undo_stack.count() == 0
