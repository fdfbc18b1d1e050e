"""% Work Complete typed in the task sheet, as in MS Project's Tracking table: typed in its
editor, pasted from a spreadsheet and filled down, each one undo step.

The sample plan (tests/gui/conftest.py) with Ana (100 %) and Bob (50 %) on Code (uid 5,
5 days from Fri 2026-03-06 08:00: 40h + 20h) and Ana on Test (uid 6, 2 days: 16h).
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemDelegate, QLineEdit

from app.domain.resource import Assignment, Resource
from app.ui.clipboard_paste import paste_into_cells
from app.ui.clipboard_table import ClipboardTable
from app.ui.column_placement import insert_column
from app.ui.document import Document
from app.ui.main_window import MainWindow
from app.ui.models.task_edits import Column
from app.ui.models.task_model_tracking import read_only_hint
from tests.gui.conftest import build_plan

CODE_START = datetime(2026, 3, 6, 8, 0)
SHOWN = (Column.ACTUAL_WORK, Column.REMAINING_WORK, Column.PERCENT_WORK_COMPLETE)


def _document(test_people: bool = True) -> Document:
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_resource(Resource(2, "Bob", standard_rate=50.0))
    plan.add_assignment(Assignment(1, 5, 1, 1.0))
    plan.add_assignment(Assignment(2, 5, 2, 0.5))
    if test_people:
        plan.add_assignment(Assignment(3, 6, 1, 1.0))
    return Document(plan)


def _window(qtbot, document: Document) -> MainWindow:
    win = MainWindow(document)
    qtbot.addWidget(win)
    win.resize(1500, 500)
    for column in SHOWN:
        insert_column(win.tree, column)
    with qtbot.waitExposed(win):
        win.show()
    win.document.undo_stack.clear()
    return win


@pytest.fixture
def window(qtbot) -> MainWindow:
    return _window(qtbot, _document())


def _cells(window: MainWindow, uid: int = 5) -> tuple[str, ...]:
    model = window.tree.task_model()
    return tuple(model.index_of_uid(uid, c).data() for c in (Column.PERCENT, *SHOWN))


def _typed_in_editor(window: MainWindow, uid: int, text: str) -> None:
    """The cell edited as a user edits it: its editor opened, the text typed, committed."""
    tree = window.tree
    index = tree.task_model().index_of_uid(uid, Column.PERCENT_WORK_COMPLETE)
    tree.setCurrentIndex(index)
    tree.edit(index)
    editor = tree.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.setText(text)
    tree.commitData(editor)
    tree.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)


def test_s27wc_typed_percent_work_complete_sets_the_work_done_in_one_undo_step(window):
    assert read_only_hint(Column.PERCENT_WORK_COMPLETE) is None  # typed, no pointer elsewhere
    assert _cells(window) == ("0%", "0h", "60h", "0%")
    _typed_in_editor(window, 5, "25%")
    # 15h of 60h done: % complete follows, the task started where it was scheduled
    assert _cells(window) == ("25%", "15h", "45h", "25%")
    task = window.document.plan.task(5)
    assert task.actual_start == CODE_START
    stack = window.document.undo_stack
    assert stack.count() == 1
    assert stack.undoText() == "Set % work complete of 'Code'"
    window.tree.grab().save("/tmp/s27wc_sheet.png")
    stack.undo()
    assert _cells(window) == ("0%", "0h", "60h", "0%")
    assert window.document.plan.task(5).actual_start is None
    stack.redo()
    assert _cells(window) == ("25%", "15h", "45h", "25%")
    _typed_in_editor(window, 5, "25")  # the % shown typed back changes nothing
    assert stack.count() == 1


def test_s27wc_a_task_without_people_refuses_it_with_one_line(qtbot):
    window = _window(qtbot, _document(test_people=False))
    errors: list[str] = []
    window.tree.task_model().sig_error.connect(errors.append)
    _typed_in_editor(window, 6, "50")
    assert "'Test' has no people" in errors[-1]
    assert "% Complete" in errors[-1]
    assert window.document.plan.task(6).percent_complete == 0.0
    assert window.document.undo_stack.count() == 0
    _typed_in_editor(window, 5, "150")
    assert errors[-1].startswith("% Work Complete: ")
    assert window.document.undo_stack.count() == 0


def test_s27wc_pasted_from_a_spreadsheet_in_one_step(window):
    tree = window.tree
    model = tree.task_model()
    table = ClipboardTable(
        rows=(("50%",), ("25",)),
        columns=(Column.PERCENT_WORK_COMPLETE,),
        titles=("% Work Complete",),
    )
    paste_into_cells(tree, table, model.index_of_uid(5, Column.PERCENT_WORK_COMPLETE))
    assert _cells(window, 5) == ("50%", "30h", "30h", "50%")
    assert _cells(window, 6) == ("25%", "4h", "12h", "25%")
    stack = window.document.undo_stack
    assert stack.count() == 1
    stack.undo()
    assert _cells(window, 5)[3] == _cells(window, 6)[3] == "0%"


def test_s27wc_filled_down_in_one_step(window):
    _typed_in_editor(window, 5, "75")
    tree = window.tree
    tree.select_uids([5, 6])
    tree.selectionModel().setCurrentIndex(
        tree.task_model().index_of_uid(5, Column.PERCENT_WORK_COMPLETE),
        QItemSelectionModel.SelectionFlag.NoUpdate,
    )
    stack = window.document.undo_stack
    steps = stack.count()
    window.action_collection["fill_down"].trigger()
    assert _cells(window, 6) == ("75%", "12h", "4h", "75%")
    assert stack.count() == steps + 1
    stack.undo()
    assert _cells(window, 6) == ("0%", "0h", "16h", "0%")
    assert _cells(window, 5)[3] == "75%"


def test_s27wc_a_fraction_beside_the_whole_percent_shown_is_taken(window):
    _typed_in_editor(window, 5, "25")
    _typed_in_editor(window, 5, "25.5")  # not the 25 % shown: 15.3h of 60h
    assert _cells(window)[1:3] == ("15.3h", "44.7h")
    assert window.document.undo_stack.count() == 2
