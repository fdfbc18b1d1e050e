"""gantry diff names an assignment whose Delay changed, in the window's words."""

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


def _plan(delay: int = 0, elapsed: bool = False) -> Plan:
    plan = Plan(project=Project(start=datetime(2026, 1, 5, 8)))
    plan.append_task(Task(1, "Write", duration_minutes=5 * 480))
    plan.add_resource(Resource(1, "Ben"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 16 * 60))
    a = plan.assignment(1)
    plan.update_assignment(replace(a, delay_minutes=delay, delay_elapsed=elapsed))
    return plan


def test_a_changed_delay_is_one_change(tmp_path, capsys):
    old, new = tmp_path / "old.gantry", tmp_path / "new.gantry"
    write_plan(_plan(), old)
    write_plan(_plan(2 * 480), new)
    assert main(["diff", str(old), str(new), "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)["changes"]
    assert [(c["entity"], c["uid"], c["field"], c["old"], c["new"]) for c in changes] == [
        ("assignment", "1:1", "delay_minutes", 0, 960)
    ]
    assert main(["diff", str(old), str(new)]) == 0
    text = capsys.readouterr().out
    assert "Delay" in text
    assert "0d -> 2d" in text


def test_an_elapsed_delay_reads_as_typed(tmp_path, capsys):
    old, new = tmp_path / "old.gantry", tmp_path / "new.gantry"
    write_plan(_plan(), old)
    write_plan(_plan(1440, elapsed=True), new)
    assert main(["diff", str(old), str(new)]) == 0
    assert "1ed" in capsys.readouterr().out


def test_the_change_report_puts_a_delay_with_the_schedule_changes():
    from app.cli.diff_sections import SCHEDULE, section_of

    assert section_of("assignment", "changed", "delay_minutes") == SCHEDULE
