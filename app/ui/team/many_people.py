"""Changes to several people at once, as MS Project's Resource Information on a selection
and Change Working Time's base calendar do: Set Calendar (the calendar the people work on,
their own days off kept) and Multiple Resource Information (the fields that make sense for
many: blank leaves each person's value, a typed one goes to all). Each is one undo step.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QLocale

from app.domain.errors import InputError
from app.domain.plan import Plan
from app.domain.plural_words import counted
from app.domain.resource import Resource, ResourceType
from app.domain.task import CostAccrual
from app.domain.vacations import own_calendar
from app.ui.commands import CompositeCommand, PlanCommand, one_step, quoted
from app.ui.document import Document
from app.ui.project_commands import PutCalendarCommand
from app.ui.team.commands import UpdateResourceCommand
from app.ui.team.roster_model import HEADERS, RosterColumn, applies, edited, follows_periods

# The typed fields of Multiple Resource Information, in the dialog's order; Group is the
# roster's Role (MS Project's Group, as .xml files carry it).
TEXT_FIELDS = (
    RosterColumn.ROLE,
    RosterColumn.MAX_UNITS,
    RosterColumn.STANDARD_RATE,
    RosterColumn.OVERTIME_RATE,
    RosterColumn.COST_PER_USE,
)
FIELD_TITLES = {**HEADERS, RosterColumn.ROLE: "Group"}


def calendar_choices(plan: Plan) -> list[tuple[str, int | None]]:
    """The calendars people may work on (label, uid; None: the project's): none that is one
    person's own (their days off), as Resource Information offers them."""
    personal = {c.uid for r in plan.resources if (c := own_calendar(plan, r)) is not None}
    choices: list[tuple[str, int | None]] = [("Project calendar", None)]
    choices += [(c.name, c.uid) for c in plan.calendars.values() if c.uid not in personal]
    return choices


def works_on(plan: Plan, person: Resource) -> int | None:
    """The calendar ``person`` works on as :func:`calendar_choices` names it: their own
    calendar's base when they have one (None: the project's)."""
    own = own_calendar(plan, person)
    uid = own.base_uid if own is not None else person.calendar_uid
    return None if uid == plan.project.calendar_uid else uid


def _rebased(
    document: Document, old: Resource, new: Resource, base: int | None
) -> tuple[Resource, list[PlanCommand]]:
    """``new`` working on calendar ``base`` (None: the project's): a person with a calendar
    of their own keeps it, based on ``base``, so their days off stay."""
    plan = document.plan
    own = own_calendar(plan, old)
    if own is None:
        return replace(new, calendar_uid=base), []
    target = plan.project.calendar_uid if base is None else base
    if own.base_uid == target:
        return new, []
    moved = replace(own, base_uid=target)
    return new, [PutCalendarCommand(document, moved, f"Calendar of {quoted(old.name)}")]


def _people(plan: Plan, uids: Sequence[int]) -> list[Resource]:
    return [plan.resource(uid) for uid in uids]


def set_calendar_command(
    document: Document, uids: Sequence[int], base: int | None
) -> PlanCommand | None:
    """Set Calendar: the people ``uids`` work on calendar ``base`` (None: the project's),
    their own days off kept; materials and cost items, which have no working time, are left.
    None when nothing changes; InputError when none of them is a person."""
    plan = document.plan
    people = [r for r in _people(plan, uids) if r.type is ResourceType.WORK]
    if not people:
        raise InputError("Set Calendar: materials and cost items have no working time")
    parts: list[PlanCommand] = []
    for person in people:
        new, calendars = _rebased(document, person, person, base)
        parts += calendars
        if new != person:
            parts.append(UpdateResourceCommand(document, new, f"Edit {quoted(person.name)}"))
    if not parts:
        return None
    name = "the project calendar" if base is None else quoted(plan.calendars[base].name)
    who = counted(len(people), "person", "people")
    return CompositeCommand(document, f"Set calendar {name} for {who}", parts)


@dataclass(frozen=True)
class ManyFields:
    """Multiple Resource Information's answer: what to give everyone (None, or a field left
    out of ``texts``: leave each as it is)."""

    texts: Mapping[RosterColumn, str] = field(default_factory=dict)
    type: ResourceType | None = None
    accrue_at: CostAccrual | None = None
    calendar_set: bool = False
    calendar_uid: int | None = None  # when set: the base calendar (None: the project's)

    @property
    def empty(self) -> bool:
        """True when every field is left as it is."""
        typed = any(t.strip() for t in self.texts.values())
        return not (typed or self.type or self.accrue_at or self.calendar_set)


def _refused(title: str, error: InputError) -> InputError:
    """The error as the dialog says it: the field's name first."""
    text = str(error)
    if text.casefold().startswith(title.casefold()):
        return InputError(title + text[len(title) :])  # "Max units: '-5' is negative..."
    return InputError(f"{title}: {text}")


def _changed(plan: Plan, person: Resource, answer: ManyFields) -> Resource:
    """``person`` with the answer's typed fields; InputError names the field (and person)."""
    project = plan.project
    symbols = (project.currency_symbol, project.currency)
    locale = QLocale()
    marks = (locale.groupSeparator(), locale.decimalPoint())
    new = person if answer.type is None else replace(person, type=answer.type)
    if answer.accrue_at is not None:
        new = replace(new, accrue_at=answer.accrue_at)
    for column in TEXT_FIELDS:
        text = answer.texts.get(column, "").strip()
        if not text or not applies(new.type, column):
            continue  # a material has no max units: left, as Fill Down leaves it
        title = FIELD_TITLES[column]
        if column is RosterColumn.MAX_UNITS and new.availability:
            raise InputError(follows_periods(person.name))
        try:
            new = edited(new, column, text, symbols, project, marks)
        except InputError as exc:
            raise _refused(title, exc) from exc
    return new


def many_command(document: Document, uids: Sequence[int], answer: ManyFields) -> PlanCommand | None:
    """Multiple Resource Information's OK as one step (None: nothing changes); InputError,
    naming the field, when a typed value cannot be read (nothing is changed then)."""
    plan = document.plan
    people = _people(plan, uids)
    parts: list[PlanCommand] = []
    changed = 0
    for person in people:
        new = _changed(plan, person, answer)
        calendars: list[PlanCommand] = []
        if answer.calendar_set and new.type is ResourceType.WORK:
            new, calendars = _rebased(document, person, new, answer.calendar_uid)
        parts += calendars
        if new != person:
            parts.append(UpdateResourceCommand(document, new, f"Edit {quoted(person.name)}"))
        changed += bool(calendars) or new != person
    if not parts:
        return None
    return one_step(document, f"Edit {counted(changed, 'person', 'people')}", parts)
