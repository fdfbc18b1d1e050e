"""Writing MS Project XML of a generated 10k-task plan (``make bench``).

The writer built an ElementTree and serialized it (~2.3-2.9 s CPU for this
plan, ~60 % of it ElementTree's pure-Python serializer); it now writes text
(~0.6 s). The schedule and cost report it writes from are part of the figure.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.baseline import Baseline, BaselineEntry
from app.domain.scheduler import schedule
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from tests.bench.generate import make_plan


@pytest.fixture(scope="module")
def plan():
    return make_plan(10_000, 15_000, 3, 50)


def test_write_mspdi_10k(benchmark, plan, tmp_path):
    path = tmp_path / "plan.xml"
    benchmark.pedantic(write_mspdi, args=(plan, path), rounds=5, iterations=1)
    again = read_mspdi(path)
    assert [t.uid for t in again.tasks] == [t.uid for t in plan.tasks]
    assert len(again.links) == len(plan.links)
    assert len(again.assignments) == len(plan.assignments)


def test_write_mspdi_10k_with_a_baseline(benchmark, plan, tmp_path):
    """Each task's baseline was looked up by walking the baseline's entries (~1.7 s more)."""
    result = schedule(plan)
    entries = tuple(
        BaselineEntry(t.uid, result.get(t.uid).start, result.get(t.uid).finish, t.duration_minutes)
        for t in plan.tasks
    )
    saved = replace(plan, baselines={0: Baseline(0, None, entries)})
    path = tmp_path / "plan.xml"
    benchmark.pedantic(write_mspdi, args=(saved, path), rounds=3, iterations=1)
    again = read_mspdi(path)
    assert len(again.baselines[0].entries) == len(plan.tasks)
