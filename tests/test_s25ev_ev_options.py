"""Earned value's project options and Physical % Complete, as MS Project keeps them.

* File > Options > Advanced "Baseline for Earned Value calculations" (0-10) and "Default
  task Earned Value method" are the plan's (``Project.ev_baseline``, ``Project.ev_method``),
  kept in the .gantry file (schema v31; a v30 file reads baseline 0 by % complete) and in
  MSPDI (<BaselineForEarnedValue>, <DefaultTaskEVMethod> / <EarnedValueMethod>).
* A task's <PhysicalPercentComplete> and own <EarnedValueMethod> were dropped on import;
  they are kept, written back, and a task whose method is Physical % Complete earns its
  baseline cost x that figure.
* baselines.xml (MS Project's) holds Baselines 1-10 only: the Budget view said "no
  baseline"; reading Baseline 1 it shows that budget.
"""

from __future__ import annotations

import sqlite3
import subprocess
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.earned_value import earned_value, project_earned_value
from app.domain.earned_value_method import EarnedValueMethod
from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from app.store.document import read_plan, write_plan

MON = datetime(2027, 3, 1, 8, 0)
FRI = datetime(2027, 3, 5, 17, 0)
PHYSICAL = EarnedValueMethod.PHYSICAL_PERCENT_COMPLETE


def _plan() -> Plan:
    """Wall (fixed cost 1,000) half its time gone but only 20 % built; Roof 1,000 too."""
    plan = Plan(project=Project(name="House", start=MON, status_date=FRI))
    plan.append_task(Task(1, "Wall", duration_minutes=5 * 480, fixed_cost=1000.0))
    plan.append_task(Task(2, "Roof", duration_minutes=5 * 480, fixed_cost=1000.0))
    found = schedule(plan)
    plan.set_baseline(snapshot(plan, found, compute_costs(plan, found), 0, MON))
    wall = replace(
        plan.task(1), percent_complete=50.0, actual_start=MON, physical_percent_complete=20.0
    )
    plan.update_task(wall)
    return plan


def _ev(plan: Plan) -> dict[int, float]:
    found = schedule(plan)
    values = earned_value(plan, found, compute_costs(plan, found), FRI)
    return {uid: v.ev for uid, v in values.items()}


def test_s25ev_physical_percent_earns_when_the_method_says_so():
    plan = _plan()
    assert _ev(plan)[1] == pytest.approx(500.0)  # % Complete: 50 % of 1,000
    plan.update_task(replace(plan.task(1), ev_method=PHYSICAL))
    assert _ev(plan)[1] == pytest.approx(200.0)  # its own method: 20 % of 1,000
    plan.update_task(replace(plan.task(1), ev_method=None))
    plan.project = replace(plan.project, ev_method=PHYSICAL)
    assert _ev(plan)[1] == pytest.approx(200.0)  # the project's default, followed
    plan.update_task(replace(plan.task(1), ev_method=EarnedValueMethod.PERCENT_COMPLETE))
    assert _ev(plan)[1] == pytest.approx(500.0)  # its own % Complete beats the default


def test_s25ev_the_project_picks_the_baseline_earned_value_reads():
    plan = _plan()
    found = schedule(plan)
    costs = compute_costs(plan, found)
    # baseline 1: Roof's budget doubled
    plan.baselines[1] = replace(
        plan.baselines[0],
        index=1,
        entries=tuple(
            replace(e, cost=e.cost * 2) if e.task_uid == 2 else e for e in plan.baselines[0].entries
        ),
    )
    before = project_earned_value(plan, earned_value(plan, found, costs, FRI))
    plan.project = replace(plan.project, ev_baseline=1)
    after = project_earned_value(plan, earned_value(plan, found, costs, FRI))
    assert (before.bac, after.bac) == (pytest.approx(2000.0), pytest.approx(3000.0))
    assert after.pv == pytest.approx(3000.0)  # both planned to finish by Friday
    plan.project = replace(plan.project, ev_baseline=5)  # not saved: nothing planned
    assert project_earned_value(plan, earned_value(plan, found, costs, FRI)).bac == 0.0


def test_s25ev_gantry_file_keeps_the_options_and_physical_percent(tmp_path):
    plan = _plan()
    plan.update_task(replace(plan.task(1), ev_method=PHYSICAL))
    plan.project = replace(plan.project, ev_baseline=3, ev_method=PHYSICAL)
    path = tmp_path / "house.gantry"
    write_plan(plan, path)
    back = read_plan(path)
    assert (back.project.ev_baseline, back.project.ev_method) == (3, PHYSICAL)
    assert back.task(1).physical_percent_complete == 20.0
    assert back.task(1).ev_method is PHYSICAL
    assert back.task(2).ev_method is None


def test_s25ev_a_v30_file_opens_reading_baseline_0_by_percent_complete(tmp_path):
    old = tmp_path / "v30.gantry"
    shown = subprocess.run(
        ["git", "show", "c749e3f8:resources/demo/crm-rollout.gantry"],
        capture_output=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    old.write_bytes(shown.stdout)
    with sqlite3.connect(old) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 30
    plan = read_plan(old)
    assert (plan.project.ev_baseline, plan.project.ev_method) == (
        0,
        EarnedValueMethod.PERCENT_COMPLETE,
    )
    assert all(t.physical_percent_complete == 0 and t.ev_method is None for t in plan.tasks)
    write_plan(plan, tmp_path / "again.gantry")  # and saves as v31
    with sqlite3.connect(tmp_path / "again.gantry") as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] >= 31  # s25ky took v32


def test_s25ev_mspdi_physical_percent_is_read_and_written_back(shared_data, tmp_path):
    """MS Project's mspdiresource.xml with Task A's Physical % Complete set to 50 and its
    method to Physical (as an auditor's MS Project saved it): kept, and written back."""
    text = (shared_data / "mspdi" / "mspdiresource.xml").read_text(encoding="utf-8")
    row = text.index("<Name>Task A</Name>")
    end = text.index("</Task>", row)
    rows = text[row:end]
    assert "<PhysicalPercentComplete>0</PhysicalPercentComplete>" in rows
    edited = rows.replace(
        "<PhysicalPercentComplete>0</PhysicalPercentComplete>",
        "<PhysicalPercentComplete>50</PhysicalPercentComplete>",
    ).replace(
        "<EarnedValueMethod>0</EarnedValueMethod>", "<EarnedValueMethod>1</EarnedValueMethod>"
    )
    source = tmp_path / "phys.xml"
    source.write_text(text[:row] + edited + text[end:], encoding="utf-8")
    plan = read_mspdi(source)
    task = next(t for t in plan.tasks if t.name == "Task A")
    assert (task.physical_percent_complete, task.ev_method) == (50.0, PHYSICAL)
    others = [t for t in plan.tasks if t.name != "Task A"]
    assert all(t.ev_method is EarnedValueMethod.PERCENT_COMPLETE for t in others)
    plan.project = replace(plan.project, ev_baseline=2)
    out = tmp_path / "out.xml"
    write_mspdi(plan, out)
    written = out.read_text(encoding="utf-8")
    assert "<BaselineForEarnedValue>2</BaselineForEarnedValue>" in written
    assert written.count("<PhysicalPercentComplete>") == 1
    back = read_mspdi(out)
    again = next(t for t in back.tasks if t.name == "Task A")
    assert (again.physical_percent_complete, again.ev_method) == (50.0, PHYSICAL)
    assert back.project.ev_baseline == 2


def test_s25ev_mspdi_project_default_method_round_trips(tmp_path):
    plan = _plan()
    plan.project = replace(plan.project, ev_method=PHYSICAL)
    path = tmp_path / "p.xml"
    write_mspdi(plan, path)
    text = path.read_text(encoding="utf-8")
    assert "<DefaultTaskEVMethod>1</DefaultTaskEVMethod>" in text
    back = read_mspdi(path)
    assert back.project.ev_method is PHYSICAL
    # a plan by % complete writes nothing new: files as before
    write_mspdi(_plan(), path)
    assert "EVMethod" not in path.read_text(encoding="utf-8")


def test_s25ev_bad_physical_percent_names_the_row(tmp_path, shared_data):
    text = (shared_data / "mspdi" / "mspdiresource.xml").read_text(encoding="utf-8")
    row = text.index("<Name>Task A</Name>")  # the project summary row (UID 0) is skipped
    bad = text[:row] + text[row:].replace(
        "<PhysicalPercentComplete>0</PhysicalPercentComplete>",
        "<PhysicalPercentComplete>150</PhysicalPercentComplete>",
        1,
    )
    path = tmp_path / "bad.xml"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(
        FileFormatError, match=r"Task #\d+ \(UID \d+\): <PhysicalPercentComplete> 150"
    ):
        read_mspdi(path)
