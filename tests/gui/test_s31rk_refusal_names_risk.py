"""A refused edit in the Risks view names the risk (its ID and title) as well as the column:
in a sorted or filtered register the row a PM typed in is not the risk's place in the plan."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.risk import Risk
from app.ui.document import Document
from app.ui.models.risk_model import RiskColumn
from app.ui.risks.view import RiskView
from tests.gui.conftest import build_plan

EDIT = Qt.ItemDataRole.EditRole


def test_s31rk_refusal_names_the_risk_typed_in(qtbot):
    plan = build_plan()  # R-01 'Vendor late'
    plan.add_risk(Risk(2, "Zoning permit refused", 0.5, 20_000.0))
    doc = Document(plan)
    view = RiskView(doc)
    qtbot.addWidget(view)
    with qtbot.waitExposed(view):
        view.show()
    view.table.sortByColumn(RiskColumn.TITLE, Qt.SortOrder.DescendingOrder)
    index = view.sorted.index(0, RiskColumn.PROBABILITY)  # the second risk, sorted first
    assert not view.sorted.setData(index, "likely", EDIT)
    assert view.message.text().startswith(
        "R-02 'Zoning permit refused', Probability: 'likely' is not a percentage"
    )
    index = view.sorted.index(1, RiskColumn.TASKS)
    assert not view.sorted.setData(index, "99", EDIT)
    assert view.message.text() == "R-01 'Vendor late', Tasks: there is no task with ID 99"
    assert [r.probability for r in doc.plan.risks] == [0.3, 0.5]
    assert doc.undo_stack.count() == 0
    view.close()


def test_s31rk_a_long_title_is_shortened_in_the_refusal(qtbot):
    plan = build_plan()
    long_title = "Vendor late " + "and more " * 20
    plan.update_risk(Risk(1, long_title.strip(), 0.3, 10_000.0))
    view = RiskView(Document(plan))
    qtbot.addWidget(view)
    assert not view.model.setData(view.model.index(0, RiskColumn.IMPACT), "-5", EDIT)
    said = view.message.text()
    assert said.startswith("R-01 'Vendor late and more")
    assert ", Impact: the amount cannot be negative (-5)" in said
    assert len(said) < len(long_title) + 40
