"""A Start typed on an automatic summary is MS Project's Start No Earlier Than on it (2010
on), one undo step; a typed Finish is refused in the status bar, saying what to do instead."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.domain.task import ConstraintType
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from tests.gui.conftest import build_plan

EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def doc():
    return Document(build_plan())


@pytest.fixture
def model(doc):
    return TaskTreeModel(doc)


def test_s25su_a_summarys_start_and_finish_take_typing(model):
    for column in (Column.START, Column.FINISH):
        assert model.flags(model.index_of_uid(4, column)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index_of_uid(4, Column.DURATION)) & Qt.ItemFlag.ItemIsEditable


def test_s25su_a_start_typed_on_a_summary_is_its_snet_one_step(doc, model):
    """Build (4) starts on 5 March after Design: typed 16 March, its subtasks start there."""
    errors = []
    model.sig_error.connect(errors.append)
    before = doc.schedule.get(5).start
    assert before < datetime(2026, 3, 16, 8, 0)
    assert model.setData(model.index_of_uid(4, Column.START), "2026-03-16", EDIT)
    assert errors == []
    assert doc.undo_stack.count() == 1
    build = doc.plan.task(4)
    assert build.constraint_type is ConstraintType.SNET
    assert build.constraint_date == datetime(2026, 3, 16, 8, 0)
    assert doc.schedule.get(4).start == datetime(2026, 3, 16, 8, 0)
    assert doc.schedule.get(5).start == datetime(2026, 3, 16, 8, 0)
    assert model.index_of_uid(4, Column.CONSTRAINT_TYPE).data() == "Start No Earlier Than"
    doc.undo_stack.undo()
    assert doc.plan.task(4).constraint_type is ConstraintType.ASAP
    assert doc.schedule.get(5).start == before


def test_s25su_a_finish_typed_on_a_summary_is_refused_saying_why(doc, model):
    errors = []
    model.sig_error.connect(errors.append)
    finish = doc.schedule.get(4).finish
    assert not model.setData(model.index_of_uid(4, Column.FINISH), "2026-04-30", EDIT)
    assert errors == [
        "the finish of summary task 'Build' is its last subtask's: to hold the phase to a "
        "date, give it a Finish No Later Than (Task Information, Advanced)"
    ]
    assert doc.undo_stack.count() == 0
    assert doc.plan.task(4).constraint_type is ConstraintType.ASAP
    assert doc.schedule.get(4).finish == finish


def test_s25su_a_summary_start_before_the_project_is_refused(doc, model):
    errors = []
    model.sig_error.connect(errors.append)
    assert not model.setData(model.index_of_uid(4, Column.START), "2026-02-02", EDIT)
    assert len(errors) == 1
    assert "before the project start" in errors[0]
    assert doc.undo_stack.count() == 0
