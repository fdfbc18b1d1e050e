"""A write that fails leaves nothing half-written: no new file, an old one unchanged.

Each writer wrote straight into the named file, so a failure midway (a full disk,
a plan the renderer refuses late, Ctrl+C) left a truncated workbook or XML where
the user's previous export had been.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from app import formats
from app.domain.errors import AppError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task


def _plan() -> Plan:
    plan = Plan(project=Project(name="Whole", start=datetime(2026, 3, 2, 8)))
    plan.append_task(Task(1, "Dig", 1, duration_minutes=960))
    return plan


def _failing_writer(plan, path, **options):
    Path(path).write_bytes(b"<?xml version='1.0'?><Project><Tas")  # half of it
    raise AppError(f"{Path(path).name}: the disk is full")


@pytest.fixture
def failing(monkeypatch):
    monkeypatch.setitem(formats.WRITERS, ".xml", f"{__name__}:_failing_writer")


def test_failed_write_creates_no_file(tmp_path, failing):
    target = tmp_path / "plan.xml"
    with pytest.raises(AppError, match=r"^plan\.xml: the disk is full$"):
        formats.write_plan(_plan(), target)
    assert list(tmp_path.iterdir()) == []


def test_failed_write_leaves_the_old_file_as_it_was(tmp_path, failing):
    target = tmp_path / "plan.xml"
    target.write_bytes(b"the previous export")
    with pytest.raises(AppError):
        formats.write_plan(_plan(), target)
    assert target.read_bytes() == b"the previous export"
    assert list(tmp_path.iterdir()) == [target]


@pytest.mark.parametrize("ext", [".xml", ".xlsx", ".csv", ".gan", ".gantry"])
def test_a_good_write_replaces_the_old_file(tmp_path, ext):
    target = tmp_path / f"plan{ext}"
    target.write_bytes(b"old")
    formats.write_plan(_plan(), target)
    assert target.read_bytes() != b"old"
    assert [t.name for t in formats.read_plan(target).tasks] == ["Dig"]
    assert list(tmp_path.iterdir()) == [target]
