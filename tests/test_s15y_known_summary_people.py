"""Fixed (was a strict xfail): a person on a summary task is over-allocated like anyone.

Found building a plan as an MS Project user: Bob was put on 'Backend' before it got
subtasks, then also on its subtask 'API'. For the days of API he works 100 % on each,
200 % in all; the Usage view shows him at 80 h a week, yet the status bar, the Team
view and 'gantry info' say nobody but Cleo, Dan and Eve is over-allocated. MS Project
counts an assignment on a summary like any other (its classic double-booking warning).
The sweep skipped summary rows (app/domain/overallocation.py); it now books a summary's
own people over its whole span at their units.
"""

from __future__ import annotations

from datetime import datetime

from app.domain.overallocation import overallocated_resources, overallocations
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task


def _plan() -> Plan:
    plan = Plan(project=Project(name="Double booked", start=datetime(2026, 3, 2, 8, 0)))
    plan.append_task(Task(1, "Backend", 1, duration_minutes=5 * 480))
    plan.append_task(Task(2, "API", 2, duration_minutes=5 * 480))
    plan.add_resource(Resource(1, "Bob"))
    plan.add_assignment(Assignment(1, 1, 1, units=1.0, work_minutes=5 * 480))  # the summary
    plan.add_assignment(Assignment(2, 2, 1, units=1.0, work_minutes=5 * 480))  # its subtask
    return plan


def test_the_plan_books_bob_twice_over_the_same_days():
    plan = _plan()
    times = schedule(plan)
    assert (times[1].start, times[1].finish) == (times[2].start, times[2].finish)


def test_a_person_on_a_summary_and_its_subtask_is_over_allocated():
    plan = _plan()
    times = schedule(plan)
    assert overallocated_resources(plan, times) == {1}
    assert [o.resource_uid for o in overallocations(plan, times)] == [1]
