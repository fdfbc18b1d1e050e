"""A summary's % complete is kept exact and rounded once where shown, as MS Project:
12.46 shows 12, not 12.5 then 13."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.percent_shown import shown_percent
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import IncrementalScheduler, schedule
from app.domain.task import Task

_DAY = 480


def _plan() -> Plan:
    """Phase [A 14d at 89 %, B 86d]: 14 * 89 / 100 = 12.46 %."""
    plan = Plan(project=Project(name="Pct", start=datetime(2026, 3, 2, 8, 0)))
    plan.append_task(Task(1, "Phase", 1))
    plan.append_task(Task(2, "A", 2, duration_minutes=14 * _DAY, percent_complete=89))
    plan.append_task(Task(3, "B", 2, duration_minutes=86 * _DAY))
    return plan


def test_s17sc2_a_summarys_percent_is_rounded_once():
    times = schedule(_plan())
    assert abs(times[1].percent_complete - 12.46) < 1e-9
    assert shown_percent(times[1].percent_complete) == 12


def test_s17sc2_an_edit_rolls_the_summary_up_exactly_too():
    plan = _plan()
    plan.update_task(replace(plan.task(2), percent_complete=0))
    inc = IncrementalScheduler(plan)
    plan.changes.subscribe(inc.apply)
    plan.update_task(replace(plan.task(2), percent_complete=89))  # the patched roll-up
    assert abs(inc.schedule[1].percent_complete - 12.46) < 1e-9
    assert inc.full_runs == 1
    assert shown_percent(inc.schedule[1].percent_complete) == 12
