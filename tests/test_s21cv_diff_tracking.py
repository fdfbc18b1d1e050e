"""``gantry diff`` says what changed in tracking: the status date, baselines set or cleared,
tasks whose baseline dates moved; and an assignment's work in the plan's work unit.

Found: a plan re-baselined after a slip, or given a new status date, diffed with its
previous copy said "no changes" though its variances and earned value all changed; and
work read "2d -> 2.67d" in a plan whose Work column and Assignment Information say hours.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from app import formats
from app.cli import main
from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.diff import diff_plans
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import DurationUnit, Task

MON = datetime(2027, 1, 4, 8, 0)  # a Monday
DAY = 480


def _plan(work: int = 2 * DAY) -> Plan:
    plan = Plan(project=Project(name="Site", start=MON))
    plan.append_task(Task(1, "Pour", duration_minutes=2 * DAY))
    plan.append_task(Task(2, "Cure", duration_minutes=DAY))
    plan.add_link(Link(1, 2))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, work))
    return plan


def _baselined(plan: Plan, index: int = 0) -> Plan:
    sched = schedule(plan)
    plan.baselines[index] = snapshot(plan, sched, compute_costs(plan, sched), index, MON)
    return plan


def _diff(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: Plan, new: Plan, ext: str = ".gantry"
) -> list[str]:
    a, b = tmp_path / "old.gantry", tmp_path / f"new{ext}"
    formats.write_plan(old, a)
    formats.write_plan(new, b)
    capsys.readouterr()
    assert main(["diff", str(a), str(b)]) == 0
    return capsys.readouterr().out.splitlines()


def test_s21cv_work_in_the_plans_work_unit(tmp_path, capsys):
    """Hours, the default work unit (the Work column shows 16h); days when the plan says so."""
    lines = _diff(tmp_path, capsys, _plan(), _plan(work=1280))
    assert "changed  Ana on ID 1 'Pour': Work 16h -> 21.33h" in lines
    in_days = replace(_plan().project, work_unit=DurationUnit.DAYS)
    old, new = _plan(), _plan(work=1280)
    old.project, new.project = in_days, in_days
    lines = _diff(tmp_path, capsys, old, new)
    assert "changed  Ana on ID 1 'Pour': Work 2d -> 2.67d" in lines


def test_s21cv_status_date_set_and_moved(tmp_path, capsys):
    old, new = _plan(), _plan()
    new.project = replace(new.project, status_date=datetime(2027, 1, 5, 17, 0))
    assert _diff(tmp_path, capsys, old, new) == [
        "changed  Project 'Site': Status date NA -> 2027-01-05 17:00"
    ]
    old.project = replace(old.project, status_date=datetime(2027, 1, 5, 17, 0))
    new.project = replace(new.project, status_date=datetime(2027, 1, 12, 17, 0))
    assert _diff(tmp_path, capsys, old, new) == [
        "changed  Project 'Site': Status date 2027-01-05 17:00 -> 2027-01-12 17:00"
    ]


def test_s21cv_baseline_set_and_cleared(tmp_path, capsys):
    added = _diff(tmp_path, capsys, _plan(), _baselined(_plan()))
    assert added[0] == "added    Baseline (0), saved 2027-01-04 08:00"
    # what it holds follows (s26dj), each task's values from none
    assert added[1] == (
        "changed  Baseline (0) of ID 1 'Pour', saved 2027-01-04 08:00: "
        "Baseline Start NA -> 2027-01-04 08:00"
    )
    # earned value now has a budget to read (s26au)
    assert added[-1] == (
        "figures: Cost €0.00 as before; Work 16h as before; BAC NA -> €0.00; EAC NA -> €0.00"
    )
    removed = _diff(tmp_path, capsys, _baselined(_plan(), 3), _plan())
    assert removed[0] == "removed  Baseline 3, saved 2027-01-04 08:00"
    assert removed[1] == (
        "changed  Baseline 3 of ID 1 'Pour', saved 2027-01-04 08:00: "
        "Baseline3 Start 2027-01-04 08:00 -> NA"
    )


def test_s21cv_baseline_saved_again_lists_the_dates_moved(tmp_path, capsys):
    """Pour grew a day and the baseline was saved again: Pour's baseline finish and Cure's
    baseline start and finish moved, and Pour's baseline duration (the duration change is
    listed first, as ever)."""
    old = _baselined(_plan())
    new = _plan()
    new.update_task(replace(new.task(1), duration_minutes=3 * DAY))
    _baselined(new)
    assert _diff(tmp_path, capsys, old, new) == [
        # s27dx: the project's dates first, what a PM compares first
        "project: Finish 2027-01-06 17:00 -> 2027-01-07 17:00 (+1d working, +1 calendar day); "
        "Start 2027-01-04 08:00 as before",
        "changed  ID 1 'Pour': Duration 2d -> 3d",
        # named as MS Project's Compare Project Versions names them, with when saved (s26au)
        "changed  Baseline (0) of ID 1 'Pour', saved 2027-01-04 08:00: "
        "Baseline Finish 2027-01-05 17:00 -> 2027-01-06 17:00",
        "changed  Baseline (0) of ID 1 'Pour', saved 2027-01-04 08:00: Baseline Duration 2d -> 3d",
        "changed  Baseline (0) of ID 2 'Cure', saved 2027-01-04 08:00: "
        "Baseline Start 2027-01-06 08:00 -> 2027-01-07 08:00",
        "changed  Baseline (0) of ID 2 'Cure', saved 2027-01-04 08:00: "
        "Baseline Finish 2027-01-06 17:00 -> 2027-01-07 17:00",
        "moved    ID 1 'Pour': Finish 2027-01-05 17:00 -> 2027-01-06 17:00 (+1d working, "
        "+1 calendar day)",
        "moved    ID 2 'Cure': Start 2027-01-06 08:00 -> 2027-01-07 08:00, Finish 2027-01-06 "
        "17:00 -> 2027-01-07 17:00 (+1d working, +1 calendar day)",
        "summary: 5 changes; 2 tasks moved (2 later); Finish 2027-01-06 17:00 -> 2027-01-07 "
        "17:00 (+1d working, +1 calendar day)",
    ]


def test_s21cv_tracking_in_json(tmp_path, capsys):
    old, new = _plan(), _baselined(_plan())
    new.project = replace(new.project, status_date=datetime(2027, 1, 5, 17, 0))
    a, b = tmp_path / "old.gantry", tmp_path / "new.xml"
    formats.write_plan(old, a)
    formats.write_plan(new, b)
    capsys.readouterr()
    assert main(["diff", str(a), str(b), "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)["changes"]
    assert {"entity": "baseline", "uid": 0, "name": "Baseline", "kind": "added"} in changes
    assert {
        "entity": "project",
        "uid": 0,
        "name": "Site",
        "kind": "changed",
        "field": "status_date",
        "old": None,
        "new": "2027-01-05T17:00",
    } in changes


def test_s21cv_formats_without_tracking_compare_none(tmp_path, capsys):
    """A CSV keeps no status date or baseline, a .gan no status date and baselines in whole
    days: comparing with one says nothing of them; nor does the import review's diff."""
    new = _baselined(_plan())
    new.project = replace(new.project, status_date=datetime(2027, 1, 5, 17, 0))
    for ext in (".csv", ".gan"):
        assert not [
            line
            for line in _diff(tmp_path, capsys, _plan(), new, ext)
            if "baseline" in line or "Status date" in line
        ]
    assert diff_plans(_plan(), new) == []


def test_s21cv_plan_in_three_formats_differs_in_nothing(tmp_path, capsys):
    """The same baselined plan with a status date as .gantry, MS Project XML and workbook."""
    plan = _baselined(_plan())
    plan.project = replace(plan.project, status_date=datetime(2027, 1, 5, 17, 0))
    paths = [tmp_path / f"site{ext}" for ext in (".gantry", ".xml", ".xlsx")]
    for path in paths:
        formats.write_plan(plan, path)
    for other in paths[1:]:
        capsys.readouterr()
        assert main(["diff", str(paths[0]), str(other)]) == 0
        assert capsys.readouterr().out == "no changes\n"
