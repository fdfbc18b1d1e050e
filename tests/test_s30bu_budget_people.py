"""The Budget view's By Person tab: each person's Baseline Cost, Cost and Cost Variance (+ over,
red, as the task rows), what no person holds on a line of its own, and a total that is the
task side's."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.baseline_people import people_budget
from app.domain.costs import compute_costs
from app.domain.scheduler import schedule
from app.ui.budget.budget_model import BudgetColumn
from app.ui.budget.people_model import OTHER_NAME, TOTAL_NAME, PeopleColumn
from app.ui.budget.view import BudgetView
from app.ui.document import Document
from tests.test_s30bu_usage_baseline import _baselined, _plan

DAY = 480


def _over_plan():
    """Ana's work raised from 80 h to 120 h after the baseline: $400 over."""
    plan = _baselined(_plan())
    ana = next(a for a in plan.assignments if a.uid == 1)
    plan.update_assignment(replace(ana, work_minutes=15 * DAY))
    return plan


def _rows(view: BudgetView) -> dict[str, list[str]]:
    m = view.people_model
    return {
        m.data(m.index(r, 0)): [m.data(m.index(r, c)) for c in range(1, m.columnCount())]
        for r in range(m.rowCount())
    }


def test_s30bu_by_person_shows_each_persons_variance_and_the_task_sides_total(qtbot):
    view = BudgetView(Document(_over_plan()))
    qtbot.addWidget(view)
    view.pages.setCurrentIndex(view.pages.indexOf(view.people_table))
    with qtbot.waitExposed(view):
        view.show()
    rows = _rows(view)
    assert rows["Ana"] == ["$800.00", "$1,200.00", "+$400.00"]
    assert rows["Ben"] == ["$1,600.00", "$1,600.00", "$0.00"]
    assert rows[OTHER_NAME] == ["$300.00", "$300.00", "$0.00"]  # Build's fixed cost
    m = view.people_model
    total = next(r for r in range(m.rowCount()) if m.data(m.index(r, 0)) == TOTAL_NAME)
    # the people's total is the task side's Budget and Forecast
    assert m.number(total, PeopleColumn.BASELINE) == pytest.approx(
        view.model.total_number(BudgetColumn.BUDGET)
    )
    assert m.number(total, PeopleColumn.COST) == pytest.approx(
        view.model.total_number(BudgetColumn.FORECAST)
    )
    over = m.data(m.index(0, PeopleColumn.VARIANCE), 9)  # ForegroundRole: red, over budget
    assert over is not None
    assert over.color().red() > 150


def test_s30bu_without_a_baseline_the_people_say_so():
    plan = _plan()
    sched = schedule(plan)
    costs = compute_costs(plan, sched)
    figures = people_budget(plan, costs, 0, None)
    assert [p.name for p in figures.people] == ["Ana", "Ben"]
    assert figures.total_baseline is None
    assert figures.total_cost == pytest.approx(costs.total_cost)


def test_s30bu_the_tab_catches_up_when_shown(qtbot):
    doc = Document(_over_plan())
    view = BudgetView(doc)
    qtbot.addWidget(view)
    view.resize(900, 600)
    assert _rows(view)["Ana"][1] == "$1,200.00"
    ana = next(a for a in doc.plan.assignments if a.uid == 1)
    doc.plan.update_assignment(replace(ana, work_minutes=20 * DAY))
    view.show()
    doc.reschedule()  # the breakdown shown: the By Person tab waits
    assert _rows(view)["Ana"][1] == "$1,200.00"
    view.pages.setCurrentIndex(view.pages.indexOf(view.people_table))
    assert _rows(view)["Ana"] == ["$800.00", "$1,600.00", "+$800.00"]
