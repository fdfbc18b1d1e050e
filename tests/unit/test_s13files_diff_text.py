"""``gantry diff`` text: a length that reads the same on both sides says how it differs.

MS Project XML with 7.5-hour days converted to GanttProject (whole 8-hour days) and
compared printed "duration_minutes 1d -> 1d": a change that showed no change.
"""

from __future__ import annotations

from datetime import datetime

from app.cli.diff_text import diff_line
from app.domain.diff import PlanChange
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task


def _plan(minutes_per_day: int, duration: int) -> Plan:
    project = Project(name="p", start=datetime(2026, 3, 2, 8), minutes_per_day=minutes_per_day)
    plan = Plan(project=project)
    plan.append_task(Task(1, "Dig", 1, duration_minutes=duration))
    return plan


def test_same_text_different_minutes_shows_hours():
    old, new = _plan(450, 450), _plan(480, 480)
    change = PlanChange("task", 1, "Dig", "changed", "duration_minutes", 450, 480)
    line = diff_line(change, old, new)
    assert "1d (7.5h) -> 1d (8h)" in line


def test_different_text_is_left_as_it_was():
    old, new = _plan(480, 480), _plan(480, 960)
    change = PlanChange("task", 1, "Dig", "changed", "duration_minutes", 480, 960)
    assert diff_line(change, old, new).endswith("Duration 1d -> 2d")
