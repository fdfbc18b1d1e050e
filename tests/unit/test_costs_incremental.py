"""Costs kept edit by edit (CostBook) equal a full costing after any sequence of edits."""

from __future__ import annotations

import contextlib
import random
from dataclasses import replace
from datetime import datetime, timedelta
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.baselines import snapshot
from app.domain.cost_book import CostBook
from app.domain.costs import compute_costs
from app.domain.earned_value import s_curve
from app.domain.errors import AppError
from app.domain.events import Change, ChangeKind, Entity
from app.domain.leveling import apply_delays
from app.domain.link import Link
from app.domain.merge import copy_plan
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Availability, RateEntry, Resource, ResourceType
from app.domain.scheduler import IncrementalScheduler, schedule
from app.domain.task import Task
from tests.bench.generate import make_plan

START = datetime(2026, 1, 5, 8)


def _plan() -> Plan:
    """A generated plan with what costing treats apart: rate tables, materials, cost items,
    people with availability, nested summaries, fixed costs, progress and a baseline."""
    plan = make_plan(240, 360, 2, n_resources=6)
    for r in list(plan.resources):  # rates no binary fraction holds: the order of sums shows
        plan.update_resource(replace(r, standard_rate=r.standard_rate + 0.1 + r.uid * 0.37))
    plan.add_resource(
        Resource(
            7,
            "Rated",
            standard_rate=40.0,
            rate_tables=(
                (
                    RateEntry(None, 40.0, 60.0, 5.0),
                    RateEntry(START + timedelta(days=20), 70.0, 90.0, 8.0),
                ),
            ),
        )
    )
    plan.add_resource(Resource(8, "Concrete", type=ResourceType.MATERIAL, standard_rate=12.5))
    plan.add_resource(Resource(9, "Travel", type=ResourceType.COST))
    plan.add_resource(
        Resource(
            10, "Part-timer", standard_rate=30.0, availability=(Availability(None, None, 0.5),)
        )
    )
    leaves = [t.uid for t in plan.tasks if t.outline_level > 1]
    uid = plan.next_assignment_uid()
    for k, t in enumerate(leaves[::7]):
        res = (7, 8, 9, 10)[k % 4]
        plan.add_assignment(Assignment(uid, t, res, 0.5 + (k % 3) / 2, 0, cost=100.0 + k))
        uid += 1
    # Nesting: a few tasks become summaries of the next ones.
    for t in leaves[3::40]:
        with contextlib.suppress(AppError):
            plan.indent([t + 1, t + 2])
    for k, t in enumerate(plan.tasks[::11]):
        plan.update_task(replace(t, fixed_cost=25.3 * k, percent_complete=float(k % 5) * 20))
    s = schedule(plan)
    plan.set_baseline(snapshot(plan, s, compute_costs(plan, s), 0, START))
    return plan


class Kept:
    """A plan with its scheduler and cost book, updated after each batch as Document does."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.scheduler = IncrementalScheduler(plan)
        self.book = CostBook(plan, self.scheduler.schedule, compute_costs(plan, self.schedule))
        self.pending: list[Change] = []
        self.full = 0  # batches the book sent back to a full costing
        self.in_batch = False
        plan.changes.subscribe(self._changed)
        plan.changes.subscribe_batch(self._batch)

    @property
    def schedule(self):
        return self.scheduler.schedule

    def _changed(self, change: Change) -> None:
        self.pending.append(change)
        if not self.in_batch:
            self._update()

    def _batch(self, opening: bool) -> None:
        self.in_batch = opening
        if not opening and self.pending:
            self._update()

    def _update(self) -> None:
        pending, self.pending = self.pending, []
        if all(c.entity in (Entity.BASELINE, Entity.RISK) for c in pending):
            moved = frozenset()
        elif sum(len(c.keys) for c in pending if c.entity is Entity.TASK) >= 10:
            self.scheduler.reschedule()  # a full run: the book compares whole spans
            moved = None
        else:
            self.scheduler.apply_all(pending)
            moved = self.scheduler.moved_uids
        if self.book.update(self.schedule, pending, moved) is None:
            self.full += 1
            self.book = CostBook(self.plan, self.schedule, compute_costs(self.plan, self.schedule))

    def check(self) -> None:
        fresh = schedule(self.plan)
        expected = compute_costs(self.plan, fresh)
        got = self.book.report
        # Field by field first, for a readable failure; then the whole value.
        assert got.task_cost == expected.task_cost
        assert got.task_actual_cost == expected.task_actual_cost
        assert got.task_work_minutes == expected.task_work_minutes
        assert got.task_actual_work_minutes == expected.task_actual_work_minutes
        assert got.task_baseline_cost == expected.task_baseline_cost
        assert got.resource_cost == expected.resource_cost
        assert got.resource_work_minutes == expected.resource_work_minutes
        assert got.assignments == expected.assignments
        assert got.overallocated == expected.overallocated
        assert (got.total_cost, got.total_actual_cost, got.total_work_minutes, got.budget) == (
            expected.total_cost,
            expected.total_actual_cost,
            expected.total_work_minutes,
            expected.budget,
        )
        assert got == expected
        status = fresh.start + (fresh.finish - fresh.start) / 2
        assert s_curve(self.plan, self.schedule, got, status) == s_curve(
            self.plan, fresh, expected, status
        )


def _edit(kept: Kept, rng: random.Random, kind: str) -> None:
    """One user edit of the given kind, on a task, person or assignment picked by ``rng``."""
    plan = kept.plan
    leaves = [t for t in plan.tasks if not plan.is_summary(t.uid)]
    task = rng.choice(leaves)
    if kind == "duration":
        plan.update_task(replace(task, duration_minutes=rng.choice((240, 480, 1440, 4800))))
    elif kind == "progress":
        plan.update_task(replace(task, percent_complete=rng.choice((0.0, 30.0, 100.0))))
    elif kind == "fixed":
        target = rng.choice(plan.tasks)
        plan.update_task(replace(target, fixed_cost=rng.choice((0.0, 99.5, 1234.25))))
    elif kind == "units" and plan.assignments:
        a = rng.choice(plan.assignments)
        plan.update_assignment(replace(a, units=rng.choice((0.5, 1.0, 2.0)), work_minutes=0))
    elif kind == "work" and plan.assignments:
        a = rng.choice(plan.assignments)
        plan.update_assignment(replace(a, work_minutes=rng.choice((0, 480, 2400))))
    elif kind == "assign":
        res = rng.choice(plan.resources)
        plan.add_assignment(
            Assignment(plan.next_assignment_uid(), task.uid, res.uid, 1.0, 0, cost=50.0)
        )
    elif kind == "unassign" and plan.assignments:
        plan.remove_assignment(rng.choice(plan.assignments).uid)
    elif kind == "reassign" and plan.assignments:
        a = rng.choice(plan.assignments)
        plan.update_assignment(replace(a, task_uid=task.uid))
    elif kind == "link":  # forward, between two subtasks of one summary: never a loop
        parent = plan.parent(task.uid)
        later = [
            t
            for t in leaves
            if plan.index_of(t.uid) > plan.index_of(task.uid) and plan.parent(t.uid) == parent
        ]
        if later:
            with contextlib.suppress(AppError):  # already linked
                plan.add_link(Link(task.uid, rng.choice(later).uid))
    elif kind == "unlink" and plan.links:
        link = rng.choice(plan.links)
        plan.remove_link(link.predecessor, link.successor)
    elif kind == "baseline":
        plan.set_baseline(
            snapshot(plan, kept.schedule, kept.book.report, 0, START + timedelta(days=1))
        )
    elif kind == "rate":
        res = rng.choice(plan.resources)
        plan.update_resource(replace(res, standard_rate=res.standard_rate + 7.5))
    elif kind == "inactive":
        plan.update_task(replace(task, active=not task.active))
    elif kind == "delays":  # Level Resources: many delays in one batch
        picked = rng.sample(leaves, min(15, len(leaves)))
        apply_delays(plan, {t.uid: rng.choice((0, 480, 2400)) for t in picked})
    elif kind == "batch":
        with plan.batch():
            for _ in range(3):
                _edit(kept, rng, rng.choice(("duration", "progress", "units", "fixed")))


_KINDS = (
    "duration",
    "progress",
    "fixed",
    "units",
    "work",
    "assign",
    "unassign",
    "reassign",
    "link",
    "unlink",
    "baseline",
    "rate",
    "inactive",
    "batch",
    "delays",
)


@cache
def _base_plan() -> Plan:
    return _plan()


def _copy(plan: Plan) -> Plan:
    return copy_plan(plan)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    seed=st.integers(0, 10_000),
    kinds=st.lists(st.sampled_from(_KINDS), min_size=1, max_size=8),
)
def test_kept_costs_equal_a_full_costing_after_any_edits(seed, kinds) -> None:
    kept = Kept(_copy(_base_plan()))
    rng = random.Random(seed)
    for kind in kinds:
        _edit(kept, rng, kind)
        kept.check()


def test_a_duration_edit_costs_only_what_moved() -> None:
    """The common edit stays incremental (no full costing) and still changes the figures."""
    kept = Kept(_plan())
    plan = kept.plan
    staffed = next(
        plan.task(a.task_uid)
        for a in plan.assignments
        if a.resource_uid <= 6 and not plan.is_summary(a.task_uid)
    )
    before = kept.book.report
    for a in plan.assignments_of_task(staffed.uid):
        plan.update_assignment(replace(a, work_minutes=0))
    plan.update_task(replace(staffed, duration_minutes=staffed.duration_minutes + 2400))
    kept.check()
    assert kept.full == 0
    assert kept.book.report.task_cost[staffed.uid] > before.task_cost[staffed.uid]
    assert kept.book.report.total_cost > before.total_cost
    assert before == compute_costs(_plan(), schedule(_plan()))  # a report handed out stays put


def test_structure_edits_fall_back_to_a_full_costing() -> None:
    kept = Kept(_plan())
    res = kept.plan.resources[0]
    kept.plan.update_resource(replace(res, standard_rate=res.standard_rate * 2))
    assert kept.full == 1
    kept.check()


def test_moved_uids_name_the_tasks_an_edit_moved() -> None:
    """The scheduler's accessor: the edited task and its successors, None after a full run."""
    plan = make_plan(60, 80, 1)
    scheduler = IncrementalScheduler(plan)
    assert scheduler.moved_uids is None
    before = schedule(plan)
    task = next(t for t in plan.tasks if plan.links_from(t.uid) and not plan.is_summary(t.uid))
    plan.update_task(replace(task, duration_minutes=task.duration_minutes + 4800))
    scheduler.tasks_changed([task.uid])
    after = schedule(plan)
    moved = {u for u in before.times if before[u].start != after[u].start}
    moved |= {u for u in before.times if before[u].finish != after[u].finish}
    assert task.uid in scheduler.moved_uids
    assert moved <= scheduler.moved_uids
    scheduler.apply_all([Change(Entity.RISK, ChangeKind.CHANGED, (1,))])
    assert scheduler.moved_uids == frozenset()


def test_tasks_moved_in_time_only_are_judged_for_overallocation() -> None:
    """Unlinking two tasks of one person moves the second onto the first (same durations,
    same costs): the person is over-allocated; linking them back clears it."""
    plan = Plan(project=Project(start=START))
    plan.append_task(Task(1, "Design", duration_minutes=2400))
    plan.append_task(Task(2, "Build", duration_minutes=2400))
    plan.add_resource(Resource(1, "Ana", standard_rate=41.3))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 2400))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 2400))
    plan.add_link(Link(1, 2))
    kept = Kept(plan)
    assert kept.book.report.overallocated == set()

    plan.remove_link(1, 2)
    kept.check()
    assert kept.book.report.overallocated == {1}
    plan.update_task(replace(plan.task(2), leveling_delay_minutes=2400))  # moved by the edit
    kept.check()
    assert kept.book.report.overallocated == set()
    assert kept.full == 0
