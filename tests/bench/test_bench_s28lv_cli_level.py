"""``gantry level`` on a 10k-task plan of a 40-person team, the whole process, beside the
window's part of it (level() with the scheduler's network): the CLI took 10.6 s where the
window took 5.7 s. User + system CPU as extra info (the shared VM's wall clock mostly
measures the neighbours). ``make bench``; nothing timed is asserted."""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.domain.leveling import level
from app.domain.scheduling.run import full_run
from app.store.document import GantryFile
from tests.bench.generate import make_plan

ROOT = Path(__file__).resolve().parents[2]


def _cpu_info(benchmark, spent: list[float]) -> None:
    ordered = sorted(spent)
    benchmark.extra_info["cpu_min_s"] = round(ordered[0], 3)
    benchmark.extra_info["cpu_median_s"] = round(ordered[len(ordered) // 2], 3)


@pytest.fixture(scope="module")
def team_10k():
    return make_plan(10_000, 15_000, 3, n_resources=40)


def test_bench_s28lv_gantry_level_10k_process(benchmark, team_10k, tmp_path):
    """The whole ``gantry level FILE -o OUT`` process: read, schedule, level, write."""
    source = tmp_path / "team.gantry"
    GantryFile.create(source, team_10k).close()
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(tmp_path / "pycache"))
    command = [sys.executable, "-m", "app", "level", str(tmp_path / "run.gantry")]
    command += ["-o", str(tmp_path / "out.gantry")]
    subprocess.run([*command[:4], "--help"], check=True, cwd=ROOT, env=env, capture_output=True)
    spent: list[float] = []

    def run() -> None:
        shutil.copy(source, tmp_path / "run.gantry")
        (tmp_path / "out.gantry").unlink(missing_ok=True)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(command, check=True, cwd=ROOT, env=env, capture_output=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        spent.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)

    benchmark.pedantic(run, rounds=3, iterations=1)
    _cpu_info(benchmark, spent)


def test_bench_s28lv_window_part_10k(benchmark, team_10k):
    """What the window runs of it: level() with the network its scheduler holds."""
    network, _engine, unleveled = full_run(team_10k)
    spent: list[float] = []

    def run() -> None:
        start = time.process_time()
        level(team_10k, unleveled, network=network)
        spent.append(time.process_time() - start)

    benchmark.pedantic(run, rounds=3, iterations=1)
    _cpu_info(benchmark, spent)
