"""A whole column formatted in one call (Copy, Find) says what each of its cells says.

TaskCells picks a column's formatter once; the sheet's cells and Copy's columns must read
the same text, column by column, on a plan with every kind of value (the demo plan:
summaries, links, people, costs, baselines, notes, progress)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app import formats
from app.assets import resource_path
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel

DISPLAY, EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole


@pytest.fixture(scope="module")
def model():
    plan = formats.read_plan(resource_path("demo", "crm-rollout.gantry"))
    return TaskTreeModel(Document(plan))


def _rows(model):
    uids = model.shown_uids()
    return [(row, uid) for row, uid in enumerate(uids) if model.document.plan.has_task(uid)]


@pytest.mark.parametrize("column", list(Column), ids=lambda c: c.name.lower())
def test_s18ty_a_column_in_one_call_reads_as_its_cells(model, column):
    rows = _rows(model)
    assert len(rows) > 20
    texts = model.column_texts(int(column), [uid for _, uid in rows])
    assert texts == [model.index(row, int(column)).data(DISPLAY) for row, _ in rows]


def test_s18ty_the_demo_plan_has_a_text_in_most_columns(model):
    """The formatters run on real values (not only empty cells) and Indicators has none."""
    uids = [uid for _, uid in _rows(model)]
    filled = {c for c in Column if any(model.column_texts(int(c), uids))}
    assert Column.INDICATORS not in filled
    for column in (
        Column.DURATION,
        Column.PREDECESSORS,
        Column.RESOURCES,
        Column.COST,
        Column.BASELINE_FINISH,
        Column.TOTAL_SLACK,
        Column.CONSTRAINT_TYPE,
    ):
        assert column in filled


def test_s18ty_an_editor_starts_from_the_edit_texts(model):
    row, uid = _rows(model)[1]
    cells = model._cells
    start = model.index(row, int(Column.START))
    assert start.data(EDIT) == cells.text(uid, Column.START, editing=True)
    assert len(start.data(EDIT)) == len("2026-01-05 08:00")
    percent = model.index(row, int(Column.PERCENT))
    assert percent.data(DISPLAY) == percent.data(EDIT) + "%"
