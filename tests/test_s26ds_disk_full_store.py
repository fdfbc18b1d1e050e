"""A .gantry file whose disk fills up while it is open: the edit is never half in the file,
no later edit goes in without it, and Save writes the plan whole once there is room.

The disk is filled for real as SQLite sees it: ``PRAGMA max_page_count`` caps the file at
its size, so the next page it needs fails with SQLITE_FULL ("database or disk is full").
"""

from __future__ import annotations

import errno
import os
import sqlite3

import pytest

import app.store.document as document
from app.domain.errors import DocumentError
from app.domain.plan import Plan
from app.domain.task import Task
from app.store.document import GantryFile, read_plan

LONG = "Performance test " + "x" * 6000  # needs new pages: more than the full disk has


def _open(tmp_path) -> GantryFile:
    plan = Plan()
    plan.insert_tasks(0, [Task(uid=i, name=f"T{i}") for i in range(1, 4)])
    GantryFile.create(tmp_path / "t.gantry", plan).close()
    return GantryFile.open(tmp_path / "t.gantry")


def _fill_disk(file: GantryFile) -> None:
    pages = file._conn.execute("PRAGMA page_count").fetchone()[0]
    file._conn.execute(f"PRAGMA max_page_count = {pages}")


def _names(file: GantryFile) -> list[str]:
    """The names in the file, the long one as LONG (a failure then reads short)."""
    return ["LONG" if t.name == LONG else t.name for t in read_plan(file.path).tasks]


def test_a_disk_full_edit_stays_out_of_the_file_and_so_do_the_edits_after_it(tmp_path):
    file = _open(tmp_path)
    told: list[str | None] = []
    file.on_unsaved = lambda: told.append(file.unsaved)
    _fill_disk(file)
    plan = file.plan
    plan.update_task(Task(uid=1, name=LONG))  # the edit goes on in memory, never raised
    assert plan.task(1).name == LONG, "not kept"
    assert file.unsaved == "t.gantry could not be saved: the disk is full"
    assert told == [file.unsaved]
    assert _names(file) == ["T1", "T2", "T3"]
    with plan.batch():  # a small edit would fit: it must not go in without the first
        plan.update_task(Task(uid=2, name="two"))
    assert _names(file) == ["T1", "T2", "T3"]
    assert not file._conn.in_transaction
    file.close()


def test_save_writes_the_plan_whole_once_there_is_room_and_edits_are_saved_again(tmp_path):
    file = _open(tmp_path)
    _fill_disk(file)
    plan = file.plan
    plan.update_task(Task(uid=1, name=LONG))
    plan.update_task(Task(uid=2, name="two"))
    file.save()  # the draft beside the file has room: the cap is this connection's
    assert file.unsaved is None
    assert _names(file) == ["LONG", "two", "T3"]
    plan.update_task(Task(uid=3, name="three"))  # written one by one again
    assert _names(file) == ["LONG", "two", "three"]
    file.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.gantry"]  # no draft, no lock


def test_a_save_that_fails_again_says_why_and_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    file = _open(tmp_path)
    _fill_disk(file)
    file.plan.update_task(Task(uid=1, name=LONG))

    def still_full(path, plan, progress=None):
        path.write_bytes(b"half")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(document, "write_new_file", still_full)
    with pytest.raises(DocumentError, match=r"^t\.gantry could not be saved: the disk is full$"):
        file.save()
    assert file.unsaved is not None
    assert _names(file) == ["T1", "T2", "T3"]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]  # draft removed
    file.close()


def test_undo_and_redo_while_unsaved_change_the_plan_and_save_keeps_where_they_left_it(
    tmp_path,
):
    file = _open(tmp_path)
    _fill_disk(file)
    plan = file.plan
    old = plan.update_task(Task(uid=1, name=LONG))
    plan.update_task(old)  # as an undo does: the plan back, the file never had the edit
    plan.update_task(Task(uid=3, name="three"))
    assert _names(file) == ["T1", "T2", "T3"]
    file.save()
    assert _names(file) == ["T1", "T2", "three"]
    file.close()


def test_save_a_copy_while_unsaved_holds_what_the_window_shows(tmp_path):
    file = _open(tmp_path)
    _fill_disk(file)
    file.plan.update_task(Task(uid=1, name=LONG))
    file.save_copy(tmp_path / "copy.gantry")
    assert [t.name == LONG for t in read_plan(tmp_path / "copy.gantry").tasks] == [
        True,
        False,
        False,
    ]
    file.close()


def test_room_again_writes_no_later_edit_alone_until_save(tmp_path):
    file = _open(tmp_path)
    _fill_disk(file)
    file.plan.update_task(Task(uid=1, name=LONG))
    file._conn.execute("PRAGMA max_page_count = 1000000")  # room again, Save not yet chosen
    file.plan.update_task(Task(uid=2, name="two"))
    assert _names(file) == ["T1", "T2", "T3"]
    file.save()
    assert _names(file) == ["LONG", "two", "T3"]
    file.close()


def test_a_read_only_disk_is_said_as_such(tmp_path, monkeypatch):
    file = _open(tmp_path)

    def read_only_flush():
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(file._writer, "flush", read_only_flush)
    file.plan.update_task(Task(uid=1, name="one"))
    assert file.unsaved == "t.gantry could not be saved: the disk is read-only"
    file.close()
