"""An assignment's <ActualWork> in MS Project XML is the work done the cost report reads.

People whose work done follows % complete (none entered) carry their share, as MS
Project keeps it: a reader that does not work it out (ProjectLibre, MPXJ's tools, a
report over the file) saw 0 h done beside the task's own ActualWork.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime

from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.io.mspdi import read_mspdi
from app.io.mspdi_values import parse_duration
from app.io.mspdi_write import write_mspdi

_Q = "{http://schemas.microsoft.com/project}"
DAY = 480


def _plan() -> Plan:
    """Task 1 at 50 % with Ana (16h) and Bob (8h), none entered; task 2 at 50 % with
    Ana's 2h entered and Bob's none."""
    plan = Plan(project=Project(name="Done", start=datetime(2026, 1, 5, 8)))
    plan.resources.extend(
        [Resource(1, "Ana", standard_rate=60.0), Resource(2, "Bob", standard_rate=30.0)]
    )
    start = datetime(2026, 1, 5, 8)
    plan.append_task(
        Task(1, "Share", duration_minutes=2 * DAY, percent_complete=50, actual_start=start)
    )
    plan.append_task(
        Task(2, "Entered", duration_minutes=2 * DAY, percent_complete=50, actual_start=start)
    )
    plan.assignments.extend(
        [
            Assignment(1, 1, 1, work_minutes=16 * 60),
            Assignment(2, 1, 2, units=0.5, work_minutes=8 * 60),
            Assignment(3, 2, 1, work_minutes=16 * 60, actual_work_minutes=2 * 60),
            Assignment(4, 2, 2, units=0.5, work_minutes=8 * 60),
        ]
    )
    return plan


def _written(path) -> tuple[dict[int, int], dict[int, int]]:
    """(assignment UID -> <ActualWork>, task UID -> <ActualWork>) in minutes."""
    root = ET.parse(path).getroot()
    people = {
        int(a.findtext(_Q + "UID")): parse_duration(a.findtext(_Q + "ActualWork"))
        for a in root.iter(_Q + "Assignment")
    }
    tasks = {
        int(t.findtext(_Q + "UID")): parse_duration(t.findtext(_Q + "ActualWork"))
        for t in root.iter(_Q + "Task")
        if t.findtext(_Q + "ActualWork") is not None
    }
    return people, tasks


def test_s21m2_people_done_by_percent_carry_their_share(tmp_path):
    plan = _plan()
    report = compute_costs(plan, schedule(plan))
    path = tmp_path / "done.xml"
    write_mspdi(plan, path)
    people, tasks = _written(path)
    assert people == {1: 8 * 60, 2: 4 * 60, 3: 2 * 60, 4: 0}  # Bob's 0 beside Ana's 2h: none
    assert people == {uid: c.actual_work_minutes for uid, c in report.assignments.items()}
    # a row's people add up to the row's own ActualWork
    assert tasks[1] == people[1] + people[2]
    assert tasks[2] == people[3] + people[4]


def test_s21m2_share_read_back_costs_the_same(tmp_path):
    plan = _plan()
    before = compute_costs(plan, schedule(plan))
    path = tmp_path / "done.xml"
    write_mspdi(plan, path)
    back = read_mspdi(path)
    after = compute_costs(back, schedule(back))
    assert after.task_actual_work_minutes == before.task_actual_work_minutes
    assert after.task_actual_cost == before.task_actual_cost
