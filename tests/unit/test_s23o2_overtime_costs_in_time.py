"""A person's overtime rides within their regular span (app/domain/overtime_work.py), so
their cost is planned, priced and earned over that span, not over the whole task.

Build lasts 5 days from Wed 7 Jan 2026 (Bob's 40h at 100 %); Ana does 40h at 100 %, 8h of it
overtime: her regular 32h make her span Wed to Mon, 4 days. Her cost: 32h x 100 + 8h x 150
= 4,400, all of it in those 4 days: 3 days in the first week, 1 in the second.
"""

from __future__ import annotations

from datetime import datetime

from app.domain.assignment_work import apply_edit
from app.domain.baselines import snapshot
from app.domain.costs import compute_costs
from app.domain.earned_value import earned_value
from app.domain.leveling_bookings import booking_of
from app.domain.overtime_work import overtime_edit
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, RateEntry, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.worktime import to_minutes

WED = datetime(2026, 1, 7, 8)
NEXT_MON = datetime(2026, 1, 12, 8)  # Ana has 3 of her 4 days behind her
NEXT_TUE = datetime(2026, 1, 13, 8)  # Ana is done; Bob works on till 17:00
DAY, H = 480, 60
ANA = 32 * 100.0 + 8 * 150.0
BOB = 40 * 50.0


def _plan(ana: Resource | None = None) -> Plan:
    plan = Plan(project=Project(start=WED))
    plan.append_task(Task(1, "Build", 1, duration_minutes=5 * DAY))
    plan.add_resource(ana or Resource(1, "Ana", standard_rate=100.0, overtime_rate=150.0))
    plan.add_resource(Resource(2, "Bob", standard_rate=50.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 40 * H))
    plan.add_assignment(Assignment(2, 1, 2, 1.0, 40 * H))
    apply_edit(plan, overtime_edit(plan, 1, 8 * H))
    assert plan.task(1).duration_minutes == 5 * DAY  # Bob's 5 days
    return plan


def test_s23o2_planned_value_holds_a_persons_overtime_cost_in_their_regular_span():
    plan = _plan()
    s = schedule(plan)
    costs = compute_costs(plan, s)
    assert round(costs.assignments[1].cost) == ANA
    plan.set_baseline(snapshot(plan, s, costs, 0, WED))
    pv = earned_value(plan, s, costs, NEXT_MON)[1].pv
    # Ana's 3 of 4 days, Bob's 3 of 5 (over the whole task Ana's read 3/5: 3,840)
    assert round(pv) == round(ANA * 3 / 4 + BOB * 3 / 5)
    assert round(earned_value(plan, s, costs, NEXT_TUE)[1].pv) == round(ANA + BOB * 4 / 5)


def test_s23o2_a_rate_change_after_a_persons_regular_span_does_not_price_their_work():
    table = (RateEntry(None, 100.0, 150.0), RateEntry(NEXT_TUE, 200.0, 300.0))
    ana = Resource(1, "Ana", standard_rate=100.0, overtime_rate=150.0, rate_tables=(table,))
    plan = _plan(ana)
    s = schedule(plan)
    # done by Monday evening: all at the old rates (over the whole task a fifth at the new)
    assert round(compute_costs(plan, s).assignments[1].cost) == ANA


def test_s23o2_leveling_books_a_person_with_overtime_for_their_regular_span():
    plan = _plan()
    times = schedule(plan)[1]
    booking = booking_of(plan, plan.assignment(1), plan.resource(1), 5 * DAY, {})
    assert booking[2] is not None  # laid on its own span, not the whole task's
    stretches = booking[2]([(to_minutes(times.start), to_minutes(times.finish))])
    assert stretches[-1][1] == to_minutes(datetime(2026, 1, 12, 17))  # Monday, not Tuesday
    assert stretches[0][0] == to_minutes(WED)
