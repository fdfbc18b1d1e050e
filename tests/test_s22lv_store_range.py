"""The plan keeps "Level from … To …" with its other Leveling Options (v25), as MS Project
keeps LevelFromDate/LevelToDate with the project; a v24 file opens leveling the entire
project, after a backup."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

from app.domain.leveling_options import LevelingOptions, LevelingOrder
from app.store.document import GantryFile, read_plan
from app.store.schema import SCHEMA_VERSION
from tests.test_s22lv_scope import _plan

RANGED = LevelingOptions(
    LevelingOrder.ID_ONLY, level_from=date(2026, 1, 12), level_to=date(2026, 1, 16)
)


def test_s22lv_the_range_is_kept_in_the_file(tmp_path) -> None:
    path = tmp_path / "plan.gantry"
    plan = _plan((1, 2, 1, 0))
    plan.set_project(replace(plan.project, leveling=RANGED))
    GantryFile.create(path, plan).close()
    assert read_plan(path).project.leveling == RANGED


def test_s22lv_a_v24_file_opens_leveling_the_entire_project(tmp_path) -> None:
    path = tmp_path / "old.gantry"
    GantryFile.create(path, _plan((1, 2, 1, 0))).close()
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE project DROP COLUMN leveling_from")
    conn.execute("ALTER TABLE project DROP COLUMN leveling_to")
    conn.execute("PRAGMA user_version = 24")
    conn.commit()
    conn.close()
    with GantryFile.open(path) as file:
        assert file.plan.project.leveling == LevelingOptions()
        assert file.plan.project.leveling.entire_project
    assert (tmp_path / "old.gantry.v24.bak").exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 25
    conn.close()
