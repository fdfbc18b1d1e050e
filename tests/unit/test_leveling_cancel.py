"""level() reports how far it is and stops when its progress callback says so."""

from __future__ import annotations

import pytest

from app.domain.errors import CancelledError
from app.domain.leveling import level
from app.domain.scheduler import schedule
from tests.bench.generate import make_plan


@pytest.fixture(scope="module")
def planned():
    plan = make_plan(3000, 4500, 2, n_resources=15)
    return plan, schedule(plan)


def test_level_reports_its_way_to_the_end_and_levels_the_same(planned) -> None:
    plan, sched = planned
    heard: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        heard.append((done, total))
        return True

    result = level(plan, sched, None, progress)
    assert result == level(plan, sched)
    assert result.moves  # the plan has over-allocations to level
    totals = {total for _done, total in heard[1:]}
    assert len(totals) == 1
    total = totals.pop()
    dones = [done for done, _total in heard[1:]]
    assert dones == sorted(dones)
    assert dones[-1] == total
    assert len(heard) >= 5  # reading and placing both report, not just start and end


def test_level_stops_when_told(planned) -> None:
    plan, sched = planned
    calls = 0

    def progress(done: int, total: int) -> bool:
        nonlocal calls
        calls += 1
        return calls < 4  # the user pressed Cancel after the third report

    with pytest.raises(CancelledError):
        level(plan, sched, None, progress)
    assert calls == 4
