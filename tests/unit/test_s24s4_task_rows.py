"""TaskRows (app/domain/task_assignments.py) keeps each task's rows as a chain of row numbers
now, read in one pass: it still answers what walking the list answers, after appends told
to it and after edits behind the plan's back it can notice."""

from __future__ import annotations

import random
from dataclasses import replace

from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.domain.task_assignments import TaskRows


def _walked(rows: list[Assignment], uid: int) -> list[Assignment]:
    return [a for a in rows if a.task_uid == uid]


def test_s24s4_appends_and_questions_interleaved_give_the_walk():
    rng = random.Random(4)
    rows: list[Assignment] = []
    index = TaskRows()
    for uid in range(1, 600):  # a few tasks with many people each, asked as they grow
        rows.append(Assignment(uid, rng.randint(1, 7), 1, 1.0, 480))
        index.appended(rows)
        task = rng.randint(0, 8)
        assert index.of_task(rows, task) == _walked(rows, task)
    for task in range(9):
        assert index.of_task(rows, task) == _walked(rows, task)


def test_s24s4_rows_of_a_task_holding_others_of_the_same_task_are_read_again():
    five = [Assignment(k, 5, 1, 1.0, 480) for k in (1, 2, 3)]
    rows = [*five, Assignment(4, 7, 1, 1.0, 480)]
    index = TaskRows()
    assert index.of_task(rows, 5) == five
    # Behind its back, same length: every row it read for task 5 still holds one of task
    # 5, but another one (the first and the other task's went, two of task 5 came).
    del rows[3], rows[0]
    rows += [Assignment(8, 5, 1, 1.0, 480), Assignment(9, 5, 1, 1.0, 480)]
    assert [a.uid for a in index.of_task(rows, 5)] == [2, 3, 8, 9]
    assert index.of_task(rows, 7) == []


def test_s24s4_random_edits_behind_the_back_that_it_notices_give_the_walk():
    rng = random.Random(24)
    plan = Plan()
    for uid in range(1, 9):
        plan.append_task(Task(uid, f"T{uid}", duration_minutes=480))
    plan.add_resource(Resource(1, "P1"))
    for uid in range(1, 40):
        plan.add_assignment(Assignment(uid, rng.randint(1, 8), 1, 1.0, 480))
    next_uid = 40
    for _ in range(300):
        rows = plan.assignments
        kind = rng.choice(("append", "shrink", "other_task", "units", "new_list", "plan"))
        if kind == "append":  # as a reader builds a plan
            rows.append(Assignment(next_uid, rng.randint(1, 8), 1, 1.0, 480))
            next_uid += 1
        elif kind == "shrink" and rows:  # the rows after it move
            del rows[rng.randrange(len(rows))]
        elif kind == "other_task" and rows:
            i = rng.randrange(len(rows))
            was = rows[i].task_uid
            rows[i] = replace(rows[i], task_uid=rng.randint(1, 8))
            plan.assignments_of_task(was)  # its old task asked: the move is seen
        elif kind == "units" and rows:
            i = rng.randrange(len(rows))
            rows[i] = replace(rows[i], units=rows[i].units + 1)
        elif kind == "new_list":
            plan.assignments = rng.sample(rows, len(rows))
        else:
            plan.add_assignment(Assignment(next_uid, rng.randint(1, 8), 1, 1.0, 480), 0)
            next_uid += 1
        for t in plan.tasks:
            assert plan.assignments_of_task(t.uid) == _walked(plan.assignments, t.uid)
