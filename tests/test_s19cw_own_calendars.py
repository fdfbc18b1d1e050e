"""Whose calendar is their own (their days off, their working week): the one-pass answer for
everybody (Change Working Time, Project and Task Information list calendars with it) is the
person-by-person one, and people without one are offered a new one based on what they use."""

from __future__ import annotations

from datetime import datetime

from app.domain.calendar import Calendar
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource, ResourceType
from app.domain.task import Task
from app.domain.vacations import (
    own_calendar,
    own_calendars,
    people_calendar_uids,
    people_calendars,
)


def _plan() -> Plan:
    plan = Plan(project=Project(start=datetime(2026, 3, 2, 8)))
    derived = (None,) * 7
    plan.put_calendar(Calendar(2, "Night shift", week=(((1200, 1440),),) * 5 + ((), ())))
    plan.put_calendar(Calendar(3, "Ana", base_uid=1, week=derived))  # Ana's alone
    plan.put_calendar(Calendar(4, "Pair", base_uid=1, week=derived))  # Ben's and Cy's
    plan.put_calendar(Calendar(5, "Dee", base_uid=1, week=derived))  # Dee's and a task's
    plan.put_calendar(Calendar(6, "Eve", base_uid=1, week=derived))  # Eve's, base of 7
    plan.put_calendar(Calendar(7, "Late Eve", base_uid=6, week=derived))
    plan.put_calendar(Calendar(8, "Mat", base_uid=1, week=derived))  # a material's alone
    plan.append_task(Task(1, "Build", duration_minutes=480, calendar_uid=5))
    people = [
        Resource(1, "Ana", calendar_uid=3),
        Resource(2, "Ben", calendar_uid=4),
        Resource(3, "Cy", calendar_uid=4),
        Resource(4, "Dee", calendar_uid=5),
        Resource(5, "Eve", calendar_uid=6),
        Resource(6, "Fay", calendar_uid=2),  # alone on a base calendar: not her own
        Resource(7, "Gus", calendar_uid=1),  # the project's: not his own
        Resource(8, "Hal"),
        Resource(9, "Ivy", calendar_uid=99),  # a calendar the plan lacks
        Resource(10, "Paint", type=ResourceType.MATERIAL, calendar_uid=8),
        Resource(11, "Fees", type=ResourceType.COST),
    ]
    for res in people:
        plan.add_resource(res)
    return plan


def test_s19cw_one_pass_finds_what_person_by_person_finds():
    plan = _plan()
    expected = {r.uid: cal for r in plan.resources if (cal := own_calendar(plan, r)) is not None}
    assert set(expected) == {1, 10}  # Ana, and the material alone on its derived calendar
    assert own_calendars(plan) == expected
    assert people_calendar_uids(plan) == {3, 8}


def test_s19cw_people_without_their_own_are_offered_one_based_on_what_they_use():
    plan = _plan()
    offered = people_calendars(plan, 100)
    by_person = dict(offered.values())
    assert list(by_person) == [1, 2, 3, 4, 5, 6, 7, 8, 9]  # work resources, roster order
    assert by_person[1] is plan.calendars[3]  # Ana's own, as it is
    bases = {uid: by_person[uid].base_uid for uid in range(2, 10)}
    assert bases == {2: 4, 3: 4, 4: 5, 5: 6, 6: 2, 7: 1, 8: 1, 9: 1}
    new = [by_person[uid] for uid in range(2, 10)]
    assert [c.uid for c in new] == list(range(100, 108))
    assert all(c.week == (None,) * 7 and c.exceptions == () for c in new)
    assert [c.name for c in new] == ["Ben", "Cy", "Dee", "Eve", "Fay", "Gus", "Hal", "Ivy"]
    assert set(offered) == {3, *range(100, 108)}
    assert set(plan.calendars) == {1, 2, 3, 4, 5, 6, 7, 8}  # nothing put in the plan
