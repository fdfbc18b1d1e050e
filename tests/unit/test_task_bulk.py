"""Task.of_many builds the same frozen values as the constructor, only faster."""

from __future__ import annotations

import pickle
from dataclasses import FrozenInstanceError, astuple, fields, replace
from datetime import datetime

import pytest

from app.domain.task import ConstraintType, CostAccrual, Task, TaskType

MON = datetime(2026, 1, 5, 8, 0)


def _samples() -> list[Task]:
    return [
        Task(1, "Phase", 1),
        Task(2, "Pour slab", 2, 960, estimated=True, start=MON, finish=MON),
        Task(
            3,
            "Fixed",
            2,
            0,
            milestone=True,
            constraint_type=ConstraintType.MSO,
            constraint_date=MON,
            fixed_cost=12.5,
            fixed_cost_accrual=CostAccrual.END,
            task_type=TaskType.FIXED_WORK,
            calendar_uid=3,
            notes="see drawing",
        ),
    ]


def test_of_many_equals_the_constructor_field_for_field():
    tasks = _samples()
    made = Task.of_many(astuple(t) for t in tasks)
    assert made == tasks
    assert [type(t) for t in made] == [Task] * len(tasks)
    assert [hash(t) for t in made] == [hash(t) for t in tasks]
    assert [repr(t) for t in made] == [repr(t) for t in tasks]


def test_built_tasks_stay_frozen_values():
    task = Task.of_many([astuple(Task(7, "A"))])[0]
    with pytest.raises(FrozenInstanceError):
        task.name = "B"  # type: ignore[misc]
    changed = replace(task, name="B")
    assert changed.name == "B"
    assert task.name == "A"
    assert pickle.loads(pickle.dumps(task)) == task


def test_rows_of_the_wrong_length_are_refused():
    short = astuple(Task(1))[:-1]
    with pytest.raises(TypeError):
        Task.of_many([short])
    with pytest.raises(ValueError, match="zip"):
        Task.of_many([astuple(Task(1)), short])
    assert Task.of_many([]) == []
    assert len(fields(Task)) == len(astuple(Task(1)))


def test_links_are_built_in_bulk_the_same_way():
    from app.domain.link import Link, LinkType

    links = [Link(1, 2), Link(2, 3, LinkType.SS, -480, None, True), Link(3, 4, lag_percent=50.0)]
    made = Link.of_many(astuple(lk) for lk in links)
    assert made == links
    assert [hash(lk) for lk in made] == [hash(lk) for lk in links]
    with pytest.raises(FrozenInstanceError):
        made[0].lag_minutes = 5  # type: ignore[misc]
