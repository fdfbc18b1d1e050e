"""``gantry schedule --json`` gives the status date and, when the plan has a baseline, each
task's baseline start, finish, duration, work and cost (DESIGN.md: keys are only added).

Found: a script following a plan's progress had to open the .gantry file for what the
Tracking table shows beside the dates (Baseline Start/Finish, the status date).
"""

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
from app.cli.schedule_json import (
    BASELINE_KEYS,
    TASK_KEYS,
    schedule_to_dict,
    schedule_to_json_data,
)
from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task

MON = datetime(2027, 1, 4, 8, 0)  # a Monday
DAY = 480


def _plan() -> Plan:
    plan = Plan(project=Project(name="Site", start=MON))
    plan.append_task(Task(1, "Pour", duration_minutes=2 * DAY))
    plan.append_task(Task(2, "Cure", duration_minutes=DAY))
    plan.add_link(Link(1, 2))
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    plan.add_assignment(Assignment(1, 1, 1))
    return plan


def _baselined() -> Plan:
    """Baseline saved, then Pour grew a day and a task was added."""
    plan = _plan()
    sched = schedule(plan)
    base = snapshot(plan, sched, compute_costs(plan, sched), 0, MON)
    plan.baselines[0] = base
    plan.update_task(replace(plan.task(1), duration_minutes=3 * DAY))
    plan.append_task(Task(3, "Paint", duration_minutes=DAY))
    plan.project = replace(plan.project, status_date=datetime(2027, 1, 5, 17, 0))
    return plan


def _both(plan: Plan) -> dict:
    """What --json prints, by both writers (they must agree)."""
    sched = schedule(plan)
    general = json.loads(dumps(schedule_to_dict(plan, sched), str))
    fast = json.loads(dumps(schedule_to_json_data(plan, sched), str))
    assert general == fast
    return fast


def test_s21cv_no_baseline_prints_as_before_with_a_null_status_date():
    data = _both(_plan())
    assert data["project"]["status_date"] is None
    assert all(tuple(t) == TASK_KEYS for t in data["tasks"])


def test_s21cv_baseline_and_status_date_in_json():
    data = _both(_baselined())
    assert data["project"]["status_date"] == "2027-01-05T17:00:00"
    pour, cure, paint = data["tasks"]
    assert tuple(pour) == TASK_KEYS + BASELINE_KEYS
    assert {k: pour[k] for k in BASELINE_KEYS} == {
        "baseline_start": "2027-01-04T08:00:00",
        "baseline_finish": "2027-01-05T17:00:00",
        "baseline_duration_minutes": 2 * DAY,
        "baseline_work_minutes": 2 * DAY,
        "baseline_cost": 800.0,
        "baseline_fixed_cost": 0.0,  # (s27bf)
    }
    assert pour["finish"] == "2027-01-06T17:00:00"  # now: a day later than its baseline
    assert cure["baseline_start"] == "2027-01-06T08:00:00"
    assert {k: paint[k] for k in BASELINE_KEYS} == dict.fromkeys(BASELINE_KEYS)  # added since


def test_s21cv_only_baseline_zero_gives_the_keys():
    """MS Project's Baseline columns show baseline 0; a plan with Baseline 1 alone (as
    mspdi/baselines.xml) has no baseline_* keys, as its Baseline Start column is empty
    (its own baseline1_* keys: tests/test_s22df_baselines.py)."""
    plan = _baselined()
    plan.baselines[1] = plan.baselines.pop(0)
    assert all("baseline_start" not in t for t in _both(plan)["tasks"])


def test_s21cv_schedule_json_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    src = tmp_path / "site.gantry"
    formats.write_plan(_baselined(), src)
    capsys.readouterr()
    assert main(["schedule", str(src), "--json"]) == 0
    data = json.load(StringIO(capsys.readouterr().out))
    assert data["project"]["status_date"] == "2027-01-05T17:00:00"
    assert data["tasks"][0]["baseline_finish"] == "2027-01-05T17:00:00"
    assert data["tasks"][2]["baseline_cost"] is None
