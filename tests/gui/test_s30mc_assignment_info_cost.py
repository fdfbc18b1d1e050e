"""Assignment Information's Cost is typed for a cost item, as in MS Project (s30xc: it was a
read-only label, and the only place that took a subcontractor's amount was the Team view's
assignment list). OK applies it as one undo step; an unclear amount is refused naming Cost."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit

from app.ui.dialogs.assignment_info import AssignmentInfoDialog
from app.ui.document import Document
from tests.test_s30mc_material_rates import _cost, _plan, _type


@pytest.fixture
def doc() -> Document:
    plan = _plan()
    _type(plan, 2, "MEP subcontractor")
    _type(plan, 1, "Concrete[12 m³/d]")
    return Document(plan)


def _dialog(qtbot, doc: Document, task_uid: int) -> AssignmentInfoDialog:
    (a,) = doc.plan.assignments_of_task(task_uid)
    dialog = AssignmentInfoDialog(doc, a.uid)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def test_s30mc_a_cost_items_cost_is_typed_in_one_step(qtbot, doc: Document) -> None:
    dialog = _dialog(qtbot, doc, 2)
    assert isinstance(dialog.cost, QLineEdit)
    assert dialog.cost.isEnabled()
    dialog.cost.setText("45,000.00")
    dialog.accept()
    assert dialog.error.text() == ""
    assert _cost(doc.plan, 2) == pytest.approx(45000.0)
    doc.undo_stack.undo()
    assert _cost(doc.plan, 2) == 0.0
    dialog.close()


def test_s30mc_an_unclear_cost_is_refused_naming_cost(qtbot, doc: Document) -> None:
    dialog = _dialog(qtbot, doc, 2)
    dialog.cost.setText("45.000")
    dialog.accept()
    assert dialog.error.text().startswith("Cost: ")
    assert _cost(doc.plan, 2) == 0.0
    dialog.close()


def test_s30mc_a_materials_cost_stays_worked_out(qtbot, doc: Document) -> None:
    dialog = _dialog(qtbot, doc, 1)
    assert isinstance(dialog.cost, QLabel)
    dialog.close()
