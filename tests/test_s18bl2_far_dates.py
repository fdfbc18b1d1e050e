"""A date too far out names the task and this plan's calendar.

"dates too far apart to schedule" and "a date in 3050 cannot be scheduled" named the
calendar whose days the shared working time was built from (another plan's, opened
earlier in the process) and no task: the scheduler now says them as it says a calendar
that ends, of the task it was placing, in this plan's names.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.calendar import Calendar
from app.domain.errors import PlanError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task
from app.domain.task_clock import TaskClock
from app.domain.worktime import WorkTime
from app.ui.commands import EditTaskCommand, execute
from app.ui.document import Document
from tests.test_s18bl_calendar_blame import _DAY, _MON

_WHO = "task 2 'Forever', worked by 'Mia Roth': calendar 'Mia's hours'"
_PAST = "a date in 3000 cannot be scheduled (Gantry schedules from 1800 to 2999)"
_YEAR = "a date in 3050 cannot be scheduled (Gantry schedules from 1800 to 2999)"


def _far(name: str, days: int, snet: datetime | None = None) -> Plan:
    """Forever (``days`` long, or starting no earlier than ``snet``), worked by Mia on her
    calendar ``name`` (Standard's days, so another plan's calendar may share them)."""
    plan = Plan(project=Project(name="Far", start=_MON))
    plan.append_task(Task(1, "Setup", 1, duration_minutes=_DAY))
    task = Task(2, "Forever", 1, duration_minutes=days * _DAY)
    if snet is not None:
        task = replace(task, constraint_type=ConstraintType.SNET, constraint_date=snet)
    plan.append_task(task)
    plan.put_calendar(Calendar(10, name, base_uid=1, week=(None,) * 7))
    plan.add_resource(Resource(1, "Mia Roth", calendar_uid=10))
    plan.add_assignment(Assignment(1, 2, 1, 1.0, days * _DAY))
    return plan


@pytest.mark.parametrize(
    ("days", "snet", "said"),
    [
        # a finish past 2999 (s18wt: it said "dates too far apart", and 100,000 days,
        # to 2409, were refused so: the table is a window that moves)
        (
            400_000,
            None,
            "a date in 3000 cannot be scheduled (Gantry schedules from 1800 to 2999)",
        ),
        (
            5,
            datetime(3050, 1, 1, 8),
            "a date in 3050 cannot be scheduled (Gantry schedules from 1800 to 2999)",
        ),
    ],
    ids=["finish-past-2999", "year-3050"],
)
def test_s18bl2_a_far_date_names_the_task_and_this_plans_calendar(days, snet, said):
    schedule(_far("Other plan's", 2))  # built the shared working time under its name
    plan = _far("Mia's hours", days, snet)
    with pytest.raises(PlanError) as refused:
        schedule(plan)
    assert (
        str(refused.value)
        == f"task 2 'Forever', worked by 'Mia Roth': calendar 'Mia's hours': {said}"
    )


def test_s18bl2_a_far_date_on_the_task_clock_names_this_plans_calendar():
    schedule(_far("Other plan's", 2))
    plan = _far("Mia's hours", 5)
    schedule(plan)
    with pytest.raises(PlanError) as refused:
        TaskClock.of(plan, 2).finish(datetime(3050, 1, 1, 8), _DAY)
    assert str(refused.value) == f"{_WHO}: {_YEAR}"


def test_s18bl2_an_edit_to_a_far_date_names_the_task_and_changes_nothing(qtbot):
    schedule(_far("Other plan's", 2))
    doc = Document(_far("Mia's hours", 5))
    with pytest.raises(PlanError) as refused:
        execute(doc, EditTaskCommand(doc, 2, "Forever", duration_minutes=400_000 * _DAY))
    assert str(refused.value) == f"{_WHO}: {_PAST}"
    assert doc.plan.task(2).duration_minutes == 5 * _DAY


def test_s18bl2_a_far_date_read_without_a_task_says_the_calendar_as_before():
    """Far from any task (a calendar asked directly) the message is the one it always was."""
    cal = Calendar(10, "Lone", base_uid=1, week=(None,) * 7)
    plan = Plan()
    plan.put_calendar(cal)
    wt = WorkTime.for_calendar(cal, plan.calendars)
    with pytest.raises(PlanError, match=r"^calendar '.*': a date in 3050 cannot be scheduled"):
        wt.next_working(datetime(3050, 1, 1, 8))


def test_s18bl2_a_plain_task_past_2999_names_itself_and_the_plans_calendar():
    """On the project's calendar (Standard's days, here named 'Office') the task that reached
    the date is named: every plain task is on that calendar, one of them reached it."""
    schedule(_far("Other plan's", 2))
    plan = _far("Mia's hours", 5)
    plan.put_calendar(replace(plan.calendar(), name="Office"))
    plan.update_task(
        replace(
            plan.task(1),
            constraint_type=ConstraintType.SNET,
            constraint_date=datetime(3050, 1, 1, 8),
        )
    )
    with pytest.raises(PlanError) as refused:
        schedule(plan)
    assert str(refused.value) == f"task 1 'Setup': calendar 'Office': {_YEAR}"
