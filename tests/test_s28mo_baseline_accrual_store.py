"""Baseline Fixed Cost Accrual in the .gantry file: Set Baseline's accrual of each task's
fixed cost is kept, an older file's baselines read none (and plan as before), and MS
Project XML, which has no element for it, reads none and writes none."""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime

from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import CostAccrual, Task
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from app.io.plan_snapshot import plan_from_json, plan_to_json
from app.store.document import GantryFile, read_plan, write_plan
from app.store.schema import SCHEMA_VERSION

MON = datetime(2027, 3, 1, 8, 0)


def _plan() -> Plan:
    plan = Plan(project=Project(start=MON))
    accruals = (CostAccrual.START, CostAccrual.END, CostAccrual.PRORATED)
    for uid, accrual in enumerate(accruals, start=1):
        plan.append_task(
            Task(uid, f"T{uid}", 1, 480, fixed_cost=100.0 * uid, fixed_cost_accrual=accrual)
        )
    s = schedule(plan)
    plan.set_baseline(snapshot(plan, s, compute_costs(plan, s), 0, MON))
    return plan


def _saved(plan: Plan) -> dict[int, CostAccrual | None]:
    return {e.task_uid: e.fixed_cost_accrual for e in plan.baselines[0].entries}


SAVED = {1: CostAccrual.START, 2: CostAccrual.END, 3: CostAccrual.PRORATED}


def test_s28mo_the_gantry_file_keeps_baseline_fixed_cost_accrual(tmp_path):
    plan = _plan()
    assert _saved(plan) == SAVED
    path = tmp_path / "kept.gantry"
    write_plan(plan, path)
    assert _saved(read_plan(path)) == SAVED
    assert read_plan(path).baselines == plan.baselines


def test_s28mo_an_older_file_reads_no_accrual_and_is_migrated(tmp_path):
    path = tmp_path / "old.gantry"
    write_plan(_plan(), path)
    with sqlite3.connect(path) as conn:  # as the version before kept it: no column
        conn.execute("ALTER TABLE baseline_entries DROP COLUMN fixed_cost_accrual")
        conn.execute("PRAGMA user_version = 38")  # v39 added the column
    conn.close()
    with GantryFile.open(path) as opened:
        assert set(_saved(opened.plan).values()) == {None}
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        rows = conn.execute("SELECT DISTINCT fixed_cost_accrual FROM baseline_entries")
        assert rows.fetchall() == [(None,)]
    conn.close()


def test_s28mo_the_demo_plan_has_the_column():
    from app.assets import resource_path

    with sqlite3.connect(resource_path("demo", "crm-rollout.gantry")) as conn:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(baseline_entries)")}
    conn.close()
    assert "fixed_cost_accrual" in columns


def test_s28mo_the_workbook_snapshot_carries_the_accrual():
    plan = _plan()
    assert _saved(plan_from_json(plan_to_json(plan))) == SAVED


def test_s28mo_ms_project_xml_has_no_place_for_it(tmp_path):
    plan = _plan()
    out = tmp_path / "plan.xml"
    write_mspdi(plan, out)
    text = out.read_text(encoding="utf-8")
    baselines = re.findall(r"<Baseline>.*?</Baseline>", text, flags=re.DOTALL)
    assert baselines
    assert not any("FixedCostAccrual" in b for b in baselines)
    back = read_mspdi(out)
    assert set(_saved(back).values()) == {None}
    assert {e.fixed_cost for e in back.baselines[0].entries} == {100.0, 200.0, 300.0}
