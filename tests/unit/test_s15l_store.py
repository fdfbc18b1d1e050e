"""Splits leveling made in tasks not started are kept as leveling's in .gantry files (schema
v16), so Clear Leveling and leveling again take them out after the file is opened again."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from app.domain.leveling import apply_delays, clear_delays, level
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.splits import Split
from app.domain.task import ConstraintType, Task
from app.store.document import GantryFile, read_plan, write_plan
from app.store.schema import SCHEMA_VERSION

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _plan() -> Plan:
    """Ana's 'Workshop' must start on Wednesday; her 3-day 'Build' would run through it.
    'Pour' has a pause of the user's own."""
    plan = Plan(project=Project(name="Split", start=MON))
    plan.append_task(
        Task(
            1,
            "Workshop",
            duration_minutes=DAY,
            constraint_type=ConstraintType.MSO,
            constraint_date=datetime(2026, 1, 7, 8, 0),
        )
    )
    plan.append_task(Task(2, "Build", duration_minutes=3 * DAY))
    plan.append_task(Task(3, "Pour", duration_minutes=2 * DAY, splits=(Split(DAY, DAY),)))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 3 * DAY))
    return plan


def _leveled(path) -> None:
    with GantryFile.open(path) as file:
        plan = file.plan
        apply_delays(plan, level(plan, schedule(plan)).delays)


def test_a_leveling_split_is_kept_as_leveling_s_and_cleared_after_reopening(tmp_path):
    path = tmp_path / "split.gantry"
    write_plan(_plan(), path)
    _leveled(path)
    back = read_plan(path)
    assert back.task(2).splits == (Split(2 * DAY, DAY, leveling=True),)
    assert back.task(3).splits == (Split(DAY, DAY),)  # the user's own
    with GantryFile.open(path) as file:
        clear_delays(file.plan)
    cleared = read_plan(path)
    assert cleared.task(2).splits == ()
    assert cleared.task(2).leveling_delay_minutes == 0
    assert cleared.task(3).splits == (Split(DAY, DAY),)


def test_leveling_again_after_reopening_does_not_add_up_pauses(tmp_path):
    path = tmp_path / "split.gantry"
    write_plan(_plan(), path)
    _leveled(path)
    first = read_plan(path).task(2)
    _leveled(path)  # level() starts from the plan without leveling, pauses included
    with GantryFile.open(path) as file:
        plan = file.plan
        plan_again = level(plan, schedule(plan))
        apply_delays(plan, plan_again.delays)
    assert read_plan(path).task(2) == first


def test_a_v15_file_migrates_with_every_split_the_user_s(tmp_path):
    path = tmp_path / "old.gantry"
    write_plan(_plan(), path)
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE task_splits DROP COLUMN leveling")
    conn.execute("PRAGMA user_version = 15")
    conn.commit()
    conn.close()
    with GantryFile.open(path) as file:
        assert file.plan.task(3).splits == (Split(DAY, DAY),)
    assert (tmp_path / "old.gantry.v15.bak").exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
