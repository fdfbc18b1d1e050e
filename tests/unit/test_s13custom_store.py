"""Custom fields in .gantry files: schema v11 keeps aliases and values; v10 files migrate."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime

from app.domain.custom_fields import CustomField
from app.domain.plan import Plan
from app.domain.task import Task
from app.store.document import GantryFile, read_plan, write_plan
from app.store.schema import SCHEMA_VERSION

VALUES = (
    ("Text1", "Maria <QA>"),
    ("Number3", 12.5),
    ("Flag1", True),
    ("Date2", datetime(2026, 3, 2, 13, 0)),
    ("Cost1", 1200.25),
    ("Duration4", 960),
)


def _plan() -> Plan:
    plan = Plan()
    plan.append_task(Task(1, "Design", custom=VALUES))
    plan.append_task(Task(2, "Build"))
    plan.set_custom_field(CustomField("Text1", "Owner"))
    plan.set_custom_field(CustomField("Flag1", "Client-facing"))
    return plan


def test_values_and_aliases_survive_a_save(tmp_path):
    path = tmp_path / "p.gantry"
    write_plan(_plan(), path)
    back = read_plan(path)
    assert back.task(1).custom == VALUES
    assert [type(v) for _, v in back.task(1).custom] == [str, float, bool, datetime, float, int]
    assert back.task(2).custom == ()
    assert back.project.custom_fields == (
        CustomField("Text1", "Owner"),
        CustomField("Flag1", "Client-facing"),
    )


def test_edits_are_written_as_they_happen(tmp_path):
    path = tmp_path / "p.gantry"
    write_plan(_plan(), path)
    with GantryFile.open(path) as file:
        plan = file.plan
        plan.update_task(replace(plan.task(2), custom=(("Text1", "Tom"),)))
        plan.update_task(replace(plan.task(1), custom=()))
        plan.set_custom_field(CustomField("Text1", "Lead"))
        plan.set_custom_field(CustomField("Flag1", ""))
    back = read_plan(path)
    assert back.task(1).custom == ()
    assert back.task(2).custom == (("Text1", "Tom"),)
    assert back.project.custom_fields == (CustomField("Text1", "Lead"),)
    with GantryFile.open(path) as file:
        file.plan.remove_tasks([2])
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT COUNT(*) FROM task_custom").fetchone()[0] == 0
    conn.close()


def test_a_v10_file_opens_without_custom_fields(tmp_path):
    path = tmp_path / "old.gantry"
    plan = Plan()
    plan.append_task(Task(1, "Design"))
    write_plan(plan, path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE custom_fields")
    conn.execute("DROP TABLE task_custom")
    conn.execute("PRAGMA user_version = 10")
    conn.commit()
    conn.close()
    with GantryFile.open(path) as file:
        assert file.plan.project.custom_fields == ()
        assert file.plan.task(1).custom == ()
        file.plan.update_task(replace(file.plan.task(1), custom=(("Flag2", True),)))
    assert (tmp_path / "old.gantry.v10.bak").exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 11
    conn.close()
    assert read_plan(path).task(1).custom == (("Flag2", True),)
