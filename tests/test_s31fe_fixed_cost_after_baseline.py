"""A fixed cost typed after the baseline moves only the actual cost, never BCWS nor BCWP.

The reviewer's case (s31rv #1): the demo's 'Mobile app configuration' (UID 26), baselined
at 3,600 with no fixed cost, 20 % done on 2027-03-15: BCWS 720, BCWP 720. A project manager
adds a 1,000 fixed cost accrued at Start. MS Project's BCWP is % complete of the timephased
baseline cost, and the baseline holds no fixed cost: BCWS and BCWP stay 720, only ACWP
(1,720) follows. They went to 1,346.09: the baseline's 3,600 was laid with today's share
of the fixed cost (1,000 / 4,600 at Start), for every baseline that keeps no fixed-cost
accrual (each of the demo's, each read from MS Project XML), and the .xml written back
carried those values.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from app.domain.costs import compute_costs
from app.domain.earned_value import EarnedValue, earned_value, s_curve
from app.domain.plan import Plan
from app.domain.scheduler import schedule
from app.domain.task import CostAccrual
from app.domain.tracking import end_of_day, update_progress
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from app.store.document import read_plan

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"
MOBILE = 26  # 'Mobile app configuration'


def _updated_demo() -> tuple[Plan, datetime]:
    """The demo updated through 2027-03-15 (Update Project), and that status date."""
    plan = read_plan(DEMO)
    s = schedule(plan)
    status = end_of_day(plan, date(2027, 3, 15))
    for update in update_progress(plan, s, status):
        task = plan.task(update.uid)
        plan.update_task(replace(task, **update.changes(task)))  # type: ignore[arg-type]
    return plan, status


def _add_fixed_cost(
    plan: Plan, uid: int = MOBILE, accrual: CostAccrual = CostAccrual.START
) -> None:
    task = plan.task(uid)
    plan.update_task(replace(task, fixed_cost=1000.0, fixed_cost_accrual=accrual))


def _values(plan: Plan, status: datetime) -> dict[int, EarnedValue]:
    s = schedule(plan)
    return earned_value(plan, s, compute_costs(plan, s), status)


def _curve(plan: Plan, status: datetime) -> tuple[float, float]:
    s = schedule(plan)
    curve = s_curve(plan, s, compute_costs(plan, s), status)
    return curve.pv[-1], curve.ev[-1]


@pytest.mark.parametrize("accrual", list(CostAccrual), ids=lambda a: a.name)
def test_s31fe_demo_baseline_is_what_earned_value_lays(accrual: CostAccrual):
    plan, status = _updated_demo()
    before = _values(plan, status)[MOBILE]
    assert (before.bac, before.pv, before.ev, before.ac) == pytest.approx((3600, 720, 720, 720))
    curve_before = _curve(plan, status)
    _add_fixed_cost(plan, accrual=accrual)
    after = _values(plan, status)[MOBILE]
    assert after.bac == pytest.approx(3600.0)
    # today's cost moves the actual cost: all of it at Start, 20 % prorated, none at End
    spent = {CostAccrual.START: 1720.0, CostAccrual.PRORATED: 920.0, CostAccrual.END: 720.0}
    assert after.ac == pytest.approx(spent[accrual])
    assert after.cost == pytest.approx(4600.0)
    assert after.pv == pytest.approx(720.0)
    assert after.ev == pytest.approx(720.0)
    assert _curve(plan, status) == pytest.approx(curve_before)  # the S-curve's project totals


def test_s31fe_other_tasks_do_not_move_either():
    plan, status = _updated_demo()
    before = {uid: (v.pv, v.ev) for uid, v in _values(plan, status).items() if uid != MOBILE}
    _add_fixed_cost(plan)
    after = _values(plan, status)
    for uid, figures in before.items():
        if not plan.is_summary(uid):
            assert (after[uid].pv, after[uid].ev) == pytest.approx(figures), uid


def _bcw(text: str, uid: int) -> tuple[str, str]:
    block = re.search(rf"<Task>\s*<UID>{uid}</UID>.*?</Task>", text, re.S)
    assert block is not None
    body = re.sub(r"<Baseline>.*?</Baseline>", "", block.group(0), flags=re.S)
    bcws = re.search(r"<BCWS>([^<]*)</BCWS>", body)
    bcwp = re.search(r"<BCWP>([^<]*)</BCWP>", body)
    assert bcws is not None
    assert bcwp is not None
    return bcws.group(1), bcwp.group(1)


def test_s31fe_plan_read_from_ms_project_xml(tmp_path):
    # the demo written to .xml, read back (its baselines keep no fixed-cost accrual, as
    # every MS Project file's), given the fixed cost there, and written again
    plan, status = _updated_demo()
    plan.project = replace(plan.project, status_date=status)
    first = tmp_path / "ev.xml"
    write_mspdi(plan, first)
    read = read_mspdi(first)
    assert all(e.fixed_cost_accrual is None for e in read.baselines[0].entries)
    _add_fixed_cost(read)
    after = _values(read, status)[MOBILE]
    assert (after.bac, after.pv, after.ev, after.ac) == pytest.approx((3600, 720, 720, 1720))
    again = tmp_path / "ev_fc.xml"
    write_mspdi(read, again)
    # MS Project XML keeps money in cents
    assert _bcw(again.read_text(encoding="utf-8"), MOBILE) == ("72000.00", "72000.00")
