"""How review rows name fields and show values to a project manager."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime

from app.domain.cost_accrual import ACCRUAL_NAMES
from app.domain.custom_fields import FieldKind, is_field_name, kind_of
from app.domain.custom_values import format_value
from app.domain.diff import PlanChange, Scalar
from app.domain.diff_lags import LAG_FIELDS, link_text
from app.domain.leveling_elapsed import DelayTexts
from app.domain.merge import MergeItem
from app.domain.notation import format_duration
from app.domain.percent_shown import shown_percent
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource, ResourceType
from app.domain.task import ConstraintType
from app.report.change_titles import (
    CONSTRAINT_DATE,
    LENGTH_FIELDS,
    PERCENT_FIELDS,
    WORK_FIELDS,
    custom_title,
    diff_title,
    field_title,
    length_text,
    only_the_date,
    value_word,
)
from app.report.columns import CONSTRAINT_NAMES, YES_NO, custom_text
from app.report.locale_dates import local_date
from app.report.locale_numbers import locale_marks
from app.ui.budget.money import money
from app.ui.team.rate_texts import rate_text

ENTITY_LABELS = {
    "project": "Project",
    "task": "Task",
    "link": "Link",
    "resource": "Person",
    "assignment": "Assignment",
    "risk": "Risk",
}


# Fields the sheets show as money, and fractions they show as percentages.
_MONEY = frozenset(
    {
        "fixed_cost",
        "cost",
        "standard_rate",
        "overtime_rate",
        "cost_per_use",
        "impact",
        "contingency",
    }
)
_FRACTIONS = frozenset({"units", "max_units", "probability"})
_ACCRUALS = {accrual.name: name for accrual, name in ACCRUAL_NAMES.items()}


def field_label(
    field: str | None, project: Project | None = None, entity: str | None = None
) -> str:
    """A column title a user recognises, as ``gantry diff`` says it (app/report/change_titles.py:
    ``% Complete``, ``Constraint Type``), of a change of ``entity`` (None: the first that has
    the field); a custom field: its alias in ``project`` (change_titles.custom_title)."""
    if field is None:
        return ""
    if is_field_name(field):  # "Text1": as its column is titled
        return field if project is None else custom_title(field, project.custom_fields)
    return field_title(field, entity) or field.replace("_", " ").capitalize()


def change_label(change: PlanChange, project: Project | None = None) -> str:
    """A review row's field, as ``gantry diff``'s line names it (``Constraint Date`` when the
    date alone moved); a custom field by its alias in ``project``."""
    if change.field is not None and is_field_name(change.field):
        return field_label(change.field, project)
    if _dates_alone(change):
        return CONSTRAINT_DATE
    return diff_title(change) or field_label(change.field, project, change.entity)


def show_value(field: str | None, value: Scalar, project: Project) -> str:
    """A value as the task table would show it."""
    if field is not None and is_field_name(field) and kind_of(field) is FieldKind.FLAG:
        return format_value(field, value is True, project)  # the sheet's No/Yes, not —/yes
    if field is not None and is_field_name(field) and (day := _custom_day(field, value)):
        return local_date(day)  # as its cell and gantry diff: Fr. 01.01.2027 in German
    if field is not None and is_field_name(field) and not isinstance(value, str | bool):
        if value is None:
            return "—"
        return custom_text(field, value, project, locale_marks())  # 12,5, money as the column
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return YES_NO[value]  # as the sheet and gantry diff: Yes, No
    if field in LENGTH_FIELDS and isinstance(value, int):
        return format_duration(value, project)
    if field == "constraint" and isinstance(value, str):
        kind, _, moment = value.partition(" ")  # "SNET 2027-01-04T08:00"
        # as the Constraint Type column and gantry diff say it: "Start no earlier than"
        known = ConstraintType.__members__.get(kind)
        if known is None:  # its date alone (with_constraint_dates)
            return _moment(value)
        return f"{CONSTRAINT_NAMES[known]} {_moment(moment)}".strip()
    if field in ("fixed_cost_accrual", "accrue_at") and isinstance(value, str):
        return _ACCRUALS.get(value, value)  # MS Project's Start / Prorated / End
    if field in PERCENT_FIELDS and isinstance(value, int | float):
        return f"{shown_percent(value)}%"  # as the sheet: 22 %, the plan keeping 22.2222
    if field in _FRACTIONS and isinstance(value, int | float):
        return f"{round(value * 100, 1):g}%"
    if field in _MONEY and isinstance(value, int | float):
        return money(project, float(value))
    if isinstance(value, str) and len(value) == 16 and value[10:11] == "T":
        return _moment(value)
    word = value_word(field, value) if isinstance(value, str) else None
    return str(value) if word is None else word  # Fixed work, Start-to-Start (SS)


def show_values(field: str | None, old: Scalar, new: Scalar, project: Project) -> tuple[str, str]:
    """A review row's two values as :func:`show_value` writes them; a custom Date moved
    within its day (its column shows the day alone) with both times, as ``gantry diff``
    says it (``Fr. 01.01.2027 08:00`` -> ``Fr. 01.01.2027 13:00``)."""
    before, after = show_value(field, old, project), show_value(field, new, project)
    if before != after or field is None or not is_field_name(field):
        return before, after
    was, now = _custom_day(field, old), _custom_day(field, new)
    if was is None or now is None or was == now:
        return before, after
    return local_date(was, clock=True), local_date(now, clock=True)


def _custom_day(field: str, value: Scalar) -> datetime | None:
    """A custom Date field's value as a change holds it (``2027-01-01T08:00``) as the
    moment it is; None for any other field or value."""
    if kind_of(field) is not FieldKind.DATE or not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _moment(text: str) -> str:
    """A moment kept as ``2027-01-18T08:00`` as the sheet writes it (``18.01.2027 08:00``
    in German; ISO in the C locale), else as it is."""
    try:
        return local_date(datetime.fromisoformat(text), weekday=False, clock=True)
    except ValueError:
        return text.replace("T", " ")


def describe(change: PlanChange) -> str:
    """A line for an added or removed row."""
    what = ENTITY_LABELS.get(change.entity, change.entity)
    verb = {"added": "added", "removed": "deleted"}.get(change.kind, "changed")
    return f"{what} {verb}: {change.name}"


def _parent_name(value: Scalar, names: Mapping[int, str]) -> Scalar:
    if value is None:
        return "(top level)"
    if isinstance(value, int) and value in names:
        return names[value]
    return value


def _task_names(value: Scalar, names: Mapping[int, str]) -> Scalar:
    """A risk's tasks ("3, 1": uids, as the diff gives them) by name: "Load, Extract"."""
    if not isinstance(value, str) or not value:
        return value
    parts = [p.strip() for p in value.split(",")]
    if not all(p.isdigit() and int(p) in names for p in parts):
        return value
    return ", ".join(names[int(p)] for p in parts)


def with_parent_names(items: list[MergeItem], names: Mapping[int, str]) -> list[MergeItem]:
    """``items`` with the parent task of an outline change named ("Message Library") instead
    of given by its uid ("31"), for the review rows; a risk's tasks too (the client's
    Tasks cell); other changes stay as they are."""
    out: list[MergeItem] = []
    for item in items:
        c = item.change
        name = None
        if c.entity == "task" and c.field == "parent":
            name = _parent_name
        elif c.entity == "risk" and c.field == "task_uids":
            name = _task_names
        if name is not None:
            shown = replace(c, old=name(c.old, names), new=name(c.new, names))
            ours = name(item.ours, names) if item.ours is not None else None
            item = replace(item, change=shown, ours=ours)
        out.append(item)
    return out


LEVELING_DELAY = "leveling_delay_minutes"


def with_delay_texts(
    items: list[MergeItem], base: Plan, theirs: Plan, ours: Plan
) -> list[MergeItem]:
    """``items`` with each leveling delay shown as MS Project's Leveling Delay field shows it,
    in elapsed days (``0ed -> 14ed``, as ``gantry diff`` says it), for the review rows.

    The plan keeps the delay in working minutes; each value is measured on the plan
    that holds it (the workbook's for the client's value, this plan's or the exported
    one's for the value here), back from the task's scheduled start. A value no plan
    can measure (a started task's pause) stays in working time (``2d``). Other changes
    stay as they are.
    """
    if not any(i.change.field == LEVELING_DELAY for i in items):
        return items
    texts = DelayTexts()

    def shown(value: Scalar, uid: int | str, plans: tuple[Plan, ...]) -> Scalar:
        if not isinstance(value, int) or isinstance(value, bool):
            return value
        holder = next(
            (
                p
                for p in plans
                if isinstance(uid, int)
                and p.has_task(uid)
                and p.task(uid).leveling_delay_minutes == value
            ),
            plans[0],
        )
        return texts.text(value, uid, holder)

    out: list[MergeItem] = []
    for item in items:
        c = item.change
        if c.field == LEVELING_DELAY and c.kind == "changed":
            here = (ours, base)
            item = replace(
                item,
                change=replace(
                    c, old=shown(c.old, c.uid, here), new=shown(c.new, c.uid, (theirs,))
                ),
                ours=shown(item.ours, c.uid, here) if item.ours is not None else None,
            )
        out.append(item)
    return out


# The lengths shown as gantry diff writes them (a lag: with_link_texts; a leveling delay:
# with_delay_texts, in elapsed days).
_LENGTHS = WORK_FIELDS | {"duration_minutes"}


def with_length_texts(
    items: list[MergeItem], base: Plan, theirs: Plan, ours: Plan
) -> list[MergeItem]:
    """``items`` with each changed duration and work shown as ``gantry diff`` says it and the
    window shows it (app/report/change_titles.length_text): a duration in its task's unit,
    work in the plan's work unit, so a 1d task made 16 hours long reads ``1d -> 1.6d`` in a
    plan of 10-hour days, not ``1d -> 16h``. The client's value on the workbook's plan, the
    value here on this plan (the exported one's for a task no longer here), for the review
    rows. Other changes stay as they are."""

    def shown(change: PlanChange, value: Scalar, plans: tuple[Plan, ...]) -> Scalar:
        uid = change.uid
        plan = next((p for p in plans if isinstance(uid, int) and p.has_task(uid)), plans[0])
        text = length_text(change, value, plan)
        return value if text is None else text

    out: list[MergeItem] = []
    for item in items:
        c = item.change
        if c.field in _LENGTHS and c.kind == "changed":
            here = (ours, base)
            item = replace(
                item,
                change=replace(c, old=shown(c, c.old, here), new=shown(c, c.new, (theirs,))),
                ours=shown(c, item.ours, (ours,)) if item.ours is not None else None,
            )
        out.append(item)
    return out


RATE_FIELDS = {"standard_rate": "standard_rate_unit", "overtime_rate": "overtime_rate_unit"}


def _person(plan: Plan, uid: int | str) -> Resource | None:
    return next((r for r in plan.resources if r.uid == uid), None)


def rate_shown(value: Scalar, field: str, res: Resource, project: Project) -> Scalar:
    """A rate of ``res`` as the roster shows it: a person's per the unit they are kept in
    (``€1,300.00/d``, the plan keeping 162.5 per hour), a material's per its label
    (``€5.00/t``); a cost item's, or a value that is no number, as it is."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return value
    if res.type is ResourceType.WORK:
        return rate_text(float(value), getattr(res, RATE_FIELDS[field]), project)
    if res.type is ResourceType.MATERIAL:
        return f"{money(project, float(value))}/{res.material_label or 'unit'}"
    return value


def with_rate_texts(
    items: list[MergeItem], base: Plan, theirs: Plan, ours: Plan
) -> list[MergeItem]:
    """``items`` with each changed rate of a person shown in the unit the person's rate is
    kept in, as the roster and the workbook's Std. rate cell show it: a client's 1,300 on a
    person paid by the day reads ``€1,200.00/d -> €1,300.00/d``, not the hourly
    ``€150.00 -> €162.50`` the plan keeps. The client's value is shown in the workbook
    person's unit; the value here in this plan's (the exported one's for a rate no longer
    here), for the review rows. Other changes stay as they are."""
    if not any(i.change.entity == "resource" and i.change.field in RATE_FIELDS for i in items):
        return items

    def shown(value: Scalar, field: str, uid: int | str, plans: tuple[Plan, ...]) -> Scalar:
        people = [(p, res) for p in plans if (res := _person(p, uid)) is not None]
        if not people:
            return value
        plan, res = next(((p, r) for p, r in people if getattr(r, field) == value), people[0])
        return rate_shown(value, field, res, plan.project)

    out: list[MergeItem] = []
    for item in items:
        c = item.change
        if c.entity == "resource" and c.kind == "changed" and c.field in RATE_FIELDS:
            field, here = c.field, (ours, base)
            item = replace(
                item,
                change=replace(
                    c,
                    old=shown(c.old, field, c.uid, here),
                    new=shown(c.new, field, c.uid, (theirs,)),
                ),
                ours=shown(item.ours, field, c.uid, (ours,)) if item.ours is not None else None,
            )
        out.append(item)
    return out


def with_link_texts(
    items: list[MergeItem], base: Plan, theirs: Plan, ours: Plan
) -> list[MergeItem]:
    """``items`` with each changed lag (its length, or the unit alone) shown as the link's
    Predecessors cell writes it, before and after: ``3FS+5d -> 3FS+1w`` (not ``DAYS ->
    WEEKS``, nor ``5d -> 10d`` for a lag the client typed ``+2w``), as ``gantry diff``
    says it. The client's value from the workbook's plan; the value here from this plan
    (the exported one's for a conflict, shown beside the value here), the predecessor by
    its row here on every side, for the review rows. Other changes stay as they are."""
    out: list[MergeItem] = []
    for item in items:
        c = item.change
        if c.entity == "link" and c.kind == "changed" and c.field in LAG_FIELDS:
            here = link_text(ours, c.uid)
            old = link_text(base, c.uid, ours) if item.conflict or here is None else here
            item = replace(
                item,
                change=replace(
                    c, old=_or(old, c.old), new=_or(link_text(theirs, c.uid, ours), c.new)
                ),
                ours=_or(here, item.ours) if item.ours is not None else None,
            )
        out.append(item)
    return out


def _or(text: str | None, value: Scalar) -> Scalar:
    return value if text is None else text


def _dates_alone(change: PlanChange) -> bool:
    """Whether ``change`` is a constraint shown by its dates alone (with_constraint_dates)."""
    return (change.entity, change.field) == ("task", "constraint") and all(
        isinstance(v, str) and v[:1].isdigit() for v in (change.old, change.new)
    )


def with_constraint_dates(items: list[MergeItem]) -> list[MergeItem]:
    """``items`` with a constraint whose date alone changed shown as its dates (the row is
    the sheet's Constraint Date: ``2027-01-04 08:00 -> 2027-01-06 08:00``, as ``gantry
    diff`` says it, not the constraint's words twice); the value here too when it is of the
    same kind (another kind stays whole: it tells what clashes). Other changes stay."""
    out: list[MergeItem] = []
    for item in items:
        c = item.change
        if only_the_date(c) and isinstance(c.old, str) and isinstance(c.new, str):
            kind = c.new.partition(" ")[0]
            ours = item.ours
            if isinstance(ours, str) and ours.partition(" ")[0] == kind:
                ours = ours.partition(" ")[2] or ours
            item = replace(
                item,
                change=replace(c, old=c.old.partition(" ")[2], new=c.new.partition(" ")[2]),
                ours=ours,
            )
        out.append(item)
    return out
