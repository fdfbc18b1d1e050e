"""gantry diff lists a Baseline Fixed Cost that differs: typed again in a baseline, or held
by a baseline set (a task's 0 is not listed: MS Project's $0.00 either way)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

from app.cli import main
from app.domain.baseline import Baseline
from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.store.document import write_plan

MON = datetime(2027, 3, 1, 8, 0)


def _plan(baseline: bool = True) -> Plan:
    plan = Plan(project=Project(name="Fit-out", start=MON))
    plan.append_task(Task(1, "Phase", fixed_cost=500.0))
    plan.append_task(Task(2, "Wiring", duration_minutes=960, outline_level=2, fixed_cost=1200.0))
    plan.append_task(Task(3, "Paint", duration_minutes=480, outline_level=2))
    if baseline:
        sched = schedule(plan)
        plan.set_baseline(snapshot(plan, sched, compute_costs(plan, sched), 0, MON))
    return plan


def _with_fixed(base: Baseline, uid: int, amount: float) -> Baseline:
    entries = tuple(replace(e, fixed_cost=amount) if e.task_uid == uid else e for e in base.entries)
    return replace(base, entries=entries)


def _diff(tmp_path, old: Plan, new: Plan, capsys, *extra: str) -> str:
    write_plan(old, tmp_path / "old.gantry")
    write_plan(new, tmp_path / "new.gantry")
    capsys.readouterr()
    assert main(["diff", str(tmp_path / "old.gantry"), str(tmp_path / "new.gantry"), *extra]) == 0
    return capsys.readouterr().out


def test_s27bf_a_changed_baseline_fixed_cost_is_one_change(tmp_path, capsys):
    old, new = _plan(), _plan()
    new.set_baseline(_with_fixed(new.baselines[0], 2, 950.25))
    out = _diff(tmp_path, old, new, capsys)
    assert out.splitlines() == [
        "changed  Baseline (0) of ID 2 'Wiring', saved 2027-03-01 08:00: "
        "Baseline Fixed Cost €1,200.00 -> €950.25"
    ]
    changes = json.loads(_diff(tmp_path, old, new, capsys, "--json"))["changes"]
    assert changes == [
        {
            "entity": "baseline",
            "uid": "0:2",
            "name": "Baseline: Wiring",
            "kind": "changed",
            "field": "fixed_cost",
            "old": 1200,
            "new": 950.25,
        }
    ]


def test_s27bf_a_baseline_set_lists_the_fixed_costs_it_holds(tmp_path, capsys):
    changes = json.loads(_diff(tmp_path, _plan(False), _plan(), capsys, "--json"))["changes"]
    fixed = [(c["uid"], c["old"], c["new"]) for c in changes if c.get("field") == "fixed_cost"]
    assert fixed == [("0:1", 0, 500), ("0:2", 0, 1200)]  # Paint's 0 is no change
    costs = [c["uid"] for c in changes if c.get("field") == "cost"]
    assert costs == ["0:1", "0:2", "0:3"]  # every task's Baseline Cost, as before


def test_s27bf_the_same_plan_twice_has_no_changes(tmp_path, capsys):
    assert _diff(tmp_path, _plan(), _plan(), capsys).strip() == "no changes"


def test_s27bf_the_change_report_titles_it_as_the_sheet(tmp_path, capsys):
    old, new = _plan(), _plan()
    new.set_baseline(replace(_with_fixed(new.baselines[0], 2, 75.0), index=3))
    old.set_baseline(replace(old.baselines[0], index=3))
    _diff(tmp_path, old, new, capsys, "-o", str(tmp_path / "changes.csv"))
    rows = (tmp_path / "changes.csv").read_text(encoding="utf-8-sig").splitlines()
    found = [r for r in rows if "Fixed Cost" in r]
    assert len(found) == 1
    assert found[0].startswith(  # Change, Item, Field, Old, New (the other columns empty)
        "changed,\"Baseline 3 of ID 2 'Wiring', saved 2027-03-01 08:00\","
        "Baseline3 Fixed Cost,1200.00,75.00,"
    )
