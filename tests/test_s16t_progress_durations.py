"""Actual Duration and Remaining Duration typed in the task sheet, as MS Project takes them.

The sample plan (tests/gui/conftest.py): Code (uid 5) is 5 days, scheduled from
Fri 2026-03-06 08:00 to Thu 2026-03-12 17:00 on the standard calendar; Build
(uid 4) is its summary.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QLineEdit

from app.domain.errors import InputError
from app.ui.commands import EditTaskCommand, execute
from app.ui.document import Document
from app.ui.models.task_edits import Column, command_for_cell
from app.ui.models.task_model import TaskTreeModel
from app.ui.models.task_model_tracking import read_only_hint
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan

DAY = 480
CODE_START = datetime(2026, 3, 6, 8, 0)


@pytest.fixture
def doc():
    return Document(build_plan())


@pytest.fixture
def model(doc):
    return TaskTreeModel(doc)


def _type(model, uid, column, text):
    return model.setData(model.index_of_uid(uid, column), text, Qt.ItemDataRole.EditRole)


def _progress(doc, uid=5):
    t = doc.plan.task(uid)
    return t.percent_complete, t.duration_minutes, t.actual_start, t.actual_finish


def test_both_cells_take_typing_on_a_task_and_no_longer_point_elsewhere(model):
    for column in (Column.ACTUAL_DURATION, Column.REMAINING_DURATION):
        assert model.index_of_uid(5, column).flags() & Qt.ItemFlag.ItemIsEditable
        assert read_only_hint(column) is None


def test_actual_duration_sets_percent_and_starts_the_task_one_undo_step(doc, model):
    assert _progress(doc) == (0.0, 5 * DAY, None, None)
    assert _type(model, 5, Column.ACTUAL_DURATION, "2d")
    assert _progress(doc) == (40.0, 5 * DAY, CODE_START, None)
    assert model.index_of_uid(5, Column.ACTUAL_DURATION).data() == "2d"
    assert model.index_of_uid(5, Column.REMAINING_DURATION).data() == "3d"
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Set actual duration of 'Code'"
    doc.undo_stack.undo()
    assert _progress(doc) == (0.0, 5 * DAY, None, None)
    doc.undo_stack.redo()
    assert _progress(doc) == (40.0, 5 * DAY, CODE_START, None)


def test_actual_duration_past_the_duration_finishes_the_task_and_becomes_it(doc, model):
    assert _type(model, 5, Column.ACTUAL_DURATION, "7d")
    # 7 working days from Fri 6 March: Fri, Mon-Fri, Mon 16 March at the end of the day
    assert _progress(doc) == (100.0, 7 * DAY, CODE_START, datetime(2026, 3, 16, 17, 0))
    assert doc.schedule[5].finish == datetime(2026, 3, 16, 17, 0)
    assert model.index_of_uid(5, Column.REMAINING_DURATION).data() == "0d"
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert _progress(doc) == (0.0, 5 * DAY, None, None)
    assert doc.schedule[5].finish == datetime(2026, 3, 12, 17, 0)


def test_actual_duration_keeps_an_actual_start_already_there(doc, model):
    started = datetime(2026, 3, 9, 8, 0)
    execute(doc, EditTaskCommand(doc, 5, "start", percent_complete=20.0, actual_start=started))
    assert _type(model, 5, Column.ACTUAL_DURATION, "3d")
    assert _progress(doc) == (60.0, 5 * DAY, started, None)


def test_remaining_duration_keeps_the_work_done_and_moves_the_duration(doc, model):
    assert _type(model, 5, Column.ACTUAL_DURATION, "2d")
    assert _type(model, 5, Column.REMAINING_DURATION, "6d")
    # 2d done + 6d left = 8d, 2/8 = 25 %
    assert _progress(doc) == (25.0, 8 * DAY, CODE_START, None)
    assert model.index_of_uid(5, Column.ACTUAL_DURATION).data() == "2d"
    assert model.index_of_uid(5, Column.REMAINING_DURATION).data() == "6d"
    assert doc.undo_stack.count() == 2
    assert doc.undo_stack.undoText() == "Set remaining duration of 'Code'"
    doc.undo_stack.undo()
    assert _progress(doc) == (40.0, 5 * DAY, CODE_START, None)
    doc.undo_stack.redo()
    assert _progress(doc) == (25.0, 8 * DAY, CODE_START, None)


def test_remaining_duration_of_a_task_not_started_is_its_duration(doc, model):
    assert _type(model, 5, Column.REMAINING_DURATION, "3d")
    assert _progress(doc) == (0.0, 3 * DAY, None, None)
    assert doc.schedule[5].finish == datetime(2026, 3, 10, 17, 0)


def test_no_time_remaining_finishes_the_task(doc, model):
    assert _type(model, 5, Column.ACTUAL_DURATION, "2d")
    assert _type(model, 5, Column.REMAINING_DURATION, "0d")
    # the 2 days done are the whole task: Fri 6 and Mon 9 March
    assert _progress(doc) == (100.0, 2 * DAY, CODE_START, datetime(2026, 3, 9, 17, 0))


def test_the_cells_own_text_typed_back_changes_nothing(doc, model):
    execute(doc, EditTaskCommand(doc, 5, "progress", percent_complete=33.0))
    doc.undo_stack.clear()
    for column in (Column.ACTUAL_DURATION, Column.REMAINING_DURATION):
        shown = model.index_of_uid(5, column).data(Qt.ItemDataRole.EditRole)
        assert shown  # 1.65d and 3.35d: rounded, the minutes behind them stay
        assert _type(model, 5, column, shown)
    assert doc.plan.task(5).percent_complete == 33.0
    assert doc.undo_stack.count() == 0


@pytest.mark.parametrize(
    ("column", "text", "message"),
    [
        (Column.ACTUAL_DURATION, "soon", "'soon' is not a duration"),
        (Column.REMAINING_DURATION, "", "type the remaining duration (0d for none)"),
        (
            Column.ACTUAL_DURATION,
            "2ed",
            "'Code' has a working-time duration: type the actual duration in working time",
        ),
    ],
)
def test_bad_text_is_refused_with_one_line_and_changes_nothing(doc, model, column, text, message):
    said = []
    model.sig_error.connect(said.append)
    assert not _type(model, 5, column, text)
    assert len(said) == 1
    assert said[0].startswith(message)
    assert _progress(doc) == (0.0, 5 * DAY, None, None)
    assert doc.undo_stack.count() == 0


def test_an_elapsed_task_takes_elapsed_time(doc, model):
    plan = doc.plan
    plan.update_task(replace(plan.task(5), elapsed=True, duration_minutes=5 * 1440))
    doc.undo_stack.clear()
    said = []
    model.sig_error.connect(said.append)
    assert not _type(model, 5, Column.REMAINING_DURATION, "2d")
    assert said == [
        "'Code' has an elapsed duration: type the remaining duration in elapsed time (2ed)"
    ]
    assert _type(model, 5, Column.REMAINING_DURATION, "2ed")
    assert plan.task(5).duration_minutes == 2 * 1440


def test_a_summary_takes_neither_as_in_ms_project(doc, model):
    for column in (Column.ACTUAL_DURATION, Column.REMAINING_DURATION):
        assert not model.index_of_uid(4, column).flags() & Qt.ItemFlag.ItemIsEditable
        assert not _type(model, 4, column, "1d")
    with pytest.raises(InputError, match="the actual duration of summary task 'Build' comes"):
        command_for_cell(doc, 4, Column.ACTUAL_DURATION, "1d")
    assert doc.undo_stack.count() == 0
    assert doc.plan.task(4).percent_complete == 0.0


def _sheet(qtbot, doc, column):
    tree = TaskTreeView(TaskTreeModel(doc))
    qtbot.addWidget(tree)
    tree.setColumnHidden(column, False)
    tree.resize(1200, 400)
    with qtbot.waitExposed(tree):
        tree.show()
    return tree


def test_typed_through_the_cell_editor(qtbot, doc):
    tree = _sheet(qtbot, doc, Column.ACTUAL_DURATION)
    index = tree.task_model().index_of_uid(5, Column.ACTUAL_DURATION)
    tree.setCurrentIndex(index)
    tree.edit(index)
    editor = tree.findChild(QLineEdit)
    assert editor is not None
    assert editor.text() == "0d"
    editor.setText("3d")
    tree.commitData(editor)
    tree.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    assert _progress(doc) == (60.0, 5 * DAY, CODE_START, None)
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert _progress(doc) == (0.0, 5 * DAY, None, None)


def test_typing_on_a_summary_says_why_in_words(qtbot, doc):
    tree = _sheet(qtbot, doc, Column.REMAINING_DURATION)
    said = []
    tree.task_model().sig_error.connect(said.append)
    tree.setCurrentIndex(tree.task_model().index_of_uid(4, Column.REMAINING_DURATION))
    qtbot.keyClick(tree, Qt.Key.Key_5)
    assert tree.state() != tree.State.EditingState
    assert said == ["Remaining Duration of a summary comes from its subtasks"]
    assert doc.undo_stack.count() == 0


# ---------------------------------------------------------------- Update Tasks, the same rule


def _elapsed_code(doc):
    plan = doc.plan
    plan.update_task(replace(plan.task(5), elapsed=True, duration_minutes=5 * 1440))
    doc.reschedule()
    doc.undo_stack.clear()


def test_update_tasks_refuses_working_time_for_an_elapsed_task(qtbot, doc):
    from app.ui.dialogs.update_tasks_dialog import UpdateTasksDialog

    _elapsed_code(doc)
    dialog = UpdateTasksDialog(doc, 5)
    qtbot.addWidget(dialog)
    dialog.actual_duration.setText("2d")
    with pytest.raises(InputError, match="'Code' has an elapsed duration: type the actual"):
        dialog.command()
    dialog.actual_duration.setText("2ed")
    command = dialog.command()
    assert command is not None
    execute(doc, command)
    assert doc.plan.task(5).percent_complete == 40.0  # 2 of 5 elapsed days


def test_update_tasks_on_several_names_the_task_of_the_other_kind(qtbot, doc):
    from app.ui.dialogs.update_tasks_dialog import UpdateTasksDialog

    _elapsed_code(doc)
    dialog = UpdateTasksDialog(doc, [5, 6])
    qtbot.addWidget(dialog)
    dialog.remaining_duration.setText("1d")
    with pytest.raises(InputError, match="'Code' has an elapsed duration"):
        dialog.command()
    assert doc.undo_stack.count() == 0


# ---------------------------------------------------------------- a manually scheduled task


def _manual_code(doc):
    bar = {"start": datetime(2026, 3, 9, 8, 0), "finish": datetime(2026, 3, 13, 17, 0)}
    execute(doc, EditTaskCommand(doc, 5, "manual", manual=True, **bar))
    doc.undo_stack.clear()


def test_a_manual_task_finished_late_by_its_actual_duration_ends_its_bar_there(doc, model):
    _manual_code(doc)
    assert _type(model, 5, Column.ACTUAL_DURATION, "7d")
    task = doc.plan.task(5)
    # 7 working days from Mon 9 March: Tue 17 March, the bar and the actual finish alike
    assert (task.duration_minutes, task.percent_complete) == (7 * DAY, 100.0)
    assert task.actual_finish == task.finish == datetime(2026, 3, 17, 17, 0)
    assert doc.schedule[5].finish == datetime(2026, 3, 17, 17, 0)
    doc.undo_stack.undo()
    assert doc.schedule[5].finish == datetime(2026, 3, 13, 17, 0)


def test_a_manual_task_given_more_time_remaining_moves_its_bars_finish(doc, model):
    _manual_code(doc)
    assert _type(model, 5, Column.REMAINING_DURATION, "6d")  # not started: 6 days long
    assert doc.plan.task(5).finish == datetime(2026, 3, 16, 17, 0)
    assert doc.schedule[5].finish == datetime(2026, 3, 16, 17, 0)
