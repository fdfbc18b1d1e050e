"""Task hyperlinks in .gantry files: schema v15 keeps them, v14 files migrate (no link)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime

from app.domain.hyperlinks import Hyperlink
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.store.document import GantryFile, read_plan, write_plan
from app.store.schema import SCHEMA_VERSION

LINK = Hyperlink("Spec", "https://example.com/spec", "section-2")


def _plan() -> Plan:
    plan = Plan(project=Project(name="Links", start=datetime(2026, 1, 5, 8, 0)))
    plan.append_task(Task(1, "Design", hyperlink=LINK))
    plan.append_task(Task(2, "Build"))
    return plan


def test_a_hyperlink_is_kept_in_the_file(tmp_path):
    path = tmp_path / "links.gantry"
    write_plan(_plan(), path)
    back = read_plan(path)
    assert back.task(1).hyperlink == LINK
    assert back.task(2).hyperlink is None


def test_an_edit_to_a_hyperlink_is_written_at_once(tmp_path):
    path = tmp_path / "links.gantry"
    write_plan(_plan(), path)
    with GantryFile.open(path) as file:
        plan = file.plan
        plan.update_task(replace(plan.task(2), hyperlink=Hyperlink("", "mailto:a@b.c")))
        plan.update_task(replace(plan.task(1), hyperlink=None))
    back = read_plan(path)
    assert back.task(1).hyperlink is None
    assert back.task(2).hyperlink == Hyperlink("", "mailto:a@b.c")


def _as_v14(path) -> None:
    conn = sqlite3.connect(path)
    for column in ("hyperlink_text", "hyperlink_address", "hyperlink_sub_address"):
        conn.execute(f"ALTER TABLE tasks DROP COLUMN {column}")
    conn.execute("PRAGMA user_version = 14")
    conn.commit()
    conn.close()


def test_a_v14_file_migrates_after_a_backup_with_no_hyperlinks(tmp_path):
    path = tmp_path / "old.gantry"
    write_plan(_plan(), path)
    _as_v14(path)
    with GantryFile.open(path) as file:
        assert [t.hyperlink for t in file.plan.tasks] == [None, None]
        file.plan.update_task(replace(file.plan.task(2), hyperlink=LINK))
    assert (tmp_path / "old.gantry.v14.bak").exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 15
    conn.close()
    assert read_plan(path).task(2).hyperlink == LINK


def test_a_v14_file_opened_read_only_stays_v14(tmp_path):
    path = tmp_path / "old.gantry"
    write_plan(_plan(), path)
    _as_v14(path)
    assert [t.hyperlink for t in read_plan(path).tasks] == [None, None]
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 14
    conn.close()


def test_the_bundled_demo_has_the_columns():
    from app.assets import resource_path

    path = resource_path("demo", "crm-rollout.gantry")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        columns = {r[1] for r in conn.execute("PRAGMA table_info(tasks)")}
    finally:
        conn.close()
    assert {"hyperlink_text", "hyperlink_address", "hyperlink_sub_address"} <= columns
