"""The .gantry file's transactions go through sqlite-utils, imported at the first write, so
opening a plan loads none of it (CLI framework, plugin manager, date parser: ~0.1 s of the
first window's start)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from app.domain.plan import Plan
from app.domain.task import Task
from app.store.document import GantryFile, read_plan

_OPEN_AND_EDIT = """
import sys
from pathlib import Path
from app.domain.plan import Plan
from app.domain.task import Task
from app.store.document import GantryFile, read_plan

path = Path(sys.argv[1])
plan = Plan()
plan.append_task(Task(uid=1, name="T1"))
GantryFile.create(path, plan).close()
file = GantryFile.open(path)
opened = sorted(m for m in ("sqlite_utils", "click", "pluggy") if m in sys.modules)
file.plan.update_task(Task(uid=1, name="one"))
with file.plan.batch():
    file.plan.append_task(Task(uid=2, name="two"))
    file.plan.append_task(Task(uid=3, name="three"))
file.close()
assert [t.name for t in read_plan(path).tasks] == ["one", "two", "three"]
print(",".join(opened) or "none", "sqlite_utils" in sys.modules)
"""


def test_opening_a_plan_loads_no_sqlite_utils_and_the_first_edit_writes_through_it(tmp_path):
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", _OPEN_AND_EDIT, str(tmp_path / "p.gantry")],
        cwd=root,
        check=True,
        capture_output=True,
        text=True,
    )
    assert out.stdout.split() == ["none", "True"]


def _file(tmp_path) -> tuple[GantryFile, Plan]:
    plan = Plan()
    plan.insert_tasks(0, [Task(uid=i, name=f"T{i}") for i in range(1, 4)])
    file = GantryFile.create(tmp_path / "p.gantry", plan)
    return file, plan


def test_a_failed_edit_is_rolled_back_and_saved_with_the_plan_whole(tmp_path, monkeypatch):
    file, plan = _file(tmp_path)
    path = file.path

    def broken_flush():
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(file._writer, "flush", broken_flush)
    plan.append_task(Task(uid=4, name="kept in memory"))  # never raised into the edit
    assert not file._conn.in_transaction
    assert (
        file.unsaved
        == "p.gantry could not be saved: the disk could not be written (an input/output error)"
    )
    assert [t.uid for t in read_plan(path).tasks] == [1, 2, 3]  # nothing half-written
    monkeypatch.undo()
    plan.update_task(Task(uid=1, name="kept"))
    # no edit after the failed one goes in alone: the file would hold later edits, not it
    assert [t.name for t in read_plan(path).tasks] == ["T1", "T2", "T3"]
    file.save()
    assert [t.name for t in read_plan(path).tasks] == ["kept", "T2", "T3", "kept in memory"]
    assert file.unsaved is None
    file.close()


def test_a_batch_that_fails_to_flush_is_rolled_back(tmp_path, monkeypatch):
    file, plan = _file(tmp_path)
    path = file.path

    def broken_flush():
        raise sqlite3.OperationalError("database or disk is full")

    def two_edits():
        with plan.batch():
            plan.update_task(Task(uid=1, name="one"))
            plan.update_task(Task(uid=2, name="two"))

    monkeypatch.setattr(file._writer, "flush", broken_flush)
    two_edits()
    assert not file._conn.in_transaction
    assert file.unsaved == "p.gantry could not be saved: the disk is full"
    assert [t.name for t in read_plan(path).tasks] == ["T1", "T2", "T3"]
    monkeypatch.undo()
    with plan.batch():
        plan.update_task(Task(uid=3, name="three"))
    assert [t.name for t in read_plan(path).tasks] == ["T1", "T2", "T3"]
    file.save()  # the failed batch and the one after, with the plan whole
    assert [t.name for t in read_plan(path).tasks] == ["one", "two", "three"]
    file.close()
