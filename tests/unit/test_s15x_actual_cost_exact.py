"""Actual cost of work done by % complete is priced on the exact share, as MS Project does.

Found in the demo plan after Update Project: 'Reporting dashboards' (4 days, one
person at 80/h) at 38 % showed EV 972.80 but AC 973.33, because the actual work
was rounded to whole minutes (729.6 -> 730) before pricing. The Budget tab then
read CPI 0.99999 and a red VAC of -0.91 on a plan exactly on budget.
MS Project keeps work in tenths of minutes: ACWP = 38 % x 2560.00 = 972.80.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.baselines import snapshot
from app.domain.costs import compute_costs, cost_of_assignment
from app.domain.earned_value import earned_value, project_earned_value
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, RateEntry, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task

MON = datetime(2027, 3, 8, 8, 0)


def _plan(rate_tables: tuple = ()) -> Plan:
    plan = Plan(project=Project(start=MON, status_date=datetime(2027, 3, 9, 17, 0)))
    plan.append_task(Task(1, "Reporting dashboards", 1, duration_minutes=4 * 480))
    plan.add_resource(Resource(1, "Mia", standard_rate=80.0, rate_tables=rate_tables))
    plan.add_assignment(Assignment(1, 1, 1, 1.0))
    return plan


@pytest.mark.parametrize("tables", [False, True], ids=["one rate", "rate table"])
def test_actual_cost_is_the_exact_share_of_the_cost(tables):
    rates = ((RateEntry(None, 80.0, 0.0, 0.0),),) if tables else ()
    plan = _plan(rates)
    times = schedule(plan)
    plan.baselines[0] = snapshot(plan, times, compute_costs(plan, times), 0, MON)
    plan.update_task(replace(plan.task(1), percent_complete=38.0))
    times = schedule(plan)
    costs = compute_costs(plan, times)
    assert costs.task_cost[1] == pytest.approx(2560.0)
    assert costs.task_actual_cost[1] == pytest.approx(0.38 * 2560.0)
    single = cost_of_assignment(plan, times, plan.assignments[0], plan.resources[0])
    assert single.actual_cost == pytest.approx(0.38 * 2560.0)
    totals = project_earned_value(plan, earned_value(plan, times, costs, plan.project.status_date))
    assert totals.ac == pytest.approx(totals.ev)
