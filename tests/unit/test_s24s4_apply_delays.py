"""apply_delays makes the tasks only delayed at once and skips those already delayed so
(app/domain/leveling_plain_delays.py): the plan, the change heard and the old delays undo
takes back are those of calling with_leveling_delay on every delay, as it did."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.events import Change, Entity
from app.domain.leveling import apply_delays, level
from app.domain.leveling_resume import LevelingDelay, leveling_of, with_leveling_delay
from app.domain.plan import Plan
from app.domain.scheduler import schedule
from app.domain.splits import Split
from app.domain.task import Task
from tests.bench.generate import make_plan


def _applied_one_by_one(plan: Plan, delays: dict[int, int]) -> tuple[list[Task], dict]:
    """The tasks and old delays apply_delays gave by setting each delay on its own."""
    by_uid = {t.uid: t for t in plan.tasks}
    old = {}
    for uid, minutes in delays.items():
        changed = with_leveling_delay(by_uid[uid], minutes)
        if changed is not by_uid[uid]:
            old[uid] = leveling_of(by_uid[uid])
            by_uid[uid] = changed
    return [by_uid[t.uid] for t in plan.tasks], old


def _typed(delays: dict) -> list:
    return [(u, type(m), int(m), getattr(m, "pauses", None)) for u, m in delays.items()]


def _same_as_one_by_one(plan: Plan, delays: dict[int, int]) -> dict[int, int]:
    tasks, expected_old = _applied_one_by_one(plan, delays)
    heard: list[Change] = []
    plan.changes.subscribe(heard.append)
    old = apply_delays(plan, delays)
    plan.changes.unsubscribe(heard.append)
    assert plan.tasks == tasks
    assert all(type(a) is type(b) for a, b in zip(plan.tasks, tasks, strict=True))
    assert [type(t.leveling_delay_minutes) for t in plan.tasks] == [
        type(t.leveling_delay_minutes) for t in tasks
    ]
    assert _typed(old) == _typed(expected_old)
    assert [c.keys for c in heard if c.entity is Entity.TASK] == ([tuple(old)] if old else [])
    return old


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_s24s4_a_leveled_plan_and_its_undo_are_as_one_by_one(seed):
    plan = make_plan(300, 450, 3, n_resources=5, seed=seed)
    before = list(plan.tasks)
    delays = level(plan, schedule(plan)).delays
    assert any(getattr(m, "pauses", ()) for m in delays.values())  # split ones too
    old = _same_as_one_by_one(plan, delays)
    assert old
    assert len(old) < len(delays)  # some were already where leveling puts them
    _same_as_one_by_one(plan, dict(delays))  # again: nothing changes
    _same_as_one_by_one(plan, old)  # undo
    assert plan.tasks == before


def test_s24s4_every_kind_of_task_and_delay_is_as_one_by_one():
    started = datetime(2026, 1, 5, 8)
    plan = Plan()
    kinds = [
        Task(1, "plain", duration_minutes=960),
        Task(2, "delayed", duration_minutes=960, leveling_delay_minutes=480),
        Task(3, "own split", duration_minutes=960, splits=(Split(480, 240),)),
        Task(4, "split by leveling", duration_minutes=960, splits=(Split(480, 240, True),)),
        Task(5, "started", duration_minutes=960, actual_start=started, percent_complete=50),
        Task(6, "started, paused", duration_minutes=960, actual_start=started,
             percent_complete=50, leveling_delay_minutes=240, splits=(Split(480, 240),)),
        Task(7, "manual, started", duration_minutes=960, manual=True, actual_start=started),
        Task(8, "milestone", milestone=True),
    ]  # fmt: skip
    for t in kinds:
        plan.append_task(t)
    pauses = (Split(240, 480),)
    for delays in (
        {1: 480, 2: 480, 3: 240, 4: 0, 5: 240, 6: 240, 7: 60, 8: 30},
        {1: 0, 2: 0, 3: 0, 4: LevelingDelay(60, pauses), 5: 0, 6: 0, 7: 0, 8: 0},
        {2: LevelingDelay(480), 1: LevelingDelay(0, pauses), 3: LevelingDelay(60, pauses)},
        {8: 0, 7: 0, 6: 480, 5: 60, 4: 0, 3: 0, 2: 480, 1: 0},
    ):
        old = _same_as_one_by_one(plan, delays)
        _same_as_one_by_one(plan, old)
