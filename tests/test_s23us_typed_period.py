"""Work typed into a Usage period stays in that period, as MS Project keeps it: Anna's 16 h
typed into week 3 of a four-week task read back as 16 h in week 3, the other weeks as they
were; her work and cost follow; the task keeps its span (or lengthens when work is typed
after its finish); a new duration or contour lays the work anew."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from app.domain.assigning import rebalance_for_duration
from app.domain.assignment_work import apply_edit, contour_edit
from app.domain.contours import WorkContour
from app.domain.costs import compute_costs
from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, RateEntry, Resource
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task, TaskType
from app.domain.usage import Scale, build_usage
from app.domain.usage_typed_work import typing_edit

MON = datetime(2027, 3, 1, 8, 0)  # a Monday
DAY, H = 480, 60


def anna_plan(task_type: TaskType = TaskType.FIXED_UNITS) -> Plan:
    """Anna full time on a four-week task, $50 an hour."""
    plan = Plan(project=Project(start=MON, currency="USD", currency_symbol="$"))
    plan.append_task(Task(1, "Design", duration_minutes=20 * DAY, task_type=task_type))
    plan.add_resource(Resource(1, "Anna", standard_rate=50.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 20 * DAY))
    return plan


def week(k: int) -> tuple[date, date]:
    """The days of week ``k`` (1: the plan's first) as a Usage column has them."""
    first = MON.date() + timedelta(weeks=k - 1)
    return first, first + timedelta(days=6)


def weekly(plan: Plan) -> list[float]:
    """Anna's work on Design per week, in hours, as the Usage view shows it."""
    usage = build_usage(plan, schedule(plan))
    periods = usage.periods(Scale.WEEKS)
    j = next(j for j, a in enumerate(usage.assignments) if a.uid == 1)
    values = usage.assignment_values(j, periods)
    by_week = {periods.starts[k]: float(v) / H for k, v in enumerate(values)}
    return [round(by_week.get(week(k)[0], 0.0), 6) for k in range(1, 6)]


def typed(plan: Plan, k: int, minutes: int) -> None:
    first, last = week(k)
    apply_edit(plan, typing_edit(plan, schedule(plan), 1, first, last, minutes))


def test_s23us_typed_week_keeps_its_work_and_the_others_stay():
    plan = anna_plan()
    typed(plan, 3, 16 * H)
    a = plan.assignment(1)
    assert a.contour is WorkContour.CONTOURED
    assert a.work_minutes == (40 + 40 + 16 + 40) * H
    assert weekly(plan) == [40.0, 40.0, 16.0, 40.0, 0.0]
    assert plan.task(1).duration_minutes == 20 * DAY  # the span stays


def test_s23us_the_cost_follows_the_work_where_it_was_typed():
    plan = anna_plan()
    # Anna costs $50 an hour, $100 from week 3 on
    rates = (RateEntry(None, 50.0), RateEntry(MON + timedelta(weeks=2), 100.0))
    plan.update_resource(replace(plan.resource(1), rate_tables=(rates,)))
    assert compute_costs(plan, schedule(plan)).total_cost == pytest.approx(80 * 50 + 80 * 100)
    typed(plan, 3, 16 * H)
    # weeks 1-2 at $50, 16 h + 40 h at $100 (spread evenly it would be 68 h at each rate)
    assert compute_costs(plan, schedule(plan)).total_cost == pytest.approx(80 * 50 + 56 * 100)


def test_s23us_a_second_week_typed_keeps_the_first():
    plan = anna_plan()
    typed(plan, 3, 16 * H)
    typed(plan, 1, 30 * H)
    assert weekly(plan) == [30.0, 40.0, 16.0, 40.0, 0.0]
    assert plan.assignment(1).work_minutes == 126 * H


def test_s23us_the_typed_work_moves_with_its_task():
    plan = anna_plan()
    typed(plan, 3, 16 * H)
    later = MON + timedelta(weeks=1)
    plan.update_task(
        replace(plan.task(1), constraint_type=ConstraintType.SNET, constraint_date=later)
    )
    assert weekly(plan) == [0.0, 40.0, 40.0, 16.0, 40.0]


def test_s23us_work_typed_after_the_finish_lengthens_the_task():
    plan = anna_plan()
    typed(plan, 5, 10 * H)
    assert weekly(plan) == [40.0, 40.0, 40.0, 40.0, 10.0]
    assert plan.task(1).duration_minutes == 25 * DAY  # to the end of week 5, as MS Project
    assert plan.assignment(1).work_minutes == 170 * H


def test_s23us_a_fixed_duration_task_refuses_work_after_its_finish():
    plan = anna_plan(TaskType.FIXED_DURATION)
    before = list(plan.assignments)
    with pytest.raises(InputError, match="of fixed duration: it cannot stretch"):
        typing_edit(plan, schedule(plan), 1, *week(5), 10 * H)
    assert plan.assignments == before


def test_s23us_no_work_left_is_refused():
    plan = anna_plan()
    plan.update_task(replace(plan.task(1), duration_minutes=5 * DAY))
    plan.update_assignments(rebalance_for_duration(plan, 1, 5 * DAY))
    with pytest.raises(InputError, match="leaves no work"):
        typing_edit(plan, schedule(plan), 1, *week(1), 0)


def test_s23us_a_new_duration_or_contour_lays_the_work_anew():
    plan = anna_plan()
    typed(plan, 3, 16 * H)
    laid = rebalance_for_duration(plan, 1, 10 * DAY)
    assert [a.edited_work for a in laid] == [()]
    typed(plan, 3, 16 * H)
    _task, changed = contour_edit(plan, 1, WorkContour.BELL)
    assert changed[0].edited_work == ()
    assert changed[0].contour is WorkContour.BELL
    # Contoured chosen again changes nothing: the typed work stays
    assert contour_edit(plan, 1, WorkContour.CONTOURED)[1] == []


def test_s23us_the_last_week_typed_down_to_nothing_brings_the_finish_in():
    plan = anna_plan()
    typed(plan, 4, 0)
    assert weekly(plan) == [40.0, 40.0, 40.0, 0.0, 0.0]
    assert plan.assignment(1).work_minutes == 120 * H
    assert plan.task(1).duration_minutes == 15 * DAY  # her last day of work is the finish


def test_s23us_someone_working_longer_keeps_the_finish():
    plan = anna_plan()
    plan.add_resource(Resource(2, "Ben", standard_rate=40.0))
    plan.add_assignment(Assignment(2, 1, 2, 1.0, 20 * DAY))
    typed(plan, 4, 0)
    assert weekly(plan) == [40.0, 40.0, 40.0, 0.0, 0.0]
    assert plan.task(1).duration_minutes == 20 * DAY
    assert plan.assignment(2).work_minutes == 20 * DAY


def test_s23us_a_fixed_duration_task_keeps_its_span_when_work_is_typed_away():
    plan = anna_plan(TaskType.FIXED_DURATION)
    typed(plan, 4, 0)
    assert plan.task(1).duration_minutes == 20 * DAY


def test_s23us_the_client_workbook_snapshot_keeps_the_typed_work():
    from app.io.plan_snapshot import plan_from_json, plan_to_json

    plan = anna_plan()
    typed(plan, 3, 16 * H)
    back = plan_from_json(plan_to_json(plan))
    assert back.assignment(1) == plan.assignment(1)
    assert weekly(back) == [40.0, 40.0, 16.0, 40.0, 0.0]


def test_s23us_more_hours_than_the_week_holds_over_allocate_that_week_only():
    from app.domain.overallocation import overallocated_resources, overallocations
    from app.domain.usage_bookings import Bookings

    plan = anna_plan()
    typed(plan, 2, 60 * H)  # 60 h in a 40 h week: 150 % all week
    found = overallocations(plan, schedule(plan))
    monday = MON + timedelta(weeks=1)
    assert [(o.start, o.finish, round(o.units, 6)) for o in found] == [
        (monday + timedelta(days=k), monday + timedelta(days=k, hours=9), 1.5) for k in range(5)
    ]
    assert overallocated_resources(plan, schedule(plan)) == {1}
    assert Bookings(plan, schedule(plan)).peak(1) == pytest.approx(1.5)


def test_s23us_planned_value_follows_the_typed_weeks():
    from app.domain.baselines import snapshot
    from app.domain.earned_value import earned_value

    plan = anna_plan()
    typed(plan, 3, 16 * H)
    result = schedule(plan)
    costs = compute_costs(plan, result)
    plan.baselines[0] = snapshot(plan, result, costs, 0, MON)
    end_of_week_3 = MON + timedelta(weeks=2, days=4, hours=9)
    pv = earned_value(plan, result, costs, end_of_week_3)[1].pv
    assert pv == pytest.approx((40 + 40 + 16) * 50.0)  # evenly it would be 136 h x 15/20
