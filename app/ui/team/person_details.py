"""A person's Details… (MS Project's Resource Information) as one undo step: the roster
entry as edited, with the calendars changed through its Change Working Time… button.

Change Working Time opened from Details applies nothing itself (it keeps its changes for
Details, :class:`PersonDetails`); Details' OK puts them into the plan with the person's own
edits in one command, so two commands never write the same person or calendar, and Cancel
in Details drops them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from app.domain.calendar import Calendar
from app.domain.resource import Resource
from app.domain.vacations import own_calendar, people_calendars
from app.ui.commands import CompositeCommand, PlanCommand, quoted
from app.ui.dialogs.working_time_people import calendar_commands
from app.ui.document import Document
from app.ui.project_commands import PutCalendarCommand
from app.ui.team.commands import UpdateResourceCommand


@dataclass(frozen=True)
class PersonDetails:
    """Details' answer: the edited roster entry and the calendars its Change Working Time…
    changed or made (by uid; their own among them), none applied yet."""

    resource: Resource
    calendars: Mapping[int, Calendar] = field(default_factory=dict)


def calendar_owners(document: Document) -> dict[int, int]:
    """Each person's calendar as Change Working Time numbers them (a new one too): calendar
    uid -> the person."""
    plan = document.plan
    people = people_calendars(plan, plan.next_calendar_uid())
    return {uid: person for uid, (person, _) in people.items()}


def _nothing_own(calendar: Calendar, document: Document) -> bool:
    """A new calendar of a person's with no hours, days nor work weeks of its own: they work
    on its base."""
    new = calendar.uid not in document.plan.calendars
    own = calendar.exceptions or calendar.work_weeks
    return new and not own and all(day is None for day in calendar.week)


def details_command(
    document: Document, old: Resource, answer: Resource | PersonDetails
) -> PlanCommand | None:
    """Details' OK as one step (None: nothing changed).

    The calendar chosen in Details is the one the person works on: their own calendar (their
    days off, the working time set for them) is based on it rather than dropped; a new one
    made in Change Working Time is put into the plan first and the person moved onto it.
    """
    plan = document.plan
    details = answer if isinstance(answer, PersonDetails) else PersonDetails(answer)
    new = details.resource
    owners = calendar_owners(document)
    mine = next((uid for uid, person in owners.items() if person == old.uid), None)
    others = [cal for uid, cal in details.calendars.items() if uid != mine]
    parts = calendar_commands(document, owners, others)
    own = details.calendars.get(mine) if mine is not None else None
    if own is not None and _nothing_own(own, document):
        own = None
    own = own or own_calendar(plan, old)
    if own is not None:
        base = new.calendar_uid if new.calendar_uid is not None else plan.project.calendar_uid
        new = replace(new, calendar_uid=own.uid)
        own = replace(own, base_uid=base)
        if own != plan.calendars.get(own.uid):
            parts.append(PutCalendarCommand(document, own, f"Calendar of {quoted(old.name)}"))
    if new != old:  # the undo step names the person as they were ("Edit 'Nina'" read
        # as the new name after a rename)
        parts.append(UpdateResourceCommand(document, new, f"Edit {quoted(old.name)}"))
    if len(parts) > 1:
        return CompositeCommand(document, f"Edit {quoted(old.name)}", parts)
    return parts[0] if parts else None
