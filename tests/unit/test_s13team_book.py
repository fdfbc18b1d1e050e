"""Over-allocations kept person by person (OverallocationBook) equal a fresh computation.

After any sequence of edits, updated with only the tasks the incremental
scheduler moved, the kept periods are those :func:`overallocations` finds on a
fresh schedule; and the periods swept over the schedule's minute columns are
those swept over TaskTimes.
"""

from __future__ import annotations

import random
from dataclasses import replace
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain import overallocation
from app.domain.contours import WorkContour
from app.domain.events import Change
from app.domain.merge import copy_plan
from app.domain.overallocation import OverallocationBook, overallocations
from app.domain.plan import Plan
from app.domain.resource import Assignment, Availability
from app.domain.scheduler import IncrementalScheduler, schedule
from tests.bench.generate import make_plan


@cache
def _base() -> Plan:
    """Few people on many tasks: plenty of over-allocation, and many bookings per person."""
    plan = make_plan(400, 500, 2, n_resources=4)
    leaves = [t.uid for t in plan.tasks if t.outline_level > 1]
    uid = plan.next_assignment_uid()
    for k, t in enumerate(leaves[::3]):
        plan.add_assignment(Assignment(uid, t, 1 + k % 4, 0.5 + (k % 3) / 2, 0))
        uid += 1
    return plan


class Kept:
    """A plan, its incremental scheduler and a book updated after each edit as the Team view does."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.scheduler = IncrementalScheduler(plan)
        self.book = OverallocationBook(plan)
        self.found = self.book.update(self.scheduler.schedule, None)
        self.pending: list[Change] = []
        plan.changes.subscribe(self._changed)

    def _changed(self, change: Change) -> None:
        self.scheduler.apply_all([change])
        self.found = self.book.update(self.scheduler.schedule, self.scheduler.moved_uids)


def _edit(plan: Plan, rng: random.Random) -> None:
    leaves = [t for t in plan.tasks if not plan.is_summary(t.uid)]
    task = rng.choice(leaves)
    kind = rng.choice(
        (
            "duration",
            "duration",
            "units",
            "assign",
            "unassign",
            "inactive",
            "summary",
            "max",
            "contour",
            "availability",
            "reassign",
        )
    )
    if kind == "duration":
        plan.update_task(replace(task, duration_minutes=rng.choice((240, 480, 1440, 4800))))
    elif kind == "units":
        a = rng.choice(plan.assignments)
        plan.update_assignment(replace(a, units=rng.choice((0.5, 1.0, 2.0))))
    elif kind == "assign":
        plan.add_assignment(
            Assignment(plan.next_assignment_uid(), task.uid, rng.randint(1, 4), 1.0, 0)
        )
    elif kind == "unassign":
        plan.remove_assignment(rng.choice(plan.assignments).uid)
    elif kind == "reassign":
        a = rng.choice(plan.assignments)
        plan.update_assignment(replace(a, task_uid=task.uid))
    elif kind == "inactive":
        plan.update_task(replace(task, active=not task.active))
    elif kind == "summary":
        top = rng.choice([t for t in plan.tasks if plan.is_summary(t.uid)])
        plan.update_task(replace(top, active=not top.active))
    elif kind == "max":
        res = rng.choice(plan.resources)
        plan.update_resource(replace(res, max_units=rng.choice((0.5, 1.0, 2.0))))
    elif kind == "contour":
        a = rng.choice(plan.assignments)
        plan.update_assignment(replace(a, contour=rng.choice(list(WorkContour))))
    else:
        res = rng.choice(plan.resources)
        plan.update_resource(replace(res, availability=(Availability(None, None, 0.5),)))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10_000), n=st.integers(1, 8))
def test_kept_overallocations_equal_a_fresh_computation(seed, n):
    kept = Kept(copy_plan(_base()))
    rng = random.Random(seed)
    swept = []
    for _ in range(n):
        _edit(kept.plan, rng)
        swept.append(kept.book.swept)
        assert kept.found == overallocations(kept.plan, schedule(kept.plan))
    assert kept.found  # the plan keeps someone over-allocated: the check means something


def test_an_edit_that_moves_nothing_sweeps_nobody_and_one_person_edit_sweeps_one():
    kept = Kept(copy_plan(_base()))
    plan = kept.plan
    assert kept.book.swept == 4
    assigned = {a.task_uid for a in plan.assignments}
    task = next(t for t in plan.tasks if not plan.is_summary(t.uid) and t.uid not in assigned)
    plan.update_task(replace(task, notes="call the vendor"))
    assert kept.book.swept == 0
    a = plan.assignments[0]
    plan.update_assignment(replace(a, units=a.units + 1))
    assert kept.book.swept == 1
    assert kept.found == overallocations(plan, schedule(plan))


@pytest.mark.parametrize("few", [0, 10**9])
def test_columns_and_task_times_give_the_same_periods(monkeypatch, few):
    plan = copy_plan(_base())
    sched = schedule(plan)
    expected = overallocations(plan, sched)
    assert expected
    monkeypatch.setattr(overallocation, "_FEW", few)
    assert overallocations(plan, schedule(plan)) == expected
