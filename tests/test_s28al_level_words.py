"""``gantry level --basis week`` on a plan over-allocated only within a day: the first
line no longer says "no one is over-allocated" before the next names Ana over-allocated."""

from __future__ import annotations

from datetime import datetime

from app.cli import main
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.store.document import write_plan

DAY = 480


def _plan() -> Plan:
    """Ana full time on two one-day tasks the same Monday: 16 h in a 40 h week."""
    plan = Plan(project=Project(name="Week", start=datetime(2026, 1, 5, 8, 0)))
    plan.append_task(Task(1, "Dig", duration_minutes=DAY))
    plan.append_task(Task(2, "Fill", duration_minutes=DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, DAY))
    return plan


def test_s28al_week_basis_says_one_thing(tmp_path, capsys):
    source = tmp_path / "w.gantry"
    write_plan(_plan(), source)
    assert main(["level", str(source), "--basis", "week"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "no one is over-allocated on a Week by Week basis" in lines[0]
    assert "Nothing had to move: no one is over-allocated." not in lines[0]
    assert "Over-allocated within a week only" in lines[1]
    assert "Ana." in lines[1]
