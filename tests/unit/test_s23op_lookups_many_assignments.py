"""The plan's lookup tables follow many assignments added or changed as one change (people
given to many tasks at once, put back by an undo, a duration set on many tasks moving their
work): the People labels of those tasks are written again and the other tables kept, where
every table used to be built again, and they read as fresh tables do."""

from __future__ import annotations

from dataclasses import replace

from app.domain.resource import Assignment
from tests.bench.generate import make_plan
from tests.unit.test_plan_lookups import _follow
from tests.unit.test_s22sp_lookups import _fresh


def test_s23op_many_assignments_added_at_once_are_followed():
    plan = make_plan(300, 200, 1, 6)
    lookups, refused = _follow(plan)
    tasks = lookups.tasks
    leaves = [t.uid for t in plan.tasks if not plan.is_summary(t.uid)][:80]
    first = plan.next_assignment_uid()
    given = [Assignment(first + k, uid, 1 + k % 6, 0.5) for k, uid in enumerate(leaves)]
    plan.add_assignments(given)
    assert refused == []
    assert lookups.tasks is tasks  # kept, not built again
    assert _fresh(lookups)
    assert "Person" in lookups.resources[leaves[0]]


def test_s23op_many_assignments_changed_at_once_are_followed():
    plan = make_plan(300, 200, 1, 6)
    lookups, refused = _follow(plan)
    tasks = lookups.tasks
    halved = [replace(a, units=a.units / 2) for a in plan.assignments[:90]]
    plan.update_assignments(halved)
    assert refused == []
    assert lookups.tasks is tasks
    assert _fresh(lookups)
    moved = plan.assignments[0]
    other = next(t.uid for t in plan.tasks if t.uid != moved.task_uid and not t.uid % 7)
    plan.update_assignments([replace(moved, task_uid=other), replace(plan.assignments[1])])
    assert _fresh(lookups)  # the task it left and the one it went to, labelled again
