"""Plan.update_tasks with the quick checks first (task s25sp): the same tasks count as changed.

Tasks handed back as they are (the same objects, or equal copies) change nothing and
announce nothing; a task differing in its leveling, or in any other field, is changed.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.errors import OutlineError
from app.domain.splits import Split
from tests.bench.generate import make_plan


def test_s25sp_update_tasks_counts_exactly_the_changed_tasks() -> None:
    plan = make_plan(40, 40, 3, n_resources=4)
    heard: list[object] = []
    plan.changes.subscribe(heard.append)
    tasks = list(plan.tasks)

    assert plan.update_tasks(tasks) == []  # the same objects
    assert plan.update_tasks([replace(t) for t in tasks]) == []  # equal copies
    assert heard == []

    leaf = next(t for t in tasks[4:] if t.duration_minutes > 960)
    delayed = replace(tasks[1], leveling_delay_minutes=tasks[1].leveling_delay_minutes + 480)
    split = replace(leaf, splits=(Split(480, 480),))
    renamed = replace(tasks[3], name="renamed")
    handed = [*tasks]
    for t in (delayed, split, renamed):
        handed[tasks.index(plan.task(t.uid))] = t
    olds = plan.update_tasks(handed)

    assert [o.uid for o in olds] == sorted({delayed.uid, split.uid, renamed.uid}, key=plan.index_of)
    assert plan.task(delayed.uid) is delayed
    assert plan.task(split.uid) is split
    assert plan.task(renamed.uid) is renamed
    assert len(heard) == 1


def test_s25sp_update_tasks_still_refuses_an_outline_change() -> None:
    plan = make_plan(10, 10, 3, n_resources=2)
    task = plan.tasks[1]
    with pytest.raises(OutlineError):
        plan.update_tasks([replace(task, outline_level=task.outline_level + 1, name="x")])
