"""Scheduler speed on generated plans (``make bench``).

Targets (issue 3): 10k tasks / 15k links / 3 calendars full schedule <= 50 ms,
one edit re-propagated <= 10 ms, 100k tasks <= 1 s, the whole
``python -m app schedule plan.xml --json`` process on 10k tasks well under 1 s.
No timed asserts here: pytest-benchmark reports the figures.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from app.domain.events import Change, ChangeKind, Entity
from app.domain.scheduler import IncrementalScheduler, schedule
from app.domain.worktime import clear_caches
from app.io.mspdi_write import write_mspdi
from tests.bench.generate import make_plan

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def plan_10k():
    return make_plan(10_000, 15_000, 3)


def _with_cpu_time(benchmark, run):
    """``run`` timed for the benchmark, its CPU time (ms) kept too and reported as extra info
    (``report(warmup_rounds)`` after the run): on a VM shared with busy neighbours the wall
    clock mostly measures the neighbours."""
    spent: list[float] = []

    def timed(*args):
        before = time.process_time()
        try:
            return run(*args)
        finally:
            spent.append(time.process_time() - before)

    def report(warmup_rounds: int) -> None:
        ordered = sorted(spent[warmup_rounds:])
        if ordered:
            benchmark.extra_info["cpu_min_ms"] = round(1000 * ordered[0], 1)
            benchmark.extra_info["cpu_median_ms"] = round(1000 * ordered[len(ordered) // 2], 1)

    return timed, report


def test_full_schedule_10k(benchmark, plan_10k):
    """The 50 ms target: 30 rounds, as the VM's neighbours make most rounds slower than the best."""
    timed, report = _with_cpu_time(benchmark, schedule)
    result = benchmark.pedantic(timed, args=(plan_10k,), rounds=30, iterations=1, warmup_rounds=1)
    report(1)
    assert len(result.times) == 10_000


def test_first_schedule_10k_cold_calendars(benchmark, plan_10k):
    """The first schedule in a process, as every ``gantry schedule`` run pays it.

    No calendar has its day table or lookup memos yet: each distinct moment and
    work index the passes ask for is computed once (the other benchmarks reuse
    the memos of earlier rounds).
    """
    result = benchmark.pedantic(
        schedule, args=(plan_10k,), setup=clear_caches, rounds=7, iterations=1
    )
    assert len(result.times) == 10_000


def test_full_schedule_10k_every_task_read(benchmark, plan_10k):
    """The schedule plus every TaskTimes built, as a reader of all tasks (costs, JSON) pays."""

    def run():
        result = schedule(plan_10k)
        return result, list(result.times.values())

    _result, times = benchmark(run)
    assert len(times) == 10_000
    assert sum(t.critical for t in times) > 0


def test_full_schedule_100k(benchmark):
    plan = make_plan(100_000, 150_000, 3)
    timed, report = _with_cpu_time(benchmark, schedule)
    result = benchmark.pedantic(timed, args=(plan,), rounds=5, iterations=1, warmup_rounds=1)
    report(1)
    assert len(result.times) == 100_000


def _edits(plan_10k):
    """Alternate a task's duration off the critical path (the common edit)."""
    inc = IncrementalScheduler(plan_10k)
    times = inc.schedule.times
    uid = next(u for u, t in times.items() if not t.summary and t.total_slack_minutes > 20 * 480)
    task = plan_10k.task(uid)
    versions = [replace(task, duration_minutes=task.duration_minutes + 240), task]
    state = {"k": 0}

    def one_edit():
        state["k"] ^= 1
        plan_10k.tasks[plan_10k.index_of(uid)] = versions[state["k"]]
        return inc.apply(Change(Entity.TASK, ChangeKind.CHANGED, (uid,)))

    return one_edit


def test_one_edit_repropagated_10k(benchmark, plan_10k):
    one_edit = _edits(plan_10k)
    result = benchmark(one_edit)
    assert len(result.times) == 10_000


@pytest.mark.parametrize("bytecode", ["as-run-here", "cached"])
def test_schedule_cli_process_10k(benchmark, plan_10k, tmp_path, bytecode):
    """``python -m app schedule plan.xml --json`` as a whole process.

    ``as-run-here`` inherits the environment: where it sets
    PYTHONDONTWRITEBYTECODE (as this VM does), every run compiles the app's
    modules. ``cached`` runs with a warm bytecode cache, as an installed gantry.
    """
    path = tmp_path / "plan.xml"
    write_mspdi(plan_10k, path)
    cmd = [sys.executable, "-m", "app", "schedule", str(path), "--json"]
    env = dict(os.environ)
    if bytecode == "cached":
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(tmp_path / "pycache")

    def run():
        return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False, env=env)

    if bytecode == "cached":
        run()  # fills the cache
    done = benchmark.pedantic(run, rounds=5, iterations=1)
    assert done.returncode == 0, done.stderr
    assert '"tasks"' in done.stdout
