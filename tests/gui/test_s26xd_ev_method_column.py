"""MS Project's Earned Value Method as a sheet column (Insert Column > Earned value): each
task's method, its own or the project's default, picked from % Complete / Physical %
Complete on a task's row, blank on a summary, and printed with the same words. A PM typing
Physical % Complete on the sheet can see which tasks it counts for."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.domain.earned_value_method import EarnedValueMethod
from app.domain.errors import InputError
from app.report.columns import COLUMNS, CellText
from app.ui.column_catalog import COLUMN_GROUPS
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.models.task_edits import HEADERS, Column, command_for_cell
from app.ui.models.task_model import TaskTreeModel
from app.ui.sheet_tables import REPORT_KEYS
from tests.gui.conftest import build_plan


def _leaf_and_summary(plan):
    leaf = next(t.uid for t in plan.tasks if not plan.is_summary(t.uid))
    summary = next(t.uid for t in plan.tasks if plan.is_summary(t.uid))
    return leaf, summary


def test_the_column_is_offered_and_printed_under_the_field_name():
    assert Column.EV_METHOD in COLUMN_GROUPS["Earned value"]
    assert HEADERS[Column.EV_METHOD] == "Earned Value Method"
    assert REPORT_KEYS[Column.EV_METHOD] == "ev_method"
    assert COLUMNS["ev_method"].title == "Earned Value Method"


def test_the_cell_shows_the_project_default_then_the_tasks_own(qtbot):
    doc = Document(build_plan())
    model = TaskTreeModel(doc)
    leaf, summary = _leaf_and_summary(doc.plan)
    cell = model.index_of_uid(leaf, Column.EV_METHOD)
    assert cell.data() == "% Complete"  # the project's default
    assert cell.flags() & Qt.ItemFlag.ItemIsEditable
    assert model.setData(cell, "physical % complete", Qt.ItemDataRole.EditRole)
    assert doc.plan.task(leaf).ev_method is EarnedValueMethod.PHYSICAL_PERCENT_COMPLETE
    assert model.index_of_uid(leaf, Column.EV_METHOD).data() == "Physical % Complete"
    assert doc.undo_stack.undoText().startswith("Set Earned Value Method of ")
    doc.undo_stack.undo()
    assert doc.plan.task(leaf).ev_method is None
    blank = model.index_of_uid(summary, Column.EV_METHOD)
    assert blank.data() in ("", None)
    assert not blank.flags() & Qt.ItemFlag.ItemIsEditable
    texts = CellText(doc.plan, doc.schedule, {})
    assert texts.text(leaf, "ev_method") == "% Complete"
    assert texts.text(summary, "ev_method") == ""


def test_other_text_and_a_summary_are_refused_with_the_choices():
    doc = Document(build_plan())
    leaf, summary = _leaf_and_summary(doc.plan)
    with pytest.raises(InputError, match=r"pick % Complete or Physical % Complete"):
        command_for_cell(doc, leaf, Column.EV_METHOD, "halfway")
    with pytest.raises(InputError, match="summary task"):
        command_for_cell(doc, summary, Column.EV_METHOD, "% Complete")
    assert command_for_cell(doc, leaf, Column.EV_METHOD, "% Complete") is None  # already
    command = command_for_cell(doc, leaf, Column.EV_METHOD, "Physical % Complete")
    assert command is not None
    execute(doc, command)
    printed = CellText(doc.plan, doc.schedule, {})
    assert printed.text(leaf, "ev_method") == "Physical % Complete"
