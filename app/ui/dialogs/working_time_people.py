"""People in Change Working Time: as in MS Project, the "For calendar" list holds each
person's own calendar after the base calendars (a 4-day week or part-time hours for one
person, their days off).

A person without a calendar of their own is offered one based on the calendar they work on
(:func:`app.domain.vacations.people_calendars`, as their days off get); it is put into the
plan, and they onto it, only when it was changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtWidgets import QWidget

from app.domain.calendar import Calendar
from app.domain.plan import Plan
from app.domain.vacations import CalendarEdit, give_calendar, undo_calendar_edit
from app.ui.commands import PlanCommand, quoted
from app.ui.document import Document
from app.ui.project_commands import PutCalendarCommand


def base_text(calendars: Mapping[int, Calendar], calendar: Calendar, project_uid: int) -> str:
    """What MS Project shows under "For calendar": the calendar it is based on, or that it is
    a base calendar itself."""
    if calendar.base_uid is None:
        project = " (the project's)" if calendar.uid == project_uid else ""
        return f"{quoted(calendar.name)} is a base calendar{project}."
    base = calendars.get(calendar.base_uid)
    return f"Base calendar: {base.name if base is not None else '?'}"


def people_names(
    plan: Plan, people: Mapping[int, int], typed: Mapping[int, str] | None = None
) -> dict[int, str]:
    """How Change Working Time lists each person's calendar, by calendar uid (``people``:
    calendar uid -> the person): by the person's name, as MS Project does; opened from a
    person's Details, by the name typed there (``typed``, by person), renamed or not yet
    saved (an empty one: their name in the plan)."""
    typed = typed or {}
    return {uid: typed.get(res) or plan.resource(res).name for uid, res in people.items()}


def selected_person(window: QWidget) -> int | None:
    """The person selected in the Team view while it is the view showing, else None: Project >
    Change Working Time opens on them, as MS Project opens it on the resource selected in a
    resource view (and on the project calendar elsewhere)."""
    if getattr(window, "current_view", "gantt") != "team":
        return None
    team = getattr(window, "views", {}).get("team")
    selected = getattr(team, "selected_uid", None)
    return None if selected is None else selected()


class PersonCalendarCommand(PlanCommand):
    """A person's own calendar as changed in Change Working Time; a new one is put into the
    plan and the person moved onto it (undo takes both back)."""

    def __init__(self, document: Document, resource_uid: int, calendar: Calendar) -> None:
        who = document.plan.resource(resource_uid).name
        super().__init__(document, f"Change working time of {quoted(who)}")
        self._resource_uid = resource_uid
        self._calendar = calendar
        self._edit: CalendarEdit | None = None

    def _redo(self) -> None:
        self._edit = give_calendar(self.document.plan, self._resource_uid, self._calendar)

    def _undo(self) -> None:
        if self._edit is not None:
            undo_calendar_edit(self.document.plan, self._edit)


def calendar_commands(
    document: Document, people: Mapping[int, int], changed: Iterable[Calendar]
) -> list[PlanCommand]:
    """The steps putting ``changed`` calendars into the plan: base and task calendars first,
    then people's own (``people``: calendar uid -> person), as a new one may be based on a
    calendar new in the same step."""
    changed = list(changed)
    parts: list[PlanCommand] = [
        PutCalendarCommand(document, cal, f"Change calendar {quoted(cal.name)}")
        for cal in changed
        if cal.uid not in people
    ]
    parts += [
        PersonCalendarCommand(document, people[cal.uid], cal)
        for cal in changed
        if cal.uid in people
    ]
    return parts
