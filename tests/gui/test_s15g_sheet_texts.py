"""The task sheet as a PM from MS Project reads it: predecessors '9,10,11' (typed with ','
or ';'), and a summary's duration marked '?' while a subtask's is estimated."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.report.gantt_paint import ChartOptions, GanttPainter
from app.report.timescale import Timescale, level_named
from app.ui.document import Document
from app.ui.gantt.tooltip import tooltip_text
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel

DAY = 480


@pytest.fixture
def model(qtbot):
    plan = Plan(project=Project(name="Texts", start=datetime(2026, 3, 2, 8)))
    plan.append_task(Task(1, "Phase", 1))
    for uid in range(2, 5):
        plan.append_task(Task(uid, f"Step {uid}", 2, duration_minutes=DAY * uid))
    plan.append_task(Task(5, "Go-live", 1, duration_minutes=0, milestone=True))
    for uid in (2, 3, 4):
        plan.add_link(Link(uid, 5))
    return TaskTreeModel(Document(plan))


def _cell(model, uid, column):
    return model.index_of_uid(uid, column)


def test_predecessors_show_with_commas(model):
    assert _cell(model, 5, Column.PREDECESSORS).data() == "2,3,4"
    assert _cell(model, 2, Column.SUCCESSORS).data() == "5"


@pytest.mark.parametrize("typed", ["2;3", "2,3", "2, 3"])
def test_predecessors_are_typed_with_either_separator(model, typed):
    doc = model.document
    assert model.setData(_cell(model, 4, Column.PREDECESSORS), typed, Qt.ItemDataRole.EditRole)
    assert {lk.predecessor for lk in doc.plan.links_into(4)} == {2, 3}
    assert _cell(model, 4, Column.PREDECESSORS).data() == "2,3"
    # the editor starts from the text shown, which reads back to the same links
    edit = _cell(model, 4, Column.PREDECESSORS).data(Qt.ItemDataRole.EditRole)
    assert model.setData(_cell(model, 4, Column.PREDECESSORS), edit, Qt.ItemDataRole.EditRole)
    assert {lk.predecessor for lk in doc.plan.links_into(4)} == {2, 3}


def test_a_summary_shows_a_subtasks_estimate(model):
    phase = _cell(model, 1, Column.DURATION)
    assert phase.data() == "4d"
    assert model.setData(_cell(model, 3, Column.DURATION), "3d?", Qt.ItemDataRole.EditRole)
    assert _cell(model, 3, Column.DURATION).data() == "3d?"
    assert _cell(model, 1, Column.DURATION).data() == "4d?"
    model.document.undo_stack.undo()
    assert _cell(model, 1, Column.DURATION).data() == "4d"


def test_the_summary_bar_s_hover_text_says_it_too(model):
    doc = model.document
    model.setData(_cell(model, 4, Column.DURATION), "4d?", Qt.ItemDataRole.EditRole)
    scale = Timescale.at_level(datetime(2026, 3, 1), level_named("days"))
    chart = GanttPainter(doc.plan, doc.schedule, scale, ChartOptions())
    assert "Duration: 4d?" in tooltip_text(doc, chart, 1)
