"""Earned value counts what the cost columns count, as MS Project does: a summary's own fixed
cost and its own assignments once in Actual and in AC (and their baseline share in PV and EV);
an inactive task nowhere above its own row."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.baselines import snapshot
from app.domain.cost_earned import EarnedValueBook
from app.domain.costs import compute_costs
from app.domain.earned_value import earned_value, project_earned_value, s_curve
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.scheduler import schedule
from app.domain.task import Task

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480
STATUS = datetime(2026, 1, 14, 17, 0)  # 8 of the phase's 10 working days gone


def _plan(*, inactive_optional: bool = True) -> Plan:
    """Phase (fixed cost 1,000 prorated, a 500 permit of its own) over Design and Build
    (Ana 100/h, 5 days each) and Optional (Ana, 5 days, switched off)."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Phase", 1, fixed_cost=1000.0))
    plan.append_task(Task(2, "Design", 2, duration_minutes=5 * DAY))
    plan.append_task(Task(3, "Build", 2, duration_minutes=5 * DAY))
    plan.append_task(Task(4, "Optional", 2, duration_minutes=5 * DAY, active=not inactive_optional))
    plan.add_link(Link(2, 3))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_resource(Resource(2, "Permit", type=ResourceType.COST))
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 3, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(3, 4, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(4, 1, 2, 1.0, 0, cost=500.0))
    s = schedule(plan)
    plan.set_baseline(snapshot(plan, s, compute_costs(plan, s), 0, MON))
    plan.update_task(replace(plan.task(2), percent_complete=100.0, actual_start=MON))
    plan.update_task(replace(plan.task(3), percent_complete=20.0))
    plan.update_task(replace(plan.task(4), percent_complete=50.0))
    plan.update_task(replace(plan.task(1), percent_complete=60.0))
    return plan


def _figures(plan: Plan):
    s = schedule(plan)
    costs = compute_costs(plan, s)
    return s, costs, earned_value(plan, s, costs, STATUS)


def test_a_summarys_own_costs_count_once_in_actual_and_in_ac():
    plan = _plan()
    _, costs, ev = _figures(plan)
    # Design 4,000 + Build 800 + the phase's own 60 %: fixed 600, permit 300.
    assert costs.task_actual_cost[1] == pytest.approx(5700.0)
    assert ev[1].ac == costs.task_actual_cost[1]
    assert ev[1].bac == pytest.approx(9500.0)  # 4,000 + 4,000 + 1,000 + 500
    # Earned: 4,000 + 800, and 60 % of the phase's own 1,500.
    assert ev[1].ev == pytest.approx(5700.0)
    # Planned: 4,000 + 3 of Build's 5 days, and 8 of the phase's 10 days of its own 1,500.
    assert ev[1].pv == pytest.approx(4000.0 + 2400.0 + 1200.0)
    assert ev[1].cv == pytest.approx(0.0)  # on budget: what was spent was earned
    assert project_earned_value(plan, ev) == ev[1]


def test_an_inactive_subtask_counts_in_no_summary():
    plan = _plan()
    _, costs, ev = _figures(plan)
    assert ev[4].ev == pytest.approx(2000.0)  # its own row keeps its figures, as its cost does
    assert costs.task_cost[1] == pytest.approx(4000.0 + 4000.0 + 1500.0)
    assert ev[1].ev == pytest.approx(5700.0)
    assert ev[1].ac == costs.task_actual_cost[1]


def _no_own_costs(plan: Plan) -> Plan:
    """The phase without costs of its own (whose accrual follows its rolled-up %)."""
    plan.update_task(replace(plan.task(1), fixed_cost=0.0))
    plan.remove_assignment(4)
    return plan


def test_switching_a_subtask_off_takes_it_out_of_the_summarys_earned_value():
    on = _figures(_no_own_costs(_plan(inactive_optional=False)))[2]
    plan = _no_own_costs(_plan(inactive_optional=False))
    plan.update_task(replace(plan.task(4), active=False))
    off = _figures(plan)[2]
    assert on[1].ev - off[1].ev == pytest.approx(on[4].ev)
    assert on[1].pv - off[1].pv == pytest.approx(on[4].pv)
    assert on[1].ac - off[1].ac == pytest.approx(on[4].ac)


def test_an_inactive_top_level_task_is_not_in_the_project_figures():
    plan = _plan()
    plan.append_task(Task(5, "Spare", 1, duration_minutes=2 * DAY, fixed_cost=700.0))
    plan.update_task(replace(plan.task(5), percent_complete=100.0, active=False))
    s, costs, _ = _figures(plan)
    plan.set_baseline(snapshot(plan, s, costs, 0, MON))  # Spare has a budget of its own
    s, costs, ev = _figures(plan)
    total = project_earned_value(plan, ev)
    assert total.ac == costs.total_actual_cost
    assert (total.pv, total.ev, total.ac, total.cost) == (ev[1].pv, ev[1].ev, ev[1].ac, ev[1].cost)
    # Its budget stays in the project's, as the Budget card sums it: VAC = Budget - EAC.
    assert costs.budget == pytest.approx(ev[1].bac + 700.0)
    assert total.bac == pytest.approx(costs.budget)
    assert total.vac == pytest.approx(costs.budget - total.eac)


def test_the_s_curve_ends_at_the_tables_figures():
    plan = _plan()
    s, costs, ev = _figures(plan)
    curve = s_curve(plan, s, costs, STATUS, step_days=1)
    total = project_earned_value(plan, ev)
    assert curve.ev[-1] == pytest.approx(total.ev)
    assert curve.ac[-1] == pytest.approx(total.ac)
    assert curve.pv[curve.dates.index(STATUS.date())] == pytest.approx(total.pv)
    assert curve.pv[-1] == pytest.approx(total.bac)


def test_the_kept_book_agrees_after_switching_tasks_off_and_on():
    plan = _plan(inactive_optional=False)
    book = EarnedValueBook(plan)
    s, costs, _ = _figures(plan)
    book.update(s, costs, STATUS)
    for uid, active in ((4, False), (2, False), (2, True), (4, True)):
        plan.update_task(replace(plan.task(uid), active=active))
        s, costs, expected = _figures(plan)
        got, _ = book.update(s, costs, STATUS)
        assert got == expected
    plan.update_task(replace(plan.task(1), fixed_cost=2500.0))
    s, costs, expected = _figures(plan)
    got, _ = book.update(s, costs, STATUS)
    assert got == expected
    assert got[1].ac == costs.task_actual_cost[1]


def test_a_phase_accrues_its_own_costs_by_its_rolled_up_percent_complete():
    """The sheet shows a phase's % complete from its subtasks (it cannot be typed); MS
    Project accrues the phase's own fixed cost and people by it. Stored 0 %, the phase's
    own 1,500 never showed as spent however far its tasks went."""
    plan = _plan()
    plan.update_task(replace(plan.task(1), percent_complete=0.0))  # as Gantry leaves a phase
    s, costs, ev = _figures(plan)
    rolled = s.get(1).percent_complete  # Design 100 %, Build 20 %: 60 %
    assert rolled == pytest.approx(60.0)
    assert costs.task_actual_cost[1] == pytest.approx(4000.0 + 800.0 + 1500.0 * 0.6)
    assert ev[1].ev == pytest.approx(4000.0 + 800.0 + 1500.0 * 0.6)
    assert ev[1].ac == costs.task_actual_cost[1]
    assert ev[1].cv == pytest.approx(0.0)


def test_the_s_curve_earns_a_phases_own_share_by_its_rolled_up_percent():
    plan = _plan()
    plan.update_task(replace(plan.task(1), percent_complete=0.0))  # as Gantry leaves a phase
    s, costs, ev = _figures(plan)
    curve = s_curve(plan, s, costs, STATUS, step_days=1)
    total = project_earned_value(plan, ev)
    assert curve.ev[-1] == pytest.approx(total.ev)
    assert curve.ac[-1] == pytest.approx(total.ac)
