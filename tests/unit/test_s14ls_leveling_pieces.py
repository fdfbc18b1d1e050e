"""Leveling books each person's own pieces, as over-allocation counts them.

An assignment has its own span (work / units / contour mean on the person's
calendar from the task start) and a contoured one books its contour's share of
its peak in each of ten parts. Leveling used to book every person at their
units over the whole task: a person whose own work ends early, or a Back
Loaded one, blocked the whole task, and leveling delayed work that
over-allocation found no clash for. Now both read the same pieces.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.contours import WorkContour
from app.domain.leveling import apply_delays, level
from app.domain.link import Link
from app.domain.overallocation import overallocated_resources, overallocations
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.task import Task
from tests.unit.test_s13level_engine_agrees import _Case, _claims_hold, rich_plans
from tests.unit.test_s14level_split_property import started_plans

MON = datetime(2026, 1, 5, 8, 0)
DAY = 480


def _week_two_plan(contour: WorkContour, work: int) -> Plan:
    """Ana on 'Build' (10 days) with ``work`` minutes, and on 'Test' (5 days), which waits
    for Ben's 'Prepare' (5 days): Test runs in week two."""
    plan = Plan(project=Project(start=MON))
    plan.append_task(Task(1, "Build", duration_minutes=10 * DAY))
    plan.append_task(Task(2, "Prepare", duration_minutes=5 * DAY))
    plan.append_task(Task(3, "Test", duration_minutes=5 * DAY))
    plan.links.append(Link(2, 3))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, work, contour=contour))
    plan.add_assignment(Assignment(2, 2, 2, 1.0, 5 * DAY))
    plan.add_assignment(Assignment(3, 3, 1, 1.0, 5 * DAY))
    return plan


def test_a_person_whose_own_work_ends_early_is_free_for_the_rest_of_the_task():
    # Ana's 40 h on 'Build' end on Friday: she is free for 'Test' in week two.
    plan = _week_two_plan(WorkContour.FLAT, 5 * DAY)
    s = schedule(plan)
    assert overallocations(plan, s) == []
    result = level(plan, s)
    assert result.moves == ()
    assert not any(result.delays.values())
    assert result.unresolved == ()


def test_a_back_loaded_person_who_does_clash_is_leveled_until_nobody_is():
    # 48 h Back Loaded: 48 / 0.6 = 80 h of her time, the whole of Build's two weeks, at up
    # to 100 % in week two: Test clashes with it and must wait.
    plan = _week_two_plan(WorkContour.BACK_LOADED, 6 * DAY)
    s = schedule(plan)
    assert overallocated_resources(plan, s) == {1}
    result = level(plan, s)
    assert result.delays[3] > 0
    apply_delays(plan, result.delays)
    after = schedule(plan)
    assert overallocations(plan, after) == []
    assert after.times[3].start >= after.times[1].finish


def test_a_front_loaded_person_leaves_room_only_where_the_contour_does():
    # 24 h Front Loaded at 50 %: 24 / 0.5 / 0.615 = 78 h of her time, all of Build; its
    # parts book 50, 50, 50, 37.5, 37.5, 25, 25, 12.5, 7.5, 5 %: Test at 100 % over week two
    # clashes with every part, and waits; at 50 % it fits beside them from the sixth part.
    for units, moves in ((1.0, True), (0.5, False)):
        plan = _week_two_plan(WorkContour.FRONT_LOADED, 0)
        plan.assignments[0] = replace(
            plan.assignments[0], units=0.5, work_minutes=round(10 * DAY * 0.5 * 0.615)
        )
        plan.assignments[2] = replace(plan.assignments[2], units=units, work_minutes=0)
        s = schedule(plan)
        over = overallocated_resources(plan, s)
        result = level(plan, s)
        assert bool(over) is moves
        assert bool(result.moves) is moves
        apply_delays(plan, result.delays)
        assert overallocated_resources(plan, schedule(plan)) == set()


_CONTOURS = [WorkContour.FLAT] * 3 + [
    WorkContour.BACK_LOADED,
    WorkContour.FRONT_LOADED,
    WorkContour.BELL,
    WorkContour.TURTLE,
    WorkContour.DOUBLE_PEAK,
]


@st.composite
def contoured_plans(draw, features: frozenset[str]):
    """Random plans (test_s13level_engine_agrees's) whose people have contours and work of
    their own: less than their task holds at their units (they end early), or more."""
    plan = draw(rich_plans(features)).plan
    _own_spans(draw, plan)
    if draw(st.booleans()):  # a person whose own work ends early, then more work for them
        _free_after_own_span(draw, plan)
    return _Case(plan)


def _own_spans(draw, plan: Plan) -> None:
    """Give the plan's assignments random contours and work of their own."""
    out = []
    for a in plan.assignments:
        contour = draw(st.sampled_from(_CONTOURS))
        factor = draw(st.sampled_from([1.0, 1.0, 0.25, 0.5, 0.8, 1.3]))
        work = round((a.work_minutes or 0) * factor * (contour.mean if factor <= 1 else 1))
        out.append(replace(a, contour=contour, work_minutes=work))
    plan.assignments = out


@st.composite
def contoured_started_plans(draw):
    """test_s14level_split_property's started plans, with contours and work of their own:
    the work left of a started task may pause, its own pieces laid over all its parts."""
    plan = draw(started_plans()).plan
    _own_spans(draw, plan)
    return _Case(plan)


def _free_after_own_span(draw, plan: Plan) -> None:
    """Append 'Long' (person p, work ending partway by a contour or less work), 'Lead'
    (someone else) and 'After' (p again, once Lead is done, within Long's span)."""
    uid = max(t.uid for t in plan.tasks) + 1
    k = max((a.uid for a in plan.assignments), default=0) + 1
    p, q = draw(st.permutations([1, 2, 3]))[:2]
    long_days = draw(st.integers(6, 12))
    lead_days = draw(st.integers(2, long_days - 2))
    contour = draw(st.sampled_from(_CONTOURS))
    share = draw(st.sampled_from([0.3, 0.5]))
    plan.append_task(Task(uid, "Long", duration_minutes=long_days * DAY))
    plan.append_task(Task(uid + 1, "Lead", duration_minutes=lead_days * DAY))
    plan.append_task(Task(uid + 2, "After", duration_minutes=draw(st.integers(1, 3)) * DAY))
    plan.links.append(Link(uid + 1, uid + 2))
    work = round(long_days * DAY * share * contour.mean)
    plan.add_assignment(Assignment(k, uid, p, 1.0, work, contour=contour))
    plan.add_assignment(Assignment(k + 1, uid + 1, q, 1.0, lead_days * DAY))
    plan.add_assignment(Assignment(k + 2, uid + 2, p, 1.0, 0))


_SETTINGS = settings(max_examples=70, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(contoured_started_plans())
def test_started_tasks_with_own_pieces_pause_their_work_left_and_clear(case):
    _claims_hold(case)


def _no_clash_no_move(case: _Case) -> None:
    """Leveling only the people over-allocation finds free moves nothing."""
    plan = case.plan
    s = schedule(plan)
    free = {r.uid for r in plan.resources} - overallocated_resources(plan, s)
    result = level(plan, s, only=free)
    assert result.moves == ()
    assert not any(result.delays.values())


@_SETTINGS
@given(contoured_plans(frozenset({"lags"})))
def test_no_clash_means_no_move(case):
    _no_clash_no_move(case)


@_SETTINGS
@given(contoured_plans(frozenset({"calendars", "split", "lags"})))
def test_no_clash_means_no_move_on_calendars_and_splits(case):
    _no_clash_no_move(case)


@_SETTINGS
@given(contoured_plans(frozenset({"lags", "calendars"})))
def test_after_leveling_nobody_is_overallocated_but_those_named(case):
    # _claims_hold: the scheduler puts every task where leveling said, and whoever is
    # still over-allocated afterwards is named in result.unresolved.
    _claims_hold(case)


@_SETTINGS
@given(contoured_plans(frozenset({"all"})))
def test_after_leveling_everything_together(case):
    _claims_hold(case)


def test_the_property_meets_people_only_pieces_leave_free():
    # The strategy makes people whom booking over the whole task would over-allocate and
    # whom their pieces leave free (else the first property checks nothing new).
    seen = []

    @settings(
        max_examples=150,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(contoured_plans(frozenset({"lags"})))
    def collect(case):
        plan = case.plan
        pieces = overallocated_resources(plan, schedule(plan))
        whole = Plan(project=plan.project, tasks=list(plan.tasks), links=list(plan.links))
        whole.resources = list(plan.resources)
        whole.assignments = [
            replace(a, contour=WorkContour.FLAT, work_minutes=0) for a in plan.assignments
        ]
        seen.extend(overallocated_resources(whole, schedule(whole)) - pieces)

    collect()
    assert len(seen) >= 3


def test_the_started_property_pauses_tasks_with_own_pieces():
    # Started tasks whose people book pieces of their own do pause their work left.
    found = []

    @settings(
        max_examples=60,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(contoured_started_plans())
    def collect(case):
        plan = case.plan
        s = schedule(plan)
        own = {
            a.task_uid
            for a in plan.assignments
            if a.contour is not WorkContour.FLAT
            or (
                a.work_minutes
                and a.work_minutes != round(s.times[a.task_uid].duration_minutes * a.units)
            )
        }
        found.extend(m for m in level(plan, s).moves if m.resumes and m.task_uid in own)

    collect()
    assert len(found) >= 3
