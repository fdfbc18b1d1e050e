"""What a killed write leaves beside a plan is cleared by the next write there, and the
words for a failed write name the real cause (a read-only disk, a file's own spelling)."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
from types import SimpleNamespace

import pytest

import app.cli.plan_output as plan_output
from app.cli import main as cli_main
from app.domain.plan import Plan
from app.domain.task import Task
from app.store.disk_words import write_failure
from app.store.document import read_plan, write_plan
from app.ui.status_said import sentence


def _dead_pid() -> int:
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(child.stdout)


def _plan(name: str) -> Plan:
    plan = Plan()
    plan.append_task(Task(uid=1, name=name))
    return plan


def test_a_write_removes_drafts_killed_writers_left_and_keeps_those_of_live_ones(tmp_path):
    target = tmp_path / "part.gantry"
    dead = _dead_pid()
    stale = [tmp_path / f".part.gantry.{dead}.tmp", tmp_path / f".part.gantry.{dead}.tmp-journal"]
    live = tmp_path / f".part.gantry.{os.getppid()}.tmp"  # a process that still runs
    other = tmp_path / f".other.gantry.{dead}.tmp"  # beside another plan: not this write's
    for leftover in [*stale, live, other]:
        leftover.write_bytes(b"half a plan")
    write_plan(_plan("one"), target)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["part.gantry", live.name, other.name]
    )
    assert read_plan(target).tasks[0].name == "one"


def test_gantry_convert_clears_what_a_killed_convert_left(tmp_path):
    source = tmp_path / "in.gantry"
    write_plan(_plan("one"), source)
    dead = _dead_pid()
    for suffix in ("tmp", "tmp-journal"):
        (tmp_path / f".out.gantry.{dead}.{suffix}").write_bytes(b"x")
    assert cli_main(["convert", str(source), str(tmp_path / "out.gantry")]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.gantry", "out.gantry"]


def test_a_file_name_that_starts_a_status_message_keeps_its_spelling():
    assert sentence("t.gantry could not be saved: the disk is full") == (
        "t.gantry could not be saved: the disk is full"
    )
    assert sentence("plan.xlsx: no Plan sheet") == "plan.xlsx: no Plan sheet"
    assert sentence("cannot link 'A' to itself") == "Cannot link 'A' to itself"
    assert sentence("pasted 3 tasks") == "Pasted 3 tasks"


@pytest.mark.parametrize(
    ("failure", "said"),
    [
        (sqlite3.OperationalError("database or disk is full"), "the disk is full"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "the disk is read-only"),
        (OSError(errno.EROFS, os.strerror(errno.EROFS)), "the disk is read-only"),
        (OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)), "the disk is full"),
        (OSError(errno.EACCES, os.strerror(errno.EACCES)), "no permission"),
    ],
)
def test_a_failed_write_says_its_cause_plainly(failure, said):
    assert write_failure(failure) == said


def test_the_command_line_says_a_read_only_disk_not_no_permission(tmp_path, monkeypatch, capsys):
    plan_file = tmp_path / "r.gantry"
    write_plan(_plan("one"), plan_file)
    real_access = os.access
    monkeypatch.setattr(
        plan_output.os, "access", lambda p, mode: mode == os.R_OK and real_access(p, mode)
    )
    monkeypatch.setattr(
        plan_output.os, "statvfs", lambda p: SimpleNamespace(f_flag=os.ST_RDONLY), raising=False
    )
    assert cli_main(["progress", str(plan_file), "--task", "1", "--percent", "50"]) == 1
    err = capsys.readouterr().err
    assert err == f"gantry: {tmp_path}: cannot write there (the disk is read-only)\n"
