"""A person's 'Accrue at' (Team > member > Costs) reaches their actual cost, as in MS Project.

The member dialog offered Start / Prorated / End and the file kept it, but the
actual cost of a task under way was the same for all three (half of a 4-day
task at 100/h: 1,600 each), so the Budget tab's Actual, Remaining, AC and CPI
ignored the choice. MS Project: Start accrues the whole cost once the task has
started (3,200), End only once it is finished (0 at 50 %, all of it at 100 %).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, RateEntry, Resource, ResourceType
from app.domain.scheduler import schedule
from app.domain.task import CostAccrual, Task

MON = datetime(2027, 3, 8, 8, 0)


def _actual_cost(
    accrual: CostAccrual, percent: float = 50.0, tables: bool = False, material: bool = False
) -> float:
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Configure", 1, duration_minutes=4 * 480))
    rates = ((RateEntry(None, 100.0),),) if tables else ()
    kind = ResourceType.MATERIAL if material else ResourceType.WORK
    plan.add_resource(
        Resource(1, "Mia", type=kind, standard_rate=100.0, accrue_at=accrual, rate_tables=rates)
    )
    plan.add_assignment(Assignment(1, 1, 1, 32.0 if material else 1.0))
    plan.update_task(replace(plan.task(1), percent_complete=percent, actual_start=MON))
    return compute_costs(plan, schedule(plan)).task_actual_cost[1]


@pytest.mark.parametrize("tables", [False, True], ids=["one rate", "rate table"])
@pytest.mark.parametrize(
    ("accrual", "half", "done"),
    [
        (CostAccrual.PRORATED, 1600.0, 3200.0),
        (CostAccrual.START, 3200.0, 3200.0),
        (CostAccrual.END, 0.0, 3200.0),
    ],
)
def test_accrual_moves_the_actual_cost_of_work(accrual, half, done, tables) -> None:
    assert _actual_cost(accrual, 50.0, tables) == pytest.approx(half)
    assert _actual_cost(accrual, 100.0, tables) == pytest.approx(done)
    assert _actual_cost(accrual, 0.0, tables) == pytest.approx(
        3200.0 if accrual is CostAccrual.START else 0.0  # started: an actual start
    )


def test_material_accrues_the_same_way() -> None:
    assert _actual_cost(CostAccrual.END, 50.0, material=True) == pytest.approx(0.0)
    assert _actual_cost(CostAccrual.START, 50.0, material=True) == pytest.approx(3200.0)
    assert _actual_cost(CostAccrual.PRORATED, 50.0, material=True) == pytest.approx(1600.0)
