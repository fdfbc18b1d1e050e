"""The Budget sheet stores each amount as the Budget view shows it, to the plan's currency
decimals (a yen plan's whole yen, a euro plan's cents), the Cost column too; the Total row's
CPI and SPI are bold, as the rest of that row (task s20sm)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.formats import write_plan
from app.ui.budget.budget_model import BudgetColumn, BudgetModel
from app.ui.budget.money import money
from app.ui.document import Document

MON = datetime(2027, 3, 1, 8, 0)
STATUS = datetime(2027, 3, 3, 12, 0)
NOW = datetime(2027, 6, 1, 9, 30)
DAY = 480
MONEY = {
    "Cost": BudgetColumn.FORECAST,
    "Baseline": BudgetColumn.BUDGET,
    "Variance (+ over)": BudgetColumn.VARIANCE,  # signed in both: +€640 over budget
    "Actual cost (all recorded)": BudgetColumn.ACTUAL,
    "PV": BudgetColumn.PV,
    "EV": BudgetColumn.EV,
    "EAC": BudgetColumn.EAC,
    "VAC": BudgetColumn.VAC,
}


def _plan(currency: str, symbol: str, digits: int) -> Plan:
    """Rates with fractions of the smallest unit (yen 1,234.567/h): every figure has some."""
    project = Project(
        name="Shop",
        start=MON,
        status_date=STATUS,
        currency=currency,
        currency_symbol=symbol,
        currency_digits=digits,
    )
    plan = Plan(project=project)
    plan.append_task(Task(1, "Phase", 1))
    plan.append_task(Task(2, "Design", 2, duration_minutes=3 * DAY, fixed_cost=100.456))
    plan.append_task(Task(3, "Build", 2, duration_minutes=5 * DAY))
    plan.add_resource(Resource(1, "Ana", standard_rate=1234.567, cost_per_use=10.333))
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 3 * DAY))
    plan.add_assignment(Assignment(2, 3, 1, 0.7, round(0.7 * 5 * DAY)))
    sched = schedule(plan)
    plan.set_baseline(snapshot(plan, sched, compute_costs(plan, sched), 0, MON))
    plan.update_task(replace(plan.task(2), percent_complete=55.5, actual_start=MON))
    plan.update_task(replace(plan.task(3), fixed_cost=77.777))
    return plan


def _rows(path: Path) -> dict[str, dict[str, openpyxl.cell.Cell]]:
    ws = openpyxl.load_workbook(path)["Budget"]
    header = [c.value for c in ws[1]]
    return {r[1].value: dict(zip(header, r, strict=False)) for r in ws.iter_rows(min_row=2)}


@pytest.mark.parametrize(("currency", "symbol", "digits"), [("JPY", "¥", 0), ("EUR", "€", 2)])
def test_s20sm_each_amount_is_stored_as_the_view_shows_it(
    qtbot, tmp_path, currency, symbol, digits
):
    plan = _plan(currency, symbol, digits)
    path = tmp_path / "shop.xlsx"
    write_plan(plan, path, now=NOW)
    rows = _rows(path)
    model = BudgetModel(Document(plan), clock=lambda: NOW)
    project = plan.project
    for task in plan.tasks:
        row = rows[task.name]
        for title, column in MONEY.items():
            value, cell = model.number(task.uid, column), row[title].value
            assert cell == round(value, digits), (task.name, title)
            shown = model.text(task.uid, column).removeprefix("+")  # Variance's sign
            assert money(project, cell) == shown, (task.name, title)
        assert row["Fixed cost"].value == round(task.fixed_cost, digits)
    for title, column in MONEY.items():
        assert rows["Total"][title].value == round(model.total_number(column), digits), title
    if digits == 0:  # whole yen: no fraction kept that the view does not show
        cells = [c.value for r in rows.values() for t, c in r.items() if t in MONEY]
        assert all(v == int(v) for v in cells if isinstance(v, float))


def test_s20sm_the_total_rows_cpi_and_spi_are_bold_like_the_rest_of_it(qtbot, tmp_path):
    path = tmp_path / "shop.xlsx"
    write_plan(_plan("EUR", "€", 2), path, now=NOW)
    total, build = _rows(path)["Total"], _rows(path)["Build"]
    for title in ("CPI", "SPI"):
        assert total[title].font.b, title
        assert total[title].number_format == "0.00"
        assert not build[title].font.b  # a task's stay plain
    assert total["EV"].font.b
