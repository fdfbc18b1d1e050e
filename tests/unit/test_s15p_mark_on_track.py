"""Mark on Track (app/domain/mark_on_track.py) and a summary's typed % complete handed to its
subtasks (app/domain/tracking_edits.typed_summary_percent)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from app.domain.errors import InputError
from app.domain.link import Link, LinkType
from app.domain.mark_on_track import mark_on_track, status_moment
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.domain.tracking_edits import typed_summary_percent

DAY = 480
MON = datetime(2027, 3, 1, 8, 0)  # Monday


def _plan() -> Plan:
    """Phase (1) over A 2d -> B 4d -> C 2d, and D 3d alone in Other (5); E a milestone after C."""
    plan = Plan(project=Project(name="Track", start=MON))
    rows = [
        (1, "Phase", 1, 0),
        (2, "A", 2, 2 * DAY),
        (3, "B", 2, 4 * DAY),
        (4, "C", 2, 2 * DAY),
        (6, "E", 2, 0),
        (5, "Other", 1, 0),
        (7, "D", 2, 3 * DAY),
    ]
    for uid, name, level, minutes in rows:
        plan.append_task(Task(uid, name, level, duration_minutes=minutes, milestone=name == "E"))
    plan.add_link(Link(2, 3, LinkType.FS))
    plan.add_link(Link(3, 4, LinkType.FS))
    plan.add_link(Link(4, 6, LinkType.FS))
    return plan


def _apply(plan: Plan, fields_by_uid: dict[int, dict]) -> None:
    for uid, fields in fields_by_uid.items():
        plan.update_task(replace(plan.task(uid), **fields))


def test_a_summary_marks_its_subtasks_as_scheduled_through_the_status_date():
    plan = _plan()
    result = schedule(plan)
    through = datetime(2027, 3, 3, 17, 0)  # Wednesday night: A done, B 1 of 4 days
    marked = mark_on_track(plan, result, [1], through)
    by_uid = {u.uid: u for u in marked.updates}
    assert set(by_uid) == {2, 3}
    assert (by_uid[2].percent_complete, by_uid[2].actual_start) == (100.0, result[2].start)
    assert by_uid[2].actual_finish == result[2].finish
    assert (by_uid[3].percent_complete, by_uid[3].actual_start) == (25.0, result[3].start)
    assert by_uid[3].actual_finish is None
    assert set(marked.not_started) == {4, 6}  # C and E start after Wednesday: as they were
    assert marked.manual == ()


def test_only_the_selected_tasks_are_marked_and_progress_is_never_taken_back():
    plan = _plan()
    started = datetime(2027, 3, 3, 8, 0)  # B's scheduled start, Wednesday
    plan.update_task(replace(plan.task(3), percent_complete=80.0, actual_start=started))
    result = schedule(plan)
    through = datetime(2027, 3, 5, 17, 0)  # B is due 75 % by Friday: it keeps its 80 %
    marked = mark_on_track(plan, result, [3, 7], through)
    assert {u.uid for u in marked.updates} == {7}  # D (finished by then); A not selected
    assert marked.updates[0].percent_complete == 100.0
    assert marked.not_started == ()


def test_the_status_date_or_else_the_end_of_today():
    plan = _plan()
    assert status_moment(plan, date(2027, 3, 4)) == datetime(2027, 3, 4, 17, 0)
    plan.project = replace(plan.project, status_date=datetime(2027, 3, 2, 17, 0))
    assert status_moment(plan, date(2027, 3, 4)) == datetime(2027, 3, 2, 17, 0)


def test_a_summary_percent_is_handed_to_its_subtasks_in_schedule_order():
    plan = _plan()
    result = schedule(plan)
    fields = typed_summary_percent(plan, result, 1, 50.0)  # 4 of 8 days: A done, B half
    assert fields[2]["percent_complete"] == 100.0
    assert fields[2]["actual_finish"] == result[2].finish
    assert fields[3] == {"percent_complete": 50.0, "actual_start": result[3].start}
    assert 4 not in fields  # C stays at 0 %: nothing changes
    assert 6 not in fields  # E is after C: not reached
    assert fields[1] == {"percent_complete": 50.0}
    _apply(plan, fields)
    assert schedule(plan)[1].percent_complete == 50.0  # the summary reads what was typed


def test_a_lower_summary_percent_takes_progress_back_from_the_last_subtasks():
    plan = _plan()
    _apply(plan, typed_summary_percent(plan, schedule(plan), 1, 100.0))
    assert all(plan.task(uid).percent_complete == 100.0 for uid in (2, 3, 4, 6))
    result = schedule(plan)
    fields = typed_summary_percent(plan, result, 1, 33.0)  # 2.64 days: A done, B 0.64d
    _apply(plan, fields)
    got = {uid: plan.task(uid).percent_complete for uid in (2, 3, 4, 6)}
    assert got == {2: 100.0, 3: 100 * 307 / 1920, 4: 0.0, 6: 0.0}  # 307 min: 15.99 %, shown 16 %
    assert plan.task(3).actual_finish is None
    assert plan.task(4).actual_start is None
    assert plan.task(6).actual_finish is None
    assert schedule(plan)[1].percent_complete == pytest.approx(33.0, abs=0.5)


def test_a_milestone_is_reached_when_the_done_time_goes_past_it():
    plan = Plan(project=Project(name="Gate", start=MON))
    plan.append_task(Task(1, "Phase", 1))
    plan.append_task(Task(2, "A", 2, duration_minutes=2 * DAY))
    plan.append_task(Task(3, "Gate", 2, duration_minutes=0, milestone=True))
    plan.append_task(Task(4, "B", 2, duration_minutes=2 * DAY))
    plan.add_link(Link(2, 3, LinkType.FS))
    plan.add_link(Link(3, 4, LinkType.FS))
    result = schedule(plan)
    half = typed_summary_percent(plan, result, 1, 50.0)  # A's 2 days: the gate not yet passed
    assert 3 not in half
    more = typed_summary_percent(plan, result, 1, 60.0)
    assert more[3]["percent_complete"] == 100.0
    assert more[4]["percent_complete"] == 20.0


def test_a_summary_percent_outside_0_to_100_is_refused():
    plan = _plan()
    with pytest.raises(InputError):
        typed_summary_percent(plan, schedule(plan), 1, 120.0)


@pytest.mark.parametrize("percent", [0.0, 7.0, 33.0, 50.0, 99.0, 100.0])
def test_every_summary_of_a_generated_plan_reads_back_the_percent_typed(percent):
    from tests.bench.generate import make_plan

    plan = make_plan(300, 300, 2, 10)
    result = schedule(plan)
    summaries = [t.uid for t in plan.tasks if plan.is_summary(t.uid)][:6]
    assert summaries
    for uid in summaries:
        _apply(plan, typed_summary_percent(plan, result, uid, percent))
        result = schedule(plan)
        assert result[uid].percent_complete == pytest.approx(percent, abs=0.6), uid
