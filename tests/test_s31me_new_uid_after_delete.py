"""A task inserted after the last task was deleted took that task's uid, and with it the
deleted task's entry in Baseline and the interim plans: a brand-new row showed a
baseline bar, Baseline Cost and a variance it never had (noticed by s31cb)."""

from __future__ import annotations

from datetime import datetime

from app.domain.baseline import Baseline, BaselineEntry
from app.domain.interim_plan import InterimEntry, InterimPlan
from app.domain.plan import Plan
from app.domain.task import Task

START = datetime(2026, 1, 5, 8, 0)
FINISH = datetime(2026, 1, 9, 17, 0)


def _plan() -> Plan:
    plan = Plan()
    for uid, name in ((1, "Design"), (2, "Build"), (3, "Test")):
        plan.append_task(Task(uid, name))
    return plan


def test_a_new_task_does_not_take_a_deleted_tasks_baselined_uid() -> None:
    plan = _plan()
    entries = tuple(BaselineEntry(uid, START, FINISH) for uid in (1, 2, 3))
    plan.baselines[0] = Baseline(0, START, entries)
    plan.remove_tasks([3])

    uid = plan.next_task_uid()

    assert uid == 4
    assert plan.baselines[0].entry(uid) is None


def test_an_interim_plans_entries_are_remembered_too() -> None:
    plan = _plan()
    plan.interims[1] = InterimPlan(1, (InterimEntry(3, START, FINISH),))
    plan.remove_tasks([3])

    assert plan.next_task_uid() == 4


def test_without_baselines_the_next_uid_follows_the_tasks() -> None:
    plan = _plan()
    plan.remove_tasks([3])

    assert plan.next_task_uid() == 3
