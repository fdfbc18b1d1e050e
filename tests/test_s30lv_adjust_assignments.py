"""Leveling that delays one person's assignment, not the whole task (MS Project's "Leveling can
adjust individual assignments on a task" and the task's Level Assignments).

Hand-worked plan, a 5-day week of 8 h from Monday 5 January 2026: Ben is on 'Meet' Monday
and Tuesday (priority 1000: never moved); 'Write' needs Ana and Ben for 2 days each, both
from Monday. Only Ben is over-allocated. Without the option Write waits two days, Ana idle
with it; with it Write starts Monday with Ana, Ben's assignment waits 2 days (its leveling
delay, 960 working minutes), and Write lasts until Ben is done on Thursday (4 days).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.assignment_dates import assignment_dates
from app.domain.leveling import apply_delays, clear_delays, level, without_leveling
from app.domain.leveling_options import LevelingBasis, LevelingOptions
from app.domain.overallocation import overallocated_resources
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.workload import workload
from app.domain.worktime import to_minutes

DAY = 480
MON = datetime(2026, 1, 5, 8, 0)
WED = datetime(2026, 1, 7, 8, 0)
THU_END = datetime(2026, 1, 8, 17, 0)
TUE_END = datetime(2026, 1, 6, 17, 0)
ADJUST = LevelingOptions(basis=LevelingBasis.MINUTE, adjust_assignments=True)
WHOLE = LevelingOptions(basis=LevelingBasis.MINUTE)


def _plan() -> Plan:
    plan = Plan(project=Project(name="Docs", start=MON))
    plan.append_task(Task(1, "Meet", duration_minutes=2 * DAY, priority=1000))
    plan.append_task(Task(2, "Write", duration_minutes=2 * DAY))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    plan.add_assignment(Assignment(1, 1, 2, 1.0, 2 * DAY))  # Ben on Meet
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 2 * DAY))  # Ana on Write
    plan.add_assignment(Assignment(3, 2, 2, 1.0, 2 * DAY))  # Ben on Write
    return plan


def _leveled(plan: Plan, options: LevelingOptions):
    base = without_leveling(plan)
    result = level(base, schedule(base), options=options)
    old = apply_delays(plan, result.delays)
    return result, old


def test_s30lv_only_the_busy_persons_assignment_waits() -> None:
    plan = _plan()
    result, _old = _leveled(plan, ADJUST)
    write = plan.task(2)
    assert write.leveling_delay_minutes == 0  # Write starts with Ana
    assert plan.assignment(2).leveling_delay_minutes == 0
    assert plan.assignment(3).leveling_delay_minutes == 2 * DAY  # Ben waits 2 days
    assert plan.assignment(3).delay_minutes == 0  # the typed Delay is untouched
    assert write.duration_minutes == 4 * DAY  # until Ben is done
    after = schedule(plan)
    assert (after[2].start, after[2].finish) == (MON, THU_END)
    assert (to_minutes(after[2].start), to_minutes(after[2].finish)) == result.placed[2]
    assert overallocated_resources(plan, after) == set()
    # Ana works Mon-Tue, Ben Wed-Thu on Write: Usage lays each where leveling put them
    dates = assignment_dates(plan, after, [2, 3])
    assert dates == {2: (MON, TUE_END), 3: (WED, THU_END)}
    # and the workload: 8 h a day for each of them, never 16 h for Ben
    load = workload(plan, after, [1, 2])
    assert round(float(load.work.max())) == DAY
    (move,) = [m for m in result.moves if m.task_uid == 2]
    assert move.people == 1
    assert move.delay_minutes == 0
    assert "Delayed 1 assignment on 'Write'" in result.summary()


def test_s30lv_without_the_option_the_whole_task_waits() -> None:
    plan = _plan()
    _leveled(plan, WHOLE)
    assert plan.task(2).leveling_delay_minutes == 2 * DAY
    assert plan.task(2).duration_minutes == 2 * DAY
    assert all(a.leveling_delay_minutes == 0 for a in plan.assignments)
    after = schedule(plan)
    assert (after[2].start, after[2].finish) == (WED, THU_END)


def test_s30lv_a_task_with_level_assignments_off_waits_whole() -> None:
    plan = _plan()
    plan.update_tasks([replace(plan.task(2), level_assignments=False)])
    _leveled(plan, ADJUST)
    assert plan.task(2).leveling_delay_minutes == 2 * DAY
    assert all(a.leveling_delay_minutes == 0 for a in plan.assignments)


def test_s30lv_clear_leveling_takes_the_assignment_delay_out_and_undo_puts_it_back() -> None:
    plan = _plan()
    _leveled(plan, ADJUST)
    leveled_tasks, leveled_people = list(plan.tasks), list(plan.assignments)
    old = clear_delays(plan)
    assert plan.assignment(3).leveling_delay_minutes == 0
    assert plan.task(2).duration_minutes == 2 * DAY  # shrunk back
    assert plan.tasks == _plan().tasks
    assert plan.assignments == _plan().assignments
    apply_delays(plan, old)  # the window's Undo of Clear Leveling: one step back
    assert plan.tasks == leveled_tasks
    assert plan.assignments == leveled_people


def test_s30lv_undo_of_leveling_restores_the_plan() -> None:
    plan = _plan()
    _result, old = _leveled(plan, ADJUST)
    apply_delays(plan, old)
    assert plan.tasks == _plan().tasks
    assert plan.assignments == _plan().assignments


def test_s30lv_leveling_again_gives_the_same_plan() -> None:
    plan = _plan()
    _leveled(plan, ADJUST)
    once_tasks, once_people = list(plan.tasks), list(plan.assignments)
    _leveled(plan, ADJUST)
    assert plan.tasks == once_tasks
    assert plan.assignments == once_people
    _leveled(plan, WHOLE)  # option off: back to today's whole-task delay
    assert plan.task(2).leveling_delay_minutes == 2 * DAY
    assert plan.task(2).duration_minutes == 2 * DAY
    assert plan.assignment(3).leveling_delay_minutes == 0
