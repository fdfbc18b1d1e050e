"""A finished task over its budget showed a TCPI of "-0.00" (BAC - BCWP is 0, BAC - ACWP
below 0): a ratio of nothing is 0.00. The Budget's risk reserve reads in cents, as every
amount beside it (the risk register keeps whole units)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.baselines import snapshot
from app.domain.cost_tracking import Figure, Kind, tracking_text
from app.domain.costs import compute_costs
from app.domain.earned_value_table import EarnedValueFigures
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.risk import Risk
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.report.budget_printout import reserve_lines

MON = datetime(2027, 1, 4, 8)


def _finished_over_budget() -> Plan:
    plan = Plan(project=Project(name="Design", start=MON))
    plan.append_task(Task(1, "Design", 1, duration_minutes=5 * 480, fixed_cost=1000.0))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 40 * 60))
    s = schedule(plan)
    plan.set_baseline(snapshot(plan, s, compute_costs(plan, s), 0, MON))
    done = replace(
        plan.task(1),
        fixed_cost=1234.57,
        percent_complete=100.0,
        actual_start=MON,
        actual_finish=datetime(2027, 1, 8, 17),
    )
    plan.update_task(done)
    return plan


def test_s31ev_a_finished_task_over_budget_has_a_tcpi_of_zero():
    plan = _finished_over_budget()
    s = schedule(plan)
    figures = EarnedValueFigures(plan, s, compute_costs(plan, s), datetime(2027, 1, 15, 17))
    tcpi = figures.figure("tcpi", 1)
    assert tcpi is not None
    assert tracking_text(tcpi, plan, str) == "0.00"
    assert figures.figure("cpi", 1) is not None


def test_s31ev_a_ratio_a_hair_below_zero_prints_0_00():
    plan = Plan(project=Project(name="p"))
    assert tracking_text(Figure(-0.001, Kind.RATIO), plan, str) == "0.00"
    assert tracking_text(Figure(-0.5, Kind.RATIO), plan, str) == "-0.50"


def test_s31ev_the_budgets_risk_reserve_is_in_the_plans_digits():
    plan = Plan(project=Project(name="p"))
    plan.risks.append(Risk(1, "Vendor late", 0.5, 10_000.0, "Ana", contingency=5_000.0))
    (_label, amount, digits), (_, plus, plus_digits) = reserve_lines(plan, 1000.0)
    assert plus == 6000.0
    assert amount == 5000.0
    assert digits is None  # the plan's: cents
    assert plus_digits is None
