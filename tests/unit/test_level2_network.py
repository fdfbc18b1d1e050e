"""level() on the network the window's scheduler holds: same delays as on one it builds.

The scheduler keeps its network current edit by edit (in place for task edits,
a new one after structural changes); leveling reads its calendars, so a held
network behind the plan would level wrongly.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain import leveling as leveling_module
from app.domain.calendar import Calendar
from app.domain.errors import CancelledError
from app.domain.leveling import level
from app.domain.resource import Assignment
from app.domain.scheduler import IncrementalScheduler
from tests.bench.generate import make_plan


def _edited():
    """A plan edited through the scheduler as the window does, and the network it held first."""
    plan = make_plan(800, 1200, 3, n_resources=12)
    scheduler = IncrementalScheduler(plan)
    plan.changes.subscribe(scheduler.apply)
    first = scheduler.network
    leaves = [t for t in plan.tasks if t.outline_level == 2 and t.duration_minutes > 0]
    for t in leaves[:5]:  # in place: the scheduler keeps its network
        plan.update_task(replace(t, duration_minutes=t.duration_minutes + 480))
    a = plan.assignments[3]
    plan.update_assignment(replace(a, units=0.5, work_minutes=a.work_minutes // 2))
    plan.put_calendar(Calendar(uid=99, name="24h", week=(((0, 1440),),) * 7))
    plan.update_resource(replace(plan.resource(1), calendar_uid=99))  # a new network
    other = next(x for x in plan.assignments if x.resource_uid != 1)
    task = plan.task(other.task_uid)
    plan.add_assignment(Assignment(10_000, task.uid, 1, 1.0, task.duration_minutes))
    plan.update_task(replace(leaves[40], calendar_uid=2))
    t = plan.task(leaves[60].uid)
    plan.update_task(replace(t, duration_minutes=t.duration_minutes + 960))
    return plan, scheduler, first


@pytest.fixture(scope="module")
def edited():
    return _edited()


def test_the_held_network_after_edits_levels_as_a_fresh_one(edited) -> None:
    plan, scheduler, _first = edited
    held = level(plan, scheduler.schedule, network=scheduler.network)
    fresh = level(plan, scheduler.schedule)
    assert held.moves  # twelve people on ~500 tasks: there is leveling to do
    assert held == fresh


def test_the_network_read_is_the_one_passed(edited) -> None:
    # The network held before the calendar edits is one the scheduler replaced: levels
    # otherwise (what a stale held network would do), so the test above can fail.
    plan, scheduler, first = edited
    assert first is not scheduler.network
    assert level(plan, scheduler.schedule, network=first) != level(plan, scheduler.schedule)


def test_no_network_is_built_when_one_is_passed(edited, monkeypatch) -> None:
    plan, scheduler, _first = edited
    built: list[int] = []

    def counting(p):
        built.append(len(p.tasks))
        return scheduler.network

    monkeypatch.setattr(leveling_module, "build_network", counting)
    level(plan, scheduler.schedule, network=scheduler.network)
    assert built == []
    level(plan, scheduler.schedule)
    assert built == [len(plan.tasks)]


def test_a_network_of_other_rows_is_not_read(edited) -> None:
    plan, scheduler, _first = edited
    other = IncrementalScheduler(make_plan(300, 400, 2, n_resources=5)).network
    assert level(plan, scheduler.schedule, network=other) == level(plan, scheduler.schedule)


def test_the_bar_counts_the_build_and_cancel_is_heard_before_it(edited, monkeypatch) -> None:
    plan, scheduler, _first = edited
    heard: list[tuple[int, int]] = []
    at_build: list[int] = []
    real = leveling_module.build_network

    def watched(p):
        at_build.append(len(heard))
        return real(p)

    monkeypatch.setattr(leveling_module, "build_network", watched)

    def progress(done: int, total: int) -> bool:
        heard.append((done, total))
        return True

    level(plan, scheduler.schedule, None, progress)
    total = heard[-1][1]
    assert at_build == [2]  # 'started', then the bar with the build in it
    assert heard[1] == (0, total)
    assert {t for _d, t in heard[1:]} == {total}
    dones = [d for d, _t in heard[1:]]
    assert dones == sorted(dones)
    assert dones[-1] == total
    assert dones[2] > 0  # the first task read comes after the build's share of the bar

    heard.clear()
    level(plan, scheduler.schedule, None, progress, scheduler.network)
    held_total = heard[-1][1]
    assert held_total < total  # no build to count
    # Between reading and placing (links, bookings of fixed tasks, the first ready
    # tasks: ~0.9 s at 100k) the bar stands still but Cancel is still heard.
    n_leaves = sum(1 for t in scheduler.schedule.times.values() if not t.summary)
    assert held_total == 4 * n_leaves  # each task read, then placed (counting three)
    assert heard.count((n_leaves, held_total)) >= 4
    assert at_build == [2]

    at_build.clear()
    with pytest.raises(CancelledError):
        level(plan, scheduler.schedule, None, lambda done, total: done == 0 and total == 1)
    assert at_build == []  # Cancel pressed before the build: it never starts
