"""The Budget view's Budget Cost card: shown only with a budget resource, green within the
budget, its tooltip comparing Budget Cost with Baseline Cost and Cost."""

from __future__ import annotations

from datetime import datetime

from app.domain.resource import Resource, ResourceType
from app.ui.budget.view import BudgetView
from app.ui.document import Document
from tests.gui.conftest import build_plan

TODAY = datetime(2027, 3, 1, 8)


def _view(qtbot, budget: float | None) -> BudgetView:
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    if budget is not None:
        plan.add_resource(
            Resource(9, "Capex", type=ResourceType.COST, is_budget=True, budget_cost=budget)
        )
    view = BudgetView(Document(plan), clock=lambda: TODAY)
    qtbot.addWidget(view)
    with qtbot.waitExposed(view):
        view.show()
    view.refresh()
    return view


def test_s29bg_no_budget_resource_no_card(qtbot):
    view = _view(qtbot, None)
    assert not view.cards["budget_resources"].isVisible()


def test_s29bg_budget_cost_card_against_cost(qtbot):
    view = _view(qtbot, 1_000_000.0)
    card = view.cards["budget_resources"]
    assert card.isVisible()
    assert "1,000,000.00" in card.value.text()
    assert "14823c" in card.value.styleSheet()  # within budget
    tip = card.toolTip()
    assert "Capex: Budget Cost" in tip
    assert "against Baseline Cost" in tip
    view.grab().save("/tmp/s29bg_budget_view.png")
