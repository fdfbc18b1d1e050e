"""Over-allocation and leveling's off-time naming read tasks' spans from the engine's arrays
(task s25g3): building every assignment's TaskTimes (slack over links, six dates) took 3.6 s
of a 100k-task leveling. The spans read are the TaskTimes' own, and the answers are those the
full-record path gives, on a generated plan half leveled (split tasks, people still over)
with manual tasks over weekends (work in non-working time)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from app import formats
from app.domain import engine_spans, leveling_off_time, overallocation
from app.domain.engine_spans import span_reader
from app.domain.leveling import apply_delays, level
from app.domain.leveling_off_time import off_time_named
from app.domain.overallocation import overallocated_resources
from app.domain.scheduler import IncrementalScheduler
from tests.bench.generate import make_plan

SATURDAY = datetime(2026, 1, 10, 8)


def _plan():
    plan = make_plan(1500, 2200, 3, n_resources=60)
    scheduler = IncrementalScheduler(plan)
    delays = level(plan, scheduler.schedule).delays
    apply_delays(plan, dict(list(delays.items())[: len(delays) // 2]))  # some still over
    leaves = [k for k, t in enumerate(plan.tasks) if t.outline_level == 2 and t.duration_minutes]
    for n, k in enumerate(leaves[::40]):  # manual, over a weekend: work on a day off
        start = SATURDAY + timedelta(weeks=n % 20)
        t = replace(plan.tasks[k], manual=True, start=start, finish=start + timedelta(days=2))
        plan.tasks[k] = t
    for k in leaves[5::40]:  # manual on working days
        plan.tasks[k] = replace(plan.tasks[k], manual=True)
    plan._index = None
    return plan, level(plan, IncrementalScheduler(plan).schedule)


def _check(plan) -> int:
    sched = IncrementalScheduler(plan).schedule
    read = span_reader(plan, sched)
    spans = [read(t.uid) for t in plan.tasks]
    assert sched.times.known() == {}  # no TaskTimes built to read them
    assert all(isinstance(s, engine_spans.SpanTimes) for s in spans)
    for t, got in zip(plan.tasks, spans, strict=True):
        full = sched.get(t.uid)
        assert full is not None
        want = (full.start, full.finish, full.duration_minutes, full.summary)
        assert (got.start, got.finish, got.duration_minutes, got.summary) == want
    return len(spans)


def test_s25g3_spans_read_are_the_task_times(shared_data) -> None:
    checked = _check(_plan()[0])
    for path in [*shared_data.glob("mspdi/*.xml"), *shared_data.glob("gan/*.gan")]:
        try:
            plan = formats.read_plan(path)
        except Exception:  # noqa: BLE001 - files this reader refuses are not this test's
            continue
        checked += _check(plan)
    assert checked > 1500  # the real files were read too


def test_s25g3_answers_equal_the_full_record_path(monkeypatch: pytest.MonkeyPatch) -> None:
    plan, result = _plan()

    def answers():
        fresh = IncrementalScheduler(plan).schedule
        some = {r.uid for r in plan.resources[::3]}
        return (
            overallocated_resources(plan, fresh),
            overallocated_resources(plan, fresh, only=some),
            off_time_named(plan, fresh, result, None).unresolved,
            off_time_named(plan, fresh, result, some).unresolved,
        )

    read = answers()
    full_record = lambda plan, schedule: schedule.get  # noqa: E731 - the path before
    monkeypatch.setattr(overallocation, "span_reader", full_record)
    monkeypatch.setattr(leveling_off_time, "span_reader", full_record)
    built = answers()
    assert read == built
    over, _some, named, _named_some = read
    assert over  # the cases are there
    assert any("a manual task" in u.reason for u in named)
