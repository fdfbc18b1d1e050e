"""Team member > General: the person's notes are shown and can be edited.

Found with a roster imported from MS Project: the notes it carried were nowhere in the
Team member dialog (the field was made but never placed), and there was no way to
write a note about a person.
"""

from __future__ import annotations

from app.domain.resource import Resource
from app.ui.document import Document
from app.ui.team.resource_dialog import ResourceDialog
from app.ui.team.view import TeamView
from tests.gui.conftest import build_plan


def test_notes_are_in_the_dialog_and_an_edit_is_one_undo_step(qtbot, monkeypatch):
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana", notes="Part-time in August\n"))
    doc = Document(plan)
    view = TeamView(doc)
    qtbot.addWidget(view)
    dialog = ResourceDialog(plan, plan.resource(1))
    qtbot.addWidget(dialog)
    dialog.show()

    assert dialog.notes.isVisible()
    assert dialog.resource() == plan.resource(1)  # OK without a change changes nothing
    dialog.notes.setPlainText("Part-time in August\nBack-up: Ben")
    monkeypatch.setattr(ResourceDialog, "ask", classmethod(lambda cls, *a: dialog.resource()))
    view.select(1)
    view.edit_selected()

    assert doc.plan.resource(1).notes == "Part-time in August\nBack-up: Ben"
    doc.undo_stack.undo()
    assert doc.plan.resource(1).notes == "Part-time in August\n"
