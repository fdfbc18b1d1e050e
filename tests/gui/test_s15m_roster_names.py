"""The roster's Name cell refuses a name past 255 characters (its undo text was 10,000
characters long), and a rename's undo step names the person as they were."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from app.domain.resource import MAX_NAME_LENGTH, Resource
from app.ui.document import Document
from app.ui.team.resource_dialog import ResourceDialog
from app.ui.team.roster_model import RosterColumn, RosterModel
from app.ui.team.view import TeamView
from tests.gui.conftest import build_plan

EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def doc():
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana", standard_rate=40.0))
    return Document(plan)


def test_a_long_name_typed_in_the_roster_is_refused(doc):
    model = RosterModel(doc)
    try:
        cell = model.index(0, RosterColumn.NAME)
        assert not model.setData(cell, "N" * 10_000, EDIT)
        assert model.last_error == "a name of 10,000 characters is too long: keep it to 255"
        assert doc.plan.resource(1).name == "Ana"
        assert doc.undo_stack.count() == 0
        assert model.setData(cell, "N" * MAX_NAME_LENGTH, EDIT)
        assert doc.plan.resource(1).name == "N" * MAX_NAME_LENGTH
    finally:
        model.detach()


def test_a_huge_rate_typed_in_the_roster_changes_nothing(doc):
    model = RosterModel(doc)
    try:
        assert not model.setData(
            model.index(0, RosterColumn.STANDARD_RATE), "1000000000000000000000", EDIT
        )
        assert "the largest rate" in model.last_error
        assert doc.plan.resource(1).standard_rate == 40.0
        assert doc.undo_stack.count() == 0
    finally:
        model.detach()


def test_the_undo_step_of_a_rename_names_the_old_name(qtbot, monkeypatch, doc):
    view = TeamView(doc)
    qtbot.addWidget(view)
    renamed = replace(doc.plan.resource(1), name="Nina")
    monkeypatch.setattr(ResourceDialog, "ask", classmethod(lambda cls, *a: renamed))
    view.select(1)
    view.edit_selected()
    assert doc.plan.resource(1).name == "Nina"
    assert doc.undo_stack.undoText() == "Edit 'Ana'"
