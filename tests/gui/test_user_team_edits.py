"""What a user sees when a roster cell refuses what was typed: the reason at once, and no
stale reason left after a good edit; a second person cannot take a name already used."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.domain.resource import Resource
from app.ui.document import Document
from app.ui.models.task_edits import Column
from app.ui.models.task_model import TaskTreeModel
from app.ui.team.roster_model import RosterColumn
from app.ui.team.view import TeamView
from tests.gui.conftest import build_plan

EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def team(qtbot):
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_resource(Resource(2, "Ben", standard_rate=80.0))
    doc = Document(plan)
    view = TeamView(doc)
    qtbot.addWidget(view)
    view.show()
    return doc, view


def test_a_refused_cell_says_why_at_once(team):
    doc, view = team
    model = view.model
    assert not model.setData(model.index(0, RosterColumn.STANDARD_RATE), "abc", EDIT)
    assert "abc" in view.error.text()
    assert doc.plan.resources[0].standard_rate == 100.0
    assert doc.undo_stack.count() == 0


def test_a_good_edit_clears_the_last_refusal(team):
    doc, view = team
    model = view.model
    model.setData(model.index(0, RosterColumn.STANDARD_RATE), "abc", EDIT)
    assert model.setData(model.index(0, RosterColumn.STANDARD_RATE), "150", EDIT)
    assert view.error.text() == ""
    assert doc.plan.resources[0].standard_rate == 150.0


@pytest.mark.parametrize("text", ["Ana", "ana ", "ANA"])
def test_a_name_already_in_the_team_is_refused(team, text):
    doc, view = team
    model = view.model
    assert not model.setData(model.index(1, RosterColumn.NAME), text, EDIT)
    assert "Ana" in view.error.text()
    assert [r.name for r in doc.plan.resources] == ["Ana", "Ben"]
    assert doc.undo_stack.count() == 0
    # Typing "Ben" in the People column still staffs Ben, not a second Ana.
    tasks = TaskTreeModel(doc)
    assert tasks.setData(tasks.index_of_uid(5, Column.RESOURCES), "Ben", EDIT)
    assert [a.resource_uid for a in doc.plan.assignments if a.task_uid == 5] == [2]


def test_a_person_may_keep_their_own_name_in_other_case(team):
    doc, view = team
    model = view.model
    assert model.setData(model.index(0, RosterColumn.NAME), "ANA", EDIT)
    assert doc.plan.resources[0].name == "ANA"


def test_the_details_dialog_refuses_a_name_already_in_the_team(team, qtbot):
    from app.domain.errors import InputError
    from app.ui.team.resource_dialog import ResourceDialog

    doc, _view = team
    ben = doc.plan.resources[1]
    dialog = ResourceDialog(doc.plan, ben)
    qtbot.addWidget(dialog)
    dialog.name.setText("ana")
    with pytest.raises(InputError, match="Ana"):
        dialog.resource()
    dialog.name.setText("Benjamin")
    assert dialog.resource().name == "Benjamin"
