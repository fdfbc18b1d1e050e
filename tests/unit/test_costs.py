"""Cost model on hand-built plans: work x rate, rate tables, per use, fixed, material, cost items."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.baseline import Baseline, BaselineEntry
from app.domain.costs import compute_costs, rate_at
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, RateEntry, Resource, ResourceType
from app.domain.scheduler import schedule
from app.domain.task import CostAccrual, Task

MON = datetime(2026, 1, 5, 8, 0)


def _plan() -> Plan:
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Phase", 1))
    plan.append_task(Task(2, "Design", 2, duration_minutes=5 * 480))
    plan.append_task(Task(3, "Build", 2, duration_minutes=10 * 480, fixed_cost=1000.0))
    plan.add_link(Link(2, 3))
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0, overtime_rate=75.0))
    plan.add_resource(Resource(2, "Ben", standard_rate=80.0, cost_per_use=100.0))
    return plan


def test_work_times_rate_plus_per_use_and_fixed_cost_roll_up():
    plan = _plan()
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 5 * 480))
    plan.add_assignment(Assignment(2, 3, 2, 0.5, 5 * 480))
    report = compute_costs(plan, schedule(plan))
    assert report.task_cost[2] == pytest.approx(40 * 50.0)
    # Cost per use is charged per unit, as MS Project does: Ben at 50 % pays half a use.
    assert report.task_cost[3] == pytest.approx(40 * 80.0 + 50.0 + 1000.0)
    assert report.task_cost[1] == pytest.approx(report.task_cost[2] + report.task_cost[3])
    assert report.total_cost == pytest.approx(2000.0 + 3250.0 + 1000.0)
    assert report.task_work_minutes[1] == 10 * 480
    assert report.resource_cost == {1: pytest.approx(2000.0), 2: pytest.approx(3250.0)}
    assert report.resource_work_minutes == {1: 2400, 2: 2400}


def test_overtime_work_costs_the_overtime_rate():
    plan = _plan()
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 2400, overtime_work_minutes=600))
    report = compute_costs(plan, schedule(plan))
    assert report.task_cost[2] == pytest.approx(30 * 50.0 + 10 * 75.0)


def test_work_without_stored_work_is_duration_times_units():
    plan = _plan()
    plan.add_assignment(Assignment(1, 3, 1, 0.5))
    report = compute_costs(plan, schedule(plan))
    assert report.task_work_minutes[3] == 5 * 480
    assert report.task_cost[3] == pytest.approx(40 * 50.0 + 1000.0)


def test_rate_table_picks_the_rate_in_force_and_splits_work_where_it_changes():
    plan = _plan()
    table = (RateEntry(None, 50.0), RateEntry(datetime(2026, 1, 8, 8, 0), 100.0))
    plan.update_resource(Resource(1, "Ana", rate_tables=(table,)))
    assert rate_at(plan.resource(1), datetime(2026, 1, 7, 17, 0)).standard_rate == 50.0
    assert rate_at(plan.resource(1), datetime(2026, 1, 8, 8, 0)).standard_rate == 100.0
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 5 * 480))  # Mon..Fri: 3 days at 50, 2 at 100
    report = compute_costs(plan, schedule(plan))
    assert report.task_cost[2] == pytest.approx(24 * 50.0 + 16 * 100.0)


def test_second_rate_table_is_used_when_the_assignment_says_so():
    plan = _plan()
    tables = ((RateEntry(None, 50.0),), (RateEntry(None, 10.0, cost_per_use=5.0),))
    plan.update_resource(Resource(1, "Ana", rate_tables=tables))
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 2400, rate_table=1))
    report = compute_costs(plan, schedule(plan))
    assert report.task_cost[2] == pytest.approx(40 * 10.0 + 5.0)


def test_material_costs_units_times_rate_and_counts_no_work():
    plan = _plan()
    plan.add_resource(Resource(3, "Cement", ResourceType.MATERIAL, standard_rate=12.5))
    plan.add_assignment(Assignment(1, 2, 3, 20.0))
    report = compute_costs(plan, schedule(plan))
    assert report.task_cost[2] == pytest.approx(250.0)
    assert report.task_work_minutes[2] == 0


def test_cost_resource_costs_what_the_assignment_says():
    plan = _plan()
    plan.add_resource(Resource(3, "Travel", ResourceType.COST))
    plan.add_assignment(Assignment(1, 2, 3, cost=420.0))
    report = compute_costs(plan, schedule(plan))
    assert report.task_cost[2] == pytest.approx(420.0)


@pytest.mark.parametrize(
    ("accrual", "pct", "expected"),
    [
        (CostAccrual.START, 10.0, 1000.0),
        (CostAccrual.START, 0.0, 0.0),
        (CostAccrual.PRORATED, 25.0, 250.0),
        (CostAccrual.END, 99.0, 0.0),
        (CostAccrual.END, 100.0, 1000.0),
    ],
)
def test_fixed_cost_accrues_into_actual_cost(accrual, pct, expected):
    plan = _plan()
    t = plan.task(3)
    plan.update_task(
        Task(
            3,
            t.name,
            2,
            t.duration_minutes,
            fixed_cost=1000.0,
            fixed_cost_accrual=accrual,
            percent_complete=pct,
        )
    )
    report = compute_costs(plan, schedule(plan))
    assert report.task_actual_cost[3] == pytest.approx(expected)
    assert report.task_actual_cost[1] == pytest.approx(expected)


def test_actual_cost_follows_actual_work_or_percent_complete():
    plan = _plan()
    plan.update_task(Task(2, "Design", 2, 5 * 480, percent_complete=50.0))
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 2400))
    plan.add_assignment(Assignment(2, 2, 2, 1.0, 2400, actual_work_minutes=600))
    report = compute_costs(plan, schedule(plan))
    # Ben's actual work as entered; beside it Ana's 0 is none done (s21aw), as MS Project
    # keeps each person's own: not her share of the 50 %
    assert report.assignments[1].actual_cost == 0.0
    assert report.assignments[2].actual_cost == pytest.approx(10 * 80.0 + 100.0)
    plan.update_assignment(replace(plan.assignment(2), actual_work_minutes=0))
    report = compute_costs(plan, schedule(plan))  # nobody's entered: both follow the 50 %
    assert report.assignments[1].actual_cost == pytest.approx(20 * 50.0)
    assert report.assignments[2].actual_cost == pytest.approx(20 * 80.0 + 100.0)
    assert report.remaining_cost(2) == pytest.approx(
        report.task_cost[2] - report.task_actual_cost[2]
    )


def test_budget_is_baseline_zero_and_variance_is_forecast_minus_budget():
    plan = _plan()
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 2400))
    plan.set_baseline(
        Baseline(
            0,
            MON,
            (BaselineEntry(1, None, None, cost=2500.0), BaselineEntry(2, None, None, cost=1500.0)),
        )
    )
    report = compute_costs(plan, schedule(plan))
    assert report.budget == pytest.approx(2500.0)
    assert report.variance(2) == pytest.approx(500.0)
    assert report.variance(3) is None


def test_currency_comes_from_the_project():
    plan = _plan()
    plan.set_project(Project(start=MON, currency="USD", currency_symbol="$"))
    assert compute_costs(plan, schedule(plan)).currency == "USD"


def test_overlapping_full_time_assignments_overallocate():
    plan = _plan()
    plan.remove_link(2, 3)
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 2400))
    plan.add_assignment(Assignment(2, 3, 1, 1.0, 4800))
    plan.add_assignment(Assignment(3, 3, 2, 1.0, 4800))
    report = compute_costs(plan, schedule(plan))
    assert report.overallocated == {1}


def test_inactive_task_keeps_its_cost_but_counts_nowhere_else():
    plan = _plan()
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 2400))
    plan.add_assignment(Assignment(2, 3, 1, 1.0, 4800))
    t = plan.task(3)
    plan.update_task(Task(3, t.name, 2, t.duration_minutes, active=False, fixed_cost=1000.0))
    report = compute_costs(plan, schedule(plan))
    assert report.task_cost[3] == pytest.approx(80 * 50.0 + 1000.0)
    assert report.task_cost[1] == pytest.approx(2000.0)
    assert report.total_cost == pytest.approx(2000.0)
    assert report.resource_work_minutes[1] == 2400
