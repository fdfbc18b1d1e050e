"""The 10k full schedule (issue 3's 50 ms target) phase by phase, to see where its time goes.

One full run is build_network, the Engine's state (plain-row flags), the
forward pass, the backward pass and the results; each is timed alone here on
the plan of test_bench_schedule's 10k case. Instruction counts (callgrind, which
a busy VM does not disturb) of one warm run at 955775f3: 225 M in all, network
~100 M (44 %), state 17 M (8 %), forward 55 M (24 %), backward 53 M (24 %),
results 1 M. Each phase runs with the cyclic collector paused, as in a run. No
timed asserts: pytest-benchmark reports the figures.
"""

from __future__ import annotations

import pytest

from app.domain.scheduler import schedule
from app.domain.scheduling.cpm import Engine
from app.domain.scheduling.gc import paused_gc
from app.domain.scheduling.network import build_network
from app.domain.worktime import to_minutes
from tests.bench.generate import make_plan


def _paused(run):
    """``run`` with the cyclic collector paused, as :func:`app.domain.scheduling.run.full_run`
    runs every phase."""

    def paused(*args):
        with paused_gc():
            return run(*args)

    return paused


@pytest.fixture(scope="module")
def s25sc_plan():
    plan = make_plan(10_000, 15_000, 3)
    schedule(plan)  # the calendars' memos warm, as in the full-schedule benchmark's rounds
    return plan


@pytest.fixture(scope="module")
def s25sc_engine(s25sc_plan):
    engine = Engine(build_network(s25sc_plan), to_minutes(s25sc_plan.project.start))
    engine.run_forward()
    engine.run_backward()
    return engine


def test_s25sc_network_10k(benchmark, s25sc_plan):
    net = benchmark(_paused(build_network), s25sc_plan)
    assert len(net.tasks) == 10_000
    assert len(net.flat) == sum(map(len, net.preds)) == sum(map(len, net.succs)) == 15_000


def test_s25sc_engine_state_10k(benchmark, s25sc_engine):
    net, start = s25sc_engine.net, s25sc_engine.project_start
    engine = benchmark(_paused(Engine), net, start)
    assert engine.special == []  # the generated plan's tasks are all ordinary
    assert sum(engine.plain_fwd) == 10_000 - sum(net.summary)


def test_s25sc_forward_pass_10k(benchmark, s25sc_engine):
    finish = s25sc_engine.project_finish
    benchmark(_paused(s25sc_engine.run_forward))
    assert s25sc_engine.project_finish == finish  # a re-run gives the same dates


def test_s25sc_backward_pass_10k(benchmark, s25sc_engine):
    benchmark(_paused(s25sc_engine.run_backward))
    engine = s25sc_engine
    # Without constraints no task's slack is negative: late dates never precede early ones.
    assert all(ls >= es for ls, es in zip(engine.ls, engine.es, strict=True))
