"""A material whose cost rate table changes within its task is priced as MS Project prices
it: the quantity is consumed evenly over the task's working time, and each part pays the
rate in force then. Gantry priced all of it at the rate in force at the task's start
(5 t over Mon-Fri, €120/t until Wednesday and €150/t from then: €630 with the €30 per use,
where MS Project says 2 t x 120 + 3 t x 150 + 30 = €720), as it already priced people."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, RateEntry, Resource, ResourceType
from app.domain.scheduler import schedule
from app.domain.task import Task

MON = datetime(2026, 3, 2, 8, 0)
WED = datetime(2026, 3, 4, 8, 0)


def _plan(percent: float = 0.0, tables: bool = True) -> Plan:
    plan = Plan(project=Project(name="Pour", start=MON))
    started = MON if percent else None
    plan.append_task(
        Task(1, "Pour", duration_minutes=5 * 480, percent_complete=percent, actual_start=started)
    )
    rates = ((RateEntry(None, 120.0, 0.0, 30.0), RateEntry(WED, 150.0, 0.0, 30.0)),)
    concrete = Resource(
        1,
        "Concrete",
        type=ResourceType.MATERIAL,
        material_label="t",
        standard_rate=120.0,
        cost_per_use=30.0,
        rate_tables=rates if tables else (),
    )
    plan.add_resource(concrete)
    plan.add_assignment(Assignment(1, 1, 1, units=5.0))
    return plan


def _costs(plan: Plan):
    report = compute_costs(plan, schedule(plan))
    return report.assignments[1].cost, report.assignments[1].actual_cost


def test_s19x_material_pays_each_rate_for_what_it_consumes_then():
    assert _costs(_plan()) == pytest.approx((2 * 120 + 3 * 150 + 30, 0.0))


@pytest.mark.parametrize(
    ("percent", "actual"),
    [
        (40.0, 2 * 120 + 30),  # Mon and Tue: 2 t, all before the change
        (60.0, 2 * 120 + 1 * 150 + 30),  # and Wednesday's ton at the new rate
        (100.0, 2 * 120 + 3 * 150 + 30),
    ],
)
def test_s19x_material_actual_cost_pays_the_rates_of_what_was_consumed(percent, actual):
    cost, done = _costs(_plan(percent))
    assert cost == pytest.approx(720.0)
    assert done == pytest.approx(actual)


def test_s19x_material_without_a_rate_change_is_priced_as_before():
    assert _costs(_plan(40.0, tables=False)) == pytest.approx((5 * 120 + 30, 2 * 120 + 30))
