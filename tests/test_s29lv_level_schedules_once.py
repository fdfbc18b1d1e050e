"""``gantry level`` schedules the leveled plan once: leveling judged an elapsed task it
moved (its work around the clock, in its person's nights) on a copy it scheduled, then the
command scheduled the plan with the same delays again to write and report it."""

from __future__ import annotations

from datetime import datetime

import app.cli.plan_io as plan_io
import app.domain.leveling as leveling
from app.cli import main
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.store.document import GantryFile, read_plan

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480
EDAY = 1440


def _plan() -> Plan:
    """Ana on 'Build' (2 days) and 'Cure' (2 elapsed days), both from Monday."""
    plan = Plan(project=Project(name="Site", start=MON))
    plan.append_task(Task(1, "Build", duration_minutes=2 * DAY))
    plan.append_task(Task(2, "Cure", duration_minutes=2 * EDAY, elapsed=True))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 2 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 2 * DAY))
    return plan


def test_s29lv_gantry_level_schedules_the_leveled_plan_once(tmp_path, monkeypatch, capsys):
    path = tmp_path / "site.gantry"
    GantryFile.create(path, _plan()).close()
    copies: list[int] = []
    real_copy = leveling.schedule_only
    monkeypatch.setattr(
        leveling, "schedule_only", lambda plan, *a: copies.append(1) or real_copy(plan, *a)
    )
    delayed: list[int] = []
    real = plan_io.schedule

    def counted(plan):
        if any(t.leveling_delay_minutes for t in plan.tasks):
            delayed.append(1)
        return real(plan)

    monkeypatch.setattr(plan_io, "schedule", counted)
    assert main(["level", str(path), "--basis", "minute"]) == 0
    out = capsys.readouterr().out
    assert "Delayed 1 task: 'Cure'" in out, out
    assert read_plan(path).task(2).leveling_delay_minutes > 0
    # Cure, moved, is judged where its delay put it, on the plan the command writes
    assert "'Cure', an elapsed task: it runs around the clock" in out
    assert copies == []  # no copy scheduled by leveling
    assert delayed == [1]  # the leveled plan scheduled once
