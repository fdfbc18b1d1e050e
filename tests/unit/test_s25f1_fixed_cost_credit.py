"""A Fixed Cost below zero is a credit (a rebate, a discount), as MS Project takes one.

Gantry refused it on every way in (the task sheet, Task Information, a client's sheet or
CSV, a returned workbook) while the MSPDI reader took MS Project's: a plan with a credit
opened, and the same figure typed was refused. The totals, the Budget view and the
workbook's Budget sheet count it as a credit; a negative rate stays refused.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.formats import read_plan, write_plan
from app.io.cell_error import CellError
from app.io.register_cell_values import team_value
from app.io.sheet_values import read_cost

DAY = 480


def s25f1_plan(credit: float = -500.0) -> Plan:
    """Phase over Design (Ana 100/h, 2 days: 1,600) with a credit, and Build (1 day: 800)."""
    plan = Plan(project=Project(name="Credit"))
    plan.append_task(Task(1, "Phase", 1))
    plan.append_task(Task(2, "Design", 2, duration_minutes=2 * DAY, fixed_cost=credit))
    plan.append_task(Task(3, "Build", 2, duration_minutes=DAY))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 2 * DAY))
    plan.add_assignment(Assignment(2, 3, 1, 1.0, DAY))
    return plan


@pytest.mark.parametrize(
    ("cell", "read"), [(-100, -100.0), ("-1,250.50", -1250.5), ("-€300", -300.0), ("0", 0.0)]
)
def test_s25f1_a_cost_cell_below_zero_reads_as_a_credit(cell: object, read: float) -> None:
    assert read_cost(cell, ("€", "EUR")) == read


def test_s25f1_a_negative_rate_stays_refused() -> None:
    with pytest.raises(CellError, match="a rate cannot be negative"):
        team_value("Std. rate", -70, Resource(1, "Eve"), Project())


def test_s25f1_the_totals_count_a_credit() -> None:
    plan = s25f1_plan()
    costs = compute_costs(plan, schedule(plan))
    assert costs.task_cost[2] == pytest.approx(1600.0 - 500.0)
    assert costs.task_cost[1] == pytest.approx(1100.0 + 800.0)
    assert costs.total_cost == pytest.approx(1900.0)


def test_s25f1_a_credit_beyond_the_work_makes_the_task_cost_below_zero() -> None:
    plan = s25f1_plan(-2000.0)
    costs = compute_costs(plan, schedule(plan))
    assert costs.task_cost[2] == pytest.approx(-400.0)
    assert costs.total_cost == pytest.approx(400.0)


def test_s25f1_the_workbooks_budget_sheet_adds_the_credit(tmp_path: Path) -> None:
    path = tmp_path / "credit.xlsx"
    write_plan(s25f1_plan(), path)
    ws = openpyxl.load_workbook(path)["Budget"]
    rows = {
        r[1].strip() if isinstance(r[1], str) else r[1]: r for r in ws.iter_rows(values_only=True)
    }
    titles = list(rows["Task"])
    fixed, cost = titles.index("Fixed cost"), titles.index("Cost")
    assert (rows["Design"][fixed], rows["Design"][cost]) == (-500, 1100)
    assert rows["Phase"][cost] == 1900
    assert (rows["Total"][fixed], rows["Total"][cost]) == (-500, 1900)


def test_s25f1_a_returned_workbook_keeps_the_credit(tmp_path: Path) -> None:
    path = tmp_path / "credit.xlsx"
    write_plan(s25f1_plan(), path)
    assert read_plan(path).task(2).fixed_cost == -500.0


def test_s25f1_a_workbook_without_its_snapshot_reads_the_credit(tmp_path: Path) -> None:
    path = tmp_path / "credit.xlsx"
    write_plan(s25f1_plan(), path)
    wb = openpyxl.load_workbook(path)
    del wb["_gantry"]
    wb.save(path)
    assert read_plan(path).task(2).fixed_cost == -500.0


def test_s25f1_a_csv_reads_the_credit(tmp_path: Path) -> None:
    path = tmp_path / "credit.csv"
    path.write_text("Task,Duration,Fixed cost\nDesign,2d,-500\nBuild,1d,250\n", encoding="utf-8")
    assert [t.fixed_cost for t in read_plan(path).tasks] == [-500.0, 250.0]
