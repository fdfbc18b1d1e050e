"""Planned value over time follows work contours: a Back Loaded person's cost is planned as
their work is booked (MS Project's timephased cost: rate x the work of each period), in the
Budget table's PV, the S-curve and the EV/AC curves; the totals do not change."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.baselines import snapshot
from app.domain.contours import WorkContour
from app.domain.cost_earned import EarnedValueBook
from app.domain.costs import compute_costs
from app.domain.earned_value import SCurveCache, earned_value, s_curve
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.usage import Scale, build_usage
from tests.unit.test_costs_incremental import _KINDS, Kept, _base_plan, _copy, _edit

MONDAY = datetime(2026, 1, 5, 8)
RATE = 60.0  # per hour: a minute of work costs 1


def _plan(contour: WorkContour, fixed: float = 0.0) -> Plan:
    """One 10-day task, one person at 100 % (4,800 min of work), a baseline of it all."""
    plan = Plan(project=Project(name="Contours", start=MONDAY))
    plan.append_task(Task(1, "Build", 1, duration_minutes=4800, fixed_cost=fixed))
    plan.add_resource(Resource(1, "Ana", standard_rate=RATE))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 4800, contour=contour))
    _baseline(plan)
    return plan


def _baseline(plan: Plan) -> None:
    s = schedule(plan)
    plan.set_baseline(snapshot(plan, s, compute_costs(plan, s), 0, MONDAY))


def _evening(day: date) -> datetime:
    return datetime.combine(day, time(23, 59))


def _booked_by_day(plan: Plan) -> dict[date, float]:
    """The Usage view's work of the one assignment per day."""
    s = schedule(plan)
    usage = build_usage(plan, s)
    periods = usage.periods(Scale.DAYS)
    values = usage.assignment_values(0, periods)
    return {periods.starts[k]: float(v) for k, v in enumerate(values)}


@pytest.mark.parametrize("contour", [WorkContour.BACK_LOADED, WorkContour.BELL, WorkContour.FLAT])
def test_planned_value_per_day_is_the_cost_of_the_work_booked_that_day(contour):
    plan = _plan(contour, fixed=1000.0)
    s = schedule(plan)
    costs = compute_costs(plan, s)
    booked = _booked_by_day(plan)
    days = sorted(d for d, w in booked.items() if w > 0)
    assert len(days) == 10
    bac = costs.task_cost[1]
    assert bac == pytest.approx(4800.0 + 1000.0)
    before = 0.0
    for day in days:
        pv = earned_value(plan, s, costs, _evening(day))[1].pv
        # the person's cost as booked that day, the fixed cost evenly (prorated)
        assert pv - before == pytest.approx(booked[day] * RATE / 60 + 100.0, abs=1e-6), day
        before = pv
    assert before == pytest.approx(bac)  # the total is the budget, as before


def test_a_back_loaded_task_plans_less_by_its_middle_than_a_flat_one():
    flat, back = _plan(WorkContour.FLAT), _plan(WorkContour.BACK_LOADED)
    middle = _evening(date(2026, 1, 9))  # five of ten days
    pv = {}
    for name, plan in (("flat", flat), ("back", back)):
        s = schedule(plan)
        pv[name] = earned_value(plan, s, compute_costs(plan, s), middle)[1].pv
    assert pv["flat"] == pytest.approx(2400.0)  # half the work, a minute costs 1
    # Back Loaded books 10+15+25+50+50 = 150 of its 600 shares in its first five parts
    assert pv["back"] == pytest.approx(4800.0 * 150 / 600, rel=1e-9)


@pytest.mark.parametrize("contour", [WorkContour.BACK_LOADED, WorkContour.FRONT_LOADED])
def test_the_s_curve_follows_the_contour_and_meets_the_table(contour):
    plan = _plan(contour)
    plan.update_task(replace(plan.task(1), percent_complete=40.0))
    s = schedule(plan)
    costs = compute_costs(plan, s)
    status = _evening(date(2026, 1, 13))
    curve = s_curve(plan, s, costs, status, step_days=1)
    values = earned_value(plan, s, costs, status)[1]
    booked = _booked_by_day(plan)
    total = 0.0
    for day, pv in zip(curve.dates, curve.pv, strict=True):
        total_to = sum(w for d, w in booked.items() if d <= day) * RATE / 60
        if day == status.date():
            assert pv == pytest.approx(values.pv)
        assert pv == pytest.approx(total_to, abs=1e-6), day
        total = pv
    assert total == pytest.approx(costs.task_cost[1])
    # EV and AC as the work ran: the contour's shape over the work done (40 % of ten days:
    # its first four, Mon 5 to Thu 8 Jan; s20ev), ending at the table's
    assert curve.ev[-1] == pytest.approx(values.ev)
    assert curve.ac[-1] == pytest.approx(values.ac)
    worked = {d: w for d, w in booked.items() if d <= date(2026, 1, 8)}
    done = sum(worked.values())
    for day, ev in zip(curve.ev_dates, curve.ev, strict=True):
        share = sum(w for d, w in worked.items() if d <= day) / done
        assert ev == pytest.approx(values.ev * share, abs=1e-6), day


def _without_people(plan: Plan) -> None:
    """The baseline as saved before Set Baseline kept each person's entry (an older file):
    planned value then lays each person's work as it is now."""
    plan.baselines[0] = replace(plan.baselines[0], assignments=())


@pytest.mark.parametrize("people_kept", [False, True])
def test_a_contour_edit_moves_planned_value_in_the_kept_figures_and_the_cached_curve(
    people_kept: bool,
) -> None:
    """Without each person's baseline, a contour edit moves PV, and the kept figures and the
    cached S-curve follow it; with them (Set Baseline since s29mo), PV stays as baselined,
    as MS Project's timephased baseline cost does, in both as well."""
    plan = _plan(WorkContour.FLAT)
    if not people_kept:
        _without_people(plan)
    s = schedule(plan)
    costs = compute_costs(plan, s)
    status = _evening(date(2026, 1, 9))
    book, cache = EarnedValueBook(plan), SCurveCache()
    parents = plan.parent_uids()
    before, _ = book.update(s, costs, status)
    curve = s_curve(plan, s, costs, status, parents=parents, cache=cache)
    a = plan.assignments[0]
    plan.update_assignment(replace(a, contour=WorkContour.BACK_LOADED))
    s = schedule(plan)
    costs = compute_costs(plan, s)
    after, reshaped = book.update(s, costs, status)
    assert not reshaped
    assert after == earned_value(plan, s, costs, status)
    again = s_curve(plan, s, costs, status, parents=parents, cache=cache)
    assert again == s_curve(plan, s, costs, status)
    if people_kept:
        assert after[1].pv == before[1].pv
        assert again.pv == curve.pv
    else:
        assert after[1].pv < before[1].pv
        assert again.pv != curve.pv


def _contour_edit(kept: Kept, rng: random.Random) -> None:
    """A person's work contour changed in Assignment Information (work and units kept)."""
    plan = kept.plan
    people = [a for a in plan.assignments if plan.resource(a.resource_uid).type.name == "WORK"]
    if people:
        a = rng.choice(people)
        plan.update_assignment(replace(a, contour=rng.choice(list(WorkContour))))


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    seed=st.integers(0, 10_000),
    kinds=st.lists(st.sampled_from((*_KINDS, "contour", "contour")), min_size=1, max_size=8),
)
def test_kept_costs_and_earned_value_equal_a_full_pass_with_contour_edits(seed, kinds):
    kept = Kept(_copy(_base_plan()))
    rng = random.Random(seed)
    for a in rng.sample(kept.plan.assignments, 12):  # some contoured from the start
        kept.plan.update_assignment(replace(a, contour=rng.choice(list(WorkContour))))
    s = kept.schedule
    status = s.start + (s.finish - s.start) / 2
    book = EarnedValueBook(kept.plan)
    book.update(kept.schedule, kept.book.report, status)
    for kind in kinds:
        if kind == "contour":
            _contour_edit(kept, rng)
        else:
            _edit(kept, rng, kind)
        kept.check()
        values, _ = book.update(kept.schedule, kept.book.report, status)
        assert values == earned_value(kept.plan, kept.schedule, kept.book.report, status)


def test_the_budget_at_completion_is_planned_whatever_the_contours():
    kept = Kept(_copy(_base_plan()))
    plan = kept.plan
    for k, a in enumerate(plan.assignments):
        plan.update_assignment(replace(a, contour=list(WorkContour)[k % 9]))
    s = schedule(plan)
    costs = compute_costs(plan, s)
    end = s.finish + timedelta(days=400)
    values = earned_value(plan, s, costs, end)
    for t in plan.tasks:
        assert values[t.uid].pv == pytest.approx(values[t.uid].bac, rel=1e-9, abs=1e-6)
    curve = s_curve(plan, s, costs, end)
    flat = s_curve(_copy(_base_plan()), s, costs, end)
    assert curve.pv[-1] == pytest.approx(flat.pv[-1])


@pytest.mark.parametrize(
    ("contour", "expected"),
    [
        # 10 days, 4,800 min; the rate goes from 40 to 70 an hour after five days
        (WorkContour.FLAT, 2400 * 40 / 60 + 2400 * 70 / 60),
        # Back Loaded books 150 of 600 shares (1,200 min) before the rise
        (WorkContour.BACK_LOADED, 1200 * 40 / 60 + 3600 * 70 / 60),
        (WorkContour.FRONT_LOADED, 3600 * 40 / 60 + 1200 * 70 / 60),
    ],
)
def test_a_rate_rise_within_a_task_prices_the_work_booked_after_it(contour, expected):
    from app.domain.resource import RateEntry

    plan = _plan(contour)
    rise = datetime(2026, 1, 12)
    table = (RateEntry(None, 40.0, 0.0, 0.0), RateEntry(rise, 70.0, 0.0, 0.0))
    plan.update_resource(replace(plan.resource(1), rate_tables=(table,)))
    s = schedule(plan)
    assert compute_costs(plan, s).task_cost[1] == pytest.approx(expected)
    # 40 % done: the first 40 % of the work as the contour books it, at the rates then
    plan.update_task(replace(plan.task(1), percent_complete=40.0))
    s = schedule(plan)
    actual = compute_costs(plan, s).task_actual_cost[1]
    before_rise = {WorkContour.FLAT: 2400, WorkContour.BACK_LOADED: 1200}.get(contour, 3600)
    done = 0.4 * 4800
    at_40 = min(done, before_rise) * 40 / 60 + max(0.0, done - before_rise) * 70 / 60
    assert actual == pytest.approx(at_40)
