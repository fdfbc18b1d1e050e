"""Outline numbers of random outlines equal the counters' plain definition."""

from __future__ import annotations

import random

import pytest

from app.domain.plan import Plan
from app.domain.task import Task


def _by_counters(levels: list[int]) -> list[str]:
    """The definition: one counter per level, deeper counters reset, numbers joined by dots."""
    counters: list[int] = []
    codes = []
    for level in levels:
        del counters[level:]
        counters.extend([0] * (level - len(counters)))
        counters[level - 1] += 1
        codes.append(".".join(map(str, counters)))
    return codes


@pytest.mark.parametrize("seed", range(20))
def test_random_outlines_are_numbered_by_their_counters(seed):
    rng = random.Random(seed)
    levels, level = [], 0
    for _ in range(300):
        # one level deeper at most, any number of levels back up
        level = rng.randint(1, level + 1) if rng.random() < 0.5 else min(level + 1, 12)
        levels.append(level)
    plan = Plan()
    plan.insert_tasks(
        0, [Task(uid=i + 1, name=f"T{i}", outline_level=lv) for i, lv in enumerate(levels)]
    )
    codes = plan.wbs_codes()
    assert codes == _by_counters(levels)
    assert any(c.count(".") >= 5 for c in codes)
    assert any(int(c.split(".")[0]) >= 2 for c in codes)
