"""A GanttProject file keeps % complete but no actual dates: read, a task under way takes
its start as its actual start and, done, its finish as its actual finish, through the rule
the CSV and workbook readers use (app/io/read_progress.start_tasks_under_way, a % typed in
the sheet). So a finished task no longer moves when a predecessor slips."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from app.domain.diff import diff_plans
from app.domain.plan import Plan
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType
from app.formats import write_plan
from app.io.gan import read_gan

DAY = 480

_GAN = """<?xml version="1.0" encoding="UTF-8"?>
<project name="Slip" version="3.3">
  <calendars><day-types><default-week sun="1" mon="0" tue="0" wed="0" thu="0" fri="0" sat="1"/>
  </day-types></calendars>
  <tasks>
    <task id="0" name="Phase" meeting="false" start="2027-03-01" duration="6" complete="50">
      <task id="1" name="Specs" meeting="false" start="2027-03-01" duration="2" complete="100">
        <depend id="2" type="2" difference="0" hardness="Strong"/>
      </task>
      <task id="2" name="Build" meeting="false" start="2027-03-03" duration="2" complete="100">
        <depend id="3" type="2" difference="0" hardness="Strong"/>
      </task>
      <task id="3" name="Test" meeting="false" start="2027-03-05" duration="2" complete="40">
        <depend id="4" type="2" difference="0" hardness="Strong"/>
      </task>
      <task id="4" name="Ship" meeting="false" start="2027-03-09" duration="1" complete="0"/>
    </task>
  </tasks>
</project>
"""


def _slipped(plan: Plan, uid: int, days: int) -> Plan:
    task = plan.task(uid)
    plan.update_task(replace(task, duration_minutes=task.duration_minutes + days * DAY))
    return plan


def test_s18g_gan_tasks_under_way_take_their_dates_as_actual(tmp_path: Path) -> None:
    path = tmp_path / "slip.gan"
    path.write_text(_GAN, encoding="utf-8")
    plan = read_gan(path)
    at = datetime(2027, 3, 1, 8, 0)
    specs, build, test, ship, phase = (plan.task(uid) for uid in (2, 3, 4, 5, 1))
    assert (specs.actual_start, specs.actual_finish) == (at, datetime(2027, 3, 2, 17, 0))
    assert (build.actual_start, build.actual_finish) == (
        datetime(2027, 3, 3, 8, 0),
        datetime(2027, 3, 4, 17, 0),
    )
    assert (test.actual_start, test.actual_finish) == (datetime(2027, 3, 5, 8, 0), None)
    assert (ship.actual_start, ship.actual_finish) == (None, None)
    assert (phase.actual_start, phase.actual_finish) == (None, None)  # a summary rolls up
    before = schedule(plan)
    after = schedule(_slipped(plan, 2, 5))  # Specs "slips" by a week: Build is done anyway
    assert (after.get(3).start, after.get(3).finish) == (before.get(3).start, before.get(3).finish)
    assert after.get(4).start == before.get(4).start  # under way: its start stays


def test_s18g_finished_gan_tasks_stay_put_when_a_predecessor_slips(shared_data: Path) -> None:
    """Every shared .gan: a finished task keeps its dates whichever task before it slips
    (HouseBuildingSample's 'Pre-design' and OpenHarvest's 'Angular Translation' moved)."""
    checked = 0
    for path in sorted((shared_data / "gan").glob("*.gan")):
        plan = read_gan(path)
        before = schedule(plan)
        done = [
            t.uid for t in plan.tasks if t.percent_complete >= 100 and not plan.is_summary(t.uid)
        ]
        for t in plan.tasks:
            if t.percent_complete > 0 and not plan.is_summary(t.uid):
                assert t.actual_start == before.get(t.uid).start == t.start, (path.name, t.name)
        for pred in {lk.predecessor for lk in plan.links if not plan.is_summary(lk.predecessor)}:
            after = schedule(_slipped(read_gan(path), pred, 10))
            for uid in done:
                if uid != pred:
                    old, new = before.get(uid), after.get(uid)
                    assert (new.start, new.finish) == (old.start, old.finish), (path.name, uid)
                    checked += 1
    assert checked


def test_s18g_gan_with_nothing_under_way_reads_as_before(tmp_path: Path) -> None:
    """No actual dates, and the first task keeps its stored start as start-no-earlier-than."""
    path = tmp_path / "none.gan"
    path.write_text(re.sub(r'complete="[0-9]+"', 'complete="0"', _GAN), encoding="utf-8")
    plan = read_gan(path)
    assert all(t.actual_start is None and t.actual_finish is None for t in plan.tasks)
    assert plan.task(2).constraint_type is ConstraintType.SNET


def test_s18g_a_started_task_round_trips_gan_unchanged(tmp_path: Path) -> None:
    """Gantry writes "Rubber" links into a task under way (its progress placed it): read
    back, it is the same task, started, with no constraint of its own."""
    path = tmp_path / "slip.gan"
    path.write_text(_GAN, encoding="utf-8")
    plan = read_gan(path)
    assert plan.task(2).constraint_type is ConstraintType.ASAP  # held by its actual start
    again = tmp_path / "again.gan"
    write_plan(plan, again)
    assert 'hardness="Rubber"' in again.read_text(encoding="utf-8")
    assert diff_plans(plan, read_gan(again)) == []
