"""An edit that cannot move a date does not reschedule (issue #3 item 7).

Renaming thousands of tasks (Replace All), a note, a custom field or a hyperlink
changes no field the scheduler reads: the incremental scheduler takes the new
tasks without a pass and only words the renamed tasks' issues again (their
messages name the task). Property test: random batches of such edits mixed
with edits that move dates give exactly what a fresh schedule gives, issues and
their messages included. Another test watches every Task field a full run and
an incremental one read, so the list of text-only fields is found, not guessed.
"""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.calendar import STANDARD_DAY, Calendar, standard_calendar
from app.domain.events import Change, ChangeKind, Entity
from app.domain.hyperlinks import Hyperlink
from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import IncrementalScheduler, schedule
from app.domain.scheduling.incremental import TEXT_ONLY_FIELDS
from app.domain.splits import Split
from app.domain.task import ConstraintType, CostAccrual, DurationUnit, Task, TaskType

_START = datetime(2026, 1, 5, 8)  # a Monday
_DAY = 480


def _same(inc, full):
    assert inc.start == full.start
    assert inc.finish == full.finish
    assert inc.times == full.times
    assert sorted((i.task_uid, i.kind.name, i.message) for i in inc.issues) == sorted(
        (i.task_uid, i.kind.name, i.message) for i in full.issues
    )


def _ancestors(parents, uid):
    out = set()
    while parents[uid] is not None:
        uid = parents[uid]
        out.add(uid)
    return out


@st.composite
def _plans(draw):
    """Outlined plans with links, constraints that links may break, deadlines that may be
    missed, a dated summary, now and then an as-late-as-possible task."""
    n = draw(st.integers(min_value=2, max_value=20))
    plan = Plan(project=Project(start=_START))
    level = 1
    for uid in range(1, n + 1):
        level = draw(st.integers(1, min(level + 1, 3))) if uid > 1 else 1
        kind = draw(st.sampled_from([ConstraintType.ASAP] * 5 + list(ConstraintType)))
        when = _START + timedelta(days=draw(st.integers(0, 20))) if kind.value > 1 else None
        late = draw(st.sampled_from([None, None, 2, 6, 15]))
        plan.append_task(
            Task(
                uid,
                f"T{uid}",
                level,
                duration_minutes=draw(st.sampled_from([0, 240, 480, 960, 2400])),
                constraint_type=kind,
                constraint_date=when,
                deadline=None if late is None else _START + timedelta(days=late),
            )
        )
    parents = plan.parent_uids()
    pairs = draw(
        st.lists(
            st.tuples(st.integers(1, n), st.integers(1, n)).filter(lambda p: p[0] < p[1]),
            max_size=2 * n,
            unique=True,
        )
    )
    for a, b in pairs:
        if a in _ancestors(parents, b) or b in _ancestors(parents, a):
            continue
        kind = draw(st.sampled_from(list(LinkType)))
        lag = draw(st.sampled_from([0, 0, 240, 960]))
        plan.links.append(Link(a, b, kind, lag_minutes=lag))
    return plan


# Edits of fields no pass reads, each a function of (task, k) giving the new task.
_TEXT_EDITS = [
    lambda t, k: replace(t, name=f"Renamed {k} {t.name}"),
    lambda t, k: replace(t, notes=f"note {k}"),
    lambda t, k: replace(t, custom=(("Text1", f"owner {k}"), ("Flag1", True))),
    lambda t, k: replace(t, hyperlink=Hyperlink(f"spec {k}", "https://example.com/spec")),
    lambda t, k: replace(t, priority=100 + k, estimated=not t.estimated),
    lambda t, k: replace(t, fixed_cost=10.0 * k, fixed_cost_accrual=CostAccrual.END),
    lambda t, k: replace(t, duration_unit=DurationUnit.WEEKS, effort_driven=not t.effort_driven),
    lambda t, k: replace(t, name=f"Both {k}", notes="and a note"),
]


def _date_edit(t: Task, k: int, summary: bool) -> Task:
    """An edit that may move dates (a summary's duration is rolled up: not typed)."""
    when = _START + timedelta(days=k % 17)
    choices = [
        replace(t, constraint_type=ConstraintType.SNLT, constraint_date=when),
        replace(t, constraint_type=ConstraintType.FNLT, constraint_date=when, name=f"Moved {k}"),
        replace(t, deadline=_START + timedelta(days=k % 9)),
        replace(t, constraint_type=ConstraintType.ASAP, constraint_date=None, deadline=None),
    ]
    if not summary:
        choices.append(replace(t, duration_minutes=(k % 6) * 240))
        choices.append(replace(t, constraint_type=ConstraintType.MSO, constraint_date=when))
    return choices[k % len(choices)]


_batches = st.lists(
    st.lists(st.tuples(st.integers(0, 10_000), st.booleans(), st.integers(0, 50)), max_size=6),
    min_size=1,
    max_size=5,
)


def _edited(plan: Plan, batch) -> tuple[list[Task], bool]:
    """The tasks a batch of (row, dated, k) picks edited, and whether all edits were text."""
    out: dict[int, Task] = {}
    text_only = True
    for row, dated, k in batch:
        uid = plan.tasks[row % len(plan.tasks)].uid
        task = out.get(uid, plan.task(uid))
        if dated:
            out[uid] = _date_edit(task, k, plan.is_summary(uid))
            text_only = False
        else:
            out[uid] = _TEXT_EDITS[k % len(_TEXT_EDITS)](task, k)
    return list(out.values()), text_only


@settings(max_examples=150, deadline=None)
@given(_plans(), _batches, st.booleans())
def test_s18tx_text_and_date_edits_give_a_fresh_schedule(plan, batches, one_by_one):
    """Batches announced as one change (Replace All) or task by task end where a fresh
    schedule is: times, slack, critical flags and issues, whose messages name the new names."""
    inc = IncrementalScheduler(plan)
    heard: list[Change] = []
    plan.changes.subscribe(heard.append)
    for batch in batches:
        tasks, text_only = _edited(plan, batch)
        before = inc.schedule
        seen = dict(before.times.items())
        runs = inc.full_runs
        heard.clear()
        if one_by_one:
            for task in tasks:
                plan.update_task(task)
            for change in heard:
                inc.apply(change)
        else:
            plan.update_tasks(tasks)
            inc.apply_all(list(heard))
        _same(inc.schedule, schedule(plan))
        if text_only and heard:
            # no pass ran: no full run, nothing moved, every task's times kept as they were
            assert inc.full_runs == runs
            assert inc.moved_uids == frozenset()
            after = inc.schedule.times
            assert all(after[uid] is times for uid, times in seen.items())


def _deadline_plan() -> Plan:
    plan = Plan(project=Project(start=_START))
    plan.append_task(Task(1, "Phase", 1, constraint_type=ConstraintType.FNLT))
    plan.append_task(Task(2, "Pour", 2, duration_minutes=3 * _DAY))
    plan.append_task(Task(3, "Cure", 2, duration_minutes=5 * _DAY, deadline=_START))
    plan.append_task(
        Task(4, "Late", 1, constraint_type=ConstraintType.SNLT, constraint_date=_START)
    )
    plan.tasks[0] = replace(plan.tasks[0], constraint_date=_START + timedelta(days=2))
    plan.add_link(Link(2, 3))
    plan.add_link(Link(3, 4))
    return plan


def test_s18tx_a_renamed_task_s_issues_name_it_anew_without_a_pass():
    plan = _deadline_plan()
    inc = IncrementalScheduler(plan)
    plan.changes.subscribe(inc.apply)
    words = sorted(i.message for i in inc.schedule.issues)
    assert any(w.startswith("'Cure' finishes after its deadline") for w in words)
    assert any(w.startswith("'Late' cannot start") for w in words)
    assert any(w.startswith("'Phase' is a summary that finishes after") for w in words)
    plan.update_tasks(
        [
            replace(plan.task(1), name="Foundations"),
            replace(plan.task(3), name="Cure slab"),
            replace(plan.task(4), name="Handover", notes="client signs"),
        ]
    )
    assert inc.full_runs == 1
    assert inc.moved_uids == frozenset()
    renamed = sorted(i.message for i in inc.schedule.issues)
    assert renamed == sorted(
        w.replace("'Cure'", "'Cure slab'")
        .replace("'Late'", "'Handover'")
        .replace("'Phase'", "'Foundations'")
        for w in words
    )
    _same(inc.schedule, schedule(plan))


def test_s18tx_a_text_edit_in_a_plan_with_late_tasks_needs_no_full_run():
    """As-late-as-possible tasks make every date edit a full run; a rename is none."""
    plan = _deadline_plan()
    plan.append_task(
        Task(5, "Paint", 1, duration_minutes=_DAY, constraint_type=ConstraintType.ALAP)
    )
    inc = IncrementalScheduler(plan)
    plan.changes.subscribe(inc.apply)
    plan.update_task(replace(plan.task(5), name="Paint walls"))
    assert inc.full_runs == 1
    plan.update_task(replace(plan.task(2), duration_minutes=_DAY))
    assert inc.full_runs == 2
    _same(inc.schedule, schedule(plan))


# ---------------------------------------------------------------- which fields are read


class _Watched(Task):
    """A task that notes each of its fields read (the frozen slots stay Task's)."""

    read: set[str] = set()  # noqa: RUF012 - one record for the test, cleared before each run

    def __getattribute__(self, name: str):
        _Watched.read.add(name)
        return super().__getattribute__(name)


_FIELDS = {f.name for f in fields(Task)}


def _every_case_plan() -> Plan:
    """A plan that takes the passes through each kind of task: people on two calendars,
    a task calendar, constraints, deadlines, progress, splits, manual, elapsed, inactive,
    ALAP, a leveling delay and a dated summary."""
    night = Calendar(2, "Weekends", week=((),) * 5 + (STANDARD_DAY, STANDARD_DAY))
    plan = Plan(project=Project(start=_START), calendars={1: standard_calendar(), 2: night})
    tasks = [
        Task(1, "Phase", 1, constraint_type=ConstraintType.FNLT, constraint_date=_START),
        Task(2, "Dig", 2, duration_minutes=2 * _DAY, calendar_uid=2),
        Task(3, "Pour", 2, duration_minutes=3 * _DAY, task_type=TaskType.FIXED_WORK),
        Task(4, "Cure", 2, duration_minutes=_DAY, elapsed=True, deadline=_START),
        Task(5, "Frame", 1, duration_minutes=4 * _DAY, splits=(Split(_DAY, _DAY),)),
        Task(6, "Wire", 1, percent_complete=50.0, actual_start=_START),
        Task(7, "Done", 1, percent_complete=100.0, actual_start=_START, actual_finish=_START),
        Task(8, "Fixed", 1, manual=True, start=_START, finish=_START + timedelta(days=2)),
        Task(9, "Off", 1, active=False),
        Task(10, "Paint", 1, constraint_type=ConstraintType.ALAP),
        Task(11, "Wait", 1, leveling_delay_minutes=_DAY, ignore_resource_calendar=True),
        Task(12, "Sign", 1, constraint_type=ConstraintType.SNLT, constraint_date=_START),
    ]
    plan.tasks = [_Watched(**{f: getattr(t, f) for f in _FIELDS}) for t in tasks]
    for a, b in [(2, 3), (3, 4), (4, 5), (5, 10), (6, 11), (11, 12), (8, 12)]:
        plan.links.append(Link(a, b))
    plan.resources += [Resource(1, "Ana"), Resource(2, "Bo", calendar_uid=2)]
    plan.assignments += [
        Assignment(1, 3, 1, 1.0, 3 * _DAY),
        Assignment(2, 3, 2, 1.0, 3 * _DAY),
        Assignment(3, 11, 2, 1.0, _DAY),
    ]
    return plan


@pytest.mark.parametrize("run", ["full", "incremental"])
def test_s18tx_the_scheduler_reads_no_text_only_field_but_the_name(run):
    """The text-only fields are what the network build, the passes and the results never
    read (the name only for issue messages); every other field some part reads."""
    plan = _every_case_plan()
    inc = IncrementalScheduler(plan) if run == "incremental" else None
    # date edits of every task (made before the watch): each goes through the edit path
    edits = [replace(t, deadline=_START + timedelta(days=1)) for t in plan.tasks]
    _Watched.read = set()
    if inc is None:
        schedule(plan)
    else:
        for row, task in enumerate(edits):
            plan.tasks[row] = task
            inc.apply(Change(Entity.TASK, ChangeKind.CHANGED, (task.uid,)))
    read = _Watched.read & _FIELDS
    assert read & TEXT_ONLY_FIELDS <= {"name"}
    if inc is None:
        assert read | TEXT_ONLY_FIELDS == _FIELDS  # the list leaves out nothing a run reads


def test_s18tx_a_conflict_on_a_task_whose_dates_stay_is_reported_after_an_edit():
    """A longer predecessor breaks a 'must start on' date: the pinned task does not move,
    yet the pass finds the conflict there; the edit reports it as a fresh schedule does."""
    plan = Plan(project=Project(start=_START))
    plan.append_task(Task(1, "Survey", 1, duration_minutes=0))
    plan.append_task(
        Task(2, "Kick-off", 1, 0, constraint_type=ConstraintType.MSO, constraint_date=_START)
    )
    plan.append_task(Task(3, "Other", 1, duration_minutes=5 * _DAY))
    plan.add_link(Link(1, 2, LinkType.FF))
    inc = IncrementalScheduler(plan)
    plan.changes.subscribe(inc.apply)
    assert inc.schedule.issues == []
    plan.update_task(replace(plan.task(1), duration_minutes=2 * _DAY))
    assert inc.full_runs == 1
    assert [i.message for i in inc.schedule.issues] == [
        "'Kick-off' must start on its constraint date but its links push it later"
    ]
    _same(inc.schedule, schedule(plan))
