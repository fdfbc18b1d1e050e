"""People on a summary task count like anyone's (MS Project): over-allocation and work.

Bob was put on 'Backend' for 5 days before it had subtasks (40 h stored), then also on
its subtask 'API'. Over API's days he works 200 %: over-allocated. Once the subtasks
stretch Backend to 7 days, his summary work follows its duration at his units (56 h, 40 h
a week), not the 40 h stored when it was a task of its own (42.9 h a week over 4.67 days
or the like). Usage, the sweep and 'gantry info' say the same.
"""

from __future__ import annotations

from datetime import datetime

import numpy as np
import pytest

from app.domain.assignment_work import planned_work
from app.domain.link import Link
from app.domain.overallocation import overallocated_resources, overallocations
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.usage import Scale, build_usage

DAY = 480


def _plan(api_units: float = 1.0) -> Plan:
    plan = Plan(project=Project(name="Double booked", start=datetime(2026, 3, 2, 8, 0)))
    plan.append_task(Task(1, "Backend", 1, duration_minutes=5 * DAY))
    plan.append_task(Task(2, "API", 2, duration_minutes=5 * DAY))
    plan.append_task(Task(3, "Docs", 2, duration_minutes=2 * DAY))
    plan.add_link(Link(2, 3))
    plan.add_resource(Resource(1, "Bob"))
    plan.add_resource(Resource(2, "Cleo"))
    plan.add_assignment(Assignment(1, 1, 1, units=1.0, work_minutes=5 * DAY))  # the summary
    plan.add_assignment(
        Assignment(2, 2, 1, units=api_units, work_minutes=round(5 * DAY * api_units))
    )
    plan.add_assignment(Assignment(3, 3, 2, units=1.0, work_minutes=2 * DAY))
    return plan


def test_the_summary_lasts_seven_days():
    times = schedule(_plan())
    assert times[1].duration_minutes == 7 * DAY


def test_bob_on_the_summary_and_its_subtask_is_over_allocated_over_api_only():
    plan = _plan()
    times = schedule(plan)
    assert overallocated_resources(plan, times) == {1}
    (o,) = overallocations(plan, times)
    assert (o.resource_uid, o.start, o.finish) == (1, times[2].start, times[2].finish)
    assert o.units == pytest.approx(2.0)
    assert o.task_uids == (1, 2)


def test_half_time_on_each_is_no_over_allocation():
    plan = _plan(api_units=0.5)
    plan.update_assignment(Assignment(1, 1, 1, units=0.5, work_minutes=5 * DAY))
    times = schedule(plan)
    assert overallocated_resources(plan, times) == set()
    assert overallocations(plan, times) == []


def test_many_people_take_the_column_sweeps_with_the_same_answer():
    """Past a few thousand assignments the sweeps read the schedule's columns (and numpy)."""
    plan = _plan()
    for k in range(3000):
        uid = 10 + k
        plan.append_task(Task(uid, f"T{k}", 1, duration_minutes=DAY))
        plan.add_resource(Resource(uid, f"P{k}"))
        plan.add_assignment(Assignment(uid, uid, uid, units=1.0, work_minutes=DAY))
    times = schedule(plan)
    assert overallocated_resources(plan, times) == {1}
    assert [o.resource_uid for o in overallocations(plan, times)] == [1]


def test_summary_work_follows_its_duration_at_the_units():
    plan = _plan()
    times = schedule(plan)
    summary_bob = plan.assignment(1)
    assert planned_work(plan, summary_bob, times[1]) == 7 * DAY  # 56 h, not the 40 h stored
    assert planned_work(plan, plan.assignment(2), times[2]) == 5 * DAY


def test_usage_shows_the_summary_work_at_forty_hours_a_week():
    plan = _plan()
    times = schedule(plan)
    usage = build_usage(plan, times)
    weeks = usage.periods(Scale.WEEKS)
    row = next(j for j, a in enumerate(usage.assignments) if a.uid == 1)
    per_week = usage.assignment_values(row, weeks)
    assert per_week.sum() == pytest.approx(7 * DAY)
    busy = per_week[per_week > 0]
    assert np.allclose(busy, [5 * DAY, 2 * DAY])  # Mon-Fri then Mon-Tue: 40 h and 16 h


def test_costs_and_the_team_views_work_agree_with_usage():
    """The Team view and Budget read the cost report: Bob's summary work is 56 h there too."""
    from app.domain.costs import compute_costs

    plan = _plan()
    times = schedule(plan)
    report = compute_costs(plan, times)
    assert report.assignments[1].work_minutes == 7 * DAY
    assert report.resource_work_minutes[1] == 12 * DAY  # 56 h on Backend + 40 h on API
    usage = build_usage(plan, times)
    weeks = usage.periods(Scale.WEEKS)
    bob = next(j for j, r in enumerate(usage.resources) if r.uid == 1)
    assert usage.resource_values(bob, weeks).sum() == pytest.approx(12 * DAY)


def test_the_windows_cost_book_follows_the_summary_as_its_subtasks_move():
    """Docs gets longer: Backend lasts 9 days and Bob's work on it follows, in the cost
    book the window keeps up to date as in a full costing."""
    from dataclasses import replace

    from tests.unit.test_costs_incremental import Kept

    plan = _plan()
    kept = Kept(plan)
    plan.update_task(replace(plan.task(3), duration_minutes=4 * DAY))
    kept.check()
    assert kept.book.report.assignments[1].work_minutes == 9 * DAY
    assert kept.full == 0


def test_the_team_views_workload_chart_shows_the_summary_work_too():
    from app.domain.workload import workload_by_task

    plan = _plan()
    times = schedule(plan)
    first = times.start.date()
    n = (times.finish.date() - first).days + 1
    per_task = workload_by_task(plan, times, 1, first, n)
    assert {uid: round(float(v.sum())) for uid, v in per_task.items()} == {1: 7 * DAY, 2: 5 * DAY}


def test_ms_project_xml_gets_the_summary_work_that_follows_its_duration(tmp_path):
    from app.io.mspdi import read_mspdi
    from app.io.mspdi_write import write_mspdi

    path = tmp_path / "bob.xml"
    write_mspdi(_plan(), path)
    back = read_mspdi(path)
    work = {(a.task_uid, a.resource_uid): a.work_minutes for a in back.assignments}
    assert work == {(1, 1): 7 * DAY, (2, 1): 5 * DAY, (3, 2): 2 * DAY}


def test_the_summary_work_is_the_persons_working_time_over_its_span():
    """MS Project's ResourceCalendar file: Resource2's calendar takes a day off inside the
    10-day summary 'Task5', and MS Project gives his summary assignment 72 h, not 80 h."""
    from app.domain.vacations import add_vacation

    plan = _plan()
    times = schedule(plan)
    day_off = times[2].start.date().replace(day=times[2].start.day + 1)
    add_vacation(plan, 1, day_off, day_off)
    times = schedule(plan)
    assert times[1].duration_minutes == 8 * DAY  # API waits a day for Bob
    assert planned_work(plan, plan.assignment(1), times[1]) == 7 * DAY  # his 7 days there


def test_ms_project_files_keep_their_summary_work(shared_data):
    from app.io.mspdi import read_mspdi

    plan = read_mspdi(shared_data / "mpp" / "ResourceCalendar.xml")
    times = schedule(plan)
    summary = [a for a in plan.assignments if plan.is_summary(a.task_uid)]
    assert summary
    for a in summary:
        assert planned_work(plan, a, times[a.task_uid]) == a.work_minutes


def test_leveling_names_the_clash_it_cannot_resolve_on_a_summary():
    """MS Project does not move a summary to level its own people, and says it cannot
    resolve that over-allocation; Gantry names Bob too, as the sweep (status bar, Team
    view) says he is over-allocated."""
    from app.domain.leveling import level

    plan = _plan()
    result = level(plan, schedule(plan))
    assert 1 in {u.resource_uid for u in result.unresolved}
