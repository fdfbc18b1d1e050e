"""The printed Finish variance column reads in days, as its neighbours Remaining and Slack do.

A PM printed Friday's Gantt with the Tracking columns: 'Design Network', 94% done and
resumed after the status date, printed '+3888m' beside '2.1d' of Remaining Duration;
MS Project writes that variance as '8.1 days'.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.report.columns import CellText

_DAY = 480


def _plan_late_by(minutes: int) -> Plan:
    plan = Plan(project=Project(start=datetime(2023, 1, 2, 8, 0)))
    plan.append_task(Task(1, "Design Network", 1, duration_minutes=30 * _DAY))
    plan.append_task(Task(2, "Review", 1, duration_minutes=2 * _DAY))
    sched = schedule(plan)
    plan.set_baseline(snapshot(plan, sched, compute_costs(plan, sched), 0, datetime(2023, 1, 2)))
    task = plan.task(1)
    plan.update_task(replace(task, duration_minutes=task.duration_minutes + minutes))
    return plan


def test_a_finish_late_by_a_part_of_a_day_prints_in_days():
    plan = _plan_late_by(8 * _DAY + 48)  # 8.1 days of 8 hours
    cells = CellText(plan, schedule(plan), {})
    assert cells.text(1, "finish_variance") == "+8.1d"
    assert cells.text(2, "finish_variance") == "0d"


def test_an_early_finish_prints_in_days_with_its_sign():
    plan = _plan_late_by(-(2 * _DAY + 120))  # 2.25 days early
    cells = CellText(plan, schedule(plan), {})
    assert cells.text(1, "finish_variance") == "-2.25d"
