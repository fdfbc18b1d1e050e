"""``gantry diff`` text writes durations and work as the sheet shows them, in days with up
to two decimals ("2.67d", was "1280m"); --json keeps the minutes."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

from app.cli import main
from app.cli.diff_text import diff_line
from app.domain.diff import PlanChange
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import DurationUnit, Task
from app.store.document import GantryFile

DAY = 480


def _plan(work: int = 2 * DAY) -> Plan:
    plan = Plan(project=Project(name="Diff", start=datetime(2026, 3, 2, 8, 0)))
    plan.append_task(Task(1, "Design", duration_minutes=2 * DAY))
    plan.append_task(Task(2, "Build", duration_minutes=DAY, duration_unit=DurationUnit.HOURS))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, work))
    return plan


def _changed(tmp_path, capsys, new: Plan, *extra: str) -> str:
    a, b = tmp_path / "old.gantry", tmp_path / "new.gantry"
    GantryFile.create(a, _plan()).close()
    GantryFile.create(b, new).close()
    assert main(["diff", str(a), str(b), *extra]) == 0
    return capsys.readouterr().out


def test_a_duration_of_odd_minutes_reads_in_days(tmp_path, capsys):
    new = _plan()
    new.update_task(replace(new.task(1), duration_minutes=1280))
    out = _changed(tmp_path, capsys, new)
    assert "Duration 2d -> 2.67d" in out
    assert "1280" not in out


def test_work_reads_in_the_work_unit(tmp_path, capsys):
    new = _plan(work=1280)
    out = _changed(tmp_path, capsys, new)
    assert "Work 16h -> 21.33h" in out  # in the work unit, as the Work column


def test_a_duration_typed_in_hours_stays_in_hours(tmp_path, capsys):
    new = _plan()
    new.update_task(replace(new.task(2), duration_minutes=1280))
    out = _changed(tmp_path, capsys, new)
    assert "Duration 8h -> 21.33h" in out


def test_a_plan_entered_in_weeks_shows_weeks():
    old, new = _plan(), _plan()
    for plan in (old, new):
        plan.set_project(replace(plan.project, duration_unit=DurationUnit.WEEKS))
    change = PlanChange("task", 1, "Design", "changed", "duration_minutes", 2 * DAY, 1280)
    assert diff_line(change, old, new).endswith("Duration 0.4w -> 0.53w")


def test_json_keeps_the_minutes(tmp_path, capsys):
    new = _plan()
    new.update_task(replace(new.task(1), duration_minutes=1280))
    changes = json.loads(_changed(tmp_path, capsys, new, "--json"))["changes"]
    assert [(c["field"], c["old"], c["new"]) for c in changes] == [
        ("duration_minutes", 2 * DAY, 1280)
    ]
