"""gantry status-date and Project > Status Date: a date before the project start is taken, as
MS Project takes it, but said (nothing can be due by it); the same date written to OUT says
unchanged, not "set to X (was X)"."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from app import formats
from app.assets import resource_path
from app.cli import main
from app.domain.tracking import early_status_note

DEMO = "CRM roll-out for Northwind Logistics"
EARLY = "the status date is before the project start (Mon 2027-01-04): nothing is due by it"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "plan.gantry"
    shutil.copyfile(resource_path("demo", "crm-rollout.gantry"), path)
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str]:
    status = main([str(a) for a in args])
    return status, capsys.readouterr().out


def test_s25tr_a_status_date_before_the_start_is_set_and_warned(demo, capsys):
    status, said = _run(capsys, "status-date", demo, "2026-12-01")
    assert status == 0
    assert said == (
        f"{DEMO}: status date set to Tue 2026-12-01 17:00 (was NA); {EARLY}; written to {demo}\n"
    )
    assert formats.read_plan(demo).project.status_date == datetime(2026, 12, 1, 17)


def test_s25tr_a_status_date_in_the_project_says_no_warning(demo, capsys):
    _, said = _run(capsys, "status-date", demo, "2027-01-04")
    assert "before the project start" not in said


def test_s25tr_the_same_date_to_out_says_unchanged(demo, tmp_path, capsys):
    assert _run(capsys, "status-date", demo, "2027-02-05")[0] == 0
    out = tmp_path / "out.gantry"
    status, said = _run(capsys, "status-date", demo, "2027-02-05", "-o", out)
    assert status == 0
    assert said == f"{DEMO}: status date unchanged: Fri 2027-02-05 17:00; written to {out}\n"
    assert formats.read_plan(out).project.status_date == datetime(2027, 2, 5, 17)


def test_s25tr_early_note_only_before_the_start():
    plan = formats.read_plan(resource_path("demo", "crm-rollout.gantry"))
    assert early_status_note(plan, None) == ""
    assert early_status_note(plan, plan.project.start) == ""
    assert early_status_note(plan, datetime(2027, 1, 3, 17)) == EARLY
