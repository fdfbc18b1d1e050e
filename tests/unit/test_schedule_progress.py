"""A full schedule reports between its phases and stops when its progress callback says so,
leaving nothing half-built: a later schedule gives exactly what an uninterrupted one gives."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.errors import CancelledError
from app.domain.scheduler import IncrementalScheduler, schedule
from app.domain.scheduling import run as run_module
from app.domain.scheduling.run import (
    BACKWARD_DONE,
    FORWARD_DONE,
    NETWORK_BUILT,
    RUN_STEPS,
    full_run,
    schedule_only,
)
from app.domain.task import ConstraintType
from app.domain.worktime import clear_caches
from tests.bench.generate import make_plan

# What a run reports, in order, when nobody cancels it.
PHASES = [0, NETWORK_BUILT, FORWARD_DONE, BACKWARD_DONE, RUN_STEPS]
# The phases run when the n-th report says stop (ALAP placement runs a second forward pass).
RAN_BEFORE = {
    1: [],
    2: ["network"],
    3: ["network", "forward"],
    4: ["network", "forward", "backward"],
    5: ["network", "forward", "backward", "forward", "results"],
}


def same(actual, expected):
    assert actual.start == expected.start
    assert actual.finish == expected.finish
    assert dict(actual.times) == dict(expected.times)
    assert sorted((i.task_uid, i.message) for i in actual.issues) == sorted(
        (i.task_uid, i.message) for i in expected.issues
    )


def sample_plan():
    """A generated plan with a few as-late-as-possible tasks (the run's last, optional phase)."""
    plan = make_plan(400, 600, 3, n_resources=5)
    for t in plan.tasks[5:400:37]:
        if not plan.is_summary(t.uid):
            plan.tasks[plan.index_of(t.uid)] = replace(t, constraint_type=ConstraintType.ALAP)
    return plan


class Listener:
    """A progress callback that records every report and answers False from its ``stop_at``-th
    call on (None: never)."""

    def __init__(self, stop_at=None):
        self.heard: list[tuple[int, int]] = []
        self.stop_at = stop_at

    def __call__(self, done, total):
        self.heard.append((done, total))
        return self.stop_at is None or len(self.heard) < self.stop_at


@pytest.fixture
def phases_run(monkeypatch):
    """The names of the run's phases as they start, in order."""
    started: list[str] = []

    def watch(name, real):
        def watched(*args, **kwargs):
            started.append(name)
            return real(*args, **kwargs)

        return watched

    monkeypatch.setattr(run_module, "build_network", watch("network", run_module.build_network))
    monkeypatch.setattr(run_module, "build_schedule", watch("results", run_module.build_schedule))

    class Engine(run_module.Engine):
        def run_forward(self):
            started.append("forward")
            super().run_forward()

        def run_backward(self):
            started.append("backward")
            super().run_backward()

    monkeypatch.setattr(run_module, "Engine", Engine)
    return started


def test_a_full_run_reports_each_phase_in_order():
    plan = sample_plan()
    heard = Listener()
    _net, _engine, result = full_run(plan, heard)
    assert heard.heard == [(done, RUN_STEPS) for done in PHASES]
    same(result, schedule(plan))


def test_the_phase_marks_climb_inside_the_bar():
    assert 0 < NETWORK_BUILT < FORWARD_DONE < BACKWARD_DONE < RUN_STEPS


def test_a_run_without_progress_gives_the_same_schedule():
    plan = sample_plan()
    same(full_run(plan)[2], full_run(plan, Listener())[2])
    same(schedule_only(plan), schedule(plan, Listener()))


@pytest.mark.parametrize("stop_at", range(1, len(PHASES) + 1))
def test_a_cancelled_run_stops_at_once_and_leaves_nothing_half_built(stop_at, phases_run):
    plan = sample_plan()
    clear_caches()
    expected = schedule(plan)  # an uninterrupted run, from cold calendars
    clear_caches()
    phases_run.clear()
    heard = Listener(stop_at)
    with pytest.raises(CancelledError):
        full_run(plan, heard)
    # The callback said stop once, and nothing of the run went on after it.
    assert len(heard.heard) == stop_at
    assert heard.heard == [(done, RUN_STEPS) for done in PHASES[:stop_at]]
    assert phases_run == RAN_BEFORE[stop_at]
    # The calendars' memos filled by the stopped run serve the next one as well.
    same(full_run(plan)[2], expected)
    same(schedule(plan), expected)


def test_cancel_after_the_network_is_built_runs_no_pass(phases_run):
    plan = sample_plan()
    with pytest.raises(CancelledError):
        full_run(plan, Listener(stop_at=2))
    assert phases_run == ["network"]


def test_the_incremental_scheduler_hears_its_first_run():
    plan = sample_plan()
    heard = Listener()
    inc = IncrementalScheduler(plan, progress=heard)
    assert heard.heard == [(done, RUN_STEPS) for done in PHASES]
    same(inc.schedule, schedule(plan))
    with pytest.raises(CancelledError):
        IncrementalScheduler(plan, progress=Listener(stop_at=3))


def test_a_cancelled_reschedule_keeps_the_last_schedule_and_keeps_up_with_edits():
    plan = make_plan(300, 450, 3)
    inc = IncrementalScheduler(plan)
    before = inc.schedule
    runs = inc.full_runs
    with pytest.raises(CancelledError):
        inc.reschedule(Listener(stop_at=4))
    assert inc.schedule is before
    assert inc.full_runs == runs
    # Its network and engine are the last whole run's: an edit still re-propagates exactly.
    plan.changes.subscribe(inc.apply)
    leaf = next(t for t in plan.tasks if not plan.is_summary(t.uid))
    plan.update_task(replace(leaf, duration_minutes=leaf.duration_minutes + 5 * 480))
    same(inc.schedule, schedule(plan))
