"""Split tasks survive the workbook's plan snapshot (the base of a client round trip)."""

from __future__ import annotations

from datetime import datetime

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.splits import Split
from app.domain.task import Task
from app.io.plan_snapshot import plan_from_json, plan_to_json


def test_snapshot_keeps_splits():
    plan = Plan(project=Project(start=datetime(2026, 1, 5, 8)))
    plan.append_task(Task(1, "Split", duration_minutes=960, splits=(Split(480, 240),)))
    plan.append_task(Task(2, "Plain"))
    back = plan_from_json(plan_to_json(plan))
    assert back.tasks == plan.tasks
    assert back.task(1).splits == (Split(480, 240),)
