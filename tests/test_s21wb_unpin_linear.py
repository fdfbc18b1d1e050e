"""A 50k-row CSV read spent most of its time giving Gantry's own task table its
constraints back (app/io/sheet_uids.py unpin_scheduled_starts): one change announced per
task, and a second schedule after the first found the tasks to pin. One schedule decides
(a pin given back only delays), and the tasks change in two batches."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

import app.io.csv_plan as csv_plan
import app.io.sheet_uids as sheet_uids
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType
from app.io.csv_plan import read_csv, write_csv
from tests.bench.generate import make_plan


@pytest.fixture
def csv_of_pinned(tmp_path: Path) -> Path:
    """A generated plan's CSV in which some tasks were pinned later than links place them."""
    plan = make_plan(300, 400, 2, n_resources=5)
    for task in plan.tasks[5::7]:
        if task.outline_level == 2:
            day = plan.project.start + timedelta(days=3 + task.uid % 40)
            pin = {"constraint_type": ConstraintType.SNET, "constraint_date": day}
            plan.update_task(replace(task, **pin))
    path = tmp_path / "plan.csv"
    write_csv(plan, path)
    return path


def test_s21wb_one_schedule_and_two_changes_decide_the_pins(csv_of_pinned, monkeypatch):
    runs: list[int] = []
    real = sheet_uids.run_schedule

    def counted(plan):
        runs.append(1)
        return real(plan)

    monkeypatch.setattr(sheet_uids, "run_schedule", counted)
    changes: list[object] = []
    real_unpin = sheet_uids.unpin_scheduled_starts

    def watched(plan):
        plan.changes.subscribe(changes.append)
        real_unpin(plan)

    monkeypatch.setattr(csv_plan, "unpin_scheduled_starts", watched)
    plan = read_csv(csv_of_pinned)
    assert runs == [1]
    # unpinned all at once, the early ones pinned back at once, those their links hold
    # at that date unpinned again at once (app/io/csv_pins.py)
    assert len(changes) == 3
    pinned = [t for t in plan.tasks if t.constraint_type is ConstraintType.SNET]
    assert 0 < len(pinned) < len(plan.tasks)


def test_s21wb_the_pins_kept_are_those_rounds_of_schedules_keep(csv_of_pinned, monkeypatch):
    """The pins kept are those the former loop kept: unpin all, then pin back the tasks
    that start before their date, scheduling again until none does."""
    plan = read_csv(csv_of_pinned)
    monkeypatch.setattr(csv_plan, "unpin_scheduled_starts", lambda plan: None)
    by_rounds = read_csv(csv_of_pinned)
    pinned = {t.uid: t for t in by_rounds.tasks if t.constraint_type is ConstraintType.SNET}
    for task in pinned.values():
        by_rounds.update_task(
            replace(task, constraint_type=ConstraintType.ASAP, constraint_date=None)
        )
    while True:
        sched = schedule(by_rounds)
        early = [uid for uid, t in pinned.items() if sched[uid].start < t.constraint_date]
        for uid in early:
            by_rounds.update_task(pinned.pop(uid))
        if not early:
            break
    assert plan.tasks == by_rounds.tasks
    kept = [t for t in plan.tasks if t.constraint_type is ConstraintType.SNET]
    assert 0 < len(kept) < len(plan.tasks)
