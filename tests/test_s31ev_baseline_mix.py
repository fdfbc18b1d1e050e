"""Earned value splits a task's budget as its baseline did, whatever the task costs now.

A finance controller's case (s31xf): Build, 10 days of Ben at $50/h with a $200 cost per
use, and a $3,000 fixed cost accrued at the end: $7,200 baselined, half done. MS Project's
BCWP is % complete of the timephased baseline cost: the $200 at the start, half of the
$4,000 of work, none of the fixed cost yet: $2,200. It used to move when only today's
cost moved (a fixed cost typed -500, more remaining work, a raise), because the shares
were taken from the current cost; and an MS Project XML round trip changed it again.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from app.domain.baselines import snapshot
from app.domain.calendar import standard_calendar
from app.domain.costs import compute_costs
from app.domain.earned_value import EarnedValue, earned_value, s_curve
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import CostAccrual, Task
from app.domain.tracking import end_of_day, update_progress
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from app.store.document import read_plan

MON = datetime(2027, 1, 4, 8)
STATUS = datetime(2027, 3, 1, 17)  # after all the work, however long it grew
DAY = 480
DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"


def _plan() -> Plan:
    """Build baselined at $7,200 (200 per use, 4,000 of work, 3,000 fixed at End), half done."""
    plan = Plan(project=Project(name="Build", start=MON), calendars={1: standard_calendar()})
    plan.append_task(
        Task(
            1,
            "Build",
            1,
            duration_minutes=10 * DAY,
            fixed_cost=3000.0,
            fixed_cost_accrual=CostAccrual.END,
        )
    )
    plan.add_resource(Resource(1, "Ben", standard_rate=50.0, cost_per_use=200.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 80 * 60))
    s = schedule(plan)
    plan.set_baseline(snapshot(plan, s, compute_costs(plan, s), 0, MON))
    plan.update_task(replace(plan.task(1), percent_complete=50.0, actual_start=MON))
    return plan


def _build(plan: Plan) -> EarnedValue:
    s = schedule(plan)
    return earned_value(plan, s, compute_costs(plan, s), STATUS)[1]


def _curve_ev(plan: Plan) -> float:
    s = schedule(plan)
    return s_curve(plan, s, compute_costs(plan, s), STATUS).ev[-1]


def test_s31ev_half_done_earns_the_per_use_and_half_the_work():
    figures = _build(_plan())
    assert figures.bac == pytest.approx(7200.0)
    assert figures.ev == pytest.approx(200.0 + 2000.0)


def _fixed(amount: float):
    def change(plan: Plan) -> None:
        plan.update_task(replace(plan.task(1), fixed_cost=amount))

    return change


def _more_work(plan: Plan) -> None:
    # Ben's remaining work grows: 120 hours in all, the task runs longer
    plan.update_assignment(replace(plan.assignments[0], work_minutes=120 * 60))


def _raise(plan: Plan) -> None:
    ben = plan.resources[0]
    plan.update_resource(replace(ben, standard_rate=80.0))


def _fixed_at_start(plan: Plan) -> None:
    plan.update_task(replace(plan.task(1), fixed_cost_accrual=CostAccrual.START))


CHANGES = {
    "fixed cost -500": _fixed(-500.0),
    "fixed cost 2,000.25": _fixed(2000.25),
    "fixed cost 0.10": _fixed(0.1),
    "remaining work added": _more_work,
    "rate raised": _raise,
    "fixed cost moved to Start": _fixed_at_start,
}


@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
def test_s31ev_todays_cost_does_not_move_earned_or_planned_value(change):
    before = _build(_plan())
    plan = _plan()
    change(plan)
    after = _build(plan)
    assert (after.cost, after.ac) != (before.cost, before.ac)  # the change did change the cost
    assert after.ev == pytest.approx(2200.0)
    assert after.pv == pytest.approx(before.pv)
    assert _curve_ev(plan) == pytest.approx(after.ev)


def test_s31ev_overrun_forecast_uses_the_baselined_split():
    # the tester's overrun: more work, all of it actual; EAC = AC + (BAC - EV) / CPI
    plan = _plan()
    _more_work(plan)
    figures = _build(plan)
    assert figures.ev == pytest.approx(2200.0)
    cpi = 2200.0 / figures.ac
    assert figures.eac == pytest.approx(figures.ac + (7200.0 - 2200.0) / cpi)


def _figures(plan: Plan, status: datetime) -> dict[int, tuple[float, float, float, float]]:
    s = schedule(plan)
    values = earned_value(plan, s, compute_costs(plan, s), status)
    return {uid: (v.bac, v.pv, v.ev, v.ac) for uid, v in values.items()}


def _round_trip(plan: Plan, tmp_path: Path) -> Plan:
    path = tmp_path / "plan.xml"
    write_mspdi(plan, path)
    return read_mspdi(path)


def _same(before, after) -> None:
    assert after.keys() == before.keys()
    for uid, figures in before.items():
        assert after[uid] == pytest.approx(figures, abs=0.005), uid


def test_s31ev_ms_project_xml_keeps_the_overrun_forecast(tmp_path):
    plan = _plan()
    _more_work(plan)
    _fixed(-500.0)(plan)
    _same(_figures(plan, STATUS), _figures(_round_trip(plan, tmp_path), STATUS))


def test_s31ev_ms_project_xml_keeps_the_demos_earned_value(tmp_path):
    plan = read_plan(DEMO)
    s = schedule(plan)
    status = end_of_day(plan, (s.start + (s.finish - s.start) * 0.4).date())
    for update in update_progress(plan, s, status):  # Update Project through 40 %
        task = plan.task(update.uid)
        plan.update_task(replace(task, **update.changes(task)))  # type: ignore[arg-type]
    before = _figures(plan, status)
    assert any(ev for _, _, ev, _ in before.values())  # the demo has earned something
    _same(before, _figures(_round_trip(plan, tmp_path), status))
