"""Risk register: Delete removes every selected risk, as one undo step.

Found by selecting three closed risks with Ctrl+click and pressing Delete: only the
last one clicked went; the register lets several rows be selected, so the others stayed
selected and undeleted.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from app.domain.risk import Risk
from app.ui.document import Document
from app.ui.risks.view import RiskView
from tests.gui.conftest import build_plan

ROWS = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows


def _view(qtbot):
    plan = build_plan()  # risk 1: Vendor late
    plan.add_risk(Risk(2, "Key user away", 0.5, 4000.0))
    plan.add_risk(Risk(3, "Licence price", 0.2, 9000.0))
    plan.add_risk(Risk(4, "Server lost", 0.1, 5000.0))
    view = RiskView(Document(plan))
    qtbot.addWidget(view)
    view.show()
    return view


def _select(view, *rows):
    selection = view.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(view.sorted.index(row, 0), ROWS)
    selection.setCurrentIndex(
        view.sorted.index(rows[-1], 0), QItemSelectionModel.SelectionFlag.NoUpdate
    )


def test_every_selected_risk_goes_in_one_undoable_step(qtbot):
    view = _view(qtbot)
    doc = view.document
    _select(view, 0, 2, 3)

    view.delete_button.click()

    assert [r.title for r in doc.plan.risks] == ["Key user away"]
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.undoText() == "Delete 3 risks"
    doc.undo_stack.undo()
    assert [r.uid for r in doc.plan.risks] == [1, 2, 3, 4]


def test_one_selected_risk_keeps_its_name_in_the_undo_text(qtbot):
    view = _view(qtbot)
    _select(view, 1)
    view.delete_selected()
    assert view.document.undo_stack.undoText() == "Delete risk 'Key user away'"
    assert [r.uid for r in view.document.plan.risks] == [1, 3, 4]
