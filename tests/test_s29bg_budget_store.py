"""Budget resources survive a .gantry save (schema v44), a workbook's snapshot, and a v43
plan opens with none; gantry diff names a changed budget."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

from app.cli import main
from app.domain.plan import Plan
from app.domain.resource import Resource, ResourceType
from app.formats import not_kept, read_plan, write_plan
from app.io.plan_snapshot import plan_from_json, plan_to_json
from app.store.migrations import MIGRATIONS

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "crm-rollout.gantry"


def _with_budget(plan: Plan, cost: float = 250_000.0) -> Plan:
    uid = plan.next_resource_uid()
    plan.add_resource(
        Resource(uid, "Capex budget", type=ResourceType.COST, is_budget=True, budget_cost=cost)
    )
    plan.add_resource(
        Resource(uid + 1, "Effort budget", is_budget=True, budget_work_minutes=3000 * 60)
    )
    return plan


def _budgets(plan: Plan) -> list[tuple[str, bool, float, int]]:
    return [
        (r.name, r.is_budget, r.budget_cost, r.budget_work_minutes)
        for r in plan.resources
        if r.is_budget
    ]


def test_s29bg_gantry_file_keeps_budget_resources(tmp_path):
    plan = _with_budget(read_plan(DEMO))
    out = tmp_path / "b.gantry"
    write_plan(plan, out)
    again = read_plan(out)
    assert _budgets(again) == [
        ("Capex budget", True, 250_000.0, 0),
        ("Effort budget", True, 0.0, 180_000),
    ]
    assert _budgets(plan_from_json(plan_to_json(plan))) == _budgets(plan)


def test_s29bg_a_v43_plan_has_no_budget_resources(tmp_path):
    old = tmp_path / "old.gantry"
    shutil.copy(DEMO, old)
    with sqlite3.connect(old) as conn:
        conn.execute("PRAGMA user_version = 43")
        for column in ("is_budget", "budget_cost", "budget_work_minutes"):
            conn.execute(f"ALTER TABLE resources DROP COLUMN {column}")
    assert 44 in MIGRATIONS
    plan = read_plan(old)
    assert plan.resources
    assert not any(r.is_budget for r in plan.resources)


def test_s29bg_diff_names_a_changed_budget(tmp_path, capsys):
    before, after = tmp_path / "a.gantry", tmp_path / "b.gantry"
    plan = _with_budget(read_plan(DEMO))
    write_plan(plan, before)
    capex = next(r for r in plan.resources if r.name == "Capex budget")
    plan.update_resource(replace(capex, budget_cost=275_000.0))
    write_plan(plan, after)
    main(["diff", str(before), str(after)])
    text = capsys.readouterr().out
    assert "'Capex budget': Budget Cost €250,000.00 -> €275,000.00" in text


def test_s29bg_client_workbook_keeps_budget_resources(tmp_path):
    plan = _with_budget(read_plan(DEMO))
    out = tmp_path / "b.xlsx"
    write_plan(plan, out)
    assert _budgets(read_plan(out)) == _budgets(plan)


def test_s29bg_a_gan_save_says_budget_resources_are_not_kept(tmp_path):
    plan = _with_budget(read_plan(DEMO))
    write_plan(plan, tmp_path / "b.gan")
    lines = [line for line in not_kept(plan, ".gan") if "budget resources" in line]
    assert lines == [
        ".gan keeps no budget resources: 'Capex budget' and 1 more saved as ordinary "
        "resources, without their Budget Cost or Budget Work (.gantry, .xml and .xlsx keep them)"
    ]
    assert not any("budget resources" in line for line in not_kept(plan, ".xml"))
    assert not any("budget resources" in line for line in not_kept(plan, ".xlsx"))
