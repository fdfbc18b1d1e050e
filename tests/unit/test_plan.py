"""Plan outline operations, links and change notifications (pure domain, no Qt)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.errors import CycleError, OutlineError, PlanError
from app.domain.events import ChangeKind, Entity
from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource
from app.domain.risk import Risk
from app.domain.task import Task


def make_plan(*levels: int) -> Plan:
    """Tasks T1..Tn (uid = n) at the given outline levels."""
    plan = Plan()
    plan.insert_tasks(
        0, [Task(uid=i, name=f"T{i}", outline_level=lv) for i, lv in enumerate(levels, start=1)]
    )
    return plan


def outline(plan: Plan) -> list[tuple[str, str]]:
    return list(zip(plan.wbs_codes(), [t.name for t in plan.tasks], strict=True))


def test_wbs_codes_follow_levels():
    plan = make_plan(1, 2, 2, 3, 1, 2)
    assert plan.wbs_codes() == ["1", "1.1", "1.2", "1.2.1", "2", "2.1"]
    assert plan.wbs(4) == "1.2.1"
    assert plan.is_summary(1)
    assert plan.is_summary(3)
    assert not plan.is_summary(4)
    assert [t.uid for t in plan.children(None)] == [1, 5]
    assert [t.uid for t in plan.children(1)] == [2, 3]
    assert plan.parent(4).uid == 3
    assert plan.parent(1) is None


def test_insert_renumbers_what_follows():
    plan = make_plan(1, 2, 2, 1)
    plan.insert_tasks(2, [Task(uid=9, name="new", outline_level=2)])
    assert outline(plan) == [("1", "T1"), ("1.1", "T2"), ("1.2", "new"), ("1.3", "T3"), ("2", "T4")]


def test_insert_refuses_broken_levels_and_duplicate_ids():
    plan = make_plan(1, 2)
    with pytest.raises(OutlineError, match="'deep' cannot be at outline level 4"):
        plan.insert_tasks(2, [Task(uid=9, name="deep", outline_level=4)])
    with pytest.raises(PlanError, match="unique"):
        plan.insert_tasks(0, [Task(uid=1, name="dup")])
    assert outline(plan) == [("1", "T1"), ("1.1", "T2")]


def test_delete_takes_the_subtree_links_assignments_and_risk_links():
    plan = make_plan(1, 2, 2, 1)
    plan.add_link(Link(2, 4))
    plan.add_resource(Resource(uid=1, name="Ana"))
    plan.add_assignment(Assignment(uid=1, task_uid=3, resource_uid=1))
    plan.add_risk(Risk(uid=1, title="r", task_uids=(2, 4)))
    removed = plan.remove_tasks([1])
    assert outline(plan) == [("1", "T4")]
    assert plan.links == []
    assert plan.assignments == []
    assert plan.risk(1).task_uids == (4,)
    plan.restore_tasks(removed)
    assert outline(plan) == [("1", "T1"), ("1.1", "T2"), ("1.2", "T3"), ("2", "T4")]
    assert plan.find_link(2, 4) is not None
    assert plan.assignments_of_task(3)
    assert plan.risk(1).task_uids == (2, 4)


def test_indent_and_outdent_carry_subtasks_and_undo():
    plan = make_plan(1, 1, 2, 1)
    old = plan.indent([2])
    assert outline(plan) == [("1", "T1"), ("1.1", "T2"), ("1.1.1", "T3"), ("2", "T4")]
    plan.set_outline_levels(old)
    assert outline(plan) == [("1", "T1"), ("2", "T2"), ("2.1", "T3"), ("3", "T4")]
    plan.indent([2])
    plan.outdent([2])
    assert outline(plan) == [("1", "T1"), ("2", "T2"), ("2.1", "T3"), ("3", "T4")]


def test_indent_and_outdent_refuse_with_a_reason():
    plan = make_plan(1, 2)
    with pytest.raises(OutlineError, match="'T1' is the first task"):
        plan.indent([1])
    with pytest.raises(OutlineError, match="'T2' is already below 'T1'"):
        plan.indent([2])
    with pytest.raises(OutlineError, match="'T1' is already at the top level"):
        plan.outdent([1])


def test_move_takes_the_subtree_and_the_target_level():
    plan = make_plan(1, 2, 1, 2, 2)
    old_order, old_levels = plan.move_tasks([3], 2)
    assert outline(plan) == [
        ("1", "T1"),
        ("1.1", "T3"),
        ("1.1.1", "T4"),
        ("1.1.2", "T5"),
        ("1.2", "T2"),
    ]
    plan.reorder(old_order, old_levels)
    assert outline(plan) == [("1", "T1"), ("1.1", "T2"), ("2", "T3"), ("2.1", "T4"), ("2.2", "T5")]
    with pytest.raises(OutlineError, match="inside themselves"):
        plan.move_tasks([3], 4)
    plan.move_tasks([1], None)
    assert [t.name for t in plan.tasks] == ["T3", "T4", "T5", "T1", "T2"]
    assert plan.wbs_codes() == ["1", "1.1", "1.2", "2", "2.1"]


def test_update_task_cannot_change_level():
    plan = make_plan(1, 2)
    with pytest.raises(OutlineError):
        plan.update_task(replace(plan.task(2), outline_level=1))
    old = plan.update_task(replace(plan.task(2), name="renamed"))
    assert old.name == "T2"
    assert plan.task(2).name == "renamed"


def test_link_cycle_is_refused_naming_the_tasks():
    plan = make_plan(1, 1, 1)
    plan.add_link(Link(1, 2))
    plan.add_link(Link(2, 3, LinkType.SS))
    with pytest.raises(
        CycleError,
        match=r"'T3' -> ID 1 'T1' -> ID 2 'T2' -> ID 3 'T3'",
    ) as err:
        plan.add_link(Link(3, 1))
    assert set(err.value.task_uids) == {1, 2, 3}
    assert len(plan.links) == 2
    with pytest.raises(CycleError, match="'T1' cannot depend on itself"):
        plan.add_link(Link(1, 1))
    with pytest.raises(PlanError, match="already linked"):
        plan.add_link(Link(1, 2, LinkType.FF))


def test_summary_cannot_link_to_its_own_subtask():
    plan = make_plan(1, 2)
    with pytest.raises(PlanError, match="summary 'T1' to its own subtask 'T2'"):
        plan.add_link(Link(1, 2))


def test_changes_are_announced_before_and_after_and_batches_group_them():
    plan = make_plan(1, 1)
    seen: list[tuple[str, Entity, ChangeKind]] = []
    batches: list[bool] = []
    plan.changes.subscribe(
        lambda c: seen.append(("after", c.entity, c.kind)),
        lambda c: seen.append(("before", c.entity, c.kind)),
    )
    plan.changes.subscribe_batch(batches.append)
    plan.update_task(replace(plan.task(1), name="x"))
    assert seen == [
        ("before", Entity.TASK, ChangeKind.CHANGED),
        ("after", Entity.TASK, ChangeKind.CHANGED),
    ]
    seen.clear()
    with plan.batch():
        plan.indent([2])
        with plan.batch():
            plan.add_resource(Resource(uid=1, name="Ana"))
    assert batches == [True, False]
    assert [s for s in seen if s[0] == "after"] == [
        ("after", Entity.OUTLINE, ChangeKind.CHANGED),
        ("after", Entity.RESOURCE, ChangeKind.ADDED),
    ]


def test_indent_refuses_to_put_a_task_under_its_link_partner():
    plan = make_plan(1, 1, 1)
    plan.add_link(Link(1, 2))
    with pytest.raises(OutlineError, match="'T2' cannot go under 'T1'"):
        plan.indent([2])
    assert [t.outline_level for t in plan.tasks] == [1, 1, 1]
    plan.indent([3])  # T3 has no link to T2: fine
    assert plan.wbs_codes() == ["1", "2", "2.1"]


def test_move_refuses_to_put_a_linked_summary_over_its_partner():
    plan = make_plan(1, 2, 1)
    plan.add_link(Link(3, 1))
    with pytest.raises(OutlineError, match="the two tasks are linked"):
        plan.move_tasks([3], 2)
    assert [t.uid for t in plan.tasks] == [1, 2, 3]


def test_indent_replaces_only_the_rows_it_moves():
    plan = make_plan(1, 1, 1, 1)
    before = list(plan.tasks)
    plan.indent([2])
    assert plan.tasks[0] is before[0]
    assert plan.tasks[2] is before[2]
    assert plan.tasks[1].outline_level == 2
