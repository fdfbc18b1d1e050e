"""Three-way merge: client changes vs changes made here since the export; apply and revert."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.diff import diff_plans
from app.domain.errors import CycleError
from app.domain.link import Link
from app.domain.merge import apply_changes, copy_plan, exported_from, revert, three_way
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from tests.unit.excel_plans import sample_plan


def _edit_task(plan, uid, **fields):
    plan.update_task(replace(plan.task(uid), **fields))


def test_client_only_changes_have_no_conflicts() -> None:
    base = sample_plan()
    theirs = copy_plan(base)
    _edit_task(theirs, 3, name="Peer review")
    ours = copy_plan(base)
    _edit_task(ours, 4, duration_minutes=9600)  # a different task: no clash
    items = three_way(base, theirs, ours)
    assert [(i.change.uid, i.change.field, i.conflict) for i in items] == [(3, "name", False)]


def test_same_field_changed_both_sides_is_a_conflict() -> None:
    base = sample_plan()
    theirs, ours = copy_plan(base), copy_plan(base)
    _edit_task(theirs, 4, duration_minutes=7200)
    _edit_task(ours, 4, duration_minutes=9600)
    _edit_task(theirs, 3, name="Same")
    _edit_task(ours, 3, name="Same")  # the same edit on both sides is no change at all
    items = three_way(base, theirs, ours)
    assert len(items) == 1
    assert items[0].conflict
    assert (items[0].change.new, items[0].ours) == (7200, 9600)


def test_client_edit_of_a_task_deleted_here_is_a_conflict() -> None:
    base = sample_plan()
    theirs, ours = copy_plan(base), copy_plan(base)
    _edit_task(theirs, 3, name="Peer review")
    ours.remove_tasks([3])
    (item,) = three_way(base, theirs, ours)
    assert item.conflict
    assert "deleted" in item.reason


def test_apply_some_changes_in_one_batch_and_revert() -> None:
    base = sample_plan()
    theirs = copy_plan(base)
    _edit_task(theirs, 3, name="Peer review")
    _edit_task(theirs, 4, duration_minutes=7200)
    theirs.append_task(Task(7, "Ship", 1, duration_minutes=960))
    theirs.add_link(Link(6, 7))
    theirs.add_resource(Resource(3, "Carla"))
    theirs.add_assignment(Assignment(9, 7, 3, units=0.5))
    theirs.remove_tasks([5])
    plan = sample_plan()
    original = copy_plan(plan)
    batches: list[bool] = []
    plan.changes.subscribe_batch(batches.append)
    items = three_way(base, theirs, plan)
    rejected = {(3, "name")}
    accepted = [i.change for i in items if (i.change.uid, i.change.field) not in rejected]
    applied = apply_changes(plan, theirs, accepted)
    assert batches == [True, False]  # one batch: one store transaction, one reschedule
    assert plan.task(3).name == "Review"  # rejected
    assert plan.task(4).duration_minutes == 7200
    assert plan.task(7).name == "Ship"
    assert plan.find_link(6, 7) is not None
    assert not plan.has_task(5)
    assert [(a.task_uid, a.resource_uid, a.units) for a in plan.assignments_of_task(7)] == [
        (7, 3, 0.5)
    ]
    left = {(c.entity, c.uid, c.field) for c in diff_plans(plan, theirs)}
    assert left == {("task", 3, "name")}
    revert(plan, applied)
    assert diff_plans(original, plan) == []
    assert [t.uid for t in plan.tasks] == [t.uid for t in original.tasks]


def test_added_task_whose_uid_was_taken_here_gets_a_new_uid() -> None:
    base = sample_plan()
    theirs, plan = copy_plan(base), sample_plan()
    theirs.append_task(Task(7, "Client task", 1))
    theirs.add_link(Link(6, 7))
    plan.append_task(Task(7, "Our task", 1))
    items = three_way(base, theirs, plan)
    assert any(i.conflict for i in items if i.change.entity == "task")
    apply_changes(plan, theirs, [i.change for i in items])
    assert plan.task(7).name == "Our task"
    client = next(t for t in plan.tasks if t.name == "Client task")
    assert client.uid == 8
    assert plan.find_link(6, 8) is not None


def test_a_refused_change_leaves_the_plan_as_it_was() -> None:
    base = sample_plan()
    theirs = copy_plan(base)
    _edit_task(theirs, 3, name="Peer review")
    theirs.add_link(Link(6, 5))  # Done -> Manual check
    plan = sample_plan()
    plan.add_link(Link(5, 6))  # made here since the export: the client's link closes a cycle
    before = copy_plan(plan)
    with pytest.raises(CycleError):
        apply_changes(plan, theirs, [i.change for i in three_way(base, theirs, plan)])
    assert diff_plans(before, plan) == []


def test_exported_from_tells_this_plan_from_another() -> None:
    base = sample_plan()
    edited = copy_plan(base)
    _edit_task(edited, 3, name="Peer review")
    assert exported_from(base, edited)
    other = Plan(tasks=[Task(1, "Kick-off"), Task(2, "Wrap-up")])
    assert not exported_from(base, other)


def test_a_percent_complete_taken_back_starts_the_task_as_typing_it_does() -> None:
    from app.domain.scheduler import schedule

    base = sample_plan()
    theirs = copy_plan(base)
    _edit_task(theirs, 4, percent_complete=30.0)
    plan = sample_plan()
    original = copy_plan(plan)
    times = schedule(plan)
    accepted = [i.change for i in three_way(base, theirs, plan)]
    applied = apply_changes(plan, theirs, accepted, times.get)
    task = plan.task(4)
    assert (task.percent_complete, task.actual_start) == (30.0, times.get(4).start)
    revert(plan, applied)
    assert diff_plans(original, plan) == []
    assert plan.task(4).actual_start is None
