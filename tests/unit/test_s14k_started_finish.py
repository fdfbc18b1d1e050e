"""The forward pass says where a started task finishes, paused or not, and leveling asks it
(ForwardPass.started_finish) instead of keeping a copy of the rule."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.calendar import Calendar
from app.domain.leveling_engine import LinkedPlacement
from app.domain.leveling_placement import read_dates
from app.domain.leveling_remaining import read_remaining
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.scheduling.cpm import Engine
from app.domain.scheduling.network import build_network
from app.domain.splits import Split, TaskClocks
from app.domain.task import Task
from app.domain.worktime import to_minutes

MON = datetime(2026, 3, 2, 8)
DAY = 480


def _started(**fields) -> Task:
    base = {
        "duration_minutes": 5 * DAY,
        "actual_start": datetime(2026, 3, 3, 8),
        "percent_complete": 40.0,
    }
    base.update(fields)
    return Task(2, "Build", **base)


CASES = {
    "working": _started(),
    "split": _started(splits=(Split(DAY, 2 * DAY),)),
    "elapsed": _started(elapsed=True, duration_minutes=3 * 1440),
    "mid_day": _started(actual_start=datetime(2026, 3, 4, 13)),
    "own_calendar": _started(calendar_uid=2),
}


def _plan(task: Task) -> Plan:
    plan = Plan(project=Project(start=MON))
    # the task's own calendar: Monday to Thursday, as the standard day
    four_days = Calendar(uid=2, name="Four days", week=Calendar(uid=1).week[:4] + ((),) * 3)
    plan.calendars[2] = four_days
    plan.append_task(Task(1, "Design", duration_minutes=DAY))
    plan.append_task(task)
    return plan


def _engine(plan: Plan) -> tuple[Engine, int]:
    net = build_network(plan)
    engine = Engine(net, to_minutes(plan.project.start))
    engine.run_forward()
    return engine, net.row_of[2]


@pytest.mark.parametrize("name", CASES)
def test_the_pass_finishes_a_started_task_where_the_schedule_does(name):
    plan = _plan(CASES[name])
    engine, row = _engine(plan)
    assert engine.started_finish(row) == to_minutes(schedule(plan).times[2].finish)
    assert engine.started_finish(row, 0) == engine.ef[row]


@pytest.mark.parametrize("name", CASES)
@pytest.mark.parametrize("pause", [1, 60, DAY, 3 * DAY + 17])
def test_a_longer_pause_finishes_where_the_schedule_puts_that_pause(name, pause):
    task = CASES[name]
    engine, row = _engine(_plan(task))
    # the same task with one more pause of ``pause`` minutes, placed by the scheduler
    paused = replace(task, splits=(*task.splits, Split(task.duration_minutes - 60, pause)))
    expected = to_minutes(schedule(_plan(paused)).times[2].finish)
    assert engine.started_finish(row, pause) == expected


def test_leveling_reads_the_work_left_finishing_as_the_pass_says():
    plan = _plan(CASES["split"])
    net = build_network(plan)
    sched = schedule(plan)
    dates = read_dates(sched, net, lambda done, total: None)
    placer = LinkedPlacement(net, to_minutes(MON), {}, dates)
    task = plan.task(2)
    (rem,) = read_remaining({2: task}, TaskClocks(plan), net, dates, placer.started_finish).values()
    engine, row = _engine(plan)
    for pause in (0, 30, DAY):
        assert rem.finish(pause) == engine.started_finish(row, pause)
    assert rem.finish(0) == to_minutes(sched.times[2].finish)
