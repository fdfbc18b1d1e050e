"""gantry diff names a Delay turned elapsed once ("Delay 3d -> 2ed"), not again as
"Elapsed delay No -> Yes" (review s29rv L4); the same length turned elapsed still shows."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

from app.cli import main
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.store.document import write_plan


def _plan(delay: int, elapsed: bool) -> Plan:
    plan = Plan(project=Project(start=datetime(2026, 1, 5, 8)))
    plan.append_task(Task(1, "Write", duration_minutes=8 * 480))
    plan.add_resource(Resource(1, "Ben"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 16 * 60))
    plan.update_assignment(replace(plan.assignment(1), delay_minutes=delay, delay_elapsed=elapsed))
    return plan


def _fields(tmp_path, capsys, old: Plan, new: Plan) -> list[tuple[str, object, object]]:
    a, b = tmp_path / "a.gantry", tmp_path / "b.gantry"
    write_plan(old, a)
    write_plan(new, b)
    assert main(["diff", str(a), str(b), "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)["changes"]
    return [(c["field"], c["old"], c["new"]) for c in changes if c["entity"] == "assignment"]


def test_s29d2_a_delay_turned_elapsed_is_one_change(tmp_path, capsys) -> None:
    got = _fields(tmp_path, capsys, _plan(3 * 480, False), _plan(2 * 1440, True))
    assert got == [("delay_minutes", 1440, 2880)]
    a, b = tmp_path / "a.gantry", tmp_path / "b.gantry"
    assert main(["diff", str(a), str(b)]) == 0
    text = capsys.readouterr().out
    assert "Delay 3d -> 2ed" in text
    assert "Elapsed" not in text


def test_s29d2_the_same_minutes_turned_elapsed_still_show(tmp_path, capsys) -> None:
    got = _fields(tmp_path, capsys, _plan(1440, False), _plan(1440, True))
    assert got == [("delay_elapsed", False, True)]
