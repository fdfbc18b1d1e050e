"""An elapsed task's contoured (or short) assignment is laid around the clock too.

'Rack install' is 5ed (Mon 18 Jan 17:00 -> Sat 23 Jan 17:00). With Dave on it Bell-shaped
at 100 %, the Bell's ten parts are laid over clock time (twelve hours each, its 120 h
crowded into the task's 5 days at a 200 % peak): Monday evening holds 1.4 h and Saturday
4.4 h. Gantry laid the parts over Dave's working hours: nothing on Monday or Saturday,
48 h on each of Wednesday and Thursday.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from app.domain.assignment_dates import assignment_dates
from app.domain.calendar import standard_calendar
from app.domain.contours import WorkContour
from app.domain.costs import compute_costs
from app.domain.overallocation import overallocated_resources, overallocations
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, RateEntry, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.usage import Scale, build_usage
from app.domain.workload import workload

MON_EVENING = datetime(2027, 1, 18, 17, 0)
DAYS = [date(2027, 1, 18 + d) for d in range(14)]


def _plan(contour: WorkContour = WorkContour.FLAT, work: int = 0) -> Plan:
    plan = Plan(
        project=Project(name="Racks", start=MON_EVENING), calendars={1: standard_calendar()}
    )
    plan.append_task(Task(1, "Rack install", 1, duration_minutes=5 * 1440, elapsed=True))
    plan.add_resource(Resource(1, "Dave", standard_rate=60.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, work, contour=contour))
    return plan


def _hours(plan: Plan) -> list[float]:
    sched = schedule(plan)
    load = workload(plan, sched, first_day=DAYS[0], last_day=DAYS[-1])
    return (load.work[0] / 60).tolist()


def test_s28e2_a_bell_on_an_elapsed_task_is_shaped_on_the_clock():
    hours = _hours(_plan(WorkContour.BELL))
    # parts of 144, 288, 576, 1152, 1440, 1440, 1152, 576, 288, 144 min, 12 h each from
    # Mon 17:00: Monday holds 7 h of the first, Tuesday 5 h of it, the second, 7 h of the third
    assert hours[:7] == pytest.approx([1.4, 11.4, 37.2, 45.2, 20.4, 4.4, 0.0])
    assert sum(hours) == pytest.approx(120.0)


def test_s28e2_the_bell_s_usage_cells_and_over_allocation_follow_the_clock():
    plan = _plan(WorkContour.BELL)
    sched = schedule(plan)
    usage = build_usage(plan, sched)
    periods = usage.periods(Scale.DAYS)
    cells = dict(
        zip(periods.starts, (usage.resource_values(0, periods) / 60).tolist(), strict=True)
    )
    assert [cells.get(d, 0.0) for d in DAYS] == pytest.approx(_hours(plan))
    assert overallocated_resources(plan, sched) == {1}
    over = overallocations(plan, sched)
    assert over[0].start == MON_EVENING
    assert over[0].off_hours
    assert assignment_dates(plan, sched)[1][0] == MON_EVENING


def test_s28e2_typed_work_short_of_the_task_runs_the_clock_from_its_start():
    # 48 h typed at 100 %: two clock days, Mon 17:00 -> Wed 17:00 (7 h, 24 h, 17 h)
    plan = _plan(work=48 * 60)
    sched = schedule(plan)
    assert _hours(plan)[:4] == pytest.approx([7.0, 24.0, 17.0, 0.0])
    assert assignment_dates(plan, sched)[1] == (MON_EVENING, datetime(2027, 1, 20, 17, 0))
    assert overallocated_resources(plan, sched) == {1}


def test_s28e2_a_rate_change_prices_the_short_assignment_s_clock_hours():
    # 60/h until Tue 19 Jan 00:00, 100/h after: 7 h of Monday evening at 60, 41 h at 100
    plan = _plan(work=48 * 60)
    table = (RateEntry(None, 60.0), RateEntry(datetime(2027, 1, 19), 100.0))
    plan.resources[0] = replace(plan.resources[0], rate_tables=(table,))
    sched = schedule(plan)
    assert compute_costs(plan, sched).task_cost[1] == pytest.approx(7 * 60.0 + 41 * 100.0)
