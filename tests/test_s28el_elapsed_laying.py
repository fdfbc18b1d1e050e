"""An elapsed-duration task's work is laid around the clock, and its people are over-allocated.

'Rack install' is 5ed (Mon 18 Jan 17:00 -> Sat 23 Jan 17:00) with Dave at 100 % on the
Standard calendar: MS Project books 120 h, 7 h on Monday evening, 24 h on each of Tuesday
to Friday and 17 h on Saturday, and flags Dave over-allocated (he works outside his 8 h
day). Gantry crowded the 120 h into the four working days (30 h each) and flagged no one.
"""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date, datetime

import pytest

from app import formats
from app.cli import main
from app.domain.assignment_dates import assignment_dates
from app.domain.baselines import snapshot
from app.domain.calendar import standard_calendar
from app.domain.cash_flow import CashPeriod, cash_flow
from app.domain.costs import compute_costs
from app.domain.overallocation import overallocated_resources, overallocations
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, RateEntry, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.usage import Scale, build_usage
from app.domain.workload import workload, workload_by_task

MON_EVENING = datetime(2027, 1, 18, 17, 0)
DAYS = [date(2027, 1, d) for d in range(18, 25)]  # Mon 18 .. Sun 24
AROUND_THE_CLOCK = [7.0, 24.0, 24.0, 24.0, 24.0, 17.0, 0.0]


def _plan() -> Plan:
    plan = Plan(
        project=Project(name="Racks", start=MON_EVENING), calendars={1: standard_calendar()}
    )
    plan.append_task(Task(1, "Rack install", 1, duration_minutes=5 * 1440, elapsed=True))
    plan.add_resource(Resource(1, "Dave", standard_rate=60.0))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 0))
    return plan


def test_s28el_the_workload_lays_an_elapsed_task_around_the_clock():
    plan = _plan()
    sched = schedule(plan)
    assert (sched.get(1).start, sched.get(1).finish) == (MON_EVENING, datetime(2027, 1, 23, 17))
    load = workload(plan, sched, first_day=DAYS[0], last_day=DAYS[-1])
    assert (load.work[0] / 60).tolist() == pytest.approx(AROUND_THE_CLOCK)
    assert load.work.sum() == pytest.approx(120 * 60)  # 5ed at 100 %: 120 h of work
    assert load.over_days(1) == DAYS[:6]  # each day holds work outside his 8 h
    by_task = workload_by_task(plan, sched, 1, DAYS[0], len(DAYS))  # the Team chart's stack
    assert (by_task[1] / 60).tolist() == pytest.approx(AROUND_THE_CLOCK)


def test_s28el_usage_cells_and_overallocation_follow_the_clock():
    plan = _plan()
    sched = schedule(plan)
    usage = build_usage(plan, sched)
    periods = usage.periods(Scale.DAYS)
    values = (usage.resource_values(0, periods) / 60).tolist()
    hours = dict(zip(periods.starts, values, strict=True))
    assert [hours.get(d, 0.0) for d in DAYS] == pytest.approx(AROUND_THE_CLOCK)
    assert overallocated_resources(plan, sched) == {1}
    over = overallocations(plan, sched)
    assert over[0].start == MON_EVENING  # from 17:00 on, outside his hours
    assert over[0].off_hours
    assert any(o.day_off for o in over)  # Saturday is a day off worked
    flagged = usage.overallocated(periods)[0].tolist()
    assert [d for d, f in zip(periods.starts, flagged, strict=True) if f] == DAYS[:6]


def test_s28el_cash_flow_spends_the_money_as_the_clock_runs():
    # Thu 21 Jan 17:00 -> Tue 26 Jan 17:00 at 60/h: 79 h in the first week (Thu evening,
    # Fri, Sat, Sun), 41 h in the second; laid on working days it was 40 h and 80 h.
    plan = _plan()
    plan.project = replace(plan.project, start=datetime(2027, 1, 21, 17, 0))
    sched = schedule(plan)
    flow = cash_flow(plan, sched, compute_costs(plan, sched), CashPeriod.WEEK)
    assert flow.starts[:2] == (date(2027, 1, 18), date(2027, 1, 25))
    assert flow.totals[:2] == pytest.approx((79 * 60.0, 41 * 60.0))


def test_s28el_cli_usage_csv_books_7_24_and_17_hours(tmp_path, capsys):
    plan = _plan()
    path = tmp_path / "racks.gantry"
    formats.write_plan(plan, path)
    out = tmp_path / "u.csv"
    assert main(["usage", "--by", "day", "--csv", str(out), str(path)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    head = rows[0]
    dave = next(r for r in rows if r[0] == "Dave" and r[1] == "Rack install")
    cells = {head[k]: dave[k] for k in range(5, len(head))}
    assert [float(cells.get(d.isoformat()) or 0) for d in DAYS] == AROUND_THE_CLOCK
    assert dave[4] == "120.00"


def test_s28el_a_rate_change_prices_the_hours_worked_before_it_at_the_old_rate():
    # 60/h until Wed 20 Jan 00:00, 100/h after: 31 h before (Mon evening, Tuesday), 89 h after
    plan = _plan()
    table = (RateEntry(None, 60.0), RateEntry(datetime(2027, 1, 20), 100.0))
    plan.resources[0] = replace(plan.resources[0], rate_tables=(table,))
    sched = schedule(plan)
    costs = compute_costs(plan, sched)
    assert costs.task_cost[1] == pytest.approx(31 * 60.0 + 89 * 100.0)


def test_s28el_planned_value_runs_around_the_clock():
    # The cash flow's Baseline cumulative (the S-curve's PV) by week: 79 h of the 120 h
    # baselined are planned by Sunday 24 Jan, as the week's money goes out.
    plan = _plan()
    plan.project = replace(plan.project, start=datetime(2027, 1, 21, 17, 0))
    sched = schedule(plan)
    costs = compute_costs(plan, sched)
    plan.baselines[0] = snapshot(plan, sched, costs, 0, datetime(2027, 1, 1))
    costs = compute_costs(plan, sched)
    flow = cash_flow(plan, sched, costs, CashPeriod.WEEK)
    assert flow.baseline_cumulative is not None
    assert flow.baseline_cumulative[:2] == pytest.approx((79 * 60.0, 120 * 60.0))
    assert flow.cumulative[:2] == pytest.approx(flow.baseline_cumulative[:2])


def test_s28el_the_assignment_runs_the_task_s_clock_time():
    # Team view's Dates: Dave's assignment starts Monday 17:00, not Tuesday 08:00
    plan = _plan()
    sched = schedule(plan)
    assert assignment_dates(plan, sched)[1] == (MON_EVENING, datetime(2027, 1, 23, 17, 0))
