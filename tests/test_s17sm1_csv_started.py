"""A CSV read back keeps a started task started: % complete above 0 takes the scheduled start
as the actual start (and 100 % the finish as the actual finish), as a % typed does in the
sheet and in MS Project. The CSV has no actual dates; the task came back with its % but no
actual start, so nothing held it where it began."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from app.domain.plan import Plan
from app.domain.scheduler import schedule
from app.domain.tracking import typed_progress
from app.io.csv_plan import read_csv, write_csv
from tests.gui.conftest import build_plan

SPECS, REVIEW, CODE, TEST = 2, 3, 5, 6


def _type_percent(plan: Plan, uid: int, percent: float) -> None:
    task = plan.task(uid)
    plan.update_task(replace(task, **typed_progress(task, schedule(plan)[uid], percent)))


def test_s17sm1_write_then_read_keeps_started_tasks_started(tmp_path: Path) -> None:
    plan = build_plan()
    _type_percent(plan, SPECS, 100.0)
    _type_percent(plan, CODE, 40.0)
    before = schedule(plan)
    path = tmp_path / "plan.csv"
    write_csv(plan, path)
    back = read_csv(path)
    code, specs = back.task(CODE), back.task(SPECS)
    assert code.percent_complete == 40.0
    assert code.actual_start == before[CODE].start  # was None: read back not started
    assert code.actual_finish is None
    assert specs.actual_start == before[SPECS].start
    assert specs.actual_finish == before[SPECS].finish
    for untouched in (REVIEW, TEST):  # 0 %: no actual dates made up
        assert back.task(untouched).actual_start is None
    after = schedule(back)
    for t in plan.tasks:  # the dates the file gave, unmoved by the actual starts
        assert (after[t.uid].start, after[t.uid].finish) == (
            before[t.uid].start,
            before[t.uid].finish,
        ), t.name


def test_s17sm1_a_client_csv_with_a_percent_starts_the_task(tmp_path: Path) -> None:
    path = tmp_path / "client.csv"
    path.write_text(
        "Task,Duration,Start,% Complete\nSurvey,5d,2026-03-02,30%\nReport,2d,2026-03-09,0%\n",
        encoding="utf-8",
    )
    back = {t.name: t for t in read_csv(path).tasks}
    assert back["Survey"].actual_start == datetime(2026, 3, 2, 8, 0)
    assert back["Survey"].percent_complete == 30.0
    assert back["Report"].actual_start is None
