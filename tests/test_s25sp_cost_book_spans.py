"""The cost book reads moved tasks' spans from the engine's arrays (task s25sp).

Reading a moved task's span built its whole TaskTimes (slack over its links, six
dates); past a share of the rows read so, every row's got built. The book now reads
start, finish, duration and summary flag straight from the arrays: the same figures
as the TaskTimes give, on real files (summaries, as-late-as-possible and started tasks)
and after an incremental reschedule, and the costs after leveling equal a full costing.
"""

from __future__ import annotations

from app import formats
from app.domain.cost_book import CostBook, _span_values
from app.domain.costs import compute_costs
from app.domain.leveling import apply_delays, level
from app.domain.schedule import Schedule
from app.domain.scheduler import IncrementalScheduler
from app.domain.worktime import to_minutes
from tests.bench.generate import make_plan


def _as_task_times_say(sched: Schedule, uid: int) -> tuple[int, int, int, bool] | None:
    one = sched.get(uid)
    if one is None:
        return None
    return to_minutes(one.start), to_minutes(one.finish), one.duration_minutes, one.summary


def _check_rows(plan, sched: Schedule) -> int:
    rows = list(enumerate(t.uid for t in plan.tasks))
    built = sched.times.known().keys()
    read = [_span_values(sched, uid, row) for row, uid in rows]
    assert sched.times.known().keys() == built  # no TaskTimes built to read them
    assert read == [_as_task_times_say(sched, uid) for _row, uid in rows]
    return len(rows)


def test_s25sp_spans_read_as_the_task_times_give_them(shared_data) -> None:
    paths = [
        p
        for pattern in ("mspdi/*.xml", "mpp/*.xml", "gan/*.gan")
        for p in shared_data.glob(pattern)
    ]
    checked = 0
    for path in paths:
        try:
            plan = formats.read_plan(path)
        except Exception:  # noqa: BLE001 - files this reader refuses are not this test's
            continue
        scheduler = IncrementalScheduler(plan)
        checked += _check_rows(plan, scheduler.schedule)
        result = level(plan, scheduler.schedule)
        if result.delays:  # an incremental reschedule's arrays, carried from the last run
            heard: list[object] = []
            plan.changes.subscribe(heard.append)
            apply_delays(plan, result.delays)
            plan.changes.unsubscribe(heard.append)
            checked += _check_rows(plan, scheduler.apply_all(heard))
    assert checked > 1000


def test_s25sp_costs_after_leveling_equal_a_full_costing() -> None:
    plan = make_plan(2000, 3000, 3, n_resources=20)
    scheduler = IncrementalScheduler(plan)
    result = level(plan, scheduler.schedule)
    heard: list[object] = []
    plan.changes.subscribe(heard.append)
    book = CostBook(plan, scheduler.schedule, compute_costs(plan, scheduler.schedule))
    some = dict(list(result.delays.items())[:40])  # a few moves: read one by one
    for delays in (some, dict.fromkeys(some, 0), result.delays):
        heard.clear()
        apply_delays(plan, delays)
        sched = scheduler.apply_all(list(heard))
        report = book.update(sched, list(heard), scheduler.moved_uids)
        assert report is not None
        assert report == compute_costs(plan, sched)
