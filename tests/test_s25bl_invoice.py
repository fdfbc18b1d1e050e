"""The monthly invoice from the plan comes out as MS Project's (task s25bl, faults of s25x2).

The engagement is tests/test_s25xb_billing_costs.py's: Interviews (task 3) is Ana's
40 h with 8 h of overtime (€100 / €150), Architecture (task 6) her 120 h from 15 March
crossing her raise to €110 on 1 April (104 h before, 16 h after).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.resource import Resource
from tests.test_s25xb_billing_costs import _costs, _engagement


def _with_task(plan, uid: int, **changes):
    i = next(k for k, t in enumerate(plan.tasks) if t.uid == uid)
    plan.tasks[i] = replace(plan.tasks[i], **changes)
    return plan


def _with_assignment(plan, uid: int, **changes):
    a = plan.assignment(uid)
    plan.assignments[plan.assignments.index(a)] = replace(a, **changes)
    return plan


def _without_rate_tables(plan):
    """Ana with one rate for all time: costs.py's fast path prices her."""
    i = next(k for k, r in enumerate(plan.resources) if r.uid == 1)
    ana: Resource = plan.resources[i]
    plan.resources[i] = replace(ana, rate_tables=())
    return plan


@pytest.mark.parametrize("one_rate", [False, True], ids=["rate-table", "fast-path"])
def test_s25bl_finished_overtime_is_billed_at_the_overtime_rate(one_rate):
    plan = _with_task(_engagement(), 3, percent_complete=100.0)
    plan = _without_rate_tables(plan) if one_rate else plan
    costs = _costs(plan)
    ac = costs.assignments[3]
    assert ac.cost == pytest.approx(32 * 100 + 8 * 150)
    assert ac.actual_cost == pytest.approx(4400.0)  # was €4,000: €400 "remaining"
    assert costs.task_cost[3] - costs.task_actual_cost[3] == pytest.approx(0.0)


@pytest.mark.parametrize("one_rate", [False, True], ids=["rate-table", "fast-path"])
def test_s25bl_half_done_pays_half_the_overtime(one_rate):
    """MS Project: Actual Overtime Work = Overtime Work x % work complete (4 h of 8)."""
    plan = _with_task(_engagement(), 3, percent_complete=50.0)
    plan = _without_rate_tables(plan) if one_rate else plan
    assert _costs(plan).assignments[3].actual_cost == pytest.approx(16 * 100 + 4 * 150)


def test_s25bl_actual_work_typed_spreads_the_overtime_too():
    plan = _with_assignment(_engagement(), 3, actual_work_minutes=30 * 60)  # 75 % of 40 h
    assert _costs(plan).assignments[3].actual_cost == pytest.approx(24 * 100 + 6 * 150)


def test_s25bl_a_stored_actual_overtime_is_kept():
    """A file's ActualOvertimeWork (MS Project wrote it) is the figure, not the share."""
    plan = _with_assignment(
        _engagement(), 3, actual_work_minutes=20 * 60, actual_overtime_work_minutes=8 * 60
    )
    assert _costs(plan).assignments[3].actual_cost == pytest.approx(12 * 100 + 8 * 150)


def _architecture_cost(plan, scale):
    from app.domain.usage_detail_rows import Detail
    from tests.test_s22us_usage_peak import details_of, top_row

    tree, details, _ = details_of(plan, scale, by_task=True)
    return details.values(top_row(tree, "Architecture"), Detail.COST)


def test_s25bl_a_week_across_the_raise_pays_each_day_its_rate():
    """Week of Mon 29 March: 3 days at €100, Thu 1 and Fri 2 April at €110."""
    from app.domain.usage import Scale

    cost = _architecture_cost(_engagement(), Scale.WEEKS)
    assert cost[2:5].tolist() == pytest.approx([40 * 100, 40 * 100, 24 * 100 + 16 * 110])
    assert cost.sum() == pytest.approx(_costs(_engagement()).task_cost[6])


def test_s25bl_overtime_after_the_raise_pays_the_new_overtime_rate():
    """120h with 24h overtime: each month's hours are 4/5 regular, 1/5 overtime, at that
    month's rates (€100/€150 in March, €110/€165 in April)."""
    from app.domain.usage import Scale

    plan = _with_assignment(_engagement(), 7, overtime_work_minutes=24 * 60)
    cost = _architecture_cost(plan, Scale.MONTHS)
    total = _costs(plan).task_cost[6]
    rates = (0.8 * 100 + 0.2 * 150, 0.8 * 110 + 0.2 * 165)
    priced = [h * r for h, r in zip(_architecture_work(plan), rates, strict=True)]
    assert cost[:2].tolist() == pytest.approx([total * p / sum(priced) for p in priced])
    assert cost.sum() == pytest.approx(total)


def _architecture_work(plan):
    from app.domain.usage import Scale
    from app.domain.usage_detail_rows import Detail
    from tests.test_s22us_usage_peak import details_of, top_row

    tree, details, _ = details_of(plan, Scale.MONTHS, by_task=True)
    return (details.values(top_row(tree, "Architecture"), Detail.WORK)[:2] / 60).tolist()


def test_s25bl_gantry_usage_bills_march_and_april_at_their_rates(tmp_path, capsys):
    from app.cli import main
    from app.store.document import write_new_file

    path = tmp_path / "engagement.gantry"
    write_new_file(path, _engagement())
    out = tmp_path / "usage.csv"
    assert main(["usage", str(path), "--tasks", "--by", "month", "--details", "cost"]) == 0
    shown = capsys.readouterr().out
    assert "10,400" in shown
    assert "1,760" in shown
    assert "10,538" not in shown
    argv = ["usage", str(path), "--tasks", "--by", "month", "--details", "cost", "--csv", str(out)]
    assert main(argv) == 0
    rows = out.read_text(encoding="utf-8-sig").splitlines()
    assert any("10400" in r and "1760" in r for r in rows), rows
