"""The plans the random test found where leveling and the scheduler disagreed, kept by name.

Each: level, apply the delays, reschedule; the tasks are where leveling said
and nobody stays over-allocated unless the result names them.
"""

from __future__ import annotations

from datetime import datetime

from app.domain.calendar import Calendar, standard_calendar
from app.domain.leveling import LevelingOptions, LevelingOrder, apply_delays, level
from app.domain.link import Link, LinkType
from app.domain.overallocation import overallocated_resources
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.splits import Split
from app.domain.task import ConstraintType, Task
from app.domain.worktime import to_minutes

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _plan(*tasks: Task, people: dict[int, int] | None = None) -> Plan:
    """Tasks (outline levels as given); ``people``: task uid -> person uid, each at 100 %."""
    plan = Plan(
        project=Project(start=MON),
        calendars={
            1: standard_calendar(),
            3: Calendar(uid=3, name="Early shift", week=(((360, 840),),) * 5 + ((), ())),
        },
    )
    for t in tasks:
        plan.append_task(t)
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    for k, (task_uid, person) in enumerate((people or {}).items(), start=1):
        minutes = plan.task(task_uid).duration_minutes
        plan.add_assignment(Assignment(k, task_uid, person, 1.0, minutes))
    return plan


def _leveled(plan: Plan, options: LevelingOptions | None = None):
    before = schedule(plan)
    result = level(plan, before, options=options)
    apply_delays(plan, result.delays)
    after = schedule(plan)
    for uid, times in before.times.items():
        if times.summary:
            continue
        claimed = result.placed.get(uid, (to_minutes(times.start), to_minutes(times.finish)))
        got = (to_minutes(after.times[uid].start), to_minutes(after.times[uid].finish))
        assert got == claimed, plan.task(uid).name
    named = {u.resource_uid for u in result.unresolved}
    assert overallocated_resources(plan, after) <= named
    return result, after


def test_a_start_to_start_link_from_a_summary_follows_its_earliest_child():
    plan = _plan(
        Task(1, "Design"),
        Task(2, "Sketch", 2, duration_minutes=240),
        Task(3, "Model", 2, duration_minutes=240),
        Task(4, "Review"),
        Task(5, "Kick-off", 2, duration_minutes=0, milestone=True),
        people={2: 1, 3: 1},
    )
    plan.links.append(Link(1, 4, LinkType.SS))
    result, after = _leveled(plan)
    assert result.delays[3] > 0  # Ana does one after the other
    # 'Design' still starts at 8:00 (with 'Sketch'): 'Kick-off' stays there. Leveling used
    # to tie it to each child of 'Design', so to the delayed 'Model' too.
    assert after.times[5].start == MON


def test_a_must_start_on_task_stretched_by_a_finish_link_is_where_the_scheduler_puts_it():
    plan = _plan(
        Task(1, "Phase"),
        Task(5, "Wait", 2, duration_minutes=240, constraint_type=ConstraintType.ALAP),
        Task(
            7,
            "Audit",
            2,
            duration_minutes=240,
            constraint_type=ConstraintType.MSO,
            constraint_date=datetime(2026, 1, 6, 12),
        ),
        Task(10, "Build", 2, duration_minutes=2 * DAY),
        people={7: 1, 10: 1},
    )
    plan.links.append(Link(5, 7, LinkType.SF))
    result, after = _leveled(plan)
    assert result.delays[10]  # delayed, or split around 'Audit' (a LevelingDelay)
    assert after.times[7].start == datetime(2026, 1, 6, 13)  # must start on: it stays


def test_a_split_task_books_its_parts_as_over_allocations_are_judged():
    # 'Survey' runs on its early shift within Ana's standard day; its parts are judged
    # on the task's calendar, so 'Report' must not slip into the first part's evening.
    plan = _plan(
        Task(1, "Phase"),
        Task(5, "Survey", 2, duration_minutes=2 * DAY, calendar_uid=3, splits=(Split(DAY, DAY),)),
        Task(7, "Report", 2, duration_minutes=240),
        people={5: 1, 7: 1},
    )
    result, _after = _leveled(plan)
    assert result.unresolved == ()


def test_an_as_late_as_possible_task_makes_no_one_wait_and_its_clash_is_named():
    plan = _plan(
        Task(1, "Phase"),
        Task(2, "Build", 2, duration_minutes=3 * DAY),
        Task(3, "Tidy up", 2, duration_minutes=DAY, constraint_type=ConstraintType.ALAP),
        people={2: 1, 3: 1},
    )
    result, after = _leveled(plan)
    assert result.delays[2] == 0
    assert after.times[3].finish == after.times[2].finish  # at the project's end
    assert [(u.resource_uid, u.task_uid) for u in result.unresolved] == [(1, 3)]
    assert "'Tidy up' is scheduled as late as possible" in result.unresolved[0].reason


def test_as_late_as_possible_tasks_that_chase_the_finish_are_named_with_what_follows():
    plan = _plan(
        Task(1, "Phase"),
        Task(3, "Gate", 2, duration_minutes=0, milestone=True, constraint_type=ConstraintType.ALAP),
        Task(11, "Fit", 2, duration_minutes=240),
        Task(14, "Paint", 2, duration_minutes=240),
        people={11: 1, 14: 1},
    )
    plan.links.append(Link(3, 11))
    result = level(plan, schedule(plan))
    reasons = {u.task_uid: u.reason for u in result.unresolved}
    assert "'Gate' is scheduled as late as possible and follows the finish" in reasons[11]


def test_a_task_with_slack_waits_for_critical_work_that_starts_later():
    # MS Project's Standard order: slack, then dates, then priority. 'Prep' starts
    # first but has slack; 'Core' is on the critical path and starts a day later.
    plan = _plan(
        Task(1, "Start", duration_minutes=DAY),
        Task(2, "Core", duration_minutes=3 * DAY),
        Task(3, "Ship", duration_minutes=3 * DAY),
        Task(4, "Prep", duration_minutes=2 * DAY),
        people={1: 2, 2: 1, 3: 2, 4: 1},
    )
    plan.links += [Link(1, 2), Link(2, 3)]
    unleveled = schedule(plan).finish
    result, after = _leveled(plan)
    assert result.delays[2] == 0
    assert result.delays[4]  # delayed, or split around 'Core' (a LevelingDelay)
    assert after.finish == unleveled  # the delay stays within 'Prep''s slack


def test_priority_comes_before_slack():
    plan = _plan(
        Task(1, "Start", duration_minutes=DAY),
        Task(2, "Core", duration_minutes=3 * DAY),
        Task(3, "Ship", duration_minutes=3 * DAY),
        Task(4, "Prep", duration_minutes=2 * DAY, priority=800),
        people={1: 2, 2: 1, 3: 2, 4: 1},
    )
    plan.links += [Link(1, 2), Link(2, 3)]
    # MS Project's "Priority, Standard" order; its Standard order weighs slack first.
    result, _after = _leveled(plan, LevelingOptions(order=LevelingOrder.PRIORITY_STANDARD))
    assert result.delays[4] == 0
    assert result.delays[2] > 0
