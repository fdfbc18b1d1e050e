"""An inactive task is still scheduled by its predecessors and constraints (MS Project draws
it where they put it), while no active task, nor the project's dates, hears of it."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime

from app.domain.events import Change, ChangeKind, Entity
from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.scheduling.incremental import IncrementalScheduler
from app.domain.task import ConstraintType, Task
from tests.bench.generate import make_plan

MON = datetime(2026, 1, 5, 8)  # a Monday
DAY = 480


def _plan(*tasks: Task, links: tuple[Link, ...] = ()) -> Plan:
    plan = Plan(project=Project(start=MON))
    for t in tasks:
        plan.append_task(t)
    plan.links.extend(links)
    return plan


def d(day: int, hour: int = 8) -> datetime:
    return datetime(2026, 1, day, hour)


def _scope_cut() -> Plan:
    """A -> Cut1 -> Cut2 -> B: the two cut stories inactive (the release lead's case)."""
    return _plan(
        Task(1, "A", duration_minutes=3 * DAY),
        Task(2, "Cut 1", duration_minutes=2 * DAY, active=False),
        Task(3, "Cut 2", duration_minutes=DAY, active=False),
        Task(4, "B", duration_minutes=DAY),
        links=(Link(1, 2), Link(2, 3, LinkType.SS, lag_minutes=DAY), Link(3, 4)),
    )


def test_s25in_an_inactive_task_stays_after_its_active_predecessor():
    s = schedule(_scope_cut())
    assert (s[1].start, s[1].finish) == (d(5), d(7, 17))
    assert (s[2].start, s[2].finish) == (d(8), d(9, 17))  # after A, not at the project start
    # the cut stories keep their order among themselves (Cut 1 starts, a day later Cut 2)
    assert (s[3].start, s[3].finish) == (d(9), d(9, 17))
    # B ignores them: it starts with the project, and the project ends with A
    assert s[4].start == d(5)
    assert s.finish == d(7, 17)
    assert not s[2].critical
    assert not s[3].critical


def test_s25in_an_inactive_task_keeps_its_constraint_and_lag():
    plan = _plan(
        Task(1, "A", duration_minutes=DAY),
        Task(
            2,
            "Off",
            duration_minutes=DAY,
            active=False,
            constraint_type=ConstraintType.SNET,
            constraint_date=d(14),
        ),
        Task(3, "Off after a lag", duration_minutes=DAY, active=False),
        links=(Link(1, 2), Link(1, 3, lag_minutes=2 * DAY)),
    )
    s = schedule(plan)
    assert s[2].start == d(14)
    assert s[3].start == d(8)  # Monday's finish, two working days of lag


def test_s25in_an_inactive_summary_s_subtasks_follow_its_predecessor():
    plan = _plan(
        Task(1, "A", duration_minutes=2 * DAY),
        Task(2, "Cut phase", active=False),
        Task(3, "Cut story", duration_minutes=DAY, outline_level=2),
        Task(4, "B", duration_minutes=DAY),
        links=(Link(1, 2),),
    )
    s = schedule(plan)
    assert (s[3].start, s[3].finish) == (d(7), d(7, 17))
    assert s[4].start == d(5)
    assert s.finish == d(6, 17)


def _times(s, uids):
    return {
        u: (
            s[u].start,
            s[u].finish,
            s[u].total_slack_minutes,
            s[u].free_slack_minutes,
            s[u].critical,
        )
        for u in uids
    }


def test_s25in_active_tasks_schedule_as_if_the_inactive_ones_were_not_there():
    """Late dates, total and free slack of the active tasks (an inactive successor holds none
    of them) and the project's dates are those of the plan without the inactive tasks."""
    for seed in (1, 2, 3):
        plan = make_plan(400, 600, 2, seed=seed)
        rng = random.Random(seed)
        leaves = [t.uid for t in plan.tasks if t.outline_level > 1]
        off = set(rng.sample(leaves, 40))
        plan.tasks = [replace(t, active=False) if t.uid in off else t for t in plan.tasks]
        without = make_plan(400, 600, 2, seed=seed)
        without.links = [
            lk for lk in without.links if lk.predecessor not in off and lk.successor not in off
        ]
        without.tasks = [replace(t, active=False) if t.uid in off else t for t in without.tasks]
        s, w = schedule(plan), schedule(without)
        kept = [t.uid for t in plan.tasks if t.uid not in off]
        assert _times(s, kept) == _times(w, kept)
        assert (s.start, s.finish) == (w.start, w.finish)
        # and each inactive task starts no earlier than its active predecessors let it
        after = [lk for lk in plan.links if lk.successor in off and lk.predecessor not in off]
        assert after
        for lk in after:
            if lk.type is LinkType.FS and not lk.lag_minutes and lk.lag_percent is None:
                assert s[lk.successor].start >= s[lk.predecessor].finish


def test_s25in_an_edit_moves_the_inactive_successor_as_a_full_run_does():
    plan = _scope_cut()
    inc = IncrementalScheduler(plan)
    runs = inc.full_runs
    plan.update_task(replace(plan.task(1), duration_minutes=5 * DAY))
    got = inc.apply(Change(Entity.TASK, ChangeKind.CHANGED, (1,)))
    assert inc.full_runs == runs  # edit by edit, no full run
    assert got[2].start == d(12)
    assert got[3].start == d(13)
    full = schedule(plan)
    assert _times(got, [1, 2, 3, 4]) == _times(full, [1, 2, 3, 4])
