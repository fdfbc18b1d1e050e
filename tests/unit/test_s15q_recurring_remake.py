"""Changing a recurring task's pattern keeps the occurrences it still makes, as MS Project:
their UID, a name the user gave, notes, links and people; only added dates get new
occurrences and only dates no longer made lose theirs. Every occurrence was made again
with new IDs, so renamed meetings, notes and links were lost."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

import pytest

from app.domain.calendar import Recurrence, RecurrenceKind
from app.domain.errors import InputError
from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.recurrence_remake import apply_remake, plan_remake, undo_remake
from app.domain.recurrence_tasks import TaskRecurrence, occurrence_tasks
from app.domain.resource import Assignment, Resource
from app.domain.task import Task
from app.domain.worktime import WorkTime

MONDAY = date(2026, 3, 2)
EIGHT = time(8)


def _rec(*weekdays: int, count: int = 6, start: date = MONDAY, minutes: int = 60):
    pattern = Recurrence(RecurrenceKind.WEEKLY, 1, weekdays or (0,), occurrences=count)
    return TaskRecurrence(pattern, start, duration_minutes=minutes)


def _clock(plan: Plan) -> WorkTime:
    return WorkTime.for_calendar(plan.calendar(), plan.calendars)


@pytest.fixture
def plan() -> Plan:
    plan = Plan(project=Project(name="Team", start=datetime(2026, 3, 2, 8)))
    rec = _rec()
    plan.insert_tasks(
        0, [Task(1, "Sync", 1), *occurrence_tasks(rec, "Sync", 2, 2, EIGHT, _clock(plan))]
    )
    plan.set_recurrence(1, rec)
    plan.append_task(Task(20, "Go-live", 1, milestone=True))
    plan.update_task(replace(plan.task(3), name="Kickoff"))  # the second meeting, renamed
    plan.update_task(replace(plan.task(4), notes="bring the budget"))
    plan.add_link(Link(4, 20, LinkType.FS))
    plan.add_resource(Resource(1, "Ana"))
    plan.add_resource(Resource(2, "Ben"))
    for uid in range(2, 8):
        plan.add_assignment(Assignment(uid, uid, 1, 1.0, 60))
    plan.add_assignment(Assignment(50, 5, 2, 0.5, 30))  # Ben at the fourth meeting only
    return plan


def _remade(plan: Plan, rec: TaskRecurrence, name: str = "Sync"):
    remake = plan_remake(plan, 1, name, rec, EIGHT, _clock(plan))
    undo = apply_remake(plan, remake, rec)
    return remake, undo


def _snapshot(plan: Plan):
    return (list(plan.tasks), list(plan.links), list(plan.assignments), dict(plan.recurrences))


def test_a_longer_series_keeps_every_meeting_it_had(plan):
    before = _snapshot(plan)
    remake, undo = _remade(plan, _rec(count=8, minutes=120))
    kids = plan.children(1)
    assert [t.uid for t in kids[:6]] == [2, 3, 4, 5, 6, 7]
    assert [t.name for t in kids] == [
        "Sync 1",
        "Kickoff",
        "Sync 3",
        "Sync 4",
        "Sync 5",
        "Sync 6",
        "Sync 7",
        "Sync 8",
    ]
    assert plan.task(4).notes == "bring the budget"
    assert [lk.predecessor for lk in plan.links_into(20)] == [4]
    assert all(t.duration_minutes == 120 for t in kids)
    # the people stay, their work following the longer meetings
    assert {(a.task_uid, a.resource_uid, a.work_minutes) for a in plan.assignments_of_task(5)} == {
        (5, 1, 120),
        (5, 2, 60),
    }
    new = [t.uid for t in kids[6:]]
    assert set(new) == set(remake.added)
    assert not set(new) & {2, 3, 4, 5, 6, 7, 20}
    assert [a.resource_uid for a in plan.assignments_of_task(new[0])] == [1]  # Ana, on all
    undo_remake(plan, remake, undo)
    assert _snapshot(plan) == before


def test_a_shorter_series_drops_only_the_meetings_no_longer_held(plan):
    before = _snapshot(plan)
    remake, undo = _remade(plan, _rec(count=2))
    assert [t.uid for t in plan.children(1)] == [2, 3]
    assert remake.removed == (4, 5, 6, 7)
    assert plan.links_into(20) == []  # its meeting is gone
    undo_remake(plan, remake, undo)
    assert _snapshot(plan) == before


def test_a_second_weekday_slots_its_meetings_between_the_mondays(plan):
    _remade(plan, _rec(0, 2, count=6))
    kids = plan.children(1)
    days = [t.constraint_date.date() for t in kids if t.constraint_date]
    assert days == sorted(days)
    assert [t.uid for t in kids if t.constraint_date.weekday() == 0] == [2, 3, 4]
    assert [t.name for t in kids] == [
        "Sync 1",
        "Sync 2",
        "Kickoff",
        "Sync 4",
        "Sync 5",
        "Sync 6",
    ]


def test_a_later_start_renumbers_the_names_gantry_gave(plan):
    _remade(plan, _rec(count=4, start=date(2026, 3, 9)))
    kids = plan.children(1)
    assert [t.uid for t in kids] == [3, 4, 5, 6]
    assert [t.name for t in kids] == ["Kickoff", "Sync 2", "Sync 3", "Sync 4"]


def test_a_renamed_series_renames_the_meetings_not_renamed(plan):
    _remade(plan, _rec(count=6), name="Standup")
    assert [t.name for t in plan.children(1)][:3] == ["Standup 1", "Kickoff", "Standup 3"]


def test_a_pattern_that_makes_nothing_changes_nothing(plan):
    before = _snapshot(plan)
    rec = replace(_rec(), end=date(2026, 3, 1))  # ends before it starts
    with pytest.raises(InputError):
        plan_remake(plan, 1, "Sync", rec, EIGHT, _clock(plan))
    assert _snapshot(plan) == before
