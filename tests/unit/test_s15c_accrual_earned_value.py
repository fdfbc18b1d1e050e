"""Planned and earned value follow Accrue At and Fixed Cost Accrual, as MS Project's timephased
cost does: a person accruing at Start plans (and earns, once the task has started) their
whole cost at the task's start, at End at its finish (earned once it is finished); a fixed
cost likewise. PV and EV used to spread every cost evenly while the actual cost (5871ebd)
already followed the accrual, so CPI and SV read wrong for such people."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.baselines import snapshot
from app.domain.cost_earned import EarnedValueBook
from app.domain.costs import compute_costs
from app.domain.earned_value import earned_value, project_earned_value, s_curve
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import CostAccrual, Task

MON = datetime(2026, 1, 5, 8, 0)
TUE_EVENING = datetime(2026, 1, 6, 18, 0)  # half of a Mon-Thu task's working time
FRI = datetime(2026, 1, 9, 12, 0)  # after its finish (Thu 17:00)
DAY = 480


def _plan(accrue: CostAccrual = CostAccrual.PRORATED, fixed: float = 0.0, fixed_at=None) -> Plan:
    """Build: 4 days, Ana at 100/h (3,200), an optional fixed cost; baseline 0 saved."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(
        Task(
            1,
            "Build",
            1,
            duration_minutes=4 * DAY,
            fixed_cost=fixed,
            fixed_cost_accrual=fixed_at or CostAccrual.PRORATED,
        )
    )
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0, accrue_at=accrue))
    plan.add_assignment(Assignment(1, 1, 1, 1.0))
    s = schedule(plan)
    plan.set_baseline(snapshot(plan, s, compute_costs(plan, s), 0, MON))
    return plan


def _ev(plan: Plan, status: datetime):
    s = schedule(plan)
    return earned_value(plan, s, compute_costs(plan, s), status)[1]


def _progress(plan: Plan, pct: float) -> Plan:
    plan.update_task(replace(plan.task(1), percent_complete=pct, actual_start=MON))
    return plan


def test_prorated_spreads_as_before() -> None:
    assert _ev(_plan(), TUE_EVENING).pv == pytest.approx(1600.0)
    assert _ev(_progress(_plan(), 50.0), TUE_EVENING).ev == pytest.approx(1600.0)


def test_accrued_at_start_is_planned_whole_at_the_start_and_earned_once_started() -> None:
    plan = _plan(CostAccrual.START)
    assert _ev(plan, datetime(2026, 1, 2, 17, 0)).pv == 0.0  # before the start
    assert _ev(plan, TUE_EVENING).pv == pytest.approx(3200.0)
    value = _ev(_progress(plan, 25.0), TUE_EVENING)
    assert value.ev == pytest.approx(3200.0)
    assert value.ac == pytest.approx(3200.0)  # its actual cost accrues the same way
    assert value.cpi == pytest.approx(1.0)
    assert value.spi == pytest.approx(1.0)


def test_accrued_at_end_is_planned_at_the_finish_and_earned_once_finished() -> None:
    plan = _plan(CostAccrual.END)
    assert _ev(plan, TUE_EVENING).pv == 0.0
    assert _ev(plan, FRI).pv == pytest.approx(3200.0)
    assert _ev(_progress(plan, 50.0), TUE_EVENING).ev == 0.0
    done = _ev(_progress(plan, 100.0), FRI)
    assert (done.ev, done.ac) == (pytest.approx(3200.0), pytest.approx(3200.0))


def test_a_fixed_cost_follows_its_accrual_beside_a_prorated_person() -> None:
    start = _plan(fixed=800.0, fixed_at=CostAccrual.START)
    assert _ev(start, TUE_EVENING).pv == pytest.approx(800.0 + 1600.0)
    end = _plan(fixed=800.0, fixed_at=CostAccrual.END)
    assert _ev(end, TUE_EVENING).pv == pytest.approx(1600.0)
    assert _ev(end, FRI).pv == pytest.approx(4000.0)
    half = _ev(_progress(end, 50.0), TUE_EVENING)
    assert half.ev == pytest.approx(1600.0)  # the fixed cost is earned at the end only
    assert half.ac == pytest.approx(1600.0)  # as fixed_cost_actual accrues it


@pytest.mark.parametrize("accrue", list(CostAccrual))
def test_the_s_curve_ends_where_the_table_does(accrue) -> None:
    plan = _progress(_plan(accrue, fixed=400.0, fixed_at=CostAccrual.END), 50.0)
    s = schedule(plan)
    costs = compute_costs(plan, s)
    table = project_earned_value(plan, earned_value(plan, s, costs, TUE_EVENING))
    curve = s_curve(plan, s, costs, TUE_EVENING, step_days=1)
    at = curve.dates.index(TUE_EVENING.date())
    assert curve.pv[at] == pytest.approx(table.pv)
    assert curve.ev[-1] == pytest.approx(table.ev)
    assert curve.ac[-1] == pytest.approx(table.ac)
    assert curve.pv[-1] == pytest.approx(table.bac)


def test_the_budget_tabs_book_follows_an_accrue_at_changed() -> None:
    plan = _progress(_plan(), 50.0)
    book = EarnedValueBook(plan)
    s = schedule(plan)
    before, _ = book.update(s, compute_costs(plan, s), TUE_EVENING)
    assert before[1].ev == pytest.approx(1600.0)
    plan.update_resource(replace(plan.resource(1), accrue_at=CostAccrual.START))
    s = schedule(plan)
    costs = compute_costs(plan, s)
    after, reshaped = book.update(s, costs, TUE_EVENING)
    assert not reshaped
    assert after == earned_value(plan, s, costs, TUE_EVENING)
    assert after[1].ev == pytest.approx(3200.0)


def test_on_the_s_curve_a_start_accrual_is_earned_and_spent_on_the_first_day() -> None:
    def first_day(accrue: CostAccrual) -> tuple[float, float]:
        plan = _progress(_plan(accrue), 25.0)
        s = schedule(plan)
        curve = s_curve(plan, s, compute_costs(plan, s), TUE_EVENING, step_days=1)
        at = curve.ev_dates.index(MON.date())
        return curve.ev[at], curve.ac[at]

    assert first_day(CostAccrual.START) == (pytest.approx(3200.0), pytest.approx(3200.0))
    # 25 % of Mon-Thu is Monday's work: all 800 of it done by Monday evening (s20ev)
    ev, ac = first_day(CostAccrual.PRORATED)
    assert ev == pytest.approx(800.0)
    assert ac == pytest.approx(800.0)
