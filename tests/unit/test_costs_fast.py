"""compute_costs' bulk paths give what the per-assignment reference gives, and it reports progress.

compute_costs prices plain assignments inline, reads the schedule as columns
and finds over-allocated people without building periods; these tests hold
it, figure for figure, to :func:`cost_of_assignment` and :func:`overallocations`
on mixed random plans (rate tables, materials, cost items, availability,
progress, inactive tasks, nested summaries).
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from app.domain import costs as costs_module
from app.domain import overallocation as overallocation_module
from app.domain.costs import RateFractions, compute_costs, cost_of_assignment
from app.domain.errors import CancelledError
from app.domain.link import Link
from app.domain.overallocation import overallocated_resources, overallocations
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Availability, RateEntry, Resource, ResourceType
from app.domain.schedule import Schedule
from app.domain.scheduler import schedule
from app.domain.task import CostAccrual, Task

START = datetime(2026, 3, 2, 8, 0)


def _force(monkeypatch, use_numpy: bool) -> None:
    """Take the numpy (large plan) or the plain-Python (small plan) path whatever the size."""
    monkeypatch.setattr(overallocation_module, "numpy_pays", lambda size: use_numpy)


@pytest.fixture(params=[False, True], ids=["python", "numpy"])
def either_path(request, monkeypatch):
    _force(monkeypatch, request.param)


def random_plan(seed: int, n: int = 60) -> Plan:
    """Nested tasks, links, eight resources of every kind and ~2n assignments (some to nobody)."""
    rng = random.Random(seed)
    plan = Plan(project=Project(name="Random", start=START))
    tasks: list[Task] = []
    level = 1
    for uid in range(1, n + 1):
        level = max(1, min(level + rng.choice((-1, 0, 0, 1)), 4))
        tasks.append(
            Task(
                uid,
                f"T{uid}",
                outline_level=level,
                duration_minutes=rng.choice((0, 60, 240, 480, 960, 2400)),
                active=rng.random() > 0.1,
                percent_complete=rng.choice((0.0, 0.0, 25.0, 50.0, 100.0, 33.3)),
                actual_start=START if rng.random() < 0.1 else None,
                fixed_cost=rng.choice((0.0, 0.0, 100.0, 12.5, 0.1)),
                fixed_cost_accrual=rng.choice(list(CostAccrual)),
            )
        )
    plan.tasks = tasks
    leaves = [
        t.uid
        for i, t in enumerate(tasks)
        if i + 1 == n or tasks[i + 1].outline_level <= t.outline_level
    ]
    links = {}
    for _ in range(n):
        a, b = sorted(rng.sample(leaves, 2))
        links[a, b] = Link(a, b)
    plan.links = list(links.values())
    for r in range(1, 9):
        kind = rng.choice((ResourceType.WORK,) * 4 + (ResourceType.MATERIAL, ResourceType.COST))
        tables: tuple[tuple[RateEntry, ...], ...] = ()
        if rng.random() < 0.3:
            change = START + timedelta(days=rng.randint(1, 30))
            tables = ((RateEntry(None, 40.0, 60.0, 5.0), RateEntry(change, 55.5, 80.0, 7.0)),)
        availability: tuple[Availability, ...] = ()
        if rng.random() < 0.2:
            cut = START + timedelta(days=10)
            availability = (
                Availability(None, cut, 0.5),
                Availability(cut + timedelta(minutes=1), None, 1.5),
            )
        plan.resources.append(
            Resource(
                r,
                f"R{r}",
                type=kind,
                max_units=rng.choice((1.0, 0.5, 2.0, 0.3)),
                standard_rate=rng.choice((0.0, 33.3, 50.0, 72.25)),
                overtime_rate=rng.choice((0.0, 75.0)),
                cost_per_use=rng.choice((0.0, 10.0, 2.5)),
                availability=availability,
                rate_tables=tables,
            )
        )
    for k in range(1, 2 * n):
        work = rng.choice((0, 0, 480, 960, 1234))
        plan.assignments.append(
            Assignment(
                k,
                rng.choice(tasks).uid,
                rng.randint(1, 10),  # 9 and 10 are nobody: skipped
                rng.choice((1.0, 0.5, 0.3, 0.1, 2.0)),
                work_minutes=work,
                actual_work_minutes=rng.choice((0, 0, 120, work)),
                overtime_work_minutes=rng.choice((0, 0, 60)),
                cost=rng.choice((0.0, 99.9)),
                rate_table=rng.choice((0, 0, 1)),
                actual_overtime_work_minutes=rng.choice((0, 30)),
            )
        )
    return plan


def _reference_assignments(plan: Plan, sched: Schedule) -> dict:
    # compute_costs' default: each person's work where their own span lays it (s14ls)
    fraction = RateFractions(plan, sched)
    resources = {r.uid: r for r in plan.resources}
    return {
        a.uid: cost_of_assignment(plan, sched, a, resources[a.resource_uid], fraction)
        for a in plan.assignments
        if a.resource_uid in resources
    }


@pytest.mark.parametrize("seed", range(40))
def test_every_assignment_costs_what_cost_of_assignment_says(seed):
    plan = random_plan(seed)
    sched = schedule(plan)
    report = compute_costs(plan, sched)
    assert report.assignments == _reference_assignments(plan, sched)  # exact, not approx


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.usefixtures("either_path")
def test_overallocated_people_are_those_overallocations_finds(seed):
    plan = random_plan(seed)
    sched = schedule(plan)
    expected = {o.resource_uid for o in overallocations(plan, sched)}
    assert overallocated_resources(plan, sched) == expected
    assert compute_costs(plan, sched).overallocated == expected


@pytest.mark.parametrize("seed", range(10))
@pytest.mark.usefixtures("either_path")
def test_tasks_roll_up_their_active_children(seed):
    plan = random_plan(seed)
    report = compute_costs(plan, schedule(plan))
    parents = plan.parent_uids()
    for t in plan.tasks:
        if not plan.is_summary(t.uid):
            continue
        children = [c for c in plan.tasks if parents[c.uid] == t.uid and c.active]
        own = t.fixed_cost + sum(
            ac.cost for ac in report.assignments.values() if ac.task_uid == t.uid
        )
        assert report.task_cost[t.uid] == pytest.approx(
            own + sum(report.task_cost[c.uid] for c in children)
        )
    tops = [t for t in plan.tasks if parents[t.uid] is None and t.active]
    assert report.total_cost == pytest.approx(sum(report.task_cost[t.uid] for t in tops))


@pytest.mark.parametrize("seed", range(40))
def test_numpy_and_plain_python_give_the_same_report_to_the_bit(seed, monkeypatch):
    plan = random_plan(seed, n=120)
    sched = schedule(plan)
    _force(monkeypatch, False)
    python = compute_costs(plan, sched)
    _force(monkeypatch, True)
    assert compute_costs(plan, sched) == python


@pytest.mark.parametrize("seed", range(10))
@pytest.mark.usefixtures("either_path")
def test_same_report_from_columns_built_times_or_a_plain_dict(seed):
    plan = random_plan(seed)
    fresh = schedule(plan)
    from_columns = compute_costs(plan, fresh)  # nothing built yet: read as columns
    built = schedule(plan)
    built.times.complete()
    plain = Schedule(fresh.start, fresh.finish, dict(built.times.items()))
    assert compute_costs(plan, built) == from_columns
    assert compute_costs(plan, plain) == from_columns


@pytest.mark.usefixtures("either_path")
def test_seconds_of_overlap_count_when_the_schedule_holds_them():
    plan = Plan(project=Project(start=START))
    plan.append_task(Task(1, "A", duration_minutes=480))
    plan.append_task(Task(2, "B", duration_minutes=480))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 480))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 480))
    sched = schedule(plan)
    times = dict(sched.times.items())
    a = times[1]

    def b_from(moment: datetime) -> Schedule:
        times[2] = replace(times[2], start=moment, finish=moment + timedelta(hours=8))
        return Schedule(sched.start, sched.finish, dict(times))

    back_to_back = b_from(a.finish)  # a finish and a start at one moment: no overlap
    assert overallocations(plan, back_to_back) == []
    assert compute_costs(plan, back_to_back).overallocated == set()
    # B starting 30 s before A finishes books Ana twice for those 30 s.
    overlapping = b_from(a.finish - timedelta(seconds=30))
    assert {o.resource_uid for o in overallocations(plan, overlapping)} == {1}
    assert compute_costs(plan, overlapping).overallocated == {1}


def test_progress_climbs_to_the_total(monkeypatch):
    monkeypatch.setattr(costs_module, "_REPORT_EVERY", 8)
    plan = random_plan(1)
    calls: list[tuple[int, int]] = []
    report = compute_costs(plan, schedule(plan), progress=lambda d, t: calls.append((d, t)) or True)
    assert report == compute_costs(plan, schedule(plan))
    assert len(calls) > len(plan.assignments) // 8
    done = [d for d, _ in calls]
    assert done == sorted(done)
    assert calls[0][0] == 0
    assert calls[-1][0] == calls[-1][1]
    assert len({t for _, t in calls}) == 1


def test_cancel_stops_the_costing_at_the_next_report(monkeypatch):
    monkeypatch.setattr(costs_module, "_REPORT_EVERY", 8)
    plan = random_plan(2)
    sched = schedule(plan)
    calls: list[int] = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) < 3  # the user cancels at the third report

    with pytest.raises(CancelledError):
        compute_costs(plan, sched, progress=progress)
    assert len(calls) == 3
    # it stopped while costing the assignments (a unit per task read comes first)
    assert calls[-1] < len(plan.tasks) + len(plan.assignments)
