"""Typing a new name into the People cell, as in MS Project's Resource Names column:
the person joins the team and is assigned, in one undoable step, and the status bar
says who was added."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.domain.resource import Resource
from app.store.document import GantryFile
from app.ui.app import Session
from app.ui.models.task_edits import Column
from app.ui.settings import Settings
from tests.gui.conftest import build_plan

EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def window(tmp_path, qtbot):
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    path = tmp_path / "sample.gantry"
    GantryFile.create(path, plan).close()
    session = Session(Settings())
    win = session.open_path(path)
    qtbot.addWidget(win)
    yield win
    win.close()


def people(plan, uid):
    return sorted(
        (plan.resource(a.resource_uid).name, a.units) for a in plan.assignments_of_task(uid)
    )


def test_a_new_name_joins_the_team_and_is_assigned_in_one_step(window):
    doc, model = window.document, window.model
    cell = model.index_of_uid(5, Column.RESOURCES)
    assert model.setData(cell, "Ana[50%], Bob", EDIT)
    assert [r.name for r in doc.plan.resources] == ["Ana", "Bob"]
    assert people(doc.plan, 5) == [("Ana", 0.5), ("Bob", 1.0)]
    assert cell.data() == "Ana[50%], Bob"
    assert "Bob" in window.statusBar().currentMessage()
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert [r.name for r in doc.plan.resources] == ["Ana"]
    assert people(doc.plan, 5) == []
    doc.undo_stack.redo()
    assert [r.name for r in doc.plan.resources] == ["Ana", "Bob"]
    assert people(doc.plan, 5) == [("Ana", 0.5), ("Bob", 1.0)]


def test_bad_units_for_a_new_name_change_nothing(window):
    doc, model = window.document, window.model
    assert not model.setData(model.index_of_uid(5, Column.RESOURCES), "Bob[abc]", EDIT)
    assert "abc" in window.statusBar().currentMessage()
    assert [r.name for r in doc.plan.resources] == ["Ana"]
    assert doc.undo_stack.count() == 0


def test_a_known_name_in_other_case_adds_no_one(window):
    doc, model = window.document, window.model
    assert model.setData(model.index_of_uid(5, Column.RESOURCES), "ana", EDIT)
    assert [r.name for r in doc.plan.resources] == ["Ana"]
    assert people(doc.plan, 5) == [("Ana", 1.0)]


def test_the_task_dialog_adds_a_new_name_the_same_way(window):
    from app.ui.dialogs.task_dialog import TaskDialog

    doc = window.document
    dialog = TaskDialog(doc, 5, window)
    dialog.people.setText("Ana, Carla[25%]")
    dialog.accept()
    assert dialog.error.text() == ""
    assert people(doc.plan, 5) == [("Ana", 1.0), ("Carla", 0.25)]
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert [r.name for r in doc.plan.resources] == ["Ana"]
