"""Work weeks are kept in the .gantry file (schema v30): saved and reopened, edited in an
open file, a v29 file opens without any and then keeps one; the workbook's snapshot too."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime

from app.domain.calendar import Calendar, WorkWeek
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.io.plan_snapshot import plan_from_json, plan_to_json
from app.store.document import GantryFile, read_plan
from app.store.schema import SCHEMA_VERSION

WINTER = WorkWeek(
    "Winter hours",
    date(2026, 11, 1),
    date(2027, 2, 28),
    (((480, 900),),) * 5 + ((), None),  # Sunday left unset
)
SUMMER = WorkWeek("Summer", date(2027, 6, 1), date(2027, 8, 31), ((),) * 4 + (None,) * 3)


def _plan(*weeks: WorkWeek) -> Plan:
    plan = Plan(project=Project(start=datetime(2026, 11, 2, 8)))
    plan.calendars[1] = Calendar(uid=1, work_weeks=weeks)
    plan.calendars[2] = Calendar(uid=2, name="Ana", base_uid=1, week=(None,) * 7)
    plan.append_task(Task(1, "Build", duration_minutes=40 * 60))
    return plan


def test_s24ww_work_weeks_are_saved_and_reopened(tmp_path):
    path = tmp_path / "winter.gantry"
    GantryFile.create(path, _plan(WINTER, SUMMER)).close()
    again = read_plan(path)
    assert again.calendars[1].work_weeks == (WINTER, SUMMER)
    assert again.calendars[2].work_weeks == ()


def test_s24ww_a_work_week_edited_in_an_open_file_is_written(tmp_path):
    path = tmp_path / "winter.gantry"
    GantryFile.create(path, _plan(WINTER)).close()
    with GantryFile.open(path) as file:
        cal = file.plan.calendars[1]
        file.plan.put_calendar(replace(cal, work_weeks=(SUMMER,)))
    assert read_plan(path).calendars[1].work_weeks == (SUMMER,)
    with GantryFile.open(path) as file:
        file.plan.put_calendar(replace(file.plan.calendars[1], work_weeks=()))
    assert read_plan(path).calendars[1].work_weeks == ()


def test_s24ww_a_v29_file_opens_and_then_keeps_a_work_week(tmp_path):
    old = tmp_path / "old.gantry"
    GantryFile.create(old, _plan()).close()
    conn = sqlite3.connect(old)
    for table in ("calendar_work_weeks", "calendar_work_week_days", "calendar_work_week_hours"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("PRAGMA user_version = 29")
    conn.commit()
    conn.close()
    assert read_plan(old).calendars[1].work_weeks == ()  # read-only: migrated in memory
    with GantryFile.open(old) as file:
        file.plan.put_calendar(replace(file.plan.calendars[1], work_weeks=(WINTER,)))
    assert (tmp_path / "old.gantry.v29.bak").exists()
    assert read_plan(old).calendars[1].work_weeks == (WINTER,)
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 30
    conn.close()


def test_s24ww_the_workbook_snapshot_keeps_work_weeks():
    plan = _plan(WINTER, SUMMER)
    assert plan_from_json(plan_to_json(plan)).calendars[1].work_weeks == (WINTER, SUMMER)
