"""Risk register: a refused value says which column and why, in the register's words.

Found by typing 150 in a risk's Probability: the register answered "150: % complete
must be between 0 and 100", naming a field a risk does not have. Typing "ten" in
Impact said "'ten' is not an amount" without saying which of the three money columns
was meant.
"""

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


@pytest.mark.parametrize("text", ["150", "150%", "-5", "100.5 %"])
def test_a_probability_outside_0_to_100_percent_is_refused_as_a_probability(register, text):
    doc, view = register
    model = view.model
    assert not model.setData(model.index(0, RiskColumn.PROBABILITY), text, EDIT)
    message = view.message.text()
    assert message.startswith("R-01 'Vendor late', Probability:")  # s31rk: the risk too
    assert "between 0 and 100" in message
    assert "complete" not in message
    assert doc.plan.risks[0].probability == pytest.approx(0.3)
    assert doc.undo_stack.count() == 0


@pytest.mark.parametrize(
    ("column", "text"),
    [
        (RiskColumn.PROBABILITY, "likely"),
        (RiskColumn.IMPACT, "ten"),
        (RiskColumn.CONTINGENCY, "-200"),
        (RiskColumn.STATUS, "maybe"),
        (RiskColumn.TASKS, "99"),
    ],
)
def test_every_refusal_names_its_column(register, column, text):
    doc, view = register
    model = view.model
    before = doc.plan.risks[0]
    assert not model.setData(model.index(0, column), text, EDIT)
    title = model.headerData(column, Qt.Orientation.Horizontal)
    assert view.message.text().startswith(f"R-01 'Vendor late', {title}:")  # s31rk: the risk too
    assert text.strip("-") in view.message.text()
    assert doc.plan.risks[0] == before


def test_the_edge_values_are_taken(register):
    doc, view = register
    model = view.model
    assert model.setData(model.index(0, RiskColumn.PROBABILITY), "100%", EDIT)
    assert doc.plan.risks[0].probability == 1.0
    assert model.setData(model.index(0, RiskColumn.PROBABILITY), "0", EDIT)
    assert doc.plan.risks[0].probability == 0.0
    assert view.message.text() == ""
