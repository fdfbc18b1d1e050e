"""The plan's Leveling Options in the .gantry file (schema v13, migrated from v12), in the
workbook snapshot, and in the bundled demo."""

from __future__ import annotations

import sqlite3

import pytest

from app.assets import resource_path
from app.domain.leveling_options import LevelingOptions, LevelingOrder
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.io.plan_snapshot import plan_from_json, plan_to_json
from app.store.document import GantryFile, read_plan, write_plan
from app.store.schema import SCHEMA_VERSION

CHOSEN = LevelingOptions(LevelingOrder.PRIORITY_STANDARD, split_remaining=False)


def _plan(options: LevelingOptions) -> Plan:
    plan = Plan(project=Project(name="Levelled", leveling=options))
    plan.append_task(Task(1, "Design", duration_minutes=480))
    return plan


def test_a_new_plan_levels_as_ms_project_does_by_default():
    assert Plan().project.leveling == LevelingOptions(LevelingOrder.STANDARD, True)


@pytest.mark.parametrize(
    "options",
    [CHOSEN, LevelingOptions(LevelingOrder.ID_ONLY, True), LevelingOptions()],
)
def test_the_options_are_kept_in_the_file(tmp_path, options):
    path = tmp_path / "plan.gantry"
    write_plan(_plan(options), path)
    assert read_plan(path).project.leveling == options


def test_a_change_reaches_the_file_at_once(tmp_path):
    path = tmp_path / "plan.gantry"
    write_plan(_plan(LevelingOptions()), path)
    with GantryFile.open(path) as file:
        project = file.plan.project
        file.plan.set_project(Project(**{**_fields(project), "leveling": CHOSEN}))
        assert read_plan(path).project.leveling == CHOSEN  # before the file is closed


def _fields(project: Project) -> dict:
    return {name: getattr(project, name) for name in Project.__dataclass_fields__}


def _as_v12(path) -> None:
    """The file as schema v12 wrote it: no leveling columns in the project table."""
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE project DROP COLUMN leveling_order")
    conn.execute("ALTER TABLE project DROP COLUMN leveling_split_remaining")
    conn.execute("PRAGMA user_version = 12")
    conn.commit()
    conn.close()


def test_a_v12_file_migrates_after_a_backup_with_ms_project_defaults(tmp_path):
    path = tmp_path / "old.gantry"
    write_plan(_plan(LevelingOptions()), path)
    _as_v12(path)
    with GantryFile.open(path) as file:
        assert file.plan.project.leveling == LevelingOptions()
        assert file.plan.task(1).name == "Design"
        file.plan.set_project(Project(**{**_fields(file.plan.project), "leveling": CHOSEN}))
    assert (tmp_path / "old.gantry.v12.bak").exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 13
    conn.close()
    assert read_plan(path).project.leveling == CHOSEN


def test_a_v12_file_opened_read_only_is_not_written(tmp_path):
    path = tmp_path / "old.gantry"
    write_plan(_plan(LevelingOptions()), path)
    _as_v12(path)
    before = path.read_bytes()
    with GantryFile.open(path, read_only=True) as file:
        assert file.plan.project.leveling == LevelingOptions()
    assert path.read_bytes() == before


def test_the_workbook_snapshot_keeps_the_options():
    back = plan_from_json(plan_to_json(_plan(CHOSEN)))
    assert back.project.leveling == CHOSEN


def test_the_bundled_demo_is_at_the_current_version():
    path = resource_path("demo", "crm-rollout.gantry")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        columns = {r[1] for r in conn.execute("PRAGMA table_info(project)")}
    finally:
        conn.close()
    assert {"leveling_order", "leveling_split_remaining"} <= columns
