"""A % complete typed in the sheet starts and finishes the task, as in MS Project."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from tests.gui.conftest import build_plan

EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def doc():
    return Document(build_plan())


@pytest.fixture
def model(doc, qtbot):
    return TaskTreeModel(doc)


def _set_percent(model, uid, text):
    return model.setData(model.index_of_uid(uid, Column.PERCENT), text, EDIT)


def test_progress_pins_the_start_and_a_late_predecessor_no_longer_moves_it(model, doc):
    plan = doc.plan
    scheduled = doc.schedule.get(5)  # Code follows Review
    assert _set_percent(model, 5, "40")
    code = plan.task(5)
    assert (code.percent_complete, code.actual_start, code.actual_finish) == (
        40.0,
        scheduled.start,
        None,
    )
    plan.update_task(replace(plan.task(3), duration_minutes=5 * 480))  # Review runs late
    doc.reschedule()
    assert doc.schedule.get(5).start == scheduled.start  # work already began: it stays


def test_hundred_percent_finishes_and_zero_takes_both_back_in_one_undo_each(model, doc):
    scheduled = doc.schedule.get(6)
    assert _set_percent(model, 6, "100")
    test = doc.plan.task(6)
    assert (test.actual_start, test.actual_finish) == (scheduled.start, scheduled.finish)
    assert _set_percent(model, 6, "0")
    test = doc.plan.task(6)
    assert (test.percent_complete, test.actual_start, test.actual_finish) == (0.0, None, None)
    doc.undo_stack.undo()
    assert doc.plan.task(6).actual_finish == scheduled.finish
    doc.undo_stack.undo()
    assert doc.plan.task(6).actual_start is None
    assert doc.plan.task(6).percent_complete == 0.0
