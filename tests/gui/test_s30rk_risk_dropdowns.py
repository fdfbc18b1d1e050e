"""The register's Response and Category cells are drop-downs: Response offers the four
strategies (and none), Category the plan's categories and takes a new one typed; each pick
is one undo step, and a bad value pasted in is refused in one line naming the column."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QComboBox

from app.domain.risk import RiskResponse
from app.ui.document import Document
from app.ui.models.risk_model import RiskColumn
from app.ui.risks.view import RiskView


@pytest.fixture
def view(qtbot, plan):
    risk = plan.risks[0]
    plan.update_risk(replace(risk, category="Supplier"))
    v = RiskView(Document(plan))
    qtbot.addWidget(v)
    with qtbot.waitExposed(v):
        v.show()
    return v


def _editor(view, column) -> tuple[QComboBox, object]:
    view.show_register_column(column)
    index = view.sorted.index(0, column)
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    editor = view.table.indexWidget(index) or view.table.focusWidget()
    assert isinstance(editor, QComboBox)
    return editor, index


def test_response_is_picked_from_the_four_strategies(view):
    editor, index = _editor(view, RiskColumn.RESPONSE)
    assert [editor.itemText(i) for i in range(editor.count())] == [
        "",
        "Avoid",
        "Transfer",
        "Mitigate",
        "Accept",
    ]
    editor.setCurrentIndex(editor.findText("Transfer"))
    view.table.commitData(editor)
    doc = view.document
    assert doc.plan.risks[0].response is RiskResponse.TRANSFER
    assert index.data() == "Transfer"
    doc.undo_stack.undo()
    assert doc.plan.risks[0].response is None


def test_category_offers_the_plans_and_takes_a_new_one(view):
    editor, _index = _editor(view, RiskColumn.CATEGORY)
    assert editor.isEditable()
    assert [editor.itemText(i) for i in range(editor.count())] == ["", "Supplier"]
    editor.setEditText("supplier")  # a known one in another case: its first spelling
    view.table.commitData(editor)
    assert view.document.plan.risks[0].category == "Supplier"
    editor.setEditText("Regulatory")
    view.table.commitData(editor)
    assert view.document.plan.risks[0].category == "Regulatory"
    assert view.document.undo_stack.count() == 1


def test_a_bad_response_pasted_is_refused_naming_the_column(view):
    index = view.sorted.index(0, RiskColumn.RESPONSE)
    assert not view.sorted.setData(index, "maybe")
    said = "R-01 'Vendor late', Response: 'maybe' is not a response strategy"  # s31rk: the risk
    assert view.message.text().startswith(said)
    assert view.document.plan.risks[0].response is None
    assert view.document.undo_stack.count() == 0
