"""Split tasks in a .gantry file: kept edit by edit (schema v7), v6 files migrate without any."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from app.assets import resource_path
from app.domain.splits import Split
from app.store.document import GantryFile, read_plan, write_plan
from app.store.schema import SCHEMA_VERSION

DAY = 480


def _demo():
    return read_plan(resource_path("demo", "crm-rollout.gantry"))


def _leaf(plan):
    return next(
        t.uid
        for t in plan.tasks
        if t.duration_minutes > 2 * DAY and not t.milestone and not plan.is_summary(t.uid)
    )


def _split_rows(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT task_uid, seq, after_minutes, gap_minutes FROM task_splits "
            "ORDER BY task_uid, seq"
        ).fetchall()
    finally:
        conn.close()


def test_splits_are_written_and_read_back(tmp_path):
    plan = _demo()
    uid = _leaf(plan)
    splits = (Split(DAY, DAY), Split(2 * DAY, DAY // 2))
    plan.update_task(replace(plan.task(uid), splits=splits))
    path = tmp_path / "split.gantry"
    write_plan(plan, path)
    assert _split_rows(path) == [(uid, 0, DAY, DAY), (uid, 1, 2 * DAY, DAY // 2)]
    assert read_plan(path) == plan


def test_each_edit_keeps_the_file_current(tmp_path):
    path = tmp_path / "edits.gantry"
    GantryFile.create(path, _demo()).close()
    with GantryFile.open(path) as file:
        uid = _leaf(file.plan)
        task = file.plan.task(uid)
        file.plan.update_task(replace(task, splits=(Split(DAY, 2 * DAY),)))
        assert read_plan(path).task(uid).splits == (Split(DAY, 2 * DAY),)
        # another edit of the same task rewrites its splits, not adds to them
        file.plan.update_task(replace(file.plan.task(uid), splits=(Split(DAY // 2, DAY),)))
        assert _split_rows(path) == [(uid, 0, DAY // 2, DAY)]
        # an edit of an unsplit task leaves the split rows alone
        other = next(t for t in file.plan.tasks if t.uid != uid)
        file.plan.update_task(replace(other, name=other.name + " (renamed)"))
        assert _split_rows(path) == [(uid, 0, DAY // 2, DAY)]
        file.plan.update_task(replace(file.plan.task(uid), splits=()))
        assert _split_rows(path) == []
        file.plan.update_task(replace(file.plan.task(uid), splits=(Split(DAY, DAY),)))
        file.plan.remove_tasks([uid])
        assert _split_rows(path) == []


def _write_v6(path, plan):
    """A version 6 file: v7 differs only by the task_splits table."""
    write_plan(plan, path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE task_splits")
    conn.execute("ALTER TABLE project DROP COLUMN duration_unit")  # v8's, after v6
    conn.execute("ALTER TABLE project DROP COLUMN work_unit")
    conn.execute("PRAGMA user_version = 6")
    conn.commit()
    conn.close()


def test_v6_file_migrates_with_no_split_and_then_keeps_one(tmp_path):
    demo = _demo()
    path = tmp_path / "v6.gantry"
    _write_v6(path, demo)
    original = path.read_bytes()
    assert read_plan(path) == demo  # read-only: migrated in memory, the file untouched
    assert path.read_bytes() == original
    uid = _leaf(demo)
    with GantryFile.open(path) as file:
        assert file.plan == demo
        file.plan.update_task(replace(file.plan.task(uid), splits=(Split(DAY, DAY),)))
    backup = sqlite3.connect(tmp_path / "v6.gantry.v6.bak")
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 6
    tables = {r[0] for r in backup.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "task_splits" not in tables
    backup.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    again = read_plan(path)
    assert again.task(uid).splits == (Split(DAY, DAY),)
    assert [t for t in again.tasks if t.uid != uid] == [t for t in demo.tasks if t.uid != uid]
