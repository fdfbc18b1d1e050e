"""Planned value of contoured assignments against MS Project's own time-phased work.

MS Project's timephased cost of an assignment is its rate times the work it books in
each period; the shared files hold no timephased cost or baseline cost of a contoured
assignment (their ``<TimephasedData>`` are Types 1, 2 and 11: remaining work, actual
work, % complete; baselines.xml's Type 17, baseline 1 cost, is of flat assignments only),
so the work is the oracle: with the person at 60 an hour (a minute costs 1) and the task's
baseline saved, each day's planned value, in the Budget table and on the S-curve, must be
that day's work as MS Project saved it (within a minute: MS Project keeps seconds).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import defusedxml.ElementTree as SafeET
import pytest

from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.earned_value import earned_value, s_curve
from app.domain.resource import RateEntry
from app.domain.scheduler import schedule
from app.domain.task import CostAccrual
from app.domain.workload import _resource_calendar
from app.io.mspdi import read_mspdi
from tests.conformance.test_s13contour_oracle import _Q, FILES, _stored_days

_CASES = [(n, u) for n, found in FILES.items() for u, code in found.items() if code != 8]
_TOLERANCE = 1.0  # a minute of work, at a minute's cost of 1


def _evening(day: date) -> datetime:
    return datetime.combine(day, time(23, 59))


def _priced(shared_data, name: str, uid: int):
    """The file's plan with only this assignment costing (its person's rate table B at 60 an
    hour, which only this assignment uses; everything else at 0, fixed costs gone) and a
    baseline saved of it. The schedule is the file's: nothing is removed."""
    path = shared_data / name
    plan = read_mspdi(path)
    a = next(x for x in plan.assignments if x.uid == uid)
    if len(plan.assignments_of_task(a.task_uid)) > 1:
        pytest.skip("the task has other people: their work is not this oracle's")
    for r in plan.resources:
        zero = (RateEntry(None, 0.0, 0.0, 0.0),)
        tables = (zero, (RateEntry(None, 60.0, 0.0, 0.0),)) if r.uid == a.resource_uid else ()
        # Prorated: the cost follows the work booked, which is what the oracle holds (Wade
        # Golden accrues at End in mspdiresource.xml: his cost would fall whole at the finish)
        plan.update_resource(
            replace(
                r,
                standard_rate=0.0,
                overtime_rate=0.0,
                rate_tables=tables,
                accrue_at=CostAccrual.PRORATED,
            )
        )
    plan.update_assignment(replace(a, rate_table=1))
    for t in plan.tasks:
        if t.fixed_cost:
            plan.update_task(replace(t, fixed_cost=0.0))
    s = schedule(plan)
    costs = compute_costs(plan, s)
    plan.set_baseline(snapshot(plan, s, costs, 0, datetime(2000, 1, 3)))
    root = SafeET.parse(path).getroot()
    elem = next(e for e in root.iter(_Q + "Assignment") if int(e.findtext(_Q + "UID")) == uid)
    stored = _stored_days(elem, _resource_calendar(plan, plan.resource(a.resource_uid), {}))
    return plan, s, costs, a, stored


@pytest.mark.parametrize(("name", "uid"), _CASES)
def test_planned_value_per_day_is_rate_times_ms_projects_work(shared_data, name, uid):
    plan, s, costs, a, stored = _priced(shared_data, name, uid)
    assert a.contour.shaped
    days = sorted(stored)
    before = earned_value(plan, s, costs, _evening(days[0] - timedelta(days=1)))[a.task_uid].pv
    assert before == 0.0
    for day in days:
        pv = earned_value(plan, s, costs, _evening(day))[a.task_uid].pv
        assert pv - before == pytest.approx(stored[day], abs=_TOLERANCE), day
        before = pv
    assert before == pytest.approx(costs.task_cost[a.task_uid])


@pytest.mark.parametrize(("name", "uid"), _CASES)
def test_the_s_curve_plans_each_day_as_ms_project_books_it(shared_data, name, uid):
    plan, s, costs, a, stored = _priced(shared_data, name, uid)
    assert costs.total_cost == pytest.approx(costs.task_cost[a.task_uid])  # the only cost
    days = sorted(stored)
    status = _evening(days[-1] + timedelta(days=1))
    curve = s_curve(plan, s, costs, status, step_days=1)
    pv = dict(zip(curve.dates, curve.pv, strict=True))
    gap = abs(sum(stored.values()) - costs.task_cost[a.task_uid])
    total = 0.0
    for day in days:
        total += stored[day]
        if day in pv:
            # cumulated, the seconds MS Project keeps add up (its Turtle in mspdiresource.xml
            # books 2,397.7 of its 2,400 minutes)
            assert pv[day] == pytest.approx(total, abs=gap + _TOLERANCE), day
