"""Level resources honours a person's availability periods, as over-allocation does.

Found on the Team view: Ana, available at 50 % for three weeks, had two 50 % tasks at
once. The view listed her as over-allocated (the check reads the availability period),
yet Level resources answered "Nothing could move": the leveler only knew her max units
(100 %), so it saw room for both tasks.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.leveling import level, without_leveling
from app.domain.overallocation import overallocations
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Availability, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task

MONDAY = datetime(2026, 3, 2, 8, 0)
DAY = 480


def _plan(ana: Resource, *units: float) -> Plan:
    """One five-day task per entry of ``units``, all staffed by Ana and free to start at once."""
    plan = Plan(project=Project(name="P", start=MONDAY))
    plan.add_resource(ana)
    for k, u in enumerate(units, start=1):
        plan.append_task(Task(k, f"T{k}", 1, duration_minutes=5 * DAY))
        plan.add_assignment(Assignment(k, k, ana.uid, units=u, work_minutes=round(5 * DAY * u)))
    return plan


def _leveled(plan: Plan) -> Plan:
    result = level(plan, schedule(plan))
    leveled = without_leveling(plan)
    for uid, delay in result.delays.items():
        leveled.update_task(replace(leveled.task(uid), leveling_delay_minutes=delay))
    return leveled


def test_two_half_time_tasks_of_a_half_time_person_go_one_after_the_other():
    half = Availability(datetime(2026, 3, 2), datetime(2026, 3, 27, 23, 59), 0.5)
    plan = _plan(Resource(1, "Ana", availability=(half,)), 0.5, 0.5)
    assert overallocations(plan, schedule(plan))  # the Team view's list names her

    result = level(plan, schedule(plan))

    assert result.delays[2] == 5 * DAY  # T2 waits for T1: one week
    assert result.moves[0].new_start == datetime(2026, 3, 9, 8, 0)
    leveled = _leveled(plan)
    assert overallocations(leveled, schedule(leveled)) == []


def test_a_person_who_joins_later_gets_the_task_when_they_arrive():
    joins = Availability(datetime(2026, 3, 16), None, 1.0)
    plan = _plan(Resource(1, "Ana", availability=(joins,)), 1.0)
    assert overallocations(plan, schedule(plan))  # booked before she is there

    result = level(plan, schedule(plan))

    assert result.moves[0].new_start == datetime(2026, 3, 16, 8, 0)
    leveled = _leveled(plan)
    assert overallocations(leveled, schedule(leveled)) == []


def test_the_period_in_force_decides_not_the_max_units_cell():
    # 200 % in the roster, but only 100 % in March: two full-time tasks cannot share March.
    march = Availability(datetime(2026, 3, 1), datetime(2026, 3, 31, 23, 59), 1.0)
    april = Availability(datetime(2026, 4, 1), None, 2.0)
    plan = _plan(Resource(1, "Ana", max_units=2.0, availability=(march, april)), 1.0, 1.0)

    result = level(plan, schedule(plan))

    assert result.delays[2] == 5 * DAY


def test_a_task_that_never_fits_stays_where_it_is():
    # Available two weeks only: the third full-time week has nowhere to go, and leveling
    # neither hangs nor pushes it into the years; it stays (still reported as over-allocated).
    short = Availability(datetime(2026, 3, 2), datetime(2026, 3, 13, 23, 59), 1.0)
    plan = _plan(Resource(1, "Ana", availability=(short,)), 1.0, 1.0, 1.0)

    result = level(plan, schedule(plan))

    assert result.delays[2] == 5 * DAY
    assert result.delays[3] == 0


def test_a_task_asking_more_than_the_person_has_is_not_delayed():
    # 200 % of a full-time person: delays cannot fix it, so the leveler leaves it where it
    # is and names it, as MS Project does (it waited for a free person before s28lv).
    plan = _plan(Resource(1, "Ana"), 0.5, 2.0)

    result = level(plan, schedule(plan))

    assert result.delays[2] == 0
    assert any("'T2' at 200%, max 100%" in u.reason for u in result.unresolved)
