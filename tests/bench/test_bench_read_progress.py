"""What reporting progress costs a read of a generated 10k-task plan, and how soon a read
stops once its callback says so.

Each reader is timed without a callback (the command line) and with one that
only records (the window). ``extra_info["longest_gap_s"]`` is the longest time
between two reports: how long Cancel can wait for the reader to hear it. Run
with ``make bench``; no timing is asserted here.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from app.store.document import GantryFile
from tests.bench.generate import make_plan

N_TASKS = 10_000


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    plan = make_plan(N_TASKS, N_TASKS * 3 // 2, 3, n_resources=50)
    folder = tmp_path_factory.mktemp("read_progress")
    xml, gantry = folder / "plan.xml", folder / "plan.gantry"
    write_mspdi(plan, xml)
    GantryFile.create(gantry, plan).close()
    return {"xml": xml, "gantry": gantry}


class _Clock:
    """A progress callback that keeps the longest time between two reports."""

    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.reports = 0

    def __call__(self, done: int, total: int) -> bool:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now
        self.reports += 1
        return True


def _read(kind: str, path: Path, progress: _Clock | None) -> None:
    if kind == "xml":
        read_mspdi(path, progress=progress)
    else:
        GantryFile.open(path, read_only=True, progress=progress).close()


@pytest.mark.parametrize("kind", ["xml", "gantry"])
@pytest.mark.parametrize("reporting", [False, True], ids=["no_callback", "callback"])
def test_bench_read_10k(benchmark, files, kind, reporting):
    clocks: list[_Clock] = []

    def run() -> None:
        clock = _Clock() if reporting else None
        _read(kind, files[kind], clock)
        if clock is not None:
            clocks.append(clock)

    benchmark.pedantic(run, rounds=5, iterations=1, warmup_rounds=1)
    if clocks:
        benchmark.extra_info["longest_gap_s"] = round(min(c.longest for c in clocks), 4)
        benchmark.extra_info["reports"] = clocks[-1].reports
