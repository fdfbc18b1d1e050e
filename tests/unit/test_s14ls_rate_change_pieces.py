"""A rate change partway through a task prices each assignment's own pieces.

Each assignment has its own span (work / units / contour mean on the person's
calendar, from the task start) and a contoured one lays its work by its shape
(app.domain.contours.assignment_pieces). When a rate table changes within the
task, each rate pays the work of the pieces booked while it is in force, as
Usage and over-allocation lay that work: not the task's whole span.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.contours import WorkContour, assignment_pieces
from app.domain.costs import compute_costs
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, RateEntry, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.worktime import WorkTime

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480
RATE = 60.0  # per hour: a minute costs 1 before the change


def _plan(rise: datetime, work: int, contour: WorkContour, percent: float = 0.0) -> Plan:
    """A 20-day task; Ana on it at 100 % with ``work`` minutes, her rate doubling at ``rise``."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Build", duration_minutes=20 * DAY, percent_complete=percent))
    table = (RateEntry(None, RATE), RateEntry(rise, 2 * RATE))
    plan.add_resource(Resource(1, "Ana", rate_tables=(table,)))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, work, contour=contour))
    return plan


def _minutes(wt: WorkTime, a: datetime, b: datetime) -> int:
    return max(0, wt.between(a, b))


def _priced_by_pieces(plan: Plan, rise: datetime) -> float:
    """The cost as the pieces say: each piece's work at the rate of its minutes (a piece
    the change falls in is cut by its working minutes on either side)."""
    times = schedule(plan).times[1]
    a = plan.assignments[0]
    wt = WorkTime.for_calendar(plan.calendar(), plan.calendars)
    pieces = assignment_pieces(
        [(times.start, times.finish)],
        wt,
        a.work_minutes,
        a.units,
        a.contour,
        times.duration_minutes,
    )
    assert sum(p[2] for p in pieces) == pytest.approx(a.work_minutes)
    cost = 0.0
    for s, f, work, _units in pieces:
        whole = _minutes(wt, s, f)
        early = _minutes(wt, s, min(f, max(s, rise))) / whole if whole else 1.0
        cost += work * early * RATE / 60 + work * (1 - early) * 2 * RATE / 60
    return cost


def test_back_loaded_80h_with_the_rate_doubling_halfway_through_its_own_span():
    # 80 h Back Loaded at 100 % needs 80 / 0.6 = 133 h 20 of Ana's time: its own span ends
    # long before the 20-day task does. Halfway (4,000 working minutes in: Thu 15 Jan 10:40)
    # its first five parts are done: 10+15+25+50+50 = 150 of 600 shares of the work.
    rise = datetime(2026, 1, 15, 10, 40)
    plan = _plan(rise, 4800, WorkContour.BACK_LOADED)
    s = schedule(plan)
    assert s.times[1].duration_minutes == 20 * DAY  # the task keeps its span
    cost = compute_costs(plan, s).assignments[1].cost
    by_hand = 4800 * 150 / 600 * RATE / 60 + 4800 * 450 / 600 * 2 * RATE / 60
    assert by_hand == pytest.approx(8400.0)
    assert cost == pytest.approx(by_hand)
    assert cost == pytest.approx(_priced_by_pieces(plan, rise))
    # Laid over the task's 20 days (parts of 960 minutes), the change would fall 160 minutes
    # into its fifth part: 108.3 shares before it, and a dearer task than the one booked.
    before = 4800 * (10 + 15 + 25 + 50 + 50 * 160 / 960) / 600
    over_task_span = before * RATE / 60 + (4800 - before) * 2 * RATE / 60
    assert over_task_span == pytest.approx(8733.33, abs=0.01)
    assert cost < over_task_span - 300


@pytest.mark.parametrize(
    "rise",
    [
        datetime(2026, 1, 7, 9, 30),  # in the first parts
        datetime(2026, 1, 14, 15, 0),  # in a piece, mid-afternoon
        datetime(2026, 1, 19, 11, 0),  # near the end of the own span
        datetime(2026, 1, 26, 8, 0),  # after the own span, within the task
    ],
)
@pytest.mark.parametrize(
    "contour", [WorkContour.BACK_LOADED, WorkContour.TURTLE, WorkContour.FRONT_LOADED]
)
def test_a_contoured_assignment_costs_what_its_pieces_say(rise, contour):
    plan = _plan(rise, 4800, contour)
    cost = compute_costs(plan, schedule(plan)).assignments[1].cost
    assert cost == pytest.approx(_priced_by_pieces(plan, rise))


def test_flat_work_ending_early_is_priced_where_it_is_done():
    # 40 h flat at 100 % on a 20-day task: Ana works its first five days only, so a rise on
    # day 11 prices none of her work; over the task's span half would have paid double.
    rise = datetime(2026, 1, 19, 8, 0)
    plan = _plan(rise, 5 * DAY, WorkContour.FLAT)
    cost = compute_costs(plan, schedule(plan)).assignments[1].cost
    assert cost == pytest.approx(5 * DAY * RATE / 60)
    assert cost == pytest.approx(_priced_by_pieces(plan, rise))
    early = datetime(2026, 1, 7, 8, 0)  # two of her five days before the rise
    plan = _plan(early, 5 * DAY, WorkContour.FLAT)
    cost = compute_costs(plan, schedule(plan)).assignments[1].cost
    assert cost == pytest.approx(2 * DAY + 3 * DAY * 2)


def test_actual_cost_prices_the_done_share_of_the_pieces():
    # 25 % done of a Back Loaded 80 h: the done 20 h cost what the first pieces' work does.
    rise = datetime(2026, 1, 15, 10, 40)
    plan = _plan(rise, 4800, WorkContour.BACK_LOADED, percent=25.0)
    got = compute_costs(plan, schedule(plan)).assignments[1]
    assert got.actual_work_minutes == 1200
    # 1,200 minutes of work done: exactly the first five parts' 150 shares, before the rise.
    assert got.actual_cost == pytest.approx(1200.0)
