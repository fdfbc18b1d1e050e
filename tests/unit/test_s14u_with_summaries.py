"""The related summary rows of a filter (with_summaries): every summary above a kept task,
found in one pass that stacks only summaries; checked against walking up from each task."""

from __future__ import annotations

import random

import pytest

from app.domain.filters import with_summaries
from app.domain.task import Task


def _ancestors(levels: list[int], i: int) -> list[int]:
    """Rows above row i in the outline: each time the nearest earlier row one level up."""
    out = []
    level = levels[i]
    for j in range(i - 1, -1, -1):
        if levels[j] < level:
            out.append(j)
            level = levels[j]
    return out


def _outline(rng: random.Random, n: int, jumps: bool) -> list[Task]:
    levels = [1]
    for _ in range(n - 1):
        top = levels[-1] + (rng.choice((1, 2)) if jumps else 1)
        levels.append(rng.randint(1, min(top, 7)))
    return [Task(100 + k, f"T{k}", outline_level=level) for k, level in enumerate(levels)]


@pytest.mark.parametrize("seed", range(12))
def test_every_summary_above_a_kept_task_and_nothing_else(seed):
    rng = random.Random(seed)
    tasks = _outline(rng, rng.randint(1, 400), jumps=seed % 3 == 0)
    levels = [t.outline_level for t in tasks]
    share = rng.choice((0.0, 0.01, 0.1, 0.5, 1.0))
    kept = {t.uid for t in tasks if rng.random() < share}
    expected = set(kept)
    for i, task in enumerate(tasks):
        if task.uid in kept:
            expected.update(tasks[j].uid for j in _ancestors(levels, i))
    assert with_summaries(tasks, kept) == expected
    assert with_summaries(tasks, frozenset(kept)) == expected


def test_a_kept_summary_and_a_kept_subtask_below_it():
    tasks = [
        Task(1, "Phase", outline_level=1),
        Task(2, "Stage", outline_level=2),
        Task(3, "Work", outline_level=3),
        Task(4, "Other stage", outline_level=2),
        Task(5, "More work", outline_level=3),
        Task(6, "Alone", outline_level=1),
    ]
    assert with_summaries(tasks, {2, 3}) == {1, 2, 3}
    assert with_summaries(tasks, {5}) == {1, 4, 5}
    assert with_summaries(tasks, {6}) == {6}
    assert with_summaries(tasks, {4}) == {1, 4}
    assert with_summaries(tasks, set()) == set()
    assert with_summaries([], {1}) == set()
