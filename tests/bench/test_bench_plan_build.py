"""Building a plan row by row, as readers and scripts do (``make bench``)."""

from __future__ import annotations

from app.domain.plan import Plan
from app.domain.task import Task


def _build(n: int) -> Plan:
    plan = Plan()
    for uid in range(1, n + 1):
        plan.append_task(Task(uid, f"Task {uid}", 1 if uid % 20 == 1 else 2))
    return plan


def test_append_100k_tasks_one_by_one(benchmark):
    """Each append checks only the rows around it and keeps the row index (was O(n) each)."""
    plan = benchmark.pedantic(_build, args=(100_000,), rounds=3, iterations=1)
    assert plan.index_of(100_000) == 99_999
