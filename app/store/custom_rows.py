"""Custom fields in the .gantry file (schema v11): the aliases and each task's values.

``custom_fields`` holds one row per renamed field (name, alias); ``task_custom`` one
row per value a task has (task uid, field name, value as text). The value's text
follows the field's kind: text as is, numbers and costs as decimal text, a flag as
"1", a date as ISO text, a duration as working minutes.
"""

from __future__ import annotations

from datetime import datetime

from app.domain.custom_fields import CustomField, CustomValue, FieldKind, kind_of
from app.domain.project import Project
from app.domain.task import Task
from app.store.rows import Row


def field_rows(project: Project) -> list[Row]:
    """The renamed custom fields, one row each."""
    return [{"name": f.name, "alias": f.alias} for f in project.custom_fields]


def value_rows(task: Task) -> list[Row]:
    """A task's custom values, one row each (none for most tasks)."""
    return [
        {"task_uid": task.uid, "field": name, "value": value_out(value)}
        for name, value in task.custom
    ]


def value_out(value: CustomValue) -> str:
    """A value as its stored text."""
    if value is True:
        return "1"
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    return str(value)


def value_in(name: str, text: object) -> CustomValue:
    """A stored value of field ``name`` read back (KeyError or ValueError when damaged)."""
    kind = kind_of(name)
    raw = str(text)
    if kind is FieldKind.TEXT:
        return raw
    if kind in (FieldKind.NUMBER, FieldKind.COST):
        return float(raw)
    if kind is FieldKind.FLAG:
        return raw == "1"
    if kind is FieldKind.DURATION:
        return int(raw)
    return datetime.fromisoformat(raw)


def field_in(name: object, alias: object) -> CustomField:
    """A stored definition read back (KeyError for a name that is no custom field)."""
    field = CustomField(str(name), str(alias))
    kind_of(field.name)
    return field
