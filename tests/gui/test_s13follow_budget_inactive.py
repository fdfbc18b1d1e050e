"""The Budget tree greys and strikes out a task switched off (as MS Project shows inactive
tasks): its own figures stay on its row, but its phase's do not count them, and a PM
adding up the rows wondered why the phase's Budget was short of them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui.budget.budget_model import BudgetColumn, BudgetModel
from app.ui.document import Document
from tests.unit.test_s13follow_earned_value import STATUS, _plan


def _index(model: BudgetModel, uid: int, column: BudgetColumn):
    phase = model.index(0, 0)
    for row in range(model.rowCount(phase)):
        index = model.index(row, column, phase)
        if index.data(Qt.ItemDataRole.UserRole + 21) == uid:
            return index
    raise AssertionError(uid)


def test_an_inactive_row_is_struck_out_and_says_why(qtbot):
    model = BudgetModel(Document(_plan()), clock=lambda: STATUS)
    optional = _index(model, 4, BudgetColumn.BUDGET)
    design = _index(model, 2, BudgetColumn.BUDGET)
    assert optional.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert design.data(Qt.ItemDataRole.FontRole) is None
    assert optional.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert (
        "inactive"
        in optional.siblingAtColumn(BudgetColumn.NAME).data(Qt.ItemDataRole.ToolTipRole).lower()
    )
    assert design.siblingAtColumn(BudgetColumn.NAME).data(Qt.ItemDataRole.ToolTipRole) is None
    assert optional.data() == "€4,000.00"  # its own figures stay on its row
