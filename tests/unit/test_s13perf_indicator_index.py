"""The Indicators column keeps the plan's assignments by task and person from edit to edit
(building them again was most of the first paint after a duration edit at 100k tasks), and
shows after every kind of edit exactly the marks a fresh build shows."""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.resource import Assignment
from app.domain.schedule import Schedule
from app.domain.scheduler import IncrementalScheduler
from app.report.indicators import Indicator, TaskIndicators
from app.ui.models.indicators import IndicatorCells
from tests.bench.generate import make_plan


@dataclass
class _Document:
    """What IndicatorCells reads of the window's Document."""

    plan: Plan
    schedule: Schedule
    costs: object


def _open(plan: Plan):
    scheduler = IncrementalScheduler(plan)
    plan.changes.subscribe(scheduler.apply)
    document = _Document(plan, scheduler.schedule, compute_costs(plan, scheduler.schedule))
    return scheduler, document


def _refresh(scheduler, document) -> None:
    document.schedule = scheduler.schedule
    document.costs = compute_costs(document.plan, document.schedule)


def _same_marks(cells: IndicatorCells, document) -> int:
    fresh = TaskIndicators(document.plan, document.schedule, document.costs.overallocated)
    over = 0
    for task in document.plan.tasks:
        assert cells.marks(task.uid) == fresh.of(task.uid), task.uid
        over += Indicator.OVERALLOCATED in (m.kind for m in fresh.of(task.uid))
    return over


def test_index_is_kept_over_edits_and_marks_match_a_fresh_build():
    plan = make_plan(300, 450, 2, n_resources=4, seed=3)
    scheduler, document = _open(plan)
    cells = IndicatorCells(document)
    assert _same_marks(cells, document) > 0  # some people over-allocated to begin with
    index = cells._current().index
    assert index is not None
    leaf = next(
        t for t in plan.tasks if not plan.is_summary(t.uid) and plan.assignments_of_task(t.uid)
    )
    # A duration edit that rewrites its people's work, as the sheet's Duration cell does.
    with plan.batch():
        plan.update_task(replace(leaf, duration_minutes=leaf.duration_minutes + 960))
        for a in plan.assignments_of_task(leaf.uid):
            plan.update_assignment(replace(a, work_minutes=a.work_minutes + 960, units=2.0))
    _refresh(scheduler, document)
    _same_marks(cells, document)
    assert cells._current().index is index  # kept, patched in place
    # Moved to another person on the same task: patched in place.
    moved = plan.assignments[3]
    other_person = next(r for r in plan.resources if r.uid != moved.resource_uid)
    plan.update_assignment(replace(moved, resource_uid=other_person.uid, units=3.0))
    _refresh(scheduler, document)
    _same_marks(cells, document)
    assert cells._current().index is index
    assert cells.assignment_index() is index
    # Moved to another task, or a new assignment: built again (each task's list keeps the
    # plan's order, which the People cell shows).
    other_task = next(
        t for t in plan.tasks if not plan.is_summary(t.uid) and t.uid != moved.task_uid
    )
    plan.update_assignment(replace(plan.assignment(moved.uid), task_uid=other_task.uid))
    _refresh(scheduler, document)
    _same_marks(cells, document)
    index = cells.assignment_index()
    plan.add_assignment(Assignment(plan.next_assignment_uid(), leaf.uid, other_person.uid, 3.0), 0)
    _refresh(scheduler, document)
    _same_marks(cells, document)
    assert cells.assignment_index() is not index
    assert cells.assignment_index().on_task[leaf.uid] == plan.assignments_of_task(leaf.uid)
    # Removing an assignment or a person builds it again.
    plan.remove_assignment(plan.assignments[0].uid)
    _refresh(scheduler, document)
    _same_marks(cells, document)
    assert cells._current().index is not index
    plan.remove_resource(plan.resources[0].uid)
    _refresh(scheduler, document)
    _same_marks(cells, document)


def test_a_list_of_assignments_replaced_behind_the_events_is_indexed_again():
    plan = make_plan(120, 180, 1, n_resources=3, seed=5)
    scheduler, document = _open(plan)
    cells = IndicatorCells(document)
    _same_marks(cells, document)
    plan.assignments = [replace(a, units=4.0) for a in plan.assignments]  # no event
    plan.update_task(replace(plan.tasks[2], name="renamed"))  # a new schedule
    _refresh(scheduler, document)
    assert _same_marks(cells, document) > 0
