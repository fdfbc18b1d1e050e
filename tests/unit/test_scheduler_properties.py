"""Properties of any schedule of a random plan (hypothesis)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import ConstraintType, Task
from app.domain.worktime import WorkTime


@st.composite
def plans(draw, alap: bool = False):
    """Random flat plans; with ``alap`` some tasks are as-late-as-possible."""
    n = draw(st.integers(min_value=1, max_value=25))
    plan = Plan(project=Project(start=datetime(2026, 1, 5, 8)))
    for uid in range(1, n + 1):
        minutes = draw(st.sampled_from([0, 60, 240, 480, 960, 2400, 3000]))
        late = alap and draw(st.integers(0, 7)) == 0
        plan.append_task(
            Task(
                uid,
                f"T{uid}",
                duration_minutes=minutes,
                milestone=minutes == 0,
                constraint_type=ConstraintType.ALAP if late else ConstraintType.ASAP,
            )
        )
    pairs = draw(
        st.lists(
            st.tuples(st.integers(1, n), st.integers(1, n)).filter(lambda p: p[0] < p[1]),
            max_size=3 * n,
            unique=True,
        )
    )
    for a, b in pairs:
        kind = draw(st.sampled_from(list(LinkType)))
        lag = draw(st.sampled_from([0, 0, 0, 240, 480, 960]))
        plan.links.append(Link(a, b, kind, lag_minutes=lag))
    return plan


def _allowed(wt: WorkTime, link: Link, s) -> tuple[str, datetime]:
    pred = s[link.predecessor]
    base = pred.finish if link.type in (LinkType.FS, LinkType.FF) else pred.start
    bound = wt.add(base, link.lag_minutes)
    side = "start" if link.type in (LinkType.FS, LinkType.SS) else "finish"
    return side, bound


@settings(max_examples=150, deadline=None)
@given(plans(alap=True))
def test_no_task_starts_before_its_predecessors_allow(plan):
    s = schedule(plan)
    wt = WorkTime.for_calendar(plan.calendar(), plan.calendars)
    for link in plan.links:
        side, bound = _allowed(wt, link, s)
        succ = s[link.successor]
        value = succ.start if side == "start" else succ.finish
        assert wt.between(bound, value) >= 0, (link, bound, value)


@settings(max_examples=150, deadline=None)
@given(plans(alap=True))
def test_slack_is_never_negative_without_constraints(plan):
    s = schedule(plan)
    for t in s.times.values():
        assert t.total_slack_minutes >= 0
        assert 0 <= t.free_slack_minutes <= t.total_slack_minutes
        assert t.late_start >= t.early_start


@settings(max_examples=150, deadline=None)
@given(plans())
def test_critical_tasks_chain_from_project_start_to_finish(plan):
    s = schedule(plan)
    wt = WorkTime.for_calendar(plan.calendar(), plan.calendars)
    critical = set(s.critical_uids())
    assert critical, "some task always drives the finish"
    assert any(wt.between(s.start, s[u].start) == 0 for u in critical)
    assert any(s[u].finish == s.finish for u in critical)
    for u in critical:
        if wt.between(s.start, s[u].start) > 0:
            assert any(lk.predecessor in critical for lk in plan.links_into(u)), u
        if s[u].finish != s.finish:
            assert any(lk.successor in critical for lk in plan.links_from(u)), u


@st.composite
def outlined_plans(draw):
    """Random plans with summaries; links only between tasks of different branches."""
    plan = draw(plans())
    levels = [1]
    for _ in plan.tasks[1:]:
        levels.append(draw(st.integers(1, min(levels[-1] + 1, 3))))
    flat = plan
    plan = Plan(
        project=flat.project,
        tasks=[replace(t, outline_level=lv) for t, lv in zip(flat.tasks, levels, strict=True)],
        links=flat.links,
    )
    parents = plan.parent_uids()

    def ancestors(uid):
        out = set()
        while parents[uid] is not None:
            uid = parents[uid]
            out.add(uid)
        return out

    plan.links = [
        lk
        for lk in plan.links
        if lk.predecessor not in ancestors(lk.successor)
        and lk.successor not in ancestors(lk.predecessor)
    ]
    return plan


@settings(max_examples=150, deadline=None)
@given(outlined_plans())
def test_summaries_roll_up_and_pass_their_links_down(plan):
    s = schedule(plan)
    wt = WorkTime.for_calendar(plan.calendar(), plan.calendars)
    for t in plan.tasks:
        kids = plan.children(t.uid)
        if kids:
            assert s[t.uid].start == min(s[k.uid].start for k in kids)
            assert s[t.uid].finish == max(s[k.uid].finish for k in kids)
    for link in plan.links:
        side, bound = _allowed(wt, link, s)
        if side != "start":
            continue
        targets = [link.successor] + [d.uid for d in plan.descendants(link.successor)]
        for uid in targets:
            if not plan.is_summary(uid):
                assert wt.between(bound, s[uid].start) >= 0, (link, uid)
