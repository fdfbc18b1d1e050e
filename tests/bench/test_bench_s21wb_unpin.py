"""Reading a 50k-row CSV of Gantry's own (it has a UID column): the whole read, and the
part that gives back the constraints its dates need (app/io/sheet_uids.py
unpin_scheduled_starts), which took most of the read before it scheduled once and
changed the tasks in two batches (``make bench``; no timing is asserted here)."""

from __future__ import annotations

from pathlib import Path

import pytest

import app.io.csv_plan as csv_plan
from app.domain.plan import Plan
from app.io.csv_plan import read_csv, write_csv
from app.io.sheet_uids import unpin_scheduled_starts
from tests.bench.generate import make_plan

N_TASKS = 50_000


@pytest.fixture(scope="module")
def table(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("s21wb") / "plan.csv"
    write_csv(make_plan(N_TASKS, N_TASKS * 6 // 5, 3, n_resources=50), path)
    return path


def test_bench_s21wb_read_csv_50k(benchmark, table: Path) -> None:
    plan = benchmark.pedantic(read_csv, args=(table,), rounds=2, iterations=1)
    assert len(plan.tasks) == N_TASKS


def test_bench_s21wb_unpin_50k(benchmark, table: Path) -> None:
    pinned: list[Plan] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(csv_plan, "unpin_scheduled_starts", pinned.append)
        for _ in range(3):
            read_csv(table)

    def setup() -> tuple[tuple[Plan], dict[str, object]]:
        return (pinned.pop(),), {}

    benchmark.pedantic(unpin_scheduled_starts, setup=setup, rounds=3, iterations=1)
