"""An inactive summary's subtasks count in no total, as MS Project leaves inactive tasks out:
the branch keeps its own figures (the summary shows its subtasks' sum) while the person's
totals, the phase above and the project leave it out, after a full costing and after edits."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

import pytest

from app.cli import main
from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.formats import write_plan
from tests.unit.test_costs_incremental import Kept

MON = datetime(2026, 1, 5, 8)
DAY = 480


def _plan() -> Plan:
    """Phase > (Cut: inactive > Cut work 1d, Ana) and Kept 1d, Ana at 50/h."""
    plan = Plan(project=Project(name="Cut", start=MON))
    plan.append_task(Task(1, "Phase", 1))
    plan.append_task(Task(2, "Cut", 2, active=False))
    plan.append_task(Task(3, "Cut work", 3, duration_minutes=DAY, fixed_cost=100.0))
    plan.append_task(Task(4, "Kept", 2, duration_minutes=DAY))
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0))
    plan.add_assignment(Assignment(1, 3, 1, 1.0, DAY))
    plan.add_assignment(Assignment(2, 4, 1, 1.0, DAY))
    return plan


def _check(report) -> None:
    # the branch keeps its figures: 8h x 50 + 100 fixed
    assert report.task_cost[3] == report.task_cost[2] == pytest.approx(500.0)
    assert report.task_work_minutes[2] == DAY
    # nothing above it, nor Ana, hears of it
    assert report.task_cost[1] == report.total_cost == pytest.approx(400.0)
    assert report.total_work_minutes == DAY
    assert report.resource_cost[1] == pytest.approx(400.0)
    assert report.resource_work_minutes[1] == DAY


def test_s26co_a_full_costing_leaves_the_branch_out_of_the_person():
    plan = _plan()
    _check(compute_costs(plan, schedule(plan)))


def test_s26co_edits_under_the_inactive_summary_keep_the_person_out():
    kept = Kept(_plan())
    plan = kept.plan
    plan.update_assignment(replace(plan.assignment(1), work_minutes=2 * DAY))
    plan.update_task(replace(plan.task(3), duration_minutes=2 * DAY))
    kept.check()
    report = kept.book.report
    assert report.resource_work_minutes[1] == DAY
    assert report.resource_cost[1] == pytest.approx(400.0)
    assert report.task_cost[2] == pytest.approx(16 * 50.0 + 100.0)


def test_s26co_the_command_line_leaves_the_branch_out(tmp_path, capsys):
    path = tmp_path / "cut.xml"
    write_plan(_plan(), path)
    assert main(["schedule", str(path), "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    ana = next(r for r in got["resources"] if r["name"] == "Ana")
    assert (ana["work_minutes"], ana["cost"]) == (DAY, pytest.approx(400.0))
    phase = next(t for t in got["tasks"] if t["name"] == "Phase")
    assert phase["cost"] == pytest.approx(400.0)
    assert main(["info", str(path)]) == 0
    assert "Cost:           €400.00 (EUR)\n" in capsys.readouterr().out


def _usage_rows(plan: Plan, by_task: bool):
    from app.cli.usage_table import usage_tree
    from app.domain.usage import Scale
    from app.domain.usage_bookings import Bookings
    from app.domain.usage_detail_rows import Detail
    from app.domain.usage_details import UsageDetails

    sched = schedule(plan)
    tree = usage_tree(plan, sched, by_task)
    periods = tree.usage.periods(Scale.MONTHS)
    details = UsageDetails(tree, periods, compute_costs(plan, sched), Bookings(plan, sched))
    rows, _cols, vals = tree.cells(periods)
    printed = {}
    for r, v in zip(rows.tolist(), vals.tolist(), strict=True):
        printed[r] = printed.get(r, 0.0) + v
    out = {}
    for row in range(len(tree.kind)):
        name = tree.name(row)
        work = float(tree.values(row, periods).sum())
        assert printed.get(row, 0.0) == pytest.approx(work)  # the printout's cells agree
        cost = float(details.values(row, Detail.COST).sum())
        out.setdefault(name, []).append((tree.total(row), work, cost))
    return out


def test_s26co_usage_by_month_leaves_the_branch_out_of_ana_and_the_phase():
    people = _usage_rows(_plan(), by_task=False)
    # Ana: the kept day only (8h, 400); her row on the cut task keeps its own figures
    assert people["Ana"] == [(DAY, DAY, pytest.approx(400.0))]
    assert people["Cut work"] == [(DAY, DAY, pytest.approx(400.0))]
    tasks = _usage_rows(_plan(), by_task=True)
    assert tasks["Phase"] == [(DAY, DAY, pytest.approx(400.0))]
    # the cut summary shows its subtasks' figures, as the cost report does (500 with fixed)
    assert tasks["Cut"] == [(DAY, DAY, pytest.approx(500.0))]


def test_s26co_a_cost_item_on_the_cut_branch_counts_in_no_total():
    from app.domain.resource import ResourceType

    plan = _plan()
    plan.add_resource(Resource(2, "Travel", type=ResourceType.COST))
    plan.add_assignment(Assignment(3, 3, 2, cost=50.0))  # on Cut work
    plan.add_assignment(Assignment(4, 4, 2, cost=20.0))  # on Kept
    report = compute_costs(plan, schedule(plan))
    assert report.resource_cost[2] == pytest.approx(20.0)
    people = _usage_rows(plan, by_task=False)
    assert people["Travel"] == [(pytest.approx(20.0), pytest.approx(20.0), pytest.approx(20.0))]
    tasks = _usage_rows(plan, by_task=True)
    assert tasks["Phase"][0][2] == pytest.approx(report.task_cost[1]) == pytest.approx(420.0)
