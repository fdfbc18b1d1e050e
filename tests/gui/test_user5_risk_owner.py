"""Risk register: a risk's owner completes from the team's names as it is typed.

Found typing owners into the demo's register: 'Maria Lopez' had to be typed in full,
and a typo ('Maria Lopes') went in unnoticed; the People cell of the task sheet already
completes names from the roster. An owner outside the team is still taken as typed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QStyleOptionViewItem

from app.domain.resource import Resource, ResourceType
from app.ui.document import Document
from app.ui.models.risk_model import RiskColumn
from app.ui.risks.view import RiskView
from app.ui.team.people_delegate import PeopleCompleter
from tests.gui.conftest import build_plan


def test_the_owner_editor_offers_the_teams_people(qtbot):
    plan = build_plan()
    plan.add_resource(Resource(1, "Maria Lopez"))
    plan.add_resource(Resource(2, "Mark Ruiz"))
    plan.add_resource(Resource(3, "Cement", type=ResourceType.MATERIAL))
    doc = Document(plan)
    view = RiskView(doc)
    qtbot.addWidget(view)
    index = view.sorted.index(0, RiskColumn.OWNER)
    delegate = view.table.itemDelegateForIndex(index)
    editor = delegate.createEditor(view.table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QLineEdit)
    assert editor.placeholderText() == ""
    completer = editor.findChild(PeopleCompleter)
    assert completer is not None
    names = completer.model()
    assert [names.index(r, 0).data() for r in range(names.rowCount())] == [
        "Maria Lopez",
        "Mark Ruiz",
    ]


def test_an_owner_outside_the_team_is_taken_as_typed(qtbot):
    doc = Document(build_plan())
    view = RiskView(doc)
    qtbot.addWidget(view)
    model = view.model
    assert model.setData(
        model.index(0, RiskColumn.OWNER), "Client sponsor", Qt.ItemDataRole.EditRole
    )
    assert doc.plan.risks[0].owner == "Client sponsor"
