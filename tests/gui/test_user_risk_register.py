"""The risk register as a user works it: a refusal is said once and goes away after a
good edit or an undo; the totals follow every add, edit, delete and undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.ui.document import Document
from app.ui.models.risk_model import RiskColumn
from app.ui.risks.view import RiskView
from tests.gui.conftest import build_plan

EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def register(qtbot):
    doc = Document(build_plan())  # one risk: 30 % of €10,000
    view = RiskView(doc)
    qtbot.addWidget(view)
    view.show()
    return doc, view


def test_a_refusal_goes_away_after_a_good_edit(register):
    doc, view = register
    model = view.model
    assert not model.setData(model.index(0, RiskColumn.PROBABILITY), "abc", EDIT)
    assert "abc" in view.message.text()
    assert model.setData(model.index(0, RiskColumn.PROBABILITY), "50", EDIT)
    assert view.message.text() == ""
    assert doc.plan.risks[0].probability == 0.5


def test_a_refusal_goes_away_after_undo(register):
    doc, view = register
    model = view.model
    model.setData(model.index(0, RiskColumn.IMPACT), "4000", EDIT)
    model.setData(model.index(0, RiskColumn.TASKS), "99", EDIT)
    assert "99" in view.message.text()
    doc.undo_stack.undo()
    assert view.message.text() == ""


def test_totals_follow_add_edit_delete_and_undo(register):
    doc, view = register
    model = view.model
    assert "€3,000" in view.total.text()
    view.add_risk()
    view.table.closePersistentEditor(view.table.currentIndex())
    model.setData(model.index(1, RiskColumn.IMPACT), "4000", EDIT)
    model.setData(model.index(1, RiskColumn.PROBABILITY), "25%", EDIT)
    model.setData(model.index(1, RiskColumn.CONTINGENCY), "1500", EDIT)
    assert "Exposure of risks not closed: €4,000" in view.total.text()
    assert "Contingency reserve: €1,500" in view.total.text()
    view.table.setCurrentIndex(view.sorted.mapFromSource(model.index(0, 0)))
    view.delete_selected()
    assert "Exposure of risks not closed: €1,000" in view.total.text()
    doc.undo_stack.undo()
    assert "Exposure of risks not closed: €4,000" in view.total.text()
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert len(doc.plan.risks) == 1
    assert "Exposure of risks not closed: €3,000" in view.total.text()
    assert "Contingency reserve: €0" in view.total.text()
