"""Actual work typed for a task or one person, as MS Project takes it (the rules:
app/domain/actual_work_entry.py).

The sample plan (tests/gui/conftest.py): Code (uid 5) is 5 days from Fri 2026-03-06
08:00 to Thu 2026-03-12 17:00; Ana works it at 100 % (40h), Bob at 50 % (20h): 60h.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.actual_work_entry import (
    shares,
    typed_assignment_actual_work,
    typed_task_actual_work,
)
from app.domain.assignment_work import apply_edit
from app.domain.costs import compute_costs
from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.resource import Assignment, Resource, ResourceType
from app.domain.scheduler import schedule
from app.domain.task import TaskType
from app.domain.tracking_edits import task_clock
from tests.gui.conftest import build_plan

H = 60
DAY = 480
CODE_START = datetime(2026, 3, 6, 8, 0)
CODE_FINISH = datetime(2026, 3, 12, 17, 0)


def _plan() -> Plan:
    plan = build_plan()
    plan.add_resource(Resource(1, "Ana", standard_rate=100.0))
    plan.add_resource(Resource(2, "Bob", standard_rate=50.0))
    plan.add_resource(Resource(3, "Gravel", type=ResourceType.MATERIAL))
    plan.add_assignment(Assignment(1, 5, 1, 1.0))
    plan.add_assignment(Assignment(2, 5, 2, 0.5))
    plan.add_assignment(Assignment(3, 7, 1, 1.0))  # Ana on the milestone Go-live
    plan.add_assignment(Assignment(4, 5, 3, 2.0))  # gravel on Code: no work
    return plan


def _task_typed(plan: Plan, uid: int, minutes: int) -> None:
    times = schedule(plan).get(uid)
    apply_edit(
        plan, typed_task_actual_work(plan, uid, times, minutes, task_clock(plan, plan.task(uid)))
    )


def _person_typed(plan: Plan, assignment_uid: int, minutes: int) -> None:
    task = plan.task(plan.assignment(assignment_uid).task_uid)
    times = schedule(plan).get(task.uid)
    edit = typed_assignment_actual_work(
        plan, assignment_uid, times, minutes, task_clock(plan, task)
    )
    apply_edit(plan, edit)


def _done(plan: Plan) -> tuple[int, int, int]:
    """Ana's, Bob's and Code's actual work as the cost report reads them."""
    costs = compute_costs(plan, schedule(plan))
    by = costs.assignments
    return (
        by[1].actual_work_minutes,
        by[2].actual_work_minutes,
        costs.task_actual_work_minutes[5],
    )


def test_s21aw_task_actual_work_spreads_by_work_and_sets_percent() -> None:
    plan = _plan()
    _task_typed(plan, 5, 30 * H)
    code = plan.task(5)
    assert code.percent_complete == 50.0  # 30h of 60h: % complete = % work complete
    assert code.actual_start == CODE_START
    assert code.actual_finish is None
    assert _done(plan) == (20 * H, 10 * H, 30 * H)  # 40:20 of the work, 2:1 of the done
    s = schedule(plan)
    assert s[5].finish == CODE_FINISH  # the duration stays


def test_s21aw_odd_actual_work_reads_back_to_the_minute() -> None:
    plan = _plan()
    _task_typed(plan, 5, 25 * H)
    assert plan.task(5).percent_complete == pytest.approx(100 * 25 / 60)
    assert _done(plan)[2] == 25 * H


def test_s21aw_actual_work_equal_to_the_work_finishes_the_task() -> None:
    plan = _plan()
    _task_typed(plan, 5, 60 * H)
    code = plan.task(5)
    assert (code.percent_complete, code.actual_start, code.actual_finish) == (
        100.0,
        CODE_START,
        CODE_FINISH,
    )
    assert _done(plan) == (40 * H, 20 * H, 60 * H)


def test_s21aw_more_than_the_work_raises_it_and_the_task_lasts_longer() -> None:
    plan = _plan()
    _task_typed(plan, 5, 72 * H)  # 20 % more than 60h
    code = plan.task(5)
    assert code.duration_minutes == 6 * DAY
    assert plan.assignment(1).work_minutes == 48 * H
    assert plan.assignment(2).work_minutes == 24 * H
    assert plan.assignment(1).units == 1.0
    assert code.percent_complete == 100.0
    # six working days from Fri 6 March: Fri, Mon-Fri, done Fri 13 March
    assert code.actual_finish == datetime(2026, 3, 13, 17, 0)
    assert schedule(plan)[5].finish == datetime(2026, 3, 13, 17, 0)
    assert _done(plan) == (48 * H, 24 * H, 72 * H)


def test_s21aw_a_fixed_duration_task_keeps_its_duration_and_units_rise() -> None:
    plan = _plan()
    plan.update_task(replace(plan.task(5), task_type=TaskType.FIXED_DURATION))
    _task_typed(plan, 5, 90 * H)
    assert plan.task(5).duration_minutes == 5 * DAY
    assert plan.assignment(1).units == pytest.approx(1.5)
    assert plan.assignment(2).units == pytest.approx(0.75)
    assert _done(plan) == (60 * H, 30 * H, 90 * H)


def test_s21aw_zero_takes_the_progress_back_and_clears_entered_work() -> None:
    plan = _plan()
    plan.update_assignment(replace(plan.assignment(1), actual_work_minutes=8 * H))
    plan.update_task(replace(plan.task(5), percent_complete=20.0, actual_start=CODE_START))
    _task_typed(plan, 5, 0)
    code = plan.task(5)
    assert (code.percent_complete, code.actual_start, code.actual_finish) == (0.0, None, None)
    assert plan.assignment(1).actual_work_minutes == 0
    assert _done(plan) == (0, 0, 0)


def test_s21aw_task_typing_replaces_a_persons_own_actual_work() -> None:
    plan = _plan()
    _person_typed(plan, 1, 8 * H)
    _task_typed(plan, 5, 30 * H)
    assert plan.assignment(1).actual_work_minutes == 0  # follows % complete again
    assert _done(plan) == (20 * H, 10 * H, 30 * H)


@pytest.mark.parametrize(
    ("uid", "minutes", "said"),
    [
        (4, 8 * H, "the actual work of summary task 'Build' comes from its subtasks"),
        (
            6,
            8 * H,
            "'Test' has no people: actual work is recorded on their assignments, as in "
            "MS Project (assign someone in the People column, or type % complete)",
        ),
        (
            7,
            8 * H,
            "milestone 'Go-live' has no work to record actual work against: give it a duration",
        ),
        (5, -60, "actual work cannot be negative"),
    ],
)
def test_s21aw_refused_entries_change_nothing(uid: int, minutes: int, said: str) -> None:
    plan = _plan()
    before = (list(plan.tasks), list(plan.assignments))
    times = schedule(plan).get(uid)
    with pytest.raises(InputError) as caught:
        typed_task_actual_work(plan, uid, times, minutes, task_clock(plan, plan.task(uid)))
    assert str(caught.value) == said
    assert (list(plan.tasks), list(plan.assignments)) == before


def test_s21aw_shares_add_up_to_the_total() -> None:
    assert shares(100, [480, 480, 480]) == [34, 33, 33]
    assert shares(0, [1, 2]) == [0, 0]
    assert shares(7, [0, 0]) == [0, 0]
    assert sum(shares(1001, [7, 13, 29, 31])) == 1001


def test_s21aw_one_persons_actual_work_leaves_the_others_at_none() -> None:
    plan = _plan()
    _person_typed(plan, 1, 8 * H)
    # Bob did nothing: his 0 stays 0 beside Ana's 8h (not his share of 13 %)
    assert _done(plan) == (8 * H, 0, 8 * H)
    code = plan.task(5)
    assert code.percent_complete == pytest.approx(100 * 8 / 60)
    assert code.actual_start == CODE_START


def test_s21aw_one_persons_actual_work_keeps_what_the_others_had_done() -> None:
    plan = _plan()
    plan.update_task(replace(plan.task(5), percent_complete=50.0, actual_start=CODE_START))
    assert _done(plan) == (20 * H, 10 * H, 30 * H)
    _person_typed(plan, 2, 15 * H)
    assert _done(plan) == (20 * H, 15 * H, 35 * H)
    assert plan.task(5).percent_complete == pytest.approx(100 * 35 / 60)


def test_s21aw_all_people_done_finishes_the_task() -> None:
    plan = _plan()
    _person_typed(plan, 1, 40 * H)
    assert plan.task(5).actual_finish is None
    _person_typed(plan, 2, 20 * H)
    code = plan.task(5)
    assert (code.percent_complete, code.actual_finish) == (100.0, CODE_FINISH)


def test_s21aw_a_person_past_their_work_raises_it() -> None:
    plan = _plan()
    _person_typed(plan, 2, 30 * H)  # Bob at 50 %: 30h takes him 7.5 days
    assert plan.assignment(2).work_minutes == 30 * H
    assert plan.task(5).duration_minutes == 60 * H
    # Ana keeps her 40h, none of it done: only Bob's assignment grows (MS Project)
    assert plan.assignment(1).work_minutes == 40 * H
    assert _done(plan) == (0, 30 * H, 30 * H)
    assert plan.task(5).percent_complete < 100


def test_s21aw_a_material_has_no_actual_work() -> None:
    plan = _plan()
    times = schedule(plan).get(5)
    with pytest.raises(InputError, match="'Gravel' is a material: actual work is recorded"):
        typed_assignment_actual_work(plan, 4, times, 60, task_clock(plan, plan.task(5)))
