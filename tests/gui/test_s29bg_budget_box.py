"""Team member's Budget box (MS Project's Resource Information > General > Budget): a cost
resource holds a Budget Cost, a work resource a Budget Work; a person at work is refused."""

from __future__ import annotations

import pytest

from app.domain.errors import InputError
from app.domain.resource import Assignment, Resource, ResourceType
from app.ui.document import Document
from app.ui.team.resource_dialog import ResourceDialog
from app.ui.team.view import TeamView
from tests.gui.conftest import build_plan


def test_s29bg_budget_box_marks_a_cost_resource_with_its_budget_cost(qtbot, monkeypatch):
    plan = build_plan()
    plan.add_resource(Resource(7, "Capex", type=ResourceType.COST))
    doc = Document(plan)
    view = TeamView(doc)
    qtbot.addWidget(view)
    dialog = ResourceDialog(plan, plan.resource(7))
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert not dialog.budget.box.isChecked()
    assert not dialog.budget.cost.isEnabled()
    assert dialog.resource() == plan.resource(7)  # OK without a change changes nothing
    dialog.budget.box.setChecked(True)
    assert dialog.budget.cost.isEnabled()
    assert not dialog.budget.work.isEnabled()  # a cost resource holds a Budget Cost
    dialog.budget.cost.setText("250,000")
    dialog.grab().save("/tmp/s29bg_dialog.png")
    edited = dialog.resource()
    assert (edited.is_budget, edited.budget_cost) == (True, 250_000.0)
    monkeypatch.setattr(ResourceDialog, "ask", classmethod(lambda cls, *a: dialog.resource()))
    view.select(7)
    view.edit_selected()
    assert doc.plan.resource(7).budget_cost == 250_000.0
    doc.undo_stack.undo()
    assert not doc.plan.resource(7).is_budget
    dialog.close()


def test_s29bg_budget_work_and_a_person_at_work_refused(qtbot):
    plan = build_plan()
    plan.add_resource(Resource(7, "Effort"))
    plan.add_resource(Resource(8, "Ana"))
    task = plan.tasks[0].uid
    plan.add_assignment(Assignment(plan.next_assignment_uid(), task, 8))
    dialog = ResourceDialog(plan, plan.resource(7))
    qtbot.addWidget(dialog)
    dialog.budget.box.setChecked(True)
    dialog.budget.work.setText("400h")
    assert dialog.resource().budget_work_minutes == 400 * 60
    dialog.budget.work.setText("lots")
    with pytest.raises(InputError, match=r"^Budget Work: "):
        dialog.resource()
    ana = ResourceDialog(plan, plan.resource(8))
    qtbot.addWidget(ana)
    ana.budget.box.setChecked(True)
    with pytest.raises(InputError, match="'Ana' works on 1 task"):
        ana.resource()
