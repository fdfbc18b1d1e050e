"""The new Leveling Options travel with the plan (.gantry v38, the workbook snapshot); a
v37 plan keeps leveling as it did (minute by minute, cleared first, by hand)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime

from app.domain.leveling_options import LevelingBasis
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import read_plan, write_plan
from app.io.plan_snapshot import plan_from_json, plan_to_json
from app.store.schema import SCHEMA_VERSION

MON = datetime(2026, 1, 5, 8, 0)


def _plan() -> Plan:
    plan = Plan(project=Project(name="Kept", start=MON))
    plan.append_task(Task(1, "Dig", duration_minutes=480))
    chosen = replace(
        plan.project.leveling, basis=LevelingBasis.WEEK, clear_first=False, automatic=True
    )
    plan.project = replace(plan.project, leveling=chosen)
    return plan


def test_s28lo_gantry_file_keeps_basis_clear_and_automatic(tmp_path):
    path = tmp_path / "p.gantry"
    write_plan(_plan(), path)
    back = read_plan(path).project.leveling
    assert (back.basis, back.clear_first, back.automatic) == (LevelingBasis.WEEK, False, True)
    fresh = tmp_path / "new.gantry"
    write_plan(Plan(project=Project(name="New", start=MON)), fresh)
    # a new plan levels Day by Day, as MS Project's (s29lv; it was Minute by Minute)
    assert read_plan(fresh).project.leveling.basis is LevelingBasis.DAY


def test_s28lo_a_v37_plan_levels_minute_by_minute_as_before(tmp_path):
    path = tmp_path / "old.gantry"
    write_plan(_plan(), path)
    with sqlite3.connect(path) as conn:
        for name in ("leveling_basis", "leveling_clear_first", "leveling_automatic"):
            conn.execute(f"ALTER TABLE project DROP COLUMN {name}")
        conn.execute("PRAGMA user_version = 37")
    conn.close()
    options = read_plan(path).project.leveling
    assert (options.basis, options.clear_first, options.automatic) == (
        LevelingBasis.MINUTE,
        True,
        False,
    )
    assert SCHEMA_VERSION >= 38  # v38 brought them


def test_s28lo_the_workbook_snapshot_carries_them():
    back = plan_from_json(plan_to_json(_plan())).project.leveling
    assert (back.basis, back.clear_first, back.automatic) == (LevelingBasis.WEEK, False, True)
