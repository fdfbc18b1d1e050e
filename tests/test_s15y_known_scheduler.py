"""Scheduler cases found building a plan as an MS Project user.

A summary task with a start-to-start (or start-to-finish) successor: the backward pass
once handed the successor's late start to the summary's children as a *finish* bound,
so in a plan with no constraint or deadline every subtask showed negative slack and a
false critical path. MS Project gives negative slack only from constraints and
deadlines. (A start-to-finish successor's own finish at the link's moment is MS
Project's behaviour, pinned against its files in test_s15s_link_finishes.py.)
"""

from __future__ import annotations

from datetime import datetime

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task

_DAY = 480


def _plan() -> Plan:
    return Plan(project=Project(name="Known", start=datetime(2026, 3, 2, 8, 0)))


def test_a_summary_start_to_start_successor_gives_no_negative_slack():
    plan = _plan()
    plan.append_task(Task(1, "Build", 1))
    plan.append_task(Task(2, "Backend", 2, duration_minutes=5 * _DAY))
    plan.append_task(Task(3, "Services", 2, duration_minutes=5 * _DAY))
    plan.append_task(Task(4, "Docs", 1, duration_minutes=2 * _DAY))
    plan.add_link(Link(2, 3, LinkType.FS))
    plan.add_link(Link(1, 4, LinkType.SS))
    times = schedule(plan)
    assert times[3].finish == datetime(2026, 3, 13, 17, 0)  # the project's finish
    slack = {uid: times[uid].total_slack_minutes for uid in (1, 2, 3)}
    assert slack == {1: 0, 2: 0, 3: 0}


def test_a_plain_task_start_to_start_successor_is_right():
    """The same network without the summary: the engine gets it right (control)."""
    plan = _plan()
    plan.append_task(Task(1, "Build", 1, duration_minutes=10 * _DAY))
    plan.append_task(Task(4, "Docs", 1, duration_minutes=2 * _DAY))
    plan.add_link(Link(1, 4, LinkType.SS))
    times = schedule(plan)
    assert times[1].total_slack_minutes == 0
    assert times[4].total_slack_minutes == 8 * _DAY


def test_a_summary_start_to_finish_successor_gives_no_negative_slack():
    """The same for a start-to-finish link out of a summary. The link needs the phase to
    start by Mon 03-09 17:00, which it does (03-02); its last subtask ends the project, so
    whichever way the start bound is read (the earliest subtask, or each), no slack is
    negative here. The engine read it as a finish bound: -4d on every subtask."""
    plan = _plan()
    plan.append_task(Task(1, "Build", 1))
    plan.append_task(Task(2, "Backend", 2, duration_minutes=5 * _DAY))
    plan.append_task(Task(3, "Services", 2, duration_minutes=5 * _DAY))
    plan.append_task(Task(4, "Order kit", 1, duration_minutes=2 * _DAY))
    plan.append_task(Task(5, "Install", 1, duration_minutes=4 * _DAY))
    plan.add_link(Link(2, 3, LinkType.FS))
    plan.add_link(Link(1, 4, LinkType.SF))
    plan.add_link(Link(4, 5, LinkType.FS))
    times = schedule(plan)
    assert times[3].finish == datetime(2026, 3, 13, 17, 0)  # the project's finish
    assert times[5].finish == datetime(2026, 3, 9, 17, 0)
    slack = {uid: times[uid].total_slack_minutes for uid in (1, 2, 3)}
    assert slack == {1: 0, 2: 0, 3: 0}
