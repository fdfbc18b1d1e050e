"""A priority 1000 task (do not level) that its predecessors take onto a slot a task placed
before it holds is never delayed: the other task is the one moved, as MS Project's Level
Resources does. It was only named ("'Launch' has priority 1000 (do not level)") and the
person left over-allocated. Two do-not-level tasks on one person at once stay named."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.cli import main
from app.domain.leveling import apply_delays, level
from app.domain.link import Link
from app.domain.overallocation import overallocated_resources
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.store.document import GantryFile, read_plan
from tests.bench.generate import make_plan

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _plan(*, two_kept: bool = False) -> Plan:
    """Prep (Bo) then Launch (Ana, priority 1000) from Wednesday; Docs (Ana) from Monday,
    critical (Wrap follows it) and so placed first, holds Ana on Wednesday."""
    plan = Plan(project=Project(name="Team", start=MON))
    plan.append_task(Task(1, "Prep", duration_minutes=2 * DAY))
    plan.append_task(Task(2, "Launch", duration_minutes=2 * DAY, priority=1000))
    plan.append_task(Task(3, "Docs", duration_minutes=4 * DAY, priority=1000 if two_kept else 500))
    plan.append_task(Task(4, "Wrap", duration_minutes=DAY))
    plan.add_link(Link(1, 2))
    plan.add_link(Link(3, 4))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Bo"))
    plan.add_assignment(Assignment(1, 1, 2, 1.0, 2 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 2 * DAY))
    plan.add_assignment(Assignment(3, 3, 1, 1.0, 4 * DAY))
    plan.add_assignment(Assignment(4, 4, 2, 1.0, DAY))
    return plan


def _leveled(plan, result):
    apply_delays(plan, result.delays)
    return schedule(plan)


def test_s28lv_the_other_task_moves_and_the_do_not_level_one_keeps_its_slot():
    plan = _plan()
    result = level(plan, schedule(plan))
    assert result.delays.get(2, 0) == 0
    assert 3 in [m.task_uid for m in result.moves]  # Docs waits or is split around it
    assert result.unresolved == ()  # nothing left: it used to name 'Launch'
    after = _leveled(plan, result)
    assert after.times[2].start == datetime(2026, 1, 7, 8, 0)  # Wednesday, where its link puts it
    assert overallocated_resources(plan, after) == set()


def test_s28lv_two_do_not_level_tasks_at_once_stay_named():
    plan = _plan(two_kept=True)
    result = level(plan, schedule(plan))
    assert result.delays.get(2, 0) == 0
    assert result.delays.get(3, 0) == 0
    reasons = [u.reason for u in result.unresolved if u.resource_uid == 1]
    assert any("priority 1000 (do not level)" in why for why in reasons)


def test_s28lv_gantry_level_moves_the_other_task(tmp_path, capsys):
    path = tmp_path / "team.gantry"
    GantryFile.create(path, _plan()).close()
    out = tmp_path / "out.gantry"
    assert main(["level", str(path), "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert "Still over-allocated" not in said
    leveled = read_plan(out)
    assert leveled.task(2).leveling_delay_minutes == 0
    assert overallocated_resources(leveled, schedule(leveled)) == set()


def test_s28lv_on_a_team_plan_no_do_not_level_task_is_named_for_a_movable_one():
    # 400 tasks, 40 people, every tenth task do not level: none is named for a task
    # leveling could have moved (each was, placed after one ready before it).
    plan = make_plan(400, 600, 1, 40, seed=3)
    leaves = [t for t in plan.tasks if t.outline_level == 2]
    kept = {t.uid for t in leaves[::10]}
    plan.tasks = [replace(t, priority=1000) if t.uid in kept else t for t in plan.tasks]
    result = level(plan, schedule(plan))
    assert not any(result.delays.get(u, 0) for u in kept)
    for u in result.unresolved:
        if u.task_uid in kept and "priority 1000" in u.reason:
            assert u.held_as != "placed first in the leveling order", u
