"""Remaining Work typed, as MS Project takes it (tester s30xt, M1): Work becomes Actual +
Remaining, spread over the people by the work each still has to do; the work done stays.

The sample plan (tests/gui/conftest.py): Code (uid 5) is 5 days; Ana works it at 100 %
(40h), Bob at 50 % (20h): 60h.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.domain.assignment_work import apply_edit
from app.domain.costs import compute_costs
from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.remaining_work_entry import (
    typed_assignment_remaining_work,
    typed_task_remaining_work,
)
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.tracking_edits import task_clock
from tests.gui.conftest import build_plan

H = 60


def _plan(ana_done: int = 0, bob_done: int = 0) -> Plan:
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_resource(Resource(2, "Bob", standard_rate=50.0))
    plan.add_assignment(Assignment(1, 5, 1, 1.0, actual_work_minutes=ana_done))
    plan.add_assignment(Assignment(2, 5, 2, 0.5, actual_work_minutes=bob_done))
    done = ana_done + bob_done
    if done:
        plan.update_task(replace(plan.task(5), percent_complete=100.0 * done / (60 * H)))
    return plan


def _task(plan: Plan, minutes: int) -> None:
    times = schedule(plan).get(5)
    clock = task_clock(plan, plan.task(5))
    apply_edit(plan, typed_task_remaining_work(plan, 5, times, minutes, clock))


def _person(plan: Plan, uid: int, minutes: int) -> None:
    times = schedule(plan).get(5)
    clock = task_clock(plan, plan.task(5))
    apply_edit(plan, typed_assignment_remaining_work(plan, uid, times, minutes, clock))


def _figures(plan: Plan) -> tuple[float, float]:
    costs = compute_costs(plan, schedule(plan))
    return costs.task_work_minutes[5] / H, costs.task_actual_work_minutes[5] / H


def test_s30tb_task_remaining_work_is_spread_by_what_each_has_left():
    plan = _plan(ana_done=10 * H, bob_done=10 * H)  # left: Ana 30h, Bob 10h
    _task(plan, 20 * H)
    ana, bob = plan.assignment(1), plan.assignment(2)
    assert (ana.work_minutes, bob.work_minutes) == (25 * H, 15 * H)  # 10+15, 10+5
    assert (ana.actual_work_minutes, bob.actual_work_minutes) == (10 * H, 10 * H)
    assert _figures(plan) == (40.0, 20.0)
    assert plan.task(5).percent_complete == pytest.approx(50.0)


def test_s30tb_task_remaining_work_raises_the_work_and_keeps_percent_done_right():
    plan = _plan(ana_done=16 * H)
    _task(plan, 30 * H)  # left 24h + 20h: 30h as 16.36h + 13.64h
    work, done = _figures(plan)
    assert (work, done) == (46.0, 16.0)
    assert plan.task(5).percent_complete == pytest.approx(100 * 16 / 46)


def test_s30tb_zero_remaining_finishes_the_task():
    plan = _plan(ana_done=16 * H, bob_done=4 * H)
    _task(plan, 0)
    assert _figures(plan) == (20.0, 20.0)
    assert plan.task(5).percent_complete == 100.0
    assert plan.task(5).actual_finish is not None


def test_s30tb_person_remaining_work_sets_their_work_only():
    plan = _plan(ana_done=16 * H)
    _person(plan, 1, 30 * H)
    assert plan.assignment(1).work_minutes == 46 * H
    assert plan.assignment(2).work_minutes in (0, 20 * H)  # unchanged (20h as planned)
    assert _figures(plan) == (66.0, 16.0)


def test_s30tb_remaining_work_refused_in_one_message():
    plan = _plan()
    with pytest.raises(InputError, match="cannot be negative"):
        _task(plan, -H)
    with pytest.raises(InputError, match="no work done"):
        _task(plan, 0)
    with pytest.raises(InputError, match="summary task"):
        apply_edit(
            plan, typed_task_remaining_work(plan, 1, None, H, task_clock(plan, plan.task(1)))
        )
