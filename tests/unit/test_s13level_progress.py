"""Level Resources reports from its first moment and hears Cancel while it reads the schedule.

On a fresh schedule nothing is built yet: reading every task's TaskTimes took
~1 s at 100k tasks before the first report. Leveling now reads the schedule's
columns (no TaskTimes), computed in a thread on large plans while the bar
keeps being told, so Cancel is heard there too.
"""

from __future__ import annotations

import threading

import pytest

from app.domain import leveling_placement
from app.domain.errors import CancelledError
from app.domain.leveling import level
from app.domain.schedule_times import ScheduleTimes
from app.domain.scheduler import IncrementalScheduler
from tests.bench.generate import make_plan


@pytest.fixture
def planned():
    plan = make_plan(400, 600, 2, n_resources=6, seed=3)
    return plan, IncrementalScheduler(plan)


def test_a_fresh_schedule_is_read_without_building_task_times(planned, monkeypatch) -> None:
    plan, scheduler = planned
    expected = level(plan, IncrementalScheduler(plan).schedule)
    assert expected.moves

    def refused(self):
        raise AssertionError("leveling built every TaskTimes")

    monkeypatch.setattr(ScheduleTimes, "complete", refused)
    assert level(plan, scheduler.schedule, network=scheduler.network) == expected


def test_cancel_is_heard_while_the_columns_are_computed(planned, monkeypatch) -> None:
    plan, scheduler = planned
    monkeypatch.setattr(leveling_placement, "IN_THREAD_FROM", 0)  # the large-plan path
    release = threading.Event()
    done = threading.Event()
    real = ScheduleTimes.columns

    def slow(self, percent=True):
        release.wait(10)  # as long as the user has not cancelled (10 s: a failing test ends)
        try:
            return real(self, percent)
        finally:
            done.set()

    monkeypatch.setattr(ScheduleTimes, "columns", slow)
    heard: list[int] = []

    cancelled_before_the_columns: list[bool] = []

    def progress(done_: int, total: int) -> bool:
        heard.append(done_)
        if len(heard) < 4:
            return True
        # The user cancels while the schedule is being read; the columns then come.
        cancelled_before_the_columns.append(not done.is_set())
        release.set()
        return False

    with pytest.raises(CancelledError):
        level(plan, scheduler.schedule, None, progress, scheduler.network)
    assert cancelled_before_the_columns == [True]
    assert heard == sorted(heard)
    # The thread has ended when leveling stops (its work dropped): none is left running
    # once the window's worker ends and the cyclic collector is back on (app.ui.background).
    assert done.is_set()
    assert not [t for t in threading.enumerate() if t.name.startswith("leveling-read")]


def test_the_bar_moves_while_the_columns_are_computed(planned, monkeypatch) -> None:
    plan, scheduler = planned
    monkeypatch.setattr(leveling_placement, "IN_THREAD_FROM", 0)
    real = ScheduleTimes.columns
    heard: list[int] = []
    ticks_seen = threading.Event()

    def slow(self, percent=True):
        ticks_seen.wait(10)  # until the bar has been told a few times
        return real(self, percent)

    def progress(done: int, total: int) -> bool:
        heard.append(done)
        if len(heard) > 6:
            ticks_seen.set()
        return True

    monkeypatch.setattr(ScheduleTimes, "columns", slow)
    result = level(plan, scheduler.schedule, None, progress, scheduler.network)
    assert result == level(plan, IncrementalScheduler(plan).schedule)
    first_reads = heard[2:7]
    assert first_reads == sorted(first_reads)
    assert first_reads[-1] > first_reads[0]  # not standing still
