"""A schedule's times are built when read, and read exactly as an eager build gives them."""

from __future__ import annotations

import copy
import pickle
import threading
from dataclasses import replace

import pytest

from app.domain.events import Change, ChangeKind, Entity
from app.domain.schedule import ScheduleTimes
from app.domain.scheduler import IncrementalScheduler, schedule
from app.domain.scheduling.cpm import Engine
from app.domain.scheduling.network import build_network
from app.domain.scheduling.results import EngineResults
from app.domain.worktime import from_minutes, to_minutes
from tests.bench.generate import make_plan
from tests.unit.test_scheduler_fast_paths import _varied_plan


def _results(plan) -> EngineResults:
    engine = Engine(build_network(plan), to_minutes(plan.project.start))
    engine.run_forward()
    engine.run_backward()
    engine.place_alap()
    return EngineResults(engine, plan.project.critical_slack_limit_minutes)


@pytest.mark.parametrize("seed", range(4))
def test_bulk_build_equals_row_by_row_build(seed):
    results = _results(_varied_plan(seed))
    bulk = results.all()
    assert bulk == [results.one(i) for i in range(len(bulk))]
    assert any(t.summary and 0 < t.percent_complete < 100 for t in bulk)
    assert any(t.total_slack_minutes < 0 for t in bulk)
    assert any(t.free_slack_minutes > 0 for t in bulk)


def test_reading_one_task_builds_only_that_task():
    plan = make_plan(3000, 4500, 3)
    times = schedule(plan).times
    assert isinstance(times, ScheduleTimes)
    uid = plan.tasks[1234].uid
    one = times[uid]
    assert times.known() == {uid: one}
    assert times[uid] is one
    assert len(times) == 3000
    assert list(times) == [t.uid for t in plan.tasks]
    assert times.known() == {uid: one}


def test_walking_every_task_switches_to_one_bulk_build_with_the_same_values():
    plan = make_plan(5000, 7500, 3)
    walked = schedule(plan).times
    read = {uid: walked.get(uid) for uid in [t.uid for t in plan.tasks]}
    assert len(walked.known()) == 5000
    eager = schedule(plan).times
    assert dict(eager.items()) == read
    assert [walked[u] for u in read] == list(read.values())


def test_behaves_as_a_dict():
    plan = _varied_plan(1)
    times = schedule(plan).times
    full = dict(schedule(plan).times.items())
    uids = list(full)
    assert times == full
    assert full == times
    assert times != {}
    assert uids[0] in times
    assert -5 not in times
    assert times.get(-5) is None
    assert times.get(-5, "none") == "none"
    with pytest.raises(KeyError):
        times[-5]
    changed = replace(full[uids[3]], critical=not full[uids[3]].critical)
    times[uids[3]] = changed
    assert times[uids[3]] is changed
    assert dict(times.items())[uids[3]] is changed  # an assigned value survives the bulk build
    assert list(times) == uids
    del times[uids[0]]
    assert uids[0] not in times
    assert len(times) == len(uids) - 1
    back = pickle.loads(pickle.dumps(times))
    assert back == times
    assert copy.deepcopy(times) == times
    assert repr(times).startswith("{")
    assert times.copy() == times
    assert type(times.copy()) is dict


def test_two_threads_reading_at_once_see_the_same_values():
    plan = make_plan(6000, 9000, 3)
    times = schedule(plan).times
    uids = [t.uid for t in plan.tasks]
    seen: list[dict] = [{}, {}]

    def read(k: int) -> None:
        order = uids if k == 0 else uids[::-1]
        seen[k] = {u: times[u] for u in order}

    workers = [threading.Thread(target=read, args=(k,)) for k in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert seen[0] == seen[1] == dict(schedule(plan).times.items())


def test_a_schedule_read_after_later_edits_still_shows_its_own_dates():
    plan = make_plan(2000, 3000, 2)
    expected = dict(schedule(plan).times.items())
    inc = IncrementalScheduler(plan)
    first = inc.schedule  # nothing read yet
    leaf = next(t for t in plan.tasks if not plan.is_summary(t.uid) and plan.links_from(t.uid))
    plan.update_task(replace(leaf, duration_minutes=leaf.duration_minutes + 4800))
    second = inc.apply(Change(Entity.TASK, ChangeKind.CHANGED, (leaf.uid,)))
    assert second.times[leaf.uid] != expected[leaf.uid]
    assert first.times == expected
    assert second.times == schedule(plan).times


@pytest.mark.parametrize("seed", range(4))
def test_columns_hold_what_the_bulk_build_gives(seed):
    results = _results(_varied_plan(seed))
    columns = results.columns()
    built = results.all()
    assert columns.uids == [t.uid for t in results.tasks]
    for name in (
        "duration_minutes",
        "total_slack_minutes",
        "free_slack_minutes",
        "critical",
        "summary",
        "percent_complete",
    ):
        assert getattr(columns, name) == [getattr(t, name) for t in built], name
    for name in ("start", "finish", "early_start", "early_finish", "late_start", "late_finish"):
        assert list(map(from_minutes, getattr(columns, name))) == [getattr(t, name) for t in built]
    # the ALAP rows really move start/finish off the early dates
    assert columns.start != columns.early_start
    without = results.columns(percent=False)
    assert without.percent_complete is None
    assert without.total_slack_minutes == columns.total_slack_minutes
    assert without.start == columns.start


def test_schedule_columns_build_no_task_times_and_refuse_when_values_were_set():
    plan = make_plan(3000, 4500, 3)
    times = schedule(plan).times
    assert isinstance(times, ScheduleTimes)
    columns = times.columns()
    assert columns is not None
    assert times.known() == {}
    assert columns.uids == list(times)
    first = times[columns.uids[0]]
    assert columns.total_slack_minutes[0] == first.total_slack_minutes
    assert times.columns() is not None  # built values are the computed ones
    times[columns.uids[1]] = replace(first, total_slack_minutes=-1)
    assert times.columns() is None  # an assigned value would be missed
    fresh = schedule(plan).times
    assert isinstance(fresh, ScheduleTimes)
    fresh.complete()
    assert fresh.columns() == columns  # still read from the arrays once all are built
    given = ScheduleTimes.of_dict({1: first})
    assert given.columns() is None


@pytest.mark.parametrize("seed", range(4))
def test_spans_are_the_columns_without_slack(seed):
    """Costing reads spans: the same starts, finishes and durations the columns give."""
    plan = _varied_plan(seed)
    alone = _results(plan).spans()  # computed on their own, before any columns
    results = _results(plan)
    columns = results.columns(percent=False)
    assert alone.start != _results(plan).es  # ALAP rows sit at their late dates
    for name in ("uids", "start", "finish", "duration_minutes", "summary"):
        assert getattr(alone, name) == getattr(columns, name), name
        assert getattr(results.spans(), name) == getattr(columns, name), name


def test_schedule_spans_follow_the_columns_rules():
    plan = make_plan(2000, 3000, 3)
    times = schedule(plan).times
    assert isinstance(times, ScheduleTimes)
    spans = times.spans()
    assert spans is not None
    assert times.known() == {}
    first = times[spans.uids[0]]
    assert from_minutes(spans.finish[0]) == first.finish
    times[spans.uids[1]] = replace(first, finish=first.start)
    assert times.spans() is None  # an assigned value would be missed
