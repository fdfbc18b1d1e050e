"""Leveling books work typed into a Usage period where it was typed, as over-allocation
counts it: a heavy first week typed on Design makes Anna's half-time Review wait for it,
where the same work spread evenly over Design's four weeks left room for both."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from app.domain.assignment_work import apply_edit
from app.domain.leveling import LevelingOptions, LevelingOrder, apply_delays, level
from app.domain.overallocation import overallocated_resources
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.usage_typed_work import typing_edit

MON = datetime(2027, 3, 1, 8, 0)  # a Monday
DAY, H = 480, 60
_BY_ROW = LevelingOptions(order=LevelingOrder.ID_ONLY)


def _plan() -> Plan:
    """Anna half time on four-week Design (80 h), a quarter of her time on one-week Review."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Design", duration_minutes=20 * DAY))
    plan.append_task(Task(2, "Review", duration_minutes=5 * DAY))
    plan.add_resource(Resource(1, "Anna"))
    plan.add_assignment(Assignment(1, 1, 1, 0.5, 10 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 0.25, 5 * DAY // 4))
    return plan


def _type_first_week(plan: Plan, hours: int) -> None:
    first = MON.date()
    last: date = first + timedelta(days=6)
    apply_edit(plan, typing_edit(plan, schedule(plan), 1, first, last, hours * H))


def test_s23sm_evenly_spread_there_is_room_for_both():
    plan = _plan()
    assert overallocated_resources(plan, schedule(plan)) == set()
    assert level(plan, schedule(plan), options=_BY_ROW).delays == {1: 0, 2: 0}


def test_s23sm_a_typed_heavy_week_makes_the_other_task_wait():
    plan = _plan()
    _type_first_week(plan, 40)  # Anna full time on Design in week 1, 20 h a week after
    before = schedule(plan)
    assert overallocated_resources(plan, before) == {1}  # 100 % + 25 % in week 1
    result = level(plan, before, options=_BY_ROW)
    # Review waits out the typed week; Design, typed, keeps its place and its weeks
    assert result.delays[1] == 0
    assert result.delays[2] == 5 * DAY
    apply_delays(plan, result.delays)
    leveled = schedule(plan)
    assert leveled[2].start == datetime(2027, 3, 8, 8, 0)
    assert leveled[1].start == MON
    assert overallocated_resources(plan, leveled) == set()
