"""% complete typed in the main window (the sheet's cell, Update Tasks, Update Project)
brings the people's entered actual work in step with it, as MS Project spreads it.

The sample plan (tests/gui/conftest.py) with Ana (100 %) and Bob (50 %) on Code (uid 5,
5 days from Fri 2026-03-06 08:00): 40h + 20h of work. Test (uid 6) has no people.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QAbstractItemDelegate, QComboBox, QLineEdit, QSpinBox

from app.domain.resource import Assignment, Resource
from app.domain.tracking import UpdateMode
from app.ui.column_placement import insert_column
from app.ui.commands import execute
from app.ui.dialogs.update_tasks_dialog import UpdateTasksDialog
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.models.task_edits import Column
from app.ui.project_menu import UpdateRequest, progress_updates, update_command
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


# ---------------------------------------------------------------------- % complete typed


def _ana_entered(window: MainWindow) -> None:
    """Ana's 8h of her own on Code (Assignment Information), Bob none."""
    from app.ui.actual_work_command import assignment_actual_work_command

    execute(window.document, assignment_actual_work_command(window.document, 1, 8 * H))
    assert _cells(window)[3] == "8h"
    window.document.undo_stack.clear()


def test_s21wk_percent_typed_puts_the_peoples_actual_work_in_step(window) -> None:
    _ana_entered(window)
    _typed_in_editor(window, 5, Column.PERCENT, "50")
    assert _cells(window) == ("5d", "50%", "60h", "30h", "30h")  # 20h + 10h, not Ana's 8h
    assert [p[2] for p in _people(window)] == [0, 0]
    stack = window.document.undo_stack
    assert stack.count() == 1
    stack.undo()
    assert [p[2] for p in _people(window)] == [8 * H, 0]
    assert _cells(window)[3] == "8h"
    stack.redo()
    assert _cells(window) == ("5d", "50%", "60h", "30h", "30h")


def test_s21wk_update_tasks_percent_puts_them_in_step(window, qtbot) -> None:
    _ana_entered(window)
    dialog = UpdateTasksDialog(window.document, 5)
    qtbot.addWidget(dialog)
    dialog.percent.setValue(25)
    dialog.accept()
    assert _cells(window)[1:] == ("25%", "60h", "15h", "45h")
    window.document.undo_stack.undo()
    assert _cells(window)[3] == "8h"


def test_s21wk_update_project_puts_them_in_step(window) -> None:
    _ana_entered(window)
    document = window.document
    request = UpdateRequest(date(2026, 3, 10), False, UpdateMode.PROPORTIONAL, False)
    execute(document, update_command(document, request, progress_updates(document, request, [])))
    assert _cells(window)[1:] == ("60%", "60h", "36h", "24h")  # 3 of 5 days
    assert [p[2] for p in _people(window)] == [0, 0]
    document.undo_stack.undo()
    assert [p[2] for p in _people(window)] == [8 * H, 0]


def test_s21wk_a_duration_typed_keeps_their_entered_work(window) -> None:
    _ana_entered(window)
    _typed_in_editor(window, 5, Column.DURATION, "10d")  # the work done stays: the % follows
    assert [p[2] for p in _people(window)] == [8 * H, 0]
    assert _cells(window)[0] == "10d"
    assert _cells(window)[3] == "8h"
