"""``gantry schedule --json`` gives the project's Current Date beside its status date (8ff8a0b
keeps it: earned value is measured there when no status date is set), null when unset."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from io import StringIO
from pathlib import Path

import pytest

from app import formats
from app.cli import main
from app.cli.json_text import dumps
from app.cli.schedule_json import schedule_to_dict, schedule_to_json_data
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task

MON = datetime(2027, 1, 4, 8, 0)


def _plan(current: datetime | None = None) -> Plan:
    plan = Plan(project=Project(name="Site", start=MON, current_date=current))
    plan.append_task(Task(1, "Pour", 1, duration_minutes=960))
    return plan


def _both(plan: Plan) -> dict:
    """What --json prints, by both writers (they must agree)."""
    sched = schedule(plan)
    general = json.loads(dumps(schedule_to_dict(plan, sched), str))
    fast = json.loads(dumps(schedule_to_json_data(plan, sched), str))
    assert general == fast
    return fast


def test_s25g4_no_current_date_is_null() -> None:
    project = _both(_plan())["project"]
    assert project["current_date"] is None
    assert project["status_date"] is None


def test_s25g4_the_current_date_beside_the_status_date() -> None:
    plan = _plan(datetime(2027, 3, 3, 8, 0))
    plan.set_project(replace(plan.project, status_date=datetime(2027, 1, 5, 17, 0)))
    project = _both(plan)["project"]
    assert project["current_date"] == "2027-03-03T08:00:00"
    assert project["status_date"] == "2027-01-05T17:00:00"


def test_s25g4_current_date_through_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "site.gantry"
    formats.write_plan(_plan(datetime(2027, 3, 3, 8, 0)), src)
    capsys.readouterr()
    assert main(["schedule", str(src), "--json"]) == 0
    data = json.load(StringIO(capsys.readouterr().out))
    assert data["project"]["current_date"] == "2027-03-03T08:00:00"
