"""A summary's date constraint limits its phase: its late dates bound its subtasks'.

No file in shared/data has a summary with a 'start no later than', 'finish no
later than' or 'must start on' constraint (the only dated summary is
GetCrossProjectTaskLinks' 'Task1', start no earlier than): no MS Project oracle.
The rules are argued from CPM and MS Project's documented behaviour:

- MS Project offers a summary only As Soon As Possible, Start No Earlier Than and
  Finish No Later Than (scheduling from the start); files may still carry the
  others. A summary's start is its earliest subtask's start, its finish its
  latest subtask's finish.
- Start no earlier than (and must start on) push every subtask in the forward pass,
  as a link into the summary does.
- Finish no later than (and must finish on) bound every subtask's late finish; start
  no later than (and must start on) bound the phase's start, as a start-to-start
  link out of the summary does: the late start of the subtasks that start the
  phase. A subtask starting later in the phase does not move the phase's start,
  so it is not bound (else a met constraint would give it negative slack).
- The forward pass does not pull subtasks earlier than their links allow for a
  summary's constraint: a missed one shows as negative slack, down the chain
  that drives the phase, and as an issue naming the summary.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import IncrementalScheduler, schedule
from app.domain.task import ConstraintType, Task
from app.domain.worktime import WorkTime

_DAY = 480
_MON = datetime(2026, 3, 2, 8, 0)


def _at(day: int, hour: int = 8) -> datetime:
    return datetime(2026, 3, day, hour, 0)


def _phase(kind: ConstraintType, when: datetime, prep_days: int) -> Plan:
    """Prep -> Phase [A -> B]; Other (10d) sets the project finish (Fri 03-13)."""
    plan = Plan(project=Project(name="Phase", start=_MON))
    plan.append_task(Task(1, "Prep", 1, duration_minutes=prep_days * _DAY))
    plan.append_task(Task(2, "Phase", 1, constraint_type=kind, constraint_date=when))
    plan.append_task(Task(3, "A", 2, duration_minutes=2 * _DAY))
    plan.append_task(Task(4, "B", 2, duration_minutes=3 * _DAY))
    plan.append_task(Task(5, "Other", 1, duration_minutes=10 * _DAY))
    plan.add_link(Link(1, 2))
    plan.add_link(Link(3, 4))
    return plan


def test_a_missed_start_no_later_than_gives_the_chain_before_the_phase_negative_slack():
    times = schedule(_phase(ConstraintType.SNLT, _at(4), prep_days=5))
    # The links win: the phase starts after Prep (Mon 03-09), three days past Wed 03-04.
    assert times[3].start == _at(9)
    assert times[3].late_start == _at(4)
    assert times[3].total_slack_minutes == -3 * _DAY
    assert times[2].late_start == _at(4)
    assert times[2].total_slack_minutes == -3 * _DAY
    assert times[1].late_finish == _at(3, 17)
    assert times[1].total_slack_minutes == -3 * _DAY
    assert times[1].critical
    assert times[3].critical
    # B starts later in the phase: the phase's start does not hang on it.
    assert times[4].total_slack_minutes == 0
    assert times[5].total_slack_minutes == 0
    messages = [i.message for i in times.issues if i.task_uid == 2]
    assert messages == [
        "'Phase' is a summary that starts after its 'start no later than' date: "
        "its subtasks have negative slack"
    ]


def test_a_met_start_no_later_than_takes_the_slack_it_leaves():
    times = schedule(_phase(ConstraintType.SNLT, _at(4), prep_days=1))
    # The phase starts Tue 03-03 and may start a day later: one day of slack, not four.
    assert times[3].start == _at(3)
    assert times[3].total_slack_minutes == _DAY
    assert times[1].total_slack_minutes == _DAY
    assert times[4].total_slack_minutes == 4 * _DAY
    assert not [i for i in times.issues if i.task_uid == 2]
    free = schedule(_phase(ConstraintType.ASAP, _at(4), prep_days=1))
    assert free[3].total_slack_minutes == 4 * _DAY  # what the constraint took


def test_a_finish_no_later_than_bounds_every_subtask_finish():
    times = schedule(_phase(ConstraintType.FNLT, _at(10, 17), prep_days=2))
    # Phase: A Wed-Thu, B Fri-Tue 03-10: met exactly, B on the edge, A too through B.
    assert times[4].finish == _at(10, 17)
    assert times[4].total_slack_minutes == 0
    assert times[3].total_slack_minutes == 0
    late = schedule(_phase(ConstraintType.FNLT, _at(9, 17), prep_days=2))
    assert late[4].total_slack_minutes == -_DAY
    assert late[1].total_slack_minutes == -_DAY
    assert any("'finish no later than'" in i.message for i in late.issues)


def test_a_start_no_earlier_than_pushes_every_subtask():
    plan = _phase(ConstraintType.SNET, _at(5), prep_days=1)
    tasks = list(plan.tasks)
    tasks.insert(4, Task(6, "C", 2, duration_minutes=_DAY))  # unlinked, in the phase
    plan = Plan(project=plan.project, tasks=tasks, links=list(plan.links))
    assert plan.parent_uids()[6] == 2
    times = schedule(plan)
    assert times[3].start == _at(5)
    assert times[6].start == _at(5)
    assert times[4].start == _at(9)
    assert times[2].start == _at(5)


def test_must_start_on_pushes_the_phase_and_limits_its_start():
    times = schedule(_phase(ConstraintType.MSO, _at(5), prep_days=1))
    assert times[3].start == _at(5)
    assert times[3].late_start == _at(5)
    assert times[3].total_slack_minutes == 0
    missed = schedule(_phase(ConstraintType.MSO, _at(5), prep_days=5))
    assert missed[3].start == _at(9)
    assert missed[3].total_slack_minutes == -2 * _DAY
    assert any("'must start on'" in i.message for i in missed.issues)


def test_the_limit_passes_to_the_subphase_that_starts_the_phase():
    plan = Plan(project=Project(name="Nested", start=_MON))
    plan.append_task(Task(1, "Build", 1, constraint_type=ConstraintType.SNLT, constraint_date=_MON))
    plan.append_task(Task(2, "Design", 2))
    plan.append_task(Task(3, "Sketch", 3, duration_minutes=_DAY))
    plan.append_task(Task(4, "Code", 2))
    plan.append_task(Task(5, "Module", 3, duration_minutes=_DAY))
    plan.append_task(Task(6, "Other", 1, duration_minutes=5 * _DAY))
    plan.add_link(Link(3, 5))
    times = schedule(plan)
    assert times[3].late_start == _MON
    assert times[3].total_slack_minutes == 0
    assert times[2].total_slack_minutes == 0
    assert times[5].total_slack_minutes == 3 * _DAY  # Code starts after the phase does


# ---------------------------------------------------------------- incremental


def _same(inc, full):
    assert (inc.start, inc.finish) == (full.start, full.finish)
    assert inc.times == full.times
    assert sorted((i.task_uid, i.message) for i in inc.issues) == sorted(
        (i.task_uid, i.message) for i in full.issues
    )


@pytest.mark.parametrize("seed", range(10))
def test_edits_of_a_constrained_phase_give_what_a_full_run_gives(seed):
    rng = random.Random(seed)
    plan = _phase(ConstraintType.SNLT, _at(4), prep_days=1)
    inc = IncrementalScheduler(plan)
    plan.changes.subscribe(inc.apply)
    kinds = (ConstraintType.SNLT, ConstraintType.FNLT, ConstraintType.MSO, ConstraintType.SNET)
    for _ in range(12):
        uid = rng.choice((1, 2, 3, 4, 5))
        t = plan.task(uid)
        if uid == 2:
            when = _MON + timedelta(days=rng.randint(0, 14), hours=rng.choice((0, 9)))
            t = replace(t, constraint_type=rng.choice(kinds), constraint_date=when)
        else:
            t = replace(t, duration_minutes=rng.choice((0, 240, 480, 2400, 4800)))
        plan.update_task(t)
        _same(inc.schedule, schedule(plan))
    assert inc.full_runs == 1  # every edit went through the incremental path


# ---------------------------------------------------------------- properties


@st.composite
def constrained_phases(draw):
    """Random outlined plans with links of every type, a summary constrained."""
    n = draw(st.integers(min_value=3, max_value=18))
    plan = Plan(project=Project(start=datetime(2026, 1, 5, 8)))
    level = 1
    for uid in range(1, n + 1):
        level = draw(st.integers(1, min(level + 1, 3))) if uid > 1 else 1
        minutes = draw(st.sampled_from([0, 60, 480, 960, 2400]))
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
        if a not in ancestors(b) and b not in ancestors(a):
            plan.links.append(Link(a, b, draw(st.sampled_from(list(LinkType)))))
    summaries = [t.uid for t in plan.tasks if plan.is_summary(t.uid)]
    if summaries:
        uid = draw(st.sampled_from(summaries))
        kind = draw(st.sampled_from([ConstraintType.SNLT, ConstraintType.FNLT]))
        when = datetime(2026, 1, 5, 8) + timedelta(days=draw(st.integers(0, 20)))
        plan.update_task(replace(plan.task(uid), constraint_type=kind, constraint_date=when))
    return plan


def _starts_phase(times, plan, uid, summary_uid):
    return times[uid].start == times[summary_uid].start


@settings(max_examples=150, deadline=None)
@given(constrained_phases())
def test_the_phase_constraint_bounds_the_subtasks_it_should(plan):
    """In working time: a date on a weekend is the next working minute."""
    times = schedule(plan)
    wt = WorkTime.for_calendar(plan.calendar(), plan.calendars)

    def by(moment, date):
        return wt.between(moment, date) >= 0

    for t in plan.tasks:
        if t.constraint_date is None:
            continue
        leaves = [d for d in plan.descendants(t.uid) if not plan.is_summary(d.uid)]
        if t.constraint_type is ConstraintType.FNLT:
            assert all(by(times[d.uid].late_finish, t.constraint_date) for d in leaves)
            assert by(times[t.uid].late_finish, t.constraint_date)
        else:
            first = [d for d in leaves if _starts_phase(times, plan, d.uid, t.uid)]
            assert first
            assert all(by(times[d.uid].late_start, t.constraint_date) for d in first)
            assert by(times[t.uid].late_start, t.constraint_date)
        missed = not (
            by(times[t.uid].finish, t.constraint_date)
            if t.constraint_type is ConstraintType.FNLT
            else by(times[t.uid].start, t.constraint_date)
        )
        said = [i for i in times.issues if i.task_uid == t.uid and "is a summary that" in i.message]
        assert missed == bool(said)
        if missed:
            assert times[t.uid].total_slack_minutes < 0


@settings(max_examples=80, deadline=None)
@given(constrained_phases(), st.randoms(use_true_random=False))
def test_an_edit_of_a_constrained_plan_gives_what_a_full_run_gives(plan, rng):
    inc = IncrementalScheduler(plan)
    plan.changes.subscribe(inc.apply)
    for _ in range(4):
        t = plan.task(rng.choice(plan.tasks).uid)
        if plan.is_summary(t.uid):
            when = datetime(2026, 1, 5, 8) + timedelta(days=rng.randint(0, 20))
            t = replace(t, constraint_type=ConstraintType.SNLT, constraint_date=when)
        else:
            t = replace(t, duration_minutes=rng.choice((0, 120, 480, 1440, 4800)))
        plan.update_task(t)
        _same(inc.schedule, schedule(plan))
