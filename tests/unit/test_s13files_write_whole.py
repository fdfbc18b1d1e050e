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


def _half_pdf(report, path, paper="A4", landscape=False):
    Path(path).write_bytes(b"%PDF-1.4 half")
    raise AppError(f"{path}: the renderer gave up")


def test_a_failed_status_report_leaves_the_old_pdf(tmp_path, monkeypatch, capsys):
    import app.report.status_pages
    from app.assets import resource_path
    from app.cli import main

    monkeypatch.setattr(app.report.status_pages, "write_status_pdf", _half_pdf)
    target = tmp_path / "friday.pdf"
    target.write_bytes(b"last week's report")
    status = main(["report", str(resource_path("demo", "crm-rollout.gantry")), str(target)])
    err = capsys.readouterr().err
    assert status == 1
    assert f"{target}: the renderer gave up" in err  # the user's path, not the draft's
    assert target.read_bytes() == b"last week's report"
    assert list(tmp_path.iterdir()) == [target]


def test_usage_csv_is_written_whole(tmp_path, capsys):
    from app.assets import resource_path
    from app.cli import main

    target = tmp_path / "usage.csv"
    status = main(["usage", str(resource_path("demo", "crm-rollout.gantry")), "--csv", str(target)])
    assert status == 0
    assert target.read_text(encoding="utf-8-sig").count("\n") > 5
    assert list(tmp_path.iterdir()) == [target]


def test_a_folder_that_refuses_new_files_is_named(tmp_path, monkeypatch):
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkdtemp", refuse)
    target = tmp_path / "plan.xml"
    with pytest.raises(AppError, match=r"cannot write there \(Permission denied\)") as caught:
        formats.write_plan(_plan(), target)
    assert str(tmp_path) in str(caught.value)
    assert not target.exists()


def _disk_full(plan, path, **options):
    Path(path).write_bytes(b"half")
    raise OSError(28, "No space left on device")


def test_a_writer_os_error_is_one_message(tmp_path, monkeypatch):
    monkeypatch.setitem(formats.WRITERS, ".xml", f"{__name__}:_disk_full")
    with pytest.raises(
        AppError, match=r"^plan\.xml: cannot be written \(No space left on device\)$"
    ):
        formats.write_plan(_plan(), tmp_path / "plan.xml")
    assert list(tmp_path.iterdir()) == []
