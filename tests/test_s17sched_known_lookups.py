"""The CPM passes read calendars through plain dicts of what is known, and the memos
after a miss (app.domain.scheduling.known_lookups): every mix of the two gives the
dates a first schedule gives."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from app.domain.calendar import standard_calendar
from app.domain.scheduler import schedule
from app.domain.scheduling.known_lookups import Misses
from app.domain.scheduling.network import _outline, _run_ends
from app.domain.worktime import WorkTime, clear_caches, to_minutes
from tests.bench.generate import make_plan


def _values(plan):
    found = schedule(plan)
    return {uid: t._v for uid, t in found.times.items()}, found.issues, found.finish


def test_s17sched_warm_and_half_known_calendars_give_the_cold_dates():
    plan = make_plan(400, 600, 3)
    later = make_plan(400, 600, 3)
    later.project = replace(later.project, start=later.project.start + timedelta(days=97))
    clear_caches()
    cold = _values(plan)
    clear_caches()
    cold_later = _values(later)
    clear_caches()
    assert _values(plan) == cold
    assert _values(plan) == cold  # every key known: no miss
    # half the keys known: the passes miss, bring the plain dicts up to date, go on
    assert _values(later) == cold_later
    assert _values(later) == cold_later
    assert _values(plan) == cold


def test_s17sched_learn_copies_what_the_memos_hold():
    wt = WorkTime.for_calendar(standard_calendar(), {})
    wt._forget()
    monday_ten = to_minutes(make_plan(1, 0).project.start.replace(hour=10))
    w = wt.index(monday_ten)
    index, at_start, at_end = wt.known
    assert monday_ten not in index
    wt.learn()
    assert index[monday_ten] == w
    assert at_start[w] == at_end[w] == monday_ten  # inside working time: both
    assert dict(index) == dict(wt.memos[0])


def test_s17sched_a_pass_copies_a_calendar_once_then_reads_its_memos():
    wt = WorkTime.for_calendar(standard_calendar(), {})
    misses = Misses()
    assert misses.after(wt) is True  # copied: read the plain dicts again
    assert misses.after(wt) is False  # nothing more to copy this pass: the memos


def test_s17sched_outline_runs_of_levels():
    levels = [1, 2, 2, 3, 300, 300, 2, 1, 1, 256, 256, 256]
    assert _run_ends(levels) == [1, 3, 4, 6, 7, 9, 12]
    assert _run_ends([1, 2, 2, 3, 3, 3, 1]) == [1, 3, 6, 7]
    assert _run_ends([]) == []
    summary, parent, _children, _last, _order, roots = _outline([1, 2, 2, 3, 1])
    assert summary == [True, False, True, False, False]
    assert parent == [-1, 0, 0, 2, -1]
    assert roots == [0, 4]


def test_s17sched_big_memos_are_read_without_copies(monkeypatch):
    plan = make_plan(300, 450, 3)
    clear_caches()
    cold = _values(plan)
    monkeypatch.setattr("app.domain.worktime._KNOWN_LIMIT", 10)
    assert _values(plan) == cold
    wt = WorkTime.for_calendar(standard_calendar(), {})
    for hour in range(20):
        wt.index(to_minutes(plan.project.start) + 60 * hour)
    assert wt.learn() is False  # past the limit: no copy
    assert all(not known for known in wt.known)
    assert _values(plan) == cold
