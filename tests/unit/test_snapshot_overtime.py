"""The workbook's JSON snapshot keeps actual overtime work, and reads snapshots written before it."""

from __future__ import annotations

import json

from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.io.plan_snapshot import plan_from_json, plan_to_json


def _plan(actual_overtime: int) -> Plan:
    plan = Plan()
    plan.append_task(Task(1, "Design", 1, duration_minutes=2400))
    plan.add_resource(Resource(1, "Ana", standard_rate=50.0, overtime_rate=75.0))
    plan.add_assignment(
        Assignment(1, 1, 1, 1.0, 2400, 600, 120, actual_overtime_work_minutes=actual_overtime)
    )
    return plan


def test_snapshot_keeps_actual_overtime_work():
    back = plan_from_json(plan_to_json(_plan(90)))
    assert back.assignments[0].actual_overtime_work_minutes == 90
    assert back.assignments == _plan(90).assignments


def test_snapshot_without_the_field_reads_as_no_actual_overtime():
    text = plan_to_json(_plan(0))
    fields = json.loads(text)["assignments"][0]["f"]
    assert "actual_overtime_work_minutes" not in fields  # left at its default, as older ones are
    assert plan_from_json(text).assignments[0].actual_overtime_work_minutes == 0
