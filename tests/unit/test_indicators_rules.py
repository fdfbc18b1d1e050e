"""The Indicators column's rules (app/report/indicators.py) on hand-built plans and a real file."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.domain.calendar import Recurrence, RecurrenceKind
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.recurrence_tasks import TaskRecurrence
from app.domain.resource import Assignment, Resource
from app.domain.scheduler import schedule
from app.domain.splits import Split
from app.domain.task import ConstraintType, Task
from app.formats import read_plan
from app.report.indicators import Indicator, TaskIndicators

MON = datetime(2026, 3, 2, 8)
DAY = 480


def kinds(indicators: TaskIndicators, uid: int) -> list[Indicator]:
    return [m.kind for m in indicators.of(uid)]


def tip(indicators: TaskIndicators, uid: int, kind: Indicator) -> str:
    return next(m.tip for m in indicators.of(uid) if m.kind is kind)


def plan_of(tasks: list[Task], links=(), people=(), assignments=()) -> Plan:
    plan = Plan(project=Project(name="Indicators", start=MON))
    plan.tasks = list(tasks)
    plan.links = list(links)
    plan.resources = list(people)
    plan.assignments = list(assignments)
    return plan


def marks_of(plan: Plan) -> TaskIndicators:
    return TaskIndicators(plan, schedule(plan))


def test_a_plain_task_has_no_mark():
    ind = marks_of(plan_of([Task(1, "Plain", duration_minutes=2 * DAY)]))
    assert ind.of(1) == ()
    assert ind.tooltip(1) is None
    assert ind.of(99) == ()  # not a task of the plan


def test_a_note_shows_its_first_lines():
    notes = "\nCall the vendor\nAsk for the quote\nthird\nfourth\nfifth line\n"
    ind = marks_of(plan_of([Task(1, "Noted", notes=notes)]))
    assert kinds(ind, 1) == [Indicator.NOTE]
    text = tip(ind, 1, Indicator.NOTE)
    assert text.startswith("Notes: Call the vendor\nAsk for the quote")
    assert "fifth line" not in text
    assert text.endswith("…")


def test_a_dated_constraint_says_its_kind_and_day_and_asap_says_nothing():
    tasks = [
        Task(1, "Pinned", constraint_type=ConstraintType.SNET, constraint_date=MON.replace(day=9)),
        Task(2, "Soon", constraint_type=ConstraintType.ASAP),
        Task(3, "Late", constraint_type=ConstraintType.ALAP),
    ]
    ind = marks_of(plan_of(tasks))
    assert kinds(ind, 1) == [Indicator.CONSTRAINT]
    assert tip(ind, 1, Indicator.CONSTRAINT) == (
        "This task has a 'Start No Earlier Than' constraint on Mon 2026-03-09"
    )
    assert ind.of(2) == ()
    assert ind.of(3) == ()


def test_a_constraint_the_links_cannot_meet_is_broken():
    tasks = [
        Task(1, "Build", duration_minutes=5 * DAY),
        Task(
            2,
            "Ship",
            duration_minutes=DAY,
            constraint_type=ConstraintType.FNLT,
            constraint_date=datetime(2026, 3, 4, 17),
        ),
    ]
    plan = plan_of(tasks, links=[Link(1, 2)])
    sched = schedule(plan)
    # Constraints win over links (MS Project's default): the chain before it runs out of slack.
    assert sched[1].total_slack_minutes < 0
    ind = TaskIndicators(plan, sched)
    assert kinds(ind, 2) == [Indicator.CONSTRAINT_BROKEN]
    assert "'Finish No Later Than' constraint on Wed 2026-03-04" in tip(
        ind, 2, Indicator.CONSTRAINT_BROKEN
    )
    assert ind.of(1) == ()  # its predecessor has negative slack too, but no constraint


def test_a_missed_deadline_says_both_days_and_a_met_one_says_nothing():
    tasks = [
        Task(1, "Late", duration_minutes=5 * DAY, deadline=datetime(2026, 3, 4, 17)),
        Task(2, "In time", duration_minutes=DAY, deadline=datetime(2026, 3, 4, 17)),
    ]
    ind = marks_of(plan_of(tasks))
    assert kinds(ind, 1) == [Indicator.DEADLINE]
    assert tip(ind, 1, Indicator.DEADLINE) == (
        "This task finishes on Fri 2026-03-06 after its deadline on Wed 2026-03-04"
    )
    assert ind.of(2) == ()


def test_a_finished_task_says_when_and_a_summary_rolls_up():
    tasks = [
        Task(1, "Phase", outline_level=1),
        Task(
            2,
            "Done",
            outline_level=2,
            percent_complete=100,
            actual_start=MON,
            actual_finish=datetime(2026, 3, 3, 17),
        ),
        Task(3, "Half", outline_level=1, percent_complete=50),
    ]
    ind = marks_of(plan_of(tasks))
    assert tip(ind, 2, Indicator.COMPLETE) == "This task was completed on Tue 2026-03-03"
    assert kinds(ind, 1) == [Indicator.COMPLETE]  # its only subtask is done
    assert ind.of(3) == ()


def test_recurring_manual_split_and_leveled_tasks():
    pattern = Recurrence(RecurrenceKind.WEEKLY, weekdays=(0,), occurrences=3)
    tasks = [
        Task(1, "Weekly review", outline_level=1),
        Task(2, "Weekly review 1", outline_level=2, duration_minutes=60),
        Task(3, "By hand", manual=True, start=MON, finish=datetime(2026, 3, 3, 17)),
        Task(4, "Paused", duration_minutes=4 * DAY, splits=(Split(DAY, 2 * DAY),)),
        Task(5, "Leveled", duration_minutes=DAY, leveling_delay_minutes=2 * DAY),
    ]
    plan = plan_of(tasks)
    plan.recurrences[1] = TaskRecurrence(pattern, date(2026, 3, 2), duration_minutes=60)
    ind = marks_of(plan)
    assert kinds(ind, 1) == [Indicator.RECURRING]
    assert tip(ind, 1, Indicator.RECURRING) == (
        "This task occurs every week on Mon, 3 times from 2026-03-02"
    )
    assert kinds(ind, 3) == [Indicator.MANUAL]
    assert tip(ind, 4, Indicator.SPLIT) == "This task is split in 2 parts"
    assert tip(ind, 5, Indicator.LEVELED) == "This task is delayed 2ed by leveling"  # elapsed


def test_over_allocation_marks_only_the_tasks_of_the_overbooked_period():
    tasks = [
        Task(1, "A", duration_minutes=2 * DAY),
        Task(2, "B", duration_minutes=2 * DAY),
        Task(
            3,
            "Later",
            duration_minutes=DAY,
            constraint_type=ConstraintType.SNET,
            constraint_date=datetime(2026, 3, 16, 8),
        ),
        Task(4, "Someone else", duration_minutes=2 * DAY),
    ]
    people = [Resource(1, "Ana"), Resource(2, "Ben")]
    staffing = [
        Assignment(1, 1, 1, 1.0, 2 * DAY),
        Assignment(2, 2, 1, 1.0, 2 * DAY),
        Assignment(3, 3, 1, 1.0, DAY),
        Assignment(4, 4, 2, 1.0, 2 * DAY),
    ]
    ind = marks_of(plan_of(tasks, people=people, assignments=staffing))
    assert Indicator.OVERALLOCATED in kinds(ind, 1)
    assert Indicator.OVERALLOCATED in kinds(ind, 2)
    assert tip(ind, 1, Indicator.OVERALLOCATED) == "Ana on this task is over-allocated"
    assert Indicator.OVERALLOCATED not in kinds(ind, 3)  # Ana alone that week
    assert ind.of(4) == ()  # Ben is not over-allocated


def test_half_time_people_are_not_over_allocated():
    tasks = [Task(1, "A", duration_minutes=2 * DAY), Task(2, "B", duration_minutes=2 * DAY)]
    staffing = [Assignment(1, 1, 1, 0.5, DAY), Assignment(2, 2, 1, 0.5, DAY)]
    ind = marks_of(plan_of(tasks, people=[Resource(1, "Ana")], assignments=staffing))
    assert ind.of(1) == ()
    assert ind.of(2) == ()


def test_problems_come_first_and_the_note_last():
    tasks = [
        Task(
            1,
            "Everything",
            duration_minutes=5 * DAY,
            manual=False,
            deadline=datetime(2026, 3, 3, 17),
            constraint_type=ConstraintType.SNET,
            constraint_date=MON,
            notes="see the contract",
        )
    ]
    ind = marks_of(plan_of(tasks))
    assert kinds(ind, 1) == [Indicator.DEADLINE, Indicator.CONSTRAINT, Indicator.NOTE]
    lines = ind.tooltip(1).splitlines()
    assert lines[0].startswith("This task finishes on")
    assert lines[-1] == "Notes: see the contract"


def test_a_real_ms_project_file_with_notes_and_constraints(shared_data):
    plan = read_plan(shared_data / "mspdi" / "sample.xml")
    ind = marks_of(plan)
    by_name = {t.name: t.uid for t in plan.tasks}
    first = by_name["First Task"]
    assert kinds(ind, first) == [Indicator.NOTE]
    assert tip(ind, first, Indicator.NOTE) == "Notes: Test Task Notes"
    snet = [t for t in plan.tasks if t.constraint_type is ConstraintType.SNET]
    assert len(snet) == 4
    for task in snet:
        assert Indicator.CONSTRAINT in kinds(ind, task.uid)
        assert "'Start No Earlier Than' constraint on" in tip(ind, task.uid, Indicator.CONSTRAINT)
    plain = [t for t in plan.tasks if not t.notes and t.constraint_type is ConstraintType.ASAP]
    assert plain
    # MS Project's recurring task (its occurrences pinned at the pattern's Saturdays) is
    # recurring here too, so it carries the recurring mark
    recurring = by_name["Recurring Task"]
    assert kinds(ind, recurring) == [Indicator.RECURRING]
    assert all(ind.of(t.uid) == () for t in plain if not t.manual and t.uid != recurring)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("mspdisplittask.xml", Indicator.SPLIT),
        ("assignment-assignments-project2010-mspdi.xml", Indicator.MANUAL),
    ],
)
def test_real_files_with_split_and_manual_tasks(shared_data, name, kind):
    plan = read_plan(shared_data / "mspdi" / name)
    ind = marks_of(plan)
    marked = [t for t in plan.tasks if kind in kinds(ind, t.uid)]
    assert marked
    if kind is Indicator.MANUAL:
        assert {t.uid for t in marked} == {t.uid for t in plan.tasks if t.manual}
    else:
        assert {t.uid for t in marked} == {t.uid for t in plan.tasks if t.splits}


def test_a_person_working_in_a_split_tasks_pause_is_not_over_allocated():
    tue = datetime(2026, 3, 3, 8)
    tasks = [
        Task(1, "Paused", duration_minutes=3 * DAY, splits=(Split(DAY, 2 * DAY),)),
        Task(
            2,
            "In the pause",
            duration_minutes=2 * DAY,
            constraint_type=ConstraintType.SNET,
            constraint_date=tue,
        ),
        Task(
            3,
            "Thursday",
            duration_minutes=DAY,
            constraint_type=ConstraintType.SNET,
            constraint_date=datetime(2026, 3, 5, 8),
        ),
    ]
    staffing = [Assignment(1, 1, 1, 1.0, 3 * DAY), Assignment(2, 2, 1, 1.0, 2 * DAY)]
    plan = plan_of(tasks[:2], people=[Resource(1, "Ana")], assignments=staffing)
    ind = marks_of(plan)
    assert Indicator.OVERALLOCATED not in kinds(ind, 1)
    assert Indicator.OVERALLOCATED not in kinds(ind, 2)
    plan = plan_of(
        tasks, people=[Resource(1, "Ana")], assignments=[*staffing, Assignment(3, 3, 1, 1.0, DAY)]
    )
    ind = marks_of(plan)
    assert Indicator.OVERALLOCATED in kinds(ind, 1)  # Thursday is back at work on it
    assert Indicator.OVERALLOCATED in kinds(ind, 3)
    assert Indicator.OVERALLOCATED not in kinds(ind, 2)


def test_the_fast_sweep_agrees_with_the_domains_on_a_generated_plan():
    from app.domain.overallocation import overallocations
    from tests.bench.generate import make_plan

    plan = make_plan(600, 900, 2, n_resources=6)
    sched = schedule(plan)
    truth: set[int] = set()
    for period in overallocations(plan, sched):
        truth.update(period.task_uids)
    ind = TaskIndicators(plan, sched)
    marked = {t.uid for t in plan.tasks if Indicator.OVERALLOCATED in kinds(ind, t.uid)}
    assert truth
    assert marked == truth


def test_after_an_incremental_edit_one_row_reads_only_its_people_s_tasks(monkeypatch):
    """At 100k tasks reading every assigned task's spans after each edit took 0.1-2 s."""
    from dataclasses import replace as _replace

    from app.domain.events import Change, ChangeKind, Entity
    from app.domain.overallocation import overallocations
    from app.domain.scheduler import IncrementalScheduler
    from app.report import indicators
    from tests.bench.generate import make_plan

    plan = make_plan(600, 900, 2, n_resources=6)
    scheduler = IncrementalScheduler(plan)
    task = next(t for t in plan.tasks if not plan.is_summary(t.uid))
    plan.update_task(_replace(task, duration_minutes=task.duration_minutes + 480))
    sched = scheduler.apply(
        Change(Entity.TASK, ChangeKind.CHANGED, (task.uid,), plan.index_of(task.uid))
    )
    sched.times[task.uid] = sched.times[task.uid]  # a value assigned: no columns handed over
    truth: set[int] = set()
    for period in overallocations(plan, sched):
        truth.update(period.task_uids)
    assert truth
    uid = min(truth)
    read: list[int] = []
    real = indicators.task_spans

    def counting(schedule, uids):
        spans = real(schedule, list(uids))
        read.extend(spans.row)
        return spans

    monkeypatch.setattr(indicators, "task_spans", counting)
    ind = TaskIndicators(plan, sched)
    assert Indicator.OVERALLOCATED in kinds(ind, uid)
    assigned = {a.task_uid for a in plan.assignments}
    assert read
    assert len(set(read)) < len(assigned) / 2
