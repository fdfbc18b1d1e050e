"""Dates and numbers typed straight into the task sheet, as a keyboard-only PM types them.

Found building a plan without the mouse: typing 2026-04-06 into a Start cell
set 2026-01-04 01:00 (after the year filled its part, the '-' typed jumped one
part further, so the month went into the day and the day into the hour), and
-5 typed as % complete became 5 % without a word.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from app.domain.task import ConstraintType
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan


@pytest.fixture
def tree(qtbot):
    document = Document(build_plan())
    model = TaskTreeModel(document)
    view = TaskTreeView(model)
    qtbot.addWidget(view)
    view.resize(1000, 400)
    with qtbot.waitExposed(view):
        view.show()
    view.activateWindow()
    view.setFocus()
    return view


def _type(qtbot, text):
    for ch in text:
        qtbot.keyClick(QApplication.focusWidget(), ch)


def _enter(tree, qtbot):
    """Enter; the sheet commits the cell once back in the event loop."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tree.state() != QAbstractItemView.State.EditingState)


@pytest.mark.parametrize("opening", ["typing", "f2"])
def test_a_date_typed_with_dashes_is_that_date(tree, qtbot, opening):
    model = tree.task_model()
    plan = model.document.plan
    tree.setCurrentIndex(model.index_of_uid(5, Column.START))
    if opening == "f2":
        qtbot.keyClick(tree, Qt.Key.Key_F2)
    _type(qtbot, "2026-04-06")
    _enter(tree, qtbot)
    task = plan.task(5)
    assert task.constraint_type is ConstraintType.SNET
    assert task.constraint_date == datetime(2026, 4, 6, 8, 0)


def test_a_date_and_time_typed_with_separators(tree, qtbot):
    model = tree.task_model()
    plan = model.document.plan
    tree.setCurrentIndex(model.index_of_uid(5, Column.START))
    _type(qtbot, "2026-04-07 13:00")
    _enter(tree, qtbot)
    assert plan.task(5).constraint_date == datetime(2026, 4, 7, 13, 0)


def test_a_negative_percent_is_refused_not_made_positive(tree, qtbot):
    model = tree.task_model()
    plan = model.document.plan
    refused = []
    model.sig_error.connect(refused.append)
    tree.setCurrentIndex(model.index_of_uid(5, Column.PERCENT))
    _type(qtbot, "-5")
    _enter(tree, qtbot)
    assert plan.task(5).percent_complete == 0
    assert len(refused) == 1
    assert "-5" in refused[0]
