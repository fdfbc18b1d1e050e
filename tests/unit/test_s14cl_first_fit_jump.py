"""Leveling's search for room jumps over the task calendar's off time: a person whose own
pieces lie where the task's calendar does not work (a night shift or a part week on a day
task) made it step one working minute at a time. Same results as that search, few tries."""

from __future__ import annotations

import random
from datetime import datetime

import pytest

import app.domain.leveling as leveling_module
from app.domain.calendar import Calendar
from app.domain.contours import WorkContour
from app.domain.leveling import level
from app.domain.leveling_bookings import stretches
from app.domain.leveling_placement import first_fit
from app.domain.leveling_timeline import NEVER
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480
NIGHT = ((22 * 60, 24 * 60),)
MORNING = ((0, 6 * 60),)
NIGHT_SHIFT = Calendar(
    uid=2,
    name="Night shift",
    week=(NIGHT, *(MORNING + NIGHT,) * 4, MORNING, ()),
)
MON_TO_WED = Calendar(uid=3, name="Mon-Wed", week=(((480, 1020),),) * 3 + ((),) * 4)
THU_FRI = Calendar(uid=4, name="Thu-Fri", week=((),) * 3 + (((480, 1020),),) * 2 + ((),) * 2)


def _minute_by_minute(timelines, bookings, shape, w, at):
    """The search as it was: one working minute on when the clash gives no distance."""
    first = w
    index = shape.cal.index
    for _ in range(100000):
        start, finish = at(w)
        retry = None
        for res_uid, a, b, units in stretches(bookings, shape.booked(start, finish)):
            nxt = timelines[res_uid].conflict_end(a, b, units)
            if nxt == NEVER:
                return (first, *at(first), res_uid)
            if nxt is not None:
                retry = max(w + 1, index(nxt) - (index(a) - w))
                break
        if retry is None:
            return w, start, finish, None
        w = retry
    return (w, *at(w), None)


def _leveled(plan: Plan, search, monkeypatch) -> tuple[object, int]:
    tries = [0]

    def counting(timelines, bookings, shape, w, at):
        def counted(x):
            tries[0] += 1
            return at(x)

        return search(timelines, bookings, shape, w, counted)

    monkeypatch.setattr(leveling_module, "first_fit", counting)
    result = level(plan, schedule(plan))
    return result, tries[0]


def _two_tasks(person_cal: Calendar, task_cal: Calendar | None) -> Plan:
    plan = Plan(project=Project(start=MON))
    plan.calendars[person_cal.uid] = person_cal
    if task_cal is not None:
        plan.calendars[task_cal.uid] = task_cal
    plan.add_resource(Resource(1, "Nate", calendar_uid=person_cal.uid))
    for uid in (1, 2):
        plan.append_task(
            Task(
                uid,
                f"T{uid}",
                duration_minutes=5 * DAY,
                ignore_resource_calendar=True,
                calendar_uid=None if task_cal is None else task_cal.uid,
            )
        )
        plan.add_assignment(Assignment(uid, uid, 1, 1.0, 600))
    return plan


@pytest.mark.parametrize(("person_cal", "task_cal"), [(NIGHT_SHIFT, None), (MON_TO_WED, THU_FRI)])
def test_a_clash_off_the_tasks_calendar_is_jumped_over(person_cal, task_cal, monkeypatch):
    plan = _two_tasks(person_cal, task_cal)
    before, slow = _leveled(plan, _minute_by_minute, monkeypatch)
    after, fast = _leveled(plan, first_fit, monkeypatch)
    assert before.delays[2] > 0  # the second task waits for the person
    assert after.delays == before.delays
    assert after.unresolved == before.unresolved
    assert slow > 400  # the old search crossed the gap minute by minute
    assert fast < 80  # ~2 log2 of the gap per clash


def _random_plan(rng: random.Random) -> Plan:
    plan = Plan(project=Project(start=MON))
    for cal in (NIGHT_SHIFT, MON_TO_WED, THU_FRI):
        plan.calendars[cal.uid] = cal
    people = rng.randint(1, 3)
    for r in range(1, people + 1):
        cal = rng.choice([None, NIGHT_SHIFT.uid, MON_TO_WED.uid])
        plan.add_resource(Resource(r, f"P{r}", calendar_uid=cal))
    k = 0
    for uid in range(1, rng.randint(3, 7) + 1):
        own = rng.choice([None, None, THU_FRI.uid])
        plan.append_task(
            Task(
                uid,
                f"T{uid}",
                duration_minutes=rng.randint(1, 6) * DAY,
                # Thu-Fri shares no working time with the people's part weeks and nights
                ignore_resource_calendar=own is not None or rng.random() < 0.6,
                calendar_uid=own,
            )
        )
        for r in rng.sample(range(1, people + 1), rng.randint(1, people)):
            k += 1
            work = rng.choice([0, rng.randint(1, 20) * 60])
            contour = rng.choice([WorkContour.FLAT, WorkContour.FLAT, WorkContour.BACK_LOADED])
            plan.add_assignment(
                Assignment(k, uid, r, rng.choice([0.5, 1.0]), work, contour=contour)
            )
    return plan


def test_random_plans_level_as_the_minute_search_did(monkeypatch):
    rng = random.Random(1414)
    slow_total = fast_total = 0
    for _ in range(40):
        plan = _random_plan(rng)
        before, slow = _leveled(plan, _minute_by_minute, monkeypatch)
        after, fast = _leveled(plan, first_fit, monkeypatch)
        assert after.delays == before.delays
        assert after.unresolved == before.unresolved
        slow_total += slow
        fast_total += fast
    assert fast_total < slow_total
