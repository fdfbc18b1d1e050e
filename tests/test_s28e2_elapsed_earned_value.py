"""An elapsed task under way earns and spends around the clock, as its PV is planned.

'Rack install' is 5ed (Mon 18 Jan 17:00 -> Sat 23 Jan 17:00), Dave at 60/h, baselined at
7,200. Done on plan by the status date Thu 21 Jan 17:00 (72 of its 120 clock hours: 60 %),
its EV was laid over the project calendar's working hours (nothing on Monday evening,
1,440 on each of Tuesday to Thursday), while its PV follows the clock (7 h Monday, 24 h a day).
Now EV = PV each day, and AC alongside.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from app.domain.baselines import snapshot
from app.domain.calendar import standard_calendar
from app.domain.costs import compute_costs
from app.domain.earned_value_curve import s_curve
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task

MON_EVENING = datetime(2027, 1, 18, 17, 0)
STATUS = datetime(2027, 1, 21, 17, 0)


def test_s28e2_an_elapsed_task_done_on_plan_earns_its_planned_value_each_day():
    plan = Plan(
        project=Project(name="Racks", start=MON_EVENING), calendars={1: standard_calendar()}
    )
    plan.append_task(Task(1, "Rack install", 1, duration_minutes=5 * 1440, elapsed=True))
    plan.add_resource(Resource(1, "Dave", standard_rate=60.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 0))
    sched = schedule(plan)
    plan.baselines[0] = snapshot(plan, sched, compute_costs(plan, sched), 0, datetime(2027, 1, 1))
    plan.tasks[0] = replace(plan.tasks[0], actual_start=MON_EVENING, percent_complete=60)
    plan.project = replace(plan.project, status_date=STATUS)
    sched = schedule(plan)
    curve = s_curve(plan, sched, compute_costs(plan, sched), STATUS)
    pv = dict(zip(curve.dates, curve.pv, strict=True))
    ev = dict(zip(curve.ev_dates, curve.ev, strict=True))
    ac = dict(zip(curve.ev_dates, curve.ac, strict=True))
    days = [date(2027, 1, 18), date(2027, 1, 19), date(2027, 1, 20)]
    # by the end of Mon, Tue, Wed: 7, 31 and 55 clock hours at 60/h
    assert [pv[d] for d in days] == pytest.approx([420.0, 1860.0, 3300.0])
    assert [ev[d] for d in days] == pytest.approx([420.0, 1860.0, 3300.0])
    assert [ac[d] for d in days] == pytest.approx([420.0, 1860.0, 3300.0])
    assert ev[STATUS.date()] == pytest.approx(72 * 60.0)
