"""A small sprint plan with progress, shared by the s31bd tests (figures hand computed).

Sprint (summary) over Design (Mon 1 - Fri 5 Mar 2027, Ana 100 %, 40h at 100/h, done) then
Build (Mon 8 - Fri 12 Mar, Ana 100 %, 40h, 40 % done: its first two days, 16h). Work is
8h a day. Story Points: Design 3, Build 5.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import Task

MON = datetime(2027, 3, 1, 8, 0)
MON2 = datetime(2027, 3, 8, 8, 0)
DAY = 480


def sprint_plan() -> Plan:
    """The plan of the module's docstring, progress recorded."""
    plan = Plan(project=Project(name="Sprint", start=MON))
    plan.append_task(Task(1, "Sprint", 1))
    plan.append_task(Task(2, "Design", 2, duration_minutes=5 * DAY))
    plan.append_task(Task(3, "Build", 2, duration_minutes=5 * DAY))
    plan.add_link(Link(2, 3))
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_assignment(Assignment(1, 2, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 3, 1, 1.0, 5 * DAY))
    plan.update_task(replace(plan.task(2), percent_complete=100.0, actual_start=MON))
    plan.update_task(replace(plan.task(3), percent_complete=40.0, actual_start=MON2))
    return plan
