"""A .gantry -> MS Project XML -> .gantry round trip keeps the actual cost to the penny
(app.io.mspdi_share_actuals): a person's actual work written as their share of the task's
% complete, in whole minutes, is read back as that share, not as typed actual work rounded
to the minute (67 % of 12 h at 80/h: 643.20, was 642.67 after the trip)."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi

MON = datetime(2027, 1, 4, 8)


def _plan(typed: int = 0) -> Plan:
    """Reporting 3d at 67 %, Pat half time (12 h at 80/h); ``typed``: Pat's own actual work."""
    plan = Plan(project=Project(name="Share", start=MON))
    plan.tasks = [Task(1, "Reporting", outline_level=1, duration_minutes=1440, percent_complete=67)]
    plan.resources = [Resource(1, "Pat", standard_rate=80.0)]
    plan.assignments = [Assignment(1, 1, 1, 0.5, 720, actual_work_minutes=typed)]
    return plan


def _actual_cost(plan: Plan) -> float:
    return compute_costs(plan, schedule(plan)).task_actual_cost[1]


def test_s25mw_the_share_of_percent_complete_round_trips_to_the_penny(tmp_path):
    plan = _plan()
    assert _actual_cost(plan) == pytest.approx(643.20)
    out = tmp_path / "share.xml"
    write_mspdi(plan, out)
    again = read_mspdi(out)
    assert again.assignments[0].actual_work_minutes == 0  # the share, as the plan had it
    assert _actual_cost(again) == pytest.approx(643.20)


def test_s25mw_actual_work_that_is_not_the_share_is_kept(tmp_path):
    plan = _plan(typed=300)  # 5 h typed: not 67 % of 12 h
    out = tmp_path / "typed.xml"
    write_mspdi(plan, out)
    again = read_mspdi(out)
    assert again.assignments[0].actual_work_minutes == 300
    assert _actual_cost(again) == pytest.approx(400.0)


def test_s25mw_ms_projects_typed_actual_work_is_kept(shared_data):
    plan = read_mspdi(shared_data / "mspdi" / "mspdiassignmentfields.xml")
    assert {a.uid: a.actual_work_minutes for a in plan.assignments if a.actual_work_minutes} == {
        2: pytest.approx(120.0845),  # PT2H0M5.07S, kept to the second since s26co
        5: 300,
    }
