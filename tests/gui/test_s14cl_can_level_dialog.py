"""The team member dialog's Can level checkbox (MS Project's Resource Information > General)."""

from __future__ import annotations

from app.domain.resource import Resource
from app.ui.document import Document
from app.ui.team.resource_dialog import ResourceDialog
from app.ui.team.view import TeamView
from tests.gui.conftest import build_plan


def test_can_level_is_a_checkbox_and_an_edit_is_one_undo_step(qtbot, monkeypatch):
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana"))
    doc = Document(plan)
    view = TeamView(doc)
    qtbot.addWidget(view)
    dialog = ResourceDialog(plan, plan.resource(1))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.can_level.isVisible()
    assert dialog.can_level.isChecked()
    assert dialog.resource() == plan.resource(1)  # OK without a change changes nothing
    dialog.can_level.setChecked(False)
    dialog.grab().save("/tmp/s14cl_dialog.png")
    monkeypatch.setattr(ResourceDialog, "ask", classmethod(lambda cls, *a: dialog.resource()))
    view.select(1)
    view.edit_selected()
    assert doc.plan.resource(1).can_level is False
    doc.undo_stack.undo()
    assert doc.plan.resource(1).can_level is True


def test_an_unchecked_person_opens_unchecked(qtbot):
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana", can_level=False))
    dialog = ResourceDialog(plan, plan.resource(1))
    qtbot.addWidget(dialog)
    assert not dialog.can_level.isChecked()
    assert dialog.resource().can_level is False
