"""gantry diff compares what earned value measures (task s25dd): a task's Physical % Complete
and Earned Value method, and the project's baseline for earned value and default method
(added in 1d90a90), which it passed over: a plan measured by another baseline read 'no
changes'. A task's method is compared where it departs from the project's, as MS Project XML
writes every task's method, so the same plan in .gantry, .xml and .xlsx stays unchanged."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from app.assets import resource_path
from app.cli import main
from app.cli.diff_text import held_between
from app.domain.diff import diff_plans
from app.domain.earned_value_method import EarnedValueMethod
from app.domain.plan import Plan
from app.formats import read_plan, write_plan

PHYSICAL = EarnedValueMethod.PHYSICAL_PERCENT_COMPLETE


def _demo() -> Plan:
    return read_plan(resource_path("demo", "crm-rollout.gantry"))


def _measured(plan: Plan) -> Plan:
    """Every task with a Physical % Complete, a third by their own method either way; the
    project on Baseline 1 and Physical % Complete."""
    for k, task in enumerate(list(plan.tasks)):
        method = [None, PHYSICAL, EarnedValueMethod.PERCENT_COMPLETE][k % 3]
        plan.update_task(
            replace(task, physical_percent_complete=float(k % 7) * 10, ev_method=method)
        )
    plan.project = replace(plan.project, ev_baseline=1, ev_method=PHYSICAL)
    return plan


def test_s25dd_diff_tells_the_earned_value_fields(tmp_path, capsys):
    before = tmp_path / "before.gantry"
    plan = _demo()
    write_plan(plan, before)
    task = plan.tasks[3]
    plan.update_task(replace(task, physical_percent_complete=40.0, ev_method=PHYSICAL))
    plan.project = replace(plan.project, ev_baseline=2)
    after = tmp_path / "after.xml"
    write_plan(plan, after)
    assert main(["diff", str(before), str(after)]) == 0
    out = capsys.readouterr().out.splitlines()
    name = f"ID 4 '{task.name}'"  # s27di: by its ID
    assert out == [
        f"changed  Project '{plan.project.name}': Baseline for Earned Value calculations 0 -> 2",
        f"changed  {name}: Earned Value method (empty) -> Physical % Complete",
        # what it comes to (s26au): the plan keeps no Baseline 2, so no BAC nor EAC
        "figures: Cost €207,210.00 as before; Work 2106h as before; "
        "BAC €207,210.00 -> NA; EAC €207,210.00 -> NA",
        # s27di: progress, one line per task, in its own section last
        "progress: 1 task",
        f"  {name}: Physical % Complete 0% -> 40%",
    ]


def test_s25dd_the_projects_default_method_is_one_change_not_one_a_task():
    old = _demo()
    new = _demo()
    new.project = replace(new.project, ev_method=PHYSICAL)
    changes = diff_plans(old, new)
    assert [(c.entity, c.field, c.old, c.new) for c in changes] == [
        ("project", "ev_method", "PERCENT_COMPLETE", "PHYSICAL_PERCENT_COMPLETE")
    ]
    # what undo compares (exact): the methods as kept, a task's own equal to the project's too
    task = new.tasks[2]
    new.update_task(replace(task, ev_method=PHYSICAL))
    assert [c.field for c in diff_plans(old, new) if c.entity == "task"] == []
    exact = [(c.uid, c.field) for c in diff_plans(old, new, exact=True) if c.entity == "task"]
    assert exact == [(task.uid, "ev_method")]


@pytest.mark.parametrize(("a", "b"), list(itertools.combinations((".gantry", ".xml", ".xlsx"), 2)))
def test_s25dd_the_same_measured_plan_in_two_formats_has_no_changes(tmp_path, a, b):
    plan = _measured(_demo())
    paths = [tmp_path / f"plan{a}", tmp_path / f"plan{b}"]
    for path in paths:
        write_plan(plan, path)
    first, second = (read_plan(p) for p in paths)
    assert second.project.ev_baseline == 1  # both keep them: the diff has something to compare
    assert diff_plans(first, second, held=held_between(*paths)) == []


def test_s25dd_a_format_that_drops_them_compares_none(tmp_path):
    plan = _measured(_demo())
    paths = [tmp_path / "plan.gantry", tmp_path / "plan.gan"]
    for path in paths:
        write_plan(plan, path)
    changes = diff_plans(*(read_plan(p) for p in paths), held=held_between(*paths))
    fields = {"physical_percent_complete", "ev_method", "ev_baseline"}
    assert [c for c in changes if c.field in fields] == []
