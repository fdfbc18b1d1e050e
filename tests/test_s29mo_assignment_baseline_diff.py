"""gantry diff names whose baseline changed when Set Baseline is run again: a person's
Baseline Work and Cost (MS Project's assignment baseline fields), not only the task's."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

from app.cli import main
from app.domain.baselines import snapshot
from app.domain.calendar import standard_calendar
from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.store.document import write_plan

MON = datetime(2027, 3, 1, 8, 0)


def _plan(ben_hours: int) -> Plan:
    plan = Plan(project=Project(name="Docs", start=MON), calendars={1: standard_calendar()})
    plan.append_task(Task(1, "Write", 1, duration_minutes=5 * 480))
    plan.add_resource(Resource(1, "Ann", standard_rate=50.0))
    plan.add_resource(Resource(2, "Ben", standard_rate=40.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 40 * 60))
    plan.add_assignment(Assignment(2, 1, 2, ben_hours / 40, ben_hours * 60))
    sched = schedule(plan)
    plan.set_baseline(snapshot(plan, sched, compute_costs(plan, sched), 1, MON))
    return plan


def test_s29mo_a_persons_baseline_saved_again_is_named(tmp_path, capsys):
    old, new = tmp_path / "old.gantry", tmp_path / "new.gantry"
    write_plan(_plan(20), old)
    write_plan(_plan(30), new)
    assert main(["diff", str(old), str(new)]) == 0
    out = capsys.readouterr().out
    assert "Ben on ID 1 'Write': Baseline1 Work 20h -> 30h" in out
    assert "Ben on ID 1 'Write': Baseline1 Cost €800.00 -> €1,200.00" in out
    assert "Ann on" not in out  # her baseline is the same
    assert main(["diff", str(old), str(new), "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)["changes"]
    ben = [c for c in changes if c.get("entity") == "assignment"]
    assert {(c["field"], c["old"], c["new"]) for c in ben} >= {
        ("baseline1_work_minutes", 1200, 1800),
        ("baseline1_cost", 800, 1200),
    }


def test_s29mo_a_file_without_peoples_baselines_says_nothing_of_them(tmp_path, capsys):
    old, new = tmp_path / "old.gantry", tmp_path / "new.gantry"
    before = _plan(20)
    before.baselines[1] = replace(before.baselines[1], assignments=())  # an older file's
    write_plan(before, old)
    write_plan(_plan(30), new)
    assert main(["diff", str(old), str(new)]) == 0
    out = capsys.readouterr().out
    assert "Baseline 1 of ID 1 'Write'" in out  # the task's, as before
    assert "'Write': Baseline1" not in out
