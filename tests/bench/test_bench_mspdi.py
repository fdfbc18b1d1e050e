"""MS Project XML export and import of generated plans (``make bench``).

The export once asked the plan for each task's links, walking every link per
task: 17 s at 10k tasks and no end at 100k. These figures keep it in sight.
"""

from __future__ import annotations

import pytest

from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from tests.bench.generate import make_plan


@pytest.fixture(scope="module", params=[1_000, 10_000], ids=["1k", "10k"])
def plan(request):
    n = request.param
    return make_plan(n, n * 3 // 2, 3)


def test_write_mspdi(benchmark, plan, tmp_path):
    path = tmp_path / "plan.xml"
    benchmark.pedantic(write_mspdi, args=(plan, path), rounds=3, iterations=1)
    again = read_mspdi(path)
    assert len(again.tasks) == len(plan.tasks)
    assert len(again.links) == len(plan.links)


def test_read_mspdi(benchmark, plan, tmp_path):
    path = tmp_path / "plan.xml"
    write_mspdi(plan, path)
    read = benchmark.pedantic(read_mspdi, args=(path,), rounds=5, iterations=1)
    assert len(read.tasks) == len(plan.tasks)
