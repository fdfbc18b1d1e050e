"""Cash Flow's 'Baseline cumulative' reaches the baseline's own finish when the plan
finishes before it (a plan moved ahead of its baseline, or descoped): the columns run on
to the later finish, so finance sees the whole planned curve, ending at the Budget."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from app.cli import main

DEMO = Path(__file__).resolve().parents[1] / "resources/demo/crm-rollout.gantry"


def _cash_flow(capsys, path: Path, *extra: str) -> dict:
    capsys.readouterr()
    assert main(["report", str(path), "--cash-flow", "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_baseline_cumulative_runs_to_the_baseline_s_finish(tmp_path, capsys):
    plan = tmp_path / "ahead.gantry"
    shutil.copy(DEMO, plan)
    before = _cash_flow(capsys, plan)
    assert before["baseline_cumulative"][-1] == before["baseline_total"]  # on its baseline
    # the plan moved 3 months earlier; its baseline stays where it was
    assert main(["move", str(plan), "--start", "2026-10-05"]) == 0
    flow = _cash_flow(capsys, plan)
    cumulative = flow["baseline_cumulative"]
    assert len(cumulative) == len(flow["periods"]) == len(flow["totals"])
    assert cumulative[-1] == flow["baseline_total"]  # the whole planned curve, to the Budget
    assert flow["periods"][-1]["finish"] >= before["periods"][-1]["finish"][:7]
    assert flow["cumulative"][-1] == flow["total"]  # the plan's own money is unchanged
    for task in flow["tasks"]:
        assert len(task["costs"]) == len(flow["periods"])
    quarters = _cash_flow(capsys, plan, "--by", "quarter")
    assert quarters["baseline_cumulative"][-1] == quarters["baseline_total"]
