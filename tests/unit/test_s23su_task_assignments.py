"""Plan.assignments_of_task answers from an index of each task's rows (app/domain/
task_assignments.py) instead of walking every assignment: whatever changed the list, through
the plan or behind its back, it gives what the walk gives, in the same order."""

from __future__ import annotations

import random
from dataclasses import replace

from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource
from app.domain.task import Task


def _walked(plan: Plan, uid: int) -> list[Assignment]:
    return [a for a in plan.assignments if a.task_uid == uid]


def _same_as_the_walk(plan: Plan) -> None:
    for t in plan.tasks:
        assert plan.assignments_of_task(t.uid) == _walked(plan, t.uid), t.uid


def _plan(n_tasks: int = 12, n_people: int = 4) -> Plan:
    plan = Plan()
    for uid in range(1, n_tasks + 1):
        plan.append_task(Task(uid, f"T{uid}", duration_minutes=480))
    for uid in range(1, n_people + 1):
        plan.add_resource(Resource(uid, f"P{uid}"))
    return plan


def test_s23su_every_change_through_the_plan_keeps_the_answers_of_the_walk():
    rng = random.Random(23)
    plan = _plan()
    next_uid = 1
    for step in range(400):
        kind = rng.choice(("append", "insert", "remove", "update", "move", "many", "tasks"))
        if kind in ("append", "insert") or not plan.assignments:
            a = Assignment(next_uid, rng.randint(1, 12), rng.randint(1, 4), 1.0, 480)
            next_uid += 1
            at = rng.randrange(len(plan.assignments) + 1) if kind == "insert" else None
            plan.add_assignment(a, at)
        elif kind == "remove":
            plan.remove_assignment(rng.choice(plan.assignments).uid)
        elif kind == "update":
            a = rng.choice(plan.assignments)
            plan.update_assignment(replace(a, units=a.units + 0.5))
        elif kind == "move":  # to another task, by one update or by many
            picked = rng.sample(plan.assignments, min(3, len(plan.assignments)))
            moved = [replace(a, task_uid=rng.randint(1, 12)) for a in picked]
            if step % 2:
                plan.update_assignments(moved)
            else:
                plan.update_assignment(moved[0])
        elif kind == "many":
            batch = []
            for _ in range(rng.randint(1, 5)):
                batch.append(Assignment(next_uid, rng.randint(1, 12), 1, 1.0, 480))
                next_uid += 1
            plan.add_assignments(batch)
        else:  # a task removed with its people, then put back (a paste undone, redone)
            removed = plan.remove_tasks([rng.randint(1, 12)])
            _same_as_the_walk(plan)
            plan.restore_tasks(removed)
        if step % 3 == 0:  # asked between some changes, not all
            _same_as_the_walk(plan)
    _same_as_the_walk(plan)


def test_s23su_a_list_changed_behind_the_plans_back_is_read_again():
    plan = _plan()
    for k in range(1, 9):
        plan.add_assignment(Assignment(k, 1 + k % 3, 1 + k % 4, 1.0, 480))
    _same_as_the_walk(plan)
    plan.assignments.append(Assignment(20, 2, 1, 1.0, 480))  # as a reader builds a plan
    _same_as_the_walk(plan)
    plan.assignments[0] = replace(plan.assignments[0], units=3.0)  # in place, same task
    assert plan.assignments_of_task(plan.assignments[0].task_uid)[0].units == 3.0
    was = plan.assignments[1].task_uid
    plan.assignments[1] = replace(plan.assignments[1], task_uid=9)  # in place, another task
    assert plan.assignments_of_task(was) == _walked(plan, was)  # noticed: read again
    _same_as_the_walk(plan)
    plan.assignments = [a for a in plan.assignments if a.task_uid != 3]  # a new list
    _same_as_the_walk(plan)
    del plan.assignments[0]
    plan.assignments.insert(2, Assignment(30, 3, 2, 1.0, 480))  # the rows shift, same length
    _same_as_the_walk(plan)


def test_s23su_listeners_asked_during_a_change_see_it_done():
    plan = _plan()
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 480))
    plan.add_assignment(Assignment(2, 2, 2, 1.0, 480))
    _same_as_the_walk(plan)
    seen: list[list[int]] = []
    plan.changes.subscribe(lambda change: seen.append([a.uid for a in plan.assignments_of_task(3)]))
    plan.update_assignment(replace(plan.assignment(1), task_uid=3))
    plan.add_assignment(Assignment(3, 3, 3, 1.0, 480))
    assert seen[-2:] == [[1], [1, 3]]
