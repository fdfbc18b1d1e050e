"""Cash Flow with a summary's Baseline Cost typed: the Baseline column's Total is the Budget
(the summaries' typed baselines), and the Baseline cumulative row, which spreads the tasks'
own baselines, says so by its name when the two differ."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

from app.cli import main
from app.domain.baseline import Baseline
from app.domain.cash_flow import CashPeriod, cash_flow
from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.scheduler import schedule
from app.formats import read_plan, write_plan

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"


def _typed(plan: Plan, costs: dict[int, float]) -> None:
    base = plan.baselines[0]
    entries = tuple(
        replace(e, cost=costs[e.task_uid]) if e.task_uid in costs else e for e in base.entries
    )
    plan.baselines[0] = Baseline(base.index, base.saved_at, entries, base.name)


def _summary_typed() -> tuple[Plan, int]:
    plan = read_plan(DEMO)
    top = next(t for t in plan.tasks if t.outline_level == 1)
    _typed(plan, {top.uid: 999.0})
    return plan, top.uid


def _flow(plan: Plan):
    sched = schedule(plan)
    costs = compute_costs(plan, sched)
    return cash_flow(plan, sched, costs, CashPeriod.MONTH), costs


def test_s26wx_untouched_baseline_total_and_cumulative_agree():
    flow, costs = _flow(read_plan(DEMO))
    assert flow.baseline_total == costs.budget
    assert flow.baseline_cumulative is not None
    assert abs(flow.baseline_cumulative[-1] - costs.budget) < 0.01
    assert not flow.baseline_by_tasks
    assert flow.baseline_cumulative_label == "Baseline cumulative"


def test_s26wx_typed_summary_baseline_labels_the_cumulative_row():
    plan, top = _summary_typed()
    flow, costs = _flow(plan)
    assert flow.baseline_total == costs.budget  # as gantry info's Budget
    row = next(r for r in flow.rows if r.uid == top)
    assert row.baseline == 999.0
    assert flow.baseline_spread_total is not None
    assert flow.baseline_cumulative is not None
    assert abs(flow.baseline_cumulative[-1] - flow.baseline_spread_total) < 0.01
    assert abs(flow.baseline_spread_total - flow.baseline_total) > 1.0
    assert flow.baseline_by_tasks
    assert flow.baseline_cumulative_label == "Baseline cumulative (tasks' own baselines)"


def test_s26wx_cash_flow_csv_names_the_tasks_own_row(tmp_path, capsys):
    plan, _top = _summary_typed()
    typed = tmp_path / "typed.gantry"
    write_plan(plan, typed)
    out = tmp_path / "cf.csv"
    assert main(["report", str(typed), str(out), "--cash-flow"]) == 0
    capsys.readouterr()
    with out.open(encoding="utf-8-sig", newline="") as f:
        names = [row[2] for row in csv.reader(f) if len(row) > 2]
    assert "Baseline cumulative (tasks' own baselines)" in names
    assert "Baseline cumulative" not in names
