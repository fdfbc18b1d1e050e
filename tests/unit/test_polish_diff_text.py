"""gantry diff (text) writes durations as the task sheet does ("3d", "2h", "1ed"), not raw
minutes; --json keeps the minutes."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

from app.cli import main
from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.store.document import GantryFile

DAY = 480


def _plan() -> Plan:
    plan = Plan(project=Project(name="Diff", start=datetime(2026, 3, 2, 8, 0)))
    plan.append_task(Task(1, "Design", duration_minutes=3 * DAY))
    plan.append_task(Task(2, "Build", duration_minutes=2 * DAY))
    plan.append_task(Task(3, "Cure", duration_minutes=1440, elapsed=True))
    plan.add_link(Link(1, 2, LinkType.FS, lag_minutes=DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 3 * DAY))
    return plan


def _files(tmp_path, old: Plan, new: Plan):
    a, b = tmp_path / "old.gantry", tmp_path / "new.gantry"
    GantryFile.create(a, old).close()
    GantryFile.create(b, new).close()
    return str(a), str(b)


def test_text_diff_writes_durations_as_the_sheet(tmp_path, capsys):
    old = _plan()
    new = _plan()
    new.update_task(replace(new.task(1), duration_minutes=5 * DAY))
    new.update_task(replace(new.task(2), leveling_delay_minutes=120))
    new.update_task(replace(new.task(3), duration_minutes=2 * 1440))
    a, b = _files(tmp_path, old, new)
    assert main(["diff", a, b]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "changed  ID 1 'Design': Duration 3d -> 5d" in lines
    # MS Project's Leveling Delay, in elapsed days (tests/unit/test_s15o_diff_leveling_delay.py)
    assert "changed  ID 2 'Build': Leveling Delay 0ed -> 0.08ed" in lines
    assert "changed  ID 3 'Cure': Duration 1ed -> 2ed" in lines


def test_text_diff_writes_lag_and_work_as_durations(tmp_path, capsys):
    old = _plan()
    new = Plan(
        project=old.project,
        tasks=list(old.tasks),
        links=[Link(1, 2, LinkType.FS, lag_minutes=-DAY // 2)],
        resources=list(old.resources),
        assignments=[Assignment(1, 1, 1, 1.0, 2 * DAY + 240)],
    )
    a, b = _files(tmp_path, old, new)
    assert main(["diff", a, b]) == 0
    out = capsys.readouterr().out
    assert "Lag 1FS+1d -> 1FS-4h" in out  # the link as its Predecessors cell
    assert "Work 24h -> 20h" in out  # in the work unit (hours), as the Work column
    assert "480" not in out


def test_json_diff_keeps_minutes(tmp_path, capsys):
    old = _plan()
    new = _plan()
    new.update_task(replace(new.task(2), leveling_delay_minutes=120))
    a, b = _files(tmp_path, old, new)
    assert main(["diff", a, b, "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)["changes"]
    assert [(c["field"], c["old"], c["new"]) for c in changes] == [
        ("leveling_delay_minutes", 0, 120)
    ]
