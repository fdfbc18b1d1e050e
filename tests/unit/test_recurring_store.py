"""Recurring tasks in the .gantry file: schema v9's task_recurrences, written change by change."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

from app.domain.calendar import Recurrence, RecurrenceKind
from app.domain.plan import Plan
from app.domain.recurrence_tasks import NonWorkingOccurrence, TaskRecurrence
from app.domain.task import DurationUnit, Task
from app.store.document import GantryFile, read_plan, write_plan
from app.store.schema import SCHEMA_VERSION

REC = TaskRecurrence(
    Recurrence(RecurrenceKind.MONTHLY_BY_WEEKDAY, 2, week_of_month=5, weekday=4, occurrences=3),
    date(2026, 3, 2),
    duration_minutes=90,
    duration_unit=DurationUnit.HOURS,
    non_working=NonWorkingOccurrence.SKIP,
)


def _plan() -> Plan:
    plan = Plan(tasks=[Task(1, "Backup"), Task(2, "Backup 1", 2), Task(3, "Other")])
    plan.recurrences = {1: REC}
    return plan


def _rows(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT task_uid, kind, end FROM task_recurrences").fetchall()
    finally:
        conn.close()


def test_a_written_plan_reads_back_with_its_pattern(tmp_path):
    path = tmp_path / "r.gantry"
    write_plan(_plan(), path)
    assert read_plan(path).recurrences == {1: REC}
    until = replace(REC, end=date(2026, 12, 31))
    with GantryFile.open(path) as file:
        file.plan.set_recurrence(3, until)  # a change of one task writes its row
        assert _rows(path) == [
            (1, "MONTHLY_BY_WEEKDAY", None),
            (3, "MONTHLY_BY_WEEKDAY", "2026-12-31"),
        ]
        file.plan.set_recurrence(1, None)
        file.plan.remove_tasks([3])
        assert _rows(path) == []
    assert read_plan(path).recurrences == {}


def test_a_v8_file_opens_with_no_recurring_task(tmp_path):
    path = tmp_path / "v8.gantry"
    plan = _plan()
    plan.recurrences = {}
    write_plan(plan, path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE task_recurrences")
    conn.execute("PRAGMA user_version = 8")
    conn.commit()
    conn.close()
    original = path.read_bytes()
    assert read_plan(path) == plan  # read-only: migrated in memory
    assert path.read_bytes() == original
    with GantryFile.open(path) as file:
        file.plan.set_recurrence(1, REC)
    assert (tmp_path / "v8.gantry.v8.bak").exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    assert read_plan(path).recurrences == {1: REC}
