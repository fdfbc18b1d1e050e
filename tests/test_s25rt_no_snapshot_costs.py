"""A returned workbook without its hidden ``_gantry`` sheet lost cost values without a word:
each task's Fixed cost accrual though the Plan sheet has the column, a cost item's amount
(Travel's €2,400, which the Team sheet's Cost cell gives), and the note named none of what a
bill is made of that no sheet shows. The accruals and a cost item on one task are read; the
rest (overtime work, dated rates and tables B-E, an assignment's rate table, Accrue At, a
cost item on several tasks) is named in the note."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from app.domain.errors import AppError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, RateEntry, Resource, ResourceType
from app.domain.task import CostAccrual, Task
from app.formats import read_plan, write_plan

NOW = datetime(2027, 1, 4, 9, 0)


def _plan(travel_on: tuple[int, ...] = (2,)) -> Plan:
    project = Project(name="Billing", start=datetime(2027, 1, 4, 8), currency_symbol="€")
    plan = Plan(project=project)
    plan.append_task(
        Task(1, "Discovery", 1, duration_minutes=480, fixed_cost=500.0,
             fixed_cost_accrual=CostAccrual.START)
    )  # fmt: skip
    plan.append_task(
        Task(2, "Training", 1, duration_minutes=480, fixed_cost_accrual=CostAccrual.END)
    )
    plan.append_task(Task(3, "Go-live", 1, duration_minutes=480))
    plan.add_resource(
        Resource(1, "Ana", standard_rate=100.0,
                 rate_tables=((RateEntry(None, 100.0), RateEntry(datetime(2027, 4, 1), 110.0)),))
    )  # fmt: skip
    plan.add_resource(Resource(2, "Travel", ResourceType.COST))
    plan.add_assignment(Assignment(1, 1, 1, 1.0))
    for k, task in enumerate(travel_on):
        plan.add_assignment(Assignment(2 + k, task, 2, 1.0, cost=2400.0 / len(travel_on)))
    return plan


def _rebuilt(tmp_path: Path, plan: Plan, accrual: str | None = None) -> Path:
    path = tmp_path / "rebuilt.xlsx"
    write_plan(plan, path, now=NOW)
    wb = openpyxl.load_workbook(path)
    del wb["_gantry"]
    if accrual is not None:  # the client's cell on Discovery's row
        ws = wb["Plan"]
        ws.cell(2, [c.value for c in ws[1]].index("Fixed cost accrual") + 1).value = accrual
    wb.save(path)
    return path


def _read(path: Path) -> tuple[Plan, str]:
    said: list[str] = []
    plan = read_plan(path, warn=said.append)
    (note,) = [line for line in said if "hidden _gantry" in line]
    return plan, note


def test_s25rt_fixed_cost_accruals_and_a_cost_item_come_back(tmp_path):
    plan, note = _read(_rebuilt(tmp_path, _plan()))
    accruals = {t.name: t.fixed_cost_accrual for t in plan.tasks}
    assert accruals == {
        "Discovery": CostAccrual.START,
        "Training": CostAccrual.END,
        "Go-live": CostAccrual.PRORATED,
    }
    (travel,) = [a for a in plan.assignments if plan.resource(a.resource_uid).name == "Travel"]
    assert travel.cost == 2400.0  # was 0: the Team sheet's Cost cell
    assert "tasks' fixed cost accruals from the Plan sheet" in note
    lost = note.split("not recovered")[1]
    for word in (
        "overtime work",
        "dated rates and cost rate tables B-E",
        "the cost rate table each assignment uses",
        "Accrue At",
    ):
        assert word in lost
    assert "Travel" not in lost


def test_s25rt_a_cost_item_on_several_tasks_is_named(tmp_path):
    _plan_read, note = _read(_rebuilt(tmp_path, _plan((2, 3))))
    assert "the amounts of Travel on each task (the Team sheet gives the total)" in note


def test_s25rt_an_accrual_the_client_typed_is_read_and_a_bad_one_refused(tmp_path):
    plan, _note = _read(_rebuilt(tmp_path, _plan(), "end"))
    assert plan.tasks[0].fixed_cost_accrual is CostAccrual.END
    with pytest.raises(AppError, match=r"Plan!\w+2: Fixed cost accrual: 'Monthly' is not one of"):
        read_plan(_rebuilt(tmp_path, _plan(), "Monthly"))
