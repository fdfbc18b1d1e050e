"""Free slack ignores finish-to-finish and start-to-finish links into a summary.

MS Project refuses such a link (a summary's finish is its subtasks', nothing
may drive it); the forward pass ignores one a file or an old plan still holds
(and says so), the backward pass does not bound the predecessor by it. Free
slack still measured the room to the summary's finish through it (clipped at
0), so a predecessor showed less free slack than the same plan without the
link. No shared file holds such a link (MS Project cannot write one): the
rule is that an ignored link counts nowhere, so the oracle is the plan with
the link removed.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import IncrementalScheduler, schedule
from app.domain.task import Task

_DAY = 480


def _plan(kind: LinkType | None, lag: int = 0) -> Plan:
    """Spec (2d) -[kind]-> Build [Code 5d]; Spec and Long (7d) -> Test (1d); Other (15d)
    sets the project finish."""
    plan = Plan(project=Project(name="Refused", start=datetime(2026, 3, 2, 8, 0)))
    plan.append_task(Task(1, "Spec", 1, duration_minutes=2 * _DAY))
    plan.append_task(Task(2, "Build", 1))
    plan.append_task(Task(3, "Code", 2, duration_minutes=5 * _DAY))
    plan.append_task(Task(4, "Other", 1, duration_minutes=15 * _DAY))
    plan.append_task(Task(5, "Test", 1, duration_minutes=_DAY))
    plan.append_task(Task(6, "Long", 1, duration_minutes=7 * _DAY))
    plan.add_link(Link(1, 5))
    plan.add_link(Link(6, 5))
    if kind is not None:
        plan.add_link(Link(1, 2, kind, lag_minutes=lag))
    return plan


@pytest.mark.parametrize("kind", [LinkType.FF, LinkType.SF])
@pytest.mark.parametrize("lag", [0, _DAY, -_DAY])
def test_a_refused_link_into_a_summary_leaves_free_slack_as_without_it(kind, lag):
    times = schedule(_plan(kind, lag))
    alone = schedule(_plan(None))
    assert any(i.task_uid == 2 for i in times.issues)  # the link is said to be ignored
    for uid in range(1, 7):
        assert times[uid].free_slack_minutes == alone[uid].free_slack_minutes, uid
        assert times[uid].total_slack_minutes == alone[uid].total_slack_minutes, uid
    # Spec's free slack is its room before Test, which waits for Long (Wed 03-11): 5 days,
    # not the room to Build's finish (Fri 03-06) the link gave.
    assert times[5].start == datetime(2026, 3, 11, 8, 0)
    assert times[1].free_slack_minutes == 5 * _DAY
    assert times[1].total_slack_minutes == 12 * _DAY


def test_the_free_slack_it_used_to_lose():
    """Without another successor, Spec's free slack is its room to the project finish
    (8 days), not the 3 days to Build's finish the FF link measured."""
    plan = Plan(project=Project(name="Refused", start=datetime(2026, 3, 2, 8, 0)))
    plan.append_task(Task(1, "Spec", 1, duration_minutes=2 * _DAY))
    plan.append_task(Task(2, "Build", 1))
    plan.append_task(Task(3, "Code", 2, duration_minutes=5 * _DAY))
    plan.append_task(Task(4, "Other", 1, duration_minutes=10 * _DAY))
    plan.add_link(Link(1, 2, LinkType.FF))
    times = schedule(plan)
    assert times[1].total_slack_minutes == 8 * _DAY
    assert times[1].free_slack_minutes == 8 * _DAY


def test_finish_to_start_and_start_to_start_links_into_a_summary_still_count():
    times = schedule(_plan(LinkType.FS))
    assert times[3].start == datetime(2026, 3, 4, 8, 0)
    assert times[1].free_slack_minutes == 0
    times = schedule(_plan(LinkType.FS, lag=_DAY))
    assert times[3].start == datetime(2026, 3, 5, 8, 0)
    assert times[1].free_slack_minutes == 0
    times = schedule(_plan(LinkType.SS, lag=3 * _DAY))
    assert times[3].start == datetime(2026, 3, 5, 8, 0)
    assert times[1].free_slack_minutes == 0


@pytest.mark.parametrize("seed", range(6))
def test_edits_give_what_a_full_run_gives(seed):
    rng = random.Random(seed)
    plan = _plan(rng.choice((LinkType.FF, LinkType.SF)), lag=rng.choice((0, _DAY)))
    inc = IncrementalScheduler(plan)
    plan.changes.subscribe(inc.apply)
    for _ in range(10):
        t = plan.task(rng.choice((1, 3, 4, 5, 6)))
        plan.update_task(replace(t, duration_minutes=rng.choice((0, 240, 480, 2400, 7200))))
        full = schedule(plan)
        assert inc.schedule.times == full.times
        columns = inc.schedule.times.columns()
        assert columns.free_slack_minutes == full.times.columns().free_slack_minutes
    assert inc.full_runs == 1
