"""The JSON stage of ``gantry schedule --json`` on a plain 10k plan (``make bench``).

A plan with no people and no fixed cost is costed without pricing anything
(app/domain/costs.py ``_nothing_to_cost``); the stage is the scheduler's
columns, those costs and the text. No timed asserts: pytest-benchmark reports.
"""

from __future__ import annotations

import pytest

from app.cli.schedule_json import schedule_to_json_data
from app.domain.costs import compute_costs
from app.domain.scheduling.run import schedule_only
from tests.bench.generate import make_plan


@pytest.fixture(scope="module")
def plain_10k():
    plan = make_plan(10_000, 15_000, 3)
    assert not plan.resources
    return plan


def test_costs_of_a_plain_10k_plan(benchmark, plain_10k):
    result = schedule_only(plain_10k)
    report = benchmark(compute_costs, plain_10k, result)
    assert len(report.task_cost) == 10_000
    assert report.total_cost == 0.0


def test_json_stage_of_a_plain_10k_plan(benchmark, plain_10k):
    def fresh():  # a fresh schedule each round: its columns are built once, as in the command
        return (plain_10k, schedule_only(plain_10k)), {}

    data = benchmark.pedantic(schedule_to_json_data, setup=fresh, rounds=5, iterations=1)
    assert data["cost"] == 0.0
