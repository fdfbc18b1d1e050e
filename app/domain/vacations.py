"""Vacations: non-working exceptions in a person's own calendar.

A person without a calendar of their own gets one based on the project
calendar, so the vacation touches nobody else; the scheduler then moves the
person's tasks around it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

from app.domain.calendar import Calendar, CalendarException
from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.quoting import NAME_LIMIT, quoted
from app.domain.resource import Resource, ResourceType


@dataclass(frozen=True, slots=True)
class CalendarEdit:
    """What a vacation edit replaced: the resource and its calendar before (None = new)."""

    resource: Resource
    calendar_uid: int
    old_calendar: Calendar | None


def _derived_calendar(plan: Plan, resource: Resource) -> Calendar | None:
    """The person's calendar if it is derived from another and not the project's."""
    uid = resource.calendar_uid
    if uid is None or uid not in plan.calendars or uid == plan.project.calendar_uid:
        return None
    cal = plan.calendars[uid]
    return None if cal.base_uid is None else cal


def _own_calendar(plan: Plan, resource: Resource) -> Calendar | None:
    """The person's calendar if nobody else uses it and it is not the project's.

    A base calendar (a shift, say) is never one person's, even when only one
    person works on it: their days off go into a calendar of their own based on it.
    """
    cal = _derived_calendar(plan, resource)
    if cal is None:
        return None
    uid = cal.uid
    shared = any(r.uid != resource.uid and r.calendar_uid == uid for r in plan.resources)
    shared = shared or any(t.calendar_uid == uid for t in plan.tasks)
    shared = shared or any(c.base_uid == uid for c in plan.calendars.values())
    return None if shared else cal


def own_calendar(plan: Plan, resource: Resource) -> Calendar | None:
    """The calendar only this person uses (where their days off are), if any."""
    return _own_calendar(plan, resource)


def own_calendars(plan: Plan) -> dict[int, Calendar]:
    """Each person's own calendar (as :func:`own_calendar` finds it) by resource uid, in one
    pass over the plan (person by person, each looks through every task: 1 s for 500 people
    with days off on 20,000 tasks)."""
    uses = Counter(r.calendar_uid for r in plan.resources)
    uses.update(t.calendar_uid for t in plan.tasks)
    uses.update(c.base_uid for c in plan.calendars.values())
    return {
        r.uid: cal
        for r in plan.resources
        if (cal := _derived_calendar(plan, r)) is not None and uses[cal.uid] == 1
    }


def people_calendar_uids(plan: Plan) -> set[int]:
    """Calendars that belong to one person each (their days off): not for a project or task."""
    return {c.uid for c in own_calendars(plan).values()}


def person_calendar(plan: Plan, resource: Resource, uid: int | None = None) -> Calendar:
    """The calendar a person's own working time goes into: theirs when they have one, else a
    new one (uid ``uid``, by default the next free) named for them, based on the calendar
    they work on (the project's when none), taking every day "as in the base calendar".

    The new one is not in the plan yet: :func:`give_calendar` puts it there.
    """
    own = _own_calendar(plan, resource)
    return own if own is not None else _new_calendar(plan, resource, uid)


def _new_calendar(plan: Plan, resource: Resource, uid: int | None) -> Calendar:
    base = (
        resource.calendar_uid
        if resource.calendar_uid in plan.calendars
        else plan.project.calendar_uid
    )
    return Calendar(
        uid=plan.next_calendar_uid() if uid is None else uid,
        name=resource.name,
        base_uid=base,
        week=(None,) * 7,
    )


def people_calendars(plan: Plan, first_uid: int) -> dict[int, tuple[int, Calendar]]:
    """Each person's calendar to edit (:func:`person_calendar`), by calendar uid: (the
    person's uid, the calendar).

    People are the work resources in roster order (materials and cost items have no working
    time); those without a calendar of their own get a new one, numbered from ``first_uid``.
    """
    owns = own_calendars(plan)
    out: dict[int, tuple[int, Calendar]] = {}
    uid = first_uid
    for res in plan.resources:
        if res.type is not ResourceType.WORK:
            continue
        cal = owns.get(res.uid)
        if cal is None:
            cal = _new_calendar(plan, res, uid)
            uid += 1
        out[cal.uid] = (res.uid, cal)
    return out


def give_calendar(plan: Plan, resource_uid: int, calendar: Calendar) -> CalendarEdit:
    """Put ``calendar`` into the plan as the person's own (from :func:`person_calendar`,
    edited), moving them onto it when it is new, in one batch."""
    res = plan.resource(resource_uid)
    with plan.batch():
        old = plan.put_calendar(calendar)
        if res.calendar_uid != calendar.uid:
            plan.update_resource(replace(res, calendar_uid=calendar.uid))
    return CalendarEdit(res, calendar.uid, old)


@dataclass(frozen=True, slots=True)
class PersonUpdate:
    """What :func:`update_person` replaced: the person, and their own calendar before it took
    their new name (None: it was not renamed)."""

    resource: Resource
    calendar: Calendar | None


def update_person(plan: Plan, resource: Resource) -> PersonUpdate:
    """Replace a roster entry, in one batch. A new name renames the person's own calendar
    too: MS Project names a resource calendar after its resource, and messages name the
    calendar ("calendar 'Ana' (based on 'Standard') has no working time")."""
    with plan.batch():
        old = plan.update_resource(resource)
        own = _own_calendar(plan, resource) if old.name != resource.name else None
        renamed = None
        if own is not None and own.name != resource.name:
            renamed = plan.put_calendar(replace(own, name=resource.name))
    return PersonUpdate(old, renamed)


def undo_person_update(plan: Plan, update: PersonUpdate) -> None:
    """Put the person and their calendar's name back as they were."""
    with plan.batch():
        if update.calendar is not None:
            plan.put_calendar(update.calendar)
        plan.update_resource(update.resource)


def add_vacation(
    plan: Plan, resource_uid: int, start: date, end: date, name: str = "Vacation"
) -> CalendarEdit:
    """Mark ``start``..``end`` (inclusive) as days off for one person, in one batch."""
    if end < start:
        raise InputError("a vacation cannot end before it starts")
    cal = person_calendar(plan, plan.resource(resource_uid))
    exc = CalendarException(name, start, end, working=False)
    return give_calendar(plan, resource_uid, replace(cal, exceptions=(*cal.exceptions, exc)))


def remove_vacation(plan: Plan, resource_uid: int, index: int) -> CalendarEdit:
    """Drop the ``index``-th exception of a person's own calendar, in one batch."""
    res = plan.resource(resource_uid)
    own = _own_calendar(plan, res)
    if own is None or not 0 <= index < len(own.exceptions):
        raise InputError(f"{quoted(res.name, NAME_LIMIT)} has no such vacation")
    excs = own.exceptions[:index] + own.exceptions[index + 1 :]
    with plan.batch():
        plan.put_calendar(replace(own, exceptions=excs))
    return CalendarEdit(res, own.uid, own)


def vacations(plan: Plan, resource_uid: int) -> tuple[CalendarException, ...]:
    """Exceptions of a person's own calendar (the days off the roster lists)."""
    own = _own_calendar(plan, plan.resource(resource_uid))
    return own.exceptions if own is not None else ()


def undo_calendar_edit(plan: Plan, edit: CalendarEdit) -> None:
    """Put the person and their calendar back as they were."""
    with plan.batch():
        plan.update_resource(edit.resource)
        if edit.old_calendar is None:
            plan.remove_calendar(edit.calendar_uid)
        else:
            plan.put_calendar(edit.old_calendar)
