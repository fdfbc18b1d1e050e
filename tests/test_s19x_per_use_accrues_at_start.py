"""A cost per use falls whole at the start of its assignment in the planned and earned value,
as MS Project accrues it ("per-use costs always accrue at the start", whatever Accrue At
says) and as Gantry's actual cost already counted it. Spread over the task with the rest,
a task exactly on plan at 40 % showed CPI 0.93 (in red: AC 1,170, EV 1,092) and PV 1,092
where MS Project's timephased baseline cost says 1,170."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.earned_value import earned_value
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.scheduler import schedule
from app.domain.task import CostAccrual, Task

MON = datetime(2026, 3, 2, 8, 0)
TUE_EVENING = datetime(2026, 3, 3, 17, 0)  # 2 of the task's 5 days


def _plan(accrue_at: CostAccrual = CostAccrual.PRORATED) -> Plan:
    plan = Plan(project=Project(name="Pour", start=MON))
    plan.append_task(Task(1, "Pour", duration_minutes=5 * 480))
    plan.add_resource(
        Resource(1, "Ana", standard_rate=50.0, cost_per_use=100.0, accrue_at=accrue_at)
    )
    concrete = Resource(
        2, "Concrete", type=ResourceType.MATERIAL, standard_rate=120.0, cost_per_use=30.0
    )
    plan.add_resource(concrete)
    plan.add_assignment(Assignment(1, 1, 1))  # 40 h x 50 + 100 = 2,100
    plan.add_assignment(Assignment(2, 1, 2, units=5.0))  # 5 t x 120 + 30 = 630
    sched = schedule(plan)
    plan.set_baseline(snapshot(plan, sched, compute_costs(plan, sched), 0, MON))
    return plan


def _ev(plan: Plan, percent: float):
    from dataclasses import replace

    plan.update_task(replace(plan.task(1), percent_complete=percent, actual_start=MON))
    sched = schedule(plan)
    return earned_value(plan, sched, compute_costs(plan, sched), TUE_EVENING)[1]


def test_s19x_planned_value_takes_the_per_use_costs_at_the_start():
    plan = _plan()
    ev = _ev(plan, 40.0)
    assert ev.bac == pytest.approx(2730.0)
    assert ev.pv == pytest.approx(130 + 0.4 * 2600)
    assert ev.ac == pytest.approx(130 + 0.4 * 2600)
    assert ev.ev == pytest.approx(ev.ac)  # exactly on plan: CPI and SPI 1
    assert ev.cpi == pytest.approx(1.0)
    assert ev.spi == pytest.approx(1.0)


def test_s19x_per_use_at_the_start_also_for_a_person_accrued_at_the_end():
    plan = _plan(CostAccrual.END)
    ev = _ev(plan, 40.0)
    # Ana's work at the end, her use and the concrete's at the start, the concrete prorated
    assert ev.pv == pytest.approx(100 + 30 + 0.4 * 600)
    assert ev.ac == pytest.approx(100 + 30 + 0.4 * 600)
    assert ev.ev == pytest.approx(ev.ac)
