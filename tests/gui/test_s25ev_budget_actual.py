"""The Budget view's Actual column is all the actual cost (MS Project's Cost table) while
its EAC and ETC read the actual cost up to the status date: an AC column (the Earned Value
table's ACWP) now shows that figure beside EV, so EAC - AC = ETC on every row, and the card
is titled for it. Plan: tests/test_s20ev_status_date_ev.py's (status date Wednesday: Design
done, Build's two done days after it)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.ui.budget.budget_model import HEADERS, BudgetColumn
from app.ui.budget.view import BudgetView
from app.ui.document import Document
from tests.test_s20ev_status_date_ev import FRI2, WED, _plan


def test_s25ev_eac_less_ac_is_etc_on_every_row(qtbot):
    view = BudgetView(Document(_plan(status=WED)), clock=lambda: FRI2)
    qtbot.addWidget(view)
    model = view.model
    assert HEADERS[BudgetColumn.AC] == "AC"
    assert (
        list(BudgetColumn).index(BudgetColumn.AC) == list(BudgetColumn).index(BudgetColumn.EV) + 1
    )
    for uid in (1, 2, 3):
        eac, ac, etc = (
            model.number(uid, c) for c in (BudgetColumn.EAC, BudgetColumn.AC, BudgetColumn.ETC)
        )
        assert eac - ac == pytest.approx(etc), uid
    # Build: 2,000 spent, none of it by Wednesday; Design 5,000 of which 3,000 by then
    assert model.number(3, BudgetColumn.ACTUAL) == pytest.approx(2000.0)
    assert model.number(3, BudgetColumn.AC) == 0.0
    assert model.number(2, BudgetColumn.AC) == pytest.approx(3000.0)
    assert model.total_number(BudgetColumn.ACTUAL) == pytest.approx(7000.0)
    assert model.total_number(BudgetColumn.AC) == pytest.approx(3000.0)
    assert view.cards["actual"].value.text() == "€3,000.00"  # the AC column's total
    assert view.cards["actual"].title.text() == "AC (to status date)"


def test_s25ev_headers_say_which_actual_cost_each_reads(qtbot):
    view = BudgetView(Document(_plan(status=WED)), clock=lambda: FRI2)
    qtbot.addWidget(view)
    tip = view.model.headerData(
        BudgetColumn.ACTUAL, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert "after the status date too" in tip
    etc = view.model.headerData(
        BudgetColumn.ETC, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert "EAC - AC" in etc
