"""An elapsed task's tracking durations read in elapsed units, as its Duration does.

MS Project shows Actual Duration, Remaining Duration, Baseline Duration and Duration
Variance of a task with an elapsed duration in elapsed days ("1.5ed"); the sheet and the
printout wrote the Actual Duration (and the baseline figures) as working time: 1.5
elapsed days (2160 minutes) read "4.5d". The sample plan (tests/gui/conftest.py): Code
(uid 5) starts Fri 2026-03-06 08:00; Test (uid 6) is a plain 2-day task after it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QLineEdit

from app.domain.baselines import snapshot
from app.report.columns import CellText
from app.report.plan_lookups import PlanLookups
from app.ui.budget.variance_model import VarianceColumn, VarianceModel
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.task_tree import TaskTreeView
from tests.gui.conftest import build_plan

EDAY = 1440
KEYS = {
    Column.ACTUAL_DURATION: "actual_duration",
    Column.REMAINING_DURATION: "remaining",
    Column.BASELINE_DURATION: "baseline_duration",
    Column.DURATION_VARIANCE: "duration_variance",
}


@pytest.fixture
def doc():
    """Code elapsed 2ed when the baseline is saved, then 3ed and half done."""
    plan = build_plan()
    plan.update_task(replace(plan.task(5), elapsed=True, duration_minutes=2 * EDAY))
    document = Document(plan)
    plan.set_baseline(snapshot(plan, document.schedule, document.costs, 0, datetime(2026, 3, 1)))
    plan.update_task(
        replace(
            plan.task(5),
            duration_minutes=3 * EDAY,
            percent_complete=50.0,
            actual_start=datetime(2026, 3, 6, 8, 0),
        )
    )
    return document


def _sheet(document, uid, column):
    model = TaskTreeModel(document)
    return model.index_of_uid(uid, column).data(Qt.ItemDataRole.DisplayRole)


def _printed(document, uid, key):
    plan = document.plan
    cells = CellText(plan, document.schedule, PlanLookups(plan).resources, document.costs)
    return cells.text(uid, key)


def test_an_elapsed_tasks_durations_read_in_elapsed_days_on_screen_and_in_print(doc):
    expected = {
        Column.ACTUAL_DURATION: "1.5ed",
        Column.REMAINING_DURATION: "1.5ed",
        Column.BASELINE_DURATION: "2ed",
        Column.DURATION_VARIANCE: "+1ed",
    }
    for column, text in expected.items():
        assert _sheet(doc, 5, column) == text, column.name
        assert _printed(doc, 5, KEYS[column]) == text, column.name


def test_the_budget_views_variance_table_agrees(doc):
    model = VarianceModel(doc)
    plan = doc.plan

    def cell(uid):
        index = model.index(plan.index_of(uid), VarianceColumn.DURATION)
        return index.data(Qt.ItemDataRole.DisplayRole)

    assert cell(5) == "+1ed"
    for uid in (4, 6):  # Build's span and Test: working days, as the sheet
        assert cell(uid) == _sheet(doc, uid, Column.DURATION_VARIANCE)


def test_working_time_tasks_and_summaries_stay_in_working_days(doc):
    plan = doc.plan
    plan.update_task(replace(plan.task(6), percent_complete=50.0))
    assert _sheet(doc, 6, Column.ACTUAL_DURATION) == "1d"
    assert _sheet(doc, 6, Column.BASELINE_DURATION) == "2d"
    assert _sheet(doc, 6, Column.DURATION_VARIANCE) == "0d"
    # Build (uid 4) spans Code and Test in working time: never "ed"
    for column in KEYS:
        text = _sheet(doc, 4, column)
        assert text, column.name
        assert "e" not in text, (column.name, text)
        assert _printed(doc, 4, KEYS[column]) == text


def test_a_shorter_elapsed_task_than_its_baseline_reads_minus(doc):
    plan = doc.plan
    plan.update_task(replace(plan.task(5), duration_minutes=EDAY, percent_complete=0.0))
    assert _sheet(doc, 5, Column.DURATION_VARIANCE) == "-1ed"
    assert _sheet(doc, 5, Column.ACTUAL_DURATION) == "0ed"


def test_the_shown_actual_duration_typed_back_changes_nothing(doc):
    plan = doc.plan
    plan.update_task(replace(plan.task(5), duration_minutes=EDAY + 100, percent_complete=33.0))
    model = TaskTreeModel(doc)
    index = model.index_of_uid(5, Column.ACTUAL_DURATION)
    shown = index.data()
    assert shown.endswith("ed")
    before = plan.task(5)
    count = doc.undo_stack.count()
    model.setData(index, shown, Qt.ItemDataRole.EditRole)
    assert plan.task(5) == before
    assert doc.undo_stack.count() == count


def test_actual_duration_is_typed_through_a_line_editor(qtbot, doc):
    """prepare_tracking_columns leaves the two typed tracking columns to the view's own
    line editor (its docstring used to say they had none)."""
    tree = TaskTreeView(TaskTreeModel(doc))
    qtbot.addWidget(tree)
    tree.setColumnHidden(Column.ACTUAL_DURATION, False)
    tree.resize(1200, 400)
    with qtbot.waitExposed(tree):
        tree.show()
    index = tree.task_model().index_of_uid(5, Column.ACTUAL_DURATION)
    tree.setCurrentIndex(index)
    tree.edit(index)
    editor = tree.findChild(QLineEdit)
    assert editor is not None
    assert editor.text() == "1.5ed"
    editor.setText("2ed")
    tree.commitData(editor)
    tree.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    assert doc.plan.task(5).percent_complete == pytest.approx(200 / 3)
    assert _sheet(doc, 5, Column.ACTUAL_DURATION) == "2ed"  # kept as typed (67 % shown)
