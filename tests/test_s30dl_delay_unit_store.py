"""The unit a Delay was typed in is kept in the .gantry file (1w reopens as 1w), on a full
save and on an incremental one; an older plan's Delays keep none and show as before."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from app.domain.assignment_delay import delay_edit, delay_text
from app.domain.assignment_work import apply_edit
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.task import DurationUnit, Task
from app.store.document import read_plan, write_plan

DAY = 480


def _plan() -> Plan:
    plan = Plan(project=Project(start=datetime(2026, 1, 5, 8)))
    plan.append_task(Task(1, "Write", duration_minutes=10 * DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 10 * DAY))
    plan.add_assignment(Assignment(2, 1, 2, 1.0, 2 * DAY))
    apply_edit(plan, delay_edit(plan, 2, 5 * DAY, False, DurationUnit.WEEKS))
    return plan


def test_s30dl_a_delay_typed_in_weeks_reopens_in_weeks(tmp_path):
    path = tmp_path / "plan.gantry"
    write_plan(_plan(), path)
    back = read_plan(path)
    assert back.assignment(2).delay_unit is DurationUnit.WEEKS
    assert delay_text(back.assignment(2), back.project) == "1w"


def test_s30dl_a_delay_without_a_unit_reads_as_before(tmp_path):
    path = tmp_path / "plan.gantry"
    write_plan(_plan(), path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE assignments SET delay_unit = NULL")
    conn.execute("UPDATE assignments SET delay_unit = 'FORTNIGHTS' WHERE uid = 1")
    conn.commit()
    conn.close()
    back = read_plan(path)
    assert back.assignment(2).delay_unit is None
    assert delay_text(back.assignment(2), back.project) == "5d"
    assert back.assignment(1).delay_unit is None  # a name this version does not know
