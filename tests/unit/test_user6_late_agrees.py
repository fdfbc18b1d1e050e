"""The Late Tasks filter and the status report's late tasks name the same tasks.

A PM filters the sheet on Late Tasks, then sends the status report: the
status bar said "Late Tasks (21 of 61 tasks)" while the report listed 16, because
the filter also matched summaries by their rolled-up status (and an inactive
task), which the report, rightly, does not count as late work.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from app.domain.costs import compute_costs
from app.domain.filters import FilterKind, TaskFilter, matching_uids, with_summaries
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.status_report import gather_status
from app.domain.task import Task

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _plan() -> Plan:
    """Phase (Long 10d at 50 %, Lead-in 3d done, Short 8d after it), then Dropped
    (inactive, not started) and Late one (not started).

    At Friday evening Long is on schedule, Short is due to have started Thursday, and
    the phase rolls up less than the share of its span gone by: by its own rolled-up
    Status it is Late, but its late work is Short's.
    """
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Phase", 1))
    plan.append_task(
        Task(2, "Long", 2, duration_minutes=10 * DAY, percent_complete=50.0, actual_start=MON)
    )
    plan.append_task(
        Task(3, "Lead-in", 2, duration_minutes=3 * DAY, percent_complete=100.0, actual_start=MON)
    )
    plan.append_task(Task(4, "Short", 2, duration_minutes=8 * DAY))
    plan.append_task(Task(5, "Dropped", 1, duration_minutes=2 * DAY, active=False))
    plan.append_task(Task(6, "Late one", 1, duration_minutes=2 * DAY))
    plan.add_link(Link(3, 4))
    return plan


def test_late_tasks_filter_matches_exactly_the_reports_late_tasks():
    plan = _plan()
    result = schedule(plan)
    friday = MON + timedelta(days=4, hours=9)
    plan.set_project(replace(plan.project, status_date=friday))
    report = gather_status(plan, result, compute_costs(plan, result), friday)
    listed = {line.uid for line in report.late_tasks}
    matched = matching_uids(plan, result, TaskFilter(FilterKind.LATE))
    assert listed == {4, 6}  # Short (due to start Thursday) and Late one; not Dropped
    assert matched == listed
    assert report.late_count == len(matched)
    # The phase still shows, above its late subtask, as a related summary row.
    assert with_summaries(plan.tasks, matched) == {1, 4, 6}


def test_on_a_real_plan_under_way_the_filter_and_the_report_count_the_same(shared_data):
    """Software-Development (every task 30 % done), status date a third of the way in."""
    from app.io.mspdi import read_mspdi

    path = shared_data / "mpp" / "Software-Development.xml"
    if not path.exists():
        pytest.skip("Software-Development.xml is not in shared/data/mpp")
    plan = read_mspdi(path)
    result = schedule(plan)
    when = result.start + (result.finish - result.start) / 3
    report = gather_status(plan, result, compute_costs(plan, result), when, list_limit=10_000)
    matched = matching_uids(plan, result, TaskFilter(FilterKind.LATE), status_date=when)
    assert 0 < len(matched) < len(plan.tasks)
    assert matched == {line.uid for line in report.late_tasks}
    assert report.task_counts.late == len(matched)
