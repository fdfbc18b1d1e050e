"""Risk register: every field of a risk can be edited, its description too.

Found editing each field of a risk in turn: the description (what could happen, and
why) showed only as the title's tooltip and could not be typed anywhere, so a risk
added in Gantry never had one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui.document import Document
from app.ui.models.risk_model import RiskColumn
from app.ui.risks.view import RiskView
from tests.gui.conftest import build_plan

EDIT = Qt.ItemDataRole.EditRole


def test_the_description_is_a_column_that_takes_text_and_undoes(qtbot):
    doc = Document(build_plan())
    view = RiskView(doc)
    qtbot.addWidget(view)
    model = view.model
    assert model.headerData(RiskColumn.DESCRIPTION, Qt.Orientation.Horizontal) == "Description"
    cell = model.index(0, RiskColumn.DESCRIPTION)
    assert cell.flags() & Qt.ItemFlag.ItemIsEditable

    assert model.setData(cell, "  Supplier of the CRM licences misses the May slot  ", EDIT)

    risk = doc.plan.risks[0]
    assert risk.description == "Supplier of the CRM licences misses the May slot"
    assert cell.data() == risk.description
    assert risk.description in model.index(0, RiskColumn.TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert doc.undo_stack.undoText() == "Edit description of risk 'Vendor late'"
    doc.undo_stack.undo()
    assert doc.plan.risks[0].description == ""
