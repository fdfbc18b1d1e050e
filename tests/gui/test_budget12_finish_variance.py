"""Finish variance on screen reads in the plan's duration unit, as the printout does.

A tester saw '+3888m' in the sheet's Finish variance column and the Budget view's baseline
variance table, beside '2.1d' durations; the printout already wrote '+8.1d'.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.domain.baselines import snapshot
from app.domain.task import DurationUnit
from app.report.columns import CellText
from app.report.plan_lookups import PlanLookups
from app.ui.budget.variance_model import VarianceColumn, VarianceModel
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from tests.gui.conftest import build_plan

SLIP = 3888  # 8.1 working days of 8 hours


@pytest.fixture
def doc():
    """A baseline, then Specs (uid 2) takes 3888 working minutes longer."""
    plan = build_plan()
    document = Document(plan)
    plan.set_baseline(snapshot(plan, document.schedule, document.costs, 0, datetime(2026, 3, 1)))
    task = plan.task(2)
    plan.update_task(replace(task, duration_minutes=task.duration_minutes + SLIP))
    return document


def _sheet(document, uid):
    model = TaskTreeModel(document)
    return model.index_of_uid(uid, Column.FINISH_VARIANCE).data(Qt.ItemDataRole.DisplayRole)


def _table(document, uid):
    model = VarianceModel(document)
    row = document.plan.index_of(uid)
    return model.index(row, VarianceColumn.FINISH).data(Qt.ItemDataRole.DisplayRole)


def _printed(document, uid):
    plan = document.plan
    cells = CellText(plan, document.schedule, PlanLookups(plan).resources, document.costs)
    return cells.text(uid, "finish_variance")


def test_finish_variance_reads_in_days_on_screen(doc) -> None:
    assert _sheet(doc, 2) == "+8.1d"
    assert _table(doc, 2) == "+8.1d"
    for task in doc.plan.tasks:  # every row as printed (Review and later slip too)
        assert _sheet(doc, task.uid) == _printed(doc, task.uid), task.name


def test_a_plan_entered_in_weeks_reads_its_variance_in_weeks(doc) -> None:
    plan = doc.plan
    plan.set_project(replace(plan.project, duration_unit=DurationUnit.WEEKS))
    assert _sheet(doc, 2) == "+1.62w"
    assert _table(doc, 2) == "+1.62w"
    assert _sheet(doc, 2) == _printed(doc, 2)
    model = VarianceModel(doc)
    row = plan.index_of(2)
    duration = model.index(row, VarianceColumn.DURATION).data(Qt.ItemDataRole.DisplayRole)
    assert duration == "+1.62w"
