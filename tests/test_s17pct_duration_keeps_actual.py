"""A Duration typed on a task under way keeps its Actual Duration exactly, as MS Project does:
% Complete becomes Actual / Duration unrounded (shown whole) and Remaining Duration is the
new duration less the actual one - in the sheet, Task Information and Multiple Task
Information, one undo step each.

The sample plan (tests/gui/conftest.py): Code (uid 5) is 5 days; typed 40 % it has 2 days
done. Made 11 days it used to read 1.98d done (a whole 18 % of 11d); it reads 2d, 9d left.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.ui.dialogs.multi_task_dialog import MultiTaskDialog
from app.ui.dialogs.task_dialog import TaskDialog
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from tests.gui.conftest import build_plan

CODE, SPECS = 5, 2
BEFORE = ("5d", "2d", "3d", "40%")
AFTER = ("11d", "2d", "9d", "18%")


@pytest.fixture
def doc():
    return Document(build_plan())


@pytest.fixture
def model(doc):
    return TaskTreeModel(doc)


def _type(model, column, text, uid=CODE):
    return model.setData(model.index_of_uid(uid, column), text, Qt.ItemDataRole.EditRole)


def _shown(model, uid=CODE):
    return tuple(
        model.index_of_uid(uid, column).data()
        for column in (
            Column.DURATION,
            Column.ACTUAL_DURATION,
            Column.REMAINING_DURATION,
            Column.PERCENT,
        )
    )


def _two_days_done(doc, model):
    assert _type(model, Column.PERCENT, "40")
    assert _shown(model) == BEFORE
    return doc.undo_stack.count()


def _undone_and_redone(doc, model, steps):
    assert doc.undo_stack.count() == steps + 1
    doc.undo_stack.undo()
    assert _shown(model) == BEFORE
    assert doc.plan.task(CODE).percent_complete == 40
    doc.undo_stack.redo()
    assert _shown(model) == AFTER


def test_s17pct_duration_typed_in_the_sheet_keeps_the_actual_duration(doc, model):
    steps = _two_days_done(doc, model)
    assert _type(model, Column.DURATION, "11d")
    assert _shown(model) == AFTER
    assert doc.plan.task(CODE).percent_complete == 100 * 2 / 11
    _undone_and_redone(doc, model, steps)


def test_s17pct_durations_typed_one_after_another_never_wear_the_actual_down(doc, model):
    _two_days_done(doc, model)
    for text in ("7d", "13d", "3d", "9d", "11d"):
        assert _type(model, Column.DURATION, text)
        assert _shown(model)[:2] == (text, "2d")
    assert _shown(model) == AFTER
    assert _type(model, Column.DURATION, "2d")  # at the work done: finished
    assert _shown(model) == ("2d", "2d", "0d", "100%")


def test_s17pct_duration_typed_in_task_information_keeps_the_actual_duration(qtbot, doc, model):
    steps = _two_days_done(doc, model)
    dialog = TaskDialog(doc, CODE)
    qtbot.addWidget(dialog)
    assert dialog.percent.value() == 40
    dialog.duration.setText("11d")
    dialog.accept()
    assert _shown(model) == AFTER
    _undone_and_redone(doc, model, steps)
    again = TaskDialog(doc, CODE)  # the % shown, accepted as it opened, changes nothing
    qtbot.addWidget(again)
    assert again.percent.value() == 18
    again.accept()
    assert doc.plan.task(CODE).percent_complete == 100 * 2 / 11


def test_s17pct_duration_typed_in_multiple_task_information_keeps_each_actual(qtbot, doc, model):
    steps = _two_days_done(doc, model)
    dialog = MultiTaskDialog(doc, [SPECS, CODE])
    qtbot.addWidget(dialog)
    dialog.duration.setText("11d")
    dialog.accept()
    assert _shown(model) == AFTER
    assert _shown(model, SPECS) == ("11d", "0d", "11d", "0%")  # nothing done stays so
    _undone_and_redone(doc, model, steps)
