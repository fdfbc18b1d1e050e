"""A person on a split task is free during its pause: no work there, no over-allocation."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.domain.overallocation import overallocated_resources, overallocations
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.splits import Split
from app.domain.task import ConstraintType, Task
from app.domain.workload import work_fraction, workload, workload_by_task

MON = datetime(2026, 1, 5, 8)  # a Monday
WED = datetime(2026, 1, 7, 8)
DAY = 480


def _plan(other_days: int = 3) -> Plan:
    """Ana on 'Pour' (5d: Mon-Tue, paused Wed-Fri, Mon-Wed) and on 'Cure' from Wednesday."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Pour", duration_minutes=5 * DAY, splits=(Split(2 * DAY, 3 * DAY),)))
    plan.append_task(
        Task(
            2,
            "Cure",
            duration_minutes=other_days * DAY,
            constraint_type=ConstraintType.SNET,
            constraint_date=WED,
        )
    )
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, other_days * DAY))
    return plan


def test_no_work_in_the_pause():
    plan = _plan()
    load = workload(plan, schedule(plan), first_day=date(2026, 1, 5), last_day=date(2026, 1, 16))
    ana = load.work[load.row_of[1]]
    # Pour Mon, Tue, then Cure Wed-Fri in the pause, then Pour Mon-Wed: one day's work a day.
    assert list(ana[:12]) == [480.0] * 5 + [0.0, 0.0] + [480.0] * 3 + [0.0, 0.0]
    assert load.over_days(1) == []
    assert ana.sum() == pytest.approx(8 * DAY)


def test_the_stacked_chart_puts_the_split_tasks_work_in_its_parts():
    plan = _plan()
    per_task = workload_by_task(plan, schedule(plan), 1, date(2026, 1, 5), 14)
    assert list(per_task[1][:10]) == [480.0, 480.0, 0, 0, 0, 0, 0, 480.0, 480.0, 480.0]
    assert per_task[1].sum() == pytest.approx(5 * DAY)


def test_no_overallocation_in_the_pause():
    plan = _plan()
    s = schedule(plan)
    assert overallocations(plan, s) == []
    assert overallocated_resources(plan, s) == set()


def test_work_past_the_pause_is_still_an_overallocation():
    plan = _plan(other_days=4)  # Cure runs Wed..Mon: Monday clashes with Pour's second part
    s = schedule(plan)
    found = overallocations(plan, s)
    assert [(o.start, o.finish, o.task_uids) for o in found] == [
        (datetime(2026, 1, 12, 8), datetime(2026, 1, 12, 17), (1, 2))
    ]
    assert overallocated_resources(plan, s) == {1}
    load = workload(plan, s, first_day=date(2026, 1, 5), last_day=date(2026, 1, 16))
    assert load.over_days(1) == [date(2026, 1, 12)]


def test_share_of_work_stays_put_through_the_pause():
    plan = _plan()
    share = work_fraction(plan, schedule(plan))
    assert share(1, datetime(2026, 1, 6, 17)) == pytest.approx(0.4)
    assert share(1, datetime(2026, 1, 9, 17)) == pytest.approx(0.4)
    assert share(1, datetime(2026, 1, 12, 17)) == pytest.approx(0.6)
