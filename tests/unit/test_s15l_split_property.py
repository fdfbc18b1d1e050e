"""Splits of tasks not started on random plans: leveling with splits in remaining work.

Random plans (people at 100 %, tasks of an hour to a week, links with lags, some tasks
that must start on a date to make gaps in people's time) are leveled and the delays
applied. For every plan:

- nobody is over-allocated on a task leveling split or delayed (what remains is between
  tasks that may not move);
- each task's work (its working parts on its calendar) is what it was;
- no task starts before its predecessors allow (finish-to-start, with lag);
- the scheduler puts every task where leveling said;
- no part leveling made is shorter than an hour;
- without splits in remaining work no split appears; Clear Leveling gives the plan back.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.leveling import LevelingOptions, apply_delays, clear_delays, level
from app.domain.leveling_split import MIN_PART
from app.domain.link import Link
from app.domain.overallocation import overallocations
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.splits import TaskClocks
from app.domain.task import ConstraintType, Task
from app.domain.worktime import to_minutes

MON = datetime(2026, 1, 5, 8, 0)


class _Case:
    """A generated plan that prints itself briefly when hypothesis shows a failure."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan

    def __repr__(self) -> str:
        p = self.plan
        tasks = "\n".join(
            f"  {t.uid} {t.duration_minutes}m {t.constraint_type.name} {t.constraint_date}"
            for t in p.tasks
        )
        jobs = [(a.task_uid, a.resource_uid) for a in p.assignments]
        links = [(lk.predecessor, lk.successor, lk.lag_minutes) for lk in p.links]
        return f"Plan(\n{tasks}\n  jobs={jobs}\n  links={links})"


@st.composite
def plans(draw) -> _Case:
    plan = Plan(project=Project(name="Random", start=MON))
    n = draw(st.integers(3, 9))
    people = draw(st.integers(1, 3))
    for r in range(1, people + 1):
        plan.add_resource(Resource(r, f"P{r}"))
    k = 0
    for uid in range(1, n + 1):
        minutes = 60 * draw(st.integers(1, 40))
        pinned = draw(st.integers(0, 4)) == 0
        when = MON + timedelta(days=draw(st.integers(0, 6)), hours=draw(st.integers(0, 8)))
        plan.append_task(
            Task(
                uid,
                f"T{uid}",
                duration_minutes=minutes,
                constraint_type=ConstraintType.MSO if pinned else ConstraintType.ASAP,
                constraint_date=when if pinned else None,
            )
        )
        for r in draw(st.sets(st.integers(1, people), min_size=1, max_size=min(2, people))):
            k += 1
            plan.add_assignment(Assignment(k, uid, r, 1.0, minutes))
    for _ in range(draw(st.integers(0, n))):
        a, b = sorted(draw(st.sets(st.integers(1, n), min_size=2, max_size=2)))
        if plan.task(b).constraint_type is ConstraintType.ASAP and not any(
            lk.predecessor == a and lk.successor == b for lk in plan.links
        ):
            plan.links.append(Link(a, b, lag_minutes=60 * draw(st.integers(0, 12))))
    return _Case(plan)


def _work(plan: Plan, times) -> dict[int, int]:
    """Each task's working minutes between its start and finish, less its pauses."""
    clocks = TaskClocks(plan)
    out = {}
    for t in plan.tasks:
        tt = times.times[t.uid]
        clock = clocks.of(t)
        parts = clocks.parts(t, tt) or ((tt.start, tt.finish),)
        out[t.uid] = sum(clock.between(a, b) for a, b in parts)
    return out


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_leveling_splits_keep_work_links_and_room(case):
    plan = case.plan
    original = list(plan.tasks)
    before = schedule(plan)
    work_before = _work(plan, before)
    result = level(plan, before)
    apply_delays(plan, result.delays)
    after = schedule(plan)
    moved = {m.task_uid for m in result.moves}
    for over in overallocations(plan, after):
        assert not moved & set(over.task_uids), over
    assert _work(plan, after) == work_before
    clocks = TaskClocks(plan)
    for lk in plan.links:
        pred, succ = after.times[lk.predecessor], after.times[lk.successor]
        clock = clocks.of(plan.task(lk.successor))  # every task on the project's calendar
        waited = clock.index(to_minutes(succ.start)) - clock.index(to_minutes(pred.finish))
        assert waited >= lk.lag_minutes, lk
    for uid, (start, finish) in result.placed.items():
        got = after.times[uid]
        assert (to_minutes(got.start), to_minutes(got.finish)) == (start, finish), uid
    for t in plan.tasks:
        if any(s.leveling for s in t.splits):
            parts = clocks.parts(t, after.times[t.uid])
            clock = clocks.of(t)
            assert all(clock.between(a, b) >= MIN_PART for a, b in parts), t
    clear_delays(plan)
    assert plan.tasks == original


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_without_splits_no_split_appears(case):
    plan = case.plan
    result = level(plan, schedule(plan), options=LevelingOptions(split_remaining=False))
    apply_delays(plan, result.delays)
    assert all(t.splits == () for t in plan.tasks)
    assert not any(m.split for m in result.moves)


def test_the_plans_do_meet_splits():
    # The strategy's plans do make leveling split tasks (else the property checks nothing).
    found = []

    @settings(
        max_examples=60,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(plans())
    def collect(case):
        plan = case.plan
        found.extend(m for m in level(plan, schedule(plan)).moves if m.split)

    collect()
    assert len(found) >= 5
