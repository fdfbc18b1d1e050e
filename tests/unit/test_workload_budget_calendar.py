"""A person whose calendar has no working time (MS Project's budget resources)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.plan import Plan
from app.domain.resource import Resource
from app.domain.scheduler import schedule
from app.domain.workload import workload, workload_by_task
from app.formats import read_plan


@pytest.fixture
def assignment_fields(shared_data: Path) -> Plan:
    """MS Project's own file with a 'Budget Work Resource' calendar that has no working time.

    The reader leaves budget resources out (test_s14br_budget_resources), so the person on
    that calendar is put back here, as the reader once read them: no assignment kept.
    """
    plan = read_plan(shared_data / "mspdi" / "mspdiassignmentfields.xml")
    cal = next(c.uid for c in plan.calendars.values() if c.name == "Budget Work Resource")
    plan.resources.append(Resource(uid=2, name="Budget Work Resource", calendar_uid=cal))
    return plan


def _budget_person(plan: Plan) -> int:
    cal = next(c.uid for c in plan.calendars.values() if c.name == "Budget Work Resource")
    return next(r.uid for r in plan.resources if r.calendar_uid == cal)


def test_the_team_workload_reads_a_plan_with_a_calendar_without_working_time(assignment_fields):
    plan = assignment_fields
    sched = schedule(plan)
    load = workload(plan, sched)
    assert _budget_person(plan) in load.resource_uids
    for i, uid in enumerate(load.resource_uids):
        expected = sum(a.work_minutes for a in plan.assignments if a.resource_uid == uid)
        assert load.work[i].sum() == pytest.approx(expected)


def test_the_budget_person_s_chart_is_empty_not_refused(assignment_fields):
    plan = assignment_fields
    sched = schedule(plan)
    first = sched.start.date()
    n = (sched.finish.date() - first).days + 1
    assert workload_by_task(plan, sched, _budget_person(plan), first, n) == {}
