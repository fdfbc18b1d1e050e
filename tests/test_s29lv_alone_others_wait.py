"""A task that alone over-allocates its person (Audit, Bob at 150 %) stays where it is, and
the task already holding Bob then (Design, placed first) waits for it, as MS Project's Level
Resources delays the other tasks: Bob stays over only on Audit (150 %), not at 250 %."""

from __future__ import annotations

from datetime import datetime

from app.domain.leveling import apply_delays, level
from app.domain.overallocation import overallocated_resources
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.workload import workload

MON = datetime(2026, 1, 5, 8, 0)
WED = datetime(2026, 1, 7, 8, 0)
DAY = 480


def _plan() -> Plan:
    plan = Plan(project=Project(name="Team", start=MON))
    plan.append_task(Task(1, "Design", duration_minutes=4 * DAY))
    plan.append_task(Task(2, "Audit", duration_minutes=2 * DAY))
    plan.add_resource(Resource(1, "Bob"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 4 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.5, 3 * DAY))
    return plan


def test_s29lv_the_task_holding_the_person_waits_for_the_one_kept() -> None:
    plan = _plan()
    result = level(plan, schedule(plan))
    assert result.delays.get(2, 0) == 0  # Audit: no delay mends 150 %
    assert result.delays[1] == 2 * DAY  # Design waits until Audit is done
    apply_delays(plan, result.delays)
    after = schedule(plan)
    assert after.times[1].start == WED
    assert after.times[2].start == MON
    # Bob works 12 h a day on Audit alone (150 %), never Design's 8 h on top of it
    load = workload(plan, after, [1])
    assert round(float(load.work.max())) == 12 * 60
    assert overallocated_resources(plan, after) == {1}  # still over, on Audit alone
    reasons = {u.task_uid: u.reason for u in result.unresolved}
    assert set(reasons) == {2}
    assert "'Audit' at 150%, max 100%" in reasons[2]
