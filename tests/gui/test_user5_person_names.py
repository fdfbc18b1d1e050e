"""A team member's name cannot hold the People column's separators: , ; [ ].

Found by renaming Ben 'Doe, Jane' in the roster (as a directory lists people): the
roster took it, and typing 'Doe, Jane' in a task's People cell then added two new
people, 'Doe' and 'Jane'. 'Ana [lead]' was taken too, and read back as Ana at
'lead' units. MS Project refuses such names for the same reason.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.domain.errors import InputError
from app.domain.resource import Resource
from app.ui.document import Document
from app.ui.team.resource_dialog import ResourceDialog
from app.ui.team.roster_model import RosterColumn
from app.ui.team.view import TeamView
from tests.gui.conftest import build_plan

EDIT = Qt.ItemDataRole.EditRole
BAD = ["Doe, Jane", "Doe; Jane", "Ana [lead]", "Ana]"]


@pytest.fixture
def team(qtbot):
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    doc = Document(plan)
    view = TeamView(doc)
    qtbot.addWidget(view)
    view.show()
    return doc, view


@pytest.mark.parametrize("name", BAD)
def test_the_roster_refuses_a_separator_in_a_name(team, name):
    doc, view = team
    assert not view.model.setData(view.model.index(1, RosterColumn.NAME), name, EDIT)
    assert "People" in view.error.text()
    assert [r.name for r in doc.plan.resources] == ["Ana", "Ben"]
    assert doc.undo_stack.count() == 0


@pytest.mark.parametrize("name", BAD)
def test_the_details_dialog_refuses_it_too(team, qtbot, name):
    doc, _view = team
    dialog = ResourceDialog(doc.plan, doc.plan.resource(2))
    qtbot.addWidget(dialog)
    dialog.name.setText(name)
    with pytest.raises(InputError, match="People"):
        dialog.resource()


def test_names_with_other_punctuation_are_fine(team):
    doc, view = team
    for name in ("O'Neil", "Jean-Luc (QA)", "Dr. Müller & Co"):
        assert view.model.setData(view.model.index(1, RosterColumn.NAME), name, EDIT), name
        assert doc.plan.resource(2).name == name
