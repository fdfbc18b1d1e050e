"""A client's tracking edits in the exported workbook come back as they would typed in the sheet:
a longer duration on a task under way keeps the work done (% complete follows), one undo step."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from app.domain.merge import copy_plan, three_way
from app.formats import write_plan
from app.io.excel_import import read_roundtrip_workbook
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.exchange.commands import ApplyClientChangesCommand
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from tests.gui.conftest import build_plan

DAY = 480
CODE = 5


def _doc_with_progress(percent: str) -> Document:
    doc = Document(build_plan())
    model = TaskTreeModel(doc)
    index = model.index_of_uid(CODE, Column.PERCENT)
    assert model.setData(index, percent, Qt.ItemDataRole.EditRole)
    return doc


def _client_edits(doc: Document, tmp_path: Path, edits: dict[str, object]) -> Path:
    path = tmp_path / "client.xlsx"
    write_plan(doc.plan, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Plan"]
    header = [c.value for c in ws[1]]
    row = next(
        r for r in range(2, ws.max_row + 1) if ws.cell(r, header.index("Task") + 1).value == "Code"
    )
    for title, value in edits.items():
        ws.cell(row=row, column=header.index(title) + 1).value = value
    wb.save(path)
    return path


def _accept_all(doc: Document, path: Path) -> None:
    trip = read_roundtrip_workbook(path)
    items = three_way(trip.base, trip.theirs, copy_plan(doc.plan))
    execute(doc, ApplyClientChangesCommand(doc, trip.theirs, [i.change for i in items]))


def test_a_longer_duration_from_the_client_keeps_the_work_done(tmp_path):
    doc = _doc_with_progress("60")
    _accept_all(doc, _client_edits(doc, tmp_path, {"Duration": "10d"}))
    task = doc.plan.task(CODE)
    assert (task.duration_minutes, task.percent_complete) == (10 * DAY, 30)
    doc.undo_stack.undo()
    task = doc.plan.task(CODE)
    assert (task.duration_minutes, task.percent_complete) == (5 * DAY, 60)


def test_a_percent_the_client_typed_with_the_duration_is_taken_as_typed(tmp_path):
    doc = _doc_with_progress("60")
    _accept_all(doc, _client_edits(doc, tmp_path, {"Duration": "10d", "% Complete": 0.8}))
    task = doc.plan.task(CODE)
    assert (task.duration_minutes, task.percent_complete) == (10 * DAY, pytest.approx(80))
