"""Actual work typed day by day (task s30ta, finding s30xt H1): the hours stay on the days a
timesheet user typed them, and the work left follows; actual cost, Usage's actual rows and
earned value read the same days; more than 24 hours in a day is refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from app.domain.assignment_work import apply_edit
from app.domain.costs import compute_costs
from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.typed_actuals import actual_typing_edit
from app.domain.usage import Scale
from app.domain.usage_detail_rows import Detail
from tests.test_s22us_usage_peak import details_of, top_row

MON = datetime(2027, 1, 4, 8, 0)  # a Monday
H = 60


def interviews() -> Plan:
    """Interviews: Maria (€100/h) and Aisha (€80/h), 40h each over Mon 4 to Fri 8 Jan."""
    from app.domain.task import Task

    plan = Plan(project=Project(start=MON, currency="EUR", currency_symbol="€"))
    plan.append_task(Task(1, "Interviews", duration_minutes=5 * 480))
    plan.add_resource(Resource(1, "Maria", standard_rate=100.0))
    plan.add_resource(Resource(2, "Aisha", standard_rate=80.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 40 * H))
    plan.add_assignment(Assignment(2, 1, 2, 1.0, 40 * H))
    return plan


def typed(plan: Plan, uid: int, day: date, minutes: float, last: date | None = None) -> Plan:
    apply_edit(plan, actual_typing_edit(plan, schedule(plan), uid, day, last or day, minutes))
    return plan


def _maria_days(plan: Plan, detail: Detail, scale: Scale = Scale.DAYS):
    tree, details, _ = details_of(plan, scale, by_task=False)
    maria = top_row(tree, "Maria")
    return details.values(maria, detail), details.periods


def test_s30ta_hours_typed_on_thursday_and_friday_stay_there():
    plan = typed(typed(interviews(), 1, date(2027, 1, 7), 10 * H), 1, date(2027, 1, 8), 6 * H)
    a = plan.assignment(1)
    assert a.actual_work_minutes == pytest.approx(16 * H)
    assert [(p.start.date(), p.minutes) for p in a.actual_days] == [
        (date(2027, 1, 7), 10 * H),
        (date(2027, 1, 8), 6 * H),
    ]
    assert plan.task(1).actual_start.date() == date(2027, 1, 7)
    actual, periods = _maria_days(plan, Detail.ACTUAL_WORK)
    by_day = dict(zip(periods.starts, actual, strict=False))
    assert by_day.get(date(2027, 1, 4), 0.0) == pytest.approx(0)  # the task starts Thursday
    assert by_day[date(2027, 1, 7)] == pytest.approx(10 * H)
    assert by_day[date(2027, 1, 8)] == pytest.approx(6 * H)
    work, _ = _maria_days(plan, Detail.WORK)
    assert sum(work) == pytest.approx(40 * H)  # the 24h left come after Friday
    assert dict(zip(periods.starts, work, strict=False))[date(2027, 1, 8)] == pytest.approx(6 * H)
    costs = compute_costs(plan, schedule(plan))
    assert costs.assignments[1].actual_cost == pytest.approx(1600.0)
    cost, _ = _maria_days(plan, Detail.ACTUAL_COST)
    assert dict(zip(periods.starts, cost, strict=False))[date(2027, 1, 7)] == pytest.approx(1000)


def test_s30ta_a_week_typed_is_laid_over_its_working_days():
    plan = typed(interviews(), 1, date(2027, 1, 4), 20 * H, last=date(2027, 1, 10))
    days = plan.assignment(1).actual_days
    assert [p.start.date() for p in days] == [date(2027, 1, d) for d in range(4, 9)]
    assert all(p.minutes == pytest.approx(4 * H) for p in days)


def test_s30ta_more_than_24_hours_in_a_day_is_refused():
    plan = interviews()
    before = list(plan.assignments), list(plan.tasks)
    with pytest.raises(InputError, match=r"'Maria', Thu 2027-01-07: 25h .* a day has 24 hours"):
        typed(plan, 1, date(2027, 1, 7), 25 * H)
    assert (list(plan.assignments), list(plan.tasks)) == before


def test_s30ta_a_total_typed_later_lays_the_total_again():
    from app.domain.actual_work_entry import typed_assignment_actual_work
    from app.domain.worktime import WorkTime

    plan = typed(interviews(), 1, date(2027, 1, 7), 10 * H)
    times = schedule(plan).get(1)
    edit = typed_assignment_actual_work(plan, 1, times, 12 * H, WorkTime.continuous())
    apply_edit(plan, edit)
    assert plan.assignment(1).actual_days == ()
    assert plan.assignment(1).actual_work_minutes == 12 * H


def test_s30ta_the_task_is_complete_by_its_peoples_work_done():
    plan = typed(interviews(), 1, date(2027, 1, 7), 8 * H)
    assert plan.task(1).percent_complete == pytest.approx(10.0)  # 8h of 80h
    assert replace(plan.assignment(2)).actual_work_minutes == 0


def test_s30ta_earned_value_counts_hours_typed_by_the_status_date():
    """40h done Thu-Fri of an 80h task: half its duration laid from Thursday would run into
    Monday, but the hours were typed on Thursday and Friday: ACWP is all of them."""
    from app.domain.earned_value import earned_value

    plan = interviews()
    for uid in (1, 2):
        for day in (7, 8):
            typed(plan, uid, date(2027, 1, day), 10 * H)
    sched = schedule(plan)
    costs = compute_costs(plan, sched)
    assert costs.task_actual_cost[1] == pytest.approx(20 * 100 + 20 * 80)
    friday = datetime(2027, 1, 8, 17, 0)
    assert earned_value(plan, sched, costs, friday)[1].ac == pytest.approx(3600.0)
    thursday = datetime(2027, 1, 7, 17, 0)  # Friday's hours are after it
    assert earned_value(plan, sched, costs, thursday)[1].ac < 3600.0
