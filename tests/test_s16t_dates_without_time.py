"""A date typed without a time of day takes the project's Default start time on a start and
its Default end time on a finish, as MS Project does (File > Options > Schedule; Gantry's
Project Information), never the old date's time of day.

Code (uid 5, 5 days) is pinned to start no earlier than Mon 2026-03-09 13:00, so each
cell starts from a 13:00 that a date alone must not keep. The plan's default times are
09:00 and 16:00 (not the 08:00 and 17:00 of a new plan, so the tests see which is used).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QAbstractItemDelegate, QLineEdit

from app.domain.merge import copy_plan
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook
from app.ui.commands import EditTaskCommand, execute
from app.ui.dialogs.project_dialog import ProjectDialog
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.sheet_date_edit import SheetDateEdit
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan

PINNED = datetime(2026, 3, 9, 13, 0)


def _plan():
    plan = build_plan()
    plan.project = replace(
        plan.project, default_start_time=time(9, 0), default_finish_time=time(16, 0)
    )
    code = plan.task(5)
    plan.update_task(replace(code, constraint_type=ConstraintType.SNET, constraint_date=PINNED))
    return plan


@pytest.fixture
def doc():
    return Document(_plan())


@pytest.fixture
def model(doc):
    return TaskTreeModel(doc)


def _type(model, uid, column, text):
    return model.setData(model.index_of_uid(uid, column), text, Qt.ItemDataRole.EditRole)


def _pin(doc, uid=5):
    task = doc.plan.task(uid)
    return task.constraint_type, task.constraint_date


# the C locale the tests run in writes year first (ISO), so a slashed date reads so too (s28r2)
@pytest.mark.parametrize("text", ["2026-03-16", "2026/03/16", "Mon 2026-03-16"])
def test_a_start_typed_as_a_date_takes_the_default_start_time(doc, model, text):
    assert _type(model, 5, Column.START, text)
    assert _pin(doc) == (ConstraintType.SNET, datetime(2026, 3, 16, 9, 0))
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert _pin(doc) == (ConstraintType.SNET, PINNED)


def test_a_start_typed_with_its_time_keeps_it(doc, model):
    assert _type(model, 5, Column.START, "2026-03-16 13:00")
    assert _pin(doc) == (ConstraintType.SNET, datetime(2026, 3, 16, 13, 0))


def test_a_finish_typed_as_a_date_takes_the_default_end_time(doc, model):
    assert _type(model, 6, Column.FINISH, "2026-03-24")
    # Test starts Mon 16 March 13:00 after Code: 16:00 on Tue 24 March is its finish
    assert doc.schedule[6].finish == datetime(2026, 3, 24, 16, 0)


@pytest.mark.parametrize(
    ("column", "field", "expected"),
    [
        (Column.ACTUAL_START, "actual_start", datetime(2026, 3, 10, 9, 0)),
        (Column.ACTUAL_FINISH, "actual_finish", datetime(2026, 3, 10, 16, 0)),
        (Column.DEADLINE, "deadline", datetime(2026, 3, 10, 16, 0)),
        (Column.CONSTRAINT_DATE, "constraint_date", datetime(2026, 3, 10, 9, 0)),
    ],
)
def test_the_other_dates_typed_as_a_date(doc, model, column, field, expected):
    assert _type(model, 5, column, "2026-03-10")
    assert getattr(doc.plan.task(5), field) == expected
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert getattr(doc.plan.task(5), field) == (PINNED if field == "constraint_date" else None)


def test_a_finish_constraint_date_takes_the_end_time(doc, model):
    execute(doc, EditTaskCommand(doc, 5, "fnlt", constraint_type=ConstraintType.FNLT))
    assert _type(model, 5, Column.CONSTRAINT_DATE, "2026-03-20")
    assert _pin(doc) == (ConstraintType.FNLT, datetime(2026, 3, 20, 16, 0))


# ---------------------------------------------------------------- the sheet's editors


@pytest.fixture
def sheet(qtbot, doc):
    tree = TaskTreeView(TaskTreeModel(doc))
    qtbot.addWidget(tree)
    for column in (Column.ACTUAL_START, Column.DEADLINE):
        tree.setColumnHidden(column, False)
    tree.resize(1400, 400)
    with qtbot.waitExposed(tree):
        tree.show()
    return tree


def _typed_in(qtbot, tree, uid, column, text, kind=SheetDateEdit):
    """Type ``text`` on the cell as a user does (the first key opens the editor), then Enter."""
    tree.setCurrentIndex(tree.task_model().index_of_uid(uid, column))
    tree.setFocus()
    qtbot.keyClick(tree, text[0])
    editor = tree.findChild(kind)
    assert editor is not None
    qtbot.keyClicks(editor, text[1:])
    tree.commitData(editor)
    tree.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    editor.deleteLater()
    qtbot.wait(1)  # the closed editor goes before the next is looked for
    return editor


def test_a_date_typed_in_the_start_editor_takes_the_default_start_time(qtbot, doc, sheet):
    _typed_in(qtbot, sheet, 5, Column.START, "2026-03-16")  # no time: the default one
    assert _pin(doc) == (ConstraintType.SNET, datetime(2026, 3, 16, 9, 0))
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert _pin(doc) == (ConstraintType.SNET, PINNED)


def test_a_time_typed_in_the_start_editor_is_kept_even_the_one_shown(qtbot, doc, sheet):
    _typed_in(qtbot, sheet, 5, Column.START, "2026-03-16 13:00")  # 13:00 was already there
    assert _pin(doc) == (ConstraintType.SNET, datetime(2026, 3, 16, 13, 0))
    _typed_in(qtbot, sheet, 5, Column.START, "2026-03-17 10:30")
    assert _pin(doc) == (ConstraintType.SNET, datetime(2026, 3, 17, 10, 30))
    assert doc.undo_stack.count() == 2


def test_a_date_typed_in_the_finish_editor_takes_the_default_end_time(qtbot, doc, sheet):
    assert doc.schedule[5].finish.time() == time(12, 0)  # 5 days from 13:00
    _typed_in(qtbot, sheet, 5, Column.FINISH, "2026-03-20")
    assert doc.schedule[5].finish == datetime(2026, 3, 20, 16, 0)
    doc.undo_stack.undo()
    assert doc.schedule[5].finish == datetime(2026, 3, 16, 12, 0)


def test_only_a_time_typed_is_a_time_set(qtbot, doc, sheet):
    # the editor is text typed over the cell (s28ke): a time is given by typing one
    index = sheet.task_model().index_of_uid(5, Column.START)
    sheet.setCurrentIndex(index)
    sheet.edit(index)
    editor = sheet.findChild(SheetDateEdit)
    editor.setText("2026-03-09")
    assert not editor.time_set
    editor.setText("2026-03-09 14:00")
    assert editor.time_set
    sheet.commitData(editor)
    assert _pin(doc) == (ConstraintType.SNET, datetime(2026, 3, 9, 14, 0))


def test_a_date_typed_in_an_actual_start_or_deadline_cell(qtbot, doc, sheet):
    _typed_in(qtbot, sheet, 5, Column.ACTUAL_START, "2026-03-10", QLineEdit)
    assert doc.plan.task(5).actual_start == datetime(2026, 3, 10, 9, 0)
    _typed_in(qtbot, sheet, 5, Column.DEADLINE, "2026-03-27", QLineEdit)
    assert doc.plan.task(5).deadline == datetime(2026, 3, 27, 16, 0)
    assert doc.undo_stack.count() == 2


# ---------------------------------------------------------------- where the times are set


def test_project_information_sets_the_two_default_times_in_one_step(qtbot, doc):
    dialog = ProjectDialog(doc)
    qtbot.addWidget(dialog)
    assert dialog.default_start_time.time() == QTime(9, 0)
    assert dialog.default_finish_time.time() == QTime(16, 0)
    dialog.default_start_time.setTime(QTime(7, 30))
    dialog.default_finish_time.setTime(QTime(15, 30))
    command = dialog.command()
    assert command is not None
    execute(doc, command)
    project = doc.plan.project
    assert (project.default_start_time, project.default_finish_time) == (time(7, 30), time(15, 30))
    model = TaskTreeModel(doc)
    assert _type(model, 5, Column.START, "2026-03-16")
    assert _pin(doc) == (ConstraintType.SNET, datetime(2026, 3, 16, 7, 30))
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.plan.project.default_start_time == time(9, 0)


def test_an_unchanged_dialog_changes_nothing(qtbot, doc):
    dialog = ProjectDialog(doc)
    qtbot.addWidget(dialog)
    assert dialog.command() is None


# ---------------------------------------------------------------- the client workbook


def test_a_client_workbook_date_without_a_time_takes_the_default_times(tmp_path):
    plan = _plan()
    path = tmp_path / "client.xlsx"
    write_plan(plan, path, now=datetime(2026, 3, 1, 9, 30))
    book = openpyxl.load_workbook(path)
    ws = book["Plan"]
    titles = [c.value for c in ws[1]]
    rows = {ws.cell(r, titles.index("UID") + 1).value: r for r in range(2, ws.max_row + 1)}
    ws.cell(rows[5], titles.index("Start") + 1).value = date(2026, 3, 16)  # a date cell
    ws.cell(rows[6], titles.index("Finish") + 1).value = "2026-03-27"  # a date as text
    book.save(path)
    trip = read_roundtrip_workbook(path)
    code, test = trip.theirs.task(5), trip.theirs.task(6)
    assert (code.constraint_type, code.constraint_date) == (
        ConstraintType.SNET,
        datetime(2026, 3, 16, 9, 0),
    )
    # a Finish changes the duration, as in the window (s20rt): it ends at the finish time
    alone = copy_plan(trip.base)
    alone.update_task(test)
    assert schedule(alone).get(6).finish == datetime(2026, 3, 27, 16, 0)


def test_the_same_day_typed_again_pins_it_at_the_default_time(qtbot, doc, sheet):
    _typed_in(qtbot, sheet, 5, Column.START, "2026-03-09")  # the day it holds, at 13:00
    assert _pin(doc) == (ConstraintType.SNET, datetime(2026, 3, 9, 9, 0))
    assert doc.undo_stack.count() == 1
    _typed_in(qtbot, sheet, 5, Column.START, "2026-03-09")  # now already there: no step
    assert doc.undo_stack.count() == 1


def test_an_editor_left_untouched_writes_nothing(qtbot, doc, sheet):
    for column in (Column.START, Column.FINISH):
        index = sheet.task_model().index_of_uid(5, column)
        sheet.setCurrentIndex(index)
        sheet.edit(index)
        editor = sheet.findChild(SheetDateEdit)
        sheet.commitData(editor)
        sheet.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        editor.deleteLater()
        qtbot.wait(1)
    assert _pin(doc) == (ConstraintType.SNET, PINNED)
    assert doc.undo_stack.count() == 0


def test_a_date_and_time_the_task_already_has_is_no_undo_step(doc, model):
    assert _type(model, 5, Column.START, "2026-03-09 13:00")
    assert _type(model, 5, Column.FINISH, "2026-03-16 12:00")
    assert doc.undo_stack.count() == 0


# ---------------------------------------------------------------- Update Tasks' actual dates


def _update_tasks(qtbot, doc, uids=5):
    from app.ui.dialogs.update_tasks_dialog import UpdateTasksDialog

    dialog = UpdateTasksDialog(doc, uids)
    qtbot.addWidget(dialog)
    return dialog


def test_update_tasks_takes_a_new_day_at_the_default_times(qtbot, doc):
    from PySide6.QtCore import QDate

    dialog = _update_tasks(qtbot, doc)
    # it opens on the scheduled dates: Mon 9 March 13:00 to Mon 16 March 12:00
    dialog.actual_start.check.setChecked(True)
    dialog.actual_start.edit.setDate(QDate(2026, 3, 10))  # a day picked, no time given
    dialog.actual_finish.check.setChecked(True)
    dialog.actual_finish.edit.setDate(QDate(2026, 3, 17))
    command = dialog.command()
    assert command is not None
    execute(doc, command)
    task = doc.plan.task(5)
    assert task.actual_start == datetime(2026, 3, 10, 9, 0)
    assert task.actual_finish == datetime(2026, 3, 17, 16, 0)
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan.task(5).actual_start is None


def test_update_tasks_keeps_a_time_typed_and_the_day_it_opened_on(qtbot, doc):
    from PySide6.QtCore import QDate

    dialog = _update_tasks(qtbot, doc)
    start = dialog.actual_start
    start.check.setChecked(True)
    start.edit.setDate(QDate(2026, 3, 10))
    start.edit.setText("2026-03-10 13:00")  # the hour shown, typed: kept (s23dd: as the sheet)
    assert start.value() == datetime(2026, 3, 10, 13, 0)
    dialog.actual_finish.check.setChecked(True)  # ticked on the day shown: as scheduled
    assert dialog.actual_finish.value() == datetime(2026, 3, 16, 12, 0)
    dialog.actual_finish.set_value(datetime(2026, 3, 17, 12, 0))  # set in full: as given
    assert dialog.actual_finish.value() == datetime(2026, 3, 17, 12, 0)


def test_update_tasks_on_several_tasks_too(qtbot, doc):
    from PySide6.QtCore import QDate

    dialog = _update_tasks(qtbot, doc, [5, 6])
    dialog.actual_start.check.setChecked(True)
    dialog.actual_start.edit.setDate(QDate(2026, 3, 10))
    command = dialog.command()
    assert command is not None
    execute(doc, command)
    assert doc.plan.task(5).actual_start == datetime(2026, 3, 10, 9, 0)
    assert doc.plan.task(6).actual_start == datetime(2026, 3, 10, 9, 0)
