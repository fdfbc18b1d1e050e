"""How review rows name fields and show values to a project manager."""

from __future__ import annotations

from app.domain.diff import PlanChange, Scalar
from app.domain.notation import format_duration
from app.domain.project import Project

FIELD_LABELS: dict[str, str] = {
    "name": "Name",
    "title": "Title",
    "duration_minutes": "Duration",
    "start": "Start",
    "finish": "Finish",
    "constraint": "Date constraint",
    "percent_complete": "% complete",
    "fixed_cost": "Fixed cost",
    "notes": "Notes",
    "parent": "Outline (parent task)",
    "milestone": "Milestone",
    "manual": "Manually scheduled",
    "units": "Units",
    "work_minutes": "Work",
    "lag_minutes": "Lag",
    "type": "Type",
}

ENTITY_LABELS = {
    "project": "Project",
    "task": "Task",
    "link": "Link",
    "resource": "Person",
    "assignment": "Assignment",
    "risk": "Risk",
}


_CONSTRAINTS = {
    "ASAP": "as soon as possible",
    "ALAP": "as late as possible",
    "MSO": "must start on",
    "MFO": "must finish on",
    "SNET": "start no earlier than",
    "SNLT": "start no later than",
    "FNET": "finish no earlier than",
    "FNLT": "finish no later than",
}


def field_label(field: str | None) -> str:
    """A column title a user recognises."""
    if field is None:
        return ""
    return FIELD_LABELS.get(field, field.replace("_", " ").capitalize())


def show_value(field: str | None, value: Scalar, project: Project) -> str:
    """A value as the task table would show it."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if field in ("duration_minutes", "work_minutes", "lag_minutes") and isinstance(value, int):
        return format_duration(value, project)
    if field == "constraint" and isinstance(value, str):
        kind, _, moment = value.partition(" ")
        words = _CONSTRAINTS.get(kind, kind)
        return f"{words} {moment.replace('T', ' ')}".strip()
    if field == "percent_complete":
        return f"{value}%"
    if field == "units" and isinstance(value, int | float):
        return f"{round(value * 100)}%"
    if isinstance(value, str) and len(value) == 16 and value[10:11] == "T":
        return value.replace("T", " ")
    return str(value)


def describe(change: PlanChange) -> str:
    """A line for an added or removed row."""
    what = ENTITY_LABELS.get(change.entity, change.entity)
    verb = {"added": "added", "removed": "deleted"}.get(change.kind, "changed")
    return f"{what} {verb}: {change.name}"
