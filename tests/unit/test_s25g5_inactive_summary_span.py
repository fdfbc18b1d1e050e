"""An inactive summary spans its (inactive) subtasks, as MS Project shows it, while no active
task, nor the project's dates, hears of it."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.events import Change, ChangeKind, Entity
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.scheduling.incremental import IncrementalScheduler
from app.domain.task import Task
from tests.bench.generate import make_plan

MON = datetime(2026, 1, 5, 8)  # a Monday
DAY = 480


def d(day: int, hour: int = 8) -> datetime:
    return datetime(2026, 1, day, hour)


def _plan(cut: bool = True) -> Plan:
    """A -> (Cut phase: S1 -> S2, S3) and A -> B; the phase inactive when ``cut``."""
    plan = Plan(project=Project(start=MON))
    for t in (
        Task(1, "A", duration_minutes=2 * DAY),
        Task(2, "Cut phase", active=not cut),
        Task(3, "S1", duration_minutes=DAY, outline_level=2),
        Task(4, "S2", duration_minutes=2 * DAY, outline_level=2),
        Task(5, "S3", duration_minutes=DAY, outline_level=2, percent_complete=100),
        Task(6, "B", duration_minutes=DAY),
    ):
        plan.append_task(t)
    plan.links.extend([Link(1, 2), Link(3, 4), Link(1, 6)])
    return plan


def _times(s, uids):
    return {
        u: (
            s[u].start,
            s[u].finish,
            s[u].late_start,
            s[u].late_finish,
            s[u].total_slack_minutes,
            s[u].free_slack_minutes,
            s[u].critical,
        )
        for u in uids
    }


def test_s25g5_an_inactive_summary_spans_its_subtasks():
    s = schedule(_plan())
    assert (s[3].start, s[4].finish, s[5].start) == (d(7), d(9, 17), d(7))
    # Wed 08:00 (after A) to Fri 17:00 (S2's finish): 3 days, not 0d at A's finish
    assert (s[2].start, s[2].finish) == (d(7), d(9, 17))
    assert s[2].duration_minutes == 3 * DAY
    assert s[2].summary
    assert not s[2].critical
    # % complete from its subtasks (S3 done: 1 of 4 days), as an active phase's would be
    assert s[2].percent_complete == 25.0


def test_s25g5_active_tasks_and_the_project_do_not_hear_of_it():
    s = schedule(_plan())
    # the same plan with the phase's branch left out: every active figure is the same
    without = _plan()
    without.tasks = [t for t in without.tasks if t.uid in (1, 6)]
    without.links = [lk for lk in without.links if lk.successor == 6]
    w = schedule(without)
    assert _times(s, [1, 6]) == _times(w, [1, 6])
    assert (s.start, s.finish) == (w.start, w.finish) == (d(5), d(7, 17))
    assert (s[6].start, s[6].finish) == (d(7), d(7, 17))


def test_s25g5_an_edit_moves_the_inactive_summary_as_a_full_run_does():
    plan = _plan()
    inc = IncrementalScheduler(plan)
    runs = inc.full_runs
    plan.update_task(replace(plan.task(4), duration_minutes=4 * DAY))
    got = inc.apply(Change(Entity.TASK, ChangeKind.CHANGED, (4,)))
    assert inc.full_runs == runs  # edit by edit, no full run
    assert got[2].finish == d(13, 17)  # the phase follows S2's new finish
    full = schedule(plan)
    assert _times(got, range(1, 7)) == _times(full, range(1, 7))
    assert got[2].percent_complete == full[2].percent_complete


def test_s25g5_generated_inactive_summaries_span_their_children():
    plan = make_plan(400, 600, 2, seed=5)
    rows = plan.tasks
    summaries = [
        t.uid for i, t in enumerate(rows[:-1]) if rows[i + 1].outline_level > t.outline_level
    ][::7]
    assert summaries
    before = schedule(plan)
    plan.tasks = [replace(t, active=False) if t.uid in summaries else t for t in plan.tasks]
    s = schedule(plan)
    for uid in summaries:
        i = next(k for k, t in enumerate(rows) if t.uid == uid)
        level = rows[i].outline_level
        kids = []
        for t in rows[i + 1 :]:
            if t.outline_level <= level:
                break
            if t.outline_level == level + 1:
                kids.append(t.uid)
        assert s[uid].start == min(s[k].start for k in kids)
        assert s[uid].finish == max(s[k].finish for k in kids)
    assert s.start >= before.start
