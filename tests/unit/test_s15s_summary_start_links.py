"""Start-to-start and start-to-finish links out of a summary bound the phase's start.

In the backward pass such a link limits the summary's late start, which is the
start of its earliest subtask: the subtasks that start the phase get the limit
as their late start, later ones are not bound by it. Finish-to-x links out of a
summary still bound every subtask's finish. Property tests: no negative slack in
random outlined plans without constraints or deadlines, and an incremental
edit gives what a full run gives.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import IncrementalScheduler, schedule
from app.domain.task import Task

_DAY = 480


def _plan() -> Plan:
    return Plan(project=Project(name="Phases", start=datetime(2026, 3, 2, 8, 0)))


def _phase_driving_a_critical_chain(kind: LinkType, lag: int = 0) -> Plan:
    """Build (Backend 5d -> Services 3d) linked by ``kind`` to Docs 2d -> Review 8d."""
    plan = _plan()
    plan.append_task(Task(1, "Build", 1))
    plan.append_task(Task(2, "Backend", 2, duration_minutes=5 * _DAY))
    plan.append_task(Task(3, "Services", 2, duration_minutes=3 * _DAY))
    plan.append_task(Task(4, "Docs", 1, duration_minutes=2 * _DAY))
    plan.append_task(Task(5, "Review", 1, duration_minutes=8 * _DAY))
    plan.add_link(Link(2, 3, LinkType.FS))
    plan.add_link(Link(1, 4, kind, lag_minutes=lag))
    plan.add_link(Link(4, 5, LinkType.FS))
    return plan


def test_a_start_to_start_link_bounds_the_subtask_that_starts_the_phase():
    times = schedule(_phase_driving_a_critical_chain(LinkType.SS))
    # Docs starts with the phase and its chain ends the project (Fri 03-13)...
    assert times[5].finish == datetime(2026, 3, 13, 17, 0)
    assert times[4].total_slack_minutes == 0
    # ...so the phase cannot start later: Backend, which starts it, is critical.
    assert times[2].total_slack_minutes == 0
    assert times[2].late_start == datetime(2026, 3, 2, 8, 0)
    assert times[1].critical
    # Services starts a week into the phase; delaying it moves no start: 2 days to the end.
    assert times[3].total_slack_minutes == 2 * _DAY
    assert not times[3].critical


def test_a_start_to_start_lag_gives_the_phase_start_that_much_less_room():
    times = schedule(_phase_driving_a_critical_chain(LinkType.SS, lag=_DAY))
    # Docs may start a day after Build: the chain now ends Mon 03-16 and drives.
    assert times[5].finish == datetime(2026, 3, 16, 17, 0)
    assert times[2].total_slack_minutes == 0
    assert times[3].total_slack_minutes == 3 * _DAY


def test_a_start_to_finish_link_bounds_the_phase_start_by_the_successor_finish():
    plan = _plan()
    plan.append_task(Task(1, "Build", 1))
    plan.append_task(Task(2, "Backend", 2, duration_minutes=2 * _DAY))
    plan.append_task(Task(3, "Later", 2, duration_minutes=1 * _DAY))
    plan.append_task(Task(4, "Order kit", 1, duration_minutes=5 * _DAY))
    plan.append_task(Task(5, "Install", 1, duration_minutes=10 * _DAY))
    plan.add_link(Link(2, 3, LinkType.FS))
    plan.add_link(Link(1, 4, LinkType.SF))
    plan.add_link(Link(4, 5, LinkType.FS))
    times = schedule(plan)
    # Order kit must finish no earlier than Build starts; it runs from the project start.
    assert times[4].start == datetime(2026, 3, 2, 8, 0)
    assert times[5].finish == datetime(2026, 3, 20, 17, 0)
    assert times[4].total_slack_minutes == 0
    # Order kit's late finish (Fri 03-06 17:00, the working moment Mon 03-09 08:00 starts)
    # is as late as Build may start: Backend has 5 days.
    assert times[4].late_finish == datetime(2026, 3, 6, 17, 0)
    assert times[2].late_start == datetime(2026, 3, 9, 8, 0)
    assert times[2].total_slack_minutes == 5 * _DAY
    assert times[3].total_slack_minutes == 15 * _DAY - 3 * _DAY
    assert all(times[u].total_slack_minutes >= 0 for u in range(1, 6))


def test_the_limit_passes_to_a_subphase_only_when_it_starts_the_phase():
    plan = _plan()
    plan.append_task(Task(1, "Build", 1))
    plan.append_task(Task(2, "Design", 2, duration_minutes=3 * _DAY))
    plan.append_task(Task(3, "Code", 2))  # a subphase starting after Design
    plan.append_task(Task(4, "Module A", 3, duration_minutes=2 * _DAY))
    plan.append_task(Task(5, "Prototype", 2))  # a subphase starting with the phase
    plan.append_task(Task(6, "Sketch", 3, duration_minutes=1 * _DAY))
    plan.append_task(Task(7, "Review", 1, duration_minutes=10 * _DAY))
    plan.add_link(Link(2, 3, LinkType.FS))
    plan.add_link(Link(1, 7, LinkType.SS))
    times = schedule(plan)
    assert times[7].finish == datetime(2026, 3, 13, 17, 0)  # Review ends the project
    assert times[2].total_slack_minutes == 0
    assert times[6].total_slack_minutes == 0  # Sketch starts the phase, in Prototype
    assert times[6].late_start == datetime(2026, 3, 2, 8, 0)
    assert times[4].total_slack_minutes == 5 * _DAY  # Module A: the project finish only


def test_a_finish_to_start_link_still_bounds_every_subtask_finish():
    plan = _plan()
    plan.append_task(Task(1, "Build", 1))
    plan.append_task(Task(2, "Short", 2, duration_minutes=1 * _DAY))
    plan.append_task(Task(3, "Long", 2, duration_minutes=5 * _DAY))
    plan.append_task(Task(4, "Ship", 1, duration_minutes=1 * _DAY))
    plan.add_link(Link(1, 4, LinkType.FS))
    times = schedule(plan)
    assert times[3].total_slack_minutes == 0
    assert times[2].total_slack_minutes == 4 * _DAY
    assert times[2].late_finish == datetime(2026, 3, 6, 17, 0)


def test_a_milestone_starting_the_phase_gets_the_limit():
    plan = _phase_driving_a_critical_chain(LinkType.SS)
    plan.insert_tasks(1, [Task(9, "Kick-off", 2, milestone=True)])
    times = schedule(plan)
    assert times[9].total_slack_minutes == 0
    assert times[9].late_start == datetime(2026, 3, 2, 8, 0)
    assert times[3].total_slack_minutes == 2 * _DAY


# ---------------------------------------------------------------- properties


@st.composite
def phased_plans(draw):
    """Random outlined plans whose summaries have links of every type, out and in (a
    finish-to-x link into a summary is ignored, as MS Project refuses it)."""
    n = draw(st.integers(min_value=2, max_value=22))
    plan = Plan(project=Project(start=datetime(2026, 1, 5, 8)))
    level = 1
    for uid in range(1, n + 1):
        level = draw(st.integers(1, min(level + 1, 3))) if uid > 1 else 1
        minutes = draw(st.sampled_from([0, 60, 240, 480, 960, 2400]))
        plan.append_task(Task(uid, f"T{uid}", level, duration_minutes=minutes))
    parents = plan.parent_uids()

    def ancestors(uid):
        out = set()
        while parents[uid] is not None:
            uid = parents[uid]
            out.add(uid)
        return out

    pairs = draw(
        st.lists(
            st.tuples(st.integers(1, n), st.integers(1, n)).filter(lambda p: p[0] < p[1]),
            max_size=2 * n,
            unique=True,
        )
    )
    for a, b in pairs:
        if a in ancestors(b) or b in ancestors(a):
            continue
        kind = draw(st.sampled_from(list(LinkType)))
        lag = draw(st.sampled_from([0, 0, 0, 240, 480, -480]))
        plan.links.append(Link(a, b, kind, lag_minutes=lag))
    return plan


def _has_summary_start_link(plan: Plan) -> bool:
    return any(
        lk.type in (LinkType.SS, LinkType.SF) and plan.is_summary(lk.predecessor)
        for lk in plan.links
    )


@settings(max_examples=300, deadline=None)
@given(phased_plans())
def test_no_negative_slack_without_constraints_or_deadlines(plan):
    times = schedule(plan)
    for t in plan.tasks:
        tt = times[t.uid]
        assert tt.total_slack_minutes >= 0, (t.uid, tt)
        assert tt.late_start >= tt.early_start or tt.early_start == tt.early_finish, t.uid


def _same(a, b):
    assert (a.start, a.finish) == (b.start, b.finish)
    assert a.times == b.times


@settings(max_examples=120, deadline=None)
@given(phased_plans(), st.randoms(use_true_random=False))
def test_an_edit_gives_what_a_full_run_gives(plan, rng: random.Random):
    inc = IncrementalScheduler(plan)
    plan.changes.subscribe(inc.apply)
    leaves = [t for t in plan.tasks if not plan.is_summary(t.uid)]
    for _ in range(4):
        t = plan.task(rng.choice(leaves).uid)
        plan.update_task(replace(t, duration_minutes=rng.choice((0, 120, 480, 1440, 4800))))
        _same(inc.schedule, schedule(plan))


@pytest.mark.parametrize("seed", range(8))
def test_random_edits_of_phases_with_start_links_match_a_full_run(seed):
    """The same on plans sure to hold such a link, edits driving a phase's start."""
    rng = random.Random(seed)
    plan = _phase_driving_a_critical_chain(rng.choice((LinkType.SS, LinkType.SF)))
    assert _has_summary_start_link(plan)
    inc = IncrementalScheduler(plan)
    plan.changes.subscribe(inc.apply)
    for _ in range(12):
        uid = rng.choice((2, 3, 4, 5))
        t = plan.task(uid)
        plan.update_task(replace(t, duration_minutes=rng.choice((0, 240, 480, 2400, 4800))))
        _same(inc.schedule, schedule(plan))
        assert all(tt.total_slack_minutes >= 0 for tt in inc.schedule.times.values())


def test_a_finish_to_finish_link_into_a_summary_is_ignored_both_ways():
    """MS Project refuses it; the forward pass ignores it and says so. The backward pass
    read it still: the predecessor got negative slack from a lag."""
    plan = _plan()
    plan.append_task(Task(1, "Spec", 1, duration_minutes=1 * _DAY))
    plan.append_task(Task(2, "Build", 1))
    plan.append_task(Task(3, "Code", 2, duration_minutes=1 * _DAY))
    plan.add_link(Link(1, 2, LinkType.FF, lag_minutes=240))
    times = schedule(plan)
    assert any("finish-to-finish" in i.message for i in times.issues)
    assert times[1].total_slack_minutes == 0
    assert times[1].late_finish == datetime(2026, 3, 2, 17, 0)
