"""Reading a few hundred tasks' times (what an edit on the critical path moves, costed again)
builds those alone; only a reader of a good share of the plan switches to building all."""

from __future__ import annotations

from app.domain.schedule import ScheduleTimes
from app.domain.scheduler import schedule
from tests.bench.generate import make_plan


def test_a_reader_of_some_rows_builds_only_those_and_a_walker_gets_all():
    plan = make_plan(20_000, 30_000, 2)
    uids = [t.uid for t in plan.tasks]
    times = schedule(plan).times
    assert isinstance(times, ScheduleTimes)
    some = uids[::25]  # 800 rows, well past the first 256
    read = {uid: times.get(uid) for uid in some}
    assert len(times.known()) == len(some)
    walked = {uid: times.get(uid) for uid in uids}
    assert len(times.known()) == len(uids)
    eager = schedule(plan).times
    assert dict(eager.items()) == walked
    assert all(walked[uid] == read[uid] for uid in some)


def test_critical_tasks_read_from_the_columns_are_those_of_the_task_times():
    plan = make_plan(3000, 4500, 2, seed=4)
    fresh = schedule(plan)
    found = fresh.critical_uids()
    assert fresh.times.known() == {}  # no TaskTimes built
    every = dict(schedule(plan).times.items())
    expected = [u for u, t in every.items() if t.critical and not t.summary]
    assert found == expected
    assert 0 < len(found) < 3000
