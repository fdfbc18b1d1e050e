"""Risk register wording, as a PM reads it in Edit > Undo and under the table.

Found by a tester: renaming a risk put "Edit risk of risk 'Vendor late'" on the
undo menu (the Risk column's title read into the phrase), and a negative impact
was refused with "-500 is negative; an amount cannot be".
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
    doc = Document(build_plan())  # one risk, 'Vendor late': 30 % of 10,000
    view = RiskView(doc)
    qtbot.addWidget(view)
    view.show()
    return doc, view


def test_renaming_a_risk_reads_as_a_rename_on_the_undo_menu(register):
    doc, view = register
    assert view.model.setData(view.model.index(0, RiskColumn.TITLE), "Vendor very late", EDIT)
    assert doc.undo_stack.undoText() == "Rename risk 'Vendor late' to 'Vendor very late'"
    assert doc.plan.risks[0].title == "Vendor very late"
    doc.undo_stack.undo()
    assert doc.plan.risks[0].title == "Vendor late"
    doc.undo_stack.redo()
    assert doc.plan.risks[0].title == "Vendor very late"


def test_other_edits_name_the_field_once(register):
    doc, view = register
    assert view.model.setData(view.model.index(0, RiskColumn.IMPACT), "12000", EDIT)
    assert doc.undo_stack.undoText() == "Edit impact of risk 'Vendor late'"


@pytest.mark.parametrize(
    ("column", "title"), [(RiskColumn.IMPACT, "Impact"), (RiskColumn.CONTINGENCY, "Contingency")]
)
def test_a_negative_amount_is_refused_in_plain_english(register, column, title):
    doc, view = register
    before = doc.plan.risks[0]
    assert not view.model.setData(view.model.index(0, column), "-1250.5", EDIT)
    message = view.message.text()
    said = f"R-01 'Vendor late', {title}: the amount cannot be negative (-1,250.5)"  # s31rk
    assert message == said
    assert "an amount cannot be" not in message
    assert doc.plan.risks[0] == before
    assert doc.undo_stack.count() == 0


@pytest.mark.parametrize(("typed", "expected"), [("0,4", 0.4), ("40", 0.4), ("0.4%", 0.004)])
def test_the_view_reads_probability_by_the_rule_its_tooltip_gives(register, typed, expected):
    doc, view = register
    index = view.model.index(0, RiskColumn.PROBABILITY)
    assert view.model.setData(index, typed, EDIT)
    assert doc.plan.risks[0].probability == pytest.approx(expected)
    assert "0,4" in index.data(Qt.ItemDataRole.ToolTipRole)
