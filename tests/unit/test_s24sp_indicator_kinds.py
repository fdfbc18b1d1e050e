"""TaskIndicators.kinds: the marks a printed page draws, their sentences never written.

The Usage printout draws each row's Indicators as icons; building every tooltip it never
prints took 3 s of a 25k-task printout. kinds() must name the same marks in the same order
as of(), for every kind of mark, without working out a single sentence.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.domain.calendar import Calendar, Recurrence, RecurrenceKind
from app.domain.hyperlinks import Hyperlink
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.recurrence_tasks import TaskRecurrence
from app.domain.resource import Assignment, Resource
from app.domain.risk import Risk
from app.domain.scheduler import schedule
from app.domain.splits import Split
from app.domain.task import ConstraintType, Task
from app.report import indicators
from app.report.indicators import Indicator, TaskIndicators

MON = datetime(2026, 3, 2, 8)
DAY = 480
NIGHT = 7


def _every_mark() -> Plan:
    """One task or more for each kind of mark, several on one task."""
    pattern = Recurrence(RecurrenceKind.WEEKLY, weekdays=(0,), occurrences=3)
    tasks = [
        Task(1, "Weekly review", outline_level=1),
        Task(2, "Weekly review 1", outline_level=2, duration_minutes=60),
        Task(3, "By hand", manual=True, start=MON, finish=datetime(2026, 3, 3, 17)),
        Task(4, "Paused", duration_minutes=4 * DAY, splits=(Split(DAY, 2 * DAY),)),
        Task(5, "Leveled", duration_minutes=DAY, leveling_delay_minutes=2 * DAY),
        Task(
            6,
            "Everything",
            duration_minutes=5 * DAY,
            deadline=datetime(2026, 3, 3, 17),
            constraint_type=ConstraintType.SNET,
            constraint_date=MON,
            notes="see the contract",
            hyperlink=Hyperlink(text="Spec", address="https://example.com/spec"),
            calendar_uid=NIGHT,
            ignore_resource_calendar=True,
        ),
        Task(7, "Build", duration_minutes=5 * DAY),
        Task(
            8,
            "Ship",
            duration_minutes=DAY,
            constraint_type=ConstraintType.FNLT,
            constraint_date=datetime(2026, 3, 4, 17),
        ),
        Task(
            9,
            "Done",
            percent_complete=100,
            actual_start=MON,
            actual_finish=datetime(2026, 3, 3, 17),
        ),
    ]
    plan = Plan(project=Project(name="Kinds", start=MON))
    plan.tasks = tasks
    plan.links = [Link(7, 8)]
    plan.put_calendar(Calendar(uid=NIGHT, name="Night shift"))
    plan.recurrences[1] = TaskRecurrence(pattern, date(2026, 3, 2), duration_minutes=60)
    plan.resources = [Resource(1, "Ana"), Resource(2, "Ben")]
    plan.assignments = [Assignment(1, 6, 1, 1.0, 5 * DAY), Assignment(2, 7, 1, 1.0, 5 * DAY)]
    plan.risks = [Risk(1, "Vendor late", task_uids=(8,))]  # the risk mark (s29rk)
    return plan


def test_s24sp_kinds_name_the_marks_of_in_their_order():
    plan = _every_mark()
    sched = schedule(plan)
    shown = TaskIndicators(plan, sched)
    printed = TaskIndicators(plan, sched)
    seen: set[Indicator] = set()
    for task in plan.tasks:
        marks = shown.of(task.uid)
        assert printed.kinds(task.uid) == tuple(m.kind for m in marks)
        assert shown.kinds(task.uid) == tuple(m.kind for m in marks)  # from the marks kept
        seen.update(m.kind for m in marks)
    assert printed.kinds(99) == ()  # not a task of the plan
    # every kind but a link the scheduler had to ignore
    assert seen == set(Indicator) - {Indicator.ISSUE}
    assert shown.tooltip(6).splitlines()[-3:] == [
        "The calendar 'Night shift' is assigned to the task. "
        "Scheduling ignores the resource calendars.",
        "Hyperlink: Spec (https://example.com/spec)",
        "Notes: see the contract",
    ]


def test_s24sp_kinds_write_no_sentence(monkeypatch):
    plan = _every_mark()
    marks = TaskIndicators(plan, schedule(plan))

    def written(*_args: object) -> str:
        raise AssertionError("a sentence was written")

    for name in ("indicator_date", "note_tip", "hyperlink_tip", "calendar_tip", "describe"):
        monkeypatch.setattr(indicators, name, written)
    monkeypatch.setattr(indicators, "leveling_delay_text", written)
    monkeypatch.setattr(TaskIndicators, "_over_tip", written)
    found = {task.uid: marks.kinds(task.uid) for task in plan.tasks}
    assert Indicator.OVERALLOCATED in found[6]
    assert found[5] == (Indicator.LEVELED,)
    assert found[9] == (Indicator.COMPLETE,)
    with pytest.raises(AssertionError, match="a sentence was written"):
        marks.tooltip(6)  # the tooltip does write them
