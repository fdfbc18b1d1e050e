"""The leveling orders MS Project offers: Standard, ID Only, Priority, Standard.

Standard weighs successors and slack (a task with no successors or much slack
waits first) and constraints: must start/finish on never waits, start/finish
no later than waits only up to its date, else stays and is named.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.leveling import LevelingOptions, LevelingOrder, apply_delays, level
from app.domain.leveling_order import order_key
from app.domain.link import Link
from app.domain.overallocation import overallocated_resources
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task

MON = datetime(2026, 1, 5, 8, 0)
WED = datetime(2026, 1, 7, 8, 0)
DAY = 480
_STANDARD = LevelingOptions()
_BY_ROW = LevelingOptions(order=LevelingOrder.ID_ONLY)
_PRIORITY = LevelingOptions(order=LevelingOrder.PRIORITY_STANDARD)


def _plan(*tasks: Task, links=(), people=None) -> Plan:
    """Ana does every task (or those of ``people``)."""
    plan = Plan(project=Project(start=MON))
    for t in tasks:
        plan.append_task(t)
    plan.links.extend(links)
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    for k, t in enumerate(tasks, start=1):
        who = 1 if people is None else people.get(t.uid)
        if who:
            plan.add_assignment(Assignment(k, t.uid, who, 1.0, t.duration_minutes))
    return plan


def _finish(plan: Plan, options: LevelingOptions):
    result = level(plan, schedule(plan), options=options)
    apply_delays(plan, result.delays)
    after = schedule(plan)
    assert overallocated_resources(plan, after) == set()
    return result, after.finish


def _three_and_a_review() -> Plan:
    """Three parallel tasks of Ana's; 'Review' (Ben's) follows the last one."""
    return _plan(
        Task(1, "T1", duration_minutes=5 * DAY),
        Task(2, "T2", duration_minutes=3 * DAY),
        Task(3, "T3", duration_minutes=2 * DAY),
        Task(4, "Review", duration_minutes=DAY),
        links=[Link(3, 4)],
        people={1: 1, 2: 1, 3: 1, 4: 2},
    )


def test_standard_places_the_task_others_wait_on_first_and_finishes_sooner():
    result, finish = _finish(_three_and_a_review(), _STANDARD)
    assert result.delays[3] == 0  # 'Review' waits on it: it keeps its place
    assert result.delays[1] == 2 * DAY
    assert finish == datetime(2026, 1, 16, 17, 0)
    by_row, later = _finish(_three_and_a_review(), _BY_ROW)
    assert by_row.delays[3] == 8 * DAY  # row order: T3 waits for T1 and T2
    assert later == datetime(2026, 1, 19, 17, 0)  # and 'Review' after it


def test_id_only_delays_the_later_row_even_when_it_is_critical():
    plan = _plan(
        Task(1, "Side job", duration_minutes=2 * DAY),
        Task(2, "Core", duration_minutes=5 * DAY),
    )
    assert level(plan, schedule(plan), options=_BY_ROW).delays == {1: 0, 2: 2 * DAY}
    assert level(plan, schedule(plan), options=_STANDARD).delays == {1: 5 * DAY, 2: 0}


def test_priority_standard_puts_priority_before_slack_and_standard_after():
    plan = _plan(
        Task(1, "Core", duration_minutes=10 * DAY),
        Task(2, "Urgent side job", duration_minutes=2 * DAY, priority=900),
    )
    assert level(plan, schedule(plan), options=_PRIORITY).delays == {1: 2 * DAY, 2: 0}
    # Standard: 8 days of slack against none weigh more than priority.
    assert level(plan, schedule(plan), options=_STANDARD).delays == {1: 0, 2: 10 * DAY}
    # Within the same week of slack, priority decides before the row.
    plan.update_task(Task(1, "Core", duration_minutes=5 * DAY))
    assert level(plan, schedule(plan), options=_STANDARD).delays == {1: 2 * DAY, 2: 0}


@pytest.mark.parametrize("options", [_STANDARD, _BY_ROW, _PRIORITY])
def test_must_start_on_never_waits_whatever_the_order(options):
    plan = _plan(
        Task(1, "Core", duration_minutes=5 * DAY, priority=900),
        Task(
            2,
            "Visit",
            duration_minutes=DAY,
            constraint_type=ConstraintType.MSO,
            constraint_date=WED,
        ),
    )
    result, _finish_at = _finish(plan, options)
    assert result.delays[2] == 0
    assert result.delays[1]  # delayed, or split around 'Visit' (a LevelingDelay)


def _no_later_than(kind: ConstraintType, when: datetime, first_days: int) -> Plan:
    """'First' (row 1) and 'Permit' (row 2, no later than ``when``), both Ana's."""
    return _plan(
        Task(1, "First", duration_minutes=first_days * DAY),
        Task(2, "Permit", duration_minutes=DAY, constraint_type=kind, constraint_date=when),
    )


def test_a_start_no_later_than_task_waits_up_to_its_date():
    plan = _no_later_than(ConstraintType.SNLT, WED, 2)
    result, _at = _finish(plan, _BY_ROW)
    assert result.delays == {1: 0, 2: 2 * DAY}  # starts Wednesday: its date, kept
    assert result.unresolved == ()


def test_a_start_no_later_than_task_that_would_pass_its_date_stays_and_is_named():
    plan = _no_later_than(ConstraintType.SNLT, WED, 3)
    result = level(plan, schedule(plan), options=_BY_ROW)
    assert result.delays == {1: 0, 2: 0}
    (left,) = result.unresolved
    assert left.task_uid == 2
    assert "'Permit' has a 'start no later than' constraint" in left.reason


def test_a_finish_no_later_than_task_waits_while_it_finishes_in_time():
    fri = datetime(2026, 1, 9, 17, 0)
    result = level(*_scheduled(_no_later_than(ConstraintType.FNLT, fri, 4)), options=_BY_ROW)
    assert result.delays[2] == 4 * DAY
    assert result.unresolved == ()
    result = level(*_scheduled(_no_later_than(ConstraintType.FNLT, fri, 5)), options=_BY_ROW)
    assert result.delays[2] == 0
    assert "'finish no later than' constraint" in result.unresolved[0].reason


def test_standard_places_a_no_later_than_task_first():
    plan = _no_later_than(ConstraintType.SNLT, WED, 3)
    result, _at = _finish(plan, _STANDARD)
    assert result.delays == {1: DAY, 2: 0}


def _scheduled(plan: Plan):
    return plan, schedule(plan)


def test_the_keys():
    # Standard: no-later-than first, then slack by whole weeks, then successors weighed.
    a = order_key(LevelingOrder.STANDARD, 5, 500, True, 9000, 0, 100)
    b = order_key(LevelingOrder.STANDARD, 1, 500, False, 0, 3, 0)
    assert a < b
    near = order_key(LevelingOrder.STANDARD, 2, 500, False, 480, 2, 50, week=2400)
    alone = order_key(LevelingOrder.STANDARD, 1, 500, False, 0, 0, 0, week=2400)
    assert near < alone  # same week of slack: the task others wait on goes first
    far = order_key(LevelingOrder.STANDARD, 2, 500, False, 2400, 9, 0, week=2400)
    assert alone < far
    assert order_key(LevelingOrder.ID_ONLY, 3, 900, True, 0, 9, 0) > order_key(
        LevelingOrder.ID_ONLY, 2, 0, False, 9999, 0, 9
    )
