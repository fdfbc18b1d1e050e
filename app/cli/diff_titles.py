"""How ``gantry diff`` names a changed field and writes the values a sheet shows as words.

A project manager reads ``Duration 0.5d -> 7d`` and ``Work 4h -> 56h``, as the task sheet,
the Team view, the Risks view and Assignment Information title them, never the name the
plan keeps the field under (``duration_minutes``). ``--json`` keeps the field names and
values: they are the machine contract (DESIGN.md).
"""

from __future__ import annotations

from app.domain.contours import WorkContour
from app.domain.diff import PlanChange, Scalar
from app.domain.diff_calendars import FIELD as DAYS_OFF
from app.domain.diff_calendars import TITLE as DAYS_OFF_TITLE
from app.domain.link import LinkType
from app.domain.plan import Plan
from app.domain.resource import ResourceType
from app.domain.task import ConstraintType, TaskType
from app.report.columns import COLUMNS, CONSTRAINT_NAMES, TASK_TYPE_NAMES, YES_NO

# A task's field -> the key of the printed task table's column showing it (titled as the
# task sheet titles it: app/report/columns.py).
_TASK_COLUMNS = {
    "name": "name",
    "duration_minutes": "duration",
    "start": "start",
    "finish": "finish",
    "constraint": "constraint",
    "deadline": "deadline",
    "priority": "priority",
    "leveling_delay_minutes": "leveling_delay",
    "percent_complete": "percent",
    "actual_start": "actual_start",
    "actual_finish": "actual_finish",
    "fixed_cost": "fixed_cost",
    "fixed_cost_accrual": "fixed_cost_accrual",
    "task_type": "type",
    "effort_driven": "effort_driven",
    "notes": "notes",
    "hyperlink": "hyperlink",
}
# What the sheet has no column for: as Task Information and MS Project's fields say them.
TASK_TITLES: dict[str, str] = {field: COLUMNS[key].title for field, key in _TASK_COLUMNS.items()}
TASK_TITLES |= {
    "elapsed": "Elapsed duration",  # "3ed": the duration counts around the clock
    "estimated": "Estimated",
    "milestone": "Milestone",
    "manual": "Manually scheduled",
    "active": "Active",
    "calendar_uid": "Task calendar",
    "parent": "Summary task",
    "splits": "Splits",
}
# As the Team view titles its columns (app/ui/team/roster_model.HEADERS) and, for what it
# has no column for, Resource Information.
RESOURCE_TITLES: dict[str, str] = {
    "name": "Name",
    "type": "Type",
    "initials": "Initials",
    "role": "Role",
    "email": "Email",
    "skills": "Skills",
    "max_units": "Max units",
    "standard_rate": "Std. rate",
    "overtime_rate": "Ovt. rate",
    "cost_per_use": "Cost/use",
    "accrue_at": "Accrue at",
    "material_label": "Material label",
    "calendar_uid": "Base calendar",
    "availability": "Availability",
    "rate_tables": "Cost rate tables",
    "notes": "Notes",
    "can_level": "Can level",
    DAYS_OFF: DAYS_OFF_TITLE,  # a person's vacations (app/domain/diff_calendars.py)
}
# As Assignment Information says them.
ASSIGNMENT_TITLES: dict[str, str] = {
    "units": "Units",
    "work_minutes": "Work",
    "cost": "Cost",
    "rate_table": "Cost rate table",
    "contour": "Work contour",
    "edited_work": "Work by period",  # typed into Usage (app/domain/diff_typed_work.py)
    "notes": "Notes",
}
# As the Risks view titles its columns (app/ui/models/risk_model.RISK_HEADERS).
RISK_TITLES: dict[str, str] = {
    "title": "Risk",
    "probability": "Probability",
    "impact": "Impact",
    "owner": "Owner",
    "mitigation": "Mitigation",
    "contingency": "Contingency",
    "status": "Status",
    "task_uids": "Tasks",
    "description": "Description",
}
# As the Task Dependency dialog says them; a lag is shown as the Predecessors cell writes it.
LINK_TITLES: dict[str, str] = {
    "type": "Type",
    "lag_minutes": "Lag",
    "lag_unit": "Lag",
    "lag_percent": "Lag in %",
    "lag_elapsed": "Elapsed lag",
}
# As Project Information says them.
PROJECT_TITLES: dict[str, str] = {
    "name": "Name",
    "start": "Start date",
    "status_date": "Status date",
    "custom_fields": "Custom fields",
}
# A baseline's values of a task, as the Baseline table titles them ("Baseline1 Start"...).
BASELINE_FIELDS: dict[str, str] = {
    "start": "Start",
    "finish": "Finish",
    "duration_minutes": "Duration",
    "work_minutes": "Work",
    "cost": "Cost",
}
TITLES: dict[str, dict[str, str]] = {
    "calendar": {DAYS_OFF: DAYS_OFF_TITLE},  # the project calendar's holidays
    "project": PROJECT_TITLES,
    "task": TASK_TITLES,
    "link": LINK_TITLES,
    "resource": RESOURCE_TITLES,
    "assignment": ASSIGNMENT_TITLES,
    "risk": RISK_TITLES,
}


def diff_title(change: PlanChange) -> str | None:
    """The words a user knows ``change``'s field by (None: a field with no title here, a
    custom field, say, which the caller names by its alias)."""
    if change.field is None:
        return None
    if change.entity == "baseline" and isinstance(change.uid, str):
        number = change.uid.partition(":")[0]
        which = "Baseline" if number == "0" else f"Baseline{number}"
        field = BASELINE_FIELDS.get(change.field)
        return None if field is None else f"{which} {field}"
    if _only_the_date(change):
        return CONSTRAINT_DATE
    return TITLES.get(change.entity, {}).get(change.field)


CONSTRAINT_DATE = COLUMNS["constraint_date"].title  # "Constraint Date", as the sheet says


def _only_the_date(change: PlanChange) -> bool:
    """Whether ``change`` is a task's constraint whose date alone changed ("SNET 2027-01-04T08:00"
    -> "SNET 2027-01-06T08:00"): the sheet's Constraint Date, not its Constraint Type."""
    if (change.entity, change.field) != ("task", "constraint"):
        return False
    old, new = change.old, change.new
    if not isinstance(old, str) or not isinstance(new, str):
        return False
    return old.partition(" ")[0] == new.partition(" ")[0] and old != new


_DATES = frozenset(
    {
        ("project", "start"),
        *(("task", f) for f in ("start", "finish", "deadline", "actual_start", "actual_finish")),
    }
)
_PERCENTS = frozenset({("resource", "max_units"), ("assignment", "units")})
_LINK_TYPES = {
    LinkType.FS: "Finish-to-Start (FS)",
    LinkType.SS: "Start-to-Start (SS)",
    LinkType.FF: "Finish-to-Finish (FF)",
    LinkType.SF: "Start-to-Finish (SF)",
}


def shown_word(change: PlanChange, value: Scalar, plan: Plan) -> str | None:
    """A value the sheets show as a word, a date or a percentage, as they show it: ``Yes``,
    ``2026-03-02 08:00`` (``NA``: none),
    ``Start no earlier than 2024-06-17 08:00`` (the date alone when only it changed),
    ``Fixed work``, ``150%``, ``Back Loaded``, a summary task as ``3 'Design'``, a calendar by
    its name, days off as typed (``none``) (None: another value)."""
    key = (change.entity, change.field)
    if key in _DATES:  # as gantry schedule and info write a moment
        return "NA" if value is None else str(value).replace("T", " ")
    if isinstance(value, bool):
        return YES_NO[value]
    if key in _PERCENTS and isinstance(value, int | float):
        return f"{round(value * 100, 1):g}%"
    if key == ("task", "parent"):
        if value is None:
            return "none (top level)"
        if isinstance(value, int) and plan.has_task(value):
            return f"{value} '{plan.task(value).name}'"
        return None
    if change.field == "calendar_uid" and isinstance(value, int) and value in plan.calendars:
        return f"'{plan.calendars[value].name}'"
    if change.field == "calendar_uid" and value is None:  # a person's: the project's own
        return f"'{plan.calendar().name}'" if change.entity == "resource" else "none"
    if change.field == DAYS_OFF:  # as typed, entries split by "; "
        return "none" if not value else f"'{value}'"
    if not isinstance(value, str):
        return None
    if key == ("task", "constraint"):
        kind, _, moment = value.partition(" ")
        if kind not in ConstraintType.__members__:
            return None
        if _only_the_date(change) and moment:  # Constraint Date 2027-01-04 08:00 -> ...
            return moment.replace("T", " ")
        return f"{CONSTRAINT_NAMES[ConstraintType[kind]]} {moment.replace('T', ' ')}".strip()
    words: dict[tuple[str, str | None], dict[str, str]] = {
        ("task", "task_type"): {t.name: TASK_TYPE_NAMES[t] for t in TaskType},
        ("link", "type"): {t.name: _LINK_TYPES[t] for t in LinkType},
        ("resource", "type"): {t.name: t.name.capitalize() for t in ResourceType},
        ("assignment", "contour"): {c.name: c.label for c in WorkContour},
    }
    return words[key].get(value) if key in words else None
