"""A summary takes 'Finish no later than', as MS Project offers it, and a missed one shows."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.task import ConstraintType
from app.ui.document import Document
from app.ui.models.task_edits import SUMMARY_CONSTRAINT_NAMES, Column
from app.ui.models.task_model import TaskTreeModel
from tests.gui.conftest import build_plan


@pytest.fixture
def doc():
    return Document(build_plan())


@pytest.fixture
def model(doc):
    return TaskTreeModel(doc)


def _type(model, uid, column, text):
    return model.setData(model.index_of_uid(uid, column), text)


def test_the_summary_list_offers_finish_no_later_than():
    assert "Finish No Later Than" in SUMMARY_CONSTRAINT_NAMES
    assert "Start No Later Than" not in SUMMARY_CONSTRAINT_NAMES


def test_a_summary_fnlt_before_its_subtasks_finish_gives_them_negative_slack(doc, model):
    build = doc.plan.task(4)
    assert doc.plan.is_summary(4)
    finish = doc.schedule.get(4).finish
    assert _type(model, 4, Column.CONSTRAINT_TYPE, "Finish no later than")
    assert doc.plan.task(4).constraint_type is ConstraintType.FNLT
    assert doc.plan.task(4).constraint_date == finish  # the summary's own finish, as MS Project
    assert _type(model, 4, Column.CONSTRAINT_DATE, "2026-03-10 17:00")
    assert doc.plan.task(4).constraint_date == datetime(2026, 3, 10, 17, 0)
    assert doc.plan.task(4).constraint_type is ConstraintType.FNLT
    late = [doc.schedule.get(t.uid) for t in doc.plan.children(4)]
    assert any(t.total_slack_minutes < 0 for t in late if t is not None)
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.plan.task(4) == build
