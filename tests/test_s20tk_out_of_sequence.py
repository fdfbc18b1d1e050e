"""Progress reported out of sequence: the work left waits for the links, as in MS Project.

MS Project's "Split in-progress tasks" (File > Options > Schedule, on by default) keeps the
done part of a task started before its predecessor allows where it ran, and schedules the
remaining work after the predecessor: the finish (and the project's) moves later, never
earlier, and the predecessor keeps the slack it has toward that remaining work.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.leveling import apply_delays, level
from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import IncrementalScheduler, schedule
from app.domain.splits import TaskClocks
from app.domain.task import Task
from app.domain.worktime import to_minutes

DAY = 480
MON = datetime(2027, 3, 1, 8, 0)
TUE = datetime(2027, 3, 2, 8, 0)


def _plan(link: Link | None = None) -> Plan:
    """A (4d from Mon, 50 %) -> B (5d, started Tue, 20 %: 1d done) -> C (1d)."""
    plan = Plan(project=Project(name="Out of sequence", start=MON))
    plan.append_task(
        Task(1, "A", 1, duration_minutes=4 * DAY, percent_complete=50.0, actual_start=MON)
    )
    plan.append_task(
        Task(2, "B", 1, duration_minutes=5 * DAY, percent_complete=20.0, actual_start=TUE)
    )
    plan.append_task(Task(3, "C", 1, duration_minutes=DAY))
    plan.links = [link or Link(1, 2), Link(2, 3)]
    return plan


def test_s20tk_work_left_resumes_after_the_predecessor():
    result = schedule(_plan())
    b = result[2]
    # the done day stays on Tue 2; the 4 days left run Fri 5 .. Wed 10, after A's Thu 4
    assert b.start == TUE
    assert b.finish == datetime(2027, 3, 10, 17, 0)
    assert result[3].start == datetime(2027, 3, 11, 8, 0)
    assert result.finish == datetime(2027, 3, 11, 17, 0)
    # A drives B's remaining work: no negative slack, both critical at 0
    assert result[1].total_slack_minutes == 0
    assert b.total_slack_minutes == 0


def test_s20tk_finish_to_finish_link_holds_the_finish():
    # B (1d done Tue, 4d left) may finish only 3 days after A (Thu 4): Tue 9
    result = schedule(_plan(Link(1, 2, LinkType.FF, lag_minutes=3 * DAY)))
    assert result[2].finish == datetime(2027, 3, 9, 17, 0)


def test_s20tk_in_sequence_progress_is_not_moved():
    # A finished Mon before B started: B runs on from its actual start, unpaused
    plan = _plan()
    plan.update_task(
        replace(plan.task(1), duration_minutes=DAY, percent_complete=100.0, actual_finish=None)
    )
    result = schedule(plan)
    assert result[2].finish == datetime(2027, 3, 8, 17, 0)  # Tue 2 + 5d


def test_s20tk_edits_move_the_work_left_as_a_full_run_does():
    plan = _plan()
    inc = IncrementalScheduler(plan)
    plan.changes.subscribe(inc.apply)
    for days in (6, 2, 8):
        plan.update_task(replace(plan.task(1), duration_minutes=days * DAY))
        full = schedule(plan)
        assert inc.schedule.times == full.times
    # A runs 8 days to Wed 10; B's 4 days left follow: Thu 11 .. Tue 16
    assert full[2].finish == datetime(2027, 3, 16, 17, 0)


def test_s20tk_the_wait_is_a_pause_of_the_task():
    # the done day, then the 4 days left after A: two working parts (what Update Project
    # and the task's Split indicator read)
    plan = _plan()
    result = schedule(plan)
    parts = TaskClocks(plan).parts(plan.task(2), result[2])
    assert parts == (
        (TUE, datetime(2027, 3, 2, 17, 0)),
        (datetime(2027, 3, 5, 8, 0), datetime(2027, 3, 10, 17, 0)),
    )


@pytest.mark.parametrize("percent", [20.0, 0.0])
def test_s20tk_leveling_ends_the_work_left_where_the_scheduler_does(percent):
    # Ana does A and B: leveling delays A after B's done part; B's work left follows A
    # (B at 20 %: its work left pauses; at 0 %: it stays booked where it is, its end moves)
    plan = _plan()
    plan.update_task(replace(plan.task(1), percent_complete=0.0, actual_start=None))
    plan.update_task(replace(plan.task(2), percent_complete=percent))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 4 * DAY))
    plan.add_assignment(Assignment(2, 2, 1, 1.0, 5 * DAY))
    result = level(plan, schedule(plan))
    apply_delays(plan, result.delays)
    after = schedule(plan)
    for uid, (start, finish) in result.placed.items():
        assert (to_minutes(after[uid].start), to_minutes(after[uid].finish)) == (start, finish)


def test_s20tk_leveling_a_predecessor_moves_the_end_of_a_task_started_at_zero():
    # Ana's manual 2-day task holds Mon-Tue: leveling delays A to Wed; B (started Tue at
    # 0 %, booked where it is) ends where the scheduler ends it, after A
    plan = _plan()
    plan.update_task(replace(plan.task(1), percent_complete=0.0, actual_start=None))
    plan.update_task(replace(plan.task(2), percent_complete=0.0))
    plan.append_task(
        Task(
            4,
            "Held",
            1,
            duration_minutes=2 * DAY,
            manual=True,
            start=MON,
            finish=datetime(2027, 3, 2, 17, 0),
        )
    )
    plan.add_resource(Resource(1, "Ana"))
    plan.add_assignment(Assignment(1, 1, 1, 1.0, 4 * DAY))
    plan.add_assignment(Assignment(2, 4, 1, 1.0, 2 * DAY))
    before = schedule(plan)
    result = level(plan, before)
    assert result.delays.get(1)
    apply_delays(plan, result.delays)
    after = schedule(plan)
    assert after[2].finish > before[2].finish
    assert to_minutes(after[2].finish) == result.placed[2][1]
