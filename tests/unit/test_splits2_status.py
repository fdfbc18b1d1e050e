"""A split task's Status at the status date: the pause is not work it should have done."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.splits import Split
from app.domain.status_tasks import TaskStatus, expected_percent, task_status
from app.domain.task import Task
from app.domain.workload import DayCalendar

MON = datetime(2026, 1, 5, 8)  # a Monday
DAY = 480


def _plan(percent: float) -> Plan:
    """'Pour' (5d) works Mon-Tue, pauses Wed-Fri and goes on Mon 12 - Wed 14."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(
        Task(
            1,
            "Pour",
            duration_minutes=5 * DAY,
            splits=(Split(2 * DAY, 3 * DAY),),
            percent_complete=percent,
            actual_start=MON if percent else None,
        )
    )
    return plan


@pytest.mark.parametrize(
    ("day", "expected"),
    [(6, 40.0), (7, 40.0), (9, 40.0), (12, 60.0), (14, 100.0)],
)
def test_expected_percent_stays_put_in_the_pause(day, expected):
    plan = _plan(0)
    times = schedule(plan)[1]
    status = datetime(2026, 1, day, 17)
    got = expected_percent(times, status, DayCalendar(plan, None), plan.task(1))
    assert got == pytest.approx(expected)


def test_a_task_done_up_to_its_pause_is_on_schedule_during_it():
    plan = _plan(40.0)
    times = schedule(plan)[1]
    friday = datetime(2026, 1, 9, 17)
    cal = DayCalendar(plan, None)
    # Evenly spread over Mon..Wed 14 it would be 62 % due: 'Late' though nothing is behind.
    assert task_status(plan.task(1), times, friday, cal) is TaskStatus.ON_SCHEDULE
    # Monday evening it should have done another day.
    monday = datetime(2026, 1, 12, 17)
    assert task_status(plan.task(1), times, monday, cal) is TaskStatus.LATE
