"""Progress reported out of sequence: the work left waits for the links, as in MS Project.

MS Project's "Split in-progress tasks" (File > Options > Schedule, on by default) keeps the
done part of a task started before its predecessor allows where it ran, and schedules the
remaining work after the predecessor: the finish (and the project's) moves later, never
earlier, and the predecessor keeps the slack it has toward that remaining work.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import IncrementalScheduler, schedule
from app.domain.task import Task

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
