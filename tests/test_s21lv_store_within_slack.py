"""The plan keeps "Level only within available slack" with its other Leveling Options (v24),
and a v23 file opens with it off (MS Project's default), after a backup."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from app.cli import main
from app.domain.leveling import LevelingOptions, LevelingOrder
from app.store.document import GantryFile, read_plan
from app.store.schema import SCHEMA_VERSION
from tests.test_s21lv_within_slack import _plan

CHOSEN = LevelingOptions(LevelingOrder.ID_ONLY, split_remaining=False, within_slack=True)


def test_s21lv_within_slack_is_kept_in_the_file(tmp_path) -> None:
    path = tmp_path / "plan.gantry"
    plan = _plan()
    plan.set_project(replace(plan.project, leveling=CHOSEN))
    GantryFile.create(path, plan).close()
    assert read_plan(path).project.leveling == CHOSEN


def test_s21lv_a_v23_file_opens_with_within_slack_off(tmp_path) -> None:
    path = tmp_path / "old.gantry"
    GantryFile.create(path, _plan()).close()
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE project DROP COLUMN leveling_within_slack")
    conn.execute("PRAGMA user_version = 23")
    conn.commit()
    conn.close()
    with GantryFile.open(path) as file:
        assert file.plan.project.leveling == LevelingOptions()
    assert (tmp_path / "old.gantry.v23.bak").exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 24
    conn.close()


def test_s21lv_gantry_level_keeps_within_slack_in_the_plan(tmp_path, capsys) -> None:
    path = tmp_path / "slack.gantry"
    GantryFile.create(path, _plan()).close()
    assert main(["level", str(path), "--within-slack"]) == 0
    assert read_plan(path).project.leveling.within_slack
    capsys.readouterr()
    assert main(["level", str(path)]) == 0  # the plan's own options: still within slack
    assert "only within available slack" in capsys.readouterr().out
