"""The sheet keeps each cell's formatted text between paints, and shows the new text after
every kind of change: a task edit, a reschedule, a person renamed, project settings, undo."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from app.domain.resource import Assignment, Resource
from app.ui.commands import execute
from app.ui.document import Document
from app.ui.models.task_edits import Column, command_for_cell
from app.ui.models.task_model import TaskTreeModel
from app.ui.project_commands import SetProjectCommand
from app.ui.team.commands import UpdateResourceCommand


def _text(model, uid: int, column: Column):
    row = model._rows()[uid]
    return model.index(row, column).data(Qt.ItemDataRole.DisplayRole)


def test_cells_are_formatted_once_between_changes(plan, monkeypatch):
    model = TaskTreeModel(Document(plan))
    calls = []
    real = model._cells.text

    def counting(uid, column, editing):
        calls.append((uid, column))
        return real(uid, column, editing)

    monkeypatch.setattr(model._cells, "text", counting)
    first = [_text(model, uid, Column.START) for uid in (2, 3, 5)]
    again = [_text(model, uid, Column.START) for uid in (2, 3, 5)]
    assert again == first
    assert len(calls) == 3  # the second paint formatted nothing
    assert model.index(0, Column.NAME).data(Qt.ItemDataRole.DecorationRole) is None


def test_cells_show_each_change(plan):
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 5, 1))
    document = Document(plan)
    model = TaskTreeModel(document)
    before = {c: _text(model, 6, c) for c in (Column.START, Column.FINISH, Column.COST)}
    assert _text(model, 5, Column.RESOURCES) == "Ana"
    assert _text(model, 5, Column.DURATION) == "5d"
    # A duration edit moves the successor's dates (a reschedule).
    execute(document, command_for_cell(document, 5, Column.DURATION, "7d"))
    assert _text(model, 5, Column.DURATION) == "7d"
    assert _text(model, 6, Column.START) != before[Column.START]
    document.undo_stack.undo()
    assert _text(model, 5, Column.DURATION) == "5d"
    assert _text(model, 6, Column.START) == before[Column.START]
    # A person renamed shows in the People cell.
    execute(document, UpdateResourceCommand(document, replace(plan.resources[0], name="Bea")))
    assert _text(model, 5, Column.RESOURCES) == "Bea"
    # A new currency symbol shows in the Cost cells.
    cost = _text(model, 5, Column.COST)
    project = replace(plan.project, currency_symbol="¤")
    execute(document, SetProjectCommand(document, project))
    assert _text(model, 5, Column.COST) != cost
    assert "¤" in _text(model, 5, Column.COST)
