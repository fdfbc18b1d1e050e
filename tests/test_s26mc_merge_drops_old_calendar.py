"""Updating a person from another plan (paste, Import People from Plan, ``gantry team
import``) whose own calendar there differs from the one here: the calendar they leave (their
old days off) is removed with the merge, not left in the plan unused, unless someone else
still works on it; one undo puts it back."""

from __future__ import annotations

from datetime import date, datetime

from app.domain.calendar import Calendar, CalendarException
from app.domain.people_transfer import apply_merge, merge_people, snapshot_people, undo_merge
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource
from app.domain.task import Task


def _plan(name: str) -> Plan:
    plan = Plan(project=Project(name=name, start=datetime(2027, 3, 1, 8, 0)))
    plan.put_calendar(Calendar(2, "Night shift", base_uid=None))
    return plan


def _target() -> Plan:
    """Priya here has days off of her own (calendar 5, based on the project's)."""
    plan = _plan("Client B")
    off = CalendarException("Old leave", date(2027, 3, 8), date(2027, 3, 9))
    plan.put_calendar(Calendar(5, "Priya Nair", base_uid=1, exceptions=(off,)))
    plan.add_resource(Resource(1, "Priya Nair", standard_rate=70.0, calendar_uid=5))
    return plan


def test_s26mc_an_updated_person_on_a_shared_calendar_leaves_no_unused_own_calendar():
    source = _plan("Client A")
    source.add_resource(Resource(1, "Priya Nair", standard_rate=95.0, calendar_uid=2))
    target = _target()
    before = (list(target.resources), dict(target.calendars))
    merge = merge_people(target, snapshot_people(source), update=True)
    assert merge.dropped == (5,)
    undo = apply_merge(target, merge)
    priya = target.resource(1)
    assert target.calendars[priya.calendar_uid].name == "Night shift"
    assert 5 not in target.calendars
    assert all(c.name != "Priya Nair" for c in target.calendars.values())
    undo_merge(target, undo)
    assert (list(target.resources), dict(target.calendars)) == before


def test_s26mc_an_updated_person_with_days_off_keeps_the_same_own_calendar():
    source = _plan("Client A")
    off = CalendarException("Dentist", date(2027, 3, 5), date(2027, 3, 5))
    source.put_calendar(Calendar(3, "Priya Nair", base_uid=2, exceptions=(off,)))
    source.add_resource(Resource(1, "Priya Nair", standard_rate=95.0, calendar_uid=3))
    target = _target()
    merge = merge_people(target, snapshot_people(source), update=True)
    assert merge.dropped == ()
    apply_merge(target, merge)
    own = target.calendars[target.resource(1).calendar_uid]
    assert own.uid == 5
    assert [e.name for e in own.exceptions] == ["Dentist"]


def test_s26mc_a_calendar_a_task_also_works_on_is_kept():
    source = _plan("Client A")
    source.add_resource(Resource(1, "Priya Nair", standard_rate=95.0, calendar_uid=2))
    target = _target()
    target.append_task(Task(1, "Night build", 1, duration_minutes=480, calendar_uid=5))
    merge = merge_people(target, snapshot_people(source), update=True)
    assert merge.dropped == ()  # not Priya's alone: the task works on it
    apply_merge(target, merge)
    assert 5 in target.calendars


def test_s26mc_not_updating_leaves_the_calendar_alone():
    source = _plan("Client A")
    source.add_resource(Resource(1, "Priya Nair", standard_rate=95.0, calendar_uid=2))
    target = _target()
    merge = merge_people(target, snapshot_people(source), update=False)
    assert merge.dropped == ()
    apply_merge(target, merge)
    assert target.resource(1).calendar_uid == 5
