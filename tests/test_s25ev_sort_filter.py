"""The baseline and tracking sort fields (finish and cost variance, baseline start, finish
and cost, % complete, actual start and finish) and the Cost Overbudget and Work
Overbudget filters, in the domain and through ``gantry schedule --sort/--filter``."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

import pytest

from app.cli import main
from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.filters import FilterKind, TaskFilter, matching_uids
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.sorting import SortField, TaskSort, parse_sort, sorted_tasks
from app.domain.task import Task
from app.store.document import write_plan

MON = datetime(2026, 1, 5, 8, 0)


def _plan() -> Plan:
    """Four tasks baselined, then: Build costs more, Test runs a day longer with more
    work, Design is done and Docs half done."""
    plan = Plan(project=Project(name="Overrun", start=MON, status_date=datetime(2026, 1, 9, 17)))
    plan.append_task(Task(1, "Design", duration_minutes=480, fixed_cost=100.0))
    plan.append_task(Task(2, "Build", duration_minutes=960, fixed_cost=1000.0))
    plan.append_task(Task(3, "Test", duration_minutes=480))
    plan.append_task(Task(4, "Docs", duration_minutes=960, fixed_cost=300.0))
    plan.add_resource(Resource(7, "Ana", standard_rate=50.0))
    plan.add_assignment(Assignment(1, 3, 7, work_minutes=480))
    result = schedule(plan)
    plan.baselines[0] = snapshot(plan, result, compute_costs(plan, result), 0, MON)
    plan.update_task(replace(plan.task(2), fixed_cost=1400.0))
    plan.update_task(replace(plan.task(3), duration_minutes=960))
    plan.assignments[0] = replace(plan.assignments[0], work_minutes=960)
    plan.update_task(replace(plan.task(1), percent_complete=100.0, actual_start=MON))
    plan.update_task(replace(plan.task(4), percent_complete=50.0, actual_start=MON))
    return plan


def _names(plan: Plan, text: str) -> list[str]:
    ordered = sorted_tasks(plan, schedule(plan), TaskSort(parse_sort(text)))
    return [t.name for t in ordered]


def test_s25ev_baseline_fields_sort_as_their_columns_read():
    plan = _plan()
    assert _names(plan, "cost-variance:desc")[0] == "Build"  # +400, the others 0 or less
    assert _names(plan, "finish-variance:desc")[0] == "Test"  # a day late
    assert _names(plan, "baseline-cost:desc") == ["Build", "Test", "Docs", "Design"]
    assert _names(plan, "percent-complete:desc")[:2] == ["Design", "Docs"]
    assert _names(plan, "percent:desc") == _names(plan, "percent-complete:desc")
    # tasks not started have no actual start: listed last, whichever the direction
    assert _names(plan, "actual-start")[2:] == ["Build", "Test"]
    assert _names(plan, "actual-finish:desc")[0] == "Design"
    by_start = _names(plan, "baseline-start,name")
    assert by_start[:3] == ["Build", "Design", "Docs"]  # all baselined Monday 8:00


def test_s25ev_sort_fields_have_ms_projects_titles():
    assert SortField.from_name("Baseline Finish").title == "Baseline Finish"
    assert SortField.from_name("cost_variance").title == "Cost Variance"
    assert SortField.PERCENT_COMPLETE.title == "% Complete"


def test_s25ev_overbudget_filters_find_the_tasks_over_their_baseline():
    plan = _plan()
    result = schedule(plan)
    cost = matching_uids(plan, result, TaskFilter(FilterKind.COST_OVERBUDGET))
    work = matching_uids(plan, result, TaskFilter(FilterKind.WORK_OVERBUDGET))
    assert cost == {2, 3}  # Build's fixed cost went up; Test's work doubled, so its cost
    assert work == {3}
    assert FilterKind.COST_OVERBUDGET.title == "Cost Overbudget"
    del plan.baselines[0]
    assert not matching_uids(plan, result, TaskFilter(FilterKind.COST_OVERBUDGET))


def test_s25ev_cli_sorts_and_filters_by_them(tmp_path, capsys):
    path = tmp_path / "overrun.gantry"
    write_plan(_plan(), path)
    assert main(["schedule", str(path), "--filter", "cost-overbudget", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    names = {t["name"] for t in (rows["tasks"] if isinstance(rows, dict) else rows)}
    assert names == {"Build", "Test"}
    assert main(["schedule", str(path), "--sort", "finish-variance:desc", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    first = (rows["tasks"] if isinstance(rows, dict) else rows)[0]
    assert first["name"] == "Test"


def test_s25ev_unknown_sort_key_lists_the_new_ones():
    with pytest.raises(Exception, match="baseline-cost"):
        parse_sort("budget")
