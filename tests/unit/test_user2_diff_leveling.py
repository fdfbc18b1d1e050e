"""gantry diff before and after Level resources: the finish moved by weeks, so the diff must
say which tasks were delayed (MS Project keeps Leveling Delay as a task field too)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

from app.cli import main
from app.domain.diff import diff_plans
from app.domain.leveling import level, without_leveling
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.store.document import GantryFile

DAY = 480


def _plan() -> Plan:
    plan = Plan(project=Project(name="Lev", start=datetime(2026, 3, 2, 8, 0)))
    plan.append_task(Task(1, "Design", duration_minutes=3 * DAY))
    plan.append_task(Task(2, "Build", duration_minutes=3 * DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 3 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 3 * DAY))
    return plan


def _leveled() -> Plan:
    plan = _plan()
    base = without_leveling(plan)
    delays = level(base, schedule(base)).delays
    for uid, minutes in delays.items():
        plan.update_task(replace(plan.task(uid), leveling_delay_minutes=minutes))
    return plan


def test_a_leveling_delay_is_a_change():
    changes = diff_plans(_plan(), _leveled())
    assert [(c.uid, c.field, c.old, c.new) for c in changes] == [
        (2, "leveling_delay_minutes", 0, 3 * DAY)
    ]
    assert diff_plans(_leveled(), _leveled()) == []


def test_gantry_diff_names_the_delayed_task(tmp_path, capsys):
    old, new = tmp_path / "old.gantry", tmp_path / "new.gantry"
    GantryFile.create(old, _plan()).close()
    GantryFile.create(new, _leveled()).close()
    assert main(["diff", str(old), str(new), "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)["changes"]
    assert [(c["name"], c["field"]) for c in changes] == [("Build", "leveling_delay_minutes")]


def test_a_removed_assignment_and_link_are_named_after_the_task_they_were_on():
    """The last task deleted and a new one added take the same uid: the removed
    assignment and link belong to the old task, not to the new one."""
    from app.domain.link import Link

    old = _plan()
    old.add_link(Link(1, 2))
    new = Plan(
        project=old.project,
        tasks=[old.task(1), Task(2, "Party", duration_minutes=DAY)],
        resources=list(old.resources),
        assignments=[a for a in old.assignments if a.task_uid == 1],
    )
    changes = [c for c in diff_plans(old, new) if c.entity in ("assignment", "link")]
    assert sorted((c.entity, c.kind, c.name) for c in changes) == [
        ("assignment", "removed", "Ana on Build"),
        ("link", "removed", "Design -> Build"),
    ]
